"""Streams (pyaot's own `io` module, written from the documentation):
`StringIO` and `BytesIO` in memory, and files on disk as CPython layers
them: `FileIO` (raw bytes on a descriptor, through the Rust half's system
calls), `BufferedReader`/`BufferedWriter`/`BufferedRandom` over it, and
`TextIOWrapper` (decoding, newline translation) over those; `open`
stacks them as the builtin `open` does (which is this function)."""

__all__ = [
    "BlockingIOError", "BufferedIOBase", "BufferedRandom", "BufferedReader", "BufferedWriter", "BytesIO",
    "DEFAULT_BUFFER_SIZE", "FileIO", "IOBase", "RawIOBase", "SEEK_CUR", "SEEK_END", "SEEK_SET", "StringIO",
    "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "open",
]

__pyaot_refused__ = ["open_code", "BufferedRWPair", "IncrementalNewlineDecoder"]

import atexit as _atexit
import warnings as _warnings
import weakref as _weakref
from _pyaot_io import (_pyaot_open, _pyaot_read, _pyaot_write, _pyaot_seek, _pyaot_truncate, _pyaot_close,
                       _pyaot_isatty)

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


def text_encoding(encoding, stacklevel=2):
    return "locale" if encoding is None else encoding


class IOBase:
    """The base of every stream: closing, context management, iteration
    by lines."""

    _closed = False

    def __reduce_ex__(self, protocol):
        raise TypeError(f"cannot pickle '{type(self).__module__}.{type(self).__qualname__}' object")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def flush(self):
        self._check_open()

    # Whether the stream reads, writes and seeks (all three, or none).
    _capable = False

    def readable(self):
        self._check_open()
        return self._capable

    def writable(self):
        self._check_open()
        return self._capable

    def seekable(self):
        self._check_open()
        return self._capable

    def isatty(self):
        self._check_open()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


def _check_int(x):
    if not isinstance(x, int):
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")


def _size(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size


class _Memory:
    """The position, reading and truncating both in-memory streams share;
    `_value` is the contents (a str or a bytearray), `_empty` an empty
    result, `_negative` how their errors start; `_line_end` finds where a
    line ends, `_out` makes a result of a part of the contents."""

    _capable = True

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        else:
            _check_int(size)
            if size < 0:
                raise ValueError(f"{self._negative} size value {size}")
        if size < len(self._value):
            self._value = self._value[:size]
        return size

    def read(self, size=-1):
        self._check_open()
        size = _size(size)
        start = self._pos
        end = len(self._value) if size < 0 else min(start + size, len(self._value))
        if end <= start:
            return self._empty
        self._pos = end
        return self._out(self._value[start:end])

    def readline(self, size=-1):
        self._check_open()
        size = _size(size)
        start = self._pos
        if start >= len(self._value):
            return self._empty
        end = self._line_end(start)
        if 0 <= size < end - start:
            end = start + size
        self._pos = end
        return self._out(self._value[start:end])


class StringIO(_Memory, TextIOBase):
    """A text stream in memory."""

    __module__ = "_io"
    _negative = "Negative"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._empty = ""
        self._value = self._translate(initial_value or "")
        self._pos = 0

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            if "\r" in s:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif nl == "\r" or nl == "\r\n":
            s = s.replace("\n", nl)
        return s

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        self._check_open()
        return None

    def getvalue(self):
        self._check_open()
        return self._value

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        s = self._translate(s)
        pos = self._pos
        value = self._value
        if pos == len(value):
            self._value = value + s
        elif pos > len(value):
            self._value = value + "\0" * (pos - len(value)) + s
        else:
            self._value = value[:pos] + s + value[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def _out(self, part):
        return part

    def _line_end(self, start):
        value = self._value
        nl = self._newline
        if nl == "":
            r = value.find("\r", start)
            n = value.find("\n", start)
            if r >= 0 and (n < 0 or r < n):
                return r + 2 if value.startswith("\r\n", r) else r + 1
            return len(value) if n < 0 else n + 1
        term = "\n" if nl is None else nl
        i = value.find(term, start)
        return len(value) if i < 0 else i + len(term)

    def seek(self, pos, whence=0):
        self._check_open()
        _check_int(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._value)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def detach(self):
        raise UnsupportedOperation("detach")

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"


class BytesIO(_Memory, BufferedIOBase):
    """A binary stream in memory."""

    __module__ = "_io"
    _negative = "negative"

    def __init__(self, initial_bytes=b""):
        if isinstance(initial_bytes, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._empty = b""
        self._value = bytearray(initial_bytes or b"")
        self._pos = 0

    def getvalue(self):
        self._check_open()
        return bytes(self._value)

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        pos = self._pos
        value = self._value
        if pos > len(value):
            value.extend(bytes(pos - len(value)))
        value[pos:pos + len(data)] = data
        self._pos = pos + len(data)
        return len(data)

    def _out(self, part):
        return bytes(part)

    def _line_end(self, start):
        i = self._value.find(b"\n", start)
        return len(self._value) if i < 0 else i + 1

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def seek(self, pos, whence=0):
        self._check_open()
        _check_int(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._value) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"


# ---- files on disk ----------------------------------------------------------

# `os.O_*` flags (Linux's), as `FileIO` opens with them.
_O_RDONLY, _O_WRONLY, _O_RDWR = 0, 1, 2
_O_CREAT, _O_EXCL, _O_TRUNC, _O_APPEND = 0o100, 0o200, 0o1000, 0o2000


class FileIO(RawIOBase):
    """Raw, unbuffered bytes on a file descriptor."""

    __module__ = "_io"
    _fd = -1
    _closefd = False

    def __init__(self, file, mode="r", closefd=True, opener=None):
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if not isinstance(mode, str):
            raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
        kinds = [c for c in mode if c in "rwxa"]
        if len(kinds) != 1 or mode.count("+") > 1 or any(c not in "rwxab+" for c in mode) or len(set(mode)) != len(mode):
            if any(c not in "rwxab+" for c in mode) or len(set(mode)) != len(mode):
                raise ValueError(f"invalid mode: {mode}")
            raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
        kind = kinds[0]
        plus = "+" in mode
        self._readable = kind == "r" or plus
        self._writable = kind != "r" or plus
        self._created = kind == "x"
        self._appending = kind == "a"
        flags = _O_RDWR if plus else (_O_RDONLY if kind == "r" else _O_WRONLY)
        flags |= {"r": 0, "w": _O_CREAT | _O_TRUNC, "x": _O_CREAT | _O_EXCL, "a": _O_CREAT | _O_APPEND}[kind]
        self._closefd = closefd
        if isinstance(file, int):
            if file < 0:
                raise ValueError("negative file descriptor")
            self._fd = file
        else:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            if not isinstance(file, (str, bytes)):
                file = _fspath(file)
            if opener is None:
                self._fd = _pyaot_open(file, flags, 0o666)
            else:
                self._fd = opener(file, flags)
                if not isinstance(self._fd, int):
                    raise TypeError("expected integer from opener")
                if self._fd < 0:
                    raise ValueError(f"opener returned {self._fd}")
        self.name = file
        if self._appending:
            _pyaot_seek(self._fd, 0, 2)

    @property
    def mode(self):
        if self._created:
            return "xb+" if self._readable else "xb"
        if self._appending:
            return "ab+" if self._readable else "ab"
        if self._readable:
            return "rb+" if self._writable else "rb"
        return "wb"

    @property
    def closefd(self):
        return self._closefd

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        return True

    def fileno(self):
        self._check_open()
        return self._fd

    def isatty(self):
        self._check_open()
        return _pyaot_isatty(self._fd)

    def read(self, size=-1):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        return _pyaot_read(self._fd, _size(size))

    def readall(self):
        return self.read(-1)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def write(self, data):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        return _pyaot_write(self._fd, data)

    def seek(self, pos, whence=0):
        self._check_open()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        return _pyaot_seek(self._fd, pos, whence)

    def tell(self):
        self._check_open()
        return _pyaot_seek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if size is None:
            size = self.tell()
        return _pyaot_truncate(self._fd, size)

    def close(self):
        if not self._closed:
            self._closed = True
            if self._closefd and self._fd >= 0:
                _pyaot_close(self._fd)

    def __del__(self):
        self.close()

    def __repr__(self):
        if self._closed:
            return "<_io.FileIO [closed]>"
        return f"<_io.FileIO name={self.name!r} mode={self.mode!r} closefd={self._closefd}>"


def _fspath(path):
    fspath = getattr(type(path), "__fspath__", None)
    if fspath is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(path).__name__}")
    path = fspath(path)
    if not isinstance(path, (str, bytes)):
        raise TypeError(f"expected {type(path).__name__}.__fspath__() to return str or bytes")
    return path


# Open files that write, flushed when the program ends (`atexit`).
_writers = {}


def _flush_writers():
    for ref in list(_writers.values()):
        f = ref()
        if f is not None and not f.closed:
            f.flush()


_atexit.register(_flush_writers)


class _Buffered(BufferedIOBase):
    """Bytes over a raw stream, read ahead and written behind in blocks of
    `buffer_size`: what is written reaches the file on `flush`, on
    `close`, when the buffer fills, when the object goes and when the
    program ends."""

    __module__ = "_io"
    _reads = True
    _writes = True
    raw = None

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._rpos = 0
        self._wbuf = bytearray()
        if self._writes:
            _writers[id(self)] = _weakref.ref(self)

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def _check_open(self, what="I/O operation on"):
        if self.raw.closed:
            raise ValueError(f"{what} closed file")

    def readable(self):
        self._check_open()
        return self._reads and self.raw.readable()

    def writable(self):
        self._check_open()
        return self._writes and self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def _check_readable(self):
        if not self._reads or not self.raw.readable():
            raise UnsupportedOperation("read")

    def _check_writable(self):
        if not self._writes or not self.raw.writable():
            raise UnsupportedOperation("write")

    def flush(self):
        self._check_open("flush of")
        if self._wbuf:
            data = bytes(self._wbuf)
            self._wbuf = bytearray()
            self.raw.write(data)

    # What was read ahead: `_rbuf[_rpos:]` (an offset, so that taking a
    # line does not copy what follows it).

    def _ahead(self):
        return len(self._rbuf) - self._rpos

    def _fill(self):
        """Reads a block into the read-ahead buffer; False at the end."""
        data = self.raw.read(self.buffer_size)
        if not data:
            return False
        self._rbuf = self._rbuf[self._rpos :] + data
        self._rpos = 0
        return True

    def _take(self, n):
        data = self._rbuf[self._rpos : self._rpos + n]
        self._rpos += len(data)
        return data

    def _rewind(self):
        """Gives back what was read ahead, so the raw position is ours."""
        if self._ahead():
            self.raw.seek(-self._ahead(), 1)
        self._rbuf = b""
        self._rpos = 0

    def read(self, size=-1):
        self._check_open("read of")
        self._check_readable()
        size = _size(size)
        self.flush()
        if size < 0:
            data = self._rbuf[self._rpos :] + self.raw.read()
            self._rbuf = b""
            self._rpos = 0
            return data
        while self._ahead() < size and self._fill():
            pass
        return self._take(size)

    def read1(self, size=-1):
        self._check_open("read of")
        self._check_readable()
        self.flush()
        if not self._ahead():
            self._fill()
        size = _size(size)
        return self._take(self._ahead() if size < 0 else size)

    def peek(self, size=0):
        self._check_open("peek of")
        self._check_readable()
        self.flush()
        if not self._ahead():
            self._fill()
        return self._rbuf[self._rpos :]

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_open("readline of")
        self._check_readable()
        size = _size(size)
        self.flush()
        while True:
            i = self._rbuf.find(b"\n", self._rpos)
            if i >= 0 or (0 <= size <= self._ahead()) or not self._fill():
                break
        end = self._ahead() if i < 0 else i + 1 - self._rpos
        if 0 <= size < end:
            end = size
        return self._take(end)

    def write(self, data):
        if not self._writes:
            raise UnsupportedOperation("write")
        self._check_open("write to")
        self._check_writable()
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._rewind()
        self._wbuf += data
        if len(self._wbuf) >= self.buffer_size:
            self.flush()
        return len(data)

    def seek(self, pos, whence=0):
        self._check_open("seek of")
        _check_int(pos)
        if whence not in (0, 1, 2):
            raise ValueError(f"whence value {whence} unsupported")
        self.flush()
        if whence == 1:
            pos -= self._ahead()
        self._rbuf = b""
        self._rpos = 0
        return self.raw.seek(pos, whence)

    def tell(self):
        self._check_open()
        return self.raw.tell() - self._ahead() + len(self._wbuf)

    def truncate(self, pos=None):
        self._check_open("truncate of")
        self._check_writable()
        self.flush()
        if pos is None:
            pos = self.tell()
        self._rewind()
        return self.raw.truncate(pos)

    def close(self):
        if self.raw.closed:
            return
        try:
            self.flush()
        finally:
            _writers.pop(id(self), None)
            self.raw.close()

    def detach(self):
        self.flush()
        _writers.pop(id(self), None)
        raw = self.raw
        self.raw = None
        return raw

    def __del__(self):
        if self.raw is not None:
            self.close()

    def __repr__(self):
        name = type(self).__name__
        try:
            return f"<_io.{name} name={self.name!r}>"
        except AttributeError:
            return f"<_io.{name}>"


class BufferedReader(_Buffered):
    __module__ = "_io"
    _writes = False


class BufferedWriter(_Buffered):
    __module__ = "_io"
    _reads = False


class BufferedRandom(_Buffered):
    __module__ = "_io"


# Encodings whose bytes never split a line terminator (`\n` and `\r` are
# single bytes no other character uses), read block by block.
_AFTER_BOM = {"utf-16": "utf-16-le", "utf16": "utf-16-le", "utf-32": "utf-32-le", "utf32": "utf-32-le",
              "utf-8-sig": "utf-8", "utf8-sig": "utf-8"}
_BYTEWISE = {"utf-8", "utf8", "latin-1", "latin1", "iso-8859-1", "ascii", "us-ascii", "cp1252", "utf_8"}


def _utf8_complete(data):
    """How many of `data`'s bytes end on a character boundary (UTF-8)."""
    n = len(data)
    for back in range(1, min(4, n) + 1):
        b = data[n - back]
        if b < 0x80:
            return n
        if b >= 0xC0:
            need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
            return n if back >= need else n - back
    return n


class TextIOWrapper(TextIOBase):
    """Text over a buffered binary stream: decoding and encoding, and
    newline translation (`newline=None` reads `\\r\\n` and `\\r` as `\\n`;
    `''` splits lines there and keeps them; `'\\n'`, `'\\r'`, `'\\r\\n'`
    split only there; writing, `'\\r'` and `'\\r\\n'` replace `\\n`)."""

    __module__ = "_io"

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"TextIOWrapper() argument 'newline' must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        "".encode(encoding)
        if errors is None:
            errors = "strict"
        self.buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        norm = encoding.lower().replace("_", "-")
        self._bytewise = norm in _BYTEWISE
        # Encodings that start a stream with a byte-order mark write it once:
        # `_write_codec` is the codec the next write uses, `_no_bom` the one
        # after the mark (the mark is not written past a stream's start).
        self._no_bom = _AFTER_BOM.get(norm)
        self._write_codec = encoding
        if self._no_bom is not None and buffer.seekable() and buffer.tell() != 0:
            self._write_codec = self._no_bom
        # Text decoded ahead, untranslated: `_decoded[_dpos:]` (an offset,
        # so that taking a line does not copy what follows it).
        self._decoded = ""
        self._dpos = 0
        self._pending = b""
        self._eof = False

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)
    name = property(lambda self: self.buffer.name)
    closed = property(lambda self: self.buffer.closed)
    newlines = None

    def _check_open(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def flush(self):
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def detach(self):
        self.flush()
        buffer = self.buffer
        self.buffer = None
        return buffer

    buffer = None

    def __del__(self):
        if self.buffer is not None:
            self.close()

    def __repr__(self):
        text = "<_io.TextIOWrapper"
        try:
            text += f" name={self.name!r}"
        except AttributeError:
            pass
        mode = getattr(self, "mode", None)
        if mode is not None:
            text += f" mode={mode!r}"
        return text + f" encoding={self._encoding!r}>"

    # -- reading

    def _check_readable(self):
        self._check_open()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")

    def _more(self):
        """Decodes another block into `_decoded`; False at the end (for
        now: a file may grow, and is read again next time)."""
        self._compact()
        if self._bytewise:
            data = self.buffer.read1(DEFAULT_BUFFER_SIZE)
        else:
            data = self.buffer.read()
        if not data:
            self._eof = True
            if self._pending:
                pending, self._pending = self._pending, b""
                self._decoded += pending.decode(self._encoding, self._errors)
            return False
        self._eof = False
        data = self._pending + data
        cut = _utf8_complete(data) if self._encoding.lower() in ("utf-8", "utf8", "utf_8") else len(data)
        self._pending = data[cut:]
        self._decoded += data[:cut].decode(self._encoding, self._errors)
        return True

    def _compact(self):
        if self._dpos:
            self._decoded = self._decoded[self._dpos :]
            self._dpos = 0

    def _translate(self, text):
        if self._newline is None and "\r" in text:
            return text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def _line_end(self, start):
        """Where the line starting at `start` of `_decoded` ends (its
        terminator included), or -1 if more text is needed to know."""
        text = self._decoded
        if self._newline is None or self._newline == "":
            i = text.find("\n", start)
            j = text.find("\r", start, i if i >= 0 else len(text))
            if j < 0:
                return -1 if i < 0 else i + 1
            if j + 1 < len(text):
                return j + 2 if text[j + 1] == "\n" else j + 1
            return -1 if not self._eof else j + 1
        i = text.find(self._newline, start)
        return -1 if i < 0 else i + len(self._newline)

    def read(self, size=-1):
        self._check_readable()
        size = _size(size)
        self.buffer.flush()
        self._compact()
        if size < 0:
            while self._more():
                pass
            text, self._decoded = self._decoded, ""
            return self._translate(text)
        out = []
        count = 0
        while count < size:
            if not self._decoded and not self._more():
                break
            # Keep a final `\r` until what follows it is known.
            if self._newline is None and self._decoded.endswith("\r") and not self._eof:
                if self._more():
                    continue
            take = min(size - count, len(self._decoded))
            part = self._decoded[:take]
            if self._newline is None and "\r" in part:
                # `\r\n` counts as one character read.
                part = self._decoded[: take + part.count("\r\n")]
                while len(self._translate(part)) > size - count:
                    part = part[:-1]
                if part.endswith("\r") and self._decoded[len(part) : len(part) + 1] == "\n":
                    part += "\n"
            self._decoded = self._decoded[len(part) :]
            part = self._translate(part)
            out.append(part)
            count += len(part)
        return "".join(out)

    def readline(self, size=-1):
        self._check_readable()
        size = _size(size)
        self.buffer.flush()
        while True:
            end = self._line_end(self._dpos)
            if end >= 0 or (0 <= size < len(self._decoded) - self._dpos) or not self._more():
                break
        if end < 0:
            end = len(self._decoded)
        if 0 <= size < end - self._dpos:
            end = self._dpos + size
            # Read as `\n`, a `\r\n` is one character: it is not split.
            if self._newline is None and self._decoded[end - 1 : end + 1] == "\r\n":
                end += 1
        line = self._decoded[self._dpos : end]
        self._dpos = end
        return self._translate(line)

    def __next__(self):
        self._check_open()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._check_open()
        return self

    # -- writing

    def write(self, text):
        self._check_open()
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if not self.buffer.writable():
            raise UnsupportedOperation("not writable")
        if len(self._decoded) > self._dpos or self._pending:
            self._discard_read_ahead()
        data = text
        if self._newline in ("\r", "\r\n") and "\n" in data:
            data = data.replace("\n", self._newline)
        self.buffer.write(data.encode(self._write_codec, self._errors))
        if self._no_bom is not None:
            self._write_codec = self._no_bom
        if self._write_through or (self._line_buffering and ("\n" in text or "\r" in text)):
            self.buffer.flush()
        return len(text)

    def _discard_read_ahead(self):
        # As CPython's: text decoded ahead is dropped, and the write goes
        # where the reading left the buffer (seek first to write elsewhere).
        self._decoded, self._dpos = "", 0
        self._pending = b""
        self._eof = False

    # -- positions

    def tell(self):
        self._check_open()
        if not self.buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        self.buffer.flush()
        self._compact()
        ahead = len(self._decoded.encode(self._encoding, self._errors)) if self._decoded else 0
        return self.buffer.tell() - ahead - len(self._pending)

    def seek(self, cookie, whence=0):
        self._check_open()
        if not self.buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        _check_int(cookie)
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._decoded, self._dpos, self._pending, self._eof = "", 0, b"", False
            return self.buffer.seek(0, 2)
        if whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if cookie < 0:
            raise ValueError(f"negative seek position {cookie}")
        self.flush()
        self._decoded, self._dpos, self._pending, self._eof = "", 0, b"", False
        self.buffer.seek(cookie)
        if self._no_bom is not None:
            self._write_codec = self._encoding if cookie == 0 else self._no_bom
        return cookie

    def truncate(self, pos=None):
        self._check_open()
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    """Opens a file: raw bytes (`buffering=0`), buffered bytes (`'b'`), or
    text over them."""
    if not isinstance(file, (str, bytes, int)):
        file = _fspath(file)
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    if not isinstance(buffering, int):
        raise TypeError(f"'{type(buffering).__name__}' object cannot be interpreted as an integer")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"open() argument 'encoding' must be str or None, not {type(encoding).__name__}")
    if errors is not None and not isinstance(errors, str):
        raise TypeError(f"open() argument 'errors' must be str or None, not {type(errors).__name__}")
    if any(c not in "axrwb+t" for c in mode) or len(set(mode)) != len(mode):
        raise ValueError(f"invalid mode: {mode!r}")
    kinds = sum(c in mode for c in "rwax")
    binary = "b" in mode
    if "t" in mode and binary:
        raise ValueError("can't have text and binary mode at once")
    if kinds > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
        raise ValueError(f"illegal newline value: {newline}")
    if binary and buffering == 1:
        _warnings.warn("line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used", RuntimeWarning)
    raw_mode = "".join(c for c in mode if c in "rwax+")
    raw = FileIO(file, raw_mode, closefd, opener=opener)
    try:
        line_buffering = False
        if buffering == 1 or (buffering < 0 and raw.isatty()):
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if binary:
                return raw
            raise ValueError("can't have unbuffered text I/O")
        if "+" in mode:
            buffer = BufferedRandom(raw, buffering)
        elif "r" in mode:
            buffer = BufferedReader(raw, buffering)
        else:
            buffer = BufferedWriter(raw, buffering)
        if binary:
            return buffer
        text = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        text.mode = mode
        return text
    except BaseException:
        raw.close()
        raise
