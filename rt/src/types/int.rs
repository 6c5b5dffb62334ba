//! `int`: arbitrary precision with a machine-word fast path.
//!
//! An [`Int`] is either `Small(i64)` or `Big(Rc<BigInt>)`; the invariant is
//! that `Big` only ever holds values outside the `i64` range, so equality of
//! representations is equality of values. Every operation tries the checked
//! machine operation first and falls back to the big-integer library
//! (`object/layout/bigint.rs`) on overflow.

use std::cmp::Ordering;
use std::rc::Rc;

use crate::object::layout::bigint::{BigExt, BigInt};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};

use crate::object::exc::{self, PyErr, PyResult};
pub use crate::object::layout::int::{big_to_f64, Int};

impl Default for Int {
    fn default() -> Self {
        Int::Small(0)
    }
}

impl From<i64> for Int {
    fn from(v: i64) -> Self {
        Int::Small(v)
    }
}

impl From<BigInt> for Int {
    fn from(b: BigInt) -> Self {
        match b.to_i64() {
            Some(v) => Int::Small(v),
            None => Int::Big(Rc::new(b)),
        }
    }
}

impl Int {
    pub const ZERO: Int = Int::Small(0);

    /// An integer literal too large for `i64`, from its decimal digits.
    pub fn parse_literal(digits: &str) -> Int {
        Int::from(digits.parse::<BigInt>().expect("valid integer literal"))
    }

    /// The value as a big integer, borrowed when it is one (operations on
    /// big values should not copy their operands).
    pub fn big(&self) -> std::borrow::Cow<'_, BigInt> {
        match self {
            Int::Small(v) => std::borrow::Cow::Owned(BigInt::from(*v)),
            Int::Big(b) => std::borrow::Cow::Borrowed(&**b),
        }
    }

    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(v) => BigInt::from(*v),
            Int::Big(b) => (**b).clone(),
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(*v),
            Int::Big(_) => None,
        }
    }

    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(v) => *v < 0,
            Int::Big(b) => b.is_negative(),
        }
    }

    pub fn truthy(&self) -> bool {
        !self.is_zero()
    }

    /// An index or count that must fit a machine word (`OverflowError` otherwise).
    pub fn to_index(&self) -> PyResult<i64> {
        match self {
            Int::Small(v) => Ok(*v),
            Int::Big(_) => Err(PyErr::new(&exc::OVERFLOW_ERROR, "Python int too large to convert to C ssize_t")),
        }
    }

    pub fn to_f64(&self) -> PyResult<f64> {
        match self {
            Int::Small(v) => Ok(*v as f64),
            Int::Big(b) => big_to_f64(b),
        }
    }
}

/// Decimal digits, as `str(i)` (past the digit limit, see [`big_decimal`]).
impl std::fmt::Display for Int {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Int::Small(v) => write!(f, "{v}"),
            Int::Big(b) => f.write_str(&big_decimal(b)),
        }
    }
}

/// CPython's limit on decimal digits converted to and from text
/// (`sys.set_int_max_str_digits`).
pub const MAX_STR_DIGITS: usize = 4300;

/// A big int in decimal. Past [`MAX_STR_DIGITS`] digits it is CPython's
/// ValueError, recorded for the checked text entry points (`str`, `print`,
/// `format`) to raise, since text building itself cannot fail.
pub fn big_decimal(b: &BigInt) -> String {
    // Fewer bits than this always make fewer digits than the limit.
    if b.bits() < 14_000 {
        return b.to_string();
    }
    let s = b.to_string();
    if s.trim_start_matches('-').len() > MAX_STR_DIGITS {
        crate::types::class::set_pending(PyErr::value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
        return String::new();
    }
    s
}

fn zero_div() -> PyErr {
    PyErr::new(&exc::ZERO_DIVISION_ERROR, "integer division or modulo by zero")
}

fn zero_mod() -> PyErr {
    PyErr::new(&exc::ZERO_DIVISION_ERROR, "integer modulo by zero")
}

// ---- arithmetic -------------------------------------------------------------

#[inline]
pub fn add(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_add(*y) {
            return Int::Small(r);
        }
    }
    add_slow(a, b)
}

#[cold]
#[inline(never)]
fn add_slow(a: &Int, b: &Int) -> Int {
    Int::from(&*a.big() + &*b.big())
}

#[inline]
pub fn sub(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_sub(*y) {
            return Int::Small(r);
        }
    }
    sub_slow(a, b)
}

#[cold]
#[inline(never)]
fn sub_slow(a: &Int, b: &Int) -> Int {
    Int::from(&*a.big() - &*b.big())
}

#[inline]
pub fn mul(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_mul(*y) {
            return Int::Small(r);
        }
    }
    mul_slow(a, b)
}

#[cold]
#[inline(never)]
fn mul_slow(a: &Int, b: &Int) -> Int {
    Int::from(&*a.big() * &*b.big())
}

/// `a // b`, rounding toward negative infinity.
#[inline]
pub fn floordiv(a: &Int, b: &Int) -> PyResult<Int> {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if *y != 0 {
            if let Some(q) = x.checked_div(*y) {
                let q = if (x % y != 0) && ((*x < 0) != (*y < 0)) { q - 1 } else { q };
                return Ok(Int::Small(q));
            }
        }
    }
    floordiv_slow(a, b)
}

#[cold]
#[inline(never)]
fn floordiv_slow(a: &Int, b: &Int) -> PyResult<Int> {
    if b.is_zero() {
        return Err(zero_div());
    }
    Ok(Int::from(a.big().floor_div(&b.big())))
}

/// `a % b`, with the sign of `b`.
#[inline]
pub fn modulo(a: &Int, b: &Int) -> PyResult<Int> {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if *y != 0 {
            if let Some(r) = x.checked_rem(*y) {
                let r = if r != 0 && ((r < 0) != (*y < 0)) { r + y } else { r };
                return Ok(Int::Small(r));
            }
        }
    }
    modulo_slow(a, b)
}

#[cold]
#[inline(never)]
fn modulo_slow(a: &Int, b: &Int) -> PyResult<Int> {
    if b.is_zero() {
        return Err(zero_mod());
    }
    Ok(Int::from(a.big().floor_mod(&b.big())))
}

pub fn divmod(a: &Int, b: &Int) -> PyResult<(Int, Int)> {
    if b.is_zero() {
        return Err(zero_div());
    }
    Ok((floordiv(a, b)?, modulo(a, b)?))
}

/// `a / b` for ints: a correctly rounded float.
pub fn truediv(a: &Int, b: &Int) -> PyResult<f64> {
    if b.is_zero() {
        return Err(PyErr::new(&exc::ZERO_DIVISION_ERROR, "division by zero"));
    }
    const EXACT: i64 = 1 << 53;
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if x.abs() <= EXACT && y.abs() <= EXACT {
            return Ok(*x as f64 / *y as f64);
        }
    }
    big_truediv(&a.big(), &b.big())
}

/// Division of big integers rounded to nearest, ties to even, as CPython does.
fn big_truediv(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the quotient has 55 significant bits, then round once.
    let shift = b.bits() as i64 - a.bits() as i64 + 55;
    let (n, d) = if shift >= 0 { (a << shift as usize, b) } else { (a, b << (-shift) as usize) };
    let (q, r) = n.div_rem(&d);
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    if !r.is_zero() {
        q |= 1; // sticky bit
    }
    let e = -shift;
    let f = ldexp_round(q, e);
    if f.is_infinite() {
        return Err(PyErr::new(&exc::OVERFLOW_ERROR, "integer division result too large for a float"));
    }
    Ok(if negative { -f } else { f })
}

/// `q * 2**e` rounded to the nearest double, ties to even (q has at most 56 bits).
fn ldexp_round(q: u64, e: i64) -> f64 {
    let bits = 64 - q.leading_zeros() as i64;
    let drop = bits - 53;
    let (m, exp) = if drop > 0 {
        let mut m = q >> drop;
        let rem = q & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        if rem > half || (rem == half && m & 1 == 1) {
            m += 1;
        }
        (m, e + drop)
    } else {
        (q, e)
    };
    scale2(m as f64, exp)
}

/// `x * 2**e` without intermediate overflow of the power.
fn scale2(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

pub fn neg(a: &Int) -> Int {
    match a {
        Int::Small(v) => match v.checked_neg() {
            Some(r) => Int::Small(r),
            None => Int::from(-BigInt::from(*v)),
        },
        Int::Big(b) => Int::from(-(**b).clone()),
    }
}

pub fn abs(a: &Int) -> Int {
    if a.is_negative() {
        neg(a)
    } else {
        a.clone()
    }
}

pub fn invert(a: &Int) -> Int {
    // ~x == -(x + 1)
    neg(&add(a, &Int::Small(1)))
}

/// `a ** b`: an int for non-negative exponents, a float otherwise.
pub enum PowResult {
    Int(Int),
    Float(f64),
}

pub fn pow(a: &Int, b: &Int) -> PyResult<PowResult> {
    if b.is_negative() {
        let base = a.to_f64()?;
        let e = b.to_f64()?;
        if base == 0.0 {
            return Err(PyErr::new(&exc::ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power"));
        }
        return Ok(PowResult::Float(base.powf(e)));
    }
    Ok(PowResult::Int(pow_nonneg(a, b)?))
}

/// `a ** b` where `b >= 0` is known; the int-typed fast path.
pub fn pow_nonneg(a: &Int, b: &Int) -> PyResult<Int> {
    let e = match b {
        // Only 0, 1 and -1 survive exponents this large.
        Int::Small(e) if *e > u32::MAX as i64 || matches!(a, Int::Small(-1..=1)) => {
            return match a {
                Int::Small(0) if *e == 0 => Ok(Int::Small(1)),
                Int::Small(0) | Int::Small(1) => Ok(a.clone()),
                Int::Small(-1) => Ok(Int::Small(if e % 2 == 0 { 1 } else { -1 })),
                _ => Err(PyErr::new(&exc::MEMORY_ERROR, "")),
            };
        }
        Int::Small(e) => *e,
        Int::Big(_) => {
            return match a {
                Int::Small(0) | Int::Small(1) => Ok(a.clone()),
                Int::Small(-1) => Ok(if b.to_big().is_even() { Int::Small(1) } else { Int::Small(-1) }),
                _ => Err(PyErr::new(&exc::MEMORY_ERROR, "")),
            };
        }
    };
    if let Int::Small(x) = a {
        if let Ok(e32) = u32::try_from(e) {
            if let Some(r) = x.checked_pow(e32) {
                return Ok(Int::Small(r));
            }
        }
    }
    let e = u32::try_from(e).map_err(|_| PyErr::new(&exc::MEMORY_ERROR, ""))?;
    Ok(Int::from(num_traits::pow(a.to_big(), e as usize)))
}

/// Three-argument `pow(a, b, m)`.
pub fn pow_mod(a: &Int, b: &Int, m: &Int) -> PyResult<Int> {
    if m.is_zero() {
        return Err(PyErr::new(&exc::VALUE_ERROR, "pow() 3rd argument cannot be 0"));
    }
    let mb = m.to_big();
    let mut base = a.to_big();
    let mut e = b.to_big();
    if e.is_negative() {
        // Modular inverse, as CPython 3.8+ does.
        base = mod_inverse(&base, &mb)
            .ok_or_else(|| PyErr::new(&exc::VALUE_ERROR, "base is not invertible for the given modulus"))?;
        e = -e;
    }
    let r = base.modpow(&e, &mb.abs());
    // Result takes the sign of the modulus.
    let r = if mb.is_negative() && !r.is_zero() { r + &mb } else { r };
    Ok(Int::from(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.floor_mod(&m))
}

// ---- bitwise ----------------------------------------------------------------

pub fn and(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x & y),
        _ => Int::from(&*a.big() & &*b.big()),
    }
}
pub fn or(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x | y),
        _ => Int::from(&*a.big() | &*b.big()),
    }
}
pub fn xor(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x ^ y),
        _ => Int::from(&*a.big() ^ &*b.big()),
    }
}

fn negative_shift() -> PyErr {
    PyErr::new(&exc::VALUE_ERROR, "negative shift count")
}

pub fn lshift(a: &Int, b: &Int) -> PyResult<Int> {
    if b.is_negative() {
        return Err(negative_shift());
    }
    let s = b.to_index().map_err(|_| PyErr::new(&exc::OVERFLOW_ERROR, "too many digits in integer"))?;
    if let Int::Small(x) = a {
        if *x == 0 {
            return Ok(Int::Small(0));
        }
        if s < 63 {
            let r = x.wrapping_shl(s as u32);
            if r >> s == *x {
                return Ok(Int::Small(r));
            }
        }
    }
    Ok(Int::from(&*a.big() << s as usize))
}

pub fn rshift(a: &Int, b: &Int) -> PyResult<Int> {
    if b.is_negative() {
        return Err(negative_shift());
    }
    let s = match b.to_index() {
        Ok(s) => s,
        Err(_) => return Ok(Int::Small(if a.is_negative() { -1 } else { 0 })),
    };
    match a {
        Int::Small(x) => Ok(Int::Small(if s >= 64 {
            if *x < 0 {
                -1
            } else {
                0
            }
        } else {
            x >> s
        })),
        Int::Big(v) => {
            // The library's shift rounds toward negative infinity, as Python's >> does.
            Ok(Int::from(&**v >> s as usize))
        }
    }
}

// ---- comparison ---------------------------------------------------------------

#[inline]
pub fn cmp(a: &Int, b: &Int) -> Ordering {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => x.cmp(y),
        _ => cmp_slow(a, b),
    }
}

#[cold]
#[inline(never)]
fn cmp_slow(a: &Int, b: &Int) -> Ordering {
    a.big().cmp(&b.big())
}
#[inline]
pub fn eq(a: &Int, b: &Int) -> bool {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => x == y,
        (Int::Big(x), Int::Big(y)) => x == y,
        _ => false,
    }
}
#[inline]
pub fn lt(a: &Int, b: &Int) -> bool {
    cmp(a, b) == Ordering::Less
}
#[inline]
pub fn le(a: &Int, b: &Int) -> bool {
    cmp(a, b) != Ordering::Greater
}
#[inline]
pub fn gt(a: &Int, b: &Int) -> bool {
    cmp(a, b) == Ordering::Greater
}
#[inline]
pub fn ge(a: &Int, b: &Int) -> bool {
    cmp(a, b) != Ordering::Less
}

/// Compares an int with a float exactly (no rounding of the int), as CPython does.
pub fn cmp_float(a: &Int, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let Int::Small(v) = a {
        if v.abs() < (1 << 53) {
            return (*v as f64).partial_cmp(&f);
        }
    }
    // Compare a with floor(f) exactly, then break ties with the fraction.
    let fl = f.floor();
    let fb = float_to_big(fl);
    match a.to_big().cmp(&fb) {
        Ordering::Equal => Some(if f > fl { Ordering::Less } else { Ordering::Equal }),
        o => Some(o),
    }
}

/// An integral float as a big integer (exact).
pub fn float_to_big(f: f64) -> BigInt {
    let bits = f.to_bits();
    let negative = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 { (bits & ((1 << 52) - 1)) << 1 } else { (bits & ((1 << 52) - 1)) | (1 << 52) };
    let e = exp - 1075;
    let m = BigInt::from(mant);
    let v = if e >= 0 { m << e as usize } else { m >> (-e) as usize };
    if negative {
        -v
    } else {
        v
    }
}

/// `int(f)`: truncation toward zero.
pub fn from_f64(f: f64) -> PyResult<Int> {
    if f.is_nan() {
        return Err(PyErr::new(&exc::VALUE_ERROR, "cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::new(&exc::OVERFLOW_ERROR, "cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Int::Small(t as i64));
    }
    Ok(Int::from(float_to_big(t)))
}

/// `int(s, base)`: Python's literal rules (whitespace, sign, underscores, prefixes).
pub fn from_str_radix(s: &str, base: u32) -> PyResult<Int> {
    // The common case first: a few ASCII decimal digits, maybe signed.
    if base == 10 && (1..=18).contains(&s.len()) {
        let (neg, digits) = match s.as_bytes()[0] {
            b'-' => (true, &s.as_bytes()[1..]),
            _ => (false, s.as_bytes()),
        };
        if !digits.is_empty() && digits.iter().all(u8::is_ascii_digit) {
            let n = digits.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
            return Ok(Int::Small(if neg { -n } else { n }));
        }
    }
    let bad = || {
        PyErr::new(
            &exc::VALUE_ERROR,
            format!("invalid literal for int() with base {base}: {}", crate::types::str::str_repr(s)),
        )
    };
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut base = base;
    let mut digits = t;
    let lower = t.to_ascii_lowercase();
    for (p, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if (base == b || base == 0) && lower.starts_with(p) {
            base = b;
            digits = &t[2..];
            digits = digits.strip_prefix('_').unwrap_or(digits);
        }
    }
    if base == 0 {
        if lower.len() > 1 && lower.starts_with('0') && lower.chars().any(|c| c != '0' && c != '_') {
            return Err(bad());
        }
        base = 10;
    }
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return Err(bad());
    }
    let mut clean = String::with_capacity(digits.len());
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        let d = c.to_digit(36).or_else(|| unicode_digit(c)).ok_or_else(bad)?;
        if d >= base {
            return Err(bad());
        }
        clean.push(std::char::from_digit(d, 36).unwrap());
    }
    if base == 10 && clean.len() > MAX_STR_DIGITS {
        return Err(PyErr::value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        )));
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base).ok_or_else(bad)?;
    Ok(Int::from(if neg { -v } else { v }))
}

fn unicode_digit(c: char) -> Option<u32> {
    // Decimal digits of every script (Arabic-Indic, fullwidth, ...).
    crate::types::unicode::decimal_value(c)
}

/// `bin`, `oct` and `hex` with Python's prefixes and sign placement.
pub fn to_radix(a: &Int, radix: u32, prefix: &str) -> String {
    let b = a.to_big();
    let digits = b.abs().to_str_radix(radix);
    if b.is_negative() {
        format!("-{prefix}{digits}")
    } else {
        format!("{prefix}{digits}")
    }
}

pub fn bit_length(a: &Int) -> Int {
    match a {
        Int::Small(v) => Int::Small(64 - v.unsigned_abs().leading_zeros() as i64),
        Int::Big(b) => Int::Small(b.bits() as i64),
    }
}

pub fn hash(a: &Int) -> i64 {
    use crate::object::layout::int::{hash_i64, HASH_MODULUS};
    let h = match a {
        Int::Small(v) => return hash_i64(*v),
        Int::Big(b) => {
            let m = (b.abs() % BigInt::from(HASH_MODULUS)).to_i64().unwrap();
            if b.is_negative() {
                -m
            } else {
                m
            }
        }
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

#[inline]
pub fn ne(a: &Int, b: &Int) -> bool {
    !eq(a, b)
}

#[inline]
pub fn truthy(a: &Int) -> bool {
    !a.is_zero()
}

#[inline]
pub fn to_f64(a: &Int) -> PyResult<f64> {
    a.to_f64()
}

#[inline]
pub fn from_bool(b: bool) -> Int {
    Int::Small(b as i64)
}

pub fn parse_literal(digits: &str) -> Int {
    Int::parse_literal(digits)
}

/// IndexError for a failed `seq[i]`: `msg` when out of range, CPython's
/// own text when `i` is beyond any index.
#[cold]
pub fn index_error(i: &Int, msg: &str) -> PyErr {
    match i {
        Int::Big(_) => PyErr::new(&exc::INDEX_ERROR, "cannot fit 'int' into an index-sized integer"),
        Int::Small(_) => PyErr::new(&exc::INDEX_ERROR, msg),
    }
}

/// `n.to_bytes(length, byteorder, *, signed)` with CPython's errors.
pub fn to_bytes(n: &Int, length: &Int, byteorder: &str, signed: bool) -> PyResult<Vec<u8>> {
    let length = length.to_index()?;
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    let big = n.to_big();
    if big.is_negative() && !signed {
        return Err(PyErr::new(&exc::OVERFLOW_ERROR, "can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { big.to_signed_bytes_be() } else { big.to_unsigned_bytes_be() };
    // Zero has no bytes; a non-negative value whose top bit is set needs none more when unsigned.
    if big.is_zero() {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(PyErr::new(&exc::OVERFLOW_ERROR, "int too big to convert"));
    }
    let fill = if signed && big.is_negative() { 0xff } else { 0 };
    let mut out = vec![fill; length - bytes.len()];
    out.extend(bytes);
    match byteorder {
        "big" => Ok(out),
        "little" => {
            out.reverse();
            Ok(out)
        }
        _ => Err(PyErr::value_error("byteorder must be either 'little' or 'big'")),
    }
}

/// `int.from_bytes(bytes, byteorder, *, signed)`.
pub fn from_bytes(data: &[u8], byteorder: &str, signed: bool) -> PyResult<Int> {
    let mut be = data.to_vec();
    match byteorder {
        "big" => {}
        "little" => be.reverse(),
        _ => return Err(PyErr::value_error("byteorder must be either 'little' or 'big'")),
    }
    let big = if signed { BigInt::from_signed_bytes_be(&be) } else { BigInt::from_unsigned_bytes_be(&be) };
    Ok(Int::from(big))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_path_overflows_into_bigint() {
        let max = Int::Small(i64::MAX);
        let r = add(&max, &Int::Small(1));
        assert!(matches!(r, Int::Big(_)));
        assert_eq!(r.to_string(), "9223372036854775808");
        // And comes back to the small form when it fits again.
        let back = sub(&r, &Int::Small(1));
        assert!(matches!(back, Int::Small(i64::MAX)));
        assert!(matches!(neg(&Int::Small(i64::MIN)), Int::Big(_)));
        assert_eq!(mul(&max, &max).to_string(), "85070591730234615847396907784232501249");
    }

    #[test]
    fn floor_division_and_modulo_follow_python() {
        let f = |a: i64, b: i64| floordiv(&a.into(), &b.into()).unwrap().as_i64().unwrap();
        let m = |a: i64, b: i64| modulo(&a.into(), &b.into()).unwrap().as_i64().unwrap();
        assert_eq!((f(7, 2), m(7, 2)), (3, 1));
        assert_eq!((f(-7, 2), m(-7, 2)), (-4, 1));
        assert_eq!((f(7, -2), m(7, -2)), (-4, -1));
        assert_eq!((f(-7, -2), m(-7, -2)), (3, -1));
        assert!(floordiv(&Int::Small(1), &Int::Small(0)).is_err());
        assert_eq!(floordiv(&Int::Small(i64::MIN), &Int::Small(-1)).unwrap().to_string(), "9223372036854775808");
    }

    #[test]
    fn true_division_rounds_correctly() {
        let big = Int::parse_literal("123456789012345678901234567890");
        assert_eq!(truediv(&big, &Int::Small(7)).unwrap(), 1.763_668_414_462_081e28);
        assert_eq!(truediv(&Int::Small(1), &Int::Small(3)).unwrap(), 1.0 / 3.0);
    }

    #[test]
    fn parses_python_int_literals() {
        assert_eq!(from_str_radix(" -1_000 ", 10).unwrap().to_string(), "-1000");
        assert_eq!(from_str_radix("0x1f", 0).unwrap().to_string(), "31");
        assert_eq!(from_str_radix("ff", 16).unwrap().to_string(), "255");
        assert!(from_str_radix("1.5", 10).is_err());
        assert!(from_str_radix("", 10).is_err());
    }
}
