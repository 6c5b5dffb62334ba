"""JSON encoding (pyaot's own `json.encoder`, written from the
documentation): `JSONEncoder`. `encode` is the Rust half's serializer
(`_pyaot_json`); `iterencode` yields the text in the pieces CPython's
does."""

from _pyaot_json import _pyaot_encode, _pyaot_encode_basestring

__all__ = ["JSONEncoder"]

__pyaot_refused__ = ["ESCAPE", "ESCAPE_ASCII", "ESCAPE_DCT", "HAS_UTF8", "_make_iterencode", "c_encode_basestring",
                     "c_encode_basestring_ascii", "c_make_encoder", "py_encode_basestring",
                     "py_encode_basestring_ascii", "re"]

INFINITY = float("inf")


def encode_basestring(s):
    """`s` as a JSON string, quoted, with only the characters JSON
    requires escaped."""
    return _pyaot_encode_basestring(s, False)


def encode_basestring_ascii(s):
    """`s` as an ASCII-only JSON string, quoted."""
    return _pyaot_encode_basestring(s, True)


class JSONEncoder:
    """Python objects to JSON text: dicts, lists and tuples, strings,
    ints, floats, True/False/None; `default` is asked for anything else."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        self._default = default

    def default(self, o):
        """What to encode in place of `o`, which JSON has no form for:
        override it to serialize other types (this one raises TypeError)."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def _indent_text(self):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        return indent

    def encode(self, o):
        """The JSON text of `o`."""
        default = self.default if self._default is None else self._default
        return _pyaot_encode(o, default, self._indent_text(), self.item_separator, self.key_separator,
                             self.sort_keys, self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of `o` in pieces, as they are made."""
        default = self.default if self._default is None else self._default
        return _Pieces(self, default, self._indent_text()).value(o, 0)


class _Pieces:
    """`iterencode`'s generators: the text of each scalar, each separator
    and each bracket as a piece of its own (a scalar in a list joined to
    the separator before it), as CPython's pure-Python encoder yields it."""

    def __init__(self, enc, default, indent):
        self.enc = enc
        self.default = default
        self.indent = indent
        self.markers = {} if enc.check_circular else None

    def string(self, s):
        return _pyaot_encode_basestring(s, self.enc.ensure_ascii)

    def float(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def scalar(self, o):
        """The text of a scalar, or None for a container or other object."""
        if isinstance(o, str):
            return self.string(o)
        return self.constant(o)

    def constant(self, o):
        """The text of None, a bool, an int or a float, else None."""
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float(o)
        return None

    def mark(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[id(o)] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.object(o, level)
        else:
            self.mark(o)
            yield from self.value(self.default(o), level)
            self.unmark(o)

    def array(self, items, level):
        if not items:
            yield "[]"
            return
        self.mark(items)
        head = "["
        sep = self.enc.item_separator
        if self.indent is not None:
            level += 1
            head += "\n" + self.indent * level
            sep += "\n" + self.indent * level
        first = True
        for item in items:
            if not first:
                head = sep
            first = False
            text = self.scalar(item)
            if text is not None:
                yield head + text
            else:
                yield head
                yield from self.value(item, level)
        if self.indent is not None:
            yield "\n" + self.indent * (level - 1)
        yield "]"
        self.unmark(items)

    def key(self, key):
        if isinstance(key, str):
            return key
        text = self.constant(key)
        if text is not None:
            return text
        if self.enc.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")

    def object(self, d, level):
        if not d:
            yield "{}"
            return
        self.mark(d)
        yield "{"
        sep = self.enc.item_separator
        if self.indent is not None:
            level += 1
            yield "\n" + self.indent * level
            sep += "\n" + self.indent * level
        items = sorted(d.items()) if self.enc.sort_keys else d.items()
        first = True
        for key, item in items:
            key = self.key(key)
            if key is None:
                continue
            if not first:
                yield sep
            first = False
            yield self.string(key)
            yield self.enc.key_separator
            text = self.scalar(item)
            if text is not None:
                yield text
            else:
                yield from self.value(item, level)
        if self.indent is not None:
            yield "\n" + self.indent * (level - 1)
        yield "}"
        self.unmark(d)
