//! Machine-int operations for speculative functions.
//!
//! The compiler gives a pure function whose values are all ints, floats and
//! bools a speculative twin that computes on plain `i64`s (see the compiler's
//! `opt::speculate`). Each operation here returns `None` where the exact
//! `int` operation would leave the `i64` range or raise: the twin then gives
//! up ("bails") and the exact version runs instead, so a `None` never
//! changes what the program computes, only how fast.

/// `a + b`.
#[inline(always)]
pub fn add(a: i64, b: i64) -> Option<i64> {
    a.checked_add(b)
}

/// `a - b`.
#[inline(always)]
pub fn sub(a: i64, b: i64) -> Option<i64> {
    a.checked_sub(b)
}

/// `a * b`.
#[inline(always)]
pub fn mul(a: i64, b: i64) -> Option<i64> {
    a.checked_mul(b)
}

/// `a // b`, rounding toward negative infinity.
#[inline(always)]
pub fn floordiv(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    Some(if a % b != 0 && ((a < 0) != (b < 0)) { q - 1 } else { q })
}

/// `a % b`, with the sign of `b`.
#[inline(always)]
pub fn modulo(a: i64, b: i64) -> Option<i64> {
    let r = a.checked_rem(b)?;
    Some(if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r })
}

/// `a / b`, when both convert to `f64` exactly (so one rounding, as CPython).
#[inline(always)]
pub fn truediv(a: i64, b: i64) -> Option<f64> {
    const EXACT: u64 = 1 << 53;
    if b == 0 || a.unsigned_abs() > EXACT || b.unsigned_abs() > EXACT {
        return None;
    }
    Some(a as f64 / b as f64)
}

/// `a ** b` for `b >= 0` (a negative exponent makes a float: bail).
#[inline]
pub fn pow(a: i64, b: i64) -> Option<i64> {
    a.checked_pow(u32::try_from(b).ok()?)
}

/// `-a`.
#[inline(always)]
pub fn neg(a: i64) -> Option<i64> {
    a.checked_neg()
}

/// `abs(a)`.
#[inline(always)]
pub fn abs(a: i64) -> Option<i64> {
    a.checked_abs()
}

/// `a << b`.
#[inline]
pub fn lshift(a: i64, b: i64) -> Option<i64> {
    let s = u32::try_from(b).ok().filter(|&s| s < 64)?;
    let r = a << s;
    (r >> s == a).then_some(r)
}

/// `a >> b` (arithmetic: rounds toward negative infinity, as Python).
#[inline]
pub fn rshift(a: i64, b: i64) -> Option<i64> {
    if b < 0 {
        return None;
    }
    Some(a >> b.min(63))
}

/// `bool(a)`.
#[inline(always)]
pub fn truthy(a: i64) -> bool {
    a != 0
}

/// `float(a)`: round to nearest, ties to even, as CPython.
#[inline(always)]
pub fn to_f64(a: i64) -> f64 {
    a as f64
}

/// `int(x)` for a float: truncation, when the result fits.
#[inline]
pub fn from_f64(x: f64) -> Option<i64> {
    let t = x.trunc();
    // Finite and inside (-2**63, 2**63): the cast is then exact.
    (t.abs() < 9.2e18).then_some(t as i64)
}

/// The values of `range(start, stop, step)` (`step == 0` raises: bail).
#[inline]
pub fn range(start: i64, stop: i64, step: i64) -> Option<crate::types::range::Steps> {
    crate::types::range::steps(start, stop, step)
}

/// The argument of an exact function, narrowed for its speculative twin.
#[inline(always)]
pub fn narrow(a: &crate::types::int::Int) -> Option<i64> {
    a.as_i64()
}

/// A speculative twin's int result, back as an exact `int`.
#[inline(always)]
pub fn widen(a: i64) -> crate::types::int::Int {
    crate::types::int::Int::Small(a)
}

/// `int(b)` for a bool.
#[inline(always)]
pub fn from_bool(b: bool) -> i64 {
    b as i64
}
