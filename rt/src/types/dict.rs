//! `dict`: an insertion-ordered hash map on CPython's compact table
//! (`dicttable.rs`).
//!
//! Keys are [`Key`]s (a value plus its Python hash), so `1`, `1.0` and
//! `True` are one key, as in CPython. A key comparison may run a user's
//! `__eq__`: [`find`] makes it with the table unborrowed, passes its
//! exception on, and starts over when the comparison changed the dict.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::dicttable::Key;
use crate::object::dicttable::{Probe, Table};
use crate::object::exc::{PyErr, PyResult, KEY_ERROR};
pub use crate::object::layout::dict::{Dict, DictObj, View, ViewObj};
use crate::object::value::Value;
use crate::types::int::Int;

impl DictObj {
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// A snapshot of the entries in order.
    pub fn items_vec(&self) -> Vec<(Value, Value)> {
        self.table.borrow().iter().map(|e| (e.key.value.clone(), e.value.clone())).collect()
    }
    pub fn keys_vec(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|e| e.key.value.clone()).collect()
    }
    pub fn values_vec(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|e| e.value.clone()).collect()
    }
    /// The first live entry at or after position `pos`, with its position
    /// (iteration walks positions, so it keeps its place across deletions).
    pub fn next_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        self.table.borrow().next_from(pos).map(|(i, e)| (i, e.key.value.clone(), e.value.clone()))
    }
    /// The first key in order.
    pub fn first_key(&self) -> Option<Value> {
        self.next_from(0).map(|(_, k, _)| k)
    }
}

pub fn view(d: &Dict, kind: crate::types::iter::DictView) -> Value {
    Value::View(Rc::new(ViewObj { dict: d.clone(), kind }))
}

impl ViewObj {
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            crate::types::iter::DictView::Keys => "dict_keys",
            crate::types::iter::DictView::Values => "dict_values",
            crate::types::iter::DictView::Items => "dict_items",
        }
    }
    /// The view's current elements.
    pub fn items(&self) -> Vec<Value> {
        match self.kind {
            crate::types::iter::DictView::Keys => self.dict.keys_vec(),
            crate::types::iter::DictView::Values => self.dict.values_vec(),
            crate::types::iter::DictView::Items => self
                .dict
                .items_vec()
                .into_iter()
                .map(|(k, v)| Value::Tuple(crate::types::tuple::new(vec![k, v])))
                .collect(),
        }
    }
}

/// A new, empty plain dict: untracked until it holds something that may
/// be part of a cycle (see [`note_insert`]).
pub fn new() -> Dict {
    Rc::new(DictObj::default())
}

/// A dict with room for `n` entries (a display or a copy of known size).
pub fn with_capacity(n: usize) -> Dict {
    Rc::new(DictObj { table: RefCell::new(Table::with_capacity(n)), ..Default::default() })
}

/// Tracks a dict when `k` or `v`, just stored in it, may be tracked: a
/// dict holding only strings, numbers and tuples of them cannot be part of
/// a cycle, so the collector need not look at it (CPython's rule).
#[inline]
pub fn note_insert(d: &Dict, k: &Value, v: &Value) {
    if !d.gc.is_tracked() && (crate::object::gc::may_be_tracked(v) || crate::object::gc::may_be_tracked(k)) {
        crate::object::gc::track(d);
    }
}

pub fn from_pairs(pairs: Vec<(Value, Value)>) -> PyResult<Dict> {
    let d = with_capacity(pairs.len());
    for (k, v) in pairs {
        setitem(&d, k, v)?;
    }
    Ok(d)
}

/// A dict of `n` keys known to be distinct: each is stored without
/// looking for it first.
pub fn from_distinct(n: usize, pairs: impl IntoIterator<Item = (Key, Value)>) -> Dict {
    let d = with_capacity(n);
    for (k, v) in pairs {
        note_insert(&d, &k.value, &v);
        d.table.borrow_mut().insert_new(k, v);
    }
    d
}

pub fn len(d: &Dict) -> Int {
    Int::Small(d.len() as i64)
}

pub fn key_error(k: &Value) -> PyErr {
    crate::types::exception::construct(&KEY_ERROR, vec![k.clone()])
}

/// The position of `key`'s entry. A key comparison that runs Python code
/// is made with the table unborrowed; if it rebuilt the table or replaced
/// the entry being compared, the lookup starts over (as CPython's does).
pub fn find(d: &DictObj, key: &Key) -> PyResult<Option<usize>> {
    find_value(d, key.hash, &key.value)
}

/// [`find`] for the key `key` whose hash is `hash`.
pub fn find_value(d: &DictObj, hash: i64, key: &Value) -> PyResult<Option<usize>> {
    'restart: loop {
        let mut st = d.table.borrow().probe_start(hash);
        loop {
            let step = d.table.borrow().probe(hash, key, st);
            match step {
                Probe::Missing => return Ok(None),
                Probe::Found(ix) => return Ok(Some(ix)),
                Probe::Compare(ix, stored, next) => {
                    let version = d.table.borrow().version;
                    let equal = crate::object::protocol::eq(&stored, key)?;
                    let t = d.table.borrow();
                    if t.version != version || !t.holds(ix, &stored) {
                        continue 'restart;
                    }
                    if equal {
                        return Ok(Some(ix));
                    }
                    st = next;
                }
            }
        }
    }
}

fn lookup(d: &DictObj, k: &Value) -> PyResult<Option<Value>> {
    let hash = Key::hash_of(k)?;
    Ok(find_value(d, hash, k)?.map(|ix| d.table.borrow().entry(ix).value.clone()))
}

pub fn getitem(d: &Dict, k: &Value) -> PyResult<Value> {
    match lookup(d, k)? {
        Some(v) => Ok(v),
        None => crate::types::dictkind::missing(d, k),
    }
}

/// The value for `k`, if present.
pub fn get_opt(d: &Dict, k: &Value) -> PyResult<Option<Value>> {
    lookup(d, k)
}

pub fn get(d: &Dict, k: &Value, default: Value) -> PyResult<Value> {
    Ok(lookup(d, k)?.unwrap_or(default))
}

/// `d.get(k)`, called directly on a dict (registry `methods::DIRECT`).
pub fn get_none(d: &Dict, k: &Value) -> PyResult<Value> {
    Ok(lookup(d, k)?.unwrap_or(Value::None))
}

/// `d.get(k, default)`, called directly on a dict.
pub fn get_or(d: &Dict, k: &Value, default: &Value) -> PyResult<Value> {
    Ok(lookup(d, k)?.unwrap_or_else(|| default.clone()))
}

pub fn setitem(d: &Dict, k: Value, v: Value) -> PyResult<()> {
    let key = Key::new(k)?;
    note_insert(d, &key.value, &v);
    // The existing key object is kept, as CPython does; only the value
    // changes. The old value is dropped with the table unborrowed.
    let old = match find(d, &key)? {
        Some(ix) => Some(std::mem::replace(d.table.borrow_mut().value_mut(ix), v)),
        None => {
            d.table.borrow_mut().insert_new(key, v);
            None
        }
    };
    drop(old);
    Ok(())
}

/// Removes `k`'s entry, returning it (dropped by the caller, unborrowed).
fn remove(d: &Dict, k: &Value) -> PyResult<Option<crate::object::dicttable::Entry>> {
    let hash = Key::hash_of(k)?;
    Ok(find_value(d, hash, k)?.map(|ix| d.table.borrow_mut().remove(ix)))
}

pub fn delitem(d: &Dict, k: &Value) -> PyResult<()> {
    match remove(d, k)? {
        Some(_) => Ok(()),
        // `del counter[k]` of a missing key is no error.
        None if d.kind == crate::types::dictkind::Kind::Counter => Ok(()),
        None => Err(key_error(k)),
    }
}

pub fn contains(d: &Dict, k: &Value) -> PyResult<bool> {
    let hash = Key::hash_of(k)?;
    Ok(find_value(d, hash, k)?.is_some())
}

pub fn pop(d: &Dict, k: &Value, default: Option<Value>) -> PyResult<Value> {
    match (remove(d, k)?, default) {
        (Some(e), _) => Ok(e.value),
        (None, Some(dflt)) => Ok(dflt),
        (None, None) => Err(key_error(k)),
    }
}

pub fn popitem(d: &Dict) -> PyResult<crate::types::tuple::Tuple> {
    let last = d.table.borrow_mut().pop_last();
    match last {
        Some(e) => Ok(crate::types::tuple::new(vec![e.key.value, e.value])),
        None => Err(PyErr::new(&KEY_ERROR, "popitem(): dictionary is empty")),
    }
}

pub fn setdefault(d: &Dict, k: Value, default: Value) -> PyResult<Value> {
    let key = Key::new(k)?;
    match find(d, &key)? {
        Some(ix) => Ok(d.table.borrow().entry(ix).value.clone()),
        None => {
            note_insert(d, &key.value, &default);
            d.table.borrow_mut().insert_new(key, default.clone());
            Ok(default)
        }
    }
}

pub fn update(d: &Dict, other: &Dict) -> PyResult<()> {
    for (k, v) in other.items_vec() {
        setitem(d, k, v)?;
    }
    Ok(())
}

pub fn clear(d: &Dict) {
    let old = std::mem::take(&mut *d.table.borrow_mut());
    let version = old.version + 1;
    d.table.borrow_mut().version = version;
    drop(old);
}

pub fn copy(d: &Dict) -> Dict {
    let c = Rc::new(DictObj { table: RefCell::new(d.table.borrow().compacted()), ..Default::default() });
    if d.gc.is_tracked() {
        crate::object::gc::track(&c);
    }
    c
}

pub fn keys(d: &Dict) -> crate::types::list::List {
    crate::types::list::from_vec(d.keys_vec())
}

/// `d1 == d2`: same keys mapping to equal values, in any order.
pub fn eq(a: &Dict, b: &Dict) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (k, v) in a.items_vec() {
        match get_opt(b, &k)? {
            Some(w) if crate::object::protocol::eq(&v, &w)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

/// Copies the entries of mapping `m` into `d` (`{**m}`, `dict(m)`): a
/// dict's directly, another mapping's through its `keys()` and `[]`.
pub fn merge(d: &Dict, m: &Value) -> PyResult<()> {
    use crate::object::protocol;
    if let Value::Dict(src) = m {
        for (k, v) in src.items_vec() {
            setitem(d, k, v)?;
        }
        return Ok(());
    }
    // A dict subclass that keeps dict's iteration merges as the dict it carries.
    let base = crate::types::class::base_value(m);
    if let Some(Value::Dict(_)) = base.as_ref().filter(|_| crate::types::class::special(m, "__iter__").is_none()) {
        return merge(d, base.as_ref().unwrap());
    }
    let mapping = crate::types::class::special(m, "keys").is_some() || matches!(base, Some(Value::Dict(_)));
    if !matches!(m, Value::Instance(_)) || !mapping {
        return Err(PyErr::type_error(format!("'{}' object is not a mapping", m.type_name())));
    }
    let keys = protocol::call_method(m, "keys", Vec::new(), &[])?;
    for k in crate::types::iter::collect(&keys)? {
        let v = protocol::getitem(m, &k)?;
        setitem(d, k, v)?;
    }
    Ok(())
}

/// `dict(v)`: from a dict or an iterable of pairs.
pub fn from_iterable(v: &Value) -> PyResult<Dict> {
    match v {
        Value::Dict(d) => Ok(copy(d)),
        Value::Instance(_) => {
            let base = crate::types::class::base_value(v);
            match &base {
                // A dict subclass that keeps dict's iteration is copied as the
                // dict it carries (CPython's fast path skips its `keys` and `[]`).
                Some(Value::Dict(d)) if crate::types::class::special(v, "__iter__").is_none() => Ok(copy(d)),
                // A mapping (a dict subclass, an object with `keys()`): its keys and `[]` give the entries.
                _ if matches!(base, Some(Value::Dict(_))) || crate::types::class::special(v, "keys").is_some() => {
                    let d = new();
                    merge(&d, v)?;
                    Ok(d)
                }
                _ => from_iterable_pairs(v),
            }
        }
        other => from_iterable_pairs(other),
    }
}

/// `dict(pairs)`: an iterable of key/value pairs.
fn from_iterable_pairs(other: &Value) -> PyResult<Dict> {
    let d = new();
    for (i, item) in crate::types::iter::collect(other)?.into_iter().enumerate() {
        let pair = crate::types::iter::collect(&item).map_err(|_| {
            PyErr::type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"))
        })?;
        if pair.len() != 2 {
            return Err(PyErr::value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        setitem(&d, p.next().unwrap(), p.next().unwrap())?;
    }
    Ok(d)
}
