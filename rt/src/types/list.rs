//! `list`: a mutable sequence of values.
//!
//! The elements are `Value`s (scalars inline, objects by reference). The
//! `RefCell` is never borrowed across a call back into Python code, so a
//! loop body may mutate the list it iterates, as in CPython. The typed
//! element accessors below rely on that invariant to skip the borrow flag.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::exc::{PyErr, PyResult, INDEX_ERROR};
pub use crate::object::layout::list::{List, ListObj};
use crate::object::value::Value;
use crate::types::int::Int;

impl ListObj {
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// A snapshot of the elements (cheap clones: refcount increments).
    pub fn to_vec(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }
}

/// A list of `v`, tracked by the collector only if it holds something
/// that may be (see [`note_insert`]).
pub fn from_vec(v: Vec<Value>) -> List {
    let track = v.iter().any(crate::object::gc::may_be_tracked);
    let l = Rc::new(ListObj { items: RefCell::new(v), ..ListObj::default() });
    if track {
        crate::object::gc::track(&l);
    }
    l
}

/// Tracks a list when `v`, about to be stored in it, may be tracked: a
/// list of numbers and strings cannot be part of a cycle, so the collector
/// need not look at it (the rule CPython applies to dicts, applied here to
/// lists too; which objects are tracked is the implementation's choice).
/// Every store of a new element into a list goes through here.
#[inline]
pub fn note_insert(l: &List, v: &Value) {
    if !l.gc.is_tracked() && crate::object::gc::may_be_tracked(v) {
        crate::object::gc::track(l);
    }
}

pub fn new() -> List {
    from_vec(Vec::new())
}

#[inline]
pub fn len(l: &List) -> Int {
    Int::Small(l.len() as i64)
}

#[inline]
fn norm(l: &ListObj, i: &Int) -> Option<usize> {
    crate::types::str::norm_index(i.as_i64()?, l.len())
}

#[inline]
pub fn getitem(l: &List, i: &Int) -> PyResult<Value> {
    match pick_item(l, i, |v| Some(v.clone())) {
        Some(v) => Ok(v),
        None => getitem_slow(l, i),
    }
}

#[cold]
#[inline(never)]
fn getitem_slow(l: &List, i: &Int) -> PyResult<Value> {
    // A list being rearranged in place (a sort) looks empty, as in CPython.
    match l.items.try_borrow() {
        Ok(items) => match small_index(items.len(), i) {
            Some(j) => Ok(items[j].clone()),
            None => Err(crate::types::int::index_error(i, "list index out of range")),
        },
        Err(_) => Err(crate::types::int::index_error(i, "list index out of range")),
    }
}

/// `l[i]` where the element is known to be a float.
#[inline]
pub fn getitem_f64(l: &List, i: &Int) -> PyResult<f64> {
    getitem(l, i)?.to_f64()
}

#[inline]
pub fn setitem(l: &List, i: &Int, v: Value) -> PyResult<()> {
    match norm(l, i) {
        Some(k) => {
            // Drop the old element only after the borrow ends: its destructor
            // must not observe the list mid-update.
            note_insert(l, &v);
            let old = std::mem::replace(&mut l.items.borrow_mut()[k], v);
            drop(old);
            Ok(())
        }
        None => Err(crate::types::int::index_error(i, "list assignment index out of range")),
    }
}

pub fn delitem(l: &List, i: &Int) -> PyResult<()> {
    match norm(l, i) {
        Some(k) => {
            let old = l.items.borrow_mut().remove(k);
            drop(old);
            Ok(())
        }
        None => Err(crate::types::int::index_error(i, "list assignment index out of range")),
    }
}

#[inline]
pub fn append(l: &List, v: Value) {
    note_insert(l, &v);
    l.items.borrow_mut().push(v);
}

pub fn extend(l: &List, items: Vec<Value>) {
    note_insert_all(l, &items);
    l.items.borrow_mut().extend(items);
}

/// [`note_insert`] for several values.
pub fn note_insert_all(l: &List, items: &[Value]) {
    if !l.gc.is_tracked() && items.iter().any(crate::object::gc::may_be_tracked) {
        crate::object::gc::track(l);
    }
}

pub fn insert(l: &List, i: &Int, v: Value) {
    let n = l.len() as i64;
    let k = i.as_i64().unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
    let k = if k < 0 { (k + n).max(0) } else { k.min(n) };
    note_insert(l, &v);
    l.items.borrow_mut().insert(k as usize, v);
}

pub fn pop(l: &List, i: Option<&Int>) -> PyResult<Value> {
    let n = l.len();
    if n == 0 {
        return Err(PyErr::new(&INDEX_ERROR, "pop from empty list"));
    }
    let k = match i {
        None => n - 1,
        Some(i) => norm(l, i).ok_or_else(|| PyErr::new(&INDEX_ERROR, "pop index out of range"))?,
    };
    Ok(l.items.borrow_mut().remove(k))
}

/// `l.pop()`.
pub fn pop_last(l: &List) -> PyResult<Value> {
    pop(l, None)
}

pub fn clear(l: &List) {
    let old = std::mem::take(&mut *l.items.borrow_mut());
    drop(old);
}

pub fn reverse(l: &List) {
    l.items.borrow_mut().reverse();
}

pub fn copy(l: &List) -> List {
    from_vec(l.to_vec())
}

/// `l *= n`: the list itself, repeated in place.
pub fn repeat_in_place(l: &List, n: &Int) -> PyResult<()> {
    let n = n.to_index()?;
    let total = crate::object::alloc::repeat_len(l.len(), n)?;
    let mut items = l.items.borrow_mut();
    if total == 0 {
        let old = std::mem::take(&mut *items);
        drop(items);
        drop(old);
        return Ok(());
    }
    let one = items.len();
    items.try_reserve_exact(total - one).map_err(|_| crate::object::alloc::memory_error())?;
    for _ in 1..n {
        items.extend_from_within(..one);
    }
    Ok(())
}

pub fn concat(a: &List, b: &List) -> List {
    let mut v = a.to_vec();
    v.extend(b.to_vec());
    from_vec(v)
}

pub fn repeat(a: &List, n: &Int) -> PyResult<List> {
    let n = n.to_index()?;
    let items = a.items.borrow();
    let mut v = crate::object::alloc::try_vec(crate::object::alloc::repeat_len(items.len(), n)?)?;
    for _ in 0..n {
        v.extend(items.iter().cloned());
    }
    Ok(from_vec(v))
}

/// `l.index(x[, start[, stop]])`: `bounds` are the optional start and stop.
pub fn index(l: &List, x: &Value, bounds: &[Value]) -> PyResult<Int> {
    let (lo, hi) = search_bounds(bounds, l.len())?;
    for k in lo..hi {
        // The list may shrink while `==` runs Python code.
        let Some(item) = l.get(k) else { break };
        if item.is(x) || crate::object::protocol::eq(&item, x)? {
            return Ok(Int::Small(k as i64));
        }
    }
    Err(PyErr::value_error(format!("{} is not in list", crate::object::protocol::repr(x))))
}

/// The `start` and `stop` of `seq.index(x, start, stop)`, clamped to the
/// sequence as slice bounds are (negative ones count from the end).
pub fn search_bounds(bounds: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let clamp = |v: &Value, default: usize| -> PyResult<usize> {
        if v.is_none() {
            return Ok(default);
        }
        let i = match v.to_int()? {
            Int::Small(i) => i,
            big if big.is_negative() => i64::MIN,
            _ => i64::MAX,
        };
        Ok(if i < 0 { (i.saturating_add(len as i64)).max(0) as usize } else { (i as usize).min(len) })
    };
    let lo = bounds.first().map_or(Ok(0), |v| clamp(v, 0))?;
    let hi = bounds.get(1).map_or(Ok(len), |v| clamp(v, len))?;
    Ok((lo, hi))
}

pub fn count(l: &List, x: &Value) -> PyResult<Int> {
    let mut c = 0;
    for item in l.to_vec() {
        if item.is(x) || crate::object::protocol::eq(&item, x)? {
            c += 1;
        }
    }
    Ok(Int::Small(c))
}

pub fn remove(l: &List, x: &Value) -> PyResult<()> {
    let n = l.len();
    for k in 0..n {
        let Some(item) = l.get(k) else { break };
        if item.is(x) || crate::object::protocol::eq(&item, x)? {
            // `==` may have shortened the list: CPython deletes the slice
            // `k:k+1`, nothing when it is past the end.
            let old = {
                let mut items = l.items.borrow_mut();
                (k < items.len()).then(|| items.remove(k))
            };
            drop(old);
            return Ok(());
        }
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

/// `a == b` (`op` None) or an ordering of two lists, walking their live
/// contents as CPython does: an `__eq__` that shortens either list ends
/// the walk, and the lengths as they are then decide.
pub fn richcompare(a: &List, b: &List, op: Option<crate::object::op::CmpOp>) -> PyResult<bool> {
    if op.is_none() && a.len() != b.len() {
        return Ok(false);
    }
    let mut i = 0;
    while i < a.len() && i < b.len() {
        let (Some(x), Some(y)) = (a.get(i), b.get(i)) else { break };
        if !(x.is(&y) || crate::object::protocol::eq(&x, &y)?) {
            break;
        }
        i += 1;
    }
    let (la, lb) = (a.len(), b.len());
    if i >= la || i >= lb {
        return Ok(match op {
            None => la == lb,
            Some(op) => op.test(Some(la.cmp(&lb))),
        });
    }
    match op {
        None => Ok(false),
        Some(op) => {
            let (Some(x), Some(y)) = (a.get(i), b.get(i)) else { unreachable!("both lists reach i") };
            crate::object::protocol::compare(op, &x, &y)
        }
    }
}

pub fn contains(l: &List, x: &Value) -> PyResult<bool> {
    let n = l.len();
    for k in 0..n {
        let Some(item) = l.get(k) else { break };
        if item.is(x) || crate::object::protocol::eq(&item, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `list.sort()`: a stable sort by Python's `<`, optionally by key, optionally reversed.
pub fn sort(l: &List, reverse: bool) -> PyResult<()> {
    sort_list(l, None, reverse)
}

/// `l.sort(key=..., reverse=...)`. While it sorts, the list is empty (its
/// items are taken out), so a key or comparison that looks at it sees
/// `[]`; one that changes it makes the sort fail with ValueError, and the
/// sorted items are kept, as in CPython.
pub fn sort_list(l: &List, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let mut v = std::mem::take(&mut *l.items.borrow_mut());
    let r = sort_keyed(&mut v, key, reverse);
    // Anything put in meanwhile allocated: that is the mark of a change.
    let meddled = std::mem::replace(&mut *l.items.borrow_mut(), v);
    let modified = meddled.capacity() != 0;
    drop(meddled);
    r?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(())
}

/// `sorted(v, key=key, reverse=...)` order: the key function (if any and
/// not None) runs once per item, in order, then items sort by their keys.
pub fn sort_keyed(v: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let Some(key) = key.filter(|k| !k.is_none()) else { return sort_values(v, reverse) };
    let mut keys: Vec<(Value, usize)> = Vec::with_capacity(v.len());
    for (i, x) in v.iter().enumerate() {
        keys.push((crate::types::func::call(key, vec![x.clone()], &[])?, i));
    }
    sort_by(&mut keys, |p| &p.0, reverse)?;
    let old = std::mem::take(v);
    let mut slots: Vec<Option<Value>> = old.into_iter().map(Some).collect();
    *v = keys.into_iter().map(|(_, i)| slots[i].take().unwrap()).collect();
    Ok(())
}

/// Stable sort of values by `<`, reporting the first comparison error.
pub fn sort_values(v: &mut [Value], reverse: bool) -> PyResult<()> {
    sort_by(v, |x| x, reverse)
}

/// Stable sort by the values `key` picks, with only `<` (as CPython's sort).
fn sort_by<T>(v: &mut [T], key: impl Fn(&T) -> &Value, reverse: bool) -> PyResult<()> {
    let mut err = None;
    if reverse {
        // Python's reverse sort keeps equal elements in their original order.
        v.reverse();
    }
    // Only `<` is used, asking `a < b` first as CPython's sort does (so a
    // failing comparison reports the operands in CPython's order).
    v.sort_by(|a, b| {
        if err.is_some() {
            return std::cmp::Ordering::Equal;
        }
        let (a, b) = (key(a), key(b));
        match crate::object::protocol::lt(a, b) {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match crate::object::protocol::lt(b, a) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    err = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                err = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    if reverse {
        v.reverse();
    }
    match err {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Resolves slice bounds against a length, as `slice.indices` does.
pub fn slice_indices(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> PyResult<(i64, i64, i64)> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let n = len as i64;
    let (lo_default, hi_default) = if step > 0 { (0, n) } else { (n - 1, -1) };
    let clamp = |v: i64| -> i64 {
        if v < 0 {
            let v = v + n;
            if v < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                v
            }
        } else if v >= n {
            if step < 0 {
                n - 1
            } else {
                n
            }
        } else {
            v
        }
    };
    let lo = start.map(clamp).unwrap_or(lo_default);
    let hi = stop.map(clamp).unwrap_or(hi_default);
    Ok((lo, hi, step))
}

/// The positions a resolved slice selects.
pub fn slice_positions(lo: i64, hi: i64, step: i64) -> impl Iterator<Item = usize> {
    let mut i = lo;
    std::iter::from_fn(move || {
        if (step > 0 && i < hi) || (step < 0 && i > hi) {
            let r = i as usize;
            i += step;
            Some(r)
        } else {
            None
        }
    })
}

pub fn slice(l: &List, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> PyResult<List> {
    let items = l.items.borrow();
    let (lo, hi, st) = slice_indices(items.len(), start, stop, step)?;
    let mut out = Vec::with_capacity(slice_len(lo, hi, st));
    out.extend(slice_positions(lo, hi, st).map(|k| items[k].clone()));
    Ok(from_vec(out))
}

/// How many positions [`slice_positions`] gives.
fn slice_len(lo: i64, hi: i64, step: i64) -> usize {
    match step {
        s if s > 0 && hi > lo => ((hi - lo + s - 1) / s) as usize,
        s if s < 0 && lo > hi => ((lo - hi - s - 1) / -s) as usize,
        _ => 0,
    }
}

pub fn set_slice(
    l: &List,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
    values: Vec<Value>,
) -> PyResult<()> {
    note_insert_all(l, &values);
    let n = l.len();
    let (lo, hi, st) = slice_indices(n, start, stop, step)?;
    if st == 1 {
        let (lo, hi) = (lo as usize, hi.max(lo) as usize);
        // The old items are dropped once the list is no longer borrowed
        // (dropping one may run code that uses the list).
        let mut values = values;
        let old: Vec<Value> = if hi - lo == values.len() {
            // As long as before: the items trade places, no reallocation.
            let mut items = l.items.borrow_mut();
            for (slot, v) in items[lo..hi].iter_mut().zip(values.iter_mut()) {
                std::mem::swap(slot, v);
            }
            values
        } else {
            l.items.borrow_mut().splice(lo..hi, values).collect()
        };
        // Last first, as CPython releases them.
        old.into_iter().rev().for_each(drop);
        return Ok(());
    }
    let positions: Vec<usize> = slice_positions(lo, hi, st).collect();
    if positions.len() != values.len() {
        return Err(PyErr::value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            values.len(),
            positions.len()
        )));
    }
    let mut values = values;
    let mut items = l.items.borrow_mut();
    for (k, v) in positions.into_iter().zip(values.iter_mut()) {
        std::mem::swap(&mut items[k], v);
    }
    drop(items);
    // The old items, released in order once the list is whole again.
    drop(values);
    Ok(())
}

pub fn del_slice(l: &List, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> PyResult<()> {
    let n = l.len();
    let (lo, hi, st) = slice_indices(n, start, stop, step)?;
    let mut drop_at: Vec<usize> = slice_positions(lo, hi, st).collect();
    drop_at.sort_unstable();
    let old: Vec<Value> = {
        let mut items = l.items.borrow_mut();
        let mut removed = Vec::new();
        for k in drop_at.into_iter().rev() {
            removed.push(items.remove(k));
        }
        removed
    };
    drop(old);
    Ok(())
}

/// The position `i` names in a list of `len` items, for the typed fast
/// paths below (anything unusual takes their slow path).
#[inline(always)]
fn small_index(len: usize, i: &Int) -> Option<usize> {
    let Int::Small(k) = i else { return None };
    let n = len as i64;
    let j = if *k < 0 { k + n } else { *k };
    (0..n).contains(&j).then_some(j as usize)
}

/// The element at `i` as `T` when `pick` recognises it (the typed fast
/// paths below); `None` sends the caller to its slow path.
#[inline(always)]
fn pick_item<T>(l: &List, i: &Int, pick: impl FnOnce(&Value) -> Option<T>) -> Option<T> {
    // SAFETY: the borrow flag is checked (no `borrow_mut` is live) and the
    // reference ends in this function; `pick` only copies out of the slot,
    // so nothing can mutate the list while it is held. This spares the
    // flag's increment and decrement on every typed element read.
    let items = unsafe { l.items.try_borrow_unguarded() }.ok()?;
    let j = small_index(items.len(), i)?;
    pick(&items[j])
}

/// `l[i]` where inference proved the element a float: no `Value` copy.
#[inline(always)]
pub fn get_f64(l: &List, i: &Int) -> PyResult<f64> {
    match pick_item(l, i, |v| match v {
        Value::Float(f) => Some(*f),
        _ => None,
    }) {
        Some(x) => Ok(x),
        None => {
            let mut x = 0.0;
            match get_f64_slow(l, i, &mut x) {
                None => Ok(x),
                Some(e) => Err(e),
            }
        }
    }
}

/// The value comes back through `out` and only the error as the result:
/// a `PyResult<f64>` would be returned through memory, and the fast path
/// would then build its result in that memory too, on every read.
#[cold]
#[inline(never)]
fn get_f64_slow(l: &List, i: &Int, out: &mut f64) -> Option<PyErr> {
    match getitem(l, i).and_then(|v| v.to_f64()) {
        Ok(x) => {
            *out = x;
            None
        }
        Err(e) => Some(e),
    }
}

/// `l[i] = v` for a float `v`, overwriting a float in place.
#[inline(always)]
pub fn set_f64(l: &List, i: &Int, v: f64) -> PyResult<()> {
    if unsafe { l.items.try_borrow_unguarded() }.is_ok() {
        // SAFETY: no `RefMut` is live (checked) and no `Ref` is either: the
        // runtime never holds a borrow across a call back into compiled
        // code (see the module comment), and compiled code is what calls
        // this. Skipping the flag's writes lets element reads and writes in
        // a loop body stay in registers.
        let items = unsafe { &mut *l.items.as_ptr() };
        if let Some(j) = small_index(items.len(), i) {
            if let Value::Float(slot) = &mut items[j] {
                *slot = v;
                return Ok(());
            }
        }
    }
    set_f64_slow(l, i, v)
}

#[cold]
#[inline(never)]
fn set_f64_slow(l: &List, i: &Int, v: f64) -> PyResult<()> {
    setitem(l, i, Value::Float(v))
}

/// `l[i]` where inference proved the element an int.
#[inline(always)]
pub fn get_int(l: &List, i: &Int) -> PyResult<Int> {
    match pick_item(l, i, |v| match v {
        Value::Int(v) => Some(Int::Small(*v)),
        _ => None,
    }) {
        Some(x) => Ok(x),
        None => get_int_slow(l, i),
    }
}

#[cold]
#[inline(never)]
fn get_int_slow(l: &List, i: &Int) -> PyResult<Int> {
    getitem(l, i)?.into_int()
}

/// `l[i]` where inference proved the element a list: the inner list comes
/// out as a handle, with no `Value` in between.
#[inline(always)]
pub fn get_list(l: &List, i: &Int) -> PyResult<List> {
    match pick_item(l, i, |v| match v {
        Value::List(x) => Some(x.clone()),
        _ => None,
    }) {
        Some(x) => Ok(x),
        None => get_list_slow(l, i),
    }
}

#[cold]
#[inline(never)]
fn get_list_slow(l: &List, i: &Int) -> PyResult<List> {
    getitem(l, i)?.to_list()
}

/// `l[i]` where inference proved the element a bool.
#[inline(always)]
pub fn get_bool(l: &List, i: &Int) -> PyResult<bool> {
    match pick_item(l, i, |v| match v {
        Value::Bool(b) => Some(*b),
        _ => None,
    }) {
        Some(x) => Ok(x),
        None => get_bool_slow(l, i),
    }
}

#[cold]
#[inline(never)]
fn get_bool_slow(l: &List, i: &Int) -> PyResult<bool> {
    getitem(l, i)?.to_bool()
}

/// `l[i] = v` for a scalar `v` (a small int, a bool): overwrites a scalar
/// slot in place, with no reference counting.
#[inline(always)]
pub fn set_scalar(l: &List, i: &Int, v: Value) -> PyResult<()> {
    if unsafe { l.items.try_borrow_unguarded() }.is_ok() {
        // SAFETY: as in `set_f64`; the slot overwritten holds a scalar, so
        // no destructor runs while the reference is live.
        let items = unsafe { &mut *l.items.as_ptr() };
        if let Some(j) = small_index(items.len(), i) {
            let slot = &mut items[j];
            if matches!(slot, Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None)
                && matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None)
            {
                *slot = v;
                return Ok(());
            }
        }
    }
    setitem(l, i, v)
}
