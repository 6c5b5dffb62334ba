//! The Rust half of `json` (`stdlib/json/`): the serializer and the
//! parser, native for speed (CPython's are in C too). The Python half
//! holds the classes and options, and calls these with them spelled out.

mod decode;
mod encode;

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::args::argc;

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    let short = crate::stdlib::short_name(name);
    match name {
        // (obj, default, indent, item_sep, key_sep, sort_keys, skipkeys,
        //  ensure_ascii, check_circular, allow_nan)
        "json._pyaot_encode" => {
            argc(short, &args, 10, 10)?;
            let text = |v: &Value| match v {
                Value::Str(s) => Ok(s.as_str().to_string()),
                other => Err(PyErr::type_error(format!("expected str, not {}", other.type_name()))),
            };
            let opts = encode::Options {
                default: args[1].clone(),
                indent: if args[2].is_none() { None } else { Some(text(&args[2])?) },
                item_sep: text(&args[3])?,
                key_sep: text(&args[4])?,
                sort_keys: args[5].truthy(),
                skipkeys: args[6].truthy(),
                ensure_ascii: args[7].truthy(),
                check_circular: args[8].truthy(),
                allow_nan: args[9].truthy(),
            };
            Ok(string(encode::encode(&args[0], &opts)?))
        }
        // (s, ensure_ascii)
        "json._pyaot_encode_basestring" => {
            argc(short, &args, 2, 2)?;
            let Value::Str(s) = &args[0] else {
                return Err(PyErr::type_error(format!("first argument must be a string, not {}", args[0].type_name())));
            };
            let mut out = String::new();
            encode::escape(&mut out, s.as_str(), args[1].truthy());
            Ok(string(out))
        }
        // (s, idx, whole, strict, object_hook, object_pairs_hook,
        //  parse_float, parse_int, parse_constant, error_class)
        "json._pyaot_decode" => {
            argc(short, &args, 10, 10)?;
            let Value::Str(doc) = &args[0] else {
                return Err(PyErr::type_error(format!("first argument must be a string, not {}", args[0].type_name())));
            };
            let opts = decode::Options {
                strict: args[3].truthy(),
                object_hook: args[4].clone(),
                object_pairs_hook: args[5].clone(),
                parse_float: args[6].clone(),
                parse_int: args[7].clone(),
                parse_constant: args[8].clone(),
                error: args[9].clone(),
            };
            let start = args[1].to_int()?.to_index()?;
            let whole = args[2].truthy();
            let (v, end) = decode::decode(doc, start.max(0) as usize, whole, &opts)?;
            if whole {
                return Ok(v);
            }
            Ok(Value::Tuple(crate::types::tuple::new(vec![v, Value::Int(end as i64)])))
        }
        _ => unreachable!("json has no function {name}"),
    }
}

fn string(s: String) -> Value {
    Value::Str(crate::types::str::from_string(s))
}
