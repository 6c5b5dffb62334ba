//! `range`'s object layout: machine-word bounds, or big ones.

use std::rc::Rc;

use crate::object::layout::int::Int;

#[derive(Debug)]
pub enum RangeObj {
    Small { start: i64, stop: i64, step: i64 },
    Big(Box<BigRange>),
}

/// A range with a bound or step beyond `i64`.
#[derive(Debug)]
pub struct BigRange {
    pub start: Int,
    pub stop: Int,
    pub step: Int,
    pub len: Int,
}

pub type Range = Rc<RangeObj>;
