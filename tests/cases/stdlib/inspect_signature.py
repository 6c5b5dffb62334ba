# inspect.signature (functions, methods, classes, dataclasses, wrapped, callables), Parameter, bind/bind_partial errors, getmembers, formatannotation.
import inspect
import functools
from typing import Optional, List
from dataclasses import dataclass

class A: pass
class B:
    def __init__(self, x, y=2): pass
    def method(self, z: int, *, w=1) -> None: pass
    @classmethod
    def cm(cls, q): pass
    @staticmethod
    def sm(r, s=3): pass
print(inspect.signature(A), inspect.signature(B))
print(repr(inspect.Parameter.POSITIONAL_ONLY), str(inspect.Parameter.KEYWORD_ONLY), inspect.Parameter.VAR_KEYWORD.description)
def f(a, /, b: int = 3, *args, c, d: "X" = None, **kw) -> list[int]: pass
s = inspect.signature(f)
print(s)
print(repr(s))
print(s.parameters)
print(s.return_annotation, s.parameters["b"].default, s.parameters["b"].annotation, s.parameters["c"].kind)
print(s.parameters["a"].kind == inspect.Parameter.POSITIONAL_ONLY, s.parameters["c"].default is inspect.Parameter.empty)
print(inspect.signature(B.method), inspect.signature(B(1).method), inspect.signature(B.cm), inspect.signature(B.sm))
def g(x: Optional[int], y: List[str] = [], *, flag: bool = False) -> Optional[B]: pass
print(inspect.signature(g))
ba = inspect.signature(g).bind(1, ["a"], flag=True)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba2 = inspect.signature(g).bind(5)
ba2.apply_defaults()
print(ba2.arguments)
for call in [lambda: s.bind(), lambda: s.bind(1, 2, 3), lambda: inspect.signature(g).bind(1, 2, 3),
             lambda: inspect.signature(g).bind(1, z=2), lambda: inspect.signature(g).bind(1, x=2),
             lambda: inspect.signature(f).bind(a=1, c=2)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(s.bind(1, 2, 3, 4, c=5, e=6))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@deco
def wrapped(p, q=7): pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
@dataclass
class D:
    x: int
    y: str = "a"
print(inspect.signature(D))
lam = lambda u, v=2: u
print(inspect.signature(lam))
try:
    inspect.signature(3)
except TypeError as e:
    print(e)
p = inspect.Parameter("n", inspect.Parameter.KEYWORD_ONLY, default=4, annotation=int)
print(p, repr(p), p.replace(name="m"), inspect.Signature([p]), inspect.Signature([p], return_annotation=str))
try:
    inspect.Parameter("1x", inspect.Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print(e)
try:
    inspect.Signature([inspect.Parameter("a", 1, default=1), inspect.Parameter("b", 1)])
except ValueError as e:
    print(e)
print(inspect.signature(f) == inspect.signature(f), inspect.signature(f) == inspect.signature(g))
class Callable:
    def __call__(self, k, l=0): pass
print(inspect.signature(Callable()))
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return 0
print([name for name, _ in inspect.getmembers(Point, inspect.isfunction)])
print([name for name, v in inspect.getmembers(Point(1, 2)) if not name.startswith("__")])
print(inspect.formatannotation(int), inspect.formatannotation(Optional[int]), inspect.formatannotation(B))
