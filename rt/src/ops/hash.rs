//! `hash()` and key equality, as dicts and sets use them.
//!
//! Numbers hash exactly as in CPython (so `1`, `1.0` and `True` collide and
//! compare equal, and int sets iterate in CPython's order). Strings use a
//! fixed hash: CPython randomizes string hashes per run, so no program can
//! depend on their values.

use std::hash::Hasher;

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::int;

pub use crate::object::dicttable::Key;
pub use crate::types::float::{frexp, hash as hash_f64};

fn hash_str(s: &str) -> i64 {
    hash_str_bytes(s.as_bytes())
}

/// Strings and bytes hash their bytes (so equal ASCII text hashes alike,
/// as in CPython).
fn hash_str_bytes(data: &[u8]) -> i64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    h.write(data);
    let v = (h.finish() >> 1) as i64;
    if v == -1 {
        -2
    } else {
        v
    }
}

/// CPython's tuple hash (xxHash-style mixing of the element hashes).
fn hash_tuple(items: &[Value]) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for item in items {
        let lane = hash(item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

/// `hash(v)`.
pub fn hash(v: &Value) -> PyResult<i64> {
    Ok(match v {
        Value::None => 0x5f3759df,
        Value::Bool(b) => *b as i64,
        Value::Int(i) => int::hash(&int::Int::Small(*i)),
        Value::Big(b) => int::hash(&int::Int::Big(b.clone())),
        Value::Float(f) => crate::types::float::hash(*f),
        Value::Str(s) => {
            let h = s.hash.get();
            if h != crate::object::layout::str::NO_HASH {
                return Ok(h);
            }
            let h = hash_str_bytes(s.bytes());
            s.hash.set(h);
            h
        }
        Value::Bytes(b) => hash_str_bytes(&b.data),
        Value::Tuple(t) => hash_tuple(t.items())?,
        Value::Set(s) if s.frozen => crate::types::set::hash(s),
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_) | Value::Deque(_) => {
            return Err(PyErr::type_error(format!("unhashable type: '{}'", v.type_name())))
        }
        Value::Native(_) if crate::types::complex::parts(v).is_some() => {
            crate::types::complex::hash(crate::types::complex::parts(v).unwrap())
        }
        Value::Native(n) if matches!(**n, crate::types::native::NativeObj::WeakRef(_)) => {
            let crate::types::native::NativeObj::WeakRef(w) = &**n else { unreachable!() };
            crate::types::weakref::hash(w)?
        }
        Value::Native(n) if crate::types::alias::hash_text(n).is_some() => {
            hash_str(&crate::types::alias::hash_text(n).unwrap_or_default())
        }
        Value::Native(_) if crate::types::slice::parts(v).is_some() => {
            return Err(PyErr::type_error(format!("unhashable type: '{}'", v.type_name())))
        }
        // A range hashes as (len, start, step), with None for what its
        // length makes irrelevant, so equal ranges hash alike.
        Value::Range(r) => {
            let n = r.len_int();
            let (start, _, step) = r.parts();
            let (start, step) = match n.as_i64() {
                Some(0) => (Value::None, Value::None),
                Some(1) => (Value::from_int(start), Value::None),
                _ => (Value::from_int(start), Value::from_int(step)),
            };
            hash_tuple(&[Value::from_int(n), start, step])?
        }
        Value::Instance(i) => {
            // `__hash__`, else identity; a class defining `__eq__` alone is unhashable.
            // `__hash__ = None` (set for classes defining `__eq__` alone): unhashable.
            if matches!(crate::types::class::lookup(&i.class, "__hash__"), Some(Value::None)) {
                return Err(PyErr::type_error(format!("unhashable type: '{}'", v.type_name())));
            }
            if let Some(r) = crate::types::class::call_special(v, "__hash__", Vec::new) {
                return match r? {
                    Value::Int(h) => Ok(if h == -1 { -2 } else { h }),
                    Value::Bool(b) => Ok(b as i64),
                    other => Err(PyErr::type_error(format!(
                        "__hash__ method should return an integer, not '{}'",
                        other.type_name()
                    ))),
                };
            }
            if let Some(b) = &i.base {
                if matches!(b, Value::List(_) | Value::Dict(_)) {
                    return Err(PyErr::type_error(format!("unhashable type: '{}'", v.type_name())));
                }
                return hash(b);
            }
            v.id() >> 4
        }
        // Equal bound methods (the same object, equal functions) hash alike.
        Value::Method(m) => (m.recv.id() >> 4) ^ hash(&m.func)?,
        other => other.id() >> 4,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_hash_as_in_cpython() {
        assert_eq!(hash_f64(1.0), 1);
        assert_eq!(hash_f64(1.5), 1152921504606846977);
        assert_eq!(hash_f64(-2.5), -1152921504606846978);
        assert_eq!(hash_f64(1e100), 1822893315824342674);
        assert_eq!(hash(&Value::Int(-1)).unwrap(), -2);
        assert_eq!(hash_tuple(&[]).unwrap(), 5740354900026072187);
        assert_eq!(hash_tuple(&[Value::Int(1), Value::Int(2)]).unwrap(), -3550055125485641917);
    }
}
