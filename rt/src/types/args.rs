//! Argument checks shared by the methods of the builtin types: counts,
//! optional indexes and strings, with CPython's TypeError texts, and the
//! AttributeError of a missing method.

use crate::object::exc::{PyErr, PyResult, ATTRIBUTE_ERROR};
use crate::object::value::Value;
use crate::types::str::Str;

pub(crate) fn no_attr(recv: &Value, name: &str) -> PyErr {
    if let Value::Type(t) = recv {
        return PyErr::new(&ATTRIBUTE_ERROR, format!("type object '{}' has no attribute '{name}'", t.name));
    }
    PyErr::new(&ATTRIBUTE_ERROR, format!("'{}' object has no attribute '{name}'", recv.type_name()))
}

pub(crate) fn want_str(v: &Value, what: &str) -> PyResult<Str> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(PyErr::type_error(format!("{what} must be str, not {}", other.type_name()))),
    }
}

pub(crate) fn opt_str(v: Option<&Value>, what: &str) -> PyResult<Option<Str>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => want_str(v, what).map(Some),
    }
}

pub(crate) fn opt_index(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(v.to_int()?.to_index()?)),
    }
}

pub(crate) fn argc(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        let msg = if min == max {
            format!("{name}() takes exactly {min} argument{} ({} given)", if min == 1 { "" } else { "s" }, args.len())
        } else if args.len() < min {
            format!("{name}() takes at least {min} argument{} ({} given)", if min == 1 { "" } else { "s" }, args.len())
        } else {
            format!("{name}() takes at most {max} arguments ({} given)", args.len())
        };
        return Err(PyErr::type_error(msg));
    }
    Ok(())
}
