"""Inspecting live objects (pyaot's own `inspect` module, written from the
documentation): the `is*` predicates, `cleandoc`, `isabstract` and
`getmro`.

pyaot keeps no code, frame or annotation objects, and `dir()` of any
object is not complete yet: `signature`, `getmembers`, `getsource` and the
frame functions are listed in `__pyaot_refused__`, and so is `getdoc`
(a method without a docstring takes the one it overrides, which needs
the method's class)."""

import types as _types
from _pyaot_inspect import isgeneratorfunction

__pyaot_refused__ = ["getdoc", "signature", "Signature", "Parameter", "BoundArguments", "getmembers",
                     "getmembers_static", "getsource", "getsourcelines", "getsourcefile", "getfile",
                     "getmodule", "getcomments", "currentframe", "stack", "trace", "getframeinfo",
                     "getouterframes", "getinnerframes", "getargvalues", "getfullargspec", "getcallargs",
                     "getclosurevars", "unwrap", "get_annotations", "getattr_static", "isframe",
                     "iscode", "istraceback", "getgeneratorstate", "getgeneratorlocals",
                     "getcoroutinestate", "getcoroutinelocals", "formatannotation", "classify_class_attrs",
                     "getblock", "indentsize", "getlineno", "findsource", "getmodulename",
                     "getabsfile", "walktree", "getclasstree", "ismethoddescriptor", "isdatadescriptor",
                     "isgetsetdescriptor", "ismemberdescriptor", "ismethodwrapper", "FrameInfo",
                     "Traceback", "ClosureVars", "ArgInfo", "FullArgSpec", "Attribute", "BlockFinder",
                     "EndOfBlock", "CO_GENERATOR", "CO_COROUTINE", "CO_NESTED", "CO_NEWLOCALS",
                     "CO_NOFREE", "CO_OPTIMIZED", "CO_VARARGS", "CO_VARKEYWORDS",
                     "CO_ASYNC_GENERATOR", "CO_ITERABLE_COROUTINE", "TPFLAGS_IS_ABSTRACT"]


def ismodule(object):
    """Whether the object is a module."""
    return isinstance(object, _types.ModuleType)


def isclass(object):
    """Whether the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Whether the object is a bound method."""
    return isinstance(object, _types.MethodType)


def isfunction(object):
    """Whether the object is a function defined with `def` or `lambda`."""
    return isinstance(object, _types.FunctionType)


def isgenerator(object):
    """Whether the object is a generator."""
    return isinstance(object, _types.GeneratorType)


def iscoroutinefunction(object):
    """Whether the object is an `async def` function (pyaot has none yet)."""
    return False


def iscoroutine(object):
    return False


def isawaitable(object):
    return False


def isasyncgenfunction(object):
    return False


def isasyncgen(object):
    return False


def isbuiltin(object):
    """Whether the object is a builtin function or a builtin's bound method."""
    return isinstance(object, _types.BuiltinFunctionType)


def isroutine(object):
    """Whether the object is a function or method of any kind."""
    return isbuiltin(object) or isfunction(object) or ismethod(object)


def isabstract(object):
    """Whether the object is an abstract class (with abstract methods left)."""
    if not isinstance(object, type):
        return False
    return bool(getattr(object, "__abstractmethods__", ()))


def getmro(cls):
    """The class's method resolution order, as a tuple."""
    return cls.__mro__


def cleandoc(doc):
    """A docstring without its indentation: the smallest indentation of the
    lines after the first is removed from each, tabs expanded, and blank
    lines at the start and end dropped."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)
