//! `repr()` and `str()` of every value, exactly as CPython prints them.

use std::cell::RefCell;

use crate::object::value::Value;
pub use crate::types::str::str_repr;

thread_local! {
    /// Containers being printed, so a list that contains itself prints `[...]`.
    static IN_PROGRESS: RefCell<Vec<i64>> = const { RefCell::new(Vec::new()) };
}

fn seq(open: &str, close: &str, items: &[Value], out: &mut String) {
    out.push_str(open);
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(v, out);
    }
    out.push_str(close);
}

/// Runs `f` unless `id` is already being printed, in which case `...` is
/// written. Each nesting level counts against the recursion limit, as in
/// CPython: too deep a structure is a RecursionError (left pending for the
/// caller), not an overflowed stack.
fn guarded(id: i64, ellipsis: &str, out: &mut String, f: impl FnOnce(&mut String)) {
    let busy = IN_PROGRESS.with(|p| p.borrow().contains(&id));
    if busy {
        out.push_str(ellipsis);
        return;
    }
    let Ok(_frame) = crate::object::program::enter() else {
        crate::types::class::set_pending(crate::object::exc::PyErr::new(
            &crate::object::exc::RECURSION_ERROR,
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
        return;
    };
    IN_PROGRESS.with(|p| p.borrow_mut().push(id));
    f(out);
    IN_PROGRESS.with(|p| p.borrow_mut().pop());
}

pub fn write_repr(v: &Value, out: &mut String) {
    match v {
        Value::None => out.push_str("None"),
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Big(b) => out.push_str(&crate::types::int::big_decimal(b)),
        Value::Float(f) => out.push_str(&crate::types::float::repr(*f)),
        Value::Bytes(b) => out.push_str(&crate::types::bytes::repr(&b.data)),
        Value::ByteArray(b) => out.push_str(&crate::types::bytearray::repr(&b.data.borrow())),
        Value::Str(s) => out.push_str(&crate::types::str::repr_of(s)),
        // A list's repr reads its live length: an item's __repr__ may change it.
        Value::List(l) => guarded(v.id(), "[...]", out, |out| {
            out.push('[');
            let mut i = 0;
            loop {
                let item = l.items.borrow().get(i).cloned();
                let Some(item) = item else { break };
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(&item, out);
                i += 1;
            }
            out.push(']');
        }),
        Value::Deque(d) => guarded(v.id(), "[...]", out, |out| crate::types::deque::repr(d, out)),
        Value::Tuple(t) if t.class.is_some() => out.push_str(&crate::types::class::repr_instance(v)),
        // A tuple can contain itself through a mutable container: `(...)`.
        Value::Tuple(t) if t.items().is_empty() => out.push_str("()"),
        Value::Tuple(t) => guarded(v.id(), "(...)", out, |out| {
            if t.items().len() == 1 {
                out.push('(');
                write_repr(&t.items()[0], out);
                out.push_str(",)");
            } else {
                seq("(", ")", t.items(), out)
            }
        }),
        Value::Dict(d) if d.kind != crate::types::dictkind::Kind::Plain => {
            guarded(v.id(), "...", out, |out| crate::types::dictkind::repr(v, d, out))
        }
        Value::Dict(d) => guarded(v.id(), "{...}", out, |out| {
            // The walk is over the live entries: a __repr__ that inserts
            // shows its entry, one that deletes leaves a hole to step over.
            out.push('{');
            let mut pos = 0;
            let mut first = true;
            while let Some((i, k, val)) = d.next_from(pos) {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                write_repr(&k, out);
                out.push_str(": ");
                write_repr(&val, out);
                pos = i + 1;
            }
            out.push('}');
        }),
        Value::Set(s) if s.frozen => {
            out.push_str("frozenset(");
            if !s.is_empty() {
                seq("{", "}", &s.to_vec(), out);
            }
            out.push(')');
        }
        Value::Set(s) => {
            if s.is_empty() {
                out.push_str("set()");
            } else {
                guarded(v.id(), "{...}", out, |out| seq("{", "}", &s.to_vec(), out))
            }
        }
        Value::Range(r) => {
            let (start, stop, step) = r.parts();
            out.push_str(&format!("range({}, {}", start, stop));
            if step.as_i64() != Some(1) {
                out.push_str(&format!(", {}", step));
            }
            out.push(')');
        }
        Value::View(v) => {
            out.push_str(v.type_name());
            out.push('(');
            seq("[", "]", &v.items(), out);
            out.push(')');
        }
        Value::Iter(it) => out.push_str(&format!("<{} object at {:#x}>", it.type_name(), v.id())),
        Value::Exc(e) if e.class.is_some() => out.push_str(&crate::types::class::repr_instance(v)),
        Value::Exc(e) => out.push_str(&crate::types::exception::exc_repr(e)),
        Value::Type(t) => out.push_str(&format!("<class '{}'>", t.name)),
        Value::Func(f) => out.push_str(&format!("<function {} at {:#x}>", f.display_qualname(), v.id())),
        Value::Cell(_) => out.push_str(&format!("<cell at {:#x}>", v.id())),
        Value::Builtin(n) => out.push_str(&format!("<built-in function {}>", pyaot_registry::names::short_name(n))),
        Value::Gen(g) => out.push_str(&crate::types::gen::repr(v, g)),
        Value::Module(m) => out.push_str(&format!("<module '{}' (built-in)>", m.name)),
        Value::Native(n) => out.push_str(&crate::types::native::repr(v, n)),
        Value::Class(c) => match c.meta.as_ref().and_then(|_| crate::types::class::text_of(v, "__repr__")) {
            // A metaclass's `__repr__` (an `Enum` class's is its own).
            Some(s) => out.push_str(&s),
            None => out.push_str(&format!("<class '{}.{}'>", c.module, c.qualname)),
        },
        Value::Instance(_) => out.push_str(&crate::types::class::repr_instance(v)),
        Value::Method(m) => out.push_str(&format!(
            "<bound method {} of {}>",
            match &m.func {
                Value::Func(f) => f.qualname.clone(),
                _ => String::new(),
            },
            repr(&m.recv)
        )),
        Value::Descr(_) => out.push_str(&format!("<{} object at {:#x}>", v.type_name(), v.id())),
        Value::Super(s) => {
            out.push_str(&format!("<super: <class '{}'>, <{} object>>", s.class.name, s.recv.type_name()))
        }
    }
}

/// `repr(v)`.
pub fn repr(v: &Value) -> String {
    let mut out = String::new();
    write_repr(v, &mut out);
    out
}

pub use crate::object::protocol::str;

pub use crate::object::protocol::ascii;
pub use crate::types::str::{ascii_str, ascii_str_checked, repr_str, repr_str_checked, to_str, to_str_checked};

/// Appends `str(v)` to `out`.
pub fn write_str(v: &Value, out: &mut String) {
    match v {
        Value::Str(s) => out.push_str(s.as_str()),
        Value::Exc(e) => out.push_str(&crate::types::exception::exc_text(e)),
        Value::Instance(_) => out.push_str(&crate::types::class::str_instance(v)),
        Value::Class(c) if c.meta.is_some() && crate::types::class::special(v, "__str__").is_some() => {
            out.push_str(&crate::types::class::str_instance(v))
        }
        Value::Tuple(t) if t.class.is_some() => out.push_str(&crate::types::class::str_instance(v)),
        other => write_repr(other, out),
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::ops::repr::repr(self))
    }
}
