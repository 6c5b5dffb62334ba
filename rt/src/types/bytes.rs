//! `bytes`: an immutable sequence of small ints (0..=255), and the codecs
//! between it and `str` (`str.encode`, `bytes.decode`).
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

/// The encodings pyaot knows, by CPython's normalized name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    /// UTF-8 after a byte-order mark (written on encoding, skipped if there
    /// on decoding).
    Utf8Sig,
    Ascii,
    Latin1,
    /// UTF-16 or UTF-32 (`width` 2 or 4): with a byte-order mark (`big`
    /// None: the machine's order, little-endian, when encoding; the mark's
    /// when decoding), or in a fixed order without one.
    Wide {
        width: usize,
        big: Option<bool>,
    },
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Wide { width: 2, big: Some(true) } => "utf-16-be",
            Codec::Wide { width: 2, .. } => "utf-16-le",
            Codec::Wide { big: Some(true), .. } => "utf-32-be",
            Codec::Wide { .. } => "utf-32-le",
        }
    }
}

fn codec(encoding: &str) -> PyResult<Codec> {
    let norm = encoding.trim().to_ascii_lowercase().replace('_', "-");
    match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "utf-8-sig" | "utf8-sig" => Ok(Codec::Utf8Sig),
        "ascii" | "us-ascii" | "646" => Ok(Codec::Ascii),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "latin" => Ok(Codec::Latin1),
        "utf-16" | "utf16" => Ok(Codec::Wide { width: 2, big: None }),
        "utf-16-le" | "utf-16le" => Ok(Codec::Wide { width: 2, big: Some(false) }),
        "utf-16-be" | "utf-16be" => Ok(Codec::Wide { width: 2, big: Some(true) }),
        "utf-32" | "utf32" => Ok(Codec::Wide { width: 4, big: None }),
        "utf-32-le" | "utf-32le" => Ok(Codec::Wide { width: 4, big: Some(false) }),
        "utf-32-be" | "utf-32be" => Ok(Codec::Wide { width: 4, big: Some(true) }),
        _ => Err(PyErr::new(&exc::LOOKUP_ERROR, format!("unknown encoding: {encoding}"))),
    }
}

/// How a codec treats what it cannot convert.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Errors {
    Strict,
    Ignore,
    Replace,
}

fn errors(name: &str) -> PyResult<Errors> {
    match name {
        "strict" => Ok(Errors::Strict),
        "ignore" => Ok(Errors::Ignore),
        "replace" => Ok(Errors::Replace),
        _ => Err(PyErr::new(&exc::LOOKUP_ERROR, format!("unknown error handler name '{name}'"))),
    }
}

/// What an encoder writes for a character its codec lacks: the decoders'
/// handlers, and two that only encoding has.
#[derive(Clone, Copy, PartialEq, Eq)]
enum EncodeErrors {
    Common(Errors),
    /// `&#233;`
    XmlCharRef,
    /// `\xe9`, `\u20ac`, `\U0001f600`
    BackslashReplace,
}

fn encode_errors(name: &str) -> PyResult<EncodeErrors> {
    match name {
        "xmlcharrefreplace" => Ok(EncodeErrors::XmlCharRef),
        "backslashreplace" => Ok(EncodeErrors::BackslashReplace),
        _ => errors(name).map(EncodeErrors::Common),
    }
}

/// A character as Python's `\x`, `\u` or `\U` escape.
fn backslash_escape(v: u32) -> String {
    if v <= 0xff {
        format!("\\x{v:02x}")
    } else if v <= 0xffff {
        format!("\\u{v:04x}")
    } else {
        format!("\\U{v:08x}")
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors_name: &str) -> PyResult<Bytes> {
    let c = codec(encoding)?;
    if c == Codec::Utf8 {
        return Ok(new(s.as_bytes()));
    }
    if c == Codec::Utf8Sig {
        return Ok(from_vec([&b"\xef\xbb\xbf"[..], s.as_bytes()].concat()));
    }
    if let Codec::Wide { width, big } = c {
        encode_errors(errors_name)?;
        return Ok(from_vec(encode_wide(s, width, big)));
    }
    let limit = if c == Codec::Ascii { 0x80 } else { 0x100 };
    let handling = encode_errors(errors_name)?;
    let mut out = Vec::with_capacity(s.len());
    for (pos, ch) in s.chars().enumerate() {
        let v = ch as u32;
        if v < limit {
            out.push(v as u8);
            continue;
        }
        match handling {
            EncodeErrors::Common(Errors::Ignore) => {}
            EncodeErrors::Common(Errors::Replace) => out.push(b'?'),
            EncodeErrors::XmlCharRef => out.extend_from_slice(format!("&#{v};").as_bytes()),
            EncodeErrors::BackslashReplace => out.extend_from_slice(backslash_escape(v).as_bytes()),
            EncodeErrors::Common(Errors::Strict) => {
                let shown = backslash_escape(v);
                return Err(PyErr::new(
                    &exc::UNICODE_ENCODE_ERROR,
                    format!(
                        "'{}' codec can't encode character '{shown}' in position {pos}: ordinal not in range({limit})",
                        c.name()
                    ),
                ));
            }
        }
    }
    Ok(from_vec(out))
}

/// `b.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors_name: &str) -> PyResult<String> {
    let c = codec(encoding)?;
    let handling = errors(errors_name)?;
    match c {
        Codec::Utf8Sig => decode(data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data), "utf-8", errors_name),
        Codec::Wide { width, big } => decode_wide(data, width, big, handling),
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (pos, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                    continue;
                }
                match handling {
                    Errors::Ignore => {}
                    Errors::Replace => out.push('\u{fffd}'),
                    Errors::Strict => {
                        return Err(decode_error(
                            "ascii",
                            format!("byte 0x{b:02x} in position {pos}"),
                            "ordinal not in range(128)",
                        ))
                    }
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut rest = data;
            let mut base = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        let bad = e.error_len().unwrap_or(rest.len() - good);
                        if handling == Errors::Strict {
                            let pos = base + good;
                            let lead = rest[good];
                            let reason = if e.error_len().is_none() {
                                "unexpected end of data"
                            } else if bad == 1 && !(0xc2..=0xf4).contains(&lead) {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            };
                            let at = if bad == 1 {
                                format!("byte 0x{lead:02x} in position {pos}")
                            } else {
                                format!("bytes in position {pos}-{}", pos + bad - 1)
                            };
                            return Err(decode_error("utf-8", at, reason));
                        }
                        if handling == Errors::Replace {
                            out.push('\u{fffd}');
                        }
                        rest = &rest[good + bad..];
                        base += good + bad;
                    }
                }
            }
        }
    }
}

/// UTF-16/UTF-32: a byte-order mark first when no order is fixed (then
/// little-endian, the machine's order, as CPython writes on it).
fn encode_wide(s: &str, width: usize, big: Option<bool>) -> Vec<u8> {
    let be = big == Some(true);
    let mut out = Vec::with_capacity(s.len() * width + width);
    let mut unit = |v: u32| {
        let b = v.to_le_bytes();
        let b = &b[..width];
        if be {
            out.extend(b.iter().rev());
        } else {
            out.extend_from_slice(b);
        }
    };
    if big.is_none() {
        unit(0xfeff);
    }
    if width == 2 {
        s.encode_utf16().for_each(|u| unit(u as u32));
    } else {
        s.chars().for_each(|c| unit(c as u32));
    }
    out
}

fn decode_wide(data: &[u8], width: usize, big: Option<bool>, handling: Errors) -> PyResult<String> {
    let (mut be, mut start) = (big == Some(true), 0);
    if big.is_none() && data.len() >= width {
        let le_bom: &[u8] = if width == 2 { &[0xff, 0xfe] } else { &[0xff, 0xfe, 0, 0] };
        let be_bom: &[u8] = if width == 2 { &[0xfe, 0xff] } else { &[0, 0, 0xfe, 0xff] };
        if &data[..width] == le_bom {
            start = width;
        } else if &data[..width] == be_bom {
            (be, start) = (true, width);
        }
    }
    let name = Codec::Wide { width, big: Some(be) }.name();
    let body = &data[start..];
    let whole = body.len() / width * width;
    let units: Vec<u32> = body[..whole]
        .chunks(width)
        .map(|c| {
            c.iter().enumerate().fold(0u32, |v, (i, &b)| v | (b as u32) << (8 * if be { width - 1 - i } else { i }))
        })
        .collect();
    let mut out = String::with_capacity(units.len());
    let bad = |pos: usize, len: usize, reason: &str| -> PyErr {
        let at = if len == 1 {
            format!("byte 0x{:02x} in position {pos}", data[pos])
        } else {
            format!("bytes in position {pos}-{}", pos + len - 1)
        };
        decode_error(name, at, reason)
    };
    if width == 2 {
        let mut k = 0;
        for r in char::decode_utf16(units.iter().map(|&u| u as u16)) {
            match r {
                Ok(c) => {
                    out.push(c);
                    k += c.len_utf16();
                }
                Err(_) => {
                    match handling {
                        Errors::Strict => return Err(bad(start + 2 * k, 2, "illegal UTF-16 surrogate")),
                        Errors::Replace => out.push('\u{fffd}'),
                        Errors::Ignore => {}
                    }
                    k += 1;
                }
            }
        }
    } else {
        for (k, &u) in units.iter().enumerate() {
            match char::from_u32(u) {
                Some(c) => out.push(c),
                None => match handling {
                    Errors::Strict => {
                        let reason = if (0xd800..0xe000).contains(&u) {
                            "code point in surrogate code point range(0xd800, 0xe000)"
                        } else {
                            "code point not in range(0x110000)"
                        };
                        return Err(bad(start + 4 * k, 4, reason));
                    }
                    Errors::Replace => out.push('\u{fffd}'),
                    Errors::Ignore => {}
                },
            }
        }
    }
    if whole < body.len() {
        match handling {
            Errors::Strict => return Err(bad(start + whole, body.len() - whole, "truncated data")),
            Errors::Replace => out.push('\u{fffd}'),
            Errors::Ignore => {}
        }
    }
    Ok(out)
}

fn decode_error(codec: &str, at: String, reason: &str) -> PyErr {
    PyErr::new(&exc::UNICODE_DECODE_ERROR, format!("'{codec}' codec can't decode {at}: {reason}"))
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
