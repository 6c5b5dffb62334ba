//! The `sys` module's functions: object sizes, the recursion limit, exit.

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
        _ => unreachable!("sys has no function {name}"),
    }
}

/// Bytes of a reference-counted allocation holding a `T` (two counts first).
fn rc<T>() -> usize {
    2 * size_of::<usize>() + size_of::<T>()
}

/// `sys.getsizeof(v)`: the bytes pyaot's own representation of `v` takes,
/// the value slot included (CPython's numbers differ, as its objects do).
pub fn getsizeof(v: &Value) -> usize {
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
