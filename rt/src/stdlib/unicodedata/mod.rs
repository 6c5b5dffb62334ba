//! `unicodedata`: the Unicode 14.0 character database as CPython 3.11
//! reports it. The properties, decompositions, numeric values and
//! canonical compositions are tables generated from CPython's own module
//! (`tools/gen_unicode_tables.py` writes `tables.rs`); character names
//! come from the `unicode_names2` crate, limited to the characters Unicode
//! 14.0 assigns; `lookup` also finds the named sequences (a table from
//! Unicode's data file, checked against CPython). Normalization is the
//! standard algorithm over those tables: full decomposition (Hangul syllables by arithmetic), canonical
//! ordering by combining class, then canonical composition for NFC/NFKC.

mod tables;

use crate::object::exc::{PyErr, PyResult, KEY_ERROR};
use crate::object::value::Value;
use crate::types::args::argc;

/// The value of the run of `table` holding `c`.
fn run_value(table: &[(u32, u8)], c: u32) -> u8 {
    let i = table.partition_point(|&(start, _)| start <= c);
    table[i - 1].1
}

fn category(c: u32) -> &'static str {
    tables::CATEGORY_NAMES[run_value(tables::CATEGORY, c) as usize]
}

fn combining(c: u32) -> u8 {
    run_value(tables::COMBINING, c)
}

/// The one character of `v`, or CPython's TypeError for `what`.
fn one_char(what: &str, v: &Value) -> PyResult<u32> {
    if let Value::Str(s) = v {
        if s.char_len() == 1 {
            return Ok(crate::types::str::surrogates::code_points(s.bytes()).next().unwrap());
        }
    }
    Err(PyErr::type_error(format!("{what}() argument must be a unicode character, not {}", v.type_name())))
}

/// The name of `c` in Unicode 14.0, if it has one.
fn name_of(c: u32) -> Option<String> {
    crate::types::unicode::name(char::from_u32(c)?)
}

fn numeric_entry(c: u32) -> Option<&'static (u32, f64, i8, i8)> {
    tables::NUMERIC.binary_search_by_key(&c, |e| e.0).ok().map(|i| &tables::NUMERIC[i])
}

fn decomposition(c: u32) -> &'static str {
    match tables::DECOMPOSITION.binary_search_by_key(&c, |e| e.0) {
        Ok(i) => tables::DECOMPOSITION[i].1,
        Err(_) => "",
    }
}

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

fn decompose_into(c: u32, compat: bool, out: &mut Vec<u32>) {
    if (S_BASE..S_BASE + S_COUNT).contains(&c) {
        let s = c - S_BASE;
        out.push(L_BASE + s / N_COUNT);
        out.push(V_BASE + (s % N_COUNT) / T_COUNT);
        if !s.is_multiple_of(T_COUNT) {
            out.push(T_BASE + s % T_COUNT);
        }
        return;
    }
    let d = decomposition(c);
    if d.is_empty() || (!compat && d.starts_with('<')) {
        out.push(c);
        return;
    }
    for part in d.split(' ').filter(|p| !p.starts_with('<')) {
        let code = u32::from_str_radix(part, 16).expect("a hex code point");
        decompose_into(code, compat, out);
    }
}

fn compose_pair(a: u32, b: u32) -> Option<u32> {
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return Some(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a)
        && (a - S_BASE).is_multiple_of(T_COUNT)
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&b)
    {
        return Some(a + (b - T_BASE));
    }
    tables::COMPOSE.binary_search_by_key(&(a, b), |&(x, y, _)| (x, y)).ok().map(|i| tables::COMPOSE[i].2)
}

/// `unicodedata.normalize(form, s)`.
pub fn normalize(form: &str, s: &str) -> Option<String> {
    let (compat, compose) = match form {
        "NFC" => (false, true),
        "NFD" => (false, false),
        "NFKC" => (true, true),
        "NFKD" => (true, false),
        _ => return None,
    };
    let mut d = Vec::with_capacity(s.len());
    for ch in s.chars() {
        decompose_into(ch as u32, compat, &mut d);
    }
    // Canonical ordering: each run of non-starters sorted (stably) by class.
    let mut i = 0;
    while i < d.len() {
        if combining(d[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < d.len() && combining(d[i]) != 0 {
            i += 1;
        }
        d[start..i].sort_by_key(|&c| combining(c));
    }
    if compose {
        let mut out: Vec<u32> = Vec::with_capacity(d.len());
        let mut starter: Option<usize> = None;
        let mut last_cc = 0u8;
        let mut between = false;
        for &ch in &d {
            let cc = combining(ch);
            if let Some(st) = starter {
                let blocked = between && last_cc >= cc;
                if !blocked {
                    if let Some(comp) = compose_pair(out[st], ch) {
                        out[st] = comp;
                        continue;
                    }
                }
            }
            if cc == 0 {
                starter = Some(out.len());
                between = false;
            } else {
                between = true;
            }
            last_cc = cc;
            out.push(ch);
        }
        d = out;
    }
    Some(d.into_iter().filter_map(char::from_u32).collect())
}

fn str_arg(what: &str, n: usize, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(PyErr::type_error(format!("{what}() argument {n} must be str, not {}", other.type_name()))),
    }
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    let short = crate::stdlib::short_name(name);
    let default = |args: &[Value]| args.get(1).cloned();
    match name {
        "unicodedata.category"
        | "unicodedata.bidirectional"
        | "unicodedata.combining"
        | "unicodedata.east_asian_width"
        | "unicodedata.mirrored"
        | "unicodedata.decomposition" => {
            argc(short, &args, 1, 1)?;
            let c = one_char(short, &args[0])?;
            Ok(match short {
                "category" => Value::from_str(category(c)),
                "bidirectional" => {
                    Value::from_str(tables::BIDIRECTIONAL_NAMES[run_value(tables::BIDIRECTIONAL, c) as usize])
                }
                "east_asian_width" => {
                    Value::from_str(tables::EAST_ASIAN_WIDTH_NAMES[run_value(tables::EAST_ASIAN_WIDTH, c) as usize])
                }
                "combining" => Value::Int(combining(c) as i64),
                "mirrored" => Value::Int(run_value(tables::MIRRORED, c) as i64),
                _ => Value::from_str(decomposition(c)),
            })
        }
        "unicodedata.decimal" | "unicodedata.digit" | "unicodedata.numeric" => {
            argc(short, &args, 1, 2)?;
            let c = one_char(short, &args[0])?;
            let found = numeric_entry(c).and_then(|&(_, n, digit, decimal)| match short {
                "decimal" if decimal >= 0 => Some(Value::Int(decimal as i64)),
                "digit" if digit >= 0 => Some(Value::Int(digit as i64)),
                "numeric" => Some(Value::Float(n)),
                _ => None,
            });
            match (found, default(&args)) {
                (Some(v), _) => Ok(v),
                (None, Some(d)) => Ok(d),
                (None, None) => Err(PyErr::value_error(match short {
                    "decimal" => "not a decimal",
                    "digit" => "not a digit",
                    _ => "not a numeric character",
                })),
            }
        }
        "unicodedata.name" => {
            argc(short, &args, 1, 2)?;
            let c = one_char(short, &args[0])?;
            match (name_of(c), default(&args)) {
                (Some(n), _) => Ok(Value::from_str(&n)),
                (None, Some(d)) => Ok(d),
                (None, None) => Err(PyErr::value_error("no such name")),
            }
        }
        "unicodedata.lookup" => {
            argc(short, &args, 1, 1)?;
            let text = match &args[0] {
                Value::Str(s) => s.as_str().to_string(),
                other => match crate::ops::bytes_like(other) {
                    Some(b) => String::from_utf8_lossy(&b).into_owned(),
                    None => {
                        return Err(PyErr::type_error(format!(
                            "lookup() argument must be str or bytes, not {}",
                            other.type_name()
                        )))
                    }
                },
            };
            if let Some(c) = crate::types::unicode::lookup(&text) {
                return Ok(Value::from_str(&c.to_string()));
            }
            let upper = text.to_ascii_uppercase();
            match tables::NAMED_SEQUENCES.binary_search_by_key(&upper.as_str(), |e| e.0) {
                Ok(i) => Ok(Value::from_str(tables::NAMED_SEQUENCES[i].1)),
                Err(_) => Err(PyErr::new(&KEY_ERROR, format!("undefined character name '{text}'"))),
            }
        }
        "unicodedata.normalize" | "unicodedata.is_normalized" => {
            argc(short, &args, 2, 2)?;
            let form = str_arg(short, 1, &args[0])?;
            if crate::types::str::surrogates::any_in(&args[1..]) {
                // Surrogates stand in as private-use characters, which
                // normalization leaves as they are, as it does surrogates.
                let proxy = crate::types::str::surrogates::Proxy::for_values(&args[1..])?;
                let stand_in = proxy.to_proxy(&args[1]);
                let r = call(name, vec![args[0].clone(), stand_in], kw)?;
                return Ok(proxy.back(r));
            }
            let s = str_arg(short, 2, &args[1])?;
            let Some(n) = normalize(&form, &s) else {
                return Err(PyErr::value_error("invalid normalization form"));
            };
            Ok(if short == "normalize" { Value::from_str(&n) } else { Value::Bool(n == s) })
        }
        _ => unreachable!("unicodedata has no function {name}"),
    }
}
