"""Decimal fixed and floating point arithmetic (pyaot's own `decimal`,
written from the module's documentation and the General Decimal
Arithmetic specification).

A Decimal is a sign, an exact integer coefficient and a power-of-ten
exponent (or an infinity or a NaN with its payload). Every operation is
computed exactly on integers and then rounded once to the context
(`_finalize`); exp, ln and log10 are computed in fixed point with guard
digits, widened until the rounding is certain, so they are correctly
rounded as CPython's libmpdec gives them. Powers follow libmpdec's
documented steps, whose results are not always correctly rounded:
certain overflow and underflow found from bounds first, integral
powers by square-and-multiply at a few more digits, other powers as
exp(y * ln x) at 23 more digits, each step correctly rounded.

Signals behave as CPython's C implementation: an operation collects its
conditions, sets the context's flags, and raises one exception when any
of them is trapped, its message the list of the trapped conditions
(`[<class 'decimal.DivisionByZero'>]`).

pyaot has no `contextvars` yet, so the current context is one per
program rather than one per thread."""

__all__ = [
    "Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext", "ExtendedContext",
    "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded",
    "Subnormal", "Overflow", "Underflow", "FloatOperation", "DivisionImpossible", "InvalidContext",
    "ConversionSyntax", "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN",
    "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP", "setcontext",
    "getcontext", "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY", "HAVE_THREADS",
    "HAVE_CONTEXTVAR",
]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

import math
from collections import namedtuple

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP)


def _check_rounding(rounding):
    """A rounding mode given by a program, checked as CPython checks it."""
    if not isinstance(rounding, str) or rounding not in _ROUNDINGS:
        raise TypeError("valid values for rounding are:\n"
                        "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                        "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                        "   ROUND_05UP]")
    return _ROUNDINGS[_ROUNDINGS.index(rounding)]


MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# Conditions an operation can meet, as bits. The first five are all the
# InvalidOperation signal.
_INVALID = 1
_CONVERSION = 2
_DIV_IMPOSSIBLE = 4
_DIV_UNDEFINED = 8
_INV_CONTEXT = 16
_FLOAT = 32
_DIV_ZERO = 64
_OVERFLOW = 128
_UNDERFLOW = 256
_SUBNORMAL = 512
_INEXACT = 1024
_ROUNDED = 2048
_CLAMPED = 4096
_ANY_INVALID = _INVALID | _CONVERSION | _DIV_IMPOSSIBLE | _DIV_UNDEFINED | _INV_CONTEXT

# The signals, in the order of a context's flags and of its exception's pick.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped)
_SIGNAL_BITS = (_ANY_INVALID, _FLOAT, _DIV_ZERO, _OVERFLOW, _UNDERFLOW, _SUBNORMAL, _INEXACT,
                _ROUNDED, _CLAMPED)
# The conditions, in the order an exception's message lists them.
_CONDITIONS = (InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined,
               InvalidContext, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
               Inexact, Rounded, Clamped)
_CONDITION_BITS = (_INVALID, _CONVERSION, _DIV_IMPOSSIBLE, _DIV_UNDEFINED, _INV_CONTEXT, _FLOAT,
                   _DIV_ZERO, _OVERFLOW, _UNDERFLOW, _SUBNORMAL, _INEXACT, _ROUNDED, _CLAMPED)
# The order a context's repr lists its flags and traps in: by condition,
# in libmpdec's bit order, each signal named once.
_REPR_ORDER = ((Clamped, _CLAMPED), (InvalidOperation, _CONVERSION), (DivisionByZero, _DIV_ZERO),
               (InvalidOperation, _DIV_IMPOSSIBLE), (InvalidOperation, _DIV_UNDEFINED),
               (Inexact, _INEXACT), (InvalidOperation, _INV_CONTEXT), (InvalidOperation, _INVALID),
               (FloatOperation, _FLOAT), (Overflow, _OVERFLOW), (Rounded, _ROUNDED),
               (Subnormal, _SUBNORMAL), (Underflow, _UNDERFLOW))


def _repr_signals(bits):
    names = []
    for sig, bit in _REPR_ORDER:
        if bits & bit and sig.__name__ not in names:
            names.append(sig.__name__)
    return ", ".join(names)

# CPython's numeric hash (see fractions): modulo the Mersenne prime 2**61 - 1.
_HASH_MODULUS = 2 ** 61 - 1
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)

# Kinds of Decimal.
_FINITE = 0
_INF = 1
_NAN = 2
_SNAN = 3


def _ndigits(c):
    """The number of decimal digits of the coefficient `c` (1 for 0)."""
    if c < 10:
        return 1
    if c < 10 ** 18:
        return len(str(c))
    # An estimate from the bit length (within one), then corrected.
    n = int((c.bit_length() - 1) * 0.30102999566398120) + 1
    while c >= 10 ** n:
        n += 1
    while n > 1 and c < 10 ** (n - 1):
        n -= 1
    return n


def _name(obj):
    return type(obj).__name__


class _SignalDict:
    """A context's flags or traps: a mapping from each signal to a bool."""

    __pyaot_tp_name__ = "SignalDict"

    def __init__(self, bits):
        self._bits = bits

    def _bit(self, key):
        i = 0
        for s in _SIGNALS:
            if key is s:
                return _SIGNAL_BITS[i]
            i += 1
        raise KeyError(key)

    def __getitem__(self, key):
        return self._bits & self._bit(key) != 0

    def __setitem__(self, key, value):
        b = self._bit(key)
        if value:
            self._bits |= b
        else:
            self._bits &= ~b

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def pop(self, key, *default):
        raise ValueError("signal keys cannot be deleted")

    def popitem(self):
        raise ValueError("signal keys cannot be deleted")

    def clear(self):
        raise ValueError("signal keys cannot be deleted")

    def setdefault(self, key, default=None):
        return self[key]

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'SignalDict' object")

    def __copy__(self):
        raise TypeError("cannot pickle 'SignalDict' object")

    def __deepcopy__(self, memo):
        raise TypeError("cannot pickle 'SignalDict' object")

    def __contains__(self, key):
        return any(key is s for s in _SIGNALS)

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def keys(self):
        return list(_SIGNALS)

    def values(self):
        return [self._bits & b != 0 for b in _SIGNAL_BITS]

    def items(self):
        return [(s, self._bits & b != 0) for s, b in zip(_SIGNALS, _SIGNAL_BITS)]

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def copy(self):
        return {s: self._bits & b != 0 for s, b in zip(_SIGNALS, _SIGNAL_BITS)}

    def update(self, other=(), **kwargs):
        if isinstance(other, (dict, _SignalDict)):
            other = other.items()
        for key, value in other:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self.values() == other.values()
        if isinstance(other, dict):
            if not other:
                raise ValueError("invalid signal dict")
            return self.copy() == other
        return NotImplemented

    def __ne__(self, other):
        eq = self.__eq__(other)
        if eq is NotImplemented:
            return eq
        return not eq

    __hash__ = None

    def __repr__(self):
        parts = []
        for s, b in zip(_SIGNALS, _SIGNAL_BITS):
            parts.append("%r:%s" % (s, self._bits & b != 0))
        return "{" + ", ".join(parts) + "}"


def _signal_bits(value, what):
    """The bits of a list (or mapping) of signals given for flags or traps."""
    bits = 0
    if isinstance(value, _SignalDict):
        return value._bits
    if not isinstance(value, (list, dict)):
        raise TypeError("argument must be a signal dict")
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS):
            raise KeyError("invalid signal dict")
        for k, v in value.items():
            i = 0
            found = False
            for s in _SIGNALS:
                if k is s:
                    found = True
                    if v:
                        bits |= _SIGNAL_BITS[i]
                i += 1
            if not found:
                raise KeyError("invalid signal dict")
        return bits
    for k in value:
        i = 0
        found = False
        for s in _SIGNALS:
            if k is s:
                found = True
                bits |= _SIGNAL_BITS[i]
            i += 1
        if not found:
            raise KeyError("valid values for signals are:\n"
                           "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                           "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                           "   Clamped]")
    return bits


class Context:
    """Precision, rounding, exponent limits, the signals met (`flags`) and
    those that raise (`traps`)."""

    __pyaot_tp_name__ = "decimal.Context"
    __slots__ = ("_prec", "_rounding", "_Emin", "_Emax", "_capitals", "_clamp", "_flags", "_traps",
                 "_pending")

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        d = DefaultContext
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._flags = _SignalDict(0)
        self._traps = _SignalDict(_ANY_INVALID | _DIV_ZERO | _OVERFLOW)
        if d is not None:
            self._prec = d._prec
            self._rounding = d._rounding
            self._Emin = d._Emin
            self._Emax = d._Emax
            self._capitals = d._capitals
            self._clamp = d._clamp
            self._traps = _SignalDict(d._traps._bits)
        self._pending = 0
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flags = _SignalDict(_signal_bits(flags, "flags"))
        if traps is not None:
            self._traps = _SignalDict(_signal_bits(traps, "traps"))

    # -- attributes, checked as CPython's --

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        v = _int_attr(value)
        if not 1 <= v <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = v

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        self._rounding = _check_rounding(value)

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        v = _int_attr(value)
        if not MIN_EMIN <= v <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        self._Emin = v

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        v = _int_attr(value)
        if not 0 <= v <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        self._Emax = v

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        self._capitals = _zero_or_one(value, "capitals")

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        self._clamp = _zero_or_one(value, "clamp")

    @property
    def flags(self):
        return self._flags

    @flags.setter
    def flags(self, value):
        if not isinstance(value, (dict, _SignalDict)):
            raise TypeError("argument must be a signal dict")
        self._flags = _SignalDict(_signal_bits(value, "flags"))

    @property
    def traps(self):
        return self._traps

    @traps.setter
    def traps(self, value):
        if not isinstance(value, (dict, _SignalDict)):
            raise TypeError("argument must be a signal dict")
        self._traps = _SignalDict(_signal_bits(value, "traps"))

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def clear_flags(self):
        self._flags._bits = 0

    def clear_traps(self):
        self._traps._bits = 0

    def copy(self):
        c = Context(self._prec, self._rounding, self._Emin, self._Emax, self._capitals, self._clamp)
        c._flags = _SignalDict(self._flags._bits)
        c._traps = _SignalDict(self._traps._bits)
        return c

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        return self.copy()

    def __reduce__(self):
        flags = [s for s in _SIGNALS if self._flags[s]]
        traps = [s for s in _SIGNALS if self._traps[s]]
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax, self._capitals,
                          self._clamp, flags, traps))

    def __repr__(self):
        flags = _repr_signals(self._flags._bits)
        traps = _repr_signals(self._traps._bits)
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[%s], traps=[%s])" % (self._prec, self._rounding, self._Emin, self._Emax,
                                             self._capitals, self._clamp, flags, traps))

    # -- arithmetic in this context --

    def create_decimal(self, num="0"):
        if isinstance(num, str):
            d = _from_str(num, self, True)
        else:
            d = Decimal(num, self)
            if d._kind >= _NAN and d._coef and _ndigits(d._coef) > self._prec - self._clamp:
                self._pending |= _CONVERSION
                return _done(self, _nan(0, 0))
        if d._kind == _FINITE:
            d = _finalize(d._sign, d._coef, d._exp, self)
        elif d._kind >= _NAN:
            room = self._prec - self._clamp
            if d._coef and _ndigits(d._coef) > room:
                d = _make(d._sign, d._coef % 10 ** room, 0, d._kind)
        return _done(self, d)

    def _apply(self, a):
        """`a` rounded to this context (no arithmetic, so a zero keeps its sign)."""
        return self.create_decimal(_operand(a))

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        return self.create_decimal(d)

    def power(self, a, b, modulo=None):
        return _operand(a).__pow__(_operand(b), modulo, context=self)

    def scaleb(self, a, b):
        return _operand(a).scaleb(b, context=self)

    def copy_decimal(self, a):
        return Decimal(_operand(a))

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a.canonical()


def _zero_or_one(value, name):
    v = _int_attr(value)
    if v not in (0, 1):
        raise ValueError("valid values for %s are 0 or 1" % name)
    return v


def _int_attr(value):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    if not -2 ** 63 <= value < 2 ** 63:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return int(value)


# Context methods that are the Decimal method of the first operand.
def _context_unary(name):
    def method(self, a):
        return getattr(_operand(a), name)(context=self)
    method.__name__ = name
    return method


def _context_operator(name):
    def method(self, a, b):
        return getattr(_operand(a), name)(_operand(b), context=self)
    method.__name__ = name
    return method


def _context_binary(name):
    def method(self, a, b):
        return getattr(_operand(a), name)(b, context=self)
    method.__name__ = name
    return method


for _n, _m in (("add", "__add__"), ("subtract", "__sub__"), ("multiply", "__mul__"),
               ("divide", "__truediv__"), ("divide_int", "__floordiv__"), ("remainder", "__mod__"),
               ("divmod", "__divmod__")):
    setattr(Context, _n, _context_operator(_m))
for _n, _m in (("abs", "__abs__"), ("plus", "__pos__"), ("minus", "__neg__"),
               ("to_sci_string", "__str__")):
    setattr(Context, _n, _context_unary(_m))
for _n in ("exp", "ln", "log10", "sqrt", "normalize", "next_minus", "next_plus", "logb",
           "to_eng_string", "is_normal", "is_subnormal", "number_class",
           "to_integral", "to_integral_exact", "to_integral_value", "logical_invert"):
    setattr(Context, _n, _context_unary(_n))
for _n in ("compare", "compare_signal", "max", "max_mag", "min", "min_mag", "next_toward",
           "quantize", "remainder_near", "rotate", "shift", "logical_and", "logical_or",
           "logical_xor"):
    setattr(Context, _n, _context_binary(_n))
for _n in ("copy_abs", "copy_negate", "is_canonical", "is_finite", "is_infinite", "is_nan",
           "is_qnan", "is_signed", "is_snan", "is_zero"):
    setattr(Context, _n, (lambda name: lambda self, a: getattr(_operand(a), name)())(_n))
for _n in ("compare_total", "compare_total_mag", "copy_sign", "same_quantum"):
    setattr(Context, _n, (lambda name: lambda self, a, b: getattr(_operand(a), name)(b))(_n))


def _context_fma(self, a, b, c):
    return _operand(a).fma(b, c, context=self)


Context.fma = _context_fma

DefaultContext = None
DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, traps=[])

_current = None


def getcontext():
    """The current context (a copy of DefaultContext until one is set)."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    """Makes `context` current (a copy of it when it is one of the module's templates)."""
    global _current
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current = context


class _ContextManager:
    def __init__(self, new):
        self.new_context = new

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of `ctx` (or of the current
    context), changed by the keyword arguments, current inside its block."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if key == "flags":
            new._flags = _SignalDict(_signal_bits(value, key))
        elif key == "traps":
            new._traps = _SignalDict(_signal_bits(value, key))
        else:
            setattr(new, key, value)
    return _ContextManager(new)


def _done(ctx, result):
    """Ends an operation: its conditions set the context's flags, and the
    trapped ones raise."""
    s = ctx._pending
    if s == 0:
        return result
    ctx._pending = 0
    # The flags keep the conditions (a context's repr shows them in their order).
    ctx._flags._bits |= s
    trapped = s & _trapped_bits(ctx)
    if trapped:
        names = []
        i = 0
        for c in _CONDITIONS:
            if trapped & _CONDITION_BITS[i]:
                names.append(repr(c))
            i += 1
        i = 0
        for sig in _SIGNALS:
            if trapped & _SIGNAL_BITS[i]:
                raise sig("[" + ", ".join(names) + "]")
            i += 1
    return result


def _trapped_bits(ctx):
    t = ctx._traps._bits
    return t


# ---------------------------------------------------------------------------
# Construction


def _make(sign, coef, exp, kind=_FINITE):
    d = object.__new__(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._kind = kind
    return d


def _nan(sign, payload):
    return _make(sign, payload, 0, _NAN)


def _digits_end(s, i):
    """The end of a run of decimal digits with single underscores between them."""
    n = len(s)
    j = i
    while j < n and s[j].isdecimal():
        j += 1
        if j + 1 < n and s[j] == "_" and s[j + 1].isdecimal():
            j += 1
    return j


def _parse(text):
    """A numeric string as (sign, coefficient, exponent, kind), or None."""
    s = text.strip()
    sign = 0
    i = 0
    if s[:1] in ("+", "-"):
        sign = 1 if s[0] == "-" else 0
        i = 1
    rest = s[i:].lower()
    if rest in ("inf", "infinity"):
        return (sign, 0, 0, _INF)
    if rest.startswith("nan") or rest.startswith("snan"):
        kind = _NAN if rest[0] == "n" else _SNAN
        digits = s[i + (3 if kind == _NAN else 4):]
        if digits == "":
            return (sign, 0, 0, kind)
        if not (digits.isdecimal() and digits.isascii() or digits.isdecimal()):
            return None
        if "_" in digits:
            return None
        return (sign, int(digits), 0, kind)
    j = _digits_end(s, i)
    intpart = s[i:j]
    frac = ""
    k = j
    if k < len(s) and s[k] == ".":
        k2 = _digits_end(s, k + 1)
        frac = s[k + 1:k2]
        k = k2
    if intpart == "" and frac == "":
        return None
    exp = 0
    if k < len(s) and s[k] in "eE":
        m = k + 1
        esign = 1
        if s[m:m + 1] in ("+", "-"):
            esign = -1 if s[m] == "-" else 1
            m += 1
        e_end = _digits_end(s, m)
        if e_end == m:
            return None
        exp = esign * int(s[m:e_end].replace("_", ""))
        k = e_end
    if k != len(s):
        return None
    digits = (intpart + frac).replace("_", "")
    return (sign, int(digits), exp - len(frac.replace("_", "")), _FINITE)


def _from_str(text, ctx, rounded):
    """Decimal(text): exact (InvalidOperation, quietly NaN, for a bad string)."""
    p = _parse(text)
    if p is None:
        ctx._pending |= _CONVERSION
        return _nan(0, 0)
    sign, coef, exp, kind = p
    if kind >= _NAN and coef and _ndigits(coef) > ctx._prec - ctx._clamp and rounded:
        ctx._pending |= _CONVERSION
        return _nan(0, 0)
    if kind >= _NAN and coef and _ndigits(coef) > MAX_PREC - 0:
        ctx._pending |= _CONVERSION
        return _nan(0, 0)
    return _make(sign, coef, exp, kind)


def _from_float(f):
    if math.isnan(f):
        return _make(1 if math.copysign(1.0, f) < 0 else 0, 0, 0, _NAN)
    if math.isinf(f):
        return _make(1 if f < 0 else 0, 0, 0, _INF)
    sign = 1 if math.copysign(1.0, f) < 0 else 0
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _make(sign, n * 5 ** k, -k)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value[0], value[1], value[2]
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if isinstance(exp, str):
        if exp == "F":
            return _make(sign, 0, 0, _INF)
        if exp not in ("n", "N"):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        kind = _NAN if exp == "n" else _SNAN
    elif isinstance(exp, int):
        kind = _FINITE
    else:
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    coef = 0
    for dgt in digits:
        if not (isinstance(dgt, int) and 0 <= dgt <= 9):
            raise ValueError("coefficient must be a tuple of digits")
        coef = coef * 10 + dgt
    if kind == _FINITE:
        return _make(sign, coef, int(exp))
    return _make(sign, coef, 0, kind)


def _operand(v):
    """An operand of a Context method: Decimal or int, else TypeError."""
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return _make(1 if v < 0 else 0, abs(v), 0)
    raise TypeError("conversion from %s to Decimal is not supported" % _name(v))


def _convert(v):
    """The Decimal of an arithmetic operand, or NotImplemented."""
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return _make(1 if v < 0 else 0, abs(v), 0)
    return NotImplemented


def _fix_nan(d, ctx):
    """A NaN with its payload cut to the digits the context allows."""
    room = ctx._prec - ctx._clamp
    if d._coef and _ndigits(d._coef) > room:
        return _make(d._sign, d._coef % 10 ** room, 0, _NAN)
    if d._kind == _SNAN:
        return _make(d._sign, d._coef, 0, _NAN)
    return d


def _check_nans(a, b, ctx):
    """The result of an operation with a NaN operand, or None."""
    if a._kind < _NAN and (b is None or b._kind < _NAN):
        return None
    if a._kind == _SNAN:
        ctx._pending |= _INVALID
        return _fix_nan(a, ctx)
    if b is not None and b._kind == _SNAN:
        ctx._pending |= _INVALID
        return _fix_nan(b, ctx)
    if a._kind == _NAN:
        return _fix_nan(a, ctx)
    return _fix_nan(b, ctx)


def _invalid(ctx, cond=_INVALID):
    ctx._pending |= cond
    return _make(0, 0, 0, _NAN)


# ---------------------------------------------------------------------------
# Rounding


def _rounds_up(sign, q, r, half, rounding):
    """Whether a truncated coefficient `q` with remainder `r` (0 < r < 2*half)
    is incremented under `rounding`."""
    if rounding == ROUND_HALF_EVEN:
        return r > half or r == half and q & 1 == 1
    if rounding == ROUND_HALF_UP:
        return r >= half
    if rounding == ROUND_HALF_DOWN:
        return r > half
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    return q % 5 == 0  # ROUND_05UP


def _drop_digits(sign, coef, drop, rounding):
    """`coef` with its last `drop` digits rounded away: (coefficient, inexact)."""
    p = 10 ** drop
    q, r = divmod(coef, p)
    if r == 0:
        return q, False
    if _rounds_up(sign, q, r, p // 2 if drop > 0 else 0, rounding):
        q += 1
    return q, True


def _finalize(sign, coef, exp, ctx, rounding=None):
    """The exact value sign * coef * 10**exp rounded to the context, with
    overflow, underflow, subnormal results and clamping as the
    specification gives them."""
    if rounding is None:
        rounding = ctx._rounding
    prec = ctx._prec
    emin = ctx._Emin
    emax = ctx._Emax
    etiny = emin - prec + 1
    etop = emax - prec + 1
    if coef == 0:
        if exp < etiny:
            exp = etiny
            ctx._pending |= _CLAMPED
        top = etop if ctx._clamp else emax
        if exp > top:
            exp = top
            ctx._pending |= _CLAMPED
        return _make(sign, 0, exp)
    n = _ndigits(coef)
    adj = exp + n - 1
    if adj < emin:
        st = _SUBNORMAL
        if exp < etiny:
            if etiny - exp > n + 1:
                # Every digit goes: round a nonzero value below a tenth of a unit.
                coef, inexact = _drop_digits(sign, 1, 2, rounding)
            else:
                coef, inexact = _drop_digits(sign, coef, etiny - exp, rounding)
            exp = etiny
            st |= _ROUNDED
            if inexact:
                st |= _INEXACT | _UNDERFLOW
            if coef == 0:
                st |= _CLAMPED
        if ctx._clamp and exp > etop and coef:
            coef *= 10 ** (exp - etop)
            exp = etop
            st |= _CLAMPED
        ctx._pending |= st
        return _make(sign, coef, exp)
    if n > prec:
        drop = n - prec
        coef, inexact = _drop_digits(sign, coef, drop, rounding)
        exp += drop
        ctx._pending |= _ROUNDED
        if inexact:
            ctx._pending |= _INEXACT
        if coef == 10 ** prec:
            coef //= 10
            exp += 1
        adj = exp + prec - 1
    if adj > emax:
        ctx._pending |= _OVERFLOW | _INEXACT | _ROUNDED
        if (rounding in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP)
                or rounding == ROUND_CEILING and sign == 0 or rounding == ROUND_FLOOR and sign == 1):
            return _make(sign, 0, 0, _INF)
        return _make(sign, 10 ** prec - 1, etop)
    if ctx._clamp and exp > etop:
        coef *= 10 ** (exp - etop)
        exp = etop
        ctx._pending |= _CLAMPED
    return _make(sign, coef, exp)


def _fin(d, ctx):
    if d._kind != _FINITE:
        return d
    return _finalize(d._sign, d._coef, d._exp, ctx)


def _sticky(sign, coef, exp, inexact):
    """An exact coefficient with a sticky last digit when the true value
    lies strictly past it (coef must carry at least one digit beyond the
    precision that will round it)."""
    if inexact and coef % 5 == 0:
        coef += 1
    return coef


def _rescale(d, exp, rounding, ctx):
    """Finite `d` with exponent `exp`, rounding away digits (no context limits)."""
    if d._exp >= exp:
        return _make(d._sign, d._coef * 10 ** (d._exp - exp), exp), False
    drop = exp - d._exp
    if drop > _ndigits(d._coef) + 1:
        # Every digit goes: the result is 0 or 1 by the rounding of a tiny value.
        c, inexact = _drop_digits(d._sign, 1 if d._coef else 0, 2, rounding)
        return _make(d._sign, c, exp), d._coef != 0
    c, inexact = _drop_digits(d._sign, d._coef, drop, rounding)
    return _make(d._sign, c, exp), inexact


# ---------------------------------------------------------------------------
# Exact arithmetic on finite values


def _add_exact(s1, c1, e1, s2, c2, e2, ctx):
    """sign, coefficient, exponent of c1e1 + c2e2 (signs s1, s2), exact
    except that an operand far below the other's precision becomes a
    sticky digit (the rounding that follows cannot tell)."""
    if c1 and c2:
        a1 = e1 + _ndigits(c1) - 1
        a2 = e2 + _ndigits(c2) - 1
        if a1 > a2:
            low = min(e1, a1 - ctx._prec) - 2
            if a2 < low:
                c2 = 1
                e2 = low
        elif a2 > a1:
            low = min(e2, a2 - ctx._prec) - 2
            if a1 < low:
                c1 = 1
                e1 = low
    e = min(e1, e2)
    # A zero pads the other operand with zeros the rounding would drop anyway.
    if c1 == 0 and c2:
        e = min(e2, max(e, e2 + _ndigits(c2) - 2 - ctx._prec))
        e1 = max(e1, e)
    elif c2 == 0 and c1:
        e = min(e1, max(e, e1 + _ndigits(c1) - 2 - ctx._prec))
        e2 = max(e2, e)
    v1 = c1 * 10 ** (e1 - e)
    v2 = c2 * 10 ** (e2 - e)
    if s1:
        v1 = -v1
    if s2:
        v2 = -v2
    v = v1 + v2
    if v < 0:
        return 1, -v, e
    if v == 0:
        if s1 == s2:
            return s1, 0, e
        return (1 if ctx._rounding == ROUND_FLOOR else 0), 0, e
    return 0, v, e


def _add(a, b, ctx, negate_b=False):
    r = _check_nans(a, b, ctx)
    if r is not None:
        return r
    sb = b._sign ^ 1 if negate_b else b._sign
    if a._kind == _INF or b._kind == _INF:
        if a._kind == _INF and b._kind == _INF and a._sign != sb:
            return _invalid(ctx)
        if a._kind == _INF:
            return _make(a._sign, 0, 0, _INF)
        return _make(sb, 0, 0, _INF)
    s, c, e = _add_exact(a._sign, a._coef, a._exp, sb, b._coef, b._exp, ctx)
    return _finalize(s, c, e, ctx)


def _sub(a, b, ctx):
    return _add(a, b, ctx, True)


def _mul(a, b, ctx):
    r = _check_nans(a, b, ctx)
    if r is not None:
        return r
    sign = a._sign ^ b._sign
    if a._kind == _INF or b._kind == _INF:
        if (a._kind == _FINITE and a._coef == 0) or (b._kind == _FINITE and b._coef == 0):
            return _invalid(ctx)
        return _make(sign, 0, 0, _INF)
    return _finalize(sign, a._coef * b._coef, a._exp + b._exp, ctx)


def _div(a, b, ctx, rounding=None):
    r = _check_nans(a, b, ctx)
    if r is not None:
        return r
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF:
            return _invalid(ctx)
        return _make(sign, 0, 0, _INF)
    if b._kind == _INF:
        ctx._pending |= _CLAMPED
        return _make(sign, 0, ctx.Etiny())
    if b._coef == 0:
        if a._coef == 0:
            return _invalid(ctx, _DIV_UNDEFINED)
        ctx._pending |= _DIV_ZERO
        return _make(sign, 0, 0, _INF)
    ideal = a._exp - b._exp
    if a._coef == 0:
        return _finalize(sign, 0, ideal, ctx)
    prec = ctx._prec
    shift = _ndigits(b._coef) - _ndigits(a._coef) + prec + 1
    if shift >= 0:
        q, rem = divmod(a._coef * 10 ** shift, b._coef)
    else:
        q, rem = divmod(a._coef, b._coef * 10 ** -shift)
    exp = ideal - shift
    if rem:
        q = _sticky(sign, q, exp, True)
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _finalize(sign, q, exp, ctx, rounding)


def _adjusted(d):
    return d._exp + _ndigits(d._coef) - 1


def _divide_int_rem(a, b, ctx):
    """The truncated quotient and remainder of finite a / b (b nonzero):
    (q sign, q, r sign, r, r exponent) or None when the quotient has more
    digits than the precision."""
    e = min(a._exp, b._exp)
    if a._coef == 0 or _adjusted(a) < _adjusted(b):
        return (a._sign ^ b._sign, 0, a._sign, a._coef * 10 ** (a._exp - e), e)
    if _adjusted(a) - _adjusted(b) > ctx._prec:
        return None
    x = a._coef * 10 ** (a._exp - e)
    y = b._coef * 10 ** (b._exp - e)
    q, r = divmod(x, y)
    if _ndigits(q) > ctx._prec:
        return None
    return (a._sign ^ b._sign, q, a._sign, r, e)


def _divmod_specials(a, b, ctx, which):
    """Results of //, % or divmod for special or zero operands, or None."""
    r = _check_nans(a, b, ctx)
    if r is not None:
        return (r, r)
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF:
            n = _invalid(ctx)
            return (n, n)
        if which == "//":
            return (_make(sign, 0, 0, _INF), None)
        ctx._pending |= _INVALID
        return (_make(sign, 0, 0, _INF), _nan(0, 0))
    if b._kind == _INF:
        if which == "//":
            return (_make(sign, 0, 0), None)
        return (_make(sign, 0, 0), _fin(a, ctx))
    if b._coef == 0:
        if a._coef == 0:
            n = _invalid(ctx, _DIV_UNDEFINED)
            return (n, n)
        if which == "//":
            ctx._pending |= _DIV_ZERO
            return (_make(sign, 0, 0, _INF), None)
        if which == "%":
            n = _invalid(ctx)
            return (n, n)
        ctx._pending |= _DIV_ZERO | _INVALID
        return (_make(sign, 0, 0, _INF), _nan(0, 0))
    return None


def _floordiv(a, b, ctx):
    sp = _divmod_specials(a, b, ctx, "//")
    if sp is not None:
        return sp[0]
    qr = _divide_int_rem(a, b, ctx)
    if qr is None:
        return _invalid(ctx, _DIV_IMPOSSIBLE)
    return _finalize(qr[0], qr[1], 0, ctx)


def _mod(a, b, ctx):
    sp = _divmod_specials(a, b, ctx, "%")
    if sp is not None:
        return sp[1]
    qr = _divide_int_rem(a, b, ctx)
    if qr is None:
        return _invalid(ctx, _DIV_IMPOSSIBLE)
    return _finalize(qr[2], qr[3], qr[4], ctx)


def _divmod(a, b, ctx):
    sp = _divmod_specials(a, b, ctx, "divmod")
    if sp is not None:
        return sp
    qr = _divide_int_rem(a, b, ctx)
    if qr is None:
        n = _invalid(ctx, _DIV_IMPOSSIBLE)
        return (n, n)
    return (_finalize(qr[0], qr[1], 0, ctx), _finalize(qr[2], qr[3], qr[4], ctx))


def _remainder_near(a, b, ctx):
    r = _check_nans(a, b, ctx)
    if r is not None:
        return r
    if a._kind == _INF:
        return _invalid(ctx)
    if b._kind == _INF:
        return _fin(a, ctx)
    if b._coef == 0:
        if a._coef == 0:
            return _invalid(ctx, _DIV_UNDEFINED)
        return _invalid(ctx)
    e = min(a._exp, b._exp)
    if a._coef == 0 or _adjusted(a) < _adjusted(b) - 1:
        return _finalize(a._sign, a._coef * 10 ** (a._exp - e), e, ctx)
    if _adjusted(a) - _adjusted(b) > ctx._prec:
        return _invalid(ctx, _DIV_IMPOSSIBLE)
    x = a._coef * 10 ** (a._exp - e)
    y = b._coef * 10 ** (b._exp - e)
    q, rem = divmod(x, y)
    sign = a._sign
    if 2 * rem > y or 2 * rem == y and q & 1 == 1:
        rem = y - rem
        sign ^= 1
        q += 1
    if _ndigits(q) > ctx._prec:
        return _invalid(ctx, _DIV_IMPOSSIBLE)
    return _finalize(sign, rem, e, ctx)


def _fma(a, b, c, ctx):
    r = _check_nans(a, b, ctx)
    if r is not None and a._kind != _SNAN and b._kind != _SNAN and c._kind == _SNAN:
        r = None
    if a._kind == _SNAN or b._kind == _SNAN:
        return _check_nans(a, b, ctx)
    if c._kind == _SNAN:
        ctx._pending |= _INVALID
        return _fix_nan(c, ctx)
    if a._kind == _NAN or b._kind == _NAN:
        return _check_nans(a, b, ctx)
    sign = a._sign ^ b._sign
    if a._kind == _INF or b._kind == _INF:
        if (a._kind == _FINITE and a._coef == 0) or (b._kind == _FINITE and b._coef == 0):
            return _invalid(ctx)
        if c._kind == _NAN:
            return _fix_nan(c, ctx)
        if c._kind == _INF and c._sign != sign:
            return _invalid(ctx)
        return _make(sign, 0, 0, _INF)
    if c._kind == _NAN:
        return _fix_nan(c, ctx)
    if c._kind == _INF:
        return _make(c._sign, 0, 0, _INF)
    s, co, e = _add_exact(sign, a._coef * b._coef, a._exp + b._exp, c._sign, c._coef, c._exp, ctx)
    return _finalize(s, co, e, ctx)


# ---------------------------------------------------------------------------
# Comparison


def _cmp(a, b):
    """-1, 0 or 1 for non-NaN a and b."""
    if a._kind == _INF or b._kind == _INF:
        va = 0 if a._kind != _INF else (-1 if a._sign else 1)
        vb = 0 if b._kind != _INF else (-1 if b._sign else 1)
        if va != vb:
            return -1 if va < vb else 1
        if va != 0:
            return 0
        # Only one is infinite: it decides.
    if a._kind == _INF:
        return -1 if a._sign else 1
    if b._kind == _INF:
        return 1 if b._sign else -1
    if a._coef == 0 and b._coef == 0:
        return 0
    if a._coef == 0:
        return 1 if b._sign else -1
    if b._coef == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    aa = _adjusted(a)
    ab = _adjusted(b)
    if aa != ab:
        r = 1 if aa > ab else -1
    else:
        e = min(a._exp, b._exp)
        x = a._coef * 10 ** (a._exp - e)
        y = b._coef * 10 ** (b._exp - e)
        r = 0 if x == y else (1 if x > y else -1)
    return -r if a._sign else r


def _cmp_total(a, b):
    """The total order of compare_total (signs, then NaNs and infinities, then
    values, then exponents)."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    neg = a._sign
    rank_a = (0, 2, 3, 1)[a._kind]  # finite 0, inf 2, nan 3, snan 1
    rank_b = (0, 2, 3, 1)[b._kind]
    if rank_a != rank_b:
        r = 1 if rank_a > rank_b else -1
        return -r if neg else r
    if a._kind >= _NAN:
        r = 0 if a._coef == b._coef else (1 if a._coef > b._coef else -1)
        return -r if neg else r
    if a._kind == _INF:
        return 0
    c = _cmp(a, b)
    if c != 0:
        return c
    if a._exp == b._exp:
        return 0
    r = 1 if a._exp > b._exp else -1
    return -r if neg else r


def _rational(other):
    """(numerator, denominator) of a rational number that is not an int, or None."""
    num = getattr(other, "numerator", None)
    den = getattr(other, "denominator", None)
    if isinstance(num, int) and isinstance(den, int) and not isinstance(other, float):
        return num, den
    return None


def _compare_operand(self, other, ordering):
    """other as a Decimal for a comparison, a (Decimal, scale) pair for a
    rational, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _make(1 if other < 0 else 0, abs(other), 0)
    if isinstance(other, float):
        ctx = getcontext()
        ctx._pending |= _FLOAT
        if ordering:
            _done(ctx, None)
        else:
            s = ctx._pending
            ctx._pending = 0
            ctx._flags._bits |= s
        return _from_float(other)
    if isinstance(other, complex):
        if other.imag == 0.0 and not ordering:
            return _compare_operand(self, other.real, ordering)
        return NotImplemented
    return NotImplemented


def _compare(self, other, op):
    """The rich comparison `op` of a Decimal with a number."""
    rat = None
    if not isinstance(other, (Decimal, int, float, complex)):
        rat = _rational(other)
        if rat is None:
            return NotImplemented
    if rat is not None:
        a = self
        if a._kind == _FINITE:
            # Compare a * den with num exactly.
            num, den = rat
            a = _make(a._sign, a._coef * abs(den), a._exp)
            if den < 0:
                a = _make(a._sign ^ 1, a._coef, a._exp)
        b = _make(1 if rat[0] < 0 else 0, abs(rat[0]), 0)
        if self._kind != _FINITE:
            b = _make(1 if rat[0] * rat[1] < 0 else 0, 1, 0)
    else:
        b = _compare_operand(self, other, op not in ("==", "!="))
        if b is NotImplemented:
            return NotImplemented
        a = self
    if a._kind >= _NAN or b._kind >= _NAN:
        ctx = getcontext()
        if op in ("==", "!="):
            if a._kind == _SNAN or b._kind == _SNAN:
                ctx._pending |= _INVALID
                _done(ctx, None)
            return op == "!="
        ctx._pending |= _INVALID
        _done(ctx, None)
        return False
    c = _cmp(a, b)
    if op == "==":
        return c == 0
    if op == "!=":
        return c != 0
    if op == "<":
        return c < 0
    if op == "<=":
        return c <= 0
    if op == ">":
        return c > 0
    return c >= 0


# ---------------------------------------------------------------------------
# Text


def _sci(d, eng, capitals):
    """The specification's to-scientific-string / to-engineering-string."""
    sign = "-" if d._sign else ""
    if d._kind == _INF:
        return sign + "Infinity"
    if d._kind == _NAN:
        return sign + "NaN" + (str(d._coef) if d._coef else "")
    if d._kind == _SNAN:
        return sign + "sNaN" + (str(d._coef) if d._coef else "")
    digits = str(d._coef)
    n = len(digits)
    left = d._exp + n
    if d._exp <= 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif d._coef:
        dot = (left - 1) % 3 + 1
    else:
        dot = (left + 1) % 3 - 1
    if dot <= 0:
        body = "0." + "0" * -dot + digits
    elif dot >= n:
        body = digits + "0" * (dot - n)
    else:
        body = digits[:dot] + "." + digits[dot:]
    if left == dot:
        return sign + body
    e = left - dot
    return sign + body + ("E" if capitals else "e") + ("+" if e >= 0 else "-") + str(abs(e))


def _parse_spec(spec):
    """A format spec as a dict, or ValueError."""
    out = {"fill": " ", "align": None, "sign": "-", "z": False, "alt": False, "zero": False,
           "width": 0, "group": "", "prec": None, "type": None}
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in "<>=^":
        out["fill"] = spec[0]
        out["align"] = spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        out["align"] = spec[0]
        i = 1
    if i < n and spec[i] in "+- ":
        out["sign"] = spec[i]
        i += 1
    if i < n and spec[i] == "z":
        out["z"] = True
        i += 1
    if i < n and spec[i] == "#":
        # libmpdec has no alternate form.
        raise ValueError("invalid format string")
    if i < n and spec[i] == "0":
        # Zero padding is an alignment of its own: libmpdec refuses both.
        if out["align"] is not None:
            raise ValueError("invalid format string")
        out["zero"] = True
        i += 1
    j = i
    while j < n and spec[j].isdigit():
        j += 1
    if j > i:
        out["width"] = int(spec[i:j])
    i = j
    if i < n and spec[i] == ",":
        out["group"] = spec[i]
        i += 1
    if i < n and spec[i] == ".":
        j = i + 1
        while j < n and spec[j].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError("invalid format string")
        out["prec"] = int(spec[i + 1:j])
        i = j
    if i < n:
        if i != n - 1 or spec[i] not in "eEfFgGn%":
            raise ValueError("invalid format string")
        out["type"] = spec[i]
    if out["type"] == "n" and out["group"]:
        raise ValueError("invalid format string")
    if out["zero"] and out["align"] is None:
        out["fill"] = "0"
        out["align"] = "="
    if out["align"] is None:
        out["align"] = ">"
    return out


def _group(intpart, sep, min_width):
    """Digits zero-padded until they and their separators fill `min_width`,
    with `sep` between groups of three."""
    digits = intpart
    while len(digits) + (len(digits) - 1) // 3 * (1 if sep else 0) < min_width:
        digits = "0" + digits
    if not sep:
        return digits
    groups = []
    while len(digits) > 3:
        groups.append(digits[-3:])
        digits = digits[:-3]
    groups.append(digits)
    return sep.join(groups[::-1])


def _format(d, spec_text, ctx):
    spec = _parse_spec(spec_text)
    t = spec["type"]
    prec = spec["prec"]
    rounding = ctx._rounding
    sign = d._sign
    was_zero = d._kind == _FINITE and d._coef == 0
    if d._kind != _FINITE:
        body = _sci(_make(0, d._coef, 0, d._kind), False, 1)
        if t == "%":
            body += "%"
        if spec["zero"] and spec["fill"] == "0" and spec["align"] == "=":
            spec["fill"] = " "
            spec["align"] = ">"
    else:
        if t is None:
            t = "G" if ctx._capitals else "g"
            if prec is None:
                t = "s"
        if t == "%":
            d = _make(d._sign, d._coef, d._exp + 2)
        if prec is not None:
            if t in "eE":
                if d._coef:
                    n = _ndigits(d._coef)
                    d, _ = _rescale(d, d._exp + n - prec - 1, rounding, ctx)
                    if _ndigits(d._coef) > prec + 1:
                        d = _make(d._sign, d._coef // 10, d._exp + 1)
            elif t in "fF%":
                d, _ = _rescale(d, -prec, rounding, ctx)
            elif t in "gGn" or t == "s":
                p = prec if prec else 1
                n = _ndigits(d._coef)
                if n > p:
                    d, _ = _rescale(d, d._exp + n - p, rounding, ctx)
                    if _ndigits(d._coef) > p:
                        d = _make(d._sign, d._coef // 10, d._exp + 1)
        if d._coef == 0 and d._exp > 0 and t in "fF%":
            d = _make(d._sign, 0, 0)
        digits = str(d._coef)
        left = d._exp + len(digits)
        if t in "eE":
            dot = 1 - prec if d._coef == 0 and prec is not None else 1
        elif t in "fF%":
            dot = left
        else:
            dot = left if d._exp <= 0 and left > -6 else 1
        if dot < 0:
            intpart = "0"
            frac = "0" * -dot + digits
        elif dot > len(digits):
            intpart = digits + "0" * (dot - len(digits))
            frac = ""
        else:
            intpart = digits[:dot] or "0"
            frac = digits[dot:]
        e = left - dot
        if t in "eE" or e != 0 and t not in "fF%":
            expo = ("E" if t in "EG" or (t == "s" and ctx._capitals) else "e") + "%+d" % e
        else:
            expo = ""
        if t in "eE" and e == 0:
            expo = ("E" if t == "E" else "e") + "+0"
        if frac or spec["alt"]:
            frac = "." + frac
        if t == "%":
            expo = "%"
        # CPython 3.11 clears the sign of a zero after rounding, except for
        # 'F', where only a zero to begin with loses it.
        if spec["z"] and d._coef == 0 and (t != "F" or was_zero):
            sign = 0
        body = None
    if sign:
        sign_s = "-"
    elif spec["sign"] == "+":
        sign_s = "+"
    elif spec["sign"] == " ":
        sign_s = " "
    else:
        sign_s = ""
    width = spec["width"]
    if body is None:
        if spec["zero"]:
            min_int = width - len(sign_s) - len(frac) - len(expo)
            intpart = _group(intpart, spec["group"], max(min_int, 1))
        else:
            intpart = _group(intpart, spec["group"], 1)
        body = intpart + frac + expo
    pad = width - len(sign_s) - len(body)
    fill = spec["fill"]
    if pad <= 0:
        return sign_s + body
    align = spec["align"]
    if align == "<":
        return sign_s + body + fill * pad
    if align == ">":
        return fill * pad + sign_s + body
    if align == "=":
        return sign_s + fill * pad + body
    half = pad // 2
    return fill * half + sign_s + body + fill * (pad - half)


# ---------------------------------------------------------------------------
# Transcendental functions: fixed point with guard digits, widened until
# the rounding to the context is certain.

_LN10_CACHE = [0, 0]  # [digits, value scaled by 10**digits]


def _atanh_inv(n, scale):
    """atanh(1/n) * scale, for an integer n > 1 (within a few units)."""
    total = 0
    n2 = n * n
    power = scale // n
    k = 1
    while power:
        total += power // k
        power //= n2
        k += 2
    return total


def _ln10(digits):
    """ln(10) scaled by 10**digits (within one unit)."""
    if _LN10_CACHE[0] >= digits:
        return _LN10_CACHE[1] // 10 ** (_LN10_CACHE[0] - digits)
    p = digits + 10
    scale = 10 ** p
    # ln 10 = 3 ln 2 + ln(5/4); ln 2 = 2 atanh(1/3), ln(5/4) = 2 atanh(1/9).
    v = 6 * _atanh_inv(3, scale) + 2 * _atanh_inv(9, scale)
    _LN10_CACHE[0] = p
    _LN10_CACHE[1] = v
    return v // 10 ** 10


def _exp_fixed(z, p):
    """exp(z / 10**p) as (M, E) with M * 10**E within a few units of M's
    last digit; M has about p digits."""
    g = 12
    q = p + g
    zq = z * 10 ** g
    ln10 = _ln10(q + len(str(abs(z))) + 2)
    ln10q = ln10 // 10 ** (len(str(abs(z))) + 2)
    k = zq // ln10q
    r = zq - k * ln10 // 10 ** (len(str(abs(z))) + 2)
    # r in [0, ln 10): halve it s times, sum the series, square s times.
    s = 0
    scale = 10 ** q
    while r > scale // 256 and s < 400:
        r //= 2
        s += 1
    extra = s * 31 // 100 + 5
    scale2 = 10 ** (q + extra)
    rr = r * 10 ** extra
    term = scale2
    total = scale2
    i = 1
    while term:
        term = term * rr // (scale2 * i)
        total += term
        i += 1
    for _ in range(s):
        total = total * total // scale2
    return total // 10 ** (extra + g), k - p


def _ln_fixed(c, e, p):
    """ln(c * 10**e) (c > 0) scaled by 10**p, within a few units."""
    n = _ndigits(c)
    g = 12
    q = p + g
    scale = 10 ** q
    # m = c / 10**(n-1) in [1, 10): ln x = ln m + (e + n - 1) ln 10.
    m = c * scale // 10 ** (n - 1) if n - 1 <= q + n else 0
    if n - 1 > q:
        m = c // 10 ** (n - 1 - q)
    # Take square roots until m is within 1% of 1, then atanh.
    s = 0
    while m > scale + scale // 100:
        m = math.isqrt(m * scale)
        s += 1
    t = (m - scale) * scale // (m + scale)
    t2 = t * t // scale
    total = 0
    term = t
    k = 1
    while term:
        total += term // k
        term = term * t2 // scale
        k += 2
    lnm = 2 * total * 2 ** s
    k10 = e + n - 1
    ln10 = _ln10(q + len(str(abs(k10))) + 1)
    v = lnm + k10 * ln10 // 10 ** (len(str(abs(k10))) + 1)
    return v // 10 ** g


def _round_certain(sign, m, e, err, ctx, rounding):
    """Rounds the value m * 10**e known within err units to the context, or
    None when m - err and m + err round differently."""
    saved = ctx._pending
    lo = _finalize(sign, m - err, e, ctx, rounding)
    hi = _finalize(sign, m + err, e, ctx, rounding)
    ctx._pending = saved
    if lo._kind != hi._kind or lo._coef != hi._coef or lo._exp != hi._exp:
        return None
    m = _sticky(sign, m, e, True)
    return _finalize(sign, m, e, ctx, rounding)


def _inexact(ctx):
    """Marks a result computed only approximately: Inexact, and Underflow
    when it came out subnormal."""
    ctx._pending |= _INEXACT | _ROUNDED
    if ctx._pending & _SUBNORMAL:
        ctx._pending |= _UNDERFLOW


def _exp(a, ctx):
    r = _check_nans(a, None, ctx)
    if r is not None:
        return r
    if a._kind == _INF:
        return _make(0, 0, 0) if a._sign else _make(0, 0, 0, _INF)
    if a._coef == 0:
        return _make(0, 1, 0)
    prec = ctx._prec
    adj = _adjusted(a)
    # Far out of range: exp overflows or underflows whatever the digits.
    limit = len(str(max(ctx._Emax, -ctx.Etiny()))) + 1
    if adj >= limit:
        if a._sign:
            return _finalize(0, 1, ctx.Etiny() - 2, ctx, ROUND_HALF_EVEN)
        return _finalize(0, 1, ctx._Emax + 1, ctx, ROUND_HALF_EVEN)
    if adj < -(prec + 3):
        # exp(x) = 1 + x + ...: the rounding sees 1 with a sticky x.
        if a._sign:
            return _finalize(0, 10 ** (prec + 2) - 1, -(prec + 2), ctx, ROUND_HALF_EVEN)
        return _finalize(0, 10 ** (prec + 2) + 1, -(prec + 2), ctx, ROUND_HALF_EVEN)
    extra = 6
    while True:
        p = prec + extra + max(adj + 1, 0) + len(str(abs(adj)))
        if a._exp + p >= 0:
            z = a._coef * 10 ** (a._exp + p)
        else:
            z = a._coef // 10 ** (-(a._exp + p))
        if a._sign:
            z = -z
        m, e = _exp_fixed(z, p)
        res = _round_certain(0, m, e, 4, ctx, ROUND_HALF_EVEN)
        if res is not None:
            _inexact(ctx)
            return res
        extra *= 2


def _log_common(a, ctx, base10):
    r = _check_nans(a, None, ctx)
    if r is not None:
        return r
    if a._kind == _FINITE and a._coef == 0:
        return _make(1, 0, 0, _INF)
    if a._sign:
        return _invalid(ctx)
    if a._kind == _INF:
        return _make(0, 0, 0, _INF)
    if not base10 and _cmp(a, _make(0, 1, 0)) == 0:
        return _make(0, 0, 0)
    if base10:
        c = a._coef
        z = 0
        while c % 10 == 0:
            c //= 10
            z += 1
        if c == 1:
            k = a._exp + z
            return _finalize(1 if k < 0 else 0, abs(k), 0, ctx)
    prec = ctx._prec
    extra = 6
    while True:
        # Enough digits after the point for prec significant ones, even
        # when the logarithm is near zero (the argument near 1).
        n = _ndigits(a._coef)
        near = 0
        c10 = a._coef * 10 ** (a._exp + n - 1) if a._exp + n - 1 >= 0 else 0
        if _adjusted(a) == 0 or _adjusted(a) == -1:
            # |x - 1| decides how small the logarithm is.
            e = min(a._exp, 0)
            diff = abs(a._coef * 10 ** (a._exp - e) - 10 ** -e)
            if diff:
                near = -(e + _ndigits(diff)) + 1
        p = prec + extra + max(near, 0)
        v = _ln_fixed(a._coef, a._exp, p + 2)
        if base10:
            v = v * 10 ** (p + 2) // _ln10(p + 2)
        sign = 1 if v < 0 else 0
        res = _round_certain(sign, abs(v), -(p + 2), 8, ctx, ROUND_HALF_EVEN)
        if res is not None:
            _inexact(ctx)
            return res
        extra *= 2
        if extra > 4 * prec + 200:
            _inexact(ctx)
            return _finalize(sign, abs(v), -(p + 2), ctx, ROUND_HALF_EVEN)


def _sqrt(a, ctx):
    r = _check_nans(a, None, ctx)
    if r is not None:
        return r
    if a._kind == _INF:
        if a._sign:
            return _invalid(ctx)
        return _make(0, 0, 0, _INF)
    ideal = a._exp // 2
    if a._coef == 0:
        return _finalize(a._sign, 0, ideal, ctx)
    if a._sign:
        return _invalid(ctx)
    prec = ctx._prec
    c = a._coef
    e = a._exp
    if e & 1:
        c *= 10
        e -= 1
    n = _ndigits(c)
    k = prec + 1 - (n + 1) // 2
    if k < 0:
        k = 0
    c2 = c * 10 ** (2 * k)
    root = math.isqrt(c2)
    exp = e // 2 - k
    if root * root != c2:
        root = _sticky(0, root, exp, True)
    else:
        while exp < ideal and root % 10 == 0:
            root //= 10
            exp += 1
    return _finalize(0, root, exp, ctx, ROUND_HALF_EVEN)


def _is_integral(d):
    if d._kind != _FINITE or d._exp >= 0 or d._coef == 0:
        return d._kind == _FINITE
    # A fraction part longer than the coefficient cannot be all zeros.
    return -d._exp < _ndigits(d._coef) and d._coef % 10 ** -d._exp == 0


def _is_odd(d):
    """Whether the integral `d` is odd (without building a huge integer)."""
    if d._exp > 0:
        return False
    return (d._coef // 10 ** -d._exp) & 1 == 1


def _int_value(d):
    if d._exp >= 0:
        return d._coef * 10 ** d._exp
    return d._coef // 10 ** -d._exp


def _pow(a, b, ctx):
    """a ** b as CPython's libmpdec computes it: powers of one and certain
    overflows and underflows first, then integral powers by repeated
    multiplication at a few more digits, other powers as exp(b * ln a)."""
    r = _check_nans(a, b, ctx)
    if r is not None:
        return r
    b_integral = _is_integral(b)
    sign = 1 if b_integral and a._sign and _is_odd(b) else 0
    if a._kind == _FINITE and a._coef == 0:
        if b._kind == _FINITE and b._coef == 0:
            return _invalid(ctx)
        if b._sign:
            return _make(sign, 0, 0, _INF)
        return _make(sign, 0, 0)
    if a._sign and not b_integral:
        return _invalid(ctx)
    if b._kind == _INF:
        c = _cmp(a, _ONE)
        if c == 0:
            ctx._pending |= _INEXACT | _ROUNDED
            return _make(sign, 10 ** (ctx._prec - 1), -(ctx._prec - 1))
        if (c < 0) != (b._sign == 1):
            return _make(sign, 0, 0)
        return _make(sign, 0, 0, _INF)
    if a._kind == _INF:
        if b._coef == 0:
            return _make(sign, 1, 0)
        if b._sign:
            return _make(sign, 0, 0)
        return _make(sign, 0, 0, _INF)
    if b._coef == 0:
        return _make(sign, 1, 0)
    if _adjusted(a) == 0 and a._coef == 10 ** (_ndigits(a._coef) - 1):
        return _pow_of_one(a, b, b_integral, sign, ctx)
    r = _pow_bounds(a, b, sign, ctx)
    if r is not None:
        return r
    if b_integral:
        return _pow_int(a, b, sign, ctx)
    return _pow_real(a, b, ctx)


# The exponent libmpdec gives a result known to overflow.
_EXP_INF = 2 * MAX_EMAX + 1


def _pow_of_one(a, b, integral, sign, ctx):
    """Plus or minus one (with any trailing zeros) to a power: exact for an
    integral power, its zeros multiplied (up to the precision)."""
    if integral:
        if b._sign:
            return _make(sign, 1, 0)
        shift = _int_value(b) * -a._exp if _adjusted(b) < 40 else ctx._prec
        if shift > ctx._prec - 1:
            shift = ctx._prec - 1
            ctx._pending |= _ROUNDED
        return _make(sign, 10 ** shift, -shift)
    ctx._pending |= _INEXACT | _ROUNDED
    return _make(sign, 10 ** (ctx._prec - 1), -(ctx._prec - 1))


def _exp_digits(n):
    return len(str(abs(n)))


def _pow_bounds(a, b, sign, ctx):
    """The result when a ** b certainly overflows or underflows, from lower
    bounds of log10(|log10 |a||) and log10(|b|), or None."""
    t = _adjusted(a)
    if t > 0:
        zeta = _exp_digits(t) - 1
    elif t < -1:
        zeta = _exp_digits(t + 1) - 1
    else:
        e = min(a._exp, 0)
        diff = abs(a._coef * 10 ** (a._exp - e) - 10 ** -e)
        u = e + _ndigits(diff) - 1
        zeta = u - 2 if t == 0 else u - 1
    theta = _adjusted(b)
    if ((1 if t < 0 else 0) ^ b._sign) == 0:
        if _exp_digits(ctx._Emax) < zeta + theta:
            return _finalize(sign, 1, _EXP_INF, ctx)
    elif _exp_digits(ctx.Etiny()) < zeta + theta:
        return _finalize(sign, 1, ctx.Etiny() - 1, ctx)
    return None


def _work_context(ctx, prec, unbounded):
    """A context for intermediate results: `prec` digits, half-even."""
    w = ctx.copy()
    w._prec = prec
    w._rounding = ROUND_HALF_EVEN
    w._clamp = 0
    w._pending = 0
    if unbounded:
        w._Emax = MAX_EMAX
        w._Emin = MIN_EMIN
    return w


def _pow_int(a, b, sign, ctx):
    """An integral power: the reciprocal first for a negative one, then
    square-and-multiply, each product rounded at a few more digits than
    the context's (stopping at an infinity or a zero that underflowed),
    then rounded to the context."""
    w = _work_context(ctx, ctx._prec + _ndigits(b._coef) + b._exp + 2, False)
    base = _make(0, a._coef, a._exp)
    if b._sign:
        w._prec += 1
        base = _div(_ONE, base, w)
        ctx._pending |= w._pending
        w._pending = 0
    n = _int_value(b)
    if n < 2 ** 64:
        r = base
        bit = 1 << (n.bit_length() - 1)
        bit >>= 1
        while bit:
            r = _mul(r, r, w)
            if n & bit:
                r = _mul(r, base, w)
            if r._kind != _FINITE or r._coef == 0 and w._pending & _CLAMPED:
                break
            bit >>= 1
    else:
        r = _ONE
        while n:
            if n & 1:
                r = _mul(r, base, w)
                if r._kind != _FINITE or r._coef == 0 and w._pending & _CLAMPED:
                    break
            base = _mul(base, base, w)
            n >>= 1
    ctx._pending |= w._pending
    if r._kind == _INF:
        return _finalize(sign, 1, _EXP_INF, ctx)
    return _finalize(sign, r._coef, r._exp, ctx)


def _pow_real(a, b, ctx):
    """exp(b * ln a) for a positive `a`, each step correctly rounded at the
    precision plus 23 digits, then rounded to the context."""
    w = _work_context(ctx, max(_ndigits(a._coef), ctx._prec) + 23, True)
    r = _log_common(a, w, False)
    r = _mul(r, b, w)
    w._pending = 0
    r = _exp(r, w)
    ctx._pending |= w._pending | _INEXACT | _ROUNDED
    if r._kind == _INF:
        return _finalize(0, 1, _EXP_INF, ctx)
    if _cmp(r, _ONE) == 0:
        return _make(0, 10 ** (ctx._prec - 1), -(ctx._prec - 1))
    return _finalize(0, r._coef, r._exp, ctx)


# ---------------------------------------------------------------------------
# Decimal


class Decimal:
    """A decimal number: exact when made, rounded by the context in arithmetic."""

    __pyaot_tp_name__ = "decimal.Decimal"
    __slots__ = ("_sign", "_coef", "_exp", "_kind")

    def __new__(cls, value="0", context=None):
        if context is None:
            ctx = getcontext()
        elif isinstance(context, Context):
            ctx = context
        else:
            raise TypeError("optional argument must be a context")
        if isinstance(value, str):
            d = _done(ctx, _from_str(value, ctx, False))
        elif isinstance(value, Decimal):
            d = value
        elif isinstance(value, int):
            d = _make(1 if value < 0 else 0, abs(value), 0)
        elif isinstance(value, float):
            ctx._pending |= _FLOAT
            d = _done(ctx, _from_float(value))
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported" % _name(value))
        if cls is Decimal and type(d) is Decimal:
            return d
        self = object.__new__(cls)
        self._sign = d._sign
        self._coef = d._coef
        self._exp = d._exp
        self._kind = d._kind
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _make(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        if cls is Decimal:
            return d
        return cls(d)

    # -- conversions --

    def __str__(self, eng=False, context=None):
        ctx = _ctx(context)
        return _sci(self, eng, ctx._capitals)

    def __repr__(self):
        return "Decimal('" + _sci(self, False, getcontext()._capitals) + "')"

    def to_eng_string(self, context=None):
        ctx = _ctx(context)
        return _sci(self, True, ctx._capitals)

    def __format__(self, spec, override=None):
        return _format(self, spec, getcontext())

    def __float__(self):
        if self._kind == _NAN:
            return -math.nan if self._sign else math.nan
        if self._kind == _SNAN:
            raise ValueError("cannot convert signaling NaN to float")
        return float(_sci(self, False, 1))

    def __int__(self):
        if self._kind >= _NAN:
            raise ValueError("cannot convert NaN to integer")
        if self._kind == _INF:
            raise OverflowError("cannot convert Infinity to integer")
        v = _int_value(self)
        return -v if self._sign else v

    __trunc__ = __int__

    def __bool__(self):
        return self._kind != _FINITE or self._coef != 0

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @real.setter
    def real(self, value):
        raise AttributeError("attribute 'real' of 'decimal.Decimal' objects is not writable")

    @property
    def imag(self):
        return Decimal(0)

    @imag.setter
    def imag(self, value):
        raise AttributeError("attribute 'imag' of 'decimal.Decimal' objects is not writable")

    def conjugate(self):
        return self

    def as_tuple(self):
        digits = tuple(int(ch) for ch in str(self._coef)) if self._coef or self._kind == _FINITE else ()
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), "F")
        if self._kind == _NAN:
            return DecimalTuple(self._sign, digits, "n")
        if self._kind == _SNAN:
            return DecimalTuple(self._sign, digits, "N")
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._kind == _INF:
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._kind >= _NAN:
            raise ValueError("cannot convert NaN to integer ratio")
        if self._coef == 0:
            return (0, 1)
        if self._exp >= 0:
            n = self._coef * 10 ** self._exp
            d = 1
        else:
            n = self._coef
            d = 10 ** -self._exp
            g = math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n, d)

    def __hash__(self):
        if self._kind == _SNAN:
            raise TypeError("Cannot hash a signaling NaN value")
        if self._kind == _NAN:
            return object.__hash__(self)
        if self._kind == _INF:
            return -314159 if self._sign else 314159
        if self._exp >= 0:
            eh = pow(10, self._exp, _HASH_MODULUS)
        else:
            eh = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = self._coef * eh % _HASH_MODULUS
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()

    # -- comparisons --

    def __eq__(self, other):
        return _compare(self, other, "==")

    def __ne__(self, other):
        return _compare(self, other, "!=")

    def __lt__(self, other):
        return _compare(self, other, "<")

    def __le__(self, other):
        return _compare(self, other, "<=")

    def __gt__(self, other):
        return _compare(self, other, ">")

    def __ge__(self, other):
        return _compare(self, other, ">=")

    def compare(self, other, context=None):
        ctx = _ctx(context)
        other = _operand(other)
        r = _check_nans(self, other, ctx)
        if r is not None:
            return _done(ctx, r)
        return Decimal(_cmp(self, other))

    def compare_signal(self, other, context=None):
        ctx = _ctx(context)
        other = _operand(other)
        if self._kind >= _NAN or other._kind >= _NAN:
            ctx._pending |= _INVALID
            r = _check_nans(self, other, ctx)
            return _done(ctx, r)
        return Decimal(_cmp(self, other))

    def compare_total(self, other, context=None):
        other = _operand(other)
        return Decimal(_cmp_total(self, other))

    def compare_total_mag(self, other, context=None):
        other = _operand(other)
        return Decimal(_cmp_total(self.copy_abs(), other.copy_abs()))

    def _minmax(self, other, ctx, want_max, mag):
        other = _operand(other)
        a = self
        b = other
        # A quiet NaN loses to a number.
        if a._kind == _NAN and b._kind < _NAN:
            return _done(ctx, _fin(b, ctx))
        if b._kind == _NAN and a._kind < _NAN:
            return _done(ctx, _fin(a, ctx))
        r = _check_nans(a, b, ctx)
        if r is not None:
            return _done(ctx, r)
        if mag:
            c = _cmp(a.copy_abs(), b.copy_abs())
            if c == 0:
                c = _cmp(a, b)
        else:
            c = _cmp(a, b)
        if c == 0:
            c = _cmp_total(a, b)
        pick = a if (c > 0) == want_max else b
        if c == 0:
            pick = a
        return _done(ctx, _fin(pick, ctx))

    def max(self, other, context=None):
        return self._minmax(other, _ctx(context), True, False)

    def min(self, other, context=None):
        return self._minmax(other, _ctx(context), False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, _ctx(context), True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, _ctx(context), False, True)

    # -- arithmetic --

    def __add__(self, other, context=None):
        return _binary(self, other, context, _add, False)

    def __radd__(self, other, context=None):
        return _binary(self, other, context, _add, True)

    def __sub__(self, other, context=None):
        return _binary(self, other, context, _sub, False)

    def __rsub__(self, other, context=None):
        return _binary(self, other, context, _sub, True)

    def __mul__(self, other, context=None):
        return _binary(self, other, context, _mul, False)

    def __rmul__(self, other, context=None):
        return _binary(self, other, context, _mul, True)

    def __truediv__(self, other, context=None):
        return _binary(self, other, context, _div, False)

    def __rtruediv__(self, other, context=None):
        return _binary(self, other, context, _div, True)

    def __floordiv__(self, other, context=None):
        return _binary(self, other, context, _floordiv, False)

    def __rfloordiv__(self, other, context=None):
        return _binary(self, other, context, _floordiv, True)

    def __mod__(self, other, context=None):
        return _binary(self, other, context, _mod, False)

    def __rmod__(self, other, context=None):
        return _binary(self, other, context, _mod, True)

    def __divmod__(self, other, context=None):
        return _binary(self, other, context, _divmod, False)

    def __rdivmod__(self, other, context=None):
        return _binary(self, other, context, _divmod, True)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        if modulo is not None:
            return _done(ctx, _pow_mod(self, other, _operand(modulo), ctx))
        return _done(ctx, _pow(self, other, ctx))

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    def __neg__(self, context=None):
        ctx = _ctx(context)
        r = _check_nans(self, None, ctx)
        if r is not None:
            return _done(ctx, r)
        if self._kind == _INF:
            return _make(self._sign ^ 1, 0, 0, _INF)
        if self._coef == 0:
            # 0 - x: a zero's negation is -0 only from +0 when rounding to floor.
            sign = 1 if ctx._rounding == ROUND_FLOOR and self._sign == 0 else 0
        else:
            sign = self._sign ^ 1
        return _done(ctx, _finalize(sign, self._coef, self._exp, ctx))

    def __pos__(self, context=None):
        ctx = _ctx(context)
        r = _check_nans(self, None, ctx)
        if r is not None:
            return _done(ctx, r)
        if self._kind == _INF:
            return self
        if self._coef == 0:
            # 0 + x: -0 only from -0 when rounding to floor.
            sign = 1 if ctx._rounding == ROUND_FLOOR and self._sign == 1 else 0
        else:
            sign = self._sign
        return _done(ctx, _finalize(sign, self._coef, self._exp, ctx))

    def __abs__(self, round=True, context=None):
        ctx = _ctx(context)
        r = _check_nans(self, None, ctx)
        if r is not None:
            return _done(ctx, r)
        if self._kind == _INF:
            return _make(0, 0, 0, _INF)
        return _done(ctx, _finalize(0, self._coef, self._exp, ctx))

    def fma(self, other, third, context=None):
        ctx = _ctx(context)
        return _done(ctx, _fma(self, _operand(other), _operand(third), ctx))

    def remainder_near(self, other, context=None):
        ctx = _ctx(context)
        return _done(ctx, _remainder_near(self, _operand(other), ctx))

    def sqrt(self, context=None):
        ctx = _ctx(context)
        return _done(ctx, _sqrt(self, ctx))

    def exp(self, context=None):
        ctx = _ctx(context)
        return _done(ctx, _exp(self, ctx))

    def ln(self, context=None):
        ctx = _ctx(context)
        return _done(ctx, _log_common(self, ctx, False))

    def log10(self, context=None):
        ctx = _ctx(context)
        return _done(ctx, _log_common(self, ctx, True))

    def logb(self, context=None):
        ctx = _ctx(context)
        r = _check_nans(self, None, ctx)
        if r is not None:
            return _done(ctx, r)
        if self._kind == _INF:
            return _make(0, 0, 0, _INF)
        if self._coef == 0:
            ctx._pending |= _DIV_ZERO
            return _done(ctx, _make(1, 0, 0, _INF))
        a = _adjusted(self)
        return _done(ctx, _finalize(1 if a < 0 else 0, abs(a), 0, ctx))

    def scaleb(self, other, context=None):
        ctx = _ctx(context)
        other = _operand(other)
        r = _check_nans(self, other, ctx)
        if r is not None:
            return _done(ctx, r)
        if other._kind != _FINITE or other._exp != 0:
            return _done(ctx, _invalid(ctx))
        n = -other._coef if other._sign else other._coef
        limit = 2 * (ctx._Emax + ctx._prec)
        if abs(n) > limit:
            return _done(ctx, _invalid(ctx))
        if self._kind == _INF:
            return self
        return _done(ctx, _finalize(self._sign, self._coef, self._exp + n, ctx))

    # -- rounding to an exponent --

    def quantize(self, exp, rounding=None, context=None):
        ctx = _ctx(context)
        exp = _operand(exp)
        rnd = ctx._rounding if rounding is None else _check_rounding(rounding)
        r = _check_nans(self, exp, ctx)
        if r is not None:
            return _done(ctx, r)
        if self._kind == _INF or exp._kind == _INF:
            if self._kind == _INF and exp._kind == _INF:
                return _make(self._sign, 0, 0, _INF)
            return _done(ctx, _invalid(ctx))
        e = exp._exp
        if not ctx.Etiny() <= e <= ctx._Emax:
            return _done(ctx, _invalid(ctx))
        if self._coef == 0:
            return _done(ctx, _finalize(self._sign, 0, e, ctx))
        if _adjusted(self) - e + 1 > ctx._prec and e > self._exp or \
                self._exp > e and _ndigits(self._coef) + self._exp - e > ctx._prec:
            return _done(ctx, _invalid(ctx))
        d, inexact = _rescale(self, e, rnd, ctx)
        if d._coef and _ndigits(d._coef) > ctx._prec:
            return _done(ctx, _invalid(ctx))
        if d._coef and _adjusted(d) > ctx._Emax:
            return _done(ctx, _invalid(ctx))
        if e > self._exp:
            ctx._pending |= _ROUNDED
            if inexact:
                ctx._pending |= _INEXACT
        if d._coef and _adjusted(d) < ctx._Emin:
            ctx._pending |= _SUBNORMAL
        if ctx._clamp and d._exp > ctx.Etop():
            d = _make(d._sign, d._coef * 10 ** (d._exp - ctx.Etop()), ctx.Etop())
            ctx._pending |= _CLAMPED
        return _done(ctx, d)

    def same_quantum(self, other, context=None):
        other = _operand(other)
        if self._kind >= _NAN or other._kind >= _NAN:
            return self._kind >= _NAN and other._kind >= _NAN
        if self._kind == _INF or other._kind == _INF:
            return self._kind == _INF and other._kind == _INF
        return self._exp == other._exp

    def _integral(self, rounding, context, exact):
        ctx = _ctx(context)
        rnd = ctx._rounding if rounding is None else _check_rounding(rounding)
        r = _check_nans(self, None, ctx)
        if r is not None:
            return _done(ctx, r)
        if self._kind == _INF or self._exp >= 0:
            return self
        if self._coef == 0:
            return _make(self._sign, 0, 0)
        d, inexact = _rescale(self, 0, rnd, ctx)
        if exact:
            ctx._pending |= _ROUNDED
            if inexact:
                ctx._pending |= _INEXACT
        return _done(ctx, d)

    def to_integral_value(self, rounding=None, context=None):
        return self._integral(rounding, context, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self._integral(rounding, context, True)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("optional arg must be an integer")
            return self.quantize(_make(0, 1, -n))
        if self._kind >= _NAN:
            raise ValueError("cannot convert NaN to integer")
        if self._kind == _INF:
            raise OverflowError("cannot convert Infinity to integer")
        d, _ = _rescale(self, 0, ROUND_HALF_EVEN, getcontext())
        return -d._coef if d._sign else d._coef

    def __floor__(self):
        if self._kind >= _NAN:
            raise ValueError("cannot convert NaN to integer")
        if self._kind == _INF:
            raise OverflowError("cannot convert Infinity to integer")
        d, _ = _rescale(self, 0, ROUND_FLOOR, getcontext())
        return -d._coef if d._sign else d._coef

    def __ceil__(self):
        if self._kind >= _NAN:
            raise ValueError("cannot convert NaN to integer")
        if self._kind == _INF:
            raise OverflowError("cannot convert Infinity to integer")
        d, _ = _rescale(self, 0, ROUND_CEILING, getcontext())
        return -d._coef if d._sign else d._coef

    def normalize(self, context=None):
        ctx = _ctx(context)
        r = _check_nans(self, None, ctx)
        if r is not None:
            return _done(ctx, r)
        if self._kind == _INF:
            return self
        d = _finalize(self._sign, self._coef, self._exp, ctx)
        if d._kind != _FINITE:
            return _done(ctx, d)
        if d._coef == 0:
            return _done(ctx, _make(d._sign, 0, 0))
        c = d._coef
        e = d._exp
        top = ctx.Etop() if ctx._clamp else ctx._Emax
        while c % 10 == 0 and e < top:
            c //= 10
            e += 1
        return _done(ctx, _make(d._sign, c, e))

    reduce = normalize

    # -- neighbours --

    def _next(self, ctx, up):
        r = _check_nans(self, None, ctx)
        if r is not None:
            return r
        if self._kind == _INF:
            if (self._sign == 0) == up:
                return self
            return _make(self._sign, 10 ** ctx._prec - 1, ctx.Etop())
        saved = ctx._pending
        etiny = ctx.Etiny()
        if self._coef == 0:
            return _make(0 if up else 1, 1, etiny)
        # The value nudged by less than any unit, rounded outwards.
        t = _adjusted(self) - ctx._prec - 2
        if t >= self._exp:
            t = self._exp - 1
        if t < etiny - 2 and self._exp >= etiny - 2:
            t = etiny - 2
        c = self._coef * 10 ** (self._exp - t)
        signed = (-c if self._sign else c) + (1 if up else -1)
        res = _finalize(1 if signed < 0 else 0, abs(signed), t, ctx, ROUND_CEILING if up else ROUND_FLOOR)
        ctx._pending = saved
        return res

    def next_plus(self, context=None):
        ctx = _ctx(context)
        return _done(ctx, self._next(ctx, True))

    def next_minus(self, context=None):
        ctx = _ctx(context)
        return _done(ctx, self._next(ctx, False))

    def next_toward(self, other, context=None):
        ctx = _ctx(context)
        other = _operand(other)
        r = _check_nans(self, other, ctx)
        if r is not None:
            return _done(ctx, r)
        c = _cmp(self, other)
        if c == 0:
            return _done(ctx, _make(other._sign, self._coef, self._exp, self._kind))
        res = self._next(ctx, c < 0)
        if res._kind == _INF:
            ctx._pending |= _OVERFLOW | _INEXACT | _ROUNDED
        elif res._kind == _FINITE and _adjusted(res) < ctx._Emin:
            ctx._pending |= _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
            if res._coef == 0:
                ctx._pending |= _CLAMPED
        return _done(ctx, res)

    # -- predicates and classification --

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_finite(self):
        return self._kind == _FINITE

    def is_infinite(self):
        return self._kind == _INF

    def is_nan(self):
        return self._kind >= _NAN

    def is_qnan(self):
        return self._kind == _NAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == _FINITE and self._coef == 0

    def is_normal(self, context=None):
        ctx = _ctx(context)
        return self._kind == _FINITE and self._coef != 0 and _adjusted(self) >= ctx._Emin

    def is_subnormal(self, context=None):
        ctx = _ctx(context)
        return self._kind == _FINITE and self._coef != 0 and _adjusted(self) < ctx._Emin

    def number_class(self, context=None):
        ctx = _ctx(context)
        if self._kind == _SNAN:
            return "sNaN"
        if self._kind == _NAN:
            return "NaN"
        sign = "-" if self._sign else "+"
        if self._kind == _INF:
            return sign + "Infinity"
        if self._coef == 0:
            return sign + "Zero"
        if _adjusted(self) < ctx._Emin:
            return sign + "Subnormal"
        return sign + "Normal"

    def adjusted(self):
        if self._kind != _FINITE:
            return 0
        return _adjusted(self)

    def radix(self):
        return Decimal(10)

    # -- sign manipulation --

    def copy_abs(self):
        return _make(0, self._coef, self._exp, self._kind)

    def copy_negate(self):
        return _make(self._sign ^ 1, self._coef, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _operand(other)
        return _make(other._sign, self._coef, self._exp, self._kind)

    # -- digit-wise operations --

    def _logical_digits(self, ctx):
        if self._kind != _FINITE or self._sign or self._exp != 0:
            return None
        s = str(self._coef)
        if any(ch not in "01" for ch in s) or len(s) > ctx._prec:
            return None
        return s.rjust(ctx._prec, "0")

    def _logical(self, other, ctx, op):
        a = self._logical_digits(ctx)
        b = other._logical_digits(ctx) if other is not None else "1" * ctx._prec
        if a is None or b is None:
            return _done(ctx, _invalid(ctx))
        out = []
        for x, y in zip(a, b):
            if op == "and":
                out.append("1" if x == "1" and y == "1" else "0")
            elif op == "or":
                out.append("1" if x == "1" or y == "1" else "0")
            elif op == "xor":
                out.append("1" if x != y else "0")
            else:
                out.append("0" if x == "1" else "1")
        return _make(0, int("".join(out)), 0)

    def logical_and(self, other, context=None):
        return self._logical(_operand(other), _ctx(context), "and")

    def logical_or(self, other, context=None):
        return self._logical(_operand(other), _ctx(context), "or")

    def logical_xor(self, other, context=None):
        return self._logical(_operand(other), _ctx(context), "xor")

    def logical_invert(self, context=None):
        return self._logical(None, _ctx(context), "invert")

    def _shift_amount(self, other, ctx):
        if other._kind != _FINITE or other._exp != 0 or other._coef > ctx._prec:
            return None
        return -other._coef if other._sign else other._coef

    def rotate(self, other, context=None):
        ctx = _ctx(context)
        other = _operand(other)
        r = _check_nans(self, other, ctx)
        if r is not None:
            return _done(ctx, r)
        n = self._shift_amount(other, ctx)
        if n is None:
            return _done(ctx, _invalid(ctx))
        if self._kind == _INF:
            return self
        prec = ctx._prec
        digits = str(self._coef % 10 ** prec).rjust(prec, "0")
        n %= prec
        rotated = digits[n:] + digits[:n]
        return _make(self._sign, int(rotated), self._exp)

    def shift(self, other, context=None):
        ctx = _ctx(context)
        other = _operand(other)
        r = _check_nans(self, other, ctx)
        if r is not None:
            return _done(ctx, r)
        n = self._shift_amount(other, ctx)
        if n is None:
            return _done(ctx, _invalid(ctx))
        if self._kind == _INF:
            return self
        prec = ctx._prec
        c = self._coef % 10 ** prec
        if n >= 0:
            c = c * 10 ** n % 10 ** prec
        else:
            c //= 10 ** -n
        return _make(self._sign, c, self._exp)


def _binary(a, other, context, op, reflected):
    """A binary operator: `op` on a Decimal and a Decimal or int, in the context."""
    other = _convert(other)
    if other is NotImplemented:
        return other
    ctx = _ctx(context)
    if reflected:
        return _done(ctx, op(other, a, ctx))
    return _done(ctx, op(a, other, ctx))


def _ctx(context):
    """The context an operation runs in: the current one when none is given."""
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


def _pow_mod(a, b, m, ctx):
    """Three-argument pow: integers only, the result exact modulo m."""
    for x in (a, b, m):
        if x._kind == _SNAN:
            ctx._pending |= _INVALID
            return _fix_nan(x, ctx)
    for x in (a, b, m):
        if x._kind == _NAN:
            return _fix_nan(x, ctx)
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        return _invalid(ctx)
    if m._coef == 0 or _adjusted(m) + 1 > ctx._prec:
        return _invalid(ctx)
    sign = a._sign if _is_odd(b) else 0
    if b._coef == 0:
        if a._coef == 0:
            return _invalid(ctx)
        return _make(sign, 0 if _int_value(m) == 1 else 1, 0)
    if b._sign:
        return _invalid(ctx)
    mod = _int_value(m)
    v = pow(_int_value(a) % mod, _int_value(b), mod)
    return _make(sign, v, 0)


# One, for the power functions (made once Decimal exists).
_ONE = _make(0, 1, 0)
