//! Calls of runtime primitives: the native operators emitted inline, and
//! the C ABI call each argument mode implies (`registry/src/prims.rs`).

use super::*;
use crate::ir::prims::{Inline, Rt};

impl<'a, 'b, 'p, M: Module> FnGen<'a, 'b, 'p, M> {
    pub(super) fn native(&mut self, p: &ir::Prim, args: &[Expr]) -> Val {
        let vals = self.scalars(args);
        let float = p.types[0] == Rt::F64;
        let ins = self.b.ins();
        let v = match (p.shape, vals.as_slice()) {
            (Shape::Infix(op), &[a, b]) => match (float, op) {
                (true, "+") => ins.fadd(a, b),
                (true, "-") => ins.fsub(a, b),
                (true, "*") => ins.fmul(a, b),
                (true, "==") => ins.fcmp(FloatCC::Equal, a, b),
                (true, "!=") => ins.fcmp(FloatCC::NotEqual, a, b),
                (true, "<") => ins.fcmp(FloatCC::LessThan, a, b),
                (true, "<=") => ins.fcmp(FloatCC::LessThanOrEqual, a, b),
                (true, ">") => ins.fcmp(FloatCC::GreaterThan, a, b),
                (true, ">=") => ins.fcmp(FloatCC::GreaterThanOrEqual, a, b),
                (false, "==") => ins.icmp(IntCC::Equal, a, b),
                (false, "!=") => ins.icmp(IntCC::NotEqual, a, b),
                (false, "<") => ins.icmp(IntCC::SignedLessThan, a, b),
                (false, "<=") => ins.icmp(IntCC::SignedLessThanOrEqual, a, b),
                (false, ">") => ins.icmp(IntCC::SignedGreaterThan, a, b),
                (false, ">=") => ins.icmp(IntCC::SignedGreaterThanOrEqual, a, b),
                (false, "&") => ins.band(a, b),
                (false, "|") => ins.bor(a, b),
                (false, "^") => ins.bxor(a, b),
                _ => unreachable!("unknown infix primitive {}", p.name),
            },
            (Shape::Prefix("-"), &[a]) => ins.fneg(a),
            // `not` on a bool byte; `~` on a machine int.
            (Shape::Prefix("!"), &[a]) if p.types[0] == Rt::Bool => ins.bxor_imm(a, 1),
            (Shape::Prefix("!"), &[a]) => ins.bnot(a),
            _ => unreachable!("unknown native primitive {}", p.name),
        };
        Val::Scalar(v)
    }

    pub(super) fn prim(&mut self, p: &ir::Prim, args: &[Expr], ty: &Ty, line: u64) -> Val {
        if !matches!(p.shape, Shape::Call) {
            return self.native(p, args);
        }
        if let Some(v) = self.inline_prim(p, args) {
            return v;
        }
        let mut vals = Vec::new();
        let mut borrowed = Vec::new();
        for (a, m) in args.iter().zip(p.args.iter()) {
            match m {
                Mode::Ref | Mode::OptRef => {
                    if matches!(a.kind, ExprKind::Absent) {
                        vals.push(self.iconst(PTR, 0));
                        continue;
                    }
                    let v = self.expr(a);
                    vals.push(self.addr(v));
                    borrowed.push(v);
                }
                Mode::Own => match self.owned(a) {
                    Val::Obj { addr, .. } => vals.push(addr),
                    Val::Scalar(s) => vals.push(s),
                    Val::Unit => {}
                },
                Mode::Copy => match (&a.kind, Repr::of(&a.ty)) {
                    (ExprKind::Int(v), Repr::Obj(Rt::Int)) => vals.push(self.iconst(types::I64, *v)),
                    _ => {
                        let v = self.owned(a);
                        match v {
                            Val::Scalar(s) => vals.push(s),
                            Val::Unit => {}
                            Val::Obj { .. } => unreachable!("a Copy argument is a scalar"),
                        }
                    }
                },
                Mode::Slice | Mode::Vec => {
                    let ExprKind::Pack(items) = &a.kind else { unreachable!("pack argument must be a pack") };
                    let (ptr, n) = self.pack(items);
                    vals.push(ptr);
                    vals.push(n);
                }
                Mode::Name | Mode::Path => {
                    let ExprKind::Str(s) = &a.kind else { unreachable!("name argument must be a string constant") };
                    let (ptr, n) = self.str_const(s.as_bytes());
                    vals.push(ptr);
                    vals.push(n);
                }
                Mode::Code => {
                    let ExprKind::FuncRef(f) = a.kind else {
                        unreachable!("code argument must be a function reference")
                    };
                    let fref = self.sh.func_ref(f, self.b.func);
                    vals.push(self.b.ins().func_addr(PTR, fref));
                }
                Mode::Env => vals.push(self.fobj.expect("only function values read their environment")),
                Mode::Site => {
                    let id = self.sh.site();
                    let gv = self.sh.module.declare_data_in_func(id, self.b.func);
                    vals.push(self.b.ins().symbol_value(PTR, gv));
                }
                Mode::Names => {
                    let ExprKind::Pack(items) = &a.kind else { unreachable!("names argument must be a pack") };
                    let size = (items.len().max(1) as u32) * 16;
                    let s = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size, 3));
                    for (i, it) in items.iter().enumerate() {
                        let ExprKind::Str(name) = &it.kind else { unreachable!("names are string constants") };
                        let (ptr, n) = self.str_const(name.as_bytes());
                        let dst = self.b.ins().stack_addr(PTR, s, (i * 16) as i32);
                        self.store(ptr, dst, 0);
                        self.store(n, dst, 8);
                    }
                    vals.push(self.b.ins().stack_addr(PTR, s, 0));
                    vals.push(self.iconst(PTR, items.len() as i64));
                }
            }
        }
        if p.inline == Inline::Guarded {
            return self.fast_path(p, vals, &borrowed, ty, line);
        }
        self.call_prim(p, vals, &borrowed, ty, line, None)
    }

    /// Calls a primitive's runtime wrapper; an object result goes to `out`
    /// (a fresh temporary if `None`).
    pub(super) fn call_prim(
        &mut self,
        p: &ir::Prim,
        mut vals: Vec<Value>,
        borrowed: &[Val],
        ty: &Ty,
        line: u64,
        out: Option<Value>,
    ) -> Val {
        let r = Repr::of(ty);
        let sym = format!("pyaot_{}", p.name);
        let obj_out = |g: &mut Self| out.unwrap_or_else(|| g.temp());
        if p.bails || p.raises {
            let out = if r == Repr::Unit && p.raises { None } else { Some(obj_out(self)) };
            vals.extend(out);
            if p.bails {
                let ok = self.rt(&sym, &vals, &[types::I8])[0];
                for v in borrowed {
                    self.release(*v);
                }
                self.check_bail(ok);
            } else {
                let err = self.rt(&sym, &vals, &[PTR])[0];
                for v in borrowed {
                    self.release(*v);
                }
                self.check(err, line);
            }
            return match r {
                Repr::Obj(kind) => Val::Obj { addr: out.unwrap(), owned: true, kind },
                Repr::Unit => Val::Unit,
                r => Val::Scalar(self.load(r.scalar().unwrap(), out.unwrap(), 0)),
            };
        }
        let res = match r {
            Repr::Obj(kind) => {
                let out = obj_out(self);
                vals.push(out);
                self.rt(&sym, &vals, &[]);
                Val::Obj { addr: out, owned: true, kind }
            }
            Repr::Unit => {
                self.rt(&sym, &vals, &[]);
                Val::Unit
            }
            r => Val::Scalar(self.rt(&sym, &vals, &[r.scalar().unwrap()])[0]),
        };
        for v in borrowed {
            self.release(*v);
        }
        res
    }
}
