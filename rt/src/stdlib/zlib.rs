//! The Rust half of `zlib` (`stdlib/zlib.py`): deflate and inflate
//! streams of the reference zlib (the `libz-sys` crate's bundled sources,
//! linked statically), and its checksums. The Python half holds the
//! `Compress`/`Decompress` objects and turns the status codes returned
//! here into `zlib.error` with CPython's messages; each object holds one
//! of these streams, opaque to it.

use std::cell::RefCell;
use std::os::raw::{c_int, c_uint, c_void};

use libz_sys as z;

use crate::object::exc::{PyErr, PyResult};
use crate::object::layout::native::NativeType;
use crate::object::value::Value;
use crate::types::args::argc;

unsafe extern "C" fn zalloc(_opaque: *mut c_void, items: c_uint, size: c_uint) -> *mut c_void {
    // SAFETY: the C allocator; zlib frees with `zfree`.
    unsafe { libc::calloc(items as usize, size as usize) }
}

unsafe extern "C" fn zfree(_opaque: *mut c_void, p: *mut c_void) {
    // SAFETY: `p` came from `zalloc`.
    unsafe { libc::free(p) }
}

/// A deflate or inflate stream. zlib keeps a pointer back to the
/// `z_stream`, so it lives in a box that never moves.
struct Stream {
    strm: Box<z::z_stream>,
    deflate: bool,
}

impl Drop for Stream {
    fn drop(&mut self) {
        // SAFETY: the stream was initialized by deflateInit2_/inflateInit2_.
        unsafe {
            if self.deflate {
                z::deflateEnd(&mut *self.strm);
            } else {
                z::inflateEnd(&mut *self.strm);
            }
        }
    }
}

struct ZState(RefCell<Stream>);

impl NativeType for ZState {
    fn type_name(&self) -> &'static str {
        "_pyaot_zlib_stream"
    }
}

fn blank() -> Box<z::z_stream> {
    Box::new(z::z_stream {
        next_in: std::ptr::null_mut(),
        avail_in: 0,
        total_in: 0,
        next_out: std::ptr::null_mut(),
        avail_out: 0,
        total_out: 0,
        msg: std::ptr::null_mut(),
        state: std::ptr::null_mut(),
        zalloc,
        zfree,
        opaque: std::ptr::null_mut(),
        data_type: 0,
        adler: 0,
        reserved: 0,
    })
}

fn message(strm: &z::z_stream) -> Value {
    if strm.msg.is_null() {
        Value::None
    } else {
        // SAFETY: zlib's messages are NUL-terminated static strings.
        Value::from_str(&unsafe { std::ffi::CStr::from_ptr(strm.msg) }.to_string_lossy())
    }
}

fn int(v: &Value) -> PyResult<i64> {
    v.to_int()?.to_index()
}

fn data(v: &Value) -> PyResult<Vec<u8>> {
    crate::ops::bytes_like(v)
        .ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", v.type_name())))
}

fn state(v: &Value) -> PyResult<&ZState> {
    crate::types::native::ext::<ZState>(v).ok_or_else(|| PyErr::type_error("not a zlib stream"))
}

fn tuple(items: Vec<Value>) -> Value {
    Value::Tuple(crate::types::tuple::new(items))
}

fn bytes(out: Vec<u8>) -> Value {
    Value::Bytes(crate::types::bytes::from_vec(out))
}

/// Sets a preset dictionary; zlib's status.
fn set_dictionary(s: &mut Stream, dict: &[u8]) -> c_int {
    // SAFETY: zlib copies the dictionary.
    unsafe {
        if s.deflate {
            z::deflateSetDictionary(&mut *s.strm, dict.as_ptr(), dict.len() as c_uint)
        } else {
            z::inflateSetDictionary(&mut *s.strm, dict.as_ptr(), dict.len() as c_uint)
        }
    }
}

/// (status, stream or None) for deflateInit2 with (level, method, wbits,
/// memLevel, strategy, zdict or None).
fn deflate_new(a: &[Value]) -> PyResult<Value> {
    let mut strm = blank();
    let p = [int(&a[0])?, int(&a[1])?, int(&a[2])?, int(&a[3])?, int(&a[4])?];
    if p.iter().any(|&x| i32::try_from(x).is_err()) {
        return Err(PyErr::new(&crate::object::exc::OVERFLOW_ERROR, "Python int too large to convert to C int"));
    }
    // SAFETY: a fresh stream; zlib checks the parameters.
    let rc = unsafe {
        z::deflateInit2_(
            &mut *strm,
            p[0] as c_int,
            p[1] as c_int,
            p[2] as c_int,
            p[3] as c_int,
            p[4] as c_int,
            z::zlibVersion(),
            std::mem::size_of::<z::z_stream>() as c_int,
        )
    };
    if rc != z::Z_OK {
        return Ok(tuple(vec![Value::Int(rc as i64), Value::None]));
    }
    let mut s = Stream { strm, deflate: true };
    if !a[5].is_none() {
        let rc = set_dictionary(&mut s, &data(&a[5])?);
        if rc != z::Z_OK {
            return Ok(tuple(vec![Value::Int(rc as i64), Value::None]));
        }
    }
    Ok(tuple(vec![Value::Int(0), crate::types::native::new_ext(ZState(RefCell::new(s)))]))
}

/// (status, stream or None) for inflateInit2 with (wbits).
fn inflate_new(a: &[Value]) -> PyResult<Value> {
    let mut strm = blank();
    let wbits = i32::try_from(int(&a[0])?)
        .map_err(|_| PyErr::new(&crate::object::exc::OVERFLOW_ERROR, "Python int too large to convert to C int"))?;
    // SAFETY: a fresh stream; zlib checks the parameters.
    let rc =
        unsafe { z::inflateInit2_(&mut *strm, wbits, z::zlibVersion(), std::mem::size_of::<z::z_stream>() as c_int) };
    if rc != z::Z_OK {
        return Ok(tuple(vec![Value::Int(rc as i64), Value::None]));
    }
    Ok(tuple(vec![Value::Int(0), crate::types::native::new_ext(ZState(RefCell::new(Stream { strm, deflate: false })))]))
}

/// Feeds `input` to a deflate stream with a flush mode: (status, output,
/// zlib's message or None).
fn deflate(s: &mut Stream, input: &[u8], flush: c_int) -> Value {
    let mut out = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    s.strm.next_in = input.as_ptr() as *mut u8;
    s.strm.avail_in = input.len() as c_uint;
    let mut rc;
    loop {
        s.strm.next_out = chunk.as_mut_ptr();
        s.strm.avail_out = chunk.len() as c_uint;
        // SAFETY: the buffers outlive the call; zlib writes within avail_out.
        rc = unsafe { z::deflate(&mut *s.strm, flush) };
        let produced = chunk.len() - s.strm.avail_out as usize;
        out.extend_from_slice(&chunk[..produced]);
        if rc == z::Z_STREAM_ERROR || s.strm.avail_out != 0 {
            break;
        }
    }
    s.strm.next_in = std::ptr::null_mut();
    s.strm.avail_in = 0;
    let rc = if rc == z::Z_BUF_ERROR { z::Z_OK } else { rc };
    tuple(vec![Value::Int(rc as i64), bytes(out), message(&s.strm)])
}

/// Feeds `input` to an inflate stream, at most `max_length` bytes out (0:
/// no limit), a preset dictionary ready if one is asked for: (status,
/// output, input bytes consumed, zlib's message or None). The status is
/// 1 (Z_STREAM_END) at the end of the stream.
fn inflate(s: &mut Stream, input: &[u8], max_length: usize, zdict: Option<&[u8]>) -> Value {
    let mut out: Vec<u8> = Vec::new();
    s.strm.next_in = input.as_ptr() as *mut u8;
    s.strm.avail_in = input.len() as c_uint;
    let mut rc;
    loop {
        let room = if max_length > 0 { (max_length - out.len()).min(64 * 1024) } else { 64 * 1024 };
        let start = out.len();
        out.resize(start + room, 0);
        s.strm.next_out = out[start..].as_mut_ptr();
        s.strm.avail_out = room as c_uint;
        // SAFETY: the buffers outlive the call; zlib writes within avail_out.
        rc = unsafe { z::inflate(&mut *s.strm, z::Z_SYNC_FLUSH) };
        out.truncate(start + room - s.strm.avail_out as usize);
        if rc == z::Z_NEED_DICT {
            if let Some(d) = zdict {
                rc = set_dictionary(s, d);
                if rc == z::Z_OK {
                    continue;
                }
            }
            break;
        }
        if rc != z::Z_OK && rc != z::Z_BUF_ERROR {
            break;
        }
        if max_length > 0 && out.len() >= max_length {
            break;
        }
        if s.strm.avail_out != 0 || rc == z::Z_BUF_ERROR {
            break;
        }
    }
    let consumed = input.len() - s.strm.avail_in as usize;
    s.strm.next_in = std::ptr::null_mut();
    s.strm.avail_in = 0;
    let rc = if rc == z::Z_BUF_ERROR { z::Z_OK } else { rc };
    tuple(vec![Value::Int(rc as i64), bytes(out), Value::Int(consumed as i64), message(&s.strm)])
}

fn copy(s: &Stream) -> Value {
    let mut strm = blank();
    // SAFETY: both streams are valid; zlib allocates the copy's state.
    let rc = unsafe {
        let src = &*s.strm as *const z::z_stream as *mut z::z_stream;
        if s.deflate {
            z::deflateCopy(&mut *strm, src)
        } else {
            z::inflateCopy(&mut *strm, src)
        }
    };
    if rc != z::Z_OK {
        return tuple(vec![Value::Int(rc as i64), Value::None]);
    }
    let copy = Stream { strm, deflate: s.deflate };
    tuple(vec![Value::Int(0), crate::types::native::new_ext(ZState(RefCell::new(copy)))])
}

/// A running checksum's start value as a 32-bit unsigned int (CPython
/// masks it).
fn start(v: &Value) -> PyResult<u32> {
    let n = v.to_int()?;
    let low = crate::ops::binary(crate::object::op::BinOp::And, &Value::from_int(n), &Value::Int(0xffff_ffff))?;
    Ok(low.to_int()?.to_index()? as u32)
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    let short = crate::stdlib::short_name(name);
    match name {
        "zlib._pyaot_deflate_new" => {
            argc(short, &args, 6, 6)?;
            deflate_new(&args)
        }
        "zlib._pyaot_inflate_new" => {
            argc(short, &args, 1, 1)?;
            inflate_new(&args)
        }
        // (stream, data, flush mode)
        "zlib._pyaot_deflate" => {
            argc(short, &args, 3, 3)?;
            let input = data(&args[1])?;
            let flush = int(&args[2])? as c_int;
            Ok(deflate(&mut state(&args[0])?.0.borrow_mut(), &input, flush))
        }
        // (stream, data, max_length, zdict or None)
        "zlib._pyaot_inflate" => {
            argc(short, &args, 4, 4)?;
            let input = data(&args[1])?;
            let max_length = int(&args[2])?.max(0) as usize;
            let zdict = if args[3].is_none() { None } else { Some(data(&args[3])?) };
            Ok(inflate(&mut state(&args[0])?.0.borrow_mut(), &input, max_length, zdict.as_deref()))
        }
        "zlib._pyaot_copy" => {
            argc(short, &args, 1, 1)?;
            Ok(copy(&state(&args[0])?.0.borrow()))
        }
        "zlib.crc32" | "zlib.adler32" => {
            argc(short, &args, 1, 2)?;
            let input = data(&args[0])?;
            let init = match args.get(1) {
                Some(v) => start(v)?,
                None if short == "crc32" => 0,
                None => 1,
            };
            let mut acc = init as z::uLong;
            // zlib takes at most 4 GiB per call.
            for piece in input.chunks(1 << 30) {
                // SAFETY: plain checksum over a live buffer.
                acc = unsafe {
                    if short == "crc32" {
                        z::crc32(acc, piece.as_ptr(), piece.len() as c_uint)
                    } else {
                        z::adler32(acc, piece.as_ptr(), piece.len() as c_uint)
                    }
                };
            }
            Ok(Value::Int(acc as i64))
        }
        "zlib._pyaot_version" => {
            argc(short, &args, 0, 0)?;
            // SAFETY: zlib's version is a NUL-terminated static string.
            let v = unsafe { std::ffi::CStr::from_ptr(z::zlibVersion()) };
            Ok(Value::from_str(&v.to_string_lossy()))
        }
        _ => unreachable!("zlib has no function {name}"),
    }
}
