//! `collections.deque`: a double-ended queue on `VecDeque`, with CPython's
//! `maxlen` (appending to a full deque drops from the other end), methods,
//! error messages, and its iterator's "deque mutated during iteration".

use std::rc::Rc;

use crate::object::exc::{PyErr, PyResult, INDEX_ERROR, RUNTIME_ERROR};
pub use crate::object::layout::deque::{Deque, DequeObj};
use crate::object::value::Value;
use crate::types::int::Int;

impl DequeObj {
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn to_vec(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }
    /// Takes `other`'s items (for `d *= n`, computed into a new deque).
    pub fn replace_with(&self, other: &DequeObj) {
        self.changed();
        let new = other.items.take();
        // The old items are released after the borrow: dropping may run Python code.
        let old = std::mem::replace(&mut *self.items.borrow_mut(), new);
        drop(old);
    }
    fn changed(&self) {
        self.state.set(self.state.get() + 1);
    }
    /// Appends at the back (or the front); a full deque drops an item
    /// from the other end first.
    fn push(&self, v: Value, front: bool) {
        self.changed();
        let mut dropped = None;
        {
            let mut items = self.items.borrow_mut();
            if self.maxlen == Some(items.len()) {
                if items.is_empty() {
                    return;
                }
                dropped = if front { items.pop_back() } else { items.pop_front() };
            }
            if front {
                items.push_front(v);
            } else {
                items.push_back(v);
            }
        }
        // Released after the borrow: dropping may run Python code.
        drop(dropped);
    }
}

fn with(items: Vec<Value>, maxlen: Option<usize>) -> Value {
    let d = DequeObj { maxlen, ..Default::default() };
    for v in items {
        d.push(v, false);
    }
    Value::Deque(Rc::new(d))
}

/// `deque(iterable=(), maxlen=None)`.
pub fn new(args: &[Value], kw: &[&str]) -> PyResult<Value> {
    let n = args.len() - kw.len();
    if n > 2 {
        return Err(PyErr::type_error(format!("deque() takes at most 2 arguments ({} given)", args.len())));
    }
    let (mut iterable, mut maxlen) = (args.first().filter(|_| n >= 1), args.get(1).filter(|_| n >= 2));
    for (k, v) in kw.iter().zip(&args[n..]) {
        match *k {
            "iterable" if iterable.is_none() => iterable = Some(v),
            "maxlen" if maxlen.is_none() => maxlen = Some(v),
            "iterable" | "maxlen" => {
                return Err(PyErr::type_error(format!("argument for deque() given by name ('{k}') and position (1)")))
            }
            other => return Err(PyErr::type_error(format!("deque() got an unexpected keyword argument '{other}'"))),
        }
    }
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(Value::Int(m)) if *m < 0 => return Err(PyErr::value_error("maxlen must be non-negative")),
        Some(Value::Int(m)) => Some(*m as usize),
        Some(Value::Bool(b)) => Some(*b as usize),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    let items = match iterable {
        Some(it) => crate::types::iter::collect(it)?,
        None => Vec::new(),
    };
    Ok(with(items, maxlen))
}

pub fn repr(d: &DequeObj, out: &mut String) {
    out.push_str("deque([");
    for (i, v) in d.to_vec().iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        crate::object::protocol::write_repr(v, out);
    }
    out.push(']');
    if let Some(m) = d.maxlen {
        out.push_str(&format!(", maxlen={m}"));
    }
    out.push(')');
}

/// The position of index `i` (negative from the end).
fn position(d: &DequeObj, i: &Value) -> PyResult<usize> {
    let i = match i {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Big(_) => return Err(PyErr::new(&INDEX_ERROR, "deque index out of range")),
        other => return Err(PyErr::type_error(format!("sequence index must be integer, not '{}'", other.type_name()))),
    };
    let n = d.len() as i64;
    let k = if i < 0 { i + n } else { i };
    if k < 0 || k >= n {
        return Err(PyErr::new(&INDEX_ERROR, "deque index out of range"));
    }
    Ok(k as usize)
}

pub fn getitem(d: &DequeObj, i: &Value) -> PyResult<Value> {
    let k = position(d, i)?;
    Ok(d.items.borrow()[k].clone())
}

pub fn setitem(d: &DequeObj, i: &Value, v: Value) -> PyResult<()> {
    let k = position(d, i)?;
    let old = std::mem::replace(&mut d.items.borrow_mut()[k], v);
    drop(old);
    Ok(())
}

pub fn delitem(d: &DequeObj, i: &Value) -> PyResult<()> {
    let k = position(d, i)?;
    d.changed();
    let old = d.items.borrow_mut().remove(k);
    drop(old);
    Ok(())
}

/// `a == b` (`op` None) or an ordering of two deques: pairwise, as
/// CPython walks them with two iterators, so an `__eq__` that changes
/// either deque is "deque mutated during iteration".
pub fn richcompare(a: &DequeObj, b: &DequeObj, op: Option<crate::object::op::CmpOp>) -> PyResult<bool> {
    if op.is_none() && a.len() != b.len() {
        return Ok(false);
    }
    let (sa, sb) = (a.state.get(), b.state.get());
    let (xs, ys) = (a.to_vec(), b.to_vec());
    let mutated = || PyErr::new(&RUNTIME_ERROR, "deque mutated during iteration");
    for (x, y) in xs.iter().zip(&ys) {
        if a.state.get() != sa || b.state.get() != sb {
            return Err(mutated());
        }
        if !(x.is(y) || crate::object::protocol::eq(x, y)?) {
            return match op {
                None => Ok(false),
                Some(op) => crate::object::protocol::compare(op, x, y),
            };
        }
    }
    if a.state.get() != sa || b.state.get() != sb {
        return Err(mutated());
    }
    Ok(match op {
        None => true,
        Some(op) => op.test(Some(xs.len().cmp(&ys.len()))),
    })
}

/// How a search of a deque checks that `==` left it unchanged.
#[derive(Clone, Copy)]
enum Check {
    /// `in`, `index`: a match returns before the check (RuntimeError).
    AfterMiss,
    /// `count`: after every comparison (RuntimeError).
    Always,
    /// `remove`: after every comparison (IndexError).
    Remove,
}

/// `v == x` for an element `v` of `d` during a search: `==` may run Python
/// code, and a deque it changed is CPython's error.
fn search_eq(d: &DequeObj, state: u64, v: &Value, x: &Value, check: Check) -> PyResult<bool> {
    let equal = v.is(x) || crate::object::protocol::eq(v, x)?;
    if equal && matches!(check, Check::AfterMiss) {
        return Ok(true);
    }
    let err = if matches!(check, Check::Remove) { &INDEX_ERROR } else { &RUNTIME_ERROR };
    if d.state.get() != state {
        return Err(PyErr::new(err, "deque mutated during iteration"));
    }
    Ok(equal)
}

pub fn contains(d: &DequeObj, x: &Value) -> PyResult<bool> {
    let state = d.state.get();
    for v in d.to_vec() {
        if search_eq(d, state, &v, x, Check::AfterMiss)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `iter(d)` (or `reversed(d)`): raises RuntimeError if the deque changes
/// length or order while it is iterated, as CPython's iterator does.
pub fn iter(d: &Deque, reverse: bool) -> Value {
    let (d, state) = (d.clone(), d.state.get());
    let mut pos = 0;
    let name = if reverse { "_collections._deque_reverse_iterator" } else { "_collections._deque_iterator" };
    crate::types::iter::native(name, move || {
        if d.state.get() != state {
            return Err(PyErr::new(&RUNTIME_ERROR, "deque mutated during iteration"));
        }
        let items = d.items.borrow();
        if pos >= items.len() {
            return Ok(None);
        }
        let v = if reverse { items[items.len() - 1 - pos].clone() } else { items[pos].clone() };
        pos += 1;
        Ok(Some(v))
    })
}

/// `a + b` (deques only; the result keeps `a`'s maxlen).
pub fn concat(a: &DequeObj, b: &Value) -> PyResult<Value> {
    let Value::Deque(b) = b else {
        return Err(PyErr::type_error(format!("can only concatenate deque (not \"{}\") to deque", b.type_name())));
    };
    let mut items = a.to_vec();
    items.extend(b.to_vec());
    Ok(with(items, a.maxlen))
}

/// `d * n`.
pub fn repeat(d: &DequeObj, n: &Int) -> PyResult<Value> {
    let n = n.to_index()?;
    let items = d.to_vec();
    let total = crate::object::alloc::repeat_len(items.len(), n)?;
    let mut all = crate::object::alloc::try_vec(total.min(d.maxlen.unwrap_or(usize::MAX)))?;
    for _ in 0..n {
        all.extend(items.iter().cloned());
    }
    Ok(with(all, d.maxlen))
}

/// `d += iterable`.
pub fn extend(d: &DequeObj, it: &Value) -> PyResult<()> {
    // The items are read first, so `d.extend(d)` doubles it.
    for v in crate::types::iter::collect(it)? {
        d.push(v, false);
    }
    Ok(())
}

fn arity(name: &str, args: &[Value], lo: usize, hi: usize) -> PyResult<()> {
    if args.len() < lo || args.len() > hi {
        let msg = match (lo, hi) {
            (0, 0) => format!("deque.{name}() takes no arguments ({} given)", args.len()),
            (1, 1) => format!("deque.{name}() takes exactly one argument ({} given)", args.len()),
            _ if args.len() < lo => {
                format!("{name} expected at least {lo} argument{}, got {}", if lo == 1 { "" } else { "s" }, args.len())
            }
            _ => format!("{name} expected at most {hi} argument{}, got {}", if hi == 1 { "" } else { "s" }, args.len()),
        };
        return Err(PyErr::type_error(msg));
    }
    Ok(())
}

fn index_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Big(b) => Ok(if crate::object::layout::bigint::is_negative(b) { i64::MIN } else { i64::MAX }),
        other => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name()))),
    }
}

/// The methods of a deque.
pub fn method(d: &Deque, name: &str, args: &[Value]) -> PyResult<Value> {
    let none = Ok(Value::None);
    match name {
        "append" | "appendleft" => {
            arity(name, args, 1, 1)?;
            d.push(args[0].clone(), name == "appendleft");
            none
        }
        "extend" => {
            arity(name, args, 1, 1)?;
            extend(d, &args[0])?;
            none
        }
        "extendleft" => {
            arity(name, args, 1, 1)?;
            for v in crate::types::iter::collect(&args[0])? {
                d.push(v, true);
            }
            none
        }
        "pop" | "popleft" => {
            arity(name, args, 0, 0)?;
            d.changed();
            let v = if name == "pop" { d.items.borrow_mut().pop_back() } else { d.items.borrow_mut().pop_front() };
            v.ok_or_else(|| PyErr::new(&INDEX_ERROR, "pop from an empty deque"))
        }
        "rotate" => {
            arity(name, args, 0, 1)?;
            let n = match args.first() {
                Some(v) => index_arg(v)?,
                None => 1,
            };
            let len = d.len() as i64;
            if len > 1 {
                d.changed();
                let k = n.rem_euclid(len) as usize;
                d.items.borrow_mut().rotate_right(k);
            }
            none
        }
        "clear" => {
            arity(name, args, 0, 0)?;
            d.changed();
            let old = std::mem::take(&mut *d.items.borrow_mut());
            drop(old);
            none
        }
        "copy" | "__copy__" => {
            arity(name, args, 0, 0)?;
            Ok(with(d.to_vec(), d.maxlen))
        }
        "count" => {
            arity(name, args, 1, 1)?;
            let mut n = 0;
            let state = d.state.get();
            for v in d.to_vec() {
                if search_eq(d, state, &v, &args[0], Check::Always)? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        }
        "index" => {
            arity(name, args, 1, 3)?;
            let len = d.len() as i64;
            let clamp = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
            let start = args.get(1).map(index_arg).transpose()?.map_or(0, clamp);
            let stop = args.get(2).map(index_arg).transpose()?.map_or(len, clamp);
            let items = d.to_vec();
            let state = d.state.get();
            for k in start..stop.min(items.len() as i64) {
                let v = &items[k as usize];
                if search_eq(d, state, v, &args[0], Check::AfterMiss)? {
                    return Ok(Value::Int(k));
                }
            }
            Err(PyErr::value_error(format!("{} is not in deque", crate::object::protocol::repr(&args[0]))))
        }
        "insert" => {
            arity(name, args, 2, 2)?;
            if d.maxlen == Some(d.len()) {
                return Err(PyErr::new(&INDEX_ERROR, "deque already at its maximum size"));
            }
            let len = d.len() as i64;
            let i = index_arg(&args[0])?;
            let k = if i < 0 { (i + len).max(0) } else { i.min(len) };
            d.changed();
            d.items.borrow_mut().insert(k as usize, args[1].clone());
            none
        }
        "remove" => {
            arity(name, args, 1, 1)?;
            let items = d.to_vec();
            let state = d.state.get();
            for (k, v) in items.iter().enumerate() {
                if search_eq(d, state, v, &args[0], Check::Remove)? {
                    d.changed();
                    let old = d.items.borrow_mut().remove(k);
                    drop(old);
                    return none;
                }
            }
            Err(PyErr::value_error(format!("{} is not in deque", crate::object::protocol::repr(&args[0]))))
        }
        "reverse" => {
            arity(name, args, 0, 0)?;
            d.changed();
            d.items.borrow_mut().make_contiguous().reverse();
            none
        }
        _ => Err(PyErr::new(
            &crate::object::exc::ATTRIBUTE_ERROR,
            format!("'collections.deque' object has no attribute '{name}'"),
        )),
    }
}
