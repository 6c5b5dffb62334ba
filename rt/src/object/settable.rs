//! The set's open-addressing hash table: CPython's, reproduced.
//!
//! Python programs print sets, and a set's iteration order is the order of
//! its hash table. To print what CPython prints, this table follows
//! `Objects/setobject.c` of CPython 3.11 step for step: the same initial size,
//! linear probes then perturbed jumps, the same resize thresholds and sizes,
//! dummies on deletion, and the same construction paths for `|`, `&`, `-`,
//! `^` and copies. (String hashes differ from CPython's, but CPython
//! randomizes those per run, so no program can rely on that order.)

use crate::object::dicttable::Key;
use crate::object::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug)]
pub enum Slot {
    Empty,
    Dummy,
    Active(Key),
}

#[derive(Clone, Debug)]
pub struct Table {
    pub(crate) slots: Vec<Slot>,
    pub(crate) fill: usize,
    pub(crate) used: usize,
    pub(crate) finger: usize,
}

impl Default for Table {
    fn default() -> Self {
        Table { slots: vec![Slot::Empty; MIN_SIZE], fill: 0, used: 0, finger: 0 }
    }
}

/// The slots a lookup of `hash` visits, in CPython's order: runs of
/// linear probes, then perturbed jumps.
pub(crate) struct Probes {
    i: usize,
    j: usize,
    end: usize,
    perturb: u64,
    mask: usize,
}

impl Probes {
    pub(crate) fn new(hash: i64, mask: usize) -> Probes {
        let i = hash as u64 as usize & mask;
        let end = if i + LINEAR_PROBES <= mask { i + LINEAR_PROBES } else { i };
        Probes { i, j: i, end, perturb: hash as u64, mask }
    }
}

impl Iterator for Probes {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.j > self.end {
            self.perturb >>= PERTURB_SHIFT;
            self.i = (self.i.wrapping_mul(5).wrapping_add(1).wrapping_add(self.perturb as usize)) & self.mask;
            self.j = self.i;
            self.end = if self.i + LINEAR_PROBES <= self.mask { self.i + LINEAR_PROBES } else { self.i };
        }
        self.j += 1;
        Some(self.j - 1)
    }
}

impl Table {
    /// Puts a key known to be absent into the slot a lookup that missed it
    /// chose (`Lookup::Absent`): its first dummy, else the empty slot that
    /// ended it, growing the table as `set_add_entry` does.
    pub(crate) fn put_absent(&mut self, slot: usize, key: Key) {
        let was_empty = matches!(self.slots[slot], Slot::Empty);
        self.slots[slot] = Slot::Active(key);
        self.used += 1;
        if !was_empty {
            return;
        }
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 });
        }
    }

    pub(crate) fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    pub(crate) fn find(&self, key: &Key) -> Option<usize> {
        self.find_value(key.hash, &key.value)
    }

    /// The slot of the element equal to `value`, whose hash is `hash`.
    pub(crate) fn find_value(&self, hash: i64, value: &Value) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => return None,
                    Slot::Active(k) if k.matches(hash, value) => return Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// `set_add_entry`; returns whether the key was new.
    pub(crate) fn add(&mut self, key: Key) -> bool {
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
    pub(crate) fn insert_clean(slots: &mut [Slot], key: Key) {
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

    pub(crate) fn resize(&mut self, minused: usize) {
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

    pub(crate) fn discard(&mut self, key: &Key) -> bool {
        self.discard_value(key.hash, &key.value)
    }

    /// Removes the element equal to `value` (whose hash is `hash`), if any.
    pub(crate) fn discard_value(&mut self, hash: i64, value: &Value) -> bool {
        match self.find_value(hash, value) {
            Some(j) => {
                self.slots[j] = Slot::Dummy;
                self.used -= 1;
                true
            }
            None => false,
        }
    }

    pub(crate) fn keys(&self) -> impl Iterator<Item = &Key> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(k) => Some(k),
            _ => None,
        })
    }

    /// `set_merge`: adds every element of `other`, with CPython's fast paths.
    pub(crate) fn merge(&mut self, other: &Table) {
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
