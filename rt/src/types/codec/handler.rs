//! Codec error handlers and the `UnicodeError`s they see.
//!
//! A codec that meets what it cannot convert asks the handler named by
//! its `errors` argument what to put instead and where to go on, as
//! CPython's codecs do: the built-in handlers (`strict`, `ignore`,
//! `replace`, `backslashreplace`, `xmlcharrefreplace`, `namereplace`,
//! `surrogateescape`, `surrogatepass`) are answered here; one the program
//! registered (`codecs.register_error`) is called with the
//! `UnicodeEncodeError`/`UnicodeDecodeError` and returns the replacement
//! and the position to resume at. The name is looked up only when an
//! error happens, so an unknown one is an error only then, as in CPython.
//!
//! Encoders see the text as code points (`&[u32]`), as a string holding
//! lone surrogates has them; `surrogateescape` turns U+DC80..U+DCFF back
//! into the bytes they stand for, and `surrogatepass` writes surrogates
//! as the UTF codecs' scheme would (decoding does the reverse of both).

use std::cell::RefCell;
use std::collections::HashMap;

use crate::object::exc::{self, new_exc, Exc, PyErr, PyResult};
use crate::object::value::Value;
use crate::types::bytes;
use crate::types::str::surrogates::Wtf8Buf;

/// A handler, as found by name.
#[derive(Clone)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
    /// Registered by the program.
    Custom(Value),
}

thread_local! {
    /// The handlers `codecs.register_error` added, by name.
    static REGISTERED: RefCell<HashMap<String, Value>> = RefCell::new(HashMap::new());
}

/// The built-in handlers' names.
pub const BUILTIN: &[&str] = &[
    "strict",
    "ignore",
    "replace",
    "backslashreplace",
    "xmlcharrefreplace",
    "namereplace",
    "surrogateescape",
    "surrogatepass",
];

/// `codecs.register_error(name, handler)`.
pub fn register(name: &str, handler: Value) {
    REGISTERED.with(|r| r.borrow_mut().insert(name.to_string(), handler));
}

/// The handler the program registered as `name`, if any.
pub fn registered(name: &str) -> Option<Value> {
    REGISTERED.with(|r| r.borrow().get(name).cloned())
}

fn unknown(name: &str) -> PyErr {
    PyErr::new(&exc::LOOKUP_ERROR, format!("unknown error handler name '{name}'"))
}

fn lookup(name: &str) -> PyResult<Handler> {
    Ok(match name {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => Handler::NameReplace,
        "surrogateescape" => Handler::SurrogateEscape,
        "surrogatepass" => Handler::SurrogatePass,
        _ => Handler::Custom(registered(name).ok_or_else(|| unknown(name))?),
    })
}

/// The family of a decoder, for `surrogatepass` (which only the UTF
/// codecs honour).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Utf8,
    Utf16 { big: bool },
    Utf32 { big: bool },
    Other,
}

/// What goes in place of characters an encoder lacks.
pub enum Replacement {
    /// Characters, which the codec encodes in turn.
    Text(String),
    /// Bytes, written as they are.
    Bytes(Vec<u8>),
}

/// A codec's `errors` argument, looked up at its first use.
pub struct Errors<'a> {
    name: &'a str,
    handler: Option<Handler>,
}

impl<'a> Errors<'a> {
    pub fn new(name: &'a str) -> Errors<'a> {
        Errors { name, handler: None }
    }

    fn handler(&mut self) -> PyResult<Handler> {
        if self.handler.is_none() {
            self.handler = Some(lookup(self.name)?);
        }
        Ok(self.handler.clone().unwrap())
    }

    /// The encoder named `encoding` (as its messages name it, of
    /// `family`) lacks the code points `chars[start..end]`: what to write
    /// instead, and the index of the code point to go on from.
    pub fn encode_error(
        &mut self,
        family: Family,
        encoding: &str,
        chars: &[u32],
        start: usize,
        end: usize,
        reason: &str,
    ) -> PyResult<(Replacement, usize)> {
        let bad = &chars[start..end];
        let text = |f: &dyn Fn(u32) -> String| Ok((Replacement::Text(bad.iter().map(|&c| f(c)).collect()), end));
        let raise = || Err(PyErr(encode_exception(encoding, chars, start, end, reason)));
        let surrogates = bad.iter().all(|c| (0xD800..0xE000).contains(c));
        match self.handler()? {
            Handler::Strict => raise(),
            Handler::SurrogateEscape if bad.iter().all(|c| (0xDC80..0xDD00).contains(c)) => {
                Ok((Replacement::Bytes(bad.iter().map(|&c| (c - 0xDC00) as u8).collect()), end))
            }
            Handler::SurrogatePass if surrogates && family != Family::Other => {
                let mut out = Vec::new();
                for &c in bad {
                    match family {
                        Family::Utf8 => crate::types::str::surrogates::push_code(&mut out, c),
                        Family::Utf16 { big } => {
                            out.extend(if big { (c as u16).to_be_bytes() } else { (c as u16).to_le_bytes() })
                        }
                        Family::Utf32 { big } => out.extend(if big { c.to_be_bytes() } else { c.to_le_bytes() }),
                        Family::Other => unreachable!("checked above"),
                    }
                }
                Ok((Replacement::Bytes(out), end))
            }
            Handler::SurrogateEscape | Handler::SurrogatePass => raise(),
            Handler::Ignore => Ok((Replacement::Bytes(Vec::new()), end)),
            Handler::Replace => text(&|_| "?".to_string()),
            Handler::BackslashReplace => text(&backslash_escape_code),
            Handler::XmlCharRefReplace => text(&|c| format!("&#{c};")),
            Handler::NameReplace => text(&|c| match char::from_u32(c).and_then(crate::types::unicode::name) {
                Some(n) => format!("\\N{{{n}}}"),
                None => backslash_escape_code(c),
            }),
            Handler::Custom(f) => {
                let e = encode_exception(encoding, chars, start, end, reason);
                let r = crate::types::func::call(&f, vec![Value::Exc(e)], &[])?;
                let bad_result = || PyErr::type_error("encoding error handler must return (str/bytes, int) tuple");
                let Value::Tuple(t) = &r else { return Err(bad_result()) };
                let [rep, pos] = &t.items[..] else { return Err(bad_result()) };
                let rep = match rep {
                    Value::Str(s) => Replacement::Text(s.as_str().to_string()),
                    Value::Bytes(b) => Replacement::Bytes(b.data.to_vec()),
                    _ => return Err(bad_result()),
                };
                Ok((rep, new_position(pos, chars.len())?))
            }
        }
    }

    /// The decoder named `encoding` cannot decode `data[start..end]`:
    /// writes what goes instead to `out` and returns the position to go
    /// on from.
    #[allow(clippy::too_many_arguments)]
    pub fn decode_error(
        &mut self,
        family: Family,
        encoding: &str,
        data: &[u8],
        start: usize,
        end: usize,
        reason: &str,
        out: &mut Wtf8Buf,
    ) -> PyResult<usize> {
        let raise = || Err(PyErr(decode_exception(encoding, data, start, end, reason)));
        match self.handler()? {
            Handler::Strict => raise(),
            Handler::Ignore => Ok(end),
            Handler::Replace => {
                out.push('\u{fffd}');
                Ok(end)
            }
            Handler::BackslashReplace => {
                for b in &data[start..end] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
                Ok(end)
            }
            Handler::XmlCharRefReplace | Handler::NameReplace => {
                Err(PyErr::type_error("don't know how to handle UnicodeDecodeError in error callback"))
            }
            Handler::SurrogateEscape => {
                // Only the bytes 0x80 to 0xff have stand-ins; CPython takes
                // what it can from the start and raises at the first other.
                let n = data[start..end].iter().take(4).take_while(|&&b| b >= 0x80).count();
                if n == 0 {
                    return raise();
                }
                data[start..start + n].iter().for_each(|&b| out.push_code(0xDC00 + b as u32));
                Ok(start + n)
            }
            Handler::SurrogatePass => match encoded_surrogate(family, &data[start..]) {
                Some((c, n)) => {
                    out.push_code(c);
                    Ok(start + n)
                }
                None => raise(),
            },
            Handler::Custom(f) => {
                let e = decode_exception(encoding, data, start, end, reason);
                let r = crate::types::func::call(&f, vec![Value::Exc(e)], &[])?;
                let bad_result = || PyErr::type_error("decoding error handler must return (str, int) tuple");
                let Value::Tuple(t) = &r else { return Err(bad_result()) };
                let [Value::Str(rep), pos] = &t.items[..] else { return Err(bad_result()) };
                out.push_text(rep);
                new_position(pos, data.len())
            }
        }
    }
}

/// The position a registered handler returned, from the end if negative.
fn new_position(pos: &Value, len: usize) -> PyResult<usize> {
    let Value::Int(p) = pos else {
        return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", pos.type_name())));
    };
    let at = if *p < 0 { *p + len as i64 } else { *p };
    if at < 0 || at > len as i64 {
        return Err(PyErr::new(&exc::INDEX_ERROR, format!("position {p} from error handler out of bounds")));
    }
    Ok(at as usize)
}

/// The surrogate code point `data` starts with, encoded by `family`, and
/// its length in bytes.
fn encoded_surrogate(family: Family, data: &[u8]) -> Option<(u32, usize)> {
    let c = match family {
        Family::Utf8 => {
            let ok = data.len() >= 3 && data[0] == 0xed && (0xa0..0xc0).contains(&data[1]) && data[2] & 0xc0 == 0x80;
            return ok.then(|| (0xD000 | ((data[1] as u32 & 0x3f) << 6) | (data[2] as u32 & 0x3f), 3));
        }
        Family::Utf16 { big } => {
            let w = [*data.first()?, *data.get(1)?];
            (if big { u16::from_be_bytes(w) } else { u16::from_le_bytes(w) } as u32, 2)
        }
        Family::Utf32 { big } => {
            let w = [*data.first()?, *data.get(1)?, *data.get(2)?, *data.get(3)?];
            (if big { u32::from_be_bytes(w) } else { u32::from_le_bytes(w) }, 4)
        }
        Family::Other => return None,
    };
    (0xD800..0xE000).contains(&c.0).then_some(c)
}

/// A character as Python's `\x`, `\u` or `\U` escape.
pub fn backslash_escape(c: char) -> String {
    backslash_escape_code(c as u32)
}

/// A code point (a surrogate or not) as Python's `\x`, `\u` or `\U` escape.
pub fn backslash_escape_code(v: u32) -> String {
    if v <= 0xff {
        format!("\\x{v:02x}")
    } else if v <= 0xffff {
        format!("\\u{v:04x}")
    } else {
        format!("\\U{v:08x}")
    }
}

fn unicode_error(ty: &'static exc::TypeObj, args: Vec<Value>) -> Exc {
    let names: &[&str] = if args.len() == 5 {
        &["encoding", "object", "start", "end", "reason"]
    } else {
        &["object", "start", "end", "reason"]
    };
    let e = new_exc(ty, args.clone());
    let mut attrs = e.attrs.borrow_mut();
    for (k, v) in names.iter().zip(args) {
        attrs.insert(k.to_string(), v);
    }
    drop(attrs);
    e
}

/// The UnicodeEncodeError of an encoder lacking `chars[start..end]`.
pub fn encode_exception(encoding: &str, chars: &[u32], start: usize, end: usize, reason: &str) -> Exc {
    let mut object = Wtf8Buf::with_capacity(chars.len());
    chars.iter().for_each(|&c| object.push_code(c));
    unicode_error(
        &exc::UNICODE_ENCODE_ERROR,
        vec![
            Value::from_str(encoding),
            Value::Str(object.into_str()),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::from_str(reason),
        ],
    )
}

/// The UnicodeDecodeError of a decoder failing on `data[start..end]`.
pub fn decode_exception(encoding: &str, data: &[u8], start: usize, end: usize, reason: &str) -> Exc {
    unicode_error(
        &exc::UNICODE_DECODE_ERROR,
        vec![
            Value::from_str(encoding),
            Value::Bytes(bytes::new(data)),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::from_str(reason),
        ],
    )
}

/// `UnicodeEncodeError(...)`, `UnicodeDecodeError(...)` and
/// `UnicodeTranslateError(...)` called by the program: CPython's checks
/// of the arguments, and the attributes they set. None for other classes.
pub fn construct(ty: &'static exc::TypeObj, args: &[Value]) -> Option<PyResult<Exc>> {
    let decode = std::ptr::eq(ty, &exc::UNICODE_DECODE_ERROR);
    let translate = std::ptr::eq(ty, &exc::UNICODE_TRANSLATE_ERROR);
    if !decode && !translate && !std::ptr::eq(ty, &exc::UNICODE_ENCODE_ERROR) {
        return None;
    }
    let want = if translate { 4 } else { 5 };
    Some((|| {
        if args.len() != want {
            return Err(PyErr::type_error(format!("function takes exactly {want} arguments ({} given)", args.len())));
        }
        let mut args = args.to_vec();
        let first = if translate { 0 } else { 1 };
        if !translate && !matches!(args[0], Value::Str(_)) {
            return Err(PyErr::type_error(format!("argument 1 must be str, not {}", args[0].type_name())));
        }
        match (args[first].clone(), decode) {
            (Value::Bytes(_), true) | (Value::Str(_), false) => {}
            (Value::ByteArray(b), true) => args[first] = Value::Bytes(bytes::new(&b.data.borrow())),
            (other, true) => {
                return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", other.type_name())))
            }
            (other, false) => {
                return Err(PyErr::type_error(format!("argument {} must be str, not {}", first + 1, other.type_name())))
            }
        }
        for v in &args[first + 1..first + 3] {
            if !matches!(v, Value::Int(_) | Value::Bool(_)) {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    v.type_name()
                )));
            }
        }
        if !matches!(args[first + 3], Value::Str(_)) {
            return Err(PyErr::type_error(format!(
                "argument {} must be str, not {}",
                first + 4,
                args[first + 3].type_name()
            )));
        }
        Ok(unicode_error(ty, args))
    })())
}

/// `str(e)` of a UnicodeError made with its attributes: CPython's message,
/// from the attributes as they are now. None when `e` has none.
pub fn message(e: &exc::ExcObj) -> Option<String> {
    let attrs = e.attrs.borrow();
    let object = attrs.get("object")?;
    let (Some(Value::Int(start)), Some(Value::Int(end))) = (attrs.get("start"), attrs.get("end")) else {
        return None;
    };
    let (start, end) = (*start, *end);
    let reason = crate::object::protocol::str(attrs.get("reason")?);
    let encoding = attrs.get("encoding").map(crate::object::protocol::str);
    let one = end == start + 1;
    Some(match object {
        Value::Bytes(b) => {
            let enc = encoding.unwrap_or_default();
            match b.data.get(start as usize).filter(|_| one && start >= 0) {
                Some(byte) => format!("'{enc}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"),
                None => format!("'{enc}' codec can't decode bytes in position {start}-{}: {reason}", end - 1),
            }
        }
        Value::Str(s) => {
            let ch =
                crate::types::str::surrogates::code_points(s.bytes()).nth(start as usize).filter(|_| one && start >= 0);
            let (verb, head) = match &encoding {
                Some(enc) => ("encode", format!("'{enc}' codec can't ")),
                None => ("translate", "can't ".to_string()),
            };
            match ch {
                Some(c) => {
                    format!("{head}{verb} character '{}' in position {start}: {reason}", backslash_escape_code(c))
                }
                None => format!("{head}{verb} characters in position {start}-{}: {reason}", end - 1),
            }
        }
        _ => return None,
    })
}

/// `codecs.lookup_error(name)` for a name no program registered: whether
/// it is a built-in handler, or CPython's LookupError.
pub fn check_name(name: &str) -> PyResult<()> {
    if BUILTIN.contains(&name) || registered(name).is_some() {
        Ok(())
    } else {
        Err(unknown(name))
    }
}
