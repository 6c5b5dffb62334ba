//! The Rust half of `logging` (`stdlib/logging.py`): where a logging call
//! was made, for its record's `pathname`, `lineno` and `funcName`.

use crate::object::exc::PyResult;
use crate::object::value::Value;

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    match name {
        "logging._pyaot_caller" => {
            crate::types::args::argc(crate::stdlib::short_name(name), &args, 1, 1)?;
            Ok(caller(&args[0]))
        }
        _ => unreachable!("logging has no function {name}"),
    }
}

/// `_pyaot_caller(logger)`: `(pathname, lineno, funcName)` of the marked
/// call of a logging method on `logger` now running, else None;
/// `_pyaot_caller(None)`: of the marked call of a module's function
/// (`logging.info(...)`).
fn caller(recv: &Value) -> Value {
    match crate::object::program::take_caller(recv) {
        Some((line, func)) => site(line, func),
        None => Value::None,
    }
}

/// `(pathname, lineno, funcName)` of a program-wide line in a function.
fn site(line: u32, func: &str) -> Value {
    let (file, lineno) = crate::object::program::file_and_line(line);
    let items = vec![Value::from_str(file), Value::Int(i64::from(lineno)), Value::from_str(func)];
    Value::Tuple(crate::types::tuple::new(items))
}
