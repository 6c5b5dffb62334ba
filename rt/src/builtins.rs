//! Builtin functions over dynamic values. Statically typed calls usually
//! reach a specialised function in the type's own module instead; these are
//! the general versions, each with CPython's errors.

use crate::exc::{self, PyErr, PyResult};
use crate::int::{self, Int};
use crate::iter;
use crate::list::{self, List};
use crate::ops;
use crate::str::Str;
use crate::value::Value;

/// `print(*values, sep=sep, end=end)`.
pub fn print(values: &[Value], sep: Option<&Str>, end: Option<&Str>) -> PyResult<()> {
    print_to(&Value::None, values, sep, end)
}

/// `print(*values, sep=sep, end=end, file=file)`.
pub fn print_to(file: &Value, values: &[Value], sep: Option<&Str>, end: Option<&Str>) -> PyResult<()> {
    let sep = sep.map(|s| s.as_str()).unwrap_or(" ");
    let end = end.map(|s| s.as_str()).unwrap_or("\n");
    if !crate::io::is_std(file) {
        // Another file object: `write` per piece, each item converted just
        // before it is written, as CPython's print does.
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                crate::io::write_to(file, sep)?;
            }
            let text = crate::repr::to_str_checked(v)?;
            crate::io::write_to(file, text.as_str())?;
        }
        return crate::io::write_to(file, end);
    }
    let mut out = String::new();
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        let before = out.len();
        match v {
            Value::Str(s) => out.push_str(s.as_str()),
            other => {
                crate::repr::write_str(other, &mut out);
                // An item whose str() failed (a user `__str__`, the int
                // digit limit): what came before it is written, its
                // separator included, as CPython writes piece by piece.
                if let Some(e) = crate::class::take_pending() {
                    out.truncate(before);
                    crate::io::write_to(file, &out)?;
                    return Err(e);
                }
            }
        }
    }
    out.push_str(end);
    crate::io::write_to(file, &out)
}

/// `input(prompt)`.
pub fn input(prompt: Option<&Value>) -> PyResult<Str> {
    if let Some(p) = prompt {
        crate::io::write_stdout(&crate::repr::str(p))?;
    }
    match crate::io::read_line()? {
        Some(line) => Ok(crate::str::from_string(line)),
        None => Err(PyErr::new(&exc::EOF_ERROR, "EOF when reading a line")),
    }
}

/// `int(v)`.
pub fn to_int(v: &Value) -> PyResult<Int> {
    match v {
        Value::Bool(b) => Ok(Int::Small(*b as i64)),
        Value::Int(i) => Ok(Int::Small(*i)),
        Value::Big(b) => Ok(Int::Big(b.clone())),
        Value::Float(f) => int::from_f64(*f),
        Value::Str(s) => int::from_str_radix(s.as_str(), 10),
        Value::Bytes(_) | Value::ByteArray(_) => {
            let data = crate::ops::bytes_like(v).unwrap_or_default();
            let text = String::from_utf8(data).map_err(|_| {
                PyErr::value_error(format!("invalid literal for int() with base 10: {}", crate::repr::repr(v)))
            })?;
            int::from_str_radix(&text, 10).map_err(|_| {
                PyErr::value_error(format!("invalid literal for int() with base 10: {}", crate::repr::repr(v)))
            })
        }
        other => {
            // An object's `__int__`, then `__index__`, then `__trunc__`, as CPython tries them.
            for m in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = crate::class::call_special(other, m, Vec::new()) {
                    let r = r?;
                    return match r {
                        Value::Int(_) | Value::Big(_) | Value::Bool(_) => r.to_int(),
                        _ => Err(PyErr::type_error(format!("{m} returned non-int (type {})", r.type_name()))),
                    };
                }
            }
            Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                other.type_name()
            )))
        }
    }
}

/// `int(s, base)`.
pub fn to_int_base(v: &Value, base: &Int) -> PyResult<Int> {
    let b = base.as_i64().unwrap_or(-1);
    if !(b == 0 || (2..=36).contains(&b)) {
        return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    match v {
        Value::Str(s) => int::from_str_radix(s.as_str(), b as u32),
        _ => Err(PyErr::type_error("int() can't convert non-string with explicit base")),
    }
}

/// `float(v)`.
pub fn to_float(v: &Value) -> PyResult<f64> {
    match v {
        Value::Str(s) => crate::float::from_str(s.as_str()),
        Value::Float(f) => Ok(*f),
        Value::Bool(_) | Value::Int(_) | Value::Big(_) => v.to_f64(),
        // An object's `__float__` (or `__index__`), as `Value::to_f64` tries them.
        other if ["__float__", "__index__"].iter().any(|m| crate::class::special(other, m).is_some()) => other.to_f64(),
        other => Err(PyErr::type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            other.type_name()
        ))),
    }
}

/// Positional arguments followed by the values of keyword arguments, as
/// calls take them.
fn args_with_kw(mut args: Vec<Value>, kwargs: Vec<(&str, Value)>) -> Vec<Value> {
    args.extend(kwargs.into_iter().map(|(_, v)| v));
    args
}

/// `type(v)` as a value.
pub fn type_of(v: &Value) -> Value {
    match crate::class::class_of(v) {
        Some(c) => Value::Class(c),
        None => Value::Type(exc::type_of(v)),
    }
}

/// `callable(v)`.
pub fn callable(v: &Value) -> bool {
    match v {
        Value::Func(_) | Value::Type(_) | Value::Builtin(_) | Value::Class(_) | Value::Method(_) => true,
        Value::Instance(_) => crate::class::special(v, "__call__").is_some(),
        Value::Native(n) => !matches!(
            **n,
            crate::native::NativeObj::NotImplemented
                | crate::native::NativeObj::Ellipsis
                | crate::native::NativeObj::CacheInfo(_)
                | crate::native::NativeObj::CmpKey { .. }
                | crate::native::NativeObj::Field(_)
                | crate::native::NativeObj::Stream(_)
                | crate::native::NativeObj::Slice(_)
                | crate::native::NativeObj::Union(_)
                | crate::native::NativeObj::Complex(..)
                | crate::native::NativeObj::Object
        ),
        _ => false,
    }
}

/// Builtin functions as values besides the builtins module's own
/// ([`pyaot_registry::names::FUNCTIONS`]): methods reached through
/// objects the runtime makes.
const INTERNAL: &[&str] = &[
    // `prop.setter` and friends, bound to their property (see `class::getattr`).
    "property.getter",
    "property.setter",
    "property.deleter",
    // What `super().__init__(...)` reaches past the user classes.
    "BaseException.__init__",
    "object.__init__",
    "object.__new__",
    "object.__init_subclass__",
    "object.__setattr__",
    "object.__delattr__",
    "object.__getattribute__",
    "object.__repr__",
    "object.__str__",
    "object.__eq__",
    "object.__ne__",
    "object.__hash__",
    // What `super()` reaches past the user classes in a metaclass.
    "type.__new__",
    "type.__init__",
    "type.__call__",
    // The methods of an `lru_cache` wrapper (see `functools::cached_attr`).
    "_lru_cache_wrapper.cache_info",
    "_lru_cache_wrapper.cache_clear",
    "_lru_cache_wrapper.cache_parameters",
    // The methods of the standard streams (see `io::stream_attr`).
    "TextIOWrapper.write",
    "TextIOWrapper.flush",
    "TextIOWrapper.readline",
    "TextIOWrapper.read",
];

/// A builtin function as a value (`key=len`).
pub fn function(name: &str) -> Value {
    let name = pyaot_registry::names::FUNCTIONS
        .iter()
        .chain(INTERNAL)
        .find(|f| **f == name)
        .expect("the compiler names only builtin functions");
    Value::Builtin(name)
}

/// `min(items)` / `max(items)` over already collected items.
pub fn min_max(items: Vec<Value>, want_max: bool, default: Option<Value>) -> PyResult<Value> {
    min_max_keyed(items, want_max, default, None)
}

/// `min`/`max` with an optional `key` function (None means no key).
pub fn min_max_keyed(
    items: Vec<Value>,
    want_max: bool,
    default: Option<Value>,
    key: Option<&Value>,
) -> PyResult<Value> {
    let name = if want_max { "max" } else { "min" };
    let key = key.filter(|k| !k.is_none());
    let key_of = |v: &Value| match key {
        Some(k) => crate::func::call(k, vec![v.clone()], &[]),
        None => Ok(v.clone()),
    };
    let mut it = items.into_iter();
    let Some(mut best) = it.next() else {
        return default.ok_or_else(|| PyErr::value_error(format!("{name}() arg is an empty sequence")));
    };
    let mut best_key = key_of(&best)?;
    for v in it {
        let k = key_of(&v)?;
        let better = if want_max { ops::gt(&k, &best_key)? } else { ops::lt(&k, &best_key)? };
        if better {
            best = v;
            best_key = k;
        }
    }
    Ok(best)
}

pub fn min(v: &Value) -> PyResult<Value> {
    min_max(iter::collect(v)?, false, None)
}

pub fn max(v: &Value) -> PyResult<Value> {
    min_max(iter::collect(v)?, true, None)
}

/// `sum(items, start)`.
pub fn sum(v: &Value, start: Value) -> PyResult<Value> {
    if let Value::Str(_) = start {
        return Err(PyErr::type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let mut acc = start;
    let it = iter::iter(v)?;
    while let Some(x) = iter::next(&it)? {
        acc = ops::binary(ops::BinOp::Add, &acc, &x)?;
    }
    Ok(acc)
}

/// `sorted(items, reverse=...)`.
pub fn sorted(v: &Value, reverse: bool) -> PyResult<List> {
    let mut items = iter::collect(v)?;
    list::sort_values(&mut items, reverse)?;
    Ok(list::from_vec(items))
}

pub fn any(v: &Value) -> PyResult<bool> {
    let it = iter::iter(v)?;
    while let Some(x) = iter::next(&it)? {
        if x.truthy() {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn all(v: &Value) -> PyResult<bool> {
    let it = iter::iter(v)?;
    while let Some(x) = iter::next(&it)? {
        if !x.truthy() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `round(x)` for a dynamic number.
pub fn round(v: &Value) -> PyResult<Int> {
    match v {
        Value::Float(f) => crate::float::round(*f),
        Value::Bool(_) | Value::Int(_) | Value::Big(_) => v.to_int(),
        other => Err(PyErr::type_error(format!("type {} doesn't define __round__ method", other.type_name()))),
    }
}

/// `round(x, n)` for a dynamic number.
pub fn round_digits(v: &Value, n: &Int) -> PyResult<Value> {
    match v {
        Value::Float(f) => Ok(Value::Float(crate::float::round_digits(*f, n)?)),
        Value::Bool(_) | Value::Int(_) | Value::Big(_) => {
            let i = v.to_int()?;
            if !n.is_negative() {
                return Ok(Value::from_int(i));
            }
            // Round half to even at 10**-n.
            let p = int::pow_nonneg(&Int::Small(10), &int::neg(n))?;
            let (q, r) = int::divmod(&i, &p)?;
            let twice = int::mul(&r, &Int::Small(2));
            let c = int::cmp(&twice, &p);
            let q = if c == std::cmp::Ordering::Greater
                || (c == std::cmp::Ordering::Equal && int::modulo(&q, &Int::Small(2))?.truthy())
            {
                int::add(&q, &Int::Small(1))
            } else {
                q
            };
            Ok(Value::from_int(int::mul(&q, &p)))
        }
        other => Err(PyErr::type_error(format!("type {} doesn't define __round__ method", other.type_name()))),
    }
}

/// `divmod(a, b)` for dynamic numbers.
pub fn divmod(a: &Value, b: &Value) -> PyResult<Value> {
    // `__divmod__` of the left operand, then `__rdivmod__` of the right.
    for (x, y, m) in [(a, b, "__divmod__"), (b, a, "__rdivmod__")] {
        if crate::class::class_of(x).is_some() {
            if let Some(r) = crate::class::call_special(x, m, vec![y.clone()]) {
                let r = r?;
                if !crate::native::is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
    }
    if crate::class::class_of(a).is_some() || crate::class::class_of(b).is_some() {
        return Err(PyErr::type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            a.type_name(),
            b.type_name()
        )));
    }
    let pair = |x: Value, y: Value| Value::Tuple(crate::tuple::new(vec![x, y]));
    match (a, b) {
        (Value::Float(_), _) | (_, Value::Float(_)) => {
            let (x, y) = (num_f64(a, b)?, num_f64(b, a)?);
            let (q, r) = crate::float::divmod(x, y)?;
            Ok(pair(Value::Float(q), Value::Float(r)))
        }
        _ => {
            let (x, y) = (num_int(a, b, "divmod()")?, num_int(b, a, "divmod()")?);
            let (q, r) = int::divmod(&x, &y)?;
            Ok(pair(Value::from_int(q), Value::from_int(r)))
        }
    }
}

fn num_f64(v: &Value, other: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Bool(_) | Value::Int(_) | Value::Big(_) => v.to_f64(),
        _ => Err(PyErr::type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            v.type_name(),
            other.type_name()
        ))),
    }
}

fn num_int(v: &Value, other: &Value, what: &str) -> PyResult<Int> {
    match v {
        Value::Bool(_) | Value::Int(_) | Value::Big(_) => v.to_int(),
        _ => Err(PyErr::type_error(format!(
            "unsupported operand type(s) for {what}: '{}' and '{}'",
            v.type_name(),
            other.type_name()
        ))),
    }
}

/// `pow(a, b, m)`.
pub fn pow3(a: &Value, b: &Value, m: &Value) -> PyResult<Int> {
    let all_int = [a, b, m].iter().all(|v| matches!(v, Value::Bool(_) | Value::Int(_) | Value::Big(_)));
    // The operands' own slots decide, as CPython tries them in turn: a
    // float base refuses a modulus, complex refuses it with its own error.
    let number = |v: &&Value| {
        matches!(v, Value::Bool(_) | Value::Int(_) | Value::Big(_) | Value::Float(_))
            || crate::complex::parts(v).is_some()
    };
    if !matches!(a, Value::Float(_)) && ![a, b, m].iter().all(number) && crate::class::class_of(a).is_none() {
        return Err(PyErr::type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            a.type_name(),
            b.type_name(),
            m.type_name()
        )));
    }
    if !matches!(a, Value::Float(_)) && [a, b, m].iter().any(|v| crate::complex::parts(v).is_some()) {
        return Err(PyErr::value_error("complex modulo"));
    }
    if !all_int {
        return Err(PyErr::type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    int::pow_mod(&a.to_int()?, &b.to_int()?, &m.to_int()?)
}

fn int_arg(v: &Value) -> PyResult<Int> {
    // Ints, bools and objects with `__index__`; CPython's TypeError otherwise.
    v.to_int()
}

pub fn bin(v: &Value) -> PyResult<Str> {
    Ok(crate::str::from_string(int::to_radix(&int_arg(v)?, 2, "0b")))
}
pub fn oct(v: &Value) -> PyResult<Str> {
    Ok(crate::str::from_string(int::to_radix(&int_arg(v)?, 8, "0o")))
}
pub fn hex(v: &Value) -> PyResult<Str> {
    Ok(crate::str::from_string(int::to_radix(&int_arg(v)?, 16, "0x")))
}

/// `isinstance(v, T)` for a builtin type named by `type(x).__name__`.
pub fn isinstance_named(v: &Value, name: &str) -> bool {
    match name {
        "object" => true,
        "int" => matches!(v, Value::Int(_) | Value::Big(_) | Value::Bool(_)),
        _ => v.type_name() == name,
    }
}

/// `issubclass(c, cls)` for class objects (and tuples of them).
pub fn issubclass(c: &Value, cls: &Value) -> PyResult<bool> {
    if let Value::Tuple(ts) = cls {
        for t in ts.items() {
            if issubclass(c, t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Ok(match (c, cls) {
        (Value::Class(a), Value::Class(b)) => crate::class::mro(a).iter().any(|k| std::rc::Rc::ptr_eq(k, b)),
        (Value::Class(a), Value::Type(t)) => {
            t.name == "object"
                || a.exc_bases.iter().any(|e| e.is_subclass(t))
                || (std::ptr::eq(*t, &exc::TYPE_TUPLE) && crate::namedtuple::fields(a).is_some())
        }
        (Value::Type(a), Value::Type(b)) => a.is_subclass(b) || b.name == "object",
        (Value::Type(_), Value::Class(_)) => false,
        (Value::Class(_) | Value::Type(_), _) => {
            return Err(PyErr::type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
        _ => return Err(PyErr::type_error("issubclass() arg 1 must be a class")),
    })
}

/// `isinstance(v, cls)` where `cls` is a class object.
pub fn isinstance(v: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Type(t) => Ok(match v {
            Value::Exc(e) => exc::exc_is(e, t),
            Value::Instance(_) | Value::Class(_) | Value::Method(_) | Value::Super(_) => {
                t.name == "object" || (t.name == "type" && matches!(v, Value::Class(_)))
            }
            _ => isinstance_named(v, t.name) || exc::type_of(v).is_subclass(t),
        }),
        Value::Class(c) => Ok(crate::class::is_instance(v, c)),
        Value::Tuple(ts) => {
            for t in ts.items() {
                if isinstance(v, t)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Native(n) if crate::alias::isinstance(v, n).is_some() => crate::alias::isinstance(v, n).unwrap(),
        _ => Err(PyErr::type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
    }
}

/// `list(v)`, `tuple(v)`, `set(v)`.
pub fn to_list(v: &Value) -> PyResult<List> {
    Ok(list::from_vec(iter::collect(v)?))
}
pub fn to_tuple(v: &Value) -> PyResult<crate::tuple::Tuple> {
    match v {
        Value::Tuple(t) => Ok(t.clone()),
        other => Ok(crate::tuple::new(iter::collect(other)?)),
    }
}
pub fn to_set(v: &Value) -> PyResult<crate::set::Set> {
    match v {
        Value::Set(s) => Ok(crate::set::copy(s)),
        other => crate::set::from_values(iter::collect(other)?),
    }
}

/// `dict(v)`: from a dict or an iterable of pairs.
pub fn to_dict(v: &Value) -> PyResult<crate::dict::Dict> {
    match v {
        Value::Dict(d) => Ok(crate::dict::copy(d)),
        other => {
            let d = crate::dict::new();
            for (i, item) in iter::collect(other)?.into_iter().enumerate() {
                let pair = iter::collect(&item).map_err(|_| {
                    PyErr::type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"))
                })?;
                if pair.len() != 2 {
                    return Err(PyErr::value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                let mut p = pair.into_iter();
                crate::dict::setitem(&d, p.next().unwrap(), p.next().unwrap())?;
            }
            Ok(d)
        }
    }
}

/// `chr`/`ord`-free `str(v)` for `print`, shared with `repr`'s writer.
pub fn str_of(v: &Value) -> Str {
    crate::repr::to_str(v)
}

/// `type(v).__name__`.
pub fn type_name(v: &Value) -> Str {
    // Types of modules are named with their module (`collections.deque`)
    // in messages; `__name__` is the last part.
    crate::str::new(crate::module::short_name(v.type_name()))
}

pub fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        let msg = if min == max {
            format!("{name}() takes exactly {} argument{} ({} given)", min, if min == 1 { "" } else { "s" }, args.len())
        } else if args.len() < min {
            format!("{name} expected at least {min} argument{}, got {}", if min == 1 { "" } else { "s" }, args.len())
        } else {
            format!("{name} expected at most {max} arguments, got {}", args.len())
        };
        return Err(PyErr::type_error(msg));
    }
    Ok(())
}

/// CPython's TypeError when a builtin function or method (`len`,
/// `dict.pop`) gets a number of positional arguments it never takes (the
/// table, `arity_table.rs`, is generated from CPython).
/// `owner` is the type's name, empty for a builtin function.
/// The type of a bad argument as CPython's argument parsing names it
/// ("None" for None).
pub fn arg_type_name(v: &Value) -> &'static str {
    match v {
        Value::None => "None",
        other => other.type_name(),
    }
}

/// Builtins whose parameters may be passed by keyword, by position.
const KEYWORD_PARAMS: &[(&str, &[&str])] =
    &[("round", &["number", "ndigits"]), ("pow", &["base", "exp", "mod"]), ("enumerate", &["iterable", "start"])];

/// Moves the keyword arguments of the builtins in [`KEYWORD_PARAMS`] to
/// their positions (with CPython's errors for a clash or a gap).
fn keywords_to_positions<'k>(name: &str, args: Vec<Value>, kw: &[&'k str]) -> PyResult<(Vec<Value>, Vec<&'k str>)> {
    let Some((_, params)) = KEYWORD_PARAMS.iter().find(|(n, _)| *n == name).filter(|_| !kw.is_empty()) else {
        return Ok((args, kw.to_vec()));
    };
    let n = args.len() - kw.len();
    let mut slots: Vec<Option<Value>> = args[..n].iter().cloned().map(Some).collect();
    let mut rest = Vec::new();
    let mut rest_kw = Vec::new();
    for (k, v) in kw.iter().zip(&args[n..]) {
        match params.iter().position(|p| p == k) {
            Some(j) if j < n => {
                return Err(PyErr::type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    j + 1
                )))
            }
            Some(j) => {
                if slots.len() <= j {
                    slots.resize(j + 1, None);
                }
                slots[j] = Some(v.clone());
            }
            None => {
                rest.push(v.clone());
                rest_kw.push(*k);
            }
        }
    }
    let mut out = Vec::with_capacity(slots.len() + rest.len());
    for (j, s) in slots.into_iter().enumerate() {
        match s {
            Some(v) => out.push(v),
            None => {
                return Err(PyErr::type_error(format!(
                    "{name}() missing required argument '{}' (pos {})",
                    params[j],
                    j + 1
                )))
            }
        }
    }
    out.extend(rest);
    Ok((out, rest_kw))
}

/// A builtin that takes no keyword arguments, called with some: CPython's
/// TypeError (from the generated table, like the arities).
pub fn check_keywords(owner: &str, name: &str, keywords: usize) -> PyResult<()> {
    if keywords == 0 {
        return Ok(());
    }
    let table = crate::arity_table::NO_KEYWORDS;
    match table.binary_search_by(|r| (r.0, r.1).cmp(&(owner, name))) {
        Ok(i) => Err(PyErr::type_error(table[i].2)),
        Err(_) => Ok(()),
    }
}

pub fn check_arity(owner: &str, name: &str, positional: usize) -> PyResult<()> {
    let table = crate::arity_table::ARITY;
    let Ok(i) = table.binary_search_by(|r| (r.0, r.1).cmp(&(owner, name))) else {
        return Ok(());
    };
    let (_, _, lo, hi, few, many) = table[i];
    let msg = if positional < lo as usize {
        few
    } else if hi != 255 && positional > hi as usize {
        many
    } else {
        return Ok(());
    };
    Err(PyErr::type_error(msg.replace("{}", &positional.to_string())))
}

/// Calls a builtin function or class by name. `args` holds the positional
/// arguments followed by the values of the keyword arguments named in `kw`.
pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    // Module functions (`random.randint`) check their own arguments.
    let builtin = !name.contains('.');
    if builtin {
        check_keywords("", name, kw.len())?;
    }
    let (mut args, kw) = keywords_to_positions(name, args, kw)?;
    let kw = &kw[..];
    if builtin {
        check_arity("", name, args.len() - kw.len())?;
    }
    if !builtin {
        if name.starts_with("_lru_cache_wrapper.") {
            return crate::functools::cached_method(name, &args);
        }
        if name.starts_with("TextIOWrapper.") {
            return crate::io::stream_method(name, &args);
        }
        if name.split_once('.').is_some_and(|(m, _)| crate::module::find(m).is_some()) {
            return crate::module::call(name, args, kw);
        }
    }
    let kwvals = args.split_off(args.len() - kw.len());
    let kwargs: Vec<(&str, Value)> = kw.iter().copied().zip(kwvals).collect();
    let take_kw = |k: &str| kwargs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.clone());
    let known = |allowed: &[&str]| -> PyResult<()> {
        for (k, _) in &kwargs {
            if !allowed.contains(k) {
                return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
            }
        }
        Ok(())
    };
    // Exception classes are the capitalized names.
    if let Some(t) = name.starts_with(|c: char| c.is_ascii_uppercase()).then(|| exc::lookup(name)).flatten() {
        known(&[])?;
        return Ok(Value::Exc(exc::new_builtin(t, args)));
    }
    let a = &args;
    Ok(match name {
        "int" => {
            known(&["base"])?;
            match (a.len(), take_kw("base")) {
                (0, None) => Value::Int(0),
                (1, None) => Value::from_int(to_int(&a[0])?),
                (1, Some(b)) => Value::from_int(to_int_base(&a[0], &b.to_int()?)?),
                (2, None) => Value::from_int(to_int_base(&a[0], &a[1].to_int()?)?),
                _ => return Err(PyErr::type_error("int() takes at most 2 arguments")),
            }
        }
        "object" => {
            if !a.is_empty() || !kwargs.is_empty() {
                return Err(PyErr::type_error("object() takes no arguments"));
            }
            crate::native::new(crate::native::NativeObj::Object)
        }
        "complex" => {
            known(&["real", "imag"])?;
            if a.len() + kwargs.len() > 2 {
                return Err(PyErr::type_error(format!(
                    "complex() takes at most 2 arguments ({} given)",
                    a.len() + kwargs.len()
                )));
            }
            let real = a.first().cloned().or_else(|| take_kw("real"));
            if a.len() == 1 && take_kw("real").is_some() {
                return Err(PyErr::type_error("argument for complex() given by name ('real') and position (1)"));
            }
            let imag = a.get(1).cloned().or_else(|| take_kw("imag"));
            crate::complex::construct(real.as_ref(), imag.as_ref())?
        }
        "float" => {
            known(&[])?;
            arity("float", a, 0, 1)?;
            Value::Float(if a.is_empty() { 0.0 } else { to_float(&a[0])? })
        }
        "str" => {
            known(&[])?;
            arity("str", a, 0, 3)?;
            match a.len() {
                0 => Value::Str(crate::str::new("")),
                1 => Value::Str(crate::repr::to_str_checked(&a[0])?),
                _ => {
                    let Value::Bytes(b) = &a[0] else {
                        return Err(PyErr::type_error(match &a[0] {
                            Value::Str(_) => "decoding str is not supported".to_string(),
                            other => format!("decoding to str: need a bytes-like object, {} found", other.type_name()),
                        }));
                    };
                    let errors = a.get(2).map(crate::repr::str).unwrap_or_else(|| "strict".into());
                    let text = crate::bytes::decode(&b.data, &crate::repr::str(&a[1]), &errors)?;
                    Value::Str(crate::str::from_string(text))
                }
            }
        }
        "bytes" | "bytearray" => {
            known(&["source", "encoding", "errors"])?;
            arity(name, a, 0, 3)?;
            // `source`, `encoding`, `errors`, by position or by name.
            let mut slots: Vec<Option<Value>> = (0..3).map(|i| a.get(i).cloned()).collect();
            for (i, k) in ["source", "encoding", "errors"].iter().enumerate() {
                if let Some(v) = take_kw(k) {
                    if slots[i].is_some() {
                        return Err(PyErr::type_error(format!(
                            "argument for {name}() given by name ('{k}') and position ({})",
                            i + 1
                        )));
                    }
                    slots[i] = Some(v);
                }
            }
            let made = match (&slots[0], &slots[1], &slots[2]) {
                (Some(Value::Str(s)), Some(enc), errors) => {
                    let errors = errors.as_ref().map(crate::repr::str).unwrap_or_else(|| "strict".into());
                    crate::bytes::encode(s.as_str(), &crate::repr::str(enc), &errors)?
                }
                (Some(Value::Str(_)), None, _) => return Err(PyErr::type_error("string argument without an encoding")),
                (_, Some(_), _) => return Err(PyErr::type_error("encoding without a string argument")),
                (_, None, Some(_)) => return Err(PyErr::type_error("errors without a string argument")),
                (first, None, None) => crate::bytes::construct(first.as_ref()).map_err(|e| {
                    let msg = crate::exc::exc_str(&e.0).replace("bytes", name);
                    PyErr::new(e.0.ty, msg)
                })?,
            };
            match name {
                "bytes" => Value::Bytes(made),
                _ => crate::bytearray::from_vec(made.data.to_vec()),
            }
        }
        "bool" => {
            arity("bool", a, 0, 1)?;
            Value::Bool(a.first().is_some_and(|v| v.truthy()))
        }
        "repr" => {
            arity("repr", a, 1, 1)?;
            Value::Str(crate::repr::repr_str_checked(&a[0])?)
        }
        "ascii" => {
            arity("ascii", a, 1, 1)?;
            Value::Str(crate::repr::ascii_str_checked(&a[0])?)
        }
        "abs" => {
            arity("abs", a, 1, 1)?;
            ops::abs(&a[0])?
        }
        "round" => {
            known(&["ndigits"])?;
            let nd = a.get(1).cloned().or_else(|| take_kw("ndigits"));
            if crate::class::class_of(&a[0]).is_some() {
                let args = nd.iter().filter(|n| !n.is_none()).cloned().collect();
                if let Some(r) = crate::class::call_special(&a[0], "__round__", args) {
                    return r;
                }
                return Err(PyErr::type_error(format!("type {} doesn't define __round__ method", a[0].type_name())));
            }
            match nd {
                None | Some(Value::None) => Value::from_int(round(&a[0])?),
                Some(n) => round_digits(&a[0], &n.to_int()?)?,
            }
        }
        "divmod" => {
            arity("divmod", a, 2, 2)?;
            divmod(&a[0], &a[1])?
        }
        "pow" => {
            arity("pow", a, 2, 3)?;
            // `pow(a, b, None)` is `a ** b`.
            if a.len() == 3 && !matches!(a[2], Value::None) {
                Value::from_int(pow3(&a[0], &a[1], &a[2])?)
            } else {
                ops::binary(ops::BinOp::Pow, &a[0], &a[1])?
            }
        }
        "bin" => Value::Str(bin(&a[0])?),
        "hex" => Value::Str(hex(&a[0])?),
        "oct" => Value::Str(oct(&a[0])?),
        "ord" => match &a[0] {
            Value::Str(s) => Value::from_int(crate::str::ord(s)?),
            other => {
                return Err(PyErr::type_error(format!(
                    "ord() expected string of length 1, but {} found",
                    other.type_name()
                )))
            }
        },
        "chr" => Value::Str(crate::str::chr(&int_arg(&a[0])?)?),
        "len" => Value::from_int(ops::len(&a[0])?),
        "min" | "max" => {
            known(&["default", "key"])?;
            let want_max = name == "max";
            if a.is_empty() {
                return Err(PyErr::type_error(format!("{name} expected at least 1 argument, got 0")));
            }
            let items = if a.len() == 1 { iter::collect(&a[0])? } else { a.clone() };
            min_max_keyed(items, want_max, take_kw("default"), take_kw("key").as_ref())?
        }
        "sum" => {
            known(&["start"])?;
            arity("sum", a, 1, 2)?;
            let start = a.get(1).cloned().or_else(|| take_kw("start")).unwrap_or(Value::Int(0));
            match &start {
                Value::Str(_) => return Err(PyErr::type_error("sum() can't sum strings [use ''.join(seq) instead]")),
                Value::Bytes(_) => return Err(PyErr::type_error("sum() can't sum bytes [use b''.join(seq) instead]")),
                Value::ByteArray(_) => {
                    return Err(PyErr::type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
                }
                _ => {}
            }
            sum(&a[0], start)?
        }
        "sorted" => {
            known(&["key", "reverse"])?;
            arity("sorted", a, 1, 1)?;
            let rev = take_kw("reverse").is_some_and(|v| v.truthy());
            let mut items = iter::collect(&a[0])?;
            list::sort_keyed(&mut items, take_kw("key").as_ref(), rev)?;
            Value::List(list::from_vec(items))
        }
        "reversed" => Value::Iter(iter::reversed(&a[0])?),
        "enumerate" => {
            known(&["start"])?;
            let start = a.get(1).cloned().or_else(|| take_kw("start")).unwrap_or(Value::Int(0));
            Value::Iter(iter::enumerate(&a[0], start.to_int()?)?)
        }
        "zip" => Value::Iter(iter::zip(a)?),
        "property" | "classmethod" | "staticmethod" => crate::class::new_descr(name, a)?,
        "issubclass" => {
            arity("issubclass", a, 2, 2)?;
            Value::Bool(issubclass(&a[0], &a[1])?)
        }
        "BaseException.__init__" => {
            if let Value::Exc(e) = &a[0] {
                *e.args.borrow_mut() = a[1..].to_vec();
            }
            Value::None
        }
        "object.__init__" => {
            if a.len() > 1 {
                return Err(PyErr::type_error(
                    "object.__init__() takes exactly one argument (the instance to initialize)",
                ));
            }
            Value::None
        }
        "object.__new__" => match a.first() {
            Some(Value::Class(c)) => crate::class::bare_instance(c),
            _ => return Err(PyErr::type_error("object.__new__(X): X is not a type object")),
        },
        "object.__init_subclass__" => {
            if !kw.is_empty() {
                return Err(PyErr::type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    crate::repr::str(&crate::methods::getattr(&a[0], "__name__")?)
                )));
            }
            Value::None
        }
        "type.__new__" => return crate::class::type_new(args_with_kw(args, kwargs), kw),
        "type.__init__" => Value::None,
        "type.__call__" => match a.first() {
            Some(Value::Class(c)) => {
                let rest = args_with_kw(a[1..].to_vec(), kwargs);
                crate::class::instantiate(c, rest, kw)?
            }
            _ => return Err(PyErr::type_error("descriptor '__call__' requires a 'type' object")),
        },
        n if n.starts_with("object.") => return crate::methods::object_method(&n[7..], a),
        "property.getter" | "property.setter" | "property.deleter" => match &a[0] {
            Value::Descr(d) => crate::class::descr_method(d, &name[9..], &a[1..])?,
            _ => unreachable!("bound to a property"),
        },
        "map" => {
            known(&[])?;
            if a.is_empty() {
                return Err(PyErr::type_error("map() must have at least two arguments."));
            }
            Value::Iter(iter::map(&a[0], &a[1..])?)
        }
        "filter" => {
            known(&[])?;
            if a.len() != 2 {
                return Err(PyErr::type_error(format!("filter expected 2 arguments, got {}", a.len())));
            }
            Value::Iter(iter::filter(&a[0], &a[1])?)
        }
        "any" => Value::Bool(any(&a[0])?),
        "all" => Value::Bool(all(&a[0])?),
        "list" => Value::List(if a.is_empty() { list::new() } else { to_list(&a[0])? }),
        "tuple" => Value::Tuple(if a.is_empty() { crate::tuple::new(vec![]) } else { to_tuple(&a[0])? }),
        "set" => Value::Set(if a.is_empty() { crate::set::new() } else { to_set(&a[0])? }),
        "dict" => {
            let d = if a.is_empty() { crate::dict::new() } else { to_dict(&a[0])? };
            for (k, v) in &kwargs {
                crate::dict::setitem(&d, Value::from_str(k), v.clone())?;
            }
            Value::Dict(d)
        }
        "range" => {
            arity("range", a, 1, 3)?;
            let ints: Vec<Int> = a.iter().map(int_arg).collect::<PyResult<_>>()?;
            let r = match ints.len() {
                1 => crate::range::new(&Int::Small(0), &ints[0], &Int::Small(1))?,
                2 => crate::range::new(&ints[0], &ints[1], &Int::Small(1))?,
                _ => crate::range::new(&ints[0], &ints[1], &ints[2])?,
            };
            Value::Range(r)
        }
        "isinstance" => Value::Bool(isinstance(&a[0], &a[1])?),
        "input" => Value::Str(input(a.first())?),
        "iter" if a.len() == 2 => {
            // `iter(f, sentinel)`: calls f until it returns the sentinel.
            if !callable(&a[0]) {
                return Err(PyErr::type_error("iter(v, w): v must be callable"));
            }
            let (f, sentinel) = (a[0].clone(), a[1].clone());
            let done = std::cell::Cell::new(false);
            // `f` may call next() on this very iterator: the step is re-entrant.
            iter::reentrant("callable_iterator", move || {
                if done.get() {
                    return Ok(None);
                }
                // StopIteration from the callable ends the iteration too.
                let v = match crate::func::call(&f, Vec::new(), &[]) {
                    Err(e) if e.matches(&exc::STOP_ITERATION) => {
                        done.set(true);
                        return Ok(None);
                    }
                    r => r?,
                };
                if done.get() {
                    return Ok(None);
                }
                if crate::ops::eq(&sentinel, &v)? {
                    done.set(true);
                    return Ok(None);
                }
                Ok(Some(v))
            })
        }
        "iter" if matches!(a[0], Value::Gen(_)) => a[0].clone(),
        "iter" => Value::Iter(iter::iter(&a[0])?),
        "next" => {
            let it = match &a[0] {
                Value::Iter(it) => it.clone(),
                Value::Gen(g) => {
                    return match crate::gen::send(g, Value::None) {
                        Err(e) if e.matches(&exc::STOP_ITERATION) && a.len() > 1 => Ok(a[1].clone()),
                        r => r,
                    };
                }
                Value::Instance(_) if crate::class::special(&a[0], "__next__").is_some() => {
                    return match crate::class::call_special(&a[0], "__next__", Vec::new()).unwrap() {
                        Err(e) if e.matches(&exc::STOP_ITERATION) && a.len() > 1 => Ok(a[1].clone()),
                        r => r,
                    };
                }
                other => return Err(PyErr::type_error(format!("'{}' object is not an iterator", other.type_name()))),
            };
            match iter::next(&it)? {
                Some(v) => v,
                None => match a.get(1) {
                    Some(d) => d.clone(),
                    None => return Err(PyErr::empty(&exc::STOP_ITERATION)),
                },
            }
        }
        "id" => Value::Int(a[0].id()),
        "hash" => Value::Int(crate::hash::hash(&a[0])?),
        "format" => {
            let spec = match a.get(1) {
                Some(Value::Str(s)) => s.as_str().to_string(),
                None => String::new(),
                Some(other) => {
                    let what = if other.is_none() { "None" } else { other.type_name() };
                    return Err(PyErr::type_error(format!("format() argument 2 must be str, not {what}")));
                }
            };
            Value::Str(crate::str::from_string(crate::fmt::format(&a[0], &spec)?))
        }
        "getattr" | "setattr" | "hasattr" | "delattr" => {
            known(&[])?;
            let (lo, hi) = match name {
                "getattr" => (2, 3),
                "setattr" => (3, 3),
                _ => (2, 2),
            };
            arity(name, a, lo, hi)?;
            let attr = match &a[1] {
                Value::Str(s) => s.as_str().to_string(),
                other => {
                    return Err(PyErr::type_error(format!(
                        "attribute name must be string, not '{}'",
                        other.type_name()
                    )))
                }
            };
            match name {
                "getattr" => match crate::methods::getattr(&a[0], &attr) {
                    Err(e) if a.len() == 3 && std::ptr::eq(e.0.ty, &exc::ATTRIBUTE_ERROR) => a[2].clone(),
                    r => r?,
                },
                "hasattr" => match crate::methods::getattr(&a[0], &attr) {
                    Ok(_) => Value::Bool(true),
                    Err(e) if exc::exc_is(&e.0, &exc::ATTRIBUTE_ERROR) => Value::Bool(false),
                    Err(e) => return Err(e),
                },
                "setattr" => {
                    crate::methods::setattr(&a[0], &attr, a[2].clone())?;
                    Value::None
                }
                _ => {
                    crate::class::delattr(&a[0], &attr)?;
                    Value::None
                }
            }
        }
        "vars" => {
            known(&[])?;
            arity("vars", a, 1, 1)?;
            crate::methods::getattr(&a[0], "__dict__")
                .map_err(|_| PyErr::type_error("vars() argument must have __dict__ attribute"))?
        }
        "callable" => {
            known(&[])?;
            arity("callable", a, 1, 1)?;
            Value::Bool(callable(&a[0]))
        }
        "slice" => {
            known(&[])?;
            crate::slice::construct(a)?
        }
        "type" if a.len() == 3 => {
            let names: Vec<&str> = kwargs.iter().map(|(k, _)| *k).collect();
            let mut all = args;
            all.extend(kwargs.iter().map(|(_, v)| v.clone()));
            return crate::class::type_call3(all, &names);
        }
        "type" => {
            if !kwargs.is_empty() {
                return Err(PyErr::type_error("type() takes no keyword arguments"));
            }
            if a.len() != 1 {
                return Err(PyErr::type_error("type() takes 1 or 3 arguments"));
            }
            type_of(&a[0])
        }
        "print" => {
            known(&["sep", "end", "file", "flush"])?;
            let str_kw = |k: &str| match take_kw(k) {
                Some(Value::Str(s)) => Ok(Some(s)),
                Some(Value::None) | None => Ok(None),
                Some(other) => {
                    Err(PyErr::type_error(format!("{k} must be None or a string, not {}", other.type_name())))
                }
            };
            let (sep, end) = (str_kw("sep")?, str_kw("end")?);
            let file = take_kw("file").unwrap_or(Value::None);
            let flush = take_kw("flush").map(|f| f.truthy()).unwrap_or(false);
            print_to(&file, a, sep.as_ref(), end.as_ref())?;
            if flush {
                crate::io::flush_stdout();
            }
            Value::None
        }
        _ => return Err(PyErr::new(&exc::NAME_ERROR, format!("name '{name}' is not defined"))),
    })
}

#[cfg(test)]
mod arity_tests {
    #[test]
    fn the_table_is_sorted_for_binary_search() {
        let t = crate::arity_table::ARITY;
        assert!(t.windows(2).all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1)));
    }
}
