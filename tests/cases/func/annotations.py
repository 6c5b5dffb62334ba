# Function annotations: evaluated at the def (after the defaults), in parameter order with 'return' last; classes' annotations evaluated; typing reprs.
from typing import Optional, List, Callable, Dict, Union
import typing

def f(a: int, b: "Node" = None, *args: str, c: list[int] = [], **kw: Optional[float]) -> dict[str, int]:
    return {}

def g(x, y=1):
    return x

def h(x: int) -> int:
    return x + 1

print(f.__annotations__)
print(g.__annotations__, g.__annotations__ is g.__annotations__)
print(h.__annotations__, h(3))
class C:
    x: list[int]
    y: Optional[int] = None
    z: "C"
    w: int | None = 3
    v: Callable[[int], str]
    def m(self, a: "C", b: Union[int, str] = 1) -> None:
        pass
    @staticmethod
    def s(q: tuple[int, ...]) -> Dict[str, List[int]]:
        return {}
print(C.__annotations__)
print(C.m.__annotations__, C.s.__annotations__)
def outer():
    def inner(p: bytes) -> bool:
        return True
    return inner
print(outer().__annotations__)
def order(a: print("annotation a") = print("default a"), b: print("annotation b") = 2) -> print("return"):
    pass
print(order.__annotations__)
h2 = h
print(h2.__annotations__["return"])
print(Optional["C"], Callable[..., None], Dict[str, "C"], List[Callable[[int, str], bool]])
