# str <-> bytes: encode/decode, bytes literals, repr, and the bytes methods.
text = "Python 🐍 编程"
data = text.encode('utf-8')
print(len(text), data)
print(len(data), data.decode('utf-8') == text, data.decode())
print("abc".encode(), "héllo".encode("latin-1"), "héllo".encode(), "x".encode(encoding="ascii"))
b = b"hello world"
print(b, repr(b), str(b), type(b).__name__, isinstance(b, bytes))
print(b[0], b[-1], b[1:4], b[::-1], b[::2], list(b[:3]))
print(b + b"!", b * 2, 2 * b"ab", b"" * 5)
print(b"lo" in b, 111 in b, 120 in b, b"" in b)
print(b.upper(), b.split(), b.split(b"o"), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b.startswith(b"he"), b.endswith((b"x", b"ld")), b"  pad \n".strip(), b"xxhixx".strip(b"x"))
print(b"-".join([b"a", b"b", b"c"]), b.hex(), b.index(b"w"), b"123".isdigit(), b"ab1".isalpha())
print(bytes(3), bytes([65, 66, 67]), bytes(), bytes("hé", "utf-8"), bytes(range(5)))
print(str(b"caf\xc3\xa9", "utf-8"), b"\x00\x01\x7f\x80\xff", b"it's", b'say "hi"', b"both ' and \"")
print(b == b"hello world", b != b"hello", b < b"help", sorted([b"b", b"a", b"ab"]))
print({b"k": 1}[b"k"], len({b"x", b"x", b"y"}), [c for c in b"hi"])
for byte in b"AZ":
    print(byte, chr(byte))
print("ascii!".encode("ascii"), "naïve".encode("ascii", "ignore"), "naïve".encode("ascii", "replace"))
print(b"abc\xff".decode("utf-8", "replace"), b"abc\xff".decode("utf-8", "ignore"), b"\xe9t\xe9".decode("latin-1"))
for bad in [b"\xff", b"ab\xe4\xb8", b"\xe4\xb8A", b"\xc3"]:
    try:
        bad.decode("utf-8")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
try:
    "naïve 编".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "x".encode("klingon")
except LookupError as e:
    print("LookupError:", e)
try:
    print(b[20])
except IndexError as e:
    print("IndexError:", e)
try:
    print(b + "s")
except TypeError as e:
    print("TypeError:", e)
try:
    print(bytes([1, 300]))
except ValueError as e:
    print("ValueError:", e)
try:
    print(bytes("abc"))
except TypeError as e:
    print("TypeError:", e)
try:
    print("s" in b)
except TypeError as e:
    print("TypeError:", e)
try:
    print(b.split("o"))
except TypeError as e:
    print("TypeError:", e)
try:
    print(b["x"])
except TypeError as e:
    print("TypeError:", e)
print(b"\xff".decode())
