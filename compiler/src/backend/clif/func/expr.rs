//! Expressions: constants, reads, boxing and unboxing, displays, direct
//! calls and speculative calls with their exact fallback.

use super::*;

impl<'a, 'b, 'p, M: Module> FnGen<'a, 'b, 'p, M> {
    /// A runtime call that writes a new object of `kind` to a trailing `out`.
    pub(super) fn rt_new(&mut self, kind: Rt, sym: &str, args: &[Value]) -> Val {
        let out = self.temp();
        let mut all = args.to_vec();
        all.push(out);
        self.rt(sym, &all, &[]);
        Val::Obj { addr: out, owned: true, kind }
    }

    pub(super) fn int_small(&mut self, v: Value) -> Val {
        let out = self.temp();
        self.put_small(v, out);
        Val::Obj { addr: out, owned: true, kind: Rt::Int }
    }

    pub(super) fn expr(&mut self, e: &Expr) -> Val {
        // Where an error raised here is: its line and columns.
        let line = e.span.position();
        match &e.kind {
            ExprKind::Int(v) if e.ty == Ty::MInt => Val::Scalar(self.iconst(types::I64, *v)),
            ExprKind::Int(v) => {
                // A small int owns nothing: hand it out as borrowed, so a
                // `Ref` use needs no drop (and a move copies it).
                let c = self.iconst(types::I64, *v);
                match self.int_small(c) {
                    Val::Obj { addr, kind, .. } => Val::Obj { addr, owned: false, kind },
                    v => v,
                }
            }
            ExprKind::BigInt(d) => {
                let (p, n) = self.str_const(d.as_bytes());
                self.rt_new(Rt::Int, "pyaot_int_parse", &[p, n])
            }
            ExprKind::Float(f) => Val::Scalar(self.b.ins().f64const(*f)),
            ExprKind::Bool(v) => Val::Scalar(self.iconst(types::I8, *v as i64)),
            ExprKind::Bound(l) => Val::Scalar(match self.bound[*l] {
                Some(flag) => self.b.use_var(flag),
                None => self.iconst(types::I8, 1),
            }),
            ExprKind::None => Val::Unit,
            ExprKind::Str(s) => {
                let (p, n) = self.str_const(s.as_bytes());
                self.rt_new(Rt::Str, "pyaot_str_new", &[p, n])
            }
            ExprKind::Bytes(b) => {
                let (p, n) = self.str_const(b);
                self.rt_new(Rt::Value, "pyaot_bytes_new", &[p, n])
            }
            ExprKind::Class(c) => {
                let (p, n) = self.str_const(c.as_bytes());
                self.rt_new(Rt::Value, "pyaot_class", &[p, n])
            }
            ExprKind::Read(Place::Local(l)) => self.read_local(*l, line),
            ExprKind::Take(Place::Local(l)) => {
                let Val::Obj { addr, kind, .. } = self.read_local(*l, line) else {
                    unreachable!("the verifier admits takes of object variables only")
                };
                if let Some(flag) = self.bound[*l] {
                    let zero = self.iconst(types::I8, 0);
                    self.b.def_var(flag, zero);
                }
                let t = self.temp();
                self.copy16(addr, t);
                self.zero16(addr);
                Val::Obj { addr: t, owned: true, kind }
            }
            ExprKind::Take(Place::Global(gid)) => {
                let a = self.bound_global(*gid, line);
                let Repr::Obj(kind) = Repr::of(&e.ty) else {
                    unreachable!("the verifier admits takes of object variables only")
                };
                let t = self.temp();
                self.copy16(a, t);
                self.zero16(a);
                let zero = self.iconst(types::I8, 0);
                self.store(zero, a, 16);
                Val::Obj { addr: t, owned: true, kind }
            }
            ExprKind::Read(Place::Global(gid)) => {
                let a = self.bound_global(*gid, line);
                match Repr::of(&e.ty) {
                    Repr::Unit => Val::Unit,
                    Repr::Obj(kind) => Val::Obj { addr: self.clone_obj(a, kind), owned: true, kind },
                    r => Val::Scalar(self.load(r.scalar().unwrap(), a, 0)),
                }
            }
            ExprKind::Prim(p, args) => self.prim(p, args, &e.ty, line),
            ExprKind::Call(f, args) => self.call(*f, args, &e.ty, line),
            ExprKind::Speculate { fast, exact, args } => self.speculate(*fast, *exact, args, &e.ty),
            // An instance is a `Value` already: borrowed where it is.
            ExprKind::Box(x) if Repr::of(&x.ty) == Repr::Obj(Rt::Value) => self.expr(x),
            ExprKind::Box(x) => {
                let v = self.owned(x);
                match (Repr::of(&x.ty), v) {
                    (Repr::Obj(Rt::Value), v) => v,
                    (Repr::Obj(k), Val::Obj { addr, .. }) => self.rt_new(Rt::Value, &helper("box", k), &[addr]),
                    (Repr::F64, Val::Scalar(s)) => self.rt_new(Rt::Value, "pyaot_box_f64", &[s]),
                    (Repr::Bool, Val::Scalar(s)) => self.rt_new(Rt::Value, "pyaot_box_bool", &[s]),
                    (Repr::MInt, Val::Scalar(s)) => {
                        let i = self.int_small(s);
                        let Val::Obj { addr, .. } = i else { unreachable!() };
                        self.rt_new(Rt::Value, "pyaot_box_int", &[addr])
                    }
                    _ => self.rt_new(Rt::Value, "pyaot_box_none", &[]),
                }
            }
            ExprKind::Unbox(x) => {
                let r = Repr::of(&e.ty);
                if r == Repr::Obj(Rt::Value) {
                    return self.owned(x);
                }
                let v = self.expr(x);
                let pv = self.addr(v);
                let out = self.temp();
                let err = match r {
                    Repr::Obj(k) => self.rt(&helper("unbox", k), &[pv, out], &[PTR])[0],
                    Repr::F64 => self.rt("pyaot_unbox_f64", &[pv, out], &[PTR])[0],
                    Repr::Bool => self.rt("pyaot_unbox_bool", &[pv, out], &[PTR])[0],
                    _ => self.rt("pyaot_unbox_none", &[pv], &[PTR])[0],
                };
                self.release(v);
                self.check(err, line);
                match r {
                    Repr::Obj(kind) => Val::Obj { addr: out, owned: true, kind },
                    Repr::Unit => Val::Unit,
                    r => Val::Scalar(self.load(r.scalar().unwrap(), out, 0)),
                }
            }
            ExprKind::IfExp(c, a, b) => {
                let c = self.expr(c);
                let c = self.scalar(c);
                let r = Repr::of(&e.ty);
                let (tb, eb, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
                let out = if r.obj().is_some() { Some(self.temp()) } else { None };
                if let Some(t) = r.scalar() {
                    self.b.append_block_param(join, t);
                }
                self.b.ins().brif(c, tb, &[], eb, &[]);
                for (blk, x) in [(tb, a), (eb, b)] {
                    self.b.switch_to_block(blk);
                    let v = self.owned(x);
                    match v {
                        Val::Scalar(s) => {
                            self.b.ins().jump(join, &[s.into()]);
                        }
                        Val::Obj { addr, .. } => {
                            self.copy16(addr, out.unwrap());
                            self.b.ins().jump(join, &[]);
                        }
                        Val::Unit => {
                            self.b.ins().jump(join, &[]);
                        }
                    }
                }
                self.b.switch_to_block(join);
                match r {
                    Repr::Obj(kind) => Val::Obj { addr: out.unwrap(), owned: true, kind },
                    Repr::Unit => Val::Unit,
                    _ => Val::Scalar(self.b.block_params(join)[0]),
                }
            }
            ExprKind::Let(l, v, body) => {
                // The local's value goes when the body is done (see the
                // Rust backend).
                let v = self.owned(v);
                self.assign(Place::Local(*l), v);
                let r = self.owned(body);
                self.unbind(Place::Local(*l));
                r
            }
            ExprKind::AssignExpr(place, v) => {
                let v = self.owned(v);
                let copy = match v {
                    Val::Obj { addr, kind, .. } => Val::Obj { addr: self.clone_obj(addr, kind), owned: true, kind },
                    v => v,
                };
                self.assign(*place, copy);
                v
            }
            ExprKind::Seq(stmts, v) => {
                self.block(stmts);
                self.owned(v)
            }
            ExprKind::Pack(_) | ExprKind::Absent | ExprKind::FuncRef(_) => {
                unreachable!("packs, absent arguments and code references only appear as primitive arguments")
            }
            ExprKind::List(items) => {
                let (p, n) = self.pack(items);
                self.rt_new(Rt::List, "pyaot_list_new", &[p, n])
            }
            ExprKind::Tuple(items) => {
                let (p, n) = self.pack(items);
                self.rt_new(Rt::Tuple, "pyaot_tuple_new", &[p, n])
            }
            ExprKind::Dict(pairs) => {
                let flat: Vec<Expr> = pairs.iter().flat_map(|(k, v)| [k.clone(), v.clone()]).collect();
                let (p, _) = self.pack(&flat);
                let n = self.iconst(PTR, pairs.len() as i64);
                let out = self.temp();
                let err = self.rt("pyaot_dict_new", &[p, n, out], &[PTR])[0];
                self.check(err, line);
                Val::Obj { addr: out, owned: true, kind: Rt::Dict }
            }
            ExprKind::Set { items, constant } => {
                let (p, n) = self.pack(items);
                let c = self.iconst(types::I8, *constant as i64);
                let out = self.temp();
                let err = self.rt("pyaot_set_new", &[p, n, c, out], &[PTR])[0];
                self.check(err, line);
                Val::Obj { addr: out, owned: true, kind: Rt::Set }
            }
        }
    }

    /// Owned dynamic values laid out in a row: (address, count); the callee moves them.
    pub(super) fn pack(&mut self, items: &[Expr]) -> (Value, Value) {
        let size = (items.len().max(1) as u32) * SLOT;
        let s = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size, 3));
        for (i, it) in items.iter().enumerate() {
            let v = self.owned(it);
            let dst = self.b.ins().stack_addr(PTR, s, (i as u32 * SLOT) as i32);
            match v {
                Val::Obj { addr, .. } => self.copy16(addr, dst),
                _ => unreachable!("pack items are dynamic values"),
            }
        }
        let p = self.b.ins().stack_addr(PTR, s, 0);
        let n = self.iconst(PTR, items.len() as i64);
        (p, n)
    }

    pub(super) fn call(&mut self, f: FuncId, args: &[Expr], ty: &Ty, line: u64) -> Val {
        let mut vals = Vec::new();
        for a in args {
            match self.owned(a) {
                Val::Unit => {}
                Val::Scalar(s) => vals.push(s),
                Val::Obj { addr, .. } => vals.push(addr),
            }
        }
        let r = Repr::of(ty);
        let callee = self.sh.prog.funcs[f].kind == FuncKind::Fast;
        let out = if !callee && r.obj().is_some() {
            let t = self.temp();
            vals.push(t);
            Some(t)
        } else {
            None
        };
        let fref = self.sh.func_ref(f, self.b.func);
        let call = self.b.ins().call(fref, &vals);
        let res = self.b.inst_results(call).to_vec();
        if callee {
            self.check_bail(res[0]);
        } else {
            self.check(res[0], line);
        }
        match r {
            Repr::Obj(kind) => Val::Obj { addr: out.unwrap(), owned: true, kind },
            Repr::Unit => Val::Unit,
            _ => Val::Scalar(res[1]),
        }
    }

    /// The speculative twin on narrowed arguments, else the exact version
    /// (whose errors are already located in its own frame).
    pub(super) fn speculate(&mut self, fast: FuncId, exact: FuncId, args: &[Expr], ty: &Ty) -> Val {
        let vals: Vec<(Val, &Ty)> = args.iter().map(|a| (self.expr(a), &a.ty)).collect();
        let r = Repr::of(ty);
        let exact_b = self.b.create_block();
        let done = self.b.create_block();
        let out = if r.obj().is_some() { Some(self.temp()) } else { None };
        if let Some(t) = r.scalar() {
            self.b.append_block_param(done, t);
        }
        let mut narrowed = Vec::new();
        for (v, t) in &vals {
            match (v, t) {
                (Val::Obj { addr, .. }, Ty::Int) => {
                    let tag = self.load(types::I64, *addr, 0);
                    let next = self.b.create_block();
                    self.b.ins().brif(tag, exact_b, &[], next, &[]);
                    self.b.switch_to_block(next);
                    narrowed.push(self.load(types::I64, *addr, 8));
                }
                (Val::Scalar(s), _) => narrowed.push(*s),
                (Val::Unit, _) => {}
                (Val::Obj { .. }, _) => unreachable!("speculative functions take scalars and ints"),
            }
        }
        let fref = self.sh.func_ref(fast, self.b.func);
        let call = self.b.ins().call(fref, &narrowed);
        let res = self.b.inst_results(call).to_vec();
        let widen = self.b.create_block();
        self.b.ins().brif(res[0], widen, &[], exact_b, &[]);
        self.b.switch_to_block(widen);
        match r {
            Repr::Obj(_) => {
                self.put_small(res[1], out.unwrap());
                self.b.ins().jump(done, &[]);
            }
            Repr::Unit => {
                self.b.ins().jump(done, &[]);
            }
            _ => {
                self.b.ins().jump(done, &[res[1].into()]);
            }
        }
        // The exact version, with owned copies of the arguments.
        self.b.switch_to_block(exact_b);
        let mut exact_args = Vec::new();
        for (v, _) in &vals {
            match *v {
                Val::Unit => {}
                Val::Scalar(s) => exact_args.push(s),
                // A copy: the originals are released after the join.
                Val::Obj { addr, kind, .. } => exact_args.push(self.clone_obj(addr, kind)),
            }
        }
        if let Some(o) = out {
            exact_args.push(o);
        }
        let fref = self.sh.func_ref(exact, self.b.func);
        let call = self.b.ins().call(fref, &exact_args);
        let res = self.b.inst_results(call).to_vec();
        let (bad, ok) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(res[0], bad, &[], ok, &[]);
        self.b.switch_to_block(bad);
        self.raise(res[0]);
        self.b.switch_to_block(ok);
        match r.scalar() {
            Some(_) => {
                self.b.ins().jump(done, &[res[1].into()]);
            }
            None => {
                self.b.ins().jump(done, &[]);
            }
        }
        self.b.switch_to_block(done);
        for (v, _) in vals {
            self.release(v);
        }
        match r {
            Repr::Obj(kind) => Val::Obj { addr: out.unwrap(), owned: true, kind },
            Repr::Unit => Val::Unit,
            _ => Val::Scalar(self.b.block_params(done)[0]),
        }
    }
}

impl<M: Module> FnGen<'_, '_, '_, M> {
    /// The address of a global's slot, raising NameError if it is unbound.
    fn bound_global(&mut self, gid: GlobalId, line: u64) -> Value {
        let a = self.global_addr(gid);
        let f = self.load(types::I8, a, 16);
        let (bad, ok) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(f, ok, &[], bad, &[]);
        self.b.set_cold_block(bad);
        self.b.switch_to_block(bad);
        let (p, n) = self.str_const(self.sh.prog.globals[gid].name.as_bytes());
        let err = self.rt("pyaot_name_error", &[p, n], &[PTR])[0];
        let err = self.locate(err, line);
        self.raise(err);
        self.b.switch_to_block(ok);
        a
    }
}
