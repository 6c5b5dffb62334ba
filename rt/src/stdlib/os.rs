//! The Rust half of `os` (`stdlib/os/__init__.py`): the system calls
//! behind its functions, with CPython's OSError subclasses naming the
//! paths involved.

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::args::argc;

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    let short = crate::stdlib::short_name(name);
    let path = |i: usize| -> PyResult<std::path::PathBuf> {
        match &args[i] {
            Value::Str(s) => crate::types::codec::fs_encode(s),
            other => Err(PyErr::type_error(format!(
                "{}: path should be string, bytes or os.PathLike, not {}",
                short.trim_start_matches("_pyaot_"),
                other.type_name()
            ))),
        }
    };
    // The OSError of a call on one path (or two).
    let fail = |e: std::io::Error, paths: &[usize]| {
        let text = e.to_string();
        let text = text.split(" (os error").next().unwrap_or(&text).to_string();
        let Some(errno) = e.raw_os_error() else { return PyErr::new(&crate::object::exc::OS_ERROR, text) };
        let mut a = vec![Value::Int(errno as i64), Value::from_str(&text)];
        a.extend(paths.first().map(|&i| args[i].clone()));
        if let Some(&j) = paths.get(1) {
            a.push(Value::None);
            a.push(args[j].clone());
        }
        PyErr(crate::types::exception::new_builtin(&crate::object::exc::OS_ERROR, a))
    };
    let none = |r: std::io::Result<()>, paths: &[usize]| r.map(|_| Value::None).map_err(|e| fail(e, paths));
    match name {
        "os._pyaot_getcwd" => {
            argc(short, &args, 0, 0)?;
            let cwd = std::env::current_dir().map_err(|e| fail(e, &[]))?;
            Ok(Value::Str(crate::types::codec::fs_decode(cwd.as_os_str())))
        }
        "os._pyaot_chdir" => {
            argc(short, &args, 1, 1)?;
            none(std::env::set_current_dir(path(0)?), &[0])
        }
        "os._pyaot_listdir" => {
            argc(short, &args, 1, 1)?;
            let entries = std::fs::read_dir(path(0)?).map_err(|e| fail(e, &[0]))?;
            let mut names = Vec::new();
            for entry in entries {
                let entry = entry.map_err(|e| fail(e, &[0]))?;
                names.push(Value::Str(crate::types::codec::fs_decode(&entry.file_name())));
            }
            Ok(Value::List(crate::types::list::from_vec(names)))
        }
        "os._pyaot_mkdir" => {
            argc(short, &args, 2, 2)?;
            use std::os::unix::fs::DirBuilderExt;
            let mode = args[1].to_int()?.to_index()? as u32;
            none(std::fs::DirBuilder::new().mode(mode).create(path(0)?), &[0])
        }
        "os._pyaot_rmdir" => {
            argc(short, &args, 1, 1)?;
            none(std::fs::remove_dir(path(0)?), &[0])
        }
        "os._pyaot_unlink" => {
            argc(short, &args, 1, 1)?;
            none(std::fs::remove_file(path(0)?), &[0])
        }
        "os._pyaot_rename" => {
            argc(short, &args, 2, 2)?;
            none(std::fs::rename(path(0)?, path(1)?), &[0, 1])
        }
        "os._pyaot_stat" => {
            // `(mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime,
            // atime_ns, mtime_ns, ctime_ns)`, following symbolic links or not.
            argc(short, &args, 2, 2)?;
            use std::os::unix::fs::MetadataExt;
            let p = path(0)?;
            let m = if args[1].truthy() { std::fs::metadata(&p) } else { std::fs::symlink_metadata(&p) };
            let m = m.map_err(|e| fail(e, &[0]))?;
            let time = |s: i64, ns: i64| Value::Float(s as f64 + ns as f64 * 1e-9);
            let items = vec![
                Value::Int(i64::from(m.mode())),
                Value::Int(m.ino() as i64),
                Value::Int(m.dev() as i64),
                Value::Int(m.nlink() as i64),
                Value::Int(i64::from(m.uid())),
                Value::Int(i64::from(m.gid())),
                Value::Int(m.size() as i64),
                time(m.atime(), m.atime_nsec()),
                time(m.mtime(), m.mtime_nsec()),
                time(m.ctime(), m.ctime_nsec()),
                Value::from_int(ns(m.atime(), m.atime_nsec())),
                Value::from_int(ns(m.mtime(), m.mtime_nsec())),
                Value::from_int(ns(m.ctime(), m.ctime_nsec())),
            ];
            Ok(Value::Tuple(crate::types::tuple::new(items)))
        }
        "os._pyaot_environ" => {
            argc(short, &args, 0, 0)?;
            let d = crate::types::dict::new();
            for (k, v) in std::env::vars_os() {
                crate::types::dict::setitem(
                    &d,
                    Value::from_str(&k.to_string_lossy()),
                    Value::from_str(&v.to_string_lossy()),
                )?;
            }
            Ok(Value::Dict(d))
        }
        "os._pyaot_putenv" => {
            argc(short, &args, 2, 2)?;
            std::env::set_var(path(0)?, path(1)?);
            Ok(Value::None)
        }
        "os._pyaot_unsetenv" => {
            argc(short, &args, 1, 1)?;
            std::env::remove_var(path(0)?);
            Ok(Value::None)
        }
        "os._pyaot_getpid" => {
            argc(short, &args, 0, 0)?;
            Ok(Value::Int(i64::from(std::process::id())))
        }
        "os._pyaot_cpu_count" => {
            argc(short, &args, 0, 0)?;
            Ok(std::thread::available_parallelism().map_or(Value::None, |n| Value::Int(n.get() as i64)))
        }
        "os._pyaot_realpath" => {
            argc(short, &args, 1, 1)?;
            let p = path(0)?;
            let p = p.to_str().ok_or_else(|| {
                PyErr::value_error("os.path.realpath of a path that is not UTF-8 is not supported by pyaot yet")
            })?;
            Ok(Value::from_str(&realpath(p)))
        }
        "os._pyaot_urandom" => {
            argc(short, &args, 1, 1)?;
            let n = args[0].to_int()?.to_index()?;
            if n < 0 {
                return Err(PyErr::value_error("negative argument not allowed"));
            }
            let mut data = vec![0u8; n as usize];
            use std::io::Read;
            std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut data)).map_err(|e| fail(e, &[]))?;
            Ok(Value::Bytes(crate::types::bytes::from_vec(data)))
        }
        "os._pyaot_chmod" => {
            argc(short, &args, 2, 2)?;
            use std::os::unix::fs::PermissionsExt;
            let mode = args[1].to_int()?.to_index()? as u32;
            none(std::fs::set_permissions(path(0)?, std::fs::Permissions::from_mode(mode)), &[0])
        }
        // (path, (atime_s, atime_ns), (mtime_s, mtime_ns)) or the times None for now.
        "os._pyaot_utime" => {
            argc(short, &args, 3, 3)?;
            let spec = |v: &Value| -> PyResult<libc::timespec> {
                if v.is_none() {
                    return Ok(libc::timespec { tv_sec: 0, tv_nsec: libc::UTIME_NOW });
                }
                let t = v.to_tuple()?;
                let (s, ns) = (t.items()[0].to_int()?.to_index()?, t.items()[1].to_int()?.to_index()?);
                Ok(libc::timespec { tv_sec: s, tv_nsec: ns })
            };
            let times = [spec(&args[1])?, spec(&args[2])?];
            let c = std::ffi::CString::new(std::os::unix::ffi::OsStringExt::into_vec(path(0)?.into_os_string()))
                .map_err(|_| PyErr::value_error("embedded null byte"))?;
            // SAFETY: a valid C string and two timespecs.
            let r = unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), 0) };
            none(if r == 0 { Ok(()) } else { Err(std::io::Error::last_os_error()) }, &[0])
        }
        "os._pyaot_access" => {
            argc(short, &args, 2, 2)?;
            let c = std::ffi::CString::new(std::os::unix::ffi::OsStringExt::into_vec(path(0)?.into_os_string()))
                .map_err(|_| PyErr::value_error("embedded null byte"))?;
            let mode = args[1].to_int()?.to_index()? as i32;
            // SAFETY: a valid C string.
            Ok(Value::Bool(unsafe { libc::access(c.as_ptr(), mode) } == 0))
        }
        "os._pyaot_symlink" => {
            argc(short, &args, 2, 2)?;
            none(std::os::unix::fs::symlink(path(0)?, path(1)?), &[0, 1])
        }
        "os._pyaot_readlink" => {
            argc(short, &args, 1, 1)?;
            let target = std::fs::read_link(path(0)?).map_err(|e| fail(e, &[0]))?;
            Ok(Value::Str(crate::types::codec::fs_decode(target.as_os_str())))
        }
        // (f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree,
        //  f_favail, f_flag, f_namemax)
        "os._pyaot_statvfs" => {
            argc(short, &args, 1, 1)?;
            let c = std::ffi::CString::new(std::os::unix::ffi::OsStringExt::into_vec(path(0)?.into_os_string()))
                .map_err(|_| PyErr::value_error("embedded null byte"))?;
            // SAFETY: a valid C string and a zeroed struct for the call to fill.
            let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
            if unsafe { libc::statvfs(c.as_ptr(), &mut st) } != 0 {
                return Err(fail(std::io::Error::last_os_error(), &[0]));
            }
            let fields = [
                st.f_bsize,
                st.f_frsize,
                st.f_blocks,
                st.f_bfree,
                st.f_bavail,
                st.f_files,
                st.f_ffree,
                st.f_favail,
                st.f_flag,
                st.f_namemax,
            ];
            Ok(Value::Tuple(crate::types::tuple::new(fields.iter().map(|&x| Value::Int(x as i64)).collect())))
        }
        _ => unreachable!("os has no function {name}"),
    }
}

/// A time as whole nanoseconds (past `i64` only after the year 2262).
fn ns(s: i64, ns: i64) -> crate::types::int::Int {
    match s.checked_mul(1_000_000_000).and_then(|x| x.checked_add(ns)) {
        Some(v) => crate::types::int::Int::Small(v),
        None => crate::types::int::Int::from(
            crate::object::layout::bigint::BigInt::from(s) * crate::object::layout::bigint::BigInt::from(1_000_000_000)
                + crate::object::layout::bigint::BigInt::from(ns),
        ),
    }
}

/// `os.path.realpath(p)`: the absolute path with every symbolic link that
/// exists resolved, component by component (the components past the first
/// missing one kept as they are, `..` applied after the links before it),
/// as CPython's non-strict `realpath`.
fn realpath(p: &str) -> String {
    let mut out = if p.starts_with('/') {
        String::new()
    } else {
        std::env::current_dir().map(|d| d.to_string_lossy().trim_end_matches('/').to_string()).unwrap_or_default()
    };
    let mut hops = 0;
    resolve_into(&mut out, p, &mut hops);
    if out.is_empty() {
        out.push('/');
    }
    out
}

/// Appends the components of `p` to the resolved path `out` (`""` for the root).
fn resolve_into(out: &mut String, p: &str, hops: &mut usize) {
    for comp in p.split('/') {
        match comp {
            "" | "." => {}
            ".." => {
                let cut = out.rfind('/').unwrap_or(0);
                out.truncate(cut);
            }
            name => {
                let candidate = format!("{out}/{name}");
                match std::fs::read_link(&candidate) {
                    // A loop of links: CPython leaves the rest unresolved too.
                    Ok(_) if *hops > 40 => *out = candidate,
                    Ok(target) => {
                        *hops += 1;
                        let target = target.to_string_lossy().to_string();
                        if target.starts_with('/') {
                            out.clear();
                        }
                        resolve_into(out, &target, hops);
                    }
                    Err(_) => *out = candidate,
                }
            }
        }
    }
}
