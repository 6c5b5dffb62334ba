//! `string`: its constants and `capwords`.

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;

/// The `string` module's constants.
pub fn constant(name: &str) -> &'static str {
    const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
    const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const PUNCT: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    match name {
        "ascii_letters" => "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "ascii_lowercase" => LOWER,
        "ascii_uppercase" => UPPER,
        "digits" => "0123456789",
        "hexdigits" => "0123456789abcdefABCDEF",
        "octdigits" => "01234567",
        "punctuation" => PUNCT,
        "whitespace" => " \t\n\r\x0b\x0c",
        _ => "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c",
    }
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    match name {
        "string.capwords" => capwords(args, kw),
        _ => unreachable!("string has no function {name}"),
    }
}

/// `capwords(s, sep=None)`: the words split by `sep` (whitespace when
/// None), each capitalized, joined by `sep` (a space when None).
fn capwords(args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let n = args.len() - kw.len();
    let mut sep = args.get(1).filter(|_| n > 1).cloned().unwrap_or(Value::None);
    for (k, v) in kw.iter().zip(&args[n..]) {
        match *k {
            "sep" if n < 2 => sep = v.clone(),
            other => return Err(PyErr::type_error(format!("capwords() got an unexpected keyword argument '{other}'"))),
        }
    }
    crate::types::args::argc("capwords", &args[..n], 1, 2)?;
    let Value::Str(s) = &args[0] else {
        return Err(PyErr::new(
            &crate::object::exc::ATTRIBUTE_ERROR,
            format!("'{}' object has no attribute 'split'", args[0].type_name()),
        ));
    };
    let sep = match &sep {
        Value::None => None,
        Value::Str(t) => Some(t.clone()),
        other => return Err(PyErr::type_error(format!("must be str or None, not {}", other.type_name()))),
    };
    let words = crate::types::str::split(s, sep.as_ref(), -1)?;
    let capitalized: Vec<String> = words
        .to_vec()
        .iter()
        .map(|w| match w {
            Value::Str(w) => crate::types::str::capitalize(w).as_str().to_string(),
            _ => String::new(),
        })
        .collect();
    let joiner = sep.as_ref().map_or(" ", |t| t.as_str());
    Ok(Value::from_str(&capitalized.join(joiner)))
}
