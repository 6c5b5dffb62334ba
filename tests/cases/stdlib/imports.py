# Module imports: `import m`, `import m as n`, `from m import a as b`,
# modules as values, imports inside functions.
import sys
import functools as ft
from functools import reduce as fold, partial
from dataclasses import dataclass, field

print(sys)
print(type(sys).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.platform, sys.byteorder)
print(isinstance(sys.argv, list), len(sys.argv) >= 1)
print(ft.reduce(lambda a, b: a * b, range(1, 10)))
print(fold(lambda a, b: a + b, ["x", "y", "z"], ">"))
print(callable(partial), callable(sys), callable(fold))
print(ft.reduce.__name__, fold)


def inner():
    import sys as s2
    from functools import reduce
    return s2.getrecursionlimit(), reduce(max, [3, 9, 2])


print(inner())
m = sys
print(m.getrecursionlimit())
try:
    sys.nosuch
except AttributeError as e:
    print(e)
try:
    fold(lambda a, b: a, [])
except TypeError as e:
    print(e)
try:
    sys.exit(3)
except SystemExit as e:
    print("exit", e.args, e)
print(NotImplemented, Ellipsis, ... is Ellipsis)
