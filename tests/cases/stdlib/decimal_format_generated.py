# Decimal formatting with generated format specs (fill, alignment, sign,
# 'z', zero padding, width, grouping, precision and every type) under
# several rounding modes, and comparisons, hashes and conversions with
# ints and floats, on generated decimals.
import math
import random
from decimal import Decimal, getcontext

rng = random.Random(71)


def rnum():
    if rng.random() < 0.05:
        return rng.choice(['Inf', '-Inf', 'NaN', '-0', '0', '0E-5', '0E+3'])
    nd = rng.choice([1, 2, 3, 5, 8, 12, 20])
    return rng.choice(['', '-']) + str(rng.randrange(10 ** nd)) + 'E' + str(rng.randrange(-25, 25))


def spec():
    fill = rng.choice(['', '', '*', '0'])
    align = rng.choice(['', '', '<', '>', '^', '='])
    if fill and not align:
        fill = ''
    return (fill + align + rng.choice(['', '', '+', '-', ' ']) + rng.choice(['', '', 'z'])
            + rng.choice(['', '', '0']) + rng.choice(['', '', '1', '8', '15', '25'])
            + rng.choice(['', '', ',']) + rng.choice(['', '', '.0', '.1', '.3', '.8', '.20'])
            + rng.choice(['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n']))


def run(f):
    try:
        return str(f())
    except (ValueError, TypeError, ArithmeticError) as e:
        return type(e).__name__ + ': ' + str(e)


for i in range(1500):
    a = Decimal(rnum())
    b = Decimal(rnum())
    s = spec()
    getcontext().rounding = rng.choice(['ROUND_HALF_EVEN', 'ROUND_HALF_UP', 'ROUND_DOWN', 'ROUND_CEILING'])
    iv = rng.randrange(-10 ** 6, 10 ** 6)
    fv = rng.choice([0.5, -1.25, 1e-7, 123456.789, float('nan'), float('inf')])
    nd = rng.randrange(-3, 4)
    print(i, a, b, repr(s), getcontext().rounding, iv, fv)
    print('  ', run(lambda: format(a, s)))
    getcontext().rounding = 'ROUND_HALF_EVEN'
    print('  ', run(lambda: [a < b, a == b, a >= iv, a == iv, a == fv, a != fv]))
    if not a.is_nan():
        print('  ', hash(a), a.to_eng_string(), float(a), run(lambda: int(a)), run(lambda: round(a, nd)),
              run(lambda: (round(a), math.floor(a), math.ceil(a))), a.as_tuple(), run(a.as_integer_ratio))
    getcontext().clear_flags()
