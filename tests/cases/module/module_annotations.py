# A module's __annotations__: made at its start when it annotates a variable anywhere outside its functions and
# classes; simple names recorded in order (a parenthesized target's annotation is evaluated, not recorded).
from typing import Optional

print(sorted(k for k in globals() if k == "__annotations__"))
x: int = 5
y: "Optional[str]"
z: list[int] = []


def f():
    w: int = 3
    return w


if f():
    (q): int = 3
    r: float
for i in range(2):
    s: dict[str, int]


def side():
    print("annotation evaluated")
    return int


(t): side() = 1


class C:
    a: int = 1
    (b): str = "b"
    c: (print("class annotation") or int) = print("class value") or 3


print(__annotations__)
print(C.__annotations__, C.b, t)
import sys

print(sys.modules[__name__].__annotations__ is __annotations__)
