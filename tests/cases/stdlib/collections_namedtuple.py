# collections.namedtuple: fields, defaults, rename, _asdict/_replace/_make,
# tuple behaviour, subclasses with methods and operators, match patterns,
# and CPython's errors.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x + y, isinstance(p, tuple), isinstance(p, Point), type(p).__name__, type(p) is Point)
print(p._asdict(), p._replace(x=10), Point._make([5, 6]), Point._fields, Point._field_defaults)
print(repr(p), str(p), f"{p}", [p], {p: 1})
P3 = namedtuple("P3", "a b c", defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__doc__)
Card = namedtuple("Card", "rank, suit")
cards = sorted([Card(3, "h"), Card(1, "s"), Card(3, "c")])
print(cards, max(cards).suit, cards.index(Card(1, "s")), p.count(1))


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)


v = Vec(3, 4)
print(v, v.norm2(), v + Vec(1, 1), isinstance(v, tuple), v._replace(y=0), Vec._make((7, 8)))
match p:
    case Point(x=1, y=yy):
        print("matched y", yy)
match Point(5, 6):
    case Point(a, b):
        print("positional", a, b)
R = namedtuple("R", ["ok", "def", "_x", "ok"], rename=True)
print(R._fields)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: Point(1, x=2),
            lambda: namedtuple("B", "a a"), lambda: namedtuple("B", "a _b"), lambda: namedtuple("B", "class x"),
            lambda: namedtuple("1B", "a"), lambda: p._replace(z=1), lambda: Point._make([1]), lambda: p.z,
            lambda: namedtuple("B", "a", defaults=[1, 2])]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(p + (3,), p[:1], p * 2 == (1, 2, 1, 2))
print(issubclass(Point, tuple), issubclass(Vec, tuple), issubclass(Point, object))
for bad in [lambda: setattr(p, "x", 5), lambda: setattr(p, "z", 5)]:
    try:
        bad()
    except AttributeError as e:
        print(e)
