//! A generator's layout: its code's coroutine and the bookkeeping of
//! its frames.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, Yielder};

use crate::object::exc::{PyErr, PyResult};
use crate::object::layout::func::Func;
use crate::object::value::Value;

/// What a suspended generator is resumed with.
pub enum Resume {
    Send(Value),
    Throw(PyErr),
}

pub type Co = Coroutine<Resume, Value, PyResult<Value>, DefaultStack>;

pub enum State {
    /// Not started: the function and its bound arguments.
    Fresh(Func, Vec<Value>),
    Suspended(Box<Co>),
    Running,
    Done,
}

pub struct GenObj {
    pub qualname: String,
    pub(crate) state: RefCell<State>,
    pub(crate) yielder: Cell<*const Yielder<Resume, Value>>,
    /// The stack-check floor of its stack.
    pub(crate) floor: Cell<usize>,
    /// The recursion budget when it was last resumed, and the frames its
    /// code holds while suspended.
    pub(crate) entry_left: Cell<usize>,
    pub(crate) held: Cell<usize>,
    /// The generator that was running when this one was resumed.
    pub(crate) outer: Cell<*const GenObj>,
    /// While suspended in `yield from` another generator: that one (kept
    /// alive by the `yield from`), which a send resumes directly.
    pub(crate) delegate: Cell<*const GenObj>,
    /// A send is running the delegate directly: this one counts as running.
    pub(crate) delegating: Cell<bool>,
    /// How the delegate ended when it was resumed directly: the outcome
    /// of the `yield from`, which this generator's code picks up.
    pub(crate) finished: RefCell<Option<PyResult<Value>>>,
}

pub type Gen = Rc<GenObj>;
