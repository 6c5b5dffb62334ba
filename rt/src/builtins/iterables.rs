//! The builtins that consume an iterable (`min`, `max`, `sum`, `sorted`,
//! `any`, `all`) and the container constructors (`list()`, `tuple()`,
//! `set()`, `dict()`).

use super::*;

/// `min(items)` / `max(items)` over already collected items.
pub fn min_max(items: Vec<Value>, want_max: bool, default: Option<Value>) -> PyResult<Value> {
    min_max_keyed(items, want_max, default, None)
}

/// `min`/`max` with an optional `key` function (None means no key).
pub fn min_max_keyed(
    items: Vec<Value>,
    want_max: bool,
    default: Option<Value>,
    key: Option<&Value>,
) -> PyResult<Value> {
    let name = if want_max { "max" } else { "min" };
    let key = key.filter(|k| !k.is_none());
    let key_of = |v: &Value| match key {
        Some(k) => crate::types::func::call(k, vec![v.clone()], &[]),
        None => Ok(v.clone()),
    };
    let mut it = items.into_iter();
    let Some(mut best) = it.next() else {
        return default.ok_or_else(|| PyErr::value_error(format!("{name}() arg is an empty sequence")));
    };
    let mut best_key = key_of(&best)?;
    for v in it {
        let k = key_of(&v)?;
        let better = if want_max { ops::gt(&k, &best_key)? } else { ops::lt(&k, &best_key)? };
        if better {
            best = v;
            best_key = k;
        }
    }
    Ok(best)
}

pub fn min(v: &Value) -> PyResult<Value> {
    min_max(iter::collect(v)?, false, None)
}

pub fn max(v: &Value) -> PyResult<Value> {
    min_max(iter::collect(v)?, true, None)
}

/// `sum(items, start)`.
pub fn sum(v: &Value, start: Value) -> PyResult<Value> {
    if let Value::Str(_) = start {
        return Err(PyErr::type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let mut acc = start;
    let it = iter::iter(v)?;
    while let Some(x) = iter::next(&it)? {
        acc = ops::binary(ops::BinOp::Add, &acc, &x)?;
    }
    Ok(acc)
}

/// `sorted(items, reverse=...)`.
pub fn sorted(v: &Value, reverse: bool) -> PyResult<List> {
    let mut items = iter::collect(v)?;
    list::sort_values(&mut items, reverse)?;
    Ok(list::from_vec(items))
}

pub fn any(v: &Value) -> PyResult<bool> {
    let it = iter::iter(v)?;
    while let Some(x) = iter::next(&it)? {
        if x.truthy() {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn all(v: &Value) -> PyResult<bool> {
    let it = iter::iter(v)?;
    while let Some(x) = iter::next(&it)? {
        if !x.truthy() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `list(v)`, `tuple(v)`, `set(v)`.
pub fn to_list(v: &Value) -> PyResult<List> {
    Ok(list::from_vec(iter::collect(v)?))
}

pub fn to_tuple(v: &Value) -> PyResult<crate::types::tuple::Tuple> {
    match v {
        // A named tuple's items make a plain tuple.
        Value::Tuple(t) if t.class.is_none() => Ok(t.clone()),
        Value::Tuple(t) => Ok(crate::types::tuple::new(t.items().to_vec())),
        other => Ok(crate::types::tuple::new(iter::collect(other)?)),
    }
}
