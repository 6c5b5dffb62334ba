"""Abstract base classes for containers (pyaot's own `collections.abc`,
written from the documentation): the one-trick ABCs (`Iterable`, `Sized`,
`Hashable`, ...) recognise any class defining their method; the others
(`Sequence`, `Mapping`, `Set` and their mutable kinds) are recognised by
inheritance or `register`, and give their subclasses the mixin methods the
documentation lists.

Builtin types are answered from a table recorded from CPython
(`_builtin_abcs.py`, by `tools/gen_abc_table.py`). The asynchronous ABCs
wait for `async def`."""

from abc import ABCMeta, abstractmethod
from ._builtin_abcs import BUILTIN_ABCS

__all__ = ["Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
           "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView",
           "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence", "ByteString"]

__pyaot_refused__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator"]

# Its `__dict__` reads look at classes only.
__pyaot_closed__ = True


def _builtin_row(C):
    """The ABCs CPython counts the builtin type `C` a subclass of; None for
    a class of the program."""
    if hasattr(C, "_abc_registry") or C.__module__ not in ("builtins", "collections", "_collections"):
        return None
    key = C.__qualname__ if C.__module__ == "builtins" else C.__module__ + "." + C.__qualname__
    return BUILTIN_ABCS.get(key)


def _own(B, method):
    """Whether class `B` defines `method` itself: True, False, or None when
    it sets it to None (which opts out)."""
    if B is object:
        return True if method == "__hash__" else False
    row = _builtin_row(B)
    if row is not None:
        return None
    d = B.__dict__
    if method in d:
        return None if d[method] is None else True
    return False


def _check(C, abc_name, *methods):
    """A one-trick ABC's `__subclasshook__`: True when `C` (or a base)
    defines each method, NotImplemented otherwise."""
    row = _builtin_row(C)
    if row is not None:
        return abc_name in row
    for method in methods:
        for B in C.__mro__:
            row = _builtin_row(B)
            if row is not None and B is not object:
                if abc_name in row:
                    break
                return NotImplemented
            own = _own(B, method)
            if own is None:
                return NotImplemented
            if own:
                break
        else:
            return NotImplemented
    return True


def _hook(abc_name, *methods):
    """The `__subclasshook__` of the ABC named `abc_name`: a one-trick ABC
    (with `methods`) recognises the classes defining them, the others only
    the builtin types the table lists; its subclasses defer to the MRO
    and registrations (NotImplemented)."""

    def __subclasshook__(cls, C):
        if cls.__name__ != abc_name or cls.__module__ != __name__:
            return NotImplemented
        if methods:
            return _check(C, abc_name, *methods)
        return _registered(C, abc_name)

    return classmethod(__subclasshook__)


def _registered(C, abc_name):
    """The hook of an ABC that builtins join by registration: a builtin
    type, or a class deriving from one (a named tuple), is answered by the
    table."""
    for B in C.__mro__:
        row = _builtin_row(B)
        if row is not None and B is not object:
            return abc_name in row
    return NotImplemented


class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    __subclasshook__ = _hook("Hashable", "__hash__")


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    __subclasshook__ = _hook("Iterable", "__iter__")


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    __subclasshook__ = _hook("Iterator", "__iter__", "__next__")


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    __subclasshook__ = _hook("Reversible", "__reversed__", "__iter__")


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    __subclasshook__ = _hook("Generator", "__iter__", "__next__", "send", "throw", "close")


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    __subclasshook__ = _hook("Sized", "__len__")


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    __subclasshook__ = _hook("Container", "__contains__")


class Collection(Sized, Iterable, Container):
    __slots__ = ()

    __subclasshook__ = _hook("Collection", "__len__", "__iter__", "__contains__")


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __subclasshook__ = _hook("Callable", "__call__")


class Set(Collection):
    """A read-only set: comparisons and the set operators from `__contains__`,
    `__iter__` and `__len__`."""

    __slots__ = ()

    __subclasshook__ = _hook("Set")

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        chain = [e for s in (self, other) for e in s]
        return self._from_iterable(chain)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        h = 1927868237 * (len(self) + 1)
        mask = 2 ** 64 - 1
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= mask
        h ^= (h >> 11) ^ (h >> 25)
        h = h * 69069 + 907133923
        h &= mask
        if h >= 2 ** 63:
            h -= 2 ** 64
        if h == -1:
            h = 590923713
        return h


class MutableSet(Set):
    """A set with `add` and `discard`: `remove`, `pop`, `clear` and the
    in-place operators follow."""

    __slots__ = ()

    __subclasshook__ = _hook("MutableSet")

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in [v for v in self if v not in it]:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


class Mapping(Collection):
    """A read-only mapping: `get`, `in`, `keys`, `items`, `values` and `==`
    from `__getitem__`, `__iter__` and `__len__`."""

    __slots__ = ()

    __subclasshook__ = _hook("Mapping")

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    __slots__ = ("_mapping",)

    __subclasshook__ = _hook("MappingView")

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "{0.__class__.__name__}({0._mapping!r})".format(self)


class KeysView(MappingView, Set):
    __slots__ = ()

    __subclasshook__ = _hook("KeysView")

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        for key in self._mapping:
            yield key


class ItemsView(MappingView, Set):
    __slots__ = ()

    __subclasshook__ = _hook("ItemsView")

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    __subclasshook__ = _hook("ValuesView")

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    """A mapping with `__setitem__` and `__delitem__`: `pop`, `popitem`,
    `clear`, `update` and `setdefault` follow."""

    __slots__ = ()

    __subclasshook__ = _hook("MutableMapping")

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, *args):
        if len(args) > 1:
            raise TypeError("pop expected at most 2 arguments, got %d" % (len(args) + 1))
        try:
            value = self[key]
        except KeyError:
            if args:
                return args[0]
            raise
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class Sequence(Reversible, Collection):
    """A read-only sequence: `in`, iteration, `reversed`, `index` and `count`
    from `__getitem__` and `__len__`."""

    __slots__ = ()

    __subclasshook__ = _hook("Sequence")

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    __slots__ = ()

    __subclasshook__ = _hook("ByteString")


class MutableSequence(Sequence):
    """A sequence with `__setitem__`, `__delitem__` and `insert`: `append`,
    `clear`, `reverse`, `extend`, `pop`, `remove` and `+=` follow."""

    __slots__ = ()

    __subclasshook__ = _hook("MutableSequence")

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self
