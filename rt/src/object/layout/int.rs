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

/// The modulus of Python's int hash (`sys.hash_info.modulus`).
pub const HASH_MODULUS: i64 = (1 << 61) - 1;

/// `hash(v)` of a machine int: itself below the modulus in magnitude
/// (the common case, one comparison), but -1, which is -2.
#[inline]
pub fn hash_i64(v: i64) -> i64 {
    let h = if v.unsigned_abs() < HASH_MODULUS as u64 {
        v
    } else {
        let m = (v.unsigned_abs() % HASH_MODULUS as u64) as i64;
        if v < 0 {
            -m
        } else {
            m
        }
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A big integer as a float, OverflowError when no float holds it.
/// Correctly rounded conversion of a big integer to float.
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    match crate::object::layout::bigint::BigExt::to_f64_rounded(b) {
        f if f.is_finite() => Ok(f),
        _ => Err(PyErr::new(&crate::object::exc::OVERFLOW_ERROR, "int too large to convert to float")),
    }
}
