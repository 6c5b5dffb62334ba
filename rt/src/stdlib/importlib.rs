//! The `importlib` module: `import_module`, which imports a module by a
//! name computed at run time: one of the program's own (every module the
//! program may import is compiled into it), or a standard module pyaot
//! provides; any other name is CPython's ModuleNotFoundError.

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    match name {
        "importlib.import_module" => {
            // (name, package=None), `package` by position or keyword.
            let positional = args.len() - kw.len();
            let mut slots: [Option<&Value>; 2] = [None, None];
            for (i, a) in args.iter().enumerate() {
                let at = if i < positional {
                    i
                } else {
                    ["name", "package"].iter().position(|n| *n == kw[i - positional]).unwrap_or(2)
                };
                if at >= 2 || positional > 2 {
                    return Err(PyErr::type_error("import_module() takes from 1 to 2 positional arguments"));
                }
                slots[at] = Some(a);
            }
            let module = match slots[0] {
                Some(Value::Str(s)) => s.as_str().to_string(),
                Some(_) => return Err(PyErr::type_error("the 'name' argument must be a str")),
                None => {
                    return Err(PyErr::type_error("import_module() missing 1 required positional argument: 'name'"))
                }
            };
            let package = match slots[1] {
                Some(Value::Str(s)) => Some(s.as_str().to_string()),
                _ => None,
            };
            import_module(&module, package.as_deref())
        }
        _ => unreachable!("importlib has no function {name}"),
    }
}

/// `importlib.import_module(name, package)`, relative names resolved against `package`.
fn import_module(name: &str, package: Option<&str>) -> PyResult<Value> {
    let level = name.chars().take_while(|&c| c == '.').count();
    let absolute = if level == 0 {
        name.to_string()
    } else {
        let Some(package) = package.filter(|p| !p.is_empty()) else {
            return Err(PyErr::type_error(format!(
                "the 'package' argument is required to perform a relative import for '{name}'"
            )));
        };
        let parts: Vec<&str> = package.split('.').collect();
        if level > parts.len() {
            return Err(PyErr::new(
                &crate::object::exc::IMPORT_ERROR,
                "attempted relative import beyond top-level package",
            ));
        }
        let base = parts[..parts.len() + 1 - level].join(".");
        let rest = &name[level..];
        if rest.is_empty() {
            base
        } else {
            format!("{base}.{rest}")
        }
    };
    if absolute.is_empty() {
        return Err(PyErr::value_error("Empty module name"));
    }
    crate::types::module::import_by_name(&absolute)
}
