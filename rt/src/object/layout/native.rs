//! The layouts of the runtime's other objects (`NotImplemented`, slices,
//! complex numbers, standard streams...) and the slots of native types
//! defined above the types layer ([`NativeType`]).

use std::rc::Rc;

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;

pub enum NativeObj {
    /// `NotImplemented`, returned by special methods that do not handle
    /// an operand (`types::native::not_implemented`).
    NotImplemented,
    /// `...`.
    Ellipsis,
    /// An object of a type defined above this layer (a standard-library
    /// module's: `functools.partial`, `dataclasses.Field`), reached through
    /// its slots.
    Ext(Box<dyn NativeType>),
    /// A `typing` hint (`typing.Optional[int]`, `~T`): `stdlib/typing.rs`.
    Hint(Hint),
    /// A method of a builtin type bound to its receiver (`getattr(s, "upper")`).
    BoundMethod { recv: Value, name: String },
    /// A method of a builtin type taken from the type (`str.upper`): called
    /// with the receiver first.
    UnboundMethod { ty: &'static str, name: String },
    /// `sys.stdin`, `sys.stdout`, `sys.stderr` (`types/stream.rs`).
    Stream(Stream),
    /// A `slice` object: start, stop, step (`types/slice.rs`).
    Slice([Value; 3]),
    /// `list[int]`: a `types.GenericAlias` (`types/alias.rs`).
    Alias { origin: Value, args: Vec<Value> },
    /// `int | None`: a `types.UnionType` of its members (`types/alias.rs`).
    Union(Vec<Value>),
    /// A complex number: real and imaginary parts (`types/complex.rs`).
    Complex(f64, f64),
    /// `object()`: a bare object, equal only to itself (a sentinel).
    Object,
    /// A `weakref.ref` (`object/weakref.rs`, `types/weakref.rs`).
    WeakRef(crate::object::weakref::WeakRef),
}

pub type Native = Rc<NativeObj>;

/// A `typing` hint: its name as its repr starts (`typing.List`, `~T`,
/// `ForwardRef('X')`) and, once subscripted, its arguments.
pub struct Hint {
    pub name: String,
    pub args: Option<Vec<Value>>,
}

impl Hint {
    /// `type(hint).__name__`.
    pub fn type_name(&self) -> &'static str {
        match (&self.args, self.name.as_str()) {
            (_, n) if n.starts_with('~') => "typing.TypeVar",
            (None, "typing.Union" | "typing.Optional" | "typing.Literal" | "typing.ClassVar" | "typing.Final") => {
                "typing._SpecialForm"
            }
            (Some(_), "typing.Union") => "typing._UnionGenericAlias",
            (Some(_), "typing.Literal") => "typing._LiteralGenericAlias",
            (Some(_), "typing.Annotated") => "typing._AnnotatedAlias",
            _ => "typing._GenericAlias",
        }
    }
}

/// The slots of a native type defined above the types layer: a
/// standard-library module defines its objects' type in its own file and
/// implements this, and the runtime reaches them through
/// [`NativeObj::Ext`] without naming the module. Every slot but the name
/// has the default of a plain object.
pub trait NativeType: std::any::Any {
    /// `type(x).__name__` as CPython prints it.
    fn type_name(&self) -> &'static str;
    /// `repr(x)`; `me` is the object itself (for its id).
    fn repr(&self, me: &Value) -> String {
        format!("<{} object at {:#x}>", self.type_name(), me.id())
    }
    /// Whether `x(...)` is allowed ([`NativeType::call`] answers it).
    fn callable(&self) -> bool {
        false
    }
    /// `x(*args)`, the keyword arguments' values last, named by `kw`.
    fn call(&self, me: &Value, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
        let _ = (me, args, kw);
        Err(PyErr::type_error(format!("'{}' object is not callable", self.type_name())))
    }
    /// `x.name`; None when the object has no such attribute.
    fn getattr(&self, me: &Value, name: &str) -> Option<PyResult<Value>> {
        let _ = (me, name);
        None
    }
    /// `x.name = value`; None when the object takes no attributes.
    fn setattr(&self, me: &Value, name: &str, value: Value) -> Option<PyResult<()>> {
        let _ = (me, name, value);
        None
    }
    /// `del x.name`; None when the object takes no attributes.
    fn delattr(&self, me: &Value, name: &str) -> Option<PyResult<()>> {
        let _ = (me, name);
        None
    }
    /// `dir(x)` when the object lists its own attributes.
    fn dir(&self) -> Option<PyResult<Vec<Value>>> {
        None
    }
    /// `x.name(*args)` of a method the type defines, called without
    /// making a bound method first; None when it has no such method.
    fn method(&self, me: &Value, name: &str, args: &[Value], kw: &[&str]) -> Option<PyResult<Value>> {
        let _ = (me, name, args, kw);
        None
    }
    /// `x[key]`; None when the type is not subscriptable.
    fn getitem(&self, me: &Value, key: &Value) -> Option<PyResult<Value>> {
        let _ = (me, key);
        None
    }
    /// Whether, as a class attribute, it binds to instances as functions do.
    fn binds(&self) -> bool {
        false
    }
    /// The items of an object that is a named tuple (`cache_info()`), for
    /// equality, indexing and unpacking as a tuple.
    fn tuple_items(&self) -> Option<Vec<Value>> {
        None
    }
    /// `x == y` against another value; None when this type compares by
    /// identity (or not against it).
    fn eq(&self, other: &Value) -> Option<PyResult<bool>> {
        let _ = other;
        None
    }
    /// `x < y` (and the others) against another value; None when this type
    /// does not order against it.
    fn compare(&self, other: &Value, op: crate::object::op::CmpOp) -> Option<PyResult<bool>> {
        let _ = (other, op);
        None
    }
}

/// Which standard stream a `sys.stdin`/`sys.stdout`/`sys.stderr` object is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
}

/// `type(x).__name__` of a native object.
pub fn type_name(n: &NativeObj) -> &'static str {
    match n {
        NativeObj::NotImplemented => "NotImplementedType",
        NativeObj::Ellipsis => "ellipsis",
        NativeObj::Ext(x) => x.type_name(),
        NativeObj::Hint(h) => h.type_name(),
        NativeObj::BoundMethod { .. } => "builtin_function_or_method",
        NativeObj::UnboundMethod { .. } => "method_descriptor",
        NativeObj::Stream(_) => "_io.TextIOWrapper",
        NativeObj::Slice(_) => "slice",
        NativeObj::Alias { .. } => "types.GenericAlias",
        NativeObj::Union(_) => "types.UnionType",
        NativeObj::Complex(..) => "complex",
        NativeObj::Object => "object",
        NativeObj::WeakRef(_) => "weakref.ReferenceType",
    }
}
