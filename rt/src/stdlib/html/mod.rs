//! The Rust half of `html` (`stdlib/html/`): `unescape` by HTML 5's rules
//! for character references, and the entity tables of `html.entities`
//! (`entities.rs`, generated from CPython by `tools/gen_html_entities.py`),
//! kept here so a program importing `html` compiles no table of 2,231
//! entries.
//!
//! A reference is `&#` and decimal digits, `&#x` and hex digits, or `&`
//! and a name of up to 32 characters, each with an optional `;`. A name
//! not in the table stands for its longest prefix (of two characters or
//! more) that is, followed by the rest, as HTML 5 reads legacy references
//! like `&ampfoo`; a numeric reference to a forbidden code point becomes
//! what the standard says (U+FFFD, a Windows-1252 character, or nothing).

mod entities;

use std::collections::HashMap;

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::args::argc;

thread_local! {
    /// `entities::HTML5` by name.
    static HTML5: HashMap<&'static str, &'static str> = entities::HTML5.iter().copied().collect();
}

fn html5(name: &str) -> Option<&'static str> {
    HTML5.with(|t| t.get(name).copied())
}

/// What the numeric reference to `n` (saturated past 0x10ffff) stands for.
fn numeric(n: u32, out: &mut String) {
    if let Ok(i) = entities::REPLACED.binary_search_by_key(&n, |e| e.0) {
        out.push_str(entities::REPLACED[i].1);
    } else if (0xd800..0xe000).contains(&n) || n > 0x10ffff {
        out.push('\u{fffd}');
    } else if entities::DROPPED.binary_search(&n).is_err() {
        out.push(char::from_u32(n).unwrap_or('\u{fffd}'));
    }
}

/// Whether `c` may be part of a reference's name.
fn name_char(c: char) -> bool {
    !matches!(c, '\t' | '\n' | '\x0c' | ' ' | '<' | '&' | '#' | ';')
}

/// `html.unescape(s)`.
pub fn unescape(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '&' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let at = i + 1;
        if chars.get(at) == Some(&'#') {
            let hex = matches!(chars.get(at + 1), Some('x' | 'X'));
            let first = if hex { at + 2 } else { at + 1 };
            let radix = if hex { 16 } else { 10 };
            let mut end = first;
            let mut n: u32 = 0;
            while let Some(d) = chars.get(end).and_then(|c| c.to_digit(radix)) {
                n = n.saturating_mul(radix).saturating_add(d).min(0x110000);
                end += 1;
            }
            if end == first {
                out.push('&');
                i = at;
                continue;
            }
            if chars.get(end) == Some(&';') {
                end += 1;
            }
            numeric(n, &mut out);
            i = end;
            continue;
        }
        let mut end = at;
        while end < chars.len() && end - at < 32 && name_char(chars[end]) {
            end += 1;
        }
        if end == at {
            out.push('&');
            i = at;
            continue;
        }
        if chars.get(end) == Some(&';') {
            end += 1;
        }
        let name: String = chars[at..end].iter().collect();
        match html5(&name) {
            Some(v) => out.push_str(v),
            None => {
                let prefix = (2..name.chars().count()).rev().find_map(|k| {
                    let cut = name.char_indices().nth(k).map_or(name.len(), |(b, _)| b);
                    html5(&name[..cut]).map(|v| (v, cut))
                });
                match prefix {
                    Some((v, cut)) => {
                        out.push_str(v);
                        out.push_str(&name[cut..]);
                    }
                    None => {
                        out.push('&');
                        out.push_str(&name);
                    }
                }
            }
        }
        i = end;
    }
    out
}

fn dict(pairs: impl Iterator<Item = (Value, Value)>) -> PyResult<Value> {
    let d = crate::types::dict::new();
    for (k, v) in pairs {
        crate::types::dict::setitem(&d, k, v)?;
    }
    Ok(Value::Dict(d))
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    let short = crate::stdlib::short_name(name);
    match name {
        "html._pyaot_unescape" => {
            argc(short, &args, 1, 1)?;
            match &args[0] {
                Value::Str(s) => Ok(Value::from_str(&unescape(s.as_str()))),
                other => Err(PyErr::type_error(format!("unescape() argument must be str, not {}", other.type_name()))),
            }
        }
        "html._pyaot_html5" => {
            argc(short, &args, 0, 0)?;
            dict(entities::HTML5.iter().map(|(k, v)| (Value::from_str(k), Value::from_str(v))))
        }
        "html._pyaot_name2codepoint" => {
            argc(short, &args, 0, 0)?;
            dict(entities::NAME2CODEPOINT.iter().map(|(k, v)| (Value::from_str(k), Value::Int(*v as i64))))
        }
        _ => unreachable!("html has no function {name}"),
    }
}
