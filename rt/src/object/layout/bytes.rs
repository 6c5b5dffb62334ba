//! The layouts of `bytes` and `bytearray`.

use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct BytesObj {
    pub data: Box<[u8]>,
}

pub type Bytes = Rc<BytesObj>;

pub struct ByteArrayObj {
    pub data: RefCell<Vec<u8>>,
}

pub type ByteArray = Rc<ByteArrayObj>;
