import inspect
import sys
from abc import ABC, abstractmethod

def f(): pass
def g():
    yield 1
class C:
    def m(self): pass
class Abstract(ABC):
    @abstractmethod
    def run(self): ...
class Concrete(Abstract):
    def run(self): return 1
things = [f, g, g(), C, C(), C().m, len, [].append, sys, inspect, lambda: 0, 3, Abstract, Concrete]
for pred in ("ismodule", "isclass", "ismethod", "isfunction", "isgeneratorfunction", "isgenerator", "isbuiltin",
             "isroutine", "isabstract", "iscoroutinefunction", "isawaitable"):
    p = getattr(inspect, pred)
    print(pred, "".join("1" if p(t) else "0" for t in things))
print(inspect.getmro(Concrete)[1:] == (Abstract, ABC, object))
print(inspect.cleandoc("""  first line
      indented more
    base
  """))
print(repr(inspect.cleandoc("\n\n  a\n    b\n\n")))
