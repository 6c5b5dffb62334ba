# Codecs on generated input: random strings encoded and random byte
# strings decoded by the UTF codecs, ASCII, Latin-1, the escape codecs and
# single-byte code pages, under each error handler (and one the program
# registers), printing the result or the UnicodeError with its message and
# attributes. One line per block of 500 cases holds a checksum of what was
# printed for them; `-v` prints each case instead (to find where two runs
# differ).
import codecs
import random
import sys

rng = random.Random(20261207)
VERBOSE_OUT = "-v" in sys.argv

CODECS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
          "ascii", "latin-1", "cp1252", "cp437", "cp850", "iso8859-15", "koi8-r", "mac-roman", "cp1251",
          "cp037", "iso8859-7", "cp864", "unicode_escape", "raw_unicode_escape", "U8", "Latin_1", "windows 1252"]
ENCODE_ERRORS = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
                 "surrogateescape", "surrogatepass", "custom"]
DECODE_ERRORS = ["strict", "ignore", "replace", "backslashreplace", "custom"]
CHARS = "aZ09 \\\t\n'\"~\x00\x7f\x80\xa0é\xff€‚ŸЖжΩα中文😀\u0301\ue000\U0010fffd\u0378ß"
BYTE_PIECES = [b"a", b"Z", b"\\", b"\\x4", b"\\x41", b"\\u00e9", b"\\U0001f600", b"\\N{EURO SIGN}", b"\\N{x}",
               b"\\101", b"\\n", b"\\q", b"\x00", b"\x7f", b"\x80", b"\x81", b"\x9d", b"\xa4", b"\xc3", b"\xc3\xa9",
               b"\xe2\x82", b"\xe2\x82\xac", b"\xed\xa0\x80", b"\xf0\x9f\x98", b"\xf0\x9f\x98\x80", b"\xff",
               b"\xfe", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\xd8", b"\x00\xdc", b"\xd8\x00",
               b"\x00\x00\x11\x00", b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00"]


def custom(e):
    if isinstance(e, UnicodeEncodeError):
        return ("<%d:%d>" % (e.start, e.end), e.end)
    return ("[%s]" % e.object[e.start:e.end].hex(), e.end)


codecs.register_error("custom", custom)


def text():
    return "".join(rng.choice(CHARS) for _ in range(rng.randint(0, 8)))


def data():
    return b"".join(rng.choice(BYTE_PIECES) for _ in range(rng.randint(0, 5)))


def show_error(e):
    out = "%s: %s" % (type(e).__name__, e)
    if isinstance(e, UnicodeError):
        out += " %r %r %r %r %r" % (e.encoding, e.object, e.start, e.end, e.reason)
    return out


def encode(s, codec, errors):
    try:
        return repr(s.encode(codec, errors))
    except UnicodeError as e:
        return show_error(e)


def decode(b, codec, errors):
    try:
        return ascii(b.decode(codec, errors))
    except UnicodeError as e:
        return show_error(e)


def checksum(s, acc):
    for ch in s:
        acc = (acc * 31 + ord(ch)) % 1000000007
    return acc


count = 0
for block in range(12):
    acc = 0
    for i in range(500):
        codec = rng.choice(CODECS)
        if rng.random() < 0.5:
            s = text()
            errors = rng.choice(ENCODE_ERRORS)
            line = "E %s %s %s %s" % (codec, errors, ascii(s), encode(s, codec, errors))
        else:
            b = data()
            errors = rng.choice(DECODE_ERRORS)
            line = "D %s %s %r %s" % (codec, errors, b, decode(b, codec, errors))
        if VERBOSE_OUT:
            print(line)
        acc = checksum(line, acc)
        count += 1
    if not VERBOSE_OUT:
        print("block", block, acc)
print("cases", count)

# Round trips: every string through every codec that can hold it (but the
# raw escape codec, which does not keep a backslash before a \u it writes).
trips = 0
for i in range(500):
    s = text()
    for codec in CODECS:
        if codec == "raw_unicode_escape":
            continue
        try:
            b = s.encode(codec)
        except UnicodeEncodeError:
            continue
        assert b.decode(codec) == s, (codec, s, b)
        trips += 1
print("round trips", trips)
