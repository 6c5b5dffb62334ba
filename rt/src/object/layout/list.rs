//! `list`'s object layout.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::gc::GcHead;
use crate::object::value::Value;

#[derive(Debug, Default)]
pub struct ListObj {
    pub gc: GcHead,
    pub items: RefCell<Vec<Value>>,
}

pub type List = Rc<ListObj>;
