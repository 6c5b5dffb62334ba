# __slots__ and @dataclass(slots=True): undeclared attributes are refused.
from dataclasses import dataclass


@dataclass(slots=True)
class Employee:
    name: str
    salary: float = 0.0


e = Employee("Alice", 75000)
print(e, Employee.__slots__)
e.salary = 1
print(e.salary)
try:
    e.bonus = 5
except AttributeError as err:
    print(err)


class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
p.y = 2
print(p.x, p.y)
for attempt in ["z", "__dict__"]:
    try:
        if attempt == "z":
            p.z = 3
        else:
            print(p.__dict__)
    except AttributeError as err:
        print(err)
q = P(5)
try:
    print(q.y)
except AttributeError as err:
    print(err)


class Q(P):
    pass


r = Q(1)
r.z = 3
print(r.z, r.__dict__)


class R(P):
    __slots__ = ("w",)


s = R(1)
s.w = 2
try:
    s.v = 1
except AttributeError as err:
    print(err)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as err:
    print(err)
