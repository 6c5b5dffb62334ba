import pprint
from dataclasses import dataclass, field

@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    secret: int = field(default=0, repr=False)

@dataclass
class Order:
    id: int
    items: list
    note: str = ""

@dataclass
class Custom:
    x: int
    def __repr__(self):
        return "Custom(" + "x" * 90 + ")"

o = Order(1, [Item("widget-%d" % i, ["t%d" % j for j in range(i)]) for i in range(4)], "rush " * 10)
pprint.pprint(o)
pprint.pprint([Item("a"), Item("b")])
pprint.pprint(Custom(1))
pprint.pprint({"order": o}, width=50)
