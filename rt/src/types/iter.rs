//! The iterator protocol over builtin values: `iter()`, `next()`, and the
//! iterator objects of lists, tuples, strings, ranges, dicts, sets,
//! `enumerate`, `zip` and `reversed`.
//!
//! Iterators over mutable containers read the container at each step (by
//! index), never holding a borrow, so mutation during iteration behaves as
//! in CPython.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::exc::{PyErr, PyResult, RUNTIME_ERROR};
pub use crate::object::layout::dict::DictView;
pub use crate::object::layout::iter::{IterObj, IterState, NativeStep, PyIter, ReentrantStep};
use crate::object::value::Value;
use crate::types::dict::Dict;
use crate::types::int::{self, Int};

/// An iterator computed by `step`, shown as `name` (`itertools.count`).
/// The iterator inside a value [`native`] made.
fn as_iter(v: Value) -> PyIter {
    match v {
        Value::Iter(it) => it,
        _ => unreachable!("native() makes an iterator"),
    }
}

pub fn native(name: &'static str, step: impl FnMut() -> PyResult<Option<Value>> + 'static) -> Value {
    Value::Iter(from_state(IterState::Native(name, NativeStep(Box::new(step)))))
}

/// Like [`native`], for a step that tolerates being re-entered.
pub fn reentrant(name: &'static str, step: impl Fn() -> PyResult<Option<Value>> + 'static) -> Value {
    Value::Iter(from_state(IterState::Reentrant(name, ReentrantStep(std::rc::Rc::new(step)))))
}

/// The old sequence protocol: an object with `__getitem__` but no
/// `__iter__` iterates over `obj[0]`, `obj[1]`, ... until IndexError (or
/// StopIteration), as CPython's `iterator` type does.
fn sequence_iter(obj: Value) -> Value {
    let index = std::cell::Cell::new(0i64);
    let done = std::cell::Cell::new(false);
    reentrant("iterator", move || {
        if done.get() {
            return Ok(None);
        }
        let i = index.get();
        match crate::types::class::call_special(&obj, "__getitem__", || vec![Value::Int(i)]) {
            Some(Ok(v)) => {
                index.set(i + 1);
                Ok(Some(v))
            }
            Some(Err(e))
                if e.matches(&crate::object::exc::INDEX_ERROR) || e.matches(&crate::object::exc::STOP_ITERATION) =>
            {
                done.set(true);
                Ok(None)
            }
            Some(Err(e)) => Err(e),
            None => Ok(None),
        }
    })
}

impl Default for IterObj {
    fn default() -> Self {
        IterObj { state: RefCell::new(IterState::Snapshot(Vec::new().into_iter(), "iterator")) }
    }
}

impl IterObj {
    pub fn type_name(&self) -> &'static str {
        match &*self.state.borrow() {
            IterState::List(..) => "list_iterator",
            IterState::ListRev(..) => "list_reverseiterator",
            IterState::Tuple(..) => "tuple_iterator",
            IterState::Str(s, _) => {
                if s.is_ascii() {
                    "str_ascii_iterator"
                } else {
                    "str_iterator"
                }
            }
            IterState::Range { .. } => "range_iterator",
            IterState::BigRange { .. } => "longrange_iterator",
            IterState::Dict { view: DictView::Keys, .. } => "dict_keyiterator",
            IterState::Dict { view: DictView::Values, .. } => "dict_valueiterator",
            IterState::Dict { view: DictView::Items, .. } => "dict_itemiterator",
            IterState::Snapshot(_, name) => name,
            IterState::Set(..) => "set_iterator",
            IterState::Enumerate(..) => "enumerate",
            IterState::Zip(..) => "zip",
            IterState::Map(..) => "map",
            IterState::Filter(..) => "filter",
            IterState::User(v) => v.type_name(),
            IterState::Gen(_) => "generator",
            IterState::Native(name, _) | IterState::Reentrant(name, _) => name,
        }
    }
}

pub fn from_state(s: IterState) -> PyIter {
    Rc::new(IterObj { state: RefCell::new(s) })
}

/// `iter(v)`.
pub fn iter(v: &Value) -> PyResult<PyIter> {
    Ok(from_state(match v {
        Value::List(l) => IterState::List(l.clone(), 0),
        Value::Tuple(t) => IterState::Tuple(t.clone(), 0),
        Value::Str(s) => IterState::Str(s.clone(), 0),
        Value::Range(r) => r.walk(false),
        Value::Dict(d) => dict_iter(d, DictView::Keys),
        Value::Set(s) => IterState::Set(s.clone(), s.to_vec().into_iter(), s.len()),
        Value::Bytes(b) => IterState::Snapshot(bytes_items(&b.data).into_iter(), "bytes_iterator"),
        Value::ByteArray(b) => IterState::Snapshot(bytes_items(&b.snapshot()).into_iter(), "bytearray_iterator"),
        Value::Iter(it) => return Ok(it.clone()),
        Value::Deque(d) => return Ok(as_iter(crate::types::deque::iter(d, false))),
        Value::Gen(g) => IterState::Gen(g.clone()),
        Value::View(v) => dict_iter(&v.dict, v.kind),
        // A class iterates through its metaclass's `__iter__` (an `Enum`).
        Value::Instance(_) | Value::Class(_) => match crate::types::class::call_special(v, "__iter__", Vec::new) {
            Some(r) => {
                let it = r?;
                if let Value::Gen(g) = it {
                    IterState::Gen(g)
                } else if crate::types::class::special(&it, "__next__").is_some() {
                    IterState::User(it)
                } else if let Value::Iter(i) = it {
                    return Ok(i);
                } else {
                    return Err(PyErr::type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        it.type_name()
                    )));
                }
            }
            None => match crate::types::class::base_value(v) {
                Some(b) => return iter(&b),
                None if crate::types::class::special(v, "__getitem__").is_some() => {
                    return Ok(as_iter(sequence_iter(v.clone())));
                }
                None => return Err(PyErr::type_error(format!("'{}' object is not iterable", v.type_name()))),
            },
        },
        Value::Native(n)
            if matches!(**n, crate::types::native::NativeObj::Stream(crate::types::stream::Stream::Stdin)) =>
        {
            return Ok(as_iter(native("_io.TextIOWrapper", crate::types::stream::next_line)));
        }
        // A named tuple among native objects (`cache_info()`) iterates as a tuple.
        Value::Native(_) => match crate::types::native::tuple_items(v) {
            Some(items) => IterState::Snapshot(items.into_iter(), "tuple_iterator"),
            None => return Err(PyErr::type_error(format!("'{}' object is not iterable", v.type_name()))),
        },
        other => return Err(PyErr::type_error(format!("'{}' object is not iterable", other.type_name()))),
    }))
}

pub fn dict_iter(d: &Dict, view: DictView) -> IterState {
    IterState::Dict { dict: d.clone(), pos: 0, len: d.len(), left: d.len(), view }
}

/// `next(it)`: `Ok(None)` when exhausted.
pub fn next(it: &PyIter) -> PyResult<Option<Value>> {
    let mut st = it.state.borrow_mut();
    match &mut *st {
        IterState::List(l, i) => {
            let v = l.get(*i);
            *i += 1;
            Ok(v)
        }
        IterState::ListRev(l, i) => {
            if *i == 0 {
                return Ok(None);
            }
            *i -= 1;
            Ok(l.get(*i))
        }
        IterState::Tuple(t, i) => {
            let v = t.items().get(*i).cloned();
            *i += 1;
            Ok(v)
        }
        IterState::Str(s, pos) => {
            if crate::types::str::surrogates::holds(s) {
                let Some((c, n)) = crate::types::str::surrogates::decode_at(s.bytes(), *pos) else { return Ok(None) };
                *pos += n;
                return Ok(Some(Value::Str(crate::types::str::surrogates::from_code(c))));
            }
            let rest = &s.as_str()[*pos..];
            match rest.chars().next() {
                Some(c) => {
                    *pos += c.len_utf8();
                    Ok(Some(Value::Str(crate::types::str::from_char(c))))
                }
                None => Ok(None),
            }
        }
        IterState::BigRange { next, left, step } => {
            Ok(crate::types::range::big_next(next, left, step).map(Value::from_int))
        }
        IterState::Range { next, left, step } => {
            if *left == 0 {
                return Ok(None);
            }
            let v = *next;
            *left -= 1;
            *next = next.wrapping_add(*step);
            Ok(Some(Value::Int(v)))
        }
        IterState::Dict { dict, pos, len, left, view } => {
            // Exhausted: it stays so, whatever happens to the dict.
            if *pos == usize::MAX {
                return Ok(None);
            }
            if dict.len() != *len {
                *len = usize::MAX;
                return Err(PyErr::new(&RUNTIME_ERROR, "dictionary changed size during iteration"));
            }
            let Some((i, k, v)) = dict.next_from(*pos) else {
                *pos = usize::MAX;
                return Ok(None);
            };
            // More entries than the dict had: keys were swapped under the walk.
            if *left == 0 {
                *pos = usize::MAX;
                return Err(PyErr::new(&RUNTIME_ERROR, "dictionary keys changed during iteration"));
            }
            *pos = i + 1;
            *left -= 1;
            Ok(Some(match view {
                DictView::Keys => k,
                DictView::Values => v,
                DictView::Items => Value::Tuple(crate::types::tuple::new(vec![k, v])),
            }))
        }
        IterState::Snapshot(items, _) => Ok(items.next()),
        IterState::Set(set, items, len) => {
            if set.len() != *len {
                // It keeps failing, as CPython's does.
                *len = usize::MAX;
                return Err(PyErr::new(&crate::object::exc::RUNTIME_ERROR, "Set changed size during iteration"));
            }
            let item = items.next();
            if item.is_none() {
                // Exhausted: it lets go of the set and stays exhausted.
                *st = IterState::Snapshot(Vec::new().into_iter(), "set_iterator");
            }
            Ok(item)
        }
        IterState::Enumerate(inner, n) => {
            let inner = inner.clone();
            let count = n.clone();
            drop(st);
            match next(&inner)? {
                Some(v) => {
                    if let IterState::Enumerate(_, n) = &mut *it.state.borrow_mut() {
                        *n = int::add(n, &Int::Small(1));
                    }
                    Ok(Some(Value::Tuple(crate::types::tuple::new(vec![Value::from_int(count), v]))))
                }
                None => Ok(None),
            }
        }
        IterState::Zip(inners) => {
            let inners = inners.clone();
            drop(st);
            if inners.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(inners.len());
            for i in &inners {
                match next(i)? {
                    Some(v) => out.push(v),
                    None => return Ok(None),
                }
            }
            Ok(Some(Value::Tuple(crate::types::tuple::new(out))))
        }
        // The borrow of the state ends before user code runs (it may use
        // the iterator too).
        IterState::Map(f, inners) => {
            let (f, inners) = (f.clone(), inners.clone());
            drop(st);
            let mut args = Vec::with_capacity(inners.len());
            for i in &inners {
                match next(i)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            crate::types::func::call(&f, args, &[]).map(Some)
        }
        IterState::Gen(g) => {
            let g = g.clone();
            drop(st);
            crate::types::gen::next(&g)
        }
        IterState::Native(_, step) => {
            let mut f = std::mem::replace(&mut step.0, Box::new(|| Ok(None)));
            drop(st);
            let r = f();
            if let IterState::Native(_, step) = &mut *it.state.borrow_mut() {
                step.0 = f;
            }
            r
        }
        IterState::Reentrant(_, step) => {
            let step = step.0.clone();
            drop(st);
            step()
        }
        IterState::User(obj) => {
            let obj = obj.clone();
            drop(st);
            match crate::types::class::call_special(&obj, "__next__", Vec::new).expect("iterators have __next__") {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.matches(&crate::object::exc::STOP_ITERATION) => Ok(None),
                Err(e) => Err(e),
            }
        }
        IterState::Filter(f, inner) => {
            let (f, inner) = (f.clone(), inner.clone());
            drop(st);
            while let Some(v) = next(&inner)? {
                let keep =
                    if f.is_none() { v.truthy() } else { crate::types::func::call(&f, vec![v.clone()], &[])?.truthy() };
                if keep {
                    return Ok(Some(v));
                }
            }
            Ok(None)
        }
    }
}

/// `map(f, *iterables)`.
pub fn map(f: &Value, vs: &[Value]) -> PyResult<PyIter> {
    if vs.is_empty() {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let its = vs.iter().map(iter).collect::<PyResult<Vec<_>>>()?;
    Ok(from_state(IterState::Map(f.clone(), its)))
}

/// `filter(f, iterable)`.
pub fn filter(f: &Value, v: &Value) -> PyResult<PyIter> {
    Ok(from_state(IterState::Filter(f.clone(), iter(v)?)))
}

/// The items of a bytes object: its byte values as ints.
fn bytes_items(data: &[u8]) -> Vec<Value> {
    data.iter().map(|&b| Value::Int(b as i64)).collect()
}

/// All remaining items of an iterable.
pub fn collect(v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => Ok(l.to_vec()),
        Value::Tuple(t) => Ok(t.items().to_vec()),
        Value::Str(s) => Ok(crate::types::str::chars(s)),
        Value::Bytes(b) => Ok(bytes_items(&b.data)),
        Value::ByteArray(b) => Ok(bytes_items(&b.snapshot())),
        Value::Set(s) => Ok(s.to_vec()),
        Value::Dict(d) => Ok(d.keys_vec()),
        other => {
            let it = iter(other)?;
            let mut out = Vec::new();
            while let Some(x) = next(&it)? {
                out.push(x);
            }
            Ok(out)
        }
    }
}

pub fn enumerate(v: &Value, start: Int) -> PyResult<PyIter> {
    Ok(from_state(IterState::Enumerate(iter(v)?, start)))
}

pub fn zip(vs: &[Value]) -> PyResult<PyIter> {
    let its = vs.iter().map(iter).collect::<PyResult<Vec<_>>>()?;
    Ok(from_state(IterState::Zip(its)))
}

pub fn reversed(v: &Value) -> PyResult<PyIter> {
    match v {
        Value::Deque(d) => Ok(as_iter(crate::types::deque::iter(d, true))),
        Value::List(l) => Ok(from_state(IterState::ListRev(l.clone(), l.len()))),
        Value::Range(r) => Ok(from_state(r.walk(true))),
        Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Dict(_) => {
            let mut items = collect(v)?;
            items.reverse();
            let name = match v {
                Value::Tuple(_) => "reversed",
                Value::Dict(_) => "dict_reversekeyiterator",
                _ => "reversed",
            };
            Ok(from_state(IterState::Snapshot(items.into_iter(), name)))
        }
        other if crate::types::class::base_value(other).is_some() => {
            reversed(&crate::types::class::base_value(other).unwrap())
        }
        other => Err(PyErr::type_error(format!("'{}' object is not reversible", other.type_name()))),
    }
}

pub fn dict_items(d: &Dict) -> PyIter {
    from_state(dict_iter(d, DictView::Items))
}
pub fn dict_values(d: &Dict) -> PyIter {
    from_state(dict_iter(d, DictView::Values))
}
pub fn dict_keys(d: &Dict) -> PyIter {
    from_state(dict_iter(d, DictView::Keys))
}
