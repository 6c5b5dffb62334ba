//! The Rust half of `codecs` (`stdlib/codecs.py`): finding an encoding by
//! name, decoding a stream part by part, and the registry of error
//! handlers the codecs (`types/codec/`) consult. The Python half holds
//! `CodecInfo`, the incremental and stream classes and the codecs between
//! bytes and bytes.

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::args::argc;
use crate::types::codec::{self, handler, Kind};

fn text<'a>(what: &str, v: &'a Value) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(PyErr::type_error(format!("{what}() argument must be str, not {}", other.type_name()))),
    }
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    let short = crate::stdlib::short_name(name);
    match name {
        // (encoding) -> (module of `encodings`, CodecInfo name, kind), or
        // CPython's LookupError.
        "codecs._pyaot_lookup" => {
            argc(short, &args, 1, 1)?;
            let encoding = text("lookup", &args[0])?;
            let Some(found) = codec::find(encoding) else {
                return Err(PyErr::new(&crate::object::exc::LOOKUP_ERROR, format!("unknown encoding: {encoding}")));
            };
            let kind = match found.kind {
                Kind::Own | Kind::Charmap => "text",
                Kind::NotText => "bytes",
                Kind::Missing => "missing",
            };
            Ok(Value::Tuple(crate::types::tuple::new(vec![
                Value::from_str(found.module),
                Value::from_str(found.name),
                Value::from_str(kind),
            ])))
        }
        // (data, encoding, errors, final) -> (text, bytes used)
        "codecs._pyaot_decode_part" => {
            argc(short, &args, 4, 4)?;
            let data = match &args[0] {
                Value::Bytes(b) => b.data.to_vec(),
                Value::ByteArray(b) => b.data.borrow().clone(),
                other => {
                    return Err(PyErr::type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        other.type_name()
                    )))
                }
            };
            let encoding = text("decode", &args[1])?;
            let errors = text("decode", &args[2])?;
            let last = crate::object::value::truthy_checked(&args[3])?;
            let (s, used) = codec::decode_part(&data, encoding, errors, last)?;
            Ok(Value::Tuple(crate::types::tuple::new(vec![Value::Str(s.into_str()), Value::Int(used as i64)])))
        }
        "codecs.register_error" => {
            argc(short, &args, 2, 2)?;
            let name = text("register_error", &args[0])?;
            if !crate::types::func::callable(&args[1]) {
                return Err(PyErr::type_error("handler must be callable"));
            }
            handler::register(name, args[1].clone());
            Ok(Value::None)
        }
        // (name) -> the handler the program registered, or None for a
        // built-in one; LookupError for an unknown name.
        "codecs._pyaot_registered" => {
            argc(short, &args, 1, 1)?;
            let name = text("lookup_error", &args[0])?;
            if let Some(f) = handler::registered(name) {
                return Ok(f);
            }
            handler::check_name(name)?;
            Ok(Value::None)
        }
        _ => unreachable!("codecs has no function {name}"),
    }
}
