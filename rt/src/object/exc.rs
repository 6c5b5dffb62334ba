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
    pub class: Option<crate::types::class::Class>,
    pub attrs: RefCell<indexmap::IndexMap<String, Value>>,
    pub tb: RefCell<Vec<TbEntry>>,
    pub cause: RefCell<Option<Exc>>,
    pub context: RefCell<Option<Exc>>,
    pub suppress_context: std::cell::Cell<bool>,
}

pub type Exc = Rc<ExcObj>;

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::ops::repr::repr(self))
    }
}

pub fn new_exc(ty: &'static TypeObj, args: Vec<Value>) -> Exc {
    new_exc_of(ty, None, args)
}

/// An exception of a user class (`class` Some) or a builtin one.
pub fn new_exc_of(ty: &'static TypeObj, class: Option<crate::types::class::Class>, args: Vec<Value>) -> Exc {
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

/// The name a traceback prints: qualified by the module for classes of
/// modules other than `__main__` (`dataclasses.FrozenInstanceError`).
pub fn exc_qualified_name(e: &ExcObj) -> String {
    match &e.class {
        Some(c) if c.module != "__main__" => format!("{}.{}", c.module, c.qualname),
        Some(c) => c.qualname.clone(),
        None => e.ty.name.to_string(),
    }
}

/// `str(e)`, a user class's `__str__` included.
pub fn exc_text(e: &Exc) -> String {
    if e.class.is_some() {
        return crate::types::class::str_instance(&Value::Exc(e.clone()));
    }
    exc_str(e)
}

/// The OSError subclass CPython picks for an errno (Linux numbers).
fn os_error_class(errno: i64) -> Option<&'static TypeObj> {
    Some(match errno {
        11 | 114 | 115 => &BLOCKING_IO_ERROR,
        10 => &CHILD_PROCESS_ERROR,
        32 | 108 => &BROKEN_PIPE_ERROR,
        103 => &CONNECTION_ABORTED_ERROR,
        111 => &CONNECTION_REFUSED_ERROR,
        104 => &CONNECTION_RESET_ERROR,
        17 => &FILE_EXISTS_ERROR,
        2 => &FILE_NOT_FOUND_ERROR,
        21 => &IS_A_DIRECTORY_ERROR,
        20 => &NOT_A_DIRECTORY_ERROR,
        4 => &INTERRUPTED_ERROR,
        1 | 13 => &PERMISSION_ERROR,
        3 => &PROCESS_LOOKUP_ERROR,
        110 => &TIMEOUT_ERROR,
        _ => return None,
    })
}

/// A builtin exception called with `args`. `OSError(errno, strerror[,
/// filename])` becomes the subclass its errno stands for and keeps
/// `errno`, `strerror` and `filename` (its `args` are then the first two).
pub fn new_builtin(ty: &'static TypeObj, mut args: Vec<Value>) -> Exc {
    if !ty.is_subclass(&OS_ERROR) || !(2..=5).contains(&args.len()) {
        return new_exc(ty, args);
    }
    let ty = match (&args[0], std::ptr::eq(ty, &OS_ERROR)) {
        (Value::Int(n), true) => os_error_class(*n).unwrap_or(ty),
        _ => ty,
    };
    let mut attrs = indexmap::IndexMap::new();
    attrs.insert("errno".to_string(), args[0].clone());
    attrs.insert("strerror".to_string(), args[1].clone());
    attrs.insert("filename".to_string(), args.get(2).cloned().unwrap_or(Value::None));
    attrs.insert("filename2".to_string(), args.get(4).cloned().unwrap_or(Value::None));
    if args.len() > 2 {
        args.truncate(2);
    }
    let e = new_exc(ty, args);
    *e.attrs.borrow_mut() = attrs;
    e
}

/// `str(e)` by the builtin rule (the arguments).
pub fn exc_str(e: &ExcObj) -> String {
    if exc_is(e, &OS_ERROR) {
        let attrs = e.attrs.borrow();
        if let (Some(errno), Some(strerror)) = (attrs.get("errno"), attrs.get("strerror")) {
            let head = format!("[Errno {}] {}", crate::ops::repr::str(errno), crate::ops::repr::str(strerror));
            return match (attrs.get("filename"), attrs.get("filename2")) {
                (Some(f), Some(f2)) if !f.is_none() && !f2.is_none() => {
                    format!("{head}: {} -> {}", crate::ops::repr::repr(f), crate::ops::repr::repr(f2))
                }
                (Some(f), _) if !f.is_none() => format!("{head}: {}", crate::ops::repr::repr(f)),
                _ => head,
            };
        }
    }
    let args = e.args.borrow();
    match args.len() {
        0 => String::new(),
        1 if std::ptr::eq(e.ty, &KEY_ERROR) && e.class.is_none() => crate::ops::repr::repr(&args[0]),
        1 => crate::ops::repr::str(&args[0]),
        _ => crate::ops::repr::repr(&Value::Tuple(crate::types::tuple::new(args.clone()))),
    }
}

/// `repr(e)`.
pub fn exc_repr(e: &ExcObj) -> String {
    let a = e.args.borrow();
    let args = match a.len() {
        1 => crate::ops::repr::repr(&a[0]),
        _ => {
            let s = crate::ops::repr::repr(&Value::Tuple(crate::types::tuple::new(a.clone())));
            s[1..s.len() - 1].trim_end_matches(',').to_string()
        }
    };
    format!("{}({})", exc_name(e), args)
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

/// Builds an exception from a class called with arguments: `ValueError("x")`.
pub fn construct(ty: &'static TypeObj, args: Vec<Value>) -> PyErr {
    PyErr(new_exc(ty, args))
}

/// What `raise X` does with `X`: an instance is raised as is, a class is instantiated.
pub fn raise_value(v: Value) -> PyErr {
    match v {
        Value::Exc(e) => PyErr(e),
        Value::Type(t) if t.is_subclass(&BASE_EXCEPTION) => PyErr::empty(t),
        Value::Class(c) if c.base_exc.is_some() => match crate::types::class::instantiate(&c, Vec::new(), &[]) {
            Ok(v) => raise_value(v),
            Err(e) => e,
        },
        _ => PyErr::type_error("exceptions must derive from BaseException"),
    }
}

/// `raise X from Y`.
pub fn raise_from(v: Value, cause: Value) -> PyErr {
    let e = raise_value(v);
    let c = match cause {
        Value::None => None,
        other => Some(raise_value(other).0),
    };
    *e.0.cause.borrow_mut() = c;
    e.0.suppress_context.set(true);
    e
}

/// The class object of a value (`type(v)`).
pub fn type_of(v: &Value) -> &'static TypeObj {
    match v {
        Value::None => &TYPE_NONE,
        Value::Bool(_) => &TYPE_BOOL,
        Value::Int(_) | Value::Big(_) => &TYPE_INT,
        Value::Float(_) => &TYPE_FLOAT,
        Value::Str(_) => &TYPE_STR,
        Value::Bytes(_) => &TYPE_BYTES,
        Value::ByteArray(_) => &TYPE_BYTEARRAY,
        Value::List(_) => &TYPE_LIST,
        Value::Deque(_) => &TYPE_DEQUE,
        Value::Tuple(_) => &TYPE_TUPLE,
        Value::Dict(d) => crate::types::dictkind::type_obj(d.kind),
        Value::Set(_) => &TYPE_SET,
        Value::Range(_) => &TYPE_RANGE,
        Value::Exc(e) => e.ty,
        Value::Type(_) => &TYPE_TYPE,
        Value::Func(_) => &TYPE_FUNCTION,
        Value::Class(_) => &TYPE_TYPE,
        Value::Instance(_) => &TYPE_OBJECT,
        Value::Iter(_)
        | Value::View(_)
        | Value::Cell(_)
        | Value::Builtin(_)
        | Value::Method(_)
        | Value::Super(_)
        | Value::Descr(_) => internal_type(v.type_name()),
        Value::Module(_) | Value::Native(_) | Value::Gen(_) => internal_type(v.type_name()),
    }
}

/// The type of a runtime object that Python programs see only through
/// `type()` (`list_iterator`, `generator`, `builtin_function_or_method`,
/// `NotImplementedType`, ...): made on first use, one per name, so
/// `type(a) is type(b)` holds for two objects of one kind.
pub fn internal_type(name: &'static str) -> &'static TypeObj {
    use std::collections::HashMap;
    if let Some(t) = builtin_type(name) {
        return t;
    }
    use std::sync::Mutex;
    static TYPES: Mutex<Option<HashMap<&'static str, &'static TypeObj>>> = Mutex::new(None);
    let mut types = TYPES.lock().unwrap_or_else(|e| e.into_inner());
    types
        .get_or_insert_with(HashMap::new)
        .entry(name)
        .or_insert_with(|| Box::leak(Box::new(TypeObj { name, base: Some(&TYPE_OBJECT) })))
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

/// `except cls:` where `cls` is a runtime value (a class or tuple of classes).
pub fn matches_value(err: &Value, cls: &Value) -> PyResult<bool> {
    // What an `except` names must be exception classes (a tuple of them,
    // one level deep): checked before any matching, as CPython does.
    let is_exc_class = |c: &Value| match c {
        Value::Type(t) => t.is_subclass(&BASE_EXCEPTION),
        Value::Class(_) => crate::types::class::full_mro(c)
            .iter()
            .any(|b| matches!(b, Value::Type(t) if std::ptr::eq(*t, &BASE_EXCEPTION))),
        _ => false,
    };
    let valid = match cls {
        Value::Tuple(ts) => ts.items().iter().all(is_exc_class),
        other => is_exc_class(other),
    };
    if !valid {
        return Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed"));
    }
    let Value::Exc(e) = err else { return Ok(false) };
    match cls {
        Value::Type(t) => Ok(exc_is(e, t)),
        Value::Class(c) => Ok(crate::types::class::is_instance(err, c)),
        Value::Tuple(ts) => {
            for t in ts.items() {
                if matches_value(err, t)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed")),
    }
}

/// The exception a failed `assert` raises.
pub fn assertion_error(args: Vec<Value>) -> Value {
    Value::Exc(new_exc(&ASSERTION_ERROR, args))
}

/// Reads a local that may be unassigned.
pub fn read_local<T: Clone>(slot: &Option<T>, name: &str) -> PyResult<T> {
    match slot {
        Some(v) => Ok(v.clone()),
        None => Err(PyErr::new(
            &UNBOUND_LOCAL_ERROR,
            format!("cannot access local variable '{name}' where it is not associated with a value"),
        )),
    }
}

pub fn name_error(name: &str) -> PyResult<Value> {
    Err(PyErr::new(&NAME_ERROR, format!("name '{name}' is not defined")))
}

pub fn raise_type_error(msg: &str) -> PyResult<Value> {
    Err(PyErr::type_error(msg))
}
