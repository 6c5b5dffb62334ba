//! Methods of the builtin types, dispatched by name on a dynamic receiver.
//!
//! The compiler knows each method's result type statically (its own
//! table); this module implements them once for every receiver, so a
//! method call works whether or not inference typed the receiver.

use crate::builtins;
use crate::object::exc::{PyErr, PyResult, ATTRIBUTE_ERROR};
use crate::object::value::Value;
use crate::types::iter;
use crate::types::str::{self as pystr, Str};
use crate::{ops::fmt, types::dict, types::list, types::set, types::tuple};

fn no_attr(recv: &Value, name: &str) -> PyErr {
    if let Value::Type(t) = recv {
        return PyErr::new(&ATTRIBUTE_ERROR, format!("type object '{}' has no attribute '{name}'", t.name));
    }
    PyErr::new(&ATTRIBUTE_ERROR, format!("'{}' object has no attribute '{name}'", recv.type_name()))
}

fn want_str(v: &Value, what: &str) -> PyResult<Str> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(PyErr::type_error(format!("{what} must be str, not {}", other.type_name()))),
    }
}

fn opt_str(v: Option<&Value>, what: &str) -> PyResult<Option<Str>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => want_str(v, what).map(Some),
    }
}

fn opt_index(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(v.to_int()?.to_index()?)),
    }
}

fn argc(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        let msg = if min == max {
            format!("{name}() takes exactly {min} argument{} ({} given)", if min == 1 { "" } else { "s" }, args.len())
        } else if args.len() < min {
            format!("{name}() takes at least {min} argument{} ({} given)", if min == 1 { "" } else { "s" }, args.len())
        } else {
            format!("{name}() takes at most {max} arguments ({} given)", args.len())
        };
        return Err(PyErr::type_error(msg));
    }
    Ok(())
}

/// `recv.name(*args, **kw)`; `args` ends with the values of the keywords named in `kw`.
pub fn call(recv: &Value, name: &str, mut args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    // A method of an instance's class: called with the instance first,
    // without making a bound method.
    if let Value::Instance(i) = recv {
        if i.get(name).is_none() {
            if let Some(Value::Func(f)) = crate::types::class::lookup(&i.class, name) {
                args.insert(0, recv.clone());
                return crate::types::func::call_func(&f, args, kw);
            }
        }
    }
    let builtin_type = match recv {
        Value::Str(_) => Some("str"),
        Value::Bytes(_) => Some("bytes"),
        Value::ByteArray(_) => Some("bytearray"),
        Value::List(_) => Some("list"),
        Value::Tuple(t) if t.class.is_none() => Some("tuple"),
        // A `collections` dict's own methods check their arguments themselves.
        Value::Dict(d) if !crate::types::dictkind::has_method(d.kind, name) => Some("dict"),
        Value::Set(_) => Some("set"),
        Value::Int(_) | Value::Big(_) => Some("int"),
        Value::Float(_) => Some("float"),
        _ => None,
    };
    if let Some(t) = builtin_type {
        crate::builtins::check_keywords(t, name, kw.len())?;
        crate::builtins::check_arity(t, name, args.len() - kw.len())?;
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
        // `str.upper(s)`: the method taken from the type, called.
        if !matches!(name, "fromkeys" | "maketrans" | "fromhex" | "from_bytes")
            && (method_names(t.name).contains(&name) || (DUNDERS.contains(&name) && !method_names(t.name).is_empty()))
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
            crate::builtins::check_arity("dict", "fromkeys", args.len())?;
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
                        let other = builtins::to_dict(o)?;
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
            let other = |i: usize| -> PyResult<set::Set> { builtins::to_set(&a[i]) };
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
                    Value::Set(r)
                }
                "intersection" => Value::Set(set::intersection(s, &other(0)?)),
                "difference" => Value::Set(set::difference(s, &other(0)?)),
                "symmetric_difference" => Value::Set(set::symmetric_difference(s, &other(0)?)),
                "issubset" => Value::Bool(set::issubset(s, &other(0)?)),
                "issuperset" => Value::Bool(set::issubset(&other(0)?, s)),
                "isdisjoint" => Value::Bool(set::isdisjoint(s, &other(0)?)),
                _ => return Err(no_attr(recv, name)),
            })
        }
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => {
            let i = recv.to_int()?;
            Ok(match name {
                "bit_length" => Value::from_int(crate::types::int::bit_length(&i)),
                "bit_count" => Value::Int(i.to_big().magnitude().count_ones() as i64),
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

fn str_method(
    s: &Str,
    recv: &Value,
    name: &str,
    a: &[Value],
    kwargs: &[(&str, Value)],
    kwarg: &dyn Fn(&str) -> Option<Value>,
) -> PyResult<Value> {
    let sv = |x: Str| Ok(Value::Str(x));
    let arg_str = |i: usize, what: &str| -> PyResult<Str> {
        a.get(i)
            .ok_or_else(|| PyErr::type_error(format!("{name}() takes at least 1 argument (0 given)")))
            .and_then(|v| want_str(v, what))
    };
    match name {
        "upper" => sv(pystr::upper(s)),
        "lower" => sv(pystr::lower(s)),
        "casefold" => sv(pystr::casefold(s)),
        "swapcase" => sv(pystr::swapcase(s)),
        "capitalize" => sv(pystr::capitalize(s)),
        "title" => sv(pystr::title(s)),
        "strip" => sv(pystr::strip(s, opt_str(a.first(), "strip arg")?.as_ref())),
        "lstrip" => sv(pystr::lstrip(s, opt_str(a.first(), "lstrip arg")?.as_ref())),
        "rstrip" => sv(pystr::rstrip(s, opt_str(a.first(), "rstrip arg")?.as_ref())),
        "split" | "rsplit" => {
            let sep = a.first().cloned().or_else(|| kwarg("sep"));
            let sep = opt_str(sep.as_ref(), "must be str or None")?;
            let maxsplit = a.get(1).cloned().or_else(|| kwarg("maxsplit")).map(|v| v.to_int()).transpose()?;
            let m = maxsplit.map(|m| m.to_index()).transpose()?.unwrap_or(-1);
            let l =
                if name == "split" { pystr::split(s, sep.as_ref(), m)? } else { pystr::rsplit(s, sep.as_ref(), m)? };
            Ok(Value::List(l))
        }
        "splitlines" => {
            Ok(Value::List(pystr::splitlines(s, a.first().or(kwarg("keepends").as_ref()).is_some_and(|v| v.truthy()))))
        }
        "join" => sv(pystr::join(s, &iter::collect(&a[0])?)?),
        "replace" => {
            let count = opt_index(a.get(2))?.unwrap_or(-1);
            sv(pystr::replace(s, &arg_str(0, "replace() argument 1")?, &arg_str(1, "replace() argument 2")?, count))
        }
        "find" | "rfind" | "index" | "rindex" | "count" => {
            let sub = arg_str(0, "must be str")?;
            let (st, en) = (opt_index(a.get(1))?, opt_index(a.get(2))?);
            let r = match name {
                "find" => pystr::find(s, &sub, st, en),
                "rfind" => pystr::rfind(s, &sub, st, en),
                "index" => pystr::index(s, &sub, st, en)?,
                "rindex" => pystr::rindex(s, &sub, st, en)?,
                _ => pystr::count(s, &sub, st, en),
            };
            Ok(Value::from_int(r))
        }
        "startswith" | "endswith" => {
            let (st, en) = (opt_index(a.get(1))?, opt_index(a.get(2))?);
            let target = if st.is_some() || en.is_some() {
                // A window that starts past its end matches nothing, not even ''.
                let Some((lo, hi)) = crate::types::bytes::search_range(s.char_len(), st, en) else {
                    pystr::startswith_any(s, &a[0], false)?;
                    return Ok(Value::Bool(false));
                };
                pystr::new(s.substr(lo, hi))
            } else {
                s.clone()
            };
            Ok(Value::Bool(pystr::startswith_any(&target, &a[0], name == "endswith")?))
        }
        "isdigit" => Ok(Value::Bool(pystr::isdigit(s))),
        "isdecimal" => Ok(Value::Bool(pystr::isdecimal(s))),
        "isnumeric" => Ok(Value::Bool(pystr::isnumeric(s))),
        "isalpha" => Ok(Value::Bool(pystr::isalpha(s))),
        "isalnum" => Ok(Value::Bool(pystr::isalnum(s))),
        "isspace" => Ok(Value::Bool(pystr::isspace(s))),
        "isupper" => Ok(Value::Bool(pystr::isupper(s))),
        "islower" => Ok(Value::Bool(pystr::islower(s))),
        "istitle" => Ok(Value::Bool(pystr::istitle(s))),
        "isidentifier" => Ok(Value::Bool(pystr::isidentifier(s))),
        "isascii" => Ok(Value::Bool(s.as_str().is_ascii())),
        "center" | "ljust" | "rjust" => {
            let w = a[0].to_int()?;
            let fill = opt_str(a.get(1), "fill character")?;
            let r = match name {
                "center" => pystr::center(s, &w, fill.as_ref())?,
                "ljust" => pystr::ljust(s, &w, fill.as_ref())?,
                _ => pystr::rjust(s, &w, fill.as_ref())?,
            };
            sv(r)
        }
        "zfill" => sv(pystr::zfill(s, &a[0].to_int()?)?),
        "partition" => Ok(Value::Tuple(pystr::partition(s, &arg_str(0, "must be str")?, false)?)),
        "rpartition" => Ok(Value::Tuple(pystr::partition(s, &arg_str(0, "must be str")?, true)?)),
        "removeprefix" => sv(pystr::removeprefix(s, &arg_str(0, "must be str")?)),
        "removesuffix" => sv(pystr::removesuffix(s, &arg_str(0, "must be str")?)),
        "encode" => {
            argc(name, a, 0, 2)?;
            let (enc, errors) = codec_args("encode", a, kwarg)?;
            Ok(Value::Bytes(crate::types::bytes::encode(s.as_str(), &enc, &errors)?))
        }
        "format" => sv(format_method(s, a, kwargs)?),
        "format_map" => {
            argc(name, a, 1, 1)?;
            let Value::Dict(d) = &a[0] else {
                return Err(PyErr::type_error("format_map() argument must be a mapping"));
            };
            let items = d.items_vec();
            let mut kw = Vec::new();
            for (k, v) in &items {
                if let Value::Str(k) = k {
                    kw.push((k.as_str(), v.clone()));
                }
            }
            sv(format_method(s, &[], &kw)?)
        }
        "expandtabs" => {
            let size = match a.first().cloned().or_else(|| kwarg("tabsize")) {
                Some(v) => v.to_int()?.to_index()?,
                None => 8,
            };
            sv(pystr::from_string(expandtabs(s.as_str(), size)))
        }
        "isprintable" => Ok(Value::Bool(isprintable(s.as_str()))),
        "maketrans" => maketrans(a),
        "translate" => {
            argc(name, a, 1, 1)?;
            sv(pystr::from_string(translate(s.as_str(), &a[0])?))
        }
        _ => Err(no_attr(recv, name)),
    }
}

/// The `encoding` and `errors` arguments of `str.encode`/`bytes.decode`.
fn codec_args(method: &str, a: &[Value], kwarg: &dyn Fn(&str) -> Option<Value>) -> PyResult<(String, String)> {
    let get = |i: usize, key: &str, default: &str| -> PyResult<String> {
        match a.get(i).cloned().or_else(|| kwarg(key)) {
            None => Ok(default.to_string()),
            Some(v) => Ok(want_str(&v, &format!("{method}() argument '{key}'"))?.as_str().to_string()),
        }
    };
    Ok((get(0, "encoding", "utf-8")?, get(1, "errors", "strict")?))
}

pub fn bytes_method(
    data: &[u8],
    recv: &Value,
    name: &str,
    a: &[Value],
    kwarg: &dyn Fn(&str) -> Option<Value>,
) -> PyResult<Value> {
    use crate::types::bytes::{self as pybytes, arg};
    let bv = |v: Vec<u8>| Ok(Value::Bytes(pybytes::from_vec(v)));
    let one = |what: &str| -> PyResult<&Value> {
        a.first().ok_or_else(|| PyErr::type_error(format!("{what}() takes exactly one argument (0 given)")))
    };
    let is_ws = |c: &u8| c.is_ascii_whitespace() || *c == 0x0b;
    match name {
        "decode" => {
            argc(name, a, 0, 2)?;
            let (enc, errors) = codec_args("decode", a, kwarg)?;
            Ok(Value::Str(pystr::from_string(pybytes::decode(data, &enc, &errors)?)))
        }
        "hex" => {
            let sep = a.first().cloned().or_else(|| kwarg("sep"));
            let per = match a.get(1).cloned().or_else(|| kwarg("bytes_per_sep")) {
                Some(v) => v.to_int()?.to_index()?,
                None => 1,
            };
            let hex = pybytes::hex(data);
            let sep = match sep {
                None => return Ok(Value::Str(pystr::from_string(hex))),
                Some(Value::Str(s)) if s.char_len() == 1 => s.as_str().to_string(),
                Some(Value::Bytes(b)) if b.data.len() == 1 => (b.data[0] as char).to_string(),
                Some(Value::Str(_) | Value::Bytes(_)) => return Err(PyErr::value_error("sep must be length 1.")),
                Some(other) => {
                    return Err(PyErr::type_error(format!("sep must be str or bytes, not {}", other.type_name())))
                }
            };
            if !sep.is_ascii() {
                return Err(PyErr::value_error("sep must be ASCII."));
            }
            // Groups of `per` bytes counted from the right (from the left when negative).
            let n = per.unsigned_abs() as usize;
            let pairs: Vec<&str> = (0..data.len()).map(|i| &hex[2 * i..2 * i + 2]).collect();
            let mut out = String::new();
            for (i, p) in pairs.iter().enumerate() {
                let boundary = n > 0 && if per > 0 { (data.len() - i).is_multiple_of(n) } else { i.is_multiple_of(n) };
                if i > 0 && boundary {
                    out.push_str(&sep);
                }
                out.push_str(p);
            }
            Ok(Value::Str(pystr::from_string(out)))
        }
        "upper" => bv(data.to_ascii_uppercase()),
        "lower" => bv(data.to_ascii_lowercase()),
        "startswith" | "endswith" => {
            let prefixes: Vec<Value> = match one(name)? {
                Value::Tuple(t) => t.items().to_vec(),
                v => vec![v.clone()],
            };
            let (st, en) = (opt_index(a.get(1))?, opt_index(a.get(2))?);
            let window = pybytes::search_range(data.len(), st, en);
            let data = window.map_or(&data[..0], |(lo, hi)| &data[lo..hi]);
            for p in &prefixes {
                let Value::Bytes(p) = p else {
                    return Err(PyErr::type_error(format!(
                        "{name} first arg must be bytes or a tuple of bytes, not {}",
                        p.type_name()
                    )));
                };
                let hit = window.is_some()
                    && if name == "startswith" { data.starts_with(&p.data) } else { data.ends_with(&p.data) };
                if hit {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        "find" | "rfind" | "index" | "rindex" | "count" => {
            let sub: Vec<u8> = match a.first() {
                Some(Value::Bytes(b)) => b.data.to_vec(),
                Some(Value::ByteArray(b)) => b.data.borrow().clone(),
                Some(v @ (Value::Int(_) | Value::Bool(_) | Value::Big(_))) => vec![pybytes::byte_value(v)?],
                Some(other) => {
                    return Err(PyErr::type_error(format!(
                        "argument should be integer or bytes-like object, not '{}'",
                        other.type_name()
                    )))
                }
                None => return Err(PyErr::type_error(format!("{name}() takes at least 1 argument (0 given)"))),
            };
            let (st, en) = (opt_index(a.get(1))?, opt_index(a.get(2))?);
            let Some((lo, hi)) = pybytes::search_range(data.len(), st, en) else {
                return match name {
                    "count" => Ok(Value::Int(0)),
                    "find" | "rfind" => Ok(Value::Int(-1)),
                    _ => Err(PyErr::value_error("subsection not found")),
                };
            };
            let hay = &data[lo..hi];
            if name == "count" {
                return Ok(Value::Int(pybytes::count(hay, &sub) as i64));
            }
            let hit = if name.starts_with('r') { pybytes::rfind(hay, &sub) } else { pybytes::find(hay, &sub, 0) };
            match hit {
                Some(k) => Ok(Value::Int((lo + k) as i64)),
                None if name.ends_with("find") => Ok(Value::Int(-1)),
                None => Err(PyErr::value_error("subsection not found")),
            }
        }
        "strip" | "lstrip" | "rstrip" => {
            let chars: Option<&[u8]> = match a.first() {
                None | Some(Value::None) => None,
                Some(v) => Some(arg(v)?),
            };
            let strip = |c: &u8| match chars {
                Some(cs) => cs.contains(c),
                None => is_ws(c),
            };
            let mut lo = 0;
            let mut hi = data.len();
            if name != "rstrip" {
                while lo < hi && strip(&data[lo]) {
                    lo += 1;
                }
            }
            if name != "lstrip" {
                while hi > lo && strip(&data[hi - 1]) {
                    hi -= 1;
                }
            }
            bv(data[lo..hi].to_vec())
        }
        "join" => {
            let mut out = Vec::new();
            for (k, item) in iter::collect(one(name)?)?.iter().enumerate() {
                let Value::Bytes(b) = item else {
                    return Err(PyErr::type_error(format!(
                        "sequence item {k}: expected a bytes-like object, {} found",
                        item.type_name()
                    )));
                };
                if k > 0 {
                    out.extend_from_slice(data);
                }
                out.extend_from_slice(&b.data);
            }
            bv(out)
        }
        "replace" => {
            argc(name, a, 2, 2)?;
            let (old, new) = (arg(&a[0])?, arg(&a[1])?);
            if old.is_empty() {
                let mut out = new.to_vec();
                for &c in data {
                    out.push(c);
                    out.extend_from_slice(new);
                }
                return bv(out);
            }
            let mut out = Vec::with_capacity(data.len());
            let mut from = 0;
            while let Some(k) = pybytes::find(data, old, from) {
                out.extend_from_slice(&data[from..k]);
                out.extend_from_slice(new);
                from = k + old.len();
            }
            out.extend_from_slice(&data[from..]);
            bv(out)
        }
        "isdigit" => Ok(Value::Bool(!data.is_empty() && data.iter().all(u8::is_ascii_digit))),
        "isalpha" => Ok(Value::Bool(!data.is_empty() && data.iter().all(u8::is_ascii_alphabetic))),
        "isspace" => Ok(Value::Bool(!data.is_empty() && data.iter().all(is_ws))),
        "isalnum" => Ok(Value::Bool(!data.is_empty() && data.iter().all(u8::is_ascii_alphanumeric))),
        "isascii" => Ok(Value::Bool(data.is_ascii())),
        // Uppercase bytes only after uncased ones, lowercase only after cased ones; one cased at least.
        "istitle" => {
            let (mut prev_cased, mut any) = (false, false);
            for &c in data.iter() {
                if c.is_ascii_uppercase() {
                    if prev_cased {
                        return Ok(Value::Bool(false));
                    }
                    prev_cased = true;
                    any = true;
                } else if c.is_ascii_lowercase() {
                    if !prev_cased {
                        return Ok(Value::Bool(false));
                    }
                    any = true;
                } else {
                    prev_cased = false;
                }
            }
            Ok(Value::Bool(any))
        }
        // At least one cased byte, and none of the other case.
        "islower" => {
            Ok(Value::Bool(data.iter().any(u8::is_ascii_lowercase) && !data.iter().any(u8::is_ascii_uppercase)))
        }
        "isupper" => {
            Ok(Value::Bool(data.iter().any(u8::is_ascii_uppercase) && !data.iter().any(u8::is_ascii_lowercase)))
        }
        _ => {
            let make = |v: Vec<u8>| match recv {
                Value::ByteArray(_) => crate::types::bytearray::from_vec(v),
                _ => Value::Bytes(pybytes::from_vec(v)),
            };
            crate::types::bytes_text::method(data, name, a, kwarg, &make).unwrap_or_else(|| Err(no_attr(recv, name)))
        }
    }
}

/// `str.format` with positional fields (`{}`, `{0}`) and format specs.
/// `str.format(*args, **kwargs)`: replacement fields with positional or
/// named arguments, `.attr` and `[key]` chains, conversions, and format
/// specs that may themselves contain replacement fields.
fn format_method(s: &Str, args: &[Value], kwargs: &[(&str, Value)]) -> PyResult<Str> {
    let mut auto: Option<usize> = None;
    let mut manual = false;
    Ok(pystr::from_string(format_fields(s.as_str(), args, kwargs, &mut auto, &mut manual, 0)?))
}

fn format_fields(
    s: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
    auto: &mut Option<usize>,
    manual: &mut bool,
    depth: usize,
) -> PyResult<String> {
    if depth > 1 {
        return Err(PyErr::value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c == '{' && cs.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        if c == '}' && cs.get(i + 1) == Some(&'}') {
            out.push('}');
            i += 2;
            continue;
        }
        if c == '}' {
            return Err(PyErr::value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        // The matching '}', allowing one level of nested fields in the spec.
        let mut level = 0;
        let mut end = None;
        for (k, &x) in cs.iter().enumerate().skip(i + 1) {
            match x {
                '{' => level += 1,
                '}' if level == 0 => {
                    end = Some(k);
                    break;
                }
                '}' => level -= 1,
                _ => {}
            }
        }
        let end = end.ok_or_else(|| PyErr::value_error("expected '}' before end of string"))?;
        let field: String = cs[i + 1..end].iter().collect();
        // field_name[!conv][:spec]; the name ends at the first '!' or ':' outside brackets.
        let mut name_end = field.len();
        let mut in_bracket = false;
        for (k, ch) in field.char_indices() {
            match ch {
                '[' => in_bracket = true,
                ']' => in_bracket = false,
                '!' | ':' if !in_bracket => {
                    name_end = k;
                    break;
                }
                _ => {}
            }
        }
        let name = &field[..name_end];
        let rest = &field[name_end..];
        let (conv, spec) = match rest.strip_prefix('!') {
            Some(r) => match r.split_once(':') {
                Some((c, sp)) => (Some(c.to_string()), sp.to_string()),
                None => (Some(r.to_string()), String::new()),
            },
            None => (None, rest.strip_prefix(':').unwrap_or("").to_string()),
        };
        let spec = if spec.contains('{') { format_fields(&spec, args, kwargs, auto, manual, depth + 1)? } else { spec };
        let v = field_value(name, args, kwargs, auto, manual)?;
        let v = match conv.as_deref() {
            None => v,
            Some("r") => Value::Str(crate::ops::repr::repr_str(&v)),
            Some("s") => Value::Str(crate::ops::repr::to_str(&v)),
            Some("a") => Value::Str(crate::ops::repr::ascii_str(&v)),
            Some(c) => return Err(PyErr::value_error(format!("Unknown conversion specifier {c}"))),
        };
        out.push_str(&fmt::format(&v, &spec)?);
        i = end + 1;
    }
    Ok(out)
}

/// The value a replacement field names: an argument, then `.attr`/`[key]` steps.
fn field_value(
    name: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
    auto: &mut Option<usize>,
    manual: &mut bool,
) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(first_end);
    let mut v = if first.is_empty() {
        if *manual {
            return Err(PyErr::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let idx = auto.map_or(0, |n| n + 1);
        *auto = Some(idx);
        args.get(idx).cloned().ok_or_else(|| {
            PyErr::new(
                &crate::object::exc::INDEX_ERROR,
                format!("Replacement index {idx} out of range for positional args tuple"),
            )
        })?
    } else if let Ok(idx) = first.parse::<usize>() {
        if auto.is_some() {
            return Err(PyErr::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *manual = true;
        args.get(idx).cloned().ok_or_else(|| {
            PyErr::new(
                &crate::object::exc::INDEX_ERROR,
                format!("Replacement index {idx} out of range for positional args tuple"),
            )
        })?
    } else {
        kwargs
            .iter()
            .find(|(k, _)| *k == first)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| PyErr::new(&crate::object::exc::KEY_ERROR, first))?
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            v = getattr(&v, &r[..end])?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').ok_or_else(|| PyErr::value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => Value::from_str(key),
            };
            v = crate::ops::getitem(&v, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(PyErr::value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(v)
}

/// `str.expandtabs(tabsize)`.
fn expandtabs(s: &str, size: i64) -> String {
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

/// `str.isprintable()`: no control, separator (other than space), format,
/// private-use or unassigned characters.
fn isprintable(s: &str) -> bool {
    s.chars().all(crate::types::unicode::is_printable)
}

/// `str.maketrans(x[, y[, z]])`.
fn maketrans(a: &[Value]) -> PyResult<Value> {
    let d = crate::types::dict::new();
    match a {
        [Value::Dict(m)] => {
            for (k, v) in m.items_vec() {
                let k = match &k {
                    Value::Str(s) if s.char_len() == 1 => Value::Int(s.as_str().chars().next().unwrap() as i64),
                    Value::Int(_) => k.clone(),
                    _ => return Err(PyErr::value_error("string keys in translate table must be of length 1")),
                };
                crate::types::dict::setitem(&d, k, v)?;
            }
        }
        [Value::Str(x), Value::Str(y), rest @ ..] if rest.len() <= 1 => {
            if x.char_len() != y.char_len() {
                return Err(PyErr::value_error("the first two maketrans arguments must have equal length"));
            }
            for (p, q) in x.as_str().chars().zip(y.as_str().chars()) {
                crate::types::dict::setitem(&d, Value::Int(p as i64), Value::Int(q as i64))?;
            }
            if let Some(Value::Str(z)) = rest.first() {
                for c in z.as_str().chars() {
                    crate::types::dict::setitem(&d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        [_] => return Err(PyErr::type_error("if you give only one argument to maketrans it must be a dict")),
        _ => return Err(PyErr::type_error("maketrans() argument 2 must be str")),
    }
    Ok(Value::Dict(d))
}

/// `str.translate(table)`: each character looked up by code point.
fn translate(s: &str, table: &Value) -> PyResult<String> {
    let mut out = String::new();
    for c in s.chars() {
        match crate::ops::getitem(table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(n)) => out.push(
                char::from_u32(n as u32)
                    .ok_or_else(|| PyErr::value_error("character mapping must be in range(0x110000)"))?,
            ),
            Ok(Value::Str(t)) => out.push_str(t.as_str()),
            Ok(_) => return Err(PyErr::type_error("character mapping must return integer, None or str")),
            Err(e) if e.matches(&crate::object::exc::LOOKUP_ERROR) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// The methods of builtin types, by type (`getattr(s, "upper")` makes a
/// bound method of one; calling it is a method call).
/// `(length, byteorder, signed)` of `int.to_bytes(length=1, byteorder='big',
/// *, signed=False)` (`with_length`) or `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn bytes_conversion_args(
    name: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
    with_length: bool,
) -> PyResult<(crate::types::int::Int, String, bool)> {
    let kw = |k: &str| kwargs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.clone());
    let mut pos = args.iter();
    let length = if with_length {
        pos.next().cloned().or_else(|| kw("length")).map_or(Ok(crate::types::int::Int::Small(1)), |v| v.to_int())?
    } else {
        crate::types::int::Int::Small(1)
    };
    let order = match pos.next().cloned().or_else(|| kw("byteorder")) {
        None => "big".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "{name}() argument 'byteorder' must be str, not {}",
                other.type_name()
            )))
        }
    };
    if pos.next().is_some() {
        return Err(PyErr::type_error(format!("{name}() takes at most 2 positional arguments")));
    }
    Ok((length, order, kw("signed").is_some_and(|v| v.truthy())))
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
];

/// The methods of a builtin type, by its Python name.
pub fn method_names(ty: &str) -> &'static [&'static str] {
    const STR: &[&str] = &[
        "capitalize",
        "casefold",
        "center",
        "count",
        "encode",
        "endswith",
        "expandtabs",
        "find",
        "format",
        "format_map",
        "index",
        "isalnum",
        "isalpha",
        "isascii",
        "isdecimal",
        "isdigit",
        "isidentifier",
        "islower",
        "isnumeric",
        "isprintable",
        "isspace",
        "istitle",
        "isupper",
        "join",
        "ljust",
        "lower",
        "lstrip",
        "maketrans",
        "partition",
        "removeprefix",
        "removesuffix",
        "replace",
        "rfind",
        "rindex",
        "rjust",
        "rpartition",
        "rsplit",
        "rstrip",
        "split",
        "splitlines",
        "startswith",
        "strip",
        "swapcase",
        "title",
        "translate",
        "upper",
        "zfill",
    ];
    const BYTES: &[&str] = &[
        "capitalize",
        "center",
        "count",
        "decode",
        "endswith",
        "expandtabs",
        "find",
        "hex",
        "index",
        "isalnum",
        "isalpha",
        "isascii",
        "isdigit",
        "islower",
        "isspace",
        "istitle",
        "isupper",
        "join",
        "ljust",
        "lower",
        "lstrip",
        "partition",
        "removeprefix",
        "removesuffix",
        "replace",
        "rfind",
        "rindex",
        "rjust",
        "rpartition",
        "rsplit",
        "rstrip",
        "split",
        "splitlines",
        "startswith",
        "strip",
        "swapcase",
        "title",
        "translate",
        "upper",
        "zfill",
    ];
    const BYTEARRAY: &[&str] = &[
        "capitalize",
        "center",
        "count",
        "decode",
        "endswith",
        "expandtabs",
        "find",
        "hex",
        "index",
        "isalnum",
        "isalpha",
        "isascii",
        "isdigit",
        "islower",
        "isspace",
        "istitle",
        "isupper",
        "join",
        "ljust",
        "lower",
        "lstrip",
        "partition",
        "removeprefix",
        "removesuffix",
        "replace",
        "rfind",
        "rindex",
        "rjust",
        "rpartition",
        "rsplit",
        "rstrip",
        "split",
        "splitlines",
        "startswith",
        "strip",
        "swapcase",
        "title",
        "translate",
        "upper",
        "zfill",
        "append",
        "clear",
        "copy",
        "extend",
        "insert",
        "pop",
        "remove",
        "reverse",
    ];
    const LIST: &[&str] =
        &["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"];
    const DICT: &[&str] =
        &["clear", "copy", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"];
    const SET: &[&str] = &[
        "add",
        "clear",
        "copy",
        "difference",
        "difference_update",
        "discard",
        "intersection",
        "intersection_update",
        "isdisjoint",
        "issubset",
        "issuperset",
        "pop",
        "remove",
        "symmetric_difference",
        "symmetric_difference_update",
        "union",
        "update",
    ];
    const INT: &[&str] = &["as_integer_ratio", "bit_count", "bit_length", "conjugate", "to_bytes"];
    const FLOAT: &[&str] = &["as_integer_ratio", "conjugate", "hex", "is_integer"];
    match ty {
        "str" => STR,
        "bytes" => BYTES,
        "bytearray" => BYTEARRAY,
        "list" => LIST,
        "tuple" => &["count", "index"],
        "collections.deque" => crate::types::deque::METHODS,
        "dict" => DICT,
        "set" => SET,
        "int" | "bool" => INT,
        "float" => FLOAT,
        _ => &[],
    }
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
            return method_names("dict").contains(&name)
                || crate::types::dictkind::has_method(d.kind, name)
                || DUNDERS.contains(&name)
        }
        Value::Set(_) => "set",
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => "int",
        Value::Float(_) => "float",
        _ => return false,
    };
    let dunder = DUNDERS.contains(&name)
        && match v {
            Value::Int(_) | Value::Big(_) | Value::Bool(_) | Value::Float(_) => {
                matches!(name, "__repr__" | "__str__" | "__hash__")
            }
            Value::List(_) | Value::ByteArray(_) | Value::Deque(_) => true,
            Value::Set(_) => !matches!(name, "__getitem__" | "__setitem__" | "__delitem__"),
            _ => !matches!(name, "__setitem__" | "__delitem__"),
        };
    dunder || method_names(ty).contains(&name)
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
        _ => n(0).and_then(|_| Ok(Value::Int(crate::ops::hash::hash(recv)?))),
    })
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
            getattr(&a[0], &attr(1)?)
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
        return crate::stdlib::getattr(m, name);
    }
    match (v, name) {
        (Value::Exc(e), "args") => Ok(Value::Tuple(tuple::new(e.args.borrow().clone()))),
        (Value::Exc(e), "value") if crate::object::exc::exc_is(e, &crate::object::exc::STOP_ITERATION) => {
            Ok(e.args.borrow().first().cloned().unwrap_or(Value::None))
        }
        (Value::Exc(e), "__cause__") => Ok(e.cause.borrow().clone().map_or(Value::None, Value::Exc)),
        (Value::Exc(e), "__context__") => Ok(e.context.borrow().clone().map_or(Value::None, Value::Exc)),
        (Value::Exc(e), "__suppress_context__") => Ok(Value::Bool(e.suppress_context.get())),
        (Value::Exc(e), _) if e.attrs.borrow().contains_key(name) => Ok(e.attrs.borrow()[name].clone()),
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
        (Value::Type(t), "__name__" | "__qualname__") => Ok(Value::from_str(crate::stdlib::short_name(t.name))),
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
        (Value::Type(t), _)
            if method_names(t.name).contains(&name)
                || (DUNDERS.contains(&name) && !method_names(t.name).is_empty()) =>
        {
            Ok(crate::types::native::new(crate::types::native::NativeObj::UnboundMethod {
                ty: t.name,
                name: name.to_string(),
            }))
        }
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
        (Value::Func(f), "__code__") => Err(PyErr::new(
            &crate::object::exc::ATTRIBUTE_ERROR,
            format!("pyaot functions have no code objects ('{}'.__code__)", f.name),
        )),
        (Value::Func(f), "__dict__") => {
            let d = crate::types::dict::new();
            // The names a function keeps in its own fields in CPython are not in `__dict__`.
            let fields = ["__doc__", "__name__", "__qualname__", "__module__", "__defaults__", "__kwdefaults__"];
            for (k, x) in f.attrs.borrow().iter().filter(|(k, _)| !fields.contains(&k.as_str())) {
                crate::types::dict::setitem(&d, Value::from_str(k), x.clone())?;
            }
            Ok(Value::Dict(d))
        }
        (Value::Builtin(n), "__name__") => Ok(Value::from_str(crate::stdlib::short_name(n))),
        (Value::Builtin(n), "from_iterable") if **n == "itertools.chain" => {
            Ok(crate::stdlib::function("itertools.chain.from_iterable"))
        }
        (_, "__class__") => Ok(Value::Type(crate::object::exc::type_of(v))),
        _ if is_builtin_method(v, name) => {
            Ok(crate::types::native::new(crate::types::native::NativeObj::BoundMethod {
                recv: v.clone(),
                name: name.to_string(),
            }))
        }
        _ => Err(no_attr(v, name)),
    }
}
