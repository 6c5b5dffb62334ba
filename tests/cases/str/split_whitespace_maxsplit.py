# str.split()/rsplit() with no separator: every kind of whitespace, ASCII
# and not, with and without maxsplit (the remainder keeps its whitespace
# on the far side), and the same for bytes.
import random

rng = random.Random(20261207)
PIECES = ["a", "bc", "é", "日本", " ", "  ", "\t", "\n", "\r\n", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\u3000",
          "\xa0", "x" * 35]
for i in range(400):
    s = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 8)))
    k = rng.randint(-1, 3)
    print(i, repr(s), s.split(), s.split(None, k), s.rsplit(None, k), s.split(maxsplit=k))
    b = s.encode("utf-8", "replace")
    print(i, b.split(), b.split(None, k), b.rsplit(None, k))
