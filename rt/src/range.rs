//! `range`: a lazy arithmetic sequence of machine-sized ints.

use std::rc::Rc;

use crate::exc::{PyErr, PyResult, INDEX_ERROR};
use crate::int::Int;

#[derive(Debug, Default)]
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

pub type Range = Rc<RangeObj>;

impl RangeObj {
    pub fn len(&self) -> usize {
        let (lo, hi, st) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if st > 0 && lo < hi {
            (hi - lo + st - 1) / st
        } else if st < 0 && lo > hi {
            (lo - hi - st - 1) / (-st)
        } else {
            0
        };
        n as usize
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn at(&self, i: usize) -> i64 {
        self.start + self.step * i as i64
    }
}

pub fn new(start: &Int, stop: &Int, step: &Int) -> PyResult<Range> {
    let step = step.to_index()?;
    if step == 0 {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(Rc::new(RangeObj {
        start: start.to_index()?,
        stop: stop.to_index()?,
        step,
    }))
}

pub fn len(r: &Range) -> Int {
    Int::Small(r.len() as i64)
}

pub fn getitem(r: &Range, i: &Int) -> PyResult<Int> {
    match i.as_i64().and_then(|k| crate::str::norm_index(k, r.len())) {
        Some(k) => Ok(Int::Small(r.at(k))),
        None => Err(PyErr::new(&INDEX_ERROR, "range object index out of range")),
    }
}

pub fn contains(r: &Range, x: &Int) -> bool {
    let Some(v) = x.as_i64() else { return false };
    let ok = if r.step > 0 {
        v >= r.start && v < r.stop
    } else {
        v <= r.start && v > r.stop
    };
    ok && (v - r.start) % r.step == 0
}

/// The values of `range(start, stop, step)`, for `for` loops.
pub fn iter(start: &Int, stop: &Int, step: &Int) -> PyResult<impl Iterator<Item = i64>> {
    let r = new(start, stop, step)?;
    let (n, s, st) = (r.len(), r.start, r.step);
    Ok((0..n as i64).map(move |k| s + k * st))
}
