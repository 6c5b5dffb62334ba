//! Methods of the builtin types, dispatched by name on a dynamic receiver.
//!
//! The compiler knows each method's result type statically (its own
//! table); this module implements them once for every receiver, so a
//! method call works whether or not inference typed the receiver.

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::args::*;
use crate::types::bytes_methods::{bytes_conversion_args, bytes_method};
use crate::types::iter;
use crate::types::str::methods::{maketrans, str_method};
use crate::{types::dict, types::list, types::set, types::tuple};
use pyaot_registry::methods;

/// `recv.name(*args, **kw)` at a call site of compiled code, whose cache
/// remembers which function the name finds in the receiver's class.
pub fn call_at(
    recv: &Value,
    site: &crate::types::class::SlotCache,
    name: &str,
    args: Vec<Value>,
    kw: &[&str],
) -> PyResult<Value> {
    match class_method(recv, name, |c| site.method(c, name)) {
        Some(f) => call_with_receiver(recv, &f, args, kw),
        None => call(recv, name, args, kw),
    }
}

/// The plain function `recv.name` calls when `recv` is an instance whose
/// class (found by `find`) has it and the instance's own attributes do
/// not hide it: then the call needs no bound method.
#[inline]
fn class_method(
    recv: &Value,
    name: &str,
    find: impl FnOnce(&crate::types::class::Class) -> Option<crate::types::func::Func>,
) -> Option<crate::types::func::Func> {
    match recv {
        Value::Instance(i) if i.class.is_plain() && i.get(name).is_none() => find(&i.class),
        _ => None,
    }
}

fn call_with_receiver(
    recv: &Value,
    f: &crate::types::func::Func,
    mut args: Vec<Value>,
    kw: &[&str],
) -> PyResult<Value> {
    args.insert(0, recv.clone());
    crate::types::func::call_func(f, args, kw)
}

/// `recv.name(*args, **kw)`; `args` ends with the values of the keywords named in `kw`.
pub fn call(recv: &Value, name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let r = call_method_of(recv, name, args, kw);
    if let Err(e) = &r {
        // The method's lookup failed here (no frame has placed the error
        // yet): the traceback marks the attribute, as CPython's does.
        let lookup =
            e.0.tb.borrow().is_empty()
                && std::ptr::eq(e.0.ty, &crate::object::exc::ATTRIBUTE_ERROR)
                && e.0.args.borrow().first().is_some_and(
                    |m| matches!(m, Value::Str(s) if s.as_str().ends_with(&format!("attribute '{name}'"))),
                );
        e.0.lookup.set(lookup);
    }
    r
}

fn call_method_of(recv: &Value, name: &str, mut args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    // An iterator's protocol by name: `it.__next__()`, `it.__iter__()`.
    if let Value::Iter(it) = recv {
        match name {
            "__next__" => {
                crate::types::args::argc(name, &args, 0, 0)?;
                return crate::types::iter::next(it)?.ok_or_else(|| PyErr::empty(&crate::object::exc::STOP_ITERATION));
            }
            "__iter__" => {
                crate::types::args::argc(name, &args, 0, 0)?;
                return Ok(recv.clone());
            }
            _ => {}
        }
    }
    // A method a native type defines, called without binding it.
    if let Some(r) = crate::types::native::ext_method(recv, name, &args, kw) {
        return r;
    }
    // A method of an instance's class: called with the instance first,
    // without making a bound method.
    let found = class_method(recv, name, |c| match crate::types::class::lookup(c, name) {
        Some(Value::Func(f)) => Some(f),
        _ => None,
    });
    if let Some(f) = found {
        return call_with_receiver(recv, &f, args, kw);
    }
    let builtin_type = match recv {
        Value::Str(_) => Some("str"),
        Value::Bytes(_) => Some("bytes"),
        Value::ByteArray(_) => Some("bytearray"),
        Value::List(_) => Some("list"),
        Value::Tuple(t) if t.class.is_none() => Some("tuple"),
        // A `collections` dict's own methods check their arguments themselves.
        Value::Dict(d) if !crate::types::dictkind::has_method(d.kind, name) => Some("dict"),
        Value::Set(s) => Some(if s.frozen { "frozenset" } else { "set" }),
        Value::Int(_) | Value::Big(_) => Some("int"),
        Value::Float(_) => Some("float"),
        _ => None,
    };
    if let Some(t) = builtin_type {
        check_keywords(t, name, kw.len())?;
        check_arity(t, name, args.len() - kw.len())?;
        // A str (int, float) method takes an instance of a class deriving
        // from the type as the value it carries.
        if matches!(t, "str" | "bytes" | "int" | "float") {
            for a in args.iter_mut() {
                if let Some(b) = crate::types::class::base_value(a) {
                    *a = b;
                }
            }
        }
    }
    let kwvals = args.split_off(args.len() - kw.len());
    let kwargs: Vec<(&str, Value)> = kw.iter().copied().zip(kwvals).collect();
    let kwarg = |k: &str| kwargs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.clone());
    if matches!(recv, Value::Instance(_) | Value::Class(_) | Value::Super(_) | Value::Exc(_))
        || matches!(recv, Value::Tuple(t) if t.class.is_some())
    {
        if let Some(m) = crate::types::class::getattr(recv, name) {
            let mut all = args;
            all.extend(kwargs.into_iter().map(|(_, v)| v));
            return crate::types::func::call(&m?, all, kw);
        }
    }
    if let Value::Descr(d) = recv {
        return crate::types::class::descr_method(d, name, &args);
    }
    if let Value::Gen(g) = recv {
        return crate::types::gen::method(g, name, &args);
    }
    if let Value::Deque(d) = recv {
        if let Some((k, _)) = kwargs.first() {
            return Err(PyErr::type_error(format!("deque.{name}() got an unexpected keyword argument '{k}'")));
        }
        return crate::types::deque::method(d, name, &args);
    }
    if let (Some(p), "indices") = (crate::types::slice::parts(recv), name) {
        argc("indices", &args, 1, 1)?;
        return crate::types::slice::indices(p, &args[0]);
    }
    if let Some(z) = crate::types::complex::parts(recv) {
        if let Some(r) = crate::types::complex::method(z, name, &args) {
            return r;
        }
    }
    if matches!(recv, Value::Module(_) | Value::Native(_) | Value::Func(_) | Value::Builtin(_)) {
        let m = getattr(recv, name)?;
        let mut all = args;
        all.extend(kwargs.into_iter().map(|(_, v)| v));
        return crate::types::func::call(&m, all, kw);
    }
    if let Value::Type(t) = recv {
        if t.name == "object" {
            return object_method(name, &args);
        }
        // `int.__new__(cls, v)`: the value, or an instance of a class deriving from `int`.
        if name == "__new__" && pyaot_registry::classes::SUBCLASSABLE.contains(&t.name) {
            let mut all = args;
            all.extend(kwargs.into_iter().map(|(_, v)| v));
            return crate::types::class::builtin_new(t.name, all, kw);
        }
        // `Exception.__init__(self, msg)`: sets the exception's args.
        if name == "__init__" && t.is_subclass(&crate::object::exc::BASE_EXCEPTION) {
            if !kw.is_empty() {
                return Err(PyErr::type_error(format!("{}() takes no keyword arguments", t.name)));
            }
            return crate::types::func::call(&crate::types::func::builtin("BaseException.__init__"), args, &[]);
        }
        // `list.__init__(self, items)`: refills a list subclass's value.
        if name == "__init__" && pyaot_registry::classes::MUTABLE_BASES.contains(&t.name) {
            let mut all = args;
            all.extend(kwargs.into_iter().map(|(_, v)| v));
            return crate::types::class::builtin_init(t.name, all, kw);
        }
        // `str.upper(s)`: the method taken from the type, called.
        if !matches!(name, "fromkeys" | "maketrans" | "fromhex" | "from_bytes")
            && (methods::has(t.name, name) || type_has_dunder(t.name, name))
        {
            let m = crate::types::native::new(crate::types::native::NativeObj::UnboundMethod {
                ty: t.name,
                name: name.to_string(),
            });
            let mut all = args;
            all.extend(kwargs.into_iter().map(|(_, v)| v));
            return crate::types::func::call(&m, all, kw);
        }
    }
    if let Some(r) = dunder_call(recv, name, &args) {
        return r;
    }
    if let (Value::Range(r), "index" | "count") = (recv, name) {
        argc(name, &args, 1, 1)?;
        return crate::types::range::method(r, name, &args[0]);
    }
    match recv {
        Value::Str(s) => str_method(s, recv, name, &args, &kwargs, &kwarg),
        Value::Type(t) if t.name == "str" && name == "maketrans" => maketrans(&args),
        Value::Type(t) if name == "fromkeys" && crate::types::dictkind::fromkeys_target(t).is_some() => {
            check_arity("dict", "fromkeys", args.len())?;
            let d = crate::types::dictkind::fromkeys_target(t).unwrap()?;
            let v = args.get(1).cloned().unwrap_or(Value::None);
            for k in iter::collect(&args[0])? {
                crate::types::dict::setitem(&d, k, v.clone())?;
            }
            Ok(Value::Dict(d))
        }
        Value::Type(t) if matches!(t.name, "bytes" | "bytearray") && name == "maketrans" => {
            argc("maketrans", &args, 2, 2)?;
            let (from, to) = (crate::types::bytes::arg(&args[0])?, crate::types::bytes::arg(&args[1])?);
            if from.len() != to.len() {
                return Err(PyErr::value_error("maketrans arguments must have same length"));
            }
            let mut table: Vec<u8> = (0..=255).collect();
            for (f, t) in from.iter().zip(to) {
                table[*f as usize] = *t;
            }
            Ok(Value::Bytes(crate::types::bytes::from_vec(table)))
        }
        Value::Type(t) if matches!(t.name, "bytes" | "bytearray") && name == "fromhex" => {
            argc(&format!("{}.fromhex", t.name), &args, 1, 1)?;
            let data = crate::types::bytes::fromhex(want_str(&args[0], "fromhex() argument")?.as_str())?;
            Ok(if t.name == "bytes" {
                Value::Bytes(crate::types::bytes::from_vec(data))
            } else {
                crate::types::bytearray::from_vec(data)
            })
        }
        Value::Bytes(b) => bytes_method(&b.data, recv, name, &args, &kwarg),
        Value::ByteArray(b) => crate::types::bytearray::method(b, recv, name, &args, &kwarg),
        Value::List(l) => {
            let a = &args;
            Ok(match name {
                "append" => {
                    argc("list.append", a, 1, 1)?;
                    list::append(l, a[0].clone());
                    Value::None
                }
                "extend" => {
                    list::extend(l, iter::collect(&a[0])?);
                    Value::None
                }
                "insert" => {
                    argc("insert", a, 2, 2)?;
                    list::insert(l, &a[0].to_int()?, a[1].clone());
                    Value::None
                }
                "pop" => list::pop(l, a.first().map(|v| v.to_int()).transpose()?.as_ref())?,
                "remove" => {
                    list::remove(l, &a[0])?;
                    Value::None
                }
                "index" => Value::from_int(list::index(l, &a[0], &a[1..])?),
                "count" => Value::from_int(list::count(l, &a[0])?),
                "clear" => {
                    list::clear(l);
                    Value::None
                }
                "reverse" => {
                    list::reverse(l);
                    Value::None
                }
                "copy" => Value::List(list::copy(l)),
                "sort" => {
                    let rev = kwarg("reverse").is_some_and(|v| v.truthy());
                    list::sort_list(l, kwarg("key").as_ref(), rev)?;
                    Value::None
                }
                _ => return Err(no_attr(recv, name)),
            })
        }
        Value::Tuple(t) => Ok(match name {
            "index" => Value::from_int(tuple::index(t, &args[0], &args[1..])?),
            "count" => Value::from_int(tuple::count(t, &args[0])?),
            _ => return Err(no_attr(recv, name)),
        }),
        // `{}.fromkeys(...)` is the class method reached through an instance.
        Value::Dict(d) if name == "fromkeys" => {
            call(&Value::Type(crate::types::dictkind::type_obj(d.kind)), name, args, &[])
        }
        Value::Dict(d) => {
            if let Some(r) = crate::types::dictkind::method(d, name, &args, &kwargs) {
                return r;
            }
            let a = &args;
            Ok(match name {
                "get" => {
                    argc("get", a, 1, 2)?;
                    dict::get(d, &a[0], a.get(1).cloned().unwrap_or(Value::None))?
                }
                "keys" => dict::view(d, iter::DictView::Keys),
                "values" => dict::view(d, iter::DictView::Values),
                "items" => dict::view(d, iter::DictView::Items),
                "pop" => dict::pop(d, &a[0], a.get(1).cloned())?,
                "popitem" => Value::Tuple(dict::popitem(d)?),
                "setdefault" => dict::setdefault(d, a[0].clone(), a.get(1).cloned().unwrap_or(Value::None))?,
                "update" => {
                    if let Some(o) = a.first() {
                        let other = dict::from_iterable(o)?;
                        dict::update(d, &other)?;
                    }
                    for (k, v) in &kwargs {
                        dict::setitem(d, Value::from_str(k), v.clone())?;
                    }
                    Value::None
                }
                "clear" => {
                    dict::clear(d);
                    Value::None
                }
                "copy" => Value::Dict(dict::copy(d)),
                _ => return Err(no_attr(recv, name)),
            })
        }
        Value::Set(s) => {
            let a = &args;
            if s.frozen && !methods::has("frozenset", name) {
                return Err(no_attr(recv, name));
            }
            let other = |i: usize| -> PyResult<set::Set> { set::from_iterable(&a[i]) };
            // `s.intersection(a, b)` folds over its arguments.
            let fold = |f: fn(&set::Set, &set::Set) -> set::Set| -> PyResult<Value> {
                let mut r = set::copy(s);
                for x in a.iter() {
                    r = f(&r, &set::from_iterable(x)?);
                }
                Ok(Value::Set(set::like(s, r)))
            };
            Ok(match name {
                "add" => {
                    set::add(s, a[0].clone())?;
                    Value::None
                }
                "discard" => {
                    set::discard(s, &a[0])?;
                    Value::None
                }
                "remove" => {
                    set::remove(s, &a[0])?;
                    Value::None
                }
                "pop" => set::pop(s)?,
                "clear" => {
                    set::clear(s);
                    Value::None
                }
                "copy" if s.frozen => recv.clone(),
                "copy" => Value::Set(set::copy(s)),
                "update" => {
                    for x in a.iter() {
                        set::update_values(s, iter::collect(x)?)?;
                    }
                    Value::None
                }
                "union" => {
                    let r = set::copy(s);
                    for x in a.iter() {
                        set::update_values(&r, iter::collect(x)?)?;
                    }
                    Value::Set(set::like(s, r))
                }
                "intersection_update" | "difference_update" => {
                    let f =
                        if name == "intersection_update" { set::intersection_update } else { set::difference_update };
                    for x in a.iter() {
                        f(s, &set::from_iterable(x)?);
                    }
                    Value::None
                }
                "symmetric_difference_update" => {
                    set::symmetric_difference_update(s, &other(0)?);
                    Value::None
                }
                "intersection" => fold(set::intersection)?,
                "difference" => fold(set::difference)?,
                "symmetric_difference" => Value::Set(set::like(s, set::symmetric_difference(s, &other(0)?))),
                "issubset" => Value::Bool(set::issubset(s, &other(0)?)?),
                "issuperset" => Value::Bool(set::issubset(&other(0)?, s)?),
                "isdisjoint" => Value::Bool(set::isdisjoint(s, &other(0)?)),
                _ => return Err(no_attr(recv, name)),
            })
        }
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => {
            let i = recv.to_int()?;
            Ok(match name {
                "bit_length" => Value::from_int(crate::types::int::bit_length(&i)),
                "bit_count" => Value::Int(crate::object::layout::bigint::BigExt::count_ones(&*i.big()) as i64),
                "conjugate" => Value::from_int(i),
                "as_integer_ratio" => Value::Tuple(crate::types::tuple::new(vec![Value::from_int(i), Value::Int(1)])),
                "to_bytes" => {
                    let (length, order, signed) = bytes_conversion_args("to_bytes", &args, &kwargs, true)?;
                    Value::Bytes(crate::types::bytes::from_vec(crate::types::int::to_bytes(
                        &i, &length, &order, signed,
                    )?))
                }
                _ => return Err(no_attr(recv, name)),
            })
        }
        Value::Type(t) if t.name == "int" && name == "from_bytes" => {
            let data = args
                .first()
                .ok_or_else(|| PyErr::type_error("from_bytes() missing required argument 'bytes' (pos 1)"))?;
            let data = match data {
                Value::Bytes(b) => b.data.to_vec(),
                Value::ByteArray(b) => b.snapshot(),
                other => iter::collect(other)?
                    .iter()
                    .map(|v| v.to_int().and_then(|i| i.to_index()).map(|b| b as u8))
                    .collect::<PyResult<Vec<u8>>>()?,
            };
            let (_, order, signed) = bytes_conversion_args("from_bytes", &args[1..], &kwargs, false)?;
            Ok(Value::from_int(crate::types::int::from_bytes(&data, &order, signed)?))
        }
        Value::Type(t) if t.name == "float" && name == "fromhex" => {
            argc("float.fromhex", &args, 1, 1)?;
            Ok(Value::Float(crate::types::float::fromhex(want_str(&args[0], "fromhex() argument")?.as_str())?))
        }
        Value::Float(f) => Ok(match name {
            "is_integer" => Value::Bool(crate::types::float::is_integer(*f)),
            "conjugate" => Value::Float(*f),
            "hex" => Value::from_str(&crate::types::float::hex(*f)),
            "as_integer_ratio" => {
                let (n, d) = crate::types::float::as_integer_ratio(*f)?;
                Value::Tuple(crate::types::tuple::new(vec![Value::from_int(n), Value::from_int(d)]))
            }
            _ => return Err(no_attr(recv, name)),
        }),
        _ => Err(no_attr(recv, name)),
    }
}

/// The dunder methods every builtin container or scalar answers by name
/// (`xs.__len__()`), dispatched to the operation they stand for.
const DUNDERS: &[&str] = &[
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
    "__iter__",
    "__repr__",
    "__str__",
    "__hash__",
    "__format__",
];

/// Whether the builtin type named `ty` has the special method `name`
/// (`int.__add__` yes, `int.__getitem__` no): asked of an empty value of
/// the type where there is one.
fn type_has_dunder(ty: &str, name: &str) -> bool {
    let sample = match ty {
        "int" | "bool" => Value::Int(0),
        "float" => Value::Float(0.0),
        "str" => Value::from_str(""),
        "list" => Value::List(crate::types::list::from_vec(Vec::new())),
        "tuple" => Value::Tuple(tuple::new(Vec::new())),
        "set" => Value::Set(crate::types::set::new()),
        "frozenset" => Value::Set(crate::types::set::freeze(crate::types::set::new())),
        "bytes" => Value::Bytes(crate::types::bytes::from_vec(Vec::new())),
        _ => return DUNDERS.contains(&name) && methods::has_any(ty),
    };
    is_builtin_method(&sample, name)
}

fn is_builtin_method(v: &Value, name: &str) -> bool {
    if let Some(d) = operator_dunder(name) {
        // Whether the type has the method at all (for any operand).
        return operator_takes(v, d, &Value::None).is_some();
    }
    let ty = match v {
        Value::Str(_) => "str",
        Value::Bytes(_) => "bytes",
        Value::ByteArray(_) => "bytearray",
        Value::List(_) => "list",
        Value::Tuple(_) => "tuple",
        Value::Deque(_) => "collections.deque",
        Value::Dict(d) => {
            return methods::has("dict", name)
                || crate::types::dictkind::has_method(d.kind, name)
                || DUNDERS.contains(&name)
        }
        Value::Set(s) if s.frozen => "frozenset",
        Value::Set(_) => "set",
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => "int",
        Value::Float(_) => "float",
        _ => return false,
    };
    let dunder = DUNDERS.contains(&name)
        && match v {
            Value::Int(_) | Value::Big(_) | Value::Bool(_) | Value::Float(_) => {
                matches!(name, "__repr__" | "__str__" | "__hash__" | "__format__")
            }
            Value::Str(_) => name != "__setitem__" && name != "__delitem__",
            _ if name == "__format__" => false,
            Value::List(_) | Value::ByteArray(_) | Value::Deque(_) => true,
            Value::Set(_) => !matches!(name, "__getitem__" | "__setitem__" | "__delitem__"),
            _ => !matches!(name, "__setitem__" | "__delitem__"),
        };
    let numeric = matches!(v, Value::Int(_) | Value::Big(_) | Value::Bool(_) | Value::Float(_))
        && is_numeric_dunder(matches!(v, Value::Float(_)), name);
    dunder || numeric || methods::has(ty, name)
}

/// `xs.__len__()` and the other dunders of [`DUNDERS`] on a builtin value.
/// An operator method of a builtin value (`[1].__add__([2])`,
/// `(1).__lt__(2)`, `xs.__iadd__(ys)`): how it is applied.
#[derive(Clone, Copy)]
enum OperatorDunder {
    Binary(crate::ops::BinOp),
    Reflected(crate::ops::BinOp),
    InPlace(crate::ops::BinOp),
    Compare(Option<crate::ops::CmpOp>, bool),
}

fn operator_dunder(name: &str) -> Option<OperatorDunder> {
    use crate::ops::{BinOp, CmpOp};
    use OperatorDunder::*;
    const OPS: &[(&str, BinOp)] = &[
        ("add", BinOp::Add),
        ("sub", BinOp::Sub),
        ("mul", BinOp::Mul),
        ("truediv", BinOp::TrueDiv),
        ("floordiv", BinOp::FloorDiv),
        ("mod", BinOp::Mod),
        ("pow", BinOp::Pow),
        ("lshift", BinOp::LShift),
        ("rshift", BinOp::RShift),
        ("and", BinOp::And),
        ("or", BinOp::Or),
        ("xor", BinOp::Xor),
    ];
    let core = name.strip_prefix("__")?.strip_suffix("__")?;
    Some(match core {
        "eq" => Compare(None, true),
        "ne" => Compare(None, false),
        "lt" => Compare(Some(CmpOp::Lt), true),
        "le" => Compare(Some(CmpOp::Le), true),
        "gt" => Compare(Some(CmpOp::Gt), true),
        "ge" => Compare(Some(CmpOp::Ge), true),
        _ => {
            let find = |n: &str| OPS.iter().find(|(k, _)| *k == n).map(|(_, op)| *op);
            if let Some(op) = find(core) {
                Binary(op)
            } else if let Some(op) = core.strip_prefix('r').and_then(find) {
                Reflected(op)
            } else {
                InPlace(core.strip_prefix('i').and_then(find)?)
            }
        }
    })
}

/// What a builtin value's operator method does with `other`: `None` when
/// the type has no such method; `Some(false)` when it returns
/// NotImplemented for that operand (a foreign type); `Some(true)` when it
/// applies the operator (which may still raise, as a sequence's `+` does).
fn operator_takes(recv: &Value, d: OperatorDunder, other: &Value) -> Option<bool> {
    use crate::ops::BinOp;
    use OperatorDunder::*;
    let int = |v: &Value| matches!(v, Value::Int(_) | Value::Big(_) | Value::Bool(_));
    let same = std::mem::discriminant(recv) == std::mem::discriminant(other);
    let sequence = matches!(
        recv,
        Value::Str(_) | Value::Bytes(_) | Value::Tuple(_) | Value::List(_) | Value::ByteArray(_) | Value::Deque(_)
    );
    let mutable = matches!(recv, Value::List(_) | Value::ByteArray(_) | Value::Deque(_));
    match (recv, d) {
        (_, Compare(..)) => Some(match recv {
            Value::Float(_) => int(other) || matches!(other, Value::Float(_)),
            _ if int(recv) => int(other),
            _ => same,
        }),
        (Value::Int(_) | Value::Big(_) | Value::Bool(_), Binary(_) | Reflected(_)) => Some(int(other)),
        (Value::Float(_), Binary(op) | Reflected(op))
            if !matches!(op, BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor) =>
        {
            Some(int(other) || matches!(other, Value::Float(_)))
        }
        (_, Binary(BinOp::Add | BinOp::Mul) | Reflected(BinOp::Mul)) if sequence => Some(true),
        (_, InPlace(BinOp::Add | BinOp::Mul)) if mutable => Some(true),
        (Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_), Binary(BinOp::Mod)) => Some(true),
        (
            Value::Set(_),
            Binary(BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor)
            | InPlace(BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor),
        ) => Some(same),
        (Value::Dict(_), Binary(BinOp::Or) | InPlace(BinOp::Or)) => Some(same),
        _ => None,
    }
}

fn dunder_call(recv: &Value, name: &str, a: &[Value]) -> Option<PyResult<Value>> {
    if let Some(d) = operator_dunder(name).filter(|_| is_builtin_method(recv, name)) {
        let q = format!("{}.{name}", recv.type_name());
        return Some(argc(&q, a, 1, 1).and_then(|_| {
            if operator_takes(recv, d, &a[0]) != Some(true) {
                return Ok(crate::types::native::not_implemented());
            }
            let b = &a[0];
            // A sequence's `__mul__` converts its count with `__index__`.
            if let OperatorDunder::Binary(crate::ops::BinOp::Mul)
            | OperatorDunder::Reflected(crate::ops::BinOp::Mul)
            | OperatorDunder::InPlace(crate::ops::BinOp::Mul) = d
            {
                if !matches!(recv, Value::Int(_) | Value::Big(_) | Value::Bool(_) | Value::Float(_)) {
                    b.to_int()?;
                }
            }
            match d {
                OperatorDunder::Binary(op) => crate::ops::binary(op, recv, b),
                OperatorDunder::Reflected(op) => crate::ops::binary(op, b, recv),
                OperatorDunder::InPlace(op) => crate::ops::inplace(op, recv, b),
                OperatorDunder::Compare(None, eq) => Ok(Value::Bool(crate::ops::eq(recv, b)? == eq)),
                OperatorDunder::Compare(Some(op), _) => Ok(Value::Bool(crate::ops::compare(op, recv, b)?)),
            }
        }));
    }
    if let Some(r) = numeric_dunder(recv, name, a) {
        return Some(r);
    }
    if !DUNDERS.contains(&name) || !is_builtin_method(recv, name) {
        return None;
    }
    let q = format!("{}.{name}", recv.type_name());
    let n = |k: usize| argc(&q, a, k, k);
    Some(match name {
        "__len__" => n(0).and_then(|_| Ok(Value::from_int(crate::ops::len(recv)?))),
        "__getitem__" => n(1).and_then(|_| crate::ops::getitem(recv, &a[0])),
        "__setitem__" => n(2).and_then(|_| crate::ops::setitem(recv, &a[0], a[1].clone()).map(|_| Value::None)),
        "__delitem__" => n(1).and_then(|_| crate::ops::delitem(recv, &a[0]).map(|_| Value::None)),
        "__contains__" => n(1).and_then(|_| Ok(Value::Bool(crate::ops::contains(recv, &a[0])?))),
        "__iter__" => n(0).and_then(|_| Ok(Value::Iter(iter::iter(recv)?))),
        "__repr__" => n(0).map(|_| Value::from_str(&crate::ops::repr::repr(recv))),
        "__str__" => n(0).map(|_| Value::from_str(&crate::ops::repr::str(recv))),
        "__format__" => n(1).and_then(|_| match &a[0] {
            Value::Str(spec) => Ok(Value::Str(crate::ops::fmt::format_to_str(recv, spec)?)),
            other => Err(PyErr::type_error(format!("{q}() argument must be str, not {}", other.type_name()))),
        }),
        _ => n(0).and_then(|_| Ok(Value::Int(crate::ops::hash::hash(recv)?))),
    })
}

/// The special methods of ints and floats that stand for conversions and
/// unary operations, called by name (`(3).__int__()`, `x.__round__(1)`).
fn numeric_dunder(recv: &Value, name: &str, a: &[Value]) -> Option<PyResult<Value>> {
    let float = match recv {
        Value::Float(_) => true,
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => false,
        _ => return None,
    };
    if !is_numeric_dunder(float, name) {
        return None;
    }
    let builtin = |b: &str, args: Vec<Value>| crate::object::protocol::call_builtin(b, args, &[]);
    if name == "__round__" {
        if a.len() > 1 {
            return Some(Err(PyErr::type_error(format!("__round__ expected at most 1 argument, got {}", a.len()))));
        }
        let mut args = vec![recv.clone()];
        args.extend(a.iter().cloned());
        return Some(builtin("round", args));
    }
    if !a.is_empty() {
        // The slot wrappers' message, and the plain methods'.
        return Some(Err(PyErr::type_error(match name {
            "__trunc__" | "__floor__" | "__ceil__" => {
                format!("{}.{name}() takes no arguments ({} given)", recv.type_name(), a.len())
            }
            _ => format!("expected 0 arguments, got {}", a.len()),
        })));
    }
    let x = || recv.clone();
    Some(match name {
        "__int__" | "__index__" | "__trunc__" => builtin("int", vec![x()]),
        "__floor__" | "__ceil__" if !float => builtin("int", vec![x()]),
        "__floor__" => builtin("int", vec![Value::Float(recv.to_f64().unwrap_or(0.0).floor())]),
        "__ceil__" => builtin("int", vec![Value::Float(recv.to_f64().unwrap_or(0.0).ceil())]),
        "__float__" => builtin("float", vec![x()]),
        "__bool__" => Ok(Value::Bool(crate::object::value::truthy(recv))),
        "__abs__" => builtin("abs", vec![x()]),
        "__neg__" => crate::ops::neg(recv),
        "__pos__" => crate::ops::pos(recv),
        _ => crate::ops::invert(recv),
    })
}

/// Whether an int (or, `float`, a float) has the numeric special method `name`.
fn is_numeric_dunder(float: bool, name: &str) -> bool {
    matches!(
        name,
        "__int__"
            | "__trunc__"
            | "__floor__"
            | "__ceil__"
            | "__float__"
            | "__bool__"
            | "__abs__"
            | "__neg__"
            | "__pos__"
            | "__round__"
    ) || (!float && matches!(name, "__index__" | "__invert__"))
}

/// `object.__setattr__(obj, name, value)` and the other methods of
/// `object` that classes overriding them call.
pub fn object_method(name: &str, a: &[Value]) -> PyResult<Value> {
    let attr = |i: usize| -> PyResult<String> {
        match a.get(i) {
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => {
                Err(PyErr::type_error(format!("attribute name must be string, not '{}'", other.type_name())))
            }
            None => Err(PyErr::type_error(format!("expected at least {} arguments, got {}", i + 1, a.len()))),
        }
    };
    let no_attrs = |v: &Value| no_attr(v, &attr(1).unwrap_or_default());
    match name {
        "__new__" => crate::object::protocol::call_builtin("object.__new__", a.to_vec(), &[]),
        "__setattr__" => {
            argc("object.__setattr__", a, 3, 3)?;
            let n = attr(1)?;
            crate::types::class::object_setattr(&a[0], &n, a[2].clone()).unwrap_or_else(|| Err(no_attrs(&a[0])))?;
            Ok(Value::None)
        }
        "__delattr__" => {
            argc("object.__delattr__", a, 2, 2)?;
            crate::types::class::object_delattr(&a[0], &attr(1)?)?;
            Ok(Value::None)
        }
        "__getattribute__" => {
            argc("object.__getattribute__", a, 2, 2)?;
            crate::types::class::object_getattribute(&a[0], &attr(1)?)
        }
        "__init__" => Ok(Value::None),
        "__repr__" => Ok(Value::from_str(&crate::types::class::default_repr(&a[0]))),
        "__str__" => Ok(Value::Str(crate::ops::repr::to_str(&a[0]))),
        "__eq__" => Ok(if a[0].is(&a[1]) { Value::Bool(true) } else { crate::types::native::not_implemented() }),
        "__ne__" => Ok(Value::Bool(!crate::ops::eq(&a[0], &a[1])?)),
        "__hash__" => Ok(Value::Int(a[0].id() >> 4)),
        _ => Err(PyErr::new(
            &crate::object::exc::ATTRIBUTE_ERROR,
            format!("type object 'object' has no attribute '{name}'"),
        )),
    }
}

/// `v.name = x`.
pub fn setattr(v: &Value, name: &str, x: Value) -> PyResult<()> {
    if let Value::Module(m) = v {
        if let (Some(s), "sys") = (crate::types::stream::by_name(name), m.name) {
            crate::types::stream::replace(s, x);
            return Ok(());
        }
    }
    if let Some(r) = crate::types::native::slots(v).and_then(|s| s.setattr(v, name, x.clone())) {
        return r;
    }
    if let Value::Func(f) = v {
        let old = f.attrs.borrow_mut().insert(name.to_string(), x);
        drop(old);
        return Ok(());
    }
    if let Value::Dict(d) = v {
        if d.kind == crate::types::dictkind::Kind::Default && name == "default_factory" {
            let old = d.factory.replace(x);
            drop(old);
            return Ok(());
        }
    }
    // A named tuple's fields are read-only, as its `_tuplegetter`s are.
    if let Value::Tuple(t) = v {
        if t.class.as_ref().is_some_and(|c| {
            crate::types::namedtuple::fields(c).is_some_and(|fs| fs.iter().any(|f| crate::ops::repr::str(f) == name))
        }) {
            return Err(PyErr::new(&crate::object::exc::ATTRIBUTE_ERROR, "can't set attribute"));
        }
    }
    match crate::types::class::setattr(v, name, x) {
        Some(r) => r,
        None => Err(PyErr::new(
            &crate::object::exc::ATTRIBUTE_ERROR,
            format!("'{}' object has no attribute '{name}'", v.type_name()),
        )),
    }
}

/// `value.name` for the attributes builtin values have.
pub fn getattr(v: &Value, name: &str) -> PyResult<Value> {
    if let Some(r) = crate::types::class::getattr(v, name) {
        return r;
    }
    if let Value::Func(f) = v {
        if let Some(x) = f.attrs.borrow().get(name) {
            return Ok(x.clone());
        }
    }
    if let Value::Native(n) = v {
        if let Some(r) = crate::types::native::getattr(v, n, name) {
            return r;
        }
    }
    if let Value::Module(m) = v {
        return crate::object::protocol::module_getattr(m, name);
    }
    match (v, name) {
        (Value::Exc(e), "args") => Ok(Value::Tuple(tuple::new(e.args.borrow().clone()))),
        (Value::Exc(e), "value") if crate::object::exc::exc_is(e, &crate::object::exc::STOP_ITERATION) => {
            Ok(e.args.borrow().first().cloned().unwrap_or(Value::None))
        }
        (Value::Exc(e), "__cause__") => Ok(e.cause.borrow().clone().map_or(Value::None, Value::Exc)),
        (Value::Exc(e), "__traceback__") if !e.attrs.borrow().contains_key(name) => Ok(crate::types::traceback::of(e)),
        (Value::Exc(e), "__context__") => Ok(e.context.borrow().clone().map_or(Value::None, Value::Exc)),
        (Value::Exc(e), "__suppress_context__") => Ok(Value::Bool(e.suppress_context.get())),
        (Value::Exc(e), _) if e.attrs.borrow().contains_key(name) => Ok(e.attrs.borrow()[name].clone()),
        // The attributes the program set (a copy: writes into it are refused at build time).
        (Value::Exc(e), "__dict__") => {
            let d = crate::types::dict::new();
            use crate::object::exc as x;
            // The fields CPython keeps in the exception itself, not its `__dict__`.
            let fields: &[(&x::TypeObj, &[&str])] = &[
                (&x::OS_ERROR, &["errno", "strerror", "filename", "filename2"]),
                (&x::SYNTAX_ERROR, &["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset"]),
                (&x::UNICODE_ERROR, &["encoding", "object", "start", "end", "reason"]),
                (&x::IMPORT_ERROR, &["msg", "name", "path"]),
                (&x::ATTRIBUTE_ERROR, &["name", "obj"]),
                (&x::NAME_ERROR, &["name"]),
            ];
            let own =
                |k: &str| k == "__traceback__" || fields.iter().any(|(t, names)| x::exc_is(e, t) && names.contains(&k));
            for (k, x) in e.attrs.borrow().iter().filter(|(k, _)| !own(k)) {
                crate::types::dict::setitem(&d, Value::from_str(k), x.clone())?;
            }
            Ok(Value::Dict(d))
        }
        (Value::Exc(e), "errno" | "strerror" | "filename" | "filename2")
            if crate::object::exc::exc_is(e, &crate::object::exc::OS_ERROR) =>
        {
            Ok(Value::None)
        }
        (Value::Exc(e), "code") if crate::object::exc::exc_is(e, &crate::object::exc::SYSTEM_EXIT) => {
            let a = e.args.borrow();
            Ok(match a.len() {
                0 => Value::None,
                1 => a[0].clone(),
                _ => Value::Tuple(tuple::new(a.clone())),
            })
        }
        (Value::Int(_) | Value::Big(_) | Value::Bool(_), "real" | "numerator") => Ok(Value::from_int(v.to_int()?)),
        (Value::Int(_) | Value::Big(_) | Value::Bool(_), "imag") => Ok(Value::Int(0)),
        (Value::Int(_) | Value::Big(_) | Value::Bool(_), "denominator") => Ok(Value::Int(1)),
        (Value::Float(f), "real") => Ok(Value::Float(*f)),
        (Value::Float(_), "imag") => Ok(Value::Float(0.0)),
        (Value::Range(r), "start") => Ok(Value::from_int(r.parts().0)),
        (Value::Range(r), "stop") => Ok(Value::from_int(r.parts().1)),
        (Value::Range(r), "step") => Ok(Value::from_int(r.parts().2)),
        (Value::Iter(_), "__next__" | "__iter__") => {
            Ok(crate::types::native::new(crate::types::native::NativeObj::BoundMethod {
                recv: v.clone(),
                name: name.to_string(),
            }))
        }
        (Value::Type(t), "__name__" | "__qualname__") => Ok(Value::from_str(pyaot_registry::names::short_name(t.name))),
        (Value::Type(_), "__mro__") => Ok(Value::Tuple(tuple::new(crate::types::class::full_mro(v)))),
        (Value::Type(_), "__bases__") => Ok(Value::Tuple(tuple::new(crate::types::class::bases_of(v)))),
        (Value::Type(_), "__base__") => Ok(crate::types::class::bases_of(v).into_iter().next().unwrap_or(Value::None)),
        // `str.upper`, `list.append`: methods taking the receiver first;
        // `dict.fromkeys`, `str.maketrans`, `bytes.fromhex` are bound to the class.
        (Value::Type(t), "fromkeys" | "maketrans" | "fromhex" | "from_bytes")
            if matches!(
                (t.name, name),
                ("dict" | "collections.OrderedDict" | "collections.defaultdict" | "collections.Counter", "fromkeys")
                    | ("str" | "bytes" | "bytearray", "maketrans")
                    | ("bytes" | "bytearray" | "float", "fromhex")
                    | ("int", "from_bytes")
            ) =>
        {
            Ok(crate::types::native::new(crate::types::native::NativeObj::BoundMethod {
                recv: v.clone(),
                name: name.to_string(),
            }))
        }
        (Value::Type(t), _) if methods::has(t.name, name) || type_has_dunder(t.name, name) => {
            Ok(crate::types::native::new(crate::types::native::NativeObj::UnboundMethod {
                ty: t.name,
                name: name.to_string(),
            }))
        }
        // `Exception.__init__(self, msg)` in a subclass's `__init__`.
        (Value::Type(t), "__init__") if t.is_subclass(&crate::object::exc::BASE_EXCEPTION) => {
            Ok(crate::types::func::builtin("BaseException.__init__"))
        }
        (Value::Type(t), "__init__") if pyaot_registry::classes::MUTABLE_BASES.contains(&t.name) => {
            Ok(crate::types::func::builtin(&format!("{}.__init__", t.name)))
        }
        (Value::Type(t), "__new__") if pyaot_registry::classes::SUBCLASSABLE.contains(&t.name) => {
            Ok(crate::types::native::new(crate::types::native::NativeObj::UnboundMethod {
                ty: t.name,
                name: name.to_string(),
            }))
        }
        // `object.__new__(cls)`, `object.__init__(self)`, `__hash__ = object.__hash__`.
        (
            Value::Type(t),
            "__new__" | "__init__" | "__init_subclass__" | "__setattr__" | "__delattr__" | "__getattribute__"
            | "__repr__" | "__str__" | "__eq__" | "__ne__" | "__hash__",
        ) if t.name == "object" => Ok(crate::types::func::builtin(&format!("object.{name}"))),
        (Value::Type(t), "__module__") => Ok(Value::from_str(t.name.rsplit_once('.').map_or("builtins", |(m, _)| m))),
        (Value::Native(_), _)
            if crate::types::slice::parts(v).and_then(|p| crate::types::slice::attr(p, name)).is_some() =>
        {
            Ok(crate::types::slice::parts(v).and_then(|p| crate::types::slice::attr(p, name)).unwrap())
        }
        (Value::Native(_), "indices") if crate::types::slice::parts(v).is_some() => {
            Ok(crate::types::native::new(crate::types::native::NativeObj::BoundMethod {
                recv: v.clone(),
                name: name.to_string(),
            }))
        }
        (Value::Dict(d), _) if crate::types::dictkind::attr(d, name).is_some() => {
            Ok(crate::types::dictkind::attr(d, name).unwrap())
        }
        (Value::Deque(d), "maxlen") => Ok(d.maxlen.map_or(Value::None, |m| Value::Int(m as i64))),
        (Value::Method(m), "__func__") => Ok(m.func.clone()),
        (Value::Method(m), "__self__") => Ok(m.recv.clone()),
        // Other attributes of a bound method are its function's.
        (Value::Method(m), _)
            if !name.starts_with("__")
                || matches!(
                    name,
                    "__name__"
                        | "__qualname__"
                        | "__doc__"
                        | "__module__"
                        | "__annotations__"
                        | "__defaults__"
                        | "__kwdefaults__"
                        | "__wrapped__"
                ) =>
        {
            crate::object::protocol::getattr(&m.func, name)
        }
        (Value::Func(f), "__name__") => Ok(Value::from_str(&f.name)),
        (Value::Func(f), "__qualname__") => Ok(Value::from_str(&f.qualname)),
        (Value::Func(_), "__module__") => Ok(Value::from_str("__main__")),
        (Value::Func(_), "__doc__") => Ok(Value::None),
        (Value::Func(f), "__defaults__") => {
            Ok(if f.defaults.is_empty() { Value::None } else { Value::Tuple(tuple::new(f.defaults.clone())) })
        }
        (Value::Func(f), "__kwdefaults__") => {
            if f.kwdefaults.is_empty() {
                return Ok(Value::None);
            }
            let d = crate::types::dict::new();
            for (k, x) in &f.kwdefaults {
                crate::types::dict::setitem(&d, Value::from_str(k), x.clone())?;
            }
            Ok(Value::Dict(d))
        }
        // Made on first use, as CPython's (a `def` with annotations has its own).
        (Value::Func(f), "__annotations__") => {
            let d = Value::Dict(crate::types::dict::new());
            f.attrs.borrow_mut().insert(name.to_string(), d.clone());
            Ok(d)
        }
        (Value::Func(f), "__code__") => Err(PyErr::new(
            &crate::object::exc::ATTRIBUTE_ERROR,
            format!("pyaot functions have no code objects ('{}'.__code__)", f.name),
        )),
        (Value::Func(f), "__dict__") => {
            let d = crate::types::dict::new();
            // The names a function keeps in its own fields in CPython are not in `__dict__`.
            let fields = [
                "__doc__",
                "__name__",
                "__qualname__",
                "__module__",
                "__defaults__",
                "__kwdefaults__",
                "__annotations__",
            ];
            for (k, x) in f.attrs.borrow().iter().filter(|(k, _)| !fields.contains(&k.as_str())) {
                crate::types::dict::setitem(&d, Value::from_str(k), x.clone())?;
            }
            Ok(Value::Dict(d))
        }
        (Value::Builtin(n), "__name__") => Ok(Value::from_str(pyaot_registry::names::short_name(n))),
        (Value::Builtin(n), "from_iterable") if **n == "itertools.chain" => {
            Ok(crate::types::func::builtin("itertools.chain.from_iterable"))
        }
        (_, "__class__") => Ok(Value::Type(crate::types::typeobj::type_of(v))),
        _ if is_builtin_method(v, name) => {
            Ok(crate::types::native::new(crate::types::native::NativeObj::BoundMethod {
                recv: v.clone(),
                name: name.to_string(),
            }))
        }
        _ => Err(no_attr(v, name)),
    }
}
