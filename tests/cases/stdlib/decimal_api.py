# decimal's API as programs use it: construction from every kind of value,
# str/repr/eng, the current context and localcontext, flags and traps with
# CPython's messages, mixing with int, float and Fraction, hashing,
# rounding to an exponent, conversions, pickling, subclasses and a
# money-style computation.
import copy
import math
import pickle
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, DefaultContext,
                     BasicContext, ExtendedContext, InvalidOperation, DivisionByZero, Inexact,
                     Rounded, Overflow, Underflow, FloatOperation, Clamped, DecimalException,
                     ConversionSyntax, DivisionUndefined, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP,
                     ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP, MAX_PREC, DecimalTuple)
from fractions import Fraction


def show(label, f):
    try:
        r = f()
        print(label, '->', type(r).__name__, repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


for text in ['1.5', ' -0.00 ', '+12E-3', '1_000.000_1', '.5', '5.', '1e1000', 'inf', '-Infinity',
             'nan', 'NaN123', '-sNaN4', 'snan', '١٢٣', '1.2.3', '', 'e5', '1e', '0x10', '1 000']:
    show('Decimal(%r)' % text, lambda: Decimal(text))
for v in [0, -7, 10 ** 30, True, 0.1, -2.5, 1e300, float('inf'), float('nan'), (0, (1, 4), -1),
          (1, [2, 0], 3), (0, (), 'F'), (1, (4, 2), 'n'), (0, (1,), 'N'), [1, 2], None, 1j]:
    show('Decimal(%r)' % (v,), lambda: Decimal(v))
show('bad tuple', lambda: Decimal((2, (1,), 0)))
show('bad digit', lambda: Decimal((0, (10,), 0)))
show('bad exp', lambda: Decimal((0, (1,), 1.5)))

for s in ['123.456', '1E+5', '0.000001', '0.0000001', '-0E+7', '1234567E-20', '1.23E+300', '100']:
    d = Decimal(s)
    print(s, str(d), repr(d), d.to_eng_string(), d.as_tuple(), d.adjusted(), d.number_class())

print(getcontext())
print(DefaultContext)
print(BasicContext.prec, ExtendedContext.traps[InvalidOperation])
c = getcontext()
c.prec = 6
print(Decimal(1) / Decimal(7), Decimal('3.14159265') + 0)
with localcontext() as ctx:
    ctx.prec = 3
    ctx.rounding = ROUND_UP
    print(Decimal(2) / 3, getcontext() is ctx)
with localcontext(prec=50) as ctx:
    print(Decimal(2).sqrt())
print(Decimal(2).sqrt(), getcontext().prec)
c.prec = 28
c.clear_flags()
print(Decimal(1) / 4, c.flags[Inexact], Decimal(1) / 3, c.flags[Inexact], c.flags[Rounded])
print(sorted(k.__name__ for k, v in c.flags.items() if v))
c.clear_flags()

for f in [lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal('inf') - Decimal('inf'),
          lambda: Decimal('abc'), lambda: Decimal(5) % 0, lambda: divmod(Decimal(5), 0),
          lambda: Decimal('9e999999') * 10, lambda: Decimal('sNaN') + 1,
          lambda: Decimal('NaN') < 1, lambda: Decimal(1).quantize(Decimal('1e-30')),
          lambda: Decimal(1) + 1.5, lambda: Decimal(1) * 'x', lambda: hash(Decimal('sNaN')),
          lambda: int(Decimal('nan')), lambda: int(Decimal('-inf')), lambda: round(Decimal('inf'))]:
    try:
        print('ok', f())
    except DivisionByZero as e:
        print('DivisionByZero', e, isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError))
    except InvalidOperation as e:
        print(type(e).__name__, e, isinstance(e, DecimalException))
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(k.__name__ for k, v in c.flags.items() if v))

c.traps[FloatOperation] = True
show('float ctor trapped', lambda: Decimal(0.5))
show('float eq trapped', lambda: Decimal('0.5') == 0.5)
show('float lt trapped', lambda: Decimal('0.5') < 0.7)
c.traps[FloatOperation] = False
c.clear_flags()
print(Decimal('0.5') == 0.5, Decimal('0.1') == 0.1, Decimal(1) < 1.5, c.flags[FloatOperation])
c.clear_flags()

ctx = Context(prec=5, traps=[])
print(ctx.divide(1, 0), ctx.divide(0, 0), ctx.sqrt(Decimal(-1)), ctx.flags[DivisionByZero])
print(repr(ctx))
ctx2 = Context(prec=3, rounding=ROUND_HALF_DOWN, Emin=-5, Emax=5, capitals=0, clamp=1,
               traps=[Overflow])
print(ctx2, ctx2.Etiny(), ctx2.Etop())
print(ctx2.create_decimal('1.2345e3'), ctx2.create_decimal('123456'), ctx2.to_sci_string(Decimal('1e-3')))
for name, value in [('prec', 0), ('rounding', 'UP'), ('Emin', 3), ('Emax', -1), ('capitals', 5),
                    ('clamp', 'x'), ('prec', MAX_PREC + 1)]:
    show('set %s=%r' % (name, value), lambda: setattr(Context(), name, value))

a = Decimal('1.10')
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 4, 4 / a, a // 1, 7 // a, a % 1, 7 % a,
      divmod(a, 1), divmod(7, a), a ** 2, 2 ** Decimal('0.5'), -a, +a, abs(-a))
x = Decimal('10')
x += 1
x *= Decimal('1.5')
x -= 1
x /= 4
print(x)
print(sum([Decimal('0.1')] * 10), sum([Decimal('0.1')] * 10) == 1, 0.1 * 10 == 1)
vals = [Decimal('2.5'), Decimal(-1), Decimal('1e2'), Decimal('0.333'), Decimal('-0'), 7, 3.5]
print(sorted(vals), min(vals), max(vals))
print(Decimal('1.0') == 1, Decimal('0.5') == Fraction(1, 2), Decimal('0.1') < Fraction(1, 3),
      Decimal('0.5') >= Fraction(1, 2), Decimal(2) == 2.0, Decimal('nan') == Decimal('nan'),
      Decimal('nan') != 1)
for v in [Decimal('1.0'), Decimal('0.5'), Decimal('-2.50'), Decimal('1e3'), Decimal('inf'),
          Decimal('-inf'), Decimal('1.1')]:
    print(v, hash(v) == hash(float(v)), hash(v) == hash(Fraction(str(v)) if v.is_finite() else float(v)))
print(hash(Decimal(10 ** 30)) == hash(10 ** 30), len({Decimal('1.0'), Decimal(1), 1, 1.0}))

for v in ['2.675', '-2.5', '0.5', '1.5', '123.456', '-0.001']:
    d = Decimal(v)
    print(v, round(d), round(d, 2), round(d, -1), math.floor(d), math.ceil(d), int(d), float(d),
          d.quantize(Decimal('0.01')), d.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP),
          d.quantize(Decimal('1e1'), rounding=ROUND_DOWN), d.to_integral_value(),
          d.to_integral_exact(rounding=ROUND_CEILING), d.normalize(), d.as_integer_ratio())
for spec in ['', '.2f', '10.3f', '<10', '^12', '+.3e', ',', '015,.2f', '.1%', 'E', '.3g', 'f']:
    print(repr(spec), [format(Decimal(s), spec) for s in ['1234.5678', '-0.00012', '1E+7', '0']])
print('{:>12,.2f}|{:.4}|{}'.format(Decimal('1234567.891'), Decimal('3.14159'), Decimal('2.50')))
print(f"{Decimal('19.999'):.2f} {Decimal('-3'):+} {Decimal('0.5'):%}")

for s in ['2', '0.5', '100', '1e-10', '12345.6789']:
    d = Decimal(s)
    print(s, d.sqrt(), d.exp(), d.ln(), d.log10(), d.logb(), d.scaleb(3), d.next_plus(),
          d.next_minus(), d.is_normal(), d.is_zero(), d.is_signed(), d.copy_negate(),
          d.copy_sign(Decimal(-1)), d.compare(Decimal(1)), d.max(Decimal(1)), d.min(1))
print(Decimal(2).fma(3, 4), Decimal(18).remainder_near(10), Decimal('7.5').compare_total(Decimal('7.50')),
      Decimal(1).same_quantum(Decimal('1.0')), Decimal(123).rotate(2), Decimal(123).shift(-1),
      Decimal(1010).logical_and(Decimal(110)), Decimal(1010).logical_xor(Decimal(110)),
      Decimal(1010).logical_or(Decimal(1)), pow(Decimal(3), 4, 5))
print(Decimal.from_float(0.1), Decimal.from_float(-0.0), Decimal.from_float(5), Decimal('0.1').as_integer_ratio())
print(Decimal('3.14').is_finite(), Decimal('nan').is_nan(), Decimal('snan').is_snan(), Decimal('-inf').is_infinite(),
      Decimal('nan').is_qnan(), Decimal(0).is_zero(), bool(Decimal(0)), bool(Decimal('0.1')),
      Decimal('1e-1000000').is_subnormal(), Decimal('1.5').real, Decimal('1.5').imag,
      complex(Decimal('1.5')), Decimal('1.5').conjugate())

for d in [Decimal('1.50'), Decimal('-0'), Decimal('inf'), Decimal('NaN7'), Decimal('-1E+999')]:
    back = pickle.loads(pickle.dumps(d))
    print(repr(back), str(back) == str(d), copy.copy(d) is d, copy.deepcopy(d) is d)
c2 = pickle.loads(pickle.dumps(Context(prec=7, traps=[Inexact])))
print(c2, copy.copy(c2))
print(DecimalTuple(0, (1, 2), -1), Decimal(DecimalTuple(1, (5,), 2)))


class Money(Decimal):
    def __repr__(self):
        return 'Money(%s)' % str(self)


m = Money('19.99')
print(repr(m), type(m).__name__, isinstance(m, Decimal), m + 1, type(m + 1).__name__, m == Decimal('19.99'))

# A bill: prices with tax, rounded half-up to cents, totals exact.
prices = [Decimal('19.99'), Decimal('5.49'), Decimal('0.99'), Decimal('120.00')]
rate = Decimal('0.0825')
cent = Decimal('0.01')
lines = [(p, (p * rate).quantize(cent, rounding=ROUND_HALF_UP)) for p in prices]
for p, tax in lines:
    print('%10s %8s %10s' % (p, tax, p + tax))
total = sum(p + t for p, t in lines)
print('total', total, 'split 3 ways', (total / 3).quantize(cent), (total / 3).quantize(cent, ROUND_FLOOR) * 3)
setcontext(Context(prec=12, rounding=ROUND_05UP))
print(getcontext(), Decimal(1) / 7)
setcontext(DefaultContext)
print(getcontext() is DefaultContext, Decimal(1) / 7)

# Flags and traps as mappings, and contexts given them as lists.
with localcontext(traps=[Inexact], prec=4) as ctx:
    show('trapped inexact', lambda: Decimal(1) / 3)
    print(ctx, ctx._apply(Decimal('3.14')))
print(Context(prec=3)._apply(Decimal('3.14159')))
f = Context().flags
f.update({Inexact: True})
f.update([(Rounded, 1)])
print(f[Inexact], f.get(Rounded), len(f), list(f.values()).count(True))
for call in [lambda: f.pop(Inexact), lambda: copy.copy(f), lambda: pickle.dumps(f), lambda: hash(f),
             lambda: Context(flags=(Inexact,)), lambda: setattr(Context(), 'traps', [Inexact]),
             lambda: Context(traps=[ConversionSyntax]), lambda: Context().foo]:
    show('mapping', call)
print(pow(Decimal(2), 10, 1000), pow(Decimal(-3), 3, 7), pow(Decimal(3), Decimal(200), 7))

# Three-argument pow: integral operands only, exact modulo the third.
with localcontext(Context(traps=[], prec=9)) as ctx:
    for a in ['7', '-7', '0', '1E+2', '2.5', 'NaN']:
        for b in ['0', '-0', '3', '10E-1', '-1', '1E+3']:
            print(a, b, [str(ctx.power(Decimal(a), Decimal(b), Decimal(m)))
                         for m in ['1', '-1', '13', '-13', '0', '1E+9', '10000000000']])
    # Powers near and beyond the exponent limits, in every rounding mode.
    for rounding in [ROUND_UP, ROUND_DOWN, ROUND_05UP, ROUND_FLOOR]:
        ctx.rounding = rounding
        ctx.clear_flags()
        print(rounding, [str(Decimal(a) ** Decimal(b)) for a, b in
                         [('4', '-0.5'), ('9', '1.5'), ('2.5E+999990', '-1'), ('-9E-20', '1E+4'),
                          ('0.92', '330E32'), ('51E16', '-97'), ('1.0', '1E+30'), ('-1.00', '-7')]],
              sorted(k.__name__ for k, v in ctx.flags.items() if v))
# A subnormal result of a context whose precision outruns its exponents: clamped.
ctx = Context(prec=40, Emax=9, Emin=-9, clamp=1, traps=[])
print(ctx.remainder(Decimal('9E-29'), Decimal(-7)), ctx.plus(Decimal('1E-45')), sorted(k.__name__ for k, v in ctx.flags.items() if v))
