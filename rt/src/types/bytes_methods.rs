//! The methods of `bytes` (and of `bytearray` through them): the byte
//! string operations and the codecs.

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::args::*;
use crate::types::iter;
use crate::types::str as pystr;

/// The `encoding` and `errors` arguments of `str.encode`/`bytes.decode`.
pub(crate) fn codec_args(
    method: &str,
    a: &[Value],
    kwarg: &dyn Fn(&str) -> Option<Value>,
) -> PyResult<(String, String)> {
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
            Ok(Value::Str(crate::types::codec::decode(data, &enc, &errors)?.into_str()))
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

/// The methods of builtin types, by type (`getattr(s, "upper")` makes a
/// bound method of one; calling it is a method call).
/// `(length, byteorder, signed)` of `int.to_bytes(length=1, byteorder='big',
/// *, signed=False)` (`with_length`) or `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
pub(crate) fn bytes_conversion_args(
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
