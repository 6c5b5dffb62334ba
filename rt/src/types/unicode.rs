//! Unicode character properties and case mappings as CPython 3.11 has
//! them: the predicates behind `str.isdecimal`/`isdigit`/`isnumeric`/
//! `isalpha`/`istitle`, full case folding, titlecasing, and the final
//! sigma rule. Where Rust's standard library has the property with the
//! same definition it is used (upper/lowercase mappings); the rest comes
//! from tables generated from CPython's own data (`unicode_tables.rs`).

use crate::types::unicode_tables as t;

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    range_of(table, c as u32).is_some()
}

/// Whether one of the ranges of `table` (sorted, disjoint) holds code
/// point `c`.
pub fn in_table(table: &[(u32, u32)], c: u32) -> bool {
    range_of(table, c).is_some()
}

/// The index of the range of `table` (sorted, disjoint) holding `c`.
fn range_of(table: &[(u32, u32)], c: u32) -> Option<usize> {
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .ok()
}

fn mapped(table: &'static [(char, &'static str)], c: char) -> Option<&'static str> {
    table.binary_search_by_key(&c, |&(k, _)| k).ok().map(|i| table[i].1)
}

/// `c.isprintable()`: not a control, separator (other than space), format,
/// private-use or unassigned character (what `repr` shows as an escape).
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !in_ranges(t::NONPRINTABLE, c)
}

pub fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_ranges(t::DECIMAL, c))
}

/// The value of a decimal digit of any script (`'٣'` is 3): decimal digits
/// come in runs of ten starting at zero.
pub fn decimal_value(c: char) -> Option<u32> {
    range_of(t::DECIMAL, c as u32).map(|i| (c as u32 - t::DECIMAL[i].0) % 10)
}

pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_ranges(t::DIGIT, c))
}

pub fn is_numeric(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_ranges(t::NUMERIC, c))
}

pub fn is_alpha(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && in_ranges(t::ALPHA, c))
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// A titlecase letter (`ǅ`).
pub fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_ranges(t::TITLECASE, c)
}

/// A lowercase character (`str.islower` of it alone).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        in_ranges(t::LOWERCASE, c)
    }
}

/// An uppercase character (`str.isupper` of it alone).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        in_ranges(t::UPPERCASE, c)
    }
}

pub fn is_cased(c: char) -> bool {
    is_upper(c) || is_lower(c) || is_titlecase(c)
}

/// `str.isidentifier`.
pub fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && in_ranges(t::XID_START, c)) => {
            cs.all(|c| c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && in_ranges(t::XID_CONTINUE, c)))
        }
        _ => false,
    }
}

/// `c` through a case mapping: ASCII by `ascii`, the rest by `table`
/// (characters it lacks map to themselves).
fn push_mapped(out: &mut String, c: char, table: &'static [(char, &'static str)], ascii: fn(&char) -> char) {
    if c.is_ascii() {
        out.push(ascii(&c));
        return;
    }
    match mapped(table, c) {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

fn push_upper(out: &mut String, c: char) {
    push_mapped(out, c, t::UPPER_MAP, char::to_ascii_uppercase);
}

fn push_simple_lower(out: &mut String, c: char) {
    push_mapped(out, c, t::LOWER_MAP, char::to_ascii_lowercase);
}

/// `str.upper`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

/// `str.lower`, with the final sigma rule.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower(&mut out, &chars, i);
    }
    out
}

/// Characters the final-sigma rule looks through (an approximation of
/// Unicode's Case_Ignorable: apostrophes, periods, colons, modifiers and
/// combining marks).
fn is_case_ignorable(c: char) -> bool {
    matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{ad}' | '\u{b7}' | '\u{2019}')
        || ('\u{300}'..='\u{36f}').contains(&c)
        || ('\u{2b0}'..='\u{2ff}').contains(&c)
}

/// The lowercase of `chars[i]`, with the final sigma rule: a capital sigma
/// ending a word (a cased letter before it, none after) becomes `ς`.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == 'Σ' {
        let before = chars[..i].iter().rev().find(|c| !is_case_ignorable(**c)).is_some_and(|c| is_cased(*c));
        let after = chars[i + 1..].iter().find(|c| !is_case_ignorable(**c)).is_some_and(|c| is_cased(*c));
        out.push(if before && !after { 'ς' } else { 'σ' });
        return;
    }
    push_simple_lower(out, c);
}

fn push_title(out: &mut String, c: char) {
    match mapped(t::TITLE, c) {
        Some(m) => out.push_str(m),
        None => push_upper(out, c),
    }
}

/// `str.casefold`.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match mapped(t::FOLD, c) {
            Some(m) => out.push_str(m),
            None => push_simple_lower(&mut out, c),
        }
    }
    out
}

/// `str.title`: titlecase after an uncased character, lowercase after a cased one.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `str.capitalize`: the first character titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

/// `str.swapcase`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower(&mut out, &chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.istitle`: uppercase and titlecase letters only after uncased
/// characters, lowercase ones only after cased ones, and at least one.
pub fn istitle(s: &str) -> bool {
    let mut prev_cased = false;
    let mut any = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    any
}

/// The name of `c` in Unicode 14.0 (`unicodedata.name`), if it has one:
/// the `unicode_names2` crate's, for the characters 14.0 assigns (the
/// crate follows a later version).
pub fn name(c: char) -> Option<String> {
    if in_ranges(t::UNASSIGNED, c) {
        return None;
    }
    unicode_names2::name(c).map(|n| n.to_string())
}

/// The character named `name` in Unicode 14.0, by its name or an alias,
/// in any case (`unicodedata.lookup`, `\N{...}`).
pub fn lookup(name: &str) -> Option<char> {
    unicode_names2::character(name).filter(|&c| !in_ranges(t::UNASSIGNED, c))
}
