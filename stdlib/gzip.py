"""Reading and writing gzip files (pyaot's own `gzip`, written from the
documentation and RFC 1952). The deflate streams are zlib's, so the
bytes written are CPython's: the same header (name, mtime, extra flags),
the same compressed data for the same writes, the same trailer.

A GzipFile opened for reading decompresses every member when it is first
read and then serves the bytes from memory."""

import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

__pyaot_refused__ = ["main", "_GzipReader", "_PaddedFile"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_EBADF = 9

_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Raised for data that is not a valid gzip file."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """A gzip file, in binary mode or (with 't') as text."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary_file, io.text_encoding(encoding), errors, newline)
    return binary_file


def _header(compresslevel, mtime, fname=b""):
    """A member's header: magic, deflate, flags, mtime, extra flags, OS
    'unknown', then the file name if there is one."""
    if compresslevel == _COMPRESS_LEVEL_BEST:
        xfl = b"\002"
    elif compresslevel == _COMPRESS_LEVEL_FAST:
        xfl = b"\004"
    else:
        xfl = b"\000"
    flags = FNAME if fname else 0
    out = b"\037\213\010" + bytes([flags]) + struct.pack("<L", int(mtime) & 0xffffffff) + xfl + b"\377"
    if fname:
        out += fname + b"\000"
    return out


class GzipFile(io.BufferedIOBase):
    """A gzip file: read it (every member, in order) or write one member."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = io.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        self._data = None
        self._mtime = None
        if mode.startswith("r"):
            self.mode = READ
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            if origmode is None:
                # (CPython names the caller's line; pyaot keeps no frames.)
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will change in future Python releases.  "
                              "Specify the mode argument for opening it for writing.", FutureWarning)
            self.mode = WRITE
            self.name = filename
            self.crc = zlib.crc32(b"")
            self.size = 0
            self.offset = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            try:
                fname = os.path.basename(self.name)
                if not isinstance(fname, bytes):
                    fname = fname.encode("latin-1")
                if fname.endswith(b".gz"):
                    fname = fname[:-3]
            except UnicodeEncodeError:
                fname = b""
            fileobj.write(_header(compresslevel, time.time() if mtime is None else mtime, fname))

    @property
    def mtime(self):
        """The modification time of the last member read."""
        return self._mtime

    def __repr__(self):
        return "<gzip " + repr(self.fileobj) + " " + hex(id(self)) + ">"

    def _check_not_closed(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")

    def _reader(self):
        """The decompressed bytes, read and checked at the first read."""
        self._check_not_closed()
        if self.mode != READ:
            raise OSError(_EBADF, "read() on write-only GzipFile object")
        if self._data is None:
            members, self._mtime = _decompress_members(self.fileobj.read())
            self._data = io.BytesIO(b"".join(members))
        return self._data

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            raise OSError(_EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if not isinstance(data, (bytes, bytearray)):
            data = bytes(data)
        length = len(data)
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    def read(self, size=-1):
        return self._reader().read(size)

    def read1(self, size=-1):
        return self._reader().read(size)

    def peek(self, n):
        r = self._reader()
        pos = r.tell()
        data = r.read(max(n, 1))
        r.seek(pos)
        return data

    def readline(self, size=-1):
        return self._reader().readline(size)

    def readlines(self, hint=-1):
        return self._reader().readlines(hint)

    def __iter__(self):
        return iter(self._reader())

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                fileobj.write(struct.pack("<LL", self.crc, self.size & 0xffffffff))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._reader().seek(0)

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self.offset + offset
                else:
                    raise ValueError("Seek from end not supported")
            if offset < self.offset:
                raise OSError("Negative seek in write mode")
            self.write(b"\0" * (offset - self.offset))
            return self.offset
        return self._reader().seek(offset, whence)

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return self.offset
        return self._reader().tell()

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *args):
        self.close()


def _read_exact(data, pos, n):
    if pos + n > len(data):
        raise EOFError(_TRUNCATED)
    return data[pos:pos + n]


def _read_header(data, pos):
    """(position after the header, mtime), or None at the end of the data."""
    magic = data[pos:pos + 2]
    if magic == b"":
        return None
    if magic != b"\037\213":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    method, flag, mtime = struct.unpack("<BBIxx", _read_exact(data, pos + 2, 8))
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    pos += 10
    if flag & FEXTRA:
        extra_len, = struct.unpack("<H", _read_exact(data, pos, 2))
        _read_exact(data, pos + 2, extra_len)
        pos += 2 + extra_len
    for field in (FNAME, FCOMMENT):
        if flag & field:
            end = data.find(b"\000", pos)
            pos = len(data) if end < 0 else end + 1
    if flag & FHCRC:
        _read_exact(data, pos, 2)
        pos += 2
    return pos, mtime


def _decompress_members(data):
    """The decompressed members of gzip data and the last one's mtime,
    each checked against its trailer."""
    members = []
    mtime = None
    pos = 0
    while True:
        header = _read_header(data, pos)
        if header is None:
            return members, mtime
        pos, mtime = header
        do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = do.decompress(data[pos:])
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        crc, length = struct.unpack("<II", do.unused_data[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if length != (len(out) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        rest = do.unused_data[8:].lstrip(b"\x00")
        data = rest
        pos = 0


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """`data` as one gzip member."""
    if mtime is None:
        mtime = time.time()
    if mtime == 0:
        # zlib's own gzip member, as CPython writes it (its header names
        # the OS, Unix).
        return zlib.compress(data, level=compresslevel, wbits=31)
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff)
    return _header(compresslevel, mtime) + zlib.compress(data, level=compresslevel, wbits=-15) + trailer


def decompress(data):
    """The concatenated contents of every member of gzip data."""
    return b"".join(_decompress_members(data)[0])
