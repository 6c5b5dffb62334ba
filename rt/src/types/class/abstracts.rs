//! Abstract classes: a class whose metaclass is `abc.ABCMeta` (written in
//! Python, `stdlib/abc.py`; `abc.ABC` is its plain instance) records the
//! names of its abstract methods when it is made (`__abstractmethods__`),
//! and instantiating it while any remain raises CPython's TypeError. As in
//! CPython (`object.__new__` checks), this is the class model's; the `abc`
//! module provides the metaclass and the `@abstractmethod` mark. `typing`'s
//! plain bases (`Generic`, `Protocol`, `NamedTuple`) are made here too.

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
