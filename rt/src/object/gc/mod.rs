//! The cycle collector. Reference counting frees an object when its last
//! reference goes, but objects that refer to each other (a parent and its
//! children, a doubly linked list, an instance holding its own bound
//! method) keep each other's counts above zero forever. CPython finds such
//! groups with a collector that runs beside the counts, and so does pyaot,
//! with CPython's algorithm:
//!
//! 1. every container that can hold references (lists, dicts, sets,
//!    tuples holding containers, instances, classes, functions, cells,
//!    bound methods, deques) is *tracked*: registered in a table when made;
//! 2. a collection copies each tracked object's reference count, subtracts
//!    one for every reference from another tracked object (`visit`), and
//!    what is left over is the references from outside (the program's
//!    variables, globals, untracked objects): those objects, and all they
//!    reach, are alive;
//! 3. the rest is garbage: `__del__` runs on it first (once per object,
//!    PEP 442); if a finalizer made any of it reachable again the analysis
//!    starts over; then every garbage object is *cleared* (its references
//!    dropped), which breaks the cycles and lets reference counting free
//!    them.
//!
//! The analysis is exact only over what it can see, and it is built to err
//! one way: an object it cannot look inside (untracked, or borrowed by
//! code that is running when the collection starts) counts as a root, so
//! its referents are alive. Garbage may then survive a collection; nothing
//! alive is ever cleared.
//!
//! Collections start by themselves when the tracked objects made since the
//! last one (net of those freed) pass the first threshold (700, as
//! CPython's) and half the number that survived the last one, so the work
//! stays proportional to allocation; `gc.collect()` starts one at once.
//! The per-layout traversals are in `traverse.rs`.

mod traverse;

use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;
use std::ptr::NonNull;
use std::rc::Rc;

use crate::object::layout::list::ListObj;
use crate::object::value::Value;

pub use traverse::track_tuple;

/// A tracked object's place in the table, kept in the object itself (the
/// first field of each container layout, so it goes before the contents).
pub struct GcHead {
    index: Cell<u32>,
}

const UNTRACKED: u32 = u32::MAX;

impl std::fmt::Debug for GcHead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.is_tracked() { "tracked" } else { "untracked" })
    }
}

impl Default for GcHead {
    fn default() -> GcHead {
        GcHead { index: Cell::new(UNTRACKED) }
    }
}

impl GcHead {
    pub fn is_tracked(&self) -> bool {
        self.index.get() != UNTRACKED
    }

    /// Leaves the table (an object about to run Python code in its own
    /// finalizer must not be seen by a collection meanwhile).
    pub fn untrack(&self) {
        let i = self.index.replace(UNTRACKED);
        if i != UNTRACKED {
            REGISTRY.with(|r| r.borrow_mut().remove(i));
        }
    }
}

impl Drop for GcHead {
    fn drop(&mut self) {
        self.untrack();
    }
}

/// What the collector needs of a container. Implemented for each layout
/// in `traverse.rs`; every implementor lives in an `Rc`.
pub(crate) trait Traced {
    fn head(&self) -> &GcHead;
    /// Its reference count (zero while it is being dropped).
    fn strong(&self) -> usize;
    /// Calls `f` once per reference this object holds to a tracked object.
    /// Returns false, having called nothing, when its contents are
    /// borrowed mutably by running code.
    fn visit(&self, f: &mut dyn FnMut(&GcHead)) -> bool;
    /// Drops every reference that can take part in a cycle.
    fn clear(&self);
    /// A new strong reference, as a value.
    fn to_value(&self) -> Value;
}

/// The reference count of an object in an `Rc`.
///
/// # Safety
/// `p` must point at the value of a live `Rc<T>`.
unsafe fn strong_count<T>(p: *const T) -> usize {
    let rc = std::mem::ManuallyDrop::new(Rc::from_raw(p));
    Rc::strong_count(&rc)
}

/// A new strong reference to an object in an `Rc`.
///
/// # Safety
/// As for [`strong_count`].
unsafe fn new_ref<T>(p: *const T) -> Rc<T> {
    Rc::increment_strong_count(p);
    Rc::from_raw(p)
}

type Entry = Option<NonNull<dyn Traced>>;

/// The tracked objects in the order they were made (the order CPython's
/// lists keep them in, so finalizers run in the same order). A freed
/// object leaves a hole; the holes are squeezed out, in order, once they
/// outnumber the objects.
struct Registry {
    entries: Vec<Entry>,
    /// Holes in `entries`.
    holes: usize,
    /// `entries[..frozen]` are frozen (`gc.freeze()`): never collected.
    frozen: usize,
    frozen_live: usize,
    live: usize,
    /// Tracked objects made since the last collection, less those freed.
    young: isize,
    /// The live count the last collection left.
    survivors: usize,
    enabled: bool,
    collecting: bool,
    threshold: [i64; 3],
    debug: i64,
    collections: i64,
    collected: i64,
}

impl Registry {
    const fn new() -> Registry {
        Registry {
            entries: Vec::new(),
            holes: 0,
            frozen: 0,
            frozen_live: 0,
            live: 0,
            young: 0,
            survivors: 0,
            enabled: true,
            collecting: false,
            threshold: [700, 10, 10],
            debug: 0,
            collections: 0,
            collected: 0,
        }
    }

    fn add(&mut self, p: NonNull<dyn Traced>) -> u32 {
        self.live += 1;
        self.young += 1;
        self.entries.push(Some(p));
        (self.entries.len() - 1) as u32
    }

    fn remove(&mut self, i: u32) {
        self.entries[i as usize] = None;
        if (i as usize) < self.frozen {
            self.frozen_live -= 1;
        }
        self.holes += 1;
        self.live -= 1;
        self.young -= 1;
        if self.holes > 1024 && self.holes > self.live {
            self.squeeze();
        }
    }

    /// Drops the holes, keeping the order, and tells each object its new place.
    fn squeeze(&mut self) {
        let mut frozen = 0;
        let mut j = 0;
        for i in 0..self.entries.len() {
            if let Some(p) = self.entries[i] {
                // SAFETY: an object in the table is alive.
                unsafe { p.as_ref() }.head().index.set(j as u32);
                self.entries[j] = Some(p);
                j += 1;
                if i < self.frozen {
                    frozen = j;
                }
            }
        }
        self.entries.truncate(j);
        self.frozen = frozen;
        self.holes = 0;
    }

    fn due(&self) -> bool {
        self.enabled
            && !self.collecting
            && self.threshold[0] > 0
            && self.young > self.threshold[0] as isize
            && self.young as usize > self.survivors / 2
    }
}

thread_local! {
    // Never dropped (the runtime runs on one thread, until the process
    // exits): a thread-local without a destructor is reached without the
    // check whether it was registered or already destroyed.
    static REGISTRY: RefCell<ManuallyDrop<Registry>> = const { RefCell::new(ManuallyDrop::new(Registry::new())) };
}

/// Registers a container just made; may start a collection.
pub(crate) fn track<T: Traced + 'static>(rc: &Rc<T>) {
    let p: NonNull<dyn Traced> = NonNull::from(&**rc as &dyn Traced);
    let due = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let i = r.add(p);
        rc.head().index.set(i);
        r.due()
    });
    if due {
        collect();
    }
}

/// `rc`, tracked.
pub(crate) fn tracked<T: Traced + 'static>(rc: Rc<T>) -> Rc<T> {
    track(&rc);
    rc
}

/// Runs a full collection; returns how many objects were found unreachable.
pub fn collect() -> usize {
    let started = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        !std::mem::replace(&mut r.collecting, true)
    });
    if !started {
        return 0;
    }
    let mut found = 0;
    loop {
        let garbage = unreachable();
        if garbage.is_empty() {
            break;
        }
        // Finalizers first, on objects still intact; any of them may make
        // the garbage reachable again, so the analysis is redone after.
        let mut ran = false;
        for v in &garbage {
            ran |= crate::object::protocol::finalize(v);
        }
        if ran {
            continue;
        }
        found = garbage.len();
        if REGISTRY.with(|r| r.borrow().debug) & DEBUG_SAVEALL != 0 {
            let Value::List(saved) = self::garbage() else { unreachable!() };
            saved.items.borrow_mut().extend(garbage);
            break;
        }
        for v in &garbage {
            clear(v);
        }
        drop(garbage);
        break;
    }
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.collecting = false;
        r.young = 0;
        r.survivors = r.live;
        r.collections += 1;
        r.collected += found as i64;
    });
    found
}

/// Runs every finalizer not yet run, in the order the objects were made,
/// while the globals they may read are all still there: the program's
/// exit, where CPython finds the main module's namespace itself garbage
/// and finalizes what it holds before clearing any of it.
pub fn finalize_all() {
    let entries = REGISTRY.with(|r| r.borrow().entries.clone());
    let instances: Vec<Value> = entries
        .iter()
        .flatten()
        .map(|p| unsafe { p.as_ref() })
        .filter(|t| t.strong() > 0)
        .map(|t| t.to_value())
        .filter(|v| matches!(v, Value::Instance(_)))
        .collect();
    for v in &instances {
        crate::object::protocol::finalize(v);
    }
}

fn clear(v: &Value) {
    if let Some(t) = traverse::traced(v) {
        t.clear();
    }
}

/// The tracked objects no reference from outside the tracked set reaches,
/// each as a new strong reference, in the order CPython's collector would
/// list them (its finalizers run in that order). The table is reordered
/// as CPython's list is: the survivors in the order the scan proved them
/// reachable, then the garbage.
fn unreachable() -> Vec<Value> {
    let (entries, frozen) = REGISTRY.with(|r| {
        let r = r.borrow();
        (r.entries.clone(), r.frozen)
    });
    let n = entries.len();
    let obj = |i: usize| -> &dyn Traced {
        // SAFETY: a tracked object is alive (it leaves the table as it is
        // dropped) and no code runs during the analysis.
        unsafe { entries[i].expect("a live entry").as_ref() }
    };
    // The young objects: not frozen (those are not part of a collection,
    // so their references count as outside ones), not being dropped (a
    // count of zero: its contents may be going, and nothing refers to it).
    let mut young: Vec<usize> = Vec::new();
    let mut dying: Vec<usize> = Vec::new();
    let mut refs = vec![0isize; n];
    let mut in_young = vec![false; n];
    for (i, e) in entries.iter().enumerate().skip(frozen) {
        if e.is_none() {
            continue;
        }
        let strong = obj(i).strong();
        if strong == 0 {
            dying.push(i);
        } else {
            refs[i] = strong as isize;
            in_young[i] = true;
            young.push(i);
        }
    }
    // Subtract the references from young objects to young objects. An
    // object whose contents are borrowed by running code cannot be looked
    // into: it is a root (and its references stay outside ones).
    const ROOT: isize = isize::MAX / 2;
    let mut busy = Vec::new();
    for &i in &young {
        let seen = obj(i).visit(&mut |h| {
            let j = h.index.get() as usize;
            if in_young.get(j) == Some(&true) {
                refs[j] -= 1;
            }
        });
        if !seen {
            busy.push(i);
        }
    }
    for i in busy {
        refs[i] += ROOT;
    }
    // CPython's scan: in list order, an object with references left is
    // reachable and makes what it refers to reachable (those already set
    // aside as tentatively unreachable go back to the end of the list);
    // one without is set aside, tentatively.
    let mut order = young.clone();
    let mut reached: Vec<usize> = Vec::with_capacity(young.len());
    let mut aside: Vec<usize> = Vec::new();
    let mut is_aside = vec![false; n];
    let mut k = 0;
    while k < order.len() {
        let i = order[k];
        k += 1;
        debug_assert!(refs[i] >= 0, "the collector counted more references than an object has");
        if refs[i] > 0 {
            reached.push(i);
            obj(i).visit(&mut |h| {
                let j = h.index.get() as usize;
                if in_young.get(j) == Some(&true) && refs[j] == 0 {
                    refs[j] = 1;
                    if is_aside[j] {
                        is_aside[j] = false;
                        order.push(j);
                    }
                }
            });
        } else {
            is_aside[i] = true;
            aside.push(i);
        }
    }
    let garbage: Vec<usize> = aside.into_iter().filter(|&i| is_aside[i]).collect();
    // The new order, told to each object.
    let kept: Vec<Entry> = entries[..frozen].iter().copied().flatten().map(Some).collect();
    let frozen_now = kept.len();
    let mut reordered = kept;
    reordered.extend(reached.iter().chain(&garbage).chain(&dying).map(|&i| entries[i]));
    for (j, e) in reordered.iter().enumerate() {
        obj_of(e).head().index.set(j as u32);
    }
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.entries = reordered;
        r.frozen = frozen_now;
        r.frozen_live = frozen_now;
        r.holes = 0;
    });
    garbage.into_iter().map(|i| obj(i).to_value()).collect()
}

fn obj_of(e: &Entry) -> &dyn Traced {
    // SAFETY: as in `unreachable`.
    unsafe { e.expect("a live entry").as_ref() }
}

/// Whether `v` is tracked (`gc.is_tracked`).
pub fn is_tracked(v: &Value) -> bool {
    traverse::traced(v).is_some_and(|t| t.head().is_tracked())
}

/// Every tracked object (`gc.get_objects()`), oldest slots first.
pub fn objects() -> Vec<Value> {
    let entries = REGISTRY.with(|r| r.borrow().entries.clone());
    entries.iter().flatten().map(|p| unsafe { p.as_ref() }).filter(|t| t.strong() > 0).map(|t| t.to_value()).collect()
}

/// `gc.garbage`: one list for the program's life. Empty unless
/// `DEBUG_SAVEALL` is set, when collections put what they find there
/// instead of freeing it.
pub fn garbage() -> Value {
    thread_local! {
        static GARBAGE: Rc<ListObj> = tracked(Rc::new(ListObj::default()));
    }
    Value::List(GARBAGE.with(Rc::clone))
}

const DEBUG_SAVEALL: i64 = 32;

/// `gc.enable()`, `gc.disable()`.
pub fn set_enabled(on: bool) {
    REGISTRY.with(|r| r.borrow_mut().enabled = on);
}

pub fn is_enabled() -> bool {
    REGISTRY.with(|r| r.borrow().enabled)
}

/// `gc.get_count()`: the young objects, then (as pyaot has one generation)
/// zeros.
pub fn count() -> [i64; 3] {
    REGISTRY.with(|r| [r.borrow().young.max(0) as i64, 0, 0])
}

pub fn threshold() -> [i64; 3] {
    REGISTRY.with(|r| r.borrow().threshold)
}

/// `gc.set_threshold(t0[, t1[, t2]])`: a first threshold of 0 turns the
/// automatic collections off, as in CPython.
pub fn set_threshold(t: &[i64]) {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        for (slot, v) in r.threshold.iter_mut().zip(t) {
            *slot = *v;
        }
    });
}

pub fn debug() -> i64 {
    REGISTRY.with(|r| r.borrow().debug)
}

pub fn set_debug(flags: i64) {
    REGISTRY.with(|r| r.borrow_mut().debug = flags);
}

/// `gc.freeze()`: everything tracked now is never collected.
pub fn freeze() {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.frozen = r.entries.len();
        r.frozen_live = r.live;
    });
}

pub fn unfreeze() {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.frozen = 0;
        r.frozen_live = 0;
    });
}

pub fn freeze_count() -> usize {
    REGISTRY.with(|r| r.borrow().frozen_live)
}

/// `gc.get_stats()`: collections run and objects collected.
pub fn stats() -> (i64, i64) {
    REGISTRY.with(|r| {
        let r = r.borrow();
        (r.collections, r.collected)
    })
}
