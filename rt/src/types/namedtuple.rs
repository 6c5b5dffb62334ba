//! `collections.namedtuple`: a class whose instances are tuples that know
//! their class ([`crate::types::tuple::TupleObj::class`]), so they index, unpack,
//! compare and hash as tuples while `p.x`, the repr, `_asdict`, `_replace`,
//! `_make` and subclass methods work through the class. The class is an
//! ordinary runtime class (subclassing it is a `class` statement like any
//! other) whose namespace holds what CPython's generated class does:
//! `_fields`, `_field_defaults`, `__match_args__`, `__new__` (binding
//! arguments with CPython's messages), `__repr__`, `_asdict`, `_replace`
//! and the class method `_make`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::class::{Class, ClassObj, Descr, Namespace};
use crate::types::func::{Code, FuncObj, Kind};

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

fn is_identifier(s: &str) -> bool {
    crate::types::str::isidentifier(&crate::types::str::new(s))
}

/// A builtin function value running `code` (the generated methods).
pub(crate) fn func(
    name: &str,
    qualname: &str,
    params: &[(&str, Kind)],
    defaults: Vec<Value>,
    code: fn(&FuncObj, Vec<Value>) -> PyResult<Value>,
) -> Value {
    Value::Func(crate::object::gc::tracked(Rc::new(FuncObj {
        gc: Default::default(),
        name: name.to_string(),
        qualname: qualname.to_string(),
        params: params.iter().map(|(p, k)| (p.to_string(), *k)).collect(),
        defaults,
        kwdefaults: Vec::new(),
        cells: Vec::new(),
        code: Code::Rust(code),
        attrs: RefCell::new(indexmap::IndexMap::new()),
        generator: false,
    })))
}

fn strs(v: &Value) -> PyResult<Vec<String>> {
    crate::types::iter::collect(v)?
        .into_iter()
        // `list(map(str, field_names))`: any value, as its str().
        .map(|x| crate::types::str::to_str_checked(&x).map(|s| s.as_str().to_string()))
        .collect()
}

/// `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`.
pub fn make(args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let n = args.len() - kw.len();
    if n > 2 {
        return Err(PyErr::type_error(format!("namedtuple() takes 2 positional arguments but {n} were given")));
    }
    let mut typename = args.first().filter(|_| n >= 1).cloned();
    let mut field_names = args.get(1).filter(|_| n >= 2).cloned();
    let (mut rename, mut defaults, mut module) = (false, Value::None, Value::None);
    for (k, v) in kw.iter().zip(&args[n..]) {
        match *k {
            "typename" if typename.is_none() => typename = Some(v.clone()),
            "field_names" if field_names.is_none() => field_names = Some(v.clone()),
            "rename" => rename = v.truthy(),
            "defaults" => defaults = v.clone(),
            "module" => module = v.clone(),
            other => {
                return Err(PyErr::type_error(format!("namedtuple() got an unexpected keyword argument '{other}'")))
            }
        }
    }
    let missing =
        |what: &str| PyErr::type_error(format!("namedtuple() missing 1 required positional argument: '{what}'"));
    let typename = match typename.ok_or_else(|| missing("typename"))? {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(PyErr::type_error(format!(
                "Type names and field names must be strings, not {}",
                other.type_name()
            )))
        }
    };
    let mut fields = match field_names.ok_or_else(|| missing("field_names"))? {
        Value::Str(s) => s.as_str().replace(',', " ").split_whitespace().map(str::to_string).collect(),
        other => strs(&other)?,
    };
    if rename {
        let mut seen = std::collections::HashSet::new();
        for (i, f) in fields.iter_mut().enumerate() {
            if !is_identifier(f) || KEYWORDS.contains(&f.as_str()) || f.starts_with('_') || !seen.insert(f.clone()) {
                *f = format!("_{i}");
            }
        }
    }
    for name in std::iter::once(&typename).chain(&fields) {
        if !is_identifier(name) {
            return Err(PyErr::value_error(format!("Type names and field names must be valid identifiers: '{name}'")));
        }
        if KEYWORDS.contains(&name.as_str()) {
            return Err(PyErr::value_error(format!("Type names and field names cannot be a keyword: '{name}'")));
        }
    }
    let mut seen = std::collections::HashSet::new();
    for f in &fields {
        if f.starts_with('_') && !rename {
            return Err(PyErr::value_error(format!("Field names cannot start with an underscore: '{f}'")));
        }
        if !seen.insert(f.clone()) {
            return Err(PyErr::value_error(format!("Encountered duplicate field name: '{f}'")));
        }
    }
    let defaults = match defaults {
        Value::None => Vec::new(),
        other => crate::types::iter::collect(&other)?,
    };
    if defaults.len() > fields.len() {
        return Err(PyErr::type_error("Got more default values than field names"));
    }
    let module: &'static str = match module {
        Value::Str(s) => Box::leak(s.as_str().to_string().into_boxed_str()),
        _ => "__main__",
    };
    Ok(Value::Class(build(&typename, &typename, &fields, defaults, module, Namespace::default())?))
}

/// A `class P(NamedTuple):` statement: the annotated names are the fields
/// (their values in the body the defaults), the rest of the body stays.
pub fn from_class(name: &str, qualname: &str, mut ns: Namespace) -> PyResult<Value> {
    let fields: Vec<String> = match ns.get("__annotations__") {
        Some(Value::Dict(a)) => {
            // `typing` keeps a string annotation as a forward reference.
            for (k, v) in a.items_vec() {
                if let Value::Str(s) = &v {
                    let r = crate::object::protocol::repr(&Value::Str(s.clone()));
                    let hint = crate::types::hint::hint(format!("ForwardRef({r})"), None);
                    crate::types::dict::setitem(a, k, hint)?;
                }
            }
            a.keys_vec().iter().map(crate::object::protocol::str).collect()
        }
        _ => Vec::new(),
    };
    let mut defaults = Vec::new();
    for f in &fields {
        match ns.shift_remove(f) {
            Some(v) => defaults.push(v),
            None if !defaults.is_empty() => {
                let prev = &fields[fields.iter().position(|x| x == f).unwrap() - 1];
                return Err(PyErr::type_error(format!(
                    "Non-default namedtuple field {f} cannot follow default field {prev}"
                )));
            }
            None => {}
        }
    }
    for f in &fields {
        if f.starts_with('_') {
            return Err(PyErr::value_error(format!("Field names cannot start with an underscore: '{f}'")));
        }
    }
    ns.shift_remove("__qualname__");
    ns.shift_remove("__module__");
    Ok(Value::Class(build(name, qualname, &fields, defaults, "__main__", ns)?))
}

/// The class: the namespace CPython's `namedtuple` makes, over `extra`
/// (the body of a `NamedTuple` class statement).
fn build(
    typename: &str,
    qualname: &str,
    fields: &[String],
    defaults: Vec<Value>,
    module: &'static str,
    extra: Namespace,
) -> PyResult<Class> {
    let typename = typename.to_string();
    let name: &'static str = Box::leak(typename.clone().into_boxed_str());
    let field_values: Vec<Value> = fields.iter().map(|f| Value::from_str(f)).collect();
    let fields_tuple = Value::Tuple(crate::types::tuple::new(field_values));
    let field_defaults = crate::types::dict::new();
    for (f, d) in fields[fields.len() - defaults.len()..].iter().zip(&defaults) {
        crate::types::dict::setitem(&field_defaults, Value::from_str(f), d.clone())?;
    }
    let mut ns = extra;
    ns.entry("__doc__".into()).or_insert_with(|| Value::from_str(&format!("{typename}({})", fields.join(", "))));
    ns.insert("__slots__".into(), Value::Tuple(crate::types::tuple::new(Vec::new())));
    ns.insert("_fields".into(), fields_tuple.clone());
    ns.insert("_field_defaults".into(), Value::Dict(field_defaults));
    ns.insert("__match_args__".into(), fields_tuple);
    let mut params: Vec<(&str, Kind)> = vec![("_cls", Kind::Normal)];
    params.extend(fields.iter().map(|f| (f.as_str(), Kind::Normal)));
    ns.insert("__new__".into(), wrap_static(func("__new__", &format!("{typename}.__new__"), &params, defaults, new)));
    ns.insert(
        "__repr__".into(),
        func("__repr__", &format!("{typename}.__repr__"), &[("self", Kind::Normal)], Vec::new(), repr),
    );
    ns.insert(
        "_asdict".into(),
        func("_asdict", &format!("{typename}._asdict"), &[("self", Kind::Normal)], Vec::new(), asdict),
    );
    ns.insert(
        "_replace".into(),
        func(
            "_replace",
            &format!("{typename}._replace"),
            &[("self", Kind::PositionalOnly), ("kwds", Kind::VarKw)],
            Vec::new(),
            replace,
        ),
    );
    let make_fn = func(
        "_make",
        &format!("{typename}._make"),
        &[("cls", Kind::Normal), ("iterable", Kind::Normal)],
        Vec::new(),
        make_from,
    );
    ns.insert("_make".into(), Value::Descr(Rc::new(Descr::ClassMethod(make_fn))));
    Ok(tuple_class(name, qualname, module, ns))
}

/// A class deriving from `tuple` with the namespace `ns`, whose instances
/// are tuples knowing it.
pub(crate) fn tuple_class(name: &'static str, qualname: &str, module: &'static str, ns: Namespace) -> Class {
    Rc::new(ClassObj {
        name,
        qualname: qualname.to_string(),
        module,
        bases: Vec::new(),
        base_values: vec![Value::Type(&crate::object::exc::TYPE_TUPLE)],
        mro_rest: Vec::new(),
        base_exc: None,
        exc_bases: Vec::new(),
        builtin: None,
        dict: RefCell::new(ns),
        meta: None,
        is_meta: false,
        layout: Vec::new(),
        direct: std::cell::Cell::new(false),
        plain: std::cell::Cell::new(true),
        subclassed: std::cell::Cell::new(false),
        tag: crate::object::layout::class::NO_TAG,
        serial: crate::object::layout::class::next_serial(),
    })
}

/// `__new__` is a static method, as CPython's generated one is.
fn wrap_static(f: Value) -> Value {
    Value::Descr(Rc::new(Descr::StaticMethod(f)))
}

fn class_arg(v: &Value) -> PyResult<Class> {
    match v {
        Value::Class(c) => Ok(c.clone()),
        other => Err(PyErr::type_error(format!("{} is not a namedtuple class", crate::object::protocol::repr(other)))),
    }
}

/// The field names of a namedtuple class (or of one it derives from), or
/// of a struct sequence.
pub fn fields(c: &Class) -> Option<Vec<Value>> {
    let found = crate::types::class::lookup(c, "_fields")
        .or_else(|| crate::types::structseq::is(c).then(|| crate::types::class::lookup(c, "__match_args__")).flatten());
    match found? {
        Value::Tuple(t) => Some(t.items().to_vec()),
        _ => None,
    }
}

/// `p.name` for a field of a namedtuple instance.
pub fn field(t: &crate::types::tuple::Tuple, c: &Class, name: &str) -> Option<Value> {
    let fs = fields(c)?;
    let i = fs.iter().position(|f| matches!(f, Value::Str(s) if s.as_str() == name))?;
    t.items().get(i).cloned()
}

fn new(_: &FuncObj, mut args: Vec<Value>) -> PyResult<Value> {
    let cls = class_arg(&args.remove(0))?;
    Ok(Value::Tuple(crate::types::tuple::with_class(args, cls)))
}

fn this(v: &Value) -> PyResult<(crate::types::tuple::Tuple, Class)> {
    match v {
        Value::Tuple(t) if t.class.is_some() => Ok((t.clone(), t.class.clone().unwrap())),
        other => Err(PyErr::type_error(format!("descriptor requires a namedtuple, not '{}'", other.type_name()))),
    }
}

fn repr(_: &FuncObj, args: Vec<Value>) -> PyResult<Value> {
    let (t, c) = this(&args[0])?;
    let fs = fields(&c).unwrap_or_default();
    let mut out = format!("{}(", c.name);
    for (i, (f, v)) in fs.iter().zip(t.items()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&crate::object::protocol::str(f));
        out.push('=');
        out.push_str(crate::types::str::repr_str_checked(v)?.as_str());
    }
    out.push(')');
    Ok(Value::from_str(&out))
}

fn asdict(_: &FuncObj, args: Vec<Value>) -> PyResult<Value> {
    let (t, c) = this(&args[0])?;
    let d = crate::types::dict::new();
    for (f, v) in fields(&c).unwrap_or_default().into_iter().zip(t.items()) {
        crate::types::dict::setitem(&d, f, v.clone())?;
    }
    Ok(Value::Dict(d))
}

fn replace(_: &FuncObj, args: Vec<Value>) -> PyResult<Value> {
    let (t, c) = this(&args[0])?;
    let Value::Dict(kw) = &args[1] else { unreachable!("**kwds binds a dict") };
    let fs = fields(&c).unwrap_or_default();
    let mut items = t.items().to_vec();
    for (i, f) in fs.iter().enumerate() {
        if let Some(v) = crate::types::dict::get_opt(kw, f)? {
            items[i] = v;
            crate::types::dict::delitem(kw, f)?;
        }
    }
    if !kw.is_empty() {
        return Err(PyErr::value_error(format!(
            "Got unexpected field names: {}",
            crate::object::protocol::repr(&Value::List(crate::types::dict::keys(kw)))
        )));
    }
    Ok(Value::Tuple(crate::types::tuple::with_class(items, c)))
}

fn make_from(_: &FuncObj, args: Vec<Value>) -> PyResult<Value> {
    let c = class_arg(&args[0])?;
    let items = crate::types::iter::collect(&args[1])?;
    let n = fields(&c).map_or(0, |f| f.len());
    if items.len() != n {
        return Err(PyErr::type_error(format!("Expected {n} arguments, got {}", items.len())));
    }
    Ok(Value::Tuple(crate::types::tuple::with_class(items, c)))
}
