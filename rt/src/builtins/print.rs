//! `print` and `input`.

use super::*;

/// `print(*values, sep=sep, end=end)`.
pub fn print(values: &[Value], sep: Option<&Str>, end: Option<&Str>) -> PyResult<()> {
    print_to(&Value::None, values, sep, end)
}

/// `print(*values, sep=sep, end=end, file=file)`.
pub fn print_to(file: &Value, values: &[Value], sep: Option<&Str>, end: Option<&Str>) -> PyResult<()> {
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
            crate::types::stream::write_to(file, text.as_str())?;
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
            Value::Str(s) => out.push_str(s.as_str()),
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
        Some(line) => Ok(crate::types::str::from_string(line)),
        None => Err(PyErr::new(&exc::EOF_ERROR, "EOF when reading a line")),
    }
}
