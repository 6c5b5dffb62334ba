//! The `atexit` module: functions registered to run when the program
//! ends (normally, by `sys.exit`, or after an uncaught exception's
//! traceback), last registered first, before the module's globals go.

use std::cell::RefCell;

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;

/// A registered call: the function, its positional arguments followed by
/// its keyword arguments' values, and those keywords' names.
struct Callback {
    func: Value,
    args: Vec<Value>,
    kw: Vec<String>,
}

thread_local! {
    static CALLBACKS: RefCell<Vec<Callback>> = const { RefCell::new(Vec::new()) };
}

pub fn call(name: &str, mut args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    if name != "atexit.register" {
        crate::stdlib::no_kwargs(name, kw)?;
    }
    let positional = args.len() - kw.len();
    match name {
        "atexit.register" => {
            if positional == 0 {
                return Err(PyErr::type_error("register() takes at least 1 argument (0 given)"));
            }
            let func = args.remove(0);
            if !crate::types::func::callable(&func) {
                return Err(PyErr::type_error("the first argument must be callable"));
            }
            let kw = kw.iter().map(|k| k.to_string()).collect();
            CALLBACKS.with(|c| c.borrow_mut().push(Callback { func: func.clone(), args, kw }));
            Ok(func)
        }
        "atexit.unregister" => {
            crate::types::args::argc("unregister", &args, 1, 1)?;
            let registered: Vec<Value> = CALLBACKS.with(|c| c.borrow().iter().map(|cb| cb.func.clone()).collect());
            let mut keep = Vec::with_capacity(registered.len());
            for f in &registered {
                keep.push(!crate::object::protocol::eq(f, &args[0])?);
            }
            let dropped: Vec<Callback> = CALLBACKS.with(|c| {
                let all = std::mem::take(&mut *c.borrow_mut());
                let (kept, dropped): (Vec<_>, Vec<_>) = all.into_iter().zip(keep).partition(|(_, k)| *k);
                *c.borrow_mut() = kept.into_iter().map(|(cb, _)| cb).collect();
                dropped.into_iter().map(|(cb, _)| cb).collect()
            });
            drop(dropped);
            Ok(Value::None)
        }
        "atexit._run_exitfuncs" => {
            crate::types::args::argc("_run_exitfuncs", &args, 0, 0)?;
            run_all();
            Ok(Value::None)
        }
        "atexit._clear" => {
            crate::types::args::argc("_clear", &args, 0, 0)?;
            let all = CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
            drop(all);
            Ok(Value::None)
        }
        "atexit._ncallbacks" => {
            crate::types::args::argc("_ncallbacks", &args, 0, 0)?;
            Ok(Value::Int(CALLBACKS.with(|c| c.borrow().len()) as i64))
        }
        _ => unreachable!("atexit has no function {name}"),
    }
}

/// Runs the registered functions, last first, each once; an exception one
/// raises is reported on stderr as CPython reports it, and the rest run.
pub fn run_all() {
    while let Some(cb) = CALLBACKS.with(|c| c.borrow_mut().pop()) {
        let kw: Vec<&str> = cb.kw.iter().map(String::as_str).collect();
        if let Err(e) = crate::types::func::call(&cb.func, cb.args, &kw) {
            crate::object::stdio::flush_stdout();
            crate::object::stdio::write_stderr(&format!(
                "Exception ignored in atexit callback: {}\n{}",
                crate::object::protocol::repr(&cb.func),
                crate::types::exception::format_traceback(&e.0)
            ));
        }
    }
}
