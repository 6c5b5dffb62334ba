# Fraction from Decimal: exact conversion of Decimals and their subclasses,
# from_decimal, CPython's errors for NaN and infinities, and comparisons
# between the two types (arithmetic between them is refused).
from fractions import Fraction
from decimal import Decimal


class D2(Decimal):
    pass


for v in [Decimal('1.5'), Decimal('-0'), Decimal('1e-3'), D2('2.25'), Decimal('12345678901234567890.5E+10')]:
    print(repr(Fraction(v)), repr(Fraction.from_decimal(v)))
for v in [Decimal('nan'), Decimal('inf'), Decimal('snan')]:
    for f in (Fraction, Fraction.from_decimal):
        try:
            f(v)
        except Exception as e:
            print(type(e).__name__, e)
print(Fraction.from_decimal(5))
for f in [lambda: Fraction.from_decimal(1.5), lambda: Fraction(Decimal(1), 2), lambda: Fraction(1, 2) + Decimal(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(Fraction(1, 2) == Decimal('0.5'), Fraction(1, 3) < Decimal('0.34'), Decimal('0.34') > Fraction(1, 3))
