//! The `sys` module's functions and values: object sizes, the recursion
//! limit, exit, the version and flags, interned strings.

use std::mem::size_of;

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    let arity = |lo: usize, hi: usize| crate::builtins::arity(crate::stdlib::short_name(name), &args, lo, hi);
    match name {
        "sys.getsizeof" => {
            arity(1, 2)?;
            Ok(Value::Int(getsizeof(&args[0]) as i64))
        }
        "sys.getrefcount" => {
            arity(1, 1)?;
            // The argument's own reference counts, as in CPython. A value
            // pyaot does not count (an int, a float, None) reports what
            // CPython 3.12 reports for its immortal objects.
            Ok(Value::Int(args[0].refcount().map_or(u32::MAX as i64, |n| n as i64)))
        }
        "sys.getrecursionlimit" => {
            arity(0, 0)?;
            Ok(Value::Int(crate::object::program::recursion_limit() as i64))
        }
        "sys.setrecursionlimit" => {
            arity(1, 1)?;
            crate::object::program::set_recursion_limit(args[0].to_int()?.as_i64())?;
            Ok(Value::None)
        }
        "sys.exit" => {
            arity(0, 1)?;
            Err(PyErr(crate::object::exc::new_exc(&crate::object::exc::SYSTEM_EXIT, args)))
        }
        "sys.exc_info" => {
            arity(0, 0)?;
            // (type, value, traceback)
            let items = match crate::object::exc::handling() {
                Some(Value::Exc(e)) => {
                    let (t, tb) =
                        (crate::types::typeobj::type_object(&Value::Exc(e.clone())), crate::types::traceback::of(&e));
                    vec![t, Value::Exc(e), tb]
                }
                _ => vec![Value::None, Value::None, Value::None],
            };
            Ok(Value::Tuple(crate::types::tuple::new(items)))
        }
        "sys.intern" => {
            arity(1, 1)?;
            intern(&args[0])
        }
        // Python 3's fixed encodings (the file system's is UTF-8 under
        // every locale pyaot runs in, as CPython's UTF-8 mode makes it).
        "sys.getdefaultencoding" | "sys.getfilesystemencoding" => {
            arity(0, 0)?;
            Ok(Value::from_str("utf-8"))
        }
        "sys.getfilesystemencodeerrors" => {
            arity(0, 0)?;
            Ok(Value::from_str("surrogateescape"))
        }
        _ => unreachable!("sys has no function {name}"),
    }
}

/// Bytes of a reference-counted allocation holding a `T` (two counts first).
fn rc<T>() -> usize {
    2 * size_of::<usize>() + size_of::<T>()
}

/// `sys.getsizeof(v)`: CPython's number (64-bit, 3.11) for the builtin
/// values whose size CPython fixes by their contents: ints, floats, strs,
/// bytes, tuples, dicts and sets (whose tables pyaot sizes as CPython
/// does); for any other, the bytes pyaot's own representation takes.
pub fn getsizeof(v: &Value) -> usize {
    cpython_size(v).unwrap_or_else(|| own_size(v))
}

fn cpython_size(v: &Value) -> Option<usize> {
    Some(match v {
        Value::None => 16,
        // 24 bytes and 30-bit digits, one at least.
        Value::Bool(_) | Value::Int(_) | Value::Big(_) => {
            let bits = crate::types::int::bit_length(&v.to_int().ok()?).as_i64()? as usize;
            24 + 4 * bits.div_ceil(30).max(1)
        }
        Value::Float(_) => 24,
        // Compact strings: one, two or four bytes a character, by the widest.
        Value::Str(s) => {
            let n = s.char_len();
            match s.as_str().chars().map(|c| c as u32).max().unwrap_or(0) {
                0..=0x7f => 49 + n,
                0x80..=0xff => 73 + n,
                0x100..=0xffff => 74 + 2 * n,
                _ => 76 + 4 * n,
            }
        }
        Value::Bytes(b) => 33 + b.data.len(),
        Value::Tuple(t) if t.class.as_ref().is_none_or(|c| !crate::types::structseq::is(c)) => 40 + 8 * t.items().len(),
        // The object and its GC header, then the keys table: its header,
        // indices (1, 2, 4 or 8 bytes each) and entries (16 bytes each when
        // every key is a str, else 24).
        Value::Dict(d) => {
            let size = d.table.borrow().capacity();
            if size == 0 {
                return Some(64);
            }
            let index = match size.trailing_zeros() {
                0..=7 => 1,
                8..=15 => 2,
                16..=31 => 4,
                _ => 8,
            };
            let entry = if d.keys_vec().iter().all(|k| matches!(k, Value::Str(_))) { 16 } else { 24 };
            64 + 32 + size * index + (size * 2 / 3) * entry
        }
        // The object (with its table of 8 entries inside), or the table it grew.
        Value::Set(s) => {
            let slots = s.table_bytes() / size_of::<crate::object::settable::Slot>();
            216 + if slots > 8 { 16 * slots } else { 0 }
        }
        _ => return None,
    })
}

fn own_size(v: &Value) -> usize {
    let slot = size_of::<Value>();
    slot + match v {
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => 0,
        Value::Big(b) => {
            rc::<crate::object::layout::bigint::BigInt>()
                + crate::object::layout::bigint::BigExt::bits(&**b).div_ceil(64) as usize * 8
        }
        Value::Str(s) => rc::<crate::types::str::StrObj>() + s.as_str().len(),
        Value::Bytes(b) => rc::<crate::types::bytes::BytesObj>() + b.data.len(),
        Value::ByteArray(b) => rc::<crate::types::bytearray::ByteArrayObj>() + b.data.borrow().capacity(),
        Value::List(l) => rc::<crate::types::list::ListObj>() + l.items.borrow().capacity() * slot,
        Value::Deque(d) => rc::<crate::types::deque::DequeObj>() + d.items.borrow().capacity() * slot,
        Value::Tuple(t) => rc::<crate::types::tuple::TupleObj>() + std::mem::size_of_val(t.items()),
        Value::Dict(d) => rc::<crate::types::dict::DictObj>() + d.table.borrow().capacity() * (slot * 2 + 16),
        Value::Set(s) => rc::<crate::types::set::SetObj>() + s.table_bytes(),
        Value::Range(_) => rc::<crate::types::range::RangeObj>(),
        Value::Instance(i) => {
            rc::<crate::types::class::InstanceObj>() + {
                let slots = i.slots.borrow();
                let spilled = if slots.values.spilled() { slots.values.capacity() * slot } else { 0 };
                spilled
                    + slots.extra.as_ref().map_or(0, |e| {
                        size_of::<crate::types::class::Extra>()
                            + e.order.capacity() * 8
                            + e.attrs.capacity() * (slot + 32)
                    })
            }
        }
        Value::Func(_) => rc::<crate::types::func::FuncObj>(),
        Value::Class(_) => rc::<crate::types::class::ClassObj>(),
        Value::Exc(_) => rc::<crate::object::exc::ExcObj>(),
        _ => 2 * size_of::<usize>(),
    }
}

/// `sys.implementation.version`: pyaot's own version, in `sys.version_info`'s
/// shape (major, minor, micro, release level, serial).
pub fn pyaot_version() -> Value {
    let v = |s: &str| Value::Int(s.parse().unwrap_or(0));
    let items = vec![
        v(env!("CARGO_PKG_VERSION_MAJOR")),
        v(env!("CARGO_PKG_VERSION_MINOR")),
        v(env!("CARGO_PKG_VERSION_PATCH")),
        Value::from_str("alpha"),
        Value::Int(0),
    ];
    Value::Tuple(crate::types::tuple::new(items))
}

/// The CPython release whose behaviour pyaot reproduces (and is tested
/// against): `sys.version_info` reports it, as PyPy reports the language
/// version it implements.
const PYTHON: (i64, i64, i64) = (3, 11, 7);

/// `sys.version_info`, `sys.flags`, `sys.float_info` and the other values
/// made once, so `sys.version_info is sys.version_info`.
pub fn constant(name: &str) -> Option<Value> {
    thread_local! {
        static MADE: std::cell::RefCell<Vec<(&'static str, Value)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    if let Some(v) = MADE.with(|m| m.borrow().iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone())) {
        return Some(v);
    }
    let (major, minor, micro) = PYTHON;
    let (name, v) = match name {
        "version_info" => {
            let c = crate::types::structseq::class(
                "sys.version_info",
                &["major", "minor", "micro", "releaselevel", "serial"],
            );
            let items =
                vec![Value::Int(major), Value::Int(minor), Value::Int(micro), Value::from_str("final"), Value::Int(0)];
            ("version_info", crate::types::structseq::new(&c, items))
        }
        "version" => {
            let pyaot = env!("CARGO_PKG_VERSION");
            ("version", Value::from_str(&format!("{major}.{minor}.{micro} (pyaot {pyaot})")))
        }
        "hexversion" => ("hexversion", Value::Int((major << 24) | (minor << 16) | (micro << 8) | 0xf0)),
        "copyright" => ("copyright", Value::from_str("Copyright (c) the pyaot authors.\nAll Rights Reserved.")),
        "builtin_module_names" => {
            // The modules compiled into the runtime (the others are Python
            // compiled with the program).
            let mut names: Vec<&str> = pyaot_registry::modules::MODULES
                .iter()
                .map(|m| m.name)
                .chain(["builtins", "sys"])
                .filter(|n| !n.starts_with(pyaot_registry::modules::RUST_HALF))
                .collect();
            names.sort_unstable();
            names.dedup();
            let items = names.into_iter().map(Value::from_str).collect();
            ("builtin_module_names", Value::Tuple(crate::types::tuple::new(items)))
        }
        "float_info" => {
            let fields: &[(&str, Value)] = &[
                ("max", Value::Float(f64::MAX)),
                ("max_exp", Value::Int(f64::MAX_EXP as i64)),
                ("max_10_exp", Value::Int(f64::MAX_10_EXP as i64)),
                ("min", Value::Float(f64::MIN_POSITIVE)),
                ("min_exp", Value::Int(f64::MIN_EXP as i64)),
                ("min_10_exp", Value::Int(f64::MIN_10_EXP as i64)),
                ("dig", Value::Int(f64::DIGITS as i64)),
                ("mant_dig", Value::Int(f64::MANTISSA_DIGITS as i64)),
                ("epsilon", Value::Float(f64::EPSILON)),
                ("radix", Value::Int(f64::RADIX as i64)),
                ("rounds", Value::Int(1)),
            ];
            ("float_info", structseq("sys.float_info", fields))
        }
        "flags" => {
            // What `python3 prog.py` runs with: no option given.
            let fields: &[(&str, Value)] = &[
                ("debug", Value::Int(0)),
                ("inspect", Value::Int(0)),
                ("interactive", Value::Int(0)),
                ("optimize", Value::Int(0)),
                ("dont_write_bytecode", Value::Int(0)),
                ("no_user_site", Value::Int(0)),
                ("no_site", Value::Int(0)),
                ("ignore_environment", Value::Int(0)),
                ("verbose", Value::Int(0)),
                ("bytes_warning", Value::Int(0)),
                ("quiet", Value::Int(0)),
                ("hash_randomization", Value::Int(1)),
                ("isolated", Value::Int(0)),
                ("dev_mode", Value::Bool(false)),
                ("utf8_mode", Value::Int(crate::stdlib::locale::utf8_mode() as i64)),
                ("warn_default_encoding", Value::Int(0)),
                ("safe_path", Value::Bool(false)),
                ("int_max_str_digits", Value::Int(-1)),
            ];
            ("flags", structseq("sys.flags", fields))
        }
        _ => return None,
    };
    MADE.with(|m| m.borrow_mut().push((name, v.clone())));
    Some(v)
}

/// A struct sequence of these fields and values.
fn structseq(name: &'static str, fields: &[(&str, Value)]) -> Value {
    let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
    let c = crate::types::structseq::class(name, &names);
    crate::types::structseq::new(&c, fields.iter().map(|(_, v)| v.clone()).collect())
}

/// `sys.intern(s)`: the one string object of each value interned, so
/// `sys.intern(a) is sys.intern(b)` when `a == b`.
fn intern(v: &Value) -> PyResult<Value> {
    thread_local! {
        static TABLE: std::cell::RefCell<std::collections::HashMap<String, Value>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    let Value::Str(s) = v else {
        return Err(PyErr::type_error(format!("intern() argument must be str, not {}", v.type_name())));
    };
    Ok(TABLE.with(|t| t.borrow_mut().entry(s.as_str().to_string()).or_insert_with(|| v.clone()).clone()))
}
