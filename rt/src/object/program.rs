//! The running program's state as the lower layers see it: its source
//! (for tracebacks), its frames against the recursion limit, and whether
//! the module body has finished. The entry point that sets it up is
//! `abi::program`.

use std::cell::RefCell;

use crate::object::exc::{self, PyResult};

/// What the runtime knows of the compiled source, for tracebacks: the
/// program's files, the entry first. Lines are numbered across the files,
/// each file's after the previous one's (`first_line`), so a traceback
/// entry's line says which file it is in.
pub struct Source {
    pub files: &'static [SourceFile],
}

pub struct SourceFile {
    pub path: &'static str,
    /// The program-wide number of the line before the file's first.
    pub first_line: u32,
    pub lines: &'static [&'static str],
}

impl Source {
    /// The file a program-wide line is in, and the line's number there.
    fn locate(&self, line: u32) -> Option<(&'static SourceFile, u32)> {
        let k = self.files.partition_point(|f| f.first_line < line).checked_sub(1)?;
        let f = &self.files[k];
        Some((f, line - f.first_line))
    }
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
pub const RECURSION_STACK: usize = 1 << 30;

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
/// `n` is None for an int no machine word holds.
pub fn set_recursion_limit(n: Option<i64>) -> PyResult<()> {
    let n = match n {
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

static FINISHED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether the module body has finished (objects dropped after that run no Python code).
pub fn finished() -> bool {
    FINISHED.load(Relaxed)
}

/// Records the compiled source, for tracebacks.
pub fn set_source(source: &'static Source) {
    SOURCE.with(|s| *s.borrow_mut() = Some(source));
}

/// Marks the module body finished.
pub fn finish() {
    FINISHED.store(true, Relaxed);
}

/// Sets the lowest stack address Python frames may reach, `RECURSION_STACK`
/// below the current one.
pub fn set_stack_floor() {
    PYAOT_STACK_FLOOR.store(stack_pointer().saturating_sub(RECURSION_STACK), Relaxed);
}

/// The text of a line of the compiled source (a program-wide line
/// number), stripped (None for a blank one).
pub fn source_line(line: u32) -> Option<String> {
    SOURCE.with(|s| {
        let (file, line) = (*s.borrow())?.locate(line)?;
        let text = file.lines.get(line.checked_sub(1)? as usize)?;
        let t = text.trim();
        (!t.is_empty()).then(|| t.to_string())
    })
}

/// The text of a line of the compiled source as written (not stripped).
pub fn raw_source_line(line: u32) -> Option<String> {
    SOURCE.with(|s| {
        let (file, line) = (*s.borrow())?.locate(line)?;
        file.lines.get(line.checked_sub(1)? as usize).map(|t| t.to_string())
    })
}

thread_local! {
    /// Where the latest calls of the logging methods were made, innermost
    /// last: the receiver's identity, the program-wide line and the
    /// calling function's name.
    static CALLERS: RefCell<Vec<(i64, u32, &'static str)>> = const { RefCell::new(Vec::new()) };
}

/// The most marks kept: a call on an object that is no logger leaves its
/// mark behind, and the oldest go first.
const MAX_CALLERS: usize = 256;

/// Marks a call of a logging method on `recv` made at `line` in `func`
/// (compiled code evaluates it as the receiver); gives `recv` back.
pub fn mark_caller(
    recv: crate::object::value::Value,
    line: &crate::object::value::Value,
    func: &'static str,
) -> crate::object::value::Value {
    let line = match line {
        crate::object::value::Value::Int(n) => *n as u32,
        _ => 0,
    };
    // `super().info(...)` calls the method on the instance; a module's
    // function (`logging.info(...)`) takes the marks made on any module.
    let id = match &recv {
        crate::object::value::Value::Super(s) => s.recv.id(),
        crate::object::value::Value::Module(_) => 0,
        other if other.type_name() == "module" => 0,
        other => other.id(),
    };
    CALLERS.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() == MAX_CALLERS {
            c.remove(0);
        }
        c.push((id, line, func));
    });
    recv
}

/// Where the call of a logging method on `recv` (None: of a module's
/// function) now running was made (the innermost mark for it, taken with
/// the stale ones after it), if it was marked.
pub fn take_caller(recv: &crate::object::value::Value) -> Option<(u32, &'static str)> {
    let id = if matches!(recv, crate::object::value::Value::None) { 0 } else { recv.id() };
    CALLERS.with(|c| {
        let mut c = c.borrow_mut();
        let k = c.iter().rposition(|(r, _, _)| *r == id)?;
        let (_, line, func) = c[k];
        c.truncate(k);
        Some((line, func))
    })
}

/// The file a program-wide line number is in, and its line there.
pub fn file_and_line(line: u32) -> (&'static str, u32) {
    SOURCE.with(|s| match s.borrow().and_then(|s| s.locate(line)) {
        Some((f, l)) => (f.path, l),
        None => ("<unknown>", line),
    })
}
