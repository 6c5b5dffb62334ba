//! What `match` statements ask of values: whether a subject is a sequence
//! or a mapping for pattern purposes, and the `**rest` of a mapping.

use crate::object::value::Value;
use crate::types::dict;

/// Sequence patterns accept lists, tuples and ranges, never str or bytes
/// (CPython: `collections.abc.Sequence` minus the string types).
pub fn is_sequence(v: &Value) -> bool {
    matches!(v, Value::List(_) | Value::Tuple(_) | Value::Range(_))
}

/// Mapping patterns accept dicts.
pub fn is_mapping(v: &Value) -> bool {
    matches!(v, Value::Dict(_))
}

/// `{**rest}`: a new dict of the subject's items whose keys are not `keys` (a tuple).
pub fn rest(subject: &Value, keys: &Value) -> Value {
    let (Value::Dict(d), Value::Tuple(ks)) = (subject, keys) else {
        unreachable!("a mapping pattern's subject is a dict and its keys a tuple")
    };
    let out = dict::new();
    let items = d.items_vec();
    for (k, v) in items {
        let taken = ks.items().iter().any(|x| crate::ops::eq(x, &k).unwrap_or(false));
        if !taken {
            // Keys of an existing dict are hashable: this cannot fail.
            let _ = dict::setitem(&out, k, v);
        }
    }
    Value::Dict(out)
}

/// The attribute a class pattern's `i`-th positional sub-pattern (of
/// `total`) matches: `cls.__match_args__[i]`.
pub fn match_arg_name(cls: &Value, i: usize, total: usize) -> crate::object::exc::PyResult<Value> {
    let args = match cls {
        Value::Class(c) => crate::types::class::lookup(c, "__match_args__"),
        _ => None,
    };
    let names = match &args {
        Some(Value::Tuple(t)) => t.items().to_vec(),
        Some(Value::List(l)) => l.items.borrow().clone(),
        _ => Vec::new(),
    };
    let name = match cls {
        Value::Class(c) => c.name,
        other => other.type_name(),
    };
    match names.get(i) {
        Some(n @ Value::Str(_)) => Ok(n.clone()),
        Some(_) => Err(crate::object::exc::PyErr::type_error("__match_args__ elements must be strings")),
        None => Err(crate::object::exc::PyErr::type_error(format!(
            "{name}() accepts {} positional sub-pattern{} ({total} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" }
        ))),
    }
}

/// Whether `v` has the attribute named by the str `name` (a failing lookup
/// makes a class pattern fail, as in CPython).
pub fn has_attr(v: &Value, name: &Value) -> bool {
    let Value::Str(n) = name else { return false };
    crate::ops::methods::getattr(v, n.as_str()).is_ok()
}

/// `getattr(v, name)` for a str `name`.
pub fn get_attr(v: &Value, name: &Value) -> crate::object::exc::PyResult<Value> {
    match name {
        Value::Str(n) => crate::ops::methods::getattr(v, n.as_str()),
        _ => Err(crate::object::exc::PyErr::type_error("attribute name must be string")),
    }
}
