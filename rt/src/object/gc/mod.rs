//! The cycle collector. Reference counting frees an object when its last
//! reference goes, but objects that refer to each other (a parent and its
//! children, a doubly linked list, an instance holding its own bound
//! method) keep each other's counts above zero forever. CPython finds such
//! groups with a collector that runs beside the counts, and so does pyaot,
//! with CPython's algorithm:
//!
//! 1. every container that can hold references (lists, dicts, sets,
//!    tuples holding containers, instances, functions, cells, bound
//!    methods) is *tracked*: linked, when made, at the end of a list that
//!    keeps them in the order CPython's does;
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

use std::cell::Cell;
use std::mem::ManuallyDrop;
use std::ptr;
use std::rc::Rc;

use crate::object::layout::class::InstanceObj;
use crate::object::layout::list::ListObj;
use crate::object::value::Value;

pub use traverse::{may_be_tracked, track_tuple};

/// A tracked object's links in the collector's list, and its kind (how to
/// reach the object from them): a field of each container layout, CPython's
/// `PyGC_Head`.
pub struct GcHead {
    /// Null while untracked. During a collection, the object's index in
    /// it, tagged with the low bit (links are aligned, so never tagged).
    prev: Cell<*const GcHead>,
    /// The next head, with the object's kind (`traverse::KINDS`) in the
    /// three low bits a link to an aligned head leaves free.
    next: Cell<usize>,
}

const KIND_BITS: usize = 7;
const _: () = assert!(std::mem::align_of::<GcHead>() > KIND_BITS);

impl std::fmt::Debug for GcHead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.is_tracked() { "tracked" } else { "untracked" })
    }
}

impl Default for GcHead {
    fn default() -> GcHead {
        GcHead::sentinel()
    }
}

impl GcHead {
    const fn sentinel() -> GcHead {
        GcHead { prev: Cell::new(ptr::null()), next: Cell::new(0) }
    }

    fn next(&self) -> *const GcHead {
        (self.next.get() & !KIND_BITS) as *const GcHead
    }

    fn set_next(&self, h: *const GcHead) {
        self.next.set(h as usize | (self.next.get() & KIND_BITS));
    }

    pub fn is_tracked(&self) -> bool {
        !self.prev.get().is_null()
    }

    /// Leaves the list (an object about to run Python code in its own
    /// finalizer must not be seen by a collection meanwhile).
    pub fn untrack(&self) {
        let prev = self.prev.replace(ptr::null());
        if prev.is_null() {
            return;
        }
        let next = self.next();
        // SAFETY: the neighbours are tracked objects (alive: each leaves
        // the list as it is dropped) or a list's sentinel.
        unsafe {
            (*prev).set_next(next);
            (*next).prev.set(prev);
        }
        STATE.with(|s| {
            s.live.set(s.live.get() - 1);
            s.young.set(s.young.get() - 1);
        });
    }

    /// The object this head is in.
    fn object(&self) -> &dyn Traced {
        let to = traverse::KINDS[self.next.get() & KIND_BITS];
        // SAFETY: the kind was set for the type this head is a field of.
        unsafe { &*to(self) }
    }
}

impl Drop for GcHead {
    fn drop(&mut self) {
        self.untrack();
        // The head's address is its object's key for weak references.
        crate::object::weakref::dying(self as *const GcHead as usize);
    }
}

/// What the collector needs of a container. Implemented for each layout
/// in `traverse.rs`; every implementor lives in an `Rc`.
pub(crate) trait Traced {
    fn head(&self) -> &GcHead;
    /// Its reference count (zero while it is being dropped).
    fn strong(&self) -> usize;
    /// Calls `f` once per reference this object holds that may lead to a
    /// tracked object (it may also report others). Returns false, having
    /// called nothing, when its contents are borrowed mutably by running
    /// code.
    fn each(&self, f: &mut dyn FnMut(traverse::Held<'_>)) -> bool;
    /// Calls `f` with the head of each tracked object this one refers to
    /// (as [`Traced::each`]).
    fn visit(&self, f: &mut dyn FnMut(&GcHead)) -> bool {
        self.each(&mut |r| traverse::tracked_head(r, f))
    }
    /// Drops every reference that can take part in a cycle.
    fn clear(&self);
    /// A new strong reference, as a value.
    fn to_value(&self) -> Value;
}

/// A tracked layout's kind: its tag, and the way from its head to it.
pub(crate) trait Kind: Traced + Sized + 'static {
    /// Its tag in `traverse::KINDS`.
    const KIND: usize;
    /// The object whose head is at `h`.
    ///
    /// # Safety
    /// `h` must be the head of a `Self`.
    unsafe fn from_head(h: *const GcHead) -> *const dyn Traced;
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

/// The collector's state: the list of tracked objects (a circular list
/// through a sentinel, oldest first), the frozen ones (`gc.freeze()`:
/// never collected), counts and settings.
struct State {
    young: Cell<isize>,
    list: ManuallyDrop<GcHead>,
    frozen: ManuallyDrop<GcHead>,
    live: Cell<usize>,
    /// The live count the last collection left.
    survivors: Cell<usize>,
    enabled: Cell<bool>,
    collecting: Cell<bool>,
    /// Open [`Deferral`]s: while any is, no collection starts by itself.
    deferred: Cell<u32>,
    threshold: Cell<[i64; 3]>,
    debug: Cell<i64>,
    collections: Cell<i64>,
    collected: Cell<i64>,
}

thread_local! {
    // Never dropped and without a destructor (the runtime runs on one
    // thread, until the process exits): reached without the check whether
    // it was registered or already destroyed. Its address is stable, so
    // the sentinels can be linked to.
    static STATE: State = const {
        State {
            young: Cell::new(0),
            list: ManuallyDrop::new(GcHead::sentinel()),
            frozen: ManuallyDrop::new(GcHead::sentinel()),
            live: Cell::new(0),
            survivors: Cell::new(0),
            enabled: Cell::new(true),
            collecting: Cell::new(false),
            deferred: Cell::new(0),
            threshold: Cell::new([700, 10, 10]),
            debug: Cell::new(0),
            collections: Cell::new(0),
            collected: Cell::new(0),
        }
    };
}

/// A list's sentinel, made circular on first use.
fn sentinel(h: &GcHead) -> *const GcHead {
    if h.next.get() == 0 {
        empty(h);
    }
    h
}

/// Makes the list whose sentinel is `list` empty (its objects' links are
/// left as they were: the caller links them again).
fn empty(list: *const GcHead) {
    // SAFETY: `list` is a sentinel, which lives as long as the program.
    unsafe {
        (*list).set_next(list);
        (*list).prev.set(list);
    }
}

/// Links `objects`, in order, as the whole list whose sentinel is `list`.
fn rebuild(list: *const GcHead, objects: impl IntoIterator<Item = *const GcHead>) {
    empty(list);
    for h in objects {
        // SAFETY: the heads of tracked objects, alive.
        link_last(list, unsafe { &*h });
    }
}

/// Links `h` at the end of the list whose sentinel is `list`.
fn link_last(list: *const GcHead, h: &GcHead) {
    // SAFETY: `list` is a sentinel, circular; its `prev` is its last element.
    unsafe {
        let last = (*list).prev.get();
        h.prev.set(last);
        h.set_next(list);
        (*last).set_next(h);
        (*list).prev.set(h);
    }
}

/// The heads of a list, in order.
fn heads(list: *const GcHead) -> Vec<*const GcHead> {
    let mut out = Vec::new();
    // SAFETY: the list links only tracked (alive) objects.
    unsafe {
        let mut h = (*list).next();
        while !ptr::eq(h, list) {
            out.push(h);
            h = (*h).next();
        }
    }
    out
}

/// Registers a container just made; may start a collection.
pub(crate) fn track<T: Kind>(rc: &Rc<T>) {
    let h = rc.head();
    h.next.set(T::KIND);
    let due = STATE.with(|s| {
        link_last(sentinel(&s.list), h);
        s.live.set(s.live.get() + 1);
        let young = s.young.get() + 1;
        s.young.set(young);
        let t0 = s.threshold.get()[0];
        t0 > 0
            && young > t0 as isize
            && young as usize > s.survivors.get() / 2
            && s.enabled.get()
            && !s.collecting.get()
            && s.deferred.get() == 0
    });
    if due {
        collect();
    }
}

/// While alive, no collection starts by itself: for code that builds a
/// large acyclic structure (the JSON decoder's trees), where collections
/// as the heap grows would only find everything alive. When it ends, the
/// containers made meanwhile count as a collection would have counted
/// them, survivors rather than young objects, so none starts at once.
pub struct Deferral {
    young_at_start: isize,
}

pub fn defer() -> Deferral {
    STATE.with(|s| {
        s.deferred.set(s.deferred.get() + 1);
        Deferral { young_at_start: s.young.get() }
    })
}

impl Drop for Deferral {
    fn drop(&mut self) {
        STATE.with(|s| {
            s.deferred.set(s.deferred.get() - 1);
            let made = s.young.get() - self.young_at_start;
            if made > 0 {
                s.young.set(self.young_at_start);
                s.survivors.set(s.survivors.get() + made as usize);
            }
        });
    }
}

/// `rc`, tracked.
pub(crate) fn tracked<T: Kind>(rc: Rc<T>) -> Rc<T> {
    track(&rc);
    rc
}

/// Runs a full collection; returns how many objects were found unreachable.
pub fn collect() -> usize {
    if STATE.with(|s| s.collecting.replace(true)) {
        return 0;
    }
    let mut found = 0;
    loop {
        let garbage = unreachable();
        if garbage.is_empty() {
            break;
        }
        // Weak references to the garbage are cleared (and their callbacks
        // run) first, then the finalizers run on objects still intact; any
        // of them may make the garbage reachable again, so the analysis is
        // redone after.
        crate::object::weakref::clear_garbage(&garbage, &weakrefs_held(&garbage));
        let mut ran = false;
        for v in &garbage {
            ran |= crate::object::protocol::finalize(v);
        }
        if ran {
            continue;
        }
        found = garbage.len();
        if STATE.with(|s| s.debug.get()) & DEBUG_SAVEALL != 0 {
            // Kept, not freed. (While running code is changing
            // `gc.garbage` itself, the garbage stays where it is until the
            // next collection.)
            let Value::List(saved) = self::garbage() else { unreachable!() };
            if let Ok(mut items) = saved.items.try_borrow_mut() {
                items.extend(garbage);
            }
            break;
        }
        for v in &garbage {
            clear(v);
        }
        drop(garbage);
        break;
    }
    STATE.with(|s| {
        s.collecting.set(false);
        s.young.set(0);
        s.survivors.set(s.live.get());
        s.collections.set(s.collections.get() + 1);
        s.collected.set(s.collected.get() + found as i64);
    });
    found
}

/// Runs every finalizer not yet run, in the order the objects were made,
/// while the globals they may read are all still there: the program's
/// exit, where CPython finds the main module's namespace itself garbage
/// and finalizes what it holds before clearing any of it.
pub fn finalize_all() {
    let list = STATE.with(|s| sentinel(&s.list));
    let instances: Vec<Value> = heads(list)
        .into_iter()
        .map(|h| unsafe { &*h })
        .filter(|h| h.next.get() & KIND_BITS == <InstanceObj as Kind>::KIND)
        .map(|h| h.object())
        .filter(|t| t.strong() > 0)
        .map(|t| t.to_value())
        .collect();
    for v in &instances {
        crate::object::protocol::finalize(v);
    }
}

/// How many references the garbage holds to each weak reference (by its
/// address): a weak reference only the garbage holds is garbage itself,
/// and its callback does not run (as in CPython).
fn weakrefs_held(garbage: &[Value]) -> rustc_hash::FxHashMap<usize, usize> {
    let mut held = rustc_hash::FxHashMap::default();
    if !crate::object::weakref::used() {
        return held;
    }
    for v in garbage {
        if let Some(t) = traverse::traced(v) {
            t.each(&mut |r| {
                if let traverse::Held::Value(Value::Native(n)) = r {
                    if matches!(**n, crate::object::layout::native::NativeObj::WeakRef(_)) {
                        *held.entry(Rc::as_ptr(n) as usize).or_insert(0) += 1;
                    }
                }
            });
        }
    }
    held
}

fn clear(v: &Value) {
    if let Some(t) = traverse::traced(v) {
        t.clear();
    }
}

/// The index a head was given for the collection under way, if it is one
/// of the young objects.
fn index_of(h: &GcHead) -> Option<usize> {
    let p = h.prev.get() as usize;
    (p & 1 == 1).then_some(p >> 1)
}

/// The tracked objects no reference from outside the tracked set reaches,
/// each as a new strong reference, in the order CPython's collector would
/// list them (its finalizers run in that order). The list is reordered as
/// CPython's is: the survivors in the order the scan proved them
/// reachable, then the garbage.
fn unreachable() -> Vec<Value> {
    let list = STATE.with(|s| sentinel(&s.list));
    let all = heads(list);
    let n = all.len();
    // SAFETY (every dereference below): the list's objects are alive, and
    // no code runs until the links are restored.
    let obj = |i: u32| -> &dyn Traced { unsafe { (*all[i as usize]).object() } };
    // Each head's `prev` holds its index meanwhile. (Indices and counts
    // are 32-bit: the arrays are made while the heap is at its fullest.)
    for (i, &h) in all.iter().enumerate() {
        unsafe { (*h).prev.set(((i << 1) | 1) as *const GcHead) };
    }
    // The young objects: those not being dropped (a count of zero: its
    // contents may be going, and nothing refers to it).
    const ROOT: i32 = i32::MAX / 2;
    let mut refs = vec![0i32; n];
    let mut order: Vec<u32> = Vec::with_capacity(n);
    let mut dying = Vec::new();
    for i in 0..n as u32 {
        let strong = obj(i).strong();
        if strong == 0 {
            dying.push(i);
        } else {
            refs[i as usize] = strong.min(ROOT as usize / 2) as i32;
            order.push(i);
        }
    }
    // Subtract the references from young objects to young objects. An
    // object whose contents are borrowed by running code cannot be looked
    // into: it is a root (and its references stay outside ones).
    let mut busy = Vec::new();
    for &i in &order {
        let seen = obj(i).visit(&mut |h| {
            if let Some(j) = index_of(h) {
                refs[j] -= 1;
            }
        });
        if !seen {
            busy.push(i);
        }
    }
    for i in busy {
        refs[i as usize] += ROOT;
    }
    // CPython's scan: in list order, an object with references left is
    // reachable and makes what it refers to reachable (those already set
    // aside as tentatively unreachable go back to the end of the list);
    // one without is set aside, tentatively.
    let mut reached: Vec<u32> = Vec::with_capacity(order.len());
    let mut aside: Vec<u32> = Vec::new();
    let mut is_aside = vec![false; n];
    let mut k = 0;
    while k < order.len() {
        let i = order[k];
        k += 1;
        debug_assert!(refs[i as usize] >= 0, "the collector counted more references than an object has");
        if refs[i as usize] > 0 {
            reached.push(i);
            obj(i).visit(&mut |h| {
                if let Some(j) = index_of(h) {
                    if refs[j] == 0 {
                        refs[j] = 1;
                        if is_aside[j] {
                            is_aside[j] = false;
                            order.push(j as u32);
                        }
                    }
                }
            });
        } else {
            is_aside[i as usize] = true;
            aside.push(i);
        }
    }
    drop((order, refs));
    let garbage: Vec<u32> = aside.into_iter().filter(|&i| is_aside[i as usize]).collect();
    // The links again, in the new order.
    rebuild(list, reached.iter().chain(&garbage).chain(&dying).map(|&i| all[i as usize]));
    garbage.into_iter().map(|i| obj(i).to_value()).collect()
}

/// Whether `v` is tracked (`gc.is_tracked`).
pub fn is_tracked(v: &Value) -> bool {
    traverse::traced(v).is_some_and(|t| t.head().is_tracked())
}

/// Every tracked object (`gc.get_objects()`), frozen ones first.
pub fn objects() -> Vec<Value> {
    let (frozen, list) = STATE.with(|s| (sentinel(&s.frozen), sentinel(&s.list)));
    heads(frozen)
        .into_iter()
        .chain(heads(list))
        .map(|h| unsafe { (*h).object() })
        .filter(|t| t.strong() > 0)
        .map(|t| t.to_value())
        .collect()
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

/// `gc.DEBUG_SAVEALL`.
pub const DEBUG_SAVEALL: i64 = 32;

/// `gc.enable()`, `gc.disable()`.
pub fn set_enabled(on: bool) {
    STATE.with(|s| s.enabled.set(on));
}

pub fn is_enabled() -> bool {
    STATE.with(|s| s.enabled.get())
}

/// `gc.get_count()`: the young objects, then (as pyaot has one generation)
/// zeros.
pub fn count() -> [i64; 3] {
    STATE.with(|s| [s.young.get().max(0) as i64, 0, 0])
}

pub fn threshold() -> [i64; 3] {
    STATE.with(|s| s.threshold.get())
}

/// `gc.set_threshold(t0[, t1[, t2]])`: a first threshold of 0 turns the
/// automatic collections off, as in CPython.
pub fn set_threshold(t: &[i64]) {
    STATE.with(|s| {
        let mut all = s.threshold.get();
        for (slot, v) in all.iter_mut().zip(t) {
            *slot = *v;
        }
        s.threshold.set(all);
    });
}

pub fn debug() -> i64 {
    STATE.with(|s| s.debug.get())
}

pub fn set_debug(flags: i64) {
    STATE.with(|s| s.debug.set(flags));
}

/// Moves every object into one list, the frozen ones first; the other
/// list is left empty.
fn merge(into_frozen: bool) {
    STATE.with(|s| {
        let (list, frozen) = (sentinel(&s.list), sentinel(&s.frozen));
        let all: Vec<_> = heads(frozen).into_iter().chain(heads(list)).collect();
        let (into, other) = if into_frozen { (frozen, list) } else { (list, frozen) };
        rebuild(into, all);
        empty(other);
    });
}

/// `gc.freeze()`: everything tracked now is never collected.
pub fn freeze() {
    merge(true);
}

/// `gc.unfreeze()`: the frozen objects go back, as the oldest.
pub fn unfreeze() {
    merge(false);
}

pub fn freeze_count() -> usize {
    STATE.with(|s| heads(sentinel(&s.frozen)).len())
}

/// `gc.get_stats()`: collections run and objects collected.
pub fn stats() -> (i64, i64) {
    STATE.with(|s| (s.collections.get(), s.collected.get()))
}
