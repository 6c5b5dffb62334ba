//! The program's entry point: runs the compiled module body, prints an
//! uncaught exception's traceback as CPython does, and sets the exit status.

use std::cell::RefCell;

use crate::exc::{self, ExcObj, PyResult};
use crate::io;

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

/// How much native stack Python recursion may use. Far deeper than
/// CPython's default limit of 1000 frames; exact CPython depths come with
/// `sys.setrecursionlimit` support.
const RECURSION_STACK: usize = 256 << 20;

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

/// Called on entry to every compiled function: RecursionError instead of
/// a stack overflow.
#[inline(always)]
pub fn check_stack() -> PyResult<()> {
    if stack_pointer() < PYAOT_STACK_FLOOR.load(Relaxed) {
        return Err(recursion_error());
    }
    Ok(())
}

#[cold]
fn recursion_error() -> crate::exc::PyErr {
    crate::exc::PyErr::new(&exc::RECURSION_ERROR, "maximum recursion depth exceeded")
}

/// The native stack the program runs on: deep enough for any recursion
/// the limit allows (only touched pages are ever backed by memory).
const STACK_SIZE: usize = RECURSION_STACK + (16 << 20);

/// Runs `body` as the `__main__` module and exits the process.
pub fn run(source: &'static Source, body: fn() -> PyResult<()>) -> ! {
    let worker = std::thread::Builder::new().stack_size(STACK_SIZE).spawn(move || run_main(source, body));
    let status = match worker {
        Ok(handle) => handle.join().unwrap_or(1),
        Err(_) => run_main(source, body),
    };
    std::process::exit(status)
}

fn run_main(source: &'static Source, body: fn() -> PyResult<()>) -> i32 {
    PYAOT_STACK_FLOOR.store(stack_pointer().saturating_sub(RECURSION_STACK), Relaxed);
    SOURCE.with(|s| *s.borrow_mut() = Some(source));
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
    io::flush_stdout();
    status
}

fn system_exit_status(e: &ExcObj) -> i32 {
    use crate::value::Value;
    match e.args.borrow().first() {
        None | Some(Value::None) => 0,
        Some(Value::Int(i)) => *i as i32,
        Some(Value::Bool(b)) => *b as i32,
        Some(other) => {
            io::write_stderr(&format!("{}\n", crate::repr::str(other)));
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
        for entry in tb.iter().rev() {
            out += &format!(
                "  File \"{}\", line {}, in {}\n",
                file_name(),
                entry.line,
                entry.frame.name
            );
            if let Some(text) = source_line(entry.line) {
                out += &format!("    {text}\n");
            }
        }
    }
    let msg = exc::exc_text(e);
    if msg.is_empty() {
        out += &format!("{}\n", exc::exc_name(e));
    } else {
        out += &format!("{}: {}\n", exc::exc_name(e), msg);
    }
    out
}
