//! `typing`'s functions: `get_origin`/`get_args` over the hints
//! (`types/hint.rs`), `get_type_hints` (string annotations evaluated in the
//! module that wrote them), `NewType`, `TypeVar`, and the identity
//! decorators and helpers. Hints have no effect at run time, as in
//! CPython; `Generic`, `Protocol` and `NamedTuple` are classes
//! (`types/class/abstracts.rs`), `TypedDict` is `types/typeddict.rs`.

use crate::object::exc::{PyErr, PyResult};
use crate::object::layout::native::Hint;
use crate::object::value::Value;
use crate::types::hint::{args_of, convert, hint, origin_of};
use crate::types::native::{new, NativeObj, NativeType};

/// `typing.get_type_hints(obj)`: a class's annotations along its MRO (the
/// farthest base first), else the object's own; None as NoneType, string
/// annotations evaluated in the module that wrote them, and `Annotated`
/// stripped unless `include_extras`.
fn type_hints(obj: &Value, include_extras: bool) -> PyResult<Value> {
    let out = crate::types::dict::new();
    let add = |ann: &Value, module: &str| -> PyResult<()> {
        let Value::Dict(d) = ann else { return Ok(()) };
        for (k, v) in d.items_vec() {
            let v = resolve(v, module)?;
            let v = if include_extras { v } else { strip_annotated(v) };
            crate::types::dict::setitem(&out, k, v)?;
        }
        Ok(())
    };
    match obj {
        Value::Class(c) => {
            for k in crate::types::class::mro(c).iter().rev() {
                let ann = k.dict.borrow().get("__annotations__").cloned();
                if let Some(ann) = ann {
                    add(&ann, k.module)?;
                }
            }
        }
        Value::Type(_) => {}
        other => {
            let ann = match crate::object::protocol::getattr(other, "__annotations__") {
                Ok(a) => a,
                Err(e) if e.matches(&crate::object::exc::ATTRIBUTE_ERROR) => {
                    if crate::types::func::callable(other) {
                        return Ok(Value::Dict(out));
                    }
                    return Err(PyErr::type_error(format!(
                        "{} is not a module, class, method, or function.",
                        crate::object::protocol::repr(other)
                    )));
                }
                Err(e) => return Err(e),
            };
            let module = match other {
                Value::Native(_) if other.type_name() == "module" => {
                    crate::object::protocol::str(&crate::object::protocol::getattr(other, "__name__")?)
                }
                _ => match crate::object::protocol::getattr(other, "__module__") {
                    Ok(Value::Str(s)) => s.as_str().to_string(),
                    _ => "__main__".to_string(),
                },
            };
            add(&ann, &module)?;
        }
    }
    Ok(Value::Dict(out))
}

/// An annotation with its forward references (strings, in it or in its
/// arguments) evaluated in `module`.
fn resolve(v: Value, module: &str) -> PyResult<Value> {
    match v {
        Value::Str(s) => evaluate(s.as_str(), module),
        Value::List(l) => {
            let items = l.to_vec().into_iter().map(|x| resolve(x, module)).collect::<PyResult<Vec<_>>>()?;
            Ok(Value::List(crate::types::list::from_vec(items)))
        }
        Value::Native(n) => match &*n {
            NativeObj::Hint(Hint { name, args: Some(args) }) if name != "typing.Literal" => {
                let mut resolved = Vec::with_capacity(args.len());
                for (i, a) in args.iter().enumerate() {
                    let keep = name == "typing.Annotated" && i > 0;
                    resolved.push(if keep { a.clone() } else { resolve(a.clone(), module)? });
                }
                Ok(hint(name.clone(), Some(resolved)))
            }
            _ => Ok(Value::Native(n)),
        },
        other => Ok(convert(other)),
    }
}

fn strip_annotated(v: Value) -> Value {
    if let Value::Native(n) = &v {
        if let NativeObj::Hint(Hint { name, args: Some(a) }) = &**n {
            if name == "typing.Annotated" {
                return strip_annotated(a[0].clone());
            }
        }
    }
    v
}

/// A string annotation's value: names (dotted too) looked up in `module`
/// then the builtins, subscripts, `|` unions, None, `...` and lists of
/// these; anything else is an error rather than a guess.
fn evaluate(text: &str, module: &str) -> PyResult<Value> {
    let mut p = Parser { s: text.as_bytes(), i: 0, module };
    let v = p.union()?;
    p.space();
    if p.i != p.s.len() {
        return Err(p.unsupported());
    }
    Ok(convert(v))
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    module: &'a str,
}

impl Parser<'_> {
    fn space(&mut self) {
        while self.s.get(self.i).is_some_and(|c| c.is_ascii_whitespace()) {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        self.space();
        if self.s.get(self.i) == Some(&c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn unsupported(&self) -> PyErr {
        PyErr::new(
            &crate::object::exc::NOT_IMPLEMENTED_ERROR,
            format!(
                "pyaot evaluates string annotations made of names, subscripts and '|' only, not {:?}",
                String::from_utf8_lossy(self.s)
            ),
        )
    }

    fn union(&mut self) -> PyResult<Value> {
        let mut v = self.primary()?;
        while self.eat(b'|') {
            let w = self.primary()?;
            v = crate::ops::binary(crate::object::op::BinOp::Or, &v, &w)?;
        }
        Ok(v)
    }

    fn list(&mut self, close: u8) -> PyResult<Vec<Value>> {
        let mut items = Vec::new();
        if self.eat(close) {
            return Ok(items);
        }
        loop {
            items.push(self.union()?);
            if self.eat(close) {
                return Ok(items);
            }
            if !self.eat(b',') {
                return Err(self.unsupported());
            }
        }
    }

    fn primary(&mut self) -> PyResult<Value> {
        self.space();
        if self.eat(b'[') {
            let items = self.list(b']')?;
            return Ok(Value::List(crate::types::list::from_vec(items)));
        }
        if self.s[self.i..].starts_with(b"...") {
            self.i += 3;
            return Ok(new(NativeObj::Ellipsis));
        }
        if let Some(&q) = self.s.get(self.i).filter(|c| **c == b'\'' || **c == b'"') {
            let start = self.i + 1;
            let end = start + self.s[start..].iter().position(|c| *c == q).ok_or_else(|| self.unsupported())?;
            self.i = end + 1;
            return Ok(Value::from_str(&String::from_utf8_lossy(&self.s[start..end])));
        }
        let start = self.i;
        while self.s.get(self.i).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_' || *c == b'.') {
            self.i += 1;
        }
        if start == self.i {
            return Err(self.unsupported());
        }
        let name = std::str::from_utf8(&self.s[start..self.i]).unwrap_or_default();
        let mut v = self.name(name)?;
        while self.eat(b'[') {
            let items = self.list(b']')?;
            let index = match <[Value; 1]>::try_from(items) {
                Ok([one]) => one,
                Err(items) => Value::Tuple(crate::types::tuple::new(items)),
            };
            v = crate::object::protocol::getitem(&v, &index)?;
        }
        Ok(v)
    }

    fn name(&self, dotted: &str) -> PyResult<Value> {
        let mut parts = dotted.split('.');
        let first = parts.next().unwrap_or_default();
        let mut v = match first {
            "None" => Value::None,
            _ => {
                let m = crate::types::module::import_by_name(self.module)?;
                match crate::object::protocol::getattr(&m, first) {
                    Ok(v) => v,
                    Err(e) if e.matches(&crate::object::exc::ATTRIBUTE_ERROR) => {
                        match pyaot_registry::classes::builtins_class(first) {
                            Some(t) => Value::Type(t),
                            None => {
                                return Err(PyErr::new(
                                    &crate::object::exc::NAME_ERROR,
                                    format!("name '{first}' is not defined"),
                                ))
                            }
                        }
                    }
                    Err(e) => return Err(e),
                }
            }
        };
        for p in parts {
            v = crate::object::protocol::getattr(&v, p)?;
        }
        Ok(v)
    }
}

/// `typing.NewType(name, tp)`: a callable giving back its argument.
struct NewTypeObj {
    name: String,
    supertype: Value,
}

impl NativeType for NewTypeObj {
    fn type_name(&self) -> &'static str {
        "typing.NewType"
    }

    fn repr(&self, _me: &Value) -> String {
        format!("__main__.{}", self.name)
    }

    fn callable(&self) -> bool {
        true
    }

    fn call(&self, _me: &Value, mut args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
        if args.len() != 1 || !kw.is_empty() {
            return Err(PyErr::type_error(format!(
                "NewType.__call__() takes 2 positional arguments but {} were given",
                args.len() + 1
            )));
        }
        Ok(args.pop().unwrap())
    }

    fn getattr(&self, _me: &Value, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "__name__" | "__qualname__" => Value::from_str(&self.name),
            "__supertype__" => self.supertype.clone(),
            "__module__" => Value::from_str("__main__"),
            _ => return None,
        }))
    }
}

/// The functions of `typing`.
pub fn call(name: &str, mut args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let n = args.len() - kw.len();
    let short = name.trim_start_matches("typing.");
    let kwarg = |args: &[Value], k: &str| kw.iter().position(|x| *x == k).map(|i| args[n + i].clone());
    match short {
        "cast" => {
            crate::builtins::arity("cast", &args[..n], 2, 2)?;
            Ok(args.swap_remove(1))
        }
        "overload" | "final" | "no_type_check" | "runtime_checkable" if n != 1 || !kw.is_empty() => {
            crate::builtins::arity(short, &args[..n], 1, 1).map(|_| Value::None)
        }
        "overload" | "no_type_check" => Ok(args.swap_remove(0)),
        "final" => {
            let f = args.swap_remove(0);
            // As CPython's, the mark is set where the object takes it.
            let _ = crate::object::protocol::setattr(&f, "__final__", Value::Bool(true));
            Ok(f)
        }
        "runtime_checkable" => crate::types::class::abstracts::runtime_checkable(args.swap_remove(0)),
        "assert_type" => {
            crate::builtins::arity(short, &args[..n], 2, 2)?;
            Ok(args.swap_remove(0))
        }
        "assert_never" => {
            crate::builtins::arity(short, &args[..n], 1, 1)?;
            let mut r = crate::object::protocol::repr(&args[0]);
            if r.chars().count() > 100 {
                r = r.chars().take(100).collect::<String>() + "...";
            }
            Err(PyErr::new(
                &crate::object::exc::ASSERTION_ERROR,
                format!("Expected code to be unreachable, but got: {r}"),
            ))
        }
        "reveal_type" => {
            crate::builtins::arity(short, &args[..n], 1, 1)?;
            let t = crate::builtins::type_name(&args[0]);
            crate::types::stream::write_sys_stderr(&format!("Runtime type is '{}'\n", t.as_str()));
            Ok(args.swap_remove(0))
        }
        "dataclass_transform" => Ok(crate::types::func::builtin("typing.overload")),
        "get_origin" => {
            crate::builtins::arity(short, &args[..n], 1, 1)?;
            origin_of(&args[0])
        }
        "get_args" => {
            crate::builtins::arity(short, &args[..n], 1, 1)?;
            args_of(&args[0])
        }
        "get_type_hints" => {
            crate::builtins::arity(short, &args[..n], 1, 3)?;
            let extras = kwarg(&args, "include_extras").is_some_and(|v| v.truthy());
            type_hints(&args[0], extras)
        }
        "is_typeddict" => {
            crate::builtins::arity(short, &args[..n], 1, 1)?;
            Ok(Value::Bool(crate::types::typeddict::is_typeddict(&args[0])))
        }
        "NewType" => {
            crate::builtins::arity(short, &args[..n], 2, 2)?;
            let Value::Str(s) = &args[0] else {
                return Err(PyErr::type_error("NewType() argument 'name' must be str"));
            };
            Ok(new(NativeObj::Ext(Box::new(NewTypeObj { name: s.as_str().to_string(), supertype: args[1].clone() }))))
        }
        // `TypeVar("T")`, `ParamSpec("P")`, `TypeVarTuple("Ts")`.
        _ => match args.first() {
            Some(Value::Str(s)) => Ok(hint(format!("~{}", s.as_str()), None)),
            _ => Err(PyErr::type_error(format!("{short}() argument 'name' must be str"))),
        },
    }
}
