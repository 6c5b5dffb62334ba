//! The layouts of `dict` (and its `collections` kinds) and its views.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::dicttable::Table;
use crate::object::gc::GcHead;
use crate::object::value::Value;

#[derive(Debug, Default)]
pub struct DictObj {
    pub gc: GcHead,
    pub table: RefCell<Table>,
    /// A plain dict, or a `collections` one (`dictkind.rs`).
    pub kind: Kind,
    /// A `defaultdict`'s `default_factory` (None otherwise).
    pub factory: RefCell<Value>,
}

pub type Dict = Rc<DictObj>;

/// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
#[derive(Debug)]
pub struct ViewObj {
    pub dict: Dict,
    pub kind: DictView,
}

pub type View = Rc<ViewObj>;

/// What kind of dict a `DictObj` is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Kind {
    #[default]
    Plain,
    Counter,
    /// A `defaultdict`; its factory is `DictObj::factory`.
    Default,
    Ordered,
}

#[derive(Debug, Clone, Copy)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

/// The type name of a dict of this kind.
/// The name error messages use (CPython's `tp_name`: `Counter` is a
/// Python class, the other two are C types named with their module).
pub fn type_name(k: Kind) -> &'static str {
    match k {
        Kind::Plain => "dict",
        Kind::Counter => "Counter",
        Kind::Default => "collections.defaultdict",
        Kind::Ordered => "collections.OrderedDict",
    }
}
