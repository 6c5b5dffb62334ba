//! `set` and `frozenset`: their operations and methods, over the hash
//! table of `object/settable.rs` (CPython's, reproduced, so sets print in
//! CPython's order). A frozenset is a set object marked frozen: the
//! methods that would change it are absent, and what its operations make
//! is frozen too.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::dicttable::{plain_eq, Key};
use crate::object::exc::{PyErr, PyResult, KEY_ERROR};
pub use crate::object::layout::set::{Set, SetObj};
use crate::object::settable::{Slot, Table};
use crate::object::value::Value;
use crate::types::int::Int;

impl SetObj {
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The bytes of its hash table (`sys.getsizeof`).
    pub fn table_bytes(&self) -> usize {
        self.table.borrow().slots.capacity() * std::mem::size_of::<Slot>()
    }
    /// The elements in iteration order.
    pub fn to_vec(&self) -> Vec<Value> {
        self.table.borrow().keys().map(|k| k.value.clone()).collect()
    }
    fn keys_vec(&self) -> Vec<Key> {
        self.table.borrow().keys().cloned().collect()
    }
}

fn from_table(t: Table) -> Set {
    crate::object::gc::tracked(Rc::new(SetObj { table: RefCell::new(t), ..SetObj::default() }))
}

pub fn new() -> Set {
    from_table(Table::default())
}

/// The frozenset holding a set's elements; the set is left empty (it is a
/// temporary), and a frozenset is returned as it is.
pub fn freeze(s: Set) -> Set {
    if s.frozen {
        return s;
    }
    let t = std::mem::take(&mut *s.table.borrow_mut());
    crate::object::gc::tracked(Rc::new(SetObj { table: RefCell::new(t), frozen: true, ..SetObj::default() }))
}

/// What an operation on `recv` makes of the set `r`: a frozenset when
/// `recv` is one (`frozenset({1}) | {2}` is a frozenset).
pub fn like(recv: &Set, r: Set) -> Set {
    if recv.frozen {
        freeze(r)
    } else {
        r
    }
}

/// `frozenset(v)`: a frozenset is itself, anything else is iterated.
pub fn frozenset(v: &Value) -> PyResult<Set> {
    match v {
        Value::Set(s) if s.frozen => Ok(s.clone()),
        _ => Ok(freeze(from_iterable(v)?)),
    }
}

/// `hash(frozenset)`: CPython's, which depends on the elements' hashes
/// alone (not their order), so sets of frozensets iterate as CPython's.
/// A frozenset never changes, so its hash is computed once.
pub fn hash(s: &SetObj) -> i64 {
    if let Some(h) = s.hash.get() {
        return h;
    }
    let h = compute_hash(s);
    if s.frozen {
        s.hash.set(Some(h));
    }
    h
}

fn compute_hash(s: &SetObj) -> i64 {
    let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    let t = s.table.borrow();
    let mut h = t.keys().fold(0u64, |acc, k| acc ^ shuffle(k.hash as u64));
    h ^= (t.used as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    if h == u64::MAX {
        h = 590923713;
    }
    h as i64
}

/// A set built by adding values one at a time (`set(iterable)`, a set display).
pub fn from_values(items: Vec<Value>) -> PyResult<Set> {
    let s = new();
    for v in items {
        add(&s, v)?;
    }
    Ok(s)
}

/// A display of three or more constants. CPython's compiler folds them into
/// a frozenset, rebuilds that frozenset from its own iteration order when it
/// merges the code object's constants, and the display then merges the
/// result into a new set; each step can change the layout, so all are
/// replayed.
pub fn from_constants(items: Vec<Value>) -> PyResult<Set> {
    let folded = from_values(items)?;
    let merged = from_values(folded.to_vec())?;
    Ok(copy(&merged))
}

pub fn copy(s: &Set) -> Set {
    let mut t = Table::default();
    t.merge(&s.table.borrow());
    from_table(t)
}

pub fn len(s: &Set) -> Int {
    Int::Small(s.len() as i64)
}

pub fn add(s: &Set, v: Value) -> PyResult<()> {
    let key = Key::new(v)?;
    if let Lookup::Absent(slot) = find(s, key.hash, &key.value)? {
        s.table.borrow_mut().put_absent(slot, key);
    }
    Ok(())
}

/// Where a lookup ended.
enum Lookup {
    /// The slot of the equal element.
    Found(usize),
    /// No equal element; the slot an insertion takes (the first dummy
    /// passed, else the empty slot that ended the probes).
    Absent(usize),
}

/// Looks up the element equal to `value`, whose hash is `hash`.
/// A comparison that may run Python code (`__eq__`, which may raise or
/// change this very set) is made with the table unborrowed; if the table
/// was rebuilt or the compared slot changed meanwhile, the lookup starts
/// over, as CPython's does.
fn find(s: &SetObj, hash: i64, value: &Value) -> PyResult<Lookup> {
    'restart: loop {
        let mask = s.table.borrow().mask();
        let mut free = None;
        for j in crate::object::settable::Probes::new(hash, mask) {
            let stored = {
                let t = s.table.borrow();
                match &t.slots[j] {
                    Slot::Empty => return Ok(Lookup::Absent(free.unwrap_or(j))),
                    Slot::Dummy => {
                        free = free.or(Some(j));
                        continue;
                    }
                    Slot::Active(k) if k.hash == hash => {
                        if k.value.is(value) {
                            return Ok(Lookup::Found(j));
                        }
                        match plain_eq(&k.value, value) {
                            Some(true) => return Ok(Lookup::Found(j)),
                            Some(false) => continue,
                            None => (k.value.clone(), t.slots.as_ptr()),
                        }
                    }
                    Slot::Active(_) => continue,
                }
            };
            let equal = crate::object::protocol::eq(&stored.0, value)?;
            let t = s.table.borrow();
            let same = t.slots.as_ptr() == stored.1 && matches!(&t.slots[j], Slot::Active(k) if k.value.is(&stored.0));
            if !same {
                continue 'restart;
            }
            if equal {
                return Ok(Lookup::Found(j));
            }
        }
        unreachable!("a probe sequence ends at an empty slot");
    }
}

pub fn contains(s: &Set, v: &Value) -> PyResult<bool> {
    let hash = key_hash(v)?;
    Ok(matches!(find(s, hash, v)?, Lookup::Found(_)))
}

/// Removes the element equal to `v` (of hash `hash`), if any; whether it did.
fn remove_found(s: &Set, hash: i64, v: &Value) -> PyResult<bool> {
    match find(s, hash, v)? {
        Lookup::Found(j) => {
            let mut t = s.table.borrow_mut();
            t.slots[j] = Slot::Dummy;
            t.used -= 1;
            Ok(true)
        }
        Lookup::Absent(_) => Ok(false),
    }
}

/// The hash a value is looked up by in a set: a set stands for the
/// frozenset of its elements (`{1} in {frozenset({1})}`).
fn key_hash(v: &Value) -> PyResult<i64> {
    match (Key::hash_of(v), v) {
        (Err(_), Value::Set(k)) => Ok(hash(k)),
        (h, _) => h,
    }
}

pub fn discard(s: &Set, v: &Value) -> PyResult<()> {
    let hash = key_hash(v)?;
    remove_found(s, hash, v)?;
    Ok(())
}

pub fn remove(s: &Set, v: &Value) -> PyResult<()> {
    let hash = key_hash(v)?;
    if remove_found(s, hash, v)? {
        Ok(())
    } else {
        Err(crate::types::exception::construct(&KEY_ERROR, vec![v.clone()]))
    }
}

pub fn pop(s: &Set) -> PyResult<Value> {
    let mut t = s.table.borrow_mut();
    if t.used == 0 {
        return Err(PyErr::new(&KEY_ERROR, "pop from an empty set"));
    }
    let mask = t.mask();
    let mut i = t.finger & mask;
    while !matches!(t.slots[i], Slot::Active(_)) {
        i = (i + 1) & mask;
    }
    let Slot::Active(k) = std::mem::replace(&mut t.slots[i], Slot::Dummy) else { unreachable!() };
    t.used -= 1;
    t.finger = i + 1;
    Ok(k.value)
}

pub fn clear(s: &Set) {
    let old = std::mem::take(&mut *s.table.borrow_mut());
    drop(old);
}

/// `s.update(values)` / `s |= other` for an arbitrary iterable's values.
pub fn update_values(s: &Set, items: Vec<Value>) -> PyResult<()> {
    for v in items {
        add(s, v)?;
    }
    Ok(())
}

pub fn update(s: &Set, other: &Set) {
    if Rc::ptr_eq(s, other) {
        return;
    }
    let o = other.table.borrow().clone();
    s.table.borrow_mut().merge(&o);
}

/// `a | b`.
pub fn union(a: &Set, b: &Set) -> Set {
    let r = copy(a);
    update(&r, b);
    r
}

/// `a & b`: iterates the smaller set, as CPython does.
pub fn intersection(a: &Set, b: &Set) -> Set {
    let (big, small) = if b.len() > a.len() { (b, a) } else { (a, b) };
    let mut t = Table::default();
    let bt = big.table.borrow();
    for k in small.keys_vec() {
        if bt.find(&k).is_some() {
            t.add(k);
        }
    }
    from_table(t)
}

/// `s.intersection(items)` for items not in a set: those of `items` that
/// are in `s`, added in their order.
pub fn intersection_of(s: &Set, items: &[Value]) -> PyResult<Set> {
    let out = new();
    for x in items {
        if contains(s, x)? {
            add(&out, x.clone())?;
        }
    }
    Ok(out)
}

/// `a - b`.
pub fn difference(a: &Set, b: &Set) -> Set {
    if (a.len() >> 2) > b.len() {
        let r = copy(a);
        for k in b.keys_vec() {
            r.table.borrow_mut().discard(&k);
        }
        return r;
    }
    let mut t = Table::default();
    let bt = b.table.borrow();
    for k in a.keys_vec() {
        if bt.find(&k).is_none() {
            t.add(k);
        }
    }
    from_table(t)
}

/// `a ^ b`: a copy of `b` updated symmetrically with `a`.
pub fn symmetric_difference(a: &Set, b: &Set) -> Set {
    let r = copy(b);
    for k in a.keys_vec() {
        let mut t = r.table.borrow_mut();
        if !t.discard(&k) {
            t.add(k);
        }
    }
    r
}

pub fn intersection_update(a: &Set, b: &Set) {
    let r = intersection(a, b);
    let t = std::mem::take(&mut *r.table.borrow_mut());
    *a.table.borrow_mut() = t;
}

pub fn difference_update(a: &Set, b: &Set) {
    if Rc::ptr_eq(a, b) {
        clear(a);
        return;
    }
    for k in b.keys_vec() {
        a.table.borrow_mut().discard(&k);
    }
}

pub fn symmetric_difference_update(a: &Set, b: &Set) {
    if Rc::ptr_eq(a, b) {
        clear(a);
        return;
    }
    for k in b.keys_vec() {
        let mut t = a.table.borrow_mut();
        if !t.discard(&k) {
            t.add(k);
        }
    }
}

/// Whether every element of `a` is in `b` (an element's `__eq__` may raise).
pub fn issubset(a: &Set, b: &Set) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for k in a.keys_vec() {
        if let Lookup::Absent(_) = find(b, k.hash, &k.value)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn isdisjoint(a: &Set, b: &Set) -> bool {
    intersection(a, b).is_empty()
}

pub fn eq(a: &Set, b: &Set) -> PyResult<bool> {
    Ok(a.len() == b.len() && issubset(a, b)?)
}

/// `set(v)`: a copy of a set or the items of an iterable.
pub fn from_iterable(v: &Value) -> PyResult<Set> {
    match v {
        Value::Set(s) => Ok(copy(s)),
        other => from_values(crate::types::iter::collect(other)?),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(s: &Set) -> Vec<i64> {
        s.to_vec().iter().map(|v| if let Value::Int(i) = v { *i } else { panic!() }).collect()
    }

    #[test]
    fn iteration_order_matches_cpython() {
        crate::install(); // hashing goes through the object protocol
                          // Orders recorded from CPython 3.11.
        let s = from_values(vec![Value::Int(10), Value::Int(3), Value::Int(8), Value::Int(1)]).unwrap();
        assert_eq!(ints(&s), vec![8, 1, 10, 3]);
        let s = from_values((0..20).rev().map(|i| Value::Int(i * 7)).collect()).unwrap();
        assert_eq!(ints(&s)[..5], [0, 133, 7, 14, 21]);
    }
}
