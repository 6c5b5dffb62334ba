//! `str`: an immutable sequence of code points.
//!
//! Text is stored as UTF-8 with its code-point count cached, so `len` is
//! O(1); indexing and slicing are O(1): direct for ASCII text (the common
//! case), otherwise through an index of every 32nd character's byte
//! offset, made on first use, then a scan of fewer than 32 characters.
//! All indices the API takes and returns are code-point indices.

pub mod format;
pub mod methods;
pub mod surrogates;

use std::rc::Rc;

use crate::object::exc::{PyErr, PyResult};
pub use crate::object::layout::str::{new, Str, StrObj};
use crate::object::value::Value;
use crate::types::int::Int;
use crate::types::list::{self, List};

impl StrObj {
    pub fn as_str(&self) -> &str {
        &self.s
    }
    pub fn char_len(&self) -> usize {
        self.nchars
    }
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.bytes().len()
    }
    /// The text's bytes: UTF-8, or generalized UTF-8 when it holds a lone
    /// surrogate (see [`surrogates`]).
    #[inline(always)]
    pub fn bytes(&self) -> &[u8] {
        self.s.bytes()
    }
    /// Byte offset of code point `i` (`i <= len`).
    fn byte_at(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        if i >= self.nchars {
            return self.s.bytes().len();
        }
        let index = self.index.get_or_init(|| Box::new(char_index_of(self.s.bytes())));
        skip_chars(self.s.bytes(), index.0[i / STRIDE], i % STRIDE)
    }
    /// The substring of code points `[start, end)` (of a string without
    /// surrogates).
    pub fn substr(&self, start: usize, end: usize) -> &str {
        let (b0, b1) = self.byte_span(start, end);
        &self.s[b0..b1]
    }
    /// The byte range of code points `[start, end)`.
    pub(crate) fn byte_span(&self, start: usize, end: usize) -> (usize, usize) {
        if start >= end {
            return (0, 0);
        }
        let b0 = self.byte_at(start);
        let b1 = if self.is_ascii() {
            end
        } else if end - start < STRIDE {
            skip_chars(self.s.bytes(), b0, end - start)
        } else {
            self.byte_at(end)
        };
        (b0, b1)
    }
    /// The string of code points `[start, end)`.
    pub fn substring(&self, start: usize, end: usize) -> Str {
        if surrogates::holds(self) {
            let (b0, b1) = self.byte_span(start, end);
            return surrogates::from_wtf8(self.s.bytes()[b0..b1].to_vec());
        }
        new(self.substr(start, end))
    }
    /// Code point `i` (`i < len`).
    fn char_at(&self, i: usize) -> u32 {
        surrogates::decode_at(self.s.bytes(), self.byte_at(i)).expect("an index within the string").0
    }
}

use crate::object::layout::str::{CharIndex, STRIDE};

/// The byte offsets of characters 0, STRIDE, 2 * STRIDE, ... of `s`.
fn char_index_of(s: &[u8]) -> CharIndex {
    CharIndex(s.iter().enumerate().filter(|(_, &b)| b & 0xC0 != 0x80).map(|(i, _)| i).step_by(STRIDE).collect())
}

/// The byte offset `n` characters after the one at byte `from` (or the end).
fn skip_chars(s: &[u8], from: usize, n: usize) -> usize {
    let mut b = from;
    for _ in 0..n {
        b += 1;
        // Continuation bytes are 0b10xxxxxx.
        while b < s.len() && s[b] & 0xC0 == 0x80 {
            b += 1;
        }
    }
    b.min(s.len())
}

impl Default for StrObj {
    fn default() -> Self {
        StrObj::with_len("", 0)
    }
}

/// A string constant of the program: one object per distinct text, as
/// CPython's compiler merges the equal constants of a module (so
/// `x = "hoei"; x is "hoei"` holds), made once and shared after.
///
/// A constant is asked for each time the code using it runs, so the
/// objects last asked for are also kept by the address of their text (one
/// per slot of a small table): a hit compares one word, with no hashing.
pub fn constant(s: &'static str) -> Str {
    const SLOTS: usize = 256;
    thread_local! {
        static CONSTANTS: std::cell::RefCell<std::collections::HashMap<&'static str, Str, rustc_hash::FxBuildHasher>> =
            Default::default();
        static RECENT: std::cell::RefCell<[(usize, Option<Str>); SLOTS]> =
            const { std::cell::RefCell::new([const { (0, None) }; SLOTS]) };
    }
    let addr = s.as_ptr() as usize ^ s.len().rotate_left(48);
    let slot = (addr ^ (addr >> 9)) % SLOTS;
    RECENT.with(|r| {
        let mut r = r.borrow_mut();
        if let (a, Some(v)) = &r[slot] {
            if *a == addr {
                return v.clone();
            }
        }
        let v = CONSTANTS.with(|c| c.borrow_mut().entry(s).or_insert_with(|| new(s)).clone());
        r[slot] = (addr, Some(v.clone()));
        v
    })
}

pub fn from_string(s: String) -> Str {
    let n = s.chars().count();
    Rc::new(StrObj::with_len(s, n))
}

pub fn from_char(c: char) -> Str {
    let mut b = [0; 4];
    new(c.encode_utf8(&mut b))
}

pub fn len(s: &Str) -> Int {
    Int::Small(s.nchars as i64)
}

pub fn concat(a: &Str, b: &Str) -> Str {
    if surrogates::holds(a) || surrogates::holds(b) {
        return surrogates::from_wtf8([a.bytes(), b.bytes()].concat());
    }
    let mut s = String::with_capacity(a.s.len() + b.s.len());
    s.push_str(&a.s);
    s.push_str(&b.s);
    Rc::new(StrObj::with_len(s, a.nchars + b.nchars))
}

/// `s += t`, `s` moved out of its variable: when no one else holds the
/// string it is extended in place (CPython does the same), so a loop of
/// appends is linear. The block grows by exactly what is appended: the
/// allocator extends it in place while its size class has room, and size
/// classes grow geometrically.
pub fn iadd(mut a: Str, b: &Str) -> Str {
    if b.s.bytes().is_empty() {
        return a;
    }
    if surrogates::holds(&a) || surrogates::holds(b) {
        return concat(&a, b);
    }
    let Some(obj) = Rc::get_mut(&mut a) else { return concat(&a, b) };
    let mut s = obj.s.take_string();
    s.reserve_exact(b.s.len());
    s.push_str(&b.s);
    obj.s = crate::object::layout::str::Text::Heap(s);
    obj.nchars += b.nchars;
    obj.hash.set(crate::object::layout::str::NO_HASH);
    obj.index.take();
    a
}

pub fn repeat(a: &Str, n: &Int) -> PyResult<Str> {
    let n = n.to_index()?.max(0) as usize;
    let nchars = a
        .nchars
        .checked_mul(n)
        .filter(|&t| t <= isize::MAX as usize)
        .ok_or_else(|| PyErr::new(&crate::object::exc::OVERFLOW_ERROR, "repeated string is too long"))?;
    let len = a.bytes().len().checked_mul(n).ok_or_else(crate::object::alloc::memory_error)?;
    if surrogates::holds(a) {
        return Ok(surrogates::from_wtf8(a.bytes().repeat(n)));
    }
    let mut s = String::new();
    s.try_reserve_exact(len).map_err(|_| crate::object::alloc::memory_error())?;
    for _ in 0..n {
        s.push_str(&a.s);
    }
    Ok(Rc::new(StrObj::with_len(s, nchars)))
}

/// Normalizes a Python index against a length, or `None` if out of range.
#[inline]
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&j).then_some(j as usize)
}

pub fn getitem(s: &Str, i: &Int) -> PyResult<Str> {
    let idx = i.to_index().ok().and_then(|i| norm_index(i, s.nchars));
    match idx {
        Some(k) => Ok(if s.is_ascii() { new(&s.s[k..k + 1]) } else { surrogates::from_code(s.char_at(k)) }),
        None => Err(crate::types::int::index_error(i, "string index out of range")),
    }
}

pub fn slice(s: &Str, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> PyResult<Str> {
    let (lo, hi, st) = list::slice_indices(s.nchars, start, stop, step)?;
    if st == 1 {
        return Ok(s.substring(lo as usize, hi.max(lo) as usize));
    }
    let chars: Vec<u32> = surrogates::code_points(s.bytes()).collect();
    let mut out = Vec::new();
    list::slice_positions(lo, hi, st).for_each(|k| surrogates::push_code(&mut out, chars[k]));
    Ok(surrogates::from_wtf8(out))
}

pub fn contains(hay: &Str, needle: &Str) -> bool {
    if surrogates::holds(hay) || surrogates::holds(needle) {
        let n = needle.bytes();
        return n.is_empty() || hay.bytes().windows(n.len()).any(|w| w == n);
    }
    hay.s.contains(&*needle.s)
}

pub fn eq(a: &Str, b: &Str) -> bool {
    // Generalized UTF-8 stands for the code points one to one.
    Rc::ptr_eq(a, b) || a.bytes() == b.bytes()
}

pub fn cmp(a: &Str, b: &Str) -> std::cmp::Ordering {
    // UTF-8 byte order is code-point order (generalized UTF-8's too).
    a.bytes().cmp(b.bytes())
}

/// Converts a byte offset to a code-point index.
fn char_index(s: &StrObj, byte: usize) -> i64 {
    if s.is_ascii() {
        byte as i64
    } else {
        s.s[..byte].chars().count() as i64
    }
}

/// Resolves optional `start`/`end` arguments (slice semantics) into a byte range.
fn byte_range(s: &StrObj, start: Option<i64>, end: Option<i64>) -> Option<(usize, usize)> {
    let (a, b) = crate::types::bytes::search_range(s.nchars, start, end)?;
    Some((s.byte_at(a), s.byte_at(b)))
}

pub fn find(s: &Str, sub: &Str, start: Option<i64>, end: Option<i64>) -> Int {
    let Some((a, b)) = byte_range(s, start, end) else {
        return Int::Small(-1);
    };
    match s.s[a..b].find(&*sub.s) {
        Some(p) => Int::Small(char_index(s, a + p)),
        None => Int::Small(-1),
    }
}

pub fn rfind(s: &Str, sub: &Str, start: Option<i64>, end: Option<i64>) -> Int {
    let Some((a, b)) = byte_range(s, start, end) else {
        return Int::Small(-1);
    };
    match s.s[a..b].rfind(&*sub.s) {
        Some(p) => Int::Small(char_index(s, a + p)),
        None => Int::Small(-1),
    }
}

pub fn index(s: &Str, sub: &Str, start: Option<i64>, end: Option<i64>) -> PyResult<Int> {
    let r = find(s, sub, start, end);
    if r.is_negative() {
        return Err(PyErr::value_error("substring not found"));
    }
    Ok(r)
}

pub fn rindex(s: &Str, sub: &Str, start: Option<i64>, end: Option<i64>) -> PyResult<Int> {
    let r = rfind(s, sub, start, end);
    if r.is_negative() {
        return Err(PyErr::value_error("substring not found"));
    }
    Ok(r)
}

pub fn count(s: &Str, sub: &Str, start: Option<i64>, end: Option<i64>) -> Int {
    let Some((a, b)) = byte_range(s, start, end) else {
        return Int::Small(0);
    };
    let hay = &s.s[a..b];
    if sub.s.is_empty() {
        return Int::Small(hay.chars().count() as i64 + 1);
    }
    Int::Small(hay.matches(&*sub.s).count() as i64)
}

pub fn startswith(s: &Str, prefix: &Str) -> bool {
    s.s.starts_with(&*prefix.s)
}

pub fn endswith(s: &Str, suffix: &Str) -> bool {
    s.s.ends_with(&*suffix.s)
}

/// `startswith`/`endswith` with a tuple of candidates.
pub fn startswith_any(s: &Str, prefixes: &Value, end: bool) -> PyResult<bool> {
    let check = |p: &Value| -> PyResult<bool> {
        match p {
            Value::Str(p) => Ok(if end { endswith(s, p) } else { startswith(s, p) }),
            other => Err(PyErr::type_error(format!(
                "tuple for {} must only contain str, not {}",
                if end { "endswith" } else { "startswith" },
                other.type_name()
            ))),
        }
    };
    match prefixes {
        Value::Tuple(t) => {
            for p in t.items() {
                if check(p)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        other => check(other),
    }
}

pub fn upper(s: &Str) -> Str {
    from_string(crate::types::unicode::upper(&s.s))
}

pub fn lower(s: &Str) -> Str {
    from_string(crate::types::unicode::lower(&s.s))
}

pub fn casefold(s: &Str) -> Str {
    from_string(crate::types::unicode::casefold(&s.s))
}

pub fn swapcase(s: &Str) -> Str {
    from_string(crate::types::unicode::swapcase(&s.s))
}

pub fn capitalize(s: &Str) -> Str {
    from_string(crate::types::unicode::capitalize(&s.s))
}

pub fn title(s: &Str) -> Str {
    from_string(crate::types::unicode::title(&s.s))
}

pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

pub fn strip(s: &Str, chars: Option<&Str>) -> Str {
    match chars {
        None => new(s.s.trim_matches(is_py_space)),
        Some(cs) => new(s.s.trim_matches(|c| cs.s.contains(c))),
    }
}

pub fn lstrip(s: &Str, chars: Option<&Str>) -> Str {
    match chars {
        None => new(s.s.trim_start_matches(is_py_space)),
        Some(cs) => new(s.s.trim_start_matches(|c| cs.s.contains(c))),
    }
}

pub fn rstrip(s: &Str, chars: Option<&Str>) -> Str {
    match chars {
        None => new(s.s.trim_end_matches(is_py_space)),
        Some(cs) => new(s.s.trim_end_matches(|c| cs.s.contains(c))),
    }
}

/// `s.split()`: on runs of whitespace.
pub fn split_ws(s: &Str) -> List {
    if surrogates::holds(s) {
        let v = methods::call_via_proxy(s, "split", &[], &[]).expect("splitting on whitespace cannot fail");
        let Value::List(l) = v else { unreachable!("split makes a list") };
        return l;
    }
    split(s, None, -1).expect("splitting on whitespace cannot fail")
}

/// The only character of `s`, if it has one.
fn single_char(s: &str) -> Option<char> {
    let mut cs = s.chars();
    cs.next().filter(|_| cs.as_str().is_empty())
}

/// A new string of `piece`, a part of `parent`: no count of its characters
/// when the parent is ASCII.
pub fn piece_of(parent: &StrObj, piece: &str) -> Str {
    if parent.is_ascii() {
        Rc::new(StrObj::with_len(piece, piece.len()))
    } else {
        new(piece)
    }
}

pub fn split(s: &Str, sep: Option<&Str>, maxsplit: i64) -> PyResult<List> {
    let mut out = Vec::new();
    match sep {
        None if s.is_ascii() && maxsplit < 0 => {
            // ASCII text (the common case) is cut by bytes, on Python's
            // whitespace among ASCII: `\t`..`\r`, `\x1c`..`\x1f` and space.
            let space = |b: &u8| matches!(b, b'\t'..=b'\r' | 0x1c..=0x1f | b' ');
            out.extend(s.s.as_bytes().split(space).filter(|w| !w.is_empty()).map(|w| {
                // SAFETY: a run of ASCII bytes of a str is valid UTF-8.
                Value::Str(piece_of(s, unsafe { std::str::from_utf8_unchecked(w) }))
            }));
        }
        None => {
            let mut rest = s.s.trim_start_matches(is_py_space);
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    // The remainder keeps its trailing whitespace.
                    out.push(Value::Str(piece_of(s, rest)));
                    break;
                }
                let end = rest.find(is_py_space).unwrap_or(rest.len());
                out.push(Value::Str(piece_of(s, &rest[..end])));
                rest = rest[end..].trim_start_matches(is_py_space);
                n += 1;
            }
        }
        Some(sep) => {
            if sep.s.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            let piece = |p: &str| Value::Str(piece_of(s, p));
            let n = if maxsplit < 0 { usize::MAX } else { maxsplit as usize + 1 };
            // A one-character separator is found by a byte search, not the two-way one.
            match single_char(&sep.s) {
                Some(c) => out.extend(s.s.splitn(n, c).map(piece)),
                None => out.extend(s.s.splitn(n, &*sep.s).map(piece)),
            }
        }
    }
    Ok(list::from_vec(out))
}

pub fn rsplit(s: &Str, sep: Option<&Str>, maxsplit: i64) -> PyResult<List> {
    if maxsplit < 0 {
        return split(s, sep, maxsplit);
    }
    let mut out = Vec::new();
    match sep {
        None => {
            let mut rest = s.s.trim_end_matches(is_py_space);
            let mut n = 0;
            while !rest.is_empty() {
                if n >= maxsplit {
                    // The remainder keeps its leading whitespace.
                    out.push(Value::Str(piece_of(s, rest)));
                    break;
                }
                let start =
                    rest.rfind(is_py_space).map(|p| p + rest[p..].chars().next().unwrap().len_utf8()).unwrap_or(0);
                out.push(Value::Str(piece_of(s, &rest[start..])));
                rest = rest[..start].trim_end_matches(is_py_space);
                n += 1;
            }
        }
        Some(sep) => {
            if sep.s.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            out.extend(s.s.rsplitn(maxsplit as usize + 1, &*sep.s).map(Value::from_str));
        }
    }
    out.reverse();
    Ok(list::from_vec(out))
}

pub fn splitlines(s: &Str, keepends: bool) -> List {
    let mut out = Vec::new();
    let text = &*s.s;
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let is_break =
            matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            out.push(Value::from_str(if keepends { &text[start..end] } else { &text[start..i] }));
            start = end;
        }
    }
    if start < text.len() {
        out.push(Value::from_str(&text[start..]));
    }
    list::from_vec(out)
}

pub fn join(sep: &Str, items: &[Value]) -> PyResult<Str> {
    // Generalized UTF-8: an item (from a generator, say) may hold surrogates.
    let mut out = surrogates::Wtf8Buf::default();
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_text(sep);
        }
        let base = crate::types::class::base_value(v);
        match base.as_ref().unwrap_or(v) {
            Value::Str(s) => out.push_text(s),
            _ => {
                let other = v;
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    other.type_name()
                )));
            }
        }
    }
    Ok(out.into_str())
}

pub fn replace(s: &Str, old: &Str, new_: &Str, count: i64) -> Str {
    if count < 0 {
        if old.s.is_empty() {
            // Python inserts the replacement between every character.
            let mut out = String::from(&*new_.s);
            for c in s.s.chars() {
                out.push(c);
                out.push_str(&new_.s);
            }
            return from_string(out);
        }
        from_string(s.s.replace(&*old.s, &new_.s))
    } else {
        from_string(s.s.replacen(&*old.s, &new_.s, count as usize))
    }
}

fn all_chars(s: &Str, f: impl Fn(char) -> bool) -> bool {
    !s.s.is_empty() && s.s.chars().all(f)
}

pub fn isdigit(s: &Str) -> bool {
    all_chars(s, crate::types::unicode::is_digit)
}
pub fn isdecimal(s: &Str) -> bool {
    all_chars(s, crate::types::unicode::is_decimal)
}
pub fn isnumeric(s: &Str) -> bool {
    all_chars(s, crate::types::unicode::is_numeric)
}
pub fn isalpha(s: &Str) -> bool {
    all_chars(s, crate::types::unicode::is_alpha)
}
pub fn isalnum(s: &Str) -> bool {
    all_chars(s, crate::types::unicode::is_alnum)
}
pub fn isspace(s: &Str) -> bool {
    all_chars(s, is_py_space)
}
pub fn isupper(s: &Str) -> bool {
    use crate::types::unicode::{is_cased, is_upper};
    s.s.chars().any(is_upper) && !s.s.chars().any(|c| is_cased(c) && !is_upper(c))
}
pub fn islower(s: &Str) -> bool {
    use crate::types::unicode::{is_cased, is_lower};
    s.s.chars().any(is_lower) && !s.s.chars().any(|c| is_cased(c) && !is_lower(c))
}
pub fn isidentifier(s: &Str) -> bool {
    crate::types::unicode::is_identifier(&s.s)
}
pub fn istitle(s: &Str) -> bool {
    crate::types::unicode::istitle(&s.s)
}

fn pad(s: &Str, width: &Int, fill: Option<&Str>, align: char) -> PyResult<Str> {
    let fill = match fill {
        Some(f) if f.nchars == 1 => f.s.chars().next().unwrap(),
        Some(_) => return Err(PyErr::type_error("The fill character must be exactly one character long")),
        None => ' ',
    };
    let w = width.to_index()?.max(0) as usize;
    if w <= s.nchars {
        return Ok(s.clone());
    }
    let total = w - s.nchars;
    let (l, r) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        // str.center puts the extra character on the left when the width is odd.
        _ => {
            let l = total / 2 + (total & w & 1);
            (l, total - l)
        }
    };
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(&s.s);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(from_string(out))
}

pub fn ljust(s: &Str, width: &Int, fill: Option<&Str>) -> PyResult<Str> {
    pad(s, width, fill, '<')
}
pub fn rjust(s: &Str, width: &Int, fill: Option<&Str>) -> PyResult<Str> {
    pad(s, width, fill, '>')
}
pub fn center(s: &Str, width: &Int, fill: Option<&Str>) -> PyResult<Str> {
    pad(s, width, fill, '^')
}

pub fn zfill(s: &Str, width: &Int) -> PyResult<Str> {
    let w = width.to_index()?.max(0) as usize;
    if w <= s.nchars {
        return Ok(s.clone());
    }
    let (sign, digits) = match s.s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &s.s[1..]),
        _ => (None, &s.s[..]),
    };
    let mut out = String::new();
    out.extend(sign);
    out.extend(std::iter::repeat_n('0', w - s.nchars));
    out.push_str(digits);
    Ok(from_string(out))
}

pub fn partition(s: &Str, sep: &Str, from_right: bool) -> PyResult<crate::types::tuple::Tuple> {
    if sep.s.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = if from_right { s.s.rfind(&*sep.s) } else { s.s.find(&*sep.s) };
    let parts = match found {
        Some(p) => [&s.s[..p], &sep.s[..], &s.s[p + sep.s.len()..]],
        None if from_right => ["", "", &s.s[..]],
        None => [&s.s[..], "", ""],
    };
    Ok(crate::types::tuple::new(parts.iter().map(|p| Value::from_str(p)).collect()))
}

pub fn removeprefix(s: &Str, p: &Str) -> Str {
    match s.s.strip_prefix(&*p.s) {
        Some(r) => new(r),
        None => s.clone(),
    }
}

pub fn removesuffix(s: &Str, p: &Str) -> Str {
    match s.s.strip_suffix(&*p.s) {
        Some(r) => new(r),
        None => s.clone(),
    }
}

/// The characters of a string, each as a one-character `str`.
pub fn chars(s: &Str) -> Vec<Value> {
    if surrogates::holds(s) {
        return surrogates::code_points(s.bytes()).map(|c| Value::Str(surrogates::from_code(c))).collect();
    }
    s.s.chars().map(|c| Value::Str(from_char(c))).collect()
}

pub fn ord(s: &Str) -> PyResult<Int> {
    let mut cs = surrogates::code_points(s.bytes());
    match (cs.next(), cs.next()) {
        (Some(c), None) => Ok(Int::Small(c as i64)),
        _ => Err(PyErr::type_error(format!("ord() expected a character, but string of length {} found", s.nchars))),
    }
}

pub fn chr(i: &Int) -> PyResult<Str> {
    // The argument is a C int first (OverflowError past it), then a code point.
    let Some(v) = i.as_i64().filter(|v| i32::try_from(*v).is_ok()) else {
        return Err(PyErr::new(&crate::object::exc::OVERFLOW_ERROR, "Python int too large to convert to C int"));
    };
    if !(0..=0x10ffff).contains(&v) {
        return Err(PyErr::value_error("chr() arg not in range(0x110000)"));
    }
    Ok(match char::from_u32(v as u32) {
        Some(c) => from_char(c),
        None => surrogates::from_code(v as u32),
    })
}

pub fn ne(a: &Str, b: &Str) -> bool {
    !eq(a, b)
}

/// Concatenates the parts of an f-string (each a `str` value).
pub fn build(parts: &[Value]) -> Str {
    if surrogates::any_in(parts) {
        let mut out = surrogates::Wtf8Buf::default();
        for p in parts {
            match p {
                Value::Str(s) => out.push_text(s),
                other => out.push_str(&crate::object::protocol::str(other)),
            }
        }
        return out.into_str();
    }
    let mut out = String::new();
    for p in parts {
        match p {
            Value::Str(s) => out.push_str(s.as_str()),
            other => crate::object::protocol::write_str(other, &mut out),
        }
    }
    from_string(out)
}

/// Python's quoting of a string: single quotes unless the text has a single
/// quote and no double quote.
pub fn str_repr(s: &str) -> String {
    repr_code_points(s.len(), s.chars().map(|c| c as u32))
}

/// The repr of a string, lone surrogates included (written `\udc80`).
pub fn repr_of(s: &StrObj) -> String {
    if surrogates::holds(s) {
        repr_code_points(s.bytes().len(), surrogates::code_points(s.bytes()))
    } else {
        str_repr(s.as_str())
    }
}

fn repr_code_points(len: usize, codes: impl Iterator<Item = u32> + Clone) -> String {
    let (mut single, mut double) = (false, false);
    for c in codes.clone() {
        single |= c == '\'' as u32;
        double |= c == '"' as u32;
    }
    let quote = if single && !double { '"' } else { '\'' };
    let mut out = String::with_capacity(len + 2);
    out.push(quote);
    for v in codes {
        let Some(c) = char::from_u32(v) else {
            // A lone surrogate: never printable.
            out.push_str(&format!("\\u{v:04x}"));
            continue;
        };
        if let Some(sur) = surrogates::stood_in_for(v) {
            out.push_str(&format!("\\u{sur:04x}"));
            continue;
        }
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if !crate::types::unicode::is_printable(c) => {
                let v = c as u32;
                if v <= 0xff {
                    out.push_str(&format!("\\x{v:02x}"));
                } else if v <= 0xffff {
                    out.push_str(&format!("\\u{v:04x}"));
                } else {
                    out.push_str(&format!("\\U{v:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `str(v)` where a user `__str__`/`__repr__` may raise.
pub fn to_str_checked(v: &Value) -> crate::object::exc::PyResult<Str> {
    let s = to_str(v);
    crate::types::class::take_pending().map_or(Ok(s), Err)
}

/// `repr(v)` where a user `__repr__` may raise.
pub fn repr_str_checked(v: &Value) -> crate::object::exc::PyResult<Str> {
    let s = repr_str(v);
    crate::types::class::take_pending().map_or(Ok(s), Err)
}

/// `str(v)` as a `str` object, reusing the object when `v` already is one.
pub fn to_str(v: &Value) -> Str {
    match v {
        Value::Str(s) => s.clone(),
        Value::Exc(e) if crate::types::exception::message_str(e).is_some() => {
            crate::types::exception::message_str(e).expect("checked")
        }
        other => from_string(crate::object::protocol::str(other)),
    }
}

pub fn repr_str(v: &Value) -> Str {
    from_string(crate::object::protocol::repr(v))
}

pub fn ascii_str(v: &Value) -> Str {
    from_string(crate::object::protocol::ascii(v))
}

/// `ascii(v)` where a user `__repr__` may raise.
pub fn ascii_str_checked(v: &Value) -> crate::object::exc::PyResult<Str> {
    let s = ascii_str(v);
    crate::types::class::take_pending().map_or(Ok(s), Err)
}
