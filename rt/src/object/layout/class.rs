//! The layouts of classes, instances, bound methods, descriptors and
//! `super` objects.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use indexmap::IndexMap;

use crate::object::gc::GcHead;
use crate::object::value::Value;

/// A class namespace or an instance's attributes: insertion-ordered, with
/// a fast hash for the short names it is keyed by.
pub type Namespace = IndexMap<String, Value, rustc_hash::FxBuildHasher>;

pub struct ClassObj {
    /// Leaked once per class statement run: error messages need `&'static str`.
    pub name: &'static str,
    pub qualname: String,
    /// `__module__`: `__main__` for the program's classes, the module's
    /// name for the runtime's (`dataclasses.FrozenInstanceError`).
    pub module: &'static str,
    pub bases: Vec<Class>,
    /// Every base as written, builtin classes too (`__bases__`).
    pub base_values: Vec<Value>,
    /// The MRO after the class itself (keeping the class out avoids a cycle).
    pub mro_rest: Vec<Class>,
    /// For exception classes: the builtin exception class they derive
    /// from (the most derived one), and all of them (`except` tests each).
    pub base_exc: Option<&'static crate::object::exc::TypeObj>,
    pub exc_bases: Vec<&'static crate::object::exc::TypeObj>,
    /// The builtin type (`int`, `str`, `float`) the class derives from, if
    /// any: its instances carry a value of that type (`InstanceObj::base`)
    /// that what the class does not define works on.
    pub builtin: Option<&'static crate::object::exc::TypeObj>,
    /// The class's namespace. Change it only through [`ClassObj::dict_mut`],
    /// which tells method-call sites that cached lookups are stale.
    pub dict: RefCell<Namespace>,
    /// The metaclass, when it is a user class (deriving from `type`);
    /// None means `type`.
    pub meta: Option<Class>,
    /// Whether this class derives from `type` (it is a metaclass).
    pub is_meta: bool,
    /// The instance attributes at fixed positions: the base's layout, then
    /// the names this class's methods assign to `self` (the compiler
    /// computes them; see `lower/layout.rs`).
    pub layout: Vec<String>,
    /// Whether compiled code may read and write the layout's positions
    /// directly: no descriptor shadows a layout name and no attribute hook
    /// (`__getattr__`, `__setattr__`, ...) is defined. Turned off if one is
    /// added later (`types::class::note_patch`).
    pub direct: Cell<bool>,
    /// Whether reading and writing an attribute of an instance may skip
    /// the class's descriptors and hooks: neither it nor a base defines
    /// `__getattribute__`, `__setattr__`, `__delattr__` or `__slots__`, and
    /// none holds a data descriptor (a property, or an object whose class
    /// defines `__set__` or `__delete__`). A hook or descriptor appearing
    /// later turns this off (`types::class::note_patch`).
    pub plain: Cell<bool>,
    /// Whether some class derives from this one (then a hook added to this
    /// class later changes its subclasses too).
    pub subclassed: Cell<bool>,
    /// The number the compiler gave the `class` statement that made it,
    /// when it tracks the class (`compiler/src/hir/classes.rs`): compiled
    /// code dispatches a method call on it. [`NO_TAG`] otherwise.
    pub tag: usize,
    /// A number no other class of the run has: what an attribute site's
    /// cache remembers (an address may be reused once a class is freed).
    pub serial: usize,
}

/// Bumped whenever any class's namespace changes: a method-call site's
/// cached lookup holds for the epoch it was made in (a class's methods
/// come from its own namespace and its bases').
pub static CLASS_EPOCH: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl ClassObj {
    /// The namespace, to change it (see [`CLASS_EPOCH`]).
    pub fn dict_mut(&self) -> std::cell::RefMut<'_, Namespace> {
        CLASS_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.dict.borrow_mut()
    }
}

/// A fresh [`ClassObj::serial`] (never 0, an empty cache's).
pub fn next_serial() -> usize {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// The tag of a class the compiler does not track.
pub const NO_TAG: usize = u32::MAX as usize;

pub type Class = Rc<ClassObj>;

/// An instance: attributes the class's layout names live at fixed
/// positions (`slots`, which compiled code may address directly), others
/// in the slots' [`Extra`] part, allocated when the first one is set.
/// An instance of a class with at most [`INLINE_SLOTS`] layout attributes
/// (most classes) is one allocation.
pub struct InstanceObj {
    pub gc: GcHead,
    pub class: Class,
    pub slots: RefCell<Slots>,
    /// Whether `__del__` has run for it (it runs once, PEP 442).
    pub finalized: std::cell::Cell<bool>,
    /// An instance of a class deriving from a builtin type: its value of
    /// that type (`MyInt(3)`'s 3), fixed by `__new__`.
    pub base: Option<Value>,
}

/// How many layout attributes an instance holds without a second allocation.
pub const INLINE_SLOTS: usize = 3;

/// The layout attributes of an instance, and the order its attributes
/// were first set in (the order `__dict__` shows). While the slots are set
/// in layout order and nothing else happens (the usual `__init__`), the
/// order is just how many are set (`prefix`); from the first attribute
/// set otherwise, it is spelled out in `extra`.
#[derive(Default)]
pub struct Slots {
    pub values: smallvec::SmallVec<[Option<Value>; INLINE_SLOTS]>,
    pub(crate) prefix: u32,
    pub(crate) extra: Option<Box<Extra>>,
}

/// What few instances have: attributes outside the class's layout, and
/// the first-set order once it is more than a prefix of the layout.
#[derive(Default)]
pub struct Extra {
    pub(crate) order: Vec<Entry>,
    pub(crate) attrs: Namespace,
}

/// One attribute in first-set order: a layout slot, or the next of the
/// attributes outside the layout (in their map's order).
#[derive(Clone, Copy, PartialEq)]
pub enum Entry {
    Slot(u32),
    Extra,
}

pub type Instance = Rc<InstanceObj>;

/// A function bound to the instance it was looked up on.
pub struct MethodObj {
    pub gc: GcHead,
    pub func: Value,
    pub recv: Value,
}

impl MethodObj {
    /// `func` bound to `recv`, tracked by the collector (an instance that
    /// keeps its own bound method is a cycle).
    pub fn new(func: Value, recv: Value) -> Rc<MethodObj> {
        crate::object::gc::tracked(Rc::new(MethodObj { gc: GcHead::default(), func, recv }))
    }
}

/// `property`, `classmethod` and `staticmethod` objects in a class body.
pub enum Descr {
    /// `name` is what `__set_name__` gave it (the name it was bound to in
    /// a class body): CPython's error messages name it only then.
    Property {
        get: Value,
        set: Value,
        del: Value,
        name: RefCell<Option<String>>,
    },
    ClassMethod(Value),
    StaticMethod(Value),
}

/// `super()` inside a method of `class`, for `recv`.
pub struct SuperObj {
    pub class: Class,
    pub recv: Value,
}

/// A class can be referred to weakly; its key is its own address.
impl Drop for ClassObj {
    fn drop(&mut self) {
        crate::object::weakref::dying(self as *const ClassObj as usize);
    }
}
