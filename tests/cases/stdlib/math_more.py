import math
for f in [math.acosh, math.asinh, math.atanh, math.log1p, math.expm1, math.exp2, math.erf, math.erfc, math.frexp]:
    for x in [0.5, 1.0, 2.0, -1.0, 0.0, -2.5, 10.0, 171.5, 1e308, float('inf'), float('-inf'), 3]:
        try:
            print(f.__name__, x, f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)
for x, i in [(1.5, 3), (1.0, 2000), (1.0, -2000), (0.0, 5), (3.0, 10**30), (3.0, -10**30), (float('inf'), 1)]:
    try:
        print(math.ldexp(x, i))
    except OverflowError as e:
        print("OverflowError", e)
try:
    math.ldexp(1.0, 2.0)
except TypeError as e:
    print(e)
