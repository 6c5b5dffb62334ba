"""Codec registry and base classes (pyaot's own `codecs`, written from the
documentation). The text codecs themselves are the runtime's (the same
ones `str.encode` and `bytes.decode` use); `_pyaot_codecs` finds them by
name and decodes a stream part by part. Here: `CodecInfo`, the module's
functions, the incremental encoders and decoders, the stream classes, the
built-in error handlers as functions, and the codecs between bytes and
bytes (hex, base64, zlib) and rot13."""

import io as _io

from _pyaot_codecs import _pyaot_lookup, _pyaot_decode_part, _pyaot_registered, register_error

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE",
           "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32",
           "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode", "decode",
           "iterencode", "iterdecode", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors", "register_error",
           "lookup_error"]

# Registering search functions, the per-codec C functions (`utf_8_encode`,
# `charmap_build`, ...) and UTF-7 are not provided.
__pyaot_refused__ = ["register", "unregister", "EncodedFile", "StreamRecoder", "charmap_build", "charmap_decode",
                     "charmap_encode", "make_encoding_map", "make_identity_dict", "escape_decode", "escape_encode",
                     "readbuffer_encode", "utf_7_decode", "utf_7_encode", "ascii_decode", "ascii_encode",
                     "latin_1_decode", "latin_1_encode", "utf_8_decode", "utf_8_encode", "utf_16_decode",
                     "utf_16_encode", "utf_16_ex_decode", "utf_16_le_decode", "utf_16_le_encode",
                     "utf_16_be_decode", "utf_16_be_encode", "utf_32_decode", "utf_32_encode", "utf_32_ex_decode",
                     "utf_32_le_decode", "utf_32_le_encode", "utf_32_be_decode", "utf_32_be_encode",
                     "unicode_escape_decode", "unicode_escape_encode", "raw_unicode_escape_decode",
                     "raw_unicode_escape_encode"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
# The machine's order (little-endian on every machine pyaot targets).
BOM_UTF16 = BOM = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


# -- the error handlers, as functions ------------------------------------------

def _range_error(exc):
    if not isinstance(exc, UnicodeError):
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    _range_error(exc)
    return ("", exc.end)


def replace_errors(exc):
    _range_error(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ("\ufffd" * (exc.end - exc.start), exc.end)
    return ("?" * (exc.end - exc.start), exc.end)


def _escape(c):
    n = ord(c)
    if n < 0x100:
        return "\\x%02x" % n
    if n < 0x10000:
        return "\\u%04x" % n
    return "\\U%08x" % n


def backslashreplace_errors(exc):
    _range_error(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ("".join("\\x%02x" % b for b in exc.object[exc.start:exc.end]), exc.end)
    return ("".join(_escape(c) for c in exc.object[exc.start:exc.end]), exc.end)


def xmlcharrefreplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")
    return ("".join("&#%d;" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        name = unicodedata.name(c, None)
        out.append(_escape(c) if name is None else "\\N{%s}" % name)
    return ("".join(out), exc.end)


def _lone_surrogates(exc):
    raise ValueError("lone surrogates are not supported by pyaot")


_BUILTIN_HANDLERS = {"strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors,
                     "xmlcharrefreplace": xmlcharrefreplace_errors,
                     "backslashreplace": backslashreplace_errors, "namereplace": namereplace_errors}


def lookup_error(name, /):
    """The error handler registered under `name` (LookupError if none)."""
    found = _pyaot_registered(name)
    if found is not None:
        return found
    if name in _BUILTIN_HANDLERS:
        return _BUILTIN_HANDLERS[name]
    raise NotImplementedError(f"codecs.lookup_error('{name}') is not supported by pyaot")


# -- codecs and their information ----------------------------------------------

class CodecInfo:
    """What `lookup` finds: the codec's name and its functions and classes."""

    def __init__(self, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                 incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        else:
            self._is_text_encoding = True

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (self.__class__.__module__, self.__class__.__qualname__,
                                                          self.name, id(self))

    def __iter__(self):
        return iter((self.encode, self.decode, self.streamreader, self.streamwriter))

    def __getitem__(self, i):
        return (self.encode, self.decode, self.streamreader, self.streamwriter)[i]

    def __len__(self):
        return 4


class Codec:
    """A stateless encoder and decoder."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes text given in parts."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    """Decodes bytes given in parts."""

    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors="strict"):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""


class BufferedIncrementalDecoder(IncrementalDecoder):
    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# The byte-order marks a codec writes first and reads at the start: the
# codec it then is (None: it has none).
_MARKED = {"utf_16": ((BOM_UTF16_LE, "utf-16-le"), (BOM_UTF16_BE, "utf-16-be")),
           "utf_32": ((BOM_UTF32_LE, "utf-32-le"), (BOM_UTF32_BE, "utf-32-be")),
           "utf_8_sig": ((BOM_UTF8, "utf-8"),)}


def _text_codec(module, name):
    marks = _MARKED.get(module)

    def encode(input, errors="strict"):
        return (input.encode(name, errors), len(input))

    def decode(input, errors="strict"):
        return (_pyaot_decode_part(input, name, errors, True)[0], len(input))

    class TextIncrementalEncoder(IncrementalEncoder):
        def __init__(self, errors="strict"):
            IncrementalEncoder.__init__(self, errors)
            self._first = True

        def encode(self, input, final=False):
            if marks is None or self._first:
                self._first = False
                return input.encode(name, self.errors)
            return input.encode(marks[0][1], self.errors)

        def reset(self):
            self._first = True

        def getstate(self):
            return 2 if self._first else 0

        def setstate(self, state):
            self._first = bool(state)

    class TextIncrementalDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._codec = None if marks is not None else name

        def _buffer_decode(self, input, errors, final):
            if self._codec is None:
                # The mark, once enough bytes are here to tell.
                width = len(marks[0][0])
                if len(input) < width and not final:
                    if any(m.startswith(input) for m, _ in marks):
                        return ("", 0)
                for mark, codec in marks:
                    if input.startswith(mark):
                        self._codec = codec
                        text, used = _pyaot_decode_part(input[len(mark):], codec, errors, final)
                        return (text, used + len(mark))
                self._codec = marks[0][1] if module != "utf_8_sig" else "utf-8"
            return _pyaot_decode_part(input, self._codec, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._codec = None if marks is not None else name

    class TextStreamWriter(StreamWriter):
        def __init__(self, stream, errors="strict"):
            StreamWriter.__init__(self, stream, errors)
            self._encoder = TextIncrementalEncoder(errors)

        def encode(self, input, errors="strict"):
            return (self._encoder.encode(input), len(input))

    class TextStreamReader(StreamReader):
        def __init__(self, stream, errors="strict"):
            StreamReader.__init__(self, stream, errors)
            self._decoder = TextIncrementalDecoder(errors)

        def decode(self, input, errors="strict", final=False):
            return (self._decoder.decode(input, final), len(input))

    return CodecInfo(encode, decode, TextStreamReader, TextStreamWriter, TextIncrementalEncoder,
                     TextIncrementalDecoder, name)


def _bytes_codec(module, name):
    if module == "hex_codec":
        import binascii
        to, back = binascii.b2a_hex, binascii.a2b_hex
    elif module == "base64_codec":
        import base64
        to, back = base64.encodebytes, base64.decodebytes
    elif module == "zlib_codec":
        import zlib
        to, back = zlib.compress, zlib.decompress
    elif module == "rot_13":
        to = back = _rot13
    else:
        raise NotImplementedError(f"the '{name}' codec is not supported by pyaot")

    def encode(input, errors="strict"):
        if module != "rot_13":
            assert errors == "strict"
        return (to(input), len(input))

    def decode(input, errors="strict"):
        if module != "rot_13":
            assert errors == "strict"
        return (back(input), len(input))

    class WholeIncrementalEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return to(input)

    class WholeIncrementalDecoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return back(input)

    return CodecInfo(encode, decode, None, None, WholeIncrementalEncoder, WholeIncrementalDecoder, name,
                     _is_text_encoding=False)


_ROT13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                       "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")


def _rot13(input):
    return input.translate(_ROT13)


_cache = {}


def lookup(encoding, /):
    """The `CodecInfo` of `encoding` (LookupError if there is none)."""
    module, name, kind = _pyaot_lookup(encoding)
    info = _cache.get(module)
    if info is None:
        if kind == "text":
            info = _text_codec(module, name)
        elif kind == "bytes":
            info = _bytes_codec(module, name)
        else:
            raise NotImplementedError(f"the '{name}' codec is not supported by pyaot")
        _cache[module] = info
    return info


def _wrapped(e, verb, name):
    """What `encode`/`decode` raise for an error of a codec between bytes:
    the same class, its message saying which codec failed."""
    wrapped = type(e)(f"{verb} with '{name}' codec failed ({type(e).__name__}: {e})")
    wrapped.__cause__ = e
    return wrapped


def encode(obj, encoding="utf-8", errors="strict"):
    """Encodes `obj` with the codec registered for `encoding`."""
    info = lookup(encoding)
    if info._is_text_encoding:
        if not isinstance(obj, str):
            raise TypeError(f"utf_8_encode() argument 1 must be str, not {type(obj).__name__}"
                            if info.name == "utf-8" else f"encode() argument 1 must be str, not {type(obj).__name__}")
        return info.encode(obj, errors)[0]
    try:
        return info.encode(obj, errors)[0]
    except Exception as e:
        raise _wrapped(e, "encoding", info.name)


def decode(obj, encoding="utf-8", errors="strict"):
    """Decodes `obj` with the codec registered for `encoding`."""
    info = lookup(encoding)
    if info._is_text_encoding:
        if isinstance(obj, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return info.decode(obj, errors)[0]
    try:
        return info.decode(obj, errors)[0]
    except Exception as e:
        raise _wrapped(e, "decoding", info.name)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors="strict", **kwargs):
    """Encodes each string `iterator` gives, incrementally."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    """Decodes each bytes object `iterator` gives, incrementally."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


# -- streams -------------------------------------------------------------------

class _Stream(Codec):
    """What a stream reader and writer share: the stream's other
    attributes, and closing it at the end of a `with`."""

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamWriter(_Stream):
    """Writes text to a binary stream, encoded."""

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()


class StreamReader(_Stream):
    """Reads text from a binary stream, decoded."""

    charbuffertype = str

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = ""

    def decode(self, input, errors="strict", final=False):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            data = self.stream.read() if size < 0 else self.stream.read(size)
            if not data and not self.bytebuffer:
                break
            text, used = self.decode(self.bytebuffer + data, self.errors, not data)
            self.bytebuffer = b""
            self.charbuffer += text
            if not data or size < 0:
                break
        if chars < 0:
            result, self.charbuffer = self.charbuffer, ""
        else:
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        while "\n" not in self.charbuffer:
            data = self.stream.read(72)
            if not data:
                text, used = self.decode(b"", self.errors, True)
                self.charbuffer += text
                break
            text, used = self.decode(data, self.errors, False)
            self.charbuffer += text
        lines = self.charbuffer.splitlines(True)
        if not lines:
            return ""
        line = lines[0]
        self.charbuffer = self.charbuffer[len(line):]
        return line if keepends else line.splitlines(False)[0] if line.splitlines(False) else ""

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = ""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self


class StreamReaderWriter:
    """A stream read and written through a codec's reader and writer."""

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def close(self):
        self.stream.close()

    @property
    def closed(self):
        return self.stream.closed

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """Opens `filename` in binary mode, read and written through the codec
    of `encoding` (a plain file when `encoding` is None)."""
    if encoding is not None and "b" not in mode:
        mode = mode + "b"
    file = _io.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise
