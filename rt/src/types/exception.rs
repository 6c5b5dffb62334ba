//! Exception objects' behaviour: constructing an exception from a class
//! and arguments (the OSError subclass an errno picks included), its
//! `str()` and `repr()`, `raise` of a value and `raise ... from`, matching
//! an `except` clause, and the errors compiled code raises by name. The
//! object itself (`ExcObj`, `PyErr`, tracebacks) is the object layer's
//! (`object/exc.rs`).

use crate::object::exc::*;
use crate::object::value::Value;

/// The name a traceback prints: qualified by the module for classes of
/// modules other than `__main__` (`dataclasses.FrozenInstanceError`).
pub fn exc_qualified_name(e: &ExcObj) -> String {
    match &e.class {
        Some(c) if c.module != "__main__" => format!("{}.{}", c.module, c.qualname),
        Some(c) => c.qualname.clone(),
        None => e.ty.name.to_string(),
    }
}

/// `str(e)`, a user class's `__str__` included.
pub fn exc_text(e: &Exc) -> String {
    if e.class.is_some() {
        return crate::types::class::str_instance(&Value::Exc(e.clone()));
    }
    exc_str(e)
}

/// The OSError subclass CPython picks for an errno (Linux numbers).
fn os_error_class(errno: i64) -> Option<&'static TypeObj> {
    Some(match errno {
        11 | 114 | 115 => &BLOCKING_IO_ERROR,
        10 => &CHILD_PROCESS_ERROR,
        32 | 108 => &BROKEN_PIPE_ERROR,
        103 => &CONNECTION_ABORTED_ERROR,
        111 => &CONNECTION_REFUSED_ERROR,
        104 => &CONNECTION_RESET_ERROR,
        17 => &FILE_EXISTS_ERROR,
        2 => &FILE_NOT_FOUND_ERROR,
        21 => &IS_A_DIRECTORY_ERROR,
        20 => &NOT_A_DIRECTORY_ERROR,
        4 => &INTERRUPTED_ERROR,
        1 | 13 => &PERMISSION_ERROR,
        3 => &PROCESS_LOOKUP_ERROR,
        110 => &TIMEOUT_ERROR,
        _ => return None,
    })
}

/// A builtin exception called with `args`. `OSError(errno, strerror[,
/// filename])` becomes the subclass its errno stands for and keeps
/// `errno`, `strerror` and `filename` (its `args` are then the first two).
pub fn new_builtin(ty: &'static TypeObj, mut args: Vec<Value>) -> Exc {
    if !ty.is_subclass(&OS_ERROR) || !(2..=5).contains(&args.len()) {
        return new_exc(ty, args);
    }
    let ty = match (&args[0], std::ptr::eq(ty, &OS_ERROR)) {
        (Value::Int(n), true) => os_error_class(*n).unwrap_or(ty),
        _ => ty,
    };
    let mut attrs = indexmap::IndexMap::new();
    attrs.insert("errno".to_string(), args[0].clone());
    attrs.insert("strerror".to_string(), args[1].clone());
    attrs.insert("filename".to_string(), args.get(2).cloned().unwrap_or(Value::None));
    attrs.insert("filename2".to_string(), args.get(4).cloned().unwrap_or(Value::None));
    if args.len() > 2 {
        args.truncate(2);
    }
    let e = new_exc(ty, args);
    *e.attrs.borrow_mut() = attrs;
    e
}

/// `str(e)` by the builtin rule (the arguments).
pub fn exc_str(e: &ExcObj) -> String {
    if exc_is(e, &OS_ERROR) {
        let attrs = e.attrs.borrow();
        if let (Some(errno), Some(strerror)) = (attrs.get("errno"), attrs.get("strerror")) {
            let head =
                format!("[Errno {}] {}", crate::object::protocol::str(errno), crate::object::protocol::str(strerror));
            return match (attrs.get("filename"), attrs.get("filename2")) {
                (Some(f), Some(f2)) if !f.is_none() && !f2.is_none() => {
                    format!("{head}: {} -> {}", crate::object::protocol::repr(f), crate::object::protocol::repr(f2))
                }
                (Some(f), _) if !f.is_none() => format!("{head}: {}", crate::object::protocol::repr(f)),
                _ => head,
            };
        }
    }
    if exc_is(e, &UNICODE_ERROR) {
        if let Some(text) = crate::types::codec::handler::message(e) {
            return text;
        }
    }
    let args = e.args.borrow();
    match args.len() {
        0 => String::new(),
        1 if std::ptr::eq(e.ty, &KEY_ERROR) && e.class.is_none() => crate::object::protocol::repr(&args[0]),
        // Text with lone surrogates, as a traceback shows it (stderr's
        // handler is 'backslashreplace'); `str(e)` is the text itself
        // (see `message_str`).
        1 if matches!(&args[0], Value::Str(s) if crate::types::str::surrogates::holds(s)) => {
            let Value::Str(s) = &args[0] else { unreachable!() };
            crate::types::str::surrogates::escaped(s)
        }
        1 => crate::object::protocol::str(&args[0]),
        _ => crate::object::protocol::repr(&Value::Tuple(crate::types::tuple::new(args.clone()))),
    }
}

/// `str(e)` when it is the exception's one argument, a str holding lone
/// surrogates (which [`exc_str`]'s Rust text cannot carry).
pub fn message_str(e: &ExcObj) -> Option<crate::types::str::Str> {
    if e.class.is_some() || exc_is(e, &OS_ERROR) || exc_is(e, &UNICODE_ERROR) || std::ptr::eq(e.ty, &KEY_ERROR) {
        return None;
    }
    match &e.args.borrow()[..] {
        [Value::Str(s)] if crate::types::str::surrogates::holds(s) => Some(s.clone()),
        _ => None,
    }
}

/// `repr(e)`.
pub fn exc_repr(e: &ExcObj) -> String {
    let a = e.args.borrow();
    let args = match a.len() {
        1 => crate::object::protocol::repr(&a[0]),
        _ => {
            let s = crate::object::protocol::repr(&Value::Tuple(crate::types::tuple::new(a.clone())));
            s[1..s.len() - 1].trim_end_matches(',').to_string()
        }
    };
    format!("{}({})", exc_name(e), args)
}

/// Builds an exception from a class called with arguments: `ValueError("x")`.
pub fn construct(ty: &'static TypeObj, args: Vec<Value>) -> PyErr {
    PyErr(new_exc(ty, args))
}

/// What `raise X` does with `X`: an instance is raised as is, a class is instantiated.
pub fn raise_value(v: Value) -> PyErr {
    match v {
        Value::Exc(e) => PyErr(e),
        Value::Type(t) if t.is_subclass(&BASE_EXCEPTION) => PyErr::empty(t),
        Value::Class(c) if c.base_exc.is_some() => match crate::types::class::instantiate(&c, Vec::new(), &[]) {
            Ok(v) => raise_value(v),
            Err(e) => e,
        },
        _ => PyErr::type_error("exceptions must derive from BaseException"),
    }
}

/// `raise X from Y`.
pub fn raise_from(v: Value, cause: Value) -> PyErr {
    let e = raise_value(v);
    let c = match cause {
        Value::None => None,
        other => Some(raise_value(other).0),
    };
    *e.0.cause.borrow_mut() = c;
    e.0.suppress_context.set(true);
    e
}

/// `except cls:` where `cls` is a runtime value (a class or tuple of classes).
pub fn matches_value(err: &Value, cls: &Value) -> PyResult<bool> {
    // What an `except` names must be exception classes (a tuple of them,
    // one level deep): checked before any matching, as CPython does.
    let is_exc_class = |c: &Value| match c {
        Value::Type(t) => t.is_subclass(&BASE_EXCEPTION),
        Value::Class(_) => crate::types::class::full_mro(c)
            .iter()
            .any(|b| matches!(b, Value::Type(t) if std::ptr::eq(*t, &BASE_EXCEPTION))),
        _ => false,
    };
    let valid = match cls {
        Value::Tuple(ts) => ts.items().iter().all(is_exc_class),
        other => is_exc_class(other),
    };
    if !valid {
        return Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed"));
    }
    let Value::Exc(e) = err else { return Ok(false) };
    match cls {
        Value::Type(t) => Ok(exc_is(e, t)),
        Value::Class(c) => Ok(crate::types::class::is_instance(err, c)),
        Value::Tuple(ts) => {
            for t in ts.items() {
                if matches_value(err, t)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed")),
    }
}

/// The exception a failed `assert` raises.
pub fn assertion_error(args: Vec<Value>) -> Value {
    Value::Exc(new_exc(&ASSERTION_ERROR, args))
}

pub fn name_error(name: &str) -> PyResult<Value> {
    Err(PyErr::new(&NAME_ERROR, format!("name '{name}' is not defined")))
}

pub fn raise_type_error(msg: &str) -> PyResult<Value> {
    Err(PyErr::type_error(msg))
}

/// Code the compiler proved unreachable was reached: a pyaot bug. The
/// program ends as an uncaught SystemError would (`abi::program`), rather
/// than go on with what the compiler assumed false.
pub fn unreachable(what: &str) -> PyResult<Value> {
    panic!("{what} (please report this program)")
}

/// The full report of an uncaught exception, chained exceptions first.
pub fn format_traceback(e: &crate::object::exc::Exc) -> String {
    traceback_chunks(e, true).concat()
}

/// The report of an exception in the pieces `traceback.format_exception`
/// returns: the chained exceptions' reports and the sentences between
/// them (when `chain`), the "Traceback" header, one piece per frame (its
/// `File` line and source line), and the exception's own line.
pub fn traceback_chunks(e: &crate::object::exc::Exc, chain: bool) -> Vec<String> {
    let mut out = Vec::new();
    if chain {
        if let Some(cause) = e.cause.borrow().as_ref() {
            out.extend(traceback_chunks(cause, true));
            out.push("\nThe above exception was the direct cause of the following exception:\n\n".to_string());
        } else if !e.suppress_context.get() {
            if let Some(ctx) = e.context.borrow().as_ref() {
                out.extend(traceback_chunks(ctx, true));
                out.push("\nDuring handling of the above exception, another exception occurred:\n\n".to_string());
            }
        }
    }
    if !e.tb.borrow().is_empty() {
        out.push("Traceback (most recent call last):\n".to_string());
        out.extend(frame_chunks(e, 0));
    }
    out.push(exception_line(e));
    out
}

/// One piece per traceback entry of `e` from the `skip`-th outermost on
/// (`traceback.format_tb`): as CPython, a frame repeated more than three
/// times in a row is printed three times, then counted.
pub fn frame_chunks(e: &crate::object::exc::Exc, skip: usize) -> Vec<String> {
    let mut out = Vec::new();
    let tb = e.tb.borrow();
    let mut last: Option<(u32, &str)> = None;
    let mut repeats = 0;
    let flush = |out: &mut Vec<String>, repeats: usize| {
        if repeats > 3 {
            let n = repeats - 3;
            out.push(format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
        }
    };
    for entry in tb.iter().rev().skip(skip) {
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
        let (file, line) = crate::object::program::file_and_line(entry.line);
        let mut piece = format!("  File \"{file}\", line {line}, in {}\n", entry.frame.name);
        if let Some(text) = crate::object::program::source_line(entry.line) {
            piece += &format!("    {text}\n");
            let extent = crate::object::exc::Extent::decode(entry.extent);
            let original = crate::object::program::raw_source_line(entry.line);
            if let (Some(x), Some(original)) = (extent, original) {
                piece += &carets(&original, x);
            }
        }
        out.push(piece);
    }
    flush(&mut out, repeats);
    out
}

/// The line of carets CPython 3.11 prints under a frame's source line when
/// the failing construct is not the whole line (or is a binary operator or
/// a subscript, whose operator or index it marks with `^` among `~`);
/// empty when it prints none.
fn carets(line: &str, x: crate::object::exc::Extent) -> String {
    let chars: Vec<char> = line.chars().collect();
    let stripped_len = line.trim().chars().count();
    let lead = chars.len() - line.trim_start().chars().count();
    let start = (x.col as usize).saturating_sub(1).min(chars.len());
    let (end, anchors) = match x.end {
        Some(end) => ((end as usize).saturating_sub(1).clamp(start, chars.len()), x.anchors),
        // Onto later lines: to the end of this one, without anchors.
        None => (line.trim_end().chars().count().max(start), None),
    };
    let anchors = anchors.map(|(l, r)| (l as usize, r as usize)).filter(|(l, r)| l <= r && *r <= end - start);
    let marks_operator = anchors.is_some_and(|(l, r)| r > l);
    if end - start >= stripped_len && !marks_operator {
        return String::new();
    }
    let width = |s: &[char]| s.iter().map(|c| display_width(*c)).sum::<usize>();
    let mut out = String::from("    ");
    out.push_str(&" ".repeat((width(&chars[..start]) + 1).saturating_sub(lead + 1)));
    let segment = &chars[start..end];
    match anchors {
        Some((l, r)) => {
            out.push_str(&"~".repeat(width(&segment[..l])));
            out.push_str(&"^".repeat(width(&segment[l..r])));
            out.push_str(&"~".repeat(width(&segment[r..])));
        }
        None => out.push_str(&"^".repeat(width(segment))),
    }
    out.push('\n');
    out
}

/// How many columns a terminal gives a character, as CPython's
/// `_display_width` counts: two for East Asian wide and full-width ones
/// (the blocks Unicode's EastAsianWidth.txt marks W or F), else one.
fn display_width(c: char) -> usize {
    const WIDE: &[(u32, u32)] = &[
        (0x1100, 0x115f),
        (0x231a, 0x231b),
        (0x2329, 0x232a),
        (0x23e9, 0x23ec),
        (0x2e80, 0x303e),
        (0x3041, 0x33ff),
        (0x3400, 0x4dbf),
        (0x4e00, 0x9fff),
        (0xa000, 0xa4cf),
        (0xa960, 0xa97f),
        (0xac00, 0xd7a3),
        (0xf900, 0xfaff),
        (0xfe10, 0xfe19),
        (0xfe30, 0xfe6f),
        (0xff00, 0xff60),
        (0xffe0, 0xffe6),
        (0x1f300, 0x1f64f),
        (0x1f900, 0x1f9ff),
        (0x20000, 0x3fffd),
    ];
    let c = c as u32;
    if WIDE.iter().any(|&(lo, hi)| (lo..=hi).contains(&c)) {
        2
    } else {
        1
    }
}

/// The last line of an exception's report: `ValueError: message`.
pub fn exception_line(e: &crate::object::exc::Exc) -> String {
    let msg = exc_text(e);
    if msg.is_empty() {
        format!("{}\n", exc_qualified_name(e))
    } else {
        format!("{}: {}\n", exc_qualified_name(e), msg)
    }
}

/// The OSError (or its errno subclass) of a failed system call.
pub fn os_error(e: &std::io::Error) -> crate::object::exc::PyErr {
    use crate::object::value::Value;
    let text = e.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    match e.raw_os_error() {
        Some(errno) => crate::object::exc::PyErr(new_builtin(
            &crate::object::exc::OS_ERROR,
            vec![Value::Int(errno as i64), Value::from_str(&text)],
        )),
        None => crate::object::exc::PyErr::new(&crate::object::exc::OS_ERROR, text),
    }
}
