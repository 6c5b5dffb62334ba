//! `print` and `input`.

use super::*;

/// `print(*values, sep=sep, end=end)`.
pub fn print(values: &[Value], sep: Option<&Str>, end: Option<&Str>) -> PyResult<()> {
    print_to(&Value::None, values, sep, end)
}

/// `print(*values, sep=sep, end=end, file=file)`.
pub fn print_to(file: &Value, values: &[Value], sep: Option<&Str>, end: Option<&Str>) -> PyResult<()> {
    if sep.is_some_and(|s| crate::types::str::surrogates::holds(s))
        || end.is_some_and(|s| crate::types::str::surrogates::holds(s))
    {
        return print_pieces(file, values, sep, end);
    }
    let sep = sep.map(|s| s.as_str()).unwrap_or(" ");
    let end = end.map(|s| s.as_str()).unwrap_or("\n");
    let replaced = match file {
        Value::None => crate::types::stream::replaced(crate::types::stream::Stream::Stdout),
        _ => None,
    };
    let file = replaced.as_ref().unwrap_or(file);
    if !crate::types::stream::is_std(file) {
        // Another file object: `write` per piece, each item converted just
        // before it is written, as CPython's print does.
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                crate::types::stream::write_to(file, sep)?;
            }
            let text = crate::ops::repr::to_str_checked(v)?;
            crate::types::stream::write_text(file, &text)?;
        }
        return crate::types::stream::write_to(file, end);
    }
    let mut out = String::new();
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        let before = out.len();
        match v {
            Value::Str(s) if crate::types::str::surrogates::holds(s) => {
                // Encoded by the stream's error handler, after what came
                // before it is written (CPython's print writes piece by piece).
                crate::types::stream::write_to(file, &std::mem::take(&mut out))?;
                crate::types::stream::write_text(file, s)?;
            }
            Value::Str(s) => out.push_str(s.as_str()),
            Value::Exc(e) if crate::types::exception::message_str(e).is_some() => {
                crate::types::stream::write_to(file, &std::mem::take(&mut out))?;
                crate::types::stream::write_text(file, &crate::types::exception::message_str(e).expect("checked"))?;
            }
            other => {
                crate::ops::repr::write_str(other, &mut out);
                // An item whose str() failed (a user `__str__`, the int
                // digit limit): what came before it is written, its
                // separator included, as CPython writes piece by piece.
                if let Some(e) = crate::types::class::take_pending() {
                    out.truncate(before);
                    crate::types::stream::write_to(file, &out)?;
                    return Err(e);
                }
            }
        }
    }
    out.push_str(end);
    crate::types::stream::write_to(file, &out)
}

/// `print` with a separator or end holding lone surrogates: each piece
/// written as it comes.
fn print_pieces(file: &Value, values: &[Value], sep: Option<&Str>, end: Option<&Str>) -> PyResult<()> {
    let file = crate::types::stream::replaced(crate::types::stream::Stream::Stdout)
        .filter(|_| matches!(file, Value::None))
        .unwrap_or_else(|| file.clone());
    let piece = |s: Option<&Str>, default: &str| s.cloned().unwrap_or_else(|| crate::types::str::new(default));
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            crate::types::stream::write_text(&file, &piece(sep, " "))?;
        }
        crate::types::stream::write_text(&file, &crate::ops::repr::to_str_checked(v)?)?;
    }
    crate::types::stream::write_text(&file, &piece(end, "\n"))
}

/// `input(prompt)`.
pub fn input(prompt: Option<&Value>) -> PyResult<Str> {
    use crate::types::stream::Stream;
    if let Some(p) = prompt {
        crate::types::stream::write_to(&crate::types::stream::current(Stream::Stdout), &crate::ops::repr::str(p))?;
    }
    if let Some(f) = crate::types::stream::replaced(Stream::Stdin) {
        let line = crate::object::protocol::call_method(&f, "readline", Vec::new(), &[])?;
        let Value::Str(s) = &line else {
            return Err(PyErr::type_error("object.readline() returned non-string"));
        };
        return match s.as_str() {
            "" => Err(PyErr::new(&exc::EOF_ERROR, "EOF when reading a line")),
            t => Ok(crate::types::str::from_string(t.strip_suffix('\n').unwrap_or(t).to_string())),
        };
    }
    match crate::types::stream::read_line()? {
        Some(line) => Ok(line),
        None => Err(PyErr::new(&exc::EOF_ERROR, "EOF when reading a line")),
    }
}
