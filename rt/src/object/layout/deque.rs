//! `collections.deque`'s object layout.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use crate::object::value::Value;

#[derive(Debug, Default)]
pub struct DequeObj {
    pub items: RefCell<VecDeque<Value>>,
    pub maxlen: Option<usize>,
    /// Bumped by every change of length or order, so iterators notice.
    pub(crate) state: Cell<u64>,
}

pub type Deque = Rc<DequeObj>;
