# Augmented assignment mutates a mutable object in place: every name
# sharing it sees the change (issue 12, defect 1).
from collections import deque, Counter

a = [1, 2, 3]
b = a
a *= 2
print(b, a is b)
a += [4]
print(b, a is b)
a *= 0
print(b, a is b)
n = [7]
m = n
n *= -3
print(m, n is m)

s = {1, 2}
t = s
s |= {3}
s &= {1, 3}
s -= {1}
s ^= {5}
print(sorted(t), s is t)

d = {1: 2}
e = d
d |= {3: 4}
d |= [(5, 6)]
print(e, d is e)

ba = bytearray(b"ab")
bb = ba
ba += b"cd"
ba *= 2
print(bb, ba is bb)

q = deque([1])
r = q
q += [2]
q *= 2
print(r, q is r)
ql = deque([1, 2], maxlen=3)
qr = ql
ql *= 2
print(qr, ql is qr)

c = Counter("aab")
c2 = c
c += Counter("b")
c -= Counter("a")
print(c2, c is c2)

# Immutable values rebind.
x = (1,)
y = x
x += (2,)
print(y, x, x is y)
st = "a"
st2 = st
st += "b"
print(st2, st)

class V:
    def __init__(self, x):
        self.x = x
    def __iadd__(self, o):
        self.x += o
        return self
    def __imul__(self, o):
        self.x *= o
        return self
    def __add__(self, o):
        return V(self.x + o)
    def __sub__(self, o):
        return V(self.x - o)

v = V(1)
w = v
v += 5
v *= 2
print(w.x, v is w)
v -= 1
print(w.x, v.x, v is w)

# Through items and attributes: the container's element is mutated.
grid = [[0], [1]]
row = grid[0]
grid[0] *= 3
grid[1] += [9]
print(grid, row is grid[0])

class Box:
    pass
bx = Box()
bx.items = [1]
alias = bx.items
bx.items += [2]
bx.items *= 2
print(alias, alias is bx.items)

def grow(lst):
    lst *= 2
    lst += ["end"]
    return lst
orig = ["x"]
print(grow(orig), orig)

try:
    z = [1]
    z *= 2.0
except TypeError as ex:
    print("TypeError:", ex)
try:
    z = [1]
    z += 5
except TypeError as ex:
    print("TypeError:", ex)
