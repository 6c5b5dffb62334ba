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
    if atomic(x) {
        return Ok(x.clone());
    }
    if let Some(r) = crate::types::class::call_special(x, "__copy__", Vec::new) {
        return r;
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
    // A partial is rebuilt from copies of its function and arguments (its reduction).
    if let Some(p) = crate::types::native::ext::<crate::stdlib::functools::Partial>(x) {
        let func = deep(&p.func, memo)?;
        let args = p.args.iter().map(|a| deep(a, memo)).collect::<PyResult<Vec<_>>>()?;
        let kw = p.kw.iter().map(|(k, v)| Ok((k.clone(), deep(v, memo)?))).collect::<PyResult<Vec<_>>>()?;
        return Ok(crate::types::native::new_ext(crate::stdlib::functools::Partial { func, args, kw }));
    }
    if atomic(x) {
        return Ok(x.clone());
    }
    let id = x.id();
    if let Some(y) = memo.get(&id) {
        return Ok(y.clone());
    }
    if let Some(m) = crate::types::class::special(x, "__deepcopy__") {
        // The memo CPython passes is a dict; pyaot's is internal: a fresh one.
        let y = crate::types::func::call(&m, vec![Value::Dict(crate::types::dict::new())], &[])?;
        memo.insert(id, y.clone());
        return Ok(y);
    }
    let y = match x {
        Value::Tuple(t) => {
            let items = t.items().iter().map(|v| deep(v, memo)).collect::<PyResult<Vec<_>>>()?;
            // A tuple copying to itself stays itself (a cycle may have copied it meanwhile).
            if let Some(y) = memo.get(&id) {
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
            for v in l.to_vec() {
                let c = deep(&v, memo)?;
                crate::types::list::append(&out, c);
            }
            return Ok(Value::List(out));
        }
        Value::Dict(d) => {
            let out = new_dict_like(d);
            memo.insert(id, Value::Dict(out.clone()));
            if d.kind == crate::types::dictkind::Kind::Default {
                let f = deep(&d.factory.borrow().clone(), memo)?;
                *out.factory.borrow_mut() = f;
            }
            for (k, v) in d.items_vec() {
                let (k, v) = (deep(&k, memo)?, deep(&v, memo)?);
                crate::types::dict::setitem(&out, k, v)?;
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
            for v in d.to_vec() {
                let c = deep(&v, memo)?;
                crate::types::deque::method(o, "append", &[c])?;
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
            for (k, v) in i.items() {
                let c = deep(&v, memo)?;
                o.set(&k, c);
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
        copy(&args[0])
    } else {
        deepcopy(&args[0])
    }
}
