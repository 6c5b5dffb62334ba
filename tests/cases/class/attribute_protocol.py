# The order CPython looks attributes up in: data descriptors of the class,
# then the instance's own attributes, then the class's (functions bind,
# descriptors' __get__ runs); __getattribute__ and __getattr__ hooks; and
# all of it still holding when classes are changed after they are made.


class Loud:
    """A data descriptor: __get__ and __set__."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return "Loud on " + owner.__name__
        return getattr(obj, "_" + self.name, 0) * 10

    def __set__(self, obj, value):
        print("setting", self.name, "to", value)
        setattr(obj, "_" + self.name, value)


class Quiet:
    """A non-data descriptor: the instance's own attribute wins over it."""

    def __get__(self, obj, owner=None):
        return "quiet"


class Thing:
    size = Loud("size")
    label = Quiet()

    def __init__(self):
        self.size = 4
        self.other = 1

    def grow(self):
        self.size = self.size + 1
        return self.size


t = Thing()
print(t.size, t.grow(), t.label)
t.label = "own"
print(t.label, Thing.label, sorted(vars(t)))


class Point:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


p = Point(3)
print(p.get(), p.x)
# A property added to the class later shadows the instance attribute.
Point.x = property(lambda self: 99)
print(p.get(), p.x)


class Hooked:
    def __init__(self):
        self.real = 1

    def __getattribute__(self, name):
        if name.startswith("fake"):
            return name.upper()
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "missing " + name


h = Hooked()
print(h.real, h.fake_one, h.nothing)


class Later:
    def __init__(self):
        self.v = 1

    def read(self):
        return self.v


later = Later()
print(later.read())
Later.__getattribute__ = lambda self, name: "hooked " + name
print(later.v)
try:
    later.read()
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init__(self):
        self.n = 5

    def show(self):
        return self.n


class Child(Base):
    pass


c = Child()
print(c.show())
Base.n = property(lambda self: "from base property")
print(c.show(), c.n)
