//! `str`'s object layout: UTF-8 text, its length in characters, its
//! hash once computed (strings are dict keys and set items over and over;
//! CPython caches the hash in the object too), and, for text that is not
//! ASCII, an index from characters to bytes made when first needed.

use std::rc::Rc;

#[derive(Debug)]
pub struct StrObj {
    pub(crate) s: Box<str>,
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
    pub fn with_len(s: Box<str>, nchars: usize) -> StrObj {
        StrObj { s, nchars, hash: std::cell::Cell::new(NO_HASH), index: std::cell::OnceCell::new() }
    }
}

pub type Str = Rc<StrObj>;

/// A new `str` object holding `s`.
pub fn new(s: &str) -> Str {
    Rc::new(StrObj::with_len(s.into(), s.chars().count()))
}
