//! The `Value::Native` objects: the runtime's own kinds (`NotImplemented`,
//! `Ellipsis`, slices, type hints, methods of builtin types taken as
//! values, the standard streams, complex numbers), and the dispatch to the
//! slots of native types defined above this layer (`NativeType`, whose
//! objects a standard module's file defines: `functools.partial`,
//! `dataclasses.Field`, ...).

use std::rc::Rc;

use crate::object::exc::{PyErr, PyResult};
pub use crate::object::layout::native::{type_name, Native, NativeObj, NativeType};
use crate::object::value::Value;

/// A new object of a native type defined above this layer.
pub fn new_ext(x: impl NativeType) -> Value {
    new(NativeObj::Ext(Box::new(x)))
}

/// The object behind `v` if it is a `T`.
pub fn ext<T: NativeType>(v: &Value) -> Option<&T> {
    match v {
        Value::Native(n) => match &**n {
            NativeObj::Ext(x) => (&**x as &dyn std::any::Any).downcast_ref(),
            _ => None,
        },
        _ => None,
    }
}

/// The slots of `v` if it is an object of a type defined above this layer.
pub fn slots(v: &Value) -> Option<&dyn NativeType> {
    match v {
        Value::Native(n) => match &**n {
            NativeObj::Ext(x) => Some(&**x),
            _ => None,
        },
        _ => None,
    }
}

thread_local! {
    static NOT_IMPLEMENTED: Native = Rc::new(NativeObj::NotImplemented);
    static ELLIPSIS: Native = Rc::new(NativeObj::Ellipsis);
}

/// The `Ellipsis` singleton (`...`).
pub fn ellipsis() -> Value {
    ELLIPSIS.with(|n| Value::Native(n.clone()))
}

/// The `NotImplemented` singleton.
pub fn not_implemented() -> Value {
    NOT_IMPLEMENTED.with(|n| Value::Native(n.clone()))
}

pub fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::Native(n) if matches!(**n, NativeObj::NotImplemented))
}

pub fn new(n: NativeObj) -> Value {
    Value::Native(Rc::new(n))
}

pub fn repr(v: &Value, n: &NativeObj) -> String {
    match n {
        NativeObj::NotImplemented => "NotImplemented".into(),
        NativeObj::Ellipsis => "Ellipsis".into(),
        NativeObj::Ext(x) => x.repr(v),
        NativeObj::Hint(h) => crate::types::hint::repr(h),
        NativeObj::Stream(s) => s.repr(),
        NativeObj::Slice(p) => crate::types::slice::repr(p),
        NativeObj::Complex(re, im) => crate::types::complex::repr((*re, *im)),
        NativeObj::Alias { .. } | NativeObj::Union(_) => crate::types::alias::repr(n).unwrap_or_default(),
        NativeObj::BoundMethod { recv, name } => {
            format!("<built-in method {name} of {} object at {:#x}>", recv.type_name(), recv.id())
        }
        NativeObj::UnboundMethod { ty, name } => format!("<method '{name}' of '{ty}' objects>"),
        NativeObj::WeakRef(w) => crate::types::weakref::repr(v, w),
        other => format!("<{} object at {:#x}>", type_name(other), v.id()),
    }
}

/// Calling a native object.
pub fn call(n: &Native, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    match &**n {
        NativeObj::Ext(x) => x.call(&Value::Native(n.clone()), args, kw),
        NativeObj::BoundMethod { recv, name } => crate::object::protocol::call_method(recv, name, args, kw),
        NativeObj::UnboundMethod { ty, name } => {
            if name == "__new__" {
                return crate::types::class::builtin_new(ty, args, kw);
            }
            let Some(recv) = args.first().filter(|_| args.len() > kw.len()).cloned() else {
                return Err(PyErr::type_error(format!("unbound method {ty}.{name}() needs an argument")));
            };
            // An instance of a class deriving from the type: its value.
            let recv = match crate::types::class::base_value(&recv) {
                Some(b) if b.type_name() == *ty => b,
                _ => recv,
            };
            let fits = recv.type_name() == *ty || (*ty == "int" && matches!(recv, Value::Bool(_)));
            if !fits {
                return Err(PyErr::type_error(format!(
                    "descriptor '{name}' for '{ty}' objects doesn't apply to a '{}' object",
                    recv.type_name()
                )));
            }
            crate::object::protocol::call_method(&recv, name, args[1..].to_vec(), kw)
        }
        NativeObj::WeakRef(w) => crate::types::weakref::call(w, &args, kw),
        // `list[int](...)` builds a list.
        NativeObj::Alias { origin, .. } => crate::types::func::call(origin, args, kw),
        other => Err(PyErr::type_error(format!("'{}' object is not callable", type_name(other)))),
    }
}

/// The one positional argument of a decorator-like call, with CPython's
/// error otherwise.
pub fn one_arg(name: &str, mut args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    if !kw.is_empty() || args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "{name}() takes 1 positional argument but {} were given",
            args.len() + kw.len()
        )));
    }
    Ok(args.pop().unwrap())
}

/// `hint[args]` (`types/hint.rs`); None when `v` is not a hint.
pub fn subscript_hint(v: &Value, index: &Value) -> Option<PyResult<Value>> {
    let Value::Native(n) = v else { return None };
    let NativeObj::Hint(h) = &**n else { return None };
    Some(crate::types::hint::subscript(h, index))
}

/// Whether a class attribute holding this object binds to instances, as
/// functions do (an `lru_cache` wrapper does; a `partial` does not).
pub fn binds(n: &NativeObj) -> bool {
    // A builtin type's method in a class body (`__hash__ = int.__hash__`)
    // binds as CPython's method descriptors do (`__new__` is static).
    matches!(n, NativeObj::Ext(x) if x.binds())
        || matches!(n, NativeObj::UnboundMethod { name, .. } if name != "__new__")
}

/// `v.name`; None when the object has no such attribute.
pub fn getattr(v: &Value, n: &NativeObj, name: &str) -> Option<PyResult<Value>> {
    match n {
        NativeObj::Ext(x) => x.getattr(v, name),
        NativeObj::Stream(s) => crate::types::stream::stream_attr(v, *s, name),
        NativeObj::Alias { .. } | NativeObj::Union(_) => crate::types::alias::attr(n, name).map(Ok),
        NativeObj::Complex(re, im) => crate::types::complex::attr((*re, *im), name).map(Ok),
        NativeObj::Hint(h) => crate::types::hint::attr(v, h, name),
        NativeObj::WeakRef(w) => crate::types::weakref::getattr(w, name),
        _ => None,
    }
}

/// The items of the named tuples among native objects (`cache_info()`), for
/// equality, indexing and unpacking as tuples.
/// `v.name(*args)` when `v` is a native object whose type defines the
/// method (`NativeType::method`).
pub fn ext_method(v: &Value, name: &str, args: &[Value], kw: &[&str]) -> Option<PyResult<Value>> {
    match v {
        Value::Native(n) => match &**n {
            NativeObj::Ext(x) => x.method(v, name, args, kw),
            _ => None,
        },
        _ => None,
    }
}

/// `v[key]` when `v` is a subscriptable native object.
pub fn ext_getitem(v: &Value, key: &Value) -> Option<PyResult<Value>> {
    match v {
        Value::Native(n) => match &**n {
            NativeObj::Ext(x) => x.getitem(v, key),
            _ => None,
        },
        _ => None,
    }
}

pub fn tuple_items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Native(n) => match &**n {
            NativeObj::Ext(x) => x.tuple_items(),
            _ => None,
        },
        _ => None,
    }
}
