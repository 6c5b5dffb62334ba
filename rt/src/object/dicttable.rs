//! The hash table behind `dict`: CPython's compact dict, reproduced.
//!
//! Entries live in an array in insertion order; a sparse index table of
//! powers-of-two size maps hash probes to entry positions. Deleting an
//! entry leaves a hole (and a dummy in the index table) rather than
//! shifting later entries, so deletion is O(1) and an iteration in progress
//! keeps its place; the holes go when the table is rebuilt. The sizes,
//! growth rate and probe sequence follow CPython 3.11 (`Objects/dictobject.c`)
//! so that what a program sees when it mutates a dict while walking it
//! (`dictionary changed size` / `keys changed during iteration`) matches.
//!
//! Comparing keys may run Python code (`__eq__`), which may raise or even
//! mutate this very dict. So the table itself never calls Python: lookups
//! that need a user comparison are driven from `dict.rs`, which releases
//! its borrow around the call and restarts when the table changed meanwhile
//! (the `version` counter), as CPython does.

use crate::object::value::Value;
use std::hash::{Hash, Hasher};

use crate::object::exc::PyResult;

/// A dict key or set element: a value with its hash computed once.
#[derive(Clone, Debug)]
pub struct Key {
    pub hash: i64,
    pub value: Value,
}

impl Key {
    #[inline]
    pub fn new(value: Value) -> PyResult<Key> {
        Ok(Key { hash: Key::hash_of(&value)?, value })
    }

    /// The hash a key made of `value` has. The common keys hash here,
    /// without the protocol's indirect call: a machine int, and a string
    /// whose hash is cached.
    #[inline]
    pub fn hash_of(value: &Value) -> PyResult<i64> {
        Ok(match value {
            Value::Int(i) => crate::object::layout::int::hash_i64(*i),
            Value::Str(s) if s.hash.get() != crate::object::layout::str::NO_HASH => s.hash.get(),
            _ => crate::object::protocol::hash(value)?,
        })
    }

    /// Whether this key is `value` (whose hash is `hash`), as a dict or
    /// set compares keys: equal hashes, then identity or `==` (an error
    /// from `__eq__` counts as unequal).
    #[inline]
    pub fn matches(&self, hash: i64, value: &Value) -> bool {
        if self.hash != hash {
            return false;
        }
        let (a, b) = (&self.value, value);
        a.is(b) || plain_eq(a, b).unwrap_or_else(|| crate::object::protocol::eq(a, b).unwrap_or(false))
    }
}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.matches(other.hash, &other.value)
    }
}

impl Eq for Key {}

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const MIN_SIZE: usize = 8;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug)]
pub struct Entry {
    pub key: Key,
    pub value: Value,
}

#[derive(Clone, Debug, Default)]
pub struct Table {
    /// The sparse index: `EMPTY`, `DUMMY`, or a position in `entries`.
    /// Empty (no allocation) until the first insertion.
    indices: Vec<u32>,
    /// Entries in insertion order; `None` where one was deleted.
    entries: Vec<Option<Entry>>,
    /// Live entries.
    used: usize,
    /// Entries that may still be appended before the table grows.
    usable: usize,
    /// Changes whenever the table is rebuilt or cleared: a lookup that
    /// ran Python code starts over then, as CPython's does.
    pub version: u64,
}

/// The outcome of one probe step for a lookup driven from outside.
pub enum Probe {
    /// The key is not in the table.
    Missing,
    /// The key is the entry at this position.
    Found(usize),
    /// The entry at this position has the same hash and needs a Python
    /// comparison; resume the probe with `state` if it is not equal.
    Compare(usize, Value, ProbeState),
}

#[derive(Clone, Copy, Debug)]
pub struct ProbeState {
    slot: usize,
    perturb: u64,
}

fn usable_fraction(size: usize) -> usize {
    size * 2 / 3
}

/// The smallest table size (a power of two, at least 8) of at least `n` slots.
fn size_for(n: usize) -> usize {
    n.max(MIN_SIZE).next_power_of_two()
}

/// Key equality that runs no Python code, when the types allow it
/// (`None` when answering needs a comparison that may run Python code).
pub(crate) fn plain_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Some(x.bytes() == y.bytes()),
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Bytes(x), Value::Bytes(y)) => Some(x.data == y.data),
        (Value::None, Value::None) => Some(true),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (
            Value::Float(_) | Value::Int(_) | Value::Big(_) | Value::Bool(_),
            Value::Float(_) | Value::Int(_) | Value::Big(_) | Value::Bool(_),
        ) => crate::object::protocol::eq(a, b).ok(),
        (Value::Tuple(x), Value::Tuple(y)) => {
            let (x, y) = (x.items(), y.items());
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y) {
                if !p.is(q) && !plain_eq(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        // Different builtin types that never compare equal.
        (Value::Str(_), Value::Int(_) | Value::Bytes(_) | Value::Tuple(_) | Value::None)
        | (Value::Int(_) | Value::Bytes(_) | Value::Tuple(_) | Value::None, Value::Str(_)) => Some(false),
        _ => None,
    }
}

impl Table {
    /// A table with room for `n` entries without growing (CPython's presized dicts).
    pub fn with_capacity(n: usize) -> Table {
        if n <= usable_fraction(MIN_SIZE) {
            return Table::default();
        }
        let mut t = Table::default();
        t.rebuild(size_for((n * 3).div_ceil(2)));
        t
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Slots in the index table (for `sys.getsizeof`).
    pub fn capacity(&self) -> usize {
        self.indices.len()
    }

    /// Whether the entry at `ix` still holds this very key object.
    pub fn holds(&self, ix: usize, key: &Value) -> bool {
        matches!(self.entries.get(ix), Some(Some(e)) if e.key.value.is(key))
    }

    pub fn entry(&self, ix: usize) -> &Entry {
        self.entries[ix].as_ref().expect("an index slot points at a live entry")
    }

    pub fn value_mut(&mut self, ix: usize) -> &mut Value {
        &mut self.entries[ix].as_mut().expect("an index slot points at a live entry").value
    }

    /// The live entries in order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The first live entry at or after position `pos`, with its position.
    pub fn next_from(&self, pos: usize) -> Option<(usize, &Entry)> {
        self.entries.get(pos..)?.iter().enumerate().find_map(|(i, e)| e.as_ref().map(|e| (pos + i, e)))
    }

    /// Starts a probe for `key`.
    pub fn probe_start(&self, hash: i64) -> ProbeState {
        let mask = self.indices.len().wrapping_sub(1);
        ProbeState { slot: hash as u64 as usize & mask, perturb: hash as u64 }
    }

    fn advance(&self, st: &mut ProbeState) {
        let mask = self.indices.len() - 1;
        st.perturb >>= PERTURB_SHIFT;
        st.slot = (st.slot.wrapping_mul(5).wrapping_add(st.perturb as usize).wrapping_add(1)) & mask;
    }

    /// Probes from `st` until the key is found, missing, or needs a Python
    /// comparison.
    pub fn probe(&self, hash: i64, key: &Value, mut st: ProbeState) -> Probe {
        if self.indices.is_empty() {
            return Probe::Missing;
        }
        loop {
            let ix = self.indices[st.slot];
            if ix == EMPTY {
                return Probe::Missing;
            }
            if ix != DUMMY {
                let e = self.entry(ix as usize);
                if e.key.hash == hash {
                    if e.key.value.is(key) {
                        return Probe::Found(ix as usize);
                    }
                    match plain_eq(&e.key.value, key) {
                        Some(true) => return Probe::Found(ix as usize),
                        Some(false) => {}
                        None => {
                            let mut next = st;
                            self.advance(&mut next);
                            return Probe::Compare(ix as usize, e.key.value.clone(), next);
                        }
                    }
                }
            }
            self.advance(&mut st);
        }
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, key: Key, value: Value) {
        if self.usable == 0 {
            self.rebuild(size_for(self.used * 3));
        }
        let slot = self.free_slot(key.hash);
        self.indices[slot] = self.entries.len() as u32;
        self.entries.push(Some(Entry { key, value }));
        self.used += 1;
        self.usable -= 1;
    }

    /// The first slot of `hash`'s probe sequence that holds no entry.
    fn free_slot(&self, hash: i64) -> usize {
        let mask = self.indices.len() - 1;
        let mut st = ProbeState { slot: hash as u64 as usize & mask, perturb: hash as u64 };
        while self.indices[st.slot] < DUMMY {
            self.advance(&mut st);
        }
        st.slot
    }

    /// Removes the entry at position `ix`.
    pub fn remove(&mut self, ix: usize) -> Entry {
        let hash = self.entry(ix).key.hash;
        let mask = self.indices.len() - 1;
        let mut st = ProbeState { slot: hash as u64 as usize & mask, perturb: hash as u64 };
        while self.indices[st.slot] != ix as u32 {
            self.advance(&mut st);
        }
        self.indices[st.slot] = DUMMY;
        self.used -= 1;
        self.entries[ix].take().expect("a live entry")
    }

    /// Removes the last entry (`dict.popitem()`); its position is reused.
    pub fn pop_last(&mut self) -> Option<Entry> {
        let ix = self.entries.iter().rposition(|e| e.is_some())?;
        let e = self.remove(ix);
        self.entries.truncate(ix);
        Some(e)
    }

    /// The position of the first live entry.
    pub fn first(&self) -> Option<usize> {
        self.next_from(0).map(|(i, _)| i)
    }

    /// Moves the entry at `ix` to the front or the end of the order
    /// (`OrderedDict.move_to_end`).
    pub fn move_entry(&mut self, ix: usize, to_end: bool) {
        let e = self.remove(ix);
        if to_end {
            self.insert_new(e.key, e.value);
        } else {
            let rest: Vec<Entry> = std::mem::take(&mut self.entries).into_iter().flatten().collect();
            self.entries = std::iter::once(Some(e)).chain(rest.into_iter().map(Some)).collect();
            self.used += 1;
            let size = self.indices.len();
            self.rebuild(size);
        }
    }

    /// Rebuilds the table with `size` index slots, dropping the holes.
    fn rebuild(&mut self, size: usize) {
        let size = size.max(size_for(self.used * 3 / 2 + 1));
        let live: Vec<Option<Entry>> = std::mem::take(&mut self.entries).into_iter().filter(Option::is_some).collect();
        self.indices = vec![EMPTY; size];
        self.usable = usable_fraction(size) - live.len();
        for (i, e) in live.iter().enumerate() {
            let slot = self.free_slot(e.as_ref().map_or(0, |e| e.key.hash));
            self.indices[slot] = i as u32;
        }
        let mut entries = Vec::with_capacity(usable_fraction(size));
        entries.extend(live);
        self.entries = entries;
        self.version += 1;
    }

    /// A copy without holes, sized for its entries.
    pub fn compacted(&self) -> Table {
        let mut t = Table::with_capacity(self.used);
        for e in self.iter() {
            t.insert_new(e.key.clone(), e.value.clone());
        }
        t
    }
}
