//! The abstract object protocol as the layers below `ops` call it: repr and
//! str, equality, ordering, hashing, arithmetic, subscripts, attribute and
//! method access, calls by builtin name.
//!
//! A list's repr is the reprs of its items and a dict's lookup compares
//! keys, so the types need the generic operations; the generic operations
//! (`ops/`, `builtins/`) dispatch to the types. CPython breaks that knot
//! with slots: `PyObject_Repr` at the bottom calls the type's `tp_repr`.
//! pyaot does the same with one table of entry points: this file declares
//! it, the layers above fill it once when the program starts
//! ([`install`], called by `abi::program::run`), and the lower layers call
//! through it. Every call costs one indirect jump, paid only on the dynamic
//! path (typed code calls the types' functions directly).

use std::sync::OnceLock;

use crate::object::exc::PyResult;
use crate::object::op::{BinOp, CmpOp};
use crate::object::value::Value;
use pyaot_registry::modules::Module;

/// The generic operations, as implemented by the layers above.
pub struct Protocol {
    /// Appends `repr(v)`; a raising `__repr__` leaves its error pending
    /// (see `types::class::take_pending`).
    pub write_repr: fn(&Value, &mut String),
    /// Appends `str(v)`, like `write_repr`.
    pub write_str: fn(&Value, &mut String),
    pub eq: fn(&Value, &Value) -> PyResult<bool>,
    pub compare: fn(CmpOp, &Value, &Value) -> PyResult<bool>,
    pub binary: fn(BinOp, &Value, &Value) -> PyResult<Value>,
    pub hash: fn(&Value) -> PyResult<i64>,
    pub getitem: fn(&Value, &Value) -> PyResult<Value>,
    /// `len(v)`, an int.
    pub len: fn(&Value) -> PyResult<Value>,
    pub getattr: fn(&Value, &str) -> PyResult<Value>,
    pub setattr: fn(&Value, &str, Value) -> PyResult<()>,
    /// `recv.name(*args)`, the keyword arguments' values last, named by `kw`.
    pub call_method: fn(&Value, &str, Vec<Value>, &[&str]) -> PyResult<Value>,
    /// A builtin function or class called by name (`Value::Builtin`,
    /// `Value::Type`), arguments as for `call_method`.
    pub call_builtin: fn(&str, Vec<Value>, &[&str]) -> PyResult<Value>,
    pub isinstance: fn(&Value, &Value) -> PyResult<bool>,
    /// `type(v).name(v, *args)` when `v`'s class (a user class) defines
    /// the special method `name`; None otherwise.
    pub call_special: fn(&Value, &str, Vec<Value>) -> Option<PyResult<Value>>,
    /// Whether `v`'s class (a user class) defines the special method `name`.
    pub has_special: fn(&Value, &str) -> bool,
    /// An attribute of a module object.
    pub module_getattr: fn(&'static Module, &str) -> PyResult<Value>,
    /// `format(v, spec)`.
    pub format: fn(&Value, &str) -> PyResult<String>,
    /// Runs `__del__` of an object the cycle collector found unreachable,
    /// unless it ran already; whether it ran.
    pub finalize: fn(&Value) -> bool,
    /// Calls `f(*args)` where nothing can receive its exception (a weak
    /// reference's callback): one it raises is reported on stderr and
    /// dropped, as CPython's "Exception ignored in".
    pub call_unraisable: fn(&Value, Vec<Value>),
}

static PROTOCOL: OnceLock<Protocol> = OnceLock::new();

/// Fills the table; the first call wins (the program installs it once,
/// unit tests once per test binary).
pub fn install(p: impl FnOnce() -> Protocol) {
    PROTOCOL.get_or_init(p);
}

#[inline]
fn get() -> &'static Protocol {
    PROTOCOL.get().expect("the runtime's protocol is installed before any Python code runs")
}

/// See [`Protocol::finalize`]; nothing runs before the table is filled.
pub fn finalize(v: &Value) -> bool {
    PROTOCOL.get().is_some_and(|p| (p.finalize)(v))
}

/// See [`Protocol::call_unraisable`]; nothing runs before the table is filled.
pub fn call_unraisable(f: &Value, args: Vec<Value>) {
    if let Some(p) = PROTOCOL.get() {
        (p.call_unraisable)(f, args)
    }
}

pub fn write_repr(v: &Value, out: &mut String) {
    (get().write_repr)(v, out)
}

pub fn write_str(v: &Value, out: &mut String) {
    (get().write_str)(v, out)
}

/// `repr(v)`.
pub fn repr(v: &Value) -> String {
    let mut out = String::new();
    write_repr(v, &mut out);
    out
}

/// `str(v)`.
pub fn str(v: &Value) -> String {
    match v {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            let mut out = String::new();
            write_str(other, &mut out);
            out
        }
    }
}

#[inline]
pub fn eq(a: &Value, b: &Value) -> PyResult<bool> {
    (get().eq)(a, b)
}

#[inline]
pub fn compare(op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    (get().compare)(op, a, b)
}

pub fn lt(a: &Value, b: &Value) -> PyResult<bool> {
    compare(CmpOp::Lt, a, b)
}

pub fn gt(a: &Value, b: &Value) -> PyResult<bool> {
    compare(CmpOp::Gt, a, b)
}

pub fn binary(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    (get().binary)(op, a, b)
}

#[inline]
pub fn hash(v: &Value) -> PyResult<i64> {
    (get().hash)(v)
}

pub fn getitem(c: &Value, i: &Value) -> PyResult<Value> {
    (get().getitem)(c, i)
}

pub fn len(v: &Value) -> PyResult<Value> {
    (get().len)(v)
}

pub fn getattr(v: &Value, name: &str) -> PyResult<Value> {
    (get().getattr)(v, name)
}

pub fn setattr(v: &Value, name: &str, x: Value) -> PyResult<()> {
    (get().setattr)(v, name, x)
}

pub fn call_method(recv: &Value, name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    (get().call_method)(recv, name, args, kw)
}

pub fn call_builtin(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    (get().call_builtin)(name, args, kw)
}

pub fn isinstance(v: &Value, cls: &Value) -> PyResult<bool> {
    (get().isinstance)(v, cls)
}

/// The arguments are made only when `v` may have the special method.
#[inline]
pub fn call_special(v: &Value, name: &str, args: impl FnOnce() -> Vec<Value>) -> Option<PyResult<Value>> {
    if !matches!(v, Value::Instance(_) | Value::Exc(_) | Value::Tuple(_) | Value::Class(_)) {
        return None;
    }
    (get().call_special)(v, name, args())
}

pub fn has_special(v: &Value, name: &str) -> bool {
    (get().has_special)(v, name)
}

pub fn module_getattr(m: &'static Module, name: &str) -> PyResult<Value> {
    (get().module_getattr)(m, name)
}

pub fn format(v: &Value, spec: &str) -> PyResult<String> {
    (get().format)(v, spec)
}

/// `ascii(v)`: `repr` with every non-ASCII character escaped.
pub fn ascii(v: &Value) -> String {
    let r = repr(v);
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let x = c as u32;
        if x < 0x80 {
            out.push(c);
        } else if x <= 0xff {
            out.push_str(&format!("\\x{x:02x}"));
        } else if x <= 0xffff {
            out.push_str(&format!("\\u{x:04x}"));
        } else {
            out.push_str(&format!("\\U{x:08x}"));
        }
    }
    out
}
