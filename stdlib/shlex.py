"""A lexical analyzer for shell-like syntax (pyaot's own `shlex`, written
from the documentation): the `shlex` class in POSIX and compatibility
modes, with punctuation characters, and `split`, `quote` and `join`.

The lexer reads one character at a time and is always in one of these
states: between tokens, in a word, in a run of punctuation, inside a
quotation (the state is the quote character), or after an escape
character (the state is the escape character)."""

import io as _io
import sys as _sys
from collections import deque as _deque

__all__ = ["shlex", "split", "quote", "join"]

# A state's name when it is no character of the input.
_BETWEEN = " "
_WORD = "a"
_PUNCT = "c"


class shlex:
    """Splits a stream (or a string) into tokens, by the rules the
    documentation gives for POSIX mode (`posix=True`) or for
    compatibility mode."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = _io.StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = _sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
        if self.posix:
            self.wordchars += "ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ"
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = _BETWEEN
        self.pushback = _deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = _deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters pushed back while reading punctuation.
            self._pushback_chars = _deque()
            # These may be parts of words (file names, globs, options).
            self.wordchars += "~-./*?="
            self.wordchars = "".join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Pushes `tok` back: the next `get_token` returns it."""
        self.pushback.appendleft(tok)

    def get_token(self):
        """The next token: one pushed back, or one read from the input
        (`eof` at its end)."""
        if self.pushback:
            return self.pushback.popleft()
        return self.read_token()

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def read_token(self):
        quoted = False
        escaped_state = _BETWEEN
        while True:
            c = self._next_char()
            if c == "\n":
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ""
                break
            if state == _BETWEEN:
                if not c:
                    self.state = None
                    break
                if c in self.whitespace:
                    if self.token or (self.posix and quoted):
                        break
                elif c in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                elif self.posix and c in self.escape:
                    escaped_state = _WORD
                    self.state = c
                elif c in self.wordchars:
                    self.token = c
                    self.state = _WORD
                elif c in self._punctuation_chars:
                    self.token = c
                    self.state = _PUNCT
                elif c in self.quotes:
                    if not self.posix:
                        self.token = c
                    self.state = c
                elif self.whitespace_split:
                    self.token = c
                    self.state = _WORD
                else:
                    # Any other character is a token of its own.
                    self.token = c
                    if self.token or (self.posix and quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not c:
                    raise ValueError("No closing quotation")
                if c == state:
                    if not self.posix:
                        self.token += c
                        self.state = _BETWEEN
                        break
                    self.state = _WORD
                elif self.posix and c in self.escape and state in self.escapedquotes:
                    escaped_state = state
                    self.state = c
                else:
                    self.token += c
            elif state in self.escape:
                if not c:
                    raise ValueError("No escaped character")
                # Inside quotes, the escape is kept but before the quote or
                # itself.
                if escaped_state in self.quotes and c != state and c != escaped_state:
                    self.token += state
                self.token += c
                self.state = escaped_state
            elif state == _WORD or state == _PUNCT:
                if not c:
                    self.state = None
                    break
                if c in self.whitespace:
                    self.state = _BETWEEN
                    if self.token or (self.posix and quoted):
                        break
                elif c in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                    if self.posix:
                        self.state = _BETWEEN
                        if self.token or (self.posix and quoted):
                            break
                elif state == _PUNCT:
                    if c in self._punctuation_chars:
                        self.token += c
                    else:
                        if c not in self.whitespace:
                            self._pushback_chars.append(c)
                        self.state = _BETWEEN
                        break
                elif self.posix and c in self.quotes:
                    self.state = c
                elif self.posix and c in self.escape:
                    escaped_state = _WORD
                    self.state = c
                elif (c in self.wordchars or c in self.quotes
                      or (self.whitespace_split and c not in self._punctuation_chars)):
                    self.token += c
                else:
                    if self._punctuation_chars:
                        self._pushback_chars.append(c)
                    else:
                        self.pushback.appendleft(c)
                    self.state = _BETWEEN
                    if self.token or (self.posix and quoted):
                        break
        result = self.token
        self.token = ""
        if self.posix and not quoted and result == "":
            result = None
        return result

    def error_leader(self, infile=None, lineno=None):
        """The start of an error message: `"file", line n: `."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """The words of `s` as a POSIX shell splits them (comments dropped if
    `comments`)."""
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ""
    return list(lex)


_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-")


def quote(s):
    """`s` as one shell word: as it is when it is made only of safe
    characters, else in single quotes."""
    if not s:
        return "''"
    for c in s:
        if c not in _SAFE:
            return "'" + s.replace("'", "'\"'\"'") + "'"
    return s


def join(split_command):
    """The words of `split_command`, quoted and joined by spaces."""
    return " ".join(quote(arg) for arg in split_command)
