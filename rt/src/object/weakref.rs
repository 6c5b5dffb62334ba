//! Weak references: the layout of a `weakref.ref` object and the table
//! from each object to the weak references to it, which the object's
//! death (or the cycle collector finding it garbage) clears and whose
//! callbacks it then calls.
//!
//! A weak reference holds an `rc::Weak` to its referent, so reading it
//! never touches freed memory; the table is what makes it *cleared* at the
//! moment CPython clears it (before `__del__` of a cycle, after `__del__`
//! of an object whose count drops to zero) and what finds the callbacks.
//! It is keyed by an address inside the referent that is fixed for its
//! life ([`key`]): the collector's head for the kinds it tracks, the
//! object itself for classes and generators; those objects' drops call
//! [`dying`]. While no weak reference was ever made, that call is one
//! thread-local read.
//!
//! A referent's weak references are kept in CPython's order: the one
//! without a callback (shared by every `ref(x)`) first, then those with
//! callbacks, newest first; callbacks run in that order.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::object::layout::class::{ClassObj, InstanceObj, MethodObj};
use crate::object::layout::func::FuncObj;
use crate::object::layout::gen::GenObj;
use crate::object::layout::native::{Native, NativeObj};
use crate::object::layout::set::SetObj;
use crate::object::value::Value;

/// What a weak reference refers to, without keeping it alive.
pub enum Referent {
    Instance(Weak<InstanceObj>),
    Func(Weak<FuncObj>),
    Set(Weak<SetObj>),
    Method(Weak<MethodObj>),
    Class(Weak<ClassObj>),
    Gen(Weak<GenObj>),
    /// A builtin type: it lives as long as the program.
    Static(Value),
}

impl Referent {
    /// The weak form of `v`, when its type can be referred to weakly.
    pub fn of(v: &Value) -> Option<Referent> {
        Some(match v {
            Value::Instance(i) => Referent::Instance(Rc::downgrade(i)),
            Value::Func(f) => Referent::Func(Rc::downgrade(f)),
            Value::Set(s) => Referent::Set(Rc::downgrade(s)),
            Value::Method(m) => Referent::Method(Rc::downgrade(m)),
            Value::Class(c) => Referent::Class(Rc::downgrade(c)),
            Value::Gen(g) => Referent::Gen(Rc::downgrade(g)),
            Value::Type(_) => Referent::Static(v.clone()),
            _ => return None,
        })
    }

    fn upgrade(&self) -> Option<Value> {
        match self {
            Referent::Instance(w) => w.upgrade().map(Value::Instance),
            Referent::Func(w) => w.upgrade().map(Value::Func),
            Referent::Set(w) => w.upgrade().map(Value::Set),
            Referent::Method(w) => w.upgrade().map(Value::Method),
            Referent::Class(w) => w.upgrade().map(Value::Class),
            Referent::Gen(w) => w.upgrade().map(Value::Gen),
            Referent::Static(v) => Some(v.clone()),
        }
    }
}

/// The table key of an object that can be referred to weakly: an address
/// inside it, fixed while it lives (see the module comment).
pub fn key(v: &Value) -> Option<usize> {
    Some(match v {
        Value::Instance(i) => &i.gc as *const _ as usize,
        Value::Func(f) => &f.gc as *const _ as usize,
        Value::Set(s) => &s.gc as *const _ as usize,
        Value::Method(m) => &m.gc as *const _ as usize,
        Value::Class(c) => Rc::as_ptr(c) as usize,
        Value::Gen(g) => Rc::as_ptr(g) as usize,
        _ => return None,
    })
}

/// A `weakref.ref` object (`NativeObj::WeakRef`).
pub struct WeakRef {
    /// None once cleared.
    target: RefCell<Option<Referent>>,
    /// Its referent's table key (0 for a builtin type, which never dies).
    key: Cell<usize>,
    /// `__callback__`: None, or what to call with this weak reference
    /// when it is cleared.
    callback: RefCell<Value>,
    /// `hash(r)`, fixed by the first call.
    pub hash: Cell<Option<i64>>,
}

impl WeakRef {
    /// The referent, unless it is gone.
    pub fn get(&self) -> Option<Value> {
        self.target.borrow().as_ref().and_then(Referent::upgrade)
    }

    pub fn callback(&self) -> Value {
        self.callback.borrow().clone()
    }
}

impl Drop for WeakRef {
    fn drop(&mut self) {
        // Its entry in the referent's list goes with it.
        let k = self.key.get();
        if self.target.get_mut().is_some() && k != 0 {
            let _ = TABLE.try_with(|t| {
                if let Ok(mut t) = t.try_borrow_mut() {
                    if let Some(list) = t.get_mut(&k) {
                        list.retain(|w| w.strong_count() > 0);
                        if list.is_empty() {
                            t.remove(&k);
                        }
                    }
                }
            });
        }
    }
}

thread_local! {
    /// Whether a weak reference was ever made (until then, deaths skip the table).
    static USED: Cell<bool> = const { Cell::new(false) };
    /// Each referent's weak references, in CPython's order.
    static TABLE: RefCell<rustc_hash::FxHashMap<usize, Vec<Weak<NativeObj>>>> = RefCell::default();
    /// Set at the program's end: weak references still clear, but no
    /// callback runs (CPython runs none while it tears the program down).
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// A weak reference to `v` (which [`Referent::of`] accepts), calling
/// `callback` (unless None) when cleared. Without a callback, an existing
/// one is shared, as CPython shares it.
pub fn new(v: &Value, target: Referent, callback: Value) -> Native {
    let Some(k) = key(v) else {
        return Rc::new(NativeObj::WeakRef(WeakRef {
            target: RefCell::new(Some(target)),
            key: Cell::new(0),
            callback: RefCell::new(callback),
            hash: Cell::new(None),
        }));
    };
    USED.with(|u| u.set(true));
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let list = t.entry(k).or_default();
        let basic = list.first().and_then(Weak::upgrade).filter(|n| match &**n {
            NativeObj::WeakRef(w) => matches!(*w.callback.borrow(), Value::None),
            _ => false,
        });
        if matches!(callback, Value::None) {
            if let Some(n) = basic {
                return n;
            }
        }
        let none = matches!(callback, Value::None);
        let r = Rc::new(NativeObj::WeakRef(WeakRef {
            target: RefCell::new(Some(target)),
            key: Cell::new(k),
            callback: RefCell::new(callback),
            hash: Cell::new(None),
        }));
        let at = if none || basic.is_none() { 0 } else { 1 };
        list.insert(at, Rc::downgrade(&r));
        r
    })
}

/// The live weak references to the object of key `k`, in CPython's order.
pub fn refs(k: usize) -> Vec<Native> {
    if !USED.with(Cell::get) {
        return Vec::new();
    }
    TABLE.with(|t| t.borrow().get(&k).map(|l| l.iter().filter_map(Weak::upgrade).collect()).unwrap_or_default())
}

/// Points the weak references to the object of key `from` at `to`
/// instead: an instance whose `__del__` runs on a stand-in (see
/// `types::class`), which weak references still reach during `__del__`.
pub fn retarget(from: usize, to: &Value) {
    if !USED.with(Cell::get) {
        return;
    }
    let Some(k) = key(to) else { return };
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let Some(list) = t.remove(&from) else { return };
        for n in list.iter().filter_map(Weak::upgrade) {
            if let NativeObj::WeakRef(w) = &*n {
                *w.target.borrow_mut() = Referent::of(to);
                w.key.set(k);
            }
        }
        t.insert(k, list);
    });
}

/// Called as an object that weak references may point to is dropped:
/// clears them and runs their callbacks.
#[inline]
pub fn dying(k: usize) {
    if USED.with(Cell::get) {
        run_callbacks(take(k));
    }
}

/// Whether a weak reference was ever made.
pub fn used() -> bool {
    USED.with(Cell::get)
}

/// Clears the weak references to each of `garbage` (the cycle
/// collector's unreachable objects, before their finalizers run, as
/// CPython's collector does), then runs the callbacks of those that are
/// not garbage themselves: `held` counts the references the garbage
/// holds to each (by address); one held by nothing else is garbage.
pub fn clear_garbage(garbage: &[Value], held: &rustc_hash::FxHashMap<usize, usize>) {
    if !used() {
        return;
    }
    let cleared: Vec<Native> = garbage
        .iter()
        .filter_map(key)
        .flat_map(take)
        .filter(|n| {
            // One count is `cleared`'s own.
            Rc::strong_count(n) - 1 > held.get(&(Rc::as_ptr(n) as usize)).copied().unwrap_or(0)
        })
        .collect();
    run_callbacks(cleared);
}

/// From now on callbacks are not run (the program is ending).
pub fn quiet() {
    QUIET.with(|q| q.set(true));
}

/// Removes the object of key `k` from the table and clears its weak
/// references; returns those that have a callback to run.
fn take(k: usize) -> Vec<Native> {
    let list = TABLE.try_with(|t| t.try_borrow_mut().ok().and_then(|mut t| t.remove(&k))).ok().flatten();
    let Some(list) = list else { return Vec::new() };
    let mut out = Vec::new();
    for n in list.iter().filter_map(Weak::upgrade) {
        if let NativeObj::WeakRef(w) = &*n {
            *w.target.borrow_mut() = None;
            if !matches!(*w.callback.borrow(), Value::None) {
                out.push(n.clone());
            }
        }
    }
    out
}

fn run_callbacks(refs: Vec<Native>) {
    if refs.is_empty() || QUIET.try_with(Cell::get).unwrap_or(true) || crate::object::program::finished() {
        return;
    }
    for n in refs {
        let NativeObj::WeakRef(w) = &*n else { continue };
        let cb = std::mem::take(&mut *w.callback.borrow_mut());
        crate::object::protocol::call_unraisable(&cb, vec![Value::Native(n.clone())]);
    }
}
