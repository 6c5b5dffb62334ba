# singledispatch's register by annotation (unions, forward references),
# singledispatchmethod, and types.new_class's module.
from functools import singledispatch, singledispatchmethod
@singledispatch
def f(x): return "obj"
@f.register
def _(x: int): return "int"
@f.register
def _(x: list | tuple): return "seq"
@f.register(float)
def _(x): return "float"
print(f(1), f("a"), f([1]), f((2,)), f(1.5), f(True))
try:
    @f.register
    def _(x): return 1
except TypeError as e:
    print(str(e).split(":")[0])
try:
    @f.register
    def _(x: "int"): return 1
except TypeError as e:
    print(str(e).split(":")[0])
class A:
    @singledispatchmethod
    def m(self, x): return "default"
    @m.register
    def _(self, x: int): return "int"
print(A().m(1), A().m("s"))
import types
C = types.new_class("C", (), {})
print(C, C.__module__)
