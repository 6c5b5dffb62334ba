# Automatic collections that start while the runtime is filling a container
# (extend from a generator, setdefault, sorted with a key), with finalizers
# that append to a list, and a long garbage ring cleared inside a generator.
import gc

log = []


class Node:
    def __init__(self):
        self.me = self

    def __del__(self):
        log.append(1)


def gen(n):
    for i in range(n):
        yield Node()
keep = []
keep.extend(Node() for _ in range(5000))
keep.clear()
keep.extend(gen(5000))
d = {}
for i in range(3000):
    d.setdefault(i % 7, []).append(Node())
s = sorted([Node() for _ in range(2000)], key=lambda n: id(n) % 3)
print("ok", len(log) > 0)


class Link:
    def __init__(self):
        self.nxt = None


def make_ring():
    a = Link()
    cur = a
    for i in range(300000):
        cur.nxt = Link()
        cur = cur.nxt
    cur.nxt = a


def walker():
    make_ring()
    yield gc.collect() > 0
    head = None
    for i in range(300000):
        n = Link(); n.nxt = head; head = n
    head = None
    yield "freed"


for x in walker():
    print(x)
