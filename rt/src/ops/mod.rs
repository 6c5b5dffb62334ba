//! Operators on dynamic values: the slow path, taken only where inference
//! could not give the operands static types. Each function dispatches on
//! the operand kinds and raises CPython's TypeError text otherwise.

pub mod display;
pub mod fmt;
pub mod hash;
pub mod methods;
pub mod pattern;
pub mod repr;
mod subscript;

pub use subscript::*;

pub use crate::object::op::{BinOp, CmpOp};

use std::cmp::Ordering;

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::int::{self, Int};
use crate::{types::dict, types::float, types::list, types::set, types::str as pystr, types::tuple};

/// A numeric operand.
enum Num {
    I(Int),
    F(f64),
}

fn num(v: &Value) -> Option<Num> {
    match v {
        Value::Bool(b) => Some(Num::I(Int::Small(*b as i64))),
        Value::Int(i) => Some(Num::I(Int::Small(*i))),
        Value::Big(b) => Some(Num::I(Int::Big(b.clone()))),
        Value::Float(f) => Some(Num::F(*f)),
        _ => None,
    }
}

/// The builtin values of two operands where either is an instance of a
/// class deriving from a builtin type (`MyInt(3)` stands for 3 in what its
/// class does not define); None when neither is.
fn bases(a: &Value, b: &Value) -> Option<(Value, Value)> {
    let (x, y) = (crate::types::class::base_value(a), crate::types::class::base_value(b));
    if x.is_none() && y.is_none() {
        return None;
    }
    Some((x.unwrap_or_else(|| a.clone()), y.unwrap_or_else(|| b.clone())))
}

/// A TypeError about the builtin values, reworded to name the operands' own
/// types (`'MyInt' and 'str'`, not `'int' and 'str'`).
fn retype(r: PyResult<Value>, err: impl FnOnce() -> PyErr) -> PyResult<Value> {
    match r {
        Err(e)
            if e.matches(&crate::object::exc::TYPE_ERROR)
                && crate::object::protocol::str(&e.value()).contains("' and '") =>
        {
            Err(err())
        }
        r => r,
    }
}

fn to_f(n: &Num) -> PyResult<f64> {
    match n {
        Num::I(i) => i.to_f64(),
        Num::F(f) => Ok(*f),
    }
}

/// The TypeError of operands no operator takes (`inplace`: of `a op= b`).
fn unsupported(op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyErr {
    PyErr::type_error(format!(
        "unsupported operand type(s) for {}{}: '{}' and '{}'",
        op.symbol(),
        if inplace { "=" } else { "" },
        a.type_name(),
        b.type_name()
    ))
}

fn int_op(op: BinOp, x: &Int, y: &Int) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => Value::from_int(int::add(x, y)),
        BinOp::Sub => Value::from_int(int::sub(x, y)),
        BinOp::Mul => Value::from_int(int::mul(x, y)),
        BinOp::TrueDiv => Value::Float(int::truediv(x, y)?),
        BinOp::FloorDiv => Value::from_int(int::floordiv(x, y)?),
        BinOp::Mod => Value::from_int(int::modulo(x, y)?),
        BinOp::Pow => match int::pow(x, y)? {
            int::PowResult::Int(i) => Value::from_int(i),
            int::PowResult::Float(f) => Value::Float(f),
        },
        BinOp::LShift => Value::from_int(int::lshift(x, y)?),
        BinOp::RShift => Value::from_int(int::rshift(x, y)?),
        BinOp::And => Value::from_int(int::and(x, y)),
        BinOp::Or => Value::from_int(int::or(x, y)),
        BinOp::Xor => Value::from_int(int::xor(x, y)),
        BinOp::MatMul => unreachable!(),
    })
}

fn float_op(op: BinOp, x: f64, y: f64) -> PyResult<Option<f64>> {
    Ok(Some(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => float::truediv(x, y)?,
        BinOp::FloorDiv => float::floordiv(x, y)?,
        BinOp::Mod => float::modulo(x, y)?,
        BinOp::Pow => float::pow(x, y)?,
        _ => return Ok(None),
    }))
}

/// `data * n` for bytes and bytearrays, with CPython's errors for sizes
/// no machine holds.
pub fn bytes_repeat(data: &[u8], n: &Int) -> PyResult<Vec<u8>> {
    let n = n.to_index()?.max(0) as usize;
    let len = data
        .len()
        .checked_mul(n)
        .filter(|&t| t <= isize::MAX as usize)
        .ok_or_else(|| PyErr::new(&crate::object::exc::OVERFLOW_ERROR, "repeated bytes are too long"))?;
    let mut v = crate::object::alloc::try_vec(len)?;
    for _ in 0..n {
        v.extend_from_slice(data);
    }
    Ok(v)
}

fn seq_repeat(seq: &Value, n: &Int) -> PyResult<Value> {
    Ok(match seq {
        Value::Str(s) => Value::Str(pystr::repeat(s, n)?),
        Value::Bytes(b) => Value::Bytes(crate::types::bytes::from_vec(bytes_repeat(&b.data, n)?)),
        Value::List(l) => Value::List(list::repeat(l, n)?),
        Value::Tuple(t) => Value::Tuple(tuple::repeat(t, n)?),
        Value::ByteArray(b) => crate::types::bytearray::from_vec(bytes_repeat(&b.snapshot(), n)?),
        Value::Deque(d) => crate::types::deque::repeat(d, n)?,
        _ => unreachable!(),
    })
}

/// `a <op> b` for any two values.
#[inline]
pub fn binary(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    binary_as(op, a, b, false)
}

/// `a <op> b`, or the fallback of `a <op>= b` (`inplace`, which only
/// changes the error's wording).
#[inline]
fn binary_as(op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
    // The common all-float and small-int cases, without the general dispatch.
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => match op {
            BinOp::Add => return Ok(Value::Float(x + y)),
            BinOp::Sub => return Ok(Value::Float(x - y)),
            BinOp::Mul => return Ok(Value::Float(x * y)),
            _ => {}
        },
        (Value::Int(x), Value::Int(y)) => {
            let r = match op {
                BinOp::Add => x.checked_add(*y),
                BinOp::Sub => x.checked_sub(*y),
                BinOp::Mul => x.checked_mul(*y),
                // Floor division and modulo take the divisor's sign.
                BinOp::Mod if *y != 0 => {
                    x.checked_rem(*y).map(|r| if r != 0 && (r < 0) != (*y < 0) { r + y } else { r })
                }
                BinOp::FloorDiv if *y != 0 && !(*x == i64::MIN && *y == -1) => {
                    let (q, r) = (x / y, x % y);
                    Some(if r != 0 && (r < 0) != (*y < 0) { q - 1 } else { q })
                }
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Value::Int(r));
            }
        }
        _ => {}
    }
    binary_general(op, a, b, inplace)
}

/// The special methods of a binary operator: (`__add__`, `__radd__`).
fn op_names(op: BinOp) -> (&'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mul => ("__mul__", "__rmul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__"),
        BinOp::And => ("__and__", "__rand__"),
        BinOp::Or => ("__or__", "__ror__"),
        BinOp::Xor => ("__xor__", "__rxor__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__"),
    }
}

/// The contents of a bytes or bytearray value.
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.data.to_vec()),
        Value::ByteArray(b) => Some(b.snapshot()),
        _ => None,
    }
}

/// A binary operator on an instance of a user class: its method, else the
/// other operand's reflected one.
fn user_binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let (name, reflected) = op_names(op);
    rich(a, name, b, reflected)
}

/// A special method of `a` with `b`, else the reflected one of `b` with
/// `a`, skipping either that returns NotImplemented. None when neither
/// applies (the caller's fallback or TypeError follows).
fn rich(a: &Value, name: &str, b: &Value, reflected: &str) -> Option<PyResult<Value>> {
    for (x, m, y) in [(a, name, b), (b, reflected, a)] {
        match crate::types::class::call_special(x, m, || vec![y.clone()]) {
            Some(Ok(r)) if crate::types::native::is_not_implemented(&r) => continue,
            Some(r) => return Some(r),
            None => continue,
        }
    }
    None
}

fn binary_general(op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
    // `int | None`: a union of types.
    if op == BinOp::Or {
        if let Some(r) = crate::types::alias::union(a, b) {
            return r;
        }
    }
    // Only instances of user classes have operator methods.
    if crate::types::class::class_of(a).is_some() || crate::types::class::class_of(b).is_some() {
        if let Some(r) = user_binary(op, a, b) {
            return r;
        }
        if let Some((x, y)) = bases(a, b) {
            return retype(binary(op, &x, &y), || unsupported(op, a, b, inplace));
        }
    }
    // Booleans combine into booleans under the bitwise operators.
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::And => return Ok(Value::Bool(x & y)),
            BinOp::Or => return Ok(Value::Bool(x | y)),
            BinOp::Xor => return Ok(Value::Bool(x ^ y)),
            _ => {}
        }
    }
    if let Some(r) = crate::types::complex::binary(op, a, b) {
        return r;
    }
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return match (&x, &y) {
            (Num::I(i), Num::I(j)) => int_op(op, i, j),
            _ if op == BinOp::Pow => crate::types::complex::real_pow(to_f(&x)?, to_f(&y)?),
            _ => match float_op(op, to_f(&x)?, to_f(&y)?)? {
                Some(r) => Ok(Value::Float(r)),
                None => Err(unsupported(op, a, b, inplace)),
            },
        };
    }
    match (op, a, b) {
        (BinOp::Add, Value::Deque(x), _) => crate::types::deque::concat(x, b),
        (BinOp::Mul, Value::Deque(x), n) | (BinOp::Mul, n, Value::Deque(x))
            if num(n).is_some_and(|n| matches!(n, Num::I(_))) =>
        {
            let Some(Num::I(n)) = num(n) else { unreachable!() };
            crate::types::deque::repeat(x, &n)
        }
        (BinOp::Add, Value::Str(x), Value::Str(y)) => Ok(Value::Str(pystr::concat(x, y))),
        (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
            Ok(Value::Bytes(crate::types::bytes::from_vec([&x.data[..], &y.data[..]].concat())))
        }
        (BinOp::Add, Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => {
            let (x, y) = (bytes_like(a).unwrap(), bytes_like(b).unwrap());
            let joined = [&x[..], &y[..]].concat();
            Ok(match a {
                Value::ByteArray(_) => crate::types::bytearray::from_vec(joined),
                _ => Value::Bytes(crate::types::bytes::from_vec(joined)),
            })
        }
        (BinOp::Add, Value::Bytes(_), _) => Err(PyErr::type_error(format!("can't concat {} to bytes", b.type_name()))),
        (BinOp::Add, Value::List(x), Value::List(y)) => Ok(Value::List(list::concat(x, y))),
        (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => Ok(Value::Tuple(tuple::concat(x, y))),
        (BinOp::Add, Value::Str(_), _) => {
            Err(PyErr::type_error(format!("can only concatenate str (not \"{}\") to str", b.type_name())))
        }
        (BinOp::Add, Value::List(_), _) => {
            Err(PyErr::type_error(format!("can only concatenate list (not \"{}\") to list", b.type_name())))
        }
        (BinOp::Add, Value::Tuple(_), _) => {
            Err(PyErr::type_error(format!("can only concatenate tuple (not \"{}\") to tuple", b.type_name())))
        }
        (
            BinOp::Mul,
            Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) | Value::List(_) | Value::Tuple(_) | Value::Deque(_),
            _,
        ) => match num(b) {
            Some(Num::I(n)) => seq_repeat(a, &n),
            _ => Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", b.type_name()))),
        },
        (
            BinOp::Mul,
            _,
            Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) | Value::List(_) | Value::Tuple(_) | Value::Deque(_),
        ) => match num(a) {
            Some(Num::I(n)) => seq_repeat(b, &n),
            _ => Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", a.type_name()))),
        },
        (BinOp::Mod, Value::Str(fmt), _) => Ok(Value::Str(crate::ops::fmt::percent(fmt, b)?)),
        (BinOp::Mod, Value::Bytes(fmt), _) => {
            Ok(Value::Bytes(crate::types::bytes::from_vec(crate::ops::fmt::percent_bytes(&fmt.data, b)?)))
        }
        (BinOp::Mod, Value::ByteArray(fmt), _) => {
            let data = fmt.data.borrow().clone();
            Ok(crate::types::bytearray::from_vec(crate::ops::fmt::percent_bytes(&data, b)?))
        }
        (BinOp::Or, Value::Set(x), Value::Set(y)) => Ok(Value::Set(set::like(x, set::union(x, y)))),
        (BinOp::And, Value::Set(x), Value::Set(y)) => Ok(Value::Set(set::like(x, set::intersection(x, y)))),
        (BinOp::Sub, Value::Set(x), Value::Set(y)) => Ok(Value::Set(set::like(x, set::difference(x, y)))),
        (BinOp::Xor, Value::Set(x), Value::Set(y)) => Ok(Value::Set(set::like(x, set::symmetric_difference(x, y)))),
        (_, Value::Dict(x), Value::Dict(y)) if crate::types::dictkind::counter_binary(op, x, y).is_some() => {
            crate::types::dictkind::counter_binary(op, x, y).unwrap()
        }
        (BinOp::Or, Value::Dict(x), Value::Dict(y)) => {
            // Whose `__or__`/`__ror__` builds the result decides its type:
            // defaultdict's and OrderedDict's (either side, against a plain
            // dict or a Counter), else dict's (a Counter's only takes Counters).
            use crate::types::dictkind::Kind;
            let r = match (x.kind, y.kind) {
                (Kind::Plain | Kind::Counter, Kind::Default | Kind::Ordered) => crate::types::dictkind::like(y),
                (Kind::Default | Kind::Ordered, _) => crate::types::dictkind::like(x),
                _ => dict::new(),
            };
            dict::update(&r, x)?;
            dict::update(&r, y)?;
            Ok(Value::Dict(r))
        }
        (BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor, _, _) if set_view(a) || set_view(b) => view_binary(op, a, b),
        _ => Err(unsupported(op, a, b, inplace)),
    }
}

/// Whether `v` is a dict's keys or items view: set-like, as CPython's are.
fn set_view(v: &Value) -> bool {
    matches!(v, Value::View(w) if !matches!(w.kind, crate::types::iter::DictView::Values))
}

/// `a == b` (`op` None) or an ordering of a keys or items view against a
/// set or view: by sizes, then whether each element of the smaller is in
/// the other (membership, so an items view's values need no hash).
fn view_compare(op: Option<CmpOp>, a: &Value, b: &Value) -> PyResult<bool> {
    let (la, lb) = (crate::ops::subscript::len(a)?, crate::ops::subscript::len(b)?);
    // Each element of `x`, walked live (a dict changed meanwhile is the
    // iterator's RuntimeError), is looked up in `y`.
    let all_in = |x: &Value, y: &Value| -> PyResult<bool> {
        let it = crate::types::iter::iter(x)?;
        while let Some(item) = crate::types::iter::next(&it)? {
            if !contains(y, &item)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    let ord = la.as_i64().cmp(&lb.as_i64());
    Ok(match op {
        // The view's `__eq__` decides (reflected when the set is on the left).
        None if set_view(a) => ord.is_eq() && all_in(a, b)?,
        None => ord.is_eq() && all_in(b, a)?,
        Some(CmpOp::Lt) => ord.is_lt() && all_in(a, b)?,
        Some(CmpOp::Le) => ord.is_le() && all_in(a, b)?,
        Some(CmpOp::Gt) => ord.is_gt() && all_in(b, a)?,
        Some(CmpOp::Ge) => ord.is_ge() && all_in(b, a)?,
    })
}

/// `&`, `|`, `-`, `^` with a keys or items view on either side: a set, built
/// as CPython's view operations build it (the order its elements are added
/// in is the order a set of ints prints in).
fn view_binary(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let r = match op {
        BinOp::And => {
            // The view is `this` (the operands swap when it is on the right).
            let (this, other) = if set_view(a) { (a, b) } else { (b, a) };
            let (mut this, mut other) = (this, other);
            if let Value::Set(o) = other {
                if !o.frozen && crate::ops::subscript::len(this)?.as_i64() <= Some(o.len() as i64) {
                    return Ok(Value::Set(set::intersection_of(o, &crate::types::iter::collect(this)?)?));
                }
            }
            if set_view(other)
                && crate::ops::subscript::len(other)?.as_i64() > crate::ops::subscript::len(this)?.as_i64()
            {
                std::mem::swap(&mut this, &mut other);
            }
            let out = set::new();
            for x in crate::types::iter::collect(other)? {
                if contains(this, &x)? {
                    set::add(&out, x)?;
                }
            }
            out
        }
        BinOp::Or => {
            let out = set::from_iterable(a)?;
            set::update_values(&out, crate::types::iter::collect(b)?)?;
            out
        }
        BinOp::Sub => {
            let out = set::from_iterable(a)?;
            for x in crate::types::iter::collect(b)? {
                set::discard(&out, &x)?;
            }
            out
        }
        _ => {
            let out = set::from_iterable(a)?;
            set::symmetric_difference_update(&out, &set::from_iterable(b)?);
            out
        }
    };
    Ok(Value::Set(r))
}

/// `a <op>= b`: in place for the mutable containers, like `binary` otherwise.
pub fn inplace(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if crate::types::class::class_of(a).is_some() {
        if let Some(r) =
            crate::types::class::call_special(a, &format!("__i{}", &op_names(op).0[2..]), || vec![b.clone()])
        {
            return r;
        }
        // A list (dict) subclass changes the value it carries and stays itself.
        if let Some(base @ (Value::List(_) | Value::Dict(_))) = crate::types::class::base_value(a) {
            let r = inplace(op, &base, b)?;
            return Ok(if r.is(&base) { a.clone() } else { r });
        }
    }
    match (op, a, b) {
        (BinOp::Add, Value::Deque(x), _) => {
            crate::types::deque::extend(x, b)?;
            Ok(a.clone())
        }
        (BinOp::Add, Value::List(x), _) => {
            let items = crate::types::iter::collect(b)
                .map_err(|_| PyErr::type_error(format!("'{}' object is not iterable", b.type_name())))?;
            list::extend(x, items);
            Ok(a.clone())
        }
        (BinOp::Add, Value::ByteArray(x), Value::Bytes(_) | Value::ByteArray(_)) => {
            let more = bytes_like(b).unwrap();
            x.data.borrow_mut().extend(more);
            Ok(a.clone())
        }
        (BinOp::Mul, Value::List(x), _) => match num(b) {
            Some(Num::I(n)) => {
                list::repeat_in_place(x, &n)?;
                Ok(a.clone())
            }
            _ => binary_as(op, a, b, true),
        },
        (BinOp::Mul, Value::ByteArray(x), _) => match num(b) {
            Some(Num::I(n)) => {
                let v = bytes_repeat(&x.snapshot(), &n)?;
                *x.data.borrow_mut() = v;
                Ok(a.clone())
            }
            _ => binary_as(op, a, b, true),
        },
        (BinOp::Mul, Value::Deque(x), _) => match num(b) {
            Some(Num::I(n)) => {
                let Value::Deque(r) = crate::types::deque::repeat(x, &n)? else { unreachable!("a deque") };
                x.replace_with(&r);
                Ok(a.clone())
            }
            _ => binary_as(op, a, b, true),
        },
        (BinOp::Or, Value::Set(x), Value::Set(y)) if !x.frozen => {
            set::update(x, y);
            Ok(a.clone())
        }
        (BinOp::And, Value::Set(x), Value::Set(y)) if !x.frozen => {
            set::intersection_update(x, y);
            Ok(a.clone())
        }
        (BinOp::Sub, Value::Set(x), Value::Set(y)) if !x.frozen => {
            set::difference_update(x, y);
            Ok(a.clone())
        }
        (BinOp::Xor, Value::Set(x), Value::Set(y)) if !x.frozen => {
            set::symmetric_difference_update(x, y);
            Ok(a.clone())
        }
        // `counter += other` and friends update the Counter in place.
        (_, Value::Dict(x), _) if x.kind == crate::types::dictkind::Kind::Counter => {
            if let Some(r) = crate::types::dictkind::counter_inplace(op, x, b) {
                r?;
                return Ok(a.clone());
            }
            binary_as(op, a, b, true)
        }
        (BinOp::Or, Value::Dict(x), Value::Dict(y)) => {
            dict::update(x, y)?;
            Ok(a.clone())
        }
        // `d |= pairs` takes what `d.update(pairs)` takes.
        (BinOp::Or, Value::Dict(x), _) if crate::types::class::class_of(b).is_none() => {
            dict::update(x, &dict::from_iterable(b)?)?;
            Ok(a.clone())
        }
        _ => binary_as(op, a, b, true),
    }
}

pub fn neg(a: &Value) -> PyResult<Value> {
    if let Some(r) = crate::types::class::call_special(a, "__neg__", Vec::new) {
        return r;
    }
    if let Some(b) = crate::types::class::base_value(a) {
        return neg(&b);
    }
    if let Value::Dict(d) = a {
        if d.kind == crate::types::dictkind::Kind::Counter {
            return crate::types::dictkind::counter_unary(d, true);
        }
    }
    if let Some((re, im)) = crate::types::complex::parts(a) {
        return Ok(crate::types::complex::new(-re, -im));
    }
    match num(a) {
        Some(Num::I(i)) => Ok(Value::from_int(int::neg(&i))),
        Some(Num::F(f)) => Ok(Value::Float(-f)),
        None => Err(PyErr::type_error(format!("bad operand type for unary -: '{}'", a.type_name()))),
    }
}

pub fn pos(a: &Value) -> PyResult<Value> {
    if let Some(r) = crate::types::class::call_special(a, "__pos__", Vec::new) {
        return r;
    }
    if let Some(b) = crate::types::class::base_value(a) {
        return pos(&b);
    }
    if let Value::Dict(d) = a {
        if d.kind == crate::types::dictkind::Kind::Counter {
            return crate::types::dictkind::counter_unary(d, false);
        }
    }
    if crate::types::complex::parts(a).is_some() {
        return Ok(a.clone());
    }
    match num(a) {
        Some(Num::I(i)) => Ok(Value::from_int(i)),
        Some(Num::F(f)) => Ok(Value::Float(f)),
        None => Err(PyErr::type_error(format!("bad operand type for unary +: '{}'", a.type_name()))),
    }
}

pub fn invert(a: &Value) -> PyResult<Value> {
    if let Some(r) = crate::types::class::call_special(a, "__invert__", Vec::new) {
        return r;
    }
    if let Some(b) = crate::types::class::base_value(a) {
        return invert(&b);
    }
    match num(a) {
        Some(Num::I(i)) => Ok(Value::from_int(int::invert(&i))),
        _ => Err(PyErr::type_error(format!("bad operand type for unary ~: '{}'", a.type_name()))),
    }
}

pub fn abs(a: &Value) -> PyResult<Value> {
    if crate::types::class::class_of(a).is_some() {
        if let Some(r) = crate::types::class::call_special(a, "__abs__", Vec::new) {
            return r;
        }
        if let Some(b) = crate::types::class::base_value(a) {
            return abs(&b);
        }
    }
    if let Some(z) = crate::types::complex::parts(a) {
        return crate::types::complex::abs(z).map(Value::Float);
    }
    match num(a) {
        Some(Num::I(i)) => Ok(Value::from_int(int::abs(&i))),
        Some(Num::F(f)) => Ok(Value::Float(f.abs())),
        None => Err(PyErr::type_error(format!("bad operand type for abs(): '{}'", a.type_name()))),
    }
}

// ---- comparison ----------------------------------------------------------------

/// `a == b`.
pub fn eq(a: &Value, b: &Value) -> PyResult<bool> {
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        return match rich(a, "__eq__", b, "__eq__") {
            Some(r) => Ok(r?.truthy()),
            None => match bases(a, b) {
                Some((x, y)) => eq(&x, &y),
                None => Ok(a.is(b)),
            },
        };
    }
    if let (Value::Native(x), Value::Native(y)) = (a, b) {
        if let Some(r) = crate::types::alias::eq(x, y) {
            return r;
        }
        if let Some(r) = crate::types::weakref::eq(a, b) {
            return r;
        }
        if let Some(r) = crate::types::native::slots(a).and_then(|s| s.eq(b)) {
            return r;
        }
    }
    if let Some(z) = crate::types::complex::parts(a) {
        return Ok(crate::types::complex::eq(z, b).unwrap_or(false));
    }
    if let Some(z) = crate::types::complex::parts(b) {
        return Ok(crate::types::complex::eq(z, a).unwrap_or(false));
    }
    if let (Some(x), Some(y)) = (crate::types::slice::parts(a), crate::types::slice::parts(b)) {
        return eq(
            &Value::Tuple(crate::types::tuple::new(x.to_vec())),
            &Value::Tuple(crate::types::tuple::new(y.to_vec())),
        );
    }
    if let Some(x) = crate::types::native::tuple_items(a) {
        return eq(&Value::Tuple(crate::types::tuple::new(x)), b);
    }
    if let Some(y) = crate::types::native::tuple_items(b) {
        return eq(a, &Value::Tuple(crate::types::tuple::new(y)));
    }
    // Bound methods are equal when bound to the same object and their
    // functions are equal (CPython 3.8's rule).
    if let (Value::Method(x), Value::Method(y)) = (a, b) {
        return Ok(x.recv.is(&y.recv) && eq(&x.func, &y.func)?);
    }
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Ok(match (&x, &y) {
            (Num::I(i), Num::I(j)) => int::eq(i, j),
            (Num::F(f), Num::F(g)) => f == g,
            (Num::I(i), Num::F(f)) | (Num::F(f), Num::I(i)) => int::cmp_float(i, *f) == Some(Ordering::Equal),
        });
    }
    // Comparing containers recurses into their items: each level counts
    // as a frame against the recursion limit, as in CPython (two lists
    // that contain themselves raise RecursionError instead of overflowing).
    let _frame = match (a, b) {
        (Value::List(_), Value::List(_))
        | (Value::Tuple(_), Value::Tuple(_))
        | (Value::Dict(_), Value::Dict(_))
        | (Value::Deque(_), Value::Deque(_)) => Some(crate::object::program::enter().map_err(|_| {
            PyErr::new(&crate::object::exc::RECURSION_ERROR, "maximum recursion depth exceeded in comparison")
        })?),
        _ => None,
    };
    Ok(match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Str(x), Value::Str(y)) => pystr::eq(x, y),
        (Value::Bytes(x), Value::Bytes(y)) => x.data == y.data,
        (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => {
            bytes_like(a) == bytes_like(b)
        }
        (Value::List(x), Value::List(y)) => std::rc::Rc::ptr_eq(x, y) || list::richcompare(x, y, None)?,
        (Value::Tuple(x), Value::Tuple(y)) => seq_eq(x.items(), y.items())?,
        (Value::Deque(x), Value::Deque(y)) => {
            std::rc::Rc::ptr_eq(x, y) || crate::types::deque::richcompare(x, y, None)?
        }
        (Value::Dict(x), Value::Dict(y)) => match crate::types::dictkind::eq(x, y) {
            Some(r) => r?,
            None => dict::eq(x, y)?,
        },
        (Value::Set(x), Value::Set(y)) => set::eq(x, y)?,
        (Value::Range(x), Value::Range(y)) => crate::types::range::eq(x, y),
        // A keys or items view equals a set (or view) of the same elements.
        (Value::Set(_) | Value::View(_), Value::Set(_) | Value::View(_)) if set_view(a) || set_view(b) => {
            (set_view(a) || matches!(a, Value::Set(_)))
                && (set_view(b) || matches!(b, Value::Set(_)))
                && view_compare(None, a, b)?
        }
        _ => a.is(b),
    })
}

fn seq_eq(a: &[Value], b: &[Value]) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (x, y) in a.iter().zip(b) {
        if !(x.is(y) || eq(x, y)?) {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn ne(a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = rich(a, "__ne__", b, "__ne__") {
        return Ok(r?.truthy());
    }
    Ok(!eq(a, b)?)
}

/// `a == b` as an object: a user `__eq__`'s result as it returned it.
pub fn eq_value(a: &Value, b: &Value) -> PyResult<Value> {
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        return match rich(a, "__eq__", b, "__eq__") {
            Some(r) => r,
            None => match bases(a, b) {
                Some((x, y)) => eq_value(&x, &y),
                None => Ok(Value::Bool(a.is(b))),
            },
        };
    }
    Ok(Value::Bool(eq(a, b)?))
}

/// `a != b` as an object: a user `__ne__`'s result as it returned it.
pub fn ne_value(a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(r) = rich(a, "__ne__", b, "__ne__") {
        return r;
    }
    Ok(Value::Bool(!eq(a, b)?))
}

/// `a < b` (and the others) as an object: a user method's result as it
/// returned it.
pub fn compare_value(op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    if crate::types::class::class_of(a).is_some() || crate::types::class::class_of(b).is_some() {
        let (name, reflected) = cmp_dunders(op);
        if let Some(r) = rich(a, name, b, reflected) {
            return r;
        }
    }
    Ok(Value::Bool(compare(op, a, b)?))
}

/// `a < b`, `a <= b`, `a > b`, `a >= b`.
#[inline]
pub fn compare(op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Ok(op.test(Some(x.cmp(y)))),
        (Value::Float(x), Value::Float(y)) => return Ok(op.test(x.partial_cmp(y))),
        _ => {}
    }
    compare_general(op, a, b)
}

/// The method an ordering calls on its left operand, and the reflected
/// one it tries on the right.
fn cmp_dunders(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::Le => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::Ge => ("__ge__", "__le__"),
    }
}

fn compare_general(op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    let (name, reflected) = cmp_dunders(op);
    if let Some(r) = rich(a, name, b, reflected) {
        return Ok(r?.truthy());
    }
    if let Some((x, y)) = bases(a, b) {
        let r = compare_general(op, &x, &y).map(Value::Bool);
        let err = || {
            PyErr::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                a.type_name(),
                b.type_name()
            ))
        };
        return retype(r, err).map(|v| v.truthy());
    }
    if let Some(r) = crate::types::native::slots(a).and_then(|x| x.compare(b, op)) {
        return r;
    }
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        let o = match (&x, &y) {
            (Num::I(i), Num::I(j)) => Some(int::cmp(i, j)),
            (Num::F(f), Num::F(g)) => f.partial_cmp(g),
            (Num::I(i), Num::F(f)) => int::cmp_float(i, *f),
            (Num::F(f), Num::I(i)) => int::cmp_float(i, *f).map(Ordering::reverse),
        };
        return Ok(op.test(o));
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Ok(op.test(Some(pystr::cmp(x, y)))),
        (Value::Bytes(x), Value::Bytes(y)) => Ok(op.test(Some(x.data.cmp(&y.data)))),
        (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => {
            Ok(op.test(Some(bytes_like(a).cmp(&bytes_like(b)))))
        }
        (Value::List(x), Value::List(y)) => list::richcompare(x, y, Some(op)),
        (Value::Tuple(x), Value::Tuple(y)) => seq_compare(op, x.items(), y.items()),
        (Value::Deque(x), Value::Deque(y)) => crate::types::deque::richcompare(x, y, Some(op)),
        (Value::Dict(x), Value::Dict(y)) if x.kind == crate::types::dictkind::Kind::Counter && y.kind == x.kind => {
            crate::types::dictkind::counter_compare(op, x, y)
        }
        (Value::Set(_) | Value::View(_), Value::Set(_) | Value::View(_))
            if (set_view(a) || set_view(b))
                && (set_view(a) || matches!(a, Value::Set(_)))
                && (set_view(b) || matches!(b, Value::Set(_))) =>
        {
            view_compare(Some(op), a, b)
        }
        (Value::Set(x), Value::Set(y)) => Ok(match op {
            CmpOp::Le => set::issubset(x, y)?,
            CmpOp::Lt => x.len() < y.len() && set::issubset(x, y)?,
            CmpOp::Ge => set::issubset(y, x)?,
            CmpOp::Gt => y.len() < x.len() && set::issubset(y, x)?,
        }),
        _ => Err(PyErr::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            a.type_name(),
            b.type_name()
        ))),
    }
}

/// Lexicographic comparison: the first unequal pair decides.
fn seq_compare(op: CmpOp, a: &[Value], b: &[Value]) -> PyResult<bool> {
    for (x, y) in a.iter().zip(b) {
        if !(x.is(y) || eq(x, y)?) {
            return compare(op, x, y);
        }
    }
    Ok(op.test(Some(a.len().cmp(&b.len()))))
}

pub fn lt(a: &Value, b: &Value) -> PyResult<bool> {
    compare(CmpOp::Lt, a, b)
}
pub fn le(a: &Value, b: &Value) -> PyResult<bool> {
    compare(CmpOp::Le, a, b)
}
pub fn gt(a: &Value, b: &Value) -> PyResult<bool> {
    compare(CmpOp::Gt, a, b)
}
pub fn ge(a: &Value, b: &Value) -> PyResult<bool> {
    compare(CmpOp::Ge, a, b)
}

/// `x in container`.
pub fn contains(container: &Value, x: &Value) -> PyResult<bool> {
    if let Some(cls) = crate::types::class::class_of(container) {
        if matches!(crate::types::class::lookup(&cls, "__contains__"), Some(Value::None)) {
            return Err(PyErr::type_error(format!("'{}' object is not a container", container.type_name())));
        }
    }
    if let Some(r) = crate::types::class::call_special(container, "__contains__", || vec![x.clone()]) {
        return Ok(r?.truthy());
    }
    if let Some(b) = crate::types::class::base_value(container) {
        return contains(&b, x);
    }
    match container {
        Value::Str(s) => match x {
            Value::Str(sub) => Ok(pystr::contains(s, sub)),
            other => Err(PyErr::type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                other.type_name()
            ))),
        },
        Value::Bytes(b) => crate::types::bytes::contains(&b.data, x),
        Value::ByteArray(b) => crate::types::bytes::contains(&b.snapshot(), x),
        Value::List(l) => list::contains(l, x),
        Value::Deque(d) => crate::types::deque::contains(d, x),
        Value::Tuple(t) => tuple::contains(t, x),
        Value::Dict(d) => dict::contains(d, x),
        Value::Set(s) => set::contains(s, x),
        Value::Range(r) => match num(x) {
            Some(Num::I(i)) => Ok(crate::types::range::contains(r, &i)),
            _ => {
                for v in crate::types::iter::collect(container)? {
                    if eq(&v, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        },
        Value::View(v) => match v.kind {
            crate::types::iter::DictView::Keys => dict::contains(&v.dict, x),
            _ => {
                for item in v.items() {
                    if item.is(x) || eq(&item, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        },
        // Without `__contains__`, an object is searched by iterating it
        // (`__iter__`, or the old `__getitem__` protocol).
        Value::Iter(_) | Value::Gen(_) | Value::Instance(_) | Value::Class(_) => {
            let it = crate::types::iter::iter(container).map_err(|e| {
                if e.matches(&crate::object::exc::TYPE_ERROR)
                    && crate::types::exception::exc_text(&e.0).ends_with("is not iterable")
                {
                    PyErr::type_error(format!("argument of type '{}' is not iterable", container.type_name()))
                } else {
                    e
                }
            })?;
            while let Some(v) = crate::types::iter::next(&it)? {
                if v.is(x) || eq(&v, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        other => Err(PyErr::type_error(format!("argument of type '{}' is not iterable", other.type_name()))),
    }
}
