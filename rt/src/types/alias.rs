//! Type hints as values: `list[int]` (a `types.GenericAlias`) and
//! `int | None` (a `types.UnionType`), with the attributes, repr, equality,
//! calls and `isinstance` behaviour Python programs see.

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::native::NativeObj;

/// The builtin types that take `[...]` (PEP 585).
const SUBSCRIPTABLE: &[&str] = &[
    "list",
    "dict",
    "tuple",
    "set",
    "frozenset",
    "type",
    "collections.deque",
    "collections.defaultdict",
    "collections.OrderedDict",
    "collections.Counter",
];

/// `origin[index]` for a builtin type: a generic alias, or the TypeError
/// of a type that takes no parameters.
pub fn subscript_type(t: &'static crate::object::exc::TypeObj, index: &Value) -> PyResult<Value> {
    if !SUBSCRIPTABLE.contains(&t.name) {
        return Err(PyErr::type_error(format!(
            "type '{}' is not subscriptable",
            pyaot_registry::names::short_name(t.name)
        )));
    }
    let args = match index {
        Value::Tuple(items) => items.items().to_vec(),
        other => vec![other.clone()],
    };
    Ok(crate::types::native::new(NativeObj::Alias { origin: Value::Type(t), args }))
}

/// How a hint's argument is written in a repr: a type by its name (with
/// its module unless builtin), `...` for Ellipsis, else its repr.
fn arg_repr(v: &Value) -> String {
    match v {
        Value::Type(t) if std::ptr::eq(*t, &crate::object::exc::TYPE_NONE) => "None".to_string(),
        Value::Type(t) => t.name.to_string(),
        Value::Class(c) => format!("{}.{}", c.module, c.qualname),
        Value::Native(n) if matches!(**n, NativeObj::Ellipsis) => "...".to_string(),
        other => crate::object::protocol::repr(other),
    }
}

pub fn repr(n: &NativeObj) -> Option<String> {
    match n {
        NativeObj::Alias { origin, args } => {
            let args: Vec<String> = args.iter().map(arg_repr).collect();
            Some(format!("{}[{}]", arg_repr(origin), if args.is_empty() { "()".to_string() } else { args.join(", ") }))
        }
        NativeObj::Union(args) => Some(args.iter().map(arg_repr).collect::<Vec<_>>().join(" | ")),
        _ => None,
    }
}

/// `__origin__`, `__args__`, `__parameters__`.
pub fn attr(n: &NativeObj, name: &str) -> Option<Value> {
    let tuple = |items: &[Value]| Value::Tuple(crate::types::tuple::new(items.to_vec()));
    match (n, name) {
        (NativeObj::Alias { origin, .. }, "__origin__") => Some(origin.clone()),
        (NativeObj::Alias { args, .. }, "__args__") | (NativeObj::Union(args), "__args__") => Some(tuple(args)),
        (NativeObj::Alias { .. } | NativeObj::Union(_), "__parameters__") => Some(tuple(&[])),
        _ => None,
    }
}

/// Whether a value may be a member of a `|` union of types.
fn unionable(v: &Value) -> bool {
    match v {
        Value::Type(_) | Value::Class(_) | Value::None => true,
        Value::Native(n) => matches!(**n, NativeObj::Alias { .. } | NativeObj::Union(_)),
        _ => false,
    }
}

/// `a | b` of types and hints: a union, flattened, without repeats, None
/// as `type(None)`; `None` when the operands are not types.
pub fn union(a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if !unionable(a) || !unionable(b) || (matches!(a, Value::None) && matches!(b, Value::None)) {
        return None;
    }
    let mut args: Vec<Value> = Vec::new();
    for v in [a, b] {
        let members = match v {
            Value::Native(n) => match &**n {
                NativeObj::Union(m) => m.clone(),
                _ => vec![v.clone()],
            },
            Value::None => vec![Value::Type(&crate::object::exc::TYPE_NONE)],
            other => vec![other.clone()],
        };
        for m in members {
            let mut seen = false;
            for x in &args {
                if crate::object::protocol::eq(x, &m).ok()? {
                    seen = true;
                }
            }
            if !seen {
                args.push(m);
            }
        }
    }
    Some(Ok(if args.len() == 1 { args.remove(0) } else { crate::types::native::new(NativeObj::Union(args)) }))
}

/// `isinstance(v, hint)`: a union checks its members; a parameterized
/// generic cannot be checked.
pub fn isinstance(v: &Value, n: &NativeObj) -> Option<PyResult<bool>> {
    match n {
        NativeObj::Hint(h) => Some(hint_check(
            h,
            |cls| crate::object::protocol::isinstance(v, cls),
            |attr| crate::object::protocol::getattr(v, attr).is_ok(),
        )),
        NativeObj::Union(members) => Some(any_member(members, |m| crate::object::protocol::isinstance(v, m))),
        NativeObj::Alias { .. } => {
            Some(Err(PyErr::type_error("isinstance() argument 2 cannot be a parameterized generic")))
        }
        _ => None,
    }
}

/// `issubclass(c, hint)`: as [`isinstance`], of a class (`check` is
/// `issubclass(c, _)`).
pub fn issubclass(c: &Value, n: &NativeObj, check: &dyn Fn(&Value) -> PyResult<bool>) -> Option<PyResult<bool>> {
    match n {
        NativeObj::Hint(h) => Some(hint_check(h, check, |attr| crate::object::protocol::getattr(c, attr).is_ok())),
        NativeObj::Union(members) => Some(any_member(members, check)),
        _ => None,
    }
}

/// Whether the check holds for any member of a union (stopping at an error).
fn any_member(members: &[Value], check: impl Fn(&Value) -> PyResult<bool>) -> PyResult<bool> {
    for m in members {
        if check(m)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// A class check against a `typing` hint, as `typing`'s own: a union
/// checks its members; an alias of a collection (`List`, `Iterable`), its
/// class; a `Supports...` protocol, whether the object has the method;
/// anything else (`Any`, `List[int]`, `~T`) is CPython's TypeError.
fn hint_check(
    h: &crate::object::layout::native::Hint,
    check: impl Fn(&Value) -> PyResult<bool>,
    has: impl Fn(&str) -> bool,
) -> PyResult<bool> {
    let short = h.name.trim_start_matches("typing.");
    match &h.args {
        Some(args) if short == "Union" => {
            for m in args {
                if matches!(m, Value::Native(n) if matches!(**n, NativeObj::Alias { .. } | NativeObj::Hint(_))) {
                    return Err(PyErr::type_error(
                        "Subscripted generics cannot be used with class and instance checks",
                    ));
                }
            }
            any_member(args, check)
        }
        Some(_) => Err(PyErr::type_error("Subscripted generics cannot be used with class and instance checks")),
        None => {
            let method = match short {
                "SupportsInt" => Some("__int__"),
                "SupportsFloat" => Some("__float__"),
                "SupportsComplex" => Some("__complex__"),
                "SupportsBytes" => Some("__bytes__"),
                "SupportsIndex" => Some("__index__"),
                "SupportsAbs" => Some("__abs__"),
                "SupportsRound" => Some("__round__"),
                _ => None,
            };
            if let Some(m) = method {
                return Ok(has(m));
            }
            match crate::types::hint::origin_of(&crate::types::hint::member(short))? {
                Value::None if h.name.starts_with('~') => {
                    Err(PyErr::type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
                }
                Value::None => Err(PyErr::type_error(format!("{} cannot be used with isinstance()", h.name))),
                origin => check(&origin),
            }
        }
    }
}

/// `a == b` of two hints: same origin and arguments (a union: same members in any order).
pub fn eq(a: &NativeObj, b: &NativeObj) -> Option<PyResult<bool>> {
    let same = |x: &[Value], y: &[Value]| -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (p, q) in x.iter().zip(y) {
            if !crate::object::protocol::eq(p, q)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    match (a, b) {
        (NativeObj::Alias { origin: o1, args: a1 }, NativeObj::Alias { origin: o2, args: a2 }) => {
            Some(crate::object::protocol::eq(o1, o2).and_then(|o| Ok(o && same(a1, a2)?)))
        }
        (NativeObj::Hint(h1), NativeObj::Hint(h2)) => Some((|| {
            if h1.name != h2.name {
                return Ok(false);
            }
            match (&h1.args, &h2.args) {
                (None, None) => Ok(true),
                (Some(x), Some(y)) if h1.name == "typing.Union" => same_members(x, y),
                (Some(x), Some(y)) => same(x, y),
                _ => Ok(false),
            }
        })()),
        (NativeObj::Union(x), NativeObj::Union(y)) => Some(same_members(x, y)),
        _ => None,
    }
}

/// Whether two unions have the same members, in any order.
fn same_members(x: &[Value], y: &[Value]) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    for p in x {
        let mut found = false;
        for q in y {
            found |= crate::object::protocol::eq(p, q)?;
        }
        if !found {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The text `hash(hint)` hashes: consistent with [`eq`] (a union's
/// members in any order).
pub fn hash_text(n: &NativeObj) -> Option<String> {
    let text = match n {
        NativeObj::Union(args) | NativeObj::Hint(crate::object::layout::native::Hint { args: Some(args), .. })
            if matches!(n, NativeObj::Union(_)) || matches!(n, NativeObj::Hint(h) if h.name == "typing.Union") =>
        {
            let mut parts: Vec<String> = args.iter().map(crate::object::protocol::repr).collect();
            parts.sort();
            parts.join("|")
        }
        NativeObj::Hint(h) => crate::types::hint::repr(h),
        NativeObj::Alias { .. } => repr(n)?,
        _ => return None,
    };
    Some(text)
}
