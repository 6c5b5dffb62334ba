"""Weak references (pyaot's own `weakref` module, written from the
documentation): `ref`, `getweakrefcount` and `getweakrefs` are the
runtime's (`_pyaot_weakref`); `WeakValueDictionary`, `WeakKeyDictionary`,
`WeakSet`, `finalize`, `WeakMethod` and `proxy` are written here over
`ref` and its callbacks.

A proxy is an object of this module's `ProxyType` (or `CallableProxyType`)
that forwards attribute access, operators and calls to its referent, and
names the referent's class as its `__class__` (for `isinstance`).
`WeakMethod` is not a subclass of `ref` here, as pyaot's classes cannot
derive from `ref` yet: `isinstance(wm, ref)` is False where CPython's is
True."""

import atexit as _atexit
from _pyaot_weakref import ref, ReferenceType, getweakrefcount, getweakrefs
from collections.abc import MutableMapping as _MutableMapping, MutableSet as _MutableSet

__all__ = ["ref", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType", "WeakValueDictionary",
           "WeakSet", "finalize", "proxy", "ProxyType", "CallableProxyType", "ProxyTypes", "WeakMethod"]

# A proxy's `getattr`/`setattr`/`delattr` forward the names a program wrote
# as attribute syntax on the proxy (`p.name`, `p.name = v`), which the
# compiler counts as reads and stores of those names where they are written.
__pyaot_closed__ = True


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


class WeakMethod:
    """A weak reference to a bound method: calling it rebuilds the method
    while its object lives, else gives None."""

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        self._func_ref = ref(func)
        self._meth_type = type(meth)
        self._alive = True
        if callback is None:
            self._obj_ref = ref(obj)
        else:
            me = ref(self)

            def died(_):
                wm = me()
                if wm is not None and wm._alive:
                    wm._alive = False
                    callback(wm)

            self._obj_ref = ref(obj, died)

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return not self == other
        return NotImplemented

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))

    def __repr__(self):
        obj = self._obj_ref()
        if obj is None:
            return "<weakref at %#x; dead>" % id(self)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(obj).__name__, id(obj))


def proxy(obj, callback=None):
    """A proxy to `obj` that forwards to it while it lives and raises
    ReferenceError after."""
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


def _target(p):
    o = object.__getattribute__(p, "_pyaot_ref")()
    if o is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return o


def _unwrap(x):
    if isinstance(x, ProxyType):
        return _target(x)
    return x


class ProxyType:
    __module__ = "weakref"

    def __init__(self, obj, callback=None):
        if callback is None:
            r = ref(obj)
        else:
            me = ref(self)

            def died(_):
                p = me()
                if p is not None:
                    callback(p)

            r = ref(obj, died)
        object.__setattr__(self, "_pyaot_ref", r)

    def __getattr__(self, name):
        return getattr(_target(self), name)

    @property
    def __class__(self):
        return type(_target(self))

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        o = object.__getattribute__(self, "_pyaot_ref")()
        return "<weakproxy at %#x to %s at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_target(self))

    def __bytes__(self):
        return bytes(_target(self))

    def __hash__(self):
        raise TypeError(f"unhashable type: 'weakref.{type(self).__name__}'")

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __reversed__(self):
        return reversed(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __index__(self):
        return _target(self).__index__()

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __abs__(self):
        return abs(_target(self))

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __invert__(self):
        return ~_target(self)

    def __eq__(self, other):
        return _target(self) == _unwrap(other)

    def __ne__(self, other):
        return _target(self) != _unwrap(other)

    def __lt__(self, other):
        return _target(self) < _unwrap(other)

    def __le__(self, other):
        return _target(self) <= _unwrap(other)

    def __gt__(self, other):
        return _target(self) > _unwrap(other)

    def __ge__(self, other):
        return _target(self) >= _unwrap(other)

    def __add__(self, other):
        return _target(self) + _unwrap(other)

    def __radd__(self, other):
        return _unwrap(other) + _target(self)

    def __sub__(self, other):
        return _target(self) - _unwrap(other)

    def __rsub__(self, other):
        return _unwrap(other) - _target(self)

    def __mul__(self, other):
        return _target(self) * _unwrap(other)

    def __rmul__(self, other):
        return _unwrap(other) * _target(self)

    def __matmul__(self, other):
        return _target(self) @ _unwrap(other)

    def __rmatmul__(self, other):
        return _unwrap(other) @ _target(self)

    def __truediv__(self, other):
        return _target(self) / _unwrap(other)

    def __rtruediv__(self, other):
        return _unwrap(other) / _target(self)

    def __floordiv__(self, other):
        return _target(self) // _unwrap(other)

    def __rfloordiv__(self, other):
        return _unwrap(other) // _target(self)

    def __mod__(self, other):
        return _target(self) % _unwrap(other)

    def __rmod__(self, other):
        return _unwrap(other) % _target(self)

    def __divmod__(self, other):
        return divmod(_target(self), _unwrap(other))

    def __rdivmod__(self, other):
        return divmod(_unwrap(other), _target(self))

    def __pow__(self, other):
        return _target(self) ** _unwrap(other)

    def __rpow__(self, other):
        return _unwrap(other) ** _target(self)

    def __lshift__(self, other):
        return _target(self) << _unwrap(other)

    def __rlshift__(self, other):
        return _unwrap(other) << _target(self)

    def __rshift__(self, other):
        return _target(self) >> _unwrap(other)

    def __rrshift__(self, other):
        return _unwrap(other) >> _target(self)

    def __and__(self, other):
        return _target(self) & _unwrap(other)

    def __rand__(self, other):
        return _unwrap(other) & _target(self)

    def __or__(self, other):
        return _target(self) | _unwrap(other)

    def __ror__(self, other):
        return _unwrap(other) | _target(self)

    def __xor__(self, other):
        return _target(self) ^ _unwrap(other)

    def __rxor__(self, other):
        return _unwrap(other) ^ _target(self)


class CallableProxyType(ProxyType):
    __module__ = "weakref"

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)
