# Tracked classes and the dynamic features around them: subclasses with
# __slots__ or __getattr__ (not tracked), properties added later,
# methods replaced on the class after calls were compiled, and fields
# whose type changes once the program has run a while.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def shifted(self, d):
        return Point(self.x + d, self.y + d)


class Slotted(Point):
    __slots__ = ("tag",)

    def __init__(self, x, y, tag):
        Point.__init__(self, x, y)
        self.tag = tag


class Lazy(Point):
    def __getattr__(self, name):
        return "lazy-" + name


def total(points):
    t = 0
    for p in points:
        t += p.norm1()
    return t


pts = [Point(1, 2), Point(-3, 4)]
print(total(pts), pts[0].shifted(1).norm1())
s = Slotted(5, 6, "s")
print(s.norm1(), s.tag, total([s]))
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)
lz = Lazy(1, 1)
print(lz.norm1(), lz.missing, lz.x)

# Replace a method on the class: calls compiled before see the new one.
old = Point.norm1
Point.norm1 = lambda self: 100
print(total(pts), pts[1].norm1())
Point.norm1 = old
print(total(pts))

# A property added to the class later shadows the instance attribute.
Point.y = property(lambda self: -1)
try:
    print(pts[0].y, pts[0].norm1())
    pts[0].y = 5
except AttributeError as e:
    print("AttributeError:", e)
del Point.y
print(pts[0].y)

# The field changes type: an int, then a float, then a string.
q = Point(1, 2)
q.x = 1.5
print(q.norm1())
q.x = "s"
try:
    q.norm1()
except TypeError as e:
    print("TypeError:", e)


# Properties named in their class body, and a descriptor told its name.
class Named:
    def __set_name__(self, owner, name):
        self.label = owner.__name__ + "." + name

    def __get__(self, obj, owner=None):
        return self.label


class Holder:
    first = Named()

    @property
    def size(self):
        return 3

    def __init__(self):
        self.n = 1


h = Holder()
print(h.first, Holder.first, h.size)
for attempt in ("set", "del"):
    try:
        if attempt == "set":
            h.size = 4
        else:
            del h.size
    except AttributeError as e:
        print("AttributeError:", e)


# __init__ and a method replaced on the class after instances were made:
# direct construction and base-class calls see the replacements.
class PatchedInit:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


class QPatched(PatchedInit):
    def __init__(self, x):
        PatchedInit.__init__(self, x)
        self.y = PatchedInit.get(self) + 1


print(QPatched(1).y, PatchedInit(2).x)


def other_init(self, x):
    self.x = x * 100


def other_get(self):
    return -self.x


PatchedInit.__init__ = other_init
PatchedInit.get = other_get
print(PatchedInit(3).x, QPatched(4).y, QPatched(4).x)
