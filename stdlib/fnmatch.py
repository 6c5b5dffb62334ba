"""Shell-style wildcards (pyaot's own `fnmatch`, written from the
documentation): `*` any run of characters, `?` one character, `[seq]`
one of a set, `[!seq]` one not in it. Patterns are compiled to a list of
matchers (no regular expressions) and cached."""

import os as _os

__all__ = ["filter", "fnmatch", "fnmatchcase"]

__pyaot_refused__ = ["translate", "functools", "os", "posixpath", "re"]

_cache = {}


def _has_magic(pat):
    return "*" in pat or "?" in pat or "[" in pat


def _compile(pat):
    """The pattern as a list of tokens: a str (literal text), None (`*`),
    or a (negated, chars, ranges) triple for `?` and `[...]` (`?` is
    a negated empty set)."""
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not tokens or tokens[-1] is not None:
                tokens.append(None)
        elif c == "?":
            tokens.append((True, "", []))
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                tokens.append("[")
                continue
            body = pat[i:j]
            i = j + 1
            negated = body.startswith("!")
            if negated:
                body = body[1:]
            chars = []
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    chars.append(body[k])
                    k += 1
            tokens.append((negated, "".join(chars), ranges))
        else:
            if tokens and isinstance(tokens[-1], str):
                tokens[-1] = tokens[-1] + c
            else:
                tokens.append(c)
    return tokens


def _one(tok, ch):
    negated, chars, ranges = tok
    hit = ch in chars
    if not hit:
        for lo, hi in ranges:
            if lo <= ch <= hi:
                hit = True
                break
    return hit != negated


def _match(tokens, name):
    """Whether the tokens match all of `name`: on a mismatch, the last `*`
    takes one more character and matching resumes after it (each `*`
    only ever needs to grow, so this is linear in the pattern per start)."""
    n = len(name)
    t = 0
    i = 0
    star_t = -1
    star_i = 0
    while True:
        if t < len(tokens):
            tok = tokens[t]
            if tok is None:
                star_t = t
                star_i = i
                t += 1
                continue
            if isinstance(tok, str):
                if name.startswith(tok, i):
                    i += len(tok)
                    t += 1
                    continue
            elif i < n and _one(tok, name[i]):
                i += 1
                t += 1
                continue
        elif i == n:
            return True
        if star_t < 0 or star_i >= n:
            return False
        star_i += 1
        t = star_t + 1
        i = star_i


def fnmatchcase(name, pat):
    """Whether `name` matches the pattern `pat`, case-sensitively."""
    tokens = _cache.get(pat)
    if tokens is None:
        if not isinstance(pat, str):
            raise TypeError(f"expected str, not {type(pat).__name__}")
        tokens = _compile(pat)
        if len(_cache) >= 32768:
            _cache.clear()
        _cache[pat] = tokens
    if not isinstance(name, str):
        raise TypeError(f"expected string or bytes-like object, got '{type(name).__name__}'")
    return _match(tokens, name)


def fnmatch(name, pat):
    """Whether `name` matches `pat`, after `os.path.normcase` of both
    (which changes nothing on POSIX)."""
    return fnmatchcase(_os.path.normcase(name), _os.path.normcase(pat))


def filter(names, pat):
    """The names of the list that match `pat`."""
    return [name for name in names if fnmatchcase(_os.path.normcase(name), _os.path.normcase(pat))]
