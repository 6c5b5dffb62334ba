//! The Rust half of `binascii` (`stdlib/binascii.py`): base64 both ways
//! (with CPython's lenient and strict decoding rules), hex, and the CRCs,
//! native because they loop over every byte. The Python half holds
//! `binascii.Error`, which it passes in for these to raise.

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::stdlib::error_of as error;
use crate::types::args::argc;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

use crate::stdlib::bytes_arg as data;

/// A decoder's argument: bytes, or a str of ASCII characters.
fn ascii_data(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Str(s) if s.as_str().is_ascii() => Ok(s.as_str().as_bytes().to_vec()),
        Value::Str(_) => Err(PyErr::value_error("string argument should contain only ASCII characters")),
        Value::Bytes(_) | Value::ByteArray(_) => data(v),
        other => Err(PyErr::type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            other.type_name()
        ))),
    }
}

fn bytes(v: Vec<u8>) -> Value {
    Value::Bytes(crate::types::bytes::from_vec(v))
}

pub fn encode_base64(input: &[u8], newline: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len().div_ceil(3) * 4 + 1);
    for chunk in input.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * k)) as usize & 63]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    out
}

fn sextet(c: u8) -> Option<u8> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    })
}

/// `a2b_base64`: characters outside the alphabet are skipped, and a pad
/// completing a group ends the data, unless `strict`.
fn decode_base64(input: &[u8], strict: bool, err: &Value) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(input.len() / 4 * 3);
    let (mut quad, mut left, mut pads) = (0usize, 0u32, 0usize);
    let mut padding = false;
    let mut chars = 0usize;
    for (i, &c) in input.iter().enumerate() {
        if c == b'=' {
            padding = true;
            if strict && i == 0 {
                return Err(error(err, "Leading padding not allowed"));
            }
            pads += 1;
            if quad >= 2 && quad + pads >= 4 {
                if strict && i + 1 < input.len() {
                    return Err(error(err, "Excess data after padding"));
                }
                return Ok(out);
            }
            continue;
        }
        let Some(v) = sextet(c) else {
            if strict {
                return Err(error(err, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding {
            return Err(error(err, "Discontinuous padding not allowed"));
        }
        pads = 0;
        chars += 1;
        let v = v as u32;
        match quad {
            0 => {
                left = v;
                quad = 1;
            }
            1 => {
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 0xf;
                quad = 2;
            }
            2 => {
                out.push(((left << 4) | (v >> 2)) as u8);
                left = v & 3;
                quad = 3;
            }
            _ => {
                out.push(((left << 6) | v) as u8);
                quad = 0;
            }
        }
    }
    match quad {
        0 => Ok(out),
        1 => Err(error(
            err,
            format!(
                "Invalid base64-encoded string: number of data characters ({chars}) cannot be 1 more than a multiple of 4"
            ),
        )),
        _ => Err(error(err, "Incorrect padding")),
    }
}

/// CRC-32 as zlib computes it (reflected, polynomial 0xEDB88320).
pub fn crc32(data: &[u8], start: u32) -> u32 {
    let mut crc = !start;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// CRC-CCITT (polynomial 0x1021, not reflected), as `binhex` used it.
fn crc_hqx(data: &[u8], start: u32) -> u32 {
    let mut crc = start & 0xffff;
    for &b in data {
        crc ^= (b as u32) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
        crc &= 0xffff;
    }
    crc
}

/// An int argument's low 32 bits (two's complement, as C's cast keeps).
fn low32(v: &Value) -> PyResult<u32> {
    let n = v.to_int()?;
    Ok(match n.as_i64() {
        Some(i) => i as u32,
        None => {
            let m = crate::object::layout::bigint::BigInt::from(1u64 << 32);
            let r = ((n.to_big() % &m) + &m) % &m;
            u32::try_from(r).unwrap_or(0)
        }
    })
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    let short = crate::stdlib::short_name(name);
    match name {
        // (data, newline)
        "binascii._pyaot_b2a_base64" => {
            argc(short, &args, 2, 2)?;
            Ok(bytes(encode_base64(&data(&args[0])?, args[1].truthy())))
        }
        // (data, strict_mode, error)
        "binascii._pyaot_a2b_base64" => {
            argc(short, &args, 3, 3)?;
            Ok(bytes(decode_base64(&ascii_data(&args[0])?, args[1].truthy(), &args[2])?))
        }
        // (data, error)
        "binascii._pyaot_a2b_hex" => {
            argc(short, &args, 2, 2)?;
            let input = ascii_data(&args[0])?;
            if input.len() % 2 != 0 {
                return Err(error(&args[1], "Odd-length string"));
            }
            let digit = |c: u8| (c as char).to_digit(16).ok_or_else(|| error(&args[1], "Non-hexadecimal digit found"));
            let out = input.chunks(2).map(|p| Ok((digit(p[0])? * 16 + digit(p[1])?) as u8)).collect::<PyResult<_>>()?;
            Ok(bytes(out))
        }
        // (data, crc)
        "binascii._pyaot_crc32" => {
            argc(short, &args, 2, 2)?;
            let start = low32(&args[1])?;
            Ok(Value::Int(crc32(&data(&args[0])?, start) as i64))
        }
        "binascii._pyaot_crc_hqx" => {
            argc(short, &args, 2, 2)?;
            let start = low32(&args[1])?;
            Ok(Value::Int(crc_hqx(&data(&args[0])?, start) as i64))
        }
        _ => unreachable!("binascii has no function {name}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_check_value() {
        assert_eq!(crc32(b"123456789", 0), 0xCBF4_3926);
        assert_eq!(crc_hqx(b"123456789", 0), 0x31C3);
    }

    #[test]
    fn base64_round_trips() {
        for n in 0..40u8 {
            let input: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37)).collect();
            let enc = encode_base64(&input, false);
            assert_eq!(decode_base64(&enc, true, &Value::None).ok(), Some(input));
        }
    }
}
