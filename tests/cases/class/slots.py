# __slots__: only the declared attributes, CPython's errors for the rest,
# through subclasses, and the fast attribute paths keep those rules.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Q(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm1(self):
        return super().norm1() + abs(self.z)


class Open(P):
    pass


p = P(1, -2)
q = Q(3, 4, -5)
print(p.norm1(), q.norm1(), [o.norm1() for o in (p, q)])
p.x = 10
print(p.x, p.y)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.__dict__)
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
p.y = 7
print(p.norm1())
q.z = 0
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError:", e)
o = Open(1, 2)
o.extra = "fine"
print(o.extra, o.norm1(), sorted(o.__dict__))
print(P.__slots__, Q.__slots__, hasattr(p, "x"), hasattr(q, "w"))
for obj in (p, q, o):
    for name in ("x", "y", "z"):
        print(type(obj).__name__, name, getattr(obj, name, "-"))
