//! `typing`'s hints as values (`typing.Optional[int]`, `List[str]`, `~T`):
//! CPython's reprs, subscription (unions flattened and deduplicated as
//! `typing` does), `__args__`/`__origin__`, and what `get_origin` and
//! `get_args` give. The module's functions are `stdlib/typing.rs`.

use crate::object::exc::{PyErr, PyResult};
use crate::object::layout::native::Hint;
use crate::object::value::Value;
use crate::types::native::{new, NativeObj};

/// A hint value.
pub fn hint(name: String, args: Option<Vec<Value>>) -> Value {
    new(NativeObj::Hint(Hint { name, args }))
}

/// `typing.<name>` for the module's hint members.
pub fn member(name: &str) -> Value {
    match name {
        "Text" => Value::Type(&crate::object::exc::TYPE_STR),
        "AnyStr" => hint("~AnyStr".into(), None),
        _ => hint(format!("typing.{name}"), None),
    }
}

/// How a hint's argument is written in its repr: a class by its qualified
/// name, None as NoneType, a string as a forward reference.
fn arg_repr(x: &Value, literal: bool) -> String {
    if literal {
        return crate::object::protocol::repr(x);
    }
    match x {
        Value::Type(t) if std::ptr::eq(*t, &crate::object::exc::TYPE_NONE) => "NoneType".to_string(),
        Value::Type(t) => t.name.to_string(),
        Value::Class(c) => format!("{}.{}", c.module, c.qualname),
        Value::None => "NoneType".to_string(),
        // `Callable[[int], str]`: the argument types' list.
        Value::List(l) => format!("[{}]", l.to_vec().iter().map(|a| arg_repr(a, false)).collect::<Vec<_>>().join(", ")),
        Value::Native(n) if matches!(**n, NativeObj::Ellipsis) => "...".to_string(),
        Value::Str(s) => format!("ForwardRef({})", crate::object::protocol::repr(&Value::Str(s.clone()))),
        other => crate::object::protocol::repr(other),
    }
}

/// `repr(hint)`.
pub fn repr(h: &Hint) -> String {
    let Some(args) = &h.args else {
        // `Annotated` is a class in CPython's `typing`.
        if h.name == "typing.Annotated" {
            return "<class 'typing.Annotated'>".to_string();
        }
        return h.name.clone();
    };
    if h.name == "typing.Union" && args.len() == 2 {
        if let Some(k) = args.iter().position(is_none_type) {
            return format!("typing.Optional[{}]", arg_repr(&args[1 - k], false));
        }
    }
    let literal = h.name == "typing.Literal";
    let annotated = h.name == "typing.Annotated";
    let parts: Vec<String> =
        args.iter().enumerate().map(|(i, a)| arg_repr(a, literal || (annotated && i > 0))).collect();
    if parts.is_empty() {
        return format!("{}[()]", h.name);
    }
    format!("{}[{}]", h.name, parts.join(", "))
}

fn is_none_type(v: &Value) -> bool {
    matches!(v, Value::None) || matches!(v, Value::Type(t) if std::ptr::eq(*t, &crate::object::exc::TYPE_NONE))
}

/// None in a hint's arguments stands for its type, as `typing` converts it.
pub fn convert(v: Value) -> Value {
    if matches!(v, Value::None) {
        Value::Type(&crate::object::exc::TYPE_NONE)
    } else {
        v
    }
}

/// `hint[index]`.
pub fn subscript(h: &Hint, index: &Value) -> PyResult<Value> {
    if h.args.is_some() || h.name.starts_with('~') {
        return Err(PyErr::type_error(format!("{} is not a generic class", repr(h))));
    }
    let items = match index {
        Value::Tuple(t) => t.items().to_vec(),
        other => vec![other.clone()],
    };
    match h.name.as_str() {
        "typing.Optional" => {
            let [x] = &items[..] else {
                return Err(PyErr::type_error("typing.Optional requires a single type."));
            };
            union(vec![x.clone(), Value::None])
        }
        "typing.Union" => union(items),
        "typing.Literal" => Ok(hint(h.name.clone(), Some(items))),
        "typing.Annotated" => {
            if items.len() < 2 {
                return Err(PyErr::type_error(
                    "Annotated[...] should be used with at least two arguments (a type and an annotation).",
                ));
            }
            let mut items = items;
            items[0] = convert(items[0].clone());
            Ok(hint(h.name.clone(), Some(items)))
        }
        _ => Ok(hint(h.name.clone(), Some(items.into_iter().map(convert).collect()))),
    }
}

/// `Union[...]`: nested unions flattened, duplicates dropped, and a union
/// of one member that member, as `typing` makes them.
fn union(items: Vec<Value>) -> PyResult<Value> {
    let mut members: Vec<Value> = Vec::new();
    for x in items.into_iter().map(convert) {
        let nested = match &x {
            Value::Native(n) => match &**n {
                NativeObj::Hint(Hint { name, args: Some(a) }) if name == "typing.Union" => Some(a.clone()),
                NativeObj::Union(a) => Some(a.iter().cloned().map(convert).collect()),
                _ => None,
            },
            _ => None,
        };
        for m in nested.unwrap_or_else(|| vec![x]) {
            let mut seen = false;
            for have in &members {
                seen |= crate::object::protocol::eq(have, &m)?;
            }
            if !seen {
                members.push(m);
            }
        }
    }
    if members.is_empty() {
        return Err(PyErr::type_error("Cannot take a Union of no types."));
    }
    if members.len() == 1 {
        return Ok(members.pop().unwrap());
    }
    Ok(hint("typing.Union".into(), Some(members)))
}

/// `hint.__origin__`, `__args__` and the like.
pub fn attr(v: &Value, h: &Hint, name: &str) -> Option<PyResult<Value>> {
    match name {
        "__args__" if h.args.is_some() => Some(args_of(v)),
        "__origin__" if h.args.is_some() => Some(origin_of(v)),
        "__name__" if !h.name.starts_with('~') => {
            Some(Ok(Value::from_str(h.name.trim_start_matches("typing.").split('[').next().unwrap_or(""))))
        }
        "__name__" => Some(Ok(Value::from_str(&h.name[1..]))),
        "__module__" => Some(Ok(Value::from_str("typing"))),
        "__metadata__" if h.name == "typing.Annotated" => {
            Some(Ok(Value::Tuple(crate::types::tuple::new(h.args.as_ref()?[1..].to_vec()))))
        }
        _ => None,
    }
}

/// `typing.get_origin(tp)`.
pub fn origin_of(tp: &Value) -> PyResult<Value> {
    let Value::Native(n) = tp else { return Ok(Value::None) };
    match &**n {
        NativeObj::Alias { origin, .. } => Ok(origin.clone()),
        NativeObj::Union(_) => Ok(Value::Type(crate::types::typeobj::internal_type("types.UnionType"))),
        NativeObj::Hint(h) if h.name.starts_with('~') => Ok(Value::None),
        NativeObj::Hint(h) => {
            let short = h.name.trim_start_matches("typing.");
            match short {
                "Union" | "Literal" | "ClassVar" | "Final" | "Annotated" | "Concatenate" | "Required"
                | "NotRequired" | "TypeGuard" | "Unpack" => {
                    Ok(if h.args.is_some() { member(short) } else { Value::None })
                }
                "Generic" | "Protocol" => Ok(Value::Class(crate::types::class::abstracts::typing_base(short))),
                _ => collection_origin(short),
            }
        }
        _ => Ok(Value::None),
    }
}

/// The class a `typing` alias of a collection stands for (`List` is `list`,
/// `Iterable` is `collections.abc.Iterable`), or None.
fn collection_origin(short: &str) -> PyResult<Value> {
    use crate::object::exc;
    let builtin = |t: &'static exc::TypeObj| Ok(Value::Type(t));
    match short {
        "List" => builtin(&exc::TYPE_LIST),
        "Dict" => builtin(&exc::TYPE_DICT),
        "Set" => builtin(&exc::TYPE_SET),
        "FrozenSet" => builtin(&exc::TYPE_FROZENSET),
        "Tuple" => builtin(&exc::TYPE_TUPLE),
        "Type" => builtin(&exc::TYPE_TYPE),
        "Deque" => builtin(&exc::TYPE_DEQUE),
        "DefaultDict" => builtin(&crate::types::dictkind::TYPE_DEFAULTDICT),
        "OrderedDict" => builtin(&crate::types::dictkind::TYPE_ORDEREDDICT),
        "Counter" => builtin(&crate::types::dictkind::TYPE_COUNTER),
        "ChainMap" => from_module("collections", "ChainMap"),
        "AbstractSet" => from_module("collections.abc", "Set"),
        "ContextManager" => from_module("contextlib", "AbstractContextManager"),
        "Callable" | "Iterable" | "Iterator" | "Generator" | "Sequence" | "Mapping" | "MutableMapping"
        | "MutableSequence" | "MutableSet" | "Collection" | "Container" | "Hashable" | "Sized" | "Reversible"
        | "Awaitable" | "Coroutine" | "AsyncIterable" | "AsyncIterator" | "AsyncGenerator" | "KeysView"
        | "ItemsView" | "ValuesView" | "MappingView" | "ByteString" => from_module("collections.abc", short),
        _ => Ok(Value::None),
    }
}

fn from_module(module: &str, name: &str) -> PyResult<Value> {
    let m = crate::types::module::import_by_name(module)?;
    crate::object::protocol::getattr(&m, name)
}

/// `typing.get_args(tp)`.
pub fn args_of(tp: &Value) -> PyResult<Value> {
    let tuple = |items: Vec<Value>| Ok(Value::Tuple(crate::types::tuple::new(items)));
    let Value::Native(n) = tp else { return tuple(Vec::new()) };
    match &**n {
        NativeObj::Alias { args, .. } | NativeObj::Union(args) => tuple(args.clone()),
        NativeObj::Hint(Hint { args: Some(a), .. }) => tuple(a.clone()),
        _ => tuple(Vec::new()),
    }
}
