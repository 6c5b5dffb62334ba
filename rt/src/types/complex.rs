//! `complex`: a pair of floats with CPython 3.11's arithmetic (its
//! division and power algorithms, so results agree to the bit), repr,
//! formatting, string syntax and error texts. A complex value is a native
//! object: rare enough that it need not widen `Value`.

use crate::object::exc::{self, PyErr, PyResult};
use crate::object::op::BinOp;
use crate::object::value::Value;
use crate::types::native::NativeObj;

/// A complex number: (real, imag).
pub type C = (f64, f64);

pub fn new(re: f64, im: f64) -> Value {
    crate::types::native::new(NativeObj::Complex(re, im))
}

/// The parts of a complex value.
pub fn parts(v: &Value) -> Option<C> {
    match v {
        Value::Native(n) => match **n {
            NativeObj::Complex(re, im) => Some((re, im)),
            _ => None,
        },
        _ => None,
    }
}

/// A complex or real operand as a complex (a big int too large for a float
/// is CPython's OverflowError); None for anything else.
fn operand(v: &Value) -> Option<PyResult<C>> {
    match v {
        Value::Bool(b) => Some(Ok((*b as i64 as f64, 0.0))),
        Value::Int(i) => Some(Ok((*i as f64, 0.0))),
        Value::Big(_) => Some(v.to_f64().map(|f| (f, 0.0))),
        Value::Float(f) => Some(Ok((*f, 0.0))),
        _ => parts(v).map(Ok),
    }
}

fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// CPython's `_Py_c_quot`; None for a zero divisor.
fn quot(a: C, b: C) -> Option<C> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn zero_power() -> PyErr {
    PyErr::new(&exc::ZERO_DIVISION_ERROR, "0.0 to a negative or complex power")
}

/// `a ** b`: repeated squaring for small integral exponents, the polar form
/// otherwise; an infinite part is an OverflowError (CPython's rule).
pub fn pow(a: C, b: C) -> PyResult<C> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let powu = |n: i64| {
            let (mut r, mut p, mut mask) = ((1.0, 0.0), a, 1i64);
            while mask > 0 && n >= mask {
                if n & mask != 0 {
                    r = prod(r, p);
                }
                mask <<= 1;
                p = prod(p, p);
            }
            r
        };
        if n > 0 {
            powu(n)
        } else {
            quot((1.0, 0.0), powu(-n)).ok_or_else(zero_power)?
        }
    } else if b == (0.0, 0.0) {
        (1.0, 0.0)
    } else if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_power());
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(PyErr::new(&exc::OVERFLOW_ERROR, "complex exponentiation"));
    }
    Ok(r)
}

/// A binary operator with a complex operand; None when neither operand is
/// complex or the other is not a number (the caller's TypeError follows).
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if parts(a).is_none() && parts(b).is_none() {
        return None;
    }
    let (x, y) = (operand(a)?, operand(b)?);
    Some((|| {
        let (x, y) = (x?, y?);
        let (re, im) = match op {
            BinOp::Add => (x.0 + y.0, x.1 + y.1),
            BinOp::Sub => (x.0 - y.0, x.1 - y.1),
            BinOp::Mul => prod(x, y),
            BinOp::TrueDiv => {
                quot(x, y).ok_or_else(|| PyErr::new(&exc::ZERO_DIVISION_ERROR, "complex division by zero"))?
            }
            BinOp::Pow => pow(x, y)?,
            _ => {
                return Err(PyErr::type_error(format!(
                    "unsupported operand type(s) for {}: '{}' and '{}'",
                    op.symbol(),
                    a.type_name(),
                    b.type_name()
                )))
            }
        };
        Ok(new(re, im))
    })())
}

/// `x ** y` for floats where CPython's answer is complex: a negative finite
/// base and a finite fractional exponent.
pub fn is_complex_power(x: f64, y: f64) -> bool {
    x < 0.0 && x.is_finite() && y.is_finite() && y != y.floor()
}

/// `x ** y` on real numbers: a float, or a complex where the base is
/// negative and the exponent fractional.
pub fn real_pow(x: f64, y: f64) -> PyResult<Value> {
    if is_complex_power(x, y) {
        let (re, im) = pow((x, 0.0), (y, 0.0))?;
        return Ok(new(re, im));
    }
    crate::types::float::pow(x, y).map(Value::Float)
}

/// `abs(z)`: the hypotenuse; an overflow from finite parts is an OverflowError.
pub fn abs(z: C) -> PyResult<f64> {
    if z.0.is_infinite() || z.1.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if z.0.is_nan() || z.1.is_nan() {
        return Ok(f64::NAN);
    }
    let r = z.0.hypot(z.1);
    if r.is_infinite() {
        return Err(PyErr::new(&exc::OVERFLOW_ERROR, "absolute value too large"));
    }
    Ok(r)
}

/// `z == v` for a complex `z`; None when `v` is not a number (identity rules then).
pub fn eq(z: C, v: &Value) -> Option<bool> {
    match v {
        // An int compares exactly (`10**30 + 0j != 10**30`).
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => {
            let i = v.to_int().ok()?;
            Some(z.1 == 0.0 && crate::types::int::cmp_float(&i, z.0) == Some(std::cmp::Ordering::Equal))
        }
        Value::Float(f) => Some(z.1 == 0.0 && z.0 == *f),
        _ => parts(v).map(|w| z == w),
    }
}

/// `hash(z)`: equal to the hash of an equal real number.
pub fn hash(z: C) -> i64 {
    let (re, im) = (crate::types::float::hash(z.0) as u64, crate::types::float::hash(z.1) as u64);
    let h = re.wrapping_add(im.wrapping_mul(1000003)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A part in the 'r' format without CPython's added `.0`.
pub fn part_repr(x: f64) -> String {
    let r = crate::types::float::repr(x);
    match r.strip_suffix(".0") {
        Some(s) => s.to_string(),
        None => r,
    }
}

/// `repr(z)`: `(1+2j)`, or `2j` when the real part is +0.
pub fn repr(z: C) -> String {
    if z.0 == 0.0 && z.0.is_sign_positive() {
        return format!("{}j", part_repr(z.1));
    }
    let im = part_repr(z.1);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", part_repr(z.0))
}

/// `z.real`, `z.imag`; `conjugate` is a method (see [`method`]).
pub fn attr(z: C, name: &str) -> Option<Value> {
    match name {
        "real" => Some(Value::Float(z.0)),
        "imag" => Some(Value::Float(z.1)),
        _ => None,
    }
}

/// `z.conjugate()`.
pub fn method(z: C, name: &str, args: &[Value]) -> Option<PyResult<Value>> {
    match name {
        "conjugate" if args.is_empty() => Some(Ok(new(z.0, -z.1))),
        "conjugate" => {
            Some(Err(PyErr::type_error(format!("complex.conjugate() takes no arguments ({} given)", args.len()))))
        }
        _ => None,
    }
}

/// A number's value for `complex()`: a complex (own or through
/// `__complex__`), or a real number (through `__float__`/`__index__` too).
fn number(v: &Value) -> Option<PyResult<(C, bool)>> {
    if let Some(z) = parts(v) {
        return Some(Ok((z, true)));
    }
    if let Some(r) = crate::types::class::call_special(v, "__complex__", Vec::new) {
        return Some(r.and_then(|c| {
            parts(&c)
                .map(|z| (z, true))
                .ok_or_else(|| PyErr::type_error(format!("__complex__ returned non-complex (type {})", c.type_name())))
        }));
    }
    match v {
        Value::Bool(_) | Value::Int(_) | Value::Big(_) | Value::Float(_) => Some(v.to_f64().map(|f| ((f, 0.0), false))),
        Value::Instance(_)
            if crate::types::class::special(v, "__float__").is_some() || crate::types::class::has_index(v) =>
        {
            Some(v.to_f64().map(|f| ((f, 0.0), false)))
        }
        _ => None,
    }
}

/// `complex(real=0, imag=0)`, `complex(string)`.
pub fn construct(real: Option<&Value>, imag: Option<&Value>) -> PyResult<Value> {
    if let Some(Value::Str(s)) = real {
        if imag.is_some() {
            return Err(PyErr::type_error("complex() can't take second arg if first is a string"));
        }
        let (re, im) = from_str(s.as_str())?;
        return Ok(new(re, im));
    }
    if let Some(Value::Str(_)) = imag {
        return Err(PyErr::type_error("complex() second arg can't be a string"));
    }
    // An exact complex with no imaginary argument is returned as it is.
    if let (Some(r @ Value::Native(_)), None) = (real, imag) {
        if parts(r).is_some() {
            return Ok(r.clone());
        }
    }
    let (r, r_complex) = match real {
        None => ((0.0, 0.0), false),
        Some(v) => number(v).ok_or_else(|| {
            PyErr::type_error(format!("complex() first argument must be a string or a number, not '{}'", v.type_name()))
        })??,
    };
    let (i, i_complex) = match imag {
        None => ((0.0, 0.0), false),
        Some(v) => number(v).ok_or_else(|| {
            PyErr::type_error(format!("complex() second argument must be a number, not '{}'", v.type_name()))
        })??,
    };
    // complex(a, b) is a + b*1j.
    let re = if i_complex { r.0 - i.1 } else { r.0 };
    let im = match imag {
        None => r.1,
        Some(_) if r_complex => i.0 + r.1,
        Some(_) => i.0,
    };
    Ok(new(re, im))
}

/// The longest float prefix of `s` (sign, digits, point, exponent, or
/// inf/infinity/nan) and its value.
fn float_prefix(s: &str) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let lower = s[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if lower.starts_with(word) {
            let end = i + word.len();
            let v = if word == "nan" { f64::NAN } else { f64::INFINITY };
            return Some((if b[0] == b'-' { -v } else { v }, end));
        }
    }
    let digits_from = |mut k: usize| {
        let start = k;
        while k < b.len() && b[k].is_ascii_digit() {
            k += 1;
        }
        (k, k - start)
    };
    let (mut k, whole) = digits_from(i);
    let mut frac = 0;
    if k < b.len() && b[k] == b'.' {
        let (k2, n) = digits_from(k + 1);
        frac = n;
        k = k2;
    }
    if whole + frac == 0 {
        return None;
    }
    if k < b.len() && (b[k] == b'e' || b[k] == b'E') {
        let mut e = k + 1;
        if e < b.len() && (b[e] == b'+' || b[e] == b'-') {
            e += 1;
        }
        let (e2, n) = digits_from(e);
        if n > 0 {
            k = e2;
        }
    }
    s[..k].parse::<f64>().ok().map(|v| (v, k))
}

fn malformed() -> PyErr {
    PyErr::value_error("complex() arg is a malformed string")
}

/// `complex(s)`: `1+2j`, `(1-2.5J)`, `j`, `-inf`..., with underscores
/// only between digits.
pub fn from_str(text: &str) -> PyResult<C> {
    let s = if text.contains('_') {
        let cs: Vec<char> = text.chars().collect();
        let ok = cs.iter().enumerate().all(|(i, &c)| {
            c != '_' || (i > 0 && i + 1 < cs.len() && cs[i - 1].is_ascii_digit() && cs[i + 1].is_ascii_digit())
        });
        if !ok {
            return Err(PyErr::value_error(format!(
                "could not convert string to complex: {}",
                crate::types::str::str_repr(text)
            )));
        }
        text.replace('_', "")
    } else {
        text.to_string()
    };
    let s = s.trim_matches(crate::types::str::is_py_space);
    let s = match s.strip_prefix('(') {
        Some(rest) => rest.strip_suffix(')').ok_or_else(malformed)?.trim_matches(crate::types::str::is_py_space),
        None => s,
    };
    let b = s.as_bytes();
    let j = |k: usize| k < b.len() && (b[k] == b'j' || b[k] == b'J');
    let (mut re, mut im) = (0.0, 0.0);
    let mut k;
    match float_prefix(s) {
        Some((z, end)) => {
            k = end;
            if k < b.len() && (b[k] == b'+' || b[k] == b'-') {
                re = z;
                match float_prefix(&s[k..]) {
                    Some((y, n)) => {
                        im = y;
                        k += n;
                    }
                    None => {
                        im = if b[k] == b'+' { 1.0 } else { -1.0 };
                        k += 1;
                    }
                }
                if !j(k) {
                    return Err(malformed());
                }
                k += 1;
            } else if j(k) {
                im = z;
                k += 1;
            } else {
                re = z;
            }
        }
        None => {
            k = 0;
            if k < b.len() && (b[k] == b'+' || b[k] == b'-') {
                im = if b[k] == b'+' { 1.0 } else { -1.0 };
                k += 1;
            } else {
                im = 1.0;
            }
            if !j(k) {
                return Err(malformed());
            }
            k += 1;
        }
    }
    if k != b.len() {
        return Err(malformed());
    }
    Ok((re, im))
}
