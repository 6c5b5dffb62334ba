"""Inspecting live objects (pyaot's own `inspect` module, written from the
documentation): the `is*` predicates, `signature` (with `Signature`,
`Parameter` and `BoundArguments`; of functions, classes, methods and
partial objects), `getmembers`, `getdoc`, `cleandoc`, `isabstract` and
`getmro`.

pyaot keeps no code or frame objects: `getsource` and the frame functions
are listed in `__pyaot_refused__`. A function's parameters come from the runtime (`_pyaot_inspect.parameters`);
a builtin's are not recorded, so `signature(len)` is a ValueError."""

import types as _types
from collections import OrderedDict as _OrderedDict
import sys as _sys
from _pyaot_inspect import isgeneratorfunction, _pyaot_parameters as _parameters

__pyaot_refused__ = ["getmembers_static", "getsource", "getsourcelines", "getsourcefile", "getfile",
                     "getmodule", "getcomments", "currentframe", "stack", "trace", "getframeinfo",
                     "getouterframes", "getinnerframes", "getargvalues", "getfullargspec", "getcallargs",
                     "getclosurevars", "get_annotations", "getattr_static", "isframe",
                     "iscode", "istraceback", "getgeneratorstate", "getgeneratorlocals",
                     "getcoroutinestate", "getcoroutinelocals", "classify_class_attrs",
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


def getdoc(object):
    """The object's docstring, cleaned (`cleandoc`). A class, method or
    property without one takes the one it inherits; None if none does."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        doc = _inherited_doc(object)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _inherited_doc(obj):
    """The docstring `obj` takes from the classes of its class's MRO."""
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        if not (isclass(owner) and getattr(getattr(owner, name, None), "__func__", None) is obj.__func__):
            owner = type(owner)
    elif isfunction(obj) or isinstance(obj, property):
        func = obj.fget if isinstance(obj, property) else obj
        name = func.__name__
        owner = _class_of(func)
        if owner is None or getattr(owner, name, None) is not obj:
            return None
    else:
        return None
    for base in owner.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _class_of(func):
    """The class a function is defined in, found by its qualified name from its module."""
    owner = _sys.modules.get(func.__module__)
    for part in func.__qualname__.split(".")[:-1]:
        owner = getattr(owner, part, None)
    return owner if isclass(owner) else None


def getmembers(object, predicate=None):
    """The (name, value) pairs of the object's attributes that `dir` lists
    and `predicate` accepts, sorted by name."""
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


class _empty:
    """The marker of a parameter without a default or an annotation."""


class _void:
    """The marker of a field `replace` leaves as it is."""


class _ParameterKind:
    """How an argument binds to a parameter: an int-valued kind, shown as
    CPython's `IntEnum` is."""

    def __init__(self, value, name, description):
        self._value_ = value
        self._name_ = name
        self.description = description

    @property
    def value(self):
        return self._value_

    @property
    def name(self):
        return self._name_

    def __repr__(self):
        return "<_ParameterKind.%s: %d>" % (self._name_, self._value_)

    def __str__(self):
        return self._name_

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __hash__(self):
        return hash(self._value_)

    def __eq__(self, other):
        if isinstance(other, _ParameterKind):
            return self._value_ == other._value_
        if isinstance(other, int):
            return self._value_ == other
        return NotImplemented

    def __lt__(self, other):
        return self._value_ < int(other)

    def __le__(self, other):
        return self._value_ <= int(other)

    def __gt__(self, other):
        return self._value_ > int(other)

    def __ge__(self, other):
        return self._value_ >= int(other)


_POSITIONAL_ONLY = _ParameterKind(0, "POSITIONAL_ONLY", "positional-only")
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, "POSITIONAL_OR_KEYWORD", "positional or keyword")
_VAR_POSITIONAL = _ParameterKind(2, "VAR_POSITIONAL", "variadic positional")
_KEYWORD_ONLY = _ParameterKind(3, "KEYWORD_ONLY", "keyword-only")
_VAR_KEYWORD = _ParameterKind(4, "VAR_KEYWORD", "variadic keyword")
_KINDS = [_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD]


def formatannotation(annotation, base_module=None):
    """An annotation as a signature shows it: a builtin class by its name,
    another class with its module, a `typing` hint without `typing.`."""
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    text = repr(annotation)
    if text.startswith("typing."):
        return text.replace("typing.", "")
    return text


class Parameter:
    """One parameter of a signature: its name, kind, default and annotation."""

    empty = _empty
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if not isinstance(kind, _ParameterKind):
            try:
                kind = _KINDS[kind]
            except (IndexError, TypeError):
                raise ValueError("value %r is not a valid Parameter.kind" % (kind,))
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError("%s parameters cannot have default values" % (kind.description,))
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a %s" % (type(name).__name__,))
        if not name.isidentifier():
            raise ValueError("%r is not a valid parameter name" % (name,))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, default=_void, annotation=_void):
        """A copy with the given fields changed (pass `Parameter.empty` to
        remove a default or an annotation)."""
        return Parameter(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=self._annotation if annotation is _void else annotation,
        )

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = "%s: %s" % (text, formatannotation(self._annotation))
        if self._default is not _empty:
            sep = " = " if self._annotation is not _empty else "="
            text = "%s%s%r" % (text, sep, self._default)
        if self._kind == _VAR_POSITIONAL:
            text = "*" + text
        elif self._kind == _VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The arguments of a call bound to a signature's parameters."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        """Fills in the defaults of the parameters not bound (an empty tuple
        or dict for `*args` and `**kwargs`)."""
        new = []
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new.append((name, self.arguments[name]))
            elif param.default is not _empty:
                new.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                new.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                new.append((name, {}))
        self.arguments = dict(new)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ["%s=%r" % (name, value) for name, value in self.arguments.items()]
        return "<%s (%s)>" % (type(self).__name__, ", ".join(args))


class Signature:
    """A callable's parameters and return annotation."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = _OrderedDict()
        if parameters is not None:
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    raise ValueError("wrong parameter order: %s parameter before %s parameter"
                                     % (top_kind.description, kind.description))
                if kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError("non-default argument follows default argument")
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError("duplicate parameter name: %r" % (name,))
                params[name] = param
        self._parameters = params
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj, follow_wrapped=follow_wrapped)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        return hash((tuple(self._parameters.values()), self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.values()) == list(other._parameters.values()))

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        parameters = iter(self._parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            raise TypeError("%r parameter is positional only, but was passed as a keyword"
                                            % (param.name,))
                        parameters_ex = (param,)
                        break
                    elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        raise TypeError("missing a required argument: %r" % (param.name,))
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError("too many positional arguments")
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError("too many positional arguments")
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError("multiple values for argument %r" % (param.name,))
                    arguments[param.name] = arg_val
        kwargs_param = None
        for param in list(parameters_ex) + list(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            try:
                arg_val = kwargs.pop(name)
            except KeyError:
                if not partial and param.kind != _VAR_POSITIONAL and param.default is _empty:
                    raise TypeError("missing a required argument: %r" % (name,))
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError("%r parameter is positional only, but was passed as a keyword" % (name,))
                arguments[name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError("got an unexpected keyword argument %r" % (next(iter(kwargs)),))
        return BoundArguments(self, arguments)

    def bind(self, *args, **kwargs):
        """The arguments bound as a call would bind them (TypeError if it
        would fail)."""
        return self._bind(args, kwargs)

    def bind_partial(self, *args, **kwargs):
        """As `bind`, with required parameters allowed to stay unbound."""
        return self._bind(args, kwargs, partial=True)

    def __str__(self):
        result = []
        pos_only_separator = False
        kw_only_separator = True
        for param in self._parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pos_only_separator = True
            elif pos_only_separator:
                result.append("/")
                pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                kw_only_separator = False
            elif kind == _KEYWORD_ONLY and kw_only_separator:
                result.append("*")
                kw_only_separator = False
            result.append(str(param))
        if pos_only_separator:
            result.append("/")
        text = "(%s)" % (", ".join(result),)
        if self._return_annotation is not _empty:
            text += " -> %s" % (formatannotation(self._return_annotation),)
        return text

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self)


def _function_signature(func, skip_first):
    params = _parameters(func)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__
    positional = [name for name, kind in params if kind <= 1]
    first_default = len(positional) - len(defaults)
    out = []
    for name, kind in params:
        default = _empty
        if kind <= 1:
            i = positional.index(name)
            if i >= first_default:
                default = defaults[i - first_default]
        elif kind == 3 and name in kwdefaults:
            default = kwdefaults[name]
        out.append(Parameter(name, _KINDS[kind], default=default, annotation=annotations.get(name, _empty)))
    if skip_first:
        if not out or out[0].kind not in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL):
            raise ValueError("invalid method signature")
        if out[0].kind != _VAR_POSITIONAL:
            out = out[1:]
    return Signature(out, return_annotation=annotations.get("return", _empty))


def _partial_signature(sig, part):
    """What is left of a signature once a partial object has filled some
    of it: the parameters its positional arguments fill are gone; those
    its keywords fill take the values as defaults, and a positional one
    filled by keyword becomes keyword-only, as does every parameter after
    it (a `*args` goes: nothing positional can reach it any more)."""
    try:
        bound = sig.bind_partial(*part.args, **part.keywords).arguments
    except TypeError as ex:
        raise ValueError("partial object %r has incorrect arguments" % (part,)) from ex
    kept = []
    moved = []
    keyword_only = False
    for param in sig.parameters.values():
        kind = param.kind
        if param.name in bound and kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY):
            if kind != _KEYWORD_ONLY and param.name not in part.keywords:
                continue
            if kind == _POSITIONAL_OR_KEYWORD:
                keyword_only = True
            param = param.replace(default=bound[param.name])
        if keyword_only and kind == _VAR_POSITIONAL:
            continue
        if keyword_only and kind != _POSITIONAL_ONLY:
            moved.append(param.replace(kind=_KEYWORD_ONLY) if kind == _POSITIONAL_OR_KEYWORD else param)
        else:
            kept.append(param)
    return sig.replace(parameters=kept + moved)


def unwrap(func, *, stop=None):
    """The function at the end of a chain of `__wrapped__` attributes."""
    seen = {id(func)}
    while hasattr(func, "__wrapped__") and (stop is None or not stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError("wrapper loop when unwrapping %r" % (func,))
        seen.add(id(func))
    return func


def signature(obj, *, follow_wrapped=True):
    """The signature of a callable: a function's parameters (a bound
    method's without the first, a class's from its `__init__` or
    `__new__`), as `Signature`."""
    if not callable(obj):
        raise TypeError("%r is not a callable object" % (obj,))
    if ismethod(obj):
        sig = signature(obj.__func__, follow_wrapped=follow_wrapped)
        params = list(sig.parameters.values())
        if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
            raise ValueError("invalid method signature")
        if params[0].kind != _VAR_POSITIONAL:
            params = params[1:]
        return Signature(params, return_annotation=sig.return_annotation)
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError("unexpected object %r in __signature__ attribute" % (sig,))
        return sig
    if type(obj).__name__ == "partial" and type(obj).__module__ == "functools":
        return _partial_signature(signature(obj.func, follow_wrapped=follow_wrapped), obj)
    if isfunction(obj):
        return _function_signature(obj, False)
    if isinstance(obj, type):
        for klass in obj.__mro__:
            if klass is object:
                break
            if "__init__" in klass.__dict__:
                return _function_signature(klass.__dict__["__init__"], True)
            if "__new__" in klass.__dict__:
                new = klass.__dict__["__new__"]
                return _function_signature(getattr(new, "__func__", new), True)
        return Signature()
    call = getattr(type(obj), "__call__", None)
    if isfunction(call):
        return _function_signature(call, True)
    raise ValueError("no signature found for %r" % (obj,))
