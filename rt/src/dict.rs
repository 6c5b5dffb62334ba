//! `dict`: an insertion-ordered hash map, on the `indexmap` crate.
//!
//! Keys are [`Key`]s (a value plus its Python hash), so `1`, `1.0` and
//! `True` are one key, as in CPython. Deletion shifts later entries down to
//! keep insertion order (O(n)), which CPython gets from tombstones; a
//! tombstone table is a later optimization if programs need it.

use std::cell::RefCell;
use std::rc::Rc;

use indexmap::IndexMap;

use crate::exc::{PyErr, PyResult, KEY_ERROR};
use crate::hash::{BuildKeyHasher, Key};
use crate::int::Int;
use crate::value::Value;

#[derive(Debug, Default)]
pub struct DictObj {
    pub map: RefCell<IndexMap<Key, Value, BuildKeyHasher>>,
    /// A plain dict, or a `collections` one (`dictkind.rs`).
    pub kind: crate::dictkind::Kind,
    /// A `defaultdict`'s `default_factory` (None otherwise).
    pub factory: RefCell<Value>,
}

pub type Dict = Rc<DictObj>;

impl DictObj {
    pub fn len(&self) -> usize {
        self.map.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// A snapshot of the entries in order.
    pub fn items_vec(&self) -> Vec<(Value, Value)> {
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| (k.value.clone(), v.clone()))
            .collect()
    }
    pub fn keys_vec(&self) -> Vec<Value> {
        self.map.borrow().keys().map(|k| k.value.clone()).collect()
    }
    pub fn values_vec(&self) -> Vec<Value> {
        self.map.borrow().values().cloned().collect()
    }
    /// The entry at position `i`, for iteration that tolerates mutation checks.
    pub fn entry_at(&self, i: usize) -> Option<(Value, Value)> {
        self.map
            .borrow()
            .get_index(i)
            .map(|(k, v)| (k.value.clone(), v.clone()))
    }
}

/// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
#[derive(Debug)]
pub struct ViewObj {
    pub dict: Dict,
    pub kind: crate::iter::DictView,
}

pub type View = Rc<ViewObj>;

pub fn view(d: &Dict, kind: crate::iter::DictView) -> Value {
    Value::View(Rc::new(ViewObj {
        dict: d.clone(),
        kind,
    }))
}

impl ViewObj {
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            crate::iter::DictView::Keys => "dict_keys",
            crate::iter::DictView::Values => "dict_values",
            crate::iter::DictView::Items => "dict_items",
        }
    }
    /// The view's current elements.
    pub fn items(&self) -> Vec<Value> {
        match self.kind {
            crate::iter::DictView::Keys => self.dict.keys_vec(),
            crate::iter::DictView::Values => self.dict.values_vec(),
            crate::iter::DictView::Items => self
                .dict
                .items_vec()
                .into_iter()
                .map(|(k, v)| Value::Tuple(crate::tuple::new(vec![k, v])))
                .collect(),
        }
    }
}

pub fn new() -> Dict {
    Rc::new(DictObj::default())
}

pub fn from_pairs(pairs: Vec<(Value, Value)>) -> PyResult<Dict> {
    let d = new();
    for (k, v) in pairs {
        setitem(&d, k, v)?;
    }
    Ok(d)
}

pub fn len(d: &Dict) -> Int {
    Int::Small(d.len() as i64)
}

pub fn key_error(k: &Value) -> PyErr {
    crate::exc::construct(&KEY_ERROR, vec![k.clone()])
}

pub fn getitem(d: &Dict, k: &Value) -> PyResult<Value> {
    let key = Key::new(k.clone())?;
    let found = d.map.borrow().get(&key).cloned();
    match found {
        Some(v) => Ok(v),
        None => crate::dictkind::missing(d, k),
    }
}

/// The value for `k`, if present.
pub fn get_opt(d: &Dict, k: &Value) -> PyResult<Option<Value>> {
    let key = Key::new(k.clone())?;
    let found = d.map.borrow().get(&key).cloned();
    Ok(found)
}

pub fn get(d: &Dict, k: &Value, default: Value) -> PyResult<Value> {
    let key = Key::new(k.clone())?;
    let found = d.map.borrow().get(&key).cloned();
    Ok(found.unwrap_or(default))
}

pub fn setitem(d: &Dict, k: Value, v: Value) -> PyResult<()> {
    let key = Key::new(k)?;
    // The existing key object is kept, as CPython does; only the value changes.
    let old = {
        let mut map = d.map.borrow_mut();
        match map.get_mut(&key) {
            Some(slot) => Some(std::mem::replace(slot, v)),
            None => {
                map.insert(key, v);
                None
            }
        }
    };
    drop(old);
    Ok(())
}

pub fn delitem(d: &Dict, k: &Value) -> PyResult<()> {
    let key = Key::new(k.clone())?;
    let old = d.map.borrow_mut().shift_remove_entry(&key);
    match old {
        Some(_) => Ok(()),
        // `del counter[k]` of a missing key is no error.
        None if d.kind == crate::dictkind::Kind::Counter => Ok(()),
        None => Err(key_error(k)),
    }
}

pub fn contains(d: &Dict, k: &Value) -> PyResult<bool> {
    let key = Key::new(k.clone())?;
    Ok(d.map.borrow().contains_key(&key))
}

pub fn pop(d: &Dict, k: &Value, default: Option<Value>) -> PyResult<Value> {
    let key = Key::new(k.clone())?;
    let old = d.map.borrow_mut().shift_remove(&key);
    match (old, default) {
        (Some(v), _) => Ok(v),
        (None, Some(dflt)) => Ok(dflt),
        (None, None) => Err(key_error(k)),
    }
}

pub fn popitem(d: &Dict) -> PyResult<crate::tuple::Tuple> {
    let last = d.map.borrow_mut().pop();
    match last {
        Some((k, v)) => Ok(crate::tuple::new(vec![k.value, v])),
        None => Err(PyErr::new(&KEY_ERROR, "popitem(): dictionary is empty")),
    }
}

pub fn setdefault(d: &Dict, k: Value, default: Value) -> PyResult<Value> {
    let key = Key::new(k)?;
    let mut map = d.map.borrow_mut();
    Ok(map.entry(key).or_insert(default).clone())
}

pub fn update(d: &Dict, other: &Dict) -> PyResult<()> {
    for (k, v) in other.items_vec() {
        setitem(d, k, v)?;
    }
    Ok(())
}

pub fn clear(d: &Dict) {
    let old = std::mem::take(&mut *d.map.borrow_mut());
    drop(old);
}

pub fn copy(d: &Dict) -> Dict {
    Rc::new(DictObj { map: RefCell::new(d.map.borrow().clone()), ..Default::default() })
}

pub fn keys(d: &Dict) -> crate::list::List {
    crate::list::from_vec(d.keys_vec())
}

/// `d1 == d2`: same keys mapping to equal values, in any order.
pub fn eq(a: &Dict, b: &Dict) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (k, v) in a.items_vec() {
        let key = Key::new(k)?;
        let other = b.map.borrow().get(&key).cloned();
        match other {
            Some(w) if crate::ops::eq(&v, &w)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}
