//! CPython's struct sequences (`sys.version_info`, `sys.flags`): tuples
//! whose class names their fields, so `vi.major` and `vi[0]` are one value,
//! while they compare, hash, slice and concatenate as the plain tuples they
//! are. Unlike a `namedtuple` they have none of the `_fields`/`_asdict`
//! helpers, cannot be made by calling their class, and their type is
//! named with its module (`'sys.version_info' object has no attribute ...`).

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::class::{Class, Descr, Namespace};
use crate::types::func::{FuncObj, Kind};
use crate::types::namedtuple::func;
use std::rc::Rc;

/// The marker of a struct sequence's namespace.
const MARKER: &str = "n_sequence_fields";

/// The class of a struct sequence named `qualified` (`sys.version_info`)
/// with these fields.
pub fn class(qualified: &'static str, fields: &[&str]) -> Class {
    let (module, name) = qualified.rsplit_once('.').expect("a struct sequence is named with its module");
    let names = Value::Tuple(crate::types::tuple::new(fields.iter().map(|f| Value::from_str(f)).collect()));
    let n = Value::Int(fields.len() as i64);
    let mut ns = Namespace::default();
    ns.insert("__match_args__".into(), names);
    ns.insert("n_fields".into(), n.clone());
    ns.insert(MARKER.into(), n);
    ns.insert("n_unnamed_fields".into(), Value::Int(0));
    let one = [("self", Kind::Normal)];
    ns.insert("__repr__".into(), func("__repr__", &format!("{name}.__repr__"), &one, Vec::new(), repr));
    ns.insert(
        "__getnewargs__".into(),
        func("__getnewargs__", &format!("{name}.__getnewargs__"), &one, Vec::new(), getnewargs),
    );
    let new = func(
        "__new__",
        &format!("{name}.__new__"),
        &[("cls", Kind::Normal), ("args", Kind::VarArgs)],
        Vec::new(),
        refuse_new,
    );
    ns.insert("__new__".into(), Value::Descr(Rc::new(Descr::StaticMethod(new))));
    let module: &'static str = Box::leak(module.to_string().into_boxed_str());
    crate::types::namedtuple::tuple_class(qualified, name, module, ns)
}

/// Whether `c` is a struct sequence's class.
pub fn is(c: &Class) -> bool {
    c.dict.borrow().contains_key(MARKER)
}

/// An instance: the values in field order.
pub fn new(c: &Class, items: Vec<Value>) -> Value {
    Value::Tuple(crate::types::tuple::with_class(items, c.clone()))
}

fn this(v: &Value) -> PyResult<(crate::types::tuple::Tuple, Class)> {
    match v {
        Value::Tuple(t) if t.class.as_ref().is_some_and(is) => Ok((t.clone(), t.class.clone().unwrap())),
        other => Err(PyErr::type_error(format!("descriptor requires a struct sequence, not '{}'", other.type_name()))),
    }
}

fn repr(_: &FuncObj, args: Vec<Value>) -> PyResult<Value> {
    let (t, c) = this(&args[0])?;
    let fields = crate::types::namedtuple::fields(&c).unwrap_or_default();
    let parts: Vec<String> = fields
        .iter()
        .zip(t.items())
        .map(|(f, v)| format!("{}={}", crate::object::protocol::str(f), crate::object::protocol::repr(v)))
        .collect();
    Ok(Value::from_str(&format!("{}({})", c.name, parts.join(", "))))
}

/// `tuple.__getnewargs__`: the values as one plain tuple, in a 1-tuple.
fn getnewargs(_: &FuncObj, args: Vec<Value>) -> PyResult<Value> {
    let (t, _) = this(&args[0])?;
    let plain = Value::Tuple(crate::types::tuple::new(t.items().to_vec()));
    Ok(Value::Tuple(crate::types::tuple::new(vec![plain])))
}

fn refuse_new(_: &FuncObj, args: Vec<Value>) -> PyResult<Value> {
    let name = match &args[0] {
        Value::Class(c) => c.name,
        other => other.type_name(),
    };
    Err(PyErr::type_error(format!("cannot create '{name}' instances")))
}
