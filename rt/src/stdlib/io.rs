//! Standard streams. Python's stdout is block-buffered when it is not a
//! terminal; so is ours, flushed at exit, before stderr output and before
//! `input()` reads. `sys.stdin`/`sys.stdout`/`sys.stderr` are native
//! objects ([`Stream`]) with the text-file methods programs use on them.

use std::cell::RefCell;
use std::io::{BufRead, Write};

thread_local! {
    static OUT: RefCell<std::io::BufWriter<std::io::Stdout>> =
        RefCell::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()));
}

/// Writes to stdout's buffer. A write that fails (a closed pipe: `prog |
/// head -1`; a full disk: `> /dev/full`) is the OSError CPython raises
/// from that `print` (BrokenPipeError, ...); what was buffered is dropped,
/// as it can never be written.
pub fn write_stdout(s: &str) -> crate::object::exc::PyResult<()> {
    OUT.with(|o| {
        let mut o = o.borrow_mut();
        let r = o.write_all(s.as_bytes());
        // A character device that is no terminal (`> /dev/full`) is written
        // through, as CPython's stdout does there.
        let r = r.and_then(|_| if write_through() { o.flush() } else { Ok(()) });
        r.map_err(|e| {
            discard(&mut o);
            os_error(&e)
        })
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

/// The OSError (or its errno subclass) of a failed system call.
pub fn os_error(e: &std::io::Error) -> crate::object::exc::PyErr {
    use crate::object::value::Value;
    let text = e.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    match e.raw_os_error() {
        Some(errno) => crate::object::exc::PyErr(crate::types::exception::new_builtin(
            &crate::object::exc::OS_ERROR,
            vec![Value::Int(errno as i64), Value::from_str(&text)],
        )),
        None => crate::object::exc::PyErr::new(&crate::object::exc::OS_ERROR, text),
    }
}

pub fn flush_stdout() {
    OUT.with(|o| {
        let _ = o.borrow_mut().flush();
    });
}

/// The flush at exit: a failure is reported as CPython reports it
/// ("Exception ignored ... <stdout>") and makes the exit status 120.
pub fn flush_stdout_at_exit() -> bool {
    OUT.with(|o| {
        let mut o = o.borrow_mut();
        match o.flush() {
            Ok(()) => true,
            Err(e) => {
                discard(&mut o);
                let err = os_error(&e);
                let _ = std::io::stderr().write_all(
                    format!(
                        "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n{}: {}\n",
                        crate::types::exception::exc_qualified_name(&err.0),
                        crate::types::exception::exc_text(&err.0)
                    )
                    .as_bytes(),
                );
                false
            }
        }
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
    flush_stdout();
    let _ = std::io::stderr().write_all(s.as_bytes());
}

/// One line of standard input without its newline, or `None` at end of file.
pub fn read_line() -> crate::object::exc::PyResult<Option<String>> {
    let mut line = read_line_raw()?;
    if line.is_empty() {
        return Ok(None);
    }
    // Only the newline goes, as CPython's `input()` drops it (a `\r` before it stays).
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(Some(line))
}

/// Which standard stream a `sys.stdin`/`sys.stdout`/`sys.stderr` object is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
}

impl Stream {
    pub fn name(self) -> &'static str {
        match self {
            Stream::Stdin => "<stdin>",
            Stream::Stdout => "<stdout>",
            Stream::Stderr => "<stderr>",
        }
    }

    pub fn repr(self) -> String {
        let mode = if self == Stream::Stdin { "r" } else { "w" };
        format!("<_io.TextIOWrapper name='{}' mode='{mode}' encoding='utf-8'>", self.name())
    }
}

thread_local! {
    static STREAMS: [crate::types::native::Native; 3] = [
        std::rc::Rc::new(crate::types::native::NativeObj::Stream(Stream::Stdin)),
        std::rc::Rc::new(crate::types::native::NativeObj::Stream(Stream::Stdout)),
        std::rc::Rc::new(crate::types::native::NativeObj::Stream(Stream::Stderr)),
    ];
}

/// The `sys.stdin`/`sys.stdout`/`sys.stderr` object.
pub fn stream(s: Stream) -> crate::object::value::Value {
    STREAMS.with(|all| crate::object::value::Value::Native(all[s as usize].clone()))
}

/// Whether `file` is None or a standard stream (written to directly).
pub fn is_std(file: &crate::object::value::Value) -> bool {
    match file {
        crate::object::value::Value::None => true,
        crate::object::value::Value::Native(n) => matches!(&**n, crate::types::native::NativeObj::Stream(_)),
        _ => false,
    }
}

/// Writes text where `file` (None: stdout) says, as `print(..., file=f)`
/// does: a standard stream directly, any other object through its `write`.
pub fn write_to(file: &crate::object::value::Value, text: &str) -> crate::object::exc::PyResult<()> {
    use crate::object::value::Value;
    match file {
        Value::None => write_stdout(text)?,
        Value::Native(n) => match &**n {
            crate::types::native::NativeObj::Stream(s) => return write_stream(*s, text).map(|_| ()),
            _ => return write_method(file, text),
        },
        _ => return write_method(file, text),
    }
    Ok(())
}

fn write_method(file: &crate::object::value::Value, text: &str) -> crate::object::exc::PyResult<()> {
    crate::ops::methods::call(file, "write", vec![crate::object::value::Value::from_str(text)], &[]).map(|_| ())
}

fn write_stream(s: Stream, text: &str) -> crate::object::exc::PyResult<crate::object::value::Value> {
    match s {
        Stream::Stdout => write_stdout(text)?,
        Stream::Stderr => write_stderr(text),
        Stream::Stdin => return Err(crate::object::exc::PyErr::new(&crate::object::exc::OS_ERROR, "not writable")),
    }
    Ok(crate::object::value::Value::Int(text.chars().count() as i64))
}

/// `stream.name`: a method bound to the stream, or its other attributes.
pub fn stream_attr(
    v: &crate::object::value::Value,
    s: Stream,
    name: &str,
) -> Option<crate::object::exc::PyResult<crate::object::value::Value>> {
    use crate::object::value::Value;
    let method = |m: &str| {
        Value::Method(std::rc::Rc::new(crate::types::class::MethodObj {
            func: crate::builtins::function(m),
            recv: v.clone(),
        }))
    };
    Some(Ok(match name {
        "write" => method("TextIOWrapper.write"),
        "flush" => method("TextIOWrapper.flush"),
        "readline" => method("TextIOWrapper.readline"),
        "read" => method("TextIOWrapper.read"),
        "name" => Value::from_str(s.name()),
        "encoding" => Value::from_str("utf-8"),
        // Stdin decodes strictly (see `read_line_raw`); stdout and stderr
        // encode text, which never holds a lone surrogate, so theirs never applies.
        "errors" => Value::from_str(if s == Stream::Stderr { "backslashreplace" } else { "strict" }),
        _ => return None,
    }))
}

/// The methods of the standard streams, called with the stream first.
pub fn stream_method(
    name: &str,
    args: &[crate::object::value::Value],
) -> crate::object::exc::PyResult<crate::object::value::Value> {
    use crate::object::value::Value;
    let Some(Value::Native(n)) = args.first() else { unreachable!("bound to a stream") };
    let crate::types::native::NativeObj::Stream(s) = &**n else { unreachable!("bound to a stream") };
    let short = name.rsplit('.').next().unwrap_or(name);
    let rest = &args[1..];
    match short {
        "write" => {
            crate::builtins::arity(short, rest, 1, 1)?;
            match &rest[0] {
                Value::Str(t) => write_stream(*s, t.as_str()),
                other => Err(crate::object::exc::PyErr::type_error(format!(
                    "write() argument must be str, not {}",
                    other.type_name()
                ))),
            }
        }
        "flush" => {
            crate::builtins::arity(short, rest, 0, 0)?;
            flush_stdout();
            Ok(Value::None)
        }
        "readline" | "read" if *s != Stream::Stdin => {
            Err(crate::object::exc::PyErr::new(&crate::object::exc::OS_ERROR, "not readable"))
        }
        "readline" => {
            crate::builtins::arity(short, rest, 0, 0)?;
            Ok(Value::from_str(&read_line_raw()?))
        }
        _ => {
            crate::builtins::arity(short, rest, 0, 0)?;
            flush_stdout();
            let mut all = Vec::new();
            let _ = std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut all);
            Ok(Value::from_str(&crate::types::bytes::decode(&all, "utf-8", "strict")?))
        }
    }
}

/// The next line of `for line in sys.stdin` (with its newline).
pub fn next_line() -> crate::object::exc::PyResult<Option<crate::object::value::Value>> {
    let line = read_line_raw()?;
    Ok((!line.is_empty()).then(|| crate::object::value::Value::from_str(&line)))
}

/// One line of standard input with its newline ("" at end of file),
/// decoded as UTF-8 with the 'strict' error handler: CPython's default
/// 'surrogateescape' makes lone surrogates, which a str here cannot hold,
/// so invalid input is CPython's UnicodeDecodeError (`sys.stdin.errors`
/// says 'strict').
fn read_line_raw() -> crate::object::exc::PyResult<String> {
    flush_stdout();
    let mut line = Vec::new();
    let _ = std::io::stdin().lock().read_until(b'\n', &mut line);
    crate::types::bytes::decode(&line, "utf-8", "strict")
}
