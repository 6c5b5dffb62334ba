//! The object layout of `set` and `frozenset`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::object::gc::GcHead;
use crate::object::settable::Table;

#[derive(Debug, Default)]
pub struct SetObj {
    pub gc: GcHead,
    pub(crate) table: RefCell<Table>,
    /// A `frozenset`: immutable, hashable, and what its operations return.
    pub frozen: bool,
    /// A frozenset's hash, once computed.
    pub(crate) hash: Cell<Option<i64>>,
}

pub type Set = Rc<SetObj>;
