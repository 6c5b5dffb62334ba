//! Displays with unpacking: `[a, *b]`, `(*a, b)`, `{*a, b}` and
//! `{**m, k: v}`, built left to right as CPython builds them.

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;

/// The items of a `*x` in a display (a set display reports a
/// non-iterable as plainly as `set(x)` would).
fn unpack(v: &Value, plain: bool) -> PyResult<Vec<Value>> {
    crate::types::iter::collect(v).map_err(|e| {
        if !plain && e.matches(&crate::object::exc::TYPE_ERROR) && crate::types::iter::iter(v).is_err() {
            PyErr::type_error(format!("Value after * must be an iterable, not {}", v.type_name()))
        } else {
            e
        }
    })
}

/// A list (`kind` "l"), tuple ("t") or set ("s") display: `flags` has `*`
/// for each item to unpack and `.` for each plain item.
pub fn sequence(kind: &str, items: Vec<Value>, flags: &str) -> PyResult<Value> {
    let mut out = Vec::with_capacity(items.len());
    for (v, f) in items.into_iter().zip(flags.chars()) {
        if f == '*' {
            out.extend(unpack(&v, kind == "s")?);
        } else {
            out.push(v);
        }
    }
    Ok(match kind {
        "l" => Value::List(crate::types::list::from_vec(out)),
        "t" => Value::Tuple(crate::types::tuple::new(out)),
        _ => {
            let s = crate::types::set::new();
            for v in out {
                crate::types::set::add(&s, v)?;
            }
            Value::Set(s)
        }
    })
}

/// A dict display: `flags` has `*` for a `**mapping` item (one value) and
/// `.` for a `key: value` pair (two values).
pub fn dict(items: Vec<Value>, flags: &str) -> PyResult<Value> {
    let d = crate::types::dict::new();
    let mut items = items.into_iter();
    for f in flags.chars() {
        let first = items.next().expect("a value per flag");
        if f == '*' {
            crate::types::dict::merge(&d, &first)?;
        } else {
            let v = items.next().expect("a value for the key");
            crate::types::dict::setitem(&d, first, v)?;
        }
    }
    Ok(Value::Dict(d))
}

/// The items of a long display of constants, encoded by the compiler as
/// one string (`i<digits>;`, `f<bits in hex>;`, `s<bytes>:<text>`, `n`,
/// `T`, `F`): a 100 000-item literal is one call instead of code per item,
/// which would exceed what a function's machine code may hold.
pub fn constants(encoded: &str) -> Vec<Value> {
    let b = encoded.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let field = |i: &mut usize, end: u8| -> &str {
        let start = *i;
        while b[*i] != end {
            *i += 1;
        }
        *i += 1;
        &encoded[start..*i - 1]
    };
    while i < b.len() {
        let tag = b[i];
        i += 1;
        out.push(match tag {
            b'i' => {
                let digits = field(&mut i, b';');
                match digits.parse::<i64>() {
                    Ok(v) => Value::Int(v),
                    Err(_) => Value::from_int(
                        crate::types::int::from_str_radix(digits, 10).expect("the compiler wrote an int"),
                    ),
                }
            }
            b'f' => Value::Float(f64::from_bits(
                u64::from_str_radix(field(&mut i, b';'), 16).expect("the compiler wrote float bits"),
            )),
            b's' => {
                let n: usize = field(&mut i, b':').parse().expect("the compiler wrote a length");
                let s = &encoded[i..i + n];
                i += n;
                Value::from_str(s)
            }
            b'n' => Value::None,
            b'T' => Value::Bool(true),
            _ => Value::Bool(false),
        });
    }
    out
}

/// A list display of constants (see [`constants`]).
pub fn const_list(encoded: &str) -> crate::types::list::List {
    crate::types::list::from_vec(constants(encoded))
}

/// A tuple display of constants (see [`constants`]).
pub fn const_tuple(encoded: &str) -> crate::types::tuple::Tuple {
    crate::types::tuple::new(constants(encoded))
}
