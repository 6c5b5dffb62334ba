# Classes deriving from int, str and float: the value they carry answers what the class does not define
# (operators, hashing, formatting, conversions, the type's methods); __new__ through super() or int.__new__.
class MyInt(int):
    def double(self):
        return MyInt(self * 2)

a = MyInt(5)
print(a, repr(a), a + 1, 1 + a, a * a, -a, abs(MyInt(-3)), a == 5, a < 6, hash(a) == hash(5), bool(MyInt(0)))
print(type(a).__name__, isinstance(a, int), isinstance(a, MyInt), type(a + 1).__name__, a.double(), type(a.double()).__name__)
print(a.bit_length(), a.real, f"{a:>4}", "%d" % a, str(a), int(a), float(a), [10, 20, 30, 40, 50, 60][a], range(a))
print({a: "x"}[5], {5: "y"}[a], sorted([MyInt(3), 1, MyInt(2)]), max(MyInt(3), 2), divmod(a, 2), a // 2, a ** 2)

class Hex(int):
    def __repr__(self):
        return f"Hex({hex(self)})"
    def __str__(self):
        return hex(self)
h = Hex(255)
print(h, repr(h), [h], h + 1, f"{h}", f"{h!r}")

class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, repr(n), n.shout(), n + "x", len(n), n[0], n == "bob", "bob" == n, n in {"bob"}, "o" in n, list(n))
print(n.startswith("b"), ",".join([n, n]), f"{n:>5}", n * 2, type(n.upper()).__name__, isinstance(n, str), n.__class__.__name__)

class Temp(float):
    def __new__(cls, v, unit="C"):
        obj = super().__new__(cls, v)
        obj.unit = unit
        return obj
t = Temp(21.5, "F")
print(t, t.unit, t + 1, round(t), t > 20, int(t))

class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return int.__new__(cls, v)
print(Pos(3), Pos(3) + Pos(4))
try:
    Pos(-1)
except ValueError as e:
    print("ValueError", e)

class Tag(str):
    def __init__(self, value):
        self.length = len(value)
tg = Tag("hello")
print(tg, tg.length, tg.upper())
try:
    class Bad(bool):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(int, str):
        pass
except TypeError as e:
    print("TypeError", e)
print(MyInt("12", 8), MyInt(), Name(), Name(3.5))
class E(int):
    def __eq__(self, other):
        return "eq called"
    __hash__ = int.__hash__
print(E(1) == 1, hash(E(7)))
import copy
c = copy.copy(MyInt(9))
d = copy.deepcopy(t)
print(c, type(c).__name__, c + 1, d, d.unit, type(d).__name__)
try:
    object.__new__(MyInt)
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(Pos)
except TypeError as e:
    print("TypeError", e)
