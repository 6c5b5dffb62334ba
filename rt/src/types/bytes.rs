//! `bytes`: an immutable sequence of small ints (0..=255). The codecs
//! between it and `str` are `codec/`'s.
//!
//! Only the dynamic path handles bytes (inference types them as dynamic
//! values); the operations here are what `ops`, `methods` and `builtins`
//! dispatch to.

use std::rc::Rc;

use crate::object::exc::{self, PyErr, PyResult};
pub use crate::object::layout::bytes::{Bytes, BytesObj};
use crate::object::value::Value;
use crate::types::int::Int;

pub fn new(data: &[u8]) -> Bytes {
    Rc::new(BytesObj { data: data.into() })
}

pub fn from_vec(data: Vec<u8>) -> Bytes {
    Rc::new(BytesObj { data: data.into_boxed_slice() })
}

/// A bytes literal in compiled code.
pub fn literal(data: &[u8]) -> Value {
    Value::Bytes(new(data))
}

/// `repr(b)`: `b'...'` with CPython's quoting and escapes.
pub fn repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// `bytes(x)`: from nothing, a count of zero bytes, or an iterable of ints.
pub fn construct(arg: Option<&Value>) -> PyResult<Bytes> {
    let Some(v) = arg else { return Ok(new(&[])) };
    match v {
        Value::Bytes(b) => Ok(b.clone()),
        Value::Str(_) => Err(PyErr::type_error("string argument without an encoding")),
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => {
            let n = v.to_int()?.to_index()?;
            if n < 0 {
                return Err(PyErr::value_error("negative count"));
            }
            let mut out = crate::object::alloc::try_vec(n as usize)?;
            out.resize(n as usize, 0);
            Ok(from_vec(out))
        }
        Value::Float(_) | Value::None => {
            Err(PyErr::type_error(format!("cannot convert '{}' object to bytes", v.type_name())))
        }
        // `__bytes__` first, then `__index__` (a count), then iteration.
        Value::Instance(_) if crate::types::class::special(v, "__bytes__").is_some() => {
            match crate::types::class::call_special(v, "__bytes__", Vec::new).expect("checked")? {
                Value::Bytes(b) => Ok(b),
                other => Err(PyErr::type_error(format!("__bytes__ returned non-bytes (type {})", other.type_name()))),
            }
        }
        Value::Instance(_) if crate::types::class::has_index(v) => construct(Some(&Value::from_int(v.to_int()?))),
        other => {
            let it = crate::types::iter::iter(other)?;
            let mut out = Vec::new();
            while let Some(x) = crate::types::iter::next(&it)? {
                out.push(byte_value(&x)?);
            }
            Ok(from_vec(out))
        }
    }
}

/// `bytes.fromhex(s)`: pairs of hex digits, whitespace between pairs.
pub fn fromhex(s: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let bad =
        |pos: usize| PyErr::value_error(format!("non-hexadecimal number found in fromhex() arg at position {pos}"));
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16)).ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// An int in `range(256)`, as a byte.
pub fn byte_value(x: &Value) -> PyResult<u8> {
    let i = match x {
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => x.to_int()?,
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    match i.as_i64() {
        Some(v @ 0..=255) => Ok(v as u8),
        _ => Err(PyErr::value_error("bytes must be in range(0, 256)")),
    }
}

/// `x in b`: an int is a byte value, bytes a subsequence.
pub fn contains(data: &[u8], x: &Value) -> PyResult<bool> {
    match x {
        Value::Bytes(sub) => Ok(find(data, &sub.data, 0).is_some()),
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => {
            let b = byte_value(x)?;
            Ok(data.contains(&b))
        }
        other => Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", other.type_name()))),
    }
}

/// The first index at or after `from` where `sub` occurs.
/// The `[start:end]` window of a sequence of `len` items that `find`,
/// `count` and friends search, as CPython adjusts it (negative values count
/// from the end; `None` when the window is empty because start is past end).
pub fn search_range(len: usize, start: Option<i64>, end: Option<i64>) -> Option<(usize, usize)> {
    let n = len as i64;
    let a = match start.unwrap_or(0) {
        v if v < 0 => (v + n).max(0),
        v => v,
    };
    let b = match end.unwrap_or(n) {
        v if v < 0 => (v + n).max(0),
        v => v.min(n),
    };
    (a <= b).then_some((a as usize, b as usize))
}

/// Non-overlapping occurrences of `sub` (an empty one matches len + 1 times).
pub fn count(data: &[u8], sub: &[u8]) -> usize {
    if sub.is_empty() {
        return data.len() + 1;
    }
    let (mut n, mut from) = (0, 0);
    while let Some(k) = find(data, sub, from) {
        n += 1;
        from = k + sub.len();
    }
    n
}

pub fn rfind(data: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(data.len());
    }
    data.windows(sub.len()).rposition(|w| w == sub)
}

pub fn find(data: &[u8], sub: &[u8], from: usize) -> Option<usize> {
    if sub.is_empty() {
        return (from <= data.len()).then_some(from);
    }
    data.get(from..)?.windows(sub.len()).position(|w| w == sub).map(|i| i + from)
}

/// `b[i]`: the byte as an int.
pub fn getitem(data: &[u8], i: &Int) -> PyResult<Value> {
    match i.as_i64().and_then(|k| crate::types::str::norm_index(k, data.len())) {
        Some(k) => Ok(Value::Int(data[k] as i64)),
        None => Err(PyErr::new(&exc::INDEX_ERROR, "index out of range")),
    }
}

/// `b.hex()`.
pub fn hex(data: &[u8]) -> String {
    data.iter().map(|b| format!("{b:02x}")).collect()
}

/// Bytes-valued argument of a bytes method (`b.split(x)`, ...).
pub fn arg(v: &Value) -> PyResult<&[u8]> {
    match v {
        Value::Bytes(b) => Ok(&b.data),
        other => Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", other.type_name()))),
    }
}
