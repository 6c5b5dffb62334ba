//! The big-integer library (`dashu-int`), behind the type name every
//! other file uses and the few operations the runtime needs that the
//! `num-traits`/`num-integer` traits it implements do not give. Swapping
//! the library means rewriting this file.

pub use dashu_int::IBig as BigInt;
use dashu_int::{Sign, UBig};
use num_traits::Signed;

/// What the runtime asks of a big integer beyond the num traits.
pub trait BigExt: Sized {
    /// The number of bits of the magnitude (`int.bit_length()`).
    fn bits(&self) -> u64;
    /// The digits of the magnitude in base `radix` (2 to 36), lowercase.
    fn to_str_radix(&self, radix: u32) -> String;
    /// Parses optional sign and digits in base `radix` (no underscores or prefix).
    fn parse_bytes(digits: &[u8], radix: u32) -> Option<Self>;
    /// The two's-complement big-endian bytes, shortest form.
    fn to_signed_bytes_be(&self) -> Vec<u8>;
    /// The magnitude's big-endian bytes, shortest form (zero is `[0]`).
    fn to_unsigned_bytes_be(&self) -> Vec<u8>;
    fn from_signed_bytes_be(bytes: &[u8]) -> Self;
    fn from_unsigned_bytes_be(bytes: &[u8]) -> Self;
    fn from_unsigned_bytes_le(bytes: &[u8]) -> Self;
    /// `self ** e % m` for `e >= 0`, `m > 0`; the result in `0..m`.
    fn modpow(&self, e: &Self, m: &Self) -> Self;
    /// The value as a float, rounded half to even (infinite when too big).
    fn to_f64_rounded(&self) -> f64;
    /// `self // d` rounded toward negative infinity (`d` nonzero). (The
    /// library's `Integer::div_floor` truncates when the quotient is
    /// between -1 and 0.)
    fn floor_div(&self, d: &Self) -> Self;
    /// `self % d` with the sign of `d` (`d` nonzero).
    fn floor_mod(&self, d: &Self) -> Self;
    /// The number of one bits of the magnitude (`int.bit_count()`).
    fn count_ones(&self) -> u64;
    /// The magnitude's 32-bit words, least significant first (none for 0).
    fn to_u32_digits(&self) -> Vec<u32>;
}

impl BigExt for BigInt {
    fn bits(&self) -> u64 {
        let (_, words) = self.as_sign_words();
        match words.last() {
            None => 0,
            Some(top) => (words.len() as u64 - 1) * u64::from(dashu_int::Word::BITS) + u64::from(top.ilog2()) + 1,
        }
    }
    fn to_str_radix(&self, radix: u32) -> String {
        format!("{}", magnitude(self).in_radix(radix as u8))
    }
    fn parse_bytes(digits: &[u8], radix: u32) -> Option<Self> {
        let s = std::str::from_utf8(digits).ok()?;
        BigInt::from_str_radix(s, radix).ok()
    }
    fn to_signed_bytes_be(&self) -> Vec<u8> {
        // Enough bytes for the magnitude and a sign bit, two's complement.
        let n = (self.bits() / 8 + 1) as usize;
        let modulus = BigInt::from(1) << (8 * n);
        let v = if self.is_negative() { &modulus + self } else { self.clone() };
        let mag = magnitude(&v).to_be_bytes();
        let mut out = vec![0u8; n - mag.len()];
        out.extend_from_slice(&mag);
        // Drop redundant leading sign bytes.
        while out.len() > 1 && ((out[0] == 0 && out[1] & 0x80 == 0) || (out[0] == 0xff && out[1] & 0x80 != 0)) {
            out.remove(0);
        }
        out
    }
    fn to_unsigned_bytes_be(&self) -> Vec<u8> {
        let b = magnitude(self).to_be_bytes();
        if b.is_empty() {
            vec![0]
        } else {
            b.into_vec()
        }
    }
    fn from_signed_bytes_be(bytes: &[u8]) -> Self {
        let v = BigInt::from(UBig::from_be_bytes(bytes));
        if bytes.first().is_some_and(|b| b & 0x80 != 0) {
            v - (BigInt::from(1) << (8 * bytes.len()))
        } else {
            v
        }
    }
    fn from_unsigned_bytes_be(bytes: &[u8]) -> Self {
        BigInt::from(UBig::from_be_bytes(bytes))
    }
    fn from_unsigned_bytes_le(bytes: &[u8]) -> Self {
        BigInt::from(UBig::from_le_bytes(bytes))
    }
    fn modpow(&self, e: &Self, m: &Self) -> Self {
        let m = magnitude(m);
        if m == UBig::ONE {
            // (The library's ring modulo 1 gives 1 for a zero exponent.)
            return BigInt::ZERO;
        }
        let ring = dashu_int::fast_div::ConstDivisor::new(m);
        BigInt::from(ring.reduce(self.clone()).pow(&magnitude(e)).residue())
    }
    fn to_f64_rounded(&self) -> f64 {
        self.to_f64().value()
    }
    fn floor_div(&self, d: &Self) -> Self {
        let (q, r) = dashu_int::ops::DivRem::div_rem(self, d);
        if !r.is_zero() && (r.sign() != d.sign()) {
            q - BigInt::ONE
        } else {
            q
        }
    }
    fn floor_mod(&self, d: &Self) -> Self {
        let r = self % d;
        if !r.is_zero() && (r.sign() != d.sign()) {
            r + d
        } else {
            r
        }
    }
    fn count_ones(&self) -> u64 {
        let (_, words) = self.as_sign_words();
        words.iter().map(|w| u64::from(w.count_ones())).sum()
    }
    fn to_u32_digits(&self) -> Vec<u32> {
        let mut bytes = magnitude(self).to_le_bytes().into_vec();
        bytes.resize(bytes.len().div_ceil(4) * 4, 0);
        bytes.chunks(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
    }
}

/// The magnitude.
fn magnitude(b: &BigInt) -> UBig {
    b.clone().into_parts().1
}

/// Whether the value is below zero.
pub fn is_negative(b: &BigInt) -> bool {
    b.sign() == Sign::Negative
}
