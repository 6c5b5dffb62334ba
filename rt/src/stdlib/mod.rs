//! Standard-library modules: what `import sys` binds and what
//! `from functools import reduce` reads.
//!
//! A module is a static table of member names; `getattr` makes each
//! member's value. Functions are builtin function values whose name is
//! qualified by the module (`"functools.reduce"`), dispatched by [`call`].
//! The table of modules and their members is the registry's
//! (`registry/src/modules.rs`), which the compiler reads too: an import of
//! something the runtime lacks is a compile-time diagnostic.

pub mod abc;
pub mod atexit;
pub mod binascii;
pub mod bisect;
pub mod codecs;
pub mod copy;
pub mod dataclass;
pub mod datetime;
pub mod dis;
pub mod functools;
pub mod gc;
pub mod hashlib;
pub mod heapq;
pub mod html;
pub mod importlib;
pub mod inspect;
pub mod io;
pub mod json;
pub mod os;

pub mod itertools;
pub mod locale;
pub mod logging;
pub mod math;
pub mod random;
pub mod re;
pub mod strftime;
pub mod struct_format;
pub mod sys;
pub mod time;
pub mod traceback;
pub mod typing;
pub mod unicodedata;
pub mod warnings;
pub mod weakref;
pub mod zlib;
use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;

pub use pyaot_registry::modules::{cpython_has, find, Module, MODULES};

/// The qualified name of a module function as a builtin function value
/// holds it (a static reference, one per function, so two reads of
/// `math.sqrt` are the same object): made on first use.
fn interned(qualified: &str) -> &'static &'static str {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static NAMES: Mutex<Option<HashMap<String, &'static &'static str>>> = Mutex::new(None);
    let mut names = NAMES.lock().unwrap_or_else(|e| e.into_inner());
    let names = names.get_or_insert_with(HashMap::new);
    if let Some(n) = names.get(qualified) {
        return n;
    }
    let n: &'static &'static str = Box::leak(Box::new(&*Box::leak(qualified.to_string().into_boxed_str())));
    names.insert(qualified.to_string(), n);
    n
}

/// Module functions that are another one under a second name
/// (`bisect.bisect is bisect.bisect_right`).
static ALIASES: &[(&str, &str)] = &[("bisect.bisect", "bisect.bisect_right"), ("bisect.insort", "bisect.insort_right")];

/// The function value of a qualified name, aliases resolved.
fn function_value(qualified: &str) -> Option<Value> {
    let target = ALIASES.iter().find(|(a, _)| *a == qualified).map_or(qualified, |(_, t)| t);
    if let Some(n) = pyaot_registry::names::INTERNAL_FUNCTIONS.iter().find(|f| **f == target) {
        return Some(Value::Builtin(n));
    }
    let (module, name) = target.split_once('.')?;
    find(module)?.functions.contains(&name).then(|| Value::Builtin(interned(target)))
}

/// `import name`: the module value (entered in `sys.modules`).
pub fn import(name: &str) -> PyResult<Value> {
    crate::types::module::import_other(&crate::types::str::from_string(name.to_string()))
}

thread_local! {
    /// The functions `module.name` found, by module and name: a call
    /// through a module (`unicodedata.name(c)`) looks its function up once.
    static MODULE_FUNCTIONS: std::cell::RefCell<
        rustc_hash::FxHashMap<usize, rustc_hash::FxHashMap<Box<str>, Value>>,
    > = Default::default();
}

/// `module.name` (and `from module import name`).
pub fn getattr(m: &'static Module, name: &str) -> PyResult<Value> {
    let key = m as *const Module as usize;
    let cached = MODULE_FUNCTIONS.with(|c| c.borrow().get(&key).and_then(|fs| fs.get(name).cloned()));
    if let Some(f) = cached {
        return Ok(f);
    }
    let qualified = format!("{}.{name}", m.name);
    if let Some(f) = function_value(&qualified) {
        MODULE_FUNCTIONS.with(|c| c.borrow_mut().entry(key).or_default().insert(name.into(), f.clone()));
        return Ok(f);
    }
    Ok(match (pyaot_registry::modules::runtime_name(m.name), name) {
        ("sys", "maxsize") => Value::Int(i64::MAX),
        ("sys", "argv") => {
            Value::List(crate::types::list::from_vec(std::env::args().map(|a| Value::from_str(&a)).collect()))
        }
        ("sys", "platform") => Value::from_str(std::env::consts::OS),
        ("sys", "modules") => Value::Dict(crate::types::module::sys_modules()),
        // pyaot's own values: what Python leaves to the implementation.
        ("sys", "implementation") => crate::types::namespace::new(vec![
            ("name", Value::from_str("pyaot")),
            ("cache_tag", Value::None),
            ("version", crate::stdlib::sys::pyaot_version()),
            ("hexversion", Value::Int(0x000100a0)),
        ]),
        ("sys", "maxunicode") => Value::Int(0x10ffff),
        ("sys", "api_version") => Value::Int(1013),
        ("sys", "float_repr_style") => Value::from_str("short"),
        ("sys", "pycache_prefix") => Value::None,
        ("sys", _) if crate::stdlib::sys::constant(name).is_some() => crate::stdlib::sys::constant(name).unwrap(),
        ("sys", "byteorder") => Value::from_str(if cfg!(target_endian = "little") { "little" } else { "big" }),
        ("unicodedata", "unidata_version") => Value::from_str("14.0.0"),
        ("collections", "deque") => Value::Type(&crate::object::exc::TYPE_DEQUE),
        ("collections", "Counter") => Value::Type(&crate::types::dictkind::TYPE_COUNTER),
        ("collections", "defaultdict") => Value::Type(&crate::types::dictkind::TYPE_DEFAULTDICT),
        ("collections", "OrderedDict") => Value::Type(&crate::types::dictkind::TYPE_ORDEREDDICT),
        ("sys", "stdin" | "stdout" | "stderr") => {
            crate::types::stream::current(crate::types::stream::by_name(name).expect("a stream"))
        }
        ("sys", "__stdin__" | "__stdout__" | "__stderr__") => {
            crate::types::stream::stream(crate::types::stream::by_name(name.trim_matches('_')).expect("a stream"))
        }
        ("dataclasses", "FrozenInstanceError") => Value::Class(crate::stdlib::dataclass::frozen_error()),
        ("dataclasses", "MISSING") => crate::stdlib::dataclass::missing(),
        ("typing", "TYPE_CHECKING") => Value::Bool(false),
        ("copy", "Error" | "error") => crate::stdlib::copy::error_class(),
        ("weakref", "ref" | "ReferenceType") => crate::stdlib::weakref::ref_type(),
        ("gc", c) if crate::stdlib::gc::constant(c).is_some() => crate::stdlib::gc::constant(c).unwrap(),
        ("math", c) if crate::stdlib::math::constant(c).is_some() => crate::stdlib::math::constant(c).unwrap(),
        ("typing", "Generic" | "Protocol" | "NamedTuple") => Value::Class(crate::stdlib::abc::typing_base(name)),
        ("typing", "TypedDict") => Value::Class(crate::types::typeddict::base()),
        ("typing", hint) if m.values.contains(&hint) => crate::types::hint::member(hint),
        ("__name__", _) => Value::from_str(m.name),
        _ => {
            return Err(PyErr::new(
                &crate::object::exc::ATTRIBUTE_ERROR,
                format!("module '{}' has no attribute '{name}'", m.name),
            ))
        }
    })
}

/// A module function as a value, by qualified name.
pub fn function(qualified: &str) -> Value {
    function_value(qualified).expect("a module function")
}

pub use pyaot_registry::names::short_name;

/// Calls a builtin function by name (the object protocol's
/// `call_builtin`): a module's (`random.randint`), a method of a runtime
/// object bound by name (`TextIOWrapper.write`), else the builtins
/// module's or a builtin class's (`len`, `object.__init__`).
pub fn call_named(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    if let Some((module, _)) = name.split_once('.') {
        if module == "_lru_cache_wrapper" {
            return functools::cached_method(name, &args);
        }
        if module == "Random" {
            return random::method(name, args, kw);
        }
        if module == "TextIOWrapper" {
            return crate::types::stream::stream_method(name, &args);
        }
        if pyaot_registry::modules::find_runtime(module).is_some() {
            return call(name, args, kw);
        }
    }
    crate::builtins::call(name, args, kw)
}

/// Calls a module function by qualified name.
pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    // A Rust half's functions answer to the Python module's name.
    if let Some(rest) = name.strip_prefix(pyaot_registry::modules::RUST_HALF) {
        return call(rest, args, kw);
    }
    match name.split_once('.').map_or("", |(m, _)| m) {
        "sys" => crate::stdlib::sys::call(name, args, kw),
        "time" => crate::stdlib::time::call(name, args, kw),
        "gc" => crate::stdlib::gc::call(name, args, kw),
        "atexit" => crate::stdlib::atexit::call(name, args, kw),
        "traceback" => crate::stdlib::traceback::call(name, args, kw),
        "inspect" => crate::stdlib::inspect::call(name, args, kw),
        "io" => crate::stdlib::io::call(name, args, kw),
        "os" => crate::stdlib::os::call(name, args, kw),
        "json" => crate::stdlib::json::call(name, args, kw),
        "datetime" => crate::stdlib::datetime::call(name, args, kw),
        "struct" => crate::stdlib::struct_format::call(name, args, kw),
        "binascii" => crate::stdlib::binascii::call(name, args, kw),
        "codecs" => crate::stdlib::codecs::call(name, args, kw),
        "hashlib" => crate::stdlib::hashlib::call(name, args, kw),
        "html" => crate::stdlib::html::call(name, args, kw),
        "locale" => crate::stdlib::locale::call(name, args, kw),
        "zlib" => crate::stdlib::zlib::call(name, args, kw),
        "re" => crate::stdlib::re::call(name, args, kw),
        "unicodedata" => crate::stdlib::unicodedata::call(name, args, kw),
        "weakref" => crate::stdlib::weakref::call(name, args, kw),
        "warnings" => crate::stdlib::warnings::call(name, args, kw),
        "logging" => crate::stdlib::logging::call(name, args, kw),
        "heapq" => crate::stdlib::heapq::call(name, args, kw),
        "copy" => crate::stdlib::copy::call(name, args, kw),
        "dis" => crate::stdlib::dis::call(name, args, kw),
        "importlib" => crate::stdlib::importlib::call(name, args, kw),
        "bisect" => crate::stdlib::bisect::call(name, args, kw),
        "random" => crate::stdlib::random::call(name, args, kw),
        "collections" => match name {
            "collections.deque" => crate::types::deque::new(&args, kw),
            "collections.namedtuple" => crate::types::namedtuple::make(args, kw),
            "collections.Counter" | "collections.defaultdict" | "collections.OrderedDict" => {
                crate::types::dictkind::construct(name, &args, kw)
            }
            _ => unreachable!("collections has no function {name}"),
        },
        "functools" => crate::stdlib::functools::call(name, args, kw),
        "dataclasses" => crate::stdlib::dataclass::call(name, args, kw),
        "abc" => crate::stdlib::abc::call(name, args, kw),
        "typing" => crate::stdlib::typing::call(name, args, kw),
        "itertools" => crate::stdlib::itertools::call(name, args, kw),
        "math" => crate::stdlib::math::call(name, args, kw),
        _ => unreachable!("not a module function: {name}"),
    }
}

/// A bytes-like argument's contents, or CPython's TypeError.
pub fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    crate::ops::bytes_like(v)
        .ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", v.type_name())))
}

/// An exception of a class the Python half of a module passes to its
/// Rust half (`struct.error`, `binascii.Error`), made by calling it.
pub fn error_of(class: &Value, msg: impl Into<String>) -> PyErr {
    match crate::types::func::call(class, vec![Value::from_str(&msg.into())], &[]) {
        Ok(Value::Exc(e)) => PyErr(e),
        Ok(other) => PyErr::type_error(format!("exceptions must derive from BaseException, not {}", other.type_name())),
        Err(e) => e,
    }
}

/// Rejects keyword arguments a module function does not take.
pub fn no_kwargs(name: &str, kw: &[&str]) -> PyResult<()> {
    match kw.first() {
        Some(k) => Err(PyErr::type_error(format!("{}() got an unexpected keyword argument '{k}'", short_name(name)))),
        None => Ok(()),
    }
}
