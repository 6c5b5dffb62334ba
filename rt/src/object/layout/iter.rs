//! The iterator's layout: one state per kind of iteration.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::exc::PyResult;
use crate::object::layout::dict::{Dict, DictView};
use crate::object::layout::gen::Gen;
use crate::object::layout::int::Int;
use crate::object::layout::list::List;
use crate::object::layout::set::Set;
use crate::object::layout::str::Str;
use crate::object::layout::tuple::Tuple;
use crate::object::value::Value;

#[derive(Debug)]
pub enum IterState {
    /// A set's items as they were when iteration began, and its size
    /// then: a change of size is CPython's RuntimeError.
    Set(Set, std::vec::IntoIter<Value>, usize),
    List(List, usize),
    ListRev(List, usize),
    Tuple(Tuple, usize),
    Str(Str, usize),
    Range {
        next: i64,
        left: usize,
        step: i64,
    },
    /// A range with bounds beyond `i64` (CPython's `longrange_iterator`).
    BigRange {
        next: Int,
        left: Int,
        step: Int,
    },
    Dict {
        dict: Dict,
        /// The next entry position to look at.
        pos: usize,
        /// The dict's size when the walk began.
        len: usize,
        /// Entries still owed.
        left: usize,
        view: DictView,
    },
    /// A snapshot, for sets and other containers whose order is fixed at the start.
    Snapshot(std::vec::IntoIter<Value>, &'static str),
    Enumerate(PyIter, Int),
    Zip(Vec<PyIter>),
    /// `map(f, *iterables)`: `f` is called as items are taken.
    Map(Value, Vec<PyIter>),
    /// `filter(f, iterable)`; `f` None keeps the truthy items.
    Filter(Value, PyIter),
    /// An instance of a user class with `__next__` (StopIteration ends it).
    User(Value),
    /// A generator.
    Gen(Gen),
    /// An iterator the runtime computes (`itertools`): its type name and a
    /// step function (None when exhausted).
    Native(&'static str, NativeStep),
    /// A runtime-computed iterator whose step may be re-entered (its state
    /// lives in cells it borrows only briefly): `iter(f, sentinel)`, whose
    /// `f` may call `next()` on the very iterator.
    Reentrant(&'static str, ReentrantStep),
}

pub struct ReentrantStep(pub(crate) std::rc::Rc<dyn Fn() -> PyResult<Option<Value>>>);

impl std::fmt::Debug for ReentrantStep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<native iterator>")
    }
}

/// The step of a runtime-computed iterator. It may call back into Python
/// code, so `types::iter::next` takes it out of the iterator while it runs.
pub struct NativeStep(pub Box<dyn FnMut() -> PyResult<Option<Value>>>);

impl std::fmt::Debug for NativeStep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<native iterator>")
    }
}

#[derive(Debug)]
pub struct IterObj {
    pub(crate) state: RefCell<IterState>,
}

pub type PyIter = Rc<IterObj>;
