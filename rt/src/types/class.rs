//! User-defined classes, their instances, bound methods and `super()`.
//!
//! Classes are dynamic objects: a namespace (methods are function values,
//! see `func.rs`) and a C3 method resolution order; instances keep their
//! attributes in an insertion-ordered map. Attribute lookup, calls and the
//! special methods (`__init__`, `__repr__`, `__eq__`, `__add__`, ...)
//! follow CPython's rules for classes without metaclasses or descriptors.

use std::cell::RefCell;
use std::rc::Rc;

use indexmap::IndexMap;

/// A class namespace or an instance's attributes: insertion-ordered, with
/// a fast hash for the short names it is keyed by.
pub type Namespace = IndexMap<String, Value, rustc_hash::FxBuildHasher>;

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;

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
    /// (`__getattr__`, `__setattr__`, ...) is defined.
    pub direct: bool,
}

pub type Class = Rc<ClassObj>;

/// An instance: attributes the class's layout names live at fixed
/// positions (`slots`, which compiled code may address directly), others
/// in `attrs`.
pub struct InstanceObj {
    pub class: Class,
    pub slots: RefCell<Slots>,
    pub attrs: RefCell<Namespace>,
    /// Whether `__del__` has run for it (it runs once, PEP 442).
    pub finalized: std::cell::Cell<bool>,
}

/// Whether any class of the program has a `__del__`: until one does,
/// dropping an instance looks for none.
static FINALIZERS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

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
        if self.finalized.get() || !FINALIZERS.load(std::sync::atomic::Ordering::Relaxed) {
            return;
        }
        // After the program's end no Python code runs.
        if crate::object::program::finished() {
            return;
        }
        let Some(del) = lookup(&self.class, "__del__") else { return };
        if matches!(del, Value::None) {
            return;
        }
        let stand_in = Rc::new(InstanceObj {
            class: self.class.clone(),
            slots: RefCell::new(std::mem::take(self.slots.get_mut())),
            attrs: RefCell::new(std::mem::take(self.attrs.get_mut())),
            finalized: std::cell::Cell::new(true),
        });
        let me = Value::Instance(stand_in);
        if let Err(e) = crate::types::func::call(&bind(del.clone(), &me), Vec::new(), &[]) {
            crate::stdlib::io::write_stderr(&format!(
                "Exception ignored in: {}\n{}",
                crate::ops::repr::repr(&del),
                crate::object::program::format_traceback(&e.0)
            ));
        }
    }
}

/// The layout attributes of an instance, and the order its attributes
/// were first set in (the order `__dict__` shows). While the slots are set
/// in layout order and nothing else happens (the usual `__init__`), the
/// order is just how many are set; otherwise it is spelled out.
#[derive(Default)]
pub struct Slots {
    pub values: Vec<Option<Value>>,
    prefix: u32,
    explicit: bool,
    order: Vec<Entry>,
}

/// One attribute in first-set order: a layout slot, or the next of the
/// attributes outside the layout (in their map's order).
#[derive(Clone, Copy, PartialEq)]
enum Entry {
    Slot(u32),
    Extra,
}

impl Slots {
    fn spell_out(&mut self) {
        if !self.explicit {
            self.explicit = true;
            self.order = (0..self.prefix).map(Entry::Slot).collect();
        }
    }

    fn first_set(&mut self, k: usize) {
        if !self.explicit && k == self.prefix as usize {
            self.prefix += 1;
        } else {
            self.spell_out();
            self.order.push(Entry::Slot(k as u32));
        }
    }

    fn removed(&mut self, k: usize) {
        self.spell_out();
        self.order.retain(|e| *e != Entry::Slot(k as u32));
    }

    fn extra_added(&mut self) {
        self.spell_out();
        self.order.push(Entry::Extra);
    }

    fn extra_removed(&mut self, j: usize) {
        self.spell_out();
        if let Some(pos) = self.order.iter().enumerate().filter(|(_, e)| **e == Entry::Extra).nth(j).map(|(i, _)| i) {
            self.order.remove(pos);
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
            None => self.attrs.borrow().get(name).cloned(),
        }
    }

    pub fn set(&self, name: &str, v: Value) {
        match self.slot_of(name) {
            Some(k) => self.set_slot(k, v),
            None => {
                let old = self.attrs.borrow_mut().insert(name.to_string(), v);
                if old.is_none() {
                    self.slots.borrow_mut().extra_added();
                }
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
                let old = self.attrs.borrow_mut().shift_remove_full(name);
                match old {
                    Some((j, _, _)) => {
                        self.slots.borrow_mut().extra_removed(j);
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
        if !slots.explicit {
            return (0..slots.prefix).filter_map(slot).collect();
        }
        let attrs = self.attrs.borrow();
        let mut extras = attrs.iter();
        slots
            .order
            .iter()
            .filter_map(|e| match e {
                Entry::Slot(k) => slot(*k),
                Entry::Extra => extras.next().map(|(k, v)| (k.clone(), v.clone())),
            })
            .collect()
    }
}

pub type Instance = Rc<InstanceObj>;

/// A function bound to the instance it was looked up on.
pub struct MethodObj {
    pub func: Value,
    pub recv: Value,
}

/// `property`, `classmethod` and `staticmethod` objects in a class body.
pub enum Descr {
    Property { get: Value, set: Value, del: Value },
    ClassMethod(Value),
    StaticMethod(Value),
}

/// `property(fget, fset, fdel)`, `classmethod(f)`, `staticmethod(f)`.
pub fn new_descr(kind: &str, args: &[Value]) -> PyResult<Value> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::None);
    let d = match kind {
        "property" => Descr::Property { get: arg(0), set: arg(1), del: arg(2) },
        "classmethod" => Descr::ClassMethod(arg(0)),
        _ => Descr::StaticMethod(arg(0)),
    };
    Ok(Value::Descr(Rc::new(d)))
}

/// A class attribute found by lookup, as seen from `recv` (an instance, or
/// the class itself when `recv` is None): functions and class methods bind.
fn resolve(found: Value, recv: &Value, class: &Class) -> PyResult<Value> {
    match &found {
        Value::Func(_) if !recv.is_none() => Ok(bind(found, recv)),
        Value::Native(ref n) if !recv.is_none() && crate::types::native::binds(n) => Ok(bind(found, recv)),
        Value::Descr(d) => match &**d {
            Descr::Property { get, .. } if !recv.is_none() => {
                if get.is_none() {
                    return Err(PyErr::new(&crate::object::exc::ATTRIBUTE_ERROR, "property has no getter"));
                }
                crate::types::func::call(get, vec![recv.clone()], &[])
            }
            Descr::ClassMethod(f) => Ok(bind(f.clone(), &Value::Class(class.clone()))),
            Descr::StaticMethod(f) => Ok(f.clone()),
            _ => Ok(found.clone()),
        },
        _ => Ok(found),
    }
}

/// `prop.setter(f)` and friends: a copy of the property with one function replaced.
pub fn descr_method(d: &Descr, name: &str, args: &[Value]) -> PyResult<Value> {
    let Descr::Property { get, set, del } = d else {
        return Err(PyErr::new(&crate::object::exc::ATTRIBUTE_ERROR, format!("object has no attribute '{name}'")));
    };
    let f = args.first().cloned().unwrap_or(Value::None);
    let (get, set, del) = match name {
        "getter" => (f, set.clone(), del.clone()),
        "setter" => (get.clone(), f, del.clone()),
        "deleter" => (get.clone(), set.clone(), f),
        _ => {
            return Err(PyErr::new(
                &crate::object::exc::ATTRIBUTE_ERROR,
                format!("'property' object has no attribute '{name}'"),
            ))
        }
    };
    Ok(Value::Descr(Rc::new(Descr::Property { get, set, del })))
}

/// `super()` inside a method of `class`, for `recv`.
pub struct SuperObj {
    pub class: Class,
    pub recv: Value,
}

impl std::fmt::Debug for ClassObj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<class '{}'>", self.qualname)
    }
}

/// The full MRO: the class, then the rest.
pub fn mro(c: &Class) -> Vec<Class> {
    let mut v = vec![c.clone()];
    v.extend(c.mro_rest.iter().cloned());
    v
}

/// `cls.__bases__` of a class or builtin type: `(object,)` when none is written.
pub fn bases_of(cls: &Value) -> Vec<Value> {
    let object = || Value::Type(&crate::object::exc::TYPE_OBJECT);
    match cls {
        Value::Class(c) if c.base_values.is_empty() => vec![object()],
        Value::Class(c) => c.base_values.clone(),
        Value::Type(t) => match t.base {
            Some(b) => vec![Value::Type(b)],
            None if std::ptr::eq(*t, &crate::object::exc::TYPE_OBJECT) => Vec::new(),
            None => vec![object()],
        },
        _ => Vec::new(),
    }
}

/// `cls.__mro__`, builtin classes included: the C3 linearization over
/// every base (user classes and builtin types alike) ending in `object`.
pub fn full_mro(cls: &Value) -> Vec<Value> {
    fn same(a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Class(x), Value::Class(y)) => Rc::ptr_eq(x, y),
            (Value::Type(x), Value::Type(y)) => std::ptr::eq(*x, *y),
            _ => false,
        }
    }
    let bases = bases_of(cls);
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(full_mro).collect();
    seqs.push(bases);
    let mut out = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return out;
        }
        // The class statement checked the user classes' order; a head that
        // is in no other tail exists unless builtin bases conflict, and then
        // the first head is as good an order as any.
        let head = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|h| !seqs.iter().any(|s| s[1..].iter().any(|x| same(x, h))))
            .unwrap_or_else(|| seqs[0][0].clone());
        for s in &mut seqs {
            if same(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// C3 linearization of `bases` (each with its own MRO), or None if there is none.
fn c3(bases: &[Class]) -> Option<Vec<Class>> {
    let mut seqs: Vec<Vec<Class>> = bases.iter().map(mro).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Class> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let head = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|h| !seqs.iter().any(|s| s[1..].iter().any(|x| Rc::ptr_eq(x, h))))?;
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// A `class` statement: its bases, namespace and keywords. With a
/// metaclass (`metaclass=M`, or inherited from a base) the class is made
/// by calling `M(name, bases, namespace, **keywords)`, as CPython does.
#[allow(clippy::too_many_arguments)]
pub fn class_statement(
    name: &str,
    qualname: &str,
    bases: Vec<Value>,
    names: &[&str],
    values: Vec<Value>,
    kw_names: &[&str],
    kw_values: Vec<Value>,
    layout: &[&str],
) -> PyResult<Value> {
    LAYOUT.with(|l| *l.borrow_mut() = layout.iter().map(|n| n.to_string()).collect());
    let mut kw: Vec<(String, Value)> = kw_names.iter().map(|n| n.to_string()).zip(kw_values).collect();
    let explicit = kw.iter().position(|(k, _)| k == "metaclass").map(|i| kw.remove(i).1);
    let mut meta: Option<Class> = match explicit {
        Some(Value::Class(m)) => Some(m),
        Some(Value::Type(t)) if t.name == "type" => None,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "pyaot supports only classes deriving from 'type' as metaclasses, not '{}'",
                crate::ops::repr::str(&other)
            )))
        }
        None => None,
    };
    // The most derived metaclass among the explicit one and the bases'.
    for b in &bases {
        if let Value::Class(c) = b {
            if let Some(m) = &c.meta {
                match &meta {
                    None => meta = Some(m.clone()),
                    Some(cur) if is_subclass(m, cur) => meta = Some(m.clone()),
                    Some(cur) if is_subclass(cur, m) => {}
                    Some(_) => {
                        return Err(PyErr::type_error(
                            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                        ))
                    }
                }
            }
        }
    }
    let mut dict: Namespace = names.iter().map(|n| n.to_string()).zip(values).collect();
    let Some(m) = meta else {
        return new_class_from(name, qualname, bases, dict, None, kw);
    };
    dict.insert("__qualname__".into(), Value::from_str(qualname));
    let ns = crate::types::dict::new();
    for (k, v) in dict {
        crate::types::dict::setitem(&ns, Value::from_str(&k), v)?;
    }
    let args = vec![Value::from_str(name), Value::Tuple(crate::types::tuple::new(bases)), Value::Dict(ns)];
    call_meta(&m, args, kw)
}

thread_local! {
    /// The layout the compiler computed for the `class` statement being
    /// run, taken by the class it makes (directly or through a metaclass).
    static LAYOUT: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// `M(name, bases, namespace, **kw)` for a metaclass `M`: its `__new__`
/// (else `type.__new__`), then its `__init__` when the result is an
/// instance of `M`.
fn call_meta(m: &Class, args: Vec<Value>, kw: Vec<(String, Value)>) -> PyResult<Value> {
    let kw_names: Vec<&str> = kw.iter().map(|(k, _)| k.as_str()).collect();
    let with_kw = |first: Value| {
        let mut all = vec![first];
        all.extend(args.iter().cloned());
        all.extend(kw.iter().map(|(_, v)| v.clone()));
        all
    };
    let cls = match lookup(m, "__new__") {
        Some(new) => crate::types::func::call(&unwrap_static(new), with_kw(Value::Class(m.clone())), &kw_names)?,
        None => type_new(with_kw(Value::Class(m.clone())), &kw_names)?,
    };
    if let Value::Class(c) = &cls {
        if c.meta.as_ref().is_some_and(|cm| is_subclass(cm, m)) {
            if let Some(init) = lookup(m, "__init__") {
                crate::types::func::call(&init, with_kw(cls.clone()), &kw_names)?;
            }
        }
    }
    Ok(cls)
}

/// A `staticmethod` object's function (`__new__` may be written either way).
fn unwrap_static(v: Value) -> Value {
    match &v {
        Value::Descr(d) => match &**d {
            Descr::StaticMethod(f) => f.clone(),
            _ => v,
        },
        _ => v,
    }
}

/// `type.__new__(mcs, name, bases, namespace, **kw)` (also `type(name,
/// bases, namespace)`): a class whose metaclass is `mcs`.
pub fn type_new(args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let n = args.len() - kw.len();
    if n != 4 {
        return Err(PyErr::type_error("type.__new__() takes exactly 3 arguments"));
    }
    let meta = match &args[0] {
        Value::Class(m) => Some(m.clone()),
        _ => None,
    };
    let name = match &args[1] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                crate::builtins::arg_type_name(other)
            )))
        }
    };
    let bases = match &args[2] {
        Value::Tuple(t) => t.items().to_vec(),
        other => {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                crate::builtins::arg_type_name(other)
            )))
        }
    };
    let mut dict = Namespace::default();
    match &args[3] {
        Value::Dict(d) => {
            for (k, v) in d.items_vec() {
                dict.insert(crate::ops::repr::str(&k), v);
            }
        }
        other => {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                crate::builtins::arg_type_name(other)
            )))
        }
    }
    let qualname = match dict.shift_remove("__qualname__") {
        Some(Value::Str(q)) => q.as_str().to_string(),
        _ => name.clone(),
    };
    let kw: Vec<(String, Value)> = kw.iter().map(|k| k.to_string()).zip(args[n..].iter().cloned()).collect();
    new_class_from(&name, &qualname, bases, dict, meta, kw)
}

/// `type(name, bases, namespace)`: a class made at run time (its
/// metaclass the most derived of the bases').
/// `type(name, bases, dict, **kw)`: `args` holds the three, then the
/// values of the keywords named in `kw`.
pub fn type_call3(args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let mut all = vec![Value::Type(&crate::object::exc::TYPE_TYPE)];
    all.extend(args);
    type_new(all, kw)
}

/// Whether `c` is `base` or derives from it.
pub fn is_subclass(c: &Class, base: &Class) -> bool {
    mro(c).iter().any(|k| Rc::ptr_eq(k, base))
}

/// Makes a class from its namespace: the C3 MRO, the implied
/// `__hash__ = None`, `__slots__` checks, abstract methods, then the
/// bases' `__init_subclass__` with the class keywords.
fn new_class_from(
    name: &str,
    qualname: &str,
    bases: Vec<Value>,
    mut dict: Namespace,
    meta: Option<Class>,
    kw: Vec<(String, Value)>,
) -> PyResult<Value> {
    if let [Value::Class(b)] = &bases[..] {
        if crate::stdlib::abc::is_named_tuple_base(b) {
            return crate::types::namedtuple::from_class(name, qualname, dict);
        }
    }
    let mut bs = Vec::new();
    let mut exc_bases: Vec<&'static crate::object::exc::TypeObj> = Vec::new();
    let mut is_meta = false;
    let base_values = bases.clone();
    for b in bases {
        match b {
            Value::Class(c) => {
                exc_bases.extend(c.exc_bases.iter().copied());
                is_meta |= c.is_meta;
                bs.push(c)
            }
            Value::Type(t) if t.name == "object" => {}
            Value::Type(t) if t.name == "type" => is_meta = true,
            Value::Type(t) if t.is_subclass(&crate::object::exc::BASE_EXCEPTION) => exc_bases.push(t),
            other => {
                return Err(PyErr::type_error(format!(
                    "pyaot does not support deriving a class from '{}' yet",
                    crate::ops::repr::str(&other)
                )))
            }
        }
    }
    let Some(rest) = c3(&bs) else {
        let names: Vec<&str> = bs.iter().map(|b| b.name).collect();
        return Err(PyErr::type_error(format!(
            "Cannot create a consistent method resolution order (MRO) for bases {}",
            names.join(", ")
        )));
    };
    // The most derived builtin base: one no other base derives from.
    let base_exc =
        exc_bases.iter().copied().find(|&t| !exc_bases.iter().any(|&o| !std::ptr::eq(o, t) && o.is_subclass(t)));
    // A class that defines `__eq__` and not `__hash__` is unhashable.
    if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
        dict.insert("__hash__".into(), Value::None);
    }
    if let Some(slots) = dict.get("__slots__") {
        for s in slot_names(slots)? {
            if dict.contains_key(&s) {
                return Err(PyErr::value_error(format!("'{s}' in __slots__ conflicts with class variable")));
            }
        }
    }
    // A metaclass inherited from the bases.
    let meta = meta.or_else(|| bs.iter().find_map(|b| b.meta.clone()));
    // The layout extends the first base's (instances of subclasses keep
    // the base's positions); one the compiler could not know is dropped.
    let proposed = LAYOUT.with(|l| std::mem::take(&mut *l.borrow_mut()));
    let base_layout: &[String] = bs.first().map_or(&[], |b| &b.layout);
    let layout = if proposed.starts_with(base_layout) && bs.len() <= 1 { proposed } else { base_layout.to_vec() };
    let hooks = ["__getattr__", "__getattribute__", "__setattr__", "__delattr__", "__slots__"];
    let direct = !layout.is_empty()
        && !hooks.iter().any(|h| dict.contains_key(*h) || rest.iter().any(|k| k.dict.borrow().contains_key(*h)))
        && !layout.iter().any(|n| {
            matches!(dict.get(n), Some(Value::Descr(_)))
                || rest.iter().any(|k| matches!(k.dict.borrow().get(n), Some(Value::Descr(_))))
        });
    if dict.contains_key("__del__") {
        note_finalizer("__del__");
    }
    let c = Rc::new(ClassObj {
        name: Box::leak(name.to_string().into_boxed_str()),
        qualname: qualname.to_string(),
        module: "__main__",
        bases: bs,
        base_values,
        mro_rest: rest,
        base_exc,
        exc_bases,
        dict: RefCell::new(dict),
        meta,
        is_meta,
        layout,
        direct,
    });
    crate::stdlib::abc::record_abstract(&c)?;
    // The nearest base's `__init_subclass__` (implicitly a class method).
    let kw_names: Vec<&str> = kw.iter().map(|(k, _)| k.as_str()).collect();
    let kw_values: Vec<Value> = kw.iter().map(|(_, v)| v.clone()).collect();
    match c.mro_rest.iter().find_map(|k| k.dict.borrow().get("__init_subclass__").cloned()) {
        Some(init) => {
            let f = match init {
                Value::Descr(d) => match &*d {
                    Descr::ClassMethod(f) => f.clone(),
                    _ => Value::None,
                },
                f => f,
            };
            let mut all = vec![Value::Class(c.clone())];
            all.extend(kw_values);
            crate::types::func::call(&f, all, &kw_names)?;
        }
        None if !kw.is_empty() => {
            return Err(PyErr::type_error(format!("{}.__init_subclass__() takes no keyword arguments", c.name)));
        }
        None => {}
    }
    Ok(Value::Class(c))
}

/// A class made by the runtime (`dataclasses.FrozenInstanceError`, `abc.ABC`).
pub fn runtime_class(
    module: &'static str,
    name: &'static str,
    base_exc: Option<&'static crate::object::exc::TypeObj>,
) -> Class {
    Rc::new(ClassObj {
        name,
        qualname: name.to_string(),
        module,
        bases: Vec::new(),
        base_values: base_exc.into_iter().map(Value::Type).collect(),
        mro_rest: Vec::new(),
        base_exc,
        exc_bases: base_exc.into_iter().collect(),
        dict: RefCell::new(Namespace::default()),
        meta: None,
        is_meta: false,
        layout: Vec::new(),
        direct: false,
    })
}

/// The names a `__slots__` value declares (a string or an iterable of them).
pub fn slot_names(v: &Value) -> PyResult<Vec<String>> {
    let items = match v {
        Value::Str(s) => return Ok(vec![s.as_str().to_string()]),
        other => crate::types::iter::collect(other)?,
    };
    items
        .into_iter()
        .map(|x| match x {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(PyErr::type_error(format!("__slots__ items must be strings, not '{}'", other.type_name()))),
        })
        .collect()
}

/// The attribute names instances of `c` may have, when every class of its
/// MRO declares `__slots__` (None: instances have a `__dict__`).
fn allowed_slots(c: &Class) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for k in mro(c) {
        let d = k.dict.borrow();
        let names = slot_names(d.get("__slots__")?).ok()?;
        if names.iter().any(|n| n == "__dict__") {
            return None;
        }
        out.extend(names);
    }
    Some(out)
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

fn bind(v: Value, recv: &Value) -> Value {
    match v {
        Value::Func(_) => Value::Method(Rc::new(MethodObj { func: v, recv: recv.clone() })),
        Value::Native(ref n) if crate::types::native::binds(n) => {
            Value::Method(Rc::new(MethodObj { func: v, recv: recv.clone() }))
        }
        other => other,
    }
}

fn no_attr(owner: &str, name: &str) -> PyErr {
    PyErr::new(&crate::object::exc::ATTRIBUTE_ERROR, format!("'{owner}' object has no attribute '{name}'"))
}

/// `v.name` for instances, classes and `super()` objects; None for other values.
pub fn getattr(v: &Value, name: &str) -> Option<PyResult<Value>> {
    Some(match v {
        // A named tuple: its fields, then its class's attributes; other
        // names fall through to the tuple methods.
        Value::Tuple(t) if t.class.is_some() => {
            let c = t.class.as_ref().unwrap();
            if name == "__class__" {
                return Some(Ok(Value::Class(c.clone())));
            }
            if let Some(x) = crate::types::namedtuple::field(t, c, name) {
                return Some(Ok(x));
            }
            return lookup(c, name).map(|x| resolve(x, v, c));
        }
        Value::Instance(i) => {
            if name == "__class__" {
                return Some(Ok(Value::Class(i.class.clone())));
            }
            if name == "__dict__" && allowed_slots(&i.class).is_none() {
                let d = crate::types::dict::new();
                // Attributes held in slots are not in the `__dict__`.
                let slotted: Vec<String> = mro(&i.class)
                    .iter()
                    .filter_map(|k| k.dict.borrow().get("__slots__").and_then(|s| slot_names(s).ok()))
                    .flatten()
                    .collect();
                for (k, x) in i.items().into_iter().filter(|(k, _)| !slotted.contains(k)) {
                    let _ = crate::types::dict::setitem(&d, Value::from_str(&k), x);
                }
                return Some(Ok(Value::Dict(d)));
            }
            if let Some(x) = i.get(name) {
                return Some(Ok(x));
            }
            if name == "__doc__" {
                return Some(Ok(i.class.dict.borrow().get("__doc__").cloned().unwrap_or(Value::None)));
            }
            match lookup(&i.class, name) {
                Some(x) => resolve(x, v, &i.class),
                None => match special(v, "__getattr__") {
                    Some(f) => crate::types::func::call(&f, vec![Value::from_str(name)], &[]),
                    None => Err(no_attr(i.class.name, name)),
                },
            }
        }
        Value::Exc(e) if e.class.is_some() => {
            let class = e.class.as_ref().unwrap();
            if name == "__class__" {
                return Some(Ok(Value::Class(class.clone())));
            }
            if let Some(x) = e.attrs.borrow().get(name) {
                return Some(Ok(x.clone()));
            }
            match lookup(class, name) {
                Some(x) => resolve(x, v, class),
                // The builtin attributes (`args`) and errors come from the caller.
                None => return None,
            }
        }
        Value::Class(c) => match name {
            "__name__" => Ok(Value::from_str(c.name)),
            "__qualname__" => Ok(Value::from_str(&c.qualname)),
            "__module__" => Ok(Value::from_str(c.module)),
            "__dict__" => {
                let d = crate::types::dict::new();
                for (k, x) in c.dict.borrow().iter() {
                    if let Err(e) = crate::types::dict::setitem(&d, Value::from_str(k), x.clone()) {
                        return Some(Err(e));
                    }
                }
                Ok(Value::Dict(d))
            }
            // Not inherited: a class without a docstring has None.
            "__doc__" => Ok(c.dict.borrow().get("__doc__").cloned().unwrap_or(Value::None)),
            "__mro__" => Ok(Value::Tuple(crate::types::tuple::new(full_mro(v)))),
            "__bases__" => Ok(Value::Tuple(crate::types::tuple::new(bases_of(v)))),
            "__base__" => Ok(bases_of(v).swap_remove(0)),
            _ => match lookup(c, name) {
                Some(x) => resolve(x, &Value::None, c),
                // The metaclass's attributes, methods bound to the class.
                None => match c.meta.as_ref().and_then(|m| lookup(m, name).map(|x| (m.clone(), x))) {
                    Some((m, x)) => resolve(x, v, &m),
                    None => Err(PyErr::new(
                        &crate::object::exc::ATTRIBUTE_ERROR,
                        format!("type object '{}' has no attribute '{name}'", c.name),
                    )),
                },
            },
        },
        Value::Descr(d) if matches!(**d, Descr::Property { .. }) && matches!(name, "getter" | "setter" | "deleter") => {
            Ok(Value::Method(Rc::new(MethodObj {
                func: crate::builtins::function(&format!("property.{name}")),
                recv: v.clone(),
            })))
        }
        Value::Super(s) => {
            // `super()` in a method of an instance, in a class method or
            // `__new__` (the receiver is a subclass), or in a metaclass's
            // method (the receiver is a class whose metaclass derives from it).
            let (full, bind_to) = match &s.recv {
                Value::Class(c) if is_subclass(c, &s.class) => (mro(c), Value::None),
                recv => (mro(&class_of(recv).expect("super() binds an instance")), recv.clone()),
            };
            let start = full.iter().position(|k| Rc::ptr_eq(k, &s.class)).map_or(full.len(), |p| p + 1);
            let method = |f: &str| {
                Ok(Value::Method(Rc::new(MethodObj { func: crate::builtins::function(f), recv: s.recv.clone() })))
            };
            match full[start..].iter().find_map(|k| k.dict.borrow().get(name).cloned().map(|x| (k.clone(), x))) {
                Some((_, x)) if name == "__new__" => Ok(unwrap_static(x)),
                Some((k, x)) if bind_to.is_none() => match &x {
                    Value::Descr(d) if matches!(**d, Descr::ClassMethod(_)) => resolve(
                        x,
                        &Value::None,
                        &match &s.recv {
                            Value::Class(c) => c.clone(),
                            _ => k,
                        },
                    ),
                    _ => Ok(x),
                },
                Some((k, x)) => resolve(x, &bind_to, &k),
                // Past the user classes: the builtin bases' methods.
                None => match name {
                    "__new__" if s.class.is_meta => Ok(crate::builtins::function("type.__new__")),
                    "__new__" => Ok(crate::builtins::function("object.__new__")),
                    "__init__" if matches!(s.recv, Value::Exc(_)) => method("BaseException.__init__"),
                    "__init__" if s.class.is_meta => method("type.__init__"),
                    "__init__" => method("object.__init__"),
                    "__call__" if s.class.is_meta => method("type.__call__"),
                    "__init_subclass__" => method("object.__init_subclass__"),
                    "__setattr__" | "__delattr__" | "__getattribute__" | "__repr__" | "__str__" | "__eq__"
                    | "__ne__" | "__hash__" => method(&format!("object.{name}")),
                    _ => Err(no_attr("super", name)),
                },
            }
        }
        _ => return None,
    })
}

/// `v.name = x` for instances and classes; None for other values.
pub fn setattr(v: &Value, name: &str, x: Value) -> Option<PyResult<()>> {
    if let Some(f) = special(v, "__setattr__") {
        return Some(crate::types::func::call(&f, vec![Value::from_str(name), x], &[]).map(|_| ()));
    }
    object_setattr(v, name, x)
}

/// `object.__setattr__(v, name, x)`: properties' setters, `__slots__`, the
/// instance's own attributes; None for values without attributes.
pub fn object_setattr(v: &Value, name: &str, x: Value) -> Option<PyResult<()>> {
    match v {
        Value::Instance(i) => {
            if let Some(Value::Descr(d)) = lookup(&i.class, name) {
                if let Descr::Property { set, .. } = &*d {
                    if set.is_none() {
                        return Some(Err(PyErr::new(
                            &crate::object::exc::ATTRIBUTE_ERROR,
                            format!("property '{name}' of '{}' object has no setter", i.class.name),
                        )));
                    }
                    return Some(crate::types::func::call(set, vec![v.clone(), x], &[]).map(|_| ()));
                }
            }
            if let Some(allowed) = allowed_slots(&i.class) {
                if !allowed.iter().any(|a| a == name) {
                    return Some(Err(no_attr(i.class.name, name)));
                }
            }
            i.set(name, x);
            Some(Ok(()))
        }
        Value::Class(c) => {
            note_finalizer(name);
            let old = c.dict.borrow_mut().insert(name.to_string(), x);
            drop(old);
            Some(Ok(()))
        }
        Value::Exc(e) => {
            let old = e.attrs.borrow_mut().insert(name.to_string(), x);
            drop(old);
            Some(Ok(()))
        }
        _ => None,
    }
}

/// `del v.name`.
pub fn delattr(v: &Value, name: &str) -> PyResult<()> {
    if let Some(f) = special(v, "__delattr__") {
        return crate::types::func::call(&f, vec![Value::from_str(name)], &[]).map(|_| ());
    }
    object_delattr(v, name)
}

/// `object.__delattr__(v, name)`.
pub fn object_delattr(v: &Value, name: &str) -> PyResult<()> {
    match v {
        Value::Instance(i) => {
            if let Some(Value::Descr(d)) = lookup(&i.class, name) {
                if let Descr::Property { del, .. } = &*d {
                    if del.is_none() {
                        return Err(PyErr::new(
                            &crate::object::exc::ATTRIBUTE_ERROR,
                            format!("property '{name}' of '{}' object has no deleter", i.class.name),
                        ));
                    }
                    return crate::types::func::call(del, vec![v.clone()], &[]).map(|_| ());
                }
            }
            if i.remove(name) {
                Ok(())
            } else {
                Err(no_attr(i.class.name, name))
            }
        }
        Value::Class(c) => match c.dict.borrow_mut().shift_remove(name) {
            Some(_) => Ok(()),
            None => Err(PyErr::new(
                &crate::object::exc::ATTRIBUTE_ERROR,
                format!("type object '{}' has no attribute '{name}'", c.name),
            )),
        },
        Value::Exc(e) => match e.attrs.borrow_mut().shift_remove(name) {
            Some(_) => Ok(()),
            None => Err(no_attr(crate::object::exc::exc_name(e), name)),
        },
        Value::Func(f) => match f.attrs.borrow_mut().shift_remove(name) {
            Some(_) => Ok(()),
            None => Err(no_attr("function", name)),
        },
        other => Err(no_attr(other.type_name(), name)),
    }
}

/// Calling a class: a new instance, initialised by `__init__`.
pub fn instantiate(c: &Class, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::abc::check_instantiable(c)?;
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
        None => bare_instance(c),
    };
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
    call_special(mgr, "__enter__", Vec::new()).expect("checked by with_exit")
}

/// The body raised `exc`: `__exit__(type, exc, traceback)`; true when it
/// suppresses the exception. (pyaot has no traceback objects: None.)
pub fn with_exit_exc(exit: &Value, exc: &Value) -> PyResult<bool> {
    let ty = crate::builtins::type_of(exc);
    let r = crate::types::func::call(exit, vec![ty, exc.clone(), Value::None], &[])?;
    crate::object::value::truthy_checked(&r)
}

/// The body finished (or left by `return`/`break`): `__exit__(None, None, None)`.
pub fn with_exit_none(exit: &Value) -> PyResult<()> {
    crate::types::func::call(exit, vec![Value::None, Value::None, Value::None], &[]).map(|_| ())
}

/// `object.__new__(cls)`: an instance without attributes.
pub fn bare_instance(c: &Class) -> Value {
    let slots = Slots { values: vec![None; c.layout.len()], ..Slots::default() };
    Value::Instance(Rc::new(InstanceObj {
        class: c.clone(),
        slots: RefCell::new(slots),
        attrs: RefCell::new(Namespace::default()),
        finalized: std::cell::Cell::new(false),
    }))
}

/// String equality that first tries the pointers (layout names and the
/// names compiled code passes are often the same constant).
#[inline(always)]
fn same_name(a: &str, b: &str) -> bool {
    a.len() == b.len() && (a.as_ptr() == b.as_ptr() || a.as_bytes() == b.as_bytes())
}

/// `obj.name` where the compiler knows `name` is at position `k` of the
/// layout of the class whose method reads it: one check, then the slot;
/// anything else (another class, a hook, an unset slot) takes the
/// general path.
#[inline]
pub fn get_slot(obj: &Value, k: usize, name: &str) -> PyResult<Value> {
    if let Value::Instance(i) = obj {
        if i.class.direct && i.class.layout.get(k).is_some_and(|n| same_name(n, name)) {
            if let Some(v) = &i.slots.borrow().values[k] {
                return Ok(v.clone());
            }
        }
    }
    crate::ops::methods::getattr(obj, name)
}

/// `obj.name = v`, as [`get_slot`].
#[inline]
pub fn set_slot(obj: &Value, k: usize, name: &str, v: Value) -> PyResult<()> {
    if let Value::Instance(i) = obj {
        if i.class.direct && i.class.layout.get(k).is_some_and(|n| same_name(n, name)) {
            i.set_slot(k, v);
            return Ok(());
        }
    }
    crate::ops::methods::setattr(obj, name, v)
}

/// Calling a class: its metaclass's `__call__` if it defines one, else
/// [`instantiate`].
pub fn call_class(c: &Class, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
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
pub fn call_special(v: &Value, name: &str, args: Vec<Value>) -> Option<PyResult<Value>> {
    special(v, name).map(|m| crate::types::func::call(&m, args, &[]))
}

/// `isinstance(v, cls)` for a user class.
pub fn is_instance(v: &Value, cls: &Class) -> bool {
    class_of(v).is_some_and(|c| mro(&c).iter().any(|k| Rc::ptr_eq(k, cls)))
}

/// `super()` in a method of `class` whose first argument is `recv`.
pub fn new_super(class: &Value, recv: &Value) -> PyResult<Value> {
    match (class, recv) {
        (Value::Class(c), Value::Instance(_) | Value::Exc(_) | Value::Class(_)) => {
            Ok(Value::Super(Rc::new(SuperObj { class: c.clone(), recv: recv.clone() })))
        }
        _ => Err(PyErr::type_error("super(type, obj): obj must be an instance or subtype of type")),
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

fn text_of(v: &Value, name: &str) -> Option<String> {
    let r = call_special(v, name, Vec::new())?;
    match r {
        Ok(Value::Str(s)) => Some(s.as_str().to_string()),
        Ok(other) => {
            let e = PyErr::type_error(format!("{name} returned non-string (type {})", other.type_name()));
            PENDING.with(|p| p.borrow_mut().get_or_insert(e).clone());
            Some(String::new())
        }
        Err(e) => {
            PENDING.with(|p| {
                p.borrow_mut().get_or_insert(e);
            });
            Some(String::new())
        }
    }
}

/// `repr(instance)`: its `__repr__`, else `<__main__.C object at 0x...>`.
pub fn repr_instance(v: &Value) -> String {
    if let Some(s) = text_of(v, "__repr__") {
        return s;
    }
    default_repr(v)
}

/// `object.__repr__(v)`.
pub fn default_repr(v: &Value) -> String {
    match v {
        Value::Instance(i) => format!("<{}.{} object at {:#x}>", i.class.module, i.class.qualname, v.id()),
        Value::Exc(e) => crate::object::exc::exc_repr(e),
        other => format!("<{} object at {:#x}>", other.type_name(), other.id()),
    }
}

/// `str(instance)`: its `__str__`, else its repr (an exception: its args).
pub fn str_instance(v: &Value) -> String {
    match (text_of(v, "__str__"), v) {
        (Some(s), _) => s,
        (None, Value::Exc(e)) => crate::object::exc::exc_str(e),
        (None, _) => repr_instance(v),
    }
}
