//! The program's entry point: runs the compiled module body, prints an
//! uncaught exception's traceback as CPython does, and sets the exit status.

use std::cell::RefCell;

use crate::object::exc::{self, ExcObj, PyResult};
use crate::stdlib::io;

/// What the runtime knows of the compiled source, for tracebacks.
pub struct Source {
    pub file: &'static str,
    pub lines: &'static [&'static str],
}

thread_local! {
    static SOURCE: RefCell<Option<&'static Source>> = const { RefCell::new(None) };
}

use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// The lowest stack address Python frames may reach before RecursionError.
/// One thread runs Python code, so a relaxed global (a plain load) suffices.
/// Cranelift-compiled code reads it by this symbol name.
#[no_mangle]
pub static PYAOT_STACK_FLOOR: AtomicUsize = AtomicUsize::new(0);

/// How much native stack Python recursion may use: enough for the depths
/// programs ask for with `sys.setrecursionlimit` (only touched pages are
/// ever backed by memory).
const RECURSION_STACK: usize = 1 << 30;

/// The current stack pointer: one register read where the architecture
/// allows, else the address of a fresh local.
#[inline(always)]
fn stack_pointer() -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        let sp: usize;
        // SAFETY: reads a register; no memory, stack or flags are touched.
        unsafe { std::arch::asm!("mov {}, rsp", out(reg) sp, options(nomem, nostack, preserves_flags)) };
        sp
    }
    #[cfg(target_arch = "aarch64")]
    {
        let sp: usize;
        // SAFETY: as above.
        unsafe { std::arch::asm!("mov {}, sp", out(reg) sp, options(nomem, nostack, preserves_flags)) };
        sp
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        let marker = 0u8;
        std::hint::black_box(&marker) as *const u8 as usize
    }
}

/// How many more Python frames may start before RecursionError: the
/// recursion limit (1000 by default, `sys.setrecursionlimit`) minus the
/// frames running, the module's included. CPython counts frames the same
/// way, so recursion fails at the same depth. Cranelift-compiled code
/// reads and writes it by this symbol name.
#[no_mangle]
pub static PYAOT_FRAMES_LEFT: AtomicUsize = AtomicUsize::new(DEFAULT_LIMIT);

const DEFAULT_LIMIT: usize = 1000;

thread_local! {
    static LIMIT: std::cell::Cell<usize> = const { std::cell::Cell::new(DEFAULT_LIMIT) };
}

/// A running frame's claim on the recursion limit, given back when the
/// frame ends (however it ends).
pub struct FrameGuard(());

impl Drop for FrameGuard {
    #[inline(always)]
    fn drop(&mut self) {
        PYAOT_FRAMES_LEFT.store(PYAOT_FRAMES_LEFT.load(Relaxed) + 1, Relaxed);
    }
}

/// Called on entry to every compiled function: counts the frame against
/// the recursion limit, and checks the native stack too (a backstop for
/// frames the runtime makes), raising RecursionError instead of
/// overflowing either.
#[inline(always)]
pub fn enter() -> PyResult<FrameGuard> {
    let left = PYAOT_FRAMES_LEFT.load(Relaxed);
    if left == 0 || stack_pointer() < PYAOT_STACK_FLOOR.load(Relaxed) {
        return Err(recursion_error());
    }
    PYAOT_FRAMES_LEFT.store(left - 1, Relaxed);
    Ok(FrameGuard(()))
}

/// The native-stack half of [`enter`], for calls the runtime makes.
#[inline(always)]
pub fn check_stack() -> PyResult<()> {
    if stack_pointer() < PYAOT_STACK_FLOOR.load(Relaxed) {
        return Err(recursion_error());
    }
    Ok(())
}

#[cold]
pub fn recursion_error() -> crate::object::exc::PyErr {
    crate::object::exc::PyErr::new(&exc::RECURSION_ERROR, "maximum recursion depth exceeded")
}

/// `sys.getrecursionlimit()`.
pub fn recursion_limit() -> usize {
    LIMIT.with(|l| l.get())
}

/// `sys.setrecursionlimit(n)`, with CPython's checks.
pub fn set_recursion_limit(n: &crate::types::int::Int) -> PyResult<()> {
    let n = match n.as_i64() {
        Some(n) if n > i32::MAX as i64 => {
            return Err(crate::object::exc::PyErr::new(
                &exc::OVERFLOW_ERROR,
                "Python int too large to convert to C int",
            ))
        }
        Some(n) if n >= 1 => n as usize,
        Some(_) => {
            return Err(crate::object::exc::PyErr::value_error("recursion limit must be greater or equal than 1"))
        }
        None => {
            return Err(crate::object::exc::PyErr::new(
                &exc::OVERFLOW_ERROR,
                "Python int too large to convert to C int",
            ))
        }
    };
    let frames = recursion_limit() - PYAOT_FRAMES_LEFT.load(Relaxed);
    // CPython counts the call of `setrecursionlimit` itself.
    let depth = frames + 1;
    if n <= depth {
        return Err(crate::object::exc::PyErr::new(
            &exc::RECURSION_ERROR,
            format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        ));
    }
    LIMIT.with(|l| l.set(n));
    PYAOT_FRAMES_LEFT.store(n - frames, Relaxed);
    Ok(())
}

/// The native stack the program runs on: deep enough for any recursion
/// the limit allows (only touched pages are ever backed by memory).
const STACK_SIZE: usize = RECURSION_STACK + (16 << 20);

/// Runs `body` as the `__main__` module, then `teardown` (which releases
/// the module's globals, as CPython does at exit), and exits the process.
pub fn run(source: &'static Source, body: fn() -> PyResult<()>, teardown: fn() -> PyResult<()>) -> ! {
    let worker = std::thread::Builder::new().stack_size(STACK_SIZE).spawn(move || run_main(source, body, teardown));
    let status = match worker {
        Ok(handle) => handle.join().unwrap_or(1),
        Err(_) => run_main(source, body, teardown),
    };
    std::process::exit(status)
}

static FINISHED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether the module body has finished (objects dropped after that run no Python code).
pub fn finished() -> bool {
    FINISHED.load(Relaxed)
}

/// A Rust panic in the runtime is a pyaot bug: what the program printed
/// so far is kept (stdout flushed) and it ends as an uncaught SystemError
/// would, with exit status 1, never an abort (a panic cannot unwind through
/// the C ABI of Cranelift builds).
fn panics_as_system_error() {
    std::panic::set_hook(Box::new(|info| {
        io::try_flush_stdout();
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let at = info.location().map(|l| format!(" ({}:{})", l.file(), l.line())).unwrap_or_default();
        let _ = std::io::Write::write_all(
            &mut std::io::stderr(),
            format!("Traceback (most recent call last):\n  File \"<pyaot runtime>\"\nSystemError: pyaot internal error: {msg}{at}\n").as_bytes(),
        );
        std::process::exit(1);
    }));
}

fn run_main(source: &'static Source, body: fn() -> PyResult<()>, teardown: fn() -> PyResult<()>) -> i32 {
    panics_as_system_error();
    PYAOT_STACK_FLOOR.store(stack_pointer().saturating_sub(RECURSION_STACK), Relaxed);
    SOURCE.with(|s| *s.borrow_mut() = Some(source));
    // The empty tuple exists before the program runs, as CPython's: made on
    // first use instead, it could take the block of an object just freed
    // (`id([]) != id(())` must hold).
    drop(crate::types::tuple::new(Vec::new()));
    let status = match body() {
        Ok(()) => 0,
        Err(e) => {
            if std::ptr::eq(e.0.ty, &exc::SYSTEM_EXIT) {
                system_exit_status(&e.0)
            } else {
                io::write_stderr(&format_traceback(&e.0));
                1
            }
        }
    };
    // Finalizers that run while the globals go (a suspended generator's
    // `finally`) report their own errors; the status is the body's.
    let _ = teardown();
    let flushed = io::flush_stdout_at_exit();
    FINISHED.store(true, Relaxed);
    if flushed {
        status
    } else {
        120
    }
}

fn system_exit_status(e: &ExcObj) -> i32 {
    use crate::object::value::Value;
    match e.args.borrow().first() {
        None | Some(Value::None) => 0,
        Some(Value::Int(i)) => *i as i32,
        Some(Value::Bool(b)) => *b as i32,
        Some(other) => {
            io::write_stderr(&format!("{}\n", crate::ops::repr::str(other)));
            1
        }
    }
}

fn source_line(line: u32) -> Option<String> {
    SOURCE.with(|s| {
        let src = (*s.borrow())?;
        let text = src.lines.get(line.checked_sub(1)? as usize)?;
        let t = text.trim();
        (!t.is_empty()).then(|| t.to_string())
    })
}

fn file_name() -> &'static str {
    SOURCE.with(|s| s.borrow().map(|s| s.file).unwrap_or("<unknown>"))
}

/// The full report of an uncaught exception, chained exceptions first.
pub fn format_traceback(e: &exc::Exc) -> String {
    let mut out = String::new();
    if let Some(cause) = e.cause.borrow().as_ref() {
        out += &format_traceback(cause);
        out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if !e.suppress_context.get() {
        if let Some(ctx) = e.context.borrow().as_ref() {
            out += &format_traceback(ctx);
            out += "\nDuring handling of the above exception, another exception occurred:\n\n";
        }
    }
    let tb = e.tb.borrow();
    if !tb.is_empty() {
        out += "Traceback (most recent call last):\n";
        // As CPython: a frame repeated more than three times in a row is
        // printed three times, then counted.
        let mut last: Option<(u32, &str)> = None;
        let mut repeats = 0;
        let flush = |out: &mut String, repeats: usize| {
            if repeats > 3 {
                let n = repeats - 3;
                *out += &format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" });
            }
        };
        for entry in tb.iter().rev() {
            let key = (entry.line, entry.frame.name);
            if last == Some(key) {
                repeats += 1;
                if repeats > 3 {
                    continue;
                }
            } else {
                flush(&mut out, repeats);
                last = Some(key);
                repeats = 1;
            }
            out += &format!("  File \"{}\", line {}, in {}\n", file_name(), entry.line, entry.frame.name);
            if let Some(text) = source_line(entry.line) {
                out += &format!("    {text}\n");
            }
        }
        flush(&mut out, repeats);
    }
    let msg = crate::types::exception::exc_text(e);
    if msg.is_empty() {
        out += &format!("{}\n", crate::types::exception::exc_qualified_name(e));
    } else {
        out += &format!("{}: {}\n", crate::types::exception::exc_qualified_name(e), msg);
    }
    out
}
