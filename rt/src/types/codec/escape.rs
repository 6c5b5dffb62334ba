//! `unicode_escape` and `raw_unicode_escape`: text as Python's backslash
//! escapes in Latin-1 bytes. `unicode_escape` reads every escape of a
//! string literal (`\n`, `\x41`, `\101`, `\u20ac`, `\N{EURO SIGN}`, ...);
//! the raw codec only `\u` and `\U`, and only after an odd number of
//! backslashes.

use super::handler::{Errors, Family};
use crate::object::exc::PyResult;
use crate::types::str::surrogates::Wtf8Buf;

/// `s.encode('unicode_escape')` (`raw` false) or `'raw_unicode_escape'`.
pub fn encode(s: &str, raw: bool) -> Vec<u8> {
    let chars: Vec<u32> = s.chars().map(|c| c as u32).collect();
    encode_codes(&chars, raw)
}

/// [`encode`] of code points (lone surrogates among them: `\ud800`).
pub fn encode_codes(chars: &[u32], raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(chars.len());
    for &v in chars {
        match v {
            _ if raw && v < 0x100 => out.push(v as u8),
            0x5C => out.extend_from_slice(b"\\\\"),
            0x09 => out.extend_from_slice(b"\\t"),
            0x0A => out.extend_from_slice(b"\\n"),
            0x0D => out.extend_from_slice(b"\\r"),
            0x20..=0x7E => out.push(v as u8),
            _ if v < 0x100 => out.extend_from_slice(format!("\\x{v:02x}").as_bytes()),
            _ if v < 0x10000 => out.extend_from_slice(format!("\\u{v:04x}").as_bytes()),
            _ => out.extend_from_slice(format!("\\U{v:08x}").as_bytes()),
        }
    }
    out
}

/// The value of up to `n` hex digits at `data[at..]`, and how many there
/// were.
fn hex_digits(data: &[u8], at: usize, n: usize) -> (u32, usize) {
    let mut v = 0u32;
    let mut k = 0;
    while k < n {
        match data.get(at + k).and_then(|&b| (b as char).to_digit(16)) {
            Some(d) => v = v * 16 + d,
            None => break,
        }
        k += 1;
    }
    (v, k)
}

/// Decodes `unicode_escape` (`raw` false) or `raw_unicode_escape`.
pub fn decode(data: &[u8], raw: bool, errors: &mut Errors) -> PyResult<Wtf8Buf> {
    let name = if raw { "rawunicodeescape" } else { "unicodeescape" };
    let mut out = Wtf8Buf::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b != b'\\' {
            out.push(b as char);
            i += 1;
            continue;
        }
        if raw {
            // A run of backslashes: an escape only after an odd number.
            let run = data[i..].iter().take_while(|&&x| x == b'\\').count();
            let next = data.get(i + run).copied();
            if run % 2 == 0 || !matches!(next, Some(b'u' | b'U')) {
                out.extend(std::iter::repeat_n('\\', run));
                i += run;
                continue;
            }
            out.extend(std::iter::repeat_n('\\', run - 1));
            i += run - 1;
        }
        // `data[i]` is the backslash of an escape.
        let start = i;
        let Some(&kind) = data.get(i + 1) else {
            i = errors.decode_error(Family::Other, name, data, start, data.len(), "\\ at end of string", &mut out)?;
            continue;
        };
        let simple = match kind {
            b'\n' => Some(None),
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            b'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(c) = simple.filter(|_| !raw) {
            out.extend(c);
            i += 2;
            continue;
        }
        if (b'0'..=b'7').contains(&kind) && !raw {
            let mut v = 0u32;
            let mut k = 0;
            while k < 3 && matches!(data.get(i + 1 + k), Some(b'0'..=b'7')) {
                v = v * 8 + (data[i + 1 + k] - b'0') as u32;
                k += 1;
            }
            out.push(char::from_u32(v).unwrap_or_default());
            i += 1 + k;
            continue;
        }
        let width = match kind {
            b'x' if !raw => 2,
            b'u' => 4,
            b'U' => 8,
            b'N' if !raw => {
                let (end, found) = named(data, i);
                match found {
                    Some(c) => {
                        out.push(c);
                        i = end;
                    }
                    None => {
                        let reason = if end > i + 2 && data[end - 1] == b'}' && end - i > 4 {
                            "unknown Unicode character name"
                        } else {
                            "malformed \\N character escape"
                        };
                        i = errors.decode_error(Family::Other, name, data, start, end, reason, &mut out)?;
                    }
                }
                continue;
            }
            _ => {
                // Not an escape: the backslash stays.
                out.push('\\');
                i += 1;
                continue;
            }
        };
        let (v, k) = hex_digits(data, i + 2, width);
        let end = i + 2 + k;
        if k < width {
            let reason = match width {
                2 => "truncated \\xXX escape",
                4 => "truncated \\uXXXX escape",
                _ => "truncated \\UXXXXXXXX escape",
            };
            i = errors.decode_error(Family::Other, name, data, start, end, reason, &mut out)?;
            continue;
        }
        match char::from_u32(v) {
            Some(c) => {
                out.push(c);
                i = end;
            }
            None if (0xd800..0xe000).contains(&v) => {
                out.push_code(v);
                i = end;
            }
            None => {
                let reason = if raw { "\\Uxxxxxxxx out of range" } else { "illegal Unicode character" };
                i = errors.decode_error(Family::Other, name, data, start, end, reason, &mut out)?;
            }
        }
    }
    Ok(out)
}

/// A `\N{name}` escape at `data[at..]`: where it ends and the character it
/// names (None if malformed or unknown; the end then covers what was read).
fn named(data: &[u8], at: usize) -> (usize, Option<char>) {
    if data.get(at + 2) != Some(&b'{') {
        return (at + 2, None);
    }
    match data[at + 3..].iter().position(|&b| b == b'}') {
        None => (data.len(), None),
        Some(0) => (at + 4, None),
        Some(n) => {
            let end = at + 3 + n + 1;
            let name = std::str::from_utf8(&data[at + 3..at + 3 + n]).ok();
            (end, name.and_then(crate::types::unicode::lookup))
        }
    }
}
