//! The `dis` module: `dis.dis(f)` prints pyaot's compiled form of a
//! function, its IR, one statement per line after its source line: pyaot's
//! equivalent of CPython's bytecode listing (which Python leaves to the
//! implementation). The compiler registers the text of each function a
//! program that imports `dis` may show (`compiler/src/opt/dis.rs`).

use std::cell::RefCell;

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;

thread_local! {
    static LISTINGS: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// Records the listings of the program's functions, by qualified name.
pub fn register(names: &[&str], texts: &[&str]) {
    LISTINGS.with(|l| {
        l.borrow_mut().extend(names.iter().zip(texts).map(|(n, t)| (n.to_string(), t.to_string())));
    });
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    match name {
        "dis.dis" => {
            crate::builtins::arity("dis", &args, 1, 1)?;
            let qualname = match &args[0] {
                Value::Func(f) => f.qualname.to_string(),
                other => {
                    return Err(PyErr::type_error(format!(
                        "don't know how to disassemble {} objects",
                        other.type_name()
                    )))
                }
            };
            let text = LISTINGS.with(|l| l.borrow().iter().find(|(n, _)| *n == qualname).map(|(_, t)| t.clone()));
            let text = text.unwrap_or_else(|| format!("(no listing of {qualname})\n"));
            crate::types::stream::write_stdout(&text)?;
            Ok(Value::None)
        }
        _ => unreachable!("dis has no function {name}"),
    }
}
