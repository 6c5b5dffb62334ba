//! The Rust half of `inspect` (`stdlib/inspect.py`): what a function value
//! knows of itself that Python code cannot read (pyaot keeps no code
//! objects): whether it makes generators, and its parameters.

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::func::Kind;

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    let short = crate::stdlib::short_name(name);
    crate::types::args::argc(short, &args, 1, 1)?;
    match name {
        // `isgeneratorfunction(f)`: a function whose calls make generators.
        "inspect.isgeneratorfunction" => Ok(Value::Bool(matches!(&args[0], Value::Func(f) if f.generator))),
        "inspect._pyaot_parameters" => parameters(&args[0]),
        _ => unreachable!("inspect has no function {name}"),
    }
}

/// `_pyaot_parameters(f)`: `(name, kind)` for each parameter of a function, the
/// kind numbered as `inspect.Parameter`'s kinds (0 positional-only ... 4
/// `**kwargs`); ValueError for a builtin, whose parameters pyaot does not
/// record.
fn parameters(f: &Value) -> PyResult<Value> {
    let Value::Func(func) = f else {
        return Err(PyErr::value_error(format!("no signature found for {}", crate::object::protocol::repr(f))));
    };
    let items = func
        .params
        .iter()
        .map(|(n, k)| {
            let kind = match k {
                Kind::PositionalOnly => 0,
                Kind::Normal => 1,
                Kind::VarArgs => 2,
                Kind::KeywordOnly => 3,
                Kind::VarKw => 4,
            };
            Value::Tuple(crate::types::tuple::new(vec![Value::from_str(n), Value::Int(kind)]))
        })
        .collect();
    Ok(Value::List(crate::types::list::from_vec(items)))
}
