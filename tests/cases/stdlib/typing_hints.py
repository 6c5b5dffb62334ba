# typing's runtime objects: hint reprs, unions, get_origin/get_args,
# TypedDict (class and functional forms), NewType, get_type_hints with
# forward references, and the helper functions.
from typing import (Optional, Union, List, Dict, Tuple, Callable, Literal, Annotated, TypedDict, NewType,
                    get_type_hints, get_origin, get_args, Any, ClassVar, Final, Iterable, Text, TypeVar,
                    Required, NotRequired, is_typeddict, final, assert_never, cast, Sequence, Generic)
import typing
print(Optional[int], Union[int, str], Union[int, None], Union[int], Union[int, Union[str, int]])
print(Optional[Union[int, str]], Literal["a", 1], Annotated[int, "meta"], Dict[str, List[int]], Tuple[int, ...])
print(Callable[[int, str], bool], Callable[..., None], List, Union, type(Optional[int]).__name__)
print(get_origin(List[int]), get_origin(Optional[int]), get_origin(Dict), get_origin(int), get_origin(list[int]))
print(get_origin(Iterable[int]), get_origin(Literal[1]), get_origin(int | str), get_origin(Annotated[int, 1]))
print(get_args(Dict[str, int]), get_args(Optional[int]), get_args(Callable[[int], str]), get_args(int), get_args(int | str))
print(get_args(Literal[1, "x"]), get_args(list[int]), Annotated[int, "m"].__metadata__, List[int].__args__)
print(Text is str, Optional[int] == Union[int, None])
T = TypeVar("T")
print(T, List[T])

class Point(TypedDict):
    x: int
    y: int

class Point3(Point, total=False):
    z: int
    label: Required[str]

p = Point(x=1, y=2)
print(p, type(p), Point.__required_keys__ == {"x", "y"}, sorted(Point3.__required_keys__), sorted(Point3.__optional_keys__))
print(Point3.__annotations__, Point3.__total__, Point.__total__, is_typeddict(Point), is_typeddict(dict))
print(Point3(x=1, y=2, z=3, label="a"), Point(p, x=5))
Movie = TypedDict("Movie", {"name": str, "year": int}, total=False)
print(Movie(name="x"), Movie.__optional_keys__ == {"name", "year"}, Movie.__name__, type(Point).__name__)
try:
    isinstance(p, Point)
except TypeError as e:
    print(e)

UserId = NewType("UserId", int)
u = UserId(5)
print(u, type(u), UserId, UserId.__supertype__, UserId.__name__)

class K:
    a: int
    b: "List[str]"
    c: Optional["K"] = None

def f(x: int, y: "Dict[str, int]", z: Annotated[float, "unit"] = 1.0) -> Optional[str]:
    return None

print(get_type_hints(f))
print(get_type_hints(f, include_extras=True))
print(get_type_hints(K))
print(get_type_hints(len))

@final
def g(): pass
print(g.__final__, cast(int, "x"))
try:
    assert_never(3)
except AssertionError as e:
    print(e)
