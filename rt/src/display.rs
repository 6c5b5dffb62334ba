//! Displays with unpacking: `[a, *b]`, `(*a, b)`, `{*a, b}` and
//! `{**m, k: v}`, built left to right as CPython builds them.

use crate::exc::{PyErr, PyResult};
use crate::value::Value;

/// The items of a `*x` in a display (a set display reports a
/// non-iterable as plainly as `set(x)` would).
fn unpack(v: &Value, plain: bool) -> PyResult<Vec<Value>> {
    crate::iter::collect(v).map_err(|e| {
        if !plain && e.matches(&crate::exc::TYPE_ERROR) && crate::iter::iter(v).is_err() {
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
        "l" => Value::List(crate::list::from_vec(out)),
        "t" => Value::Tuple(crate::tuple::new(out)),
        _ => {
            let s = crate::set::new();
            for v in out {
                crate::set::add(&s, v)?;
            }
            Value::Set(s)
        }
    })
}

/// A dict display: `flags` has `*` for a `**mapping` item (one value) and
/// `.` for a `key: value` pair (two values).
pub fn dict(items: Vec<Value>, flags: &str) -> PyResult<Value> {
    let d = crate::dict::new();
    let mut items = items.into_iter();
    for f in flags.chars() {
        let first = items.next().expect("a value per flag");
        if f == '*' {
            merge(&d, &first)?;
        } else {
            let v = items.next().expect("a value for the key");
            crate::dict::setitem(&d, first, v)?;
        }
    }
    Ok(Value::Dict(d))
}

/// `{**m}`: a dict's entries, or what a mapping's `keys()` and `[]` give.
fn merge(d: &crate::dict::Dict, m: &Value) -> PyResult<()> {
    if let Value::Dict(src) = m {
        for (k, v) in src.items_vec() {
            crate::dict::setitem(d, k, v)?;
        }
        return Ok(());
    }
    if !matches!(m, Value::Instance(_)) || crate::class::special(m, "keys").is_none() {
        return Err(PyErr::type_error(format!("'{}' object is not a mapping", m.type_name())));
    }
    let keys = crate::methods::call(m, "keys", Vec::new(), &[])?;
    for k in crate::iter::collect(&keys)? {
        let v = crate::ops::getitem(m, &k)?;
        crate::dict::setitem(d, k, v)?;
    }
    Ok(())
}
