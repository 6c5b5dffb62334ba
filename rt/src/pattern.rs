//! What `match` statements ask of values: whether a subject is a sequence
//! or a mapping for pattern purposes, and the `**rest` of a mapping.

use crate::dict;
use crate::value::Value;

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
