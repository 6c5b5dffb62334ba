# Decimal arithmetic on generated operands and contexts: every Context
# operation, format specs and fma, on finite numbers of many sizes and
# exponents, zeros, infinities and NaNs (with payloads), under random
# precisions, rounding modes, exponent limits, clamping and traps. Each
# line is the result (or the exception and its message) and the flags set.
import random
import decimal as M

rng = random.Random(20261207)


def rnum():
    k = rng.random()
    if k < 0.03:
        return rng.choice(['Inf', '-Inf', 'NaN', '-NaN', 'sNaN', 'NaN12', '-sNaN3'])
    if k < 0.08:
        return rng.choice(['0', '-0', '0E+5', '0.000', '-0E-3'])
    nd = rng.choice([1, 1, 2, 3, 5, 10, 20, 30, 40])
    c = str(rng.randrange(10 ** nd))
    e = rng.choice([0, 0, -1, -2, -5, 1, 3, -20, 20, rng.randrange(-60, 60)])
    if rng.random() < 0.05:
        e = rng.choice([999990, -999990, -1000020])
    s = rng.choice(['', '', '-'])
    return s + c + 'E' + str(e)


ROUNDINGS = ['ROUND_HALF_EVEN', 'ROUND_HALF_UP', 'ROUND_HALF_DOWN', 'ROUND_UP', 'ROUND_DOWN',
             'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_05UP']


def rctx():
    prec = rng.choice([1, 2, 3, 5, 9, 16, 28, 28, 40])
    rnd = rng.choice(ROUNDINGS)
    if rng.random() < 0.2:
        emax = rng.choice([9, 20, 99])
        emin = -emax
    else:
        emax = 999999
        emin = -999999
    clamp = 1 if rng.random() < 0.1 else 0
    return prec, rnd, emin, emax, clamp


BINARY = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'divmod',
          'remainder_near', 'power', 'compare', 'max', 'min', 'max_mag', 'min_mag', 'quantize',
          'next_toward', 'compare_total', 'same_quantum', 'scaleb', 'rotate', 'shift', 'copy_sign',
          'compare_signal']
UNARY = ['sqrt', 'exp', 'ln', 'log10', 'plus', 'minus', 'abs', 'normalize', 'to_integral_exact',
         'to_integral_value', 'next_plus', 'next_minus', 'logb', 'to_sci_string', 'to_eng_string',
         'number_class', 'is_normal', 'is_subnormal', 'create_decimal']
FORMATS = ['', '.3f', '.2e', '10.4g', ',.2f', '+.1%', '<12', '^15.3', '010.2f', '.0f', 'g', 'E',
           '.5', '015,.3f', 'n', '_.4f', ' .2E', '*>20,.6g', 'z.1f']
TRAPS = [[], ['InvalidOperation', 'DivisionByZero', 'Overflow'], ['Inexact'],
         ['Underflow', 'Clamped', 'Rounded']]


def run(op, args, cd, traps):
    prec, rnd, emin, emax, clamp = cd
    ctx = M.Context(prec=prec, rounding=rnd, Emin=emin, Emax=emax, clamp=clamp,
                    traps=[getattr(M, t) for t in traps])
    try:
        vals = [M.Decimal(a) for a in (args[:1] if op == 'format' else args)]
        if op == 'fma':
            r = ctx.fma(vals[0], vals[1], vals[2])
        elif op == 'format':
            with M.localcontext(ctx):
                r = format(vals[0], args[1])
        else:
            r = getattr(ctx, op)(*vals)
        if isinstance(r, tuple):
            r = tuple(str(x) for x in r)
        out = str(r)
    except (ArithmeticError, ValueError, TypeError) as e:
        out = type(e).__name__ + ': ' + str(e)
    flags = [k.__name__ for k, v in ctx.flags.items() if v]
    return out + ' ' + ' '.join(flags)


for i in range(2500):
    k = rng.random()
    if k < 0.55:
        op = rng.choice(BINARY)
        args = [rnum(), rnum()]
        if op in ('rotate', 'shift', 'scaleb') and rng.random() < 0.8:
            args[1] = str(rng.randrange(-30, 30))
        if op == 'power' and rng.random() < 0.5:
            args[1] = rng.choice([str(rng.randrange(-10, 10)), '0.5', '-1.5', '2.25', '1E+3'])
        if op == 'quantize' and rng.random() < 0.7:
            args[1] = '1E' + str(rng.randrange(-10, 10))
    elif k < 0.9:
        op = rng.choice(UNARY)
        args = [rnum()]
        if op == 'exp' and rng.random() < 0.7:
            args = [str(rng.uniform(-300, 300))[:rng.randrange(3, 12)]]
    elif k < 0.95:
        op = 'fma'
        args = [rnum(), rnum(), rnum()]
    else:
        op = 'format'
        args = [rnum(), rng.choice(FORMATS)]
    cd = rctx()
    traps = rng.choice(TRAPS)
    print(i, op, args, cd, traps, '->', run(op, args, cd, traps))
