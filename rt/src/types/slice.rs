//! `slice` objects: what `obj[a:b:c]` hands a user class's `__getitem__`,
//! `slice(...)` builds, and subscripting with one means.

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::native::NativeObj;

/// `slice(start, stop, step)` as a value.
pub fn new(start: Value, stop: Value, step: Value) -> Value {
    crate::types::native::new(NativeObj::Slice([start, stop, step]))
}

/// A slice from typed bounds (`None`: omitted).
pub fn from_bounds(a: Option<i64>, b: Option<i64>, s: Option<i64>) -> Value {
    let v = |x: Option<i64>| x.map_or(Value::None, Value::Int);
    new(v(a), v(b), v(s))
}

/// The start, stop and step of a slice object.
pub fn parts(v: &Value) -> Option<&[Value; 3]> {
    match v {
        Value::Native(n) => match &**n {
            NativeObj::Slice(p) => Some(p),
            _ => None,
        },
        _ => None,
    }
}

/// `slice(stop)`, `slice(start, stop[, step])`.
pub fn construct(args: &[Value]) -> PyResult<Value> {
    Ok(match args {
        [stop] => new(Value::None, stop.clone(), Value::None),
        [start, stop] => new(start.clone(), stop.clone(), Value::None),
        [start, stop, step] => new(start.clone(), stop.clone(), step.clone()),
        [] => return Err(PyErr::type_error("slice expected at least 1 argument, got 0")),
        more => return Err(PyErr::type_error(format!("slice expected at most 3 arguments, got {}", more.len()))),
    })
}

pub fn repr(p: &[Value; 3]) -> String {
    format!(
        "slice({}, {}, {})",
        crate::object::protocol::repr(&p[0]),
        crate::object::protocol::repr(&p[1]),
        crate::object::protocol::repr(&p[2])
    )
}

/// `s.start`, `s.stop`, `s.step`.
pub fn attr(p: &[Value; 3], name: &str) -> Option<Value> {
    match name {
        "start" => Some(p[0].clone()),
        "stop" => Some(p[1].clone()),
        "step" => Some(p[2].clone()),
        _ => None,
    }
}

/// `s.indices(length)`: the (start, stop, step) the slice selects from a
/// sequence of that length.
pub fn indices(p: &[Value; 3], length: &Value) -> PyResult<Value> {
    let len = length.to_int()?.to_index()?;
    if len < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let b = |v: &Value| crate::types::slice::bound(v);
    let (lo, hi, st) = crate::types::list::slice_indices(len as usize, b(&p[0])?, b(&p[1])?, b(&p[2])?)?;
    Ok(Value::Tuple(crate::types::tuple::new(vec![Value::Int(lo), Value::Int(hi), Value::Int(st)])))
}

/// Converts a slice bound to an index (`None` means omitted).
pub fn bound(v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Instance(_) if crate::types::class::has_index(v) => bound(&Value::from_int(v.to_int()?)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::Int(i) => Ok(Some(*i)),
        Value::Big(b) => Ok(Some(if num_traits::Signed::is_negative(&**b) { i64::MIN } else { i64::MAX })),
        _ => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
    }
}
