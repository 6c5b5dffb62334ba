//! pyaot-rt: the runtime every compiled Python program links against.
//!
//! It holds the one object model both backends share ([`value::Value`] and the
//! typed handles beside it), Python's semantics for every builtin type, the
//! exception machinery and the builtin functions. Generated code reaches it
//! through the safe Rust API re-exported from [`prelude`]; the Cranelift
//! backend will reach the same functions through a thin `extern "C"` layer.

pub mod builtins;
pub mod capi;
#[global_allocator]
static ALLOC: alloc::PyaotAlloc = alloc::PyaotAlloc;

pub mod abc;
pub mod alias;
pub mod alloc;
pub mod class;
pub mod complex;
pub mod copy;
pub mod dataclass;
pub mod bytearray;
pub mod bisect;
pub mod bytes;
pub mod bytes_text;
pub mod deque;
pub mod dict;
pub mod dictkind;
pub mod dicttable;
pub mod display;
pub mod exc;
pub mod float;
pub mod fmt;
pub mod func;
pub mod gen;
pub mod functools;
pub mod global;
pub mod hash;
pub mod heapq;
pub mod int;
pub mod io;
pub mod iter;
pub mod itertools;
pub mod list;
pub mod math;
pub mod loader;
pub mod methods;
pub mod module;
pub mod module_names;
pub mod arity_table;
pub mod namedtuple;
pub mod native;
pub mod mint;
pub mod ops;
pub mod pattern;
pub mod program;
pub mod random;
pub mod range;
pub mod repr;
pub mod set;
pub mod slice;
pub mod str;
pub mod sys;
pub mod time;
pub mod tuple;
pub mod unicode;
pub mod unicode_tables;
pub mod value;

/// Everything generated code names, in one import.
pub mod prelude {
    pub use crate::dict::Dict;
    pub use crate::exc::{Frame, Located, PyErr, PyResult};
    pub use crate::int::Int;
    pub use crate::iter::PyIter;
    pub use crate::list::List;
    pub use crate::range::Range;
    pub use crate::set::Set;
    pub use crate::str::Str;
    pub use crate::value::IntoValue;
    pub use crate::tuple::Tuple;
    pub use crate::value::Value;
}
