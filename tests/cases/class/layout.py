# Instance attributes at fixed positions (static layouts): every way of
# reaching them agrees with CPython, including dynamic access, attribute
# order in __dict__, subclasses that add attributes, properties that
# shadow a base's attribute, methods called on another class's instance.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx):
        self.x += dx
        self.label = "moved"
        return self

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm1(self):
        return super().norm1() + abs(self.z)


p = Point(1, -2)
print(p.norm1(), p.__dict__)
p.move(3)
print(p.x, p.__dict__, vars(p))
p.extra = [1]
del p.y
print(p.__dict__, hasattr(p, "y"))
try:
    p.norm1()
except AttributeError as e:
    print(e)
p.y = 10
print(p.__dict__, p.norm1())
q = Point3(1, 2, -3)
print(q.norm1(), q.__dict__, Point.norm1(q))
setattr(q, "x", 100)
print(q.x, getattr(q, "z"), q.move(1).x)


class Order:
    def later(self):
        self.b = 2

    def __init__(self):
        self.a = 1


o = Order()
o.later()
print(o.__dict__)


class Reversed:
    def __init__(self, first):
        if first:
            self.second = 2
        self.first = 1


print(Reversed(True).__dict__, Reversed(False).__dict__)


class Base:
    def __init__(self):
        self.value = 1

    def get(self):
        return self.value


class Shadow(Base):
    @property
    def value(self):
        return 42

    @value.setter
    def value(self, v):
        self._v = v


s = Shadow()
print(s.get(), s.__dict__)


class Other:
    def __init__(self):
        self.y = "other-y"
        self.x = "other-x"


print(Point.norm1.__name__, Point.move(Other(), 0) if False else "skip")
try:
    Point.norm1(Other())
except TypeError as e:
    print(e)


class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1

    def set_b(self):
        self.b = 2


t = Slotted()
try:
    t.set_b()
except AttributeError as e:
    print(e)
print(t.a)
