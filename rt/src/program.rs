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

/// Runs `body` as the `__main__` module and exits the process.
pub fn run(source: &'static Source, body: fn() -> PyResult<()>) -> ! {
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
    std::process::exit(status)
}

fn system_exit_status(e: &ExcObj) -> i32 {
    use crate::value::Value;
    match e.args.first() {
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
pub fn format_traceback(e: &ExcObj) -> String {
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
    let msg = exc::exc_str(e);
    if msg.is_empty() {
        out += &format!("{}\n", e.ty.name);
    } else {
        out += &format!("{}: {}\n", e.ty.name, msg);
    }
    out
}
