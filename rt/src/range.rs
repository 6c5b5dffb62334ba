//! `range`: a lazy arithmetic sequence of machine-sized ints.

use std::rc::Rc;

use crate::exc::{PyErr, PyResult, INDEX_ERROR};
use crate::int::Int;
use crate::value::Value;

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
    /// The i-th value (within the range, so it fits, though the
    /// arithmetic on the way may not).
    pub fn at(&self, i: usize) -> i64 {
        (self.start as i128 + self.step as i128 * i as i128) as i64
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

/// `len(r)`: more than an index-sized length is an OverflowError (the
/// range itself may hold up to 2**64 - 1 values).
pub fn len(r: &Range) -> PyResult<Int> {
    i64::try_from(r.len())
        .map(Int::Small)
        .map_err(|_| PyErr::new(&crate::exc::OVERFLOW_ERROR, "Python int too large to convert to C ssize_t"))
}

pub fn getitem(r: &Range, i: &Int) -> PyResult<Int> {
    let n = r.len() as i128;
    let k = i.as_i64().map(|k| if k < 0 { k as i128 + n } else { k as i128 });
    match k.filter(|k| (0..n).contains(k)) {
        Some(k) => Ok(Int::Small(r.at(k as usize))),
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
    ok && (v as i128 - r.start as i128) % r.step as i128 == 0
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

/// `r.index(x)`, `r.count(x)`: arithmetic for ints, a search by equality
/// for anything else (as CPython's).
pub fn method(r: &Range, name: &str, x: &Value) -> PyResult<Value> {
    let position = match x {
        Value::Int(_) | Value::Bool(_) => {
            let v = x.to_int()?;
            contains(r, &v).then(|| ((v.as_i64().unwrap_or(0) as i128 - r.start as i128) / r.step as i128) as i64)
        }
        _ => {
            let mut found = None;
            let mut n = 0i64;
            for i in 0..r.len() {
                if crate::ops::eq(&Value::Int(r.at(i)), x)? {
                    if name == "count" {
                        n += 1;
                        continue;
                    }
                    found = Some(i as i64);
                    break;
                }
            }
            if name == "count" {
                return Ok(Value::Int(n));
            }
            found
        }
    };
    match (name, position) {
        ("count", p) => Ok(Value::Int(p.is_some() as i64)),
        (_, Some(p)) => Ok(Value::Int(p)),
        (_, None) if matches!(x, Value::Int(_) | Value::Bool(_)) => Err(PyErr::value_error(format!("{} is not in range", crate::repr::repr(x)))),
        (_, None) => Err(PyErr::value_error("sequence.index(x): x not in sequence")),
    }
}
