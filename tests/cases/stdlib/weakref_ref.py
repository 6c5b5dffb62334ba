import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __repr__(self):
        return f"Node({self.name})"


# A plain reference: alive, then dead after the last strong one goes.
a = Node("a")
r = weakref.ref(a)
print(r() is a, r() is not None, callable(r), r.__callback__)
print(type(r).__name__, isinstance(r, weakref.ref), weakref.ReferenceType is weakref.ref)
print(weakref.ref(a) is r, weakref.getweakrefcount(a))
del a
print(r(), r() is None, weakref.getweakrefcount(Node("x")))

# Callbacks: newest first, after the object is gone; __callback__ cleared.
events = []


def cb(name):
    def f(ref):
        events.append((name, ref() is None))

    return f


b = Node("b")
r1 = weakref.ref(b, cb("first"))
r2 = weakref.ref(b, cb("second"))
plain = weakref.ref(b)
print(weakref.getweakrefcount(b), [w is plain for w in weakref.getweakrefs(b)])
print(r1 is r2, r1 == r2, r1 == plain, hash(r1) == hash(b))
del b
print(events, r1.__callback__, r1 == r2)

# A reference dropped before its referent: its callback never runs.
c = Node("c")
r3 = weakref.ref(c, cb("never"))
del r3
del c
print(events)

# Cycles: the collector clears references and runs callbacks.
events.clear()
d = Node("d")
e = Node("e")
d.other = e
e.other = d
rd = weakref.ref(d, cb("d"))
re_ = weakref.ref(e, cb("e"))
del d, e
print(rd() is not None)
print(gc.collect() >= 2, rd(), re_(), sorted(events))

# Functions, classes, sets, bound methods, generators can be referred to.
def func():
    pass


class K:
    def m(self):
        pass


def gen():
    yield 1


k = K()
s = {1, 2}

g = gen()
print(weakref.ref(func)() is func, weakref.ref(K)() is K, weakref.ref(s)() is s)
print(weakref.ref(g)() is g, weakref.ref(int)() is int, weakref.ref(k.m)())
m = k.m
print(weakref.ref(m)() == m)

# What cannot be referred to weakly.
for v in [1, "s", (1,), [1], {1: 2}, None, 2.5, b"x"]:
    try:
        weakref.ref(v)
    except TypeError as ex:
        print(ex)


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


try:
    weakref.ref(Slotted())
except TypeError as ex:
    print(ex)
sw = SlottedWeak()
print(weakref.ref(sw)() is sw)

# Argument errors.
for args in [(), (k, None, 3)]:
    try:
        weakref.ref(*args)
    except TypeError as ex:
        print(ex)
try:
    weakref.ref(k)(1)
except TypeError as ex:
    print(ex)

# Hash of a dead reference never hashed; dead references compare by identity.
t = Node("t")
rt1 = weakref.ref(t)
rt2 = weakref.ref(t, cb("t"))
h = hash(rt2)
del t
try:
    hash(rt1)
except TypeError as ex:
    print(ex)
print(hash(rt2) == h, rt1 == rt2, rt1 == rt1, rt1 != rt2)


# A callback that raises: reported, ignored.
def bad(ref):
    raise ValueError("boom")


u = Node("u")
ru = weakref.ref(u, bad)
del u
print("after bad callback", ru())

# A mapping of weak references keyed by them.
objs = [Node(str(i)) for i in range(3)]
refs = {weakref.ref(o): o.name for o in objs}
print(sorted(refs.values()), weakref.ref(objs[1]) in refs)
