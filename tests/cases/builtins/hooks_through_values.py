# Builtins reached as values (not called by name) still run an object's
# hooks: bool() its __bool__ or __len__, the math functions its __float__,
# __index__, __floor__, __ceil__ and __trunc__.
import math


class A:
    def __bool__(self):
        return False

    def __len__(self):
        return 3


class B:
    def __len__(self):
        return 0


class Num:
    def __float__(self):
        return 2.5

    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"

    def __trunc__(self):
        return "trunc"


class Idx:
    def __index__(self):
        return 4


f = bool
print(bool(A()), f(A()), bool(B()), f(B()), [g(A()) for g in [bool, str]][0])
print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()), math.sqrt(Num()), math.fsum([Num(), Idx()]))
print(math.floor(Idx()) if False else math.sqrt(Idx()), math.isfinite(Num()))
for fn in (math.floor, math.trunc, math.sqrt):
    try:
        fn(object())
    except TypeError as e:
        print(e)


class F(float):
    pass


class I(int):
    pass


print(math.trunc(F(2.5)), math.floor(F(-2.5)), math.ceil(I(3)), math.trunc(I(4)), math.trunc(True))
