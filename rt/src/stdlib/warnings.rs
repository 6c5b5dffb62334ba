//! The Rust half of `warnings` (`stdlib/warnings.py`): where a call was
//! made, from the program-wide line the compiler passes with it.

use crate::object::exc::PyResult;
use crate::object::value::Value;

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    crate::types::args::argc(crate::stdlib::short_name(name), &args, 1, 1)?;
    match name {
        "warnings._pyaot_location" => location(&args[0]),
        _ => unreachable!("warnings has no function {name}"),
    }
}

/// `_pyaot_location(line)`: the file a program-wide line is in, the line's
/// number there and its text stripped (None when blank).
fn location(line: &Value) -> PyResult<Value> {
    let line = line.to_int()?.as_i64().unwrap_or(0).clamp(0, u32::MAX as i64) as u32;
    let (file, lineno) = crate::object::program::file_and_line(line);
    let text = crate::object::program::source_line(line).map_or(Value::None, |t| Value::from_str(&t));
    let items = vec![Value::from_str(file), Value::Int(lineno as i64), text];
    Ok(Value::Tuple(crate::types::tuple::new(items)))
}
