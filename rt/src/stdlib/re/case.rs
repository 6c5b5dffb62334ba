//! Which characters IGNORECASE treats as one in a str pattern, from the
//! classes `tools/gen_unicode_tables.py` read off CPython 3.11.

use crate::types::unicode_tables::{CASE_CLASSES, CASE_OF};

/// The class of characters equal to `c` under IGNORECASE, when `c` has
/// others.
pub fn class_of(c: u32) -> Option<&'static [u32]> {
    let i = CASE_OF.binary_search_by_key(&c, |&(d, _)| d).ok()?;
    Some(CASE_CLASSES[CASE_OF[i].1 as usize])
}

/// The classes with a member in `lo..=hi`.
pub fn classes_in(lo: u32, hi: u32) -> impl Iterator<Item = &'static [u32]> {
    let start = CASE_OF.partition_point(|&(d, _)| d < lo);
    CASE_OF[start..].iter().take_while(move |&&(d, _)| d <= hi).map(|&(_, i)| CASE_CLASSES[i as usize])
}

/// One representative of `c`'s class (the smallest member), so that two
/// characters are equal under IGNORECASE when their representatives are.
pub fn canon(c: u32) -> u32 {
    class_of(c).map_or(c, |cls| cls[0])
}
