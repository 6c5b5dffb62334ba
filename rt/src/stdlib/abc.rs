//! The Rust half of the `abc` module (`_pyaot_abc`): `@abstractmethod`
//! (the mark on a function); `stdlib/abc.py` makes `ABCMeta` and `ABC`.
//! `typing`'s plain bases live beside it. What a class made by `ABCMeta`
//! does with the marks is the class model's (`types/class/abstracts.rs`).

use crate::object::exc::PyResult;
use crate::object::value::Value;
pub use crate::types::class::abstracts::typing_base;

pub fn call(name: &str, mut args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    crate::types::args::arity("abstractmethod", &args, 1, 1)?;
    let f = args.pop().unwrap();
    // As CPython: the mark is an attribute of the function.
    crate::ops::methods::setattr(&f, "__isabstractmethod__", Value::Bool(true))?;
    Ok(f)
}
