//! pyaot-rt: the runtime every compiled Python program links against.
//!
//! It holds the one object model both backends share ([`object::value::Value`] and the
//! typed handles beside it), Python's semantics for every builtin type, the
//! exception machinery and the builtin functions. Generated code reaches it
//! through the safe Rust API re-exported from [`prelude`]; the Cranelift
//! backend reaches the same functions through the C ABI in [`abi`].

#[global_allocator]
static ALLOC: object::alloc::PyaotAlloc = object::alloc::PyaotAlloc;

// The layers, bottom to top (see ARCHITECTURE.md, "The runtime's layers").
pub mod abi;
pub mod builtins;
pub mod object;
pub mod ops;
pub mod stdlib;
pub mod types;

/// Fills the object protocol ([`object::protocol`]) with the generic
/// operations of the layers above; `abi::program::run` calls it first.
pub fn install() {
    object::protocol::install(|| object::protocol::Protocol {
        write_repr: ops::repr::write_repr,
        write_str: ops::repr::write_str,
        eq: ops::eq,
        compare: ops::compare,
        binary: ops::binary,
        hash: ops::hash::hash,
        getitem: ops::getitem,
        len: |v| ops::len(v).map(object::value::Value::from_int),
        getattr: ops::methods::getattr,
        setattr: ops::methods::setattr,
        call_method: ops::methods::call,
        call_builtin: stdlib::call_named,
        isinstance: builtins::isinstance,
        call_special: |v, name, args| types::class::call_special(v, name, || args),
        has_special: |v, name| types::class::special(v, name).is_some(),
        module_getattr: stdlib::getattr,
        format: ops::fmt::format,
        finalize: types::class::finalize,
        call_unraisable: types::class::call_unraisable,
    });
}

/// Everything generated code names, in one import.
/// A traceback position, as compiled code spells it (`rt::pos(...)`).
pub use object::exc::pos;

pub mod prelude {
    pub use crate::object::exc::{Frame, Located, PyErr, PyResult};
    pub use crate::object::value::IntoValue;
    pub use crate::object::value::Value;
    pub use crate::types::dict::Dict;
    pub use crate::types::int::Int;
    pub use crate::types::iter::PyIter;
    pub use crate::types::list::List;
    pub use crate::types::range::Range;
    pub use crate::types::set::Set;
    pub use crate::types::str::Str;
    pub use crate::types::tuple::Tuple;
}
