//! `set`'s object layout.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::gc::GcHead;
use crate::object::settable::Table;

#[derive(Debug, Default)]
pub struct SetObj {
    pub gc: GcHead,
    pub(crate) table: RefCell<Table>,
}

pub type Set = Rc<SetObj>;
