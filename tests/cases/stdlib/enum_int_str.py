# IntEnum and StrEnum: members are ints / strings (arithmetic, hashing as their values, str() and format() of the
# value, repr() of the member), auto() values, lookup by value, the functional API, match statements.
from enum import IntEnum, StrEnum, Enum, auto, unique
class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(Color.RED, repr(Color.RED), Color.RED + 1, Color.RED == 1, Color(2), Color["BLUE"], list(Color), len(Color))
print(f"{Color.GREEN}", "%d" % Color.BLUE, int(Color.BLUE), Color.RED < Color.BLUE, sorted([Color.BLUE, 0, Color.RED]))
print(isinstance(Color.RED, int), isinstance(Color.RED, Color), {Color.RED: "r"}[1], hash(Color.RED) == hash(1), Color.RED.name, Color.RED.value)
print([10, 20, 30][Color.RED], Color.GREEN * 3, type(Color.GREEN * 3).__name__, Color.BLUE.bit_length())
class Dir(StrEnum):
    NORTH = auto()
    SOUTH = "s"
print(Dir.NORTH, repr(Dir.NORTH), Dir.NORTH == "north", Dir("s"), Dir.SOUTH.upper(), f"{Dir.NORTH:>8}", len(Dir.NORTH), Dir.NORTH + "!")
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError", e)
Shape = IntEnum("Shape", "CIRCLE SQUARE")
print(Shape.SQUARE, repr(Shape.CIRCLE), Shape.SQUARE + 0)
@unique
class Level(IntEnum):
    LOW = 10
    HIGH = 20
print(max(Level), min(Level.HIGH, 15), Level.LOW // 3, -Level.HIGH, str(Level.LOW), "%s" % Level.HIGH, "{}".format(Level.LOW))
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
match 2:
    case Color.GREEN:
        print("2 is green")
