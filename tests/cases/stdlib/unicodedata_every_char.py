# valgrind: skip (a million code points; unicodedata_api.py runs the same functions)
# Every code point (but the surrogates, which a pyaot str cannot hold)
# through unicodedata and the str methods that depend on Unicode data:
# category, bidirectional class, combining class, East Asian width,
# mirroring, decomposition, decimal/digit/numeric values, name and lookup,
# the four normalization forms, case mappings and the is* predicates.
# One line per block of 4096 code points holds a checksum of everything
# computed for it; `-v` prints each code point instead.
import sys
import unicodedata as u

VERBOSE_OUT = "-v" in sys.argv


def checksum(s, acc):
    for ch in s:
        acc = (acc * 31 + ord(ch)) % 1000000007
    return acc


def props(c):
    out = [u.category(c), u.bidirectional(c), str(u.combining(c)), u.east_asian_width(c), str(u.mirrored(c)),
           u.decomposition(c), str(u.decimal(c, -1)), str(u.digit(c, -1)), repr(u.numeric(c, -1.0)),
           u.name(c, "?")]
    name = u.name(c, None)
    if name is not None:
        out.append(str(u.lookup(name) == c))
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        out.append(u.normalize(form, c))
    out.append(c.upper() + c.lower() + c.title() + c.casefold() + c.swapcase() + c.capitalize())
    flags = [c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalpha(), c.isalnum(), c.isspace(), c.isprintable(),
             c.isidentifier(), c.isupper(), c.islower(), c.istitle()]
    out.append("".join("1" if f else "0" for f in flags))
    return "|".join(out)


for block in range(0, 0x110000, 4096):
    acc = 0
    for code in range(block, block + 4096):
        if 0xD800 <= code <= 0xDFFF:
            continue
        line = props(chr(code))
        if VERBOSE_OUT:
            print("%04X %s" % (code, line))
        acc = checksum(line, acc)
    if not VERBOSE_OUT:
        print("%05X %d" % (block, acc))

# Normalization of sequences: reordering of combining marks, composition
# across them, Hangul syllables, and strings that are already normal.
SAMPLES = ["e\u0301", "e\u0327\u0301", "e\u0301\u0327", "\u1100\u1161\u11a8", "\uac00\u11a8", "A\u030a\u0323",
           "\u00c5\u0323", "\u1e9b\u0323", "\ufb01", "\u2126", "\u212b", "\u0344", "\u0f73", "a\u0308\u0301b",
           "\u0041\u0308\u0304", "\u03d3", "\u1fc1\u0301", "\u0958", "\u00e9t\u00e9", "\u3300", "\u1161\u1100",
           "\u0b47\u0b3e", "\u0b47\u0300\u0b3e", "\ud55c\uae00", "x\u0300\u0315\u0300"]
for s in SAMPLES:
    print(ascii(s), [ascii(u.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [u.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
print(u.unidata_version, u.lookup("latin small letter a"), u.lookup("LATIN CAPITAL LETTER GHA"), u.lookup(b"SNOWMAN"))
for f, args in [(u.category, ("ab",)), (u.category, (1,)), (u.name, ("\uffff",)), (u.lookup, ("NOPE",)),
                (u.decimal, ("a",)), (u.digit, ("a",)), (u.numeric, ("a",)), (u.normalize, ("X", "a")),
                (u.normalize, ("NFC", 1)), (u.normalize, (1, "a")), (u.is_normalized, ("BAD", "a"))]:
    try:
        print(repr(f(*args)))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
