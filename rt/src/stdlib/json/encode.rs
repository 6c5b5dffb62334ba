//! `json`'s serializer: a Python value to JSON text in one pass into one
//! buffer, with CPython's output byte for byte (float repr, escapes,
//! separators, indentation) and its errors (circular references, keys of
//! the wrong type, out-of-range floats, unserializable objects handed to
//! the encoder's `default`).

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;

/// The options of one `JSONEncoder.encode` call.
pub struct Options {
    /// The encoder's `default` method, called on objects JSON has no form for.
    pub default: Value,
    /// The text of one level of indentation, or None for one line.
    pub indent: Option<String>,
    pub item_sep: String,
    pub key_sep: String,
    pub sort_keys: bool,
    pub skipkeys: bool,
    pub ensure_ascii: bool,
    pub check_circular: bool,
    pub allow_nan: bool,
}

pub fn encode(v: &Value, opts: &Options) -> PyResult<String> {
    let mut e = Encoder { opts, out: String::new(), markers: Vec::new(), level: 0 };
    e.value(v)?;
    Ok(e.out)
}

struct Encoder<'a> {
    opts: &'a Options,
    out: String,
    /// The ids of the containers being encoded (CPython's `markers`).
    markers: Vec<i64>,
    level: usize,
}

/// What a value is to JSON: instances of classes deriving from a builtin
/// type are encoded as the value they carry, as CPython's `isinstance`
/// checks do.
fn builtin_of(v: &Value) -> Option<Value> {
    let base = crate::types::class::base_value(v)?;
    matches!(
        base,
        Value::Int(_)
            | Value::Big(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
    )
    .then_some(base)
}

impl Encoder<'_> {
    fn value(&mut self, v: &Value) -> PyResult<()> {
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => self.out.push_str(itoa::Buffer::new().format(*i)),
            Value::Big(_) => self.out.push_str(crate::types::str::to_str_checked(v)?.as_str()),
            Value::Float(f) => {
                let text = self.float(*f)?;
                self.out.push_str(&text);
            }
            Value::Str(s) if crate::types::str::surrogates::holds(s) => {
                escape_code_points(&mut self.out, s, self.opts.ensure_ascii)?
            }
            Value::Str(s) => escape(&mut self.out, s.as_str(), self.opts.ensure_ascii),
            Value::List(l) => {
                let items = l.to_vec();
                self.array(v, &items)?;
            }
            Value::Tuple(t) => self.array(v, t.items())?,
            Value::Dict(d) => self.object(v, &d.items_vec())?,
            _ => match builtin_of(v) {
                Some(base @ (Value::Int(_) | Value::Big(_) | Value::Float(_) | Value::Str(_))) => self.value(&base)?,
                Some(Value::List(l)) => self.array(v, &l.to_vec())?,
                Some(Value::Tuple(t)) => self.array(v, t.items())?,
                Some(Value::Dict(d)) => self.object(v, &d.items_vec())?,
                _ => {
                    let id = self.enter(v)?;
                    let _frame = crate::object::program::enter().map_err(|_| recursion())?;
                    let replaced = crate::types::func::call(&self.opts.default, vec![v.clone()], &[])?;
                    self.value(&replaced)?;
                    self.leave(id);
                }
            },
        }
        Ok(())
    }

    /// A float's JSON text: its repr, or the JavaScript names of the
    /// values outside JSON's range when they are allowed.
    fn float(&self, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(crate::types::float::repr(f));
        }
        if !self.opts.allow_nan {
            // CPython's one-line encoder (C) and its indenting one (Python) word it differently.
            let suffix = match self.opts.indent {
                Some(_) => format!(": {}", crate::types::float::repr(f)),
                None => String::new(),
            };
            return Err(PyErr::value_error(format!("Out of range float values are not JSON compliant{suffix}")));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    /// Marks a container as being encoded (for the circular check).
    fn enter(&mut self, v: &Value) -> PyResult<Option<i64>> {
        if !self.opts.check_circular {
            return Ok(None);
        }
        let id = v.id();
        if self.markers.contains(&id) {
            return Err(PyErr::value_error("Circular reference detected"));
        }
        self.markers.push(id);
        Ok(Some(id))
    }

    fn leave(&mut self, id: Option<i64>) {
        if id.is_some() {
            self.markers.pop();
        }
    }

    /// The start of a container's items: its opening bracket, and with
    /// indentation a new line one level deeper.
    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        if self.opts.indent.is_some() {
            self.level += 1;
            self.newline();
        }
    }

    fn close(&mut self, bracket: char) {
        if self.opts.indent.is_some() {
            self.level -= 1;
            self.newline();
        }
        self.out.push(bracket);
    }

    fn newline(&mut self) {
        if let Some(indent) = &self.opts.indent {
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(indent);
            }
        }
    }

    fn separator(&mut self) {
        self.out.push_str(&self.opts.item_sep);
        self.newline();
    }

    fn array(&mut self, v: &Value, items: &[Value]) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        let id = self.enter(v)?;
        let _frame = crate::object::program::enter().map_err(|_| recursion())?;
        self.open('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.separator();
            }
            self.value(item)?;
        }
        self.close(']');
        self.leave(id);
        Ok(())
    }

    fn object(&mut self, v: &Value, items: &[(Value, Value)]) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        let id = self.enter(v)?;
        let _frame = crate::object::program::enter().map_err(|_| recursion())?;
        let sorted;
        let items = if self.opts.sort_keys {
            sorted = sort_items(items)?;
            &sorted[..]
        } else {
            items
        };
        self.open('{');
        let mut first = true;
        for (k, item) in items {
            let key = match self.key(k)? {
                Some(key) => key,
                None => continue,
            };
            if !first {
                self.separator();
            }
            first = false;
            match key {
                Key::Text(s) if crate::types::str::surrogates::holds(&s) => {
                    escape_code_points(&mut self.out, &s, self.opts.ensure_ascii)?
                }
                Key::Text(s) => escape(&mut self.out, s.as_str(), self.opts.ensure_ascii),
                Key::Owned(s) => escape(&mut self.out, &s, self.opts.ensure_ascii),
            }
            self.out.push_str(&self.opts.key_sep);
            self.value(item)?;
        }
        // With every key skipped, CPython's indenting encoder still writes
        // the new lines of a non-empty object.
        self.close('}');
        self.leave(id);
        Ok(())
    }

    /// A key's text, or None for a key `skipkeys` drops.
    fn key(&self, k: &Value) -> PyResult<Option<Key>> {
        let k = match builtin_of(k) {
            Some(base @ (Value::Int(_) | Value::Big(_) | Value::Float(_) | Value::Str(_))) => base,
            _ => k.clone(),
        };
        Ok(Some(match &k {
            Value::Str(s) => Key::Text(s.clone()),
            Value::Float(f) => Key::Owned(self.float(*f)?),
            Value::Bool(b) => Key::Owned(if *b { "true" } else { "false" }.to_string()),
            Value::None => Key::Owned("null".to_string()),
            Value::Int(i) => Key::Owned(itoa::Buffer::new().format(*i).to_string()),
            Value::Big(_) => Key::Text(crate::types::str::to_str_checked(&k)?),
            _ if self.opts.skipkeys => return Ok(None),
            other => {
                return Err(PyErr::type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    crate::stdlib::short_name(other.type_name())
                )))
            }
        }))
    }
}

/// A dict's items sorted as CPython sorts them for `sort_keys`: as
/// (key, value) pairs, so keys of types that do not compare raise its
/// TypeError. String keys (the usual case) compare as their code points,
/// which is their UTF-8 bytes' order.
fn sort_items(items: &[(Value, Value)]) -> PyResult<Vec<(Value, Value)>> {
    let mut out = items.to_vec();
    if out.iter().all(|(k, _)| matches!(k, Value::Str(_))) {
        out.sort_by(|(a, _), (b, _)| match (a, b) {
            (Value::Str(a), Value::Str(b)) => a.bytes().cmp(b.bytes()),
            _ => unreachable!("every key is a str"),
        });
        return Ok(out);
    }
    let pairs: Vec<Value> = out.into_iter().map(|(k, v)| Value::Tuple(crate::types::tuple::new(vec![k, v]))).collect();
    let list = crate::types::list::from_vec(pairs);
    crate::types::list::sort(&list, false)?;
    Ok(list
        .to_vec()
        .into_iter()
        .map(|p| match p {
            Value::Tuple(t) => (t.items()[0].clone(), t.items()[1].clone()),
            _ => unreachable!("sorted pairs are tuples"),
        })
        .collect())
}

enum Key {
    Text(crate::object::layout::str::Str),
    Owned(String),
}

fn recursion() -> PyErr {
    PyErr::new(&crate::object::exc::RECURSION_ERROR, "maximum recursion depth exceeded while encoding a JSON object")
}

/// Which ASCII bytes a JSON string must escape (control characters, the
/// quote and the backslash).
fn must_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// [`escape`] of a string holding lone surrogates: with `ensure_ascii`
/// each is its `\uXXXX` escape; without it the output would have to hold
/// it, which this encoder's text cannot yet (a ValueError says so).
fn escape_code_points(out: &mut String, s: &crate::types::str::StrObj, ensure_ascii: bool) -> PyResult<()> {
    if !ensure_ascii {
        return Err(PyErr::value_error(
            "json.dumps with ensure_ascii=False of a string holding a lone surrogate is not supported by pyaot yet",
        ));
    }
    out.push('"');
    for c in crate::types::str::surrogates::code_points(s.bytes()) {
        match char::from_u32(c) {
            Some(ch) => {
                let mut tmp = String::new();
                escape(&mut tmp, ch.encode_utf8(&mut [0; 4]), true);
                out.push_str(&tmp[1..tmp.len() - 1]);
            }
            None => unicode_escape(out, c as u16),
        }
    }
    out.push('"');
    Ok(())
}

/// Writes `s` as a JSON string: quoted, with JSON's escapes, and with
/// `ensure_ascii` every character past ASCII's printable ones as `\uXXXX`
/// (UTF-16 surrogate pairs past the BMP).
pub fn escape(out: &mut String, s: &str, ensure_ascii: bool) {
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 && !must_escape(b) && (b != 0x7f || !ensure_ascii) {
            i += 1;
            continue;
        }
        if b >= 0x80 && !ensure_ascii {
            i += 1;
            continue;
        }
        out.push_str(&s[start..i]);
        if b < 0x80 {
            match b {
                b'"' => out.push_str("\\\""),
                b'\\' => out.push_str("\\\\"),
                b'\n' => out.push_str("\\n"),
                b'\r' => out.push_str("\\r"),
                b'\t' => out.push_str("\\t"),
                0x08 => out.push_str("\\b"),
                0x0c => out.push_str("\\f"),
                _ => unicode_escape(out, b as u16),
            }
            i += 1;
        } else {
            let c = s[i..].chars().next().expect("a character starts here");
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                unicode_escape(out, *unit);
            }
            i += c.len_utf8();
        }
        start = i;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

fn unicode_escape(out: &mut String, unit: u16) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[(unit >> shift) as usize & 0xf] as char);
    }
}
