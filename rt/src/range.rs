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
        count(self.start, self.stop, self.step) as usize
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

/// How many values `range(start, stop, step)` holds (`step != 0`); exact
/// over the whole `i64` domain, with one unsigned division at most.
#[inline]
fn count(start: i64, stop: i64, step: i64) -> u64 {
    let (lo, hi) = if step > 0 { (start, stop) } else { (stop, start) };
    if lo >= hi {
        return 0;
    }
    let span = hi.wrapping_sub(lo) as u64;
    match step.unsigned_abs() {
        1 => span,
        s => (span - 1) / s + 1,
    }
}

/// The values of `range(start, stop, step)`, for `for` loops: a plain
/// counter, with no range object behind it.
#[inline]
pub fn iter(start: &Int, stop: &Int, step: &Int) -> PyResult<Steps> {
    let (start, stop, step) = (start.to_index()?, stop.to_index()?, step.to_index()?);
    steps(start, stop, step).ok_or_else(|| PyErr::value_error("range() arg 3 must not be zero"))
}

/// The counter behind [`iter`]; `None` for a zero step.
#[inline]
pub fn steps(start: i64, stop: i64, step: i64) -> Option<Steps> {
    (step != 0).then(|| Steps { next: start, left: count(start, stop, step), step })
}

/// The iterator [`iter`] returns (`repr(C)`: compiled code reads it through the C ABI).
#[repr(C)]
pub struct Steps {
    pub next: i64,
    pub left: u64,
    pub step: i64,
}

impl Iterator for Steps {
    type Item = i64;
    #[inline]
    fn next(&mut self) -> Option<i64> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let v = self.next;
        self.next = v.wrapping_add(self.step);
        Some(v)
    }
}
