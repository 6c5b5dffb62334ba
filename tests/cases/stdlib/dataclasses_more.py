import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, MISSING

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    hidden: int = field(default=7, init=False, repr=False)

p = Point(1, 2)
q = replace(p, y=5)
print(p, q, p is q, q.tags is p.tags, q.hidden)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), is_dataclass(dict))
try:
    replace(p, hidden=1)
except ValueError as e:
    print(e)
try:
    replace(Point, x=1)
except TypeError as e:
    print(e)
try:
    replace(p, z=1)
except TypeError as e:
    print("TypeError")
print([f.name for f in fields(p)], asdict(q), astuple(q))
print(fields(Point)[0].default is MISSING, fields(Point)[1].default, fields(Point)[2].default_factory is list, fields(Point)[0].default_factory is MISSING)
print(repr(MISSING).startswith("<dataclasses._MISSING_TYPE object at"))
@dataclass(frozen=True)
class Frozen:
    a: int
f = Frozen(1)
try:
    f.a = 2
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)
print(replace(f, a=3))
C = make_dataclass("C", [("x", int), "y", ("z", int, field(default=5))], namespace={"total": lambda self: self.x + self.z})
c = C(1, 2)
print(c, c.total(), is_dataclass(C), [f.name for f in fields(C)])
D = make_dataclass("D", [("v", int)], frozen=True, order=True)
print(D(1) < D(2), D(3))
