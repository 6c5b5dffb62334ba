//! `tuple`: an immutable sequence of values.

use std::rc::Rc;

use crate::object::exc::{PyErr, PyResult};
pub use crate::object::layout::tuple::{Tuple, TupleObj};
use crate::object::value::Value;
use crate::types::int::Int;

impl TupleObj {
    pub fn items(&self) -> &[Value] {
        &self.items
    }
}

pub fn new(items: Vec<Value>) -> Tuple {
    if items.is_empty() {
        // One empty tuple, as in CPython (`() is ()`).
        thread_local! {
            static EMPTY: Tuple = Rc::new(TupleObj { items: Box::new([]), ..TupleObj::default() });
        }
        return EMPTY.with(Rc::clone);
    }
    let t = Rc::new(TupleObj { items: items.into_boxed_slice(), ..TupleObj::default() });
    crate::object::gc::track_tuple(&t);
    t
}

/// A tuple that is an instance of a named tuple class.
pub fn with_class(items: Vec<Value>, class: crate::types::class::Class) -> Tuple {
    let t = Rc::new(TupleObj { items: items.into_boxed_slice(), class: Some(class), ..TupleObj::default() });
    crate::object::gc::track_tuple(&t);
    t
}

pub fn len(t: &Tuple) -> Int {
    Int::Small(t.items.len() as i64)
}

pub fn getitem(t: &Tuple, i: &Int) -> PyResult<Value> {
    match i.as_i64().and_then(|k| crate::types::str::norm_index(k, t.items.len())) {
        Some(k) => Ok(t.items[k].clone()),
        None => Err(crate::types::int::index_error(i, "tuple index out of range")),
    }
}

/// Element `i` of a tuple whose length inference already knows.
#[inline]
pub fn item(t: &Tuple, i: usize) -> Value {
    t.items[i].clone()
}

pub fn slice(t: &Tuple, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> PyResult<Tuple> {
    let (lo, hi, st) = crate::types::list::slice_indices(t.items.len(), start, stop, step)?;
    Ok(new(crate::types::list::slice_positions(lo, hi, st).map(|k| t.items[k].clone()).collect()))
}

pub fn concat(a: &Tuple, b: &Tuple) -> Tuple {
    new(a.items.iter().chain(b.items.iter()).cloned().collect())
}

pub fn repeat(a: &Tuple, n: &Int) -> PyResult<Tuple> {
    let n = n.to_index()?;
    let mut v = crate::object::alloc::try_vec(crate::object::alloc::repeat_len(a.items.len(), n)?)?;
    for _ in 0..n {
        v.extend(a.items.iter().cloned());
    }
    Ok(new(v))
}

pub fn contains(t: &Tuple, x: &Value) -> PyResult<bool> {
    for item in t.items.iter() {
        if item.is(x) || crate::object::protocol::eq(item, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `t.index(x[, start[, stop]])`: `bounds` are the optional start and stop.
pub fn index(t: &Tuple, x: &Value, bounds: &[Value]) -> PyResult<Int> {
    let (lo, hi) = crate::types::list::search_bounds(bounds, t.items.len())?;
    for k in lo..hi {
        if t.items[k].is(x) || crate::object::protocol::eq(&t.items[k], x)? {
            return Ok(Int::Small(k as i64));
        }
    }
    Err(PyErr::value_error("tuple.index(x): x not in tuple"))
}

pub fn count(t: &Tuple, x: &Value) -> PyResult<Int> {
    let mut c = 0;
    for item in t.items.iter() {
        if item.is(x) || crate::object::protocol::eq(item, x)? {
            c += 1;
        }
    }
    Ok(Int::Small(c))
}

/// Unpacking `a, b = t`: checks the length first, as CPython does (an
/// iterator is read for at most one item more than needed).
pub fn unpack(v: &Value, n: usize) -> PyResult<Vec<Value>> {
    let items = match v {
        Value::Iter(_) | Value::Gen(_) | Value::Instance(_) => {
            let it = crate::types::iter::iter(v)?;
            let mut items = Vec::with_capacity(n + 1);
            while items.len() <= n {
                match crate::types::iter::next(&it)? {
                    Some(x) => items.push(x),
                    None => break,
                }
            }
            items
        }
        _ => crate::types::iter::collect(v)?,
    };
    if items.len() < n {
        return Err(PyErr::value_error(format!("not enough values to unpack (expected {n}, got {})", items.len())));
    }
    if items.len() > n {
        return Err(PyErr::value_error(format!("too many values to unpack (expected {n})")));
    }
    Ok(items)
}

/// `a, *b, c = v`: `before` items, a list of the rest, `after` items.
pub fn unpack_star(v: &Value, before: usize, after: usize) -> PyResult<Tuple> {
    let mut items = crate::types::iter::collect(v)?;
    if items.len() < before + after {
        return Err(PyErr::value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let tail = items.split_off(items.len() - after);
    let middle = items.split_off(before);
    items.push(Value::List(crate::types::list::from_vec(middle)));
    items.extend(tail);
    Ok(new(items))
}

/// Unpacking `a, b = v` into a tuple of exactly `n` items.
pub fn unpack_tuple(v: &Value, n: usize) -> PyResult<Tuple> {
    if let Value::Tuple(t) = v {
        if t.items.len() == n {
            return Ok(t.clone());
        }
    }
    Ok(new(unpack(v, n)?))
}
