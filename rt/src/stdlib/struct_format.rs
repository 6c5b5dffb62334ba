//! The Rust half of `struct` (`stdlib/struct.py`): format strings parsed
//! into a layout, and values packed to and unpacked from bytes by it, with
//! CPython's sizes, alignment and error texts. The Python half holds the
//! `Struct` class and `struct.error`, which it passes in for these to raise.
//!
//! CPython packs through three tables of functions: native (`@`), standard
//! little-endian (`<`, and `=` on this machine) and standard big-endian
//! (`>`, `!`). Their range checks word their errors differently, and the
//! errors here follow the table the byte order picks.

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::stdlib::error_of as error;
use crate::types::args::argc;
use crate::types::int::Int;
use num_traits::ToPrimitive;

/// Which of CPython's tables a format packs with.
#[derive(Clone, Copy, PartialEq)]
enum Table {
    Native,
    Little,
    Big,
}

/// A run of fields in a layout: `count` fields of one code from
/// `offset`, each `len` bytes (`s`/`p` are one field of their length).
struct Run {
    code: u8,
    offset: usize,
    len: usize,
    count: usize,
}

/// One field: its code, where it starts and its length.
struct Field {
    code: u8,
    offset: usize,
    len: usize,
}

struct Layout {
    table: Table,
    runs: Vec<Run>,
    size: usize,
}

impl Layout {
    fn little(&self) -> bool {
        self.table != Table::Big
    }

    /// How many values the layout packs.
    fn nargs(&self) -> usize {
        self.runs.iter().map(|r| r.count).sum()
    }

    fn fields(&self) -> impl Iterator<Item = Field> + '_ {
        self.runs
            .iter()
            .flat_map(|r| (0..r.count).map(move |k| Field { code: r.code, offset: r.offset + k * r.len, len: r.len }))
    }
}

/// Size of a code under native sizes (and the alignment native formats
/// give it).
fn native_size(c: u8) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => 8,
        _ => return None,
    })
}

fn standard_size(c: u8) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

fn parse(fmt: &str, err: &Value) -> PyResult<Layout> {
    let bytes = fmt.as_bytes();
    let (table, rest) = match bytes.first() {
        Some(b'@') => (Table::Native, &bytes[1..]),
        Some(b'=' | b'<') => (Table::Little, &bytes[1..]),
        Some(b'>' | b'!') => (Table::Big, &bytes[1..]),
        _ => (Table::Native, bytes),
    };
    let too_long = || error(err, "total struct size too long");
    let mut runs = Vec::new();
    let mut size: usize = 0;
    let mut i = 0;
    while i < rest.len() {
        let mut c = rest[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count: Option<usize> = None;
        if c.is_ascii_digit() {
            let mut n: usize = (c - b'0') as usize;
            while let Some(&d) = rest.get(i).filter(|d| d.is_ascii_digit()) {
                n = n.checked_mul(10).and_then(|n| n.checked_add((d - b'0') as usize)).ok_or_else(too_long)?;
                i += 1;
            }
            let Some(&next) = rest.get(i) else {
                return Err(error(err, "repeat count given without format specifier"));
            };
            c = next;
            i += 1;
            count = Some(n);
        }
        let item = if table == Table::Native { native_size(c) } else { standard_size(c) };
        let Some(item) = item else {
            return Err(error(err, "bad char in struct format"));
        };
        if table == Table::Native && item > 1 {
            size = size.div_ceil(item).checked_mul(item).ok_or_else(too_long)?;
        }
        let n = count.unwrap_or(1);
        match c {
            b's' | b'p' => {
                runs.push(Run { code: c, offset: size, len: n, count: 1 });
                size = size.checked_add(n).ok_or_else(too_long)?;
            }
            b'x' => size = size.checked_add(n).ok_or_else(too_long)?,
            _ => {
                runs.push(Run { code: c, offset: size, len: item, count: n });
                size = n.checked_mul(item).and_then(|b| size.checked_add(b)).ok_or_else(too_long)?;
            }
        }
        if size > isize::MAX as usize {
            return Err(too_long());
        }
    }
    Ok(Layout { table, runs, size })
}

fn format_arg(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(&b.data).into_owned()),
        other => Err(PyErr::type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            other.type_name()
        ))),
    }
}

/// An integer argument, or CPython's "not an integer".
fn int_arg(v: &Value, err: &Value) -> PyResult<Int> {
    match v {
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => v.to_int(),
        Value::Float(_) | Value::Str(_) | Value::Bytes(_) | Value::None => {
            Err(error(err, "required argument is not an integer"))
        }
        other => other.to_int().map_err(|e| {
            if e.matches(&crate::object::exc::TYPE_ERROR) {
                error(err, "required argument is not an integer")
            } else {
                e
            }
        }),
    }
}

fn float_arg(v: &Value, err: &Value) -> PyResult<f64> {
    match v {
        Value::Float(_) | Value::Int(_) | Value::Big(_) | Value::Bool(_) => v.to_f64(),
        other => other.to_f64().map_err(|e| {
            if e.matches(&crate::object::exc::TYPE_ERROR) {
                error(err, "required argument is not a float")
            } else {
                e
            }
        }),
    }
}

/// An integer field's value as its two's-complement bits, with the range
/// check (and the wording) of CPython's table for it.
fn int_bits(code: u8, table: Table, n: &Int, err: &Value) -> PyResult<u64> {
    let out_of_range = || error(err, "argument out of range");
    let signed = n.as_i64();
    let unsigned = n.big().to_u64();
    let requires = |lo: i128, hi: i128| format!("'{}' format requires {lo} <= number <= {hi}", code as char);
    match code {
        b'b' | b'B' | b'h' | b'H' => {
            let (lo, hi, name): (i64, i64, &str) = match code {
                b'b' => (-128, 127, "byte"),
                b'B' => (0, 255, "ubyte"),
                b'h' => (-32768, 32767, "short"),
                _ => (0, 65535, "ushort"),
            };
            if table == Table::Big && code == b'H' {
                let u = unsigned.ok_or_else(out_of_range)?;
                if u > 65535 {
                    return Err(error(err, requires(0, 65535)));
                }
                return Ok(u);
            }
            let v = signed.ok_or_else(out_of_range)?;
            if v < lo || v > hi {
                if table == Table::Big && code == b'h' {
                    return Err(error(err, requires(lo as i128, hi as i128)));
                }
                return Err(error(err, format!("{name} format requires {lo} <= number <= {hi}")));
            }
            Ok(v as u64)
        }
        b'i' | b'l' if code == b'i' || table != Table::Native => {
            let v = signed.ok_or_else(out_of_range)?;
            if v < i32::MIN as i64 || v > i32::MAX as i64 {
                return Err(error(err, requires(i32::MIN as i128, i32::MAX as i128)));
            }
            Ok(v as u64)
        }
        b'I' | b'L' if code == b'I' || table != Table::Native => {
            let u = unsigned.ok_or_else(out_of_range)?;
            if u > u32::MAX as u64 {
                return Err(error(err, requires(0, u32::MAX as i128)));
            }
            Ok(u)
        }
        b'l' | b'q' | b'n' => match signed {
            Some(v) => Ok(v as u64),
            None if table == Table::Big => Err(error(err, "int too large to convert")),
            None => Err(out_of_range()),
        },
        b'L' | b'Q' | b'N' => match unsigned {
            Some(u) => Ok(u),
            None if table == Table::Big => Err(error(err, "int too large to convert")),
            None => Err(out_of_range()),
        },
        // `P`: a pointer, from any int a machine word holds either way.
        _ => signed.map(|v| v as u64).or(unsigned).ok_or_else(|| error(err, "int too large to convert")),
    }
}

/// `x` as an IEEE half float's bits (round half to even), or None past
/// its range.
fn half_bits(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    // In units of the smallest subnormal (2^-24), rounded to even.
    let (exp, bits) = if a < 2f64.powi(-14) {
        let m = (a * 2f64.powi(24)).round_ties_even();
        (0u16, m as u16) // may round up into the smallest normal: still right
    } else {
        let e = a.log2().floor() as i32;
        let e = if 2f64.powi(e) > a {
            e - 1
        } else if 2f64.powi(e + 1) <= a {
            e + 1
        } else {
            e
        };
        let m = (a / 2f64.powi(e) * 1024.0).round_ties_even() as u32; // 1024..=2048
        let (e, m) = if m == 2048 { (e + 1, 1024) } else { (e, m) };
        if e > 15 {
            return None;
        }
        (((e + 15) as u16) << 10, (m - 1024) as u16)
    };
    Some(sign | (exp + bits))
}

fn half_value(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn put(out: &mut [u8], bits: u64, little: bool) {
    let n = out.len();
    for (k, b) in out.iter_mut().enumerate() {
        let shift = if little { k } else { n - 1 - k };
        *b = (bits >> (8 * shift)) as u8;
    }
}

fn get(data: &[u8], little: bool) -> u64 {
    let n = data.len();
    let mut v = 0u64;
    for (k, &b) in data.iter().enumerate() {
        let shift = if little { k } else { n - 1 - k };
        v |= (b as u64) << (8 * shift);
    }
    v
}

fn pack_into(layout: &Layout, out: &mut [u8], args: &[Value], err: &Value) -> PyResult<()> {
    let little = layout.little();
    for (f, v) in layout.fields().zip(args) {
        if f.code == b'p' && f.len == 0 {
            if !matches!(v, Value::Bytes(_) | Value::ByteArray(_)) {
                return Err(error(err, "argument for 'p' must be a bytes object"));
            }
            // CPython 3.11 still writes a `0p`'s length byte (-1), over
            // whatever follows it in the buffer.
            if let Some(b) = out.get_mut(f.offset) {
                *b = 0xff;
            }
            continue;
        }
        let dst = &mut out[f.offset..f.offset + f.len];
        match f.code {
            b'c' => match v {
                Value::Bytes(b) if b.data.len() == 1 => dst[0] = b.data[0],
                _ => return Err(error(err, "char format requires a bytes object of length 1")),
            },
            b's' | b'p' => {
                let data = crate::ops::bytes_like(v)
                    .ok_or_else(|| error(err, format!("argument for '{}' must be a bytes object", f.code as char)))?;
                if f.code == b's' {
                    let n = data.len().min(f.len);
                    dst[..n].copy_from_slice(&data[..n]);
                } else {
                    let n = data.len().min(f.len - 1);
                    dst[1..1 + n].copy_from_slice(&data[..n]);
                    dst[0] = n.min(255) as u8;
                }
            }
            b'?' => dst[0] = v.truthy() as u8,
            b'e' => {
                let x = float_arg(v, err)?;
                let h = half_bits(x).ok_or_else(|| {
                    PyErr::new(&crate::object::exc::OVERFLOW_ERROR, "float too large to pack with e format")
                })?;
                put(dst, h as u64, little);
            }
            b'f' => {
                let x = float_arg(v, err)?;
                let y = x as f32;
                if y.is_infinite() && x.is_finite() && layout.table != Table::Native {
                    return Err(PyErr::new(
                        &crate::object::exc::OVERFLOW_ERROR,
                        "float too large to pack with f format",
                    ));
                }
                put(dst, y.to_bits() as u64, little);
            }
            b'd' => put(dst, float_arg(v, err)?.to_bits(), little),
            code => {
                let n = int_arg(v, err)?;
                put(dst, int_bits(code, layout.table, &n, err)?, little);
            }
        }
    }
    Ok(())
}

fn unpack_at(layout: &Layout, data: &[u8]) -> PyResult<Value> {
    let little = layout.little();
    let items = layout
        .fields()
        .map(|f| {
            let src = &data[f.offset..f.offset + f.len];
            Ok(match f.code {
                b'c' | b's' => Value::Bytes(crate::types::bytes::new(src)),
                b'p' if f.len == 0 => {
                    return Err(PyErr::new(
                        &crate::object::exc::SYSTEM_ERROR,
                        "Negative size passed to PyBytes_FromStringAndSize",
                    ))
                }
                b'p' => {
                    let n = (src[0] as usize).min(f.len - 1);
                    Value::Bytes(crate::types::bytes::new(&src[1..1 + n]))
                }
                b'?' => Value::Bool(src[0] != 0),
                b'e' => Value::Float(half_value(get(src, little) as u16)),
                b'f' => Value::Float(f32::from_bits(get(src, little) as u32) as f64),
                b'd' => Value::Float(f64::from_bits(get(src, little))),
                b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                    let bits = get(src, little);
                    let shift = 64 - 8 * f.len as u32;
                    Value::Int(((bits << shift) as i64) >> shift)
                }
                _ => {
                    let u = get(src, little);
                    match i64::try_from(u) {
                        Ok(v) => Value::Int(v),
                        Err(_) => Value::from_int(Int::from(crate::object::layout::bigint::BigInt::from(u))),
                    }
                }
            })
        })
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Value::Tuple(crate::types::tuple::new(items)))
}

/// The start of a field run at `offset` (negative from the end) in a
/// buffer of `len` bytes, with CPython's errors for `who`.
fn place(who: &str, verb: &str, layout: &Layout, offset: i64, len: usize, err: &Value) -> PyResult<usize> {
    let size = layout.size;
    let start = if offset < 0 {
        if offset.unsigned_abs() as usize > len {
            return Err(error(err, format!("offset {offset} out of range for {len}-byte buffer")));
        }
        let start = len - offset.unsigned_abs() as usize;
        if len - start < size {
            let what = if verb == "packing" { "no space to pack" } else { "not enough data to unpack" };
            return Err(error(err, format!("{what} {size} bytes at offset {offset}")));
        }
        start
    } else {
        offset as usize
    };
    if len.saturating_sub(start) < size || start > len {
        return Err(error(
            err,
            format!(
                "{who} requires a buffer of at least {} bytes for {verb} {size} bytes at offset {offset} (actual buffer size is {len})",
                size as u128 + offset as u128
            ),
        ));
    }
    Ok(start)
}

/// The values to pack, as many as the layout has fields (CPython's error
/// for `who` otherwise).
fn values_for(who: &str, layout: &Layout, v: &Value, err: &Value) -> PyResult<crate::types::tuple::Tuple> {
    let values = v.to_tuple()?;
    if values.items().len() != layout.nargs() {
        let got = values.items().len();
        return Err(error(err, format!("{who} expected {} items for packing (got {got})", layout.nargs())));
    }
    Ok(values)
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    let short = crate::stdlib::short_name(name);
    match name {
        // (format, error) -> size
        "struct._pyaot_calcsize" => {
            argc(short, &args, 2, 2)?;
            let layout = parse(&format_arg(&args[0])?, &args[1])?;
            Ok(Value::Int(layout.size as i64))
        }
        // (format, error) -> the format as a str, checked
        "struct._pyaot_format" => {
            argc(short, &args, 2, 2)?;
            let fmt = format_arg(&args[0])?;
            parse(&fmt, &args[1])?;
            Ok(Value::from_str(&fmt))
        }
        // (format, values, error) -> bytes
        "struct._pyaot_pack" => {
            argc(short, &args, 3, 3)?;
            let err = &args[2];
            let layout = parse(&format_arg(&args[0])?, err)?;
            let values = values_for("pack", &layout, &args[1], err)?;
            let mut out = vec![0u8; layout.size];
            pack_into(&layout, &mut out, values.items(), err)?;
            Ok(Value::Bytes(crate::types::bytes::from_vec(out)))
        }
        // (format, buffer, offset, values, error)
        "struct._pyaot_pack_into" => {
            argc(short, &args, 5, 5)?;
            let err = &args[4];
            let layout = parse(&format_arg(&args[0])?, err)?;
            let values = values_for("pack_into", &layout, &args[3], err)?;
            let Value::ByteArray(buf) = &args[1] else {
                return Err(PyErr::type_error(format!(
                    "argument must be read-write bytes-like object, not {}",
                    args[1].type_name()
                )));
            };
            let offset = args[2].to_int()?.to_index()?;
            let len = buf.data.borrow().len();
            let start = place("pack_into", "packing", &layout, offset, len, err)?;
            // The packed bytes, pads zeroed, and the rest of the buffer
            // (which a `0p` writes into).
            let mut out = buf.data.borrow()[start..].to_vec();
            out[..layout.size].fill(0);
            pack_into(&layout, &mut out, values.items(), err)?;
            buf.data.borrow_mut()[start..].copy_from_slice(&out);
            Ok(Value::None)
        }
        // (format, buffer, offset or None for the whole buffer, error) -> tuple
        "struct._pyaot_unpack" => {
            argc(short, &args, 4, 4)?;
            let err = &args[3];
            let layout = parse(&format_arg(&args[0])?, err)?;
            let data = crate::stdlib::bytes_arg(&args[1])?;
            if args[2].is_none() {
                if data.len() != layout.size {
                    return Err(error(err, format!("unpack requires a buffer of {} bytes", layout.size)));
                }
                return unpack_at(&layout, &data);
            }
            let offset = args[2].to_int()?.to_index()?;
            let start = place("unpack_from", "unpacking", &layout, offset, data.len(), err)?;
            unpack_at(&layout, &data[start..])
        }
        // (format, buffer, error) -> list of tuples
        "struct._pyaot_iter_unpack" => {
            argc(short, &args, 3, 3)?;
            let err = &args[2];
            let layout = parse(&format_arg(&args[0])?, err)?;
            let data = crate::stdlib::bytes_arg(&args[1])?;
            if layout.size == 0 {
                return Err(error(err, "cannot iteratively unpack with a struct of length 0"));
            }
            if data.len() % layout.size != 0 {
                return Err(error(
                    err,
                    format!("iterative unpacking requires a buffer of a multiple of {} bytes", layout.size),
                ));
            }
            let items = data.chunks(layout.size).map(|c| unpack_at(&layout, c)).collect::<PyResult<_>>()?;
            Ok(Value::List(crate::types::list::from_vec(items)))
        }
        _ => unreachable!("struct has no function {name}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_floats_round_trip_every_finite_value() {
        for h in 0u16..=0xffff {
            let x = half_value(h);
            if x.is_nan() {
                continue;
            }
            assert_eq!(half_bits(x), Some(h), "{h:#x} -> {x}");
        }
    }

    #[test]
    fn half_floats_round_half_to_even_and_overflow() {
        assert_eq!(half_bits(65504.0), Some(0x7bff));
        assert_eq!(half_bits(65519.0), Some(0x7bff));
        assert_eq!(half_bits(65520.0), None);
        // Halfway between 1 and the next half float: to even (1).
        assert_eq!(half_bits(1.0 + 2f64.powi(-11)), Some(0x3c00));
        assert_eq!(half_bits(1.0 + 3.0 * 2f64.powi(-11)), Some(0x3c02));
        assert_eq!(half_bits(2f64.powi(-25)), Some(0));
        assert_eq!(half_bits(3.0 * 2f64.powi(-26)), Some(1));
    }
}
