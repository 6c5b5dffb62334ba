"""Pretty-printing of data structures (pyaot's own `pprint` module, written
from the documentation): `pprint`, `pformat`, `pp`, `saferepr`,
`isreadable`, `isrecursive` and `PrettyPrinter`, with CPython's layout.

An object whose repr fits in what is left of the line is written as its
repr; a container that does not is broken one item per line, indented
under its opening bracket; a long string is split at whitespace into
adjacent literals. Dicts are sorted by key unless `sort_dicts=False`."""

import sys
from collections import OrderedDict, defaultdict, Counter, deque

# Its one `getattr` with a computed name reads the fields of dataclass
# instances (decorated classes, which pyaot never tracks).
__pyaot_closed__ = True

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Writes the pretty repr of `object` and a newline to `stream` (stdout)."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty repr of `object`, as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """`pprint` with dicts left in their order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A repr that shows recursive structures without recursing."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether `saferepr(object)` could be read back by `eval`."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether `object` contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Orders values of any types: by `<` where it works, else by type name
    and id."""

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _safe_tuple(t):
    return _safe_key(t[0]), _safe_key(t[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _words(line):
    """The line as runs of non-space characters, each with the spaces after it."""
    parts = []
    current = ""
    in_space = False
    for c in line:
        if c.isspace():
            in_space = True
        elif in_space:
            parts.append(current)
            current = ""
            in_space = False
        current += c
    if current:
        parts.append(current)
    return parts


def _wrap_bytes_repr(object, width, allowance):
    current = b""
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i: i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


def _repr_fields(object):
    return [f for f in type(object).__dataclass_fields__.values() if f.repr]


def _generated_dataclass_repr(object, rep):
    """Whether `object` is a dataclass instance shown by the `__repr__` the
    decorator made (CPython lays those out field by field): `rep` is what
    that method makes."""
    if isinstance(object, type) or not hasattr(type(object), "__dataclass_fields__"):
        return False
    shown = ["%s=%r" % (f.name, getattr(object, f.name)) for f in _repr_fields(object)]
    return rep == "%s(%s)" % (type(object).__qualname__, ", ".join(shown))


_SCALARS = (str, bytes, bytearray, float, complex, bool, type(None))


class PrettyPrinter:
    """Formats objects with the given indent per level, line width, depth
    limit and options."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers
        self._readable = True
        self._recursive = False

    def pprint(self, object):
        stream = self._stream if self._stream is not None else sys.stdout
        if stream is not None:
            out = []
            self._format(object, out, 0, 0, {}, 0)
            out.append("\n")
            stream.write("".join(out))

    def pformat(self, object):
        out = []
        self._format(object, out, 0, 0, {}, 0)
        return "".join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of `object`, as `saferepr` makes it."""
        return self._safe_repr(object, context, maxlevels, level)

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.append(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            typ = type(object)
            p = None
            if typ is dict:
                p = self._pprint_dict
            elif typ is list:
                p = self._pprint_list
            elif typ is tuple:
                p = self._pprint_tuple
            elif typ is set or typ is frozenset:
                p = self._pprint_set
            elif typ is str:
                p = self._pprint_str
            elif typ is bytes:
                p = self._pprint_bytes
            elif typ is bytearray:
                p = self._pprint_bytearray
            elif typ is OrderedDict:
                p = self._pprint_ordered_dict
            elif typ is defaultdict:
                p = self._pprint_default_dict
            elif typ is Counter:
                p = self._pprint_counter
            elif typ is deque:
                p = self._pprint_deque
            elif _generated_dataclass_repr(object, rep):
                p = self._pprint_dataclass
            if p is not None:
                context[objid] = 1
                p(object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.append(rep)

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.append("{")
        if self._indent_per_level > 1:
            stream.append((self._indent_per_level - 1) * " ")
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = list(object.items())
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.append("}")

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.append(repr(object))
            return
        name = type(object).__name__
        stream.append(name + "(")
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level)
        stream.append(")")

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.append("[")
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.append("]")

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.append("(")
        endchar = ",)" if len(object) == 1 else ")"
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.append(endchar)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.append(repr(object))
            return
        if type(object) is set:
            stream.append("{")
            endchar = "}"
        else:
            stream.append("frozenset({")
            endchar = "})"
            indent += len("frozenset(")
        object = sorted(object, key=_safe_key)
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.append(endchar)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.append(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        rep = ""
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
            else:
                parts = _words(line)
                max_width2 = max_width
                current = ""
                for j, part in enumerate(parts):
                    candidate = current + part
                    if j == len(parts) - 1 and i == len(lines) - 1:
                        max_width2 -= allowance
                    if len(repr(candidate)) > max_width2:
                        if current:
                            chunks.append(repr(current))
                        current = part
                    else:
                        current = candidate
                if current:
                    chunks.append(repr(current))
        if len(chunks) == 1:
            stream.append(rep)
            return
        if level == 1:
            stream.append("(")
        for i, chunk in enumerate(chunks):
            if i > 0:
                stream.append("\n" + " " * indent)
            stream.append(chunk)
        if level == 1:
            stream.append(")")

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.append(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.append("(")
        delim = ""
        for rep in _wrap_bytes_repr(object, self._width - indent, allowance):
            stream.append(delim)
            stream.append(rep)
            if not delim:
                delim = "\n" + " " * indent
        if parens:
            stream.append(")")

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.append("bytearray(")
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.append(")")

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.append(repr(object))
            return
        rdf = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.append("%s(%s,\n%s" % (name, rdf, " " * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.append(")")

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.append(repr(object))
            return
        name = type(object).__name__
        stream.append(name + "({")
        if self._indent_per_level > 1:
            stream.append((self._indent_per_level - 1) * " ")
        items = object.most_common()
        self._format_dict_items(items, stream, indent + len(name) + 1, allowance + 2, context, level)
        stream.append("})")

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.append(repr(object))
            return
        name = type(object).__name__
        stream.append(name + "(")
        indent += len(name) + 1
        stream.append("[")
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.append("])")
        else:
            self._format_items(object, stream, indent, 2, context, level)
            rml = self._repr(object.maxlen, context, level)
            stream.append("],\n%smaxlen=%s)" % (" " * indent, rml))

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = type(object).__name__
        indent += len(name) + 1
        items = [(f.name, getattr(object, f.name)) for f in _repr_fields(object)]
        stream.append(name + "(")
        self._format_namespace_items(items, stream, indent, allowance, context, level)
        stream.append(")")

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        delimnl = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            stream.append(key)
            stream.append("=")
            if id(ent) in context:
                stream.append("...")
            else:
                self._format(ent, stream, indent + len(key) + 1, allowance if last else 1, context, level)
            if not last:
                stream.append(delimnl)

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        delimnl = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            stream.append(rep)
            stream.append(": ")
            self._format(ent, stream, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                stream.append(delimnl)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.append((self._indent_per_level - 1) * " ")
        delimnl = ",\n" + " " * indent
        delim = ""
        width = max_width = self._width - indent + 1
        entries = list(items)
        for k, ent in enumerate(entries):
            last = k == len(entries) - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    stream.append(delim)
                    delim = ", "
                    stream.append(rep)
                    continue
            stream.append(delim)
            delim = delimnl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, dict(context), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _SCALARS:
            return repr(object), True, False
        if typ is int:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if typ is dict:
            if not object:
                return "{}", True, False
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            level += 1
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            for k, v in items:
                krepr, kreadable, krecur = self.format(k, context, maxlevels, level)
                vrepr, vreadable, vrecur = self.format(v, context, maxlevels, level)
                components.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                if krecur or vrecur:
                    recursive = True
            del context[objid]
            return "{%s}" % ", ".join(components), readable, recursive
        if typ is list or typ is tuple:
            if typ is list:
                if not object:
                    return "[]", True, False
                form = "[%s]"
            elif len(object) == 1:
                form = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                form = "(%s)"
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return form % "...", False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            level += 1
            for o in object:
                orepr, oreadable, orecur = self.format(o, context, maxlevels, level)
                components.append(orepr)
                if not oreadable:
                    readable = False
                if orecur:
                    recursive = True
            del context[objid]
            return form % ", ".join(components), readable, recursive
        rep = repr(object)
        return rep, bool(rep and not rep.startswith("<")), False
