# Generator functions: yield, send, close with finally, yield from with return values, throw, iteration by builtins and for-loops, __iter__ as a generator, PEP 479.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value if hasattr(e, "value") else e.args)
def echo():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
e = echo()
print(next(e), e.send(3), e.send(4))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
f = fin()
print(next(f))
f.close()
print("closed")
def deleg():
    r = yield from count(3)
    print("sub returned", r)
    yield from [10, 20]
print(list(deleg()))
for x in count(3):
    print("for", x)
print(sum(count(101)), max(count(4)), sorted(count(3), reverse=True))
class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t), [x * 2 for x in t])
def gen_throw():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
gt = gen_throw()
next(gt)
gt.throw(ValueError("boom"))
print(type(gt).__name__, repr(gt).startswith("<generator object gen_throw at "))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print(e)
