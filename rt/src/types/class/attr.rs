//! Attributes of instances and classes: lookup through the MRO with
//! descriptors (properties, class and static methods), `__getattr__` and
//! `__setattr__` hooks, deletion, and the default `repr`/`str` of an
//! instance.

use super::*;

/// `property(fget, fset, fdel)`, `classmethod(f)`, `staticmethod(f)`.
pub fn new_descr(kind: &str, args: &[Value]) -> PyResult<Value> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::None);
    let d = match kind {
        "property" => Descr::Property { get: arg(0), set: arg(1), del: arg(2), name: RefCell::new(None) },
        "classmethod" => Descr::ClassMethod(arg(0)),
        _ => Descr::StaticMethod(arg(0)),
    };
    Ok(Value::Descr(Rc::new(d)))
}

/// A class attribute found by lookup, as seen from `recv` (an instance, or
/// the class itself when `recv` is None): functions and class methods bind.
pub(crate) fn resolve(found: Value, recv: &Value, class: &Class) -> PyResult<Value> {
    match &found {
        Value::Func(_) if !recv.is_none() => Ok(bind(found, recv)),
        Value::Native(ref n) if !recv.is_none() && crate::types::native::binds(n) => Ok(bind(found, recv)),
        Value::Descr(d) => match &**d {
            Descr::Property { get, .. } if !recv.is_none() => {
                if get.is_none() {
                    return Err(PyErr::new(&crate::object::exc::ATTRIBUTE_ERROR, "property has no getter"));
                }
                crate::types::func::call(get, vec![recv.clone()], &[])
            }
            Descr::ClassMethod(f) => Ok(bind(f.clone(), &Value::Class(class.clone()))),
            Descr::StaticMethod(f) => Ok(f.clone()),
            _ => Ok(found.clone()),
        },
        _ => Ok(found),
    }
}

/// CPython's message for a property without a setter or deleter: it names
/// the property when `__set_name__` named it, and the class by its
/// qualified name.
fn no_accessor(prop_name: &RefCell<Option<String>>, class: &Class, what: &str) -> String {
    match &*prop_name.borrow() {
        Some(n) => format!("property '{n}' of '{}' object has no {what}", class.qualname),
        None => format!("property of '{}' object has no {what}", class.qualname),
    }
}

/// `prop.setter(f)` and friends: a copy of the property with one function replaced.
pub fn descr_method(d: &Descr, name: &str, args: &[Value]) -> PyResult<Value> {
    let Descr::Property { get, set, del, name: prop_name } = d else {
        return Err(PyErr::new(&crate::object::exc::ATTRIBUTE_ERROR, format!("object has no attribute '{name}'")));
    };
    let f = args.first().cloned().unwrap_or(Value::None);
    let (get, set, del) = match name {
        "getter" => (f, set.clone(), del.clone()),
        "setter" => (get.clone(), f, del.clone()),
        "deleter" => (get.clone(), set.clone(), f),
        _ => {
            return Err(PyErr::new(
                &crate::object::exc::ATTRIBUTE_ERROR,
                format!("'property' object has no attribute '{name}'"),
            ))
        }
    };
    Ok(Value::Descr(Rc::new(Descr::Property { get, set, del, name: RefCell::new(prop_name.borrow().clone()) })))
}

pub(crate) fn bind(v: Value, recv: &Value) -> Value {
    match v {
        Value::Func(_) => Value::Method(MethodObj::new(v, recv.clone())),
        Value::Native(ref n) if crate::types::native::binds(n) => Value::Method(MethodObj::new(v, recv.clone())),
        other => other,
    }
}

pub(crate) fn no_attr(owner: &str, name: &str) -> PyErr {
    PyErr::new(&crate::object::exc::ATTRIBUTE_ERROR, format!("'{owner}' object has no attribute '{name}'"))
}

/// `v.name` for instances, classes and `super()` objects; None for other values.
pub fn getattr(v: &Value, name: &str) -> Option<PyResult<Value>> {
    Some(match v {
        // A named tuple: its fields, then its class's attributes; other
        // names fall through to the tuple methods.
        Value::Tuple(t) if t.class.is_some() => {
            let c = t.class.as_ref().unwrap();
            if name == "__class__" {
                return Some(Ok(Value::Class(c.clone())));
            }
            if let Some(x) = crate::types::namedtuple::field(t, c, name) {
                return Some(Ok(x));
            }
            return lookup(c, name).map(|x| resolve(x, v, c));
        }
        Value::Instance(i) => {
            // A class's `__getattribute__` decides; `__getattr__` is asked
            // when it (or the default) raises AttributeError.
            let hook = if i.class.is_plain() { None } else { lookup(&i.class, "__getattribute__") };
            let r = match hook {
                Some(ga) => crate::types::func::call(&bind(ga, v), vec![Value::from_str(name)], &[]),
                None => object_getattribute(v, name),
            };
            match r {
                Err(e) if e.matches(&crate::object::exc::ATTRIBUTE_ERROR) => match special(v, "__getattr__") {
                    Some(f) => crate::types::func::call(&f, vec![Value::from_str(name)], &[]),
                    None => Err(e),
                },
                r => r,
            }
        }
        Value::Exc(e) if e.class.is_some() => {
            let class = e.class.as_ref().unwrap();
            if name == "__class__" {
                return Some(Ok(Value::Class(class.clone())));
            }
            if let Some(x) = e.attrs.borrow().get(name) {
                return Some(Ok(x.clone()));
            }
            match lookup(class, name) {
                Some(x) => resolve(x, v, class),
                // The builtin attributes (`args`) and errors come from the caller.
                None => return None,
            }
        }
        Value::Class(c) => match name {
            // A struct sequence's class is named with its module.
            "__name__" => Ok(Value::from_str(c.name.rsplit('.').next().unwrap_or(c.name))),
            "__qualname__" => Ok(Value::from_str(&c.qualname)),
            "__module__" => Ok(Value::from_str(c.module)),
            "__dict__" => {
                let d = crate::types::dict::new();
                for (k, x) in c.dict.borrow().iter() {
                    if let Err(e) = crate::types::dict::setitem(&d, Value::from_str(k), x.clone()) {
                        return Some(Err(e));
                    }
                }
                Ok(Value::Dict(d))
            }
            // Not inherited: a class without a docstring has None.
            "__doc__" => Ok(c.dict.borrow().get("__doc__").cloned().unwrap_or(Value::None)),
            "__mro__" => Ok(Value::Tuple(crate::types::tuple::new(full_mro(v)))),
            "__bases__" => Ok(Value::Tuple(crate::types::tuple::new(bases_of(v)))),
            "__base__" => Ok(bases_of(v).swap_remove(0)),
            _ => match lookup(c, name) {
                Some(x) => get_found(x, &Value::None, c),
                // The metaclass's attributes, methods bound to the class.
                None => match c.meta.as_ref().and_then(|m| lookup(m, name).map(|x| (m.clone(), x))) {
                    Some((m, x)) => resolve(x, v, &m),
                    // A class deriving from a builtin type has its `__new__`.
                    None if name == "__new__" && c.builtin.is_some() => {
                        Ok(crate::types::native::new(crate::types::native::NativeObj::UnboundMethod {
                            ty: c.builtin.unwrap().name,
                            name: name.to_string(),
                        }))
                    }
                    // Inherited from `object` (`C.__new__(C)`).
                    None if matches!(
                        name,
                        "__new__"
                            | "__init__"
                            | "__repr__"
                            | "__str__"
                            | "__eq__"
                            | "__ne__"
                            | "__hash__"
                            | "__setattr__"
                            | "__delattr__"
                            | "__getattribute__"
                    ) && c.base_exc.is_none()
                        && !c.is_meta =>
                    {
                        Ok(crate::types::func::builtin(&format!("object.{name}")))
                    }
                    None => Err(PyErr::new(
                        &crate::object::exc::ATTRIBUTE_ERROR,
                        format!("type object '{}' has no attribute '{name}'", c.name),
                    )),
                },
            },
        },
        Value::Descr(d) if matches!(**d, Descr::Property { .. }) && matches!(name, "getter" | "setter" | "deleter") => {
            Ok(Value::Method(MethodObj::new(crate::types::func::builtin(&format!("property.{name}")), v.clone())))
        }
        Value::Descr(d) if matches!(name, "fget" | "fset" | "fdel" | "__doc__") => match &**d {
            Descr::Property { get, set, del, .. } => Ok(match name {
                "fget" => get.clone(),
                "fset" => set.clone(),
                "fdel" => del.clone(),
                // A property's docstring is its getter's.
                _ if get.is_none() => Value::None,
                _ => crate::object::protocol::getattr(get, "__doc__").unwrap_or(Value::None),
            }),
            _ => Err(PyErr::new(
                &crate::object::exc::ATTRIBUTE_ERROR,
                format!("'{}' object has no attribute '{name}'", v.type_name()),
            )),
        },
        Value::Super(s) => {
            // `super()` in a method of an instance, in a class method or
            // `__new__` (the receiver is a subclass), or in a metaclass's
            // method (the receiver is a class whose metaclass derives from it).
            let (full, bind_to) = match &s.recv {
                Value::Class(c) if is_subclass(c, &s.class) => (mro(c), Value::None),
                recv => (mro(&class_of(recv).expect("super() binds an instance")), recv.clone()),
            };
            let start = full.iter().position(|k| Rc::ptr_eq(k, &s.class)).map_or(full.len(), |p| p + 1);
            let method = |f: &str| Ok(Value::Method(MethodObj::new(crate::types::func::builtin(f), s.recv.clone())));
            match full[start..].iter().find_map(|k| k.dict.borrow().get(name).cloned().map(|x| (k.clone(), x))) {
                Some((_, x)) if name == "__new__" => Ok(unwrap_static(x)),
                Some((k, x)) if bind_to.is_none() => match &x {
                    Value::Descr(d) if matches!(**d, Descr::ClassMethod(_)) => resolve(
                        x,
                        &Value::None,
                        &match &s.recv {
                            Value::Class(c) => c.clone(),
                            _ => k,
                        },
                    ),
                    _ => Ok(x),
                },
                Some((k, x)) => resolve(x, &bind_to, &k),
                // Past the user classes: the builtin bases' methods.
                None => match name {
                    "__new__" if s.class.builtin.is_some() => {
                        Ok(crate::types::native::new(crate::types::native::NativeObj::UnboundMethod {
                            ty: s.class.builtin.unwrap().name,
                            name: name.to_string(),
                        }))
                    }
                    "__init__"
                        if s.class
                            .builtin
                            .is_some_and(|t| pyaot_registry::classes::MUTABLE_BASES.contains(&t.name)) =>
                    {
                        method(&format!("{}.__init__", s.class.builtin.unwrap().name))
                    }
                    "__init__" | "__init_subclass__" | "__setattr__" | "__delattr__" | "__getattribute__"
                        if s.class.builtin.is_some() && !matches!(s.recv, Value::Class(_)) =>
                    {
                        method(&format!("object.{name}"))
                    }
                    _ if base_value(&s.recv).is_some() => {
                        crate::object::protocol::getattr(&base_value(&s.recv).unwrap(), name)
                    }
                    "__new__" if s.class.is_meta => Ok(crate::types::func::builtin("type.__new__")),
                    "__new__" => Ok(crate::types::func::builtin("object.__new__")),
                    "__init__" if matches!(s.recv, Value::Exc(_)) => method("BaseException.__init__"),
                    "__init__" if s.class.is_meta => method("type.__init__"),
                    "__init__" => method("object.__init__"),
                    "__call__" if s.class.is_meta => method("type.__call__"),
                    "__init_subclass__" => method("object.__init_subclass__"),
                    "__setattr__" | "__delattr__" | "__getattribute__" | "__repr__" | "__str__" | "__eq__"
                    | "__ne__" | "__hash__" => method(&format!("object.{name}")),
                    _ => Err(no_attr("super", name)),
                },
            }
        }
        _ => return None,
    })
}

/// `object.__getattribute__(v, name)` for an instance, as CPython's
/// generic lookup orders it: a data descriptor of the class (a property,
/// an object defining `__set__` or `__delete__`), then the instance's own
/// attribute, then the class's attribute (a function binds, a descriptor's
/// `__get__` runs). No `__getattr__` fallback: that is the caller's.
pub fn object_getattribute(v: &Value, name: &str) -> PyResult<Value> {
    let Value::Instance(i) = v else {
        return crate::object::protocol::getattr(v, name);
    };
    if name == "__class__" {
        // A class may claim another (a property named `__class__`, as a
        // `weakref.proxy` does).
        if let Some(d) = lookup(&i.class, name).filter(|d| !i.class.is_plain() && is_data_descriptor(d)) {
            return get_found(d, v, &i.class);
        }
        return Ok(Value::Class(i.class.clone()));
    }
    if name == "__dict__" && allowed_slots(&i.class).is_none() {
        let d = crate::types::dict::new();
        // Attributes held in slots are not in the `__dict__`.
        let slotted: Vec<String> = mro(&i.class)
            .iter()
            .filter_map(|k| k.dict.borrow().get("__slots__").and_then(|s| slot_names(s).ok()))
            .flatten()
            .collect();
        for (k, x) in i.items().into_iter().filter(|(k, _)| !slotted.contains(k)) {
            let _ = crate::types::dict::setitem(&d, Value::from_str(&k), x);
        }
        return Ok(Value::Dict(d));
    }
    // Without descriptors anywhere, the instance's own attribute comes first
    // and the class is only searched when it has none.
    let found = if i.class.is_plain() { None } else { lookup(&i.class, name) };
    if let Some(d) = found.as_ref().filter(|d| is_data_descriptor(d)) {
        return get_found(d.clone(), v, &i.class);
    }
    if let Some(x) = i.get(name) {
        return Ok(x);
    }
    if name == "__doc__" {
        return Ok(i.class.dict.borrow().get("__doc__").cloned().unwrap_or(Value::None));
    }
    match found.or_else(|| lookup(&i.class, name)) {
        Some(x) => get_found(x, v, &i.class),
        // The builtin base's attributes (methods bound to the value).
        None => match &i.base {
            Some(b) => crate::object::protocol::getattr(b, name).map_err(|_| no_attr(i.class.name, name)),
            None => Err(no_attr(i.class.name, name)),
        },
    }
}

/// Whether a class attribute is a data descriptor, which takes precedence
/// over an instance's own attribute of the same name: a property, or an
/// object whose class defines `__set__` or `__delete__`.
pub fn is_data_descriptor(a: &Value) -> bool {
    match a {
        Value::Descr(d) => matches!(**d, Descr::Property { .. }),
        Value::Instance(d) => lookup(&d.class, "__set__").is_some() || lookup(&d.class, "__delete__").is_some(),
        _ => false,
    }
}

/// A class attribute read through `recv`: an object defining `__get__`
/// gives what that returns (`__get__(recv, class)`), anything else as
/// [`resolve`] binds it.
fn get_found(found: Value, recv: &Value, class: &Class) -> PyResult<Value> {
    if let Value::Instance(d) = &found {
        if let Some(get) = lookup(&d.class, "__get__") {
            return crate::types::func::call(&get, vec![found.clone(), recv.clone(), Value::Class(class.clone())], &[]);
        }
    }
    resolve(found, recv, class)
}

/// `v.name = x` for instances and classes; None for other values.
pub fn setattr(v: &Value, name: &str, x: Value) -> Option<PyResult<()>> {
    if let Value::Instance(i) = v {
        if i.class.is_plain() {
            i.set(name, x);
            return Some(Ok(()));
        }
    }
    if let Some(f) = special(v, "__setattr__") {
        return Some(crate::types::func::call(&f, vec![Value::from_str(name), x], &[]).map(|_| ()));
    }
    object_setattr(v, name, x)
}

/// `object.__setattr__(v, name, x)`: properties' setters, `__slots__`, the
/// instance's own attributes; None for values without attributes.
pub fn object_setattr(v: &Value, name: &str, x: Value) -> Option<PyResult<()>> {
    match v {
        Value::Instance(i) => {
            let found = lookup(&i.class, name);
            if let Some(Value::Instance(d)) = &found {
                if let Some(set) = lookup(&d.class, "__set__") {
                    let args = vec![Value::Instance(d.clone()), v.clone(), x];
                    return Some(crate::types::func::call(&set, args, &[]).map(|_| ()));
                }
            }
            if let Some(Value::Descr(d)) = found {
                if let Descr::Property { set, name: prop_name, .. } = &*d {
                    if set.is_none() {
                        return Some(Err(PyErr::new(
                            &crate::object::exc::ATTRIBUTE_ERROR,
                            no_accessor(prop_name, &i.class, "setter"),
                        )));
                    }
                    return Some(crate::types::func::call(set, vec![v.clone(), x], &[]).map(|_| ()));
                }
            }
            if let Some(allowed) = allowed_slots(&i.class) {
                if !allowed.iter().any(|a| a == name) {
                    return Some(Err(no_attr(i.class.name, name)));
                }
            }
            i.set(name, x);
            Some(Ok(()))
        }
        Value::Class(c) => {
            note_finalizer(name);
            super::note_patch(c, name, &x);
            let old = c.dict_mut().insert(name.to_string(), x);
            drop(old);
            Some(Ok(()))
        }
        Value::Exc(e) => {
            let old = e.attrs.borrow_mut().insert(name.to_string(), x);
            drop(old);
            Some(Ok(()))
        }
        _ => None,
    }
}

/// `del v.name`.
pub fn delattr(v: &Value, name: &str) -> PyResult<()> {
    if let Some(r) = crate::types::native::slots(v).and_then(|s| s.delattr(v, name)) {
        return r;
    }
    if let Some(f) = special(v, "__delattr__") {
        return crate::types::func::call(&f, vec![Value::from_str(name)], &[]).map(|_| ());
    }
    object_delattr(v, name)
}

/// `object.__delattr__(v, name)`.
pub fn object_delattr(v: &Value, name: &str) -> PyResult<()> {
    match v {
        Value::Instance(i) => {
            if let Some(Value::Descr(d)) = lookup(&i.class, name) {
                if let Descr::Property { del, name: prop_name, .. } = &*d {
                    if del.is_none() {
                        return Err(PyErr::new(
                            &crate::object::exc::ATTRIBUTE_ERROR,
                            no_accessor(prop_name, &i.class, "deleter"),
                        ));
                    }
                    return crate::types::func::call(del, vec![v.clone()], &[]).map(|_| ());
                }
            }
            if i.remove(name) {
                Ok(())
            } else {
                Err(no_attr(i.class.name, name))
            }
        }
        Value::Class(c) => match c.dict_mut().shift_remove(name) {
            Some(_) => Ok(()),
            None => Err(PyErr::new(
                &crate::object::exc::ATTRIBUTE_ERROR,
                format!("type object '{}' has no attribute '{name}'", c.name),
            )),
        },
        Value::Exc(e) => match e.attrs.borrow_mut().shift_remove(name) {
            Some(_) => Ok(()),
            None => Err(no_attr(crate::object::exc::exc_name(e), name)),
        },
        Value::Func(f) => match f.attrs.borrow_mut().shift_remove(name) {
            Some(_) => Ok(()),
            None => Err(no_attr("function", name)),
        },
        other => Err(no_attr(other.type_name(), name)),
    }
}

pub(crate) fn text_of(v: &Value, name: &str) -> Option<String> {
    let r = call_special(v, name, Vec::new)?;
    match r {
        Ok(Value::Str(s)) => Some(s.as_str().to_string()),
        Ok(other) => {
            let e = PyErr::type_error(format!("{name} returned non-string (type {})", other.type_name()));
            PENDING.with(|p| p.borrow_mut().get_or_insert(e).clone());
            Some(String::new())
        }
        Err(e) => {
            PENDING.with(|p| {
                p.borrow_mut().get_or_insert(e);
            });
            Some(String::new())
        }
    }
}

/// `repr(instance)`: its `__repr__`, else `<__main__.C object at 0x...>`.
pub fn repr_instance(v: &Value) -> String {
    if let Some(s) = text_of(v, "__repr__") {
        return s;
    }
    match (base_value(v), v) {
        // `set.__repr__` names the instance's class: `S({1, 2})`, `S()`.
        (Some(b @ Value::Set(_)), Value::Instance(i)) => {
            let r = crate::object::protocol::repr(&b);
            let items = r.strip_prefix("frozenset(").and_then(|r| r.strip_suffix(')')).unwrap_or(&r);
            match items {
                "" | "set()" => format!("{}()", i.class.name),
                _ => format!("{}({items})", i.class.name),
            }
        }
        (Some(b), _) => crate::object::protocol::repr(&b),
        (None, _) => default_repr(v),
    }
}

/// `object.__repr__(v)`.
pub fn default_repr(v: &Value) -> String {
    match v {
        Value::Instance(i) => format!("<{}.{} object at {:#x}>", i.class.module, i.class.qualname, v.id()),
        Value::Exc(e) => crate::types::exception::exc_repr(e),
        other => format!("<{} object at {:#x}>", other.type_name(), other.id()),
    }
}

/// `str(instance)`: its `__str__`, else its repr (an exception: its args).
pub fn str_instance(v: &Value) -> String {
    match (text_of(v, "__str__"), v) {
        (Some(s), _) => s,
        (None, Value::Exc(e)) => crate::types::exception::exc_str(e),
        // `str.__str__` is the string itself; `int` and `float` have `object`'s (the repr).
        (None, _) => match base_value(v) {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => repr_instance(v),
        },
    }
}
