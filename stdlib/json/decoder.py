"""JSON decoding (pyaot's own `json.decoder`, written from the
documentation): `JSONDecoder` and `JSONDecodeError`. The parser itself is
the Rust half's (`_pyaot_json`), called with the decoder's options."""

from _pyaot_json import _pyaot_decode

__all__ = ["JSONDecoder", "JSONDecodeError"]

__pyaot_refused__ = ["BACKSLASH", "FLAGS", "JSONArray", "JSONObject", "STRINGCHUNK", "WHITESPACE", "WHITESPACE_STR",
                     "_decode_uXXXX", "c_scanstring", "py_scanstring", "re", "scanner", "scanstring"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")

_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}


class JSONDecodeError(ValueError):
    """A ValueError saying where the document stops being JSON: `msg`,
    the document `doc`, the position `pos` and its `lineno` and `colno`."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class JSONDecoder:
    """JSON text to Python objects: objects to dicts (or what the hooks
    make of them), arrays to lists, strings, numbers to int and float,
    true/false/null, and NaN and +-Infinity."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        # The hooks the parser calls: None where it makes the value itself.
        self._parse_float = None if self.parse_float is float else self.parse_float
        self._parse_int = None if self.parse_int is int else self.parse_int
        self._parse_constant = parse_constant

    def _scan(self, s, idx, whole):
        return _pyaot_decode(s, idx, whole, self.strict, self.object_hook, self.object_pairs_hook, self._parse_float,
                             self._parse_int, self._parse_constant, JSONDecodeError)

    def decode(self, s):
        """The Python object of the JSON document `s` (whitespace around
        it allowed, nothing else)."""
        return self._scan(s, 0, True)

    def raw_decode(self, s, idx=0):
        """The first JSON value in `s` from `idx`, and where it ends:
        `(obj, end)`. Text after it may follow."""
        return self._scan(s, idx, False)
