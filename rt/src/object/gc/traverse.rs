//! What each container holds, as the collector sees it: the references to
//! tracked objects it counts (`visit`) and the ones it drops to break a
//! cycle (`clear`). A visit must report each reference exactly as often as
//! the object holds it, and never one it does not hold: it may leave some
//! out (their targets then count as reachable), never add one.
//! Immutable parts (a tuple's items, a function's defaults, a bound
//! method's halves) are not cleared: every cycle through them also passes
//! through a mutable container, which is.
//!
//! Eight kinds are tracked, one per value of the three tag bits a head
//! has for its kind (`KINDS`). Classes and deques are not: a class is
//! almost always held by a global for the program's life, and a deque in
//! a cycle is rare; what they hold counts as reachable.

use std::rc::Rc;

use super::{new_ref, strong_count, GcHead, Kind, Traced};
use crate::object::layout::class::{InstanceObj, MethodObj};
use crate::object::layout::dict::DictObj;
use crate::object::layout::func::{CellObj, FuncObj};
use crate::object::layout::list::ListObj;
use crate::object::layout::set::SetObj;
use crate::object::layout::tuple::TupleObj;
use crate::object::value::Value;

/// The head of a value's object, when it is a kind the collector tracks.
fn head_of(v: &Value) -> Option<&GcHead> {
    Some(match v {
        Value::List(l) => &l.gc,
        Value::Tuple(t) => &t.gc,
        Value::Dict(d) => &d.gc,
        Value::Set(s) => &s.gc,
        Value::Instance(i) => &i.gc,
        Value::Func(f) => &f.gc,
        Value::Cell(c) => &c.gc,
        Value::Method(m) => &m.gc,
        _ => return None,
    })
}

/// A value's object as the collector sees it, when it is a container.
pub(super) fn traced(v: &Value) -> Option<&dyn Traced> {
    Some(match v {
        Value::List(l) => &**l,
        Value::Tuple(t) => &**t,
        Value::Dict(d) => &**d,
        Value::Set(s) => &**s,
        Value::Instance(i) => &**i,
        Value::Func(f) => &**f,
        Value::Cell(c) => &**c,
        Value::Method(m) => &**m,
        _ => return None,
    })
}

/// One reference a container holds: a value, or a function's cell
/// (held as the cell itself, not as a value).
pub(crate) enum Held<'a> {
    Value(&'a Value),
    Cell(&'a CellObj),
}

/// Calls `f` with the head of the tracked object `r` refers to, if any.
pub(super) fn tracked_head(r: Held<'_>, f: &mut dyn FnMut(&GcHead)) {
    let h = match r {
        Held::Value(v) => head_of(v),
        Held::Cell(c) => Some(&c.gc),
    };
    if let Some(h) = h.filter(|h| h.is_tracked()) {
        f(h)
    }
}

fn value(v: &Value, f: &mut dyn FnMut(Held<'_>)) {
    f(Held::Value(v))
}

/// Whether `v` may be part of a cycle, now or once changed: anything but
/// a scalar, a string, bytes, a range or an untracked tuple (which holds
/// only those). Objects the collector does not trace count too: a weak
/// reference or a generator the garbage holds must be seen through its
/// holder. CPython's `_PyObject_GC_MAY_BE_TRACKED`.
pub fn may_be_tracked(v: &Value) -> bool {
    match v {
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Big(_) | Value::Float(_) | Value::Str(_) => false,
        Value::Bytes(_) | Value::Range(_) => false,
        Value::Tuple(t) => t.gc.is_tracked(),
        _ => true,
    }
}

/// Tracks a tuple only if it holds an object that may be tracked: a tuple
/// of numbers and strings can never be part of a cycle (CPython untracks
/// those too).
pub fn track_tuple(t: &Rc<TupleObj>) {
    let holds = t.items.iter().any(may_be_tracked);
    if holds {
        super::track(t);
    }
}

/// `head`, `strong` and `to_value` of a layout held in an `Rc` that the
/// `Value` variant `$variant` wraps.
macro_rules! rc_object {
    ($t:ty, $variant:path) => {
        fn head(&self) -> &GcHead {
            &self.gc
        }
        fn strong(&self) -> usize {
            // SAFETY: tracked objects live in an `Rc` (see `track`).
            unsafe { strong_count(self as *const $t) }
        }
        fn to_value(&self) -> Value {
            // SAFETY: as above.
            $variant(unsafe { new_ref(self as *const $t) })
        }
    };
}

/// The `Kind` of a layout: its tag `$kind` (its place in `KINDS`).
macro_rules! kind {
    ($t:ty, $kind:expr) => {
        impl Kind for $t {
            const KIND: usize = $kind;
            unsafe fn from_head(h: *const GcHead) -> *const dyn Traced {
                (h as *const u8).sub(std::mem::offset_of!($t, gc)) as *const $t
            }
        }
    };
}

/// A sequence whose `items` (a `RefCell` of a collection of values) are
/// all it holds.
macro_rules! sequence {
    ($t:ty, $variant:path) => {
        impl Traced for $t {
            rc_object!($t, $variant);
            fn each(&self, f: &mut dyn FnMut(Held<'_>)) -> bool {
                let Ok(items) = self.items.try_borrow() else { return false };
                items.iter().for_each(|v| value(v, f));
                true
            }
            fn clear(&self) {
                let old = self.items.try_borrow_mut().map(|mut i| std::mem::take(&mut *i));
                drop(old);
            }
        }
    };
}

sequence!(ListObj, Value::List);

impl Traced for TupleObj {
    rc_object!(TupleObj, Value::Tuple);
    fn each(&self, f: &mut dyn FnMut(Held<'_>)) -> bool {
        self.items.iter().for_each(|v| value(v, f));
        true
    }
    fn clear(&self) {}
}

impl Traced for DictObj {
    rc_object!(DictObj, Value::Dict);
    fn each(&self, f: &mut dyn FnMut(Held<'_>)) -> bool {
        let (Ok(table), Ok(factory)) = (self.table.try_borrow(), self.factory.try_borrow()) else { return false };
        for e in table.iter() {
            value(&e.key.value, f);
            value(&e.value, f);
        }
        value(&factory, f);
        true
    }
    fn clear(&self) {
        let table = self.table.try_borrow_mut().map(|mut t| std::mem::take(&mut *t));
        let factory = self.factory.try_borrow_mut().map(|mut v| std::mem::take(&mut *v));
        drop((table, factory));
    }
}

impl Traced for SetObj {
    rc_object!(SetObj, Value::Set);
    fn each(&self, f: &mut dyn FnMut(Held<'_>)) -> bool {
        let Ok(table) = self.table.try_borrow() else { return false };
        table.keys().for_each(|k| value(&k.value, f));
        true
    }
    fn clear(&self) {
        let old = self.table.try_borrow_mut().map(|mut t| std::mem::take(&mut *t));
        drop(old);
    }
}

impl Traced for InstanceObj {
    rc_object!(InstanceObj, Value::Instance);
    fn each(&self, f: &mut dyn FnMut(Held<'_>)) -> bool {
        let Ok(slots) = self.slots.try_borrow() else { return false };
        slots.values.iter().flatten().for_each(|v| value(v, f));
        if let Some(b) = &self.base {
            value(b, f);
        }
        if let Some(extra) = &slots.extra {
            extra.attrs.values().for_each(|v| value(v, f));
        }
        true
    }
    fn clear(&self) {
        // The layout's slots stay (emptied): code reading an attribute
        // indexes them by the class's layout.
        let Ok(mut slots) = self.slots.try_borrow_mut() else { return };
        let values: Vec<Option<Value>> = slots.values.iter_mut().map(Option::take).collect();
        let extra = slots.extra.take();
        slots.prefix = 0;
        drop(slots);
        drop((values, extra));
    }
}

impl Traced for FuncObj {
    rc_object!(FuncObj, Value::Func);
    fn each(&self, f: &mut dyn FnMut(Held<'_>)) -> bool {
        let Ok(attrs) = self.attrs.try_borrow() else { return false };
        // CPython's order: defaults, the attribute dict, the closure.
        self.defaults.iter().for_each(|v| value(v, f));
        self.kwdefaults.iter().for_each(|(_, v)| value(v, f));
        attrs.values().for_each(|v| value(v, f));
        self.cells.iter().for_each(|c| f(Held::Cell(c)));
        true
    }
    fn clear(&self) {
        let old = self.attrs.try_borrow_mut().map(|mut a| std::mem::take(&mut *a));
        drop(old);
    }
}

impl Traced for CellObj {
    rc_object!(CellObj, Value::Cell);
    fn each(&self, f: &mut dyn FnMut(Held<'_>)) -> bool {
        let Ok(v) = self.value.try_borrow() else { return false };
        if let Some(v) = &*v {
            value(v, f);
        }
        true
    }
    fn clear(&self) {
        let old = self.value.try_borrow_mut().map(|mut v| v.take());
        drop(old);
    }
}

impl Traced for MethodObj {
    rc_object!(MethodObj, Value::Method);
    fn each(&self, f: &mut dyn FnMut(Held<'_>)) -> bool {
        value(&self.func, f);
        value(&self.recv, f);
        true
    }
    fn clear(&self) {}
}

kind!(ListObj, 0);
kind!(TupleObj, 1);
kind!(DictObj, 2);
kind!(SetObj, 3);
kind!(InstanceObj, 4);
kind!(FuncObj, 5);
kind!(CellObj, 6);
kind!(MethodObj, 7);

/// Each kind's way from a head to its object, by the kind's tag.
pub(super) const KINDS: [unsafe fn(*const GcHead) -> *const dyn Traced; 8] = [
    <ListObj as Kind>::from_head,
    <TupleObj as Kind>::from_head,
    <DictObj as Kind>::from_head,
    <SetObj as Kind>::from_head,
    <InstanceObj as Kind>::from_head,
    <FuncObj as Kind>::from_head,
    <CellObj as Kind>::from_head,
    <MethodObj as Kind>::from_head,
];
