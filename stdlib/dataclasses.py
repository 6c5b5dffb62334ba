"""Data classes (pyaot's own `dataclasses` module, written from the
documentation): `dataclass`, `fields`, `asdict`, `astuple`,
`FrozenInstanceError` and `MISSING` are the runtime's
(`_pyaot_dataclasses`, which makes the generated methods); `field`,
`InitVar`, `KW_ONLY`, `is_dataclass`, `replace` and `make_dataclass` are
written here. The runtime recognizes `InitVar` and `KW_ONLY` annotations by
the classes defined here, which `_pyaot_markers` hands it."""

from types import MappingProxyType
from _pyaot_dataclasses import dataclass, fields, asdict, astuple, FrozenInstanceError, MISSING
from _pyaot_dataclasses import _pyaot_field, _pyaot_markers

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING", "fields",
           "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]

# The runtime's fields are not instances of a class a program can name yet.
__pyaot_refused__ = ["Field"]

# Its computed `getattr` reads the fields of dataclass instances (decorated
# classes, which pyaot never tracks).
__pyaot_closed__ = True


class InitVar:
    """`InitVar[T]`: a parameter of `__init__` that is not a field; its
    value is passed on to `__post_init__`."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return "dataclasses.InitVar[%s]" % name

    def __class_getitem__(cls, type):
        return InitVar(type)


class _KW_ONLY_TYPE:
    """The type of `KW_ONLY`."""


# The annotation of a pseudo-field after which every field is keyword-only.
KW_ONLY = _KW_ONLY_TYPE()


_EMPTY_METADATA = MappingProxyType({})
_pyaot_markers(InitVar, KW_ONLY, _EMPTY_METADATA)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """A field's specification, read by `@dataclass`."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    proxy = _EMPTY_METADATA if metadata is None else MappingProxyType(metadata)
    return _pyaot_field(default, default_factory, init, repr, hash, compare, proxy, kw_only)


def is_dataclass(obj):
    """Whether `obj` is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def replace(obj, /, **changes):
    """A new instance of `obj`'s dataclass with the `changes` applied to the
    values of its `__init__` fields."""
    if isinstance(obj, type) or not is_dataclass(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in type(obj).__dataclass_fields__.values():
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be specified with replace()"
                                 % f.name)
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    """A dataclass named `cls_name` with the given fields: each a name, a
    `(name, type)` pair or a `(name, type, field(...))` triple."""
    ns = {} if namespace is None else dict(namespace)
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = tp
    ns["__annotations__"] = annotations
    ns["__qualname__"] = cls_name
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)
