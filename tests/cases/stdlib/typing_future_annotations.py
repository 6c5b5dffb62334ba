# With `from __future__ import annotations` every annotation is a string:
# get_type_hints and singledispatch evaluate them in the module.
from __future__ import annotations

from functools import singledispatch
from typing import Optional, get_type_hints


class Node:
    value: int
    next: Optional[Node]

    def link(self, other: Node | None) -> list[Node]:
        return [self]


@singledispatch
def describe(x) -> str:
    return "thing"


@describe.register
def _(x: Node) -> str:
    return "node"


@describe.register
def _(x: int | float) -> str:
    return "number"


print(Node.__annotations__)
print(get_type_hints(Node))
print(get_type_hints(Node.link))
print(describe(Node()), describe(1), describe(2.5), describe("s"))
