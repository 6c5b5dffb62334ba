a = list[int]
print(a, a.__origin__, a.__args__, dict[str, int].__args__, tuple[int, ...])
u = int | None
print(u, u.__args__, int | str | int, list[int] | None, (int | str) | bytes)
print(isinstance(3, int | str), isinstance('x', int | None), list[int] == list[int], type(a), type(u))
class C: pass
print(list[C], dict[str, list[C]], type[C])
try:
    int[str]
except TypeError as e:
    print(e)
print(a([1, 2]), list[int]() == [])
from collections import deque, defaultdict
print(deque[int], defaultdict[str, list[int]], dict[str, None], list[...], tuple[()], set[int] == set[int], list[int] == list[str])
print((int | str) == (str | int), int | str | None, (list[int] | None).__args__, type[int])
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    str[int]
except TypeError as e:
    print(e)
