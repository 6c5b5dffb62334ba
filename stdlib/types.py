"""Names for the interpreter's types (pyaot's own `types` module, written
from the documentation): the classes of functions, generators, methods,
modules and the rest, for `isinstance`; `SimpleNamespace`,
`MappingProxyType`, `new_class`, `prepare_class`, `resolve_bases`.

Coroutines and the frame and code objects wait for `async def` and for
introspection pyaot does not have: `__pyaot_refused__` lists them."""

import sys

__pyaot_refused__ = ["CoroutineType", "AsyncGeneratorType", "CodeType", "FrameType",
                     "TracebackType", "coroutine", "CellType", "MethodWrapperType",
                     "WrapperDescriptorType", "MethodDescriptorType",
                     "ClassMethodDescriptorType", "GetSetDescriptorType",
                     "MemberDescriptorType", "GenericAlias"]


def _function():
    pass


def _generator():
    yield 1


class _Class:
    def _method(self):
        pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
GeneratorType = type(_generator())
MethodType = type(_Class()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
SimpleNamespace = type(sys.implementation)
UnionType = type(int | str)


class MappingProxyType:
    """A read-only view of a mapping: reads go through, writes are refused."""

    def __init__(self, mapping):
        if not hasattr(type(mapping), "__getitem__") or isinstance(mapping, (list, tuple, str)):
            raise TypeError("mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__)
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __ne__(self, other):
        return self._mapping != other

    def __or__(self, other):
        return dict(self._mapping) | dict(other)

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


def resolve_bases(bases):
    """The bases with each `__mro_entries__` applied (pyaot's bases are classes)."""
    return tuple(bases)


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, the namespace to fill and the remaining keywords."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    return meta, {}, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Makes a class as a `class` statement would: `exec_body(ns)` fills
    its namespace."""
    meta, ns, kwds = prepare_class(name, bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    # `type` names the module of the frame calling it: this one's.
    if meta is type and "__module__" not in ns:
        ns["__module__"] = __name__
    return meta(name, resolve_bases(bases), ns, **kwds)


DynamicClassAttribute = property
