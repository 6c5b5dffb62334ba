"""Regular expressions (pyaot's own `re` module, written from the
documentation). Patterns are parsed, compiled and matched by the Rust
half (`_pyaot_re`), a backtracking matcher that tries alternatives in
CPython's order, whose `re.Pattern` and `re.Match` are native objects as
CPython's are; this half holds the flags, `re.error`, the parser of
replacement templates, the pattern cache and the module's functions, with
CPython's messages."""

import copyreg

from _pyaot_re import _pyaot_setup, _pyaot_compile

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
    "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
    "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

__pyaot_refused__ = ["_casefix", "_compile_repl", "_compiler", "_constants", "_parser",
                     "_special_chars_map", "_subx", "enum", "functools"]

# (value, name) in the order CPython's RegexFlag defines them: its repr
# lists a combination's members in this order.
_FLAG_NAMES = [(256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (32, "UNICODE"), (8, "MULTILINE"),
               (16, "DOTALL"), (64, "VERBOSE"), (1, "TEMPLATE"), (128, "DEBUG")]


def _flag_members(value):
    """The names of the flags set in `value`, and the bits no flag names."""
    names = []
    for bit, name in _FLAG_NAMES:
        if value & bit:
            names.append(name)
            value &= ~bit
    return names, value


class RegexFlag(int):
    """The flags: ints that print as `re.IGNORECASE|re.MULTILINE`."""
    __pyaot_tp_name__ = "re.RegexFlag"

    def __repr__(self):
        names, rest = _flag_members(int(self))
        if not names and not rest:
            return "re.NOFLAG"
        texts = ["re." + name for name in names]
        if rest:
            texts.append(hex(rest))
        return "|".join(texts)

    __str__ = __repr__

    @property
    def name(self):
        names, rest = _flag_members(int(self))
        if rest:
            return None
        return "|".join(names) if names else "NOFLAG"

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    def __reduce__(self):
        return (RegexFlag, (int(self),))


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """A pattern or replacement template that is not valid."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"


# -- replacement templates ----------------------------------------------------

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_OCTDIGITS = "01234567"
_DIGITS = "0123456789"
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _parse_template(repl, pattern):
    """A replacement template as a list of pieces: text, or a group's
    index. Refused as CPython refuses it."""
    isbytes = not isinstance(repl, str)
    text = str(bytes(repl), "latin-1") if isbytes else repl
    pieces = []
    literal = []
    n = len(text)
    i = 0

    def fail(msg, pos):
        if isbytes:
            msg = msg.encode("ascii", "backslashreplace").decode("ascii")
        return error(msg, repl, pos)

    def addgroup(index, pos):
        if index > pattern.groups:
            raise fail("invalid group reference %d" % index, pos)
        if literal:
            pieces.append("".join(literal))
            literal.clear()
        pieces.append(index)

    while i < n:
        c = text[i]
        i += 1
        if c != "\\":
            literal.append(c)
            continue
        if i >= n:
            raise fail("bad escape (end of pattern)", n - 1)
        c = text[i]
        i += 1
        if c == "g":
            if i >= n or text[i] != "<":
                raise fail("missing <", i)
            i += 1
            close = text.find(">", i)
            if close < 0:
                name = text[i:]
                if not name:
                    raise fail("missing group name", i)
                raise fail("missing >, unterminated name", i)
            name = text[i:close]
            if not name:
                raise fail("missing group name", i)
            i = close + 1
            if name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name %r" % name)
                index = pattern.groupindex[name]
            else:
                if not (name.isdecimal() and name.isascii()):
                    raise fail("bad character in group name %r" % name, i - len(name) - 1)
                index = int(name)
                if index >= 2147483647:
                    raise fail("invalid group reference %d" % index, i - len(name) - 1)
            addgroup(index, i - len(name) - 1)
        elif c == "0":
            digits = ""
            while len(digits) < 2 and i < n and text[i] in _OCTDIGITS:
                digits += text[i]
                i += 1
            literal.append(chr(int("0" + digits, 8) & 0xff))
        elif c in _DIGITS:
            start = i - 2
            this = c
            if i < n and text[i] in _DIGITS:
                this += text[i]
                i += 1
                if c in _OCTDIGITS and this[1] in _OCTDIGITS and i < n and text[i] in _OCTDIGITS:
                    this += text[i]
                    i += 1
                    value = int(this, 8)
                    if value > 0o377:
                        raise fail("octal escape value \\%s outside of range 0-0o377" % this, start)
                    literal.append(chr(value))
                    continue
            addgroup(int(this), start + 1)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c in _LETTERS:
            raise fail("bad escape \\%s" % c, i - 2)
        else:
            literal.append("\\" + c)
    if literal:
        pieces.append("".join(literal))
    if isbytes:
        return [p.encode("latin-1") if isinstance(p, str) else p for p in pieces]
    return pieces


# -- the module's functions ---------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _pyaot_compile(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


_pyaot_setup(error, _parse_template)
Pattern = type(_pyaot_compile("", 0))
Match = type(_pyaot_compile("", 0).match(""))


def _pickle(p):
    return _compile, (p.pattern, p.flags)


copyreg.pickle(Pattern, _pickle, _compile)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | 1)


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        out = []
        for c in pattern:
            if c in _SPECIAL:
                out.append("\\")
            out.append(c)
        return "".join(out)
    text = str(pattern, "latin1")
    out = []
    for c in text:
        if c in _SPECIAL:
            out.append("\\")
        out.append(c)
    return "".join(out).encode("latin1")


class Scanner:
    """Tokenizes a string by a list of (pattern, action) pairs: each step
    matches the first pattern that matches where the last step ended and
    keeps what its action gives (an action that is callable is called
    with the scanner and the matched text)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._actions = {}
        parts = []
        for phrase, action in lexicon:
            if _compile(phrase, flags).groups:
                # CPython numbers such a phrase's groups from 1 again,
                # sharing the numbers of the phrases' own groups.
                raise NotImplementedError("re.Scanner: a phrase with groups of its own")
            parts.append("(" + phrase + ")")
            self._actions[len(parts)] = action
        self.scanner = _compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
