//! `typing.TypedDict`: a class statement deriving from it (or from another
//! TypedDict class), or the call `TypedDict("P", {"x": int})`, makes a
//! class of metaclass `typing._TypedDictMeta` whose instances are plain
//! dicts: calling it is calling `dict`. The class keeps its annotations
//! (its bases' too), `__required_keys__`, `__optional_keys__` and
//! `__total__`; `isinstance` against it is CPython's TypeError.

use std::rc::Rc;

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::class::{Class, Namespace};
use crate::types::func::{FuncObj, Kind};
use crate::types::namedtuple::func;

thread_local! {
    static TYPED_DICT: Class = crate::types::class::runtime_class("typing", "TypedDict", None);
    static META: Class = crate::types::class::runtime_class("typing", "_TypedDictMeta", None);
}

/// `typing.TypedDict` itself.
pub fn base() -> Class {
    TYPED_DICT.with(|c| c.clone())
}

/// Whether `c` is `typing.TypedDict` itself.
pub fn is_base(c: &Class) -> bool {
    TYPED_DICT.with(|t| Rc::ptr_eq(t, c))
}

/// Whether `c` is a class `TypedDict` made.
pub fn is_typeddict_class(c: &Class) -> bool {
    META.with(|m| c.meta.as_ref().is_some_and(|k| Rc::ptr_eq(k, m)))
}

/// `typing.is_typeddict(tp)`.
pub fn is_typeddict(v: &Value) -> bool {
    matches!(v, Value::Class(c) if is_typeddict_class(c))
}

/// Whether a class statement with these bases makes a TypedDict.
pub fn from_bases(bases: &[Value]) -> bool {
    !bases.is_empty() && bases.iter().all(|b| matches!(b, Value::Class(c) if is_base(c) || is_typeddict_class(c)))
}

/// `class P(TypedDict, total=...)`: the annotated names are the keys.
pub fn from_class(
    name: &str,
    qualname: &str,
    bases: &[Value],
    ns: Namespace,
    kw: &[(String, Value)],
) -> PyResult<Value> {
    let mut total = true;
    for (k, v) in kw {
        match k.as_str() {
            "total" => total = v.truthy(),
            other => {
                return Err(PyErr::type_error(format!(
                    "__init_subclass__() takes no keyword arguments (got '{other}')"
                )))
            }
        }
    }
    for k in ns.keys() {
        if !k.starts_with("__") || !k.ends_with("__") {
            return Err(PyErr::type_error("TypedDict classes may only contain type annotations"));
        }
    }
    let own = match ns.get("__annotations__") {
        Some(Value::Dict(d)) => d.items_vec(),
        _ => Vec::new(),
    };
    let module = match ns.get("__module__") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "__main__".to_string(),
    };
    build(name, qualname, &module, bases, own, total, ns)
}

/// `TypedDict("P", {"x": int}, total=False)`.
pub fn functional(args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let n = args.len() - kw.len();
    let mut total = true;
    for (k, v) in kw.iter().zip(&args[n..]) {
        match *k {
            "total" => total = v.truthy(),
            other => {
                return Err(PyErr::type_error(format!("TypedDict() got an unexpected keyword argument '{other}'")))
            }
        }
    }
    let (name, fields) = match &args[..n] {
        [Value::Str(s), Value::Dict(d)] => (s.as_str().to_string(), d.items_vec()),
        [Value::Str(s)] => (s.as_str().to_string(), Vec::new()),
        _ => return Err(PyErr::type_error("TypedDict() takes a name and a dict of fields")),
    };
    build(&name, &name, "__main__", &[], fields, total, Namespace::default())
}

fn build(
    name: &str,
    qualname: &str,
    module: &str,
    bases: &[Value],
    own: Vec<(Value, Value)>,
    total: bool,
    mut ns: Namespace,
) -> PyResult<Value> {
    let annotations = crate::types::dict::new();
    let (mut required, mut optional) = (Vec::new(), Vec::new());
    for b in bases {
        let Value::Class(c) = b else { continue };
        if let Some(Value::Dict(d)) = c.dict.borrow().get("__annotations__") {
            crate::types::dict::update(&annotations, d)?;
        }
        for (key, into) in [("__required_keys__", &mut required), ("__optional_keys__", &mut optional)] {
            if let Some(keys) = c.dict.borrow().get(key) {
                into.extend(crate::types::iter::collect(keys)?);
            }
        }
    }
    for (k, v) in own {
        let marked = match &v {
            Value::Native(n) => match &**n {
                crate::types::native::NativeObj::Hint(h) if h.args.is_some() => match h.name.as_str() {
                    "typing.Required" => Some(true),
                    "typing.NotRequired" => Some(false),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        let v = match v {
            Value::Str(s) => {
                crate::types::native::new(crate::types::native::NativeObj::Hint(crate::object::layout::native::Hint {
                    name: format!("ForwardRef({})", crate::object::protocol::repr(&Value::Str(s))),
                    args: None,
                }))
            }
            other => other,
        };
        crate::types::dict::setitem(&annotations, k.clone(), v)?;
        required.retain(|x| !crate::object::protocol::eq(x, &k).unwrap_or(false));
        optional.retain(|x| !crate::object::protocol::eq(x, &k).unwrap_or(false));
        if marked.unwrap_or(total) {
            required.push(k);
        } else {
            optional.push(k);
        }
    }
    let frozen = |items: Vec<Value>| -> PyResult<Value> {
        Ok(Value::Set(crate::types::set::frozenset(&Value::List(crate::types::list::from_vec(items)))?))
    };
    ns.insert("__annotations__".into(), Value::Dict(annotations));
    ns.insert("__required_keys__".into(), frozen(required)?);
    ns.insert("__optional_keys__".into(), frozen(optional)?);
    ns.insert("__total__".into(), Value::Bool(total));
    ns.shift_remove("__qualname__");
    ns.shift_remove("__module__");
    ns.insert(
        "__new__".into(),
        Value::Descr(Rc::new(crate::types::class::Descr::StaticMethod(func(
            "__new__",
            &format!("{name}.__new__"),
            &[("cls", Kind::Normal), ("args", Kind::VarArgs), ("kwargs", Kind::VarKw)],
            Vec::new(),
            make,
        )))),
    );
    let name: &'static str = Box::leak(name.to_string().into_boxed_str());
    let module: &'static str = Box::leak(module.to_string().into_boxed_str());
    let mut c = crate::types::namedtuple::tuple_class(name, qualname, module, ns);
    let k = Rc::get_mut(&mut c).expect("a new class");
    k.base_values = vec![Value::Type(&crate::object::exc::TYPE_DICT)];
    k.meta = Some(META.with(|m| m.clone()));
    Ok(Value::Class(c))
}

/// Calling a TypedDict class: `dict(*args, **kwargs)`.
fn make(_: &FuncObj, args: Vec<Value>) -> PyResult<Value> {
    let [_cls, rest, kwargs] = &args[..] else { unreachable!("bound as (cls, *args, **kwargs)") };
    let mut all = crate::types::iter::collect(rest)?;
    let mut names = Vec::new();
    if let Value::Dict(d) = kwargs {
        for (k, v) in d.items_vec() {
            names.push(crate::object::protocol::str(&k));
            all.push(v);
        }
    }
    let names: Vec<&str> = names.iter().map(|s| s.as_str()).collect();
    crate::object::protocol::call_builtin("dict", all, &names)
}
