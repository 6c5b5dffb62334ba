//! `__import__(name, globals=None, locals=None, fromlist=(), level=0)`:
//! the import statement's machinery as a function. It imports by name as
//! `importlib.import_module` does (a module of the program, or a standard
//! module pyaot has), resolves relative names against the `__package__`
//! (or `__name__`) of the `globals` it is given, and returns what the
//! statement would bind: the top-level package for `__import__("a.b")`,
//! the module itself when a `fromlist` is given (importing the listed
//! submodules of a package).

use crate::object::exc::{self, PyErr, PyResult};
use crate::object::value::Value;
use crate::types::module;

const PARAMS: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];

pub fn dunder_import(args: &[Value], kwargs: &[(&str, Value)]) -> PyResult<Value> {
    if args.len() > PARAMS.len() {
        return Err(PyErr::type_error(format!("__import__() takes at most 5 arguments ({} given)", args.len())));
    }
    let mut slots: [Option<Value>; 5] = Default::default();
    for (i, a) in args.iter().enumerate() {
        slots[i] = Some(a.clone());
    }
    for (k, v) in kwargs {
        let Some(i) = PARAMS.iter().position(|p| p == k) else {
            return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for __import__()")));
        };
        if slots[i].is_some() {
            return Err(PyErr::type_error(format!(
                "argument for __import__() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(v.clone());
    }
    let [name, globals, _locals, fromlist, level] = slots;
    let name = match name {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(_) => return Err(PyErr::type_error("module name must be a string")),
        None => return Err(PyErr::type_error("__import__() missing required argument 'name' (pos 1)")),
    };
    let level = match level {
        Some(v) => v.to_int()?.as_i64().unwrap_or(i64::MAX),
        None => 0,
    };
    if level < 0 {
        return Err(PyErr::value_error("level must be >= 0"));
    }
    let absolute = if level == 0 {
        if name.is_empty() {
            return Err(PyErr::value_error("Empty module name"));
        }
        name.clone()
    } else {
        let package = package_of(globals.as_ref())?;
        let parts: Vec<&str> = package.split('.').collect();
        if level as usize > parts.len() {
            return module::bad_relative("attempted relative import beyond top-level package");
        }
        let base = parts[..parts.len() + 1 - level as usize].join(".");
        if name.is_empty() {
            base
        } else {
            format!("{base}.{name}")
        }
    };
    let m = module::import_by_name(&absolute)?;
    let fromlist = match fromlist {
        Some(f) if f.truthy() => f,
        // Without a fromlist, the statement binds the first name's module.
        _ => {
            let first = name.split('.').next().unwrap_or("");
            let cut = name.len() - first.len();
            return if cut == 0 { Ok(m) } else { module::import_by_name(&absolute[..absolute.len() - cut]) };
        }
    };
    if module::is_package(&m) {
        let mut items = crate::types::iter::collect(&fromlist)?;
        if items.iter().any(|x| matches!(x, Value::Str(s) if s.as_str() == "*")) {
            if let Ok(all) = crate::object::protocol::getattr(&m, "__all__") {
                items.extend(crate::types::iter::collect(&all)?);
            }
        }
        for item in items {
            let Value::Str(s) = &item else {
                return Err(PyErr::type_error(format!(
                    "Item in {absolute}.__all__ must be str, not {}",
                    item.type_name()
                )));
            };
            if s.as_str() == "*" || crate::object::protocol::getattr(&m, s.as_str()).is_ok() {
                continue;
            }
            let sub = format!("{absolute}.{}", s.as_str());
            match module::import_by_name(&sub) {
                Ok(_) => {}
                // A name that is no submodule is left for the caller's getattr.
                Err(e) if e.matches(&exc::MODULE_NOT_FOUND_ERROR) => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(m)
}

/// The package a relative `__import__` resolves against: `globals`'
/// `__package__`, else what its `__name__` implies.
fn package_of(globals: Option<&Value>) -> PyResult<String> {
    let lookup = |key: &str| -> PyResult<Option<Value>> {
        match globals {
            Some(Value::Dict(d)) => crate::types::dict::get_opt(d, &Value::from_str(key)),
            _ => Ok(None),
        }
    };
    let package = match lookup("__package__")? {
        Some(Value::Str(p)) => p.as_str().to_string(),
        Some(Value::None) | None => {
            let Some(name) = lookup("__name__")? else {
                let msg = Value::from_str("'__name__' not in globals");
                return Err(crate::types::exception::construct(&exc::KEY_ERROR, vec![msg]));
            };
            let name = crate::object::protocol::str(&name);
            if lookup("__path__")?.is_some() {
                name
            } else {
                name.rsplit_once('.').map_or(String::new(), |(p, _)| p.to_string())
            }
        }
        Some(_) => return Err(PyErr::type_error("package must be a string")),
    };
    if package.is_empty() {
        return module::bad_relative("attempted relative import with no known parent package").map(|_| package);
    }
    Ok(package)
}
