//! The `heapq` module: CPython's sift algorithms step for step (so a heap
//! list prints in CPython's order), `nlargest`/`nsmallest` as the sorts
//! they are documented to equal, and `merge`. Comparisons may run Python
//! code (`__lt__`), so no list borrow is held across one.

use crate::object::exc::{PyErr, PyResult, INDEX_ERROR};
use crate::object::value::Value;
use crate::types::list::List;

fn get(l: &List, i: usize) -> Value {
    l.items.borrow()[i].clone()
}

fn set(l: &List, i: usize, v: Value) {
    crate::types::list::note_insert(l, &v);
    let old = std::mem::replace(&mut l.items.borrow_mut()[i], v);
    drop(old);
}

fn lt(a: &Value, b: &Value) -> PyResult<bool> {
    crate::ops::lt(a, b)
}

fn siftdown(heap: &List, start: usize, mut pos: usize) -> PyResult<()> {
    let newitem = get(heap, pos);
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let parent = get(heap, parentpos);
        if lt(&newitem, &parent)? {
            set(heap, pos, parent);
            pos = parentpos;
            continue;
        }
        break;
    }
    set(heap, pos, newitem);
    Ok(())
}

fn siftup(heap: &List, mut pos: usize) -> PyResult<()> {
    let end = heap.len();
    let start = pos;
    let newitem = get(heap, pos);
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end && !lt(&get(heap, child), &get(heap, right))? {
            child = right;
        }
        set(heap, pos, get(heap, child));
        pos = child;
        child = 2 * pos + 1;
    }
    set(heap, pos, newitem);
    siftdown(heap, start, pos)
}

fn heap_arg(fname: &str, v: &Value) -> PyResult<List> {
    match v {
        Value::List(l) => Ok(l.clone()),
        other => Err(PyErr::type_error(format!("{fname}() argument 1 must be list, not {}", other.type_name()))),
    }
}

fn sorted(items: Vec<Value>, key: &Value, reverse: bool) -> PyResult<Vec<Value>> {
    let l = Value::List(crate::types::list::from_vec(items));
    crate::ops::methods::call(&l, "sort", vec![key.clone(), Value::Bool(reverse)], &["key", "reverse"])?;
    let Value::List(l) = l else { unreachable!() };
    Ok(l.to_vec())
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let short = crate::stdlib::short_name(name);
    let n = args.len() - kw.len();
    let kwarg = |k: &str| kw.iter().position(|x| *x == k).map(|i| args[n + i].clone());
    match short {
        "nlargest" | "nsmallest" | "merge" => {}
        _ => crate::stdlib::no_kwargs(name, kw)?,
    }
    let arity = |lo: usize, hi: usize| crate::builtins::arity(short, &args[..n], lo, hi);
    match short {
        "heappush" => {
            arity(2, 2)?;
            let h = heap_arg(short, &args[0])?;
            crate::types::list::append(&h, args[1].clone());
            siftdown(&h, 0, h.len() - 1)?;
            Ok(Value::None)
        }
        "heappop" => {
            arity(1, 1)?;
            let h = heap_arg(short, &args[0])?;
            let last = h.items.borrow_mut().pop().ok_or_else(|| PyErr::new(&INDEX_ERROR, "index out of range"))?;
            if h.is_empty() {
                return Ok(last);
            }
            let top = get(&h, 0);
            set(&h, 0, last);
            siftup(&h, 0)?;
            Ok(top)
        }
        "heapreplace" => {
            arity(2, 2)?;
            let h = heap_arg(short, &args[0])?;
            if h.is_empty() {
                return Err(PyErr::new(&INDEX_ERROR, "index out of range"));
            }
            let top = get(&h, 0);
            set(&h, 0, args[1].clone());
            siftup(&h, 0)?;
            Ok(top)
        }
        "heappushpop" => {
            arity(2, 2)?;
            let h = heap_arg(short, &args[0])?;
            if h.is_empty() || !lt(&get(&h, 0), &args[1])? {
                return Ok(args[1].clone());
            }
            let top = get(&h, 0);
            set(&h, 0, args[1].clone());
            siftup(&h, 0)?;
            Ok(top)
        }
        "heapify" => {
            arity(1, 1)?;
            let h = heap_arg(short, &args[0])?;
            for i in (0..h.len() / 2).rev() {
                siftup(&h, i)?;
            }
            Ok(Value::None)
        }
        "nlargest" | "nsmallest" => {
            arity(2, 2)?;
            let k = args[0].to_int()?.to_index()?;
            let key = kwarg("key").unwrap_or(Value::None);
            let items = crate::types::iter::collect(&args[1])?;
            let mut out = sorted(items, &key, short == "nlargest")?;
            out.truncate(k.max(0) as usize);
            Ok(Value::List(crate::types::list::from_vec(out)))
        }
        _ => {
            // merge(*iterables, key=None, reverse=False): ties go to the
            // earlier iterable, as CPython's heap of (value, order) entries does.
            let key = kwarg("key").unwrap_or(Value::None);
            let reverse = kwarg("reverse").is_some_and(|r| r.truthy());
            let mut runs: Vec<std::collections::VecDeque<(Value, Value)>> = Vec::new();
            for it in &args[..n] {
                let mut run = std::collections::VecDeque::new();
                for v in crate::types::iter::collect(it)? {
                    let k =
                        if key.is_none() { v.clone() } else { crate::types::func::call(&key, vec![v.clone()], &[])? };
                    run.push_back((k, v));
                }
                runs.push(run);
            }
            let mut out = Vec::new();
            loop {
                let mut best: Option<usize> = None;
                for (i, r) in runs.iter().enumerate() {
                    let Some((k, _)) = r.front() else { continue };
                    best = match best {
                        None => Some(i),
                        Some(b) => {
                            let bk = &runs[b].front().unwrap().0;
                            let better = if reverse { lt(bk, k)? } else { lt(k, bk)? };
                            Some(if better { i } else { b })
                        }
                    };
                }
                match best {
                    Some(b) => out.push(runs[b].pop_front().unwrap().1),
                    None => break,
                }
            }
            Ok(crate::types::iter::native("generator", {
                let mut it = out.into_iter();
                move || Ok(it.next())
            }))
        }
    }
}
