//! Argument checks shared by the methods of the builtin types: counts,
//! optional indexes and strings, with CPython's TypeError texts, and the
//! AttributeError of a missing method.

use crate::object::exc::{PyErr, PyResult, ATTRIBUTE_ERROR};
use crate::object::value::Value;
use crate::types::str::Str;

pub(crate) fn no_attr(recv: &Value, name: &str) -> PyErr {
    if let Value::Type(t) = recv {
        return PyErr::new(&ATTRIBUTE_ERROR, format!("type object '{}' has no attribute '{name}'", t.name));
    }
    PyErr::new(&ATTRIBUTE_ERROR, format!("'{}' object has no attribute '{name}'", recv.type_name()))
}

pub(crate) fn want_str(v: &Value, what: &str) -> PyResult<Str> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(PyErr::type_error(format!("{what} must be str, not {}", other.type_name()))),
    }
}

pub(crate) fn opt_str(v: Option<&Value>, what: &str) -> PyResult<Option<Str>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => want_str(v, what).map(Some),
    }
}

pub(crate) fn opt_index(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(v.to_int()?.to_index()?)),
    }
}

pub(crate) fn argc(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    check_count(name, args.len(), min, max, Wording::Takes)
}

/// A builtin method's count of positional arguments, checked with CPython's
/// wording for the type methods implemented in C (`bytearray.pop`).
pub fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    check_count(name, args.len(), min, max, Wording::Expected)
}

/// How CPython words a count of arguments outside a range: "takes at least
/// 1 argument (0 given)" or "expected at least 1 argument, got 0" (an exact
/// count is "takes exactly" either way).
enum Wording {
    Takes,
    Expected,
}

fn check_count(name: &str, n: usize, min: usize, max: usize, wording: Wording) -> PyResult<()> {
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let s = if min == 1 { "" } else { "s" };
    let msg = match wording {
        _ if min == max => format!("{name}() takes exactly {min} argument{s} ({n} given)"),
        Wording::Takes if n < min => format!("{name}() takes at least {min} argument{s} ({n} given)"),
        Wording::Takes => format!("{name}() takes at most {max} arguments ({n} given)"),
        Wording::Expected if n < min => format!("{name} expected at least {min} argument{s}, got {n}"),
        Wording::Expected => format!("{name} expected at most {max} arguments, got {n}"),
    };
    Err(PyErr::type_error(msg))
}

/// The type of a bad argument as CPython's argument parsing names it
/// ("None" for None).
pub fn arg_type_name(v: &Value) -> &'static str {
    match v {
        Value::None => "None",
        other => other.type_name(),
    }
}

/// A builtin that takes no keyword arguments, called with some: CPython's
/// TypeError (from the generated table, like the arities).
pub fn check_keywords(owner: &str, name: &str, keywords: usize) -> PyResult<()> {
    if keywords == 0 {
        return Ok(());
    }
    let table = crate::types::arity_table::NO_KEYWORDS;
    match table.binary_search_by(|r| (r.0, r.1).cmp(&(owner, name))) {
        Ok(i) => Err(PyErr::type_error(table[i].2)),
        Err(_) => Ok(()),
    }
}

/// The arity table's row of (type, name): every dynamic call of a builtin
/// function or method looks its row up, so this is a generated `match`,
/// not a search or a hash of the two strings.
fn arity_row(owner: &str, name: &str) -> Option<&'static ArityRow> {
    crate::types::arity_table::row(owner, name).map(|i| &crate::types::arity_table::ARITY[i])
}

type ArityRow = (&'static str, &'static str, u8, u8, &'static str, &'static str);

/// CPython's TypeError when a builtin function or method (`len`,
/// `dict.pop`) gets a number of positional arguments it never takes (the
/// table, `arity_table.rs`, is generated from CPython).
/// `owner` is the type's name, empty for a builtin function.
pub fn check_arity(owner: &str, name: &str, positional: usize) -> PyResult<()> {
    let Some(&(_, _, lo, hi, few, many)) = arity_row(owner, name) else {
        return Ok(());
    };
    let msg = if positional < lo as usize {
        few
    } else if hi != 255 && positional > hi as usize {
        many
    } else {
        return Ok(());
    };
    Err(PyErr::type_error(msg.replace("{}", &positional.to_string())))
}
