//! `set`: CPython's open-addressing hash table, reproduced.
//!
//! Python programs print sets, and a set's iteration order is the order of
//! its hash table. To print what CPython prints, this table follows
//! `Objects/setobject.c` of CPython 3.11 step for step: the same initial size,
//! linear probes then perturbed jumps, the same resize thresholds and sizes,
//! dummies on deletion, and the same construction paths for `|`, `&`, `-`,
//! `^` and copies. (String hashes differ from CPython's, but CPython
//! randomizes those per run, so no program can rely on that order.)

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::exc::{PyErr, PyResult, KEY_ERROR};
use crate::object::value::Value;
use crate::types::dicttable::Key;
use crate::types::int::Int;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug)]
enum Slot {
    Empty,
    Dummy,
    Active(Key),
}

#[derive(Clone, Debug)]
pub struct Table {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for Table {
    fn default() -> Self {
        Table { slots: vec![Slot::Empty; MIN_SIZE], fill: 0, used: 0, finger: 0 }
    }
}

impl Table {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    fn find(&self, key: &Key) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = key.hash as u64;
        let mut i = key.hash as u64 as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => return None,
                    Slot::Active(k) if k == key => return Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// `set_add_entry`; returns whether the key was new.
    fn add(&mut self, key: Key) -> bool {
        let mask = self.mask();
        let mut perturb = key.hash as u64;
        let mut i = key.hash as u64 as usize & mask;
        let mut freeslot = None;
        let target = 'probe: loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => break 'probe j,
                    Slot::Active(k) if k == &key => return false,
                    Slot::Dummy if freeslot.is_none() => freeslot = Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        };
        if let Some(f) = freeslot {
            self.slots[f] = Slot::Active(key);
            self.used += 1;
            return true;
        }
        self.slots[target] = Slot::Active(key);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= mask * 3 {
            self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 });
        }
        true
    }

    /// `set_insert_clean`: insertion into a table known to have no dummies or duplicates.
    fn insert_clean(slots: &mut [Slot], key: Key) {
        let mask = slots.len() - 1;
        let mut perturb = key.hash as u64;
        let mut i = key.hash as u64 as usize & mask;
        loop {
            if matches!(slots[i], Slot::Empty) {
                slots[i] = Slot::Active(key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                if let Some(slot) = slots[i + 1..=i + LINEAR_PROBES].iter_mut().find(|s| matches!(s, Slot::Empty)) {
                    *slot = Slot::Active(key);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        for s in old {
            if let Slot::Active(k) = s {
                Self::insert_clean(&mut self.slots, k);
            }
        }
        self.fill = self.used;
    }

    fn discard(&mut self, key: &Key) -> bool {
        match self.find(key) {
            Some(j) => {
                self.slots[j] = Slot::Dummy;
                self.used -= 1;
                true
            }
            None => false,
        }
    }

    fn keys(&self) -> impl Iterator<Item = &Key> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(k) => Some(k),
            _ => None,
        })
    }

    /// `set_merge`: adds every element of `other`, with CPython's fast paths.
    fn merge(&mut self, other: &Table) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for k in other.keys() {
                Self::insert_clean(&mut self.slots, k.clone());
            }
            return;
        }
        for k in other.keys() {
            self.add(k.clone());
        }
    }
}

#[derive(Debug, Default)]
pub struct SetObj {
    table: RefCell<Table>,
}

pub type Set = Rc<SetObj>;

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
    Rc::new(SetObj { table: RefCell::new(t) })
}

pub fn new() -> Set {
    from_table(Table::default())
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
    s.table.borrow_mut().add(key);
    Ok(())
}

pub fn contains(s: &Set, v: &Value) -> PyResult<bool> {
    let key = Key::new(v.clone())?;
    Ok(s.table.borrow().find(&key).is_some())
}

pub fn discard(s: &Set, v: &Value) -> PyResult<()> {
    let key = Key::new(v.clone())?;
    s.table.borrow_mut().discard(&key);
    Ok(())
}

pub fn remove(s: &Set, v: &Value) -> PyResult<()> {
    let key = Key::new(v.clone())?;
    if s.table.borrow_mut().discard(&key) {
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

pub fn issubset(a: &Set, b: &Set) -> bool {
    if a.len() > b.len() {
        return false;
    }
    let bt = b.table.borrow();
    a.keys_vec().iter().all(|k| bt.find(k).is_some())
}

pub fn isdisjoint(a: &Set, b: &Set) -> bool {
    intersection(a, b).is_empty()
}

pub fn eq(a: &Set, b: &Set) -> bool {
    a.len() == b.len() && issubset(a, b)
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
