import enum
from enum import Enum, auto

class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()

    @property
    def sides(self):
        return {Shape.CIRCLE: 0, Shape.SQUARE: 4, Shape.TRIANGLE: 3}[self]

    @classmethod
    def parse(cls, text):
        return cls[text.upper()]

def area_name(s):
    match s:
        case Shape.CIRCLE:
            return "round"
        case Shape.SQUARE | Shape.TRIANGLE:
            return "polygon"

for s in Shape:
    print(s.name, s.value, s.sides, area_name(s))
print(Shape.parse("square"))
print(Shape.CIRCLE == Shape.CIRCLE, Shape.CIRCLE != Shape.SQUARE, Shape.CIRCLE == 1)
print(isinstance(Shape.CIRCLE, enum.Enum), issubclass(Shape, Enum))
counts = {}
for s in [Shape.CIRCLE, Shape.SQUARE, Shape.CIRCLE]:
    counts[s] = counts.get(s, 0) + 1
print(counts)
print(list(reversed(Shape)))
print(Shape.CIRCLE.__class__ is Shape, type(Shape.SQUARE).__name__)

class Status(enum.Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    def __str__(self):
        return self.value
print(Status("active"), str(Status.INACTIVE), f"{Status.ACTIVE}", repr(Status.ACTIVE))

class Color(enum.Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), Color.WHITE, Color.RED | Color.BLUE, Color.WHITE & Color.GREEN)
print(Color.RED in Color.WHITE, len(Color.WHITE), bool(Color.RED & Color.GREEN))
print(Color.__members__.keys())

Weekday = Enum("Weekday", ["MON", "TUE", "WED"])
print(Weekday.TUE, Weekday(3), [d.name for d in Weekday])
Lvl = Enum("Lvl", {"LOW": 10, "HIGH": 20})
print(Lvl.HIGH.value, Lvl(10))
try:
    Shape.CIRCLE.value = 5
except AttributeError as e:
    print("AttributeError")
class Base(Enum):
    def hello(self):
        return "hi " + self.name
class Derived(Base):
    A = 1
print(Derived.A.hello())
try:
    class Bad(Derived):
        B = 2
except TypeError as e:
    print(e)
print(sorted([Shape.TRIANGLE, Shape.CIRCLE], key=lambda s: s.value))
print(max(Shape, key=lambda s: s.value))
