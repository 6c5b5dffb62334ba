//! The `itertools` module: lazy iterators computed by the runtime
//! (`iter::native`), each a step function over its own state, following
//! the equivalent Python code in CPython's documentation.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::iter::{self, native, PyIter};

fn tuple(items: Vec<Value>) -> Value {
    Value::Tuple(crate::types::tuple::new(items))
}

fn call1(f: &Value, x: Value) -> PyResult<Value> {
    crate::types::func::call(f, vec![x], &[])
}

/// A count argument (`r`, `times`, `n`): a non-negative int.
fn count_arg(v: &Value, what: &str) -> PyResult<usize> {
    let n = v.to_int().map_err(|_| PyErr::type_error(format!("Expected int as {what}")))?;
    match n.as_i64() {
        Some(k) if k >= 0 => Ok(k as usize),
        _ => Err(PyErr::value_error(format!("{what} must be non-negative"))),
    }
}

pub fn call(name: &str, mut args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let short = crate::stdlib::short_name(name);
    let kwvals = args.split_off(args.len() - kw.len());
    let kwargs: Vec<(&str, Value)> = kw.iter().copied().zip(kwvals).collect();
    let kwarg = |k: &str| kwargs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.clone());
    let known = |allowed: &[&str]| -> PyResult<()> {
        match kwargs.iter().find(|(k, _)| !allowed.contains(k)) {
            Some((k, _)) => Err(PyErr::type_error(format!("{short}() got an unexpected keyword argument '{k}'"))),
            None => Ok(()),
        }
    };
    let arity = |lo: usize, hi: usize| crate::builtins::arity(short, &args, lo, hi);
    match name {
        "itertools.count" => {
            known(&["start", "step"])?;
            arity(0, 2)?;
            let mut cur = args.first().cloned().or_else(|| kwarg("start")).unwrap_or(Value::Int(0));
            let step = args.get(1).cloned().or_else(|| kwarg("step")).unwrap_or(Value::Int(1));
            Ok(native("itertools.count", move || {
                let next = crate::ops::binary(crate::ops::BinOp::Add, &cur, &step)?;
                Ok(Some(std::mem::replace(&mut cur, next)))
            }))
        }
        "itertools.cycle" => {
            known(&[])?;
            arity(1, 1)?;
            let it = iter::iter(&args[0])?;
            let mut saved: Vec<Value> = Vec::new();
            let mut pos: Option<usize> = None;
            Ok(native("itertools.cycle", move || {
                if pos.is_none() {
                    if let Some(v) = iter::next(&it)? {
                        saved.push(v.clone());
                        return Ok(Some(v));
                    }
                    if saved.is_empty() {
                        return Ok(None);
                    }
                    pos = Some(0);
                }
                let p = pos.unwrap();
                pos = Some((p + 1) % saved.len());
                Ok(Some(saved[p].clone()))
            }))
        }
        "itertools.repeat" => {
            known(&["times"])?;
            arity(1, 2)?;
            let obj = args[0].clone();
            let mut left = match args.get(1).cloned().or_else(|| kwarg("times")) {
                Some(t) => Some(t.to_int()?.as_i64().unwrap_or(i64::MAX).max(0)),
                None => None,
            };
            Ok(native("itertools.repeat", move || match &mut left {
                Some(0) => Ok(None),
                Some(n) => {
                    *n -= 1;
                    Ok(Some(obj.clone()))
                }
                None => Ok(Some(obj.clone())),
            }))
        }
        "itertools.islice" => {
            known(&[])?;
            arity(2, 4)?;
            let it = iter::iter(&args[0])?;
            let bound = |v: &Value, msg: &str| -> PyResult<Option<usize>> {
                match v {
                    Value::None => Ok(None),
                    other => match other.to_int().ok().and_then(|i| i.as_i64()) {
                        Some(k) if k >= 0 => Ok(Some(k as usize)),
                        _ => Err(PyErr::value_error(msg.to_string())),
                    },
                }
            };
            let (start, stop, step) = if args.len() == 2 {
                (
                    0,
                    bound(&args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")?,
                    1,
                )
            } else {
                let idx = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
                let start = bound(&args[1], idx)?.unwrap_or(0);
                let stop = bound(&args[2], idx)?;
                let step = match args.get(3) {
                    None | Some(Value::None) => 1,
                    Some(v) => match v.to_int().ok().and_then(|i| i.as_i64()) {
                        Some(k) if k >= 1 => k as usize,
                        _ => return Err(PyErr::value_error("Step for islice() must be a positive integer or None.")),
                    },
                };
                (start, stop, step)
            };
            let mut next_index = start;
            let mut i = 0usize;
            Ok(native("itertools.islice", move || {
                if stop.is_some_and(|s| next_index >= s) {
                    return Ok(None);
                }
                while i < next_index {
                    if iter::next(&it)?.is_none() {
                        return Ok(None);
                    }
                    i += 1;
                }
                let v = iter::next(&it)?;
                i += 1;
                next_index += step;
                Ok(v)
            }))
        }
        "itertools.chain" => {
            known(&[])?;
            // `chain(*its)` is `chain.from_iterable(its)`.
            Ok(chain_lazy(iter::iter(&tuple(args))?))
        }
        "itertools.chain.from_iterable" => {
            known(&[])?;
            arity(1, 1)?;
            let outer = iter::iter(&args[0])?;
            Ok(chain_lazy(outer))
        }
        "itertools.compress" => {
            known(&[])?;
            arity(2, 2)?;
            let (data, sel) = (iter::iter(&args[0])?, iter::iter(&args[1])?);
            Ok(native("itertools.compress", move || loop {
                let (Some(d), Some(s)) = (iter::next(&data)?, iter::next(&sel)?) else { return Ok(None) };
                if crate::object::value::truthy_checked(&s)? {
                    return Ok(Some(d));
                }
            }))
        }
        "itertools.dropwhile" | "itertools.takewhile" | "itertools.filterfalse" => {
            known(&[])?;
            arity(2, 2)?;
            let pred = args[0].clone();
            let it = iter::iter(&args[1])?;
            let test = move |v: &Value| -> PyResult<bool> {
                if pred.is_none() {
                    return crate::object::value::truthy_checked(v);
                }
                crate::object::value::truthy_checked(&call1(&pred, v.clone())?)
            };
            Ok(match name {
                "itertools.dropwhile" => {
                    let mut dropping = true;
                    native("itertools.dropwhile", move || loop {
                        let Some(v) = iter::next(&it)? else { return Ok(None) };
                        if dropping && test(&v)? {
                            continue;
                        }
                        dropping = false;
                        return Ok(Some(v));
                    })
                }
                "itertools.takewhile" => {
                    let mut done = false;
                    native("itertools.takewhile", move || {
                        if done {
                            return Ok(None);
                        }
                        let Some(v) = iter::next(&it)? else { return Ok(None) };
                        if test(&v)? {
                            return Ok(Some(v));
                        }
                        done = true;
                        Ok(None)
                    })
                }
                _ => native("itertools.filterfalse", move || loop {
                    let Some(v) = iter::next(&it)? else { return Ok(None) };
                    if !test(&v)? {
                        return Ok(Some(v));
                    }
                }),
            })
        }
        "itertools.accumulate" => {
            known(&["initial", "func"])?;
            arity(1, 2)?;
            let it = iter::iter(&args[0])?;
            let func = args.get(1).cloned().or_else(|| kwarg("func")).filter(|f| !f.is_none());
            let mut total = kwarg("initial").filter(|v| !v.is_none());
            let mut pending_initial = total.is_some();
            Ok(native("itertools.accumulate", move || {
                if pending_initial {
                    pending_initial = false;
                    return Ok(total.clone());
                }
                let Some(v) = iter::next(&it)? else { return Ok(None) };
                let next = match (&total, &func) {
                    (None, _) => v,
                    (Some(t), Some(f)) => crate::types::func::call(f, vec![t.clone(), v], &[])?,
                    (Some(t), None) => crate::ops::binary(crate::ops::BinOp::Add, t, &v)?,
                };
                total = Some(next.clone());
                Ok(Some(next))
            }))
        }
        "itertools.starmap" => {
            known(&[])?;
            arity(2, 2)?;
            let f = args[0].clone();
            let it = iter::iter(&args[1])?;
            Ok(native("itertools.starmap", move || {
                let Some(v) = iter::next(&it)? else { return Ok(None) };
                let items = iter::collect(&v)?;
                crate::types::func::call(&f, items, &[]).map(Some)
            }))
        }
        "itertools.zip_longest" => {
            known(&["fillvalue"])?;
            let fill = kwarg("fillvalue").unwrap_or(Value::None);
            let its: Vec<Option<PyIter>> = args.iter().map(|a| iter::iter(a).map(Some)).collect::<PyResult<_>>()?;
            let mut its = its;
            Ok(native("itertools.zip_longest", move || {
                if its.iter().all(|i| i.is_none()) {
                    return Ok(None);
                }
                let mut items = Vec::with_capacity(its.len());
                for slot in its.iter_mut() {
                    let v = match slot {
                        Some(i) => match iter::next(i)? {
                            Some(v) => v,
                            None => {
                                *slot = None;
                                fill.clone()
                            }
                        },
                        None => fill.clone(),
                    };
                    items.push(v);
                }
                if its.iter().all(|i| i.is_none()) {
                    return Ok(None);
                }
                Ok(Some(tuple(items)))
            }))
        }
        "itertools.pairwise" => {
            known(&[])?;
            arity(1, 1)?;
            let it = iter::iter(&args[0])?;
            let mut prev: Option<Value> = None;
            Ok(native("itertools.pairwise", move || {
                if prev.is_none() {
                    prev = iter::next(&it)?;
                    if prev.is_none() {
                        return Ok(None);
                    }
                }
                let Some(v) = iter::next(&it)? else { return Ok(None) };
                let a = prev.replace(v.clone()).unwrap();
                Ok(Some(tuple(vec![a, v])))
            }))
        }
        "itertools.groupby" => {
            known(&["key"])?;
            arity(1, 2)?;
            let key = args.get(1).cloned().or_else(|| kwarg("key")).filter(|k| !k.is_none());
            groupby(iter::iter(&args[0])?, key)
        }
        "itertools.tee" => {
            known(&[])?;
            arity(1, 2)?;
            let n = match args.get(1) {
                Some(v) => count_arg(v, "n")?,
                None => 2,
            };
            let it = iter::iter(&args[0])?;
            let queues: Rc<RefCell<Vec<VecDeque<Value>>>> = Rc::new(RefCell::new(vec![VecDeque::new(); n]));
            let items = (0..n)
                .map(|k| {
                    let (it, queues) = (it.clone(), queues.clone());
                    native("itertools._tee", move || {
                        if let Some(v) = queues.borrow_mut()[k].pop_front() {
                            return Ok(Some(v));
                        }
                        let Some(v) = iter::next(&it)? else { return Ok(None) };
                        for (j, q) in queues.borrow_mut().iter_mut().enumerate() {
                            if j != k {
                                q.push_back(v.clone());
                            }
                        }
                        Ok(Some(v))
                    })
                })
                .collect();
            Ok(tuple(items))
        }
        "itertools.product" => {
            known(&["repeat"])?;
            let repeat = match kwarg("repeat") {
                Some(r) => count_arg(&r, "repeat")?,
                None => 1,
            };
            let mut pools: Vec<Vec<Value>> = Vec::new();
            let base: Vec<Vec<Value>> = args.iter().map(iter::collect).collect::<PyResult<_>>()?;
            for _ in 0..repeat {
                pools.extend(base.iter().cloned());
            }
            let mut idx: Option<Vec<usize>> = None;
            let mut done = pools.iter().any(|p| p.is_empty());
            Ok(native("itertools.product", move || {
                if done {
                    return Ok(None);
                }
                match &mut idx {
                    None => idx = Some(vec![0; pools.len()]),
                    Some(ix) => {
                        // The rightmost index advances first (an odometer).
                        let mut k = pools.len();
                        loop {
                            if k == 0 {
                                done = true;
                                return Ok(None);
                            }
                            k -= 1;
                            ix[k] += 1;
                            if ix[k] < pools[k].len() {
                                break;
                            }
                            ix[k] = 0;
                        }
                    }
                }
                let ix = idx.as_ref().unwrap();
                Ok(Some(tuple(ix.iter().enumerate().map(|(k, &i)| pools[k][i].clone()).collect())))
            }))
        }
        "itertools.permutations" | "itertools.combinations" | "itertools.combinations_with_replacement" => {
            let perms = name == "itertools.permutations";
            known(&["r"])?;
            arity(if perms { 1 } else { 2 }, 2)?;
            let pool = iter::collect(&args[0])?;
            let r = match args.get(1).cloned().or_else(|| kwarg("r")) {
                Some(Value::None) | None => pool.len(),
                Some(v) => count_arg(&v, "r")?,
            };
            Ok(match name {
                "itertools.permutations" => permutations(pool, r),
                "itertools.combinations" => combinations(pool, r, false),
                _ => combinations(pool, r, true),
            })
        }
        _ => unreachable!("itertools has no function {name}"),
    }
}

/// `chain.from_iterable(outer)`: the inner iterables are taken one at a
/// time. The state is borrowed only between calls into Python, so an
/// iterable whose iteration advances this very chain sees it as it is.
fn chain_lazy(outer: PyIter) -> Value {
    let source = std::cell::RefCell::new(Some(outer));
    let active: std::cell::RefCell<Option<PyIter>> = std::cell::RefCell::new(None);
    iter::reentrant("itertools.chain", move || loop {
        let current = active.borrow().clone();
        let current = match current {
            Some(it) => it,
            None => {
                let src = source.borrow().clone();
                let Some(src) = src else { return Ok(None) };
                match iter::next(&src)? {
                    None => {
                        *source.borrow_mut() = None;
                        return Ok(None);
                    }
                    Some(iterable) => {
                        let it = iter::iter(&iterable)?;
                        *active.borrow_mut() = Some(it.clone());
                        it
                    }
                }
            }
        };
        match iter::next(&current)? {
            Some(v) => return Ok(Some(v)),
            None => *active.borrow_mut() = None,
        }
    })
}

/// `groupby`'s shared state, as CPython's C implementation keeps it.
struct Groups {
    it: PyIter,
    key: Option<Value>,
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    /// The item read ahead and not yet produced by a group.
    currvalue: Option<Value>,
    /// The current group: older group iterators stop.
    current: u64,
}

/// Reads the next item and its key; false at the end.
fn group_step(st: &Rc<RefCell<Groups>>) -> PyResult<bool> {
    let (it, key) = {
        let s = st.borrow();
        (s.it.clone(), s.key.clone())
    };
    let Some(v) = iter::next(&it)? else { return Ok(false) };
    let k = match &key {
        Some(f) => call1(f, v.clone())?,
        None => v.clone(),
    };
    let mut s = st.borrow_mut();
    s.currvalue = Some(v);
    s.currkey = Some(k);
    Ok(true)
}

fn groupby(it: PyIter, key: Option<Value>) -> PyResult<Value> {
    let st = Rc::new(RefCell::new(Groups { it, key, tgtkey: None, currkey: None, currvalue: None, current: 0 }));
    Ok(native("itertools.groupby", move || {
        st.borrow_mut().current += 1;
        // Skip to the next group.
        loop {
            let (cur, tgt) = {
                let s = st.borrow();
                (s.currkey.clone(), s.tgtkey.clone())
            };
            match (&cur, &tgt) {
                (None, _) => {}
                (Some(_), None) => break,
                (Some(c), Some(t)) => {
                    if !crate::ops::eq(t, c)? {
                        break;
                    }
                }
            }
            if !group_step(&st)? {
                return Ok(None);
            }
        }
        let (k, id) = {
            let mut s = st.borrow_mut();
            s.tgtkey = s.currkey.clone();
            (s.currkey.clone().unwrap_or(Value::None), s.current)
        };
        let (gst, target) = (st.clone(), k.clone());
        let group = native("itertools._grouper", move || {
            if gst.borrow().current != id {
                return Ok(None);
            }
            if gst.borrow().currvalue.is_none() && !group_step(&gst)? {
                return Ok(None);
            }
            let cur = gst.borrow().currkey.clone().unwrap_or(Value::None);
            if !crate::ops::eq(&target, &cur)? {
                return Ok(None);
            }
            Ok(gst.borrow_mut().currvalue.take())
        });
        Ok(Some(tuple(vec![k, group])))
    }))
}

fn permutations(pool: Vec<Value>, r: usize) -> Value {
    let n = pool.len();
    let mut indices: Vec<usize> = (0..n).collect();
    let mut cycles: Vec<usize> = (0..r.min(n)).map(|i| n - i).collect();
    let mut started = false;
    let mut done = r > n;
    native("itertools.permutations", move || {
        if done {
            return Ok(None);
        }
        if !started {
            started = true;
            return Ok(Some(tuple(indices[..r].iter().map(|&i| pool[i].clone()).collect())));
        }
        let mut i = r;
        while i > 0 {
            i -= 1;
            cycles[i] -= 1;
            if cycles[i] == 0 {
                let moved = indices.remove(i);
                indices.push(moved);
                cycles[i] = n - i;
            } else {
                let j = n - cycles[i];
                indices.swap(i, j);
                return Ok(Some(tuple(indices[..r].iter().map(|&k| pool[k].clone()).collect())));
            }
        }
        done = true;
        Ok(None)
    })
}

fn combinations(pool: Vec<Value>, r: usize, replace: bool) -> Value {
    let n = pool.len();
    let name = if replace { "itertools.combinations_with_replacement" } else { "itertools.combinations" };
    let mut indices: Vec<usize> = if replace { vec![0; r] } else { (0..r).collect() };
    let mut started = false;
    let mut done = if replace { n == 0 && r > 0 } else { r > n };
    native(name, move || {
        if done {
            return Ok(None);
        }
        if started {
            // The rightmost index that can still move.
            let limit = |i: usize| if replace { n - 1 } else { i + n - r };
            let Some(i) = (0..r).rev().find(|&i| indices[i] != limit(i)) else {
                done = true;
                return Ok(None);
            };
            if replace {
                let v = indices[i] + 1;
                for x in &mut indices[i..] {
                    *x = v;
                }
            } else {
                indices[i] += 1;
                for j in i + 1..r {
                    indices[j] = indices[j - 1] + 1;
                }
            }
        }
        started = true;
        Ok(Some(tuple(indices.iter().map(|&k| pool[k].clone()).collect())))
    })
}
