//! `weakref.ref` objects as Python sees them: calling one, its repr,
//! `__callback__`, hashing and equality (by referent while both are
//! alive, by identity after). The references themselves and their
//! clearing are the object layer's (`object/weakref.rs`).

use crate::object::exc::{PyErr, PyResult};
use crate::object::layout::native::NativeObj;
use crate::object::value::Value;
pub use crate::object::weakref::WeakRef;

/// `weakref.ref(obj[, callback])`.
pub fn new(args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    if let Some(k) = kw.first() {
        return Err(PyErr::type_error(format!("ref() takes no keyword arguments (got '{k}')")));
    }
    if args.is_empty() {
        return Err(PyErr::type_error("__new__ expected at least 1 argument, got 0"));
    }
    if args.len() > 2 {
        return Err(PyErr::type_error(format!("__new__ expected at most 2 arguments, got {}", args.len())));
    }
    let obj = &args[0];
    let no_weakref = match obj {
        Value::Instance(i) => {
            crate::types::class::allowed_slots(&i.class).is_some_and(|s| !s.iter().any(|n| n == "__weakref__"))
        }
        _ => false,
    };
    let target = crate::object::weakref::Referent::of(obj)
        .filter(|_| !no_weakref)
        .ok_or_else(|| PyErr::type_error(format!("cannot create weak reference to '{}' object", obj.type_name())))?;
    let callback = args.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Native(crate::object::weakref::new(obj, target, callback)))
}

/// `r()`: the referent, or None once it is gone.
pub fn call(w: &WeakRef, args: &[Value], kw: &[&str]) -> PyResult<Value> {
    if let Some(k) = kw.first() {
        return Err(PyErr::type_error(format!("weakref() takes no keyword arguments (got '{k}')")));
    }
    if !args.is_empty() {
        return Err(PyErr::type_error(format!("weakref expected 0 arguments, got {}", args.len())));
    }
    Ok(w.get().unwrap_or(Value::None))
}

pub fn repr(me: &Value, w: &WeakRef) -> String {
    match w.get() {
        None => format!("<weakref at {:#x}; dead>", me.id()),
        Some(v) => {
            let name = match &v {
                Value::Func(_) | Value::Class(_) | Value::Type(_) | Value::Method(_) | Value::Gen(_) => {
                    crate::object::protocol::getattr(&v, "__name__").ok().map(|n| crate::object::protocol::str(&n))
                }
                _ => None,
            };
            let name = name.map(|n| format!(" ({n})")).unwrap_or_default();
            format!("<weakref at {:#x}; to '{}' at {:#x}{name}>", me.id(), short(&v), v.id())
        }
    }
}

/// The referent's type name as CPython's weakref repr prints it.
fn short(v: &Value) -> String {
    match v {
        Value::Class(_) | Value::Type(_) => "type".into(),
        other => other.type_name().to_string(),
    }
}

pub fn getattr(w: &WeakRef, name: &str) -> Option<PyResult<Value>> {
    (name == "__callback__").then(|| Ok(w.callback()))
}

/// `hash(r)`: the referent's, fixed once taken.
pub fn hash(w: &WeakRef) -> PyResult<i64> {
    if let Some(h) = w.hash.get() {
        return Ok(h);
    }
    let Some(v) = w.get() else { return Err(PyErr::type_error("weak object has gone away")) };
    let h = crate::object::protocol::hash(&v)?;
    w.hash.set(Some(h));
    Ok(h)
}

/// `a == b` for two weak references; None when either is not one.
pub fn eq(a: &Value, b: &Value) -> Option<PyResult<bool>> {
    let (Value::Native(x), Value::Native(y)) = (a, b) else { return None };
    let (NativeObj::WeakRef(wa), NativeObj::WeakRef(wb)) = (&**x, &**y) else { return None };
    Some(match (wa.get(), wb.get()) {
        (Some(p), Some(q)) => crate::object::protocol::eq(&p, &q),
        _ => Ok(a.is(b)),
    })
}
