//! `str`'s object layout: UTF-8 text, its length in characters, and its
//! hash once computed (strings are dict keys and set items over and over;
//! CPython caches the hash in the object too).

use std::rc::Rc;

#[derive(Debug)]
pub struct StrObj {
    pub(crate) s: Box<str>,
    pub(crate) nchars: usize,
    /// The hash, or [`NO_HASH`] until it is first asked for.
    pub(crate) hash: std::cell::Cell<i64>,
}

/// No string hashes to -1 (CPython's rule, kept by `ops::hash`).
pub const NO_HASH: i64 = -1;

impl StrObj {
    /// A `str` object of `s`, whose length in characters is `nchars`.
    pub fn with_len(s: Box<str>, nchars: usize) -> StrObj {
        StrObj { s, nchars, hash: std::cell::Cell::new(NO_HASH) }
    }
}

pub type Str = Rc<StrObj>;

/// A new `str` object holding `s`.
pub fn new(s: &str) -> Str {
    Rc::new(StrObj::with_len(s.into(), s.chars().count()))
}
