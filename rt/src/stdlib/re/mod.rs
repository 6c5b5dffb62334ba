//! The Rust half of `re` (`stdlib/re.py`): patterns are parsed
//! (`parse.rs`), compiled (`compile.rs`) and matched (`engine.rs`) here,
//! and `re.Pattern` and `re.Match` are native objects (`objects.rs`); the
//! Python half holds the flags, `re.error`, the template parser, the
//! pattern cache and the module's functions. Written from the module's documentation and
//! CPython's observable behaviour, not from its sources: the matcher is
//! a backtracking one with SRE's order of trying alternatives.

mod case;
pub mod compile;
pub mod engine;
mod objects;
pub mod parse;

use crate::object::exc::PyResult;
use crate::object::value::Value;
use crate::types::args::argc;

/// The flag bits, as `re` numbers them.
pub mod flags {
    pub const TEMPLATE: u32 = 1;
    pub const IGNORECASE: u32 = 2;
    pub const LOCALE: u32 = 4;
    pub const MULTILINE: u32 = 8;
    pub const DOTALL: u32 = 16;
    pub const UNICODE: u32 = 32;
    pub const VERBOSE: u32 = 64;
    pub const DEBUG: u32 = 128;
    pub const ASCII: u32 = 256;
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    let short = crate::stdlib::short_name(name);
    match name {
        // (re.error, re._parse_template): what the Rust half calls back
        // into.
        "re._pyaot_setup" => {
            argc(short, &args, 2, 2)?;
            objects::setup(&args);
            Ok(Value::None)
        }
        // (pattern, flags) -> a compiled `re.Pattern`
        "re._pyaot_compile" => {
            argc(short, &args, 2, 2)?;
            objects::compile(&args[0], args[1].to_int()?.to_index()?)
        }
        _ => unreachable!("re has no function {name}"),
    }
}
