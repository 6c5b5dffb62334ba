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

/// The error handler of a standard stream, chosen as CPython chooses it:
/// stderr's is 'backslashreplace'; stdin's and stdout's the one
/// `PYTHONIOENCODING` names after a colon, else 'surrogateescape' in UTF-8
/// mode and under the C and POSIX locales and their UTF-8 stand-ins (which
/// CPython's locale coercion targets), else 'strict'.
pub fn errors(s: Stream) -> &'static str {
    if s == Stream::Stderr {
        return "backslashreplace";
    }
    thread_local! {
        static ERRORS: &'static str = {
            let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
            let named = var("PYTHONIOENCODING").and_then(|v| v.split_once(':').map(|(_, e)| e.to_string()));
            match named.filter(|e| !e.is_empty()) {
                Some(e) => Box::leak(e.into_boxed_str()),
                None => {
                    let locale = var("LC_ALL").or_else(|| var("LC_CTYPE")).or_else(|| var("LANG")).unwrap_or_default();
                    let utf8_mode = var("PYTHONUTF8").is_some_and(|v| v == "1");
                    let c_like = matches!(locale.as_str(), "" | "C" | "POSIX" | "C.UTF-8" | "C.utf8" | "UTF-8");
                    if utf8_mode || c_like { "surrogateescape" } else { "strict" }
                }
            }
        };
    }
    ERRORS.with(|e| *e)
}

/// Writes a `str` where `file` says, as [`write_to`]; a standard stream
/// encodes text holding lone surrogates with its error handler (so
/// 'surrogateescape' writes back the bytes they stand for, and 'strict'
/// raises CPython's UnicodeEncodeError).
pub fn write_text(
    file: &crate::object::value::Value,
    text: &crate::types::str::Str,
) -> crate::object::exc::PyResult<()> {
    use crate::object::value::Value;
    if !crate::types::str::surrogates::holds(text) {
        return write_to(file, text.as_str());
    }
    let stream = match file {
        Value::None => Stream::Stdout,
        Value::Native(n) => match &**n {
            crate::types::native::NativeObj::Stream(s) => *s,
            _ => return write_str_method(file, text),
        },
        _ => return write_str_method(file, text),
    };
    let bytes = crate::types::codec::encode_text(text, "utf-8", errors(stream))?;
    match stream {
        Stream::Stdout => crate::object::stdio::write_stdout_bytes(&bytes.data).map_err(|e| os_error(&e)),
        Stream::Stderr => {
            crate::object::stdio::write_stderr_bytes(&bytes.data);
            Ok(())
        }
        Stream::Stdin => Err(crate::object::exc::PyErr::new(&crate::object::exc::OS_ERROR, "not writable")),
    }
}

fn write_str_method(
    file: &crate::object::value::Value,
    text: &crate::types::str::Str,
) -> crate::object::exc::PyResult<()> {
    crate::object::protocol::call_method(file, "write", vec![crate::object::value::Value::Str(text.clone())], &[])
        .map(|_| ())
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
        "writelines" => method("TextIOWrapper.writelines"),
        "readlines" => method("TextIOWrapper.readlines"),
        "isatty" => method("TextIOWrapper.isatty"),
        "fileno" => method("TextIOWrapper.fileno"),
        "readable" => method("TextIOWrapper.readable"),
        "writable" => method("TextIOWrapper.writable"),
        "seekable" => method("TextIOWrapper.seekable"),
        "buffer" => buffer(s),
        "mode" => Value::from_str(if s == Stream::Stdin { "r" } else { "w" }),
        "closed" | "line_buffering" => Value::Bool(s == Stream::Stderr && name == "line_buffering"),
        "newlines" => Value::None,
        "name" => Value::from_str(s.name()),
        "encoding" => Value::from_str("utf-8"),
        "errors" => Value::from_str(errors(s)),
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
                Value::Str(t) => write_text(&args[0], t).map(|_| Value::Int(t.char_len() as i64)),
                other => Err(crate::object::exc::PyErr::type_error(format!(
                    "write() argument must be str, not {}",
                    other.type_name()
                ))),
            }
        }
        "writelines" => {
            crate::types::args::arity(short, rest, 1, 1)?;
            for line in crate::types::iter::collect(&rest[0])? {
                match &line {
                    Value::Str(t) => write_text(&args[0], t)?,
                    other => {
                        return Err(crate::object::exc::PyErr::type_error(format!(
                            "write() argument must be str, not {}",
                            other.type_name()
                        )))
                    }
                };
            }
            Ok(Value::None)
        }
        "flush" | "isatty" | "fileno" | "readable" | "writable" | "seekable" => {
            crate::types::args::arity(short, rest, 0, 0)?;
            Ok(no_argument_method(*s, short))
        }
        "readline" | "read" | "readlines" if *s != Stream::Stdin => Err(unsupported("not readable")),
        "readline" => {
            crate::types::args::arity(short, rest, 0, 1)?;
            // The limit counts characters: each byte read is at most one.
            let limit = size_arg(rest)?.unwrap_or(usize::MAX);
            let mut line = Vec::new();
            loop {
                let chars = String::from_utf8_lossy(&line).chars().count();
                if chars >= limit || line.ends_with(b"\n") {
                    break;
                }
                let more = crate::object::stdio::read_line_limited(limit - chars);
                if more.is_empty() {
                    break;
                }
                line.extend(more);
            }
            // A character cut short at the limit reads on to its end.
            while std::str::from_utf8(&line).is_err_and(|e| e.error_len().is_none()) {
                let more = crate::object::stdio::read_bytes(Some(1));
                if more.is_empty() {
                    break;
                }
                line.extend(more);
            }
            Ok(Value::Str(crate::types::codec::decode(&line, "utf-8", errors(Stream::Stdin))?.into_str()))
        }
        "readlines" => {
            crate::types::args::arity(short, rest, 0, 1)?;
            let mut lines = Vec::new();
            while let Some(line) = next_line()? {
                lines.push(line);
            }
            Ok(Value::List(crate::types::list::from_vec(lines)))
        }
        _ => {
            crate::types::args::arity(short, rest, 0, 1)?;
            let mut all = crate::object::stdio::read_bytes(size_arg(rest)?);
            // A character cut short at the end of the count reads on to its end.
            while std::str::from_utf8(&all).is_err_and(|e| e.error_len().is_none()) {
                let more = crate::object::stdio::read_bytes(Some(1));
                if more.is_empty() {
                    break;
                }
                all.extend(more);
            }
            Ok(Value::Str(crate::types::codec::decode(&all, "utf-8", errors(Stream::Stdin))?.into_str()))
        }
    }
}

/// A `size` argument of the read methods: None or negative for all.
fn size_arg(rest: &[crate::object::value::Value]) -> crate::object::exc::PyResult<Option<usize>> {
    match rest.first() {
        None | Some(crate::object::value::Value::None) => Ok(None),
        Some(v) => Ok(usize::try_from(v.to_int()?.to_index()?).ok()),
    }
}

fn unsupported(msg: &str) -> crate::object::exc::PyErr {
    crate::object::exc::PyErr::new(&crate::object::exc::OS_ERROR, msg.to_string())
}

/// The methods without arguments the text streams and their buffers share.
fn no_argument_method(s: Stream, name: &str) -> crate::object::value::Value {
    use crate::object::value::Value;
    match name {
        "flush" => {
            flush_stdout();
            Value::None
        }
        "fileno" => Value::Int(s as i64),
        "isatty" => Value::Bool(is_terminal(s)),
        "readable" => Value::Bool(s == Stream::Stdin),
        "writable" => Value::Bool(s != Stream::Stdin),
        _ => Value::Bool(false), // seekable
    }
}

fn is_terminal(s: Stream) -> bool {
    use std::io::IsTerminal;
    match s {
        Stream::Stdin => std::io::stdin().is_terminal(),
        Stream::Stdout => std::io::stdout().is_terminal(),
        Stream::Stderr => std::io::stderr().is_terminal(),
    }
}

/// `sys.stdout.buffer` (and stdin's, stderr's): the binary stream under
/// the text one, writing to and reading from the same bytes, so the two
/// interleave in order.
struct StdBuffer(Stream);

/// A method of a [`StdBuffer`], bound to it.
struct StdBufferMethod(Stream, &'static str);

thread_local! {
    static BUFFERS: [crate::object::value::Value; 3] = [
        crate::types::native::new_ext(StdBuffer(Stream::Stdin)),
        crate::types::native::new_ext(StdBuffer(Stream::Stdout)),
        crate::types::native::new_ext(StdBuffer(Stream::Stderr)),
    ];
}

fn buffer(s: Stream) -> crate::object::value::Value {
    BUFFERS.with(|b| b[s as usize].clone())
}

impl crate::object::layout::native::NativeType for StdBuffer {
    fn type_name(&self) -> &'static str {
        if self.0 == Stream::Stdin {
            "_io.BufferedReader"
        } else {
            "_io.BufferedWriter"
        }
    }

    fn repr(&self, _me: &crate::object::value::Value) -> String {
        format!("<{} name='{}'>", self.type_name(), self.0.name())
    }

    fn getattr(
        &self,
        _me: &crate::object::value::Value,
        name: &str,
    ) -> Option<crate::object::exc::PyResult<crate::object::value::Value>> {
        use crate::object::value::Value;
        let s = self.0;
        let method = |m: &'static str| Some(Ok(crate::types::native::new_ext(StdBufferMethod(s, m))));
        match name {
            "write" => method("write"),
            "flush" => method("flush"),
            "read" => method("read"),
            "readline" => method("readline"),
            "readlines" => method("readlines"),
            "fileno" => method("fileno"),
            "isatty" => method("isatty"),
            "readable" => method("readable"),
            "writable" => method("writable"),
            "seekable" => method("seekable"),
            "name" => Some(Ok(Value::from_str(s.name()))),
            "mode" => Some(Ok(Value::from_str(if s == Stream::Stdin { "rb" } else { "wb" }))),
            "closed" => Some(Ok(Value::Bool(false))),
            _ => None,
        }
    }
}

impl crate::object::layout::native::NativeType for StdBufferMethod {
    fn type_name(&self) -> &'static str {
        "builtin_function_or_method"
    }

    fn callable(&self) -> bool {
        true
    }

    fn call(
        &self,
        _me: &crate::object::value::Value,
        args: Vec<crate::object::value::Value>,
        kw: &[&str],
    ) -> crate::object::exc::PyResult<crate::object::value::Value> {
        use crate::object::value::Value;
        if !kw.is_empty() {
            return Err(crate::object::exc::PyErr::type_error(format!("{}() takes no keyword arguments", self.1)));
        }
        let (s, name) = (self.0, self.1);
        let reading = matches!(name, "read" | "readline" | "readlines");
        if reading && s != Stream::Stdin {
            return Err(unsupported("read"));
        }
        if name == "write" && s == Stream::Stdin {
            return Err(unsupported("write"));
        }
        let bytes = |v: Vec<u8>| Value::Bytes(crate::types::bytes::from_vec(v));
        match name {
            "write" => {
                crate::types::args::arity(name, &args, 1, 1)?;
                let data = match &args[0] {
                    Value::Bytes(b) => b.data.to_vec(),
                    Value::ByteArray(b) => b.data.borrow().clone(),
                    other => {
                        return Err(crate::object::exc::PyErr::type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            other.type_name()
                        )))
                    }
                };
                if s == Stream::Stdout {
                    crate::object::stdio::write_stdout_bytes(&data).map_err(|e| os_error(&e))?;
                } else {
                    crate::object::stdio::write_stderr_bytes(&data);
                }
                Ok(Value::Int(data.len() as i64))
            }
            "read" => {
                crate::types::args::arity(name, &args, 0, 1)?;
                Ok(bytes(crate::object::stdio::read_bytes(size_arg(&args)?)))
            }
            "readline" => {
                crate::types::args::arity(name, &args, 0, 1)?;
                Ok(bytes(crate::object::stdio::read_line_limited(size_arg(&args)?.unwrap_or(usize::MAX))))
            }
            "readlines" => {
                crate::types::args::arity(name, &args, 0, 0)?;
                let mut lines = Vec::new();
                loop {
                    let line = crate::object::stdio::read_line_bytes();
                    if line.is_empty() {
                        break;
                    }
                    lines.push(bytes(line));
                }
                Ok(Value::List(crate::types::list::from_vec(lines)))
            }
            _ => {
                crate::types::args::arity(name, &args, 0, 0)?;
                Ok(no_argument_method(s, name))
            }
        }
    }
}

/// The next line of `for line in sys.stdin` (with its newline).
pub fn next_line() -> crate::object::exc::PyResult<Option<crate::object::value::Value>> {
    let line = crate::object::stdio::read_line_bytes();
    Ok((!line.is_empty()).then(|| decode_stdin(&line)).transpose()?.map(crate::object::value::Value::Str))
}

/// One line of standard input without its newline, or `None` at end of
/// file (only the newline goes, as CPython's `input()` drops it: a `\r`
/// before it stays).
pub fn read_line() -> crate::object::exc::PyResult<Option<crate::types::str::Str>> {
    let line = crate::object::stdio::read_line_bytes();
    if line.is_empty() {
        return Ok(None);
    }
    decode_stdin(line.strip_suffix(b"\n").unwrap_or(&line)).map(Some)
}

/// Text read from standard input, decoded as UTF-8 with its error handler.
fn decode_stdin(data: &[u8]) -> crate::object::exc::PyResult<crate::types::str::Str> {
    Ok(crate::types::codec::decode(data, "utf-8", errors(Stream::Stdin))?.into_str())
}
