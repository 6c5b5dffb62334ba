"""In-memory streams (pyaot's own `io` module, written from the
documentation): `StringIO` and `BytesIO` with CPython's newline handling,
positions and errors, and the classes they derive from. Files on disk
(`open`, `FileIO`, the buffered and text layers over them) are not here
yet, and programs using them are refused."""

__all__ = [
    "BlockingIOError", "BufferedIOBase", "BytesIO", "DEFAULT_BUFFER_SIZE", "IOBase", "RawIOBase",
    "SEEK_CUR", "SEEK_END", "SEEK_SET", "StringIO", "TextIOBase", "UnsupportedOperation",
]

__pyaot_refused__ = [
    "open", "open_code", "FileIO", "BufferedReader", "BufferedWriter", "BufferedRWPair",
    "BufferedRandom", "TextIOWrapper", "IncrementalNewlineDecoder",
]

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
