//! Strings that hold lone surrogates.
//!
//! Python's `str` is a sequence of any code points, U+D800 to U+DFFF
//! included: `chr(0xdc80)`, `'\udc80'`, and the `surrogateescape` and
//! `surrogatepass` decoders make them (the first is how CPython carries
//! undecodable bytes of file names through text). Such a string keeps its
//! text in generalized UTF-8 ([`Text::Wtf8`]): each surrogate is written
//! alone with UTF-8's three-byte scheme, never joined with its neighbour
//! into one character, so the bytes stand for the code points one to one.
//! Equality, order, hashing and search on those bytes are then the code
//! points' own, and the core operations (indexing, slicing, iteration,
//! concatenation, `repr`, `encode`, `ord`) read them here.
//!
//! The other `str` methods are written over Rust's `&str`, which must be
//! UTF-8. They are run on a stand-in: each surrogate replaced by a
//! private-use character (from a block of 2,048 that none of the strings
//! involved uses), the method run, and the stand-ins in its results turned
//! back into surrogates ([`Proxy`]). A private-use character and a
//! surrogate agree on every property those methods read (neither is
//! cased, alphanumeric, a space, printable or a line break, and each maps
//! to itself under every case mapping), so the result is the one CPython
//! gives. Methods that read code points by value (`translate`,
//! `maketrans`) read them here instead.

use std::rc::Rc;

use crate::object::exc::{PyErr, PyResult};
pub use crate::object::layout::str::has_surrogate;
use crate::object::layout::str::Text;
use crate::object::value::Value;
use crate::types::str::{Str, StrObj};

/// Text being built that may come to hold surrogates: generalized UTF-8,
/// and whether a surrogate went in.
#[derive(Default, Debug)]
pub struct Wtf8Buf {
    bytes: Vec<u8>,
    surrogates: bool,
}

impl Wtf8Buf {
    pub fn with_capacity(n: usize) -> Wtf8Buf {
        Wtf8Buf { bytes: Vec::with_capacity(n), surrogates: false }
    }
    pub fn push(&mut self, c: char) {
        let mut b = [0; 4];
        self.bytes.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
    }
    pub fn push_str(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
    }
    /// Appends code point `c` (below 0x110000), a surrogate or not.
    pub fn push_code(&mut self, c: u32) {
        self.surrogates |= (0xD800..0xE000).contains(&c);
        push_code(&mut self.bytes, c);
    }
    /// Appends another string's text, surrogates included.
    pub fn push_text(&mut self, s: &StrObj) {
        self.surrogates |= holds(s);
        self.bytes.extend_from_slice(s.s.bytes());
    }
    /// Appends code points `[start, end)` of another string.
    pub fn push_substring(&mut self, s: &StrObj, start: usize, end: usize) {
        let (b0, b1) = s.byte_span(start, end);
        self.surrogates |= holds(s);
        self.bytes.extend_from_slice(&s.s.bytes()[b0..b1]);
    }
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
    pub fn into_str(self) -> Str {
        if self.surrogates {
            return from_wtf8(self.bytes);
        }
        // SAFETY: only UTF-8 text and code points other than surrogates
        // went in.
        crate::types::str::from_string(unsafe { String::from_utf8_unchecked(self.bytes) })
    }
}

impl Extend<char> for Wtf8Buf {
    fn extend<I: IntoIterator<Item = char>>(&mut self, chars: I) {
        chars.into_iter().for_each(|c| self.push(c));
    }
}

impl From<String> for Wtf8Buf {
    fn from(s: String) -> Wtf8Buf {
        Wtf8Buf { bytes: s.into_bytes(), surrogates: false }
    }
}

/// Writes code point `c` in generalized UTF-8.
pub fn push_code(out: &mut Vec<u8>, c: u32) {
    match c {
        0..=0x7F => out.push(c as u8),
        0x80..=0x7FF => out.extend_from_slice(&[0xC0 | (c >> 6) as u8, 0x80 | (c & 0x3F) as u8]),
        0x800..=0xFFFF => {
            out.extend_from_slice(&[0xE0 | (c >> 12) as u8, 0x80 | ((c >> 6) & 0x3F) as u8, 0x80 | (c & 0x3F) as u8])
        }
        _ => out.extend_from_slice(&[
            0xF0 | (c >> 18) as u8,
            0x80 | ((c >> 12) & 0x3F) as u8,
            0x80 | ((c >> 6) & 0x3F) as u8,
            0x80 | (c & 0x3F) as u8,
        ]),
    }
}

/// The string of generalized UTF-8 `b`.
pub fn from_wtf8(b: Vec<u8>) -> Str {
    let n = b.iter().filter(|&&c| c & 0xC0 != 0x80).count();
    Rc::new(StrObj::with_len(Text::from_wtf8(b), n))
}

/// The string of one code point, a surrogate or not.
pub fn from_code(c: u32) -> Str {
    let mut b = Vec::with_capacity(4);
    push_code(&mut b, c);
    from_wtf8(b)
}

/// The code points of generalized UTF-8 text.
pub fn code_points(b: &[u8]) -> CodePoints<'_> {
    CodePoints { b, i: 0 }
}

#[derive(Clone)]
pub struct CodePoints<'a> {
    b: &'a [u8],
    i: usize,
}

impl Iterator for CodePoints<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        let (c, n) = decode_at(self.b, self.i)?;
        self.i += n;
        Some(c)
    }
}

/// The code point at byte `i` of generalized UTF-8 text and its length.
pub fn decode_at(b: &[u8], i: usize) -> Option<(u32, usize)> {
    let lead = *b.get(i)?;
    let cont = |k: usize| (b.get(i + k).copied().unwrap_or(0x80) & 0x3F) as u32;
    Some(match lead {
        0..=0x7F => (lead as u32, 1),
        0xC0..=0xDF => (((lead & 0x1F) as u32) << 6 | cont(1), 2),
        0xE0..=0xEF => (((lead & 0x0F) as u32) << 12 | cont(1) << 6 | cont(2), 3),
        _ => (((lead & 0x07) as u32) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3), 4),
    })
}

/// The text of `s` with each lone surrogate written as its `\\udc80`
/// escape (what a stream with the 'backslashreplace' handler writes).
pub fn escaped(s: &StrObj) -> String {
    let mut out = String::with_capacity(s.s.bytes().len());
    for c in code_points(s.s.bytes()) {
        match char::from_u32(c) {
            Some(ch) => out.push(ch),
            None => out.push_str(&format!("\\u{c:04x}")),
        }
    }
    out
}

/// Whether `s` holds a lone surrogate.
#[inline(always)]
pub fn holds(s: &StrObj) -> bool {
    s.s.has_surrogates()
}

/// Whether any string among `values`, or among the items of the lists,
/// tuples and dicts they are (as `join`, `startswith` and `%`'s arguments
/// hold the strings they read as text), holds one. Strings deeper down are
/// only ever shown by `repr`, which reads code points itself.
pub fn any_in(values: &[Value]) -> bool {
    let str_holds = |v: &Value| matches!(v, Value::Str(s) if holds(s));
    values.iter().any(|v| match v {
        Value::Tuple(t) => t.items().iter().any(str_holds),
        Value::List(l) => l.items.borrow().iter().any(str_holds),
        Value::Dict(d) => d.table.borrow().iter().any(|e| str_holds(&e.key.value) || str_holds(&e.value)),
        v => str_holds(v),
    })
}

thread_local! {
    /// The stand-in block of the method running on stand-ins, if one is:
    /// `repr` inside it (`'%r' % s`, `'{!r}'.format(s)`) writes a stand-in
    /// as the surrogate it stands for.
    static ACTIVE: std::cell::Cell<Option<u32>> = const { std::cell::Cell::new(None) };
}

/// The surrogate code point `c` stands in for, inside a [`Proxy::run`].
pub fn stood_in_for(c: u32) -> Option<u32> {
    ACTIVE.with(|a| a.get()).filter(|&base| (base..base + 0x800).contains(&c)).map(|base| 0xD800 + (c - base))
}

/// Where a method over `&str` sees surrogates as private-use characters:
/// code point `0xD800 + k` as `base + k`.
#[derive(Clone, Copy)]
pub struct Proxy {
    base: u32,
}

/// The stand-in blocks: 2,048 code points each, in the private-use planes
/// 15 and 16 (the last block of each left out, for its noncharacters).
const BLOCKS: std::ops::Range<u32> = 0..62;

fn block_base(k: u32) -> u32 {
    if k < 31 {
        0xF0000 + k * 0x800
    } else {
        0x100000 + (k - 31) * 0x800
    }
}

impl Proxy {
    /// A block of stand-ins that none of `values` uses.
    pub fn for_values(values: &[Value]) -> PyResult<Proxy> {
        let mut used = 0u64;
        // Deeper than the stand-ins go ([`any_in`]), for the `repr`s run
        // inside (see [`stood_in_for`]).
        fn mark(v: &Value, used: &mut u64, depth: usize) {
            match v {
                Value::Str(s) => {
                    for c in code_points(s.s.bytes()).filter(|&c| c >= 0xF0000) {
                        let k = if c < 0x100000 { (c - 0xF0000) / 0x800 } else { 31 + (c - 0x100000) / 0x800 };
                        *used |= 1 << k;
                    }
                }
                _ if depth == 0 => {}
                Value::Tuple(t) => t.items().iter().for_each(|v| mark(v, used, depth - 1)),
                Value::List(l) => l.items.borrow().iter().for_each(|v| mark(v, used, depth - 1)),
                Value::Dict(d) => d.table.borrow().iter().for_each(|e| {
                    mark(&e.key.value, used, depth - 1);
                    mark(&e.value, used, depth - 1)
                }),
                _ => {}
            }
        }
        values.iter().for_each(|v| mark(v, &mut used, 12));
        BLOCKS.into_iter().find(|k| used & (1 << k) == 0).map(|k| Proxy { base: block_base(k) }).ok_or_else(|| {
            PyErr::value_error("these strings use every private-use block pyaot needs beside surrogates")
        })
    }

    /// `v` with its surrogates as stand-ins, if it is a str.
    pub fn to_proxy(&self, v: &Value) -> Value {
        match v {
            Value::Str(s) if holds(s) => {
                let mut out = String::with_capacity(s.s.bytes().len());
                for c in code_points(s.s.bytes()) {
                    let c = if (0xD800..0xE000).contains(&c) { self.base + (c - 0xD800) } else { c };
                    out.push(char::from_u32(c).expect("a code point that is not a surrogate"));
                }
                Value::Str(crate::types::str::from_string(out))
            }
            _ => v.clone(),
        }
    }

    /// A copy of a list, tuple or dict whose strings the method reads as
    /// text (`join`'s items, `%`'s arguments), those strings stood in
    /// for; anything else as [`Proxy::to_proxy`].
    pub fn to_proxy_items(&self, v: &Value) -> Value {
        match v {
            Value::Tuple(t) => {
                Value::Tuple(crate::types::tuple::new(t.items().iter().map(|v| self.to_proxy(v)).collect()))
            }
            Value::List(l) => {
                Value::List(crate::types::list::from_vec(l.items.borrow().iter().map(|v| self.to_proxy(v)).collect()))
            }
            Value::Dict(d) => {
                let out = crate::types::dict::new();
                for (k, x) in d.items_vec() {
                    // Keys stay distinct: the stand-ins are one to one.
                    let _ = crate::types::dict::setitem(&out, self.to_proxy(&k), self.to_proxy(&x));
                }
                Value::Dict(out)
            }
            _ => self.to_proxy(v),
        }
    }

    /// Runs `f` (a method on stand-ins), its `repr`s writing stand-ins as
    /// the surrogates they are.
    pub fn run<T>(&self, f: impl FnOnce() -> T) -> T {
        let before = ACTIVE.with(|a| a.replace(Some(self.base)));
        let r = f();
        ACTIVE.with(|a| a.set(before));
        r
    }

    /// A string made on stand-ins, turned back.
    pub fn back_text(&self, s: Str) -> Str {
        match self.back(Value::Str(s)) {
            Value::Str(s) => s,
            _ => unreachable!("a str turns back into a str"),
        }
    }

    fn back_str(&self, v: &Value) -> Value {
        match v {
            Value::Str(_) => self.back(v.clone()),
            _ => v.clone(),
        }
    }

    /// `v` (a method's result) with its stand-ins turned back into
    /// surrogates, in a string or in the strings of a list or tuple.
    pub fn back(&self, v: Value) -> Value {
        let top = self.base + 0x800;
        match v {
            Value::Str(s) if s.as_str().chars().any(|c| (self.base..top).contains(&(c as u32))) => {
                let mut out = Vec::with_capacity(s.s.bytes().len());
                for c in s.as_str().chars() {
                    let c = c as u32;
                    push_code(&mut out, if (self.base..top).contains(&c) { 0xD800 + (c - self.base) } else { c });
                }
                Value::Str(from_wtf8(out))
            }
            // The lists and tuples of strings `split` and `partition` make.
            Value::Tuple(t) => {
                Value::Tuple(crate::types::tuple::new(t.items().iter().map(|v| self.back_str(v)).collect()))
            }
            Value::List(l) => {
                let items: Vec<Value> = l.items.borrow().iter().map(|v| self.back_str(v)).collect();
                Value::List(crate::types::list::from_vec(items))
            }
            v => v,
        }
    }
}
