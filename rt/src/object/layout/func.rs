//! The layouts of functions and of the cells closures share.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::exc::PyResult;
use crate::object::gc::GcHead;
use crate::object::value::Value;

/// A variable shared between a function and the closures defined in it.
/// `None` until first assigned. It derefs to its `RefCell`.
#[derive(Default)]
pub struct CellObj {
    pub gc: GcHead,
    pub value: RefCell<Option<Value>>,
}

impl std::ops::Deref for CellObj {
    type Target = RefCell<Option<Value>>;
    fn deref(&self) -> &Self::Target {
        &self.value
    }
}

pub type Cell = Rc<CellObj>;

/// A parameter's kind, as written in the `def`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    PositionalOnly,
    Normal,
    VarArgs,
    KeywordOnly,
    VarKw,
}

impl Kind {
    /// The one-letter code the compiler passes: `p`, `n`, `a`, `k`, `w`.
    pub fn from_code(c: char) -> Kind {
        match c {
            'p' => Kind::PositionalOnly,
            'a' => Kind::VarArgs,
            'k' => Kind::KeywordOnly,
            'w' => Kind::VarKw,
            _ => Kind::Normal,
        }
    }
}

/// Compiled code behind a function value; it receives the bound arguments.
#[derive(Clone, Copy)]
pub enum Code {
    /// From the Rust backend.
    Rust(fn(&FuncObj, Vec<Value>) -> PyResult<Value>),
    /// From the Cranelift backend: (function, arguments, count, result) -> error word.
    C(unsafe extern "C" fn(*const FuncObj, *mut Value, usize, *mut Value) -> crate::object::exc::ErrWord),
}

pub struct FuncObj {
    pub gc: GcHead,
    pub name: String,
    pub qualname: String,
    pub params: Vec<(String, Kind)>,
    /// Defaults of the last positional parameters, in order.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, by name.
    pub kwdefaults: Vec<(String, Value)>,
    pub cells: Vec<Cell>,
    pub code: Code,
    /// Attributes set on the function (`f.__wrapped__`, `f.calls = 0`,
    /// `__name__` replaced by `functools.wraps`).
    pub attrs: RefCell<indexmap::IndexMap<String, Value>>,
    /// A generator function: a call returns a generator running the code.
    pub generator: bool,
}

pub type Func = Rc<FuncObj>;
