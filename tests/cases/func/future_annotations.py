# from __future__ import annotations: every annotation is its source text (as ast.unparse writes it), in functions, classes, dataclasses and NamedTuples.
"""Docstring first."""
from __future__ import annotations
from dataclasses import dataclass, field
from typing import NamedTuple, Optional, ClassVar

def f(a: int, b: Optional[Node] = None, *rest: tuple[int, ...], **kw: dict[str,int]) -> list[Node]:
    return []
print(f.__annotations__)
@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    count: ClassVar[int] = 0
    label: 'str' = "x"
print(Node.__annotations__)
print(Node(3), Node.count)
class P(NamedTuple):
    x: int
    y: float = 0.0
print(P(1), P.__annotations__)
def g(x: int | None, y: "quoted") -> None: ...
print(g.__annotations__)
