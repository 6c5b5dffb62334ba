//! `json`'s parser: JSON text to Python values in one pass over the
//! string's UTF-8, with CPython's scanner's results (what each literal
//! becomes, duplicate keys, the hooks and when they are called) and its
//! errors: a `JSONDecodeError` with the same message at the same position
//! (counted in characters, as CPython's are).

use crate::types::str::surrogates::Wtf8Buf;
use rustc_hash::FxHashMap;

use crate::object::exc::{PyErr, PyResult};
use crate::object::layout::str::{Str, StrObj};
use crate::object::value::Value;

/// The options of one `JSONDecoder` (None for each hook not given).
pub struct Options {
    pub strict: bool,
    pub object_hook: Value,
    pub object_pairs_hook: Value,
    pub parse_float: Value,
    pub parse_int: Value,
    pub parse_constant: Value,
    /// `JSONDecodeError`, called as `(msg, doc, pos)` to make each error.
    pub error: Value,
}

/// Parses the JSON value of `doc` starting at character `start`: with
/// `whole`, after any whitespace and with nothing but whitespace after it
/// (`JSONDecoder.decode`); else exactly at `start` (`raw_decode`), giving
/// the character position after it too.
pub fn decode(doc: &Str, start: usize, whole: bool, opts: &Options) -> PyResult<(Value, usize)> {
    let text = doc.as_str();
    // The decoder makes trees, which hold no cycles: collections while it
    // grows them would find everything alive. With hooks, user code runs
    // and may make cyclic garbage, so collections go on as usual.
    let hooked = [&opts.object_hook, &opts.object_pairs_hook, &opts.parse_float, &opts.parse_int, &opts.parse_constant]
        .iter()
        .any(|h| !h.is_none());
    let _deferral = (!hooked).then(crate::object::gc::defer);
    let mut p = Parser { doc, bytes: text.as_bytes(), pos: 0, opts, keys: FxHashMap::default() };
    p.pos = p.byte_of_char(start);
    if whole {
        p.skip_ws();
    }
    let v = p.value()?;
    if whole {
        p.skip_ws();
        if p.pos != p.bytes.len() {
            return Err(p.error("Extra data", p.pos));
        }
    }
    Ok((v, p.char_of_byte(p.pos)))
}

struct Parser<'a> {
    doc: &'a Str,
    bytes: &'a [u8],
    pos: usize,
    opts: &'a Options,
    /// Keys met so far, each made once (CPython's scanner memoizes them
    /// too: a document of many objects has few distinct keys).
    keys: FxHashMap<&'a [u8], Str>,
}

/// Which error the value scanner signals for "no value here": CPython's
/// scanner raises StopIteration with the position, which its decoder turns
/// into "Expecting value".
const EXPECTING_VALUE: &str = "Expecting value";

impl<'a> Parser<'a> {
    fn byte_of_char(&self, c: usize) -> usize {
        if self.doc.nchars == self.bytes.len() {
            return c.min(self.bytes.len());
        }
        self.doc.as_str().char_indices().nth(c).map_or(self.bytes.len(), |(b, _)| b)
    }

    fn char_of_byte(&self, b: usize) -> usize {
        if self.doc.nchars == self.bytes.len() {
            return b;
        }
        self.bytes[..b].iter().filter(|&&x| (x as i8) >= -0x40).count()
    }

    /// The `JSONDecodeError` of `msg` at byte `at`.
    fn error(&self, msg: &str, at: usize) -> PyErr {
        let pos = Value::Int(self.char_of_byte(at) as i64);
        let args = vec![Value::from_str(msg), Value::Str(self.doc.clone()), pos];
        match crate::types::func::call(&self.opts.error, args, &[]) {
            Ok(Value::Exc(e)) => PyErr(e),
            Ok(other) => {
                PyErr::type_error(format!("exceptions must derive from BaseException, not {}", other.type_name()))
            }
            Err(e) => e,
        }
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn starts_with(&self, word: &[u8]) -> bool {
        self.bytes[self.pos..].starts_with(word)
    }

    fn value(&mut self) -> PyResult<Value> {
        let Some(b) = self.peek() else { return Err(self.error(EXPECTING_VALUE, self.pos)) };
        match b {
            b'"' => {
                let s = self.string()?;
                Ok(Value::Str(s))
            }
            b'{' => self.object(),
            b'[' => self.array(),
            b'n' if self.starts_with(b"null") => {
                self.pos += 4;
                Ok(Value::None)
            }
            b't' if self.starts_with(b"true") => {
                self.pos += 4;
                Ok(Value::Bool(true))
            }
            b'f' if self.starts_with(b"false") => {
                self.pos += 5;
                Ok(Value::Bool(false))
            }
            b'N' if self.starts_with(b"NaN") => self.constant("NaN", f64::NAN),
            b'I' if self.starts_with(b"Infinity") => self.constant("Infinity", f64::INFINITY),
            b'-' if self.bytes[self.pos + 1..].starts_with(b"Infinity") => {
                self.constant("-Infinity", f64::NEG_INFINITY)
            }
            _ => self.number(),
        }
    }

    fn constant(&mut self, name: &str, value: f64) -> PyResult<Value> {
        self.pos += name.len();
        if self.opts.parse_constant.is_none() {
            return Ok(Value::Float(value));
        }
        crate::types::func::call(&self.opts.parse_constant, vec![Value::from_str(name)], &[])
    }

    /// A number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, an int
    /// unless it has a fraction or an exponent.
    fn number(&mut self) -> PyResult<Value> {
        let start = self.pos;
        let b = self.bytes;
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                while let Some(b'0'..=b'9') = b.get(i) {
                    i += 1;
                }
            }
            _ => return Err(self.error(EXPECTING_VALUE, start)),
        }
        let int_end = i;
        if b.get(i) == Some(&b'.') && matches!(b.get(i + 1), Some(b'0'..=b'9')) {
            i += 2;
            while let Some(b'0'..=b'9') = b.get(i) {
                i += 1;
            }
        }
        if let Some(b'e' | b'E') = b.get(i) {
            let mut j = i + 1;
            if let Some(b'-' | b'+') = b.get(j) {
                j += 1;
            }
            if let Some(b'0'..=b'9') = b.get(j) {
                while let Some(b'0'..=b'9') = b.get(j) {
                    j += 1;
                }
                i = j;
            }
        }
        self.pos = i;
        // SAFETY-free: the bytes matched are ASCII.
        let text = std::str::from_utf8(&b[start..i]).expect("ASCII digits");
        if i == int_end {
            if !self.opts.parse_int.is_none() {
                return crate::types::func::call(&self.opts.parse_int, vec![Value::from_str(text)], &[]);
            }
            return match text.parse::<i64>() {
                Ok(n) => Ok(Value::Int(n)),
                Err(_) => Ok(Value::from_int(crate::types::int::from_str_radix(text, 10)?)),
            };
        }
        if !self.opts.parse_float.is_none() {
            return crate::types::func::call(&self.opts.parse_float, vec![Value::from_str(text)], &[]);
        }
        Ok(Value::Float(text.parse::<f64>().expect("a JSON number is a float literal")))
    }

    fn nest(&self, what: &str) -> PyResult<crate::object::program::FrameGuard> {
        crate::object::program::enter().map_err(|_| {
            PyErr::new(
                &crate::object::exc::RECURSION_ERROR,
                format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"),
            )
        })
    }

    fn array(&mut self) -> PyResult<Value> {
        let _frame = self.nest("array")?;
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::List(crate::types::list::from_vec(items)));
        }
        loop {
            items.push(self.value()?);
            self.skip_ws();
            match self.peek() {
                Some(b']') => break,
                Some(b',') => self.pos += 1,
                _ => return Err(self.error("Expecting ',' delimiter", self.pos)),
            }
            self.skip_ws();
        }
        self.pos += 1;
        Ok(Value::List(crate::types::list::from_vec(items)))
    }

    fn object(&mut self) -> PyResult<Value> {
        let _frame = self.nest("object")?;
        self.pos += 1;
        let mut pairs = Vec::new();
        self.skip_ws();
        if self.peek() != Some(b'}') {
            loop {
                if self.peek() != Some(b'"') {
                    return Err(self.error("Expecting property name enclosed in double quotes", self.pos));
                }
                let key = self.key()?;
                self.skip_ws();
                if self.peek() != Some(b':') {
                    return Err(self.error("Expecting ':' delimiter", self.pos));
                }
                self.pos += 1;
                self.skip_ws();
                let v = self.value()?;
                pairs.push((Value::Str(key), v));
                self.skip_ws();
                match self.peek() {
                    Some(b'}') => break,
                    Some(b',') => self.pos += 1,
                    _ => return Err(self.error("Expecting ',' delimiter", self.pos)),
                }
                self.skip_ws();
            }
        }
        self.pos += 1;
        if !self.opts.object_pairs_hook.is_none() {
            let list = pairs.into_iter().map(|(k, v)| Value::Tuple(crate::types::tuple::new(vec![k, v]))).collect();
            let arg = Value::List(crate::types::list::from_vec(list));
            return crate::types::func::call(&self.opts.object_pairs_hook, vec![arg], &[]);
        }
        let d = crate::types::dict::with_capacity(pairs.len());
        for (k, v) in pairs {
            crate::types::dict::setitem(&d, k, v)?;
        }
        let d = Value::Dict(d);
        if !self.opts.object_hook.is_none() {
            return crate::types::func::call(&self.opts.object_hook, vec![d], &[]);
        }
        Ok(d)
    }

    /// An object's key: a string, made once per distinct text.
    fn key(&mut self) -> PyResult<Str> {
        let start = self.pos + 1;
        let bytes = self.bytes;
        let mut end = start;
        while let Some(&b) = bytes.get(end) {
            if b == b'"' {
                if let Some(s) = self.keys.get(&bytes[start..end]) {
                    self.pos = end + 1;
                    return Ok(s.clone());
                }
                break;
            }
            if b == b'\\' || b < 0x20 {
                break;
            }
            end += 1;
        }
        let s = self.string()?;
        self.keys.entry(&bytes[start..self.pos - 1]).or_insert_with(|| s.clone());
        Ok(s)
    }

    /// A string, the position at its opening quote.
    fn string(&mut self) -> PyResult<Str> {
        let begin = self.pos;
        let bytes = self.bytes;
        let mut i = begin + 1;
        let mut out: Option<Wtf8Buf> = None;
        let mut run = i;
        loop {
            let Some(&b) = bytes.get(i) else { return Err(self.error("Unterminated string starting at", begin)) };
            match b {
                b'"' => break,
                b'\\' => {
                    let buf = out.get_or_insert_with(Wtf8Buf::default);
                    buf.push_str(self.text(run, i));
                    i = self.escape(begin, i, buf)?;
                    run = i;
                }
                0..=0x1f if self.opts.strict => return Err(self.error("Invalid control character at", i)),
                _ => i += 1,
            }
        }
        self.pos = i + 1;
        let s = match out {
            None => self.text(run, i).to_string(),
            Some(mut buf) => {
                // A lone surrogate escaped (`"\\udc80"`) is kept as CPython keeps it.
                buf.push_str(self.text(run, i));
                return Ok(buf.into_str());
            }
        };
        let n = if s.is_ascii() { s.len() } else { s.chars().count() };
        Ok(std::rc::Rc::new(StrObj::with_len(s, n)))
    }

    /// The text between two byte positions, both on character boundaries
    /// (each is just past an ASCII byte, or at one).
    fn text(&self, from: usize, to: usize) -> &'a str {
        &self.doc.as_str()[from..to]
    }

    /// The escape at `at` (a backslash) appended to `buf`; the position
    /// after it.
    fn escape(&self, begin: usize, at: usize, buf: &mut Wtf8Buf) -> PyResult<usize> {
        let bytes = self.bytes;
        let Some(&c) = bytes.get(at + 1) else { return Err(self.error("Unterminated string starting at", begin)) };
        let simple = match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                // CPython's scanner wants a character after the four digits
                // (the closing quote at least) before it reads them.
                let mut end = at + 6;
                let unit = match self.hex4(at + 2) {
                    Some(unit) if end < bytes.len() => unit,
                    _ => return Err(self.error("Invalid \\uXXXX escape", at + 1)),
                };
                let mut code = unit;
                if (0xd800..0xdc00).contains(&unit)
                    && end + 6 < bytes.len()
                    && bytes.get(end) == Some(&b'\\')
                    && bytes.get(end + 1) == Some(&b'u')
                {
                    let low = self.hex4(end + 2).ok_or_else(|| self.error("Invalid \\uXXXX escape", end + 1))?;
                    if (0xdc00..0xe000).contains(&low) {
                        code = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                        end += 6;
                    }
                }
                buf.push_code(code);
                return Ok(end);
            }
            _ => return Err(self.error("Invalid \\escape", at)),
        };
        buf.push(simple);
        Ok(at + 2)
    }

    /// Four hex digits at `at`, or None (too few, or not hex).
    fn hex4(&self, at: usize) -> Option<u32> {
        let digits = self.bytes.get(at..at + 4)?;
        digits.iter().try_fold(0u32, |n, &d| Some(n * 16 + (d as char).to_digit(16)?))
    }
}
