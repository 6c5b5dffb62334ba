//! `tuple`'s object layout (a named tuple's too: its class).

use std::rc::Rc;

use crate::object::gc::GcHead;
use crate::object::layout::class::Class;
use crate::object::value::Value;

#[derive(Debug, Default)]
pub struct TupleObj {
    pub gc: GcHead,
    pub(crate) items: Box<[Value]>,
    /// The class of a named tuple (`namedtuple.rs`); None for a plain tuple.
    pub class: Option<Class>,
}

pub type Tuple = Rc<TupleObj>;
