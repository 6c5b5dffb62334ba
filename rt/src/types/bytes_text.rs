//! The text-like methods of `bytes` and `bytearray` that act on ASCII:
//! case changes, padding, splitting and translation. Bytes outside ASCII
//! are data, never letters or whitespace (unlike `str`'s methods).

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::bytes::arg;

/// ASCII whitespace as bytes methods see it (space, \t, \n, \r, \x0b, \x0c).
pub fn is_space(c: &u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn width(v: Option<&Value>, name: &str) -> PyResult<usize> {
    match v {
        Some(v) => Ok(v.to_int()?.to_index()?.max(0) as usize),
        None => Err(PyErr::type_error(format!("{name}() takes at least 1 argument (0 given)"))),
    }
}

fn fill_byte(v: Option<&Value>, name: &str) -> PyResult<u8> {
    match v {
        None => Ok(b' '),
        Some(Value::Bytes(b)) if b.data.len() == 1 => Ok(b.data[0]),
        Some(other) => Err(PyErr::type_error(format!(
            "{name}() argument 2 must be a byte string of length 1, not {}",
            match other {
                Value::Bytes(_) => "bytes".to_string(),
                o => o.type_name().to_string(),
            }
        ))),
    }
}

fn maxsplit(v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) => {
            let n = v.to_int()?.to_index()?;
            Ok((n >= 0).then_some(n as usize))
        }
    }
}

/// `split`/`rsplit`: on runs of whitespace (`sep` None) or on `sep`, at
/// most `max` times, from the left or the right.
pub fn split(data: &[u8], sep: Option<&[u8]>, max: Option<usize>, from_right: bool) -> PyResult<Vec<Vec<u8>>> {
    let max = max.unwrap_or(usize::MAX);
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        None => {
            let mut bytes: Vec<u8> = data.to_vec();
            if from_right {
                bytes.reverse();
            }
            let mut i = 0;
            let n = bytes.len();
            while i < n {
                while i < n && is_space(&bytes[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                if parts.len() == max {
                    // The rest, as it is after the skipped whitespace.
                    parts.push(bytes[i..].to_vec());
                    break;
                }
                let start = i;
                while i < n && !is_space(&bytes[i]) {
                    i += 1;
                }
                parts.push(bytes[start..i].to_vec());
            }
            if from_right {
                for p in parts.iter_mut() {
                    p.reverse();
                }
                parts.reverse();
            }
        }
        Some(sep) => {
            if sep.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            if from_right {
                let mut end = data.len();
                while parts.len() < max {
                    match data[..end].windows(sep.len()).rposition(|w| w == sep) {
                        Some(k) => {
                            parts.push(data[k + sep.len()..end].to_vec());
                            end = k;
                        }
                        None => break,
                    }
                }
                parts.push(data[..end].to_vec());
                parts.reverse();
            } else {
                let mut from = 0;
                while parts.len() < max {
                    match crate::types::bytes::find(data, sep, from) {
                        Some(k) => {
                            parts.push(data[from..k].to_vec());
                            from = k + sep.len();
                        }
                        None => break,
                    }
                }
                parts.push(data[from..].to_vec());
            }
        }
    }
    Ok(parts)
}

/// The methods in this file: `None` when `name` is not one of them. The
/// results are bytes; `make` turns them into the receiver's type.
pub fn method(
    data: &[u8],
    name: &str,
    a: &[Value],
    kwarg: &dyn Fn(&str) -> Option<Value>,
    make: &dyn Fn(Vec<u8>) -> Value,
) -> Option<PyResult<Value>> {
    const NAMES: &[&str] = &[
        "capitalize",
        "swapcase",
        "title",
        "center",
        "ljust",
        "rjust",
        "zfill",
        "expandtabs",
        "removeprefix",
        "removesuffix",
        "partition",
        "rpartition",
        "split",
        "rsplit",
        "splitlines",
        "translate",
    ];
    if !NAMES.contains(&name) {
        return None;
    }
    let list = |parts: Vec<Vec<u8>>| Value::List(crate::types::list::from_vec(parts.into_iter().map(make).collect()));
    Some((|| match name {
        "capitalize" => {
            let mut out = data.to_ascii_lowercase();
            if let Some(c) = out.first_mut() {
                c.make_ascii_uppercase();
            }
            Ok(make(out))
        }
        "swapcase" => Ok(make(data.iter().map(|c| if c.is_ascii_alphabetic() { c ^ 0x20 } else { *c }).collect())),
        "title" => {
            let mut prev_cased = false;
            let out = data
                .iter()
                .map(|&c| {
                    let r = if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                    prev_cased = c.is_ascii_alphabetic();
                    r
                })
                .collect();
            Ok(make(out))
        }
        "center" | "ljust" | "rjust" => {
            let w = width(a.first(), name)?;
            let fill = fill_byte(a.get(1), name)?;
            if w <= data.len() {
                return Ok(make(data.to_vec()));
            }
            let total = w - data.len();
            let left = match name {
                "ljust" => 0,
                "rjust" => total,
                _ => total / 2 + (total & w & 1),
            };
            let mut out = vec![fill; left];
            out.extend_from_slice(data);
            out.resize(w, fill);
            Ok(make(out))
        }
        "zfill" => {
            let w = width(a.first(), name)?;
            if w <= data.len() {
                return Ok(make(data.to_vec()));
            }
            let (sign, digits) = match data.first() {
                Some(c @ (b'+' | b'-')) => (Some(*c), &data[1..]),
                _ => (None, data),
            };
            let mut out: Vec<u8> = sign.into_iter().collect();
            out.resize(out.len() + w - data.len(), b'0');
            out.extend_from_slice(digits);
            Ok(make(out))
        }
        "expandtabs" => {
            let size = match a.first().cloned().or_else(|| kwarg("tabsize")) {
                Some(v) => v.to_int()?.to_index()?,
                None => 8,
            };
            let mut out = Vec::with_capacity(data.len());
            let mut col = 0i64;
            for &c in data {
                match c {
                    b'\t' => {
                        if size > 0 {
                            let n = size - col % size;
                            out.extend(std::iter::repeat_n(b' ', n as usize));
                            col += n;
                        }
                    }
                    b'\n' | b'\r' => {
                        out.push(c);
                        col = 0;
                    }
                    _ => {
                        out.push(c);
                        col += 1;
                    }
                }
            }
            Ok(make(out))
        }
        "removeprefix" | "removesuffix" => {
            let Some(x) = a.first() else {
                return Err(PyErr::type_error(format!("{name}() takes exactly one argument (0 given)")));
            };
            let x = arg(x)?;
            let out = if name == "removeprefix" {
                data.strip_prefix(x).unwrap_or(data)
            } else {
                data.strip_suffix(x).unwrap_or(data)
            };
            Ok(make(out.to_vec()))
        }
        "partition" | "rpartition" => {
            let Some(sep) = a.first() else {
                return Err(PyErr::type_error(format!("{name}() takes exactly one argument (0 given)")));
            };
            let sep = arg(sep)?;
            if sep.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            let at = if name == "partition" {
                crate::types::bytes::find(data, sep, 0)
            } else {
                data.windows(sep.len()).rposition(|w| w == sep)
            };
            let parts = match at {
                Some(k) => vec![data[..k].to_vec(), sep.to_vec(), data[k + sep.len()..].to_vec()],
                None if name == "partition" => vec![data.to_vec(), Vec::new(), Vec::new()],
                None => vec![Vec::new(), Vec::new(), data.to_vec()],
            };
            Ok(Value::Tuple(crate::types::tuple::new(parts.into_iter().map(make).collect())))
        }
        "split" | "rsplit" => {
            let sep = a.first().cloned().or_else(|| kwarg("sep"));
            let sep = match &sep {
                None | Some(Value::None) => None,
                Some(v) => Some(arg(v)?),
            };
            let max = maxsplit(a.get(1).cloned().or_else(|| kwarg("maxsplit")))?;
            Ok(list(split(data, sep, max, name == "rsplit")?))
        }
        "splitlines" => {
            let keep = a.first().cloned().or_else(|| kwarg("keepends")).is_some_and(|v| v.truthy());
            let mut parts = Vec::new();
            let mut start = 0;
            let mut i = 0;
            while i < data.len() {
                let eol = match data[i] {
                    b'\n' => 1,
                    b'\r' if data.get(i + 1) == Some(&b'\n') => 2,
                    b'\r' => 1,
                    _ => {
                        i += 1;
                        continue;
                    }
                };
                parts.push(data[start..if keep { i + eol } else { i }].to_vec());
                i += eol;
                start = i;
            }
            if start < data.len() {
                parts.push(data[start..].to_vec());
            }
            Ok(list(parts))
        }
        "translate" => {
            let table = match a.first() {
                None => return Err(PyErr::type_error("translate() takes at least 1 argument (0 given)")),
                Some(Value::None) => None,
                Some(t) => {
                    let t = arg(t)?;
                    if t.len() != 256 {
                        return Err(PyErr::value_error("translation table must be 256 characters long"));
                    }
                    Some(t)
                }
            };
            let delete = match a.get(1).cloned().or_else(|| kwarg("delete")) {
                Some(d) => arg(&d)?.to_vec(),
                None => Vec::new(),
            };
            Ok(make(data.iter().filter(|c| !delete.contains(c)).map(|&c| table.map_or(c, |t| t[c as usize])).collect()))
        }
        _ => unreachable!("one of NAMES"),
    })())
}
