//! The methods of `str` (`s.upper()`, `s.split(...)`, ...), called by
//! name from the method dispatch (`ops/methods.rs`).

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::args::*;
use crate::types::bytes_methods::codec_args;
use crate::types::iter;
use crate::types::str::format::format_method;
use crate::types::str::{self as pystr, surrogates, Str};

pub(crate) fn str_method(
    s: &Str,
    recv: &Value,
    name: &str,
    a: &[Value],
    kwargs: &[(&str, Value)],
    kwarg: &dyn Fn(&str) -> Option<Value>,
) -> PyResult<Value> {
    if surrogates::holds(s)
        || surrogates::any_in(a)
        || kwargs.iter().any(|(_, v)| surrogates::any_in(std::slice::from_ref(v)))
    {
        return match name {
            // These read code points themselves.
            "encode" | "translate" | "maketrans" | "isascii" => text_method(s, recv, name, a, kwargs, kwarg),
            _ => call_via_proxy(s, name, a, kwargs),
        };
    }
    text_method(s, recv, name, a, kwargs, kwarg)
}

/// The methods of a str, on text without surrogates (or their stand-ins).
fn text_method(
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
        "isascii" => Ok(Value::Bool(s.bytes().is_ascii())),
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
            Ok(Value::Bytes(crate::types::codec::encode_text(s, &enc, &errors)?))
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
            translate_codes(s, &a[0]).map(Value::Str)
        }
        _ => Err(no_attr(recv, name)),
    }
}

/// A method of a string where lone surrogates are involved, run on
/// stand-ins for them (see [`surrogates`]): `join`'s iterable is read
/// first, so its strings can be stood in for too.
pub(crate) fn call_via_proxy(s: &Str, name: &str, a: &[Value], kwargs: &[(&str, Value)]) -> PyResult<Value> {
    let mut a = a.to_vec();
    if name == "join" && a.len() == 1 && !matches!(a[0], Value::List(_) | Value::Tuple(_)) {
        a[0] = Value::List(crate::types::list::from_vec(iter::collect(&a[0])?));
    }
    let mut all = vec![Value::Str(s.clone())];
    all.extend(a.iter().cloned());
    all.extend(kwargs.iter().map(|(_, v)| v.clone()));
    let proxy = surrogates::Proxy::for_values(&all)?;
    let Value::Str(stand_in) = proxy.to_proxy(&all[0]) else { unreachable!("a str stands in for a str") };
    // `join`'s items and `startswith`'s tuple are read as text.
    let items = matches!(name, "join" | "startswith" | "endswith");
    let a: Vec<Value> = a
        .iter()
        .enumerate()
        .map(|(i, v)| if i == 0 && items { proxy.to_proxy_items(v) } else { proxy.to_proxy(v) })
        .collect();
    let kwargs: Vec<(&str, Value)> = kwargs.iter().map(|(k, v)| (*k, proxy.to_proxy(v))).collect();
    let kwarg = |k: &str| kwargs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.clone());
    let r = proxy.run(|| text_method(&stand_in, &Value::Str(stand_in.clone()), name, &a, &kwargs, &kwarg))?;
    Ok(proxy.back(r))
}

/// `str.translate(table)`: each code point looked up (a mapping may give
/// a surrogate, so the result is built as generalized UTF-8).
fn translate_codes(s: &Str, table: &Value) -> PyResult<Str> {
    let mut out = surrogates::Wtf8Buf::default();
    for c in surrogates::code_points(s.bytes()) {
        match crate::object::protocol::getitem(table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(n)) if (0..0x110000).contains(&n) => out.push_code(n as u32),
            Ok(Value::Int(_)) => return Err(PyErr::value_error("character mapping must be in range(0x110000)")),
            Ok(Value::Str(t)) => out.push_text(&t),
            Ok(_) => return Err(PyErr::type_error("character mapping must return integer, None or str")),
            Err(e) if e.matches(&crate::object::exc::LOOKUP_ERROR) => out.push_code(c),
            Err(e) => return Err(e),
        }
    }
    Ok(out.into_str())
}

/// `str.expandtabs(tabsize)`.
pub(crate) fn expandtabs(s: &str, size: i64) -> String {
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
pub(crate) fn isprintable(s: &str) -> bool {
    s.chars().all(crate::types::unicode::is_printable)
}

/// `str.maketrans(x[, y[, z]])`.
pub(crate) fn maketrans(a: &[Value]) -> PyResult<Value> {
    let d = crate::types::dict::new();
    match a {
        [Value::Dict(m)] => {
            for (k, v) in m.items_vec() {
                let k = match &k {
                    Value::Str(s) if s.char_len() == 1 => {
                        Value::Int(surrogates::code_points(s.bytes()).next().unwrap() as i64)
                    }
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
            for (p, q) in surrogates::code_points(x.bytes()).zip(surrogates::code_points(y.bytes())) {
                crate::types::dict::setitem(&d, Value::Int(p as i64), Value::Int(q as i64))?;
            }
            if let Some(Value::Str(z)) = rest.first() {
                for c in surrogates::code_points(z.bytes()) {
                    crate::types::dict::setitem(&d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        [_] => return Err(PyErr::type_error("if you give only one argument to maketrans it must be a dict")),
        _ => return Err(PyErr::type_error("maketrans() argument 2 must be str")),
    }
    Ok(Value::Dict(d))
}
