//! The Rust half of `traceback` (`_pyaot_traceback`; `stdlib/traceback.py`
//! is the module): an exception's report in `format_exception`'s pieces,
//! its last line, and a traceback object's frames.

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;

fn strings(items: Vec<String>) -> Value {
    Value::List(crate::types::list::from_vec(items.iter().map(|s| Value::from_str(s)).collect()))
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    let short = crate::stdlib::short_name(name);
    match name {
        // (exc, chain)
        "traceback.format_exception" => {
            crate::types::args::argc(short, &args, 2, 2)?;
            match &args[0] {
                Value::Exc(e) => Ok(strings(crate::types::exception::traceback_chunks(e, args[1].truthy()))),
                other => Err(not_exception(other)),
            }
        }
        "traceback.format_exception_only" => {
            crate::types::args::argc(short, &args, 1, 1)?;
            match &args[0] {
                Value::Exc(e) => Ok(strings(vec![crate::types::exception::exception_line(e)])),
                Value::None => Ok(strings(vec!["NoneType: None\n".to_string()])),
                other => Err(not_exception(other)),
            }
        }
        "traceback.format_tb" => {
            crate::types::args::argc(short, &args, 1, 1)?;
            match crate::types::traceback::format_tb(&args[0]) {
                Some(items) => Ok(strings(items)),
                None if args[0].is_none() => Ok(strings(Vec::new())),
                None => Err(PyErr::new(
                    &crate::object::exc::ATTRIBUTE_ERROR,
                    format!("'{}' object has no attribute 'tb_frame'", args[0].type_name()),
                )),
            }
        }
        _ => unreachable!("traceback has no function {name}"),
    }
}

fn not_exception(v: &Value) -> PyErr {
    PyErr::type_error(format!("Exception expected for value, {} found", v.type_name()))
}
