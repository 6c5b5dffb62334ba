//! The Rust half of `datetime` (`stdlib/datetime.py`): the clock, read
//! once as whole seconds and microseconds. The local time zone is the
//! `time` module's (`stdlib::time`).

use crate::object::exc::PyResult;
use crate::object::value::Value;
use crate::types::args::argc;

fn ints(v: &[i64]) -> Value {
    Value::Tuple(crate::types::tuple::new(v.iter().map(|&x| Value::Int(x)).collect()))
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    let short = crate::stdlib::short_name(name);
    match name {
        // The clock: (seconds, microseconds) since the epoch.
        "datetime._pyaot_now" => {
            argc(short, &args, 0, 0)?;
            let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            Ok(ints(&[d.as_secs() as i64, d.subsec_micros() as i64]))
        }
        _ => unreachable!("datetime has no function {name}"),
    }
}
