//! The `copy` module: `copy` and `deepcopy` with CPython's rules: atoms
//! (numbers, strings, plain tuples of atoms, functions, classes) are
//! returned as they are, containers are rebuilt (dicts keep their kind,
//! deques their `maxlen`, named tuples their class), instances get a new
//! object of the same class with their attributes copied (without
//! `__init__`), `__copy__`/`__deepcopy__` are honoured, and `deepcopy`
//! keeps a memo so shared and cyclic references stay shared.

use std::collections::HashMap;

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;

thread_local! {
    static ERROR: crate::types::class::Class =
        crate::types::class::runtime_class("copy", "Error", Some(&crate::object::exc::EXCEPTION));
}

/// `copy.Error` (and its alias `copy.error`).
pub fn error_class() -> Value {
    Value::Class(ERROR.with(|c| c.clone()))
}

fn atomic(v: &Value) -> bool {
    matches!(
        v,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Big(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_)
            | Value::Type(_)
            | Value::Func(_)
            | Value::Builtin(_)
            | Value::Class(_)
            | Value::Native(_)
            | Value::Method(_)
            | Value::Descr(_)
    )
}

/// A module, which `copy` cannot copy (it cannot be pickled).
fn module(v: &Value) -> bool {
    v.type_name() == "module"
}

fn changed_size() -> PyErr {
    PyErr::new(&crate::object::exc::RUNTIME_ERROR, "dictionary changed size during iteration")
}

fn cannot(v: &Value) -> PyErr {
    PyErr::type_error(format!("cannot pickle '{}' object", v.type_name()))
}

fn new_dict_like(d: &crate::types::dict::Dict) -> crate::types::dict::Dict {
    crate::types::dictkind::like(d)
}

/// A new instance of `i`'s class holding `attrs` (as `object.__reduce_ex__`
/// rebuilds it), and `base` for the builtin value it carries.
fn instance_with(i: &crate::types::class::InstanceObj, attrs: Vec<(String, Value)>, base: Option<Value>) -> Value {
    let out = crate::types::class::instance_with(&i.class, base);
    if let Value::Instance(o) = &out {
        for (k, v) in attrs {
            o.set(&k, v);
        }
    }
    out
}

/// `copy.copy(x)`.
pub fn copy(x: &Value) -> PyResult<Value> {
    if module(x) {
        return Err(cannot(x));
    }
    if let Some(g) = crate::types::native::ext::<crate::stdlib::random::Generator>(x) {
        return Ok(g.duplicate());
    }
    // A partial is rebuilt over the same function and arguments (its reduction).
    if let Some(p) = crate::types::native::ext::<crate::stdlib::functools::Partial>(x) {
        let (args, kw) = (p.args.borrow().clone(), p.kw.borrow().clone());
        return Ok(crate::types::native::new_ext(crate::stdlib::functools::Partial::new(p.func.clone(), args, kw)));
    }
    if atomic(x) {
        return Ok(x.clone());
    }
    // A hook set to None opts the class out (`copy` checks `is not None`).
    if let Some(m) = crate::types::class::special(x, "__copy__").filter(|m| !m.is_none()) {
        return crate::types::func::call(&m, Vec::new(), &[]);
    }
    Ok(match x {
        Value::Tuple(t) => match &t.class {
            None => x.clone(),
            Some(c) => Value::Tuple(crate::types::tuple::with_class(t.items().to_vec(), c.clone())),
        },
        Value::List(l) => Value::List(crate::types::list::from_vec(l.to_vec())),
        Value::Dict(d) => {
            let c = new_dict_like(d);
            crate::types::dict::update(&c, d)?;
            Value::Dict(c)
        }
        Value::Set(s) if s.frozen => x.clone(),
        Value::Set(s) => Value::Set(crate::types::set::copy(s)),
        Value::ByteArray(b) => crate::types::bytearray::from_vec(b.snapshot()),
        Value::Deque(d) => crate::types::deque::method(d, "copy", &[])?,
        Value::Instance(i) => {
            // A list (dict) subclass's value is copied; an int's is shared.
            let base = match &i.base {
                Some(b @ (Value::List(_) | Value::Dict(_))) => Some(copy(b)?),
                other => other.clone(),
            };
            instance_with(i, i.items(), base)
        }
        other => return Err(cannot(other)),
    })
}

/// `copy.deepcopy(x)`.
pub fn deepcopy(x: &Value) -> PyResult<Value> {
    deep(x, &mut HashMap::new())
}

fn deep(x: &Value, memo: &mut HashMap<i64, Value>) -> PyResult<Value> {
    if module(x) {
        return Err(cannot(x));
    }
    // A bound method is rebound to a copy of its receiver.
    if let Value::Method(m) = x {
        let recv = deep(&m.recv, memo)?;
        return Ok(Value::Method(crate::types::class::MethodObj::new(m.func.clone(), recv)));
    }
    if let Some(g) = crate::types::native::ext::<crate::stdlib::random::Generator>(x) {
        return Ok(g.duplicate());
    }
    // A partial is rebuilt by its reduction: made over a copy of its
    // function, put in the memo, then given copies of its arguments (so a
    // cycle through them reaches the copy).
    if let Some(p) = crate::types::native::ext::<crate::stdlib::functools::Partial>(x) {
        if let Some(y) = memo.get(&x.id()) {
            return Ok(y.clone());
        }
        let func = deep(&p.func, memo)?;
        if !crate::types::func::callable(&func) {
            return Err(PyErr::type_error("the first argument must be callable"));
        }
        let y = crate::types::native::new_ext(crate::stdlib::functools::Partial::new(func, Vec::new(), Vec::new()));
        memo.insert(x.id(), y.clone());
        let (args, kw) = (p.args.borrow().clone(), p.kw.borrow().clone());
        let args = args.iter().map(|a| deep(a, memo)).collect::<PyResult<Vec<_>>>()?;
        let kw = kw.iter().map(|(k, v)| Ok((k.clone(), deep(v, memo)?))).collect::<PyResult<Vec<_>>>()?;
        let copy = crate::types::native::ext::<crate::stdlib::functools::Partial>(&y).expect("a partial");
        *copy.args.borrow_mut() = args;
        *copy.kw.borrow_mut() = kw;
        return Ok(y);
    }
    if atomic(x) {
        return Ok(x.clone());
    }
    let id = x.id();
    if let Some(y) = memo.get(&id) {
        return Ok(y.clone());
    }
    if let Some(m) = crate::types::class::special(x, "__deepcopy__").filter(|m| !m.is_none()) {
        // The memo CPython passes is a dict; pyaot's is internal: a fresh one.
        let y = crate::types::func::call(&m, vec![Value::Dict(crate::types::dict::new())], &[])?;
        memo.insert(id, y.clone());
        return Ok(y);
    }
    let y = match x {
        Value::Tuple(t) => {
            let items = t.items().iter().map(|v| deep(v, memo)).collect::<PyResult<Vec<_>>>()?;
            // A tuple copying to itself stays itself (a cycle may have copied
            // it meanwhile). A named tuple is copied by reduction in CPython,
            // which does not look again: its cycle opens out into a second copy.
            if let (Some(y), None) = (memo.get(&id), &t.class) {
                return Ok(y.clone());
            }
            match &t.class {
                None if items.iter().zip(t.items()).all(|(a, b)| a.is(b)) => x.clone(),
                None => Value::Tuple(crate::types::tuple::new(items)),
                Some(c) => Value::Tuple(crate::types::tuple::with_class(items, c.clone())),
            }
        }
        Value::List(l) => {
            let out = crate::types::list::from_vec(Vec::new());
            memo.insert(id, Value::List(out.clone()));
            // By index, reading the length each time: copying an item may
            // run code that shrinks or grows the list (as CPython's walk sees).
            let mut k = 0;
            while let Some(v) = l.get(k) {
                let c = deep(&v, memo)?;
                crate::types::list::append(&out, c);
                k += 1;
            }
            return Ok(Value::List(out));
        }
        Value::Dict(d) => {
            let out = new_dict_like(d);
            memo.insert(id, Value::Dict(out.clone()));
            if d.kind == crate::types::dictkind::Kind::Default {
                let f = deep(&d.factory.borrow().clone(), memo)?;
                // The copy is made by the constructor, which checks it.
                if !f.is_none() && !crate::types::func::callable(&f) {
                    return Err(PyErr::type_error("first argument must be callable or None"));
                }
                *out.factory.borrow_mut() = f;
            }
            let n = d.len();
            for (k, v) in d.items_vec() {
                let (k, v) = (deep(&k, memo)?, deep(&v, memo)?);
                crate::types::dict::setitem(&out, k, v)?;
                if d.len() != n {
                    return Err(changed_size());
                }
            }
            return Ok(Value::Dict(out));
        }
        Value::Set(s) => {
            let items = s.to_vec().iter().map(|v| deep(v, memo)).collect::<PyResult<Vec<_>>>()?;
            Value::Set(crate::types::set::like(s, crate::types::set::from_values(items)?))
        }
        Value::ByteArray(b) => crate::types::bytearray::from_vec(b.snapshot()),
        Value::Deque(d) => {
            let out = crate::types::deque::new(
                &[
                    Value::List(crate::types::list::from_vec(Vec::new())),
                    d.maxlen.map_or(Value::None, |m| Value::Int(m as i64)),
                ],
                &[],
            )?;
            memo.insert(id, out.clone());
            let Value::Deque(o) = &out else { unreachable!("a deque") };
            let n = d.len();
            for v in d.to_vec() {
                let c = deep(&v, memo)?;
                crate::types::deque::method(o, "append", &[c])?;
                if d.len() != n {
                    return Err(PyErr::new(&crate::object::exc::RUNTIME_ERROR, "deque mutated during iteration"));
                }
            }
            return Ok(out);
        }
        Value::Instance(i) => {
            // A list (dict) subclass's value is filled after the instance is
            // in the memo (its items may refer back to it).
            let base = match &i.base {
                Some(Value::List(_)) => Some(Value::List(crate::types::list::from_vec(Vec::new()))),
                Some(Value::Dict(_)) => Some(Value::Dict(crate::types::dict::new())),
                other => other.clone(),
            };
            let out = instance_with(i, Vec::new(), base.clone());
            memo.insert(id, out.clone());
            match (&i.base, &base) {
                (Some(Value::List(from)), Some(Value::List(to))) => {
                    for v in from.to_vec() {
                        let c = deep(&v, memo)?;
                        crate::types::list::extend(to, vec![c]);
                    }
                }
                (Some(Value::Dict(from)), Some(Value::Dict(to))) => {
                    for (k, v) in from.items_vec() {
                        let (k, v) = (deep(&k, memo)?, deep(&v, memo)?);
                        crate::types::dict::setitem(to, k, v)?;
                    }
                }
                _ => {}
            }
            let Value::Instance(o) = &out else { unreachable!("an instance") };
            let attrs = i.items();
            for (k, v) in &attrs {
                let c = deep(v, memo)?;
                o.set(k, c);
                if i.items().len() != attrs.len() {
                    return Err(changed_size());
                }
            }
            return Ok(out);
        }
        other => return Err(cannot(other)),
    };
    memo.insert(id, y.clone());
    Ok(y)
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let short = crate::stdlib::short_name(name);
    crate::stdlib::no_kwargs(name, kw)?;
    crate::builtins::arity(short, &args, 1, if short == "deepcopy" { 2 } else { 1 })?;
    if short == "copy" {
        return copy(&args[0]);
    }
    match args.get(1) {
        Some(Value::Dict(d)) => deepcopy_with(&args[0], d),
        _ => deepcopy(&args[0]),
    }
}

/// `copy.deepcopy(x, memo)` with the caller's memo dict: what it holds
/// (by `id`) is reused, and every copy made is recorded in it.
fn deepcopy_with(x: &Value, d: &crate::types::dict::Dict) -> PyResult<Value> {
    let mut memo = HashMap::new();
    for (k, v) in d.items_vec() {
        if let Value::Int(id) = k {
            memo.insert(id, v);
        }
    }
    let before: std::collections::HashSet<i64> = memo.keys().copied().collect();
    let y = deep(x, &mut memo)?;
    for (id, v) in memo {
        if !before.contains(&id) {
            crate::types::dict::setitem(d, Value::Int(id), v)?;
        }
    }
    Ok(y)
}
