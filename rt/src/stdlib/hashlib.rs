//! The Rust half of `hashlib` (`stdlib/hashlib.py`): the running state of
//! each digest, from well-kept crates (RustCrypto's MD5, SHA-1, SHA-2 and
//! SHA-3; `blake2b_simd`/`blake2s_simd` for BLAKE2 with all of Python's
//! parameters). The Python half holds the hash classes; each holds one of
//! these states, opaque to it.

use std::cell::RefCell;

use crate::object::exc::{PyErr, PyResult};
use crate::object::layout::native::NativeType;
use crate::object::value::Value;
use crate::types::args::argc;
use sha3::digest::{Digest, ExtendableOutput, Update, XofReader};

#[derive(Clone)]
enum Algo {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(blake2b_simd::State),
    Blake2s(blake2s_simd::State),
}

/// A digest's running state (what a hash object updates and copies).
struct HashState(RefCell<Algo>);

impl NativeType for HashState {
    fn type_name(&self) -> &'static str {
        "_pyaot_hash_state"
    }
}

impl Algo {
    fn update(&mut self, data: &[u8]) {
        match self {
            Algo::Md5(h) => Digest::update(h, data),
            Algo::Sha1(h) => Digest::update(h, data),
            Algo::Sha224(h) => Digest::update(h, data),
            Algo::Sha256(h) => Digest::update(h, data),
            Algo::Sha384(h) => Digest::update(h, data),
            Algo::Sha512(h) => Digest::update(h, data),
            Algo::Sha3_224(h) => Digest::update(h, data),
            Algo::Sha3_256(h) => Digest::update(h, data),
            Algo::Sha3_384(h) => Digest::update(h, data),
            Algo::Sha3_512(h) => Digest::update(h, data),
            Algo::Shake128(h) => Update::update(h, data),
            Algo::Shake256(h) => Update::update(h, data),
            Algo::Blake2b(h) => {
                h.update(data);
            }
            Algo::Blake2s(h) => {
                h.update(data);
            }
        }
    }

    /// The digest so far (the state goes on); `length` bytes of a SHAKE.
    fn digest(&self, length: usize) -> Vec<u8> {
        match self.clone() {
            Algo::Md5(h) => h.finalize().to_vec(),
            Algo::Sha1(h) => h.finalize().to_vec(),
            Algo::Sha224(h) => h.finalize().to_vec(),
            Algo::Sha256(h) => h.finalize().to_vec(),
            Algo::Sha384(h) => h.finalize().to_vec(),
            Algo::Sha512(h) => h.finalize().to_vec(),
            Algo::Sha3_224(h) => h.finalize().to_vec(),
            Algo::Sha3_256(h) => h.finalize().to_vec(),
            Algo::Sha3_384(h) => h.finalize().to_vec(),
            Algo::Sha3_512(h) => h.finalize().to_vec(),
            Algo::Shake128(h) => xof(h.finalize_xof(), length),
            Algo::Shake256(h) => xof(h.finalize_xof(), length),
            Algo::Blake2b(h) => h.finalize().as_bytes().to_vec(),
            Algo::Blake2s(h) => h.finalize().as_bytes().to_vec(),
        }
    }
}

fn xof(mut reader: impl XofReader, length: usize) -> Vec<u8> {
    let mut out = vec![0; length];
    reader.read(&mut out);
    out
}

/// The bytes to hash: CPython's errors for text and for other objects.
fn data(v: &Value) -> PyResult<Vec<u8>> {
    crate::ops::bytes_like(v).ok_or_else(|| match v {
        Value::Str(_) => PyErr::type_error("Strings must be encoded before hashing"),
        _ => PyErr::type_error("object supporting the buffer API required"),
    })
}

fn state(v: &Value) -> PyResult<&HashState> {
    crate::types::native::ext::<HashState>(v).ok_or_else(|| PyErr::type_error("not a hash state"))
}

/// BLAKE2's parameters, checked as CPython checks them: (digest_size, key,
/// salt, person, fanout, depth, leaf_size, node_offset, node_depth,
/// inner_size, last_node).
fn blake2(big: bool, p: &[Value]) -> PyResult<Algo> {
    let (max_digest, max_salt) = if big { (64, 16) } else { (32, 8) };
    let int = |v: &Value| v.to_int()?.to_index();
    let digest_size = int(&p[0])?;
    if !(1..=max_digest).contains(&digest_size) {
        return Err(PyErr::value_error(format!("digest_size must be between 1 and {max_digest} bytes")));
    }
    let (key, salt, person) = (data(&p[1])?, data(&p[2])?, data(&p[3])?);
    if key.len() > max_digest as usize {
        return Err(PyErr::value_error(format!("maximum key length is {max_digest} bytes")));
    }
    if salt.len() > max_salt {
        return Err(PyErr::value_error(format!("maximum salt length is {max_salt} bytes")));
    }
    if person.len() > max_salt {
        return Err(PyErr::value_error(format!("maximum person length is {max_salt} bytes")));
    }
    let fanout = int(&p[4])?;
    if !(0..=255).contains(&fanout) {
        return Err(PyErr::value_error("fanout must be between 0 and 255"));
    }
    let depth = int(&p[5])?;
    if !(1..=255).contains(&depth) {
        return Err(PyErr::value_error("depth must be between 1 and 255"));
    }
    let leaf_size = int(&p[6])?;
    let node_offset = int(&p[7])?;
    if leaf_size < 0 || node_offset < 0 {
        return Err(PyErr::value_error("value must be positive"));
    }
    if leaf_size > u32::MAX as i64 {
        return Err(PyErr::new(&crate::object::exc::OVERFLOW_ERROR, "leaf_size is too large"));
    }
    let node_depth = int(&p[8])?;
    if !(0..=255).contains(&node_depth) {
        return Err(PyErr::value_error("node_depth must be between 0 and 255"));
    }
    let inner_size = int(&p[9])?;
    if !(0..=max_digest).contains(&inner_size) {
        return Err(PyErr::value_error(format!("inner_size must be between 0 and is {max_digest}")));
    }
    let last = p[10].truthy();
    // The two crates' `Params` have the same methods.
    macro_rules! state {
        ($krate:ident) => {{
            let mut params = $krate::Params::new();
            params
                .hash_length(digest_size as usize)
                .key(&key)
                .salt(&salt)
                .personal(&person)
                .fanout(fanout as u8)
                .max_depth(depth as u8)
                .max_leaf_length(leaf_size as u32)
                .node_offset(node_offset as u64)
                .node_depth(node_depth as u8)
                .inner_hash_length(inner_size as usize)
                .last_node(last);
            params.to_state()
        }};
    }
    if big {
        return Ok(Algo::Blake2b(state!(blake2b_simd)));
    }
    if node_offset >= 1 << 48 {
        return Err(PyErr::new(&crate::object::exc::OVERFLOW_ERROR, "node_offset is too large"));
    }
    Ok(Algo::Blake2s(state!(blake2s_simd)))
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    let short = crate::stdlib::short_name(name);
    match name {
        // (algorithm name, data[, blake2 parameters...]) -> a state
        "hashlib._pyaot_new" => {
            argc(short, &args, 2, 13)?;
            let Value::Str(algo) = &args[0] else {
                return Err(PyErr::type_error("hash name must be a str"));
            };
            let mut h = match algo.as_str() {
                "md5" => Algo::Md5(Default::default()),
                "sha1" => Algo::Sha1(Default::default()),
                "sha224" => Algo::Sha224(Default::default()),
                "sha256" => Algo::Sha256(Default::default()),
                "sha384" => Algo::Sha384(Default::default()),
                "sha512" => Algo::Sha512(Default::default()),
                "sha3_224" => Algo::Sha3_224(Default::default()),
                "sha3_256" => Algo::Sha3_256(Default::default()),
                "sha3_384" => Algo::Sha3_384(Default::default()),
                "sha3_512" => Algo::Sha3_512(Default::default()),
                "shake_128" => Algo::Shake128(Default::default()),
                "shake_256" => Algo::Shake256(Default::default()),
                "blake2b" | "blake2s" => blake2(algo.as_str() == "blake2b", &args[2..])?,
                other => return Err(PyErr::value_error(format!("unsupported hash type {other}"))),
            };
            if !args[1].is_none() {
                h.update(&data(&args[1])?);
            }
            Ok(crate::types::native::new_ext(HashState(RefCell::new(h))))
        }
        // (state, data)
        "hashlib._pyaot_update" => {
            argc(short, &args, 2, 2)?;
            let bytes = data(&args[1])?;
            state(&args[0])?.0.borrow_mut().update(&bytes);
            Ok(Value::None)
        }
        // (state, length) -> bytes
        "hashlib._pyaot_digest" => {
            argc(short, &args, 2, 2)?;
            let length = args[1].to_int()?.to_index()?;
            if length < 0 {
                return Err(PyErr::new(
                    &crate::object::exc::SYSTEM_ERROR,
                    "Negative size passed to PyBytes_FromStringAndSize",
                ));
            }
            let out = state(&args[0])?.0.borrow().digest(length as usize);
            Ok(Value::Bytes(crate::types::bytes::from_vec(out)))
        }
        // (state) -> a copy of it
        "hashlib._pyaot_copy" => {
            argc(short, &args, 1, 1)?;
            let h = state(&args[0])?.0.borrow().clone();
            Ok(crate::types::native::new_ext(HashState(RefCell::new(h))))
        }
        _ => unreachable!("hashlib has no function {name}"),
    }
}
