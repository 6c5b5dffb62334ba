# `math.f(x)` on floats compiles to the registry's primitive (no call
# through the module object); ints convert where the function would, and
# everything else (big ints for log/floor, other types, a module that may be
# unbound, a parameter named like the module) takes the dynamic path.
import math
import sys


def f(x: float, n: int):
    return math.sqrt(x) + math.sin(x) * math.cos(n) + math.pow(x, 2.0) + math.hypot(x, n) + math.atan2(n, x)


print(f(2.0, 3), math.floor(2.5), math.ceil(-2.5), math.trunc(-7.9), math.floor(7), math.floor(10**20 + 1))
print(math.log(8.0), math.log2(1024.0), math.log10(1000.0), math.log(10**400), math.log2(2**2000), math.log(8, 2))
print(math.fabs(-3.5), math.degrees(math.pi), math.radians(180.0), math.exp(1.0), math.copysign(3.0, -0.0), math.fmod(7.5, 2.0))
n = 10**400
for bad in [lambda: math.sqrt(-1.0), lambda: math.floor(float("inf")), lambda: math.floor(float("nan")),
            lambda: math.log(0.0), lambda: math.exp(1000.0), lambda: math.sqrt(n), lambda: math.fmod(1.0, 0.0),
            lambda: math.pow(0.0, -1.0), lambda: math.acos(2.0), lambda: math.sqrt("x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
total = 0.0
for i in range(1, 2000):
    total += math.sqrt(i) * math.log(i)
print(round(total, 6), math.sqrt(True), math.sin(False))


def g(flag):
    if flag:
        import math as m2
    return m2.sqrt(4.0)


print(g(True))
try:
    g(False)
except (NameError, UnboundLocalError) as e:
    print(type(e).__name__, e)


if len(sys.argv) > 5:
    import math as maybe
try:
    print(maybe.sqrt(4.0))
except NameError as e:
    print("NameError", e)


def h(math):
    return math.sqrt(9.0)


class M:
    @staticmethod
    def sqrt(x):
        return "mine"


print(h(M))
