//! The `dataclasses` module: `@dataclass` (with its options), `field()`,
//! `fields()`, `asdict()`, `astuple()` and `FrozenInstanceError`.
//!
//! `@dataclass` reads the class's `__annotations__` (which the compiler
//! records for class bodies) and class attributes, and adds the methods
//! CPython would generate, as runtime functions (`func::native`): an
//! `__init__` with the real signature (so argument errors read as
//! CPython's), `__repr__`, `__eq__`, the order methods, `__hash__`,
//! frozen `__setattr__`/`__delattr__`, `__match_args__` and `__slots__`.

use std::rc::Rc;

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::class::Class;
use crate::types::func::{FuncObj, Kind};
use crate::types::native::{self, NativeType};

/// The options of `@dataclass(...)`.
#[derive(Clone)]
pub struct Options {
    pub init: bool,
    pub repr: bool,
    pub eq: bool,
    pub order: bool,
    pub unsafe_hash: bool,
    pub frozen: bool,
    pub match_args: bool,
    pub kw_only: bool,
    pub slots: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            init: true,
            repr: true,
            eq: true,
            order: false,
            unsafe_hash: false,
            frozen: false,
            match_args: true,
            kw_only: false,
            slots: false,
        }
    }
}

/// A field's specification (`field(...)`), completed with its name and
/// annotation when the class is processed.
#[derive(Clone)]
pub struct Field {
    pub name: Value,
    pub ty: Value,
    /// None: no default (CPython's `MISSING`).
    pub default: Option<Value>,
    pub default_factory: Option<Value>,
    pub init: bool,
    pub repr: bool,
    pub hash: Value,
    pub compare: bool,
    pub kw_only: Option<bool>,
    /// A `ClassVar` annotation: not a field.
    pub class_var: bool,
}

impl Field {
    /// A field as `field()` with no arguments makes it, with this default.
    fn new(default: Option<Value>) -> Field {
        Field {
            name: Value::None,
            ty: Value::None,
            default,
            default_factory: None,
            init: true,
            repr: true,
            hash: Value::None,
            compare: true,
            kw_only: None,
            class_var: false,
        }
    }
}

thread_local! {
    static FROZEN_ERROR: Class = crate::types::class::runtime_class("dataclasses", "FrozenInstanceError", Some(&crate::object::exc::ATTRIBUTE_ERROR));
}

/// `dataclasses.FrozenInstanceError`.
pub fn frozen_error() -> Class {
    FROZEN_ERROR.with(|c| c.clone())
}

fn frozen_err(msg: String) -> PyErr {
    let c = frozen_error();
    PyErr(crate::object::exc::new_exc_of(&crate::object::exc::ATTRIBUTE_ERROR, Some(c), vec![Value::from_str(&msg)]))
}

pub fn call(name: &str, mut args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let kwvals = args.split_off(args.len() - kw.len());
    let kwargs: Vec<(&str, Value)> = kw.iter().copied().zip(kwvals).collect();
    match name {
        "dataclasses.dataclass" => {
            let mut o = Options::default();
            for (k, v) in &kwargs {
                let b = v.truthy();
                match *k {
                    "init" => o.init = b,
                    "repr" => o.repr = b,
                    "eq" => o.eq = b,
                    "order" => o.order = b,
                    "unsafe_hash" => o.unsafe_hash = b,
                    "frozen" => o.frozen = b,
                    "match_args" => o.match_args = b,
                    "kw_only" => o.kw_only = b,
                    "slots" => o.slots = b,
                    other => {
                        return Err(PyErr::type_error(format!(
                            "dataclass() got an unexpected keyword argument '{other}'"
                        )))
                    }
                }
            }
            match args.len() {
                0 => Ok(native::new_ext(Decorator(o))),
                1 if args[0].is_none() => Ok(native::new_ext(Decorator(o))),
                1 => process(args.pop().unwrap(), &o),
                n => Err(PyErr::type_error(format!(
                    "dataclass() takes from 0 to 1 positional arguments but {n} were given"
                ))),
            }
        }
        "dataclasses.field" => {
            if !args.is_empty() {
                return Err(PyErr::type_error(format!(
                    "field() takes 0 positional arguments but {} were given",
                    args.len()
                )));
            }
            let mut f = Field::new(None);
            for (k, v) in kwargs {
                match k {
                    "default" => f.default = Some(v),
                    "default_factory" => f.default_factory = Some(v),
                    "init" => f.init = v.truthy(),
                    "repr" => f.repr = v.truthy(),
                    "hash" => f.hash = v,
                    "compare" => f.compare = v.truthy(),
                    "kw_only" => f.kw_only = Some(v.truthy()),
                    "metadata" => {}
                    other => {
                        return Err(PyErr::type_error(format!("field() got an unexpected keyword argument '{other}'")))
                    }
                }
            }
            if f.default.is_some() && f.default_factory.is_some() {
                return Err(PyErr::value_error("cannot specify both default and default_factory"));
            }
            Ok(native::new_ext(f))
        }
        "dataclasses.fields" | "dataclasses.asdict" | "dataclasses.astuple" => {
            crate::builtins::arity(crate::stdlib::short_name(name), &args, 1, 1)?;
            let obj = &args[0];
            let Some(fields) = fields_of(obj) else {
                let what = if name.ends_with("fields") {
                    "must be called with a dataclass type or instance"
                } else {
                    "should be called on dataclass instances"
                };
                return Err(PyErr::type_error(format!("{}() {what}", crate::stdlib::short_name(name))));
            };
            match name {
                "dataclasses.fields" => Ok(Value::Tuple(crate::types::tuple::new(
                    fields.into_iter().filter(|f| !field(f).class_var).collect(),
                ))),
                "dataclasses.asdict" => as_dict(obj),
                _ => as_tuple(obj),
            }
        }
        _ => unreachable!("dataclasses has no function {name}"),
    }
}

fn field(v: &Value) -> &Field {
    native::ext::<Field>(v).expect("__dataclass_fields__ holds fields")
}

/// The `Field`s of a dataclass or its instance, in order.
fn fields_of(v: &Value) -> Option<Vec<Value>> {
    let class = match v {
        Value::Class(c) => c.clone(),
        other => crate::types::class::class_of(other)?,
    };
    match crate::types::class::lookup(&class, "__dataclass_fields__")? {
        Value::Dict(d) => Some(d.values_vec()),
        _ => None,
    }
}

fn as_dict(v: &Value) -> PyResult<Value> {
    if let Some(fields) = fields_of(v).filter(|_| !matches!(v, Value::Class(_))) {
        let d = crate::types::dict::new();
        for f in fields.iter().map(field).filter(|f| !f.class_var) {
            let x = crate::ops::methods::getattr(v, &crate::ops::repr::str(&f.name))?;
            crate::types::dict::setitem(&d, f.name.clone(), as_dict(&x)?)?;
        }
        return Ok(Value::Dict(d));
    }
    deep_copy(v, as_dict)
}

fn as_tuple(v: &Value) -> PyResult<Value> {
    if let Some(fields) = fields_of(v).filter(|_| !matches!(v, Value::Class(_))) {
        let mut items = Vec::new();
        for f in fields.iter().map(field).filter(|f| !f.class_var) {
            let x = crate::ops::methods::getattr(v, &crate::ops::repr::str(&f.name))?;
            items.push(as_tuple(&x)?);
        }
        return Ok(Value::Tuple(crate::types::tuple::new(items)));
    }
    deep_copy(v, as_tuple)
}

/// `asdict`/`astuple` recurse into lists, tuples and dicts (copying them).
fn deep_copy(v: &Value, f: fn(&Value) -> PyResult<Value>) -> PyResult<Value> {
    Ok(match v {
        Value::List(l) => Value::List(crate::types::list::from_vec(l.to_vec().iter().map(f).collect::<PyResult<_>>()?)),
        Value::Tuple(t) => Value::Tuple(crate::types::tuple::new(t.items().iter().map(f).collect::<PyResult<_>>()?)),
        Value::Dict(d) => {
            let out = crate::types::dict::new();
            for (k, x) in d.items_vec() {
                crate::types::dict::setitem(&out, f(&k)?, f(&x)?)?;
            }
            Value::Dict(out)
        }
        other => other.clone(),
    })
}

/// `dataclasses.MISSING`: what a field without a default (or factory)
/// reports as one.
struct Missing;

impl NativeType for Missing {
    fn type_name(&self) -> &'static str {
        "dataclasses._MISSING_TYPE"
    }
}

thread_local! {
    static MISSING: Value = native::new_ext(Missing);
}

/// The `MISSING` sentinel.
pub fn missing() -> Value {
    MISSING.with(Value::clone)
}

fn field_repr(f: &Field) -> String {
    let missing = crate::ops::repr::repr(&self::missing());
    format!(
        "Field(name={},type={},default={},default_factory={},init={},repr={},hash={},compare={},metadata=mappingproxy({{}}),kw_only={},_field_type={})",
        crate::ops::repr::repr(&f.name),
        crate::ops::repr::repr(&f.ty),
        f.default.as_ref().map_or(missing.clone(), crate::ops::repr::repr),
        f.default_factory.as_ref().map_or(missing.clone(), crate::ops::repr::repr),
        py_bool(f.init),
        py_bool(f.repr),
        crate::ops::repr::repr(&f.hash),
        py_bool(f.compare),
        f.kw_only.map_or(missing, |b| py_bool(b).to_string()),
        if f.name.is_none() { "None" } else if f.class_var { "_FIELD_CLASSVAR" } else { "_FIELD" },
    )
}

fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

fn field_attr(f: &Field, name: &str) -> Option<PyResult<Value>> {
    Some(Ok(match name {
        "name" => f.name.clone(),
        "type" => f.ty.clone(),
        "default" => f.default.clone().unwrap_or_else(missing),
        "default_factory" => f.default_factory.clone().unwrap_or_else(missing),
        "init" => Value::Bool(f.init),
        "repr" => Value::Bool(f.repr),
        "hash" => f.hash.clone(),
        "compare" => Value::Bool(f.compare),
        "kw_only" => Value::Bool(f.kw_only.unwrap_or(false)),
        _ => return None,
    }))
}

/// Whether an annotation (an evaluated class or the annotation's source
/// text) names `typing.ClassVar`.
fn is_class_var(ann: &Value) -> bool {
    let text = crate::ops::repr::str(ann);
    text.starts_with("ClassVar") || text.starts_with("typing.ClassVar")
}

/// `dataclass(...)` with options: the decorator it returns.
struct Decorator(Options);

impl NativeType for Decorator {
    fn type_name(&self) -> &'static str {
        "function"
    }
    fn repr(&self, me: &Value) -> String {
        format!("<function dataclass.<locals>.wrap at {:#x}>", me.id())
    }
    fn callable(&self) -> bool {
        true
    }
    fn call(&self, _: &Value, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
        let c = native::one_arg("wrap", args, kw)?;
        process(c, &self.0)
    }
}

impl NativeType for Field {
    fn type_name(&self) -> &'static str {
        "Field"
    }
    fn repr(&self, _: &Value) -> String {
        field_repr(self)
    }
    fn getattr(&self, _: &Value, name: &str) -> Option<PyResult<Value>> {
        field_attr(self, name)
    }
}

/// `@dataclass` applied to a class.
pub fn process(cls: Value, o: &Options) -> PyResult<Value> {
    let Value::Class(c) = &cls else {
        return Err(PyErr::type_error("dataclass() should be called on a class"));
    };
    if o.order && !o.eq {
        return Err(PyErr::value_error("eq must be true if order is true"));
    }
    // Inherited fields first (base classes' in MRO order, most basic first).
    let mut fields: Vec<Field> = Vec::new();
    for base in c.mro_rest.iter().rev() {
        if let Some(Value::Dict(d)) = base.dict.borrow().get("__dataclass_fields__") {
            for f in d.values_vec() {
                let f = field(&f).clone();
                match fields.iter_mut().find(|x| crate::ops::eq(&x.name, &f.name).unwrap_or(false)) {
                    Some(slot) => *slot = f,
                    None => fields.push(f),
                }
            }
        }
    }
    let anns = match c.dict.borrow().get("__annotations__") {
        Some(Value::Dict(d)) => d.items_vec(),
        _ => Vec::new(),
    };
    for (name, ann) in anns {
        let n = crate::ops::repr::str(&name);
        let attr = c.dict.borrow().get(&n).cloned();
        let mut f = match attr {
            Some(x) if native::ext::<Field>(&x).is_some() => native::ext::<Field>(&x).unwrap().clone(),
            other => Field::new(other),
        };
        f.name = name.clone();
        f.ty = ann.clone();
        f.class_var = is_class_var(&ann);
        if f.kw_only.is_none() {
            f.kw_only = Some(o.kw_only);
        }
        if !f.class_var {
            if let Some(d) = &f.default {
                if matches!(d, Value::List(_) | Value::Dict(_) | Value::Set(_)) {
                    return Err(PyErr::value_error(format!(
                        "mutable default {} for field {n} is not allowed: use default_factory",
                        crate::ops::repr::repr(&crate::builtins::type_of(d))
                    )));
                }
            }
            // The class attribute becomes the default value (or goes away).
            let mut dict = c.dict_mut();
            match &f.default {
                Some(d) => {
                    crate::types::class::note_patch(c, &n, d);
                    dict.insert(n.clone(), d.clone());
                }
                None => {
                    dict.shift_remove(&n);
                }
            }
        }
        match fields.iter_mut().find(|x| crate::ops::eq(&x.name, &name).unwrap_or(false)) {
            Some(slot) => *slot = f,
            None => fields.push(f),
        }
    }
    let fdict = crate::types::dict::new();
    for f in &fields {
        crate::types::dict::setitem(&fdict, f.name.clone(), native::new_ext(f.clone()))?;
    }
    let set = |name: &str, v: Value| {
        crate::types::class::note_patch(c, name, &v);
        c.dict_mut().insert(name.to_string(), v);
    };
    let has = |name: &str| c.dict.borrow().contains_key(name);
    set("__dataclass_fields__", Value::Dict(fdict));
    let real: Vec<&Field> = fields.iter().filter(|f| !f.class_var).collect();
    let qual = |m: &str| format!("{}.{m}", c.qualname);
    // The class body's own methods are kept (as CPython's `_set_new_attribute`).
    if o.init && !has("__init__") {
        set("__init__", make_init(c, &real)?);
    }
    if o.repr && !has("__repr__") {
        set("__repr__", crate::types::func::native("__repr__", &qual("__repr__"), &["self"], repr_method, vec![]));
    }
    if o.eq && !has("__eq__") {
        set("__eq__", crate::types::func::native("__eq__", &qual("__eq__"), &["self", "other"], cmp_method, vec![]));
    }
    if o.order {
        for op in ["__lt__", "__le__", "__gt__", "__ge__"] {
            if has(op) {
                return Err(PyErr::type_error(format!(
                    "Cannot overwrite attribute {op} in class {}. Consider using functools.total_ordering",
                    c.name
                )));
            }
            set(op, crate::types::func::native(op, &qual(op), &["self", "other"], cmp_method, vec![]));
        }
    }
    if o.frozen {
        for (m, code) in [
            ("__setattr__", frozen_setattr as fn(&FuncObj, Vec<Value>) -> PyResult<Value>),
            ("__delattr__", frozen_delattr),
        ] {
            if has(m) {
                return Err(PyErr::type_error(format!("Cannot overwrite attribute {m} in class {}", c.name)));
            }
            let params: &[&str] = if m == "__setattr__" { &["self", "name", "value"] } else { &["self", "name"] };
            set(m, crate::types::func::native(m, &qual(m), params, code, vec![cls.clone()]));
        }
    }
    // CPython's table: eq without frozen makes instances unhashable;
    // eq and frozen (or unsafe_hash) hash the compared fields.
    let explicit_hash = matches!(c.dict.borrow().get("__hash__"), Some(v) if !v.is_none());
    if o.unsafe_hash || (o.eq && o.frozen && !explicit_hash) {
        set("__hash__", crate::types::func::native("__hash__", &qual("__hash__"), &["self"], hash_method, vec![]));
    } else if o.eq && !o.frozen && !explicit_hash {
        set("__hash__", Value::None);
    }
    if o.match_args && !has("__match_args__") {
        let names = real.iter().filter(|f| f.init && f.kw_only != Some(true)).map(|f| f.name.clone()).collect();
        set("__match_args__", Value::Tuple(crate::types::tuple::new(names)));
    }
    if o.slots {
        let names: Vec<Value> = real.iter().map(|f| f.name.clone()).collect();
        // Slots replace the class attributes holding defaults (the
        // defaults live in `__init__`).
        for n in &names {
            c.dict_mut().shift_remove(crate::ops::repr::str(n).as_str());
        }
        set("__slots__", Value::Tuple(crate::types::tuple::new(names)));
    }
    Ok(cls)
}

/// The fields `__init__` takes: positional ones, then keyword-only ones.
fn make_init(c: &Class, fields: &[&Field]) -> PyResult<Value> {
    let init: Vec<&&Field> = fields.iter().filter(|f| f.init).collect();
    let positional: Vec<&&&Field> = init.iter().filter(|f| f.kw_only != Some(true)).collect();
    let keyword: Vec<&&&Field> = init.iter().filter(|f| f.kw_only == Some(true)).collect();
    let has_default = |f: &Field| f.default.is_some() || f.default_factory.is_some();
    let mut seen_default = false;
    for f in &positional {
        if has_default(f) {
            seen_default = true;
        } else if seen_default {
            return Err(PyErr::type_error(format!(
                "non-default argument {} follows default argument",
                crate::ops::repr::repr(&f.name)
            )));
        }
    }
    // A field with a factory has its `Field` as the default: `__init__`
    // calls the factory when it receives it.
    let default_of = |f: &Field| -> Value {
        match &f.default {
            Some(d) => d.clone(),
            None => native::new_ext(f.clone()),
        }
    };
    // As CPython: a field named `self` renames `__init__`'s own parameter.
    let own = if positional.iter().chain(keyword.iter()).any(|f| crate::ops::repr::str(&f.name) == "self") {
        "__dataclass_self__"
    } else {
        "self"
    };
    let mut params = vec![(own.to_string(), Kind::Normal)];
    params.extend(positional.iter().map(|f| (crate::ops::repr::str(&f.name), Kind::Normal)));
    params.extend(keyword.iter().map(|f| (crate::ops::repr::str(&f.name), Kind::KeywordOnly)));
    let defaults = positional.iter().filter(|f| has_default(f)).map(|f| default_of(f)).collect();
    let kwdefaults =
        keyword.iter().filter(|f| has_default(f)).map(|f| (crate::ops::repr::str(&f.name), default_of(f))).collect();
    // Annotated as CPython's generated `def __init__(self, x: int, ...) -> None`.
    let annotations = crate::types::dict::new();
    for f in positional.iter().chain(keyword.iter()) {
        crate::types::dict::setitem(&annotations, f.name.clone(), f.ty.clone())?;
    }
    crate::types::dict::setitem(&annotations, Value::from_str("return"), Value::None)?;
    let attrs = [("__annotations__".to_string(), Value::Dict(annotations))].into_iter().collect();
    Ok(Value::Func(crate::object::gc::tracked(Rc::new(FuncObj {
        gc: Default::default(),
        name: "__init__".into(),
        qualname: format!("{}.__init__", c.qualname),
        params,
        defaults,
        kwdefaults,
        cells: vec![crate::types::func::full_cell(Value::Class(c.clone()))],
        code: crate::types::func::Code::Rust(init_method),
        attrs: std::cell::RefCell::new(attrs),
        generator: false,
    }))))
}

/// The generated `__init__`: each field from its argument, its default or
/// its factory, then `__post_init__` if the class has one.
fn init_method(f: &FuncObj, args: Vec<Value>) -> PyResult<Value> {
    let Value::Class(c) = crate::types::func::native_data(f, 0) else { unreachable!("init knows its class") };
    let this = args[0].clone();
    let Some(Value::Dict(fields)) = crate::types::class::lookup(&c, "__dataclass_fields__") else { unreachable!() };
    for fv in fields.values_vec() {
        let fl = field(&fv);
        if fl.class_var {
            continue;
        }
        let name = crate::ops::repr::str(&fl.name);
        let value = if fl.init {
            let i = f.params.iter().position(|(p, _)| *p == name).expect("an init field is a parameter");
            let v = args[i].clone();
            match (&v, &fl.default_factory) {
                (v, Some(factory)) if native::ext::<Field>(v).is_some() => {
                    crate::types::func::call(factory, vec![], &[])?
                }
                _ => v,
            }
        } else if let Some(factory) = &fl.default_factory {
            crate::types::func::call(factory, vec![], &[])?
        } else if let Some(d) = &fl.default {
            d.clone()
        } else {
            continue;
        };
        // Frozen classes assign through `object.__setattr__`, as CPython's init does.
        crate::types::class::object_setattr(&this, &name, value).expect("instances take attributes")?;
    }
    if let Some(post) = crate::types::class::special(&this, "__post_init__") {
        crate::types::func::call(&post, vec![], &[])?;
    }
    Ok(Value::None)
}

/// The values of the fields marked by `pick`, as a tuple.
fn field_values(v: &Value, pick: fn(&Field) -> bool) -> PyResult<Vec<Value>> {
    let Some(fields) = fields_of(v) else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    for f in fields.iter().map(field).filter(|f| !f.class_var && pick(f)) {
        out.push(crate::ops::methods::getattr(v, &crate::ops::repr::str(&f.name))?);
    }
    Ok(out)
}

thread_local! {
    /// The objects whose repr is being built (a recursive one shows `...`).
    static IN_REPR: std::cell::RefCell<Vec<i64>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn repr_method(_: &FuncObj, args: Vec<Value>) -> PyResult<Value> {
    let this = &args[0];
    let id = this.id();
    if IN_REPR.with(|r| r.borrow().contains(&id)) {
        return Ok(Value::from_str("..."));
    }
    IN_REPR.with(|r| r.borrow_mut().push(id));
    let result = (|| {
        let Some(fields) = fields_of(this) else { return Ok(String::new()) };
        let mut parts = Vec::new();
        for f in fields.iter().map(field).filter(|f| !f.class_var && f.repr) {
            let name = crate::ops::repr::str(&f.name);
            let x = crate::ops::methods::getattr(this, &name)?;
            parts.push(format!("{name}={}", crate::ops::repr::repr(&x)));
        }
        let class = crate::types::class::class_of(this).expect("a dataclass instance");
        Ok(format!("{}({})", class.qualname, parts.join(", ")))
    })();
    IN_REPR.with(|r| r.borrow_mut().pop());
    Ok(Value::from_str(&result?))
}

/// `__eq__` and the order methods: the compared fields as tuples, for two
/// instances of the same class; NotImplemented otherwise.
fn cmp_method(f: &FuncObj, args: Vec<Value>) -> PyResult<Value> {
    let (a, b) = (&args[0], &args[1]);
    let same = match (crate::types::class::class_of(a), crate::types::class::class_of(b)) {
        (Some(x), Some(y)) => Rc::ptr_eq(&x, &y),
        _ => false,
    };
    if !same {
        return Ok(native::not_implemented());
    }
    let x = Value::Tuple(crate::types::tuple::new(field_values(a, |f| f.compare)?));
    let y = Value::Tuple(crate::types::tuple::new(field_values(b, |f| f.compare)?));
    use crate::ops::CmpOp;
    Ok(Value::Bool(match f.name.as_str() {
        "__eq__" => crate::ops::eq(&x, &y)?,
        "__lt__" => crate::ops::compare(CmpOp::Lt, &x, &y)?,
        "__le__" => crate::ops::compare(CmpOp::Le, &x, &y)?,
        "__gt__" => crate::ops::compare(CmpOp::Gt, &x, &y)?,
        _ => crate::ops::compare(CmpOp::Ge, &x, &y)?,
    }))
}

fn hash_method(_: &FuncObj, args: Vec<Value>) -> PyResult<Value> {
    let vals = field_values(&args[0], |f| if f.hash.is_none() { f.compare } else { f.hash.truthy() })?;
    Ok(Value::Int(crate::ops::hash::hash(&Value::Tuple(crate::types::tuple::new(vals)))?))
}

fn frozen_setattr(f: &FuncObj, args: Vec<Value>) -> PyResult<Value> {
    frozen_check(f, &args, "assign to")?;
    crate::types::class::object_setattr(&args[0], &crate::ops::repr::str(&args[1]), args[2].clone())
        .expect("instances take attributes")?;
    Ok(Value::None)
}

fn frozen_delattr(f: &FuncObj, args: Vec<Value>) -> PyResult<Value> {
    frozen_check(f, &args, "delete")?;
    crate::types::class::object_delattr(&args[0], &crate::ops::repr::str(&args[1]))?;
    Ok(Value::None)
}

/// CPython's frozen check: instances of the class itself, or a field name.
fn frozen_check(f: &FuncObj, args: &[Value], what: &str) -> PyResult<()> {
    let Value::Class(c) = crate::types::func::native_data(f, 0) else { unreachable!() };
    let name = &args[1];
    let exact = crate::types::class::class_of(&args[0]).is_some_and(|k| Rc::ptr_eq(&k, &c));
    let is_field = match crate::types::class::lookup(&c, "__dataclass_fields__") {
        Some(Value::Dict(d)) => crate::types::dict::contains(&d, name)?,
        _ => false,
    };
    if exact || is_field {
        return Err(frozen_err(format!("cannot {what} field {}", crate::ops::repr::repr(name))));
    }
    Ok(())
}
