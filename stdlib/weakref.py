"""Weak references (pyaot's own `weakref` module, written from the
documentation): `ref`, `getweakrefcount` and `getweakrefs` are the
runtime's (`_pyaot_weakref`); `WeakValueDictionary`, `WeakKeyDictionary`,
`WeakSet` and `finalize` are written here over `ref` and its callbacks.

`proxy` and `WeakMethod` are not written yet: `__pyaot_refused__` lists
them."""

import atexit as _atexit
from _pyaot_weakref import ref, ReferenceType, getweakrefcount, getweakrefs
from collections.abc import MutableMapping as _MutableMapping, MutableSet as _MutableSet

__all__ = ["ref", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType", "WeakValueDictionary",
           "WeakSet", "finalize"]

__pyaot_refused__ = ["proxy", "ProxyType", "CallableProxyType", "ProxyTypes", "WeakMethod"]


class WeakValueDictionary(_MutableMapping):
    """A mapping whose values are held weakly: an entry goes when its value
    is collected."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _remover(self, key):
        data = self.data

        def remove(wr):
            if data.get(key) is wr:
                del data[key]

        return remove

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = ref(value, self._remover(key))

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        out = []
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                out.append((k, v))
        return out

    def values(self):
        return [v for k, v in self.items()]

    def keys(self):
        return [k for k, v in self.items()]

    def copy(self):
        new = WeakValueDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def valuerefs(self):
        return list(self.data.values())

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o


class WeakKeyDictionary(_MutableMapping):
    """A mapping whose keys are held weakly: an entry goes when its key is
    collected."""

    def __init__(self, dict=None):
        self.data = {}
        data = self.data

        def remove(k):
            try:
                del data[k]
            except KeyError:
                pass

        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __iter__(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        out = []
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                out.append((key, value))
        return out

    def keys(self):
        return [k for k, v in self.items()]

    def values(self):
        return [v for k, v in self.items()]

    def keyrefs(self):
        return list(self.data)

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)


class WeakSet(_MutableSet):
    """A set holding its elements weakly."""

    def __init__(self, data=None):
        self.data = set()
        members = self.data

        def remove(item):
            members.discard(item)

        self._remove = remove
        if data is not None:
            for x in data:
                self.add(x)

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)

    def __repr__(self):
        return repr(set(self))

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)


_registry = {}
_counter = [0]


class finalize:
    """Calls `func(*args, **kwargs)` once `obj` is collected (or when called,
    or at exit while `atexit` is true), at most once."""

    def __init__(self, obj, func, /, *args, **kwargs):
        _counter[0] += 1
        self._index = _counter[0]
        self._func = func
        self._args = args
        self._kwargs = kwargs
        self.atexit = True
        index = self._index
        self._ref = ref(obj, lambda wr: _run(index))
        _registry[index] = self
        if len(_registry) == 1 and not _hooked:
            _hooked.append(True)
            _atexit.register(_exitfunc)

    def __call__(self, _=None):
        if _registry.pop(self._index, None) is not None:
            return self._func(*self._args, **self._kwargs)
        return None

    def detach(self):
        obj = self._ref()
        if obj is not None and _registry.pop(self._index, None) is not None:
            return (obj, self._func, self._args, self._kwargs)
        return None

    def peek(self):
        obj = self._ref()
        if obj is not None and self._index in _registry:
            return (obj, self._func, self._args, self._kwargs)
        return None

    @property
    def alive(self):
        return self._index in _registry

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))


_hooked = []


def _run(index):
    f = _registry.get(index)
    if f is not None:
        f()


def _exitfunc():
    pending = sorted(_registry.items())
    for index, f in reversed(pending):
        if f.atexit:
            f()
