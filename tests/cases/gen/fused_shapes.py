# Fused generators of many shapes: loops with else inside the generator,
# names shared with the consumer, methods as consumers, walrus, del,
# handlers, comprehensions and closures inside, nested fusion.

def side(tag, v):
    print("eval", tag)
    return v

def grid(w, h):
    for y in range(h):
        for x in range(w):
            if x == 2:
                break
            yield x, y
        else:
            yield "no-break", y
    else:
        yield "done", h

for p in grid(side("w", 3), side("h", 2)):
    print(p)

def find(xs, target):
    for i, x in enumerate(walker(xs)):
        if x == target:
            return i
    return -1

def walker(xs):
    i = 0
    while i < len(xs):
        v = xs[i]
        i += 1
        if v is None:
            continue
        yield v

print(find([3, None, 5, 7], 7), find([], 1))

def shadow(x):
    y = x * 2
    yield y
    x = "changed"
    yield x

x = "outer"
y = "outer-y"
for x in shadow(5):
    print(x, y)
print(x, y)

class Acc:
    def __init__(self):
        self.total = 0
    def add_all(self, n):
        for v in walker(list(range(n))):
            self.total += v
        return self

print(Acc().add_all(5).total)

def walrus(n):
    while (n := n - 1) >= 0:
        yield n

print(list(walrus(4)))

def deleting(n):
    tmp = [n]
    yield tmp
    del tmp
    yield "deleted"

print(list(deleting(1)))

def handled(xs):
    for x in xs:
        try:
            v = int(x)
        except ValueError:
            continue
        yield v

print(list(handled(["1", "x", "3"])))

def with_comp(n):
    sq = [i * i for i in range(n)]
    yield sum(sq)
    yield {k: k for k in range(n) if k % 2}
    yield max(v for v in sq)

print(list(with_comp(4)))

def closures(n):
    fs = []
    for i in range(n):
        fs.append(lambda: i)
        yield [f() for f in fs]

print(list(closures(3)))

def outer_gen(n):
    for v in walker(list(range(n))):
        for w in walker([v, v]):
            yield (v, w)

print(list(outer_gen(2)))

def kw_only(n, *, step=1):
    for i in range(0, n, step):
        yield i

print(list(kw_only(5, step=2)), sum(kw_only(5)))

def chain_gen(*its):
    for it in its:
        yield from it

print(list(chain_gen([1], (2, 3))))

def typed_then_dyn(flag):
    if flag:
        yield 1
    else:
        yield "one"

print([type(v).__name__ for v in typed_then_dyn(True)], [v for v in typed_then_dyn(False)])
total = 0.0
for v in (x / 2 for x in walker([1, 2, 3])):
    total += v
print(total)
print(sum(x / 2 for x in walker([1, 2, 3])), sum(walker([0.1, 0.2, 0.3])))
print(min(walker([3, 1, 2]), default=9), max(walker([]), default=9))
print(sorted(walker([3, 1, 2]), key=lambda v: -v))
