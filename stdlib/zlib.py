"""Compression with the zlib library (pyaot's own `zlib` module, written
from the documentation). The streams and checksums are the reference
zlib's (`_pyaot_zlib`, statically linked), so the compressed bytes are
those CPython's zlib module writes; this half holds the `Compress` and
`Decompress` objects and CPython's errors."""

from _pyaot_zlib import (_pyaot_deflate_new, _pyaot_inflate_new, _pyaot_deflate, _pyaot_inflate, _pyaot_copy,
                         _pyaot_version, crc32, adler32)

__all__ = ["compress", "decompress", "compressobj", "decompressobj", "crc32", "adler32", "error"]

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = _pyaot_version()
ZLIB_RUNTIME_VERSION = ZLIB_VERSION

_STREAM_END = 1
_STREAM_ERROR = -2
_MEM_ERROR = -4


class error(Exception):
    pass


def _error(code, what, message=None):
    """zlib.error for a zlib status, worded as CPython's."""
    if code == -6:
        message = "library version mismatch"
    if message is None:
        message = {-5: "incomplete or truncated stream", -2: "inconsistent stream state",
                   -3: "invalid input data"}.get(code)
    if message is None:
        return error(f"Error {code} {what}")
    return error(f"Error {code} {what}: {message}")


def _buffer(zdict):
    if not isinstance(zdict, (bytes, bytearray)):
        raise TypeError("zdict argument must support the buffer protocol")
    return zdict


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """`data` compressed whole."""
    code, stream = _pyaot_deflate_new(level, DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, None)
    if code == _MEM_ERROR:
        raise MemoryError("Out of memory while compressing data")
    if code == _STREAM_ERROR:
        raise error("Bad compression level")
    if code != 0:
        raise _error(code, "while compressing data")
    code, out, message = _pyaot_deflate(stream, data, Z_FINISH)
    if code < 0:
        raise _error(code, "while compressing data", message)
    return out


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """`data` decompressed whole; zlib.error unless it holds a whole stream
    (what follows the stream is ignored)."""
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    code, stream = _pyaot_inflate_new(wbits)
    if code == _MEM_ERROR:
        raise MemoryError("Out of memory while decompressing data")
    if code != 0:
        raise _error(code, "while preparing to decompress data")
    code, out, consumed, message = _pyaot_inflate(stream, data, 0, None)
    if code == 0:
        code = -5
    if code != _STREAM_END:
        raise _error(code, "while decompressing data", message)
    return out


class Compress:
    """A compression stream: `compress` data piece by piece, then `flush`."""
    __pyaot_tp_name__ = "zlib.Compress"

    def compress(self, data, /):
        if self._stream is None:
            raise _error(_STREAM_ERROR, "while compressing data")
        code, out, message = _pyaot_deflate(self._stream, data, Z_NO_FLUSH)
        if code < 0:
            raise _error(code, "while compressing data", message)
        return out

    def flush(self, mode=Z_FINISH, /):
        """The pending output; Z_FINISH (the default) ends the stream."""
        if mode == Z_NO_FLUSH:
            return b""
        if self._stream is None:
            raise _error(_STREAM_ERROR, "while flushing")
        code, out, message = _pyaot_deflate(self._stream, b"", mode)
        if code < 0:
            raise _error(code, "while flushing", message)
        if mode == Z_FINISH and code == _STREAM_END:
            self._stream = None
        return out

    def copy(self):
        if self._stream is None:
            raise ValueError("Inconsistent stream state")
        code, stream = _pyaot_copy(self._stream)
        if code != 0:
            raise _error(code, "while copying compression object")
        other = object.__new__(Compress)
        other._stream = stream
        return other

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """A compression stream with these zlib parameters."""
    if zdict is not None:
        _buffer(zdict)
    code, stream = _pyaot_deflate_new(level, method, wbits, memLevel, strategy, zdict)
    if code == _MEM_ERROR:
        raise MemoryError("Can't allocate memory for compression object")
    if code == _STREAM_ERROR:
        raise ValueError("Invalid initialization option")
    if code != 0:
        raise _error(code, "while creating compression object")
    c = object.__new__(Compress)
    c._stream = stream
    return c


class Decompress:
    """A decompression stream: `decompress` data piece by piece; what
    follows the end of the stream collects in `unused_data`."""
    __pyaot_tp_name__ = "zlib.Decompress"

    def _feed(self, data, max_length, what):
        code, out, consumed, message = _pyaot_inflate(self._stream, data, max_length, self._zdict)
        if code == _STREAM_END:
            self.eof = True
            self.unused_data += data[consumed:]
            self.unconsumed_tail = b""
        elif code == 0:
            self.unconsumed_tail = bytes(data[consumed:])
        else:
            raise _error(code, what, message)
        return out

    def decompress(self, data, /, max_length=0):
        """What `data` decompresses to, at most `max_length` bytes (0: all);
        input left over is kept in `unconsumed_tail`."""
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if self.eof:
            self.unused_data += data
            return b""
        return self._feed(data, max_length, "while decompressing data")

    def flush(self, length=DEF_BUF_SIZE, /):
        """What the unconsumed input decompresses to."""
        if length <= 0:
            raise ValueError("length must be greater than zero")
        if self.eof:
            return b""
        return self._feed(self.unconsumed_tail, 0, "while flushing")

    def copy(self):
        code, stream = _pyaot_copy(self._stream)
        if code != 0:
            raise _error(code, "while copying decompression object")
        other = object.__new__(Decompress)
        other._stream = stream
        other._zdict = self._zdict
        other.eof = self.eof
        other.unused_data = self.unused_data
        other.unconsumed_tail = self.unconsumed_tail
        return other

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    """A decompression stream (`wbits` chooses zlib, gzip, raw or
    automatic headers, as in `decompress`)."""
    _buffer(zdict)
    code, stream = _pyaot_inflate_new(wbits)
    if code == _MEM_ERROR:
        raise MemoryError("Can't allocate memory for decompression object")
    if code == _STREAM_ERROR:
        raise ValueError("Invalid initialization option")
    if code != 0:
        raise _error(code, "while creating decompression object")
    if zdict and wbits < 0:
        raise NotImplementedError("a preset dictionary for a raw deflate stream is not supported by pyaot")
    d = object.__new__(Decompress)
    d._stream = stream
    d._zdict = bytes(zdict) if zdict else None
    d.eof = False
    d.unused_data = b""
    d.unconsumed_tail = b""
    return d
