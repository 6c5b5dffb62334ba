# unicodedata's functions on a few characters of each kind, their defaults
# and errors, and normalization of sequences (the every-code-point case is
# unicodedata_every_char.py).
import unicodedata as u

for c in "aA1 ½\u0301\u00e9\u4e00\uac00\u2126\ufb01\u0660\U0001d7d8\u200b\u05d0\u0627":
    print(ascii(c), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.mirrored(c),
          u.decomposition(c), u.decimal(c, None), u.digit(c, None), u.numeric(c, None), u.name(c, None),
          [ascii(u.normalize(f, c)) for f in ("NFC", "NFD", "NFKC", "NFKD")])
for s in ["e\u0301", "e\u0327\u0301", "\u1100\u1161\u11a8", "A\u030a\u0323", "\u1e9b\u0323", "\u0b47\u0300\u0b3e"]:
    print(ascii(s), [ascii(u.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [u.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
print(u.lookup("SNOWMAN"), u.lookup("latin small letter e with acute"), u.unidata_version)
for f, args in [(u.category, ("ab",)), (u.name, ("\uffff",)), (u.lookup, ("NOPE",)), (u.numeric, ("a",)),
                (u.normalize, ("X", "a")), (u.normalize, ("NFC", 1))]:
    try:
        print(repr(f(*args)))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("ǅa".istitle(), "aǅ".islower(), "ƛ".upper() == "ƛ", "Straße".upper(), "ΌΣΟΣ".lower(), "x\u0558".isidentifier())
# Named sequences: lookup finds them (in any case); name never gives them.
for seq in ["LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "keycap digit zero", "TAMIL SYLLABLE KSSA",
            "KEYCAP NUMBER SIGN", "LATIN SMALL LETTER R WITH TILDE"]:
    try:
        found = u.lookup(seq)
        print(seq, ascii(found), len(found))
    except KeyError as e:
        print("KeyError", e)
