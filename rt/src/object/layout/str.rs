//! `str`'s object layout: UTF-8 text and its length in characters.

use std::rc::Rc;

#[derive(Debug)]
pub struct StrObj {
    pub(crate) s: Box<str>,
    pub(crate) nchars: usize,
}

pub type Str = Rc<StrObj>;

/// A new `str` object holding `s`.
pub fn new(s: &str) -> Str {
    Rc::new(StrObj { nchars: s.chars().count(), s: s.into() })
}
