//! `str.format` and `str.format_map`: replacement fields, their
//! conversions and format specs, with CPython's errors.

use crate::object::exc::{PyErr, PyResult};
use crate::object::protocol::getattr;
use crate::object::value::Value;
use crate::types::str as pystr;
use crate::types::str::Str;

/// `str.format` with positional fields (`{}`, `{0}`) and format specs.
/// `str.format(*args, **kwargs)`: replacement fields with positional or
/// named arguments, `.attr` and `[key]` chains, conversions, and format
/// specs that may themselves contain replacement fields.
pub(crate) fn format_method(s: &Str, args: &[Value], kwargs: &[(&str, Value)]) -> PyResult<Str> {
    let mut auto: Option<usize> = None;
    let mut manual = false;
    Ok(pystr::from_string(format_fields(s.as_str(), args, kwargs, &mut auto, &mut manual, 0)?))
}

pub(crate) fn format_fields(
    s: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
    auto: &mut Option<usize>,
    manual: &mut bool,
    depth: usize,
) -> PyResult<String> {
    if depth > 1 {
        return Err(PyErr::value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c == '{' && cs.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        if c == '}' && cs.get(i + 1) == Some(&'}') {
            out.push('}');
            i += 2;
            continue;
        }
        if c == '}' {
            return Err(PyErr::value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if i + 1 == cs.len() {
            return Err(PyErr::value_error("Single '{' encountered in format string"));
        }
        let (name, conv, spec, end) = parse_field(&cs, i + 1)?;
        let name = name.as_str();
        // The field's own value first: it takes its automatic number before
        // the fields nested in its spec take theirs (as CPython numbers them).
        // Then its conversion, then the fields of its spec.
        let v = field_value(name, args, kwargs, auto, manual)?;
        let v = match conv {
            None => v,
            Some('r') => Value::Str(pystr::repr_str(&v)),
            Some('s') => Value::Str(pystr::to_str(&v)),
            Some('a') => Value::Str(pystr::ascii_str(&v)),
            Some(c) if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(PyErr::value_error(format!("Unknown conversion specifier {c}")))
            }
            Some(c) => return Err(PyErr::value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))),
        };
        let spec = if spec.contains('{') { format_fields(&spec, args, kwargs, auto, manual, depth + 1)? } else { spec };
        out.push_str(&crate::object::protocol::format(&v, &spec)?);
        i = end;
    }
    Ok(out)
}

/// The replacement field starting at `cs[i]` (just after its `{`), read
/// as CPython reads it: its name (up to `!`, `:` or `}`, brackets
/// skipped), conversion and format spec (nested braces counted), and
/// where it ends (after its `}`).
fn parse_field(cs: &[char], mut i: usize) -> PyResult<(String, Option<char>, String, usize)> {
    let start = i;
    let mut c = '\0';
    let mut ended = false;
    while i < cs.len() {
        c = cs[i];
        i += 1;
        match c {
            '{' => return Err(PyErr::value_error("unexpected '{' in field name")),
            '[' => {
                while i < cs.len() && cs[i] != ']' {
                    i += 1;
                }
            }
            '}' | ':' | '!' => {
                ended = true;
                break;
            }
            _ => {}
        }
    }
    if !ended {
        return Err(PyErr::value_error("expected '}' before end of string"));
    }
    let name: String = cs[start..i - 1].iter().collect();
    if c == '}' {
        return Ok((name, None, String::new(), i));
    }
    let mut conv = None;
    if c == '!' {
        let Some(&k) = cs.get(i) else {
            return Err(PyErr::value_error("end of string while looking for conversion specifier"));
        };
        conv = Some(k);
        i += 1;
        if let Some(&next) = cs.get(i) {
            i += 1;
            match next {
                '}' => return Ok((name, conv, String::new(), i)),
                ':' => {}
                _ => return Err(PyErr::value_error("expected ':' after conversion specifier")),
            }
        }
    }
    let spec_start = i;
    let mut depth = 1;
    while i < cs.len() {
        i += 1;
        match cs[i - 1] {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Ok((name, conv, cs[spec_start..i - 1].iter().collect(), i));
                }
            }
            _ => {}
        }
    }
    Err(PyErr::value_error("unmatched '{' in format spec"))
}

/// The value a replacement field names: an argument, then `.attr`/`[key]` steps.
pub(crate) fn field_value(
    name: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
    auto: &mut Option<usize>,
    manual: &mut bool,
) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(first_end);
    let mut v = if first.is_empty() {
        if *manual {
            return Err(PyErr::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let idx = auto.map_or(0, |n| n + 1);
        *auto = Some(idx);
        args.get(idx).cloned().ok_or_else(|| {
            PyErr::new(
                &crate::object::exc::INDEX_ERROR,
                format!("Replacement index {idx} out of range for positional args tuple"),
            )
        })?
    } else if let Ok(idx) = first.parse::<usize>() {
        if auto.is_some() {
            return Err(PyErr::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *manual = true;
        args.get(idx).cloned().ok_or_else(|| {
            PyErr::new(
                &crate::object::exc::INDEX_ERROR,
                format!("Replacement index {idx} out of range for positional args tuple"),
            )
        })?
    } else {
        kwargs
            .iter()
            .find(|(k, _)| *k == first)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| PyErr::new(&crate::object::exc::KEY_ERROR, first))?
    };
    // Each step is checked when it is reached, as CPython reads them.
    let empty = || PyErr::value_error("Empty attribute in format string");
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return Err(empty());
            }
            v = getattr(&v, &r[..end])?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').ok_or_else(|| PyErr::value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            rest = &r[end + 1..];
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                return Err(PyErr::value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
            if key.is_empty() {
                return Err(empty());
            }
            let k = match key.bytes().all(|b| b.is_ascii_digit()) {
                true => key.parse::<i64>().map_or_else(|_| Value::from_str(key), Value::Int),
                false => Value::from_str(key),
            };
            v = crate::object::protocol::getitem(&v, &k)?;
        } else {
            return Err(PyErr::value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(v)
}
