"""Decimal arithmetic as billing code does it: generated call records
priced at a per-second rate, taxed and rounded half-up to cents with
quantize, summed exactly; then pi by its series at 9 and 19 digits."""
from decimal import Decimal, ROUND_HALF_UP, getcontext


def bill(n):
    rate = Decimal("0.0013")
    tax = Decimal("0.0675")
    cent = Decimal("0.01")
    total = Decimal(0)
    taxes = Decimal(0)
    for i in range(n):
        seconds = (i * 7919) % 3607 + 1
        price = (rate * seconds).quantize(cent, rounding=ROUND_HALF_UP)
        t = (price * tax).quantize(cent, rounding=ROUND_HALF_UP)
        total += price + t
        taxes += t
    return total, taxes


def pi(prec):
    getcontext().prec = prec
    lasts, t, s, n, na, d, da = Decimal(0), Decimal(3), Decimal(3), Decimal(1), Decimal(0), Decimal(0), Decimal(24)
    while s != lasts:
        lasts = s
        n, na = n + na, na + 8
        d, da = d + da, da + 32
        t = (t * n) / d
        s += t
    return s


def main():
    print(*bill(60000))
    for prec in (9, 19):
        for _ in range(300):
            r = pi(prec)
        print(r)
    getcontext().prec = 28


main()
