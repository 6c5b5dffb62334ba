//! `collections.Counter`, `defaultdict` and `OrderedDict`: dicts with a
//! [`Kind`], so every dict operation works on them unchanged and only what
//! differs lives here: a missing key (`defaultdict` calls its factory,
//! `Counter` reads 0), the repr, the constructors, the extra methods, the
//! `Counter` operators and `OrderedDict`'s order-sensitive equality.

use std::cell::RefCell;
use std::rc::Rc;

use crate::dict::{Dict, DictObj};
use crate::exc::{PyErr, PyResult, KEY_ERROR};
use crate::value::Value;

/// What kind of dict a `DictObj` is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Kind {
    #[default]
    Plain,
    Counter,
    /// A `defaultdict`; its factory is `DictObj::factory`.
    Default,
    Ordered,
}

pub static TYPE_COUNTER: crate::exc::TypeObj = crate::exc::TypeObj { name: "collections.Counter", base: Some(&crate::exc::TYPE_DICT) };
pub static TYPE_DEFAULTDICT: crate::exc::TypeObj =
    crate::exc::TypeObj { name: "collections.defaultdict", base: Some(&crate::exc::TYPE_DICT) };
pub static TYPE_ORDEREDDICT: crate::exc::TypeObj =
    crate::exc::TypeObj { name: "collections.OrderedDict", base: Some(&crate::exc::TYPE_DICT) };

pub fn type_obj(k: Kind) -> &'static crate::exc::TypeObj {
    match k {
        Kind::Plain => &crate::exc::TYPE_DICT,
        Kind::Counter => &TYPE_COUNTER,
        Kind::Default => &TYPE_DEFAULTDICT,
        Kind::Ordered => &TYPE_ORDEREDDICT,
    }
}

/// The name error messages use (CPython's `tp_name`: `Counter` is a
/// Python class, the other two are C types named with their module).
pub fn type_name(k: Kind) -> &'static str {
    match k {
        Kind::Plain => "dict",
        Kind::Counter => "Counter",
        Kind::Default => "collections.defaultdict",
        Kind::Ordered => "collections.OrderedDict",
    }
}

fn make(kind: Kind, factory: Value) -> Dict {
    Rc::new(DictObj { kind, factory: RefCell::new(factory), ..Default::default() })
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
                return Err(crate::dict::key_error(k));
            }
            let v = crate::func::call(&f, Vec::new(), &[])?;
            crate::dict::setitem(d, k.clone(), v.clone())?;
            Ok(v)
        }
        _ => Err(crate::dict::key_error(k)),
    }
}

fn count_of(d: &Dict, k: &Value) -> PyResult<Value> {
    Ok(crate::dict::get_opt(d, k)?.unwrap_or(Value::Int(0)))
}

/// `Counter.update`/`subtract` (and the constructor): counts from an
/// iterable, or from a mapping's values (added or subtracted).
fn add_counts(d: &Dict, src: &Value, sign: i64) -> PyResult<()> {
    let op = if sign > 0 { crate::ops::BinOp::Add } else { crate::ops::BinOp::Sub };
    if let Value::Dict(m) = src {
        if sign > 0 && d.is_empty() && m.kind != Kind::Counter {
            // CPython's fast path: an empty Counter takes a mapping as is.
            return crate::dict::update(d, m);
        }
        for (k, v) in m.items_vec() {
            let cur = count_of(d, &k)?;
            crate::dict::setitem(d, k, crate::ops::binary(op, &cur, &v)?)?;
        }
        return Ok(());
    }
    for k in crate::iter::collect(src)? {
        let cur = count_of(d, &k)?;
        crate::dict::setitem(d, k, crate::ops::binary(op, &cur, &Value::Int(1))?)?;
    }
    Ok(())
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
        let other = crate::builtins::to_dict(src)?;
        crate::dict::update(d, &other)?;
    }
    for (k, v) in kws {
        crate::dict::setitem(d, Value::from_str(k), (*v).clone())?;
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
            if let Some(src) = pos.first() {
                add_counts(&d, src, 1)?;
            }
            for (k, v) in kws {
                let cur = count_of(&d, &Value::from_str(k))?;
                crate::dict::setitem(&d, Value::from_str(k), crate::ops::binary(crate::ops::BinOp::Add, &cur, v)?)?;
            }
            Ok(Value::Dict(d))
        }
        "collections.defaultdict" => {
            let factory = pos.first().cloned().unwrap_or(Value::None);
            if !matches!(factory, Value::None) && !crate::builtins::callable(&factory) {
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

/// `Counter.most_common()`'s order: by count, highest first, ties in
/// insertion order.
fn by_count(d: &Dict) -> PyResult<Vec<(Value, Value)>> {
    let mut items = d.items_vec();
    let mut err = None;
    // A stable sort, as CPython's `sorted(..., reverse=True)` is.
    items.sort_by(|a, b| match crate::ops::lt(&b.1, &a.1) {
        Ok(true) => std::cmp::Ordering::Less,
        Ok(false) => match crate::ops::lt(&a.1, &b.1) {
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
            crate::repr::write_repr(k, out);
            out.push_str(": ");
            crate::repr::write_repr(x, out);
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
                crate::repr::write_repr(k, out);
                out.push_str(", ");
                crate::repr::write_repr(x, out);
                out.push(')');
            }
            out.push_str("])");
        }
        Kind::Default => {
            out.push_str("defaultdict(");
            crate::repr::write_repr(&d.factory.borrow(), out);
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
    crate::builtins::arity(name, args, lo, hi)
}

/// The methods only these kinds have (`None`: not one of them).
pub fn method(d: &Dict, name: &str, args: &[Value], kw: &[(&str, Value)]) -> Option<PyResult<Value>> {
    let kws: Vec<(&str, &Value)> = kw.iter().map(|(k, v)| (*k, v)).collect();
    Some(match (d.kind, name) {
        (Kind::Counter, "most_common") => (|| {
            argc("most_common", args, 0, 1)?;
            let mut items = by_count(d)?;
            if let Some(n) = args.first().filter(|n| !matches!(n, Value::None)) {
                let n = n.to_int()?.to_index()?.max(0) as usize;
                items.truncate(n);
            }
            Ok(Value::List(crate::list::from_vec(
                items.into_iter().map(|(k, v)| Value::Tuple(crate::tuple::new(vec![k, v]))).collect(),
            )))
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
            Ok(crate::iter::native("itertools.chain", {
                let mut it = out.into_iter();
                move || Ok(it.next())
            }))
        })(),
        (Kind::Counter, "update" | "subtract") => (|| {
            argc(name, args, 0, 1)?;
            let sign = if name == "update" { 1 } else { -1 };
            if let Some(src) = args.first() {
                add_counts(d, src, sign)?;
            }
            for (k, v) in &kws {
                let key = Value::from_str(k);
                let cur = count_of(d, &key)?;
                let op = if sign > 0 { crate::ops::BinOp::Add } else { crate::ops::BinOp::Sub };
                crate::dict::setitem(d, key, crate::ops::binary(op, &cur, v)?)?;
            }
            Ok(Value::None)
        })(),
        (Kind::Counter, "total") => (|| {
            argc("total", args, 0, 0)?;
            let mut t = Value::Int(0);
            for v in d.values_vec() {
                t = crate::ops::binary(crate::ops::BinOp::Add, &t, &v)?;
            }
            Ok(t)
        })(),
        (Kind::Ordered, "move_to_end") => (|| {
            argc("move_to_end", args, 1, 2)?;
            let last = args.get(1).or(kws.iter().find(|(k, _)| *k == "last").map(|(_, v)| *v)).is_none_or(|v| v.truthy());
            let key = crate::hash::Key::new(args[0].clone())?;
            let mut map = d.map.borrow_mut();
            let Some(i) = map.get_index_of(&key) else {
                drop(map);
                return Err(crate::dict::key_error(&args[0]));
            };
            let to = if last { map.len() - 1 } else { 0 };
            map.move_index(i, to);
            Ok(Value::None)
        })(),
        (Kind::Ordered, "popitem") => (|| {
            argc("popitem", args, 0, 1)?;
            let last = args.first().or(kws.iter().find(|(k, _)| *k == "last").map(|(_, v)| *v)).is_none_or(|v| v.truthy());
            let item = if last { d.map.borrow_mut().pop() } else { d.map.borrow_mut().shift_remove_index(0) };
            match item {
                Some((k, v)) => Ok(Value::Tuple(crate::tuple::new(vec![k.value, v]))),
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
            crate::dict::update(&c, d)?;
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
pub fn eq(a: &Dict, b: &Dict) -> Option<PyResult<bool>> {
    match (a.kind, b.kind) {
        (Kind::Ordered, Kind::Ordered) => Some((|| {
            let (x, y) = (a.items_vec(), b.items_vec());
            if x.len() != y.len() {
                return Ok(false);
            }
            for ((k1, v1), (k2, v2)) in x.iter().zip(&y) {
                if !crate::ops::eq(k1, k2)? || !crate::ops::eq(v1, v2)? {
                    return Ok(false);
                }
            }
            Ok(true)
        })()),
        // Counters: equal counts for every element, a missing one counting 0.
        (Kind::Counter, Kind::Counter) => Some((|| {
            for (c, other) in [(a, b), (b, a)] {
                for (k, v) in c.items_vec() {
                    if !crate::ops::eq(&v, &count_of(other, &k)?)? {
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
/// when `op` is not one of them here).
pub fn counter_binary(op: crate::ops::BinOp, a: &Dict, b: &Dict) -> Option<PyResult<Value>> {
    use crate::ops::BinOp;
    if a.kind != Kind::Counter || b.kind != Kind::Counter || !matches!(op, BinOp::Add | BinOp::Sub | BinOp::And | BinOp::Or) {
        return None;
    }
    Some((|| {
        let out = make(Kind::Counter, Value::None);
        let positive = |v: &Value| crate::ops::gt(v, &Value::Int(0));
        for (k, x) in a.items_vec() {
            let y = count_of(b, &k)?;
            let r = match op {
                BinOp::Add => crate::ops::binary(BinOp::Add, &x, &y)?,
                BinOp::Sub => crate::ops::binary(BinOp::Sub, &x, &y)?,
                BinOp::And => {
                    if crate::ops::lt(&x, &y)? {
                        x
                    } else {
                        y
                    }
                }
                _ => {
                    if crate::ops::lt(&x, &y)? {
                        y
                    } else {
                        x
                    }
                }
            };
            if positive(&r)? {
                crate::dict::setitem(&out, k, r)?;
            }
        }
        for (k, y) in b.items_vec() {
            if crate::dict::contains(a, &k)? {
                continue;
            }
            let r = match op {
                BinOp::Add | BinOp::Or => y,
                BinOp::Sub => crate::ops::binary(BinOp::Sub, &Value::Int(0), &y)?,
                _ => continue,
            };
            if positive(&r)? {
                crate::dict::setitem(&out, k, r)?;
            }
        }
        Ok(Value::Dict(out))
    })())
}

/// `+c` / `-c` on a Counter: the positive (or negated negative) counts.
pub fn counter_unary(d: &Dict, negate: bool) -> PyResult<Value> {
    let out = make(Kind::Counter, Value::None);
    for (k, v) in d.items_vec() {
        let r = if negate { crate::ops::binary(crate::ops::BinOp::Sub, &Value::Int(0), &v)? } else { v };
        if crate::ops::gt(&r, &Value::Int(0))? {
            crate::dict::setitem(&out, k, r)?;
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
