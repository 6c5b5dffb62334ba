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
    /// `at` is the consumer's call: where the `<genexpr>` frame stands.
    pub(super) fn eager_genexp(&mut self, e: &ast::Expr, at: Span) -> Option<Expr> {
        let (e, frame) = self.genexp_frame(e, at);
        let ast::ExprKind::GeneratorExp { elt, generators, .. } = &e.kind else { return None };
        let ty = Ty::List(self.site(e.span));
        Some(self.comprehension(generators, e.span, ty, frame, &mut |fl| vec![fl.expr(elt)]))
    }

    /// A generator expression a call consumes whole (a fusable
    /// generator's call made one), and the `<genexpr>` frame its loop runs
    /// in, standing at the call `at` (none for a fused generator: its own
    /// frame is the fused one).
    fn genexp_frame(&mut self, e: &ast::Expr, at: Span) -> (ast::Expr, Option<CompFrame>) {
        match self.as_genexp(e) {
            Some(g) => (g, None),
            None => {
                let iter_at = self.with_parens(e.span);
                (e.clone(), Some(CompFrame { name: "<genexpr>", at, iter_at }))
            }
        }
    }

    /// A generator expression's span taking in the parentheses around it
    /// (a call's, when it is the sole argument), as CPython's node does:
    /// its traceback marks them.
    fn with_parens(&self, span: Span) -> Span {
        let source = self.env.hir.modules[self.module()].source;
        let Some(text) = span.line.checked_sub(source.first_line + 1).and_then(|k| source.text.lines().nth(k as usize))
        else {
            return span;
        };
        let chars: Vec<char> = text.chars().collect();
        let mut open = (span.col as usize).saturating_sub(1);
        while open > 0 && chars[open - 1].is_whitespace() {
            open -= 1;
        }
        if span.end == Span::TO_LINE_END || open == 0 || chars.get(open - 1) != Some(&'(') {
            return span;
        }
        let mut close = (span.end as usize).saturating_sub(1);
        while chars.get(close).is_some_and(|c| c.is_whitespace()) {
            close += 1;
        }
        if chars.get(close) != Some(&')') {
            return span;
        }
        Span { col: open as u32, end: close as u32 + 2, ..span }
    }

    /// `any(genexp)` (`want` true) or `all(genexp)` (`want` false): a loop
    /// that stops at the first item whose truth is `want`, like CPython's.
    pub(super) fn short_circuit_genexp(&mut self, e: &ast::Expr, want: bool, at: Span) -> Option<Expr> {
        use crate::ir::{Stmt, StmtKind};
        let (e, frame) = self.genexp_frame(e, at);
        let ast::ExprKind::GeneratorExp { elt, generators, .. } = &e.kind else { return None };
        let span = e.span;
        self.comp_count += 1;
        let acc = self.temp(Ty::Bool);
        let acc_read = mk(ExprKind::Read(Place::Local(acc)), Ty::Bool, span);
        let mut block = Vec::new();
        let first_iter = self.iterable(&generators[0].iter);
        let first_iter = match frame {
            Some(f) => self.iter_outside(first_iter, f.iter_at, &mut block),
            None => first_iter,
        };
        self.cx.scopes.push(Default::default());
        let saved = self.assigned.clone();
        let entered = frame.map(|f| self.enter_frame(f));
        let body =
            self.comp_level(generators, 0, Some(first_iter), &acc_read, Sink::Stop(want), &mut |fl| vec![fl.expr(elt)]);
        let body = self.leave_frame(entered, body, span);
        self.assigned = saved;
        self.cx.scopes.pop();
        self.assigned.insert(acc);
        block.push(Stmt { kind: StmtKind::Assign(Place::Local(acc), mk(ExprKind::Bool(!want), Ty::Bool, span)), span });
        block.extend(body);
        Some(mk(ExprKind::Seq(block, Box::new(acc_read)), Ty::Bool, span))
    }

    /// `sum(genexp)` (or `sum(g(...))` of a fusable generator): a loop
    /// adding each item to an int `0` with `+`, which is what CPython's
    /// `sum` computes.
    pub(super) fn sum_genexp(&mut self, e: &ast::Expr, at: Span) -> Option<Expr> {
        use crate::ir::{Stmt, StmtKind};
        let (e, frame) = self.genexp_frame(e, at);
        let ast::ExprKind::GeneratorExp { elt, generators, .. } = &e.kind else { return None };
        let span = e.span;
        self.comp_count += 1;
        let acc = self.new_local("_sum", super::VarKey::Sum(self.comp_count));
        let zero = self.assign_place_ty(Place::Local(acc), mk(ExprKind::Int(0), Ty::Int, span));
        let mut block = Vec::new();
        let first_iter = self.iterable(&generators[0].iter);
        let first_iter = match frame {
            Some(f) => self.iter_outside(first_iter, f.iter_at, &mut block),
            None => first_iter,
        };
        self.cx.scopes.push(Default::default());
        let saved = self.assigned.clone();
        let acc_read = mk(ExprKind::Read(Place::Local(acc)), self.local_ty(acc), span);
        let entered = frame.map(|f| self.enter_frame(f));
        let body = self.comp_level(generators, 0, Some(first_iter), &acc_read, Sink::Sum, &mut |fl| vec![fl.expr(elt)]);
        let body = self.leave_frame(entered, body, span);
        self.assigned = saved;
        self.cx.scopes.pop();
        self.assigned.insert(acc);
        block.push(Stmt { kind: StmtKind::Assign(Place::Local(acc), zero), span });
        block.extend(body);
        let result = mk(ExprKind::Read(Place::Local(acc)), self.local_ty(acc), span);
        Some(mk(ExprKind::Seq(block, Box::new(result)), self.local_ty(acc), span))
    }

    /// A comprehension's frame, made current: the fused frame its loop
    /// runs in, as CPython's comprehension function does (tracebacks show
    /// it); returns it and the frame to restore.
    fn enter_frame(&mut self, f: CompFrame) -> (usize, Option<usize>) {
        let k = self.inlined.len();
        self.inlined.push(crate::ir::InlinedFrame { name: f.name.to_string(), span: f.at, parent: self.cx.frame });
        (k, self.cx.frame.replace(k))
    }

    /// The loop `body` in the frame `entered` made (if any), which ends.
    fn leave_frame(
        &mut self,
        entered: Option<(usize, Option<usize>)>,
        body: Vec<crate::ir::Stmt>,
        span: Span,
    ) -> Vec<crate::ir::Stmt> {
        let Some((k, outer)) = entered else { return body };
        self.cx.frame = outer;
        vec![crate::ir::Stmt { kind: crate::ir::StmtKind::InFrame(Some(k), body), span }]
    }

    /// The first iterable of a comprehension made an iterator before its
    /// frame starts, as CPython's `iter()` runs in the enclosing frame
    /// (unless it is a collection, which always iterates).
    /// `span` is the comprehension's (where CPython's traceback marks it).
    fn iter_outside(
        &mut self,
        it: super::fuse::Iterable,
        span: Span,
        pre: &mut Vec<crate::ir::Stmt>,
    ) -> super::fuse::Iterable {
        use super::fuse::Iterable;
        let Iterable::Expr(e) = it else { return it };
        if matches!(e.ty, Ty::List(_) | Ty::Tuple(_) | Ty::Str | Ty::Range | Ty::Dict | Ty::Set) {
            return Iterable::Expr(e);
        }
        let e = self.to_dyn(e);
        let pack = |items: Vec<Expr>| mk(ExprKind::Pack(items), Ty::Dyn, span);
        let made = prim(&p::CALL_BUILTIN, vec![str_const("iter", span), pack(vec![e]), pack(vec![])], Ty::Dyn, span);
        Iterable::Expr(self.hold(made, pre))
    }

    /// `[elt for target in iter if cond ...]` and its set and dict kin.
    pub(super) fn comprehension(
        &mut self,
        gens: &[ast::Comprehension],
        span: Span,
        ty: Ty,
        frame: Option<CompFrame>,
        elt: &mut dyn FnMut(&mut Self) -> Vec<Expr>,
    ) -> Expr {
        use crate::ir::{Stmt, StmtKind};
        self.comp_count += 1;
        let acc = self.temp(ty.clone());
        let acc_read = mk(ExprKind::Read(Place::Local(acc)), ty.clone(), span);
        // The first iterable is evaluated in the enclosing scope.
        let mut pre = Vec::new();
        let first_iter = self.iterable(&gens[0].iter);
        let first_iter = match frame {
            Some(f) => self.iter_outside(first_iter, f.iter_at, &mut pre),
            None => first_iter,
        };
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
        let entered = frame.map(|f| self.enter_frame(f));
        let body = self.comp_level(gens, 0, Some(first_iter), &acc_read, Sink::Collect, elt);
        let body = self.leave_frame(entered, body, span);
        self.assigned = saved;
        self.cx.comp_cells.pop();
        self.cx.scopes.pop();
        let init = match ty {
            Ty::List(_) => mk(ExprKind::List(vec![]), ty.clone(), span),
            Ty::Set => mk(ExprKind::Set { items: vec![], constant: false }, Ty::Set, span),
            _ => mk(ExprKind::Dict(vec![]), Ty::Dict, span),
        };
        self.assigned.insert(acc);
        let mut block = pre;
        block.push(Stmt { kind: StmtKind::Assign(Place::Local(acc), init), span });
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

/// The frame a comprehension's loop runs in: its name (`<listcomp>`,
/// `<genexpr>`) and where it stands in the enclosing frame (the
/// comprehension, or the call consuming a generator expression).
#[derive(Clone, Copy)]
pub(super) struct CompFrame {
    pub name: &'static str,
    pub at: Span,
    /// Where the first iterable's `iter()` is marked (the comprehension,
    /// with a generator expression's parentheses).
    pub iter_at: Span,
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
