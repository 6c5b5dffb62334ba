//! Values and ownership: object slots and their drops and clones, moving
//! a temporary or borrowing a variable, reading and writing locals and
//! globals. The rule: an owned `Val` is consumed exactly once (moved into
//! a slot or a call, or dropped); a borrowed one is never dropped.

use super::*;

impl<'a, 'b, 'p, M: Module> FnGen<'a, 'b, 'p, M> {
    /// Drops the object at `addr` (no-op for an empty one).
    pub(super) fn drop_obj(&mut self, addr: Value, kind: Rt) {
        if kind.is_handle() {
            return self.drop_handle(addr, kind);
        }
        let needs = match kind {
            Rt::Value => {
                // Tags 0..=2 (None, Bool, Int) own nothing.
                let tag = self.load(types::I8, addr, 0);
                self.b.ins().icmp_imm(IntCC::UnsignedGreaterThan, tag, 2)
            }
            _ => {
                let w = self.load(types::I64, addr, 0);
                self.b.ins().icmp_imm(IntCC::NotEqual, w, 0)
            }
        };
        let call = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(needs, call, &[], done, &[]);
        self.b.switch_to_block(call);
        self.rt(&helper("drop", kind), &[addr], &[]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Drops a handle: the `Rc`'s strong count (its allocation's first word)
    /// goes down inline; the runtime runs only when it reaches zero.
    pub(super) fn drop_handle(&mut self, addr: Value, kind: Rt) {
        let h = self.load(PTR, addr, 0);
        let (live, last, dec, done) =
            (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.ins().brif(h, live, &[], done, &[]);
        self.b.switch_to_block(live);
        let n = self.load(types::I64, h, 0);
        let one = self.b.ins().icmp_imm(IntCC::Equal, n, 1);
        self.b.ins().brif(one, last, &[], dec, &[]);
        self.b.switch_to_block(dec);
        let n1 = self.b.ins().iadd_imm(n, -1);
        self.store(n1, h, 0);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(last);
        self.rt(&helper("drop", kind), &[addr], &[]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// A new owned copy of the object at `addr`.
    pub(super) fn clone_obj(&mut self, addr: Value, kind: Rt) -> Value {
        let out = self.temp();
        if kind.is_handle() {
            // One more reference: the strong count goes up (a handle read
            // from a variable is never empty).
            let h = self.load(PTR, addr, 0);
            let n = self.load(types::I64, h, 0);
            let n1 = self.b.ins().iadd_imm(n, 1);
            self.store(n1, h, 0);
            self.store(h, out, 0);
            return out;
        }
        let plain = match kind {
            Rt::Int => {
                let tag = self.load(types::I64, addr, 0);
                Some(self.b.ins().icmp_imm(IntCC::Equal, tag, 0))
            }
            Rt::Value => {
                let tag = self.load(types::I8, addr, 0);
                Some(self.b.ins().icmp_imm(IntCC::UnsignedLessThanOrEqual, tag, 2))
            }
            _ => None,
        };
        match plain {
            Some(c) => {
                let copy = self.b.create_block();
                let call = self.b.create_block();
                let done = self.b.create_block();
                self.b.ins().brif(c, copy, &[], call, &[]);
                self.b.switch_to_block(copy);
                self.copy16(addr, out);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(call);
                self.rt(&helper("clone", kind), &[addr, out], &[]);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            None => {
                self.rt(&helper("clone", kind), &[addr, out], &[]);
            }
        }
        out
    }

    /// Drops an owned temporary; borrowed places and scalars stay.
    pub(super) fn release(&mut self, v: Val) {
        if let Val::Obj { addr, owned: true, kind } = v {
            self.drop_obj(addr, kind);
        }
    }

    pub(super) fn own(&mut self, v: Val) -> Val {
        match v {
            Val::Obj { addr, owned: false, kind } => Val::Obj { addr: self.clone_obj(addr, kind), owned: true, kind },
            v => v,
        }
    }

    pub(super) fn owned(&mut self, e: &Expr) -> Val {
        let v = self.expr(e);
        self.own(v)
    }

    /// The address of a value passed by reference (scalars are spilled).
    pub(super) fn addr(&mut self, v: Val) -> Value {
        match v {
            Val::Obj { addr, .. } => addr,
            Val::Scalar(s) => {
                let t = self.temp();
                self.store(s, t, 0);
                t
            }
            Val::Unit => self.temp(),
        }
    }

    pub(super) fn scalar(&mut self, v: Val) -> Value {
        match v {
            Val::Scalar(s) => s,
            _ => unreachable!("a scalar was expected"),
        }
    }

    // ---- function frame -------------------------------------------------------------

    /// Storage for a variable (or the return value): a zeroed SSA variable
    /// for a scalar, a slot the frame drops for an object.
    pub(super) fn home(&mut self, r: Repr) -> Home {
        match r {
            Repr::Unit => Home::None,
            Repr::Obj(k) => {
                let s = self.slot();
                self.owned_slots.push((s, k));
                Home::Slot(s, k)
            }
            r => {
                let v = self.b.declare_var(r.scalar().unwrap());
                let z = self.zero(r);
                self.b.def_var(v, z);
                Home::Var(v)
            }
        }
    }

    pub(super) fn zero(&mut self, r: Repr) -> Value {
        match r {
            Repr::F64 => self.b.ins().f64const(0.0),
            Repr::Bool => self.iconst(types::I8, 0),
            _ => self.iconst(types::I64, 0),
        }
    }

    pub(super) fn read_local(&mut self, l: LocalId, line: u64) -> Val {
        if let Some(flag) = self.bound[l] {
            let f = self.b.use_var(flag);
            let (bad, ok) = (self.b.create_block(), self.b.create_block());
            self.b.ins().brif(f, ok, &[], bad, &[]);
            self.b.set_cold_block(bad);
            self.b.switch_to_block(bad);
            let (p, n) = self.str_const(self.func.locals[l].name.as_bytes());
            let e = self.rt("pyaot_unbound_local", &[p, n], &[PTR])[0];
            let e = self.locate(e, line);
            self.raise(e);
            self.b.switch_to_block(ok);
        }
        match self.homes[l] {
            Home::None => Val::Unit,
            Home::Var(v) => Val::Scalar(self.b.use_var(v)),
            Home::Slot(s, kind) => Val::Obj { addr: self.b.ins().stack_addr(PTR, s, 0), owned: false, kind },
        }
    }

    /// Stores an owned value into a place, dropping what it held.
    pub(super) fn assign(&mut self, place: Place, v: Val) {
        match place {
            Place::Local(l) => {
                if let Some(flag) = self.bound[l] {
                    let one = self.iconst(types::I8, 1);
                    self.b.def_var(flag, one);
                }
                self.store_home(self.homes[l], v);
            }
            Place::Global(g) => {
                // The new value is in place before the old one is dropped:
                // dropping it may run a `__del__` that reads the global.
                let a = self.global_addr(g);
                let mut old = None;
                match v {
                    Val::Scalar(s) => self.store(s, a, 0),
                    Val::Obj { addr, kind, .. } => {
                        let t = self.temp();
                        self.copy16(a, t);
                        self.copy16(addr, a);
                        old = Some((t, kind));
                    }
                    Val::Unit => {}
                }
                let one = self.iconst(types::I8, 1);
                self.store(one, a, 16);
                if let Some((t, kind)) = old {
                    self.drop_obj(t, kind);
                }
            }
        }
    }

    /// `del name`: the value is dropped and the variable marked unbound.
    pub(super) fn unbind(&mut self, place: Place) {
        match place {
            Place::Local(l) => {
                if let Some(flag) = self.bound[l] {
                    let zero = self.iconst(types::I8, 0);
                    self.b.def_var(flag, zero);
                }
                if let Home::Slot(s, k) = self.homes[l] {
                    let a = self.b.ins().stack_addr(PTR, s, 0);
                    self.drop_obj(a, k);
                    self.zero16(a);
                }
            }
            Place::Global(g) => {
                // The global is unbound before its old value is dropped:
                // dropping it may run a `__del__` that reads the global.
                let a = self.global_addr(g);
                let old = match Repr::of(&self.sh.prog.globals[g].ty) {
                    Repr::Obj(kind) => {
                        let t = self.temp();
                        self.copy16(a, t);
                        self.zero16(a);
                        Some((t, kind))
                    }
                    _ => None,
                };
                let zero = self.iconst(types::I8, 0);
                self.store(zero, a, 16);
                if let Some((t, kind)) = old {
                    self.drop_obj(t, kind);
                }
            }
        }
    }

    pub(super) fn global_addr(&mut self, g: GlobalId) -> Value {
        let id = self.sh.global(g);
        let gv = self.sh.module.declare_data_in_func(id, self.b.func);
        self.b.ins().symbol_value(PTR, gv)
    }

    /// Moves `v` into `home`: a scalar defines its variable, an object
    /// replaces (and drops) what its slot held.
    pub(super) fn store_home(&mut self, home: Home, v: Val) {
        match (home, v) {
            (Home::Var(var), Val::Scalar(s)) => self.b.def_var(var, s),
            (Home::Slot(s, k), Val::Obj { addr, .. }) => {
                let a = self.b.ins().stack_addr(PTR, s, 0);
                self.drop_obj(a, k);
                self.copy16(addr, a);
            }
            _ => {}
        }
    }

    /// Evaluates scalar operands, in order.
    pub(super) fn scalars(&mut self, args: &[Expr]) -> Vec<Value> {
        args.iter()
            .map(|a| {
                let v = self.expr(a);
                self.scalar(v)
            })
            .collect()
    }
}
