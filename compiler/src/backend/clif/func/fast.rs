//! Inline fast paths: small ints, list elements and scalar tags tested
//! in machine code before falling back to the runtime call.

use super::*;
use crate::ir::prims::{Inline, PrimId as P};

impl<'a, 'b, 'p, M: Module> FnGen<'a, 'b, 'p, M> {
    /// Machine-word primitives spelled inline (the same operations as
    /// their `rt/src/mint.rs` and `float.rs` definitions): `None` when the
    /// primitive is left to a runtime call.
    pub(super) fn inline_prim(&mut self, p: &ir::Prim, args: &[Expr]) -> Option<Val> {
        if p.inline != Inline::Machine {
            return None;
        }
        let vals = self.scalars(args);
        let checked = |g: &mut Self, (r, overflow): (Value, Value)| {
            let ok = g.b.ins().bxor_imm(overflow, 1);
            g.check_bail(ok);
            r
        };
        let v = match (p.id, vals.as_slice()) {
            (P::M_ADD, &[a, b]) => {
                let r = self.b.ins().sadd_overflow(a, b);
                checked(self, r)
            }
            (P::M_SUB, &[a, b]) => {
                let r = self.b.ins().ssub_overflow(a, b);
                checked(self, r)
            }
            (P::M_MUL, &[a, b]) => {
                let r = self.b.ins().smul_overflow(a, b);
                checked(self, r)
            }
            (P::M_NEG, &[a]) => {
                let z = self.iconst(types::I64, 0);
                let r = self.b.ins().ssub_overflow(z, a);
                checked(self, r)
            }
            (P::M_TRUTHY, &[a]) => self.b.ins().icmp_imm(IntCC::NotEqual, a, 0),
            (P::M_TO_F64, &[a]) => self.b.ins().fcvt_from_sint(types::F64, a),
            (P::M_FROM_BOOL, &[a]) => self.b.ins().uextend(types::I64, a),
            (P::F_ABS, &[a]) => self.b.ins().fabs(a),
            (P::F_TRUTHY, &[a]) => {
                let z = self.b.ins().f64const(0.0);
                self.b.ins().fcmp(FloatCC::NotEqual, a, z)
            }
            _ => unreachable!("inline primitive {} with {} arguments", p.name, vals.len()),
        };
        Some(Val::Scalar(v))
    }

    /// Branches to `slow` unless `cond` is false.
    pub(super) fn unless(&mut self, cond: Value, slow: Block) {
        let next = self.b.create_block();
        self.b.ins().brif(cond, slow, &[], next, &[]);
        self.b.switch_to_block(next);
    }

    /// The address of `list[index]` when the list is not being mutated by
    /// the runtime, the index a small int and in range (negative from the
    /// end); otherwise a jump to `slow`. Offsets: `abi::LIST_*`.
    pub(super) fn list_elem(&mut self, list: Value, index: Value, slow: Block) -> Value {
        let rc = self.load(PTR, list, 0);
        let flag = self.load(types::I64, rc, LIST_FLAG);
        let c = self.b.ins().icmp_imm(IntCC::SignedLessThan, flag, 0);
        self.unless(c, slow);
        let tag = self.load(types::I64, index, 0);
        self.unless(tag, slow);
        let i = self.load(types::I64, index, 8);
        let len = self.load(types::I64, rc, LIST_LEN);
        let neg = self.b.ins().icmp_imm(IntCC::SignedLessThan, i, 0);
        let wrapped = self.b.ins().iadd(i, len);
        let j = self.b.ins().select(neg, wrapped, i);
        let out = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, j, len);
        self.unless(out, slow);
        let data = self.load(PTR, rc, LIST_PTR);
        let off = self.b.ins().ishl_imm(j, 4);
        self.b.ins().iadd(data, off)
    }

    /// Branches to `slow` unless the `Value` at `addr` has tag `tag`.
    pub(super) fn expect_tag(&mut self, addr: Value, tag: i64, slow: Block) {
        let t = self.load(types::I8, addr, 0);
        let c = self.b.ins().icmp_imm(IntCC::NotEqual, t, tag);
        self.unless(c, slow);
    }

    /// Branches to `slow` unless the `Value` at `addr` is a scalar (owns nothing).
    pub(super) fn expect_scalar(&mut self, addr: Value, slow: Block) {
        let t = self.load(types::I8, addr, 0);
        let big = self.b.ins().icmp_imm(IntCC::UnsignedGreaterThan, t, TAG_FLOAT);
        self.unless(big, slow);
        let is_big = self.b.ins().icmp_imm(IntCC::Equal, t, TAG_BIG);
        self.unless(is_big, slow);
    }

    /// Both operands small ints (else a jump to `slow`): their values.
    pub(super) fn small_pair(&mut self, a: Value, b: Value, slow: Block) -> (Value, Value) {
        let ta = self.load(types::I64, a, 0);
        let tb = self.load(types::I64, b, 0);
        let either = self.b.ins().bor(ta, tb);
        self.unless(either, slow);
        (self.load(types::I64, a, 8), self.load(types::I64, b, 8))
    }

    /// Writes `Int::Small(v)` to `out`.
    pub(super) fn put_small(&mut self, v: Value, out: Value) {
        let z = self.iconst(types::I64, 0);
        self.store(z, out, 0);
        self.store(v, out, 8);
    }

    /// The common cases of some primitives inline (small ints, typed list
    /// elements, float division), the runtime call only when the fast path
    /// does not apply: the runtime then decides everything, errors
    /// included. Each inline path computes exactly what the runtime
    /// function's own fast path does.
    pub(super) fn fast_path(&mut self, p: &ir::Prim, vals: Vec<Value>, borrowed: &[Val], ty: &Ty, line: u64) -> Val {
        let r = Repr::of(ty);
        let slow = self.b.create_block();
        let done = self.b.create_block();
        if let Some(t) = r.scalar() {
            self.b.append_block_param(done, t);
        }
        let out = r.obj().map(|_| self.temp());
        let result = match p.id {
            P::I_ADD | P::I_SUB | P::I_MUL => {
                let (x, y) = self.small_pair(vals[0], vals[1], slow);
                let (v, overflow) = match p.id {
                    P::I_ADD => self.b.ins().sadd_overflow(x, y),
                    P::I_SUB => self.b.ins().ssub_overflow(x, y),
                    _ => self.b.ins().smul_overflow(x, y),
                };
                self.unless(overflow, slow);
                self.put_small(v, out.unwrap());
                None
            }
            P::I_EQ | P::I_NE | P::I_LT | P::I_LE | P::I_GT | P::I_GE => {
                let (x, y) = self.small_pair(vals[0], vals[1], slow);
                let cc = match p.id {
                    P::I_EQ => IntCC::Equal,
                    P::I_NE => IntCC::NotEqual,
                    P::I_LT => IntCC::SignedLessThan,
                    P::I_LE => IntCC::SignedLessThanOrEqual,
                    P::I_GT => IntCC::SignedGreaterThan,
                    _ => IntCC::SignedGreaterThanOrEqual,
                };
                Some(self.b.ins().icmp(cc, x, y))
            }
            P::I_TRUTHY => {
                let t = self.load(types::I64, vals[0], 0);
                self.unless(t, slow);
                let x = self.load(types::I64, vals[0], 8);
                Some(self.b.ins().icmp_imm(IntCC::NotEqual, x, 0))
            }
            P::F_TRUEDIV => {
                let z = self.b.ins().f64const(0.0);
                let zero = self.b.ins().fcmp(FloatCC::Equal, vals[1], z);
                self.unless(zero, slow);
                Some(self.b.ins().fdiv(vals[0], vals[1]))
            }
            P::F_POW => {
                // `x ** 0.5` for x >= 0 (not NaN): the square root of x + 0.0.
                let half = self.b.ins().f64const(0.5);
                let other = self.b.ins().fcmp(FloatCC::NotEqual, vals[1], half);
                self.unless(other, slow);
                let z = self.b.ins().f64const(0.0);
                let neg = self.b.ins().fcmp(FloatCC::UnorderedOrLessThan, vals[0], z);
                self.unless(neg, slow);
                let a = self.b.ins().fadd(vals[0], z);
                Some(self.b.ins().sqrt(a))
            }
            _ => self.list_fast(p, &vals, slow, out),
        };
        self.fast_path_tail(p, vals, borrowed, ty, line, result, (slow, done, out))
    }

    /// Typed list element reads and writes (see [`Self::fast_path`]).
    pub(super) fn list_fast(&mut self, p: &ir::Prim, vals: &[Value], slow: Block, out: Option<Value>) -> Option<Value> {
        let elem = self.list_elem(vals[0], vals[1], slow);
        match p.id {
            P::L_GET_F64 => {
                self.expect_tag(elem, TAG_FLOAT, slow);
                Some(self.load(types::F64, elem, 8))
            }
            P::L_GET_BOOL => {
                self.expect_tag(elem, TAG_BOOL, slow);
                Some(self.load(types::I8, elem, 8))
            }
            P::L_GET_INT => {
                self.expect_tag(elem, TAG_INT, slow);
                let v = self.load(types::I64, elem, 8);
                self.put_small(v, out.unwrap());
                None
            }
            P::L_GET_LIST => {
                self.expect_tag(elem, TAG_LIST, slow);
                // A new reference: the `Rc`'s strong count is its allocation's first word.
                let h = self.load(PTR, elem, 8);
                let n = self.load(types::I64, h, 0);
                let n1 = self.b.ins().iadd_imm(n, 1);
                self.store(n1, h, 0);
                self.store(h, out.unwrap(), 0);
                None
            }
            P::L_SET_F64 => {
                self.expect_tag(elem, TAG_FLOAT, slow);
                self.store(vals[2], elem, 8);
                None
            }
            P::L_SET_SCALAR => {
                self.expect_scalar(elem, slow);
                self.expect_scalar(vals[2], slow);
                self.copy16(vals[2], elem);
                None
            }
            _ => unreachable!("{} has no inline path", p.name),
        }
    }

    /// Ends a fast path with `result` and emits its `slow` call; both join at `done`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn fast_path_tail(
        &mut self,
        p: &ir::Prim,
        vals: Vec<Value>,
        borrowed: &[Val],
        ty: &Ty,
        line: u64,
        result: Option<Value>,
        (slow, done, out): (Block, Block, Option<Value>),
    ) -> Val {
        let r = Repr::of(ty);
        for v in borrowed {
            self.release(*v);
        }
        match result {
            Some(v) => self.b.ins().jump(done, &[v.into()]),
            None => self.b.ins().jump(done, &[]),
        };
        self.b.set_cold_block(slow);
        self.b.switch_to_block(slow);
        match self.call_prim(p, vals, borrowed, ty, line, out) {
            Val::Scalar(v) => self.b.ins().jump(done, &[v.into()]),
            _ => self.b.ins().jump(done, &[]),
        };
        self.b.switch_to_block(done);
        match r {
            Repr::Obj(kind) => Val::Obj { addr: out.unwrap(), owned: true, kind },
            Repr::Unit => Val::Unit,
            _ => Val::Scalar(self.b.block_params(done)[0]),
        }
    }
}
