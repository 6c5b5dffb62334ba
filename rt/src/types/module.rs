//! The modules of the program itself (`import mymod`): their objects,
//! `sys.modules`, and the steps of an import that compiled code runs.
//!
//! A program module's globals live where the compiler put them (typed
//! globals, read and written directly by code that names them, `m.x`
//! included). The module object is how the rest of Python reaches them:
//! its *accessor*, a function the compiler generates for each module whose
//! object dynamic code may reach, reads (`"get"`), writes (`"set"`) and
//! deletes (`"del"`) a global by name, raising NameError for a name that
//! is not one of its globals or not bound. Attributes set on the module
//! that are none of its globals live in the object's own dictionary.
//! `sys.modules` is a real dictionary: an import looks its name up there
//! first, as CPython's does, so deleting an entry makes the next import run
//! the module's body again.
//!
//! Steps of `import m` (`compiler/src/lower/imports.rs`): [`begin`] makes
//! the object and enters it in `sys.modules` (false when it is already
//! there), the module's body runs, then [`done`] marks it initialized, or
//! [`failed`] takes it out of `sys.modules` again when the body raised.

use std::cell::{Cell, RefCell};

use crate::object::exc::{self, PyErr, PyResult};
use crate::object::layout::native::NativeType;
use crate::object::value::Value;
use crate::types::dict::{self, Dict};

/// The object of a module of the program.
pub struct ProgramModule {
    pub name: String,
    /// Where its source was at build time (`__file__`).
    pub file: String,
    pub package: String,
    pub doc: Value,
    /// The names of its globals, in the order the source first binds them.
    pub globals: Vec<String>,
    /// Reads, writes and deletes its globals by name (see the module
    /// comment); `None` when no dynamic code can reach the module's
    /// attributes, which the compiler proved.
    pub accessor: Value,
    /// Attributes set on it that are none of its globals.
    pub extra: Dict,
    /// While its body runs.
    pub initializing: Cell<bool>,
}

thread_local! {
    static MODULES: RefCell<Option<Dict>> = const { RefCell::new(None) };
    /// The function importing a module of the program by name (set when
    /// the program imports by computed names; see `compiler/src/lower/imports.rs`).
    static IMPORTER: RefCell<Value> = const { RefCell::new(Value::None) };
}

/// Records the program's importer by name.
pub fn set_importer(f: Value) {
    let old = IMPORTER.with(|i| i.replace(f));
    drop(old);
}

/// `importlib.import_module(name)` of an absolute name: a module of the
/// program (its importer runs it), else a standard module pyaot has, else
/// ModuleNotFoundError.
pub fn import_by_name(name: &str) -> PyResult<Value> {
    let f = IMPORTER.with(|i| i.borrow().clone());
    if matches!(f, Value::None) {
        return import_other(&crate::types::str::from_string(name.to_string()));
    }
    crate::types::func::call(&f, vec![Value::from_str(name)], &[])
}

/// An import by name of no module of the program's: a standard module
/// pyaot has (entered in `sys.modules`), or ModuleNotFoundError.
pub fn import_other(name: &crate::types::str::Str) -> PyResult<Value> {
    let name = name.as_str();
    if let Some(v) = lookup(name)? {
        return Ok(v);
    }
    match pyaot_registry::modules::find(name) {
        Some(m) => {
            let v = Value::Module(m);
            dict::setitem(&sys_modules(), Value::from_str(name), v.clone())?;
            Ok(v)
        }
        None => not_found(name),
    }
}

/// `sys.modules`.
pub fn sys_modules() -> Dict {
    MODULES.with(|m| m.borrow_mut().get_or_insert_with(dict::new).clone())
}

/// The object `sys.modules` holds for `name`, if any.
fn lookup(name: &str) -> PyResult<Option<Value>> {
    dict::get_opt(&sys_modules(), &Value::from_str(name))
}

/// Starts importing the program module `name`: false when `sys.modules`
/// already has it (imported, or being imported: a circular import sees
/// the partly initialized module); otherwise makes its object, enters it
/// and returns true, and the caller runs the body.
pub fn begin(name: &str, file: &str, package: &str, globals: &[&str], doc: Value, accessor: Value) -> PyResult<bool> {
    match lookup(name)? {
        Some(Value::None) => Err(import_error(format!("import of {name} halted; None in sys.modules"), name)),
        Some(_) => Ok(false),
        None => {
            let m = ProgramModule {
                name: name.to_string(),
                file: file.to_string(),
                package: package.to_string(),
                doc,
                globals: globals.iter().map(|g| g.to_string()).collect(),
                accessor,
                extra: dict::new(),
                initializing: Cell::new(true),
            };
            dict::setitem(&sys_modules(), Value::from_str(name), crate::types::native::new_ext(m))?;
            Ok(true)
        }
    }
}

/// The body of `name` ran to its end.
pub fn done(name: &str) -> PyResult<()> {
    if let Some(v) = lookup(name)? {
        if let Some(m) = crate::types::native::ext::<ProgramModule>(&v) {
            m.initializing.set(false);
        }
    }
    Ok(())
}

/// The body of `name` raised: it is no longer imported.
pub fn failed(name: &str) {
    let _ = dict::pop(&sys_modules(), &Value::from_str(name), Some(Value::None));
}

/// The module object an import of `name` gives (after [`begin`] and the body).
pub fn get(name: &str) -> PyResult<Value> {
    lookup(name)?.ok_or_else(|| import_error(format!("import of {name} failed: not in sys.modules"), name))
}

/// Whether the program module `name` is being imported (its body runs).
fn partially_initialized(name: &str) -> PyResult<bool> {
    let m = lookup(name)?;
    Ok(m.as_ref().and_then(crate::types::native::ext::<ProgramModule>).is_some_and(|m| m.initializing.get()))
}

/// `from m import x` where the module `m` has no `x` bound: CPython's
/// ImportError, naming a circular import when `m` is still being imported.
pub fn cannot_import(what: &str, name: &str, file: &str) -> PyResult<Value> {
    let msg = if partially_initialized(name)? {
        format!(
            "cannot import name '{what}' from partially initialized module '{name}' (most likely due to a circular import) ({file})"
        )
    } else {
        format!("cannot import name '{what}' from '{name}' ({file})")
    };
    Err(import_error(msg, name))
}

/// `m.x` where the module `m` has no `x` bound (CPython's AttributeError,
/// naming a circular import when `m` is still being imported).
pub fn no_attr(name: &str, what: &str) -> PyResult<Value> {
    let msg = if partially_initialized(name)? {
        format!(
            "partially initialized module '{name}' has no attribute '{what}' (most likely due to a circular import)"
        )
    } else {
        format!("module '{name}' has no attribute '{what}'")
    };
    Err(PyErr::new(&exc::ATTRIBUTE_ERROR, msg))
}

/// `from m import x` of a name that is none of `m`'s globals: its
/// attribute (one set on it, or its `__getattr__`'s), or ImportError.
pub fn from_import(m: &Value, what: &str, name: &str, file: &str) -> PyResult<Value> {
    match crate::object::protocol::getattr(m, what) {
        Ok(v) => Ok(v),
        Err(e) if e.matches(&exc::ATTRIBUTE_ERROR) => cannot_import(what, name, file),
        Err(e) => Err(e),
    }
}

/// What `dir(m)` sorts for a module of the program: its `__dir__()`
/// (PEP 562), else its namespace's keys; for another object, its class's
/// `__dir__()`.
pub fn dir(m: &Value) -> PyResult<Value> {
    let Some(pm) = crate::types::native::ext::<ProgramModule>(m) else {
        // An object whose class (or metaclass) defines `__dir__`.
        if let Some(r) = crate::types::class::call_special(m, "__dir__", Vec::new) {
            return r;
        }
        if let Some(names) = crate::types::class::dir_names(m) {
            let items = names.iter().map(|n| Value::from_str(n)).collect();
            return Ok(Value::List(crate::types::list::from_vec(items)));
        }
        // The compiler lets a dynamic value through; anything else is refused.
        let msg = format!("dir() of a '{}' object, which pyaot does not list yet", m.type_name());
        return crate::types::exception::unreachable(&msg);
    };
    if let Some(hook) = pm.access("get", "__dir__", Value::None)? {
        return crate::types::func::call(&hook, vec![], &[]);
    }
    pm.namespace().map(Value::Dict)
}

/// `import name` of a module neither the program nor pyaot has.
pub fn not_found(name: &str) -> PyResult<Value> {
    let e = PyErr::new(&exc::MODULE_NOT_FOUND_ERROR, format!("No module named '{name}'"));
    e.0.attrs.borrow_mut().insert("name".into(), Value::from_str(name));
    Err(e)
}

/// Whether a module is a package of the program (its file an `__init__.py`).
pub fn is_package(m: &Value) -> bool {
    crate::types::native::ext::<ProgramModule>(m).is_some_and(|p| p.file.ends_with("__init__.py"))
}

/// A relative import that climbs out of its package (`msg` is CPython's).
pub fn bad_relative(msg: &str) -> PyResult<Value> {
    Err(PyErr::new(&exc::IMPORT_ERROR, msg))
}

fn import_error(msg: String, name: &str) -> PyErr {
    let e = PyErr::new(&exc::IMPORT_ERROR, msg);
    e.0.attrs.borrow_mut().insert("name".into(), Value::from_str(name));
    e
}

impl ProgramModule {
    /// Calls the accessor; `Ok(None)` when it has no such global (NameError).
    fn access(&self, op: &str, name: &str, value: Value) -> PyResult<Option<Value>> {
        if matches!(self.accessor, Value::None) {
            // The compiler proved no dynamic code reaches this module's
            // attributes: if some does, that proof was wrong.
            let msg = format!("the attributes of module {} were reached by name", self.name);
            return crate::types::exception::unreachable(&msg).map(|_| None);
        }
        let args = vec![Value::from_str(op), Value::from_str(name), value];
        match crate::types::func::call(&self.accessor, args, &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(&exc::NAME_ERROR) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn attr(&self, me: &Value, name: &str) -> PyResult<Value> {
        if matches!(self.accessor, Value::None) && name == "__name__" {
            return Ok(Value::from_str(&self.name));
        }
        if let Some(v) = self.access("get", name, Value::None)? {
            return Ok(v);
        }
        if let Some(v) = dict::get_opt(&self.extra, &Value::from_str(name))? {
            return Ok(v);
        }
        match name {
            "__name__" => return Ok(Value::from_str(&self.name)),
            "__file__" => return Ok(Value::from_str(&self.file)),
            "__package__" => return Ok(Value::from_str(&self.package)),
            "__doc__" => return Ok(self.doc.clone()),
            "__dict__" => return self.namespace().map(Value::Dict),
            // A module that annotates nothing gets an empty dictionary, kept.
            "__annotations__" => {
                let d = Value::Dict(dict::new());
                dict::setitem(&self.extra, Value::from_str(name), d.clone())?;
                return Ok(d);
            }
            _ => {}
        }
        // PEP 562: a module's own `__getattr__`.
        if let Some(hook) = self.access("get", "__getattr__", Value::None)? {
            return crate::types::func::call(&hook, vec![Value::from_str(name)], &[]);
        }
        let _ = me;
        no_attr(&self.name, name).map(|_| Value::None)
    }

    /// A snapshot of the module's namespace: its bound globals, then the
    /// attributes set on it.
    pub fn namespace(&self) -> PyResult<Dict> {
        let d = dict::new();
        let set = |k: &str, v: Value| dict::setitem(&d, Value::from_str(k), v);
        // CPython's module attributes, in its order (the import system's
        // own objects, `__loader__` and `__spec__`, are None here).
        let main = self.name == "__main__";
        set("__name__", Value::from_str(&self.name))?;
        set("__doc__", self.doc.clone())?;
        set("__package__", if main { Value::None } else { Value::from_str(&self.package) })?;
        set("__loader__", Value::None)?;
        set("__spec__", Value::None)?;
        if main {
            set("__annotations__", Value::Dict(dict::new()))?;
        }
        set("__builtins__", Value::None)?;
        set("__file__", Value::from_str(&self.file))?;
        set("__cached__", Value::None)?;
        for name in &self.globals {
            if let Some(v) = self.access("get", name, Value::None)? {
                dict::setitem(&d, Value::from_str(name), v)?;
            }
        }
        dict::update(&d, &self.extra)?;
        Ok(d)
    }
}

impl NativeType for ProgramModule {
    fn type_name(&self) -> &'static str {
        "module"
    }

    fn repr(&self, _me: &Value) -> String {
        format!("<module '{}' from '{}'>", self.name, self.file)
    }

    fn getattr(&self, me: &Value, name: &str) -> Option<PyResult<Value>> {
        Some(self.attr(me, name))
    }

    fn setattr(&self, _me: &Value, name: &str, value: Value) -> Option<PyResult<()>> {
        Some(match self.access("set", name, value.clone()) {
            Ok(Some(_)) => Ok(()),
            Ok(None) => dict::setitem(&self.extra, Value::from_str(name), value),
            Err(e) => Err(e),
        })
    }

    fn delattr(&self, _me: &Value, name: &str) -> Option<PyResult<()>> {
        Some(match self.access("del", name, Value::None) {
            Ok(Some(_)) => Ok(()),
            Ok(None) => match dict::pop(&self.extra, &Value::from_str(name), None) {
                Ok(_) => Ok(()),
                Err(_) => {
                    Err(PyErr::new(&exc::ATTRIBUTE_ERROR, format!("module '{}' has no attribute '{name}'", self.name)))
                }
            },
            Err(e) => Err(e),
        })
    }

    fn dir(&self) -> Option<PyResult<Vec<Value>>> {
        Some(self.namespace().map(|d| dict::keys(&d).to_vec()))
    }
}
