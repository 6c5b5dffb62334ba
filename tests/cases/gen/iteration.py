# Iteration everywhere: unpacking generators and user iterators (starred targets too), dict views, generators with with-blocks, recursion through yield from, shared iterators, throw with a class.
def pair():
    yield 1
    yield 2
a, b = pair()
print(a, b)
first, *rest = (x * 2 for x in range(4))
print(first, rest)
d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
print(list(d.values()), *pair())
def g():
    x = yield
    while True:
        x = yield x * 2
c = g()
next(c)
print([c.send(i) for i in range(3)])
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(4)))
x, y, z = Countdown(3)
print(x, y, z)
def gen_with(m):
    with m:
        yield "inside"
class M:
    def __enter__(self): print("enter")
    def __exit__(self, *a): print("exit", a[0]); return False
gw = gen_with(M())
print(next(gw))
gw.close()
def recurse(n):
    if n:
        yield n
        yield from recurse(n - 1)
print(list(recurse(5)))
gen = (i for i in range(3))
print(list(zip(gen, gen)))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
for v in infinite():
    if v > 3:
        break
print(v, "done")
try:
    g2 = pair()
    g2.throw(KeyError, )
except KeyError as e:
    print("thrown", repr(e))
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
*init, last = "xyz"
print(init, last)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
try:
    x, *y, z = [1]
except ValueError as e:
    print(e)
from itertools import count
try:
    p, q = count()
except ValueError as e:
    print(e)
[m, *n] = range(3)
print(m, n)
