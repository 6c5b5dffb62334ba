//! `isinstance`, `issubclass`, and the type names errors quote.

use super::*;

/// `isinstance(v, T)` for a builtin type named by `type(x).__name__`.
pub fn isinstance_named(v: &Value, name: &str) -> bool {
    match name {
        "object" => true,
        "int" => matches!(v, Value::Int(_) | Value::Big(_) | Value::Bool(_)),
        _ => v.type_name() == name,
    }
}

/// `issubclass(c, cls)` for class objects (and tuples of them).
pub fn issubclass(c: &Value, cls: &Value) -> PyResult<bool> {
    if let Value::Tuple(ts) = cls {
        for t in ts.items() {
            if issubclass(c, t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(r) = meta_check(cls, "__subclasscheck__", c) {
        return r;
    }
    if let Some(r) = cls_protocol(cls).and_then(|p| crate::types::class::abstracts::protocol_subclasscheck(c, &p)) {
        return r;
    }
    if let (Value::Class(_) | Value::Type(_), Value::Native(n)) = (c, cls) {
        if let Some(r) = crate::types::alias::issubclass(c, n, &|k| issubclass(c, k)) {
            return r;
        }
    }
    Ok(match (c, cls) {
        (Value::Class(a), Value::Class(b)) => crate::types::class::mro(a).iter().any(|k| std::rc::Rc::ptr_eq(k, b)),
        (Value::Class(a), Value::Type(t)) => {
            t.name == "object"
                || a.builtin.is_some_and(|b| b.is_subclass(t))
                || a.exc_bases.iter().any(|e| e.is_subclass(t))
                || (std::ptr::eq(*t, &exc::TYPE_TUPLE) && crate::types::namedtuple::fields(a).is_some())
        }
        (Value::Type(a), Value::Type(b)) => a.is_subclass(b) || b.name == "object",
        (Value::Type(_), Value::Class(_)) => false,
        (Value::Class(_) | Value::Type(_), _) => {
            return Err(PyErr::type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
        _ => return Err(PyErr::type_error("issubclass() arg 1 must be a class")),
    })
}

fn cls_protocol(cls: &Value) -> Option<crate::types::class::Class> {
    match cls {
        Value::Class(c) => Some(c.clone()),
        _ => None,
    }
}

/// `cls`'s metaclass's `__instancecheck__`/`__subclasscheck__` (an ABC's)
/// applied to `x`, if it defines one.
fn meta_check(cls: &Value, hook: &str, x: &Value) -> Option<PyResult<bool>> {
    let Value::Class(c) = cls else { return None };
    let f = crate::types::class::lookup(c.meta.as_ref()?, hook)?;
    Some(
        crate::types::func::call(&f, vec![cls.clone(), x.clone()], &[])
            .and_then(|r| crate::object::value::truthy_checked(&r)),
    )
}

/// The builtin types the runtime represents as callables rather than type
/// objects: `isinstance` against them compares the value's type name.
const BUILTIN_CALLABLE_TYPES: [&str; 8] =
    ["property", "staticmethod", "classmethod", "enumerate", "zip", "map", "filter", "reversed"];

/// `case C(...)`: whether the subject is an instance of `C`, which must be
/// a class.
pub fn pattern_isinstance(v: &Value, cls: &Value) -> PyResult<bool> {
    if !matches!(cls, Value::Type(_) | Value::Class(_)) {
        return Err(PyErr::type_error("called match pattern must be a type"));
    }
    isinstance(v, cls)
}

/// `isinstance(v, cls)` where `cls` is a class object.
pub fn isinstance(v: &Value, cls: &Value) -> PyResult<bool> {
    if direct_isinstance(v, cls)? {
        return Ok(true);
    }
    // As CPython's, an instance whose class says it is of another
    // (`__class__`, as a `weakref.proxy` does) is checked as that one too.
    if let Value::Instance(i) = v {
        if crate::types::class::lookup(&i.class, "__class__").is_some() {
            let claimed = crate::object::protocol::getattr(v, "__class__")?;
            if !matches!(&claimed, Value::Class(k) if std::rc::Rc::ptr_eq(k, &i.class))
                && matches!(claimed, Value::Class(_) | Value::Type(_))
            {
                return issubclass(&claimed, cls);
            }
        }
    }
    Ok(false)
}

fn direct_isinstance(v: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Type(t) => Ok(match v {
            Value::Exc(e) => exc::exc_is(e, t),
            Value::Instance(i) if i.class.builtin.is_some() => {
                t.name == "object" || i.class.builtin.is_some_and(|b| b.is_subclass(t))
            }
            Value::Instance(_) | Value::Class(_) => {
                t.name == "object" || (t.name == "type" && matches!(v, Value::Class(_)))
            }
            Value::Method(_) | Value::Super(_) => {
                t.name == "object" || std::ptr::eq(crate::types::typeobj::type_of(v), *t)
            }
            _ => isinstance_named(v, t.name) || crate::types::typeobj::type_of(v).is_subclass(t),
        }),
        Value::Class(c) if crate::types::typeddict::is_typeddict_class(c) => {
            Err(PyErr::type_error("TypedDict does not support instance and class checks"))
        }
        Value::Class(c) => {
            // An exact instance needs no hook (as CPython).
            if crate::types::class::class_of(v).is_some_and(|k| std::rc::Rc::ptr_eq(&k, c)) {
                return Ok(true);
            }
            if let Some(r) = meta_check(cls, "__instancecheck__", v) {
                return r;
            }
            if let Some(r) = crate::types::class::abstracts::protocol_instancecheck(v, c) {
                return r;
            }
            Ok(crate::types::class::is_instance(v, c))
        }
        Value::Tuple(ts) => {
            for t in ts.items() {
                if direct_isinstance(v, t)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        // Builtin types that are callables in the runtime (`property`, ...).
        Value::Builtin(n) if BUILTIN_CALLABLE_TYPES.contains(&pyaot_registry::names::short_name(n)) => {
            Ok(v.type_name() == pyaot_registry::names::short_name(n))
        }
        Value::Native(n) if crate::types::alias::isinstance(v, n).is_some() => {
            crate::types::alias::isinstance(v, n).unwrap()
        }
        _ => Err(PyErr::type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
    }
}

/// `chr`/`ord`-free `str(v)` for `print`, shared with `repr`'s writer.
pub fn str_of(v: &Value) -> Str {
    crate::ops::repr::to_str(v)
}

/// `type(v).__name__`.
pub fn type_name(v: &Value) -> Str {
    // Types of modules are named with their module (`collections.deque`)
    // in messages; `__name__` is the last part.
    crate::types::str::new(pyaot_registry::names::short_name(v.type_name()))
}
