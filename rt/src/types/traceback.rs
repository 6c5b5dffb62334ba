//! Traceback objects (`e.__traceback__`, `sys.exc_info()[2]`): a view of
//! one entry of an exception's recorded traceback, outermost first, with
//! `tb_lineno` and `tb_next`. pyaot keeps no frame objects, so `tb_frame`
//! is missing.

use crate::object::exc::{Exc, PyResult};
use crate::object::layout::native::NativeType;
use crate::object::value::Value;

/// The `index`-th outermost entry of `exc`'s traceback.
pub struct Traceback {
    pub exc: Exc,
    pub index: usize,
}

/// `e.__traceback__`: None while the exception has not been raised.
pub fn of(e: &Exc) -> Value {
    at(e, 0)
}

fn at(e: &Exc, index: usize) -> Value {
    if index >= e.tb.borrow().len() {
        return Value::None;
    }
    crate::types::native::new_ext(Traceback { exc: e.clone(), index })
}

impl NativeType for Traceback {
    fn type_name(&self) -> &'static str {
        "traceback"
    }

    fn getattr(&self, _me: &Value, name: &str) -> Option<PyResult<Value>> {
        let tb = self.exc.tb.borrow();
        let entry = tb.iter().rev().nth(self.index)?;
        Some(Ok(match name {
            "tb_lineno" => Value::Int(crate::object::program::file_and_line(entry.line).1 as i64),
            "tb_lasti" => Value::Int(-1),
            "tb_next" => {
                drop(tb);
                at(&self.exc, self.index + 1)
            }
            _ => return None,
        }))
    }
}

/// What `traceback.format_tb(tb)` lists for a traceback object.
pub fn format_tb(tb: &Value) -> Option<Vec<String>> {
    let t = crate::types::native::ext::<Traceback>(tb)?;
    Some(crate::types::exception::frame_chunks(&t.exc, t.index))
}
