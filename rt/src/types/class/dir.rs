//! `dir()` of a class or an instance of one: the names of the class's
//! namespace and its bases' (an instance's own attributes too), with what
//! every object has from `object`, as CPython lists them. A class deriving
//! from a builtin type other than `object` (an exception, a named tuple)
//! is not listed here yet.

use super::*;

/// The attributes every object has through `object` (CPython 3.11's `dir(object())`).
const OBJECT: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// The unsorted names `dir(v)` lists, for a class deriving from `object`
/// alone or an instance of one; None for anything else.
pub fn dir_names(v: &Value) -> Option<Vec<String>> {
    let (class, own) = match v {
        Value::Class(c) => (c.clone(), Vec::new()),
        Value::Instance(i) => (i.class.clone(), i.items().into_iter().map(|(k, _)| k).collect()),
        _ => return None,
    };
    let classes = mro(&class);
    if classes.iter().any(|k| !k.exc_bases.is_empty() || crate::types::namedtuple::fields(k).is_some())
        || !classes.iter().all(|k| k.base_values.iter().all(|b| matches!(b, Value::Class(_))))
    {
        return None;
    }
    let mut names: Vec<String> = OBJECT.iter().map(|s| s.to_string()).collect();
    names.extend(own);
    for k in &classes {
        let dict = k.dict.borrow();
        names.extend(dict.keys().filter(|n| *n != "__qualname__").cloned());
        match dict.get("__slots__") {
            // A class without `__slots__` gives its instances a `__dict__` and weak references.
            None => names.extend(["__dict__".to_string(), "__weakref__".to_string()]),
            Some(Value::Str(s)) => names.push(s.as_str().to_string()),
            Some(slots) => {
                if let Ok(items) = crate::types::iter::collect(slots) {
                    names.extend(items.iter().map(crate::object::protocol::str));
                }
            }
        }
    }
    names.sort();
    names.dedup();
    Some(names)
}
