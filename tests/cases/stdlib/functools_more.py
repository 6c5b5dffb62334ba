import functools
from functools import singledispatch, partialmethod, cached_property, update_wrapper, wraps, reduce, partial, lru_cache

@singledispatch
def show(x):
    return "object " + repr(x)

@show.register(int)
def _(x):
    return "int %d" % x

@show.register(list)
def _(x):
    return "list of %d" % len(x)

def show_str(x):
    return "str " + x
show.register(str, show_str)

class Animal: pass
class Dog(Animal): pass
@show.register(Animal)
def _(x):
    return "animal " + type(x).__name__

print(show(1), show(True), show([1, 2]), show("s"), show(2.5), show(Dog()), show(None))
print(show.dispatch(bool) is show.dispatch(int), sorted(k.__name__ for k in show.registry), show.__name__)
from collections.abc import Mapping
@show.register(Mapping)
def _(x):
    return "mapping"
print(show({}), show(Dog()))
try:
    show()
except TypeError as e:
    print(e)

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive, repr(Cell.__dict__["set_alive"]).startswith("functools.partialmethod(<function"))

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r
ci = Circle(2)
print(ci.area, ci.area, ci.computed)
ci.r = 10
print(ci.area, type(Circle.__dict__["area"]).__name__)

def deco(f):
    def wrapper(*a, **k):
        return f(*a, **k)
    return update_wrapper(wrapper, f)
@deco
def greet(name):
    "Say hi."
    return "hi " + name
print(greet("x"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
print(reduce(lambda a, b: a * b, range(1, 6)), partial(int, base=2)("101"))
class Fmt:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return "other"
    @fmt.register(int)
    def _(self, arg):
        return "int!"
print(Fmt().fmt(1), Fmt().fmt("a"))
