//! `bytearray`: a mutable sequence of bytes. Reading operations share
//! `bytes`' code (on a snapshot of the contents, so no borrow is held
//! while Python code runs); results that are bytes come back as
//! bytearrays, as in CPython.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::exc::{PyErr, PyResult};
pub use crate::object::layout::bytes::{ByteArray, ByteArrayObj};
use crate::object::value::Value;
use crate::types::int::Int;

pub fn from_vec(data: Vec<u8>) -> Value {
    Value::ByteArray(Rc::new(ByteArrayObj { data: RefCell::new(data) }))
}

impl ByteArrayObj {
    /// A copy of the contents.
    pub fn snapshot(&self) -> Vec<u8> {
        self.data.borrow().clone()
    }
}

/// `bytearray(x)`, `bytearray(s, encoding[, errors])`: as `bytes(...)`.
pub fn construct(a: &[Value]) -> PyResult<Value> {
    let bytes = crate::object::protocol::call_builtin("bytes", a.to_vec(), &[]).map_err(|e| {
        let msg = crate::types::exception::exc_str(&e.0).replace("bytes", "bytearray");
        PyErr::new(e.0.ty, msg)
    })?;
    match bytes {
        Value::Bytes(b) => Ok(from_vec(b.data.to_vec())),
        _ => unreachable!("bytes() makes bytes"),
    }
}

pub fn repr(data: &[u8]) -> String {
    format!("bytearray({})", crate::types::bytes::repr(data))
}

/// Bytes results of a shared method become bytearrays (lists of them too).
fn as_bytearray(v: Value) -> Value {
    match v {
        Value::Bytes(b) => from_vec(b.data.to_vec()),
        Value::List(l) => {
            let items: Vec<Value> = l.to_vec().into_iter().map(as_bytearray).collect();
            Value::List(crate::types::list::from_vec(items))
        }
        Value::Tuple(t) => {
            Value::Tuple(crate::types::tuple::new(t.items().iter().cloned().map(as_bytearray).collect()))
        }
        other => other,
    }
}

fn index(len: usize, i: &Int) -> PyResult<usize> {
    let k = i.to_index()?;
    let k = if k < 0 { k + len as i64 } else { k };
    if k < 0 || k >= len as i64 {
        return Err(PyErr::new(&crate::object::exc::INDEX_ERROR, "bytearray index out of range"));
    }
    Ok(k as usize)
}

/// `ba[i]`.
pub fn getitem(b: &ByteArrayObj, i: &Int) -> PyResult<Value> {
    let data = b.data.borrow();
    Ok(Value::Int(data[index(data.len(), i)?] as i64))
}

/// `ba[i] = x`.
pub fn setitem(b: &ByteArrayObj, i: &Int, x: &Value) -> PyResult<()> {
    let v = crate::types::bytes::byte_value(x).map_err(|e| match e.0.ty.name {
        "ValueError" => PyErr::value_error("byte must be in range(0, 256)"),
        _ => e,
    })?;
    let mut data = b.data.borrow_mut();
    let k = index(data.len(), i)?;
    data[k] = v;
    Ok(())
}

/// `del ba[i]`.
pub fn delitem(b: &ByteArrayObj, i: &Int) -> PyResult<()> {
    let mut data = b.data.borrow_mut();
    let k = index(data.len(), i)?;
    data.remove(k);
    Ok(())
}

/// The ints of an iterable (or the bytes of a bytes-like object).
fn byte_items(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.data.to_vec()),
        Value::ByteArray(b) => Ok(b.snapshot()),
        Value::Str(_) => Err(PyErr::type_error("expected an iterable of integers, got str")),
        other => crate::types::iter::collect(other)?.iter().map(crate::types::bytes::byte_value).collect(),
    }
}

/// The methods of a bytearray.
pub fn method(
    b: &ByteArrayObj,
    recv: &Value,
    name: &str,
    a: &[Value],
    kwarg: &dyn Fn(&str) -> Option<Value>,
) -> PyResult<Value> {
    let argc = |lo: usize, hi: usize| crate::types::args::arity(&format!("bytearray.{name}"), a, lo, hi);
    match name {
        "append" => {
            argc(1, 1)?;
            let v = crate::types::bytes::byte_value(&a[0])?;
            b.data.borrow_mut().push(v);
        }
        "extend" => {
            argc(1, 1)?;
            let items = byte_items(&a[0])?;
            b.data.borrow_mut().extend(items);
        }
        "insert" => {
            argc(2, 2)?;
            let v = crate::types::bytes::byte_value(&a[1])?;
            let mut data = b.data.borrow_mut();
            let n = data.len() as i64;
            let k = a[0].to_int()?.to_index()?;
            let k = if k < 0 { (k + n).max(0) } else { k.min(n) };
            data.insert(k as usize, v);
        }
        "pop" => {
            argc(0, 1)?;
            let mut data = b.data.borrow_mut();
            if data.is_empty() {
                return Err(PyErr::new(&crate::object::exc::INDEX_ERROR, "pop from empty bytearray"));
            }
            let i = match a.first() {
                Some(i) => i.to_int()?,
                None => Int::Small(-1),
            };
            let k = index(data.len(), &i)
                .map_err(|_| PyErr::new(&crate::object::exc::INDEX_ERROR, "pop index out of range"))?;
            return Ok(Value::Int(data.remove(k) as i64));
        }
        "remove" => {
            argc(1, 1)?;
            let v = crate::types::bytes::byte_value(&a[0])?;
            let mut data = b.data.borrow_mut();
            match data.iter().position(|x| *x == v) {
                Some(k) => {
                    data.remove(k);
                }
                None => return Err(PyErr::value_error("value not found in bytearray")),
            }
        }
        "clear" => {
            argc(0, 0)?;
            b.data.borrow_mut().clear();
        }
        "reverse" => {
            argc(0, 0)?;
            b.data.borrow_mut().reverse();
        }
        "copy" => {
            argc(0, 0)?;
            return Ok(from_vec(b.snapshot()));
        }
        _ => {
            let data = b.snapshot();
            let r = crate::types::bytes_methods::bytes_method(&data, recv, name, a, kwarg).map_err(|e| {
                let msg = crate::types::exception::exc_str(&e.0).replace("'bytes' object", "'bytearray' object");
                PyErr::new(e.0.ty, msg)
            })?;
            return Ok(as_bytearray(r));
        }
    }
    Ok(Value::None)
}

/// `del ba[lo:hi:st]`.
pub fn del_slice(b: &ByteArrayObj, lo: Option<i64>, hi: Option<i64>, st: Option<i64>) -> PyResult<()> {
    let len = b.data.borrow().len();
    let (lo, hi, st) = crate::types::list::slice_indices(len, lo, hi, st)?;
    let gone: std::collections::HashSet<usize> = crate::types::list::slice_positions(lo, hi, st).collect();
    let mut data = b.data.borrow_mut();
    let mut k = 0;
    data.retain(|_| {
        k += 1;
        !gone.contains(&(k - 1))
    });
    Ok(())
}

/// `ba[lo:hi:st] = items`.
pub fn set_slice(b: &ByteArrayObj, lo: Option<i64>, hi: Option<i64>, st: Option<i64>, v: &Value) -> PyResult<()> {
    let items = byte_items(v).map_err(|_| {
        PyErr::type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)".to_string())
    })?;
    let len = b.data.borrow().len();
    let (lo, hi, st) = crate::types::list::slice_indices(len, lo, hi, st)?;
    let positions: Vec<usize> = crate::types::list::slice_positions(lo, hi, st).collect();
    let mut data = b.data.borrow_mut();
    if st == 1 {
        let (lo, hi) = (lo as usize, (hi.max(lo)) as usize);
        data.splice(lo..hi, items);
        return Ok(());
    }
    if positions.len() != items.len() {
        return Err(PyErr::value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            items.len(),
            positions.len()
        )));
    }
    for (k, x) in positions.into_iter().zip(items) {
        data[k] = x;
    }
    Ok(())
}
