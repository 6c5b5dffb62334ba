//! The `weakref` module: `ref` (`ReferenceType`), `getweakrefcount`,
//! `getweakrefs`. The references are the object layer's
//! (`object/weakref.rs`), their Python face `types/weakref.rs`.

use crate::object::exc::PyResult;
use crate::object::value::Value;

/// `weakref.ref` / `weakref.ReferenceType`, the type.
pub fn ref_type() -> Value {
    Value::Type(crate::types::typeobj::internal_type("weakref.ReferenceType"))
}

fn live_refs(v: &Value) -> Vec<Value> {
    crate::object::weakref::key(v)
        .map(crate::object::weakref::refs)
        .unwrap_or_default()
        .into_iter()
        .map(Value::Native)
        .collect()
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    if name == "weakref.ReferenceType" {
        return crate::types::weakref::new(args, kw);
    }
    crate::stdlib::no_kwargs(name, kw)?;
    let short = crate::stdlib::short_name(name);
    crate::types::args::argc(short, &args, 1, 1)?;
    Ok(match name {
        "weakref.getweakrefcount" => Value::Int(live_refs(&args[0]).len() as i64),
        "weakref.getweakrefs" => Value::List(crate::types::list::from_vec(live_refs(&args[0]))),
        _ => unreachable!("weakref has no function {name}"),
    })
}
