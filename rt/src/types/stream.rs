//! `sys.stdin`, `sys.stdout`, `sys.stderr`: native objects ([`Stream`])
//! with the text-file methods programs use on them, over the byte streams
//! of `object::stdio`.

pub use crate::object::layout::native::Stream;
pub use crate::object::stdio::{flush_stdout, try_flush_stdout, write_stderr};
pub use crate::types::exception::os_error;

/// Writes to stdout; a failed write is the OSError CPython raises from
/// that `print` (BrokenPipeError, ...).
pub fn write_stdout(s: &str) -> crate::object::exc::PyResult<()> {
    crate::object::stdio::write_stdout(s).map_err(|e| os_error(&e))
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

/// The `sys.stdin`/`sys.stdout`/`sys.stderr` object the program started
/// with (`sys.__stdout__`).
pub fn stream(s: Stream) -> crate::object::value::Value {
    STREAMS.with(|all| crate::object::value::Value::Native(all[s as usize].clone()))
}

thread_local! {
    /// What the program assigned to `sys.stdin`/`sys.stdout`/`sys.stderr`
    /// (`contextlib.redirect_stdout`), if anything: print, input and the
    /// report of an uncaught exception go to it.
    static REPLACED: std::cell::RefCell<[Option<crate::object::value::Value>; 3]> = Default::default();
}

/// `sys.stdout` now: what the program assigned, else the stream.
pub fn current(s: Stream) -> crate::object::value::Value {
    replaced(s).unwrap_or_else(|| stream(s))
}

/// What the program assigned to the stream's `sys` attribute, if it is
/// not the stream itself.
pub fn replaced(s: Stream) -> Option<crate::object::value::Value> {
    REPLACED.with(|r| r.borrow()[s as usize].clone())
}

/// `sys.stdout = value` (and stdin, stderr): assigning the stream itself
/// back ends the replacement.
pub fn replace(s: Stream, value: crate::object::value::Value) {
    let value = match &value {
        crate::object::value::Value::Native(n) if matches!(&**n, crate::types::native::NativeObj::Stream(t) if *t == s) => {
            None
        }
        _ => Some(value),
    };
    let old = REPLACED.with(|r| std::mem::replace(&mut r.borrow_mut()[s as usize], value));
    drop(old);
}

/// The stream `sys.<name>` names, for the `sys` attributes programs assign.
pub fn by_name(name: &str) -> Option<Stream> {
    match name {
        "stdin" => Some(Stream::Stdin),
        "stdout" => Some(Stream::Stdout),
        "stderr" => Some(Stream::Stderr),
        _ => None,
    }
}

/// Writes text to `sys.stderr` as it is now (an uncaught exception's
/// report), falling back to the process's stderr when the object that
/// replaced it fails.
pub fn write_sys_stderr(text: &str) {
    match replaced(Stream::Stderr) {
        Some(f) if write_to(&f, text).is_ok() => {}
        _ => write_stderr(text),
    }
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
    crate::object::protocol::call_method(file, "write", vec![crate::object::value::Value::from_str(text)], &[])
        .map(|_| ())
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
    let method =
        |m: &str| Value::Method(crate::types::class::MethodObj::new(crate::types::func::builtin(m), v.clone()));
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
            crate::types::args::arity(short, rest, 1, 1)?;
            match &rest[0] {
                Value::Str(t) => write_stream(*s, t.as_str()),
                other => Err(crate::object::exc::PyErr::type_error(format!(
                    "write() argument must be str, not {}",
                    other.type_name()
                ))),
            }
        }
        "flush" => {
            crate::types::args::arity(short, rest, 0, 0)?;
            flush_stdout();
            Ok(Value::None)
        }
        "readline" | "read" if *s != Stream::Stdin => {
            Err(crate::object::exc::PyErr::new(&crate::object::exc::OS_ERROR, "not readable"))
        }
        "readline" => {
            crate::types::args::arity(short, rest, 0, 0)?;
            Ok(Value::from_str(&read_line_raw()?))
        }
        _ => {
            crate::types::args::arity(short, rest, 0, 0)?;
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

/// One line of standard input with its newline ("" at end of file),
/// decoded as UTF-8 with the 'strict' error handler: CPython's default
/// 'surrogateescape' makes lone surrogates, which a str here cannot hold,
/// so invalid input is CPython's UnicodeDecodeError (`sys.stdin.errors`
/// says 'strict').
pub fn read_line_raw() -> crate::object::exc::PyResult<String> {
    crate::types::bytes::decode(&crate::object::stdio::read_line_bytes(), "utf-8", "strict")
}
