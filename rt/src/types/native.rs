//! Objects of the standard-library modules the runtime implements in Rust
//! (`functools.partial`, an `lru_cache` wrapper, `dataclasses.field`, ...)
//! and the `NotImplemented` singleton: one `Value` variant for all of
//! them, each kind's behaviour in its module's file.

use std::rc::Rc;

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;

pub enum NativeObj {
    /// `NotImplemented`, returned by special methods that do not handle
    /// an operand (see [`not_implemented`]).
    NotImplemented,
    /// `...`.
    Ellipsis,
    Partial(crate::stdlib::functools::Partial),
    LruCache(crate::stdlib::functools::LruCache),
    /// `lru_cache(maxsize=...)`: the decorator it returns.
    LruDecorator {
        maxsize: Option<usize>,
        typed: bool,
    },
    /// `wraps(f)`: the decorator it returns.
    Wraps(Value),
    /// `cache_info()`'s named tuple: hits, misses, maxsize, currsize.
    CacheInfo([Value; 4]),
    CmpToKey(Value),
    CmpKey {
        cmp: Value,
        obj: Value,
    },
    /// `dataclass(...)` with options: the decorator it returns.
    Dataclass(crate::stdlib::dataclass::Options),
    Field(crate::stdlib::dataclass::Field),
    /// A `typing` hint (`typing.Optional[int]`), by its repr.
    Hint(String),
    /// A method of a builtin type bound to its receiver (`getattr(s, "upper")`).
    BoundMethod {
        recv: Value,
        name: String,
    },
    /// A method of a builtin type taken from the type (`str.upper`): called
    /// with the receiver first.
    UnboundMethod {
        ty: &'static str,
        name: String,
    },
    /// `sys.stdin`, `sys.stdout`, `sys.stderr` (`io.rs`).
    Stream(crate::types::stream::Stream),
    /// A `slice` object: start, stop, step (`slice.rs`).
    Slice([Value; 3]),
    /// `list[int]`: a `types.GenericAlias` (`alias.rs`).
    Alias {
        origin: Value,
        args: Vec<Value>,
    },
    /// `int | None`: a `types.UnionType` of its members (`alias.rs`).
    Union(Vec<Value>),
    /// A complex number: real and imaginary parts (`complex.rs`).
    Complex(f64, f64),
    /// `object()`: a bare object, equal only to itself (a sentinel).
    Object,
}

pub type Native = Rc<NativeObj>;

thread_local! {
    static NOT_IMPLEMENTED: Native = Rc::new(NativeObj::NotImplemented);
    static ELLIPSIS: Native = Rc::new(NativeObj::Ellipsis);
}

/// The `Ellipsis` singleton (`...`).
pub fn ellipsis() -> Value {
    ELLIPSIS.with(|n| Value::Native(n.clone()))
}

/// The `NotImplemented` singleton.
pub fn not_implemented() -> Value {
    NOT_IMPLEMENTED.with(|n| Value::Native(n.clone()))
}

pub fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::Native(n) if matches!(**n, NativeObj::NotImplemented))
}

pub fn new(n: NativeObj) -> Value {
    Value::Native(Rc::new(n))
}

pub fn type_name(n: &NativeObj) -> &'static str {
    match n {
        NativeObj::NotImplemented => "NotImplementedType",
        NativeObj::Ellipsis => "ellipsis",
        NativeObj::Partial(_) => "partial",
        NativeObj::LruCache(_) => "functools._lru_cache_wrapper",
        NativeObj::LruDecorator { .. } | NativeObj::Wraps(_) | NativeObj::Dataclass(_) => "function",
        NativeObj::CacheInfo(_) => "CacheInfo",
        NativeObj::CmpToKey(_) => "functools.KeyWrapper",
        NativeObj::CmpKey { .. } => "functools.KeyWrapper",
        NativeObj::Field(_) => "Field",
        NativeObj::Hint(_) => "typing._GenericAlias",
        NativeObj::BoundMethod { .. } => "builtin_function_or_method",
        NativeObj::UnboundMethod { .. } => "method_descriptor",
        NativeObj::Stream(_) => "_io.TextIOWrapper",
        NativeObj::Slice(_) => "slice",
        NativeObj::Alias { .. } => "types.GenericAlias",
        NativeObj::Union(_) => "types.UnionType",
        NativeObj::Complex(..) => "complex",
        NativeObj::Object => "object",
    }
}

pub fn repr(v: &Value, n: &NativeObj) -> String {
    match n {
        NativeObj::NotImplemented => "NotImplemented".into(),
        NativeObj::Ellipsis => "Ellipsis".into(),
        NativeObj::Partial(p) => crate::stdlib::functools::partial_repr(p),
        NativeObj::CacheInfo(f) => format!(
            "CacheInfo(hits={}, misses={}, maxsize={}, currsize={})",
            crate::object::protocol::repr(&f[0]),
            crate::object::protocol::repr(&f[1]),
            crate::object::protocol::repr(&f[2]),
            crate::object::protocol::repr(&f[3])
        ),
        NativeObj::Field(f) => crate::stdlib::dataclass::field_repr(f),
        NativeObj::Hint(h) => h.clone(),
        NativeObj::Stream(s) => s.repr(),
        NativeObj::Slice(p) => crate::types::slice::repr(p),
        NativeObj::Complex(re, im) => crate::types::complex::repr((*re, *im)),
        NativeObj::Alias { .. } | NativeObj::Union(_) => crate::types::alias::repr(n).unwrap_or_default(),
        NativeObj::BoundMethod { recv, name } => {
            format!("<built-in method {name} of {} object at {:#x}>", recv.type_name(), recv.id())
        }
        NativeObj::UnboundMethod { ty, name } => format!("<method '{name}' of '{ty}' objects>"),
        NativeObj::LruDecorator { .. } => format!("<function lru_cache.<locals>.decorating_function at {:#x}>", v.id()),
        NativeObj::Wraps(_) => format!("<function update_wrapper at {:#x}>", v.id()),
        NativeObj::Dataclass(_) => format!("<function dataclass.<locals>.wrap at {:#x}>", v.id()),
        other => format!("<{} object at {:#x}>", type_name(other), v.id()),
    }
}

/// Calling a native object.
pub fn call(n: &Native, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    match &**n {
        NativeObj::Partial(p) => crate::stdlib::functools::call_partial(p, args, kw),
        NativeObj::BoundMethod { recv, name } => crate::object::protocol::call_method(recv, name, args, kw),
        NativeObj::UnboundMethod { ty, name } => {
            let Some(recv) = args.first().filter(|_| args.len() > kw.len()).cloned() else {
                return Err(PyErr::type_error(format!("unbound method {ty}.{name}() needs an argument")));
            };
            let fits = recv.type_name() == *ty || (*ty == "int" && matches!(recv, Value::Bool(_)));
            if !fits {
                return Err(PyErr::type_error(format!(
                    "descriptor '{name}' for '{ty}' objects doesn't apply to a '{}' object",
                    recv.type_name()
                )));
            }
            crate::object::protocol::call_method(&recv, name, args[1..].to_vec(), kw)
        }
        // `list[int](...)` builds a list.
        NativeObj::Alias { origin, .. } => crate::types::func::call(origin, args, kw),
        NativeObj::LruCache(c) => crate::stdlib::functools::call_cached(c, args, kw),
        NativeObj::LruDecorator { maxsize, typed } => {
            let f = one_arg("decorating_function", args, kw)?;
            crate::stdlib::functools::lru_wrap(f, *maxsize, *typed)
        }
        NativeObj::Wraps(wrapped) => {
            let f = one_arg("update_wrapper", args, kw)?;
            crate::stdlib::functools::update_wrapper(&f, wrapped)?;
            Ok(f)
        }
        NativeObj::CmpToKey(cmp) => {
            let obj = one_arg("K", args, kw)?;
            Ok(new(NativeObj::CmpKey { cmp: cmp.clone(), obj }))
        }
        NativeObj::Dataclass(opts) => {
            let c = one_arg("wrap", args, kw)?;
            crate::stdlib::dataclass::process(c, opts)
        }
        other => Err(PyErr::type_error(format!("'{}' object is not callable", type_name(other)))),
    }
}

fn one_arg(name: &str, mut args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    if !kw.is_empty() || args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "{name}() takes 1 positional argument but {} were given",
            args.len() + kw.len()
        )));
    }
    Ok(args.pop().unwrap())
}

/// `hint[args]`: a hint with the arguments' reprs (classes by name, as
/// `typing` prints them).
pub fn subscript_hint(v: &Value, index: &Value) -> Option<Value> {
    let Value::Native(n) = v else { return None };
    let NativeObj::Hint(h) = &**n else { return None };
    let name = |x: &Value| match x {
        Value::Type(t) => t.name.to_string(),
        Value::Class(c) => format!("{}.{}", c.module, c.qualname),
        Value::None => "NoneType".to_string(),
        other => crate::object::protocol::repr(other),
    };
    let args = match index {
        Value::Tuple(t) => t.items().iter().map(name).collect::<Vec<_>>().join(", "),
        other => name(other),
    };
    Some(new(NativeObj::Hint(format!("{h}[{args}]"))))
}

/// Whether a class attribute holding this object binds to instances, as
/// functions do (an `lru_cache` wrapper does; a `partial` does not).
pub fn binds(n: &NativeObj) -> bool {
    matches!(n, NativeObj::LruCache(_))
}

/// `v.name`; None when the object has no such attribute.
pub fn getattr(v: &Value, n: &NativeObj, name: &str) -> Option<PyResult<Value>> {
    match n {
        NativeObj::Partial(p) => crate::stdlib::functools::partial_attr(p, name),
        NativeObj::LruCache(c) => crate::stdlib::functools::cached_attr(v, c, name),
        NativeObj::CacheInfo(f) => {
            let i = ["hits", "misses", "maxsize", "currsize"].iter().position(|k| *k == name)?;
            Some(Ok(f[i].clone()))
        }
        NativeObj::Field(f) => crate::stdlib::dataclass::field_attr(f, name),
        NativeObj::Stream(s) => crate::types::stream::stream_attr(v, *s, name),
        NativeObj::Alias { .. } | NativeObj::Union(_) => crate::types::alias::attr(n, name).map(Ok),
        NativeObj::Complex(re, im) => crate::types::complex::attr((*re, *im), name).map(Ok),
        _ => None,
    }
}

/// The items of the named tuples among native objects (`cache_info()`), for
/// equality, indexing and unpacking as tuples.
pub fn tuple_items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Native(n) => match &**n {
            NativeObj::CacheInfo(f) => Some(f.to_vec()),
            _ => None,
        },
        _ => None,
    }
}
