//! The UTF codecs: UTF-8, and UTF-16 and UTF-32 in either byte order, with
//! or without a byte-order mark. Encoding fails only on lone surrogates
//! (handed to the error handler); decoding reports malformed input with
//! CPython's positions and reasons.

use super::handler::{Errors, Family, Replacement};
use crate::object::exc::PyResult;
use crate::types::str::surrogates::Wtf8Buf;

/// UTF-8 from `data`: the text and how many bytes it used (all of them,
/// unless `last` is false and `data` ends inside a sequence).
pub fn decode_utf8(data: &[u8], errors: &mut Errors, last: bool) -> PyResult<(Wtf8Buf, usize)> {
    let mut out = Wtf8Buf::with_capacity(data.len());
    let mut pos = 0;
    loop {
        match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                out.push_str(s);
                return Ok((out, data.len()));
            }
            Err(e) => {
                let good = pos + e.valid_up_to();
                out.push_str(std::str::from_utf8(&data[pos..good]).unwrap_or_default());
                let (end, reason) = match e.error_len() {
                    None if !last => return Ok((out, good)),
                    None => (data.len(), "unexpected end of data"),
                    Some(n) if n == 1 && !(0xc2..=0xf4).contains(&data[good]) => (good + 1, "invalid start byte"),
                    Some(n) => (good + n, "invalid continuation byte"),
                };
                pos = errors.decode_error(Family::Utf8, "utf-8", data, good, end, reason, &mut out)?;
            }
        }
    }
}

/// UTF-16 (`width` 2) or UTF-32 (4): a byte-order mark first when no order
/// is fixed (then little-endian, the machine's order, as CPython writes on
/// it).
pub fn encode_wide(s: &str, width: usize, big: Option<bool>) -> Vec<u8> {
    let be = big == Some(true);
    let mut out = Vec::with_capacity(s.len() * width + width);
    if big.is_none() {
        put_unit(&mut out, 0xfeff, width, be);
    }
    if width == 2 {
        s.encode_utf16().for_each(|u| put_unit(&mut out, u as u32, width, be));
    } else {
        s.chars().for_each(|c| put_unit(&mut out, c as u32, width, be));
    }
    out
}

/// Writes one code unit of `width` bytes, big-endian if `be`.
fn put_unit(out: &mut Vec<u8>, v: u32, width: usize, be: bool) {
    let b = v.to_le_bytes();
    let b = &b[..width];
    if be {
        out.extend(b.iter().rev());
    } else {
        out.extend_from_slice(b);
    }
}

/// UTF-8 (`width` 1), UTF-16 (2) or UTF-32 (4) of code points that may
/// hold lone surrogates, each run of which goes to the error handler (a
/// run of them at once for UTF-8, one at a time for the others, as
/// CPython's encoders do). `name` is the codec's name in messages; a mark
/// comes first as in [`encode_wide`].
pub fn encode_codes(
    chars: &[u32],
    width: usize,
    big: Option<bool>,
    name: &str,
    errors: &mut Errors,
) -> PyResult<Vec<u8>> {
    let be = big == Some(true);
    let mut out = Vec::with_capacity(chars.len() * width + width);
    let unit = |out: &mut Vec<u8>, v: u32| put_unit(out, v, width, be);
    let put = |out: &mut Vec<u8>, c: u32| match width {
        1 => crate::types::str::surrogates::push_code(out, c),
        2 if c >= 0x10000 => {
            unit(out, 0xD800 + ((c - 0x10000) >> 10));
            unit(out, 0xDC00 + ((c - 0x10000) & 0x3FF));
        }
        _ => unit(out, c),
    };
    if big.is_none() && width > 1 {
        unit(&mut out, 0xfeff);
    }
    let family = match width {
        1 => Family::Utf8,
        2 => Family::Utf16 { big: be },
        _ => Family::Utf32 { big: be },
    };
    let surrogate = |c: u32| (0xD800..0xE000).contains(&c);
    let mut i = 0;
    while i < chars.len() {
        if !surrogate(chars[i]) {
            put(&mut out, chars[i]);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while width == 1 && end < chars.len() && surrogate(chars[end]) {
            end += 1;
        }
        let reason = "surrogates not allowed";
        let raise = || crate::object::exc::PyErr(super::handler::encode_exception(name, chars, i, end, reason));
        let (rep, resume) = errors.encode_error(family, name, chars, i, end, reason)?;
        match rep {
            Replacement::Bytes(b) if b.len() % width == 0 => out.extend_from_slice(&b),
            Replacement::Bytes(_) => return Err(raise()),
            Replacement::Text(t) if t.is_ascii() => t.chars().for_each(|c| put(&mut out, c as u32)),
            Replacement::Text(_) => return Err(raise()),
        }
        i = resume;
    }
    Ok(out)
}

/// UTF-16 or UTF-32 from `data`, as [`decode_utf8`]. Without a fixed
/// order, a byte-order mark picks it (and is skipped), little-endian
/// otherwise; positions in errors count from the start of `data`.
pub fn decode_wide(
    data: &[u8],
    width: usize,
    big: Option<bool>,
    errors: &mut Errors,
    last: bool,
) -> PyResult<(Wtf8Buf, usize)> {
    let (mut be, mut start) = (big == Some(true), 0);
    if big.is_none() {
        if data.len() < width && !last {
            return Ok((Wtf8Buf::default(), 0));
        }
        let le_bom: &[u8] = if width == 2 { &[0xff, 0xfe] } else { &[0xff, 0xfe, 0, 0] };
        let be_bom: &[u8] = if width == 2 { &[0xfe, 0xff] } else { &[0, 0, 0xfe, 0xff] };
        if data.starts_with(le_bom) {
            start = width;
        } else if data.starts_with(be_bom) {
            (be, start) = (true, width);
        }
    }
    let name = match (width, be) {
        (2, false) => "utf-16-le",
        (2, true) => "utf-16-be",
        (_, false) => "utf-32-le",
        (_, true) => "utf-32-be",
    };
    let family = if width == 2 { Family::Utf16 { big: be } } else { Family::Utf32 { big: be } };
    let unit = |at: usize| -> u32 {
        let b = &data[at..at + width];
        b.iter().enumerate().fold(0u32, |v, (i, &x)| v | (x as u32) << (8 * if be { width - 1 - i } else { i }))
    };
    let mut out = Wtf8Buf::with_capacity(data.len() / width);
    let mut i = start;
    while i < data.len() {
        if i + width > data.len() {
            if !last {
                return Ok((out, i));
            }
            i = errors.decode_error(family, name, data, i, data.len(), "truncated data", &mut out)?;
            continue;
        }
        let u = unit(i);
        let (end, reason) = if width == 4 {
            match char::from_u32(u) {
                Some(c) => {
                    out.push(c);
                    i += 4;
                    continue;
                }
                None if (0xd800..0xe000).contains(&u) => {
                    (i + 4, "code point in surrogate code point range(0xd800, 0xe000)")
                }
                None => (i + 4, "code point not in range(0x110000)"),
            }
        } else if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u).unwrap_or_default());
            i += 2;
            continue;
        } else if u >= 0xdc00 {
            (i + 2, "illegal encoding")
        } else if i + 4 > data.len() {
            if !last {
                return Ok((out, i));
            }
            (data.len(), "unexpected end of data")
        } else {
            let low = unit(i + 2);
            if (0xdc00..0xe000).contains(&low) {
                out.push(char::from_u32(0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00)).unwrap_or_default());
                i += 4;
                continue;
            }
            (i + 2, "illegal UTF-16 surrogate")
        };
        i = errors.decode_error(family, name, data, i, end, reason, &mut out)?;
    }
    Ok((out, data.len()))
}
