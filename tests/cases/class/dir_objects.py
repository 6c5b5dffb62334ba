# dir() of instances and classes: the class namespaces, object's names, __dict__/__weakref__ or slots, a __dir__ hook.
class Base:
    kind = "base"
    def hello(self): pass
class Point(Base):
    """A point."""
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return 0
    @property
    def size(self): return 1
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
p = Point(1, 2)
p.extra = 3
print(dir(p))
print(dir(Point))
print(dir(Slotted()))
print(dir(Base) == sorted(dir(Base)), "hello" in dir(Point), "x" in dir(Point))
class WithDir:
    def __dir__(self): return ["b", "a"]
print(dir(WithDir()))
