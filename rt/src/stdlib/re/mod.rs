//! The Rust half of `re` (`stdlib/re.py`): patterns are parsed
//! (`parse.rs`), compiled (`compile.rs`) and matched (`engine.rs`) here;
//! the Python half holds the `Pattern` and `Match` objects, templates and
//! the module's functions. Written from the module's documentation and
//! CPython's observable behaviour, not from its sources: the matcher is
//! a backtracking one with SRE's order of trying alternatives.

mod case;
pub mod compile;
pub mod engine;
pub mod parse;

use crate::object::exc::{PyErr, PyResult};
use crate::object::layout::native::NativeType;
use crate::object::value::Value;
use crate::types::args::argc;
use compile::Program;
use engine::Mode;

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

/// A compiled pattern, opaque to the Python half.
struct Code {
    prog: Program,
    istext: bool,
    flags: u32,
    names: Vec<(String, usize)>,
}

impl NativeType for Code {
    fn type_name(&self) -> &'static str {
        "_pyaot_re_code"
    }
}

/// A subject string as the matcher reads it.
enum Subject {
    Bytes(Vec<u8>),
    Wide(Vec<u32>),
}

fn code(v: &Value) -> PyResult<&Code> {
    crate::types::native::ext::<Code>(v).ok_or_else(|| PyErr::type_error("not a compiled pattern"))
}

fn int(v: &Value) -> PyResult<i64> {
    v.to_int()?.to_index()
}

fn subject(code: &Code, v: &Value) -> PyResult<Subject> {
    match v {
        Value::Str(s) => {
            if !code.istext {
                return Err(PyErr::type_error("cannot use a bytes pattern on a string-like object"));
            }
            Ok(if s.is_ascii() {
                Subject::Bytes(s.as_str().as_bytes().to_vec())
            } else {
                Subject::Wide(s.as_str().chars().map(|c| c as u32).collect())
            })
        }
        other => match crate::ops::bytes_like(other) {
            Some(b) => {
                if code.istext {
                    return Err(PyErr::type_error("cannot use a string pattern on a bytes-like object"));
                }
                Ok(Subject::Bytes(b))
            }
            None => {
                Err(PyErr::type_error(format!("expected string or bytes-like object, got '{}'", other.type_name())))
            }
        },
    }
}

fn find(
    code: &Code,
    s: &Subject,
    pos: usize,
    endpos: usize,
    mode: Mode,
    must_advance: bool,
) -> Option<engine::Captures> {
    match s {
        Subject::Bytes(b) => engine::find(&code.prog, b.as_slice(), pos, endpos, mode, must_advance),
        Subject::Wide(w) => engine::find(&code.prog, w.as_slice(), pos, endpos, mode, must_advance),
    }
}

/// A match as the Python half takes it: each slot (-1 when unset), then
/// the last group closed (None when none).
fn captures(c: &engine::Captures) -> Value {
    let mut items: Vec<Value> =
        c.slots.iter().map(|&s| Value::Int(if s == engine::UNSET { -1 } else { s as i64 })).collect();
    items.push(if c.lastindex == 0 { Value::None } else { Value::Int(c.lastindex as i64) });
    Value::Tuple(crate::types::tuple::new(items))
}

fn compile_pattern(pattern: &Value, flags: i64) -> PyResult<Value> {
    let (chars, istext): (Vec<u32>, bool) = match pattern {
        Value::Str(s) => (s.as_str().chars().map(|c| c as u32).collect(), true),
        other => match crate::ops::bytes_like(other) {
            Some(b) => (b.into_iter().map(u32::from).collect(), false),
            None => return Err(PyErr::type_error("first argument must be string or compiled pattern")),
        },
    };
    let error = |e: parse::Error| -> PyResult<Value> {
        match e {
            parse::Error::Syntax(msg, pos) => Ok(Value::Tuple(crate::types::tuple::new(vec![
                Value::from_str(&msg),
                pos.map_or(Value::None, |p| Value::Int(p as i64)),
            ]))),
            parse::Error::Overflow(msg) => Err(PyErr::new(&crate::object::exc::OVERFLOW_ERROR, msg)),
            parse::Error::Value(msg) => Err(PyErr::value_error(msg)),
        }
    };
    let parsed = match parse::parse(&chars, istext, flags as u32) {
        Ok(p) => p,
        Err(e) => return error(e),
    };
    let widths = parsed.widths.clone();
    let prog = match compile::compile(&parsed, widths) {
        Ok(p) => p,
        Err(e) => return error(e),
    };
    Ok(crate::types::native::new_ext(Code { prog, istext, flags: parsed.flags, names: parsed.names }))
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    let short = crate::stdlib::short_name(name);
    match name {
        // (pattern, flags) -> code, or (message, position) for re.error
        "re._pyaot_compile" => {
            argc(short, &args, 2, 2)?;
            compile_pattern(&args[0], int(&args[1])?)
        }
        // code -> (flags, groups, ((name, index), ...))
        "re._pyaot_info" => {
            argc(short, &args, 1, 1)?;
            let c = code(&args[0])?;
            let names = c
                .names
                .iter()
                .map(|(n, i)| Value::Tuple(crate::types::tuple::new(vec![Value::from_str(n), Value::Int(*i as i64)])))
                .collect();
            Ok(Value::Tuple(crate::types::tuple::new(vec![
                Value::Int(c.flags as i64),
                Value::Int(c.prog.groups as i64 - 1),
                Value::Tuple(crate::types::tuple::new(names)),
            ])))
        }
        // (code, string, pos, endpos, mode, must_advance) -> match or
        // None; mode 0 match, 1 fullmatch, 2 search
        "re._pyaot_find" => {
            argc(short, &args, 6, 6)?;
            let c = code(&args[0])?;
            let s = subject(c, &args[1])?;
            let (pos, endpos) = (int(&args[2])?.max(0) as usize, int(&args[3])?.max(0) as usize);
            let mode = match int(&args[4])? {
                0 => Mode::Match,
                1 => Mode::Full,
                _ => Mode::Search,
            };
            Ok(find(c, &s, pos, endpos, mode, args[5].truthy()).map_or(Value::None, |m| captures(&m)))
        }
        // (code, string, pos, endpos, limit) -> every match from left to
        // right (at most `limit` of them when it is positive), an empty
        // match never where the last one ended.
        "re._pyaot_scan" => {
            argc(short, &args, 5, 5)?;
            let c = code(&args[0])?;
            let s = subject(c, &args[1])?;
            let (mut pos, endpos) = (int(&args[2])?.max(0) as usize, int(&args[3])?.max(0) as usize);
            let limit = int(&args[4])?;
            let mut out = vec![];
            let mut must_advance = false;
            while limit <= 0 || (out.len() as i64) < limit {
                let Some(m) = find(c, &s, pos, endpos, Mode::Search, must_advance) else { break };
                let end = m.slots[1];
                must_advance = end == m.slots[0];
                pos = end;
                out.push(captures(&m));
            }
            Ok(Value::List(crate::types::list::from_vec(out)))
        }
        _ => unreachable!("re has no function {name}"),
    }
}
