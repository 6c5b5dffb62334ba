# The codecs module and the codec machinery around str and bytes: lookup
# by name and alias, CodecInfo, encode/decode, incremental and stream
# codecs, codecs.open, error handlers registered and looked up,
# UnicodeError objects, the codecs between bytes, bytes.hex/fromhex.
import codecs
import os
import tempfile


def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


# Lookup by every kind of name.
for name in ["utf-8", "UTF8", "u8", "utf_8", " utf 8 ", "latin1", "L1", "iso-8859-1", "cp1252", "windows-1252",
             "IBM437", "437", "utf-16", "UTF-16LE", "utf_32_be", "ascii", "US-ASCII", "646", "koi8_r", "macroman",
             "hex", "base64", "rot13", "zlib", "unicode-escape", "raw_unicode_escape", "utf-8-sig"]:
    info = codecs.lookup(name)
    print(repr(name), info.name, info._is_text_encoding)
print(attempt(lambda: codecs.lookup("nope")))
print(attempt(lambda: "x".encode("nope")))
print(attempt(lambda: b"x".decode("no such codec")))
print(attempt(lambda: "x".encode("hex")))
print(attempt(lambda: b"x".decode("Base64")))
print(attempt(lambda: "x".encode("utf-8", "no-handler")))
print(attempt(lambda: "é".encode("ascii", "no-handler")))

# CodecInfo's functions.
info = codecs.lookup("latin-1")
print(info.encode("café"), info.decode(b"caf\xe9"))
enc, dec, reader, writer = info
print(enc is info.encode, dec is info.decode)
print(codecs.getencoder("utf-16-be")("hi"), codecs.getdecoder("utf-16-be")(b"\x00h\x00i"))
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9llo", "utf-8"), codecs.decode(b"x"))
print(codecs.encode("é€", "cp1252"), codecs.decode(b"\x80\x9c", "cp1252"))
print(codecs.encode("é", "ascii", "xmlcharrefreplace"), codecs.decode(b"\xff", "ascii", "replace"))

# The codecs between bytes, and rot13.
print(codecs.encode(b"pyaot", "hex"), codecs.decode(b"7079616f74", "hex"))
print(codecs.encode(b"pyaot", "base64"), codecs.decode(b"cHlhb3Q=\n", "base64"))
print(codecs.decode(codecs.encode(b"pyaot" * 10, "zlib"), "zlib"))
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"))
print(attempt(lambda: codecs.encode(b"x", "hex", "ignore")))

# BOMs.
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print("x".encode("utf-16") == codecs.BOM_UTF16 + b"x\x00", "x".encode("utf-32") == codecs.BOM_UTF32 + b"x\x00\x00\x00")
print("é".encode("utf-8-sig"), b"\xef\xbb\xbf\xc3\xa9".decode("utf-8-sig"), b"\xc3\xa9".decode("utf-8-sig"))

# Incremental decoding: characters cut between parts.
data = "héllo wörld €100 😀!".encode("utf-8")
dec = codecs.getincrementaldecoder("utf-8")()
print([dec.decode(data[i:i + 1]) for i in range(len(data))], repr(dec.decode(b"", final=True)))
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"ab\xe2\x82")), dec.getstate(), repr(dec.decode(b"\xac")))
print(attempt(lambda: codecs.getincrementaldecoder("utf-8")().decode(b"ab\xe2\x82", final=True)))
for codec in ["utf-16", "utf-16-be", "utf-32", "utf-8-sig", "cp437"]:
    data = "a€😀z".encode(codec) if codec != "cp437" else "a½z".encode(codec)
    dec = codecs.getincrementaldecoder(codec)()
    parts = [dec.decode(data[i:i + 3]) for i in range(0, len(data), 3)]
    print(codec, parts, repr(dec.decode(b"", True)))
for codec in ["utf-16", "utf-8-sig", "utf-32-le"]:
    encoder = codecs.getincrementalencoder(codec)()
    print(codec, [encoder.encode(s) for s in ["ab", "c", ""]])
print(list(codecs.iterdecode([b"\xc3", b"\xa9t\xc3", b"\xa9"], "utf-8")))
print(list(codecs.iterencode(["a", "b", "é"], "utf-16")))

# codecs.open: read and write through a codec.
path = os.path.join(tempfile.mkdtemp(), "t.txt")
with codecs.open(path, "w", encoding="utf-16") as f:
    f.write("line one\nlíne twö\n")
    f.writelines(["x\n", "y\n"])
with open(path, "rb") as f:
    raw = f.read()
print(raw[:2], len(raw))
with codecs.open(path, "r", encoding="utf-16") as f:
    print(repr(f.read()))
with codecs.open(path, encoding="utf-16") as f:
    print([line for line in f])
with codecs.open(path, "rb") as f:
    print(f.read()[:4])
os.remove(path)


# Error handlers: registered, looked up, and the built-in ones as functions.
def hexreplace(e):
    if isinstance(e, UnicodeEncodeError):
        return ("".join("<%x>" % ord(c) for c in e.object[e.start:e.end]), e.end)
    return ("".join("<%02x>" % b for b in e.object[e.start:e.end]), e.end)


codecs.register_error("hexreplace", hexreplace)
print(codecs.lookup_error("hexreplace") is hexreplace)
print("aé€b".encode("ascii", "hexreplace"), b"a\xff\xfeb".decode("utf-8", "hexreplace"))
print("aé€b".encode("latin-1", "hexreplace"), b"\x81\x8d".decode("cp1252", "hexreplace"))


def skip_two(e):
    return ("", e.end + 1)


codecs.register_error("skip_two", skip_two)
print("a€xyz".encode("ascii", "skip_two"), b"a\xffxyz".decode("utf-8", "skip_two"))


def back_bytes(e):
    return (b"[?]", e.end)


codecs.register_error("back_bytes", back_bytes)
print("a€b".encode("cp437", "back_bytes"))


def bad_result(e):
    return "nope"


codecs.register_error("bad_result", bad_result)
print(attempt(lambda: "€".encode("ascii", "bad_result")))
print(attempt(lambda: b"\xff".decode("utf-8", "bad_result")))
print(attempt(lambda: codecs.register_error("x", 3)))
print(attempt(lambda: codecs.lookup_error("never-registered")))
for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    handler = codecs.lookup_error(name)
    exc = UnicodeEncodeError("ascii", "aé€😀b", 1, 4, "ordinal not in range(128)")
    print(name, attempt(lambda: handler(exc)))
    exc = UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "invalid start byte")
    print(name, attempt(lambda: handler(exc)))
print(attempt(lambda: codecs.strict_errors(3)))

# UnicodeError objects: made by codecs and by the program.
try:
    "naïve café".encode("ascii")
except UnicodeEncodeError as e:
    print(e, "|", e.encoding, e.object, e.start, e.end, e.reason, e.args)
    e.reason = "changed"
    e.end = 3
    print(e)
    print(isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    b"ok \xe9t\xe9".decode()
except UnicodeDecodeError as e:
    print(e, "|", e.encoding, e.object, e.start, e.end, e.reason)
    print(repr(e))
e = UnicodeDecodeError("mycodec", b"\x00\x01\x02", 1, 3, "my reason")
print(e, "|", e.args, e.object)
print(UnicodeEncodeError("x", "abc", 0, 1, "r"), UnicodeEncodeError("x", "abc", 5, 6, "r"))
print(UnicodeTranslateError("abc", 1, 2, "bad"), "|", UnicodeTranslateError("abc", 0, 3, "bad"))
print(attempt(lambda: UnicodeDecodeError("x")))
print(attempt(lambda: UnicodeDecodeError("x", "not bytes", 0, 1, "r")))
print(attempt(lambda: UnicodeEncodeError(1, "abc", 0, 1, "r")))
print(attempt(lambda: UnicodeEncodeError("x", "abc", "0", 1, "r")))
print(UnicodeError("plain"), repr(UnicodeError("plain")))

# The handlers that take lone surrogates act as strict on what a str holds,
# and decoding valid data never needs them.
print(b"plain \xc3\xa9".decode("utf-8", "surrogateescape"), "é".encode("utf-8", "surrogateescape"))
print(attempt(lambda: "é".encode("ascii", "surrogateescape")))
print(attempt(lambda: "é".encode("ascii", "surrogatepass")))
print(attempt(lambda: b"a\x80".decode("ascii", "xmlcharrefreplace")))
print(attempt(lambda: b"a\x80".decode("ascii", "namereplace")))

# bytes.hex and bytes.fromhex; the defaults of encode and decode.
b = bytes(range(0, 256, 37))
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -2), bytes.fromhex(b.hex()) == b)
print(bytes.fromhex(" 01 ff\tA0 "), attempt(lambda: bytes.fromhex("0g")), attempt(lambda: bytes.fromhex("abc")))
print(bytearray(b"\x01\x02").hex(), bytearray.fromhex("0a0b"))
print("déjà".encode(), b"d\xc3\xa9j\xc3\xa0".decode(), str(b"d\xc3\xa9", "utf-8"), bytes("é", "latin-1"))
print(str(b"\xff", "utf-8", "replace"), bytes("€", "cp1252"), bytearray("€", "utf-16-le"))
print(attempt(lambda: str(b"\xff", encoding="ascii")))
print(attempt(lambda: str(b"\xe9", errors="replace")), attempt(lambda: str(encoding="ascii")))
print(attempt(lambda: str(b"x", encoding=5)), attempt(lambda: str("x", "utf-8")))
print(attempt(lambda: codecs.decode(b"zz", "hex")))
try:
    codecs.decode(b"abc", "hex")
except Exception as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)
