//! The process's standard streams as bytes. Python's stdout is
//! block-buffered when it is not a terminal; so is ours, flushed at exit,
//! before stderr output and before stdin is read. The Python objects
//! `sys.stdin`/`sys.stdout`/`sys.stderr` are `stdlib::io`'s.

use std::cell::RefCell;
use std::io::{BufRead, Write};

thread_local! {
    static OUT: RefCell<std::io::BufWriter<std::io::Stdout>> =
        RefCell::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()));
}

/// Writes to stdout's buffer. When a write fails (a closed pipe: `prog |
/// head -1`; a full disk: `> /dev/full`) what was buffered is dropped, as
/// it can never be written; the caller raises the error as CPython's
/// `print` does (`types::stream::write_stdout`).
pub fn write_stdout(s: &str) -> std::io::Result<()> {
    write_stdout_bytes(s.as_bytes())
}

/// Writes bytes to stdout's buffer (`sys.stdout.buffer.write`), as
/// [`write_stdout`] writes text.
pub fn write_stdout_bytes(b: &[u8]) -> std::io::Result<()> {
    OUT.with(|o| {
        let mut o = o.borrow_mut();
        let r = o.write_all(b);
        // A character device that is no terminal (`> /dev/full`) is written
        // through, as CPython's stdout does there.
        let r = r.and_then(|_| if write_through() { o.flush() } else { Ok(()) });
        r.inspect_err(|_| discard(&mut o))
    })
}

/// Whether stdout is a character device but not a terminal (nor
/// `/dev/null`, where writes cannot fail and buffering saves the calls).
fn write_through() -> bool {
    thread_local! {
        static THROUGH: bool = {
            use std::io::IsTerminal;
            use std::os::fd::AsFd;
            use std::os::unix::fs::{FileTypeExt, MetadataExt};
            let out = std::io::stdout();
            let null = std::fs::metadata("/dev/null").map(|m| m.rdev()).ok();
            !out.is_terminal()
                && out
                    .as_fd()
                    .try_clone_to_owned()
                    .ok()
                    .and_then(|fd| std::fs::File::from(fd).metadata().ok())
                    .is_some_and(|m| m.file_type().is_char_device() && Some(m.rdev()) != null)
        };
    }
    THROUGH.with(|t| *t)
}

fn discard(o: &mut std::io::BufWriter<std::io::Stdout>) {
    let fresh = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout());
    let old = std::mem::replace(o, fresh);
    // Its unwritten bytes go with it, not to the stream.
    let _ = old.into_parts();
}

pub fn flush_stdout() {
    OUT.with(|o| {
        let _ = o.borrow_mut().flush();
    });
}

/// The flush at exit; on failure the buffer is dropped (the caller reports
/// the error as CPython does).
pub fn flush_stdout_at_exit() -> std::io::Result<()> {
    OUT.with(|o| {
        let mut o = o.borrow_mut();
        o.flush().inspect_err(|_| discard(&mut o))
    })
}

/// Flushes stdout if nothing is writing it right now (for a panic hook).
pub fn try_flush_stdout() {
    let _ = OUT.try_with(|o| {
        if let Ok(mut o) = o.try_borrow_mut() {
            let _ = o.flush();
        }
    });
}

pub fn write_stderr(s: &str) {
    write_stderr_bytes(s.as_bytes());
}

/// Writes bytes to stderr (unbuffered), stdout flushed first.
pub fn write_stderr_bytes(b: &[u8]) {
    flush_stdout();
    let _ = std::io::stderr().write_all(b);
}

/// Up to `n` bytes of standard input (all of it if `n` is None), stdout
/// flushed first.
pub fn read_bytes(n: Option<usize>) -> Vec<u8> {
    use std::io::Read;
    flush_stdout();
    let mut out = Vec::new();
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    let _ = match n {
        None => lock.read_to_end(&mut out),
        Some(n) => lock.by_ref().take(n as u64).read_to_end(&mut out),
    };
    out
}

/// One line of standard input with its newline (empty at end of file),
/// stdout flushed first.
pub fn read_line_bytes() -> Vec<u8> {
    read_line_limited(usize::MAX)
}

/// At most `limit` bytes of the next line of standard input (the rest of
/// it stays to be read), stdout flushed first.
pub fn read_line_limited(limit: usize) -> Vec<u8> {
    flush_stdout();
    let mut line = Vec::new();
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    while line.len() < limit {
        let Ok(buf) = lock.fill_buf() else { break };
        if buf.is_empty() {
            break;
        }
        let room = (limit - line.len()).min(buf.len());
        let (n, done) = match buf[..room].iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (room, false),
        };
        line.extend_from_slice(&buf[..n]);
        lock.consume(n);
        if done {
            break;
        }
    }
    line
}
