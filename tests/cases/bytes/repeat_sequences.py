# Repetition of bytearrays and deques by ints (either side, in place), and the TypeError for any other count.
x = bytearray(b"ab")
try:
    x * 1.5
except TypeError as e:
    print(e)
try:
    1.5 * x
except TypeError as e:
    print(e)
print(x * 2, 2 * x)
y = x
y *= 3
print(x, y is x, -1 * x, x * 0)
from collections import deque
d = deque([1, 2])
for bad in [1.5, None, 1j]:
    for f in (lambda: d * bad, lambda: bad * d, lambda: x * bad):
        try:
            f()
        except TypeError as e:
            print(e)
print(d * 2, 2 * d)
