//! Frames, exceptions and exits: entering and leaving the recursion-checked
//! frame, routing a raised error to the innermost handler or `finally`
//! region (or the function's error exit), `return`/`break`/`continue`
//! through `finally` blocks, bailing out of speculative code, and the
//! `try` statement itself.

use super::*;

impl<'a, 'b, 'p, M: Module> FnGen<'a, 'b, 'p, M> {
    /// The address of a runtime static.
    pub(super) fn runtime_data(&mut self, name: &'static str) -> Value {
        let id = self.sh.runtime_data(name);
        let gv = self.sh.module.declare_data_in_func(id, self.b.func);
        self.b.ins().symbol_value(PTR, gv)
    }

    /// Counts this frame against the recursion limit and checks the native
    /// stack (`rt::object::program::enter`): RecursionError (or a bail) instead of
    /// going deeper.
    pub(super) fn frame_enter(&mut self) {
        if self.func.thunk {
            return;
        }
        let left_addr = self.runtime_data("PYAOT_FRAMES_LEFT");
        let left = self.load(PTR, left_addr, 0);
        let floor_addr = self.runtime_data("PYAOT_STACK_FLOOR");
        let floor = self.load(PTR, floor_addr, 0);
        let sp = self.b.ins().get_stack_pointer(PTR);
        let low = self.b.ins().icmp(IntCC::UnsignedLessThan, sp, floor);
        let none = self.b.ins().icmp_imm(IntCC::Equal, left, 0);
        let stop = self.b.ins().bor(low, none);
        let bad = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(stop, bad, &[], ok, &[]);
        self.b.set_cold_block(bad);
        self.b.switch_to_block(bad);
        if self.fast() {
            // Not entered: return without giving a frame back.
            self.bail_ret();
        } else {
            let e = self.rt("pyaot_recursion_error", &[], &[PTR])[0];
            let e = self.locate(e, u64::from(self.func.span.line));
            // The error exit gives a frame back: take one first.
            self.frame_count(-1);
            self.b.ins().jump(self.exit_err, &[e.into()]);
        }
        self.b.switch_to_block(ok);
        self.frame_count(-1);
    }

    /// Adds `delta` to the frames left (-1 on entry, +1 at every exit).
    pub(super) fn frame_count(&mut self, delta: i64) {
        if self.func.thunk {
            return;
        }
        let addr = self.runtime_data("PYAOT_FRAMES_LEFT");
        let left = self.load(PTR, addr, 0);
        let left = self.b.ins().iadd_imm(left, delta);
        self.b.ins().store(MemFlags::trusted(), left, addr, 0);
    }

    pub(super) fn exits(&mut self) {
        if self.fast() {
            // Speculative functions return directly and own no objects.
            for blk in [self.exit_ok, self.exit_err] {
                self.b.switch_to_block(blk);
                self.b.ins().trap(TrapCode::unwrap_user(1));
            }
            return;
        }
        // Normal exit: the result moves out first, then the frame is dropped.
        self.b.switch_to_block(self.exit_ok);
        let mut rets = vec![self.iconst(PTR, 0)];
        match self.ret_home {
            Home::Var(v) => rets.push(self.b.use_var(v)),
            Home::Slot(s, _) => {
                let a = self.b.ins().stack_addr(PTR, s, 0);
                let out = self.out_ptr.unwrap();
                self.copy16(a, out);
                self.zero16(a);
            }
            Home::None => {}
        }
        self.drop_frame();
        self.frame_count(1);
        self.b.ins().return_(&rets);
        // Error exit.
        self.b.switch_to_block(self.exit_err);
        let e = self.b.block_params(self.exit_err)[0];
        self.drop_frame();
        self.frame_count(1);
        let mut rets = vec![e];
        let ret = Repr::of(&self.func.ret);
        if ret.scalar().is_some() {
            rets.push(self.zero(ret));
        }
        self.b.ins().return_(&rets);
    }

    pub(super) fn drop_frame(&mut self) {
        for (s, k) in self.owned_slots.clone() {
            let a = self.b.ins().stack_addr(PTR, s, 0);
            self.drop_obj(a, k);
        }
    }

    // ---- control transfers ---------------------------------------------------------

    /// Leaves a speculative function without a result.
    pub(super) fn bail(&mut self) {
        self.frame_count(1);
        self.bail_ret();
    }

    /// A speculative function's bail return, without the frame bookkeeping.
    pub(super) fn bail_ret(&mut self) {
        let z = self.iconst(types::I8, 0);
        let mut rets = vec![z];
        if let Some(t) = Repr::of(&self.func.ret).scalar() {
            let r = match t {
                types::F64 => self.b.ins().f64const(0.0),
                t => self.iconst(t, 0),
            };
            rets.push(r);
        }
        self.b.ins().return_(&rets);
    }

    /// Adds this frame and line to an error's traceback (after the fused
    /// generator frames it is in, innermost first).
    pub(super) fn locate(&mut self, mut e: Value, line: u64) -> Value {
        if self.func.thunk {
            // No frame of its own: the error passes through as it came.
            return e;
        }
        let (mut frame, mut line) = (self.frame, line);
        while let Some(k) = frame {
            let (p, n) = self.frame_names[k];
            let l = self.iconst(types::I64, line as i64);
            e = self.rt("pyaot_err_at", &[e, p, n, l], &[PTR])[0];
            let fr = &self.func.inlined[k];
            (frame, line) = (fr.parent, fr.span.position());
        }
        let (p, n) = self.name;
        let l = self.iconst(types::I64, line as i64);
        self.rt("pyaot_err_at", &[e, p, n, l], &[PTR])[0]
    }

    /// Routes an (already located) error from here; ends the block.
    pub(super) fn raise(&mut self, e: Value) {
        for c in self.ctx.clone().iter().rev() {
            match c {
                Ctx::Try(h) => {
                    self.b.ins().jump(*h, &[e.into()]);
                    return;
                }
                Ctx::Finally { fin, flow, err, .. } => {
                    let f = self.iconst(types::I64, FLOW_RAISE);
                    self.b.def_var(*flow, f);
                    self.b.def_var(*err, e);
                    self.b.ins().jump(*fin, &[]);
                    return;
                }
                Ctx::Loop { iter: Some(s), .. } => self.release_iter(*s),
                Ctx::Loop { .. } => {}
            }
        }
        self.b.ins().jump(self.exit_err, &[e.into()]);
    }

    /// Continues after a raising call: an error word goes to the handler.
    pub(super) fn check(&mut self, e: Value, line: u64) {
        let bad = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(e, bad, &[], ok, &[]);
        self.b.set_cold_block(bad);
        self.b.switch_to_block(bad);
        if self.fast() {
            self.rt("pyaot_drop_err", &[e], &[]);
            self.bail();
        } else {
            let e = self.locate(e, line);
            self.raise(e);
        }
        self.b.switch_to_block(ok);
    }

    /// Continues after a bailing call (completed flag `ok`).
    pub(super) fn check_bail(&mut self, ok: Value) {
        let bad = self.b.create_block();
        let good = self.b.create_block();
        self.b.ins().brif(ok, good, &[], bad, &[]);
        self.b.set_cold_block(bad);
        self.b.switch_to_block(bad);
        self.bail();
        self.b.switch_to_block(good);
    }

    /// `return` with the value already stored in the return home.
    pub(super) fn route_return(&mut self, skip: usize) {
        for c in self.ctx[..self.ctx.len() - skip].to_vec().iter().rev() {
            if let Ctx::Finally { fin, flow, .. } = c {
                let f = self.iconst(types::I64, FLOW_RETURN);
                self.b.def_var(*flow, f);
                self.b.ins().jump(*fin, &[]);
                return;
            }
        }
        self.b.ins().jump(self.exit_ok, &[]);
    }

    pub(super) fn ret(&mut self, v: Val) {
        self.store_home(self.ret_home, v);
        self.route_return(0);
    }

    /// `break`/`continue` to loop `target`, from the innermost `skip`-less context.
    pub(super) fn jump(&mut self, target: LoopId, is_break: bool, skip: usize) {
        for c in self.ctx[..self.ctx.len() - skip].to_vec().iter().rev() {
            match c {
                Ctx::Loop { id, brk, cont, .. } if *id == target => {
                    let to = if is_break { *brk } else { *cont };
                    self.b.ins().jump(to, &[]);
                    return;
                }
                Ctx::Loop { iter: Some(s), .. } => self.release_iter(*s),
                Ctx::Finally { fin, flow, target: t, .. } => {
                    let f = self.iconst(types::I64, if is_break { FLOW_BREAK } else { FLOW_CONTINUE });
                    self.b.def_var(*flow, f);
                    let n = self.iconst(types::I64, target.0 as i64);
                    self.b.def_var(*t, n);
                    self.b.ins().jump(*fin, &[]);
                    return;
                }
                _ => {}
            }
        }
        self.b.ins().trap(TrapCode::unwrap_user(2));
    }

    // ---- statements -------------------------------------------------------------------

    pub(super) fn try_stmt(&mut self, body: &[Stmt], handlers: &[ir::Handler], orelse: &[Stmt], finally: &[Stmt]) {
        if finally.is_empty() {
            return self.try_except(body, handlers, orelse);
        }
        let fin = self.b.create_block();
        let flow = self.b.declare_var(types::I64);
        let err = self.b.declare_var(PTR);
        let target = self.b.declare_var(types::I64);
        let z = self.iconst(types::I64, 0);
        self.b.def_var(flow, z);
        self.b.def_var(err, z);
        self.b.def_var(target, z);
        self.ctx.push(Ctx::Finally { fin, flow, err, target });
        if handlers.is_empty() && orelse.is_empty() {
            self.block(body);
        } else {
            self.try_except(body, handlers, orelse);
        }
        let f = self.iconst(types::I64, FLOW_NORMAL);
        self.b.def_var(flow, f);
        self.b.ins().jump(fin, &[]);
        self.b.switch_to_block(fin);
        self.ctx.pop();
        // The finally body runs outside the region it protects.
        self.block(finally);
        let after = self.b.create_block();
        let fl = self.b.use_var(flow);
        // Normal: go on.
        let not_normal = self.b.create_block();
        let is_normal = self.b.ins().icmp_imm(IntCC::Equal, fl, FLOW_NORMAL);
        self.b.ins().brif(is_normal, after, &[], not_normal, &[]);
        self.b.switch_to_block(not_normal);
        // Return.
        let (r, not_r) = (self.b.create_block(), self.b.create_block());
        let c = self.b.ins().icmp_imm(IntCC::Equal, fl, FLOW_RETURN);
        self.b.ins().brif(c, r, &[], not_r, &[]);
        self.b.switch_to_block(r);
        self.route_return(0);
        self.b.switch_to_block(not_r);
        // Raise.
        let (x, not_x) = (self.b.create_block(), self.b.create_block());
        let c = self.b.ins().icmp_imm(IntCC::Equal, fl, FLOW_RAISE);
        self.b.ins().brif(c, x, &[], not_x, &[]);
        self.b.switch_to_block(x);
        let e = self.b.use_var(err);
        self.raise(e);
        self.b.switch_to_block(not_x);
        // Break / continue to each enclosing loop.
        let loops: Vec<LoopId> =
            self.ctx.iter().filter_map(|c| if let Ctx::Loop { id, .. } = c { Some(*id) } else { None }).collect();
        let t = self.b.use_var(target);
        for is_break in [true, false] {
            for &id in &loops {
                let (yes, no) = (self.b.create_block(), self.b.create_block());
                let code = if is_break { FLOW_BREAK } else { FLOW_CONTINUE };
                let c1 = self.b.ins().icmp_imm(IntCC::Equal, fl, code);
                let c2 = self.b.ins().icmp_imm(IntCC::Equal, t, id.0 as i64);
                let c = self.b.ins().band(c1, c2);
                self.b.ins().brif(c, yes, &[], no, &[]);
                self.b.switch_to_block(yes);
                self.jump(id, is_break, 0);
                self.b.switch_to_block(no);
            }
        }
        self.b.ins().trap(TrapCode::unwrap_user(3));
        self.b.switch_to_block(after);
    }

    pub(super) fn try_except(&mut self, body: &[Stmt], handlers: &[ir::Handler], orelse: &[Stmt]) {
        let handler = self.b.create_block();
        self.b.append_block_param(handler, PTR);
        let after = self.b.create_block();
        self.ctx.push(Ctx::Try(handler));
        self.block(body);
        self.ctx.pop();
        self.block(orelse);
        self.b.ins().jump(after, &[]);
        self.b.switch_to_block(handler);
        let err = self.b.block_params(handler)[0];
        for h in handlers {
            let (take, next) = (self.b.create_block(), self.b.create_block());
            if h.classes.is_empty() {
                self.b.ins().jump(take, &[]);
            } else {
                let mut any = self.iconst(types::I8, 0);
                for c in &h.classes {
                    let (p, n) = self.str_const(c.as_bytes());
                    let m = self.rt("pyaot_err_matches", &[err, p, n], &[types::I8])[0];
                    any = self.b.ins().bor(any, m);
                }
                self.b.ins().brif(any, take, &[], next, &[]);
            }
            self.b.switch_to_block(take);
            let v = self.temp();
            self.rt("pyaot_err_value", &[err, v], &[]);
            self.rt("pyaot_drop_err", &[err], &[]);
            self.assign(Place::Local(h.exc_local), Val::Obj { addr: v, owned: true, kind: Rt::Value });
            self.block(&h.body);
            self.b.ins().jump(after, &[]);
            self.b.switch_to_block(next);
        }
        // No handler matched: the error goes on.
        self.raise(err);
        self.b.switch_to_block(after);
    }

    // ---- expressions ---------------------------------------------------------------------
}
