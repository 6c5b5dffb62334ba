//! Module globals. Each lives in a thread-local cell that is empty until
//! the module assigns it, so reading it earlier raises NameError as in
//! CPython.

use std::cell::RefCell;
use std::thread::LocalKey;

use crate::object::exc::{PyErr, PyResult, NAME_ERROR};

pub type Global<T> = LocalKey<RefCell<Option<T>>>;

pub fn get<T: Clone>(g: &'static Global<T>, name: &str) -> PyResult<T> {
    g.with(|c| c.borrow().clone()).ok_or_else(|| PyErr::new(&NAME_ERROR, format!("name '{name}' is not defined")))
}

/// A global's value moved out, leaving it unbound (it is assigned again
/// at once: `s += t` on a string no one else holds appends in place).
pub fn take<T>(g: &'static Global<T>, name: &str) -> PyResult<T> {
    g.with(|c| c.borrow_mut().take()).ok_or_else(|| PyErr::new(&NAME_ERROR, format!("name '{name}' is not defined")))
}

pub fn set<T>(g: &'static Global<T>, v: T) {
    // The old value is dropped after the cell is released.
    let old = g.with(|c| c.borrow_mut().replace(v));
    drop(old);
}

/// `del name` of a global.
pub fn unset<T>(g: &'static Global<T>) {
    let old = g.with(|c| c.borrow_mut().take());
    drop(old);
}
