# Generators that are not fused: a recursive in-order walk with yield from
# and a generator method, each a real generator object per call.


class Bag:
    def __init__(self, n):
        self.items = list(range(n))

    def __iter__(self):
        for x in self.items:
            yield x


def walk(node):
    if node is None:
        return
    left, val, right = node
    yield from walk(left)
    yield val
    yield from walk(right)


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return (build(lo, mid), mid, build(mid + 1, hi))


print(sum(walk(build(0, 100000))))
s = 0
for x in Bag(300000):
    s += x
print(s)
