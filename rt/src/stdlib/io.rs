//! The Rust half of `io` (`stdlib/io.py`): the system calls under its
//! file layers, on file descriptors. `open` opens a path with `os.open`'s
//! flags; `read`, `write`, `seek`, `truncate`, `close` and `isatty` act on
//! the descriptor it gave. Failures are CPython's OSError subclasses, with
//! the file's name where CPython gives it.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::mem::ManuallyDrop;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::io::{FromRawFd, IntoRawFd};

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::args::argc;

// Linux's `os.O_*` flags, as `io.open` passes them.
const O_ACCMODE: i64 = 0o3;
const O_WRONLY: i64 = 0o1;
const O_RDWR: i64 = 0o2;
const O_CREAT: i64 = 0o100;
const O_EXCL: i64 = 0o200;
const O_TRUNC: i64 = 0o1000;
const O_APPEND: i64 = 0o2000;
const EISDIR: i64 = 21;

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    let short = crate::stdlib::short_name(name);
    let int = |i: usize| args[i].to_int().and_then(|n| n.to_index());
    match name {
        "io._pyaot_open" => {
            argc(short, &args, 3, 3)?;
            open(&args[0], int(1)?, int(2)?)
        }
        "io._pyaot_read" => {
            argc(short, &args, 2, 2)?;
            let mut f = file(int(0)?);
            let n = int(1)?;
            let mut data = Vec::new();
            let r = if n < 0 {
                f.read_to_end(&mut data).map(|_| ())
            } else {
                data.resize(n as usize, 0);
                f.read(&mut data).map(|k| data.truncate(k))
            };
            r.map_err(|e| crate::types::exception::os_error(&e))?;
            Ok(Value::Bytes(crate::types::bytes::from_vec(data)))
        }
        "io._pyaot_write" => {
            argc(short, &args, 2, 2)?;
            let data = match &args[1] {
                Value::Bytes(b) => b.data.to_vec(),
                Value::ByteArray(b) => b.snapshot(),
                other => {
                    return Err(PyErr::type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        other.type_name()
                    )))
                }
            };
            file(int(0)?).write_all(&data).map_err(|e| crate::types::exception::os_error(&e))?;
            Ok(Value::Int(data.len() as i64))
        }
        "io._pyaot_seek" => {
            argc(short, &args, 3, 3)?;
            let pos = int(1)?;
            let to = match int(2)? {
                0 if pos < 0 => return Err(PyErr::value_error(format!("negative seek position {pos}"))),
                0 => SeekFrom::Start(pos as u64),
                1 => SeekFrom::Current(pos),
                2 => SeekFrom::End(pos),
                w => return Err(PyErr::value_error(format!("invalid whence ({w}, should be 0, 1 or 2)"))),
            };
            let at = file(int(0)?).seek(to).map_err(|e| crate::types::exception::os_error(&e))?;
            Ok(Value::Int(at as i64))
        }
        "io._pyaot_truncate" => {
            argc(short, &args, 2, 2)?;
            let size = int(1)?;
            if size < 0 {
                return Err(PyErr::value_error(format!("negative size value {size}")));
            }
            file(int(0)?).set_len(size as u64).map_err(|e| crate::types::exception::os_error(&e))?;
            Ok(Value::Int(size))
        }
        "io._pyaot_close" => {
            argc(short, &args, 1, 1)?;
            drop(ManuallyDrop::into_inner(file(int(0)?)));
            Ok(Value::None)
        }
        "io._pyaot_getcwd" => {
            argc(short, &args, 0, 0)?;
            let cwd = std::env::current_dir().map_err(|e| crate::types::exception::os_error(&e))?;
            Ok(Value::from_str(&cwd.to_string_lossy()))
        }
        "io._pyaot_isatty" => {
            argc(short, &args, 1, 1)?;
            use std::io::IsTerminal;
            Ok(Value::Bool(file(int(0)?).is_terminal()))
        }
        _ => unreachable!("io has no function {name}"),
    }
}

/// The file a descriptor stands for, not closed when dropped.
fn file(fd: i64) -> ManuallyDrop<File> {
    // SAFETY: the descriptor is one `_pyaot_open` gave, which `io.FileIO` keeps
    // until it closes it; the File is never dropped but by `_pyaot_close`.
    ManuallyDrop::new(unsafe { File::from_raw_fd(fd as i32) })
}

/// `_pyaot_open(path, flags, mode)`: a descriptor, or the OSError CPython raises
/// naming the path (IsADirectoryError for a directory, as `FileIO` does).
fn open(path: &Value, flags: i64, mode: i64) -> PyResult<Value> {
    // A path's bytes: a str's in UTF-8, a lone surrogate U+DC80..U+DCFF
    // as the byte it stands for (the file system's 'surrogateescape').
    let name: std::path::PathBuf = match path {
        Value::Str(s) => crate::types::codec::fs_encode(s)?,
        Value::Bytes(b) => std::ffi::OsStr::from_bytes(&b.data).into(),
        other => return Err(PyErr::type_error(format!("expected str, not {}", other.type_name()))),
    };
    let acc = flags & O_ACCMODE;
    let mut opts = std::fs::OpenOptions::new();
    opts.read(acc != O_WRONLY)
        .write(acc == O_WRONLY || acc == O_RDWR)
        .append(flags & O_APPEND != 0)
        .truncate(flags & O_TRUNC != 0)
        .mode(mode as u32);
    if flags & O_CREAT != 0 && flags & O_EXCL != 0 {
        opts.create_new(true);
    } else if flags & O_CREAT != 0 {
        opts.create(true);
    }
    let err = |e: std::io::Error| {
        let text = e.to_string();
        let text = text.split(" (os error").next().unwrap_or(&text).to_string();
        match e.raw_os_error() {
            Some(errno) => PyErr(crate::types::exception::new_builtin(
                &crate::object::exc::OS_ERROR,
                vec![Value::Int(errno as i64), Value::from_str(&text), path.clone()],
            )),
            None => PyErr::new(&crate::object::exc::OS_ERROR, text),
        }
    };
    let f = opts.open(&name).map_err(err)?;
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(PyErr(crate::types::exception::new_builtin(
            &crate::object::exc::OS_ERROR,
            vec![Value::Int(EISDIR), Value::from_str("Is a directory"), path.clone()],
        )));
    }
    Ok(Value::Int(f.into_raw_fd() as i64))
}
