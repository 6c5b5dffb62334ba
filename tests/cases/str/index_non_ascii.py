# Indexing and slicing text that is not ASCII (through the string's index
# of character offsets), at and around its stride boundaries.
text = "".join(chr(c) for c in [0x61, 0xE9, 0x4E2D, 0x1F600] * 50)
n = len(text)
print(n)
ok = all(text[i] == text[i - n] for i in range(n))
print(ok, [ord(text[i]) for i in (0, 1, 2, 3, 31, 32, 33, 63, 64, 65, 199)])
print([ord(c) for c in text[30:35]], [ord(c) for c in text[-5:]])
print(text[5:5] == "", text[150:400] == text[150:], len(text[7:190:3]), text[::-1][0] == text[-1])
for a, b in [(0, 32), (1, 33), (31, 64), (32, 96), (95, 130), (190, 200)]:
    piece = text[a:b]
    print(a, b, len(piece), piece == "".join(text[i] for i in range(a, b)))
chars = list(text)
print(all(chars[i] == text[i] for i in range(n)))
print(text.find(chr(0x1F600), 40), text.index(chr(0x4E2D), 100), text.rfind("a", 0, 77))
try:
    text[n]
except IndexError as e:
    print(e)
mixed = "abc" * 20 + "ü" + "xyz" * 20
print(mixed[59], mixed[60], mixed[61], mixed[-1], mixed[58:63], len(mixed))
