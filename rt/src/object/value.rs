//! The dynamic value: what a Python variable holds when inference could not
//! give it one static type.
//!
//! `Value` is a two-word enum. Scalars (`None`, `bool`, machine-sized `int`,
//! `float`) live inline, so the dynamic path never allocates for them; every
//! other object is a reference-counted handle (`Rc`), whose `Clone` and `Drop`
//! are Python's incref and decref. Statically typed code uses the handles
//! directly (`Str`, `List`, `Int`, `f64`, ...) and wraps them into a `Value`
//! only where a value flows into dynamic code.

use std::rc::Rc;

use crate::object::layout::bigint::BigInt;

use crate::object::exc::{self, PyErr, PyResult};
use crate::object::layout::dict::Dict;
use crate::object::layout::int::Int;
use crate::object::layout::iter::PyIter;
use crate::object::layout::list::List;
use crate::object::layout::range::Range;
use crate::object::layout::set::Set;
use crate::object::layout::str::Str;
use crate::object::layout::tuple::Tuple;

/// `repr(u64)` fixes the layout the C ABI relies on (see `capi`): all-zero
/// bits are `None`, the tag is a whole word and every payload sits at
/// offset 8. (With a byte tag, `Bool`'s payload sat at offset 1, so every
/// move of a `Value` copied bytes 1..8 as overlapping pieces, which stalled
/// the store forwarding of the move before it: 15% of a dict-heavy loop.)
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    // The tags of these variants are read by Cranelift-compiled code
    // (`compiler/src/backend/clif/abi.rs`); `capi`'s tests pin them.
    #[default]
    None = 0,
    Bool(bool) = 1,
    Int(i64) = 2,
    Big(Rc<BigInt>) = 3,
    Float(f64) = 4,
    Str(Str) = 5,
    Bytes(crate::object::layout::bytes::Bytes) = 6,
    List(List) = 7,
    Tuple(Tuple),
    Dict(Dict),
    Set(Set),
    Range(Range),
    Iter(PyIter),
    View(crate::object::layout::dict::View),
    Exc(exc::Exc),
    /// A builtin type or exception class used as a value (`type(x)`, `int`).
    Type(&'static exc::TypeObj),
    /// A function value (`rt/src/types/func.rs`).
    Func(crate::object::layout::func::Func),
    /// A closure cell, only ever passed to `func::make`.
    Cell(crate::object::layout::func::Cell),
    /// A builtin function used as a value (`key=len`): its name, by a thin
    /// reference into the runtime's table (a `Value` stays two words).
    Builtin(&'static &'static str),
    /// A user-defined class and its instances (`rt/src/types/class.rs`).
    Class(crate::object::layout::class::Class),
    Instance(crate::object::layout::class::Instance),
    /// A method bound to its instance.
    Method(Rc<crate::object::layout::class::MethodObj>),
    Super(Rc<crate::object::layout::class::SuperObj>),
    /// A `property`, `classmethod` or `staticmethod` object.
    Descr(Rc<crate::object::layout::class::Descr>),
    /// A generator (`rt/src/types/gen.rs`).
    Gen(crate::object::layout::gen::Gen),
    /// A mutable byte string (`rt/src/types/bytearray.rs`).
    ByteArray(crate::object::layout::bytes::ByteArray),
    /// A standard-library module (`import sys`).
    Module(&'static pyaot_registry::modules::Module),
    /// An object of a module the runtime implements (`functools.partial`,
    /// ...) or `NotImplemented` (`rt/src/types/native.rs`).
    Native(crate::object::layout::native::Native),
    /// `collections.deque` (`rt/src/types/deque.rs`).
    Deque(crate::object::layout::deque::Deque),
}

// Two words: compiled code keeps values in 16-byte slots (`capi`).
const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl Value {
    /// Whether the payload is an `Rc` (at offset 8). Exhaustive on
    /// purpose: a new variant must say which kind it is.
    #[inline(always)]
    fn holds_rc(&self) -> bool {
        match self {
            Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Type(_)
            | Value::Builtin(_)
            | Value::Module(_) => false,
            Value::Big(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Range(_)
            | Value::Iter(_)
            | Value::View(_)
            | Value::Exc(_)
            | Value::Func(_)
            | Value::Cell(_)
            | Value::Class(_)
            | Value::Instance(_)
            | Value::Method(_)
            | Value::Super(_)
            | Value::Descr(_)
            | Value::Gen(_)
            | Value::ByteArray(_)
            | Value::Native(_)
            | Value::Deque(_) => true,
        }
    }
}

/// Cloning is a bit copy, plus one more strong reference when the payload
/// is an `Rc`: one inlined test and increment instead of a call through a
/// match of every variant (values are cloned everywhere).
impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.holds_rc() {
            // SAFETY: the payload is an `Rc<T>` at offset 8 (`repr(u64)`),
            // a pointer to its allocation, which starts with the strong
            // count (`RcInner` is `repr(C)`; `capi`'s tests pin it, and
            // Cranelift-compiled code relies on it too). The count cannot
            // overflow: that many values would not fit in memory.
            unsafe {
                let rc = *((self as *const Value as *const u8).add(8) as *const *const std::cell::Cell<usize>);
                (*rc).set((*rc).get() + 1);
            }
        }
        // SAFETY: the copy owns the reference counted above (or nothing).
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// How many references hold the object (`sys.getrefcount`); `None`
    /// for a value that is no counted object (numbers, None, static types
    /// and modules: copied, never shared).
    pub fn refcount(&self) -> Option<usize> {
        if !self.holds_rc() {
            return None;
        }
        // SAFETY: as in `clone`: the payload is an `Rc` whose allocation
        // starts with the strong count.
        unsafe {
            let rc = *((self as *const Value as *const u8).add(8) as *const *const std::cell::Cell<usize>);
            Some((*rc).get())
        }
    }

    /// The name `type(v).__name__` gives.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::Big(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::List(_) => "list",
            Value::Tuple(t) => t.class.as_ref().map_or("tuple", |c| c.name),
            Value::Dict(d) => crate::object::layout::dict::type_name(d.kind),
            Value::Set(s) if s.frozen => "frozenset",
            Value::Set(_) => "set",
            Value::Range(_) => "range",
            Value::Iter(it) => it.type_name(),
            Value::View(v) => v.type_name(),
            Value::Exc(e) => crate::object::exc::exc_name(e),
            Value::Type(_) => "type",
            Value::Func(_) => "function",
            Value::Builtin(_) => "builtin_function_or_method",
            Value::Class(c) => c.meta.as_ref().map_or("type", |m| m.name),
            Value::Instance(i) => i.class.name,
            Value::Method(_) => "method",
            Value::Super(_) => "super",
            Value::Descr(d) => match &**d {
                crate::object::layout::class::Descr::Property { .. } => "property",
                crate::object::layout::class::Descr::ClassMethod(_) => "classmethod",
                crate::object::layout::class::Descr::StaticMethod(_) => "staticmethod",
            },
            Value::Cell(_) => "cell",
            Value::Module(_) => "module",
            Value::ByteArray(_) => "bytearray",
            Value::Gen(_) => "generator",
            Value::Native(n) => crate::object::layout::native::type_name(n),
            Value::Deque(_) => "collections.deque",
        }
    }

    /// Python truthiness (`bool(v)`).
    #[inline]
    pub fn truthy(&self) -> bool {
        match self {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Big(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.bytes().is_empty(),
            Value::Bytes(b) => !b.data.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Deque(d) => !d.is_empty(),
            Value::Tuple(t) => !t.items().is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::View(v) => !v.dict.is_empty(),
            Value::Iter(_) | Value::Exc(_) | Value::Type(_) | Value::Func(_) | Value::Cell(_) | Value::Builtin(_) => {
                true
            }
            Value::Instance(i) => i.base.as_ref().is_none_or(|b| b.truthy()),
            Value::Class(_) | Value::Method(_) | Value::Super(_) | Value::Descr(_) => true,
            Value::Native(n) => {
                !matches!(**n, crate::object::layout::native::NativeObj::Complex(re, im) if re == 0.0 && im == 0.0)
            }
            Value::Module(_) | Value::Gen(_) => true,
            Value::ByteArray(b) => !b.data.borrow().is_empty(),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Python's `is`: identity for heap objects, value identity for the
    /// inline scalars (which are immutable, so no program can tell).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Big(a), Value::Big(b)) => Rc::ptr_eq(a, b),
            (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b),
            (Value::Bytes(a), Value::Bytes(b)) => Rc::ptr_eq(a, b),
            (Value::List(a), Value::List(b)) => Rc::ptr_eq(a, b),
            (Value::Tuple(a), Value::Tuple(b)) => Rc::ptr_eq(a, b),
            (Value::Dict(a), Value::Dict(b)) => Rc::ptr_eq(a, b),
            (Value::Set(a), Value::Set(b)) => Rc::ptr_eq(a, b),
            (Value::Range(a), Value::Range(b)) => Rc::ptr_eq(a, b),
            (Value::Iter(a), Value::Iter(b)) => Rc::ptr_eq(a, b),
            (Value::View(a), Value::View(b)) => Rc::ptr_eq(a, b),
            (Value::Exc(a), Value::Exc(b)) => Rc::ptr_eq(a, b),
            (Value::Type(a), Value::Type(b)) => std::ptr::eq(*a, *b),
            (Value::Func(a), Value::Func(b)) => Rc::ptr_eq(a, b),
            (Value::Cell(a), Value::Cell(b)) => Rc::ptr_eq(a, b),
            (Value::Builtin(a), Value::Builtin(b)) => a == b,
            (Value::Module(a), Value::Module(b)) => std::ptr::eq(*a, *b),
            (Value::Native(a), Value::Native(b)) => Rc::ptr_eq(a, b),
            (Value::ByteArray(a), Value::ByteArray(b)) => Rc::ptr_eq(a, b),
            (Value::Deque(a), Value::Deque(b)) => Rc::ptr_eq(a, b),
            (Value::Gen(a), Value::Gen(b)) => Rc::ptr_eq(a, b),
            (Value::Class(a), Value::Class(b)) => Rc::ptr_eq(a, b),
            (Value::Instance(a), Value::Instance(b)) => Rc::ptr_eq(a, b),
            (Value::Method(a), Value::Method(b)) => Rc::ptr_eq(a, b),
            (Value::Super(a), Value::Super(b)) => Rc::ptr_eq(a, b),
            (Value::Descr(a), Value::Descr(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// `id(v)`: the address of the object, or a stable number for scalars.
    pub fn id(&self) -> i64 {
        fn addr<T: ?Sized>(r: &Rc<T>) -> i64 {
            Rc::as_ptr(r) as *const u8 as usize as i64
        }
        match self {
            Value::None => 0x1000,
            Value::Bool(b) => 0x1010 + *b as i64 * 16,
            Value::Int(i) => 0x10_0000_0000 + i.wrapping_mul(32),
            Value::Float(f) => 0x20_0000_0000 + (f.to_bits() >> 12) as i64,
            Value::Big(r) => addr(r),
            Value::Str(r) => addr(r),
            Value::Bytes(r) => addr(r),
            Value::List(r) => addr(r),
            Value::Tuple(r) => addr(r),
            Value::Dict(r) => addr(r),
            Value::Set(r) => addr(r),
            Value::Range(r) => addr(r),
            Value::Iter(r) => addr(r),
            Value::View(r) => addr(r),
            Value::Exc(r) => addr(r),
            Value::Type(t) => *t as *const exc::TypeObj as usize as i64,
            Value::Func(r) => addr(r),
            Value::Cell(r) => addr(r),
            Value::Builtin(n) => *n as *const &str as usize as i64,
            Value::Module(m) => *m as *const pyaot_registry::modules::Module as usize as i64,
            Value::Native(r) => addr(r),
            Value::ByteArray(r) => addr(r),
            Value::Deque(r) => addr(r),
            Value::Gen(r) => addr(r),
            Value::Class(r) => addr(r),
            Value::Instance(r) => addr(r),
            Value::Method(r) => addr(r),
            Value::Super(r) => addr(r),
            Value::Descr(r) => addr(r),
        }
    }

    // ---- conversions from static representations -------------------------

    #[inline]
    pub fn from_int(i: Int) -> Value {
        match i {
            Int::Small(v) => Value::Int(v),
            Int::Big(b) => Value::Big(b),
        }
    }

    #[allow(clippy::should_implement_trait)] // infallible, unlike `FromStr`
    pub fn from_str(s: &str) -> Value {
        Value::Str(crate::object::layout::str::new(s))
    }

    // ---- conversions to static representations ---------------------------
    //
    // Inference guarantees the kind where these are used on statically typed
    // paths; a mismatch there is a compiler bug, reported as SystemError.

    #[inline]
    pub fn into_int(self) -> PyResult<Int> {
        match self {
            Value::Int(v) => Ok(Int::Small(v)),
            Value::Big(b) => Ok(Int::Big(b)),
            Value::Bool(b) => Ok(Int::Small(b as i64)),
            other => index_of_object(&other),
        }
    }
    #[inline]
    pub fn to_int(&self) -> PyResult<Int> {
        self.clone().into_int()
    }
    #[inline]
    pub fn to_f64(&self) -> PyResult<f64> {
        match self {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Big(b) => crate::object::layout::int::big_to_f64(b),
            Value::Bool(b) => Ok(*b as i64 as f64),
            other => float_of_object(other),
        }
    }
    #[inline]
    pub fn to_bool(&self) -> PyResult<bool> {
        match self {
            Value::Bool(b) => Ok(*b),
            other => Err(internal("bool", other)),
        }
    }
    #[inline]
    pub fn to_unit(&self) -> PyResult<()> {
        match self {
            Value::None => Ok(()),
            other => Err(internal("None", other)),
        }
    }
    #[inline]
    pub fn to_str(&self) -> PyResult<Str> {
        match self {
            Value::Str(s) => Ok(s.clone()),
            other => Err(internal("str", other)),
        }
    }
    #[inline]
    pub fn to_list(&self) -> PyResult<List> {
        match self {
            Value::List(l) => Ok(l.clone()),
            other => Err(internal("list", other)),
        }
    }
    #[inline]
    pub fn to_tuple(&self) -> PyResult<Tuple> {
        match self {
            Value::Tuple(t) => Ok(t.clone()),
            other => Err(internal("tuple", other)),
        }
    }
    #[inline]
    pub fn to_dict(&self) -> PyResult<Dict> {
        match self {
            Value::Dict(d) => Ok(d.clone()),
            other => Err(internal("dict", other)),
        }
    }
    #[inline]
    pub fn to_set(&self) -> PyResult<Set> {
        match self {
            Value::Set(s) if !s.frozen => Ok(s.clone()),
            other => Err(internal("set", other)),
        }
    }
    #[inline]
    pub fn to_range(&self) -> PyResult<Range> {
        match self {
            Value::Range(r) => Ok(r.clone()),
            other => Err(internal("range", other)),
        }
    }
    #[inline]
    pub fn to_iter(&self) -> PyResult<PyIter> {
        match self {
            Value::Iter(r) => Ok(r.clone()),
            other => Err(internal("iterator", other)),
        }
    }
}

/// An int argument that is not an int: an object's `__index__`, or
/// CPython's TypeError for objects without one.
#[cold]
#[inline(never)]
fn index_of_object(v: &Value) -> PyResult<Int> {
    if let Some(r) = crate::object::protocol::call_special(v, "__index__", Vec::new) {
        let r = r?;
        return match r {
            Value::Int(_) | Value::Big(_) | Value::Bool(_) => r.into_int(),
            other => Err(PyErr::type_error(format!("__index__ returned non-int (type {})", other.type_name()))),
        };
    }
    // An instance of a class deriving from `int`: its value.
    if let Value::Instance(i) = v {
        if let Some(b @ (Value::Int(_) | Value::Big(_))) = &i.base {
            return b.to_int();
        }
    }
    Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name())))
}

/// A float argument that is not a number: an object's `__float__` (or
/// `__index__`), or CPython's TypeError.
#[cold]
#[inline(never)]
fn float_of_object(v: &Value) -> PyResult<f64> {
    if let Some(r) = crate::object::protocol::call_special(v, "__float__", Vec::new) {
        return match r? {
            Value::Float(f) => Ok(f),
            other => Err(PyErr::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.type_name(),
                other.type_name()
            ))),
        };
    }
    if let Some(r) = crate::object::protocol::call_special(v, "__index__", Vec::new) {
        return r?.to_int()?.to_f64();
    }
    // An instance of a class deriving from `int` or `float`: its value.
    if let Value::Instance(i) = v {
        if let Some(b @ (Value::Int(_) | Value::Big(_) | Value::Float(_))) = &i.base {
            return b.to_f64();
        }
    }
    Err(PyErr::type_error(format!("must be real number, not {}", v.type_name())))
}

#[cold]
#[inline(never)]
fn internal(want: &str, got: &Value) -> PyErr {
    PyErr::new(&exc::SYSTEM_ERROR, format!("pyaot internal error: expected {want}, found {}", got.type_name()))
}

/// Conversion of a statically typed value into a `Value` (boxing).
pub trait IntoValue {
    fn into_value(self) -> Value;
}

impl IntoValue for Value {
    #[inline]
    fn into_value(self) -> Value {
        self
    }
}
impl IntoValue for crate::object::layout::func::Cell {
    #[inline]
    fn into_value(self) -> Value {
        Value::Cell(self)
    }
}

impl IntoValue for Int {
    #[inline]
    fn into_value(self) -> Value {
        Value::from_int(self)
    }
}
impl IntoValue for f64 {
    #[inline]
    fn into_value(self) -> Value {
        Value::Float(self)
    }
}
impl IntoValue for bool {
    #[inline]
    fn into_value(self) -> Value {
        Value::Bool(self)
    }
}
impl IntoValue for () {
    #[inline]
    fn into_value(self) -> Value {
        Value::None
    }
}
impl IntoValue for Str {
    #[inline]
    fn into_value(self) -> Value {
        Value::Str(self)
    }
}
impl IntoValue for List {
    #[inline]
    fn into_value(self) -> Value {
        Value::List(self)
    }
}
impl IntoValue for Tuple {
    #[inline]
    fn into_value(self) -> Value {
        Value::Tuple(self)
    }
}
impl IntoValue for Dict {
    #[inline]
    fn into_value(self) -> Value {
        Value::Dict(self)
    }
}
impl IntoValue for Set {
    #[inline]
    fn into_value(self) -> Value {
        Value::Set(self)
    }
}
impl IntoValue for Range {
    #[inline]
    fn into_value(self) -> Value {
        Value::Range(self)
    }
}
impl IntoValue for PyIter {
    #[inline]
    fn into_value(self) -> Value {
        Value::Iter(self)
    }
}

/// `bool(v)`.
/// `bool(v)` where a user `__bool__`/`__len__` may run (and raise).
pub fn truthy_checked(v: &Value) -> PyResult<bool> {
    // Values of builtin types decide by themselves: no hook to look for.
    if matches!(
        v,
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Big(_) | Value::Float(_) | Value::Str(_) | Value::List(_)
    ) {
        return Ok(v.truthy());
    }
    if let Some(r) = crate::object::protocol::call_special(v, "__bool__", Vec::new) {
        return match r? {
            Value::Bool(b) => Ok(b),
            other => Err(PyErr::type_error(format!("__bool__ should return bool, returned {}", other.type_name()))),
        };
    }
    if crate::object::protocol::has_special(v, "__len__") {
        // `len()`'s checks apply (a negative length is a ValueError).
        return Ok(crate::object::protocol::len(v)?.truthy());
    }
    Ok(v.truthy())
}

pub fn truthy(v: &Value) -> bool {
    v.truthy()
}

/// `a is b`.
pub fn is(a: &Value, b: &Value) -> bool {
    a.is(b)
}
