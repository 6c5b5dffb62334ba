//! `type(v)`: the class object of any value, builtin types and the
//! internal ones Python programs only see through `type()`.

use crate::object::exc::*;
use crate::object::exc::{TypeObj, TYPE_OBJECT};
use crate::object::value::Value;

/// The class object of a value (`type(v)`).
pub fn type_of(v: &Value) -> &'static TypeObj {
    match v {
        Value::None => &TYPE_NONE,
        Value::Bool(_) => &TYPE_BOOL,
        Value::Int(_) | Value::Big(_) => &TYPE_INT,
        Value::Float(_) => &TYPE_FLOAT,
        Value::Str(_) => &TYPE_STR,
        Value::Bytes(_) => &TYPE_BYTES,
        Value::ByteArray(_) => &TYPE_BYTEARRAY,
        Value::List(_) => &TYPE_LIST,
        Value::Deque(_) => &TYPE_DEQUE,
        Value::Tuple(_) => &TYPE_TUPLE,
        Value::Dict(d) => crate::types::dictkind::type_obj(d.kind),
        Value::Set(s) if s.frozen => &TYPE_FROZENSET,
        Value::Set(_) => &TYPE_SET,
        Value::Range(_) => &TYPE_RANGE,
        Value::Exc(e) => e.ty,
        Value::Type(_) => &TYPE_TYPE,
        Value::Func(_) => &TYPE_FUNCTION,
        Value::Class(_) => &TYPE_TYPE,
        Value::Instance(_) => &TYPE_OBJECT,
        Value::Iter(_)
        | Value::View(_)
        | Value::Cell(_)
        | Value::Builtin(_)
        | Value::Method(_)
        | Value::Super(_)
        | Value::Descr(_) => internal_type(v.type_name()),
        Value::Module(_) | Value::Native(_) | Value::Gen(_) => internal_type(v.type_name()),
    }
}

/// The type of a runtime object that Python programs see only through
/// `type()` (`list_iterator`, `generator`, `builtin_function_or_method`,
/// `NotImplementedType`, ...): made on first use, one per name, so
/// `type(a) is type(b)` holds for two objects of one kind.
pub fn internal_type(name: &'static str) -> &'static TypeObj {
    use std::collections::HashMap;
    if let Some(t) = builtin_type(name) {
        return t;
    }
    use std::sync::Mutex;
    static TYPES: Mutex<Option<HashMap<&'static str, &'static TypeObj>>> = Mutex::new(None);
    let mut types = TYPES.lock().unwrap_or_else(|e| e.into_inner());
    types
        .get_or_insert_with(HashMap::new)
        .entry(name)
        .or_insert_with(|| Box::leak(Box::new(TypeObj { name, base: Some(&TYPE_OBJECT) })))
}

/// `type(v)` as a value.
pub fn type_object(v: &Value) -> Value {
    match crate::types::class::class_of(v) {
        Some(c) => Value::Class(c),
        None => Value::Type(type_of(v)),
    }
}
