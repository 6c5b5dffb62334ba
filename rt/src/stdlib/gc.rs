//! The `gc` module: the interface to the cycle collector (`object/gc`).
//! pyaot's collector has one generation; the generation arguments are
//! checked as CPython checks them, and every collection is a full one.
//! Which objects are tracked is the implementation's choice (CPython's
//! docs say so): here sets, instances, functions, cells and bound
//! methods, and the lists, dicts and tuples that hold a container.

use crate::object::exc::{PyErr, PyResult};
use crate::object::gc;
use crate::object::value::Value;

fn int(v: &Value) -> PyResult<i64> {
    let i = v.to_int()?;
    i.as_i64()
        .ok_or_else(|| PyErr::new(&crate::object::exc::OVERFLOW_ERROR, "Python int too large to convert to C long"))
}

fn none(name: &str, args: &[Value]) -> PyResult<()> {
    if args.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("{name}() takes no arguments ({} given)", args.len())))
    }
}

fn one(name: &str, args: &[Value]) -> PyResult<()> {
    if args.len() == 1 {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("{name}() takes exactly one argument ({} given)", args.len())))
    }
}

fn tuple3(t: [i64; 3]) -> Value {
    Value::Tuple(crate::types::tuple::new(t.iter().map(|x| Value::Int(*x)).collect()))
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    if name != "gc.collect" && name != "gc.get_objects" {
        crate::stdlib::no_kwargs(name, kw)?;
    }
    Ok(match name {
        "gc.collect" => {
            if let Some(k) = kw.iter().find(|k| **k != "generation") {
                return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for collect()")));
            }
            crate::types::args::argc("collect", &args, 0, 1)?;
            if let Some(g) = args.first() {
                if !(0..=2).contains(&int(g)?) {
                    return Err(PyErr::value_error("invalid generation"));
                }
            }
            Value::Int(gc::collect() as i64)
        }
        "gc.enable" | "gc.disable" => {
            none(name, &args)?;
            gc::set_enabled(name == "gc.enable");
            Value::None
        }
        "gc.isenabled" => {
            none(name, &args)?;
            Value::Bool(gc::is_enabled())
        }
        "gc.get_count" => {
            none(name, &args)?;
            tuple3(gc::count())
        }
        "gc.get_threshold" => {
            none(name, &args)?;
            tuple3(gc::threshold())
        }
        "gc.set_threshold" => {
            crate::types::args::argc("set_threshold", &args, 1, 3)?;
            let t = args.iter().map(int).collect::<PyResult<Vec<i64>>>()?;
            gc::set_threshold(&t);
            Value::None
        }
        "gc.get_debug" => {
            none(name, &args)?;
            Value::Int(gc::debug())
        }
        "gc.set_debug" => {
            one(name, &args)?;
            gc::set_debug(int(&args[0])?);
            Value::None
        }
        "gc.freeze" | "gc.unfreeze" => {
            none(name, &args)?;
            if name == "gc.freeze" {
                gc::freeze()
            } else {
                gc::unfreeze()
            }
            Value::None
        }
        "gc.get_freeze_count" => {
            none(name, &args)?;
            Value::Int(gc::freeze_count() as i64)
        }
        "gc.is_tracked" => {
            one(name, &args)?;
            Value::Bool(gc::is_tracked(&args[0]))
        }
        "gc.is_finalized" => {
            one(name, &args)?;
            Value::Bool(matches!(&args[0], Value::Instance(i) if i.finalized.get()))
        }
        "gc.get_objects" => {
            if let Some(k) = kw.iter().find(|k| **k != "generation") {
                return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for get_objects()")));
            }
            crate::types::args::argc("get_objects", &args, 0, 1)?;
            let generation = match args.first() {
                None | Some(Value::None) => None,
                Some(g) => Some(int(g)?),
            };
            match generation {
                Some(g) if g >= 3 => {
                    return Err(PyErr::value_error(
                        "generation parameter must be less than the number of available generations (3)",
                    ))
                }
                Some(g) if g < 0 => return Err(PyErr::value_error("generation parameter cannot be negative")),
                // Everything is in the one generation, which CPython calls the oldest.
                Some(0 | 1) => Value::List(crate::types::list::new()),
                _ => Value::List(crate::types::list::from_vec(gc::objects())),
            }
        }
        "gc.get_stats" => {
            none(name, &args)?;
            let (collections, collected) = gc::stats();
            let gen = |c: i64, n: i64| -> PyResult<Value> {
                let pairs = vec![
                    (Value::from_str("collections"), Value::Int(c)),
                    (Value::from_str("collected"), Value::Int(n)),
                    (Value::from_str("uncollectable"), Value::Int(0)),
                ];
                Ok(Value::Dict(crate::types::dict::from_pairs(pairs)?))
            };
            Value::List(crate::types::list::from_vec(vec![gen(0, 0)?, gen(0, 0)?, gen(collections, collected)?]))
        }
        _ => unreachable!("gc has no function {name}"),
    })
}

/// The module's values.
pub fn constant(name: &str) -> Option<Value> {
    Some(match name {
        "garbage" => gc::garbage(),
        "DEBUG_STATS" => Value::Int(1),
        "DEBUG_COLLECTABLE" => Value::Int(2),
        "DEBUG_UNCOLLECTABLE" => Value::Int(4),
        "DEBUG_SAVEALL" => Value::Int(gc::DEBUG_SAVEALL),
        "DEBUG_LEAK" => Value::Int(38),
        _ => return None,
    })
}
