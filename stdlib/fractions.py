"""Rational numbers (pyaot's own `fractions`, written from the
documentation): `Fraction`, exact and always in lowest terms, mixing with
int (exactly), float and complex (by converting to them) as CPython's.

pyaot has no `numbers` module: the rationals a Fraction accepts are int,
bool and Fraction (and Decimal, exactly, as CPython's)."""

import math

__all__ = ["Fraction"]

# CPython's numeric hash: reduction modulo the Mersenne prime 2**61 - 1,
# so that equal ints, floats and Fractions hash alike.
_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159


def _is_decimal(x):
    """Whether `x` is a decimal.Decimal. fractions does not import decimal,
    so a program that never makes a Decimal does not build that module."""
    for c in type(x).__mro__:
        if c.__name__ == "Decimal" and c.__module__ == "decimal":
            return True
    return False


def _digits_end(s, i):
    """The end of a run of digits with single underscores between them
    that starts at `i` (`i` itself when there is none)."""
    j = i
    n = len(s)
    while j < n and s[j].isdecimal():
        j += 1
        if j + 1 < n and s[j] == "_" and s[j + 1].isdecimal():
            j += 1
    return j


def _parse(text):
    """(numerator, denominator) of a Fraction literal such as ' -3/4',
    '1.5e-3' or '1_000', or None."""
    s = text.strip()
    i = 0
    sign = 1
    if s[:1] in ("+", "-"):
        sign = -1 if s[0] == "-" else 1
        i = 1
    if not (s[i:i + 1].isdecimal() or s[i:i + 1] == "." and s[i + 1:i + 2].isdecimal()):
        return None
    j = _digits_end(s, i)
    numerator = int(s[i:j] or "0")
    denominator = 1
    if s[j:j + 1] == "/":
        k = _digits_end(s, j + 1)
        if k == j + 1 or k != len(s):
            return None
        denominator = int(s[j + 1:k])
    else:
        if s[j:j + 1] == ".":
            j += 1
            k = j
            while k < len(s) and s[k] in "dD":
                k += 1
            if k > j and (k == len(s) or s[k] in "eE"):
                # CPython's pattern accepts letters d here, and int() then refuses them.
                int(s[j:k])
            k = _digits_end(s, j)
            decimal = s[j:k].replace("_", "")
            if decimal:
                scale = 10 ** len(decimal)
                numerator = numerator * scale + int(decimal)
                denominator *= scale
            j = k
        if s[j:j + 1] in ("e", "E"):
            k = j + 1
            if s[k:k + 1] in ("+", "-"):
                k += 1
            e = _digits_end(s, k)
            if e == k:
                return None
            exp = int(s[j + 1:e])
            if exp >= 0:
                numerator *= 10 ** exp
            else:
                denominator *= 10 ** -exp
            j = e
        if j != len(s):
            return None
    return sign * numerator, denominator


class Fraction:
    """A rational number numerator/denominator in lowest terms, the
    denominator positive. Built from an int, a Fraction, a float (exactly),
    a string ('3/4', '-1.5e3'), or a numerator and a denominator."""
    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, (int, Fraction)):
                self._numerator = int(numerator.numerator)
                self._denominator = int(numerator.denominator)
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = int(numerator)
        self._denominator = int(denominator)
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a float."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal."""
        if isinstance(dec, int):
            return cls(dec)
        if not _is_decimal(dec):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most
        `max_denominator` (by continued fractions)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        below = Fraction(p0 + k * p1, q0 + k * q1)
        last = Fraction(p1, q1)
        return last if abs(last - self) <= abs(below - self) else below

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    @property
    def real(a):
        return +a

    @property
    def imag(a):
        return 0

    def conjugate(a):
        return +a

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # --- arithmetic: exact between rationals, by conversion with float
    # and complex.

    def _coerce(self, other):
        """The other operand as a Fraction, a float or a complex (what the
        operation is carried out in), or None."""
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        if isinstance(other, float):
            return other
        if isinstance(other, complex):
            return other
        return None

    def _exact(a, b, op):
        na, da, nb, db = a._numerator, a._denominator, b._numerator, b._denominator
        if op == "+":
            return Fraction(na * db + nb * da, da * db)
        if op == "-":
            return Fraction(na * db - nb * da, da * db)
        if op == "*":
            return Fraction(na * nb, da * db)
        if op == "/":
            g1 = math.gcd(na, nb)
            if g1 > 1:
                na //= g1
                nb //= g1
            g2 = math.gcd(db, da)
            if g2 > 1:
                da //= g2
                db //= g2
            n, d = na * db, nb * da
            if d < 0:
                n, d = -n, -d
            return Fraction(n, d)
        if op == "//":
            return (na * db) // (da * nb)
        if op == "%":
            return Fraction((na * db) % (nb * da), da * db)
        div, rem = divmod(na * db, da * nb)
        return div, Fraction(rem, da * db)

    def _forward(a, b, op):
        b = a._coerce(b)
        if b is None:
            return NotImplemented
        if isinstance(b, Fraction):
            return a._exact(b, op)
        x = float(a) if isinstance(b, float) else complex(a)
        return _float_op(x, b, op)

    def _reverse(b, a, op):
        if isinstance(a, (int, Fraction)):
            return Fraction(a)._exact(b, op)
        if isinstance(a, float):
            return _float_op(a, float(b), op)
        if isinstance(a, complex):
            return _float_op(a, complex(b), op)
        return NotImplemented

    def __add__(a, b):
        return a._forward(b, "+")

    def __radd__(b, a):
        return b._reverse(a, "+")

    def __sub__(a, b):
        return a._forward(b, "-")

    def __rsub__(b, a):
        return b._reverse(a, "-")

    def __mul__(a, b):
        return a._forward(b, "*")

    def __rmul__(b, a):
        return b._reverse(a, "*")

    def __truediv__(a, b):
        return a._forward(b, "/")

    def __rtruediv__(b, a):
        return b._reverse(a, "/")

    def __floordiv__(a, b):
        return a._forward(b, "//")

    def __rfloordiv__(b, a):
        return b._reverse(a, "//")

    def __mod__(a, b):
        return a._forward(b, "%")

    def __rmod__(b, a):
        return b._reverse(a, "%")

    def __divmod__(a, b):
        return a._forward(b, "divmod")

    def __rdivmod__(b, a):
        return b._reverse(a, "divmod")

    def __pow__(a, b):
        """An integral power is exact; any other is a float's."""
        if isinstance(b, (int, Fraction)):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, (int, Fraction)):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(a._numerator / a._denominator)

    def __round__(self, ndigits=None):
        """The nearest int, ties to even; with `ndigits`, a Fraction."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        n, d = self._numerator, self._denominator
        if d % _HASH_MODULUS == 0:
            h = _HASH_INF
        else:
            h = hash(hash(abs(n)) * pow(d, -1, _HASH_MODULUS))
        result = h if n >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, (int, Fraction)):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(a, b):
        """(left, right) to compare for a < b and the like, or None."""
        if isinstance(b, (int, Fraction)):
            return a._numerator * b.denominator, a._denominator * b.numerator
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0, b
            f = Fraction.from_float(b)
            return a._numerator * f._denominator, a._denominator * f._numerator
        return None

    def __lt__(a, b):
        c = a._compare(b)
        return NotImplemented if c is None else c[0] < c[1]

    def __gt__(a, b):
        c = a._compare(b)
        return NotImplemented if c is None else c[0] > c[1]

    def __le__(a, b):
        c = a._compare(b)
        return NotImplemented if c is None else c[0] <= c[1]

    def __ge__(a, b):
        c = a._compare(b)
        return NotImplemented if c is None else c[0] >= c[1]

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _float_op(x, y, op):
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if op == "/":
        return x / y
    if op == "//":
        return x // y
    if op == "%":
        return x % y
    return divmod(x, y)
