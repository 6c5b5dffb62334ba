//! How IR types travel through Cranelift code and across the runtime's C
//! ABI (`rt/src/abi/capi.rs`, whose module comment states the conventions):
//! scalars as machine values, objects in 16-byte memory slots handled by
//! address.

use cranelift_codegen::ir::{types, AbiParam, Signature, Type};
use cranelift_codegen::isa::CallConv;

use crate::ir::prims::Rt;
use crate::ir::Ty;

/// Every object slot is this big: `Int` and `Value` take 16 bytes, handles 8.
pub const SLOT: u32 = 16;

pub const PTR: Type = types::I64;

// The runtime's `Value` is `repr(u64)` with explicit discriminants
// (`rt/src/object/value.rs`): the tag word first (read as its low byte), a
// `bool`, `i64`, `f64` or handle at offset 8. A unit test there pins these numbers.
pub const TAG_BOOL: i64 = 1;
pub const TAG_INT: i64 = 2;
pub const TAG_BIG: i64 = 3;
pub const TAG_FLOAT: i64 = 4;
pub const TAG_LIST: i64 = 7;

// Where a list's items are, from its handle's allocation: the `RefCell`
// borrow flag, the `Vec`'s data pointer and length. Rust does not fix
// these, so the runtime measures them (`capi::list_layout`, pinned by its
// unit test) and every program checks them at start-up.
pub const LIST_FLAG: i32 = 16;
pub const LIST_PTR: i32 = 32;
pub const LIST_LEN: i32 = 40;

/// The C ABI helper `verb` (`clone`, `drop`, `box`, `unbox`) of an object
/// type, by the name the registry gives it (`pyaot_clone_int`).
pub fn helper(verb: &str, kind: Rt) -> String {
    format!("pyaot_{verb}_{}", kind.abi_name().expect("an object type has C ABI helpers"))
}

/// How a value of an IR type is represented in compiled code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repr {
    F64,
    Bool,
    MInt,
    /// `None`: no machine value at all.
    Unit,
    Obj(Rt),
}

impl Repr {
    pub fn of(t: &Ty) -> Repr {
        match t {
            Ty::Float => Repr::F64,
            Ty::Bool => Repr::Bool,
            Ty::MInt => Repr::MInt,
            Ty::None => Repr::Unit,
            Ty::Int => Repr::Obj(Rt::Int),
            Ty::Str => Repr::Obj(Rt::Str),
            Ty::List(_) => Repr::Obj(Rt::List),
            Ty::Tuple(_) => Repr::Obj(Rt::Tuple),
            Ty::Dict => Repr::Obj(Rt::Dict),
            Ty::Set => Repr::Obj(Rt::Set),
            Ty::Range => Repr::Obj(Rt::Range),
            Ty::Iter => Repr::Obj(Rt::Iter),
            Ty::Cell => Repr::Obj(Rt::Cell),
            Ty::Never | Ty::Dyn | Ty::Func(_) | Ty::Obj { .. } | Ty::Module(_) => Repr::Obj(Rt::Value),
        }
    }

    /// The machine type of a scalar.
    pub fn scalar(self) -> Option<Type> {
        match self {
            Repr::F64 => Some(types::F64),
            Repr::Bool => Some(types::I8),
            Repr::MInt => Some(types::I64),
            Repr::Unit | Repr::Obj(_) => None,
        }
    }

    pub fn obj(self) -> Option<Rt> {
        match self {
            Repr::Obj(o) => Some(o),
            _ => None,
        }
    }
}

/// A signature from parameter and return types.
pub fn sig(call_conv: CallConv, params: &[Type], rets: &[Type]) -> Signature {
    let mut s = Signature::new(call_conv);
    // Bytes are bools: zero-extended, as C compilers expect of `_Bool` arguments.
    s.params.extend(params.iter().map(|&t| if t == types::I8 { AbiParam::new(t).uext() } else { AbiParam::new(t) }));
    s.returns.extend(rets.iter().map(|&t| AbiParam::new(t)));
    s
}

/// The signature of a function value's code (`rt/src/types/func.rs`, `Code::C`):
/// (function object, bound arguments, their count, result) -> error word.
pub fn boxed_sig(call_conv: CallConv) -> Signature {
    sig(call_conv, &[PTR, PTR, PTR, PTR], &[PTR])
}

/// The signature of a compiled Python function.
///
/// `Plain`/`Exact`: scalar parameters by value, object parameters as the
/// address of an owned value the callee moves out; an object result goes
/// to a trailing `out` address. Returns the error word, then the scalar
/// result if there is one. `Fast`: scalars in, `(completed: i8, result)` out.
pub fn func_sig(call_conv: CallConv, params: &[Ty], ret: &Ty, fast: bool) -> Signature {
    let mut ps = Vec::new();
    for p in params {
        match Repr::of(p) {
            Repr::Unit => {}
            r => ps.push(r.scalar().unwrap_or(PTR)),
        }
    }
    let r = Repr::of(ret);
    if fast {
        let mut rets = vec![types::I8];
        rets.extend(r.scalar());
        return sig(call_conv, &ps, &rets);
    }
    if r.obj().is_some() {
        ps.push(PTR);
    }
    let mut rets = vec![PTR];
    rets.extend(r.scalar());
    sig(call_conv, &ps, &rets)
}
