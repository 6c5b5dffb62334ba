# isinstance and issubclass against typing hints: aliases of collections
# check their class, Supports* protocols their method, unions their members.
import typing
from typing import Iterable, Sized, List, Dict, Callable, Hashable, Mapping, Sequence, SupportsInt, Iterator
print(isinstance([1], Iterable), isinstance(3, Sized), isinstance([], List), isinstance({}, Dict))
print(isinstance(len, Callable), isinstance([], Hashable), isinstance({}, Mapping), isinstance("s", Sequence))
print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(iter([]), Iterator))
print(issubclass(list, Iterable), issubclass(int, typing.Sized))
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(3, typing.Union[int, str])
    print("union ok", isinstance(3, int | str))
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(3, typing.Any)
except TypeError as e:
    print("TypeError", e)
class Bag:
    def __iter__(self):
        return iter([1])
    def __len__(self):
        return 1
class Num:
    def __int__(self):
        return 7
print(isinstance(Bag(), Iterable), isinstance(Bag(), Sized), isinstance(Bag(), Sequence), isinstance(Num(), SupportsInt))
print(issubclass(Bag, typing.Collection), issubclass(Num, typing.SupportsFloat), issubclass(bool, int | str), issubclass(str, typing.Optional[int]))
for bad in [lambda: isinstance(1, typing.Union), lambda: isinstance(1, typing.TypeVar("T")), lambda: issubclass(int, typing.Dict[str, int])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
