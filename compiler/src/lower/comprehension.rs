//! Comprehensions and the generator expressions consumed whole (`sum`,
//! `any`, `all`, `list(...)`): loops in their own scope, lowered in
//! place.

use std::collections::HashMap;

use super::expr::*;
use super::FnLower;
use crate::ir::{prims as p, Expr, ExprKind, Place, Ty};
use crate::syntax::ast::{self, BinOp, Span};

impl FnLower<'_, '_> {
    /// A generator expression consumed whole by its caller (`sum(...)`,
    /// `list(...)`, `"".join(...)`, ...): evaluating it eagerly, as a list,
    /// performs the same calls in the same order.
    pub(super) fn eager_genexp(&mut self, e: &ast::Expr) -> Option<Expr> {
        if let Some(g) = self.as_genexp(e) {
            return self.eager_genexp(&g);
        }
        let ast::ExprKind::GeneratorExp { elt, generators, .. } = &e.kind else { return None };
        let ty = Ty::List(self.site(e.span));
        Some(self.comprehension(generators, e.span, ty, &mut |fl| vec![fl.expr(elt)]))
    }

    /// `any(genexp)` (`want` true) or `all(genexp)` (`want` false): a loop
    /// that stops at the first item whose truth is `want`, like CPython's.
    pub(super) fn short_circuit_genexp(&mut self, e: &ast::Expr, want: bool) -> Option<Expr> {
        use crate::ir::{Stmt, StmtKind};
        if let Some(g) = self.as_genexp(e) {
            return self.short_circuit_genexp(&g, want);
        }
        let ast::ExprKind::GeneratorExp { elt, generators, .. } = &e.kind else { return None };
        let span = e.span;
        self.comp_count += 1;
        let acc = self.temp(Ty::Bool);
        let acc_read = mk(ExprKind::Read(Place::Local(acc)), Ty::Bool, span);
        let first_iter = self.iterable(&generators[0].iter);
        self.cx.scopes.push(Default::default());
        let saved = self.assigned.clone();
        let body =
            self.comp_level(generators, 0, Some(first_iter), &acc_read, Sink::Stop(want), &mut |fl| vec![fl.expr(elt)]);
        self.assigned = saved;
        self.cx.scopes.pop();
        self.assigned.insert(acc);
        let mut block =
            vec![Stmt { kind: StmtKind::Assign(Place::Local(acc), mk(ExprKind::Bool(!want), Ty::Bool, span)), span }];
        block.extend(body);
        Some(mk(ExprKind::Seq(block, Box::new(acc_read)), Ty::Bool, span))
    }

    /// `sum(genexp)` (or `sum(g(...))` of a fusable generator): a loop
    /// adding each item to an int `0` with `+`, which is what CPython's
    /// `sum` computes.
    pub(super) fn sum_genexp(&mut self, e: &ast::Expr) -> Option<Expr> {
        use crate::ir::{Stmt, StmtKind};
        if let Some(g) = self.as_genexp(e) {
            return self.sum_genexp(&g);
        }
        let ast::ExprKind::GeneratorExp { elt, generators, .. } = &e.kind else { return None };
        let span = e.span;
        self.comp_count += 1;
        let acc = self.new_local("_sum", super::VarKey::Sum(self.comp_count));
        let zero = self.assign_place_ty(Place::Local(acc), mk(ExprKind::Int(0), Ty::Int, span));
        let first_iter = self.iterable(&generators[0].iter);
        self.cx.scopes.push(Default::default());
        let saved = self.assigned.clone();
        let acc_read = mk(ExprKind::Read(Place::Local(acc)), self.local_ty(acc), span);
        let body = self.comp_level(generators, 0, Some(first_iter), &acc_read, Sink::Sum, &mut |fl| vec![fl.expr(elt)]);
        self.assigned = saved;
        self.cx.scopes.pop();
        self.assigned.insert(acc);
        let mut block = vec![Stmt { kind: StmtKind::Assign(Place::Local(acc), zero), span }];
        block.extend(body);
        let result = mk(ExprKind::Read(Place::Local(acc)), self.local_ty(acc), span);
        Some(mk(ExprKind::Seq(block, Box::new(result)), self.local_ty(acc), span))
    }

    /// `[elt for target in iter if cond ...]` and its set and dict kin.
    pub(super) fn comprehension(
        &mut self,
        gens: &[ast::Comprehension],
        span: Span,
        ty: Ty,
        elt: &mut dyn FnMut(&mut Self) -> Vec<Expr>,
    ) -> Expr {
        use crate::ir::{Stmt, StmtKind};
        self.comp_count += 1;
        let acc = self.temp(ty.clone());
        let acc_read = mk(ExprKind::Read(Place::Local(acc)), ty.clone(), span);
        // The first iterable is evaluated in the enclosing scope.
        let first_iter = self.iterable(&gens[0].iter);
        self.cx.scopes.push(Default::default());
        // Every target of every `for` in it is local to the comprehension
        // from the start: a later target read by an earlier iterable is an
        // unbound local, not the enclosing scope's variable.
        for g in gens {
            let mut names = Vec::new();
            crate::hir::scope::target_names(&g.target, &mut |n| names.push(n.to_string()));
            for n in names {
                self.local(&n);
            }
        }
        // Variables that lambdas in it capture get fresh cells per run.
        let mut cells = HashMap::new();
        let mut make_cells = Vec::new();
        for g in gens {
            let mut names = Vec::new();
            crate::hir::scope::target_names(&g.target, &mut |n| names.push(n.to_string()));
            for n in names {
                if self.env.def(self.cx.scope_func).comp_cells.contains(&n) && !cells.contains_key(&n) {
                    let c = self.temp(Ty::Cell);
                    self.assigned.insert(c);
                    make_cells.push(Stmt {
                        kind: StmtKind::Assign(Place::Local(c), prim(&p::CELL_NEW, vec![], Ty::Cell, span)),
                        span,
                    });
                    cells.insert(n, c);
                }
            }
        }
        self.cx.comp_cells.push(cells);
        let saved = self.assigned.clone();
        let body = self.comp_level(gens, 0, Some(first_iter), &acc_read, Sink::Collect, elt);
        self.assigned = saved;
        self.cx.comp_cells.pop();
        self.cx.scopes.pop();
        let init = match ty {
            Ty::List(_) => mk(ExprKind::List(vec![]), ty.clone(), span),
            Ty::Set => mk(ExprKind::Set { items: vec![], constant: false }, Ty::Set, span),
            _ => mk(ExprKind::Dict(vec![]), Ty::Dict, span),
        };
        self.assigned.insert(acc);
        let mut block = vec![Stmt { kind: StmtKind::Assign(Place::Local(acc), init), span }];
        block.extend(make_cells);
        block.extend(body);
        mk(ExprKind::Seq(block, Box::new(acc_read)), ty, span)
    }

    pub(super) fn comp_level(
        &mut self,
        gens: &[ast::Comprehension],
        i: usize,
        iter: Option<super::fuse::Iterable>,
        acc: &Expr,
        sink: Sink,
        elt: &mut dyn FnMut(&mut Self) -> Vec<Expr>,
    ) -> Vec<crate::ir::Stmt> {
        use crate::ir::{Stmt, StmtKind};
        let span = acc.span;
        let ExprKind::Read(acc_place) = acc.kind else { unreachable!("the accumulator is a local") };
        if let (true, Sink::Sum) = (i == gens.len(), sink) {
            let v = elt(self).remove(0);
            let cur = self.read(acc_place, span);
            let s = self.binop(cur, BinOp::Add, v, false, span);
            let s = self.assign_place_ty(acc_place, s);
            return vec![Stmt { kind: StmtKind::Assign(acc_place, s), span }];
        }
        if let (true, Sink::Stop(want)) = (i == gens.len(), sink) {
            // any()/all(): stop at the first item whose truth is `want`.
            let v = elt(self).remove(0);
            let t = self.truthy(v);
            let cond = if want { t } else { prim(&p::B_NOT, vec![t], Ty::Bool, span) };
            let label = self.cx.loops.last().unwrap().brk;
            let stop = vec![
                Stmt { kind: StmtKind::Assign(acc_place, mk(ExprKind::Bool(want), Ty::Bool, span)), span },
                Stmt { kind: StmtKind::Break(label), span },
            ];
            return vec![Stmt { kind: StmtKind::If(cond, stop, vec![]), span }];
        }
        if i == gens.len() {
            let mut vals = elt(self);
            let (pr, args) = match &acc.ty {
                Ty::List(s) => {
                    let s = s.clone();
                    let v = self.store_elem(&s, vals.remove(0));
                    (&p::L_APPEND, vec![acc.clone(), v])
                }
                Ty::Set => {
                    let v = self.to_dyn(vals.remove(0));
                    let recv = self.box_ro(acc.clone());
                    (
                        &p::CALL_METHOD,
                        vec![
                            recv,
                            mk(ExprKind::Absent, Ty::Dyn, span),
                            str_const("add", span),
                            mk(ExprKind::Pack(vec![v]), Ty::Dyn, span),
                            mk(ExprKind::Pack(vec![]), Ty::Dyn, span),
                        ],
                    )
                }
                _ => {
                    let k = self.to_dyn(vals.remove(0));
                    let v = self.to_dyn(vals.remove(0));
                    (&p::D_SETITEM, vec![acc.clone(), k, v])
                }
            };
            // The result type must match the runtime's: `set.add` goes through the dynamic method call.
            let ty = if std::ptr::eq(pr, &p::CALL_METHOD) { Ty::Dyn } else { Ty::None };
            return vec![Stmt { kind: StmtKind::Expr(prim(pr, args, ty, span)), span }];
        }
        let g = &gens[i];
        let iter = match iter {
            Some(it) => it,
            None => self.iterable(&g.iter),
        };
        // Comprehension targets are local to the comprehension.
        let mut names = Vec::new();
        crate::hir::scope::bindings(
            &[crate::syntax::ast::Stmt {
                kind: crate::syntax::ast::StmtKind::Assign { targets: vec![g.target.clone()], value: g.iter.clone() },
                span,
            }],
            &mut |n| names.push(n.to_string()),
        );
        for n in names {
            self.local(&n);
        }
        self.for_iterable(iter, span, None, &mut |fl, item| {
            let mut pre = Vec::new();
            fl.assign_to(&g.target, item, &mut pre);
            let conds: Vec<Expr> = g
                .ifs
                .iter()
                .map(|c| {
                    let e = fl.expr(c);
                    fl.truthy(e)
                })
                .collect();
            let mut body = fl.comp_level(gens, i + 1, None, acc, sink, elt);
            for c in conds.into_iter().rev() {
                body = vec![Stmt { kind: StmtKind::If(c, body, vec![]), span }];
            }
            if let (Sink::Stop(want), true) = (sink, i + 1 < gens.len()) {
                // An inner loop stopped: stop this one too.
                let done = if want { acc.clone() } else { prim(&p::B_NOT, vec![acc.clone()], Ty::Bool, span) };
                let label = fl.cx.loops.last().unwrap().brk;
                body.push(Stmt {
                    kind: StmtKind::If(done, vec![Stmt { kind: StmtKind::Break(label), span }], vec![]),
                    span,
                });
            }
            pre.extend(body);
            pre
        })
    }
}

/// What a comprehension does with each item.
#[derive(Clone, Copy)]
pub(super) enum Sink {
    /// Appends to (or adds to, or stores into) the accumulator.
    Collect,
    /// `any`/`all`: stops at the first item whose truth is the flag.
    Stop(bool),
    /// `sum`: adds the item to the accumulator.
    Sum,
}
