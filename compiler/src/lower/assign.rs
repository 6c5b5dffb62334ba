//! Assignments: to names, items, slices and attributes, unpacking (with a
//! starred target), parallel assignment of tuples, and augmented
//! assignment (`+=` in place where the type allows it).

use super::expr::{mk, prim, str_const};
use super::FnLower;
use crate::diagnostics::Diagnostic;
use crate::ir::{prims as p, Block, Expr, ExprKind, Place, StmtKind, Ty};
use crate::syntax::ast::{self, Span};

impl FnLower<'_, '_> {
    /// `a, b = x, y` (same length on both sides, nothing starred): each value
    /// into a temporary, then each target from its temporary, left to right,
    /// which is what unpacking the tuple would do, without building it.
    /// False when the statement has another shape.
    pub(super) fn parallel_assign(&mut self, target: &ast::Expr, value: &ast::Expr, out: &mut Block) -> bool {
        let (ast::ExprKind::Tuple(ts) | ast::ExprKind::List(ts)) = &target.kind else { return false };
        let ast::ExprKind::Tuple(vs) = &value.kind else { return false };
        let starred = |e: &ast::Expr| matches!(e.kind, ast::ExprKind::Starred(_));
        if ts.len() != vs.len() || ts.iter().chain(vs).any(starred) {
            return false;
        }
        let mut temps = Vec::new();
        for v in vs {
            let e = self.expr(v);
            let t = self.temp(e.ty.clone());
            self.assigned.insert(t);
            temps.push((t, e.ty.clone(), e.span));
            Self::push(out, StmtKind::Assign(Place::Local(t), e), v.span);
        }
        for (target, (t, ty, span)) in ts.iter().zip(temps) {
            self.assign_to(target, mk(ExprKind::Read(Place::Local(t)), ty, span), out);
        }
        true
    }

    /// Assigns a lowered value to an assignment target.
    pub(super) fn assign_to(&mut self, target: &ast::Expr, v: Expr, out: &mut Block) {
        let span = target.span;
        match &target.kind {
            ast::ExprKind::Name(n) => {
                if let Some(ns) = self.class_slot(n) {
                    self.class_store(ns, n, v, out);
                    return;
                }
                if let Some(cell) = self.cell(n, span) {
                    let v = self.cell_value(n, v);
                    Self::push(out, StmtKind::Expr(prim(&p::CELL_SET, vec![cell, v], Ty::None, span)), span);
                    return;
                }
                let place = self.store_place(n, false);
                let v = self.assign_place_ty(place, v);
                if let (Place::Local(id), true) = (place, self.cx.scope_func == self.func && self.cx.scopes.len() == 1)
                {
                    self.signs.record(n, id, span, &v);
                }
                Self::push(out, StmtKind::Assign(place, v), span);
            }
            ast::ExprKind::Tuple(items) | ast::ExprKind::List(items) => {
                let stars: Vec<usize> =
                    (0..items.len()).filter(|&i| matches!(items[i].kind, ast::ExprKind::Starred(_))).collect();
                if stars.len() > 1 {
                    self.error(Diagnostic::error(items[stars[1]].span, "multiple starred expressions in assignment"));
                    return;
                }
                if let Some(&s) = stars.first() {
                    // `a, *rest, b = v`: the starred target gets a list.
                    let d = self.to_dyn(v);
                    let (before, after) = (s as i64, (items.len() - s - 1) as i64);
                    let int = |k: i64| mk(ExprKind::Int(k), Ty::Int, span);
                    let unpacked = prim(&p::T_UNPACK_STAR, vec![d, int(before), int(after)], Ty::Tuple(None), span);
                    let t = self.temp(Ty::Tuple(None));
                    self.assigned.insert(t);
                    Self::push(out, StmtKind::Assign(Place::Local(t), unpacked), span);
                    for (i, item) in items.iter().enumerate() {
                        let tuple = mk(ExprKind::Read(Place::Local(t)), Ty::Tuple(None), span);
                        let e = prim(&p::T_ITEM, vec![tuple, int(i as i64)], Ty::Dyn, span);
                        let target = match &item.kind {
                            ast::ExprKind::Starred(inner) => &**inner,
                            _ => item,
                        };
                        self.assign_to(target, e, out);
                    }
                    return;
                }
                let n = items.len();
                if let Ty::Tuple(Some(ts)) = &v.ty {
                    if ts.len() == n {
                        // A tuple of that length: its items, with no unpacking step.
                        let ts = ts.clone();
                        let tuple = self.hold(v, out);
                        for (i, item) in items.iter().enumerate() {
                            let k = mk(ExprKind::Int(i as i64), Ty::Int, span);
                            let e = prim(&p::T_ITEM, vec![tuple.clone(), k], Ty::Dyn, span);
                            let e = self.coerce(e, &ts[i]);
                            self.assign_to(item, e, out);
                        }
                        return;
                    }
                }
                let shape = match &v.ty {
                    Ty::Tuple(Some(ts)) if ts.len() == n => Some(ts.clone()),
                    Ty::List(_) | Ty::Str | Ty::Range => Some(vec![self.iter_item_ty(&v.ty); n]),
                    _ => None,
                };
                let d = if shape.is_some() { self.box_ro(v) } else { self.to_dyn(v) };
                let tuple_ty = Ty::Tuple(shape.clone());
                let unpacked =
                    prim(&p::T_UNPACK, vec![d, mk(ExprKind::Int(n as i64), Ty::Int, span)], tuple_ty.clone(), span);
                let t = self.temp(tuple_ty.clone());
                self.assigned.insert(t);
                Self::push(out, StmtKind::Assign(Place::Local(t), unpacked), span);
                for (i, item) in items.iter().enumerate() {
                    let tuple = mk(ExprKind::Read(Place::Local(t)), tuple_ty.clone(), span);
                    let e = prim(&p::T_ITEM, vec![tuple, mk(ExprKind::Int(i as i64), Ty::Int, span)], Ty::Dyn, span);
                    let e = match &shape {
                        Some(ts) => self.coerce(e, &ts[i]),
                        None => e,
                    };
                    self.assign_to(item, e, out);
                }
            }
            ast::ExprKind::Subscript { value, .. } if self.refuse_dict_write(value, None, span) => {}
            ast::ExprKind::Subscript { value, index } => {
                let obj = self.expr(value);
                let e = self.store_subscript(obj, index, v, span);
                Self::push(out, StmtKind::Expr(e), span);
            }
            ast::ExprKind::Attribute { value, attr, .. } if self.refuse_module_attr_store(value, attr, span) => {}
            ast::ExprKind::Attribute { value, attr } => {
                let obj = self.expr(value);
                if let Some((_, g)) = self.module_attr(&obj.ty, attr) {
                    if let Ty::Func(_) = self.env.globals[g].ty {
                        self.error(Diagnostic::unsupported(span, "rebinding a function's name"));
                        return;
                    }
                    Self::push(out, StmtKind::Expr(obj), span);
                    let v = self.assign_place_ty(Place::Global(g), v);
                    Self::push(out, StmtKind::Assign(Place::Global(g), v), span);
                    return;
                }
                self.note_store(attr, &v.ty);
                if let Some(k) = self.obj_slot(&obj.ty, attr) {
                    let e = self.set_field(obj, attr, k, v, span);
                    Self::push(out, StmtKind::Expr(e), span);
                    return;
                }
                let obj = self.box_ro(obj);
                // Stored without escaping: dynamic reads of it escape it (`instance.rs`).
                let v = self.box_ro(v);
                let slot = self.attr_slot(value, attr);
                let e = self.set_attr(obj, attr, slot, v, span);
                Self::push(out, StmtKind::Expr(e), span);
            }
            _ => self.error(Diagnostic::unsupported(span, "this assignment target")),
        }
    }

    pub(super) fn store_subscript(&mut self, obj: Expr, index: &ast::Expr, v: Expr, span: Span) -> Expr {
        if let ast::ExprKind::Slice { lower, upper, step } = &index.kind {
            let (obj, v) = match &obj.ty {
                Ty::List(s) => {
                    let s = s.clone();
                    let t = self.iter_item_ty(&v.ty);
                    self.env.write_elem(&s, &t);
                    let v = if v.ty.is_list() { self.box_ro(v) } else { self.to_dyn(v) };
                    (self.box_ro(obj), v)
                }
                _ => (self.to_dyn(obj), self.to_dyn(v)),
            };
            let mut args = vec![obj];
            args.extend(self.slice_bounds(lower, upper, step, span));
            args.push(v);
            return prim(&p::V_SETSLICE, args, Ty::None, span);
        }
        let i = self.expr(index);
        self.setitem(obj, i, v, span)
    }

    pub(super) fn setitem(&mut self, obj: Expr, i: Expr, v: Expr, span: Span) -> Expr {
        if let (Ty::List(s), Ty::Int) = (&obj.ty, &i.ty) {
            let s = s.clone();
            if v.ty == Ty::Float {
                self.env.write_elem(&s, &Ty::Float);
                return prim(&p::L_SET_F64, vec![obj, i, v], Ty::None, span);
            }
            if matches!(v.ty, Ty::Int | Ty::Bool) {
                let v = self.store_elem(&s, v);
                return prim(&p::L_SET_SCALAR, vec![obj, i, v], Ty::None, span);
            }
            let v = self.store_elem(&s, v);
            return prim(&p::L_SETITEM, vec![obj, i, v], Ty::None, span);
        }
        if let Ty::List(s) = &obj.ty {
            let s = s.clone();
            let v = self.store_elem(&s, v);
            let (o, i) = (self.box_ro(obj), self.to_dyn(i));
            return prim(&p::V_SETITEM, vec![o, i, v], Ty::None, span);
        }
        let v = self.to_dyn(v);
        match (&obj.ty, &i.ty) {
            (Ty::Dict, _) => {
                let k = self.to_dyn(i);
                prim(&p::D_SETITEM, vec![obj, k, v], Ty::None, span)
            }
            _ => {
                let (o, i) = (self.to_dyn(obj), self.to_dyn(i));
                prim(&p::V_SETITEM, vec![o, i, v], Ty::None, span)
            }
        }
    }

    pub(super) fn aug_assign(
        &mut self,
        target: &ast::Expr,
        op: ast::BinOp,
        value: &ast::Expr,
        out: &mut Block,
        span: Span,
    ) {
        match &target.kind {
            ast::ExprKind::Name(n) => {
                let cur = self.load(n, span);
                let v = self.expr(value);
                if let (ExprKind::Read(place), Ty::Str, Ty::Str, ast::BinOp::Add) = (&cur.kind, &cur.ty, &v.ty, op) {
                    // `s += t` on a string: the variable's string is moved
                    // into the append, which extends it in place when no
                    // one else holds it (CPython's trick), so a loop of
                    // appends is linear.
                    let place = *place;
                    let simple = match &v.kind {
                        ExprKind::Str(_) => true,
                        ExprKind::Read(p) => *p != place,
                        _ => false,
                    };
                    let (from, v) = if simple {
                        // Evaluating `t` cannot change `s`: it is read last.
                        (place, v)
                    } else {
                        // `t` may rebind `s` (a call assigning the global):
                        // `s` is read first, into a temporary that holds the
                        // second reference until `s` is unbound (strings
                        // have no finalizer to see it) just before the append.
                        let held = self.hold(cur, out);
                        let ExprKind::Read(from) = held.kind else { unreachable!("hold reads its temporary") };
                        let v = self.hold(v, out);
                        Self::push(out, StmtKind::Unbind(place), span);
                        (from, v)
                    };
                    let taken = mk(ExprKind::Take(from), Ty::Str, span);
                    let r = prim(&p::S_IADD, vec![taken, v], Ty::Str, span);
                    self.assign_to(target, r, out);
                    return;
                }
                let r = self.binop(cur, op, v, true, span);
                self.assign_to(target, r, out);
            }
            ast::ExprKind::Subscript { value: obj, .. } if self.refuse_dict_write(obj, None, span) => {}
            ast::ExprKind::Subscript { value: obj, index } if !matches!(index.kind, ast::ExprKind::Slice { .. }) => {
                // Container and index are evaluated once: into temporaries,
                // unless they are constants or locals the right-hand side
                // cannot rebind (it has no assignment expression).
                let mut rebinds = false;
                crate::syntax::visit::visit_expr(value, &mut |x| {
                    rebinds |= matches!(x.kind, ast::ExprKind::NamedExpr { .. });
                });
                let o = self.expr(obj);
                let i = self.expr(index);
                let stable = |e: &Expr| {
                    !rebinds && matches!(e.kind, ExprKind::Read(Place::Local(_)) | ExprKind::Int(_) | ExprKind::Str(_))
                };
                let (o, i) =
                    (if stable(&o) { o } else { self.hold(o, out) }, if stable(&i) { i } else { self.hold(i, out) });
                let ro = || o.clone();
                let ri = || i.clone();
                // The item's load and store are the target's (CPython's
                // traceback marks it); the operation is the statement's.
                let cur = self.getitem(ro(), ri(), target.span);
                let v = self.expr(value);
                let r = self.binop(cur, op, v, true, span);
                let e = self.setitem(ro(), ri(), r, target.span);
                Self::push(out, StmtKind::Expr(e), span);
            }
            ast::ExprKind::Attribute { value: obj, attr, .. } if self.refuse_module_attr_store(obj, attr, span) => {}
            ast::ExprKind::Attribute { value: obj, attr } => {
                let slot = self.attr_slot(obj, attr);
                let o = self.expr(obj);
                let ty = self.attr_ty(&o.ty, attr);
                if let Some(k) = self.obj_slot(&o.ty, attr) {
                    // Evaluated once: a local the right-hand side cannot rebind is read twice.
                    let mut rebinds = false;
                    crate::syntax::visit::visit_expr(value, &mut |x| {
                        rebinds |= matches!(x.kind, ast::ExprKind::NamedExpr { .. });
                    });
                    let o = if !rebinds && matches!(o.kind, ExprKind::Read(Place::Local(_))) {
                        o
                    } else {
                        self.hold(o, out)
                    };
                    let cur = self.get_field(o.clone(), attr, k, &ty, target.span);
                    let v = self.expr(value);
                    let r = self.binop(cur, op, v, true, span);
                    self.note_store(attr, &r.ty);
                    let e = self.set_field(o, attr, k, r, target.span);
                    Self::push(out, StmtKind::Expr(e), span);
                    return;
                }
                if o.ty.is_dyn() {
                    self.note_dyn_read(attr);
                }
                let o = self.to_dyn(o);
                let t = self.hold_value(o, out);
                let read = || mk(ExprKind::Read(Place::Local(t)), Ty::Dyn, span);
                let at = target.span;
                let cur = match slot {
                    Some(_) => prim(
                        &p::INST_GET,
                        vec![read(), mk(ExprKind::Absent, Ty::None, span), str_const(attr, span)],
                        Ty::Dyn,
                        at,
                    ),
                    None => prim(&p::GET_ATTR, vec![read(), str_const(attr, span)], Ty::Dyn, at),
                };
                let cur = self.coerce(cur, &ty);
                let v = self.expr(value);
                let r = self.binop(cur, op, v, true, span);
                self.note_store(attr, &r.ty);
                let r = self.box_ro(r);
                let e = self.set_attr(read(), attr, slot, r, at);
                Self::push(out, StmtKind::Expr(e), span);
            }
            _ => self.error(Diagnostic::unsupported(span, "this augmented assignment target")),
        }
    }

    /// `obj.attr = v`: at a layout position when known (see `layout.rs`).
    pub(super) fn set_attr(&mut self, obj: Expr, attr: &str, slot: Option<usize>, v: Expr, span: Span) -> Expr {
        match slot {
            Some(_) => prim(
                &p::INST_SET,
                vec![obj, mk(ExprKind::Absent, Ty::None, span), str_const(attr, span), v],
                Ty::None,
                span,
            ),
            None => prim(&p::SET_ATTR, vec![obj, str_const(attr, span), v], Ty::None, span),
        }
    }
}
