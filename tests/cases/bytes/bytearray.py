# bytearray: construction, mutation, slices, methods shared with bytes, fromhex.
b = bytearray(b"abc")
b[0] = 65
b.append(100)
print(b, len(b), b.hex(), bytes(b), b.decode())
print(b"\x01\xff".hex(), bytes.fromhex("41 42"))
ba = bytearray(3)
print(ba, bytearray(), bytearray([1, 2, 255]), bytearray("hé", "utf-8"))
ba[1:2] = b"xyz"
print(ba, ba[1], ba[-1], ba[1:3], list(ba))
ba += b"!!"
ba.extend([65, 66])
print(ba, ba.pop(), ba.pop(0), ba)
del ba[0]
print(ba, b"xy" in ba, 120 in ba, ba.find(b"!"), ba.upper(), ba.split(b"!"))
print(ba == bytearray(ba), ba == bytes(ba), bytearray(b"a") < b"b", type(ba).__name__, isinstance(ba, bytearray))
c = ba
c.reverse()
print(ba, c is ba)
try:
    ba[0] = 300
except ValueError as e:
    print(e)
try:
    hash(ba)
except TypeError as e:
    print(e)
try:
    bytearray(b"")[0]
except IndexError as e:
    print(e)
for x in bytearray(b"hi"):
    print(x)
print(bytearray(b"  pad ").strip(), bytearray(b"a,b").split(b","), bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"))
