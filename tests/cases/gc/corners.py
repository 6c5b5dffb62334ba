# Finalizers that collect, raise or make new cycles, generators and closures
# in cycles, and rings through dicts and lists: counted as CPython counts.
import gc

class Loud:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("del", self.name, "collect inside:", gc.collect())

Loud("a")
print("collected", gc.collect())

class Bad:
    def __init__(self):
        self.me = self
    def __del__(self):
        raise ValueError("boom")

Bad()
print("bad collected", gc.collect())

class Spawner:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        if self.n > 0:
            Spawner(self.n - 1)
        print("spawner", self.n)

Spawner(3)
for _ in range(5):
    gc.collect()
print("spawned done")

def gen():
    x = []
    x.append(x)
    yield 1
    yield 2

g = gen()
print(next(g))
del g
print("gen dropped", gc.collect() >= 0)

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc.again = inc
    return inc

c = counter()
print(c(), c())
del c
print("closure", gc.collect() >= 1)

class Node:
    pass
nodes = [Node() for _ in range(10)]
for i, n in enumerate(nodes):
    n.next = nodes[(i + 1) % 10]
    n.data = {"owner": n, "peers": [nodes[i - 1]]}
del nodes, n
print("ring", gc.collect())
d = {}
d[1] = d
s = set()
t = (d, s)
d[2] = t
del d, s, t
print("mixed", gc.collect())
