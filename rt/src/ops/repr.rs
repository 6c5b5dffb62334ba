//! `repr()` and `str()` of every value, exactly as CPython prints them.

use std::cell::RefCell;

use crate::object::value::Value;

thread_local! {
    /// Containers being printed, so a list that contains itself prints `[...]`.
    static IN_PROGRESS: RefCell<Vec<i64>> = const { RefCell::new(Vec::new()) };
}

/// Python's quoting of a string: single quotes unless the text has a single
/// quote and no double quote.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if !is_printable(c) => {
                let v = c as u32;
                if v <= 0xff {
                    out.push_str(&format!("\\x{v:02x}"));
                } else if v <= 0xffff {
                    out.push_str(&format!("\\u{v:04x}"));
                } else {
                    out.push_str(&format!("\\U{v:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn is_printable(c: char) -> bool {
    crate::types::unicode::is_printable(c)
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
        Value::Str(s) => out.push_str(&str_repr(s.as_str())),
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
        Value::Class(c) => out.push_str(&format!("<class '{}.{}'>", c.module, c.qualname)),
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

/// `str(v)`.
pub fn str(v: &Value) -> String {
    match v {
        Value::Str(s) => s.as_str().to_string(),
        Value::Exc(e) => crate::types::exception::exc_text(e),
        Value::Instance(_) => crate::types::class::str_instance(v),
        Value::Tuple(t) if t.class.is_some() => crate::types::class::str_instance(v),
        other => repr(other),
    }
}

/// `str(v)` where a user `__str__`/`__repr__` may raise.
pub fn to_str_checked(v: &Value) -> crate::object::exc::PyResult<crate::types::str::Str> {
    let s = to_str(v);
    crate::types::class::take_pending().map_or(Ok(s), Err)
}

/// `repr(v)` where a user `__repr__` may raise.
pub fn repr_str_checked(v: &Value) -> crate::object::exc::PyResult<crate::types::str::Str> {
    let s = repr_str(v);
    crate::types::class::take_pending().map_or(Ok(s), Err)
}

/// `str(v)` as a `str` object, reusing the object when `v` already is one.
pub fn to_str(v: &Value) -> crate::types::str::Str {
    match v {
        Value::Str(s) => s.clone(),
        other => crate::types::str::from_string(str(other)),
    }
}

pub fn repr_str(v: &Value) -> crate::types::str::Str {
    crate::types::str::from_string(repr(v))
}

/// `ascii(v)`: `repr` with every non-ASCII character escaped.
pub fn ascii(v: &Value) -> String {
    let r = repr(v);
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let x = c as u32;
        if x < 0x80 {
            out.push(c);
        } else if x <= 0xff {
            out.push_str(&format!("\\x{x:02x}"));
        } else if x <= 0xffff {
            out.push_str(&format!("\\u{x:04x}"));
        } else {
            out.push_str(&format!("\\U{x:08x}"));
        }
    }
    out
}

/// Appends `str(v)` to `out`.
pub fn write_str(v: &Value, out: &mut String) {
    match v {
        Value::Str(s) => out.push_str(s.as_str()),
        Value::Exc(e) => out.push_str(&crate::types::exception::exc_text(e)),
        Value::Instance(_) => out.push_str(&crate::types::class::str_instance(v)),
        other => write_repr(other, out),
    }
}

pub fn ascii_str(v: &Value) -> crate::types::str::Str {
    crate::types::str::from_string(ascii(v))
}

/// `ascii(v)` where a user `__repr__` may raise.
pub fn ascii_str_checked(v: &Value) -> crate::object::exc::PyResult<crate::types::str::Str> {
    let s = ascii_str(v);
    crate::types::class::take_pending().map_or(Ok(s), Err)
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::ops::repr::repr(self))
    }
}
