//! `range`: a lazy arithmetic sequence. Nearly every range has bounds
//! that fit a machine word and is kept as three `i64`s, which loops and
//! indexing use directly; a range with any bound beyond that (CPython's
//! "longrange") keeps exact ints and its length, and computes with them.

use std::rc::Rc;

use crate::object::exc::{PyErr, PyResult, INDEX_ERROR, OVERFLOW_ERROR};
pub use crate::object::layout::range::{BigRange, Range, RangeObj};
use crate::object::value::Value;
use crate::types::int::{self, Int};

impl Default for RangeObj {
    fn default() -> Self {
        RangeObj::Small { start: 0, stop: 0, step: 1 }
    }
}

impl RangeObj {
    /// `start`, `stop`, `step`, exactly.
    pub fn parts(&self) -> (Int, Int, Int) {
        match self {
            RangeObj::Small { start, stop, step } => (Int::Small(*start), Int::Small(*stop), Int::Small(*step)),
            RangeObj::Big(b) => (b.start.clone(), b.stop.clone(), b.step.clone()),
        }
    }

    /// The number of values, exactly.
    pub fn len_int(&self) -> Int {
        match self {
            RangeObj::Small { start, stop, step } => {
                let n = count(*start, *stop, *step);
                i64::try_from(n)
                    .map(Int::Small)
                    .unwrap_or_else(|_| Int::from(crate::object::layout::bigint::BigInt::from(n)))
            }
            RangeObj::Big(b) => b.len.clone(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len_int().is_zero()
    }

    /// The i-th value, `0 <= i < len`.
    pub fn at(&self, i: &Int) -> Int {
        match (self, i) {
            (RangeObj::Small { start, step, .. }, Int::Small(i)) => {
                let v = *start as i128 + *step as i128 * *i as i128;
                i64::try_from(v)
                    .map(Int::Small)
                    .unwrap_or_else(|_| Int::from(crate::object::layout::bigint::BigInt::from(v)))
            }
            _ => {
                let (start, _, step) = self.parts();
                int::add(&start, &int::mul(&step, i))
            }
        }
    }

    /// The iterator's state: the first value, how many, the step.
    pub fn walk(&self, reversed: bool) -> crate::types::iter::IterState {
        use crate::types::iter::IterState;
        match self {
            RangeObj::Small { start, stop, step } => {
                let n = count(*start, *stop, *step);
                let last = start.wrapping_add((n.wrapping_sub(1) as i64).wrapping_mul(*step));
                match reversed {
                    false => IterState::Range { next: *start, left: n as usize, step: *step },
                    true if n == 0 => IterState::Range { next: *start, left: 0, step: 1 },
                    // `-step` of i64::MIN only happens for n == 1, where the step is never used.
                    true => IterState::Range { next: last, left: n as usize, step: step.wrapping_neg() },
                }
            }
            RangeObj::Big(b) => match reversed {
                false => IterState::BigRange { next: b.start.clone(), left: b.len.clone(), step: b.step.clone() },
                true => {
                    let last =
                        if b.len.is_zero() { b.start.clone() } else { self.at(&int::sub(&b.len, &Int::Small(1))) };
                    IterState::BigRange { next: last, left: b.len.clone(), step: int::neg(&b.step) }
                }
            },
        }
    }
}

/// `range(start, stop, step)`: the machine-word form when everything fits.
pub fn new(start: &Int, stop: &Int, step: &Int) -> PyResult<Range> {
    if step.is_zero() {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(Rc::new(from_parts(start, stop, step)))
}

fn from_parts(start: &Int, stop: &Int, step: &Int) -> RangeObj {
    match (start, stop, step) {
        (Int::Small(start), Int::Small(stop), Int::Small(step)) if count(*start, *stop, *step) <= i64::MAX as u64 => {
            RangeObj::Small { start: *start, stop: *stop, step: *step }
        }
        _ => {
            let len = big_count(start, stop, step);
            RangeObj::Big(Box::new(BigRange { start: start.clone(), stop: stop.clone(), step: step.clone(), len }))
        }
    }
}

/// `len(r)`: more than an index-sized length is an OverflowError.
pub fn len(r: &Range) -> PyResult<Int> {
    match r.len_int() {
        n @ Int::Small(_) => Ok(n),
        Int::Big(_) => Err(PyErr::new(&OVERFLOW_ERROR, "Python int too large to convert to C ssize_t")),
    }
}

pub fn getitem(r: &Range, i: &Int) -> PyResult<Int> {
    if let (RangeObj::Small { start, stop, step }, Int::Small(k)) = (&**r, i) {
        let n = count(*start, *stop, *step) as i128;
        let k = if *k < 0 { *k as i128 + n } else { *k as i128 };
        return match (0..n).contains(&k) {
            true => Ok(r.at(&Int::Small(k as i64))),
            false => Err(PyErr::new(&INDEX_ERROR, "range object index out of range")),
        };
    }
    let n = r.len_int();
    let k = if i.is_negative() { int::add(i, &n) } else { i.clone() };
    if k.is_negative() || int::ge(&k, &n) {
        return Err(PyErr::new(&INDEX_ERROR, "range object index out of range"));
    }
    Ok(r.at(&k))
}

pub fn contains(r: &Range, x: &Int) -> bool {
    if let (RangeObj::Small { start, stop, step }, Int::Small(v)) = (&**r, x) {
        let ok = if *step > 0 { v >= start && v < stop } else { v <= start && v > stop };
        return ok && (*v as i128 - *start as i128) % *step as i128 == 0;
    }
    position(r, x).is_some()
}

/// Where `x` sits in `r`, if it does.
fn position(r: &Range, x: &Int) -> Option<Int> {
    let (start, stop, step) = r.parts();
    let inside = if step.is_negative() {
        int::le(x, &start) && int::gt(x, &stop)
    } else {
        int::ge(x, &start) && int::lt(x, &stop)
    };
    let offset = int::sub(x, &start);
    let (k, rem) = int::divmod(&offset, &step).ok()?;
    (inside && rem.is_zero()).then_some(k)
}

/// `r[a:b:s]`: the range of the picked values, with CPython's bounds
/// (`range(10)[1:8:3]` is `range(1, 8, 3)`, `range(10)[::-1]` is `range(9, -1, -1)`).
pub fn slice(r: &Range, a: Option<Int>, b: Option<Int>, s: Option<Int>) -> PyResult<Range> {
    let s = s.unwrap_or(Int::Small(1));
    if s.is_zero() {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let n = r.len_int();
    let (lower, upper) =
        if s.is_negative() { (Int::Small(-1), int::sub(&n, &Int::Small(1))) } else { (Int::Small(0), n.clone()) };
    let clamp = |v: Option<Int>, default: &Int| match v {
        None => default.clone(),
        Some(v) if v.is_negative() => {
            let v = int::add(&v, &n);
            if int::lt(&v, &lower) {
                lower.clone()
            } else {
                v
            }
        }
        Some(v) => {
            if int::gt(&v, &upper) {
                upper.clone()
            } else {
                v
            }
        }
    };
    let (lo, hi) =
        if s.is_negative() { (clamp(a, &upper), clamp(b, &lower)) } else { (clamp(a, &lower), clamp(b, &upper)) };
    let step = int::mul(&r.parts().2, &s);
    Ok(Rc::new(from_parts(&r.at(&lo), &r.at(&hi), &step)))
}

/// `r == q`: the same values (so `range(0)` equals `range(5, 5)`).
pub fn eq(x: &Range, y: &Range) -> bool {
    let (n, m) = (x.len_int(), y.len_int());
    if !int::eq(&n, &m) {
        return false;
    }
    let ((a, _, s), (b, _, t)) = (x.parts(), y.parts());
    n.is_zero() || (int::eq(&a, &b) && (int::eq(&n, &Int::Small(1)) || int::eq(&s, &t)))
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

fn big_count(start: &Int, stop: &Int, step: &Int) -> Int {
    let (lo, hi) = if step.is_negative() { (stop, start) } else { (start, stop) };
    if int::ge(lo, hi) {
        return Int::Small(0);
    }
    let span = int::sub(&int::sub(hi, lo), &Int::Small(1));
    let per = int::abs(step);
    int::add(&int::floordiv(&span, &per).unwrap_or_default(), &Int::Small(1))
}

/// The values of `range(start, stop, step)`, for `for` loops over ints: a
/// plain machine-word counter, or exact ints when a bound is beyond that.
#[inline]
pub fn iter(start: &Int, stop: &Int, step: &Int) -> PyResult<Ints> {
    if let (Int::Small(a), Int::Small(b), Int::Small(c)) = (start, stop, step) {
        if let Some(s) = steps(*a, *b, *c) {
            return Ok(Ints::Small(s));
        }
    }
    let r = new(start, stop, step)?;
    let (next, step) = (start.clone(), step.clone());
    Ok(Ints::Big { next, left: r.len_int(), step })
}

/// The counter behind a machine-int `for` loop; `None` for a zero step.
#[inline]
pub fn steps(start: i64, stop: i64, step: i64) -> Option<Steps> {
    (step != 0).then(|| Steps { next: start, left: count(start, stop, step), step })
}

/// A machine-word loop counter (`repr(C)`: compiled code reads it through the C ABI).
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

/// The values of a `for` loop over a range of ints.
pub enum Ints {
    Small(Steps),
    Big { next: Int, left: Int, step: Int },
}

impl Iterator for Ints {
    type Item = Int;
    #[inline]
    fn next(&mut self) -> Option<Int> {
        match self {
            Ints::Small(s) => s.next().map(Int::Small),
            Ints::Big { next, left, step } => big_next(next, left, step),
        }
    }
}

/// One step of a walk over exact ints.
pub fn big_next(next: &mut Int, left: &mut Int, step: &Int) -> Option<Int> {
    if left.is_zero() {
        return None;
    }
    *left = int::sub(left, &Int::Small(1));
    let v = int::add(next, step);
    Some(std::mem::replace(next, v))
}

/// `r.index(x)`, `r.count(x)`: arithmetic for ints, a search by equality
/// for anything else (as CPython's).
pub fn method(r: &Range, name: &str, x: &Value) -> PyResult<Value> {
    let found = match x {
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => position(r, &x.to_int()?),
        _ => {
            let mut found = None;
            let mut n = 0i64;
            let walk = crate::types::iter::from_state(r.walk(false));
            let mut i = 0i64;
            while let Some(v) = crate::types::iter::next(&walk)? {
                if crate::object::protocol::eq(&v, x)? {
                    if name == "count" {
                        n += 1;
                    } else {
                        found = Some(Int::Small(i));
                        break;
                    }
                }
                i += 1;
            }
            if name == "count" {
                return Ok(Value::Int(n));
            }
            found
        }
    };
    match (name, found) {
        ("count", p) => Ok(Value::Int(p.is_some() as i64)),
        (_, Some(p)) => Ok(Value::from_int(p)),
        (_, None) if matches!(x, Value::Int(_) | Value::Big(_) | Value::Bool(_)) => {
            Err(PyErr::value_error(format!("{} is not in range", crate::object::protocol::repr(x))))
        }
        (_, None) => Err(PyErr::value_error("sequence.index(x): x not in sequence")),
    }
}
