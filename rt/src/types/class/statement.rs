//! Class creation: the `class` statement and `type(name, bases, ns)`,
//! metaclasses, `__slots__`, and the method resolution order (C3).

use super::*;
use std::cell::Cell;

/// The full MRO: the class, then the rest.
pub fn mro(c: &Class) -> Vec<Class> {
    let mut v = vec![c.clone()];
    v.extend(c.mro_rest.iter().cloned());
    v
}

/// `cls.__bases__` of a class or builtin type: `(object,)` when none is written.
pub fn bases_of(cls: &Value) -> Vec<Value> {
    let object = || Value::Type(&crate::object::exc::TYPE_OBJECT);
    match cls {
        Value::Class(c) if c.base_values.is_empty() => vec![object()],
        Value::Class(c) => c.base_values.clone(),
        Value::Type(t) => match t.base {
            Some(b) => vec![Value::Type(b)],
            None if std::ptr::eq(*t, &crate::object::exc::TYPE_OBJECT) => Vec::new(),
            None => vec![object()],
        },
        _ => Vec::new(),
    }
}

/// `cls.__mro__`, builtin classes included: the C3 linearization over
/// every base (user classes and builtin types alike) ending in `object`.
pub fn full_mro(cls: &Value) -> Vec<Value> {
    fn same(a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Class(x), Value::Class(y)) => Rc::ptr_eq(x, y),
            (Value::Type(x), Value::Type(y)) => std::ptr::eq(*x, *y),
            _ => false,
        }
    }
    let bases = bases_of(cls);
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(full_mro).collect();
    seqs.push(bases);
    let mut out = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return out;
        }
        // The class statement checked the user classes' order; a head that
        // is in no other tail exists unless builtin bases conflict, and then
        // the first head is as good an order as any.
        let head = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|h| !seqs.iter().any(|s| s[1..].iter().any(|x| same(x, h))))
            .unwrap_or_else(|| seqs[0][0].clone());
        for s in &mut seqs {
            if same(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// C3 linearization of `bases` (each with its own MRO), or None if there is none.
pub(crate) fn c3(bases: &[Class]) -> Option<Vec<Class>> {
    let mut seqs: Vec<Vec<Class>> = bases.iter().map(mro).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Class> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let head = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|h| !seqs.iter().any(|s| s[1..].iter().any(|x| Rc::ptr_eq(x, h))))?;
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// A `class` statement: its bases, the namespace its body filled (which
/// holds `__qualname__`, as CPython's does) and its keywords. With a
/// metaclass (`metaclass=M`, or inherited from a base) the class is made
/// by calling `M(name, bases, namespace, **keywords)`, as CPython does.
pub fn class_statement(
    name: &str,
    bases: Vec<Value>,
    ns: &Value,
    kw_names: &[&str],
    kw_values: Vec<Value>,
    layout: &[&str],
    tag: usize,
) -> PyResult<Value> {
    LAYOUT.with(|l| *l.borrow_mut() = layout.iter().map(|n| n.to_string()).collect());
    TAG.with(|t| t.set(tag));
    let mut kw: Vec<(String, Value)> = kw_names.iter().map(|n| n.to_string()).zip(kw_values).collect();
    let explicit = kw.iter().position(|(k, _)| k == "metaclass").map(|i| kw.remove(i).1);
    let mut meta: Option<Class> = match explicit {
        Some(Value::Class(m)) => Some(m),
        Some(Value::Type(t)) if t.name == "type" => None,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "pyaot supports only classes deriving from 'type' as metaclasses, not '{}'",
                crate::object::protocol::str(&other)
            )))
        }
        None => None,
    };
    // The most derived metaclass among the explicit one and the bases'.
    for b in &bases {
        if let Value::Class(c) = b {
            if let Some(m) = &c.meta {
                match &meta {
                    None => meta = Some(m.clone()),
                    Some(cur) if is_subclass(m, cur) => meta = Some(m.clone()),
                    Some(cur) if is_subclass(cur, m) => {}
                    Some(_) => {
                        return Err(PyErr::type_error(
                            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                        ))
                    }
                }
            }
        }
    }
    let Value::Dict(d) = ns else { return Err(PyErr::type_error("a class namespace must be a dict")) };
    let Some(m) = meta else {
        let mut dict = Namespace::default();
        for (k, v) in d.items_vec() {
            dict.insert(crate::object::protocol::str(&k), v);
        }
        let qualname = match dict.shift_remove("__qualname__") {
            Some(Value::Str(q)) => q.as_str().to_string(),
            Some(other) => {
                return Err(PyErr::type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    crate::types::args::arg_type_name(&other)
                )))
            }
            None => name.to_string(),
        };
        return new_class_from(name, &qualname, bases, dict, None, kw);
    };
    let args = vec![Value::from_str(name), Value::Tuple(crate::types::tuple::new(bases)), ns.clone()];
    call_meta(&m, args, kw)
}

/// `del name` in a class body: the name leaves the class's namespace
/// (NameError when it holds none).
pub fn ns_del(ns: &Value, name: &str) -> PyResult<()> {
    let Value::Dict(d) = ns else { return Ok(()) };
    let key = Value::from_str(name);
    if !crate::types::dict::contains(d, &key)? {
        crate::types::exception::name_error(name)?;
    }
    crate::types::dict::delitem(d, &key)
}

/// `M(name, bases, namespace, **kw)` for a metaclass `M`: its `__new__`
/// (else `type.__new__`), then its `__init__` when the result is an
/// instance of `M`.
pub(crate) fn call_meta(m: &Class, args: Vec<Value>, kw: Vec<(String, Value)>) -> PyResult<Value> {
    let kw_names: Vec<&str> = kw.iter().map(|(k, _)| k.as_str()).collect();
    let with_kw = |first: Value| {
        let mut all = vec![first];
        all.extend(args.iter().cloned());
        all.extend(kw.iter().map(|(_, v)| v.clone()));
        all
    };
    let cls = match lookup(m, "__new__") {
        Some(new) => crate::types::func::call(&unwrap_static(new), with_kw(Value::Class(m.clone())), &kw_names)?,
        None => type_new(with_kw(Value::Class(m.clone())), &kw_names)?,
    };
    if let Value::Class(c) = &cls {
        if c.meta.as_ref().is_some_and(|cm| is_subclass(cm, m)) {
            if let Some(init) = lookup(m, "__init__") {
                crate::types::func::call(&init, with_kw(cls.clone()), &kw_names)?;
            }
        }
    }
    Ok(cls)
}

/// A `staticmethod` object's function (`__new__` may be written either way).
pub(crate) fn unwrap_static(v: Value) -> Value {
    match &v {
        Value::Descr(d) => match &**d {
            Descr::StaticMethod(f) => f.clone(),
            _ => v,
        },
        _ => v,
    }
}

/// `type.__new__(mcs, name, bases, namespace, **kw)` (also `type(name,
/// bases, namespace)`): a class whose metaclass is `mcs`.
pub fn type_new(args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let n = args.len() - kw.len();
    if n != 4 {
        return Err(PyErr::type_error("type.__new__() takes exactly 3 arguments"));
    }
    let meta = match &args[0] {
        Value::Class(m) => Some(m.clone()),
        _ => None,
    };
    let name = match &args[1] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                crate::types::args::arg_type_name(other)
            )))
        }
    };
    let bases = match &args[2] {
        Value::Tuple(t) => t.items().to_vec(),
        other => {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                crate::types::args::arg_type_name(other)
            )))
        }
    };
    let mut dict = Namespace::default();
    match &args[3] {
        Value::Dict(d) => {
            for (k, v) in d.items_vec() {
                dict.insert(crate::object::protocol::str(&k), v);
            }
        }
        other => {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                crate::types::args::arg_type_name(other)
            )))
        }
    }
    let qualname = match dict.shift_remove("__qualname__") {
        Some(Value::Str(q)) => q.as_str().to_string(),
        _ => name.clone(),
    };
    let kw: Vec<(String, Value)> = kw.iter().map(|k| k.to_string()).zip(args[n..].iter().cloned()).collect();
    new_class_from(&name, &qualname, bases, dict, meta, kw)
}

/// `type(name, bases, namespace)`: a class made at run time (its
/// metaclass the most derived of the bases').
/// `type(name, bases, dict, **kw)`: `args` holds the three, then the
/// values of the keywords named in `kw`.
pub fn type_call3(args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    let mut all = vec![Value::Type(&crate::object::exc::TYPE_TYPE)];
    all.extend(args);
    type_new(all, kw)
}

/// Whether `c` is `base` or derives from it.
pub fn is_subclass(c: &Class, base: &Class) -> bool {
    mro(c).iter().any(|k| Rc::ptr_eq(k, base))
}

/// Makes a class from its namespace: the C3 MRO, the implied
/// `__hash__ = None`, `__slots__` checks, abstract methods, then the
/// bases' `__init_subclass__` with the class keywords.
pub(crate) fn new_class_from(
    name: &str,
    qualname: &str,
    bases: Vec<Value>,
    mut dict: Namespace,
    meta: Option<Class>,
    kw: Vec<(String, Value)>,
) -> PyResult<Value> {
    if let [Value::Class(b)] = &bases[..] {
        if crate::types::class::abstracts::is_named_tuple_base(b) {
            return crate::types::namedtuple::from_class(name, qualname, dict);
        }
    }
    if crate::types::typeddict::from_bases(&bases) {
        return crate::types::typeddict::from_class(name, qualname, &bases, dict, &kw);
    }
    let mut bs = Vec::new();
    let mut exc_bases: Vec<&'static crate::object::exc::TypeObj> = Vec::new();
    let mut is_meta = false;
    let mut builtin: Option<&'static crate::object::exc::TypeObj> = None;
    let mut derive = |t: &'static crate::object::exc::TypeObj| -> PyResult<()> {
        match builtin {
            Some(b) if !std::ptr::eq(b, t) => Err(PyErr::type_error("multiple bases have instance lay-out conflict")),
            _ => {
                builtin = Some(t);
                Ok(())
            }
        }
    };
    let base_values = bases.clone();
    for b in bases {
        match b {
            Value::Class(c) => {
                exc_bases.extend(c.exc_bases.iter().copied());
                is_meta |= c.is_meta;
                if let Some(t) = c.builtin {
                    derive(t)?;
                }
                bs.push(c)
            }
            Value::Type(t) if t.name == "object" => {}
            Value::Type(t) if t.name == "type" => is_meta = true,
            Value::Type(t) if t.is_subclass(&crate::object::exc::BASE_EXCEPTION) => exc_bases.push(t),
            Value::Type(t) if pyaot_registry::classes::SUBCLASSABLE.contains(&t.name) => derive(t)?,
            Value::Type(t) if t.name == "bool" => {
                return Err(PyErr::type_error("type 'bool' is not an acceptable base type"));
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "pyaot does not support deriving a class from '{}' yet",
                    crate::object::protocol::str(&other)
                )))
            }
        }
    }
    if builtin.is_some() && !exc_bases.is_empty() {
        return Err(PyErr::type_error("multiple bases have instance lay-out conflict"));
    }
    if let (Some(t), Some(slots)) = (builtin, dict.get("__slots__")) {
        if matches!(t.name, "int" | "str") && !slot_names(slots)?.is_empty() {
            return Err(PyErr::type_error(format!("nonempty __slots__ not supported for subtype of '{}'", t.name)));
        }
    }
    let Some(rest) = c3(&bs) else {
        let names: Vec<&str> = bs.iter().map(|b| b.name).collect();
        return Err(PyErr::type_error(format!(
            "Cannot create a consistent method resolution order (MRO) for bases {}",
            names.join(", ")
        )));
    };
    // The most derived builtin base: one no other base derives from.
    let base_exc =
        exc_bases.iter().copied().find(|&t| !exc_bases.iter().any(|&o| !std::ptr::eq(o, t) && o.is_subclass(t)));
    // `__class_getitem__` is implicitly a class method, as CPython's `type_new` makes it.
    if let Some(f @ Value::Func(_)) = dict.get("__class_getitem__").cloned() {
        dict.insert("__class_getitem__".into(), Value::Descr(Rc::new(Descr::ClassMethod(f))));
    }
    // A class that defines `__eq__` and not `__hash__` is unhashable.
    if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
        dict.insert("__hash__".into(), Value::None);
    }
    if let Some(slots) = dict.get("__slots__") {
        for s in slot_names(slots)? {
            if dict.contains_key(&s) {
                return Err(PyErr::value_error(format!("'{s}' in __slots__ conflicts with class variable")));
            }
        }
    }
    // A metaclass inherited from the bases.
    let meta = meta.or_else(|| bs.iter().find_map(|b| b.meta.clone()));
    // The layout extends the first base's (instances of subclasses keep
    // the base's positions); one the compiler could not know is dropped.
    let proposed = LAYOUT.with(|l| std::mem::take(&mut *l.borrow_mut()));
    let tag = TAG.with(|t| t.replace(NO_TAG));
    let base_layout: &[String] = bs.first().map_or(&[], |b| &b.layout);
    let layout = if proposed.starts_with(base_layout) && bs.len() <= 1 { proposed } else { base_layout.to_vec() };
    let hooks = ["__getattr__", "__getattribute__", "__setattr__", "__delattr__", "__slots__"];
    let direct = !layout.is_empty()
        && !hooks.iter().any(|h| dict.contains_key(*h) || rest.iter().any(|k| k.dict.borrow().contains_key(*h)))
        && !layout.iter().any(|n| {
            let shadows = |x: &Value| matches!(x, Value::Descr(_) | Value::Instance(_));
            dict.get(n).is_some_and(shadows) || rest.iter().any(|k| k.dict.borrow().get(n).is_some_and(shadows))
        });
    if dict.contains_key("__del__") {
        note_finalizer("__del__");
    }
    let defines = |d: &Namespace| {
        ["__getattribute__", "__setattr__", "__delattr__", "__slots__"].iter().any(|h| d.contains_key(*h))
            || d.values().any(super::attr::is_data_descriptor)
    };
    let plain = !defines(&dict) && !rest.iter().any(|k| defines(&k.dict.borrow()));
    for b in &bs {
        b.subclassed.set(true);
    }
    // `__module__`, which the class statement sets first (a class made by
    // `type()` has none: `__main__`).
    let module: &'static str = match dict.get("__module__") {
        Some(Value::Str(m)) if m.as_str() != "__main__" => Box::leak(m.as_str().to_string().into_boxed_str()),
        _ => "__main__",
    };
    // A class of pyaot's standard library that CPython writes in C names
    // itself with its module in messages, as CPython's `tp_name` does
    // (`'datetime.date' object has no attribute ...`); `__name__` stays bare.
    let name = match dict.shift_remove("__pyaot_tp_name__") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => name.to_string(),
    };
    let c = Rc::new(ClassObj {
        name: Box::leak(name.into_boxed_str()),
        qualname: qualname.to_string(),
        module,
        bases: bs,
        base_values,
        mro_rest: rest,
        base_exc,
        exc_bases,
        builtin,
        dict: RefCell::new(dict),
        meta,
        is_meta,
        layout,
        direct: Cell::new(direct),
        plain: Cell::new(plain),
        subclassed: Cell::new(false),
        tag,
        serial: crate::object::layout::class::next_serial(),
    });
    crate::types::class::abstracts::record_abstract(&c)?;
    // `__set_name__(owner, name)` of what the body bound, in its order.
    let bound: Vec<(String, Value)> = c.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    for (name, v) in bound {
        match &v {
            Value::Descr(d) => {
                if let Descr::Property { name: prop_name, .. } = &**d {
                    *prop_name.borrow_mut() = Some(name);
                }
            }
            Value::Instance(_) => {
                let args = || vec![Value::Class(c.clone()), Value::from_str(&name)];
                if let Some(r) = crate::types::class::call_special(&v, "__set_name__", args) {
                    r?;
                }
            }
            _ => {}
        }
    }
    // The nearest base's `__init_subclass__` (implicitly a class method).
    let kw_names: Vec<&str> = kw.iter().map(|(k, _)| k.as_str()).collect();
    let kw_values: Vec<Value> = kw.iter().map(|(_, v)| v.clone()).collect();
    match c.mro_rest.iter().find_map(|k| k.dict.borrow().get("__init_subclass__").cloned()) {
        Some(init) => {
            let f = match init {
                Value::Descr(d) => match &*d {
                    Descr::ClassMethod(f) => f.clone(),
                    _ => Value::None,
                },
                f => f,
            };
            let mut all = vec![Value::Class(c.clone())];
            all.extend(kw_values);
            crate::types::func::call(&f, all, &kw_names)?;
        }
        None if !kw.is_empty() => {
            return Err(PyErr::type_error(format!("{}.__init_subclass__() takes no keyword arguments", c.name)));
        }
        None => {}
    }
    Ok(Value::Class(c))
}

/// A class made by the runtime (`dataclasses.FrozenInstanceError`, `abc.ABC`).
pub fn runtime_class(
    module: &'static str,
    name: &'static str,
    base_exc: Option<&'static crate::object::exc::TypeObj>,
) -> Class {
    Rc::new(ClassObj {
        name,
        qualname: name.to_string(),
        module,
        bases: Vec::new(),
        base_values: base_exc.into_iter().map(Value::Type).collect(),
        mro_rest: Vec::new(),
        base_exc,
        exc_bases: base_exc.into_iter().collect(),
        builtin: None,
        dict: RefCell::new(Namespace::default()),
        meta: None,
        is_meta: false,
        layout: Vec::new(),
        direct: Cell::new(false),
        plain: Cell::new(true),
        subclassed: Cell::new(false),
        tag: NO_TAG,
        serial: crate::object::layout::class::next_serial(),
    })
}

/// The names a `__slots__` value declares (a string or an iterable of them).
pub fn slot_names(v: &Value) -> PyResult<Vec<String>> {
    let items = match v {
        Value::Str(s) => return Ok(vec![s.as_str().to_string()]),
        other => crate::types::iter::collect(other)?,
    };
    items
        .into_iter()
        .map(|x| match x {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(PyErr::type_error(format!("__slots__ items must be strings, not '{}'", other.type_name()))),
        })
        .collect()
}

/// The attribute names instances of `c` may have, when every class of its
/// MRO declares `__slots__` (None: instances have a `__dict__`).
pub(crate) fn allowed_slots(c: &Class) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for k in mro(c) {
        let d = k.dict.borrow();
        let names = slot_names(d.get("__slots__")?).ok()?;
        if names.iter().any(|n| n == "__dict__") {
            return None;
        }
        out.extend(names);
    }
    Some(out)
}
