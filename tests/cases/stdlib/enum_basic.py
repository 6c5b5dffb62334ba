from enum import Enum, Flag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    def describe(self):
        return self.name.lower()
print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.__members__)
print(Color(2), Color['GREEN'], Color.RED.describe(), hash(Color.RED) == hash('RED'))
print(repr(Color), str(Color), Color)
try: Color(7)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print(repr(e))
print(Color.RED in Color)
try: print(1 in Color)
except TypeError as e: print(e)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R|Perm.X), Perm(7), list(Perm(6)), Perm(0), ~Perm.R, bool(Perm(0)))
print(format(Color.RED), f"{Color.RED}", f"{Color.RED!r}")
class A(Enum):
    X = auto()
    Y = auto()
print(list(A), A.X.value)
try:
    @unique
    class B(Enum):
        P = 1
        Q = 1
except ValueError as e: print(e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
try:
    Color.RED = 3
except AttributeError as e: print(e)
print(Color.RED < Color.GREEN if False else "skip")
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
print(type(Color.RED), isinstance(Color.RED, Color), Color.RED.__class__.__name__)
print(sorted(Color, key=lambda c: c.value))
print({Color.RED: 1})
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
class Sh(Enum):
    A = 'a'
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(Sh('zzz'))
print(Perm.R in Perm(6), Perm.X in Perm(6), Perm(6).name, Perm(4).name, Perm(0).name)
print(Color.RED.name, Color.RED.value, Color._member_names_)
print(Perm.__members__.keys(), dir(Color))
