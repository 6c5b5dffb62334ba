//! Statements: assignments, conditionals, the loops (`range` loops over
//! machine steps with a big-int fallback, iterator loops), and the
//! statements that end a block.

use super::*;

impl<'a, 'b, 'p, M: Module> FnGen<'a, 'b, 'p, M> {
    pub(super) fn block(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    pub(super) fn stmt(&mut self, s: &Stmt) {
        let line = s.span.position();
        // Each instruction carries its statement's source line (`emit-clif`
        // prints it as `@<line in hex>`).
        self.b.set_srcloc(cranelift_codegen::ir::SourceLoc::new(s.span.line));
        match &s.kind {
            StmtKind::Assign(place, e) => {
                let v = self.owned(e);
                self.assign(*place, v);
            }
            StmtKind::Expr(e) => {
                let v = self.expr(e);
                self.release(v);
            }
            StmtKind::Unbind(place) => self.unbind(*place),
            StmtKind::InFrame(frame, b) => {
                let outer = std::mem::replace(&mut self.frame, *frame);
                self.block(b);
                self.frame = outer;
            }
            StmtKind::If(c, a, b) => {
                let c = self.expr(c);
                let c = self.scalar(c);
                let (tb, eb, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
                self.b.ins().brif(c, tb, &[], eb, &[]);
                self.b.switch_to_block(tb);
                self.block(a);
                self.b.ins().jump(join, &[]);
                self.b.switch_to_block(eb);
                self.block(b);
                self.b.ins().jump(join, &[]);
                self.b.switch_to_block(join);
            }
            StmtKind::While { label, cond, body, orelse } => {
                self.emit_loop(
                    *label,
                    None,
                    body,
                    orelse,
                    |g, bodyb, elseb| {
                        let c = g.expr(cond);
                        let c = g.scalar(c);
                        g.b.ins().brif(c, bodyb, &[], elseb, &[]);
                    },
                    |_, ()| {},
                );
            }
            StmtKind::ForRange { label, var, start, stop, step, body, orelse } => {
                // The loop counter (`range::Steps`: next, left, step) gets its own 24-byte slot.
                let s = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 24, 3));
                let (a, b, c) = (self.expr(start), self.expr(stop), self.expr(step));
                let mint = self.func.locals[*var].ty == Ty::MInt;
                let big = if mint {
                    let (a, b, c) = (self.scalar(a), self.scalar(b), self.scalar(c));
                    let steps = self.b.ins().stack_addr(PTR, s, 0);
                    let ok = self.rt("pyaot_mint_range", &[a, b, c, steps], &[types::I8])[0];
                    self.check_bail(ok);
                    None
                } else {
                    // A range beyond machine words hands its values out of an
                    // iterator in this slot (the counter's step is 0 then).
                    let big = self.slot();
                    self.owned_slots.push((big, Rt::Iter));
                    let it = self.b.ins().stack_addr(PTR, big, 0);
                    self.drop_obj(it, Rt::Iter);
                    self.zero16(it);
                    let (pa, pb, pc) = (self.addr(a), self.addr(b), self.addr(c));
                    let steps = self.b.ins().stack_addr(PTR, s, 0);
                    let e = self.rt("pyaot_range_steps", &[pa, pb, pc, steps, it], &[PTR])[0];
                    self.release(a);
                    self.release(b);
                    self.release(c);
                    self.check(e, line);
                    Some(big)
                };
                let steps = self.b.ins().stack_addr(PTR, s, 0);
                self.range_loop(*label, *var, steps, big, body, orelse, line);
                if let Some(big) = big {
                    self.release_iter(big);
                }
            }
            StmtKind::ForIter { label, var, iter, body, orelse } => {
                let src = self.expr(iter);
                let pa = self.addr(src);
                let s = self.slot();
                self.owned_slots.push((s, Rt::Iter));
                // The iterator slot is zeroed on entry; a re-run of the loop drops the old one.
                let it = self.b.ins().stack_addr(PTR, s, 0);
                self.drop_obj(it, Rt::Iter);
                let e = self.rt("pyaot_iter", &[pa, it], &[PTR])[0];
                self.release(src);
                self.check(e, line);
                self.emit_loop(
                    *label,
                    Some(s),
                    body,
                    orelse,
                    |g, bodyb, elseb| {
                        let item = g.temp();
                        let has_slot = g.temp();
                        let it = g.b.ins().stack_addr(PTR, s, 0);
                        let e = g.rt("pyaot_iter_next", &[it, item, has_slot], &[PTR])[0];
                        g.check(e, line);
                        let has = g.load(types::I8, has_slot, 0);
                        g.b.ins().brif(has, bodyb, &[], elseb, &[]);
                        item
                    },
                    |g, item| g.assign(Place::Local(*var), Val::Obj { addr: item, owned: true, kind: Rt::Value }),
                );
                // The iterator goes when the loop ends (a generator's
                // `finally` runs then, as in CPython), not at frame exit.
                self.release_iter(s);
            }
            StmtKind::Break(l) => {
                self.jump(*l, true, 0);
                self.dead();
            }
            StmtKind::Continue(l) => {
                self.jump(*l, false, 0);
                self.dead();
            }
            StmtKind::Return(v) => {
                let v = match v {
                    Some(e) => self.owned(e),
                    None => Val::Unit,
                };
                if self.fast() {
                    self.frame_count(1);
                    let one = self.iconst(types::I8, 1);
                    let mut rets = vec![one];
                    if let Val::Scalar(s) = v {
                        rets.push(s);
                    }
                    self.b.ins().return_(&rets);
                } else {
                    self.ret(v);
                }
                self.dead();
            }
            StmtKind::Raise { exc, cause } => {
                let e = self.owned(exc);
                let pe = self.addr(e);
                let err = match cause {
                    None => self.rt("pyaot_raise", &[pe], &[PTR])[0],
                    Some(c) => {
                        let c = self.owned(c);
                        let pc = self.addr(c);
                        self.rt("pyaot_raise_from", &[pe, pc], &[PTR])[0]
                    }
                };
                let err = self.locate(err, line);
                self.raise(err);
                self.dead();
            }
            StmtKind::Reraise(l) => {
                let v = self.read_local(*l, line);
                let v = self.own(v);
                let pv = self.addr(v);
                let err = self.rt("pyaot_raise", &[pv], &[PTR])[0];
                self.raise(err);
                self.dead();
            }
            StmtKind::Try { body, handlers, orelse, finally } => self.try_stmt(body, handlers, orelse, finally),
            StmtKind::Bail => {
                self.bail();
                self.dead();
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_loop(
        &mut self,
        label: LoopId,
        var: LocalId,
        steps: Value,
        big: Option<StackSlot>,
        body: &[Stmt],
        orelse: &[Stmt],
        line: u64,
    ) {
        let next = self.b.declare_var(types::I64);
        let left = self.b.declare_var(types::I64);
        let v = self.load(types::I64, steps, 0);
        self.b.def_var(next, v);
        let v = self.load(types::I64, steps, 8);
        self.b.def_var(left, v);
        let step = self.load(types::I64, steps, 16);
        self.emit_loop(
            label,
            None,
            body,
            orelse,
            |g, bodyb, elseb| {
                let l = g.b.use_var(left);
                g.b.ins().brif(l, bodyb, &[], elseb, &[]);
            },
            |g, ()| {
                let l = g.b.use_var(left);
                let l1 = g.b.ins().iadd_imm(l, -1);
                g.b.def_var(left, l1);
                let i = g.b.use_var(next);
                let n1 = g.b.ins().iadd(i, step);
                g.b.def_var(next, n1);
                let v = match big {
                    None => Val::Scalar(i),
                    Some(big) => {
                        // Step 0 marks a range beyond machine words.
                        let out = g.temp();
                        let (small, wide, join) = (g.b.create_block(), g.b.create_block(), g.b.create_block());
                        g.b.ins().brif(step, small, &[], wide, &[]);
                        g.b.switch_to_block(small);
                        g.put_small(i, out);
                        g.b.ins().jump(join, &[]);
                        g.b.switch_to_block(wide);
                        let it = g.b.ins().stack_addr(PTR, big, 0);
                        let e = g.rt("pyaot_range_big_next", &[it, out], &[PTR])[0];
                        g.check(e, line);
                        g.b.ins().jump(join, &[]);
                        g.b.switch_to_block(join);
                        Val::Obj { addr: out, owned: true, kind: Rt::Int }
                    }
                };
                g.assign(Place::Local(var), v);
            },
        );
    }

    /// Drops a `for` loop's iterator (a generator's `finally` runs now, as
    /// in CPython) and empties its slot.
    pub(super) fn release_iter(&mut self, s: StackSlot) {
        let it = self.b.ins().stack_addr(PTR, s, 0);
        self.drop_obj(it, Rt::Iter);
        self.zero16(it);
    }

    /// A loop: `test`, at the head of each iteration, branches to the body
    /// block or the `else` block; `enter` starts the body (binding the
    /// loop variable from what `test` produced). `break` skips the `else`.
    /// `iter` is the iterator slot of a `for` loop.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn emit_loop<T>(
        &mut self,
        label: LoopId,
        iter: Option<StackSlot>,
        body: &[Stmt],
        orelse: &[Stmt],
        test: impl FnOnce(&mut Self, Block, Block) -> T,
        enter: impl FnOnce(&mut Self, T),
    ) {
        let (head, bodyb, elseb, exit) =
            (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.ins().jump(head, &[]);
        self.b.switch_to_block(head);
        let t = test(self, bodyb, elseb);
        self.b.switch_to_block(bodyb);
        enter(self, t);
        self.ctx.push(Ctx::Loop { id: label, brk: exit, cont: head, iter });
        self.block(body);
        self.ctx.pop();
        self.b.ins().jump(head, &[]);
        self.b.switch_to_block(elseb);
        self.block(orelse);
        self.b.ins().jump(exit, &[]);
        self.b.switch_to_block(exit);
    }
}
