//! The single-byte codecs: ASCII, Latin-1 and the tables of `encodings`
//! (cp1252, cp437, the ISO 8859 and Mac code pages, KOI8, ...). Each byte
//! stands for one character; an encoder reports each run of characters it
//! lacks as one error, as CPython's do.

use super::handler::{Errors, Family, Replacement};
use super::tables::CHARMAPS;
use crate::object::exc::{PyErr, PyResult};
use crate::types::str::surrogates::Wtf8Buf;

/// The table of the charmap codec `module`.
pub fn table(module: &str) -> &'static [u16; 256] {
    let i = CHARMAPS.binary_search_by_key(&module, |e| e.0).expect("every charmap codec has a table");
    &CHARMAPS[i].1
}

/// The byte a table encodes `v` to: the last byte decoding to it, as
/// CPython's encoding maps have it.
fn table_byte(table: &[u16; 256], v: u32) -> Option<u8> {
    if v < 0x80 && table[v as usize] as u32 == v {
        return Some(v as u8);
    }
    if v > 0xffff || v == 0xfffe {
        return None;
    }
    table.iter().rposition(|&t| t as u32 == v).map(|b| b as u8)
}

/// Encodes with `one` (a character's byte, if the codec has it), handing
/// each run of characters it lacks to the error handler.
fn encode_with(
    s: &str,
    encoding: &str,
    reason: &str,
    errors: &mut Errors,
    one: impl Fn(u32) -> Option<u8>,
) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut first_bad = None;
    for (i, c) in s.chars().enumerate() {
        match one(c as u32) {
            Some(b) => out.push(b),
            None => {
                first_bad = Some(i);
                break;
            }
        }
    }
    let Some(i) = first_bad else { return Ok(out) };
    let chars: Vec<u32> = s.chars().map(|c| c as u32).collect();
    encode_codes(&chars, i, out, encoding, reason, errors, one)
}

/// Goes on encoding code points `chars[i..]` after `out`, as [`encode_with`].
fn encode_codes(
    chars: &[u32],
    mut i: usize,
    mut out: Vec<u8>,
    encoding: &str,
    reason: &str,
    errors: &mut Errors,
    one: impl Fn(u32) -> Option<u8>,
) -> PyResult<Vec<u8>> {
    while i < chars.len() {
        if let Some(b) = one(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && one(chars[end]).is_none() {
            end += 1;
        }
        let (rep, resume) = errors.encode_error(Family::Other, encoding, chars, i, end, reason)?;
        match rep {
            Replacement::Bytes(b) => out.extend_from_slice(&b),
            Replacement::Text(t) => {
                for c in t.chars() {
                    match one(c as u32) {
                        Some(b) => out.push(b),
                        None => return Err(PyErr(super::handler::encode_exception(encoding, chars, i, end, reason))),
                    }
                }
            }
        }
        i = resume;
    }
    Ok(out)
}

/// ASCII (`limit` 0x80) or Latin-1 (0x100).
pub fn encode_ascii(s: &str, limit: u32, name: &str, errors: &mut Errors) -> PyResult<Vec<u8>> {
    if limit == 0x80 && s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let reason = if limit == 0x80 { "ordinal not in range(128)" } else { "ordinal not in range(256)" };
    encode_with(s, name, reason, errors, |c| (c < limit).then_some(c as u8))
}

pub fn encode(s: &str, table: &'static [u16; 256], errors: &mut Errors) -> PyResult<Vec<u8>> {
    encode_with(s, "charmap", "character maps to <undefined>", errors, |c| table_byte(table, c))
}

/// ASCII or Latin-1 of code points (lone surrogates among them).
pub fn encode_ascii_codes(chars: &[u32], limit: u32, name: &str, errors: &mut Errors) -> PyResult<Vec<u8>> {
    let reason = if limit == 0x80 { "ordinal not in range(128)" } else { "ordinal not in range(256)" };
    encode_codes(chars, 0, Vec::with_capacity(chars.len()), name, reason, errors, |c| (c < limit).then_some(c as u8))
}

/// A table's encoding of code points (lone surrogates among them).
pub fn encode_codes_with_table(chars: &[u32], table: &'static [u16; 256], errors: &mut Errors) -> PyResult<Vec<u8>> {
    let reason = "character maps to <undefined>";
    encode_codes(chars, 0, Vec::with_capacity(chars.len()), "charmap", reason, errors, |c| table_byte(table, c))
}

pub fn decode_ascii(data: &[u8], errors: &mut Errors) -> PyResult<Wtf8Buf> {
    if data.is_ascii() {
        return Ok(Wtf8Buf::from(std::str::from_utf8(data).unwrap_or_default().to_string()));
    }
    let mut out = Wtf8Buf::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i] < 0x80 {
            out.push(data[i] as char);
            i += 1;
        } else {
            i = errors.decode_error(Family::Other, "ascii", data, i, i + 1, "ordinal not in range(128)", &mut out)?;
        }
    }
    Ok(out)
}

pub fn decode(data: &[u8], table: &'static [u16; 256], errors: &mut Errors) -> PyResult<Wtf8Buf> {
    let mut out = Wtf8Buf::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        match char::from_u32(table[data[i] as usize] as u32).filter(|&c| c != '\u{fffe}') {
            Some(c) => {
                out.push(c);
                i += 1;
            }
            None => {
                let reason = "character maps to <undefined>";
                i = errors.decode_error(Family::Other, "charmap", data, i, i + 1, reason, &mut out)?;
            }
        }
    }
    Ok(out)
}
