//! `str`'s object layout: UTF-8 text, its length in characters, its
//! hash once computed (strings are dict keys and set items over and over;
//! CPython caches the hash in the object too), and, for text that is not
//! ASCII, an index from characters to bytes made when first needed.
//!
//! Text of up to [`INLINE`] bytes (most names, keys, words and fields) is
//! stored in the object itself, so such a string is one allocation, as in
//! CPython; longer text has a block of its own.

use std::rc::Rc;

/// The most bytes of text a string holds in itself.
pub const INLINE: usize = 30;

/// A string's UTF-8 text: in the object, or in a block of its own.
pub enum Text {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(String),
}

impl std::ops::Deref for Text {
    type Target = str;
    #[inline(always)]
    fn deref(&self) -> &str {
        match self {
            // SAFETY: the first `len` bytes were copied from a `str`.
            Text::Inline { len, buf } => unsafe { std::str::from_utf8_unchecked(buf.get_unchecked(..*len as usize)) },
            Text::Heap(s) => s,
        }
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl Default for Text {
    fn default() -> Self {
        Text::Inline { len: 0, buf: [0; INLINE] }
    }
}

impl From<&str> for Text {
    #[inline]
    fn from(s: &str) -> Text {
        if s.len() <= INLINE {
            let mut buf = [0; INLINE];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            Text::Inline { len: s.len() as u8, buf }
        } else {
            Text::Heap(s.to_string())
        }
    }
}

impl From<String> for Text {
    #[inline]
    fn from(mut s: String) -> Text {
        if s.len() <= INLINE {
            return Text::from(s.as_str());
        }
        // Room left over from building it is given back when it is much.
        if s.capacity() - s.len() > s.len() / 8 + 64 {
            s.shrink_to_fit();
        }
        Text::Heap(s)
    }
}

impl From<Box<str>> for Text {
    fn from(s: Box<str>) -> Text {
        if s.len() <= INLINE {
            Text::from(&*s)
        } else {
            Text::Heap(s.into_string())
        }
    }
}

impl Text {
    /// The text as a `String` to extend, leaving this one empty.
    pub fn take_string(&mut self) -> String {
        match std::mem::take(self) {
            Text::Heap(s) => s,
            inline => inline.to_string(),
        }
    }
}

#[derive(Debug)]
pub struct StrObj {
    pub(crate) s: Text,
    pub(crate) nchars: usize,
    /// The hash, or [`NO_HASH`] until it is first asked for.
    pub(crate) hash: std::cell::Cell<i64>,
    /// For non-ASCII text: the byte offset of every [`STRIDE`]th
    /// character, made on the first access by position (so indexing and
    /// slicing are O(1), as on CPython's fixed-width strings).
    pub(crate) index: std::cell::OnceCell<Box<CharIndex>>,
}

/// The byte offsets of characters 0, STRIDE, 2 * STRIDE, ... (boxed in
/// the string: one word while it is not made).
#[derive(Debug)]
pub struct CharIndex(pub Vec<usize>);

/// Characters between two entries of a string's index.
pub const STRIDE: usize = 32;

/// No string hashes to -1 (CPython's rule, kept by `ops::hash`).
pub const NO_HASH: i64 = -1;

impl StrObj {
    /// A `str` object of `s`, whose length in characters is `nchars`.
    pub fn with_len(s: impl Into<Text>, nchars: usize) -> StrObj {
        StrObj { s: s.into(), nchars, hash: std::cell::Cell::new(NO_HASH), index: std::cell::OnceCell::new() }
    }
}

pub type Str = Rc<StrObj>;

/// A new `str` object holding `s`.
pub fn new(s: &str) -> Str {
    Rc::new(StrObj::with_len(s, s.chars().count()))
}
