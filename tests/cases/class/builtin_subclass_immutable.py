# Classes deriving from tuple, set, frozenset and bytes: the builtin value
# each instance carries answers what the class does not define.
class T(tuple):
    def first(self): return self[0]
t = T((1, 2, 3))
print(t.first(), t, len(t), type(t).__name__, t[1:], t + (4,), isinstance(t, tuple), list(t), hash(t) == hash((1, 2, 3)))
a, b, c = t
print(a, b, c, t == (1, 2, 3), t.count(2), t.index(3), 2 in t, sorted(t, reverse=True))

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def a(self): return self[0]
    def __repr__(self): return f"Pair{tuple.__repr__(self)}"
p = Pair(3, 4)
print(p, p.a, p[1], len(p), max(p))

class S(set):
    def add_twice(self, x):
        self.add(x); self.add(x)
s = S([1, 2])
s.add_twice(5)
print(sorted(s), len(s), 5 in s, s | {9}, type(s).__name__, isinstance(s, set))
s.discard(1)
print(sorted(s))

class Tagged(set):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
g = Tagged("abc", "letters")
print(sorted(g), g.tag)

class F(frozenset):
    pass
f = F([1, 2, 2])
print(sorted(f), len(f), hash(f) == hash(frozenset([1, 2])), f == frozenset({1, 2}), type(f).__name__)

class B(bytes):
    def shout(self): return self.upper()
b = B(b"abc")
print(b, b.shout(), len(b), b[0], b + b"d", b.decode(), isinstance(b, bytes), type(b).__name__)
print(repr(T()), repr(S()), repr(F()), repr(B()))
print(repr(S([3])), repr(F([4])), str(S([5])), f"{F()}")
class Point(tuple):
    __slots__ = ()
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
pt = Point(1, 2)
print(pt.x, pt.y, pt, pt == (1, 2), pt < (1, 3), {pt: 1}[(1, 2)])
try:
    pt.z = 3
except AttributeError as e:
    print("AttributeError", e)
