//! Codecs: the conversions between `str` and `bytes` that `str.encode`,
//! `bytes.decode`, `bytes(s, encoding)`, text files and the `codecs`
//! module reach by an encoding's name.
//!
//! A name is found as CPython finds it: normalized (lower case, one
//! underscore for each run of other characters), then looked up among
//! every alias of `encodings` (`tables.rs`, generated from CPython by
//! `tools/gen_codec_tables.py`). pyaot implements the UTF codecs, ASCII,
//! Latin-1, the escape codecs and every single-byte codec; the codecs
//! between bytes and bytes (`hex`, `base64`, ...) are the `codecs`
//! module's (`stdlib/codecs.py`), which `str.encode` refuses as CPython
//! does; a multibyte Asian codec pyaot lacks is refused at run time by
//! name, never taken for an unknown one.
//!
//! Each codec finds what it cannot convert and hands it to the error
//! handler (`handler.rs`) as CPython's codecs do: a run of characters an
//! encoder lacks, or a malformed sequence of bytes, with the same
//! positions and reasons, so `UnicodeError`s and handlers' output match.

mod charmap;
mod escape;
pub mod handler;
mod tables;
mod utf;

use crate::object::exc::{self, PyErr, PyResult};
use crate::types::bytes::{self, Bytes};
use crate::types::str::surrogates::Wtf8Buf;
use handler::Errors;

/// How pyaot provides a module of `encodings`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// Implemented here, by name.
    Own,
    /// A single-byte codec: its table is in `tables::CHARMAPS`.
    Charmap,
    /// Between bytes and bytes, or str and str: the `codecs` module's.
    NotText,
    /// A codec of CPython's that pyaot lacks.
    Missing,
}

/// A text codec pyaot implements.
#[derive(Clone, Copy)]
enum Codec {
    Utf8,
    /// UTF-8 after a byte-order mark (written on encoding, skipped if there
    /// on decoding).
    Utf8Sig,
    Ascii,
    Latin1,
    /// UTF-16 (`width` 2) or UTF-32 (4): with a byte-order mark (`big`
    /// None: little-endian, the machine's order, when encoding; the mark's
    /// when decoding), or in a fixed order without one.
    Wide {
        width: usize,
        big: Option<bool>,
    },
    UnicodeEscape,
    RawUnicodeEscape,
    Charmap(&'static [u16; 256]),
}

/// An encoding found by name: its module in `encodings`, the name its
/// `CodecInfo` has, and how pyaot provides it.
#[derive(Clone, Copy, Debug)]
pub struct Found {
    pub module: &'static str,
    pub name: &'static str,
    pub kind: Kind,
}

/// `codecs.lookup`'s normalization of an encoding's name.
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || c == '.' {
            if gap && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c);
            }
            gap = false;
        } else {
            gap = true;
        }
    }
    out
}

/// The encoding named `name`, if CPython has one by that name.
pub fn find(name: &str) -> Option<Found> {
    let norm = normalize(name);
    let by = |n: &str| tables::NAMES.binary_search_by_key(&n, |e| e.0).ok().map(|i| tables::NAMES[i].1);
    let module = by(&norm).or_else(|| by(&norm.replace('.', "_")))?;
    let i = tables::CODECS.binary_search_by_key(&module, |e| e.0).ok()?;
    let (module, name, kind) = tables::CODECS[i];
    Some(Found { module, name, kind })
}

/// The text codec named `encoding`, or CPython's LookupError; `codecs_fn`
/// names the `codecs` function a codec between bytes takes instead
/// ("encode" or "decode").
fn codec(encoding: &str, codecs_fn: &str) -> PyResult<Codec> {
    // The names programs write most, without normalizing.
    match encoding {
        "utf-8" | "utf8" | "UTF-8" => return Ok(Codec::Utf8),
        "ascii" => return Ok(Codec::Ascii),
        "latin-1" | "latin1" => return Ok(Codec::Latin1),
        _ => {}
    }
    let Some(found) = find(encoding) else {
        return Err(PyErr::new(&exc::LOOKUP_ERROR, format!("unknown encoding: {encoding}")));
    };
    match found.kind {
        Kind::Own => Ok(match found.module {
            "utf_8" => Codec::Utf8,
            "utf_8_sig" => Codec::Utf8Sig,
            "ascii" => Codec::Ascii,
            "latin_1" => Codec::Latin1,
            "utf_16" => Codec::Wide { width: 2, big: None },
            "utf_16_le" => Codec::Wide { width: 2, big: Some(false) },
            "utf_16_be" => Codec::Wide { width: 2, big: Some(true) },
            "utf_32" => Codec::Wide { width: 4, big: None },
            "utf_32_le" => Codec::Wide { width: 4, big: Some(false) },
            "utf_32_be" => Codec::Wide { width: 4, big: Some(true) },
            "unicode_escape" => Codec::UnicodeEscape,
            "raw_unicode_escape" => Codec::RawUnicodeEscape,
            other => unreachable!("codec {other} is marked as pyaot's own"),
        }),
        Kind::Charmap => Ok(Codec::Charmap(charmap::table(found.module))),
        Kind::NotText => Err(PyErr::new(
            &exc::LOOKUP_ERROR,
            format!("'{encoding}' is not a text encoding; use codecs.{codecs_fn}() to handle arbitrary codecs"),
        )),
        Kind::Missing => Err(PyErr::new(
            &exc::NOT_IMPLEMENTED_ERROR,
            format!("the '{}' codec is not supported by pyaot", found.name),
        )),
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Bytes> {
    let mut errors = Errors::new(errors);
    Ok(match codec(encoding, "encode")? {
        Codec::Utf8 => bytes::new(s.as_bytes()),
        Codec::Utf8Sig => bytes::from_vec([&b"\xef\xbb\xbf"[..], s.as_bytes()].concat()),
        Codec::Wide { width, big } => bytes::from_vec(utf::encode_wide(s, width, big)),
        Codec::Ascii => bytes::from_vec(charmap::encode_ascii(s, 0x80, "ascii", &mut errors)?),
        Codec::Latin1 => bytes::from_vec(charmap::encode_ascii(s, 0x100, "latin-1", &mut errors)?),
        Codec::Charmap(table) => bytes::from_vec(charmap::encode(s, table, &mut errors)?),
        Codec::UnicodeEscape => bytes::from_vec(escape::encode(s, false)),
        Codec::RawUnicodeEscape => bytes::from_vec(escape::encode(s, true)),
    })
}

/// `s.encode(encoding, errors)` of a `str`, which may hold lone
/// surrogates (then encoded code point by code point, each surrogate
/// going to the error handler).
pub fn encode_text(s: &crate::types::str::StrObj, encoding: &str, errors: &str) -> PyResult<Bytes> {
    if !crate::types::str::surrogates::holds(s) {
        return encode(s.as_str(), encoding, errors);
    }
    let chars: Vec<u32> = crate::types::str::surrogates::code_points(s.bytes()).collect();
    let mut errors = Errors::new(errors);
    let wide_name = |width: usize, big: Option<bool>| match (width, big) {
        (2, None) => "utf-16",
        (2, Some(false)) => "utf-16-le",
        (2, Some(true)) => "utf-16-be",
        (_, None) => "utf-32",
        (_, Some(false)) => "utf-32-le",
        (_, Some(true)) => "utf-32-be",
    };
    Ok(bytes::from_vec(match codec(encoding, "encode")? {
        Codec::Utf8 => utf::encode_codes(&chars, 1, None, "utf-8", &mut errors)?,
        Codec::Utf8Sig => [&b"\xef\xbb\xbf"[..], &utf::encode_codes(&chars, 1, None, "utf-8", &mut errors)?].concat(),
        Codec::Wide { width, big } => utf::encode_codes(&chars, width, big, wide_name(width, big), &mut errors)?,
        Codec::Ascii => charmap::encode_ascii_codes(&chars, 0x80, "ascii", &mut errors)?,
        Codec::Latin1 => charmap::encode_ascii_codes(&chars, 0x100, "latin-1", &mut errors)?,
        Codec::Charmap(table) => charmap::encode_codes_with_table(&chars, table, &mut errors)?,
        Codec::UnicodeEscape => escape::encode_codes(&chars, false),
        Codec::RawUnicodeEscape => escape::encode_codes(&chars, true),
    }))
}

/// A file system name as text: UTF-8, each byte that is not as the lone
/// surrogate standing for it (CPython's `os.fsdecode`).
pub fn fs_decode(name: &std::ffi::OsStr) -> crate::types::str::Str {
    use std::os::unix::ffi::OsStrExt;
    match name.to_str() {
        Some(s) => crate::types::str::new(s),
        None => {
            decode(name.as_bytes(), "utf-8", "surrogateescape").expect("surrogateescape decodes any bytes").into_str()
        }
    }
}

/// A path given as text, as the file system's bytes (`os.fsencode`).
pub fn fs_encode(s: &crate::types::str::StrObj) -> PyResult<std::path::PathBuf> {
    use std::os::unix::ffi::OsStrExt;
    if !crate::types::str::surrogates::holds(s) {
        return Ok(s.as_str().into());
    }
    let b = encode_text(s, "utf-8", "surrogateescape")?;
    Ok(std::ffi::OsStr::from_bytes(&b.data).into())
}

/// `data.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PyResult<Wtf8Buf> {
    decode_part(data, encoding, errors, true).map(|(s, _)| s)
}

/// Decodes the next part of a stream: the text, and how many bytes of
/// `data` it came from. Unless `last`, a sequence cut by the end of `data`
/// is left for the next part (the incremental decoders of `codecs`).
pub fn decode_part(data: &[u8], encoding: &str, errors: &str, last: bool) -> PyResult<(Wtf8Buf, usize)> {
    let mut errors = Errors::new(errors);
    match codec(encoding, "decode")? {
        Codec::Utf8 => utf::decode_utf8(data, &mut errors, last),
        Codec::Utf8Sig => {
            const BOM: &[u8] = b"\xef\xbb\xbf";
            if !last && data.len() < 3 && BOM.starts_with(data) {
                return Ok((Wtf8Buf::default(), 0));
            }
            // Positions in errors count from after the mark, as CPython's.
            let (body, skip) = if data.starts_with(BOM) { (&data[3..], 3) } else { (data, 0) };
            let (text, used) = utf::decode_utf8(body, &mut errors, last)?;
            Ok((text, used + skip))
        }
        Codec::Wide { width, big } => utf::decode_wide(data, width, big, &mut errors, last),
        Codec::Ascii => charmap::decode_ascii(data, &mut errors).map(|s| (s, data.len())),
        Codec::Latin1 => Ok((Wtf8Buf::from(data.iter().map(|&b| b as char).collect::<String>()), data.len())),
        Codec::Charmap(table) => charmap::decode(data, table, &mut errors).map(|s| (s, data.len())),
        Codec::UnicodeEscape => escape::decode(data, false, &mut errors).map(|s| (s, data.len())),
        Codec::RawUnicodeEscape => escape::decode(data, true, &mut errors).map(|s| (s, data.len())),
    }
}
