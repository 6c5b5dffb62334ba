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
    /// The program-wide line.
    pub line: u32,
    /// Where on the line the failing construct is, for CPython's carets
    /// (see [`Extent`]); 0 when unknown.
    pub extent: u64,
}

/// The columns of a traceback entry's construct, as the compiler packs
/// them above the line's 24 bits in the position it passes: the start
/// column (1-based), the end column (exclusive; 1023 when the construct
/// runs onto later lines), and the anchors of a binary operator or a
/// subscript (character offsets in the construct, 0 when none), 10 bits
/// each.
///
/// A method call (`s.foo()`) has left anchor 0 and, as its right one, where
/// its attribute ends: the entry of the call's own lookup failure marks
/// the attribute alone, any other the whole call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Extent {
    pub col: u32,
    pub end: Option<u32>,
    pub anchors: Option<(u32, u32)>,
}

impl Extent {
    pub fn decode(extent: u64) -> Option<Extent> {
        let field = |k: u32| ((extent >> (10 * k)) & 0x3ff) as u32;
        let (col, end, left, right) = (field(0), field(1), field(2), field(3));
        if col == 0 || end == 0 {
            return None;
        }
        Some(Extent { col, end: (end != 0x3ff).then_some(end), anchors: (left != 0).then_some((left, right)) })
    }

    /// The extent an entry keeps: a method call's narrowed to its
    /// attribute when the error is the call's lookup failure (`lookup`).
    fn settle(extent: u64, lookup: bool) -> u64 {
        let field = |k: u32| (extent >> (10 * k)) & 0x3ff;
        let (col, left, right) = (field(0), field(2), field(3));
        if left != 0 || right == 0 {
            return extent;
        }
        let end = if lookup { col + right } else { field(1) };
        if end >= 0x3ff && end != field(1) {
            return 0;
        }
        col | end << 10
    }
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
    /// Raised by the method lookup of a call (`s.foo()`), not yet placed
    /// in a traceback: its entry marks the attribute, not the whole call.
    pub lookup: std::cell::Cell<bool>,
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
        lookup: std::cell::Cell::new(false),
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

/// A traceback position as compiled code spells it: `line`, and the
/// construct's start and end columns and anchors ([`Extent`]).
pub const fn pos(line: u32, col: u32, end: u32, left: u32, right: u32) -> u64 {
    (line as u64 & 0xff_ffff) | ((col as u64 | (end as u64) << 10 | (left as u64) << 20 | (right as u64) << 30) << 24)
}

/// Adds the current frame and line to the traceback of an error passing by.
pub trait Located {
    fn at(self, frame: &'static Frame, pos: u64) -> Self;
}

impl<T> Located for PyResult<T> {
    #[inline]
    fn at(self, frame: &'static Frame, pos: u64) -> Self {
        match self {
            Ok(v) => Ok(v),
            Err(e) => Err(e.at(frame, pos)),
        }
    }
}

impl PyErr {
    #[cold]
    /// Adds a traceback entry: `pos` is the program-wide line in its low
    /// 24 bits and the construct's [`Extent`] above.
    pub fn at(self, frame: &'static Frame, pos: u64) -> PyErr {
        let (line, extent) = ((pos & 0xff_ffff) as u32, pos >> 24);
        let extent = Extent::settle(extent, self.0.lookup.replace(false));
        self.0.tb.borrow_mut().push(TbEntry { frame, line, extent });
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
