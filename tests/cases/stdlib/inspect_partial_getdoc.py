# inspect.signature of partial objects and inspect.getdoc with inherited
# docstrings (classes, methods, class methods, properties).
import inspect
import functools


def f(a, b=2, *, c):
    """Doc of f.

        Indented more.
    """


def g(x, /, y, *args, z=1, **kw):
    pass


print(inspect.signature(functools.partial(f, 1)))
print(inspect.signature(functools.partial(f, c=3)))
print(inspect.signature(functools.partial(f, b=5)))
print(inspect.signature(functools.partial(f, 1, 2, c=None)))
print(inspect.signature(functools.partial(g, 1)))
print(inspect.signature(functools.partial(g, 1, 2, 3, z=4)))
print(inspect.signature(functools.partial(g, y=9)))
print(inspect.signature(functools.partial(functools.partial(g, 1), y=2, extra=3)))
try:
    inspect.signature(functools.partial(f, 1, 2, 3))
except ValueError as e:
    print("ValueError", e.args[0][:40])
p = inspect.signature(f).parameters["b"]
print(p.replace(default=None), p.replace(name="q"), p.replace(default=inspect.Parameter.empty))
print(inspect.signature(f).replace(return_annotation=None))


class Base:
    """  Base doc.

    More.
    """

    def run(self):
        """Runs."""

    @property
    def size(self):
        """The size."""
        return 1

    @classmethod
    def make(cls):
        """Makes one."""


class Child(Base):
    def run(self):
        pass

    @property
    def size(self):
        return 2

    @classmethod
    def make(cls):
        pass


class Plain:
    def m(self):
        pass


print(repr(inspect.getdoc(f)))
print(repr(inspect.getdoc(Base)), repr(inspect.getdoc(Child)), repr(inspect.getdoc(Plain)))
print(inspect.getdoc(Child.run), inspect.getdoc(Child().run), inspect.getdoc(Child.make))
print(inspect.getdoc(Child.size), inspect.getdoc(Plain.m), inspect.getdoc(Child()))
print(inspect.getdoc(lambda: 0))
import sys
class Base:
    @property
    def size(self):
        """The size."""
        return 1
class Child(Base):
    @property
    def size(self):
        return 2
p = Child.size
print(isinstance(p, property), p.fget.__name__, p.fget.__qualname__, p.fget.__module__)
m = sys.modules.get("__main__")
print(getattr(m, "Child", None), getattr(Child, "size", None) is p, getattr(Base, "size").__doc__, p.__doc__)
import functools as _ft
print(type(_ft.partial(print, 1)))
