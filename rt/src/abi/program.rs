//! The program's entry point: installs the runtime's protocol table, runs
//! the compiled module body on a thread with a deep stack, prints an
//! uncaught exception's traceback as CPython does, and sets the exit status.

use crate::object::exc::{self, ExcObj, PyResult};
use crate::object::program::{self, Source, RECURSION_STACK};
use crate::object::stdio as io;

/// The native stack the program runs on: deep enough for any recursion
/// the limit allows (only touched pages are ever backed by memory).
const STACK_SIZE: usize = RECURSION_STACK + (16 << 20);

/// Runs `body` as the `__main__` module, then `teardown` (which releases
/// the module's globals, as CPython does at exit), and exits the process.
pub fn run(source: &'static Source, body: fn() -> PyResult<()>, teardown: fn() -> PyResult<()>) -> ! {
    crate::object::alloc::no_huge_pages();
    let worker = std::thread::Builder::new().stack_size(STACK_SIZE).spawn(move || run_main(source, body, teardown));
    let status = match worker {
        Ok(handle) => handle.join().unwrap_or(1),
        Err(_) => run_main(source, body, teardown),
    };
    std::process::exit(status)
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
    crate::install();
    program::set_stack_floor();
    program::set_source(source);
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
                crate::types::stream::write_sys_stderr(&crate::types::exception::format_traceback(&e.0));
                1
            }
        }
    };
    // `atexit` functions run after the traceback, before the globals go.
    crate::stdlib::atexit::run_all();
    // Finalizers that run while the globals go (a suspended generator's
    // `finally`) report their own errors; the status is the body's. As in
    // CPython, the cycles already garbage are collected first, then every
    // `__del__` left runs while the globals are intact, then the globals
    // go and the cycles they held are freed (when no class has a
    // `__del__`, all that would only free memory the exit frees anyway).
    let finalizers = crate::types::class::has_finalizers();
    if finalizers {
        crate::object::gc::collect();
        crate::object::gc::finalize_all();
    }
    // CPython runs no weak reference callback while it tears down.
    crate::object::weakref::quiet();
    let _ = teardown();
    if finalizers {
        crate::object::gc::collect();
    }
    let flushed = flush_at_exit();
    program::finish();
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
            io::write_stderr(&format!("{}\n", crate::object::protocol::str(other)));
            1
        }
    }
}

/// The flush at exit: a failure is reported as CPython reports it
/// ("Exception ignored ... <stdout>") and makes the exit status 120.
fn flush_at_exit() -> bool {
    let Err(e) = io::flush_stdout_at_exit() else { return true };
    let err = crate::types::exception::os_error(&e);
    let _ = std::io::Write::write_all(
        &mut std::io::stderr(),
        format!(
            "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n{}: {}\n",
            crate::types::exception::exc_qualified_name(&err.0),
            crate::types::exception::exc_text(&err.0)
        )
        .as_bytes(),
    );
    false
}
