//! `str`'s object layout: UTF-8 text, its length in characters, its
//! hash once computed (strings are dict keys and set items over and over;
//! CPython caches the hash in the object too), and, for text that is not
//! ASCII, an index from characters to bytes made when first needed.
//!
//! Text of up to [`INLINE`] bytes (most names, keys, words and fields) is
//! stored in the object itself, so such a string is one allocation, as in
//! CPython; longer text has a block of its own.
//!
//! A Python `str` may hold lone surrogates (U+D800 to U+DFFF: from `chr`,
//! `'\udc80'`, the `surrogateescape` and `surrogatepass` decoders), which
//! UTF-8 cannot. Such a string keeps its text in generalized UTF-8 (each
//! surrogate written as the three bytes UTF-8's scheme gives it, never
//! paired), as [`Text::Wtf8`]. Its bytes still compare, hash and search as
//! the code points do; what must see code points reads them from
//! [`Text::bytes`]. Reading such text as a Rust `&str` would break Rust's
//! rules, so [`Text`]'s `Deref` stops the program there instead (a
//! SystemError naming the operation pyaot cannot do yet).

use std::rc::Rc;

/// The most bytes of text a string holds in itself.
pub const INLINE: usize = 30;

/// A string's UTF-8 text: in the object, or in a block of its own; or
/// text with a lone surrogate, in generalized UTF-8.
pub enum Text {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(String),
    Wtf8(Box<[u8]>),
}

impl std::ops::Deref for Text {
    type Target = str;
    #[inline(always)]
    fn deref(&self) -> &str {
        match self {
            // SAFETY: the first `len` bytes were copied from a `str`.
            Text::Inline { len, buf } => unsafe { std::str::from_utf8_unchecked(buf.get_unchecked(..*len as usize)) },
            Text::Heap(s) => s,
            Text::Wtf8(_) => surrogate_text_as_str(),
        }
    }
}

#[cold]
#[inline(never)]
fn surrogate_text_as_str() -> ! {
    panic!("this operation on a str holding a lone surrogate is not supported by pyaot yet")
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&String::from_utf8_lossy(self.bytes()), f)
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
    /// The text as a `String` to extend, leaving this one empty (not for
    /// [`Text::Wtf8`]).
    pub fn take_string(&mut self) -> String {
        match std::mem::take(self) {
            Text::Heap(s) => s,
            inline => inline.to_string(),
        }
    }
    /// The text's bytes: UTF-8, or generalized UTF-8 for [`Text::Wtf8`].
    #[inline(always)]
    pub fn bytes(&self) -> &[u8] {
        match self {
            // SAFETY: `len` never passes INLINE.
            Text::Inline { len, buf } => unsafe { buf.get_unchecked(..*len as usize) },
            Text::Heap(s) => s.as_bytes(),
            Text::Wtf8(b) => b,
        }
    }
    /// Whether the text holds a lone surrogate.
    #[inline(always)]
    pub fn has_surrogates(&self) -> bool {
        matches!(self, Text::Wtf8(_))
    }
    /// The text of generalized UTF-8 `b` (UTF-8, where surrogates may be
    /// written alone): a [`Text::Wtf8`] only if it holds one.
    pub fn from_wtf8(b: Vec<u8>) -> Text {
        if has_surrogate(&b) {
            Text::Wtf8(b.into_boxed_slice())
        } else {
            // SAFETY: generalized UTF-8 without a surrogate is UTF-8.
            Text::from(unsafe { String::from_utf8_unchecked(b) })
        }
    }
}

/// Whether generalized UTF-8 `b` writes a surrogate (0xED then 0xA0 to
/// 0xBF; in UTF-8 proper 0xED is followed by 0x80 to 0x9F only).
pub fn has_surrogate(b: &[u8]) -> bool {
    b.windows(2).any(|w| w[0] == 0xED && w[1] >= 0xA0)
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
