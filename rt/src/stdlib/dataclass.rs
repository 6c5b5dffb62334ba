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
    /// `field(metadata=...)` as a read-only mapping; None: the shared empty one.
    pub metadata: Option<Value>,
    pub kind: FieldKind,
}

/// What an annotation makes of a name (CPython's `_field_type`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// A field proper: an attribute of every instance.
    Field,
    /// `ClassVar[...]`: not a field.
    ClassVar,
    /// `InitVar[...]`: a parameter of `__init__`, passed on to `__post_init__`.
    InitVar,
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
            metadata: None,
            kind: FieldKind::Field,
        }
    }

    /// A field proper (not a `ClassVar` or an `InitVar`).
    fn is_field(&self) -> bool {
        self.kind == FieldKind::Field
    }
}

/// What `stdlib/dataclasses.py` defines and this half reads: the
/// `InitVar` and `KW_ONLY` classes and the empty metadata mapping.
struct Markers {
    init_var: Value,
    kw_only: Value,
    empty_metadata: Value,
}

thread_local! {
    static MARKERS: std::cell::RefCell<Option<Markers>> = const { std::cell::RefCell::new(None) };
}

fn marker(pick: fn(&Markers) -> &Value) -> Value {
    MARKERS.with(|m| m.borrow().as_ref().map_or(Value::None, |m| pick(m).clone()))
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
        "dataclasses._pyaot_markers" => {
            let [init_var, kw_only, empty_metadata]: [Value; 3] =
                args.try_into().map_err(|_| PyErr::type_error("_pyaot_markers() takes 3 arguments"))?;
            MARKERS.with(|m| *m.borrow_mut() = Some(Markers { init_var, kw_only, empty_metadata }));
            Ok(Value::None)
        }
        // `field(...)`, its arguments checked and ordered by `stdlib/dataclasses.py`.
        "dataclasses._pyaot_field" => {
            let [default, default_factory, init, repr, hash, compare, metadata, kw_only]: [Value; 8] =
                args.try_into().map_err(|_| PyErr::type_error("_pyaot_field() takes 8 arguments"))?;
            let given = |v: Value| (!v.is(&missing())).then_some(v);
            let mut f = Field::new(given(default));
            f.default_factory = given(default_factory);
            f.init = init.truthy();
            f.repr = repr.truthy();
            f.hash = hash;
            f.compare = compare.truthy();
            f.metadata = Some(metadata);
            f.kw_only = given(kw_only).map(|v| v.truthy());
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
                    fields.into_iter().filter(|f| field(f).is_field()).collect(),
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
        for f in fields.iter().map(field).filter(|f| f.is_field()) {
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
        for f in fields.iter().map(field).filter(|f| f.is_field()) {
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
        "Field(name={},type={},default={},default_factory={},init={},repr={},hash={},compare={},metadata={},kw_only={},_field_type={})",
        crate::ops::repr::repr(&f.name),
        crate::ops::repr::repr(&f.ty),
        f.default.as_ref().map_or(missing.clone(), crate::ops::repr::repr),
        f.default_factory.as_ref().map_or(missing.clone(), crate::ops::repr::repr),
        py_bool(f.init),
        py_bool(f.repr),
        crate::ops::repr::repr(&f.hash),
        py_bool(f.compare),
        crate::ops::repr::repr(&metadata(f)),
        f.kw_only.map_or(missing, |b| py_bool(b).to_string()),
        match f.kind {
            _ if f.name.is_none() => "None",
            FieldKind::Field => "_FIELD",
            FieldKind::ClassVar => "_FIELD_CLASSVAR",
            FieldKind::InitVar => "_FIELD_INITVAR",
        },
    )
}

fn metadata(f: &Field) -> Value {
    f.metadata.clone().unwrap_or_else(|| marker(|m| &m.empty_metadata))
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
        "kw_only" => f.kw_only.map_or_else(missing, Value::Bool),
        "metadata" => metadata(f),
        _ => return None,
    }))
}

/// What an annotation makes of a name: `ClassVar[...]`, `InitVar[...]`
/// (or bare `InitVar`), else a field. Source text (`from __future__ import
/// annotations`) is recognized by its leading name, as CPython does.
fn kind_of(ann: &Value) -> FieldKind {
    if let Value::Str(text) = ann {
        let head = text.as_str().trim_start();
        let head = head.strip_prefix("typing.").or_else(|| head.strip_prefix("dataclasses.")).unwrap_or(head);
        let name: String = head.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        return match name.as_str() {
            "ClassVar" => FieldKind::ClassVar,
            "InitVar" => FieldKind::InitVar,
            _ => FieldKind::Field,
        };
    }
    let init_var = marker(|m| &m.init_var);
    let is_init_var = ann.is(&init_var)
        || crate::types::class::class_of(ann)
            .is_some_and(|k| matches!(&init_var, Value::Class(c) if Rc::ptr_eq(c, &k)));
    if is_init_var {
        return FieldKind::InitVar;
    }
    let text = crate::ops::repr::str(ann);
    if text.starts_with("ClassVar") || text.starts_with("typing.ClassVar") {
        FieldKind::ClassVar
    } else {
        FieldKind::Field
    }
}

/// Whether an annotation is the `KW_ONLY` marker (or its source text).
fn is_kw_only_marker(ann: &Value) -> bool {
    match ann {
        Value::Str(text) => matches!(text.as_str().trim(), "KW_ONLY" | "dataclasses.KW_ONLY"),
        other => other.is(&marker(|m| &m.kw_only)),
    }
}

/// Whether instances of `v`'s type are unhashable (a list, or an instance
/// of a class whose `__hash__` is None): such a default is refused.
fn unhashable_type(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Dict(_) | Value::ByteArray(_) => true,
        Value::Set(s) => !s.frozen,
        other => crate::types::class::class_of(other)
            .is_some_and(|k| matches!(crate::types::class::lookup(&k, "__hash__"), Some(Value::None))),
    }
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
    // A `Field` in the namespace must be annotated.
    let names: Vec<Value> = anns.iter().map(|(n, _)| n.clone()).collect();
    for (k, v) in c.dict.borrow().iter() {
        if native::ext::<Field>(v).is_some() && !names.iter().any(|n| crate::ops::repr::str(n) == *k) {
            return Err(PyErr::type_error(format!("'{k}' is a field but has no type annotation")));
        }
    }
    let mut kw_only = o.kw_only;
    let mut kw_only_seen = false;
    for (name, ann) in anns {
        let n = crate::ops::repr::str(&name);
        // `_: KW_ONLY` makes the fields after it keyword-only.
        if is_kw_only_marker(&ann) {
            if kw_only_seen {
                return Err(PyErr::type_error(format!(
                    "{} is KW_ONLY, but KW_ONLY has already been specified",
                    crate::ops::repr::repr(&name)
                )));
            }
            kw_only_seen = true;
            kw_only = true;
            continue;
        }
        let attr = c.dict.borrow().get(&n).cloned();
        let declared = attr.as_ref().and_then(|x| native::ext::<Field>(x)).cloned();
        let from_field = declared.is_some();
        let mut f = declared.unwrap_or_else(|| Field::new(attr));
        f.name = name.clone();
        f.ty = ann.clone();
        f.kind = kind_of(&ann);
        if f.kind != FieldKind::Field && f.default_factory.is_some() {
            return Err(PyErr::type_error(format!("field {n} cannot have a default factory")));
        }
        match f.kind {
            FieldKind::ClassVar if f.kw_only.is_some() => {
                return Err(PyErr::type_error(format!("field {n} is a ClassVar but specifies kw_only")));
            }
            FieldKind::ClassVar => {}
            _ if f.kw_only.is_none() => f.kw_only = Some(kw_only),
            _ => {}
        }
        if f.kind == FieldKind::Field {
            if let Some(d) = f.default.as_ref().filter(|d| unhashable_type(d)) {
                return Err(PyErr::value_error(format!(
                    "mutable default {} for field {n} is not allowed: use default_factory",
                    crate::ops::repr::repr(&crate::builtins::type_of(d))
                )));
            }
        }
        // A `field()` in the namespace becomes its default value (or goes away).
        if from_field {
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
    let real: Vec<&Field> = fields.iter().filter(|f| f.is_field()).collect();
    // `__init__` takes the fields and the `InitVar`s.
    let params: Vec<&Field> = fields.iter().filter(|f| f.kind != FieldKind::ClassVar).collect();
    let qual = |m: &str| format!("{}.{m}", c.qualname);
    // The class body's own methods are kept (as CPython's `_set_new_attribute`).
    if o.init && !has("__init__") {
        set("__init__", make_init(c, &params)?);
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
        let names = params.iter().filter(|f| f.init && f.kw_only != Some(true)).map(|f| f.name.clone()).collect();
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
/// its factory, then `__post_init__` if the class has one, given the
/// `InitVar`s' values.
fn init_method(f: &FuncObj, args: Vec<Value>) -> PyResult<Value> {
    let Value::Class(c) = crate::types::func::native_data(f, 0) else { unreachable!("init knows its class") };
    let this = args[0].clone();
    let Some(Value::Dict(fields)) = crate::types::class::lookup(&c, "__dataclass_fields__") else { unreachable!() };
    let mut init_vars = Vec::new();
    for fv in fields.values_vec() {
        let fl = field(&fv);
        let name = crate::ops::repr::str(&fl.name);
        let value = match fl.kind {
            FieldKind::ClassVar => continue,
            FieldKind::InitVar if !fl.init => {
                // CPython's generated code names a parameter it lacks.
                return Err(PyErr::new(&crate::object::exc::NAME_ERROR, format!("name '{name}' is not defined")));
            }
            _ if fl.init => {
                let i = f.params.iter().position(|(p, _)| *p == name).expect("an init field is a parameter");
                let v = args[i].clone();
                match (&v, &fl.default_factory) {
                    (v, Some(factory)) if native::ext::<Field>(v).is_some() => {
                        crate::types::func::call(factory, vec![], &[])?
                    }
                    _ => v,
                }
            }
            _ => match (&fl.default_factory, &fl.default) {
                (Some(factory), _) => crate::types::func::call(factory, vec![], &[])?,
                (None, Some(d)) => d.clone(),
                (None, None) => continue,
            },
        };
        if fl.kind == FieldKind::InitVar {
            init_vars.push(value);
            continue;
        }
        // Frozen classes assign through `object.__setattr__`, as CPython's init does.
        crate::types::class::object_setattr(&this, &name, value).expect("instances take attributes")?;
    }
    if let Some(post) = crate::types::class::special(&this, "__post_init__") {
        crate::types::func::call(&post, init_vars, &[])?;
    }
    Ok(Value::None)
}

/// The values of the fields marked by `pick`, as a tuple.
fn field_values(v: &Value, pick: fn(&Field) -> bool) -> PyResult<Vec<Value>> {
    let Some(fields) = fields_of(v) else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    for f in fields.iter().map(field).filter(|f| f.is_field() && pick(f)) {
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
        for f in fields.iter().map(field).filter(|f| f.is_field() && f.repr) {
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
