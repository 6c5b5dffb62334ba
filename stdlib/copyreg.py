"""The registry `pickle` and `copy` consult (pyaot's own `copyreg`, written
from the documentation): reduction functions by type, the extension codes,
and the constructors object reductions name (`__newobj__`, `__newobj_ex__`,
`_reconstructor`)."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

__pyaot_refused__ = ["_HEAPTYPE", "_new_type", "pickle_union"]

# `pickle` calls user reducers and constructors by name and rebuilds state
# with setattr only on the objects it is given: the program's classes, so
# the module is not closed.

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers `pickle_function` as the reducer of `ob_type`'s objects."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def _reconstructor(cls, base, state):
    """An instance of `cls` made as protocols 0 and 1 describe it: by the
    first builtin base's constructor, given `state`."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        # The builtin bases whose `__init__` is not `object.__init__`.
        if base in (list, dict, set, bytearray):
            base.__init__(obj, state)
    return obj


def _reduce_ex(self, proto):
    """`object.__reduce_ex__` for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    base = object
    for c in cls.__mro__:
        if c.__module__ == "builtins" and c is not cls:
            base = c
            break
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    getstate = getattr(self, "__getstate__", None)
    if getstate is not None:
        dict = getstate()
    else:
        if getattr(cls, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
        dict = getattr(self, "__dict__", None) or None
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Like `__newobj__`, with keyword arguments for `__new__`."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the slots `cls` and its bases declare (private names
    mangled), without `__dict__` and `__weakref__`."""
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ()) if hasattr(c, "__dict__") else ()
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = f"_{stripped}{name}"
            names.append(name)
    return names


# The extension registry: (module, name) <-> code, for EXT1/EXT2/EXT4.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Registers an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError(f"key {key} is already registered with code {_extension_registry[key]}")
    if code in _inverted_registry:
        raise ValueError(f"code {code} is already in use for key {_inverted_registry[code]}")
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregisters an extension code (for testing only)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f"key {key} is not registered with code {code}")
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
