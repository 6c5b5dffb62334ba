//! Subscripts and slices on dynamic values (`c[i]`, `c[a:b:s]`, their
//! assignment and deletion) and `len()`.

use super::*;

fn index_of(container: &Value, i: &Value) -> PyResult<Int> {
    match num(i) {
        Some(Num::I(i)) => Ok(i),
        _ if crate::types::class::class_of(i).is_some() && crate::types::class::has_index(i) => i.to_int(),
        _ => Err(PyErr::type_error(format!(
            "{} indices must be integers or slices, not {}",
            // A named tuple is worded as the tuple it is.
            match container {
                Value::Tuple(_) => "tuple",
                other => other.type_name(),
            },
            i.type_name()
        ))),
    }
}

/// `c[i]`.
#[inline]
pub fn getitem(c: &Value, i: &Value) -> PyResult<Value> {
    if let (Value::List(l), Value::Int(k)) = (c, i) {
        return list::getitem(l, &Int::Small(*k));
    }
    getitem_general(c, i)
}

fn getitem_general(c: &Value, i: &Value) -> PyResult<Value> {
    if let Some(r) = crate::types::class::call_special(c, "__getitem__", || vec![i.clone()]) {
        return r;
    }
    if let Some(b) = crate::types::class::base_value(c) {
        // A dict subclass's `__missing__` answers for an absent key.
        if let (Value::Dict(d), Some(missing)) = (&b, crate::types::class::special(c, "__missing__")) {
            return match dict::get_opt(d, i)? {
                Some(v) => Ok(v),
                None => crate::types::func::call(&missing, vec![i.clone()], &[]),
            };
        }
        return getitem(&b, i);
    }
    if let Some(h) = crate::types::native::subscript_hint(c, i) {
        return h;
    }
    if let Some(r) = crate::types::native::ext_getitem(c, i) {
        return r;
    }
    if let Some([a, b, st]) = crate::types::slice::parts(i).filter(|_| !user_subscript(c)) {
        return getslice(c, slice_bound(a)?, slice_bound(b)?, slice_bound(st)?);
    }
    match c {
        // `C[item]` of a class defining `__class_getitem__` (PEP 560).
        Value::Class(k) if crate::types::class::lookup(k, "__class_getitem__").is_some() => {
            let f = crate::ops::methods::getattr(c, "__class_getitem__")?;
            return crate::types::func::call(&f, vec![i.clone()], &[]);
        }
        // `Generic[T]` as a base: the class itself.
        Value::Class(k) if k.module == "typing" => return Ok(c.clone()),
        // `list[int]`: a generic alias.
        Value::Type(t) => return crate::types::alias::subscript_type(t, i),
        _ => {}
    }
    if let Some(items) = crate::types::native::tuple_items(c) {
        return getitem(&Value::Tuple(crate::types::tuple::new(items)), i);
    }
    match c {
        Value::List(l) => list::getitem(l, &index_of(c, i)?),
        Value::Tuple(t) => tuple::getitem(t, &index_of(c, i)?),
        Value::Str(s) => {
            let idx = match num(i) {
                Some(Num::I(i)) => i,
                _ if crate::types::class::class_of(i).is_some() && crate::types::class::has_index(i) => i.to_int()?,
                _ => {
                    return Err(PyErr::type_error(format!("string indices must be integers, not '{}'", i.type_name())))
                }
            };
            Ok(Value::Str(pystr::getitem(s, &idx)?))
        }
        Value::Range(r) => Ok(Value::from_int(crate::types::range::getitem(r, &index_of(c, i)?)?)),
        Value::ByteArray(b) => match num(i) {
            Some(Num::I(k)) => crate::types::bytearray::getitem(b, &k),
            _ => Err(PyErr::type_error(format!("bytearray indices must be integers or slices, not {}", i.type_name()))),
        },
        Value::Bytes(b) => match num(i) {
            Some(Num::I(k)) => crate::types::bytes::getitem(&b.data, &k),
            _ => Err(PyErr::type_error(format!("byte indices must be integers or slices, not {}", i.type_name()))),
        },
        Value::Dict(d) => dict::getitem(d, i),
        Value::Deque(d) => crate::types::deque::getitem(d, i),
        other => Err(PyErr::type_error(format!("'{}' object is not subscriptable", other.type_name()))),
    }
}

/// `c[i] = v`.
#[inline]
pub fn setitem(c: &Value, i: &Value, v: Value) -> PyResult<()> {
    if let Some(r) = crate::types::class::call_special(c, "__setitem__", || vec![i.clone(), v.clone()]) {
        return r.map(|_| ());
    }
    if let Some(b) = crate::types::class::base_value(c) {
        return setitem(&b, i, v);
    }
    if let Some([a, b, st]) = crate::types::slice::parts(i) {
        if matches!(c, Value::List(_) | Value::ByteArray(_)) {
            return set_slice(c, a, b, st, &v);
        }
    }
    match c {
        Value::List(l) => list::setitem(l, &index_of(c, i)?, v),
        Value::Deque(d) => crate::types::deque::setitem(d, i, v),
        Value::Dict(d) => dict::setitem(d, i.clone(), v),
        Value::ByteArray(b) => crate::types::bytearray::setitem(b, &index_of(c, i)?, &v),
        other => Err(PyErr::type_error(format!("'{}' object does not support item assignment", other.type_name()))),
    }
}

/// `del c[i]`.
pub fn delitem(c: &Value, i: &Value) -> PyResult<()> {
    if let Some(r) = crate::types::class::call_special(c, "__delitem__", || vec![i.clone()]) {
        return r.map(|_| ());
    }
    if let Some(b) = crate::types::class::base_value(c) {
        return delitem(&b, i);
    }
    if let Some([a, b, st]) = crate::types::slice::parts(i) {
        if matches!(c, Value::List(_) | Value::ByteArray(_)) {
            return del_slice(c, a, b, st);
        }
    }
    match c {
        Value::List(l) => list::delitem(l, &index_of(c, i)?),
        Value::Deque(d) => crate::types::deque::delitem(d, i),
        Value::Dict(d) => dict::delitem(d, i),
        Value::ByteArray(b) => crate::types::bytearray::delitem(b, &index_of(c, i)?),
        other => Err(PyErr::type_error(format!("'{}' object doesn't support item deletion", other.type_name()))),
    }
}

pub use crate::types::slice::bound as slice_bound;

/// `c[a:b:s]`.
pub fn getslice(c: &Value, a: Option<i64>, b: Option<i64>, s: Option<i64>) -> PyResult<Value> {
    if user_subscript(c) {
        return getitem(c, &crate::types::slice::from_bounds(a, b, s));
    }
    match c {
        Value::List(l) => Ok(Value::List(list::slice(l, a, b, s)?)),
        Value::Tuple(t) => Ok(Value::Tuple(tuple::slice(t, a, b, s)?)),
        Value::Str(x) => Ok(Value::Str(pystr::slice(x, a, b, s)?)),
        Value::Bytes(x) => {
            let (lo, hi, st) = list::slice_indices(x.data.len(), a, b, s)?;
            let picked: Vec<u8> = list::slice_positions(lo, hi, st).map(|k| x.data[k]).collect();
            Ok(Value::Bytes(crate::types::bytes::from_vec(picked)))
        }
        Value::ByteArray(x) => {
            let data = x.snapshot();
            let (lo, hi, st) = list::slice_indices(data.len(), a, b, s)?;
            let picked: Vec<u8> = list::slice_positions(lo, hi, st).map(|k| data[k]).collect();
            Ok(crate::types::bytearray::from_vec(picked))
        }
        Value::Range(r) => {
            Ok(Value::Range(crate::types::range::slice(r, a.map(Int::Small), b.map(Int::Small), s.map(Int::Small))?))
        }
        other => Err(PyErr::type_error(format!("'{}' object is not subscriptable", other.type_name()))),
    }
}

/// A user object subscripted with a slice gets a slice object.
fn user_subscript(c: &Value) -> bool {
    matches!(c, Value::Instance(_) | Value::Dict(_))
}

/// `c[a:b:s]` with dynamic bounds.
pub fn slice(c: &Value, a: &Value, b: &Value, s: &Value) -> PyResult<Value> {
    if user_subscript(c) {
        return getitem(c, &crate::types::slice::new(a.clone(), b.clone(), s.clone()));
    }
    getslice(c, slice_bound(a)?, slice_bound(b)?, slice_bound(s)?)
}

/// `c[a:b:s] = v`.
pub fn set_slice(c: &Value, a: &Value, b: &Value, s: &Value, v: &Value) -> PyResult<()> {
    if user_subscript(c) {
        return setitem(c, &crate::types::slice::new(a.clone(), b.clone(), s.clone()), v.clone());
    }
    match c {
        Value::List(l) => {
            let items = match v {
                Value::List(from) => from.items.borrow().clone(),
                _ => crate::types::iter::collect(v).map_err(|_| PyErr::type_error("can only assign an iterable"))?,
            };
            list::set_slice(l, slice_bound(a)?, slice_bound(b)?, slice_bound(s)?, items)
        }
        Value::ByteArray(x) => {
            crate::types::bytearray::set_slice(x, slice_bound(a)?, slice_bound(b)?, slice_bound(s)?, v)
        }
        other => Err(PyErr::type_error(format!("'{}' object does not support item assignment", other.type_name()))),
    }
}

/// `del c[a:b:s]`.
pub fn del_slice(c: &Value, a: &Value, b: &Value, s: &Value) -> PyResult<()> {
    if user_subscript(c) {
        return delitem(c, &crate::types::slice::new(a.clone(), b.clone(), s.clone()));
    }
    match c {
        Value::List(l) => list::del_slice(l, slice_bound(a)?, slice_bound(b)?, slice_bound(s)?),
        Value::ByteArray(x) => crate::types::bytearray::del_slice(x, slice_bound(a)?, slice_bound(b)?, slice_bound(s)?),
        other => Err(PyErr::type_error(format!("'{}' object doesn't support item deletion", other.type_name()))),
    }
}

/// `len(v)`.
pub fn len(v: &Value) -> PyResult<Int> {
    if let Some(r) = crate::types::class::call_special(v, "__len__", Vec::new) {
        // CPython's checks: an int (or `__index__`), not negative, an index-sized one.
        let r = r?;
        if !matches!(r, Value::Int(_) | Value::Big(_) | Value::Bool(_)) && crate::types::class::class_of(&r).is_none() {
            return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", r.type_name())));
        }
        let n = r.to_int()?;
        if n.is_negative() {
            return Err(PyErr::value_error("__len__() should return >= 0"));
        }
        if matches!(n, Int::Big(_)) {
            return Err(PyErr::new(
                &crate::object::exc::OVERFLOW_ERROR,
                "cannot fit 'int' into an index-sized integer",
            ));
        }
        return Ok(n);
    }
    let n = match v {
        Value::Str(s) => s.char_len(),
        Value::Bytes(b) => b.data.len(),
        Value::ByteArray(b) => b.data.borrow().len(),
        Value::List(l) => l.len(),
        Value::Deque(d) => d.len(),
        Value::Tuple(t) => t.items().len(),
        Value::Dict(d) => d.len(),
        Value::Set(s) => s.len(),
        Value::Range(r) => return crate::types::range::len(r),
        Value::View(v) => v.dict.len(),
        other if crate::types::class::base_value(other).is_some() => {
            return len(&crate::types::class::base_value(other).unwrap())
        }
        other => return Err(PyErr::type_error(format!("object of type '{}' has no len()", other.type_name()))),
    };
    Ok(Int::Small(n as i64))
}
