//! The `functools` module: `reduce`, `partial`, `lru_cache`/`cache`,
//! `wraps`, `cmp_to_key` and `total_ordering`, with CPython's behaviour
//! (cache keys, statistics, eviction order, error messages).

use std::cell::{Cell, RefCell};

use crate::object::exc::{PyErr, PyResult};
use crate::object::op::CmpOp;
use crate::object::value::Value;
use crate::types::dict::Dict;
use crate::types::native::{self, NativeType};

pub fn call(name: &str, mut args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let short = crate::stdlib::short_name(name);
    match name {
        "functools.reduce" => {
            crate::stdlib::no_kwargs(name, kw)?;
            crate::builtins::arity(short, &args, 2, 3)?;
            reduce(&args[0], &args[1], args.get(2).cloned())
        }
        "functools.partial" => {
            if args.is_empty() {
                return Err(PyErr::type_error("type 'partial' takes at least one argument"));
            }
            let kwvals = args.split_off(args.len() - kw.len());
            let mut func = args.remove(0);
            if !crate::types::func::callable(&func) {
                return Err(PyErr::type_error("the first argument must be callable"));
            }
            let mut kws: Vec<(String, Value)> = Vec::new();
            // A partial of a partial flattens, as CPython's does.
            if let Some(p) = native::ext::<Partial>(&func) {
                let mut a = p.args.borrow().clone();
                a.extend(args);
                args = a;
                kws = p.kw.borrow().clone();
                func = p.func.clone();
            }
            for (k, v) in kw.iter().zip(kwvals) {
                set_kw(&mut kws, k, v);
            }
            Ok(native::new_ext(Partial::new(func, args, kws)))
        }
        "functools.lru_cache" => {
            let mut maxsize = Value::Int(128);
            let mut typed = false;
            let kwvals = args.split_off(args.len() - kw.len());
            for (k, v) in kw.iter().zip(kwvals) {
                match *k {
                    "maxsize" => maxsize = v,
                    "typed" => typed = v.truthy(),
                    other => {
                        return Err(PyErr::type_error(format!(
                            "lru_cache() got an unexpected keyword argument '{other}'"
                        )))
                    }
                }
            }
            if args.len() > 2 {
                return Err(PyErr::type_error(format!(
                    "lru_cache() takes from 0 to 2 positional arguments but {} were given",
                    args.len()
                )));
            }
            if let Some(t) = args.get(1) {
                typed = t.truthy();
            }
            if let Some(first) = args.into_iter().next() {
                // `@lru_cache` without parentheses: the function itself.
                if crate::types::func::callable(&first) {
                    return lru_wrap(first, Some(128), typed);
                }
                maxsize = first;
            }
            let maxsize = match maxsize {
                Value::None => None,
                Value::Int(n) => Some(n.max(0) as usize),
                Value::Bool(b) => Some(b as usize),
                _ => return Err(PyErr::type_error("Expected first argument to be an integer, a callable, or None")),
            };
            Ok(native::new_ext(LruDecorator { maxsize, typed }))
        }
        "functools.cache" => {
            crate::stdlib::no_kwargs(name, kw)?;
            crate::builtins::arity(short, &args, 1, 1)?;
            lru_wrap(args.pop().unwrap(), None, false)
        }
        "functools.wraps" => {
            // `assigned` and `updated` are accepted; pyaot copies the defaults.
            match args.len() - kw.len() {
                0 => Err(PyErr::type_error("wraps() missing 1 required positional argument: 'wrapped'")),
                n if n > 3 => {
                    Err(PyErr::type_error(format!("wraps() takes from 1 to 3 positional arguments but {n} were given")))
                }
                _ => Ok(native::new_ext(Wraps(args.swap_remove(0)))),
            }
        }
        "functools.update_wrapper" => {
            // Called by `stdlib/functools.py` with the default attribute lists.
            crate::stdlib::no_kwargs(name, kw)?;
            crate::builtins::arity(short, &args, 2, 2)?;
            update_wrapper(&args[0], &args[1])?;
            Ok(args.swap_remove(0))
        }
        "functools.cmp_to_key" => {
            crate::stdlib::no_kwargs(name, kw)?;
            crate::builtins::arity(short, &args, 1, 1)?;
            Ok(native::new_ext(CmpToKey(args.pop().unwrap())))
        }
        "functools.total_ordering" => {
            crate::stdlib::no_kwargs(name, kw)?;
            crate::builtins::arity(short, &args, 1, 1)?;
            total_ordering(args.pop().unwrap())
        }
        _ => unreachable!("functools has no function {name}"),
    }
}

fn set_kw(kws: &mut Vec<(String, Value)>, k: &str, v: Value) {
    match kws.iter_mut().find(|(n, _)| n == k) {
        Some(slot) => slot.1 = v,
        None => kws.push((k.to_string(), v)),
    }
}

/// `reduce(f, iterable[, initial])`.
pub fn reduce(f: &Value, iterable: &Value, initial: Option<Value>) -> PyResult<Value> {
    let it = crate::types::iter::iter(iterable)
        .map_err(|_| PyErr::type_error("reduce() arg 2 must support iteration".to_string()))?;
    let mut acc = initial;
    while let Some(x) = crate::types::iter::next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(a) => crate::types::func::call(f, vec![a, x], &[])?,
        });
    }
    acc.ok_or_else(|| PyErr::type_error("reduce() of empty iterable with no initial value"))
}

// ---- partial -----------------------------------------------------------------------

pub struct Partial {
    pub func: Value,
    /// The bound arguments; set after the object is made only by
    /// `copy.deepcopy`, which (as CPython's reduction does) puts the new
    /// partial in its memo before copying them.
    pub args: RefCell<Vec<Value>>,
    pub kw: RefCell<Vec<(String, Value)>>,
}

impl Partial {
    pub fn new(func: Value, args: Vec<Value>, kw: Vec<(String, Value)>) -> Partial {
        Partial { func, args: RefCell::new(args), kw: RefCell::new(kw) }
    }
}

impl NativeType for Partial {
    fn type_name(&self) -> &'static str {
        "functools.partial"
    }
    fn repr(&self, _: &Value) -> String {
        partial_repr(self)
    }
    fn callable(&self) -> bool {
        true
    }
    fn call(&self, _: &Value, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
        call_partial(self, args, kw)
    }
    fn getattr(&self, _: &Value, name: &str) -> Option<PyResult<Value>> {
        partial_attr(self, name)
    }
}

fn call_partial(p: &Partial, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let mut all = p.args.borrow().clone();
    let n = args.len() - kw.len();
    all.extend(args[..n].iter().cloned());
    let mut kws = p.kw.borrow().clone();
    for (k, v) in kw.iter().zip(args[n..].iter()) {
        set_kw(&mut kws, k, v.clone());
    }
    let names: Vec<&str> = kws.iter().map(|(k, _)| k.as_str()).collect();
    all.extend(kws.iter().map(|(_, v)| v.clone()));
    crate::types::func::call(&p.func, all, &names)
}

fn partial_repr(p: &Partial) -> String {
    let mut parts = vec![crate::object::protocol::repr(&p.func)];
    let (args, kw) = (p.args.borrow().clone(), p.kw.borrow().clone());
    parts.extend(args.iter().map(crate::object::protocol::repr));
    parts.extend(kw.iter().map(|(k, v)| format!("{k}={}", crate::object::protocol::repr(v))));
    format!("functools.partial({})", parts.join(", "))
}

fn partial_attr(p: &Partial, name: &str) -> Option<PyResult<Value>> {
    Some(Ok(match name {
        "func" => p.func.clone(),
        "args" => Value::Tuple(crate::types::tuple::new(p.args.borrow().clone())),
        "keywords" => {
            let d = crate::types::dict::new();
            for (k, v) in p.kw.borrow().clone() {
                if let Err(e) = crate::types::dict::setitem(&d, Value::from_str(&k), v) {
                    return Some(Err(e));
                }
            }
            Value::Dict(d)
        }
        _ => return None,
    }))
}

// ---- lru_cache ---------------------------------------------------------------------

/// The wrapper `lru_cache` puts around a function.
pub struct LruCache {
    pub func: Value,
    /// None: unbounded (`cache`, `maxsize=None`).
    pub maxsize: Option<usize>,
    pub typed: bool,
    /// Key -> result, least recently used first.
    pub cache: Dict,
    pub hits: Cell<i64>,
    pub misses: Cell<i64>,
    /// What `update_wrapper` copied (`__name__`, `__doc__`, `__wrapped__`, ...).
    pub attrs: RefCell<Vec<(String, Value)>>,
}

impl NativeType for LruCache {
    fn type_name(&self) -> &'static str {
        "functools._lru_cache_wrapper"
    }
    fn callable(&self) -> bool {
        true
    }
    fn call(&self, _: &Value, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
        call_cached(self, args, kw)
    }
    fn getattr(&self, me: &Value, name: &str) -> Option<PyResult<Value>> {
        cached_attr(me, self, name)
    }
    fn binds(&self) -> bool {
        true
    }
}

/// `lru_cache(maxsize=...)`: the decorator it returns.
struct LruDecorator {
    maxsize: Option<usize>,
    typed: bool,
}

impl NativeType for LruDecorator {
    fn type_name(&self) -> &'static str {
        "function"
    }
    fn repr(&self, me: &Value) -> String {
        format!("<function lru_cache.<locals>.decorating_function at {:#x}>", me.id())
    }
    fn callable(&self) -> bool {
        true
    }
    fn call(&self, _: &Value, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
        let f = native::one_arg("decorating_function", args, kw)?;
        lru_wrap(f, self.maxsize, self.typed)
    }
}

/// `cache_info()`'s named tuple: hits, misses, maxsize, currsize.
struct CacheInfo([Value; 4]);

impl NativeType for CacheInfo {
    fn type_name(&self) -> &'static str {
        "CacheInfo"
    }
    fn repr(&self, _: &Value) -> String {
        let [h, m, x, c] = self.0.each_ref().map(crate::object::protocol::repr);
        format!("CacheInfo(hits={h}, misses={m}, maxsize={x}, currsize={c})")
    }
    fn getattr(&self, _: &Value, name: &str) -> Option<PyResult<Value>> {
        let i = ["hits", "misses", "maxsize", "currsize"].iter().position(|k| *k == name)?;
        Some(Ok(self.0[i].clone()))
    }
    fn tuple_items(&self) -> Option<Vec<Value>> {
        Some(self.0.to_vec())
    }
}

pub fn lru_wrap(func: Value, maxsize: Option<usize>, typed: bool) -> PyResult<Value> {
    if !crate::types::func::callable(&func) {
        return Err(PyErr::type_error("the first argument must be callable"));
    }
    let w = native::new_ext(LruCache {
        func: func.clone(),
        maxsize,
        typed,
        cache: crate::types::dict::new(),
        hits: Cell::new(0),
        misses: Cell::new(0),
        attrs: RefCell::new(Vec::new()),
    });
    update_wrapper(&w, &func)?;
    Ok(w)
}

/// CPython's `_make_key`: the arguments (and keyword items after a
/// marker), the types too when `typed`; a lone int or str is its own key.
fn make_key(c: &LruCache, args: &[Value], kw: &[&str]) -> Value {
    let n = args.len() - kw.len();
    if kw.is_empty() && !c.typed && n == 1 && matches!(args[0], Value::Int(_) | Value::Big(_) | Value::Str(_)) {
        return args[0].clone();
    }
    let mut key: Vec<Value> = args[..n].to_vec();
    if !kw.is_empty() {
        key.push(Value::Type(&crate::object::exc::TYPE_OBJECT));
        for (k, v) in kw.iter().zip(&args[n..]) {
            key.push(Value::from_str(k));
            key.push(v.clone());
        }
    }
    if c.typed {
        let types: Vec<Value> = args.iter().map(crate::types::typeobj::type_object).collect();
        key.extend(types);
    }
    Value::Tuple(crate::types::tuple::new(key))
}

fn call_cached(c: &LruCache, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    if c.maxsize == Some(0) {
        c.misses.set(c.misses.get() + 1);
        return crate::types::func::call(&c.func, args, kw);
    }
    let key = make_key(c, &args, kw);
    if let Some(r) = crate::types::dict::get_opt(&c.cache, &key)? {
        c.hits.set(c.hits.get() + 1);
        if c.maxsize.is_some() {
            // Most recently used moves to the end.
            crate::types::dict::delitem(&c.cache, &key)?;
            crate::types::dict::setitem(&c.cache, key, r.clone())?;
        }
        return Ok(r);
    }
    c.misses.set(c.misses.get() + 1);
    let r = crate::types::func::call(&c.func, args, kw)?;
    // A recursive call may have cached this key meanwhile; the entry stays.
    if crate::types::dict::contains(&c.cache, &key)? {
        return Ok(r);
    }
    if let Some(max) = c.maxsize {
        if c.cache.len() >= max {
            let oldest = c.cache.first_key();
            if let Some(k) = oldest {
                crate::types::dict::delitem(&c.cache, &k)?;
            }
        }
    }
    crate::types::dict::setitem(&c.cache, key, r.clone())?;
    Ok(r)
}

fn cached_attr(v: &Value, c: &LruCache, name: &str) -> Option<PyResult<Value>> {
    if let Some((_, x)) = c.attrs.borrow().iter().find(|(k, _)| k == name) {
        return Some(Ok(x.clone()));
    }
    let method = |m: &str| Value::Method(crate::types::class::MethodObj::new(crate::builtins::function(m), v.clone()));
    Some(Ok(match name {
        "cache_info" => method("_lru_cache_wrapper.cache_info"),
        "cache_clear" => method("_lru_cache_wrapper.cache_clear"),
        "cache_parameters" => method("_lru_cache_wrapper.cache_parameters"),
        _ => return None,
    }))
}

/// The methods of an `lru_cache` wrapper, called with the wrapper first.
pub fn cached_method(name: &str, args: &[Value]) -> PyResult<Value> {
    let Some(c) = args.first().and_then(native::ext::<LruCache>) else { unreachable!("bound to a wrapper") };
    Ok(match name {
        "_lru_cache_wrapper.cache_info" => native::new_ext(CacheInfo([
            Value::Int(c.hits.get()),
            Value::Int(c.misses.get()),
            c.maxsize.map_or(Value::None, |m| Value::Int(m as i64)),
            Value::Int(c.cache.len() as i64),
        ])),
        "_lru_cache_wrapper.cache_clear" => {
            crate::types::dict::clear(&c.cache);
            c.hits.set(0);
            c.misses.set(0);
            Value::None
        }
        _ => {
            let d = crate::types::dict::new();
            crate::types::dict::setitem(
                &d,
                Value::from_str("maxsize"),
                c.maxsize.map_or(Value::None, |m| Value::Int(m as i64)),
            )?;
            crate::types::dict::setitem(&d, Value::from_str("typed"), Value::Bool(c.typed))?;
            Value::Dict(d)
        }
    })
}

// ---- wraps -------------------------------------------------------------------------

/// `wraps(f)`: the decorator it returns.
struct Wraps(Value);

impl NativeType for Wraps {
    fn type_name(&self) -> &'static str {
        "function"
    }
    fn repr(&self, me: &Value) -> String {
        format!("<function update_wrapper at {:#x}>", me.id())
    }
    fn callable(&self) -> bool {
        true
    }
    fn call(&self, _: &Value, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
        let f = native::one_arg("update_wrapper", args, kw)?;
        update_wrapper(&f, &self.0)?;
        Ok(f)
    }
}

/// `update_wrapper(wrapper, wrapped)`: copies the identity attributes and
/// sets `__wrapped__`.
pub fn update_wrapper(wrapper: &Value, wrapped: &Value) -> PyResult<()> {
    for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
        if let Ok(v) = crate::object::protocol::getattr(wrapped, name) {
            set_wrapper_attr(wrapper, name, v)?;
        }
    }
    set_wrapper_attr(wrapper, "__wrapped__", wrapped.clone())
}

fn set_wrapper_attr(wrapper: &Value, name: &str, v: Value) -> PyResult<()> {
    if let Some(c) = native::ext::<LruCache>(wrapper) {
        let mut attrs = c.attrs.borrow_mut();
        match attrs.iter_mut().find(|(k, _)| k == name) {
            Some(slot) => slot.1 = v,
            None => attrs.push((name.to_string(), v)),
        }
        return Ok(());
    }
    crate::object::protocol::setattr(wrapper, name, v)
}

// ---- cmp_to_key ----------------------------------------------------------------------

/// What `cmp_to_key(cmp)` returns: calling it wraps an object in a key.
struct CmpToKey(Value);

impl NativeType for CmpToKey {
    fn type_name(&self) -> &'static str {
        "functools.KeyWrapper"
    }
    fn callable(&self) -> bool {
        true
    }
    fn call(&self, _: &Value, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
        let obj = native::one_arg("K", args, kw)?;
        Ok(native::new_ext(CmpKey { cmp: self.0.clone(), obj }))
    }
}

/// An object wrapped by a `cmp_to_key` function: ordered by `cmp`.
struct CmpKey {
    cmp: Value,
    obj: Value,
}

impl NativeType for CmpKey {
    fn type_name(&self) -> &'static str {
        "functools.KeyWrapper"
    }
    fn compare(&self, other: &Value, op: CmpOp) -> Option<PyResult<bool>> {
        let other = native::ext::<CmpKey>(other)?;
        Some((|| {
            let r = crate::types::func::call(&self.cmp, vec![self.obj.clone(), other.obj.clone()], &[])?;
            crate::object::protocol::compare(op, &r, &Value::Int(0))
        })())
    }
}

// ---- total_ordering ------------------------------------------------------------------

/// `@total_ordering`: the comparison methods a class lacks, from the one
/// it defines (the first of `__lt__`, `__le__`, `__gt__`, `__ge__`).
fn total_ordering(cls: Value) -> PyResult<Value> {
    let Value::Class(c) = &cls else {
        return Err(PyErr::type_error("total_ordering expects a class"));
    };
    const OPS: [&str; 4] = ["__lt__", "__le__", "__gt__", "__ge__"];
    let defined: Vec<&str> = OPS.into_iter().filter(|n| crate::types::class::lookup(c, n).is_some()).collect();
    // CPython takes `max()` of the names defined: this order.
    let Some(&root) = defined.first() else {
        return Err(PyErr::value_error("must define at least one ordering operation: < > <= >="));
    };
    for name in OPS {
        if defined.contains(&name) {
            continue;
        }
        let f = crate::types::func::native(
            name,
            &format!("{}.{name}", c.qualname),
            &["self", "other"],
            derived_cmp,
            vec![Value::from_str(root)],
        );
        crate::types::class::setattr(&cls, name, f).expect("classes take attributes")?;
    }
    Ok(cls)
}

/// A comparison `total_ordering` derived: the root method's result, then
/// CPython's formulas (`a > b` from `<` is `not a < b and a != b`, ...).
fn derived_cmp(f: &crate::types::func::FuncObj, args: Vec<Value>) -> PyResult<Value> {
    let root = crate::ops::repr::str(&crate::types::func::native_data(f, 0));
    let root = root.as_str();
    let this = f.name.as_str();
    let (a, b) = (&args[0], &args[1]);
    let r = match crate::types::class::call_special(a, root, || vec![b.clone()]) {
        Some(r) => r?,
        None => return Ok(native::not_implemented()),
    };
    if native::is_not_implemented(&r) {
        return Ok(r);
    }
    let t = r.truthy();
    let eq = || crate::ops::eq(a, b);
    let ne = || crate::ops::ne(a, b);
    let v = match (root, this) {
        ("__lt__", "__gt__") => !t && ne()?,
        ("__lt__", "__le__") => t || eq()?,
        ("__lt__", "__ge__") => !t,
        ("__le__", "__ge__") => !t || eq()?,
        ("__le__", "__lt__") => t && ne()?,
        ("__le__", "__gt__") => !t,
        ("__gt__", "__lt__") => !t && ne()?,
        ("__gt__", "__ge__") => t || eq()?,
        ("__gt__", "__le__") => !t,
        ("__ge__", "__le__") => !t || eq()?,
        ("__ge__", "__gt__") => t && ne()?,
        ("__ge__", "__lt__") => !t,
        _ => t,
    };
    Ok(Value::Bool(v))
}
