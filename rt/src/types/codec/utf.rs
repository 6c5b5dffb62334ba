//! The UTF codecs: UTF-8, and UTF-16 and UTF-32 in either byte order, with
//! or without a byte-order mark. Encoding never fails (a pyaot string
//! holds no lone surrogates); decoding reports malformed input with
//! CPython's positions and reasons.

use super::handler::{Errors, Family};
use crate::object::exc::PyResult;

/// UTF-8 from `data`: the text and how many bytes it used (all of them,
/// unless `last` is false and `data` ends inside a sequence).
pub fn decode_utf8(data: &[u8], errors: &mut Errors, last: bool) -> PyResult<(String, usize)> {
    let mut out = String::with_capacity(data.len());
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
    let mut unit = |v: u32| {
        let b = v.to_le_bytes();
        let b = &b[..width];
        if be {
            out.extend(b.iter().rev());
        } else {
            out.extend_from_slice(b);
        }
    };
    if big.is_none() {
        unit(0xfeff);
    }
    if width == 2 {
        s.encode_utf16().for_each(|u| unit(u as u32));
    } else {
        s.chars().for_each(|c| unit(c as u32));
    }
    out
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
) -> PyResult<(String, usize)> {
    let (mut be, mut start) = (big == Some(true), 0);
    if big.is_none() {
        if data.len() < width && !last {
            return Ok((String::new(), 0));
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
    let mut out = String::with_capacity(data.len() / width);
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
