//! `if`, `while` and `for`: `range` loops over machine steps, typed list
//! loops, `enumerate` unpacked in place, and iterator loops.

use super::expr::{mk, prim};
use super::FnLower;
use crate::ir::{prims as p, Block, Expr, ExprKind, LoopId, Place, Stmt, StmtKind, Ty};
use crate::syntax::ast::{self, Span};

impl FnLower<'_, '_> {
    /// `for i, x in enumerate(xs[, start])` with distinct plain names and a
    /// constant int `start`: a loop over `xs` with an int counter (set up in
    /// `out`), so both targets keep their static types. Returns the item
    /// target, the iterable, and the counter with its target.
    pub(super) fn enumerate_parts<'t>(
        &mut self,
        target: &'t ast::Expr,
        iter: &'t ast::Expr,
        out: &mut Block,
    ) -> Option<(&'t ast::Expr, &'t ast::Expr, (&'t ast::Expr, crate::ir::LocalId))> {
        let ast::ExprKind::Call { func, args, keywords } = &iter.kind else { return None };
        let ast::ExprKind::Name(f) = &func.kind else { return None };
        let (ast::ExprKind::Tuple(elts) | ast::ExprKind::List(elts)) = &target.kind else { return None };
        let name = |e: &ast::Expr| match &e.kind {
            ast::ExprKind::Name(n) => Some(n.clone()),
            _ => None,
        };
        let distinct_names =
            elts.len() == 2 && matches!((name(&elts[0]), name(&elts[1])), (Some(a), Some(b)) if a != b);
        if f != "enumerate" || !distinct_names || !self.is_builtin("enumerate") {
            return None;
        }
        let start = match (&args[..], &keywords[..]) {
            ([_], []) => None,
            ([_, s], []) => Some(s),
            ([_], [k]) if k.name.as_deref() == Some("start") => Some(&k.value),
            _ => return None,
        };
        let span = iter.span;
        // A constant start evaluates to the same value before `xs` as after.
        let start = match start {
            Some(s) if s.is_constant() => self.expr(s),
            Some(_) => return None,
            None => mk(ExprKind::Int(0), Ty::Int, span),
        };
        if start.ty != Ty::Int {
            return None;
        }
        let counter = self.temp(Ty::Int);
        self.assigned.insert(counter);
        Self::push(out, StmtKind::Assign(Place::Local(counter), start), span);
        Some((&elts[1], &args[0], (&elts[0], counter)))
    }

    /// An `if` statement: `branch(fl, false)` lowers its body,
    /// `branch(fl, true)` its `else` block.
    pub(super) fn if_stmt(
        &mut self,
        test: &ast::Expr,
        span: Span,
        branch: &mut dyn FnMut(&mut Self, bool) -> Block,
        out: &mut Block,
    ) {
        let c = self.expr(test);
        let cond = self.truthy(c);
        let before = self.assigned.clone();
        let a = branch(self, false);
        let after_a = std::mem::replace(&mut self.assigned, before);
        let b = branch(self, true);
        let after_b = std::mem::take(&mut self.assigned);
        // Definitely assigned after: what both branches assign (a branch
        // that never completes does not constrain).
        self.assigned = match (self.reachable(&a), self.reachable(&b)) {
            (true, true) => after_a.intersection(&after_b).copied().collect(),
            (true, false) => after_a,
            (false, true) => after_b,
            (false, false) => after_a.union(&after_b).copied().collect(),
        };
        Self::push(out, StmtKind::If(cond, a, b), span);
    }

    /// A `while` statement: `stmts(fl, false)` lowers its body,
    /// `stmts(fl, true)` its `else` block.
    pub(super) fn while_stmt(
        &mut self,
        test: &ast::Expr,
        span: Span,
        stmts: &mut dyn FnMut(&mut Self, bool) -> Block,
        out: &mut Block,
    ) {
        let label = self.label();
        let saved = self.assigned.clone();
        let c = self.expr(test);
        let cond = self.truthy(c);
        self.cx.loops.push(super::LoopTarget::plain(label));
        let body = stmts(self, false);
        self.cx.loops.pop();
        self.assigned = saved.clone();
        let orelse = stmts(self, true);
        self.assigned = saved;
        Self::push(out, StmtKind::While { label, cond, body, orelse }, span);
    }

    /// A `for` statement: `stmts(fl, false)` lowers its body (after the
    /// target is assigned), `stmts(fl, true)` its `else` block.
    pub(super) fn for_stmt(
        &mut self,
        target: &ast::Expr,
        iter: &ast::Expr,
        span: Span,
        stmts: &mut dyn FnMut(&mut Self, bool) -> Block,
        has_else: bool,
        out: &mut Block,
    ) {
        let saved = self.assigned.clone();
        let (target, iter, counter) = match self.enumerate_parts(target, iter, out) {
            Some((t, it, c)) => (t, it, Some(c)),
            None => (target, iter, None),
        };
        let mut body = |fl: &mut Self, item: Expr| {
            let mut b = Vec::new();
            if let Some((index, counter)) = counter {
                let read = mk(ExprKind::Read(Place::Local(counter)), Ty::Int, span);
                fl.assign_to(index, read.clone(), &mut b);
                let next = prim(&p::I_ADD, vec![read, mk(ExprKind::Int(1), Ty::Int, span)], Ty::Int, span);
                Self::push(&mut b, StmtKind::Assign(Place::Local(counter), next), span);
            }
            fl.assign_to(target, item, &mut b);
            b.extend(stmts(fl, false));
            b
        };
        let mut stmt = match self.iterable(iter) {
            super::fuse::Iterable::Fused(d, setup) => {
                // `break` skips the `else` block; the generator ending runs it.
                let outer = has_else.then(|| self.label());
                let mut b = self.fused_for(d, span, outer, &mut body);
                self.assigned = saved.clone();
                if let Some(o) = outer {
                    b.extend(stmts(self, true));
                    b = vec![super::fuse::one_shot(o, b, span)];
                }
                self.assigned = saved;
                out.extend(setup);
                out.extend(b);
                return;
            }
            super::fuse::Iterable::Expr(it) => self.for_loop_item(it, span, &mut body),
        };
        let els = stmts(self, true);
        self.assigned = saved;
        if let Some(Stmt {
            kind: StmtKind::ForRange { orelse, .. } | StmtKind::ForIter { orelse, .. } | StmtKind::While { orelse, .. },
            ..
        }) = stmt.last_mut()
        {
            *orelse = els;
        }
        out.extend(stmt);
    }

    /// A `for` loop over an already lowered iterable; `body` gets each item
    /// and lowers the loop body, assigning the item first.
    pub(super) fn for_loop_item(
        &mut self,
        iter: Expr,
        span: Span,
        body: &mut dyn FnMut(&mut Self, Expr) -> Block,
    ) -> Block {
        let label = self.label();
        let saved = self.assigned.clone();
        let stmt = if let ExprKind::Prim(pr, args) = &iter.kind {
            if std::ptr::eq(*pr, &p::R_NEW) {
                let var = self.temp(Ty::Int);
                self.assigned.insert(var);
                self.cx.loops.push(super::LoopTarget::plain(label));
                let b = body(self, mk(ExprKind::Read(Place::Local(var)), Ty::Int, span));
                self.cx.loops.pop();
                let mut a = args.clone().into_iter();
                let (start, stop, step) = (a.next().unwrap(), a.next().unwrap(), a.next().unwrap());
                Some(StmtKind::ForRange { label, var, start, stop, step, body: b, orelse: vec![] })
            } else {
                None
            }
        } else {
            None
        };
        if stmt.is_none() && iter.ty.is_list() {
            self.assigned = saved;
            return self.list_loop(iter, label, span, body);
        }
        let kind = match stmt {
            Some(s) => s,
            None => {
                let item_ty = self.iter_item_ty(&iter.ty);
                let var = self.temp(Ty::Dyn);
                self.assigned.insert(var);
                let item = mk(ExprKind::Read(Place::Local(var)), Ty::Dyn, span);
                let item = self.coerce(item, &item_ty);
                self.cx.loops.push(super::LoopTarget::plain(label));
                let b = body(self, item);
                self.cx.loops.pop();
                // Iterating a typed list yields typed items: it does not escape.
                let iter = if iter.ty.is_list() { self.box_ro(iter) } else { self.to_dyn(iter) };
                StmtKind::ForIter { label, var, iter, body: b, orelse: vec![] }
            }
        };
        self.assigned = saved;
        vec![Stmt { kind, span }]
    }

    /// `for` over a typed list, by index as CPython's list iterator does (it
    /// re-reads the length each step, so a body that appends is seen):
    /// `l = iter; i = 0; while i < len(l): x = l[i]; i += 1; body`. Items
    /// come out with their static type and the list never escapes.
    pub(super) fn list_loop(
        &mut self,
        iter: Expr,
        label: LoopId,
        span: Span,
        body: &mut dyn FnMut(&mut Self, Expr) -> Block,
    ) -> Block {
        let saved = self.assigned.clone();
        let list_ty = iter.ty.clone();
        let list = self.temp(list_ty.clone());
        let index = self.temp(Ty::Int);
        self.assigned.insert(list);
        self.assigned.insert(index);
        let mut out = Vec::new();
        Self::push(&mut out, StmtKind::Assign(Place::Local(list), iter), span);
        Self::push(&mut out, StmtKind::Assign(Place::Local(index), mk(ExprKind::Int(0), Ty::Int, span)), span);
        let read_list = mk(ExprKind::Read(Place::Local(list)), list_ty, span);
        let read_index = mk(ExprKind::Read(Place::Local(index)), Ty::Int, span);
        let len = prim(&p::L_LEN, vec![read_list.clone()], Ty::Int, span);
        let cond = prim(&p::I_LT, vec![read_index.clone(), len], Ty::Bool, span);
        let mut b = Vec::new();
        let item = self.getitem(read_list, read_index.clone(), span);
        let item_local = self.temp(item.ty.clone());
        self.assigned.insert(item_local);
        Self::push(&mut b, StmtKind::Assign(Place::Local(item_local), item), span);
        let next = prim(&p::I_ADD, vec![read_index, mk(ExprKind::Int(1), Ty::Int, span)], Ty::Int, span);
        Self::push(&mut b, StmtKind::Assign(Place::Local(index), next), span);
        let item_ty = self.local_ty(item_local);
        self.cx.loops.push(super::LoopTarget::plain(label));
        b.extend(body(self, mk(ExprKind::Read(Place::Local(item_local)), item_ty, span)));
        self.cx.loops.pop();
        Self::push(&mut out, StmtKind::While { label, cond, body: b, orelse: vec![] }, span);
        self.assigned = saved;
        out
    }
}
