//! `types.SimpleNamespace` objects: attributes in the order they were
//! first set, a repr listing them (`namespace(a=1, b=2)`), and equality by
//! attributes. `sys.implementation` is one.

use std::cell::RefCell;

use crate::object::exc::{self, PyErr, PyResult};
use crate::object::layout::native::NativeType;
use crate::object::value::Value;

/// A namespace: its attributes, first-set order kept.
#[derive(Default)]
pub struct Namespace {
    pub attrs: RefCell<Vec<(String, Value)>>,
}

/// A namespace with these attributes.
pub fn new(attrs: Vec<(&str, Value)>) -> Value {
    let ns = Namespace { attrs: RefCell::new(attrs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()) };
    crate::types::native::new_ext(ns)
}

impl NativeType for Namespace {
    fn type_name(&self) -> &'static str {
        "types.SimpleNamespace"
    }

    fn repr(&self, _me: &Value) -> String {
        let items: Vec<String> =
            self.attrs.borrow().iter().map(|(k, v)| format!("{k}={}", crate::object::protocol::repr(v))).collect();
        format!("namespace({})", items.join(", "))
    }

    fn getattr(&self, _me: &Value, name: &str) -> Option<PyResult<Value>> {
        let attrs = self.attrs.borrow();
        attrs.iter().find(|(k, _)| k == name).map(|(_, v)| Ok(v.clone()))
    }

    fn setattr(&self, _me: &Value, name: &str, value: Value) -> Option<PyResult<()>> {
        let mut attrs = self.attrs.borrow_mut();
        match attrs.iter_mut().find(|(k, _)| k == name) {
            Some(slot) => {
                let old = std::mem::replace(&mut slot.1, value);
                drop(attrs);
                drop(old);
            }
            None => attrs.push((name.to_string(), value)),
        }
        Some(Ok(()))
    }

    fn delattr(&self, _me: &Value, name: &str) -> Option<PyResult<()>> {
        let mut attrs = self.attrs.borrow_mut();
        Some(match attrs.iter().position(|(k, _)| k == name) {
            Some(i) => {
                let old = attrs.remove(i);
                drop(attrs);
                drop(old);
                Ok(())
            }
            None => Err(PyErr::new(&exc::ATTRIBUTE_ERROR, name.to_string())),
        })
    }

    /// Equal to another namespace with equal attributes (in any order).
    fn eq(&self, other: &Value) -> Option<PyResult<bool>> {
        let other = crate::types::native::ext::<Namespace>(other)?;
        let (mine, theirs) = (self.attrs.borrow().clone(), other.attrs.borrow().clone());
        if mine.len() != theirs.len() {
            return Some(Ok(false));
        }
        for (k, v) in &mine {
            let Some((_, w)) = theirs.iter().find(|(j, _)| j == k) else { return Some(Ok(false)) };
            match crate::object::protocol::eq(v, w) {
                Ok(true) => {}
                r => return Some(r),
            }
        }
        Some(Ok(true))
    }

    fn dir(&self) -> Option<PyResult<Vec<Value>>> {
        Some(Ok(self.attrs.borrow().iter().map(|(k, _)| Value::from_str(k)).collect()))
    }
}
