//! Functions as values: lambdas, nested functions (closures), and module
//! functions passed around, stored or returned.
//!
//! A [`FuncObj`] carries what a call needs: the parameter list (for
//! binding arguments with CPython's rules and error messages), the default
//! values (evaluated once, when the `def` ran), the closure's cells, and
//! the compiled code. The code takes the bound arguments, one value per
//! parameter (a `*args` parameter gets a tuple, a `**kwargs` one a dict),
//! so compiled functions never parse argument lists themselves. Each
//! backend supplies its own kind of code pointer ([`Code`]).

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::exc::{PyErr, PyResult};
pub use crate::object::layout::func::{Cell, CellObj, Code, Func, FuncObj, Kind};
use crate::object::value::Value;

pub fn new_cell() -> Cell {
    crate::object::gc::tracked(Rc::new(CellObj::default()))
}

/// A cell holding `v`.
pub fn full_cell(v: Value) -> Cell {
    crate::object::gc::tracked(Rc::new(CellObj { value: RefCell::new(Some(v)), ..CellObj::default() }))
}

impl std::fmt::Debug for FuncObj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<function {}>", self.qualname)
    }
}

/// Makes a function value. `kinds` has one letter per parameter (see
/// [`Kind::from_code`]), then `g` for a generator function; `defaults` holds the positional defaults, then one
/// value per keyword-only parameter that has a default, named by
/// `kwdefault_names`; `cells` are values holding [`Cell`]s; `doc` is the
/// docstring, if the body starts with one.
#[allow(clippy::too_many_arguments)]
pub fn make(
    code: Code,
    name: &str,
    qualname: &str,
    params: &[&str],
    kinds: &str,
    mut defaults: Vec<Value>,
    kwdefault_names: &[&str],
    cells: Vec<Value>,
    doc: Vec<Value>,
    module: &str,
) -> Value {
    let kw = defaults.split_off(defaults.len() - kwdefault_names.len());
    let cells = cells
        .into_iter()
        .map(|c| match c {
            Value::Cell(c) => c,
            _ => unreachable!("closure environments hold cells"),
        })
        .collect();
    let generator = kinds.len() > params.len() && kinds.ends_with('g');
    Value::Func(crate::object::gc::tracked(Rc::new(FuncObj {
        gc: Default::default(),
        generator,
        name: name.to_string(),
        qualname: qualname.to_string(),
        params: params.iter().zip(kinds.chars()).map(|(n, k)| (n.to_string(), Kind::from_code(k))).collect(),
        defaults,
        kwdefaults: kwdefault_names.iter().map(|n| n.to_string()).zip(kw).collect(),
        cells,
        code,
        attrs: RefCell::new(
            doc.into_iter()
                .map(|d| ("__doc__".to_string(), d))
                // `__main__`, the default, is not stored.
                .chain(
                    (!module.is_empty() && module != "__main__")
                        .then(|| ("__module__".to_string(), Value::from_str(module))),
                )
                .collect(),
        ),
    })))
}

/// A `def`'s function with its `__annotations__` (the names in order,
/// `return` last, and their evaluated values).
pub fn annotate(f: Value, names: &[&str], values: Vec<Value>) -> PyResult<Value> {
    let d = crate::types::dict::new();
    for (n, v) in names.iter().zip(values) {
        crate::types::dict::setitem(&d, Value::from_str(n), v)?;
    }
    if let Value::Func(func) = &f {
        func.attrs.borrow_mut().insert("__annotations__".to_string(), Value::Dict(d));
    }
    Ok(f)
}

/// A function implemented by the runtime (`dataclass`'s `__init__`,
/// `total_ordering`'s comparisons): positional-or-keyword parameters,
/// positional defaults, and `data` its code reads back with [`native_data`].
pub fn native(
    name: &str,
    qualname: &str,
    params: &[&str],
    code: fn(&FuncObj, Vec<Value>) -> PyResult<Value>,
    data: Vec<Value>,
) -> Value {
    native_with_defaults(name, qualname, params, Vec::new(), code, data)
}

pub fn native_with_defaults(
    name: &str,
    qualname: &str,
    params: &[&str],
    defaults: Vec<Value>,
    code: fn(&FuncObj, Vec<Value>) -> PyResult<Value>,
    data: Vec<Value>,
) -> Value {
    Value::Func(crate::object::gc::tracked(Rc::new(FuncObj {
        gc: Default::default(),
        name: name.to_string(),
        qualname: qualname.to_string(),
        params: params.iter().map(|p| (p.to_string(), Kind::Normal)).collect(),
        defaults,
        kwdefaults: Vec::new(),
        cells: data.into_iter().map(full_cell).collect(),
        code: Code::Rust(code),
        attrs: RefCell::new(indexmap::IndexMap::new()),
        generator: false,
    })))
}

/// The `i`-th data value of a runtime-implemented function.
pub fn native_data(f: &FuncObj, i: usize) -> Value {
    f.cells[i].borrow().clone().unwrap_or_default()
}

impl FuncObj {
    /// `__name__`, as possibly replaced by `functools.wraps`.
    pub fn display_qualname(&self) -> String {
        match self.attrs.borrow().get("__qualname__") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => self.qualname.clone(),
        }
    }
}

pub use pyaot_registry::messages::{name_list, too_many_positional};

/// Binds call arguments (positional values, then keyword values named by
/// `kw`) to the function's parameters, with CPython's TypeErrors.
pub fn bind(f: &FuncObj, mut args: Vec<Value>, kw: &[&str]) -> PyResult<Vec<Value>> {
    // The common case: positional arguments for plain parameters, the
    // missing last ones with defaults.
    let n = f.params.len();
    if kw.is_empty() && args.len() <= n && f.params.iter().all(|p| matches!(p.1, Kind::Normal | Kind::PositionalOnly)) {
        let missing = n - args.len();
        if missing == 0 {
            return Ok(args);
        }
        if missing <= f.defaults.len() {
            args.extend(f.defaults[f.defaults.len() - missing..].iter().cloned());
            return Ok(args);
        }
    }
    let kwvals = args.split_off(args.len() - kw.len());
    // CPython names the function by its qualified name in these errors.
    let name = &f.qualname;
    let positional: Vec<usize> =
        (0..f.params.len()).filter(|&i| matches!(f.params[i].1, Kind::PositionalOnly | Kind::Normal)).collect();
    let varargs = f.params.iter().position(|p| p.1 == Kind::VarArgs);
    let varkw = f.params.iter().position(|p| p.1 == Kind::VarKw);
    let mut slots: Vec<Option<Value>> = vec![None; f.params.len()];
    let given = args.len();
    let mut extra = Vec::new();
    for (k, v) in args.into_iter().enumerate() {
        match positional.get(k) {
            Some(&i) => slots[i] = Some(v),
            None => extra.push(v),
        }
    }
    // Too many positional arguments: reported after the keyword errors, as
    // CPython binds keywords first.
    let too_many = (!extra.is_empty() && varargs.is_none()).then(|| {
        let kw_given = kw.iter().filter(|k| f.params.iter().any(|p| p.0 == **k && p.1 == Kind::KeywordOnly)).count();
        too_many_positional(name, positional.len(), f.defaults.len().min(positional.len()), given, kw_given)
    });
    let mut kwextra: Vec<(String, Value)> = Vec::new();
    for (k, v) in kw.iter().zip(kwvals) {
        match f.params.iter().position(|p| p.0 == *k && matches!(p.1, Kind::Normal | Kind::KeywordOnly)) {
            Some(i) => {
                if slots[i].is_some() {
                    return Err(PyErr::type_error(format!("{name}() got multiple values for argument '{k}'")));
                }
                slots[i] = Some(v);
            }
            None if varkw.is_some() => kwextra.push((k.to_string(), v)),
            None => {
                if f.params.iter().any(|p| p.0 == *k && p.1 == Kind::PositionalOnly) {
                    return Err(PyErr::type_error(format!(
                        "{name}() got some positional-only arguments passed as keyword arguments: '{k}'"
                    )));
                }
                return Err(PyErr::type_error(format!("{name}() got an unexpected keyword argument '{k}'")));
            }
        }
    }
    if let Some(msg) = too_many {
        return Err(PyErr::type_error(msg));
    }
    // Defaults for the last positional parameters.
    let first_default = positional.len() - f.defaults.len().min(positional.len());
    for (j, &i) in positional.iter().enumerate() {
        if slots[i].is_none() && j >= first_default {
            slots[i] = Some(f.defaults[j - first_default].clone());
        }
    }
    for (i, p) in f.params.iter().enumerate() {
        if p.1 == Kind::KeywordOnly && slots[i].is_none() {
            if let Some((_, v)) = f.kwdefaults.iter().find(|(n, _)| *n == p.0) {
                slots[i] = Some(v.clone());
            }
        }
    }
    // Unfilled parameters: positional ones are reported first, as CPython does.
    for kind in ["positional", "keyword-only"] {
        let missing: Vec<&str> = (0..f.params.len())
            .filter(|&i| slots[i].is_none() && (f.params[i].1 == Kind::KeywordOnly) == (kind == "keyword-only"))
            .filter(|&i| !matches!(f.params[i].1, Kind::VarArgs | Kind::VarKw))
            .map(|i| f.params[i].0.as_str())
            .collect();
        if !missing.is_empty() {
            return Err(PyErr::type_error(format!(
                "{name}() missing {} required {kind} {}: {}",
                missing.len(),
                if missing.len() == 1 { "argument" } else { "arguments" },
                name_list(&missing)
            )));
        }
    }
    if let Some(i) = varargs {
        slots[i] = Some(Value::Tuple(crate::types::tuple::new(extra)));
    }
    if let Some(i) = varkw {
        let d = crate::types::dict::new();
        for (k, v) in kwextra {
            crate::types::dict::setitem(&d, Value::from_str(&k), v)?;
        }
        slots[i] = Some(Value::Dict(d));
    }
    Ok(slots.into_iter().map(|s| s.unwrap_or(Value::None)).collect())
}

/// Calls a function value with positional arguments then keyword ones.
pub fn call_func(f: &Func, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let bound = bind(f, args, kw)?;
    if f.generator {
        return Ok(crate::types::gen::new(f.clone(), bound));
    }
    run_code(f, bound)
}

/// Runs a function's code on already bound arguments.
pub fn run_code(f: &Func, bound: Vec<Value>) -> PyResult<Value> {
    crate::object::program::check_stack()?;
    match f.code {
        Code::Rust(code) => code(f, bound),
        Code::C(code) => {
            let mut bound = std::mem::ManuallyDrop::new(bound);
            let mut out = Value::None;
            // SAFETY: the code takes ownership of the `len` values (the
            // vector's buffer is freed below without dropping them) and
            // writes its result to `out` when it returns 0.
            let err = unsafe { code(Rc::as_ptr(f), bound.as_mut_ptr(), bound.len(), &mut out) };
            // SAFETY: the buffer came from this vector; its values were moved out.
            unsafe { drop(Vec::from_raw_parts(bound.as_mut_ptr(), 0, bound.capacity())) };
            if err == 0 {
                Ok(out)
            } else {
                Err(unsafe { crate::object::exc::take_err(err) })
            }
        }
    }
}

/// `callee(*args, **kw)` for any callable value.
pub fn call(callee: &Value, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    match callee {
        Value::Func(f) => call_func(f, args, kw),
        Value::Type(t) => crate::object::protocol::call_builtin(t.name, args, kw),
        Value::Builtin(name) => crate::object::protocol::call_builtin(name, args, kw),
        Value::Class(c) => crate::types::class::call_class(c, args, kw),
        Value::Native(n) => crate::types::native::call(n, args, kw),
        Value::Method(m) => {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(m.recv.clone());
            all.extend(args);
            call(&m.func, all, kw)
        }
        Value::Instance(_) => match crate::types::class::special(callee, "__call__") {
            Some(m) => call(&m, args, kw),
            None => Err(PyErr::type_error(format!("'{}' object is not callable", callee.type_name()))),
        },
        other => Err(PyErr::type_error(format!("'{}' object is not callable", other.type_name()))),
    }
}

/// The value a cell holds, or NameError for a free variable not yet bound.
pub fn cell_get(c: &Cell, name: &str) -> PyResult<Value> {
    c.borrow().clone().ok_or_else(|| {
        PyErr::new(
            &crate::object::exc::NAME_ERROR,
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    })
}

/// The `i`-th cell of a closure.
pub fn env_cell(f: &FuncObj, i: usize) -> Cell {
    f.cells[i].clone()
}

/// The value of a function's own variable that closures share, or UnboundLocalError.
pub fn cell_get_local(c: &Cell, name: &str) -> PyResult<Value> {
    c.borrow().clone().ok_or_else(|| {
        PyErr::new(
            &crate::object::exc::UNBOUND_LOCAL_ERROR,
            format!("cannot access local variable '{name}' where it is not associated with a value"),
        )
    })
}

/// Empties a cell (`del x`, or the end of `except ... as x` for a variable
/// closures share).
pub fn cell_clear(c: &Cell) {
    let old = c.borrow_mut().take();
    drop(old);
}

/// `locals()`: a variable closures share is in the namespace while its
/// cell holds a value.
pub fn sync_cell(ns: &crate::types::dict::Dict, name: &str, c: &Cell) -> PyResult<()> {
    let value = c.borrow().clone();
    match value {
        Some(v) => crate::types::dict::setitem(ns, Value::from_str(name), v),
        None => discard_name(ns, name),
    }
}

/// `locals()`: a variable that holds no value leaves the namespace.
pub fn discard_name(ns: &crate::types::dict::Dict, name: &str) -> PyResult<()> {
    crate::types::dict::pop(ns, &Value::from_str(name), Some(Value::None)).map(drop)
}

pub fn cell_set(c: &Cell, v: Value) {
    let old = c.borrow_mut().replace(v);
    drop(old);
}

/// The arguments of a call with `*`/`**` unpacking: `items` with one flag
/// per item in `flags` (`*` to splat an iterable, anything else for a plain
/// value), keywords named by `kw_names` with `**` standing for a mapping
/// to merge. Returns positional values then keyword values, and the names.
fn unpack_call(
    what: &str,
    items: Vec<Value>,
    flags: &str,
    kw_names: &[&str],
    kw_values: Vec<Value>,
) -> PyResult<(Vec<Value>, Vec<String>)> {
    let mut args = Vec::new();
    for (v, f) in items.into_iter().zip(flags.chars()) {
        if f == '*' {
            let it = crate::types::iter::iter(&v).map_err(|_| {
                PyErr::type_error(format!("{what} argument after * must be an iterable, not {}", v.type_name()))
            })?;
            while let Some(x) = crate::types::iter::next(&it)? {
                args.push(x);
            }
        } else {
            args.push(v);
        }
    }
    let mut names: Vec<String> = Vec::new();
    let mut kwvals = Vec::new();
    for (n, v) in kw_names.iter().zip(kw_values) {
        let pairs: Vec<(String, Value)> = if *n == "**" {
            // A dict, or a mapping (an object with `keys()`, a dict subclass).
            let mapping = matches!(v, Value::Instance(_))
                && (crate::types::class::special(&v, "keys").is_some()
                    || matches!(crate::types::class::base_value(&v), Some(Value::Dict(_))));
            let d = match &v {
                Value::Dict(d) => d.clone(),
                other if mapping => {
                    let d = crate::types::dict::new();
                    crate::types::dict::merge(&d, other)?;
                    d
                }
                _ => {
                    return Err(PyErr::type_error(format!(
                        "{what} argument after ** must be a mapping, not {}",
                        v.type_name()
                    )))
                }
            };
            let mut out = Vec::new();
            for (k, x) in d.items_vec() {
                match k {
                    Value::Str(s) => out.push((s.as_str().to_string(), x)),
                    _ => return Err(PyErr::type_error("keywords must be strings")),
                }
            }
            out
        } else {
            vec![(n.to_string(), v)]
        };
        for (k, x) in pairs {
            if names.contains(&k) {
                return Err(PyErr::type_error(format!("{what} got multiple values for keyword argument '{k}'")));
            }
            names.push(k);
            kwvals.push(x);
        }
    }
    args.extend(kwvals);
    Ok((args, names))
}

/// The name CPython shows for a callee in argument errors.
fn callee_name(v: &Value) -> String {
    match v {
        Value::Func(f) => format!("__main__.{}()", f.qualname),
        Value::Builtin(n) => format!("{n}()"),
        Value::Type(t) => format!("{}()", t.name),
        Value::Class(c) => format!("__main__.{}()", c.qualname),
        other => format!("{}()", other.type_name()),
    }
}

/// `callee(*a, **k)`: a call with unpacking (see `unpack_call`).
pub fn call_ex(
    callee: &Value,
    items: Vec<Value>,
    flags: &str,
    kw_names: &[&str],
    kw_values: Vec<Value>,
) -> PyResult<Value> {
    let (args, names) = unpack_call(&callee_name(callee), items, flags, kw_names, kw_values)?;
    let names: Vec<&str> = names.iter().map(|s| s.as_str()).collect();
    call(callee, args, &names)
}

/// `recv.name(*a, **k)`.
pub fn call_method_ex(
    recv: &Value,
    name: &str,
    items: Vec<Value>,
    flags: &str,
    kw_names: &[&str],
    kw_values: Vec<Value>,
) -> PyResult<Value> {
    let (args, names) = unpack_call(&format!("{}.{name}()", recv.type_name()), items, flags, kw_names, kw_values)?;
    let names: Vec<&str> = names.iter().map(|s| s.as_str()).collect();
    crate::object::protocol::call_method(recv, name, args, &names)
}

/// A builtin function as a value (`key=len`).
pub fn builtin(name: &str) -> Value {
    let name = pyaot_registry::names::FUNCTIONS
        .iter()
        .chain(pyaot_registry::names::INTERNAL_FUNCTIONS)
        .find(|f| **f == name)
        .expect("the compiler names only builtin functions");
    Value::Builtin(name)
}

/// `callable(v)`.
pub fn callable(v: &Value) -> bool {
    match v {
        Value::Func(_) | Value::Type(_) | Value::Builtin(_) | Value::Class(_) | Value::Method(_) => true,
        Value::Instance(_) => crate::types::class::special(v, "__call__").is_some(),
        Value::Native(n) => match &**n {
            crate::types::native::NativeObj::Ext(x) => x.callable(),
            other => !matches!(
                other,
                crate::types::native::NativeObj::NotImplemented
                    | crate::types::native::NativeObj::Ellipsis
                    | crate::types::native::NativeObj::Stream(_)
                    | crate::types::native::NativeObj::Slice(_)
                    | crate::types::native::NativeObj::Union(_)
                    | crate::types::native::NativeObj::Complex(..)
                    | crate::types::native::NativeObj::Object
            ),
        },
        _ => false,
    }
}
