//! The `bisect` module: binary search and insertion in sorted sequences,
//! with `lo`/`hi` and 3.10's `key`, as CPython's `_bisect` computes them.

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;

/// The arguments `(a, x, lo=0, hi=len(a), *, key=None)`.
struct Args {
    a: Value,
    x: Value,
    lo: i64,
    hi: Option<i64>,
    key: Value,
}

fn parse(fname: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Args> {
    let n = args.len() - kw.len();
    if n > 4 {
        return Err(PyErr::type_error(format!("{fname}() takes at most 4 positional arguments ({n} given)")));
    }
    let mut slots: [Option<Value>; 5] = Default::default();
    for (i, v) in args[..n].iter().enumerate() {
        slots[i] = Some(v.clone());
    }
    for (k, v) in kw.iter().zip(&args[n..]) {
        let i = match *k {
            "a" => 0,
            "x" => 1,
            "lo" => 2,
            "hi" => 3,
            "key" => 4,
            other => return Err(PyErr::type_error(format!("{fname}() got an unexpected keyword argument '{other}'"))),
        };
        if slots[i].replace(v.clone()).is_some() {
            return Err(PyErr::type_error(format!(
                "argument for {fname}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
    }
    let [a, x, lo, hi, key] = slots;
    let missing =
        |what: &str, pos: usize| PyErr::type_error(format!("{fname}() missing required argument '{what}' (pos {pos})"));
    let a = a.ok_or_else(|| missing("a", 1))?;
    let x = x.ok_or_else(|| missing("x", 2))?;
    let lo = match lo {
        Some(v) => v.to_int()?.to_index()?,
        None => 0,
    };
    if lo < 0 {
        return Err(PyErr::value_error("lo must be non-negative"));
    }
    let hi = match hi {
        None | Some(Value::None) => None,
        // CPython's `_bisect` takes -1 for "the end" too.
        // `hi` is an index-sized argument ("n"): its overflow names the type.
        Some(v) => {
            let h = v.to_int()?.to_index().map_err(|_| {
                PyErr::new(
                    &crate::object::exc::OVERFLOW_ERROR,
                    format!("cannot fit '{}' into an index-sized integer", v.type_name()),
                )
            })?;
            Some(h).filter(|&h| h != -1)
        }
    };
    Ok(Args { a, x, lo, hi, key: key.unwrap_or(Value::None) })
}

fn keyed(key: &Value, v: Value) -> PyResult<Value> {
    if key.is_none() {
        Ok(v)
    } else {
        crate::types::func::call(key, vec![v], &[])
    }
}

/// The insertion point of `x` (already keyed) in `a[lo:hi]`.
fn search(p: &Args, x: &Value, right: bool) -> PyResult<i64> {
    let (mut lo, mut hi) = (
        p.lo,
        match p.hi {
            Some(h) => h,
            None => crate::ops::len(&p.a)?.to_index()?,
        },
    );
    while lo < hi {
        let mid = (lo + hi) / 2;
        let item = keyed(&p.key, crate::ops::getitem(&p.a, &Value::Int(mid))?)?;
        let go_left = if right { crate::ops::lt(x, &item)? } else { !crate::ops::lt(&item, x)? };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let short = crate::stdlib::short_name(name);
    let p = parse(short, args, kw)?;
    let right = !short.ends_with("_left");
    if short.starts_with("insort") {
        let x = keyed(&p.key, p.x.clone())?;
        let i = search(&p, &x, right)?;
        crate::ops::methods::call(&p.a, "insert", vec![Value::Int(i), p.x.clone()], &[])?;
        Ok(Value::None)
    } else {
        Ok(Value::Int(search(&p, &p.x, right)?))
    }
}
