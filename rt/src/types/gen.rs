//! Generators, as stackful coroutines.
//!
//! A generator function compiles like any other function; calling it binds
//! the arguments and returns a generator object, which runs the code on its
//! own stack (`corosensei`) the first time it is resumed. `yield` is a
//! runtime call (`yield_`) that switches back to whoever resumed the
//! generator and returns the value sent in, or raises what `throw()` threw.
//! Because the suspended state is a real stack, `yield` may appear anywhere
//! a call may (inside `try`/`finally`, `with`, loops, nested expressions) and
//! both backends compile generator bodies with nothing generator-specific.
//!
//! While a generator runs, its frames count against the recursion limit
//! and the stack check uses its own stack's floor; while it is suspended
//! it holds no frames. Stacks are reused from a pool, so making and
//! exhausting many small generators allocates no stack memory.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::Ordering::Relaxed;

use corosensei::stack::{DefaultStack, Stack};
use corosensei::{CoroutineResult, Yielder};

use crate::object::exc::{self, PyErr, PyResult};
pub use crate::object::layout::gen::{Co, Gen, GenObj, Resume, State};
use crate::object::value::Value;

impl std::fmt::Debug for GenObj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<generator object {}>", self.qualname)
    }
}

/// Each generator's stack; deeper calls raise RecursionError (the stack
/// check keeps `MARGIN` free for runtime code between checks).
const STACK_SIZE: usize = 256 << 10;
const MARGIN: usize = 48 << 10;
const POOL_MAX: usize = 64;

thread_local! {
    /// The innermost running generator (each links to the one it interrupted).
    static RUNNING: Cell<*const GenObj> = const { Cell::new(std::ptr::null()) };
    static POOL: RefCell<Vec<DefaultStack>> = const { RefCell::new(Vec::new()) };
}

/// A generator function was called: a generator that will run `f` with `args`.
pub fn new(f: crate::types::func::Func, args: Vec<Value>) -> Value {
    Value::Gen(Rc::new(GenObj {
        qualname: f.display_qualname(),
        state: RefCell::new(State::Fresh(f, args)),
        yielder: Cell::new(std::ptr::null()),
        floor: Cell::new(0),
        entry_left: Cell::new(0),
        held: Cell::new(0),
        outer: Cell::new(std::ptr::null()),
        delegate: Cell::new(std::ptr::null()),
        delegating: Cell::new(false),
        finished: RefCell::new(None),
    }))
}

/// What resuming produced.
pub enum Step {
    Yielded(Value),
    Returned(Value),
}

fn take_stack() -> PyResult<DefaultStack> {
    if let Some(s) = POOL.with(|p| p.borrow_mut().pop()) {
        return Ok(s);
    }
    DefaultStack::new(STACK_SIZE).map_err(|_| PyErr::new(&exc::MEMORY_ERROR, "cannot allocate a generator's stack"))
}

#[allow(clippy::boxed_local)] // the generator's own box, handed over as it dies
fn recycle(co: Box<Co>) {
    let stack = co.into_stack();
    POOL.with(|p| {
        let mut p = p.borrow_mut();
        if p.len() < POOL_MAX {
            p.push(stack);
        }
    });
}

/// Resumes `g`; an error is an exception its code raised (or one about
/// resuming it at all).
pub fn resume(g: &GenObj, input: Resume) -> PyResult<Step> {
    if g.delegating.get() {
        return Err(PyErr::value_error("generator already executing"));
    }
    // Suspended in `yield from` a generator: a send goes straight to that
    // one, without switching into this generator's code and out again at
    // every item (its code resumes only when the delegate is done). A
    // throw goes through its code, which passes it on.
    let input = match input {
        Resume::Send(x) if !g.delegate.get().is_null() => {
            // SAFETY: set only while this generator is suspended in the
            // `yield from`, whose frame holds the delegate.
            let sub = unsafe { &*g.delegate.get() };
            g.delegating.set(true);
            let r = resume(sub, Resume::Send(x));
            g.delegating.set(false);
            let done = match r {
                Ok(Step::Yielded(v)) => return Ok(Step::Yielded(v)),
                Ok(Step::Returned(v)) => Ok(v),
                Err(e) => Err(e),
            };
            *g.finished.borrow_mut() = Some(done);
            Resume::Send(Value::None)
        }
        other => other,
    };
    let state = std::mem::replace(&mut *g.state.borrow_mut(), State::Running);
    let mut co = match state {
        State::Running => {
            return Err(PyErr::value_error("generator already executing"));
        }
        State::Done => {
            *g.state.borrow_mut() = State::Done;
            return match input {
                Resume::Throw(e) => Err(e),
                Resume::Send(_) => Err(stop_iteration(Value::None)),
            };
        }
        State::Fresh(f, args) => match input {
            Resume::Send(ref v) if !v.is_none() => {
                *g.state.borrow_mut() = State::Fresh(f, args);
                return Err(PyErr::type_error("can't send non-None value to a just-started generator"));
            }
            Resume::Throw(e) => {
                *g.state.borrow_mut() = State::Done;
                return Err(e);
            }
            Resume::Send(_) => {
                let stack = match take_stack() {
                    Ok(s) => s,
                    Err(e) => {
                        *g.state.borrow_mut() = State::Done;
                        return Err(e);
                    }
                };
                g.floor.set(stack.limit().get() + MARGIN);
                let this: *const GenObj = g;
                Box::new(Co::with_stack(stack, move |y: &Yielder<Resume, Value>, _first: Resume| {
                    // SAFETY: the generator outlives its coroutine (it owns it).
                    unsafe { (*this).yielder.set(y as *const _) };
                    crate::types::func::run_code(&f, args)
                }))
            }
        },
        State::Suspended(co) => co,
    };
    let program = &crate::object::program::PYAOT_STACK_FLOOR;
    let saved_floor = program.load(Relaxed);
    program.store(g.floor.get(), Relaxed);
    let frames = &crate::object::program::PYAOT_FRAMES_LEFT;
    let left = frames.load(Relaxed);
    g.entry_left.set(left);
    frames.store(left.saturating_sub(g.held.get()), Relaxed);
    g.outer.set(RUNNING.with(|r| r.replace(g as *const GenObj)));
    let r = co.resume(input);
    RUNNING.with(|r| r.set(g.outer.get()));
    program.store(saved_floor, Relaxed);
    match r {
        CoroutineResult::Yield(v) => {
            *g.state.borrow_mut() = State::Suspended(co);
            Ok(Step::Yielded(v))
        }
        CoroutineResult::Return(res) => {
            *g.state.borrow_mut() = State::Done;
            frames.store(left, Relaxed);
            recycle(co);
            match res {
                Ok(v) => Ok(Step::Returned(v)),
                // PEP 479: a StopIteration escaping a generator is an error.
                Err(e) if exc::exc_is(&e.0, &exc::STOP_ITERATION) => {
                    let err = PyErr::new(&exc::RUNTIME_ERROR, "generator raised StopIteration");
                    *err.0.cause.borrow_mut() = Some(e.0.clone());
                    *err.0.context.borrow_mut() = Some(e.0);
                    Err(err)
                }
                Err(e) => Err(e),
            }
        }
    }
}

fn stop_iteration(v: Value) -> PyErr {
    let args = if v.is_none() { Vec::new() } else { vec![v] };
    PyErr(exc::new_exc(&exc::STOP_ITERATION, args))
}

/// Switches out of the running generator with `v`; what it is resumed with.
fn suspend(v: Value) -> Resume {
    let g = RUNNING.with(|r| r.get());
    assert!(!g.is_null(), "yield runs inside a generator");
    // SAFETY: a running generator is alive (its resumer holds it).
    let g = unsafe { &*g };
    let frames = &crate::object::program::PYAOT_FRAMES_LEFT;
    // The frames this generator's code holds are given back while suspended.
    g.held.set(g.entry_left.get().saturating_sub(frames.load(Relaxed)));
    frames.store(g.entry_left.get(), Relaxed);
    // SAFETY: set when the coroutine started; valid while it runs.
    let y = unsafe { &*g.yielder.get() };
    y.suspend(v)
}

/// `yield v`: the value sent in, or the exception thrown in.
pub fn yield_(v: Value) -> PyResult<Value> {
    match suspend(v) {
        Resume::Send(x) => Ok(x),
        Resume::Throw(e) => Err(e),
    }
}

/// `yield from it`: delegates to a generator (sends, throws and closes
/// pass through) or yields each item of any other iterable; the value is
/// the sub-generator's return value.
pub fn yield_from(it: &Value) -> PyResult<Value> {
    if let Value::Gen(sub) = it {
        let mut input = Resume::Send(Value::None);
        loop {
            match resume(sub, input)? {
                Step::Returned(v) => return Ok(v),
                Step::Yielded(v) => {
                    let me = RUNNING.with(|r| r.get());
                    assert!(!me.is_null(), "yield from runs inside a generator");
                    // SAFETY: the running generator is alive (its resumer holds it).
                    let me = unsafe { &*me };
                    me.delegate.set(Rc::as_ptr(sub));
                    let r = suspend(v);
                    me.delegate.set(std::ptr::null());
                    if let Some(done) = me.finished.borrow_mut().take() {
                        return done;
                    }
                    input = match r {
                        Resume::Throw(e) if exc::exc_is(&e.0, &exc::GENERATOR_EXIT) => {
                            close(sub)?;
                            return Err(e);
                        }
                        other => other,
                    };
                }
            }
        }
    }
    if matches!(it, Value::Instance(_)) {
        return delegate(it);
    }
    let iter = crate::types::iter::iter(it)?;
    while let Some(v) = crate::types::iter::next(&iter)? {
        if let Resume::Throw(e) = suspend(v) {
            return Err(e);
        }
    }
    Ok(Value::None)
}

/// `yield from obj` for an object of a user class, as PEP 380 delegates:
/// its iterator's `__next__` (or `send` for a value other than None),
/// `throw` and `close` when it has them; the value of the StopIteration
/// that ends it is the expression's.
fn delegate(obj: &Value) -> PyResult<Value> {
    let it = match crate::types::class::call_special(obj, "__iter__", Vec::new) {
        Some(r) => r?,
        None => return Err(PyErr::type_error(format!("'{}' object is not iterable", obj.type_name()))),
    };
    if !matches!(it, Value::Instance(_)) {
        // `__iter__` gave a builtin iterator (or a generator): delegate to that.
        return yield_from(&it);
    }
    let call = |name: &str, args: Vec<Value>| match crate::types::class::call_special(&it, name, || args) {
        Some(r) => r,
        None => Err(crate::object::protocol::getattr(&it, name)
            .err()
            .unwrap_or_else(|| PyErr::type_error(name.to_string()))),
    };
    // A step: the next item, or the value the iterator stopped with.
    let step = |r: PyResult<Value>| -> PyResult<Result<Value, Value>> {
        match r {
            Ok(v) => Ok(Ok(v)),
            Err(e) if exc::exc_is(&e.0, &exc::STOP_ITERATION) => {
                Ok(Err(e.0.args.borrow().first().cloned().unwrap_or(Value::None)))
            }
            Err(e) => Err(e),
        }
    };
    let mut next = step(call("__next__", Vec::new()))?;
    loop {
        let v = match next {
            Ok(v) => v,
            Err(done) => return Ok(done),
        };
        next = match suspend(v) {
            Resume::Send(x) if x.is_none() => step(call("__next__", Vec::new()))?,
            Resume::Send(x) => step(call("send", vec![x]))?,
            Resume::Throw(e) if exc::exc_is(&e.0, &exc::GENERATOR_EXIT) => {
                if crate::types::class::special(&it, "close").is_some() {
                    call("close", Vec::new())?;
                }
                return Err(e);
            }
            Resume::Throw(e) if crate::types::class::special(&it, "throw").is_some() => {
                step(call("throw", vec![Value::Exc(e.0)]))?
            }
            Resume::Throw(e) => return Err(e),
        };
    }
}

/// `next(g)` for iteration: None when it is exhausted.
pub fn next(g: &Gen) -> PyResult<Option<Value>> {
    if matches!(*g.state.borrow(), State::Done) {
        return Ok(None);
    }
    match resume(g, Resume::Send(Value::None))? {
        Step::Yielded(v) => Ok(Some(v)),
        Step::Returned(_) => Ok(None),
    }
}

/// `g.send(v)` (and `next(g)` as `g.__next__()`): the next value, or StopIteration with the return value.
pub fn send(g: &Gen, v: Value) -> PyResult<Value> {
    match resume(g, Resume::Send(v))? {
        Step::Yielded(x) => Ok(x),
        Step::Returned(r) => Err(stop_iteration(r)),
    }
}

/// `g.throw(exc)`.
pub fn throw(g: &Gen, e: &Value) -> PyResult<Value> {
    let err = match e {
        Value::Exc(x) => PyErr(x.clone()),
        Value::Type(t) if t.is_subclass(&exc::BASE_EXCEPTION) => PyErr(exc::new_exc(t, Vec::new())),
        Value::Class(c) if c.base_exc.is_some() => match crate::types::class::instantiate(c, Vec::new(), &[])? {
            Value::Exc(x) => PyErr(x),
            _ => return Err(PyErr::type_error("exceptions must derive from BaseException")),
        },
        _ => {
            return Err(PyErr::type_error(
                "exceptions must be classes or instances deriving from BaseException, not ".to_string() + e.type_name(),
            ))
        }
    };
    match resume(g, Resume::Throw(err))? {
        Step::Yielded(x) => Ok(x),
        Step::Returned(r) => Err(stop_iteration(r)),
    }
}

/// `g.close()`: GeneratorExit at the suspended `yield`, so `finally` blocks run.
pub fn close(g: &GenObj) -> PyResult<()> {
    let state = std::mem::replace(&mut *g.state.borrow_mut(), State::Done);
    match state {
        State::Suspended(co) => *g.state.borrow_mut() = State::Suspended(co),
        State::Running => {
            *g.state.borrow_mut() = State::Running;
            return Err(PyErr::value_error("generator already executing"));
        }
        // A generator that never started just ends (its arguments are
        // released after the borrow: dropping them may run Python code).
        State::Fresh(..) | State::Done => {
            drop(state);
            return Ok(());
        }
    }
    let exit = PyErr(exc::new_exc(&exc::GENERATOR_EXIT, Vec::new()));
    match resume(g, Resume::Throw(exit)) {
        Ok(Step::Yielded(_)) => Err(PyErr::new(&exc::RUNTIME_ERROR, "generator ignored GeneratorExit")),
        Ok(Step::Returned(_)) => Ok(()),
        Err(e) if exc::exc_is(&e.0, &exc::GENERATOR_EXIT) || exc::exc_is(&e.0, &exc::STOP_ITERATION) => Ok(()),
        Err(e) => Err(e),
    }
}

impl Drop for GenObj {
    fn drop(&mut self) {
        crate::object::weakref::dying(self as *const GenObj as usize);
        // As CPython: a suspended generator that goes away is closed, so
        // its `finally` blocks run. (A generator that yields again is
        // left suspended: its stack is leaked, never unwound.)
        let state = std::mem::replace(&mut *self.state.borrow_mut(), State::Done);
        let State::Suspended(co) = state else { return };
        // After the program's end (globals dropped with the thread) no
        // Python code runs: the suspended stack is left as it is.
        if crate::object::program::finished() || RUNNING.try_with(|_| ()).is_err() || POOL.try_with(|_| ()).is_err() {
            std::mem::forget(co);
            return;
        }
        *self.state.borrow_mut() = State::Suspended(co);
        if let Err(e) = close(self) {
            crate::object::stdio::write_stderr(&format!(
                "Exception ignored in: <generator object {} at {:#x}>\n{}",
                self.qualname,
                self as *const GenObj as usize,
                crate::types::exception::format_traceback(&e.0)
            ));
        }
        let left = std::mem::replace(&mut *self.state.borrow_mut(), State::Done);
        if let State::Suspended(co) = left {
            std::mem::forget(co);
        }
    }
}

/// `repr(g)`.
pub fn repr(v: &Value, g: &GenObj) -> String {
    format!("<generator object {} at {:#x}>", g.qualname, v.id())
}

/// The methods of a generator.
pub fn method(g: &Gen, name: &str, a: &[Value]) -> PyResult<Value> {
    let argc = |lo: usize, hi: usize| crate::types::args::arity(&format!("generator.{name}"), a, lo, hi);
    match name {
        "send" => {
            argc(1, 1)?;
            send(g, a[0].clone())
        }
        "__next__" => {
            argc(0, 0)?;
            send(g, Value::None)
        }
        "throw" => {
            argc(1, 3)?;
            throw(g, &a[0])
        }
        "close" => {
            argc(0, 0)?;
            close(g).map(|_| Value::None)
        }
        "__iter__" => Ok(Value::Gen(g.clone())),
        _ => Err(PyErr::new(&exc::ATTRIBUTE_ERROR, format!("'generator' object has no attribute '{name}'"))),
    }
}
