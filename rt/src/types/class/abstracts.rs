//! Abstract classes: a class whose metaclass is `abc.ABCMeta` (written in
//! Python, `stdlib/abc.py`; `abc.ABC` is its plain instance) records the
//! names of its abstract methods when it is made (`__abstractmethods__`),
//! and instantiating it while any remain raises CPython's TypeError. As in
//! CPython (`object.__new__` checks), this is the class model's; the `abc`
//! module provides the metaclass and the `@abstractmethod` mark. `typing`'s
//! plain bases (`Generic`, `Protocol`, `NamedTuple`) are made here too, and
//! `isinstance` against a protocol (structural, when `@runtime_checkable`).

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::class::{Class, ClassObj};

thread_local! {
    static GENERIC: Class = crate::types::class::runtime_class("typing", "Generic", None);
    static PROTOCOL: Class = crate::types::class::runtime_class("typing", "Protocol", None);
    static NAMED_TUPLE: Class = crate::types::class::runtime_class("typing", "NamedTuple", None);
}

/// Whether `c` is `typing.NamedTuple` (a class statement deriving from it
/// makes a named tuple class, `namedtuple::from_class`).
pub fn is_named_tuple_base(c: &Class) -> bool {
    NAMED_TUPLE.with(|n| std::rc::Rc::ptr_eq(n, c))
}

/// Whether `c` is a protocol: a class listing `typing.Protocol` among its
/// bases.
fn is_protocol(c: &Class) -> bool {
    PROTOCOL.with(|p| c.bases.iter().any(|b| std::rc::Rc::ptr_eq(b, p)))
}

/// The names a protocol requires: what its classes (up to `Protocol`)
/// define or annotate, but for what every class has.
fn protocol_members(c: &Class) -> Vec<String> {
    const EXCLUDED: &[&str] = &[
        "__parameters__",
        "__orig_bases__",
        "__orig_class__",
        "_is_protocol",
        "_is_runtime_protocol",
        "__protocol_attrs__",
        "__callable_proto_members_only__",
        "__abstractmethods__",
        "__annotations__",
        "__dict__",
        "__doc__",
        "__init__",
        "__module__",
        "__new__",
        "__slots__",
        "__subclasshook__",
        "__weakref__",
        "__class_getitem__",
        "__qualname__",
    ];
    let mut out: Vec<String> = Vec::new();
    for k in crate::types::class::mro(c) {
        if k.module == "typing" && matches!(k.name, "Protocol" | "Generic") {
            continue;
        }
        let dict = k.dict.borrow();
        let mut names: Vec<String> = dict.keys().cloned().collect();
        if let Some(Value::Dict(a)) = dict.get("__annotations__") {
            names.extend(a.keys_vec().iter().map(crate::object::protocol::str));
        }
        for n in names {
            if !n.starts_with("_abc_") && !EXCLUDED.contains(&n.as_str()) && !out.contains(&n) {
                out.push(n);
            }
        }
    }
    out
}

fn runtime_checkable_only() -> PyErr {
    PyErr::type_error("Instance and class checks can only be used with @runtime_checkable protocols")
}

fn is_runtime(c: &Class) -> bool {
    c.dict.borrow().get("_is_runtime_protocol").is_some_and(|v| v.truthy())
}

/// `isinstance(v, P)` for a protocol `P`: a TypeError unless it is
/// `@runtime_checkable`, else whether `v` has every member (a method not
/// None); None when `P` is not a protocol.
pub fn protocol_instancecheck(v: &Value, c: &Class) -> Option<PyResult<bool>> {
    if !is_protocol(c) {
        return None;
    }
    if !is_runtime(c) {
        return Some(Err(runtime_checkable_only()));
    }
    if crate::types::class::is_instance(v, c) {
        return Some(Ok(true));
    }
    for name in protocol_members(c) {
        let method = crate::types::class::lookup(c, &name).is_some_and(|m| crate::types::func::callable(&m));
        match crate::object::protocol::getattr(v, &name) {
            Ok(Value::None) if method => return Some(Ok(false)),
            Ok(_) => {}
            Err(e) if e.matches(&crate::object::exc::ATTRIBUTE_ERROR) => return Some(Ok(false)),
            Err(e) => return Some(Err(e)),
        }
    }
    Some(Ok(true))
}

/// `issubclass(C, P)` for a protocol `P` (only of methods); None when `P`
/// is not a protocol.
pub fn protocol_subclasscheck(k: &Value, c: &Class) -> Option<PyResult<bool>> {
    if !is_protocol(c) {
        return None;
    }
    if !is_runtime(c) {
        return Some(Err(runtime_checkable_only()));
    }
    let members = protocol_members(c);
    let methods_only =
        members.iter().all(|n| crate::types::class::lookup(c, n).is_some_and(|m| crate::types::func::callable(&m)));
    if !methods_only {
        return Some(Err(PyErr::type_error("Protocols with non-method members don't support issubclass()")));
    }
    if let Value::Class(a) = k {
        if crate::types::class::mro(a).iter().any(|x| std::rc::Rc::ptr_eq(x, c)) {
            return Some(Ok(true));
        }
    }
    for name in members {
        match crate::object::protocol::getattr(k, &name) {
            Ok(Value::None) => return Some(Ok(false)),
            Ok(_) => {}
            Err(e) if e.matches(&crate::object::exc::ATTRIBUTE_ERROR) => return Some(Ok(false)),
            Err(e) => return Some(Err(e)),
        }
    }
    Some(Ok(true))
}

/// `@typing.runtime_checkable`: marks a protocol for `isinstance`.
pub fn runtime_checkable(v: Value) -> PyResult<Value> {
    match &v {
        Value::Class(c) if is_protocol(c) => {
            c.dict.borrow_mut().insert("_is_runtime_protocol".into(), Value::Bool(true));
            Ok(v)
        }
        other => Err(PyErr::type_error(format!(
            "@runtime_checkable can be only applied to protocol classes, got {}",
            crate::object::protocol::repr(other)
        ))),
    }
}

/// `typing.Generic` and `typing.Protocol`: plain bases.
pub fn typing_base(name: &str) -> Class {
    if name == "Generic" {
        GENERIC.with(|c| c.clone())
    } else if name == "NamedTuple" {
        NAMED_TUPLE.with(|c| c.clone())
    } else {
        PROTOCOL.with(|c| c.clone())
    }
}

/// Whether a class attribute is abstract (an abstract function, or a
/// property, class method or static method of one).
fn is_abstract(v: &Value) -> bool {
    match v {
        Value::Func(f) => f.attrs.borrow().get("__isabstractmethod__").is_some_and(|x| x.truthy()),
        Value::Descr(d) => match &**d {
            crate::types::class::Descr::Property { get, set, del, .. } => {
                is_abstract(get) || is_abstract(set) || is_abstract(del)
            }
            crate::types::class::Descr::ClassMethod(f) | crate::types::class::Descr::StaticMethod(f) => is_abstract(f),
        },
        _ => false,
    }
}

/// Whether `c` is made by `abc.ABCMeta` (or a metaclass deriving from it).
fn derives_from_abc(c: &ClassObj) -> bool {
    c.meta
        .as_ref()
        .is_some_and(|m| crate::types::class::mro(m).iter().any(|k| k.name == "ABCMeta" && k.module == "abc"))
}

/// At class creation: the abstract methods a class derived from `ABC`
/// still has (its own abstract attributes, and inherited abstract names
/// it does not override), as `__abstractmethods__`.
pub fn record_abstract(c: &Class) -> PyResult<()> {
    if !derives_from_abc(c) {
        return Ok(());
    }
    let mut names: Vec<String> =
        c.dict.borrow().iter().filter(|(_, v)| is_abstract(v)).map(|(k, _)| k.clone()).collect();
    for base in &c.bases {
        let inherited = base.dict.borrow().get("__abstractmethods__").cloned();
        if let Some(Value::Tuple(t)) = inherited {
            for n in t.items() {
                let n = crate::object::protocol::str(n);
                if crate::types::class::lookup(c, &n).is_some_and(|v| is_abstract(&v)) && !names.contains(&n) {
                    names.push(n);
                }
            }
        }
    }
    names.sort();
    let t = Value::Tuple(crate::types::tuple::new(names.iter().map(|n| Value::from_str(n)).collect()));
    c.dict_mut().insert("__abstractmethods__".into(), t);
    Ok(())
}

/// TypeError for a class with abstract methods left.
pub fn check_instantiable(c: &Class) -> PyResult<()> {
    let names = match c.dict.borrow().get("__abstractmethods__") {
        Some(Value::Tuple(t)) if !t.items().is_empty() => {
            t.items().iter().map(crate::object::protocol::str).collect::<Vec<_>>()
        }
        _ => return Ok(()),
    };
    let s = if names.len() == 1 { "" } else { "s" };
    Err(PyErr::type_error(format!(
        "Can't instantiate abstract class {} with abstract method{s} {}",
        c.name,
        names.join(", ")
    )))
}
