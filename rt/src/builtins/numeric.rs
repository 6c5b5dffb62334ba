//! The numeric builtins: `int()`/`float()` conversions, `round`, `divmod`,
//! three-argument `pow`, `bin`/`oct`/`hex`.

use super::*;

/// `int(v)`.
pub fn to_int(v: &Value) -> PyResult<Int> {
    match v {
        Value::Bool(b) => Ok(Int::Small(*b as i64)),
        Value::Int(i) => Ok(Int::Small(*i)),
        Value::Big(b) => Ok(Int::Big(b.clone())),
        Value::Float(f) => int::from_f64(*f),
        Value::Str(s) if crate::types::str::surrogates::holds(s) => Err(not_a_number(s, "int() with base 10")),
        Value::Str(s) => int::from_str_radix(s.as_str(), 10),
        Value::Bytes(_) | Value::ByteArray(_) => {
            let data = crate::ops::bytes_like(v).unwrap_or_default();
            let text = String::from_utf8(data).map_err(|_| {
                PyErr::value_error(format!("invalid literal for int() with base 10: {}", crate::ops::repr::repr(v)))
            })?;
            int::from_str_radix(&text, 10).map_err(|_| {
                PyErr::value_error(format!("invalid literal for int() with base 10: {}", crate::ops::repr::repr(v)))
            })
        }
        other => {
            // An object's `__int__`, then `__index__`, then `__trunc__`, as CPython tries them.
            for m in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = crate::types::class::call_special(other, m, Vec::new) {
                    let r = r?;
                    return match r {
                        Value::Int(_) | Value::Big(_) | Value::Bool(_) => r.to_int(),
                        _ => Err(PyErr::type_error(format!("{m} returned non-int (type {})", r.type_name()))),
                    };
                }
            }
            if let Some(b) = crate::types::class::base_value(other) {
                return to_int(&b);
            }
            Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                other.type_name()
            )))
        }
    }
}

/// The ValueError of `int()` for text holding a lone surrogate, which no
/// number's text does.
fn not_a_number(s: &crate::types::str::StrObj, what: &str) -> PyErr {
    PyErr::value_error(format!("invalid literal for {what}: {}", crate::types::str::repr_of(s)))
}

/// `int(s, base)`.
pub fn to_int_base(v: &Value, base: &Int) -> PyResult<Int> {
    let b = base.as_i64().unwrap_or(-1);
    if !(b == 0 || (2..=36).contains(&b)) {
        return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    match v {
        Value::Str(s) if crate::types::str::surrogates::holds(s) => {
            Err(not_a_number(s, &format!("int() with base {b}")))
        }
        Value::Str(s) => int::from_str_radix(s.as_str(), b as u32),
        other if matches!(crate::types::class::base_value(other), Some(Value::Str(_))) => {
            to_int_base(&crate::types::class::base_value(other).unwrap(), base)
        }
        _ => Err(PyErr::type_error("int() can't convert non-string with explicit base")),
    }
}

/// `float(v)`.
pub fn to_float(v: &Value) -> PyResult<f64> {
    match v {
        Value::Str(s) if crate::types::str::surrogates::holds(s) => {
            Err(PyErr::value_error(format!("could not convert string to float: {}", crate::types::str::repr_of(s))))
        }
        Value::Str(s) => crate::types::float::from_str(s.as_str()),
        Value::Float(f) => Ok(*f),
        Value::Bool(_) | Value::Int(_) | Value::Big(_) => v.to_f64(),
        // An object's `__float__` (or `__index__`), as `Value::to_f64` tries them.
        other if ["__float__", "__index__"].iter().any(|m| crate::types::class::special(other, m).is_some()) => {
            other.to_f64()
        }
        other if crate::types::class::base_value(other).is_some() => {
            to_float(&crate::types::class::base_value(other).unwrap())
        }
        other => Err(PyErr::type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            other.type_name()
        ))),
    }
}

/// `round(x)` for a dynamic number.
pub fn round(v: &Value) -> PyResult<Int> {
    if let Some(b) = crate::types::class::base_value(v) {
        return round(&b);
    }
    match v {
        Value::Float(f) => crate::types::float::round(*f),
        Value::Bool(_) | Value::Int(_) | Value::Big(_) => v.to_int(),
        other => Err(PyErr::type_error(format!("type {} doesn't define __round__ method", other.type_name()))),
    }
}

/// `round(x, n)` for a dynamic number.
pub fn round_digits(v: &Value, n: &Int) -> PyResult<Value> {
    match v {
        Value::Float(f) => Ok(Value::Float(crate::types::float::round_digits(*f, n)?)),
        Value::Bool(_) | Value::Int(_) | Value::Big(_) => {
            let i = v.to_int()?;
            if !n.is_negative() {
                return Ok(Value::from_int(i));
            }
            // Round half to even at 10**-n.
            let p = int::pow_nonneg(&Int::Small(10), &int::neg(n))?;
            let (q, r) = int::divmod(&i, &p)?;
            let twice = int::mul(&r, &Int::Small(2));
            let c = int::cmp(&twice, &p);
            let q = if c == std::cmp::Ordering::Greater
                || (c == std::cmp::Ordering::Equal && int::modulo(&q, &Int::Small(2))?.truthy())
            {
                int::add(&q, &Int::Small(1))
            } else {
                q
            };
            Ok(Value::from_int(int::mul(&q, &p)))
        }
        other => Err(PyErr::type_error(format!("type {} doesn't define __round__ method", other.type_name()))),
    }
}

/// `divmod(a, b)` for dynamic numbers.
pub fn divmod(a: &Value, b: &Value) -> PyResult<Value> {
    // `__divmod__` of the left operand, then `__rdivmod__` of the right.
    for (x, y, m) in [(a, b, "__divmod__"), (b, a, "__rdivmod__")] {
        if crate::types::class::class_of(x).is_some() {
            if let Some(r) = crate::types::class::call_special(x, m, || vec![y.clone()]) {
                let r = r?;
                if !crate::types::native::is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
    }
    let (x, y) = (crate::types::class::base_value(a), crate::types::class::base_value(b));
    if x.is_some() || y.is_some() {
        return divmod(&x.unwrap_or_else(|| a.clone()), &y.unwrap_or_else(|| b.clone()));
    }
    if crate::types::class::class_of(a).is_some() || crate::types::class::class_of(b).is_some() {
        return Err(PyErr::type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            a.type_name(),
            b.type_name()
        )));
    }
    let pair = |x: Value, y: Value| Value::Tuple(crate::types::tuple::new(vec![x, y]));
    match (a, b) {
        (Value::Float(_), _) | (_, Value::Float(_)) => {
            let (x, y) = (num_f64(a, b)?, num_f64(b, a)?);
            let (q, r) = crate::types::float::divmod(x, y)?;
            Ok(pair(Value::Float(q), Value::Float(r)))
        }
        _ => {
            let (x, y) = (num_int(a, b, "divmod()")?, num_int(b, a, "divmod()")?);
            let (q, r) = int::divmod(&x, &y)?;
            Ok(pair(Value::from_int(q), Value::from_int(r)))
        }
    }
}

pub(crate) fn num_f64(v: &Value, other: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Bool(_) | Value::Int(_) | Value::Big(_) => v.to_f64(),
        _ => Err(PyErr::type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            v.type_name(),
            other.type_name()
        ))),
    }
}

pub(crate) fn num_int(v: &Value, other: &Value, what: &str) -> PyResult<Int> {
    match v {
        Value::Bool(_) | Value::Int(_) | Value::Big(_) => v.to_int(),
        _ => Err(PyErr::type_error(format!(
            "unsupported operand type(s) for {what}: '{}' and '{}'",
            v.type_name(),
            other.type_name()
        ))),
    }
}

/// `pow(a, b, m)`.
pub fn pow3(a: &Value, b: &Value, m: &Value) -> PyResult<Int> {
    let all_int = [a, b, m].iter().all(|v| matches!(v, Value::Bool(_) | Value::Int(_) | Value::Big(_)));
    // The operands' own slots decide, as CPython tries them in turn: a
    // float base refuses a modulus, complex refuses it with its own error.
    let number = |v: &&Value| {
        matches!(v, Value::Bool(_) | Value::Int(_) | Value::Big(_) | Value::Float(_))
            || crate::types::complex::parts(v).is_some()
    };
    if !matches!(a, Value::Float(_)) && ![a, b, m].iter().all(number) && crate::types::class::class_of(a).is_none() {
        return Err(PyErr::type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            a.type_name(),
            b.type_name(),
            m.type_name()
        )));
    }
    if !matches!(a, Value::Float(_)) && [a, b, m].iter().any(|v| crate::types::complex::parts(v).is_some()) {
        return Err(PyErr::value_error("complex modulo"));
    }
    if !all_int {
        return Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    int::pow_mod(&a.to_int()?, &b.to_int()?, &m.to_int()?)
}

pub(crate) fn int_arg(v: &Value) -> PyResult<Int> {
    // Ints, bools and objects with `__index__`; CPython's TypeError otherwise.
    v.to_int()
}

pub fn bin(v: &Value) -> PyResult<Str> {
    Ok(crate::types::str::from_string(int::to_radix(&int_arg(v)?, 2, "0b")))
}

pub fn oct(v: &Value) -> PyResult<Str> {
    Ok(crate::types::str::from_string(int::to_radix(&int_arg(v)?, 8, "0o")))
}

pub fn hex(v: &Value) -> PyResult<Str> {
    Ok(crate::types::str::from_string(int::to_radix(&int_arg(v)?, 16, "0x")))
}
