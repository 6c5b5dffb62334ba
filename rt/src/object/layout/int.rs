//! The exact integer as typed code holds it: a machine word, or a big
//! integer outside the `i64` range (the invariant `types/int.rs` keeps).

use std::rc::Rc;

use crate::object::layout::bigint::BigInt;

use crate::object::exc::{PyErr, PyResult};

/// `repr(u64)` fixes the layout the C ABI relies on (see `capi`): a `u64`
/// tag (0 small, 1 big) then the payload; all-zero bits are `Small(0)`.
#[derive(Clone, Debug)]
#[repr(u64)]
pub enum Int {
    Small(i64),
    Big(Rc<BigInt>),
}

/// A big integer as a float, OverflowError when no float holds it.
/// Correctly rounded conversion of a big integer to float.
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    match crate::object::layout::bigint::BigExt::to_f64_rounded(b) {
        f if f.is_finite() => Ok(f),
        _ => Err(PyErr::new(&crate::object::exc::OVERFLOW_ERROR, "int too large to convert to float")),
    }
}
