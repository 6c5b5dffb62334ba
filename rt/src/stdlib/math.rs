//! The `math` module, with CPython's results and errors ("math domain
//! error", "math range error", exact integer functions on big ints, and
//! `fsum`'s exact summation).

use crate::object::layout::bigint::{BigExt, BigInt};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::exc::{self, PyErr, PyResult};
use crate::object::value::Value;
use crate::types::int::Int;

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range_err() -> PyErr {
    PyErr::new(&exc::OVERFLOW_ERROR, "math range error")
}

/// A real-number argument as a float (CPython's `must be real number`).
fn real(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => v.to_f64(),
        // An object's `__float__`, else its `__index__`, as CPython's
        // math functions take them.
        other => other.to_f64(),
    }
}

/// An integer argument (CPython's `'float' object cannot be interpreted as an integer`).
fn integer(v: &Value) -> PyResult<Int> {
    // Ints, bools and objects with `__index__`; CPython's TypeError otherwise.
    v.to_int()
}

/// A float result: NaN from non-NaN arguments is a domain error, an
/// infinity from finite ones a range error.
fn checked(r: f64, args: &[f64]) -> PyResult<f64> {
    if r.is_nan() && !args.iter().any(|a| a.is_nan()) {
        return Err(domain());
    }
    if r.is_infinite() && args.iter().all(|a| a.is_finite()) {
        return Err(range_err());
    }
    Ok(r)
}

// ---- the float functions, typed --------------------------------------------------
//
// Compiled code calls these directly for `math.f(x)` on floats (the
// registry's `MATH_*` primitives); the dynamic `call` below reaches the
// same functions, so both paths agree.

macro_rules! unary {
    ($($name:ident = $f:expr;)*) => {$(
        pub fn $name(x: f64) -> PyResult<f64> {
            checked($f(x), &[x])
        }
    )*};
}

unary! {
    exp = f64::exp;
    sin = f64::sin;
    cos = f64::cos;
    tan = f64::tan;
    asin = f64::asin;
    acos = f64::acos;
    atan = f64::atan;
    sinh = f64::sinh;
    cosh = f64::cosh;
    tanh = f64::tanh;
    fabs = f64::abs;
    degrees = f64::to_degrees;
    radians = f64::to_radians;
}

pub fn sqrt(x: f64) -> PyResult<f64> {
    if x < 0.0 {
        return Err(domain());
    }
    Ok(x.sqrt())
}

/// `log`, `log2`, `log10` of a float: a domain error unless positive.
fn positive_log(x: f64, f: fn(f64) -> f64) -> PyResult<f64> {
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(f(x))
}

pub fn log(x: f64) -> PyResult<f64> {
    positive_log(x, f64::ln)
}

pub fn log2(x: f64) -> PyResult<f64> {
    positive_log(x, f64::log2)
}

pub fn log10(x: f64) -> PyResult<f64> {
    positive_log(x, f64::log10)
}

pub fn pow(x: f64, y: f64) -> PyResult<f64> {
    if x == 0.0 && y < 0.0 {
        return Err(domain());
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(domain());
    }
    checked(x.powf(y), &[x, y])
}

pub fn atan2(y: f64, x: f64) -> PyResult<f64> {
    Ok(y.atan2(x))
}

pub fn copysign(x: f64, y: f64) -> PyResult<f64> {
    Ok(x.copysign(y))
}

pub fn fmod(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 || x.is_infinite() {
        return Err(domain());
    }
    Ok(x % y)
}

/// `hypot(x, y)`.
pub fn hypot(x: f64, y: f64) -> PyResult<f64> {
    Ok(0.0f64.hypot(x).hypot(y))
}

pub fn floor(x: f64) -> PyResult<Int> {
    crate::types::int::from_f64(x.floor())
}

pub fn ceil(x: f64) -> PyResult<Int> {
    crate::types::int::from_f64(x.ceil())
}

pub fn trunc(x: f64) -> PyResult<Int> {
    crate::types::int::from_f64(x.trunc())
}

fn to_int_value(b: BigInt) -> Value {
    Value::from_int(Int::from(b))
}

pub fn constant(name: &str) -> Option<Value> {
    Some(Value::Float(match name {
        "pi" => std::f64::consts::PI,
        "e" => std::f64::consts::E,
        "tau" => std::f64::consts::TAU,
        "inf" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => return None,
    }))
}

/// The C library's functions, which CPython's math module calls for these
/// (Rust's own versions differ from them in the last digit). `cbrt` is
/// left out: Rust's runtime library defines its own, which the link
/// prefers to the C library's, and it differs in the last digit.
mod c {
    extern "C" {
        pub fn acosh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn ldexp(x: f64, e: i32) -> f64;
        pub fn frexp(x: f64, e: *mut i32) -> f64;
    }
}

pub fn call(name: &str, mut args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let short = crate::stdlib::short_name(name);
    let kwvals = args.split_off(args.len() - kw.len());
    let kwargs: Vec<(&str, Value)> = kw.iter().copied().zip(kwvals).collect();
    if short != "isclose" && short != "prod" {
        crate::stdlib::no_kwargs(name, kw)?;
    }
    let a = &args;
    let arity = |lo: usize, hi: usize| crate::builtins::arity(short, a, lo, hi);
    let unary = |f: fn(f64) -> PyResult<f64>| -> PyResult<Value> {
        crate::builtins::arity(short, a, 1, 1)?;
        f(real(&a[0])?).map(Value::Float)
    };
    match short {
        "sqrt" => unary(sqrt),
        "exp" => unary(exp),
        "sin" => unary(sin),
        "cos" => unary(cos),
        "tan" => unary(tan),
        "asin" => unary(asin),
        "acos" => unary(acos),
        "atan" => unary(atan),
        "sinh" => unary(sinh),
        "cosh" => unary(cosh),
        "tanh" => unary(tanh),
        "fabs" => unary(fabs),
        "degrees" => unary(degrees),
        "radians" => unary(radians),
        "log" | "log2" | "log10" => {
            arity(1, if short == "log" { 2 } else { 1 })?;
            // CPython's `loghelper`: an int is converted to a float when it
            // fits; a bigger one is x * 2**e with x in [0.5, 1), and its log
            // f(x) + f(2) * e.
            let helper = |v: &Value, f: fn(f64) -> f64| -> PyResult<f64> {
                if let Value::Big(b) = v {
                    if !b.is_positive() {
                        return Err(domain());
                    }
                    if let Ok(x) = crate::types::int::big_to_f64(b) {
                        return Ok(f(x));
                    }
                    let (x, e) = frexp_big(b);
                    return Ok(f(x) + f(2.0) * e as f64);
                }
                positive_log(real(v)?, f)
            };
            let r = match short {
                "log2" => helper(&a[0], f64::log2)?,
                "log10" => helper(&a[0], f64::log10)?,
                _ => {
                    let num = helper(&a[0], f64::ln)?;
                    match a.get(1) {
                        Some(b) => {
                            let den = helper(b, f64::ln)?;
                            if den == 0.0 {
                                return Err(PyErr::new(&exc::ZERO_DIVISION_ERROR, "float division by zero"));
                            }
                            num / den
                        }
                        None => num,
                    }
                }
            };
            Ok(Value::Float(r))
        }
        "pow" => {
            arity(2, 2)?;
            pow(real(&a[0])?, real(&a[1])?).map(Value::Float)
        }
        "atan2" | "copysign" | "fmod" | "hypot" if a.len() == 2 || short == "hypot" => {
            let xs: Vec<f64> = a.iter().map(real).collect::<PyResult<_>>()?;
            match short {
                "hypot" => Ok(Value::Float(xs.iter().fold(0.0f64, |acc, x| acc.hypot(*x)))),
                _ => {
                    let (x, y) = (xs[0], xs[1]);
                    match short {
                        "atan2" => atan2(x, y),
                        "copysign" => copysign(x, y),
                        _ => fmod(x, y),
                    }
                    .map(Value::Float)
                }
            }
        }
        "floor" | "ceil" | "trunc" => {
            arity(1, 1)?;
            match &a[0] {
                Value::Int(_) | Value::Big(_) => Ok(a[0].clone()),
                Value::Bool(b) => Ok(Value::Int(*b as i64)),
                v => {
                    // An object's own `__floor__`, `__ceil__` or `__trunc__`
                    // first (a Fraction's is exact); `trunc` has no other way.
                    if crate::types::class::class_of(v).is_some() {
                        let dunder = format!("__{short}__");
                        if let Some(r) = crate::types::class::call_special(v, &dunder, Vec::new) {
                            return r;
                        }
                    }
                    if let Some(b) = crate::types::class::base_value(v) {
                        // An instance of a class deriving from int or float.
                        return call(name, vec![b], &[]);
                    }
                    if short == "trunc" && !matches!(v, Value::Float(_)) {
                        return Err(PyErr::type_error(format!(
                            "type {} doesn't define __trunc__ method",
                            v.type_name()
                        )));
                    }
                    let x = real(v)?;
                    let r = match short {
                        "floor" => floor(x)?,
                        "ceil" => ceil(x)?,
                        _ => trunc(x)?,
                    };
                    Ok(Value::from_int(r))
                }
            }
        }
        "isnan" | "isinf" | "isfinite" => {
            arity(1, 1)?;
            let x = real(&a[0])?;
            Ok(Value::Bool(match short {
                "isnan" => x.is_nan(),
                "isinf" => x.is_infinite(),
                _ => x.is_finite(),
            }))
        }
        "gcd" | "lcm" => {
            let mut acc = BigInt::from(if short == "gcd" { 0 } else { 1 });
            for v in a {
                let n = integer(v)?.to_big();
                acc = if short == "gcd" {
                    // (The library's gcd is undefined when both are zero.)
                    if acc.is_zero() {
                        n.abs()
                    } else if n.is_zero() {
                        acc
                    } else {
                        acc.gcd(&n)
                    }
                } else if acc.is_zero() || n.is_zero() {
                    BigInt::zero()
                } else {
                    acc.lcm(&n)
                };
            }
            Ok(to_int_value(acc.abs()))
        }
        "factorial" => {
            arity(1, 1)?;
            let n = integer(&a[0])?;
            if n.is_negative() {
                return Err(PyErr::value_error("factorial() not defined for negative values"));
            }
            let n = n.as_i64().ok_or_else(|| {
                PyErr::new(&exc::OVERFLOW_ERROR, "factorial() argument should not exceed 9223372036854775807")
            })?;
            let mut acc = BigInt::one();
            for k in 2..=n {
                acc *= k;
            }
            Ok(to_int_value(acc))
        }
        "isqrt" => {
            arity(1, 1)?;
            let n = integer(&a[0])?;
            if n.is_negative() {
                return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
            }
            Ok(to_int_value(num_integer::Roots::sqrt(&n.to_big())))
        }
        "comb" | "perm" => {
            arity(1, 2)?;
            let n = integer(&a[0])?;
            let k = match a.get(1) {
                Some(Value::None) | None if short == "perm" => n.clone(),
                Some(v) => integer(v)?,
                None => return Err(PyErr::type_error("comb expected 2 arguments, got 1")),
            };
            if n.is_negative() {
                return Err(PyErr::value_error("n must be a non-negative integer"));
            }
            if k.is_negative() {
                return Err(PyErr::value_error("k must be a non-negative integer"));
            }
            let (n, k) = (n.to_big(), k.to_big());
            if k > n {
                return Ok(Value::Int(0));
            }
            let k = if short == "comb" { k.clone().min(&n - &k) } else { k };
            let steps = k.to_u64().ok_or_else(|| PyErr::new(&exc::OVERFLOW_ERROR, "too large"))?;
            let mut acc = BigInt::one();
            for i in 0..steps {
                acc *= &n - BigInt::from(i);
                if short == "comb" {
                    acc /= BigInt::from(i + 1);
                }
            }
            Ok(to_int_value(acc))
        }
        "prod" => {
            arity(1, 1)?;
            let mut acc = kwargs.iter().find(|(k, _)| *k == "start").map(|(_, v)| v.clone()).unwrap_or(Value::Int(1));
            let it = crate::types::iter::iter(&a[0])?;
            while let Some(v) = crate::types::iter::next(&it)? {
                acc = crate::ops::binary(crate::ops::BinOp::Mul, &acc, &v)?;
            }
            Ok(acc)
        }
        "fsum" => {
            arity(1, 1)?;
            let items = crate::types::iter::collect(&a[0])?;
            let xs: Vec<f64> = items.iter().map(real).collect::<PyResult<_>>()?;
            fsum(&xs)
        }
        "isclose" => {
            arity(2, 2)?;
            let (x, y) = (real(&a[0])?, real(&a[1])?);
            let tol = |k: &str, d: f64| -> PyResult<f64> {
                kwargs.iter().find(|(n, _)| *n == k).map_or(Ok(d), |(_, v)| real(v))
            };
            let (rel, abs) = (tol("rel_tol", 1e-9)?, tol("abs_tol", 0.0)?);
            if rel < 0.0 || abs < 0.0 {
                return Err(PyErr::value_error("tolerances must be non-negative"));
            }
            if x == y {
                return Ok(Value::Bool(true));
            }
            if x.is_infinite() || y.is_infinite() {
                return Ok(Value::Bool(false));
            }
            let d = (x - y).abs();
            Ok(Value::Bool(d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs))
        }
        "acosh" => unary(|x| checked(unsafe { c::acosh(x) }, &[x])),
        "asinh" => unary(|x| checked(unsafe { c::asinh(x) }, &[x])),
        "atanh" => {
            arity(1, 1)?;
            let x = real(&a[0])?;
            if x.abs() >= 1.0 {
                return Err(domain());
            }
            Ok(Value::Float(unsafe { c::atanh(x) }))
        }
        "log1p" => {
            arity(1, 1)?;
            let x = real(&a[0])?;
            if x <= -1.0 {
                return Err(domain());
            }
            Ok(Value::Float(unsafe { c::log1p(x) }))
        }
        "expm1" => unary(|x| checked(unsafe { c::expm1(x) }, &[x])),
        "exp2" => unary(|x| checked(unsafe { c::exp2(x) }, &[x])),
        "erf" => unary(|x| checked(unsafe { c::erf(x) }, &[x])),
        "erfc" => unary(|x| checked(unsafe { c::erfc(x) }, &[x])),
        "ldexp" => {
            arity(2, 2)?;
            let x = real(&a[0])?;
            let i = match &a[1] {
                Value::Int(_) | Value::Big(_) | Value::Bool(_) => a[1].to_int()?,
                _ => return Err(PyErr::type_error("Expected an int as second argument to ldexp.")),
            };
            if x == 0.0 || !x.is_finite() {
                return Ok(Value::Float(x));
            }
            // Exponents past the float range saturate: the result is 0 or overflows.
            let e = i.to_f64().unwrap_or(if i.is_negative() { -1e9 } else { 1e9 }).clamp(-1e5, 1e5) as i32;
            checked(unsafe { c::ldexp(x, e) }, &[x]).map(Value::Float)
        }
        "frexp" => {
            arity(1, 1)?;
            let x = real(&a[0])?;
            let (m, e) = if x == 0.0 || !x.is_finite() {
                (x, 0)
            } else {
                let mut e = 0;
                (unsafe { c::frexp(x, &mut e) }, e)
            };
            Ok(Value::Tuple(crate::types::tuple::new(vec![Value::Float(m), Value::Int(e as i64)])))
        }
        "modf" => {
            arity(1, 1)?;
            let x = real(&a[0])?;
            let frac = if x.is_infinite() { 0.0f64.copysign(x) } else { x.fract() };
            Ok(Value::Tuple(crate::types::tuple::new(vec![Value::Float(frac), Value::Float(x.trunc())])))
        }
        _ => Err(PyErr::type_error(format!("{short}() takes exactly 2 arguments ({} given)", a.len()))),
    }
}

/// A positive big int as x * 2**e with x in [0.5, 1), x correctly rounded
/// (the bits below the top 64 kept as a sticky bit).
fn frexp_big(b: &crate::object::layout::bigint::BigInt) -> (f64, u64) {
    let bits = b.bits();
    let shift = bits.saturating_sub(64);
    let top = (b >> shift as usize).to_u64().unwrap_or(u64::MAX);
    let sticky = shift > 0 && b.trailing_zeros().is_some_and(|z| (z as u64) < shift);
    let x = (top | sticky as u64) as f64 / 2f64.powi(bits.min(64) as i32);
    if x >= 1.0 {
        (0.5, bits + 1)
    } else {
        (x, bits)
    }
}

/// `math.fsum`: Shewchuk's exact summation, as CPython's.
fn fsum(xs: &[f64]) -> PyResult<Value> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for &x0 in xs {
        let mut x = x0;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}
