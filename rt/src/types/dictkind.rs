//! `collections.Counter`, `defaultdict` and `OrderedDict`: dicts with a
//! [`Kind`], so every dict operation works on them unchanged and only what
//! differs lives here: a missing key (`defaultdict` calls its factory,
//! `Counter` reads 0), the repr, the constructors, the extra methods, the
//! `Counter` operators and `OrderedDict`'s order-sensitive equality.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::exc::{PyErr, PyResult, KEY_ERROR};
pub use crate::object::layout::dict::{type_name, Kind};
use crate::object::value::Value;
use crate::types::dict::{Dict, DictObj};

pub static TYPE_COUNTER: crate::object::exc::TypeObj =
    crate::object::exc::TypeObj { name: "collections.Counter", base: Some(&crate::object::exc::TYPE_DICT) };
pub static TYPE_DEFAULTDICT: crate::object::exc::TypeObj =
    crate::object::exc::TypeObj { name: "collections.defaultdict", base: Some(&crate::object::exc::TYPE_DICT) };
pub static TYPE_ORDEREDDICT: crate::object::exc::TypeObj =
    crate::object::exc::TypeObj { name: "collections.OrderedDict", base: Some(&crate::object::exc::TYPE_DICT) };

pub fn type_obj(k: Kind) -> &'static crate::object::exc::TypeObj {
    match k {
        Kind::Plain => &crate::object::exc::TYPE_DICT,
        Kind::Counter => &TYPE_COUNTER,
        Kind::Default => &TYPE_DEFAULTDICT,
        Kind::Ordered => &TYPE_ORDEREDDICT,
    }
}

/// The empty dict `T.fromkeys(...)` fills, for `dict` and its
/// `collections` kinds (`Counter.fromkeys` is an error, as in CPython).
pub fn fromkeys_target(t: &crate::object::exc::TypeObj) -> Option<PyResult<Dict>> {
    Some(match t.name {
        "dict" => Ok(crate::types::dict::new()),
        "collections.OrderedDict" => Ok(make(Kind::Ordered, Value::None)),
        "collections.defaultdict" => Ok(make(Kind::Default, Value::None)),
        "collections.Counter" => Err(PyErr::new(
            &crate::object::exc::NOT_IMPLEMENTED_ERROR,
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
        )),
        _ => return None,
    })
}

fn make(kind: Kind, factory: Value) -> Dict {
    crate::object::gc::tracked(Rc::new(DictObj { kind, factory: RefCell::new(factory), ..Default::default() }))
}

/// A new, empty dict of the same kind (and factory) as `d`.
pub fn like(d: &DictObj) -> Dict {
    make(d.kind, d.factory.borrow().clone())
}

/// The value of a missing key: `defaultdict` calls its factory and stores
/// the result, `Counter` gives 0; other dicts raise KeyError.
pub fn missing(d: &Dict, k: &Value) -> PyResult<Value> {
    match d.kind {
        Kind::Counter => Ok(Value::Int(0)),
        Kind::Default => {
            let f = d.factory.borrow().clone();
            if matches!(f, Value::None) {
                return Err(crate::types::dict::key_error(k));
            }
            let v = crate::types::func::call(&f, Vec::new(), &[])?;
            crate::types::dict::setitem(d, k.clone(), v.clone())?;
            Ok(v)
        }
        _ => Err(crate::types::dict::key_error(k)),
    }
}

fn count_of(d: &Dict, k: &Value) -> PyResult<Value> {
    Ok(crate::types::dict::get_opt(d, k)?.unwrap_or(Value::Int(0)))
}

/// `Counter.update`/`subtract` (and the constructor): counts from an
/// iterable, or from a mapping's values (added or subtracted).
fn add_counts(d: &Dict, src: &Value, sign: i64) -> PyResult<()> {
    let op = if sign > 0 { crate::object::op::BinOp::Add } else { crate::object::op::BinOp::Sub };
    if let Value::Dict(m) = src {
        if sign > 0 && d.is_empty() {
            // CPython's fast path: an empty Counter takes a mapping as is.
            return crate::types::dict::update(d, m);
        }
        for (k, v) in m.items_vec() {
            let cur = count_of(d, &k)?;
            crate::types::dict::setitem(d, k, crate::object::protocol::binary(op, &cur, &v)?)?;
        }
        return Ok(());
    }
    for k in crate::types::iter::collect(src)? {
        let cur = count_of(d, &k)?;
        crate::types::dict::setitem(d, k, crate::object::protocol::binary(op, &cur, &Value::Int(1))?)?;
    }
    Ok(())
}

/// `Counter(**kwds)`, `update(**kwds)`: the keywords are a mapping of counts.
fn add_keywords(d: &Dict, kws: &[(&str, &Value)], sign: i64) -> PyResult<()> {
    if kws.is_empty() {
        return Ok(());
    }
    let m = crate::types::dict::new();
    for (k, v) in kws {
        crate::types::dict::setitem(&m, Value::from_str(k), (*v).clone())?;
    }
    add_counts(d, &Value::Dict(m), sign)
}

/// Splits a call's arguments into positional ones and keyword pairs.
fn split<'a>(args: &'a [Value], kw: &'a [&'a str]) -> (&'a [Value], Vec<(&'a str, &'a Value)>) {
    let n = args.len() - kw.len();
    (&args[..n], kw.iter().copied().zip(&args[n..]).collect())
}

fn init_from(d: &Dict, name: &str, pos: &[Value], kws: &[(&str, &Value)]) -> PyResult<()> {
    if pos.len() > 1 {
        return Err(PyErr::type_error(format!("{name} expected at most 1 argument, got {}", pos.len())));
    }
    if let Some(src) = pos.first() {
        let other = crate::types::dict::from_iterable(src)?;
        crate::types::dict::update(d, &other)?;
    }
    for (k, v) in kws {
        crate::types::dict::setitem(d, Value::from_str(k), (*v).clone())?;
    }
    Ok(())
}

/// `Counter(...)`, `defaultdict(...)`, `OrderedDict(...)`.
pub fn construct(name: &str, args: &[Value], kw: &[&str]) -> PyResult<Value> {
    let (pos, kws) = split(args, kw);
    match name {
        "collections.Counter" => {
            if pos.len() > 1 {
                return Err(PyErr::type_error(format!("expected at most 1 argument, got {}", pos.len())));
            }
            let d = make(Kind::Counter, Value::None);
            if let Some(src) = pos.first().filter(|v| !matches!(v, Value::None)) {
                add_counts(&d, src, 1)?;
            }
            add_keywords(&d, &kws, 1)?;
            Ok(Value::Dict(d))
        }
        "collections.defaultdict" => {
            let factory = pos.first().cloned().unwrap_or(Value::None);
            if !matches!(factory, Value::None) && !crate::types::func::callable(&factory) {
                return Err(PyErr::type_error("first argument must be callable or None"));
            }
            let d = make(Kind::Default, factory);
            init_from(&d, "defaultdict", pos.get(1..).unwrap_or(&[]), &kws)?;
            Ok(Value::Dict(d))
        }
        _ => {
            let d = make(Kind::Ordered, Value::None);
            init_from(&d, "OrderedDict", pos, &kws)?;
            Ok(Value::Dict(d))
        }
    }
}

/// The `n` items with the highest counts, ties in insertion order, chosen
/// while walking the live dict (as `heapq.nlargest` does: a count
/// comparison that resizes the Counter stops the walk with RuntimeError).
fn top_counts(d: &Dict, n: usize) -> PyResult<Vec<Value>> {
    // A min-heap of ((count, -position), item): the weakest kept item on top.
    let mut heap: Vec<(Value, Value)> = Vec::with_capacity(n);
    let lt = |a: &(Value, Value), b: &(Value, Value)| crate::object::protocol::lt(&a.0, &b.0);
    let sift_up = |heap: &mut Vec<(Value, Value)>, mut i: usize| -> PyResult<()> {
        while i > 0 {
            let parent = (i - 1) / 2;
            if !lt(&heap[i], &heap[parent])? {
                break;
            }
            heap.swap(i, parent);
            i = parent;
        }
        Ok(())
    };
    let sift_down = |heap: &mut Vec<(Value, Value)>, mut i: usize| -> PyResult<()> {
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut least = i;
            if l < heap.len() && lt(&heap[l], &heap[least])? {
                least = l;
            }
            if r < heap.len() && lt(&heap[r], &heap[least])? {
                least = r;
            }
            if least == i {
                return Ok(());
            }
            heap.swap(i, least);
            i = least;
        }
    };
    let it = crate::types::iter::dict_items(d);
    let mut order = 0i64;
    while let Some(item) = crate::types::iter::next(&it)? {
        let Value::Tuple(t) = &item else { unreachable!("dict items are pairs") };
        let key = Value::Tuple(crate::types::tuple::new(vec![t.items()[1].clone(), Value::Int(order)]));
        order -= 1;
        if heap.len() < n {
            heap.push((key, item));
            let last = heap.len() - 1;
            sift_up(&mut heap, last)?;
        } else if crate::object::protocol::lt(&heap[0].0, &key)? {
            heap[0] = (key, item);
            sift_down(&mut heap, 0)?;
        }
    }
    let mut out = Vec::with_capacity(heap.len());
    while !heap.is_empty() {
        let last = heap.len() - 1;
        heap.swap(0, last);
        out.push(heap.pop().expect("not empty").1);
        sift_down(&mut heap, 0)?;
    }
    out.reverse();
    Ok(out)
}

/// `Counter.most_common()`'s order: by count, highest first, ties in
/// insertion order.
fn by_count(d: &Dict) -> PyResult<Vec<(Value, Value)>> {
    let mut items = d.items_vec();
    let mut err = None;
    // A stable sort, as CPython's `sorted(..., reverse=True)` is.
    items.sort_by(|a, b| match crate::object::protocol::lt(&b.1, &a.1) {
        Ok(true) => std::cmp::Ordering::Less,
        Ok(false) => match crate::object::protocol::lt(&a.1, &b.1) {
            Ok(true) => std::cmp::Ordering::Greater,
            Ok(false) => std::cmp::Ordering::Equal,
            Err(e) => {
                err.get_or_insert(e);
                std::cmp::Ordering::Equal
            }
        },
        Err(e) => {
            err.get_or_insert(e);
            std::cmp::Ordering::Equal
        }
    });
    match err {
        Some(e) => Err(e),
        None => Ok(items),
    }
}

pub fn repr(v: &Value, d: &Dict, out: &mut String) {
    let items = |out: &mut String, pairs: &[(Value, Value)]| {
        out.push('{');
        for (i, (k, x)) in pairs.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            crate::object::protocol::write_repr(k, out);
            out.push_str(": ");
            crate::object::protocol::write_repr(x, out);
        }
        out.push('}');
    };
    match d.kind {
        Kind::Counter if d.is_empty() => out.push_str("Counter()"),
        Kind::Counter => {
            out.push_str("Counter(");
            let pairs = by_count(d).unwrap_or_else(|_| d.items_vec());
            items(out, &pairs);
            out.push(')');
        }
        Kind::Ordered if d.is_empty() => out.push_str("OrderedDict()"),
        Kind::Ordered => {
            out.push_str("OrderedDict([");
            for (i, (k, x)) in d.items_vec().iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push('(');
                crate::object::protocol::write_repr(k, out);
                out.push_str(", ");
                crate::object::protocol::write_repr(x, out);
                out.push(')');
            }
            out.push_str("])");
        }
        Kind::Default => {
            out.push_str("defaultdict(");
            crate::object::protocol::write_repr(&d.factory.borrow(), out);
            out.push_str(", ");
            items(out, &d.items_vec());
            out.push(')');
        }
        Kind::Plain => {
            let _ = v;
            items(out, &d.items_vec());
        }
    }
}

fn argc(name: &str, args: &[Value], lo: usize, hi: usize) -> PyResult<()> {
    crate::types::args::arity(name, args, lo, hi)
}

/// The methods only these kinds have (`None`: not one of them).
pub fn method(d: &Dict, name: &str, args: &[Value], kw: &[(&str, Value)]) -> Option<PyResult<Value>> {
    let kws: Vec<(&str, &Value)> = kw.iter().map(|(k, v)| (*k, v)).collect();
    Some(match (d.kind, name) {
        (Kind::Counter, "most_common") => (|| {
            argc("most_common", args, 0, 1)?;
            let pairs = |items: Vec<(Value, Value)>| {
                Value::List(crate::types::list::from_vec(
                    items.into_iter().map(|(k, v)| Value::Tuple(crate::types::tuple::new(vec![k, v]))).collect(),
                ))
            };
            let Some(n) = args.first().filter(|n| !matches!(n, Value::None)) else {
                return Ok(pairs(by_count(d)?));
            };
            // A count past any size keeps them all (`heapq.nlargest`'s slice).
            let n = n.to_int()?;
            let keep = if n.is_negative() { 0 } else { n.to_index().map_or(usize::MAX, |n| n as usize) };
            if keep == 0 {
                return Ok(pairs(Vec::new()));
            }
            if keep < d.len() {
                return Ok(Value::List(crate::types::list::from_vec(top_counts(d, keep)?)));
            }
            Ok(pairs(by_count(d)?))
        })(),
        (Kind::Counter, "elements") => (|| {
            argc("elements", args, 0, 0)?;
            let mut out = Vec::new();
            for (k, v) in d.items_vec() {
                let n = v.to_int()?.to_index()?;
                for _ in 0..n.max(0) {
                    out.push(k.clone());
                }
            }
            Ok(crate::types::iter::native("itertools.chain", {
                let mut it = out.into_iter();
                move || Ok(it.next())
            }))
        })(),
        (Kind::Counter, "update" | "subtract") => (|| {
            if args.len() > 1 {
                return Err(PyErr::type_error(format!(
                    "Counter.{name}() takes from 1 to 2 positional arguments but {} were given",
                    args.len() + 1
                )));
            }
            let sign = if name == "update" { 1 } else { -1 };
            if let Some(src) = args.first().filter(|v| !matches!(v, Value::None)) {
                add_counts(d, src, sign)?;
            }
            add_keywords(d, &kws, sign)?;
            Ok(Value::None)
        })(),
        (Kind::Counter, "total") => (|| {
            argc("total", args, 0, 0)?;
            let mut t = Value::Int(0);
            for v in d.values_vec() {
                t = crate::object::protocol::binary(crate::object::op::BinOp::Add, &t, &v)?;
            }
            Ok(t)
        })(),
        (Kind::Ordered, "move_to_end") => (|| {
            argc("move_to_end", args, 1, 2)?;
            let last =
                args.get(1).or(kws.iter().find(|(k, _)| *k == "last").map(|(_, v)| *v)).is_none_or(|v| v.truthy());
            let key = crate::object::dicttable::Key::new(args[0].clone())?;
            let Some(i) = crate::types::dict::find(d, &key)? else {
                return Err(crate::types::dict::key_error(&args[0]));
            };
            d.table.borrow_mut().move_entry(i, last);
            Ok(Value::None)
        })(),
        (Kind::Ordered, "popitem") => (|| {
            argc("popitem", args, 0, 1)?;
            let last =
                args.first().or(kws.iter().find(|(k, _)| *k == "last").map(|(_, v)| *v)).is_none_or(|v| v.truthy());
            let item = if last {
                d.table.borrow_mut().pop_last()
            } else {
                let first = d.table.borrow().first();
                first.map(|i| d.table.borrow_mut().remove(i))
            };
            match item {
                Some(e) => Ok(Value::Tuple(crate::types::tuple::new(vec![e.key.value, e.value]))),
                None => Err(PyErr::new(&KEY_ERROR, "dictionary is empty")),
            }
        })(),
        (Kind::Default, "__missing__") => (|| {
            argc("__missing__", args, 1, 1)?;
            missing(d, &args[0])
        })(),
        (Kind::Counter | Kind::Default | Kind::Ordered, "copy") => (|| {
            argc("copy", args, 0, 0)?;
            let c = like(d);
            crate::types::dict::update(&c, d)?;
            Ok(Value::Dict(c))
        })(),
        _ => return None,
    })
}

/// `d.default_factory`.
pub fn attr(d: &Dict, name: &str) -> Option<Value> {
    match (d.kind, name) {
        (Kind::Default, "default_factory") => Some(d.factory.borrow().clone()),
        _ => None,
    }
}

/// `a == b` where either is an `OrderedDict` or a `Counter` (`None`: plain dict equality applies).
/// `<`, `<=`, `>`, `>=` of two Counters: inclusion of multisets, every
/// element's count compared (a missing one counting 0); the strict forms
/// also need the counters to differ.
pub fn counter_compare(op: crate::object::op::CmpOp, a: &Dict, b: &Dict) -> PyResult<bool> {
    use crate::object::op::CmpOp;
    let (x, y, weak) = match op {
        CmpOp::Le | CmpOp::Lt => (a, b, CmpOp::Le),
        CmpOp::Ge | CmpOp::Gt => (a, b, CmpOp::Ge),
    };
    for c in [x, y] {
        for k in c.keys_vec() {
            if !crate::object::protocol::compare(weak, &count_of(x, &k)?, &count_of(y, &k)?)? {
                return Ok(false);
            }
        }
    }
    if matches!(op, CmpOp::Lt | CmpOp::Gt) {
        return Ok(!eq(a, b).expect("two Counters")?);
    }
    Ok(true)
}

pub fn eq(a: &Dict, b: &Dict) -> Option<PyResult<bool>> {
    match (a.kind, b.kind) {
        (Kind::Ordered, Kind::Ordered) => Some((|| {
            let (x, y) = (a.items_vec(), b.items_vec());
            if x.len() != y.len() {
                return Ok(false);
            }
            for ((k1, v1), (k2, v2)) in x.iter().zip(&y) {
                if !crate::object::protocol::eq(k1, k2)? || !crate::object::protocol::eq(v1, v2)? {
                    return Ok(false);
                }
            }
            Ok(true)
        })()),
        // Counters: equal counts for every element, a missing one counting 0.
        (Kind::Counter, Kind::Counter) => Some((|| {
            for (c, other) in [(a, b), (b, a)] {
                for (k, v) in c.items_vec() {
                    if !crate::object::protocol::eq(&v, &count_of(other, &k)?)? {
                        return Ok(false);
                    }
                }
            }
            Ok(true)
        })()),
        _ => None,
    }
}

/// The `Counter` operators (`+`, `-`, `&`, `|` between Counters; `None`
/// when `op` is not one of them here). Each runs the comparisons
/// `collections.Counter` documents, in its order, so a count that does not
/// compare fails with the same message.
pub fn counter_binary(op: crate::object::op::BinOp, a: &Dict, b: &Dict) -> Option<PyResult<Value>> {
    use crate::object::{
        op::BinOp,
        protocol::{gt, lt},
    };
    if a.kind != Kind::Counter
        || b.kind != Kind::Counter
        || !matches!(op, BinOp::Add | BinOp::Sub | BinOp::And | BinOp::Or)
    {
        return None;
    }
    Some((|| {
        let out = make(Kind::Counter, Value::None);
        let zero = Value::Int(0);
        for (k, count) in a.items_vec() {
            let other = count_of(b, &k)?;
            let new = match op {
                BinOp::Add | BinOp::Sub => crate::object::protocol::binary(op, &count, &other)?,
                BinOp::Or => {
                    if lt(&count, &other)? {
                        other
                    } else {
                        count
                    }
                }
                _ => {
                    if lt(&count, &other)? {
                        count
                    } else {
                        other
                    }
                }
            };
            if gt(&new, &zero)? {
                crate::types::dict::setitem(&out, k, new)?;
            }
        }
        if op != BinOp::And {
            for (k, count) in b.items_vec() {
                if crate::types::dict::contains(a, &k)? {
                    continue;
                }
                if op == BinOp::Sub {
                    if lt(&count, &zero)? {
                        crate::types::dict::setitem(
                            &out,
                            k,
                            crate::object::protocol::binary(BinOp::Sub, &zero, &count)?,
                        )?;
                    }
                } else if gt(&count, &zero)? {
                    crate::types::dict::setitem(&out, k, count)?;
                }
            }
        }
        Ok(Value::Dict(out))
    })())
}

/// `c += d`, `-=`, `|=`, `&=` between Counters: `c` updated in place, then
/// only its positive counts kept.
/// The right operand may be any mapping: `+=`, `-=`, `|=` read its
/// `items()`, `&=` subscripts it.
pub fn counter_inplace(op: crate::object::op::BinOp, c: &Dict, other: &Value) -> Option<PyResult<()>> {
    use crate::object::{
        op::BinOp,
        protocol::{gt, lt},
    };
    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::And | BinOp::Or) {
        return None;
    }
    let items = || -> PyResult<Vec<(Value, Value)>> {
        if let Value::Dict(d) = other {
            return Ok(d.items_vec());
        }
        let pairs = crate::object::protocol::call_method(other, "items", Vec::new(), &[])?;
        crate::types::iter::collect(&pairs)?
            .into_iter()
            .map(|p| {
                let kv = crate::types::iter::collect(&p)?;
                match <[Value; 2]>::try_from(kv) {
                    Ok([k, v]) => Ok((k, v)),
                    Err(_) => {
                        Err(PyErr::new(&crate::object::exc::VALUE_ERROR, "too many values to unpack (expected 2)"))
                    }
                }
            })
            .collect()
    };
    Some((|| {
        match op {
            BinOp::Add | BinOp::Sub => {
                for (k, count) in items()? {
                    let cur = count_of(c, &k)?;
                    crate::types::dict::setitem(c, k, crate::object::protocol::binary(op, &cur, &count)?)?;
                }
            }
            BinOp::Or => {
                for (k, other_count) in items()? {
                    if gt(&other_count, &count_of(c, &k)?)? {
                        crate::types::dict::setitem(c, k, other_count)?;
                    }
                }
            }
            _ => {
                for (k, count) in c.items_vec() {
                    let other_count = crate::object::protocol::getitem(other, &k)?;
                    if lt(&other_count, &count)? {
                        crate::types::dict::setitem(c, k, other_count)?;
                    }
                }
            }
        }
        let mut drop_keys = Vec::new();
        for (k, count) in c.items_vec() {
            if !gt(&count, &Value::Int(0))? {
                drop_keys.push(k);
            }
        }
        for k in drop_keys {
            crate::types::dict::delitem(c, &k)?;
        }
        Ok(())
    })())
}

/// `+c` / `-c` on a Counter: the positive (or negated negative) counts.
pub fn counter_unary(d: &Dict, negate: bool) -> PyResult<Value> {
    let out = make(Kind::Counter, Value::None);
    let zero = Value::Int(0);
    for (k, v) in d.items_vec() {
        if negate {
            if crate::object::protocol::lt(&v, &zero)? {
                crate::types::dict::setitem(
                    &out,
                    k,
                    crate::object::protocol::binary(crate::object::op::BinOp::Sub, &zero, &v)?,
                )?;
            }
        } else if crate::object::protocol::gt(&v, &zero)? {
            crate::types::dict::setitem(&out, k, v)?;
        }
    }
    Ok(Value::Dict(out))
}

/// The method names of each kind (for `getattr`/`hasattr`).
pub fn has_method(k: Kind, name: &str) -> bool {
    match k {
        Kind::Counter => matches!(name, "most_common" | "elements" | "update" | "subtract" | "total" | "copy"),
        Kind::Ordered => matches!(name, "move_to_end" | "popitem" | "copy"),
        Kind::Default => matches!(name, "__missing__" | "copy"),
        Kind::Plain => false,
    }
}
