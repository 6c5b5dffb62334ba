# math.log/log2/log10 as CPython computes them: libm on the float value, and x * 2**e for ints beyond the float range.
import math
vals = [1, 2, 3, 7, 8, 10, 1000, 10**15, 2**53 + 1, 10**300, 2**1000 + 1, 10**400, 3**1000, 2**1023 * 3, 0.1, 2.5, 1e-300, float('inf'), 5e-324, True]
for v in vals:
    print(math.log(v), math.log2(v), math.log10(v), math.log(v, 3), math.log(v, 10**500))
for bad in [0, -1, -10**400, 0.0, -math.inf, 1]:
    try:
        print(math.log(5, bad) if bad == 1 else math.log(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(math.log(float('nan')))
