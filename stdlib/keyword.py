"""Python's keywords (pyaot's own `keyword` module, written from the
documentation): `kwlist`, `softkwlist`, `iskeyword`, `issoftkeyword`."""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
]

softkwlist = ["_", "case", "match"]

_keywords = set(kwlist)
_soft = set(softkwlist)


def iskeyword(s):
    return s in _keywords


def issoftkeyword(s):
    return s in _soft
