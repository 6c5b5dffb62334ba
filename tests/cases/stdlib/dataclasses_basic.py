# @dataclass: generated __init__/__repr__/__eq__, defaults, field(),
# inheritance, __post_init__, order, frozen, hashing, match.
from dataclasses import dataclass, field, fields, asdict, astuple, FrozenInstanceError
from typing import ClassVar


@dataclass
class Employee:
    name: str
    salary: float = 0.0
    tags: list = field(default_factory=list)
    count: ClassVar[int] = 0


e = Employee("Alice", 75000)
print(e, e.name, e.salary, e.tags)
print(e == Employee("Alice", 75000), e == Employee("Bob"), e != Employee("Alice", 75000.0))
e.tags.append("x")
print(Employee("Bob").tags, e.tags, Employee.count)
print([f.name for f in fields(e)], asdict(e), astuple(e))
try:
    Employee()
except TypeError as err:
    print(err)
try:
    Employee("a", 1, [], 4)
except TypeError as err:
    print(err)
try:
    hash(e)
except TypeError as err:
    print(err)


@dataclass
class Manager(Employee):
    reports: int = 0

    def __post_init__(self):
        self.title = "mgr" if self.reports else "lead"


m = Manager("Carol", 1.5, reports=3)
print(m, m.title, Manager.__match_args__)


@dataclass(order=True, frozen=True)
class Point:
    x: int
    y: int = 0


pts = [Point(2, 1), Point(1, 5), Point(1, 2)]
print(sorted(pts), Point(1, 2) < Point(1, 3), max(pts))
print(hash(Point(1, 2)) == hash((1, 2)), len({Point(1, 2), Point(1, 2), Point(0, 0)}))
try:
    pts[0].x = 9
except FrozenInstanceError as err:
    print(type(err).__name__, err, isinstance(err, AttributeError))
try:
    del pts[0].y
except AttributeError as err:
    print(err)

match Point(0, 7):
    case Point(0, y):
        print("on the y axis at", y)
    case _:
        print("elsewhere")


@dataclass(eq=False, repr=False)
class Plain:
    a: int

    def __repr__(self):
        return f"Plain<{self.a}>"


print(Plain(1), Plain(1) == Plain(1), hash(Plain(1)) != 0)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


print(Options(level=3))
try:
    Options(True)
except TypeError as err:
    print(err)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: "Node" = field(default=None, repr=False, compare=False)


root = Node(1)
root.children.append(Node(2, parent=root))
print(root, root.children[0].parent is root)
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as err:
    print(err)
try:
    @dataclass
    class Bad2:
        a: int = 0
        b: int
except TypeError as err:
    print(err)
