# math: functions and constants with CPython's results and error messages.
import math
from math import sqrt, pi, floor, ceil, gcd, factorial, inf, isclose
print(sqrt(16), math.sqrt(2), pi, math.e, math.tau, inf, -inf, math.nan)
print(floor(2.7), ceil(2.1), floor(-2.5), math.trunc(-2.7), floor(10), ceil(10**20), type(floor(1.5)).__name__)
print(math.log(math.e), math.log(8, 2), math.log2(8), math.log10(1000), math.log(10**30), math.log2(1024))
print(math.exp(1), math.sin(0), math.cos(0), math.atan2(1, 1), math.hypot(3, 4), math.hypot(1, 2, 2))
print(gcd(12, 18), gcd(0, 5), gcd(), math.lcm(4, 6), gcd(2**70, 2**65 * 3))
print(factorial(20), factorial(25), math.isqrt(10**20 + 5), math.comb(10, 3), math.perm(5, 2), math.perm(4))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(isclose(1.0, 1.0 + 1e-10), isclose(1, 1.1), isclose(0, 1e-10, abs_tol=1e-9))
print(math.fabs(-3), math.pow(2, 10), math.degrees(math.pi), math.radians(180), math.copysign(3, -0.0))
print(math.isnan(math.nan), math.isinf(-inf), math.isfinite(1e308), math.fmod(7, 3), math.modf(2.5))
for bad in [lambda: sqrt(-1), lambda: math.log(0), lambda: factorial(-1), lambda: math.exp(1000), lambda: factorial(2.5), lambda: floor(inf), lambda: sqrt("x"), lambda: math.isqrt(-1)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
