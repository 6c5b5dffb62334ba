"""Abstract base classes (pyaot's own `abc` module, written from the
documentation): `ABCMeta` with `register` and `__subclasshook__`, `ABC`,
`abstractmethod` and `get_cache_token`.

`@abstractmethod` is the runtime's mark (`_pyaot_abc`), and the class
model keeps a class made by `ABCMeta` from being instantiated while it
has abstract methods left (`rt/src/types/class/abstracts.rs`).
`isinstance`/`issubclass` call the metaclass's `__instancecheck__` and
`__subclasscheck__`, which consult the hook, the MRO, the classes
registered with the ABC and those of its subclasses."""

from _pyaot_abc import abstractmethod

__all__ = ["ABCMeta", "ABC", "abstractmethod", "get_cache_token"]

# The deprecated `abstract*` decorators derive from builtin classes, which
# pyaot's classes cannot yet do.
__pyaot_refused__ = ["abstractclassmethod", "abstractstaticmethod", "abstractproperty",
                     "update_abstractmethods"]

# Bumped by every `register`, as CPython's cache token.
_token = [0]
# Every class `ABCMeta` made, oldest first: their registries are searched
# for the subclasses of an ABC.
_abcs = []


class ABCMeta(type):
    """The metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls._abc_registry = []
        _abcs.append(cls)
        return cls

    def register(cls, subclass):
        """Makes `subclass` a virtual subclass of this ABC; returns it, so
        that it can decorate a class."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        if cls in subclass.__mro__:
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        for other in _abcs:
            if other is not cls and cls in other.__mro__ and issubclass(subclass, other):
                return True
        return False

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: %s" % get_cache_token(), file=file)


class ABC(metaclass=ABCMeta):
    """A base class whose metaclass is `ABCMeta`."""

    __slots__ = ()


def get_cache_token():
    """A number that changes whenever an ABC registers a class."""
    return _token[0]
