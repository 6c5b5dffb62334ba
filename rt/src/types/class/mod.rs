//! User-defined classes, their instances, bound methods and `super()`.
//!
//! Classes are dynamic objects: a namespace (methods are function values,
//! see `func.rs`) and a C3 method resolution order; instances keep their
//! attributes in an insertion-ordered map. Attribute lookup, calls and the
//! special methods (`__init__`, `__repr__`, `__eq__`, `__add__`, ...)
//! follow CPython's rules for classes without metaclasses or descriptors.

pub mod abstracts;
mod attr;
mod dir;
mod statement;

pub use attr::*;
pub use dir::dir_names;
pub use statement::*;

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::AtomicUsize;

use crate::object::exc::{PyErr, PyResult};
pub use crate::object::layout::class::{
    Class, ClassObj, Descr, Entry, Extra, Instance, InstanceObj, MethodObj, Namespace, Slots, SuperObj, NO_TAG,
};
use crate::object::value::Value;

/// Whether any class of the program has a `__del__`: until one does,
/// dropping an instance looks for none.
static FINALIZERS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Set once a class that has subclasses gets, after its `class`
/// statement, an attribute hook or a data descriptor (`Base.x =
/// property(...)`): the new attribute applies to every subclass too, so
/// from then on no class's instances take the fast paths that rely on
/// `ClassObj::direct` and `ClassObj::plain`. (A class without subclasses
/// just turns its own flags off.)
static PATCHED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

impl ClassObj {
    /// Whether compiled code may address the layout's positions directly
    /// (see [`ClassObj::direct`]).
    #[inline]
    pub fn is_direct(&self) -> bool {
        self.direct.get() && !PATCHED.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Whether attribute access may skip descriptors and hooks (see
    /// [`ClassObj::plain`]).
    #[inline]
    pub fn is_plain(&self) -> bool {
        self.plain.get() && !PATCHED.load(std::sync::atomic::Ordering::Relaxed)
    }
}

/// The attribute `name` of class `c` is set to `value` after its statement
/// (by the program, or by the runtime: `@dataclass` adds methods). Every
/// change of a class's namespace after its statement goes through here.
pub(crate) fn note_patch(c: &ClassObj, name: &str, value: &Value) {
    let hook = matches!(name, "__getattribute__" | "__getattr__" | "__setattr__" | "__delattr__" | "__slots__");
    if hook || attr::is_data_descriptor(value) || matches!(value, Value::Instance(_)) {
        if c.subclassed.get() {
            PATCHED.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        c.plain.set(false);
        c.direct.set(false);
    }
}

fn note_finalizer(name: &str) {
    if name == "__del__" {
        FINALIZERS.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

/// An instance whose last reference goes runs its class's `__del__`. The
/// object's state moves to a stand-in that `__del__` sees as `self` (the
/// dying allocation cannot be referred to again); if `__del__` stores it
/// somewhere, the stand-in lives on, finalized. An exception `__del__`
/// raises is reported on stderr and ignored, as CPython does.
impl Drop for InstanceObj {
    fn drop(&mut self) {
        // After the program's end no Python code runs.
        if crate::object::program::finished() {
            return;
        }
        let Some(del) = pending_del(self) else { return };
        self.gc.untrack();
        let stand_in = Value::Instance(crate::object::gc::tracked(Rc::new(InstanceObj {
            gc: Default::default(),
            class: self.class.clone(),
            slots: RefCell::new(std::mem::take(self.slots.get_mut())),
            finalized: std::cell::Cell::new(true),
            base: self.base.take(),
        })));
        // Weak references still reach the object while `__del__` runs
        // (they are cleared after it, unless it resurrects the object).
        crate::object::weakref::retarget(&self.gc as *const _ as usize, &stand_in);
        run_del(&del, &stand_in);
    }
}

/// The `__del__` still to run for `i`, if its class has one.
fn pending_del(i: &InstanceObj) -> Option<Value> {
    if i.finalized.get() || !has_finalizers() {
        return None;
    }
    lookup(&i.class, "__del__").filter(|d| !matches!(d, Value::None))
}

/// Calls `__del__` on `me`; an exception it raises is reported on stderr
/// and ignored, as CPython does.
fn run_del(del: &Value, me: &Value) {
    if let Err(e) = crate::types::func::call(&bind(del.clone(), me), Vec::new(), &[]) {
        report_unraisable(del, &e);
    }
}

/// Calls `f(*args)` where nothing can receive its exception (a weak
/// reference's callback): one it raises is reported and dropped.
pub fn call_unraisable(f: &Value, args: Vec<Value>) {
    if let Err(e) = crate::types::func::call(f, args, &[]) {
        report_unraisable(f, &e);
    }
}

/// CPython's report of an exception raised where no code can catch it.
fn report_unraisable(what: &Value, e: &PyErr) {
    crate::object::stdio::write_stderr(&format!(
        "Exception ignored in: {}\n{}",
        crate::object::protocol::repr(what),
        crate::types::exception::format_traceback(&e.0)
    ));
}

/// The cycle collector's finalizer (see `object/gc`): runs `__del__` of an
/// instance in a garbage cycle that has not run it yet; whether it ran.
pub fn finalize(v: &Value) -> bool {
    let Value::Instance(i) = v else { return false };
    let Some(del) = pending_del(i) else { return false };
    i.finalized.set(true);
    run_del(&del, v);
    true
}

/// Whether any class defined `__del__` (the program's exit then runs a
/// collection, as CPython's does, so finalizers of cycles run).
pub fn has_finalizers() -> bool {
    FINALIZERS.load(std::sync::atomic::Ordering::Relaxed)
}

impl Slots {
    /// The attributes outside the layout, if any was ever set.
    fn attrs(&self) -> Option<&Namespace> {
        self.extra.as_ref().map(|e| &e.attrs)
    }

    /// The rare part, made on first use with the first-set order spelled
    /// out (it is kept up to date from then on).
    fn extra(&mut self) -> &mut Extra {
        let prefix = self.prefix;
        self.extra.get_or_insert_with(|| {
            Box::new(Extra { order: (0..prefix).map(Entry::Slot).collect(), ..Extra::default() })
        })
    }

    fn first_set(&mut self, k: usize) {
        if self.extra.is_none() && k == self.prefix as usize {
            self.prefix += 1;
        } else {
            self.extra().order.push(Entry::Slot(k as u32));
        }
    }

    fn removed(&mut self, k: usize) {
        self.extra().order.retain(|e| *e != Entry::Slot(k as u32));
    }

    fn extra_removed(&mut self, j: usize) {
        let order = &mut self.extra().order;
        if let Some(pos) = order.iter().enumerate().filter(|(_, e)| **e == Entry::Extra).nth(j).map(|(i, _)| i) {
            order.remove(pos);
        }
    }
}

impl InstanceObj {
    fn slot_of(&self, name: &str) -> Option<usize> {
        self.class.layout.iter().position(|n| same_name(n, name))
    }

    /// The instance attribute `name`, if set.
    pub fn get(&self, name: &str) -> Option<Value> {
        match self.slot_of(name) {
            Some(k) => self.slots.borrow().values[k].clone(),
            None => self.slots.borrow().attrs().and_then(|a| a.get(name)).cloned(),
        }
    }

    pub fn set(&self, name: &str, v: Value) {
        match self.slot_of(name) {
            Some(k) => self.set_slot(k, v),
            None => {
                let mut slots = self.slots.borrow_mut();
                let extra = slots.extra();
                let old = extra.attrs.insert(name.to_string(), v);
                if old.is_none() {
                    extra.order.push(Entry::Extra);
                }
                drop(slots);
                drop(old);
            }
        }
    }

    pub fn set_slot(&self, k: usize, v: Value) {
        let mut slots = self.slots.borrow_mut();
        if slots.values[k].is_none() {
            slots.first_set(k);
        }
        let old = slots.values[k].replace(v);
        drop(slots);
        drop(old);
    }

    /// Removes the instance attribute `name`; whether it was set.
    pub fn remove(&self, name: &str) -> bool {
        match self.slot_of(name) {
            Some(k) => {
                let mut slots = self.slots.borrow_mut();
                let old = slots.values[k].take();
                if old.is_some() {
                    slots.removed(k);
                }
                drop(slots);
                old.is_some()
            }
            None => {
                let mut slots = self.slots.borrow_mut();
                let old = slots.extra.as_mut().and_then(|e| e.attrs.shift_remove_full(name));
                match old {
                    Some((j, _, _)) => {
                        slots.extra_removed(j);
                        drop(slots);
                        true
                    }
                    None => false,
                }
            }
        }
    }

    /// The instance attributes in `__dict__` order.
    pub fn items(&self) -> Vec<(String, Value)> {
        let slots = self.slots.borrow();
        let slot = |k: u32| slots.values[k as usize].clone().map(|v| (self.class.layout[k as usize].clone(), v));
        let Some(extra) = &slots.extra else {
            return (0..slots.prefix).filter_map(slot).collect();
        };
        let mut extras = extra.attrs.iter();
        extra
            .order
            .iter()
            .filter_map(|e| match e {
                Entry::Slot(k) => slot(*k),
                Entry::Extra => extras.next().map(|(k, v)| (k.clone(), v.clone())),
            })
            .collect()
    }
}

impl std::fmt::Debug for ClassObj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<class '{}'>", self.qualname)
    }
}

thread_local! {
    /// The layout the compiler computed for the `class` statement being
    /// run, taken by the class it makes (directly or through a metaclass).
    static LAYOUT: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// The tag of that `class` statement's class, likewise.
    static TAG: Cell<usize> = const { Cell::new(NO_TAG) };
}

/// The user class of an instance (or of an exception of a user class).
pub fn class_of(v: &Value) -> Option<Class> {
    match v {
        Value::Instance(i) => Some(i.class.clone()),
        Value::Exc(e) => e.class.clone(),
        Value::Tuple(t) => t.class.clone(),
        // A class whose metaclass is a user class is that metaclass's instance.
        Value::Class(c) => c.meta.clone(),
        _ => None,
    }
}

/// A name looked up along the MRO (class attributes and methods).
pub fn lookup(c: &Class, name: &str) -> Option<Value> {
    if let Some(v) = c.dict.borrow().get(name) {
        return Some(v.clone());
    }
    c.mro_rest.iter().find_map(|k| k.dict.borrow().get(name).cloned())
}

/// Calling a class: a new instance, initialised by `__init__`.
pub fn instantiate(c: &Class, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    abstracts::check_instantiable(c)?;
    if let Some(t) = c.base_exc {
        // As BaseException.__new__: the arguments are the exception's args.
        let inst = Value::Exc(crate::object::exc::new_exc_of(t, Some(c.clone()), args.clone()));
        if let Some(init) = lookup(c, "__init__") {
            let mut all = vec![inst.clone()];
            all.extend(args);
            crate::types::func::call(&init, all, kw)?;
        }
        return Ok(inst);
    }
    let new_overridden = lookup(c, "__new__").is_some();
    let inst = match lookup(c, "__new__") {
        Some(new) => {
            let mut all = vec![Value::Class(c.clone())];
            all.extend(args.iter().cloned());
            let inst = crate::types::func::call(&unwrap_static(new), all, kw)?;
            // `__init__` runs only on an instance of the class.
            if !is_instance(&inst, c) {
                return Ok(inst);
            }
            inst
        }
        // A metaclass without a `__new__` of its own makes a class, as `type.__new__`.
        None if c.is_meta => {
            let mut all = vec![Value::Class(c.clone())];
            all.extend(args.iter().cloned());
            let made = type_new(all, kw)?;
            if lookup(c, "__init__").is_none() {
                return Ok(made);
            }
            made
        }
        // A class deriving from a builtin type: the type's `__new__` makes its value.
        // (A list or dict starts empty when a class's `__init__` is to fill it.)
        None if c.builtin.is_some() => {
            let ty = c.builtin.unwrap().name;
            let empty = pyaot_registry::classes::MUTABLE_BASES.contains(&ty) && lookup(c, "__init__").is_some();
            let (a, k): (Vec<Value>, &[&str]) = if empty { (Vec::new(), &[]) } else { (args.clone(), kw) };
            let base = crate::object::protocol::call_builtin(ty, a, k)?;
            instance_with(c, Some(base))
        }
        None => bare_instance(c),
    };
    let new_overridden = new_overridden || c.builtin.is_some();
    match lookup(c, "__init__") {
        Some(init) => {
            let mut all = vec![inst.clone()];
            all.extend(args);
            let r = crate::types::func::call(&init, all, kw)?;
            if !r.is_none() {
                return Err(PyErr::type_error(format!("__init__() should return None, not '{}'", r.type_name())));
            }
        }
        // `object.__init__` ignores the arguments when `__new__` is overridden.
        None if !args.is_empty() && !new_overridden => {
            return Err(PyErr::type_error(format!("{}() takes no arguments", c.name)));
        }
        None => {}
    }
    Ok(inst)
}

/// `with mgr:` starts by looking up `__enter__` and `__exit__` on the
/// type: the bound `__exit__`, or CPython's TypeError.
pub fn with_exit(mgr: &Value) -> PyResult<Value> {
    let no = |extra: &str| {
        PyErr::type_error(format!("'{}' object does not support the context manager protocol{extra}", mgr.type_name()))
    };
    if special(mgr, "__enter__").is_none() {
        return Err(no(""));
    }
    special(mgr, "__exit__").ok_or_else(|| no(" (missed __exit__ method)"))
}

/// `mgr.__enter__()` (its presence was checked by [`with_exit`]).
pub fn with_enter(mgr: &Value) -> PyResult<Value> {
    call_special(mgr, "__enter__", Vec::new).expect("checked by with_exit")
}

/// The body raised `exc`: `__exit__(type, exc, traceback)`; true when it
/// suppresses the exception. (pyaot has no traceback objects: None.)
pub fn with_exit_exc(exit: &Value, exc: &Value) -> PyResult<bool> {
    let ty = crate::types::typeobj::type_object(exc);
    let r = crate::types::func::call(exit, vec![ty, exc.clone(), Value::None], &[])?;
    crate::object::value::truthy_checked(&r)
}

/// The body finished (or left by `return`/`break`): `__exit__(None, None, None)`.
pub fn with_exit_none(exit: &Value) -> PyResult<()> {
    crate::types::func::call(exit, vec![Value::None, Value::None, Value::None], &[]).map(|_| ())
}

/// `object.__new__(cls)`: an instance without attributes.
pub fn bare_instance(c: &Class) -> Value {
    instance_with(c, None)
}

/// A new instance of `c` without attributes, carrying `base` (the value
/// of the builtin type `c` derives from, if it does).
pub fn instance_with(c: &Class, base: Option<Value>) -> Value {
    let values = std::iter::repeat_with(|| None).take(c.layout.len()).collect();
    let slots = Slots { values, ..Slots::default() };
    Value::Instance(crate::object::gc::tracked(Rc::new(InstanceObj {
        gc: Default::default(),
        class: c.clone(),
        slots: RefCell::new(slots),
        finalized: std::cell::Cell::new(false),
        base,
    })))
}

/// `int.__new__(cls, *args)` (`str.__new__`, ...): the builtin type's
/// value, or an instance of `cls`, a class deriving from the type,
/// carrying it.
pub fn builtin_new(ty: &'static str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let Some(cls) = args.first().filter(|_| args.len() > kw.len()) else {
        return Err(PyErr::type_error(format!("{ty}.__new__(): not enough arguments")));
    };
    // `list.__new__` and `dict.__new__` ignore their arguments (`__init__` takes them).
    let (rest, kw): (Vec<Value>, &[&str]) =
        if pyaot_registry::classes::MUTABLE_BASES.contains(&ty) { (Vec::new(), &[]) } else { (args[1..].to_vec(), kw) };
    match cls {
        Value::Type(t) if t.name == ty => crate::object::protocol::call_builtin(ty, rest, kw),
        Value::Class(c) if c.builtin.is_some_and(|b| b.name == ty) => {
            let base = crate::object::protocol::call_builtin(ty, rest, kw)?;
            Ok(instance_with(c, Some(base)))
        }
        // `tuple.__new__(NT, iterable)` for a named tuple class: its instance.
        Value::Class(c) if ty == "tuple" && crate::types::namedtuple::fields(c).is_some() => {
            let items = match rest.first() {
                Some(v) => crate::types::iter::collect(v)?,
                None => Vec::new(),
            };
            Ok(Value::Tuple(crate::types::tuple::with_class(items, c.clone())))
        }
        Value::Type(_) | Value::Class(_) => {
            let name = crate::object::protocol::str(&crate::object::protocol::getattr(cls, "__name__")?);
            Err(PyErr::type_error(format!("{ty}.__new__({name}): {name} is not a subtype of {ty}")))
        }
        other => Err(PyErr::type_error(format!("{ty}.__new__(X): X is not a type object ({})", other.type_name()))),
    }
}

/// `list.__init__(self, iterable)` / `dict.__init__(self, ...)` /
/// `set.__init__(self, iterable)` on an instance of a class deriving
/// from the type (or on a value of it): a list or set is refilled from
/// the arguments, a dict updated with them, as the type's constructor
/// reads them.
pub fn builtin_init(ty: &'static str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let Some(recv) = args.first().filter(|_| args.len() > kw.len()) else {
        return Err(PyErr::type_error(format!("descriptor '__init__' of '{ty}' object needs an argument")));
    };
    let base = match (base_value(recv), recv) {
        (Some(b), _) => b,
        (None, v) if v.type_name() == ty => v.clone(),
        (None, v) => {
            return Err(PyErr::type_error(format!(
                "descriptor '__init__' requires a '{ty}' object but received a '{}'",
                v.type_name()
            )))
        }
    };
    let fresh = crate::object::protocol::call_builtin(ty, args[1..].to_vec(), kw)?;
    match (&base, fresh) {
        (Value::List(l), Value::List(f)) => {
            crate::types::list::clear(l);
            crate::types::list::extend(l, f.to_vec());
        }
        (Value::Dict(d), Value::Dict(f)) => crate::types::dict::update(d, &f)?,
        (Value::Set(s), Value::Set(f)) => {
            crate::types::set::clear(s);
            crate::types::set::update(s, &f);
        }
        _ => {}
    }
    Ok(Value::None)
}

/// Whether an object converts to an int by `__index__` (its class's, or
/// that of the `int` it derives from).
pub fn has_index(v: &Value) -> bool {
    special(v, "__index__").is_some() || matches!(base_value(v), Some(Value::Int(_) | Value::Big(_)))
}

/// The builtin value an instance of a class deriving from a builtin type
/// carries (`MyInt(3)`'s 3).
pub fn base_value(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) => i.base.clone(),
        _ => None,
    }
}

/// String equality that first tries the pointers (layout names and the
/// names compiled code passes are often the same constant).
/// Attribute names are short: compared in place, byte by byte, rather
/// than through a call of `memcmp` (which cost a tenth of the time of
/// attribute-heavy programs).
#[inline(always)]
fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    if a.as_ptr() == b.as_ptr() {
        return true;
    }
    if a.len() > 16 {
        return a == b;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// An attribute site's inline cache: for up to [`SITE_WAYS`] classes (by
/// serial; a site sees a class and its subclasses), the layout position
/// of the name there. Zeroed, it is empty.
pub struct SlotCache {
    ways: [(AtomicUsize, AtomicUsize); SITE_WAYS],
}

/// How many classes an attribute site remembers (the entry of a class is
/// fixed by its serial).
pub const SITE_WAYS: usize = 4;

impl SlotCache {
    #[allow(clippy::new_without_default)]
    pub const fn new() -> SlotCache {
        SlotCache { ways: [const { (AtomicUsize::new(0), AtomicUsize::new(0)) }; SITE_WAYS] }
    }

    /// The layout position of `name` in an instance of `c`, a class whose
    /// instances compiled code may address directly (`None`: not in its
    /// layout): remembered for the next instance of the same class, the
    /// absence too (a class's layout never changes).
    #[inline]
    fn position(&self, c: &ClassObj, name: &str) -> Option<usize> {
        use std::sync::atomic::Ordering::Relaxed;
        const ABSENT: usize = usize::MAX;
        let (class, slot) = &self.ways[c.serial % SITE_WAYS];
        if class.load(Relaxed) == c.serial {
            let k = slot.load(Relaxed);
            return (k != ABSENT).then_some(k);
        }
        let k = c.layout.iter().position(|n| same_name(n, name));
        class.store(c.serial, Relaxed);
        slot.store(k.unwrap_or(ABSENT), Relaxed);
        k
    }
}

impl SlotCache {
    /// For a method-call site: the function `lookup(c, name)` finds, when
    /// it is a plain function, remembered for two classes (by serial)
    /// while no class's namespace changes (`CLASS_EPOCH`). Each way takes
    /// two of the cache's pairs: (serial, epoch), (function, unused).
    #[inline]
    pub fn method(&self, c: &Class, name: &str) -> Option<crate::types::func::Func> {
        use crate::object::layout::class::CLASS_EPOCH;
        use std::sync::atomic::Ordering::Relaxed;
        let epoch = CLASS_EPOCH.load(Relaxed);
        let w = 2 * (c.serial % 2);
        let ((serial, seen), (func, _)) = (&self.ways[w], &self.ways[w + 1]);
        if serial.load(Relaxed) == c.serial && seen.load(Relaxed) == epoch {
            let f = func.load(Relaxed) as *const crate::object::layout::func::FuncObj;
            // SAFETY: the function was in a namespace of `c`'s MRO when the
            // entry was made, and no namespace has changed since (the
            // epoch), so that namespace still holds it; the count taken
            // here keeps it alive through the call whatever the call does.
            return Some(unsafe {
                std::rc::Rc::increment_strong_count(f);
                std::rc::Rc::from_raw(f)
            });
        }
        let Some(Value::Func(f)) = lookup(c, name) else { return None };
        serial.store(c.serial, Relaxed);
        seen.store(epoch, Relaxed);
        func.store(std::rc::Rc::as_ptr(&f) as usize, Relaxed);
        Some(f)
    }
}

/// `obj.name` where `name` is an attribute instances of some class keep
/// in their layout: an instance of a class without hooks or descriptors
/// over it reads the slot its site's cache remembers; anything else (a
/// hook, an unset slot, another kind of object) takes the general path.
#[inline]
pub fn get_slot(obj: &Value, site: &SlotCache, name: &str) -> PyResult<Value> {
    if let Value::Instance(i) = obj {
        if i.class.is_direct() {
            if let Some(k) = site.position(&i.class, name) {
                if let Some(v) = &i.slots.borrow().values[k] {
                    return Ok(v.clone());
                }
            }
        }
    }
    crate::object::protocol::getattr(obj, name)
}

/// A new instance of a tracked class, before its `__init__` runs (which
/// compiled code calls directly; see `compiler/src/lower/instance.rs`).
pub fn new_instance(c: &Value) -> PyResult<Value> {
    match c {
        // A tracked class has no abstract methods (those need `abc.ABCMeta`).
        Value::Class(c) => Ok(bare_instance(c)),
        _ => Err(PyErr::type_error(format!("'{}' object is not callable", c.type_name()))),
    }
}

/// What an `__init__` returned, which must be None.
pub fn check_init_result(r: Value) -> PyResult<()> {
    if r.is_none() {
        return Ok(());
    }
    Err(PyErr::type_error(format!("__init__() should return None, not '{}'", r.type_name())))
}

/// Whether `v` is an instance of the tracked class tagged `tag`.
#[inline]
pub fn has_tag(v: &Value, tag: usize) -> bool {
    matches!(v, Value::Instance(i) if i.class.tag == tag)
}

/// The receiver of a method call compiled code binds directly: None has
/// no such attribute.
pub fn not_none(v: &Value, name: &str) -> PyResult<Value> {
    if v.is_none() {
        // None has no attribute of the names compiled code binds this way
        // (no special method), so this raises CPython's AttributeError.
        crate::object::protocol::getattr(v, name)?;
    }
    Ok(v.clone())
}

/// `obj.name` where the compiler knows `obj` is an instance of a tracked
/// class (`compiler/src/hir/classes.rs`) or None, and `name` is at
/// position `k` of its class's layout, which its subclasses keep: no name
/// check, only that no descriptor or hook was added since (`direct`).
#[inline]
pub fn get_at(obj: &Value, k: usize, name: &str) -> PyResult<Value> {
    if let Value::Instance(i) = obj {
        if i.class.is_direct() {
            // SAFETY: as in `get_f64_at`: the value is cloned (no Python code
            // runs) before anything could borrow the slots mutably.
            if let Ok(slots) = unsafe { i.slots.try_borrow_unguarded() } {
                if let Some(Some(v)) = slots.values.get(k) {
                    return Ok(v.clone());
                }
            }
        }
    }
    crate::object::protocol::getattr(obj, name)
}

/// [`get_at`] of an attribute the compiler knows holds a float.
#[inline(always)]
pub fn get_f64_at(obj: &Value, k: usize, name: &str) -> PyResult<f64> {
    if let Value::Instance(i) = obj {
        if i.class.is_direct() {
            // SAFETY: the slots are borrowed mutably only inside the
            // runtime's own calls (`set_slot` releases the borrow before it
            // drops the old value, whose `__del__` may run Python code), so
            // none is alive here; the float is copied out at once.
            if let Ok(slots) = unsafe { i.slots.try_borrow_unguarded() } {
                if let Some(Some(Value::Float(f))) = slots.values.get(k) {
                    return Ok(*f);
                }
            }
        }
    }
    get_f64_slow(obj, k, name)
}

#[cold]
#[inline(never)]
fn get_f64_slow(obj: &Value, k: usize, name: &str) -> PyResult<f64> {
    get_at(obj, k, name)?.to_f64()
}

/// `obj.name = v`, as [`get_at`].
#[inline]
pub fn set_at(obj: &Value, k: usize, name: &str, v: Value) -> PyResult<()> {
    if let Value::Instance(i) = obj {
        if i.class.is_direct() && k < i.class.layout.len() {
            i.set_slot(k, v);
            return Ok(());
        }
    }
    crate::object::protocol::setattr(obj, name, v)
}

/// `obj.name = f`, as [`get_at`]: a float replacing a float in place.
#[inline(always)]
pub fn set_f64_at(obj: &Value, k: usize, name: &str, f: f64) -> PyResult<()> {
    if let Value::Instance(i) = obj {
        if i.class.is_direct() {
            if let Some(Some(Value::Float(x))) = i.slots.borrow_mut().values.get_mut(k) {
                *x = f;
                return Ok(());
            }
        }
    }
    set_f64_slow(obj, k, name, f)
}

#[cold]
#[inline(never)]
fn set_f64_slow(obj: &Value, k: usize, name: &str, f: f64) -> PyResult<()> {
    set_at(obj, k, name, Value::Float(f))
}

/// `obj.name = v`, as [`get_slot`].
#[inline]
pub fn set_slot(obj: &Value, site: &SlotCache, name: &str, v: Value) -> PyResult<()> {
    if let Value::Instance(i) = obj {
        if i.class.is_direct() {
            if let Some(k) = site.position(&i.class, name) {
                i.set_slot(k, v);
                return Ok(());
            }
        }
    }
    crate::object::protocol::setattr(obj, name, v)
}

/// Calling a class: its metaclass's `__call__` if it defines one, else
/// [`instantiate`].
pub fn call_class(c: &Class, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    if crate::types::typeddict::is_base(c) {
        return crate::types::typeddict::functional(args, kw);
    }
    if let Some(m) = &c.meta {
        if let Some(f) = lookup(m, "__call__") {
            let mut all = vec![Value::Class(c.clone())];
            all.extend(args);
            return crate::types::func::call(&f, all, kw);
        }
    }
    instantiate(c, args, kw)
}

/// The special method `name` of an instance, bound, if its class defines it.
pub fn special(v: &Value, name: &str) -> Option<Value> {
    let class = class_of(v)?;
    lookup(&class, name).map(|f| bind(f, v))
}

/// Calls the special method `name` of an instance if its class defines it.
/// The arguments are made only when it does.
#[inline]
pub fn call_special(v: &Value, name: &str, args: impl FnOnce() -> Vec<Value>) -> Option<PyResult<Value>> {
    if !matches!(v, Value::Instance(_) | Value::Exc(_) | Value::Tuple(_) | Value::Class(_)) {
        return None;
    }
    special(v, name).map(|m| crate::types::func::call(&m, args(), &[]))
}

/// `isinstance(v, cls)` for a user class.
pub fn is_instance(v: &Value, cls: &Class) -> bool {
    class_of(v).is_some_and(|c| mro(&c).iter().any(|k| Rc::ptr_eq(k, cls)))
}

/// `super()` in a method of `class` whose first argument is `recv`.
pub fn new_super(class: &Value, recv: &Value) -> PyResult<Value> {
    // `obj` is an instance of the class (its class derives from it), or
    // a class deriving from it (`super(C, cls)` in a class method).
    let fits = |c: &Class| {
        class_of(recv).is_some_and(|k| is_subclass(&k, c)) || matches!(recv, Value::Class(k) if is_subclass(k, c))
    };
    match class {
        Value::Class(c) if fits(c) => Ok(Value::Super(Rc::new(SuperObj { class: c.clone(), recv: recv.clone() }))),
        Value::Class(_) => Err(PyErr::type_error("super(type, obj): obj must be an instance or subtype of type")),
        other => Err(PyErr::type_error(format!("super() argument 1 must be a type, not {}", other.type_name()))),
    }
}

thread_local! {
    /// An exception raised by a user `__repr__`/`__str__` while the runtime
    /// was building text (its string functions cannot fail); the checked
    /// entry points compiled code calls pick it up and raise it.
    static PENDING: RefCell<Option<PyErr>> = const { RefCell::new(None) };
}

/// Records an error found while building text (the first one stays).
pub fn set_pending(e: PyErr) {
    PENDING.with(|p| {
        p.borrow_mut().get_or_insert(e);
    });
}

/// The exception a user text method raised since the last call, if any.
pub fn take_pending() -> Option<PyErr> {
    PENDING.with(|p| p.borrow_mut().take())
}
