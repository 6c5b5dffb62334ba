//! Builtin functions over dynamic values. Statically typed calls usually
//! reach a specialised function in the type's own module instead; these are
//! the general versions, each with CPython's errors.

mod classes;
mod import;
mod iterables;
mod numeric;
mod print;

use crate::object::exc::{self, PyErr, PyResult};
use crate::object::value::Value;
use crate::ops;
use crate::types::int::{self, Int};
use crate::types::iter;
use crate::types::list::{self, List};
use crate::types::str::Str;
pub use classes::*;
pub use iterables::*;
pub use numeric::*;
pub use print::*;

pub use crate::types::args::{arg_type_name, arity, check_arity, check_keywords};
pub use crate::types::func::{builtin as function, callable};
pub use crate::types::typeobj::type_object as type_of;
pub use crate::types::{dict::from_iterable as to_dict, set::from_iterable as to_set};

/// Positional arguments followed by the values of keyword arguments, as
/// calls take them.
fn args_with_kw(mut args: Vec<Value>, kwargs: Vec<(&str, Value)>) -> Vec<Value> {
    args.extend(kwargs.into_iter().map(|(_, v)| v));
    args
}

/// Builtins whose parameters may be passed by keyword, by position.
const KEYWORD_PARAMS: &[(&str, &[&str])] =
    &[("round", &["number", "ndigits"]), ("pow", &["base", "exp", "mod"]), ("enumerate", &["iterable", "start"])];

/// Moves the keyword arguments of the builtins in [`KEYWORD_PARAMS`] to
/// their positions (with CPython's errors for a clash or a gap).
fn keywords_to_positions<'k>(name: &str, args: Vec<Value>, kw: &[&'k str]) -> PyResult<(Vec<Value>, Vec<&'k str>)> {
    if kw.is_empty() {
        return Ok((args, Vec::new()));
    }
    let Some((_, params)) = KEYWORD_PARAMS.iter().find(|(n, _)| *n == name) else {
        return Ok((args, kw.to_vec()));
    };
    let n = args.len() - kw.len();
    let mut slots: Vec<Option<Value>> = args[..n].iter().cloned().map(Some).collect();
    let mut rest = Vec::new();
    let mut rest_kw = Vec::new();
    for (k, v) in kw.iter().zip(&args[n..]) {
        match params.iter().position(|p| p == k) {
            Some(j) if j < n => {
                return Err(PyErr::type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    j + 1
                )))
            }
            Some(j) => {
                if slots.len() <= j {
                    slots.resize(j + 1, None);
                }
                slots[j] = Some(v.clone());
            }
            None => {
                rest.push(v.clone());
                rest_kw.push(*k);
            }
        }
    }
    let mut out = Vec::with_capacity(slots.len() + rest.len());
    for (j, s) in slots.into_iter().enumerate() {
        match s {
            Some(v) => out.push(v),
            None => {
                return Err(PyErr::type_error(format!(
                    "{name}() missing required argument '{}' (pos {})",
                    params[j],
                    j + 1
                )))
            }
        }
    }
    out.extend(rest);
    Ok((out, rest_kw))
}

/// The arguments of `name` in the slots `keys` name, given by position
/// (`a`) or by name (`take_kw`); CPython's error for one given both ways.
fn by_position_or_name(
    name: &str,
    a: &[Value],
    keys: &[&str],
    take_kw: &dyn Fn(&str) -> Option<Value>,
) -> PyResult<Vec<Option<Value>>> {
    let mut slots: Vec<Option<Value>> = (0..keys.len()).map(|i| a.get(i).cloned()).collect();
    for (i, k) in keys.iter().enumerate() {
        if let Some(v) = take_kw(k) {
            if slots[i].is_some() {
                return Err(PyErr::type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            slots[i] = Some(v);
        }
    }
    Ok(slots)
}

/// Calls a builtin function or class by name. `args` holds the positional
/// arguments followed by the values of the keyword arguments named in `kw`.
pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    // Module functions (`random.randint`) check their own arguments.
    let builtin = !name.contains('.');
    if builtin {
        check_keywords("", name, kw.len())?;
    }
    let (mut args, kw) = keywords_to_positions(name, args, kw)?;
    let kw = &kw[..];
    if builtin {
        check_arity("", name, args.len() - kw.len())?;
    }
    let kwvals = args.split_off(args.len() - kw.len());
    let kwargs: Vec<(&str, Value)> = kw.iter().copied().zip(kwvals).collect();
    let take_kw = |k: &str| kwargs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.clone());
    let known = |allowed: &[&str]| -> PyResult<()> {
        for (k, _) in &kwargs {
            if !allowed.contains(k) {
                return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
            }
        }
        Ok(())
    };
    // Exception classes are the capitalized names.
    if let Some(t) = name.starts_with(|c: char| c.is_ascii_uppercase()).then(|| exc::lookup(name)).flatten() {
        known(&[])?;
        if let Some(made) = crate::types::codec::handler::construct(t, &args) {
            return made.map(Value::Exc);
        }
        return Ok(Value::Exc(crate::types::exception::new_builtin(t, args)));
    }
    let a = &args;
    Ok(match name {
        "int" => {
            known(&["base"])?;
            match (a.len(), take_kw("base")) {
                (0, None) => Value::Int(0),
                (1, None) => Value::from_int(to_int(&a[0])?),
                (1, Some(b)) => Value::from_int(to_int_base(&a[0], &b.to_int()?)?),
                (2, None) => Value::from_int(to_int_base(&a[0], &a[1].to_int()?)?),
                _ => return Err(PyErr::type_error("int() takes at most 2 arguments")),
            }
        }
        "object" => {
            if !a.is_empty() || !kwargs.is_empty() {
                return Err(PyErr::type_error("object() takes no arguments"));
            }
            crate::types::native::new(crate::types::native::NativeObj::Object)
        }
        "complex" => {
            known(&["real", "imag"])?;
            if a.len() + kwargs.len() > 2 {
                return Err(PyErr::type_error(format!(
                    "complex() takes at most 2 arguments ({} given)",
                    a.len() + kwargs.len()
                )));
            }
            let real = a.first().cloned().or_else(|| take_kw("real"));
            if a.len() == 1 && take_kw("real").is_some() {
                return Err(PyErr::type_error("argument for complex() given by name ('real') and position (1)"));
            }
            let imag = a.get(1).cloned().or_else(|| take_kw("imag"));
            crate::types::complex::construct(real.as_ref(), imag.as_ref())?
        }
        "float" => {
            known(&[])?;
            arity("float", a, 0, 1)?;
            Value::Float(if a.is_empty() { 0.0 } else { to_float(&a[0])? })
        }
        "str" => {
            known(&["object", "encoding", "errors"])?;
            arity("str", a, 0, 3)?;
            let slots = by_position_or_name("str", a, &["object", "encoding", "errors"], &take_kw)?;
            let codec_arg = |i: usize, key: &str, default: &str| -> PyResult<String> {
                match &slots[i] {
                    None => Ok(default.to_string()),
                    Some(Value::Str(s)) => Ok(s.as_str().to_string()),
                    Some(other) => {
                        Err(PyErr::type_error(format!("str() argument '{key}' must be str, not {}", other.type_name())))
                    }
                }
            };
            match &slots[..] {
                [None, None, None] => Value::Str(crate::types::str::new("")),
                [Some(v), None, None] => Value::Str(crate::ops::repr::to_str_checked(v)?),
                [object, ..] => {
                    let encoding = codec_arg(1, "encoding", "utf-8")?;
                    let errors = codec_arg(2, "errors", "strict")?;
                    let data = match object {
                        None => Vec::new(),
                        Some(Value::Bytes(b)) => b.data.to_vec(),
                        Some(Value::ByteArray(b)) => b.data.borrow().clone(),
                        Some(Value::Str(_)) => return Err(PyErr::type_error("decoding str is not supported")),
                        Some(other) => {
                            return Err(PyErr::type_error(format!(
                                "decoding to str: need a bytes-like object, {} found",
                                other.type_name()
                            )))
                        }
                    };
                    Value::Str(crate::types::codec::decode(&data, &encoding, &errors)?.into_str())
                }
                [] => unreachable!("str() has three argument slots"),
            }
        }
        "bytes" | "bytearray" => {
            known(&["source", "encoding", "errors"])?;
            arity(name, a, 0, 3)?;
            let slots = by_position_or_name(name, a, &["source", "encoding", "errors"], &take_kw)?;
            let made = match (&slots[0], &slots[1], &slots[2]) {
                (Some(Value::Str(s)), Some(enc), errors) => {
                    let errors = errors.as_ref().map(crate::ops::repr::str).unwrap_or_else(|| "strict".into());
                    crate::types::codec::encode_text(s, &crate::ops::repr::str(enc), &errors)?
                }
                (Some(Value::Str(_)), None, _) => return Err(PyErr::type_error("string argument without an encoding")),
                (_, Some(_), _) => return Err(PyErr::type_error("encoding without a string argument")),
                (_, None, Some(_)) => return Err(PyErr::type_error("errors without a string argument")),
                (first, None, None) => crate::types::bytes::construct(first.as_ref()).map_err(|e| {
                    let msg = crate::types::exception::exc_str(&e.0).replace("bytes", name);
                    PyErr::new(e.0.ty, msg)
                })?,
            };
            match name {
                "bytes" => Value::Bytes(made),
                _ => crate::types::bytearray::from_vec(made.data.to_vec()),
            }
        }
        "bool" => {
            arity("bool", a, 0, 1)?;
            Value::Bool(match a.first() {
                Some(v) => crate::object::value::truthy_checked(v)?,
                None => false,
            })
        }
        "repr" => {
            arity("repr", a, 1, 1)?;
            Value::Str(crate::ops::repr::repr_str_checked(&a[0])?)
        }
        "ascii" => {
            arity("ascii", a, 1, 1)?;
            Value::Str(crate::ops::repr::ascii_str_checked(&a[0])?)
        }
        "abs" => {
            arity("abs", a, 1, 1)?;
            ops::abs(&a[0])?
        }
        "round" => {
            known(&["ndigits"])?;
            let nd = a.get(1).cloned().or_else(|| take_kw("ndigits"));
            if crate::types::class::class_of(&a[0]).is_some() {
                let args = nd.iter().filter(|n| !n.is_none()).cloned().collect();
                if let Some(r) = crate::types::class::call_special(&a[0], "__round__", || args) {
                    return r;
                }
                if let Some(b) = crate::types::class::base_value(&a[0]) {
                    return call("round", [vec![b], nd.into_iter().collect()].concat(), &[]);
                }
                return Err(PyErr::type_error(format!("type {} doesn't define __round__ method", a[0].type_name())));
            }
            match nd {
                None | Some(Value::None) => Value::from_int(round(&a[0])?),
                Some(n) => round_digits(&a[0], &n.to_int()?)?,
            }
        }
        "divmod" => {
            arity("divmod", a, 2, 2)?;
            divmod(&a[0], &a[1])?
        }
        "pow" => {
            arity("pow", a, 2, 3)?;
            // `pow(a, b, None)` is `a ** b`.
            if a.len() == 3 && !matches!(a[2], Value::None) {
                if crate::types::class::class_of(&a[0]).is_some() {
                    // A class's own three-argument `__pow__` (decimal's).
                    let r =
                        crate::object::protocol::call_method(&a[0], "__pow__", vec![a[1].clone(), a[2].clone()], &[])?;
                    if !crate::types::native::is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
                Value::from_int(pow3(&a[0], &a[1], &a[2])?)
            } else {
                ops::binary(ops::BinOp::Pow, &a[0], &a[1])?
            }
        }
        "bin" => Value::Str(bin(&a[0])?),
        "hex" => Value::Str(hex(&a[0])?),
        "oct" => Value::Str(oct(&a[0])?),
        "ord" => match &a[0] {
            Value::Str(s) => Value::from_int(crate::types::str::ord(s)?),
            // A bytes or bytearray of one byte: its value.
            b @ (Value::Bytes(_) | Value::ByteArray(_)) => {
                let data = ops::bytes_like(b).unwrap_or_default();
                match data[..] {
                    [x] => Value::Int(i64::from(x)),
                    _ => {
                        return Err(PyErr::type_error(format!(
                            "ord() expected a character, but string of length {} found",
                            data.len()
                        )))
                    }
                }
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "ord() expected string of length 1, but {} found",
                    other.type_name()
                )))
            }
        },
        "chr" => Value::Str(crate::types::str::chr(&int_arg(&a[0])?)?),
        "len" => Value::from_int(ops::len(&a[0])?),
        "min" | "max" => {
            known(&["default", "key"])?;
            let want_max = name == "max";
            if a.is_empty() {
                return Err(PyErr::type_error(format!("{name} expected at least 1 argument, got 0")));
            }
            let items = if a.len() == 1 { iter::collect(&a[0])? } else { a.clone() };
            min_max_keyed(items, want_max, take_kw("default"), take_kw("key").as_ref())?
        }
        "sum" => {
            known(&["start"])?;
            arity("sum", a, 1, 2)?;
            let start = a.get(1).cloned().or_else(|| take_kw("start")).unwrap_or(Value::Int(0));
            match &start {
                Value::Str(_) => return Err(PyErr::type_error("sum() can't sum strings [use ''.join(seq) instead]")),
                Value::Bytes(_) => return Err(PyErr::type_error("sum() can't sum bytes [use b''.join(seq) instead]")),
                Value::ByteArray(_) => {
                    return Err(PyErr::type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
                }
                _ => {}
            }
            sum(&a[0], start)?
        }
        "sorted" => {
            known(&["key", "reverse"])?;
            arity("sorted", a, 1, 1)?;
            let rev = take_kw("reverse").is_some_and(|v| v.truthy());
            let mut items = iter::collect(&a[0])?;
            list::sort_keyed(&mut items, take_kw("key").as_ref(), rev)?;
            Value::List(list::from_vec(items))
        }
        "reversed" if matches!(a[0], Value::Instance(_) | Value::Class(_)) => {
            match crate::types::class::call_special(&a[0], "__reversed__", Vec::new) {
                Some(r) => r?,
                None => Value::Iter(iter::reversed(&a[0])?),
            }
        }
        "reversed" => Value::Iter(iter::reversed(&a[0])?),
        "enumerate" => {
            known(&["start"])?;
            let start = a.get(1).cloned().or_else(|| take_kw("start")).unwrap_or(Value::Int(0));
            Value::Iter(iter::enumerate(&a[0], start.to_int()?)?)
        }
        "zip" => Value::Iter(iter::zip(a)?),
        "property" | "classmethod" | "staticmethod" => crate::types::class::new_descr(name, a)?,
        "issubclass" => {
            arity("issubclass", a, 2, 2)?;
            Value::Bool(issubclass(&a[0], &a[1])?)
        }
        "BaseException.__init__" => {
            if let Value::Exc(e) = &a[0] {
                *e.args.borrow_mut() = a[1..].to_vec();
            }
            Value::None
        }
        "object.__init__" => {
            if a.len() > 1 {
                return Err(PyErr::type_error(
                    "object.__init__() takes exactly one argument (the instance to initialize)",
                ));
            }
            Value::None
        }
        "object.__new__" => match a.first() {
            // An instance of a class deriving from `int` needs its value.
            // CPython names the nearest class up the first bases whose
            // `__new__` is not written in Python.
            Some(Value::Class(c)) if c.builtin.is_some() => {
                let mut k = c.clone();
                let safe = loop {
                    if !k.dict.borrow().contains_key("__new__") {
                        break k.name;
                    }
                    match k.bases.first().cloned() {
                        Some(b) => k = b,
                        None => break c.builtin.unwrap().name,
                    }
                };
                return Err(PyErr::type_error(format!("object.__new__({}) is not safe, use {safe}.__new__()", c.name)));
            }
            Some(Value::Class(c)) => crate::types::class::bare_instance(c),
            _ => return Err(PyErr::type_error("object.__new__(X): X is not a type object")),
        },
        "object.__init_subclass__" => {
            if !kw.is_empty() {
                return Err(PyErr::type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    crate::ops::repr::str(&crate::ops::methods::getattr(&a[0], "__name__")?)
                )));
            }
            Value::None
        }
        "type.__new__" => return crate::types::class::type_new(args_with_kw(args, kwargs), kw),
        "type.__init__" => Value::None,
        "type.__call__" => match a.first() {
            Some(Value::Class(c)) => {
                let rest = args_with_kw(a[1..].to_vec(), kwargs);
                crate::types::class::instantiate(c, rest, kw)?
            }
            _ => return Err(PyErr::type_error("descriptor '__call__' requires a 'type' object")),
        },
        n if n.starts_with("object.") => return crate::ops::methods::object_method(&n[7..], a),
        "property.getter" | "property.setter" | "property.deleter" => match &a[0] {
            Value::Descr(d) => crate::types::class::descr_method(d, &name[9..], &a[1..])?,
            _ => unreachable!("bound to a property"),
        },
        "map" => {
            known(&[])?;
            if a.is_empty() {
                return Err(PyErr::type_error("map() must have at least two arguments."));
            }
            Value::Iter(iter::map(&a[0], &a[1..])?)
        }
        "filter" => {
            known(&[])?;
            if a.len() != 2 {
                return Err(PyErr::type_error(format!("filter expected 2 arguments, got {}", a.len())));
            }
            Value::Iter(iter::filter(&a[0], &a[1])?)
        }
        "any" => Value::Bool(any(&a[0])?),
        "all" => Value::Bool(all(&a[0])?),
        "list" => Value::List(if a.is_empty() { list::new() } else { to_list(&a[0])? }),
        "tuple" => Value::Tuple(if a.is_empty() { crate::types::tuple::new(vec![]) } else { to_tuple(&a[0])? }),
        "set" => Value::Set(if a.is_empty() { crate::types::set::new() } else { to_set(&a[0])? }),
        "frozenset" => Value::Set(if a.is_empty() {
            crate::types::set::freeze(crate::types::set::new())
        } else {
            crate::types::set::frozenset(&a[0])?
        }),
        "dict" => {
            let d = if a.is_empty() { crate::types::dict::new() } else { to_dict(&a[0])? };
            for (k, v) in &kwargs {
                crate::types::dict::setitem(&d, Value::from_str(k), v.clone())?;
            }
            Value::Dict(d)
        }
        "range" => {
            arity("range", a, 1, 3)?;
            let ints: Vec<Int> = a.iter().map(int_arg).collect::<PyResult<_>>()?;
            let r = match ints.len() {
                1 => crate::types::range::new(&Int::Small(0), &ints[0], &Int::Small(1))?,
                2 => crate::types::range::new(&ints[0], &ints[1], &Int::Small(1))?,
                _ => crate::types::range::new(&ints[0], &ints[1], &ints[2])?,
            };
            Value::Range(r)
        }
        "isinstance" => Value::Bool(isinstance(&a[0], &a[1])?),
        "input" => Value::Str(input(a.first())?),
        "iter" if a.len() == 2 => {
            // `iter(f, sentinel)`: calls f until it returns the sentinel.
            if !callable(&a[0]) {
                return Err(PyErr::type_error("iter(v, w): v must be callable"));
            }
            let (f, sentinel) = (a[0].clone(), a[1].clone());
            let done = std::cell::Cell::new(false);
            // `f` may call next() on this very iterator: the step is re-entrant.
            iter::reentrant("callable_iterator", move || {
                if done.get() {
                    return Ok(None);
                }
                // StopIteration from the callable ends the iteration too.
                let v = match crate::types::func::call(&f, Vec::new(), &[]) {
                    Err(e) if e.matches(&exc::STOP_ITERATION) => {
                        done.set(true);
                        return Ok(None);
                    }
                    r => r?,
                };
                if done.get() {
                    return Ok(None);
                }
                if crate::ops::eq(&sentinel, &v)? {
                    done.set(true);
                    return Ok(None);
                }
                Ok(Some(v))
            })
        }
        "iter" if matches!(a[0], Value::Gen(_)) => a[0].clone(),
        // An instance's `__iter__` result is returned as it is when it is an
        // iterator (`iter(it) is it` for an iterator returning itself).
        "iter" if matches!(a[0], Value::Instance(_) | Value::Class(_)) => {
            match crate::types::class::call_special(&a[0], "__iter__", Vec::new) {
                Some(r) => {
                    let it = r?;
                    if matches!(it, Value::Gen(_) | Value::Iter(_))
                        || crate::types::class::special(&it, "__next__").is_some()
                    {
                        it
                    } else {
                        Value::Iter(iter::iter(&a[0])?)
                    }
                }
                None => Value::Iter(iter::iter(&a[0])?),
            }
        }
        "iter" => Value::Iter(iter::iter(&a[0])?),
        "next" => next(&a[0], a.get(1))?,
        "id" => Value::Int(a[0].id()),
        "hash" => Value::Int(crate::ops::hash::hash(&a[0])?),
        "format" => {
            let spec = match a.get(1) {
                Some(Value::Str(s)) => s.clone(),
                None => crate::types::str::new(""),
                Some(other) => {
                    let what = if other.is_none() { "None" } else { other.type_name() };
                    return Err(PyErr::type_error(format!("format() argument 2 must be str, not {what}")));
                }
            };
            Value::Str(crate::ops::fmt::format_to_str(&a[0], &spec)?)
        }
        "getattr" | "setattr" | "hasattr" | "delattr" => {
            known(&[])?;
            let (lo, hi) = match name {
                "getattr" => (2, 3),
                "setattr" => (3, 3),
                _ => (2, 2),
            };
            arity(name, a, lo, hi)?;
            let attr = match &a[1] {
                Value::Str(s) => s.as_str().to_string(),
                other => {
                    return Err(PyErr::type_error(format!(
                        "attribute name must be string, not '{}'",
                        other.type_name()
                    )))
                }
            };
            match name {
                "getattr" => match crate::ops::methods::getattr(&a[0], &attr) {
                    Err(e) if a.len() == 3 && std::ptr::eq(e.0.ty, &exc::ATTRIBUTE_ERROR) => a[2].clone(),
                    r => r?,
                },
                "hasattr" => match crate::ops::methods::getattr(&a[0], &attr) {
                    Ok(_) => Value::Bool(true),
                    Err(e) if exc::exc_is(&e.0, &exc::ATTRIBUTE_ERROR) => Value::Bool(false),
                    Err(e) => return Err(e),
                },
                "setattr" => {
                    crate::ops::methods::setattr(&a[0], &attr, a[2].clone())?;
                    Value::None
                }
                _ => {
                    crate::types::class::delattr(&a[0], &attr)?;
                    Value::None
                }
            }
        }
        "vars" => {
            known(&[])?;
            arity("vars", a, 1, 1)?;
            crate::ops::methods::getattr(&a[0], "__dict__")
                .map_err(|_| PyErr::type_error("vars() argument must have __dict__ attribute"))?
        }
        "__import__" => return import::dunder_import(a, &kwargs),
        "list.__init__" | "dict.__init__" | "set.__init__" => {
            let ty = match name {
                "list.__init__" => "list",
                "dict.__init__" => "dict",
                _ => "set",
            };
            let names: Vec<&str> = kwargs.iter().map(|(k, _)| *k).collect();
            return crate::types::class::builtin_init(ty, args_with_kw(args.clone(), kwargs.clone()), &names);
        }
        "callable" => {
            known(&[])?;
            arity("callable", a, 1, 1)?;
            Value::Bool(callable(&a[0]))
        }
        "slice" => {
            known(&[])?;
            crate::types::slice::construct(a)?
        }
        "type" if a.len() == 3 => {
            let names: Vec<&str> = kwargs.iter().map(|(k, _)| *k).collect();
            let mut all = args;
            all.extend(kwargs.iter().map(|(_, v)| v.clone()));
            return crate::types::class::type_call3(all, &names);
        }
        "type" => {
            if !kwargs.is_empty() {
                return Err(PyErr::type_error("type() takes no keyword arguments"));
            }
            if a.len() != 1 {
                return Err(PyErr::type_error("type() takes 1 or 3 arguments"));
            }
            type_of(&a[0])
        }
        // `types.SimpleNamespace(a=1)`: the class is `type(sys.implementation)`.
        "types.SimpleNamespace" => {
            if !a.is_empty() {
                return Err(PyErr::type_error("no positional arguments expected"));
            }
            crate::types::namespace::new(kwargs.clone())
        }
        "module" => {
            // CPython's argument checks, in its order; a well-formed call
            // makes a module, which pyaot does not do at run time.
            if a.len() + kwargs.len() > 2 {
                return Err(PyErr::type_error(format!(
                    "module() takes at most 2 arguments ({} given)",
                    a.len() + kwargs.len()
                )));
            }
            let module_name = a.first().cloned().or_else(|| take_kw("name"));
            let Some(module_name) = module_name else {
                return Err(PyErr::type_error("module() missing required argument 'name' (pos 1)"));
            };
            if let Some((k, _)) = kwargs.iter().find(|(k, _)| !["name", "doc"].contains(k)) {
                return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for module()")));
            }
            if !matches!(module_name, Value::Str(_)) {
                return Err(PyErr::type_error(format!(
                    "module() argument 'name' must be str, not {}",
                    module_name.type_name()
                )));
            }
            return crate::types::exception::unreachable("making a module object at run time");
        }
        // `types.MethodType(func, obj)`: `func` bound to `obj`.
        "method" => {
            if !kwargs.is_empty() {
                return Err(PyErr::type_error("method() takes no keyword arguments"));
            }
            let [func, obj] = &a[..] else {
                return Err(PyErr::type_error(format!("method expected 2 arguments, got {}", a.len())));
            };
            if !crate::types::func::callable(func) {
                return Err(PyErr::type_error("first argument must be callable"));
            }
            if matches!(obj, Value::None) {
                return Err(PyErr::type_error("instance must not be None"));
            }
            Value::Method(crate::types::class::MethodObj::new(func.clone(), obj.clone()))
        }
        "print" => {
            known(&["sep", "end", "file", "flush"])?;
            let str_kw = |k: &str| match take_kw(k) {
                Some(Value::Str(s)) => Ok(Some(s)),
                Some(Value::None) | None => Ok(None),
                Some(other) => {
                    Err(PyErr::type_error(format!("{k} must be None or a string, not {}", other.type_name())))
                }
            };
            let (sep, end) = (str_kw("sep")?, str_kw("end")?);
            let file = take_kw("file").unwrap_or(Value::None);
            let flush = take_kw("flush").map(|f| f.truthy()).unwrap_or(false);
            print_to(&file, a, sep.as_ref(), end.as_ref())?;
            if flush {
                if crate::types::stream::is_std(&file) {
                    crate::object::stdio::flush_stdout();
                } else {
                    crate::ops::methods::call(&file, "flush", Vec::new(), &[])?;
                }
            }
            Value::None
        }
        _ => return Err(PyErr::new(&exc::NAME_ERROR, format!("name '{name}' is not defined"))),
    })
}

/// `next(it)` and `next(it, default)`: the iterator's next item, else the
/// default, else StopIteration.
pub fn next(it: &Value, default: Option<&Value>) -> PyResult<Value> {
    let stopped = |e: PyErr| match default {
        Some(d) if e.matches(&exc::STOP_ITERATION) => Ok(d.clone()),
        _ => Err(e),
    };
    let it = match it {
        Value::Iter(it) => it,
        Value::Gen(g) => return crate::types::gen::send(g, Value::None).or_else(stopped),
        Value::Instance(_) => match crate::types::class::call_special(it, "__next__", Vec::new) {
            Some(r) => return r.or_else(stopped),
            None => return Err(PyErr::type_error(format!("'{}' object is not an iterator", it.type_name()))),
        },
        other => return Err(PyErr::type_error(format!("'{}' object is not an iterator", other.type_name()))),
    };
    match iter::next(it)? {
        Some(v) => Ok(v),
        None => match default {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::empty(&exc::STOP_ITERATION)),
        },
    }
}

/// `next(it)`, called directly by compiled code.
pub fn next1(it: &Value) -> PyResult<Value> {
    next(it, None)
}

/// `next(it, default)`, called directly by compiled code.
pub fn next2(it: &Value, default: &Value) -> PyResult<Value> {
    next(it, Some(default))
}

#[cfg(test)]
mod arity_tests {
    #[test]
    fn the_table_is_sorted_for_binary_search() {
        let t = crate::types::arity_table::ARITY;
        assert!(t.windows(2).all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1)));
    }
}
