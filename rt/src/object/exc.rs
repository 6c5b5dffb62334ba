//! Exceptions: the builtin class hierarchy, exception objects, and the
//! `PyErr` that travels up through `Result`s.
//!
//! Compiled code returns `PyResult<T>` from everything that can raise; `?`
//! (or a jump to a handler) propagates the error. As an error leaves each
//! call site, [`Located::at`] appends the frame and line to its traceback,
//! innermost first, which is the order CPython's unwinding records them.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::value::Value;

pub use pyaot_registry::classes::*;

/// A function's identity in tracebacks.
#[derive(Debug)]
pub struct Frame {
    pub name: &'static str,
}

#[derive(Clone, Copy, Debug)]
pub struct TbEntry {
    pub frame: &'static Frame,
    pub line: u32,
}

/// An exception instance. An instance of a user exception class keeps the
/// nearest builtin exception class as `ty` (which `except` clauses over
/// builtin classes test), its own class in `class`, and its attributes.
#[derive(Debug)]
pub struct ExcObj {
    pub ty: &'static TypeObj,
    pub args: RefCell<Vec<Value>>,
    pub class: Option<crate::object::layout::class::Class>,
    pub attrs: RefCell<indexmap::IndexMap<String, Value>>,
    pub tb: RefCell<Vec<TbEntry>>,
    pub cause: RefCell<Option<Exc>>,
    pub context: RefCell<Option<Exc>>,
    pub suppress_context: std::cell::Cell<bool>,
}

pub type Exc = Rc<ExcObj>;

pub fn new_exc(ty: &'static TypeObj, args: Vec<Value>) -> Exc {
    new_exc_of(ty, None, args)
}

/// An exception of a user class (`class` Some) or a builtin one.
pub fn new_exc_of(ty: &'static TypeObj, class: Option<crate::object::layout::class::Class>, args: Vec<Value>) -> Exc {
    Rc::new(ExcObj {
        ty,
        args: RefCell::new(args),
        class,
        attrs: RefCell::new(indexmap::IndexMap::new()),
        tb: RefCell::new(Vec::new()),
        cause: RefCell::new(None),
        context: RefCell::new(None),
        suppress_context: std::cell::Cell::new(false),
    })
}

/// Whether an exception is an instance of a builtin exception class (a
/// user class may derive from several).
pub fn exc_is(e: &ExcObj, ty: &'static TypeObj) -> bool {
    e.ty.is_subclass(ty) || e.class.as_ref().is_some_and(|c| c.exc_bases.iter().any(|b| b.is_subclass(ty)))
}

/// The class name an exception shows (`MyError`, `ValueError`).
pub fn exc_name(e: &ExcObj) -> &'static str {
    e.class.as_ref().map_or(e.ty.name, |c| c.name)
}

/// A raised exception on its way up the stack.
#[derive(Clone, Debug)]
pub struct PyErr(pub Exc);

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn new(ty: &'static TypeObj, msg: impl Into<String>) -> PyErr {
        PyErr(new_exc(ty, vec![Value::from_str(&msg.into())]))
    }

    /// An exception raised with no arguments, such as a bare `raise StopIteration`.
    pub fn empty(ty: &'static TypeObj) -> PyErr {
        PyErr(new_exc(ty, Vec::new()))
    }

    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&TYPE_ERROR, msg)
    }

    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&VALUE_ERROR, msg)
    }

    /// Whether an `except T:` clause catches this error.
    pub fn matches(&self, ty: &'static TypeObj) -> bool {
        exc_is(&self.0, ty)
    }

    pub fn value(&self) -> Value {
        Value::Exc(self.0.clone())
    }

    /// The exception being handled when this one was raised (`__context__`).
    pub fn with_context(self, ctx: &PyErr) -> PyErr {
        if !Rc::ptr_eq(&self.0, &ctx.0) && self.0.context.borrow().is_none() {
            *self.0.context.borrow_mut() = Some(ctx.0.clone());
        }
        self
    }
}

thread_local! {
    /// The exceptions whose `except` bodies are running, innermost last
    /// (`sys.exc_info()`, `traceback.format_exc()`); kept only in programs
    /// that read them (the compiler decides).
    static HANDLING: std::cell::RefCell<Vec<Value>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// An `except` body starts handling `e`.
pub fn handling_push(e: &Value) {
    HANDLING.with(|h| h.borrow_mut().push(e.clone()));
}

/// The innermost `except` body ended.
pub fn handling_pop() {
    let top = HANDLING.with(|h| h.borrow_mut().pop());
    drop(top);
}

/// The exception being handled, if any.
pub fn handling() -> Option<Value> {
    HANDLING.with(|h| h.borrow().last().cloned())
}

/// Implicit chaining: an exception leaving an `except` block gets the
/// handled one as its `__context__` (unless it is that one, or has one).
pub fn set_context(e: &Value, handled: &Value) {
    if let (Value::Exc(a), Value::Exc(b)) = (e, handled) {
        // No cycles: the handled exception must not already lead back to `a`.
        let mut k = Some(b.clone());
        while let Some(x) = k {
            if Rc::ptr_eq(&x, a) {
                return;
            }
            k = x.context.borrow().clone();
        }
        if a.context.borrow().is_none() {
            *a.context.borrow_mut() = Some(b.clone());
        }
    }
}

/// Adds the current frame and line to the traceback of an error passing by.
pub trait Located {
    fn at(self, frame: &'static Frame, line: u32) -> Self;
}

impl<T> Located for PyResult<T> {
    #[inline]
    fn at(self, frame: &'static Frame, line: u32) -> Self {
        match self {
            Ok(v) => Ok(v),
            Err(e) => Err(e.at(frame, line)),
        }
    }
}

impl PyErr {
    #[cold]
    pub fn at(self, frame: &'static Frame, line: u32) -> PyErr {
        self.0.tb.borrow_mut().push(TbEntry { frame, line });
        self
    }
}

/// How a region protected by `finally` ended, so the code after the
/// `finally` body can resume that exit.
pub enum Flow<R> {
    Normal,
    Return(R),
    Raise(PyErr),
    Break(u32),
    Continue(u32),
}

/// Reads a local that may be unassigned.
/// A local's value moved out, leaving it unbound (see `read_local`).
pub fn take_local<T>(slot: &mut Option<T>, name: &str) -> PyResult<T> {
    slot.take().ok_or_else(|| {
        PyErr::new(
            &UNBOUND_LOCAL_ERROR,
            format!("cannot access local variable '{name}' where it is not associated with a value"),
        )
    })
}

pub fn read_local<T: Clone>(slot: &Option<T>, name: &str) -> PyResult<T> {
    match slot {
        Some(v) => Ok(v.clone()),
        None => Err(PyErr::new(
            &UNBOUND_LOCAL_ERROR,
            format!("cannot access local variable '{name}' where it is not associated with a value"),
        )),
    }
}

/// An exception as the C ABI passes it: 0 for none, else the address of
/// the exception object, owned by whoever holds the word.
pub type ErrWord = usize;

/// Hands an exception over as a word.
pub fn err_word(e: PyErr) -> ErrWord {
    std::rc::Rc::into_raw(e.0) as ErrWord
}

/// Takes back an exception handed over as a word.
///
/// # Safety
/// `w` came from [`err_word`] and is taken once.
pub unsafe fn take_err(w: ErrWord) -> PyErr {
    PyErr(std::rc::Rc::from_raw(w as *const ExcObj))
}
