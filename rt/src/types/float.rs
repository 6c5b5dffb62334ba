//! `float`: IEEE doubles with Python's operators and CPython's repr.

use crate::object::exc::{self, PyErr, PyResult};
use crate::types::int::{self, Int};

#[inline]
pub fn truediv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(PyErr::new(&exc::ZERO_DIVISION_ERROR, "float division by zero"));
    }
    Ok(a / b)
}

/// CPython's `float_divmod`, shared by `//`, `%` and `divmod`.
fn divmod_raw(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

pub fn floordiv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(PyErr::new(&exc::ZERO_DIVISION_ERROR, "float floor division by zero"));
    }
    Ok(divmod_raw(a, b).0)
}

pub fn modulo(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(PyErr::new(&exc::ZERO_DIVISION_ERROR, "float modulo"));
    }
    Ok(divmod_raw(a, b).1)
}

pub fn divmod(a: f64, b: f64) -> PyResult<(f64, f64)> {
    if b == 0.0 {
        return Err(PyErr::new(&exc::ZERO_DIVISION_ERROR, "float divmod()"));
    }
    Ok(divmod_raw(a, b))
}

#[inline]
pub fn pow(a: f64, b: f64) -> PyResult<f64> {
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(PyErr::new(&exc::ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && a.is_finite() && b.is_finite() && b.fract() != 0.0 {
        return Err(PyErr::new(
            &exc::VALUE_ERROR,
            "pyaot does not support complex numbers (negative number raised to a fractional power)",
        ));
    }
    // `x ** 0.5` is the correctly rounded square root (what LLVM also turns
    // `powf(x, 0.5)` into, so both backends give the same bits); only
    // -0.0 and -inf need care, and negative bases were refused above.
    let r = if b == 0.5 {
        if a == f64::NEG_INFINITY {
            f64::INFINITY
        } else {
            (a + 0.0).sqrt()
        }
    } else {
        a.powf(b)
    };
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(PyErr::new(&exc::OVERFLOW_ERROR, "(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

/// `round(x)`: to the nearest int, ties to even.
pub fn round(x: f64) -> PyResult<Int> {
    int::from_f64(x.round_ties_even())
}

/// `round(x, n)`: correctly rounded to `n` decimal places.
pub fn round_digits(x: f64, n: &Int) -> PyResult<f64> {
    if !x.is_finite() {
        return Ok(x);
    }
    let n = match n.as_i64() {
        Some(n) => n,
        None => return Ok(if n.is_negative() { 0f64.copysign(x) } else { x }),
    };
    if n > 330 {
        return Ok(x);
    }
    if n < -330 {
        return Ok(0f64.copysign(x));
    }
    if n >= 0 {
        // Rust's fixed-precision formatting is exact with ties to even,
        // which is what CPython's dtoa-based rounding does.
        let s = format!("{:.*}", n as usize, x);
        let r: f64 = s.parse().unwrap_or(x);
        return Ok(if r == 0.0 { 0f64.copysign(x) } else { r });
    }
    let p = 10f64.powi((-n) as i32);
    let y = (x / p).round_ties_even() * p;
    if y.is_infinite() {
        return Err(PyErr::new(&exc::OVERFLOW_ERROR, "rounded value too large to represent"));
    }
    Ok(if y == 0.0 { 0f64.copysign(x) } else { y })
}

/// The shortest digits that round-trip, and the decimal point position:
/// `x == 0.DIGITS * 10**decpt` (`x` finite and not zero).
///
/// Of the strings with the fewest digits that read back as `x`, CPython
/// takes the one nearest to `x`, ties to even (1e15 + 0.3 is
/// 1000000000000000.25: `.2`, not `.3`): Ryu's choice too.
pub fn shortest_digits(x: f64) -> (String, i32) {
    let mut buf = ryu::Buffer::new();
    let text = buf.format_finite(x.abs());
    let (mant, exp) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().expect("ryu's exponent")),
        None => (text, 0),
    };
    let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let frac = frac.trim_end_matches('0');
    let mut digits = String::with_capacity(int_part.len() + frac.len());
    digits.push_str(int_part);
    digits.push_str(frac);
    let mut decpt = int_part.len() as i32 + exp;
    // "0.001" has leading zeros; "100" trailing ones: neither is a digit.
    let lead = digits.len() - digits.trim_start_matches('0').len();
    decpt -= lead as i32;
    let digits = digits.trim_matches('0').to_string();
    (digits, decpt)
}

/// [`shortest_digits`] as the standard library's formatting finds them
/// (kept to check Ryu's against, in the tests).
#[cfg(test)]
fn shortest_digits_std(x: f64) -> (String, i32) {
    let split = |s: String| {
        let (mant, exp) = s.split_once('e').unwrap();
        let digits: String = mant.chars().filter(|c| *c != '.').collect();
        (digits, exp.parse::<i32>().unwrap() + 1)
    };
    let (digits, _) = split(format!("{:e}", x.abs()));
    split(format!("{:.*e}", digits.len() - 1, x.abs()))
}

#[cfg(test)]
mod shortest_tests {
    #[test]
    fn ryu_digits_are_the_correctly_rounded_shortest() {
        let mut state: u64 = 0x9e3779b97f4a7c15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let special =
            [1e15 + 0.3, 0.1, 1e16, 1e-7, 5e-324, f64::MAX, f64::MIN_POSITIVE, 123456789.125, 2.5, 1e22, 1e23];
        for x in special.into_iter().chain((0..2_000_000).map(|_| f64::from_bits(next()))) {
            if !x.is_finite() || x == 0.0 {
                continue;
            }
            assert_eq!(super::shortest_digits(x), super::shortest_digits_std(x), "{x:e}");
        }
        for i in 1..200_000u64 {
            let x = i as f64 / 1000.0;
            assert_eq!(super::shortest_digits(x), super::shortest_digits_std(x), "{x}");
        }
    }
}

/// The text of nan, ±inf and ±0 (`zero` spelled after the sign) as
/// `Err`; for any other float, `Ok` with its sign.
fn special_text(x: f64, zero: &str) -> Result<&'static str, String> {
    if x.is_nan() {
        return Err("nan".into());
    }
    if x.is_infinite() {
        return Err(if x > 0.0 { "inf".into() } else { "-inf".into() });
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return Err(format!("{sign}{zero}"));
    }
    Ok(sign)
}

/// `repr(x)` and `str(x)`: CPython's 'r' format.
pub fn repr(x: f64) -> String {
    let sign = match special_text(x, "0.0") {
        Ok(sign) => sign,
        Err(text) => return text,
    };
    let (digits, decpt) = shortest_digits(x);
    let body = if decpt > 16 || decpt <= -4 { sci(&digits, decpt - 1) } else { fixed(&digits, decpt, true) };
    format!("{sign}{body}")
}

/// Digits in exponent notation: `d.ddde+XX`.
pub fn sci(digits: &str, exp: i32) -> String {
    let (first, rest) = digits.split_at(1);
    let mut out = first.to_string();
    if !rest.is_empty() {
        out.push('.');
        out.push_str(rest);
    }
    out.push_str(&format_exp(exp));
    out
}

pub fn format_exp(exp: i32) -> String {
    format!("e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// Digits in positional notation, with `.0` added to integers if asked.
pub fn fixed(digits: &str, decpt: i32, add_dot_zero: bool) -> String {
    let n = digits.len() as i32;
    if decpt <= 0 {
        format!("0.{}{}", "0".repeat((-decpt) as usize), digits)
    } else if decpt >= n {
        let mut s = format!("{}{}", digits, "0".repeat((decpt - n) as usize));
        if add_dot_zero {
            s.push_str(".0");
        }
        s
    } else {
        format!("{}.{}", &digits[..decpt as usize], &digits[decpt as usize..])
    }
}

/// `float(s)`: Python's float literal syntax, plus `inf`/`nan` spellings.
pub fn from_str(s: &str) -> PyResult<f64> {
    let t = s.trim();
    // Decimal digits of every script count as their ASCII digits.
    let clean: String = t
        .chars()
        .filter(|c| *c != '_')
        .map(|c| {
            if c.is_ascii() {
                c
            } else {
                crate::types::unicode::decimal_value(c).and_then(|d| char::from_digit(d, 10)).unwrap_or(c)
            }
        })
        .collect();
    let lower = clean.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    let special = match unsigned {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        if lower.len() - unsigned.len() <= 1 && !t.contains('_') {
            return Ok(if neg { -v } else { v });
        }
    }
    // An underscore stands only between two digits.
    let tc: Vec<char> = t.chars().collect();
    let underscores_ok = tc.iter().enumerate().all(|(i, &c)| {
        c != '_' || (i > 0 && i + 1 < tc.len() && tc[i - 1].is_ascii_digit() && tc[i + 1].is_ascii_digit())
    });
    let valid = !t.is_empty()
        && underscores_ok
        && clean.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'))
        && clean.chars().any(|c| c.is_ascii_digit());
    match clean.parse::<f64>() {
        Ok(v) if valid => Ok(v),
        _ => Err(PyErr::new(
            &exc::VALUE_ERROR,
            format!("could not convert string to float: {}", crate::types::str::str_repr(s)),
        )),
    }
}

pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0
}

#[inline]
pub fn abs(x: f64) -> f64 {
    x.abs()
}

#[inline]
pub fn truthy(x: f64) -> bool {
    x != 0.0
}

/// `x.as_integer_ratio()`: the exact fraction, in lowest terms.
pub fn as_integer_ratio(x: f64) -> PyResult<(Int, Int)> {
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(PyErr::new(&exc::OVERFLOW_ERROR, "cannot convert Infinity to integer ratio"));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mut m, mut e) = if exp == 0 { (frac, -1074) } else { (frac | (1 << 52), exp - 1075) };
    if m == 0 {
        return Ok((Int::Small(0), Int::Small(1)));
    }
    let tz = m.trailing_zeros() as i64;
    m >>= tz;
    e += tz;
    let m = crate::object::layout::bigint::BigInt::from(m) * if x < 0.0 { -1 } else { 1 };
    if e >= 0 {
        Ok((Int::from(m << (e as usize)), Int::Small(1)))
    } else {
        Ok((Int::from(m), Int::from(crate::object::layout::bigint::BigInt::from(1) << ((-e) as usize))))
    }
}

/// `x.hex()`: CPython's hexadecimal form (`0x1.8000000000000p+1`).
pub fn hex(x: f64) -> String {
    let sign = match special_text(x, "0x0.0p+0") {
        Ok(sign) => sign,
        Err(text) => return text,
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    format!("{sign}0x{lead}.{frac:013x}p{e:+}")
}

/// `float.fromhex(s)`.
pub fn fromhex(s: &str) -> PyResult<f64> {
    let bad = || PyErr::value_error("invalid hexadecimal floating-point string");
    let t = s.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if neg { -v } else { v });
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().map_err(|_| bad())?),
        None => (body, 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    if ip.is_empty() && fp.is_empty() {
        return Err(bad());
    }
    let digits: String = format!("{ip}{fp}");
    if !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(bad());
    }
    let m = <crate::object::layout::bigint::BigInt as crate::object::layout::bigint::BigExt>::parse_bytes(
        if digits.is_empty() { b"0" } else { digits.as_bytes() },
        16,
    )
    .ok_or_else(bad)?;
    let e = exp - 4 * fp.len() as i64;
    // Exact value m * 2**e, rounded to the nearest double by the int/float conversion.
    let v = if m == crate::object::layout::bigint::BigInt::from(0) {
        0.0
    } else if e >= 0 {
        let big = Int::from(m << (e.min(4000) as usize));
        if e > 4000 {
            return Err(PyErr::new(&exc::OVERFLOW_ERROR, "hexadecimal value too large to represent as a float"));
        }
        big.to_f64()
            .map_err(|_| PyErr::new(&exc::OVERFLOW_ERROR, "hexadecimal value too large to represent as a float"))?
    } else {
        int::truediv(
            &Int::from(m),
            &Int::from(crate::object::layout::bigint::BigInt::from(1) << ((-e).min(5000) as usize)),
        )?
    };
    Ok(if neg { -v } else { v })
}

const MODULUS: u64 = (1 << 61) - 1;
const BITS: u32 = 61;

/// CPython's `_Py_HashDouble`.
pub fn hash(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (BITS - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % BITS as i32 } else { BITS as i32 - 1 - ((-1 - e) % BITS as i32) } as u32;
    x = ((x << e) & MODULUS) | x >> (BITS - e);
    let x = (x as i64).wrapping_mul(sign);
    if x == -1 {
        -2
    } else {
        x
    }
}

/// Splits a finite float into a mantissa in [0.5, 1) and an exponent.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: normalize first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        let cases = [
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (-0.0, "-0.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (1.5e300, "1.5e+300"),
            (123456789.125, "123456789.125"),
            (2.0, "2.0"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
        ];
        for (x, want) in cases {
            assert_eq!(repr(x), want);
        }
    }

    #[test]
    fn rounding_is_bankers_and_exact() {
        assert_eq!(round(2.5).unwrap().to_string(), "2");
        assert_eq!(round(3.5).unwrap().to_string(), "4");
        assert_eq!(round(-0.5).unwrap().to_string(), "0");
        assert_eq!(round_digits(2.675, &Int::Small(2)).unwrap(), 2.67);
        assert_eq!(round_digits(0.125, &Int::Small(2)).unwrap(), 0.12);
        assert_eq!(round_digits(1234.5, &Int::Small(-2)).unwrap(), 1200.0);
    }

    #[test]
    fn floor_division_and_modulo_follow_python() {
        assert_eq!(floordiv(-7.0, 2.0).unwrap(), -4.0);
        assert_eq!(modulo(-7.0, 2.0).unwrap(), 1.0);
        assert_eq!(modulo(7.0, -2.0).unwrap(), -1.0);
        assert!(modulo(1.0, 0.0).is_err());
    }
}
