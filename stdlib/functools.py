"""Higher-order functions (pyaot's own `functools` module, written from the
documentation): `reduce`, `partial`, `lru_cache`, `cache`, `wraps`,
`cmp_to_key`, `total_ordering` and `update_wrapper` with the default
attribute lists are the runtime's (`_pyaot_functools`); `singledispatch`,
`singledispatchmethod`, `partialmethod`, `cached_property` and the rest are
written here.

pyaot's functions keep no `__annotations__`, so `singledispatch`'s
`register` needs the class as its argument (`@f.register(int)`); the
annotation form raises TypeError naming this."""

from _pyaot_functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering
from _pyaot_functools import update_wrapper as _update_wrapper
from abc import get_cache_token
import types
from types import MappingProxyType
from typing import get_type_hints as _get_type_hints

# Its `setattr` with computed names writes the attributes `update_wrapper`
# is given, on the wrapper it is given; `cached_property` writes instances
# of the program's classes, and `hir::classes` opens the world for programs
# that name it.
__pyaot_closed__ = True

__all__ = ["update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "total_ordering", "cache",
           "cmp_to_key", "lru_cache", "reduce", "partial", "partialmethod", "singledispatch",
           "singledispatchmethod", "cached_property"]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes `wrapper` look like `wrapped`: copies the `assigned` attributes,
    updates the `updated` ones, and sets `__wrapped__`."""
    if assigned == WRAPPER_ASSIGNMENTS and updated == WRAPPER_UPDATES:
        return _update_wrapper(wrapper, wrapped)
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def _find_impl(cls, registry):
    """The function registered for the nearest class in `cls`'s MRO, or for
    an ABC `cls` is a virtual subclass of."""
    mro = cls.__mro__
    for c in mro:
        if c in registry and c is not object:
            return registry[c]
    found = [c for c in registry if c is not object and c not in mro and issubclass(cls, c)]
    best = [c for c in found if not any(o is not c and issubclass(o, c) for o in found)]
    if len(best) > 1:
        raise RuntimeError("Ambiguous dispatch: %s or %s" % (best[0], best[1]))
    if best:
        return registry[best[0]]
    return registry[object]


def _dispatch_types(cls):
    """The classes `cls` names for `register` (a class, or a union of
    classes), or None."""
    if isinstance(cls, type):
        return [cls]
    if isinstance(cls, types.UnionType):
        members = cls.__args__
        if all(isinstance(m, type) for m in members):
            return list(members)
    return None


def singledispatch(func):
    """Makes `func` a generic function dispatching on its first argument's
    type; `register` adds the implementations."""
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        """The implementation for `cls`."""
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """`@register(cls)`, `register(cls, func)`, or `@register` on a
        function whose first parameter is annotated: `func` handles `cls`
        (each member of a union)."""
        if func is None:
            if _dispatch_types(cls) is not None:
                return lambda f: register(cls, f)
            ann = getattr(cls, "__annotations__", None)
            if not ann:
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. Use either "
                                "`@register(some_class)` or plain `@register` on an annotated function.")
            func = cls
            argname, cls = next(iter(ann.items()))
            if isinstance(cls, str):
                # A forward reference (or `from __future__ import annotations`):
                # evaluated in the function's module, as CPython's register does.
                cls = _get_type_hints(func)[argname]
            if _dispatch_types(cls) is None:
                if isinstance(cls, types.UnionType):
                    raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        kinds = _dispatch_types(cls)
        if kinds is None:
            raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
        for kind in kinds:
            registry[kind] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % funcname)
        return dispatch(type(args[0]))(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """`singledispatch` for methods: dispatches on the first argument after
    `self` (or `cls`)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher
        func = self.func

        def _method(*args, **kwargs):
            method = dispatcher.dispatch(type(args[0]))
            if obj is None:
                return method(*args, **kwargs)
            return method(obj, *args, **kwargs)

        _method.register = self.register
        update_wrapper(_method, func)
        return _method


class partialmethod:
    """`partial` for methods: the bound object comes first, then the frozen
    arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = dict(func.keywords)
            self.keywords.update(keywords)
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join([repr(x) for x in self.args])
        keywords = ", ".join(["%s=%r" % (k, v) for k, v in self.keywords.items()])
        return "functools.partialmethod(%s)" % ", ".join([x for x in (repr(self.func), args, keywords) if x])

    def __get__(self, obj, cls=None):
        if obj is None:
            func = self.func
            frozen = self.args
            keywords = self.keywords

            def _method(cls_or_self, /, *args, **kw):
                merged = dict(keywords)
                merged.update(kw)
                return func(cls_or_self, *frozen, *args, **merged)

            return _method
        return partial(self.func, obj, *self.args, **self.keywords)


_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then kept as its attribute."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            "(%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        val = self.func(instance)
        setattr(instance, self.attrname, val)
        return val
