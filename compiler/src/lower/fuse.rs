//! Generator fusion: a `for` loop over a call of a simple generator
//! function runs the generator's body in place, with the loop body at each
//! `yield`.
//!
//! A generator object that only a `for` loop (or a comprehension, or a
//! builtin consuming it whole) ever sees is never sent a value, thrown
//! into or closed before it is dropped, so running its body with the loop
//! body where it yields does what CPython does: the same statements in the
//! same order. What that buys is inference: the generator's locals become
//! typed locals of the loop's function, its arguments keep their static
//! types, and a pipeline of generators becomes one loop over machine ints
//! instead of a stack switch and a boxed value per item per stage.
//!
//! Which generators qualify ([`find_fusable`]): module-level functions,
//! bound only by their `def` and not decorated, with plain parameters
//! (constant defaults), whose `yield`s are statements (`yield v`,
//! `x = yield v`, `yield from it`) outside `try`/`with`/`match` (a `yield`
//! there would let the generator see the loop body's exceptions, or run a
//! `finally` when the loop stops early), no class statement, and no bare
//! `raise` outside a handler. A parameter used once, as the iterable of a
//! `for` (or a `yield from`) outside any loop, is a *stream*: a generator
//! call passed for it is fused into that loop too, so
//! `sum(scaled(odd(squares(numbers(n))), 3))` becomes one loop.
//!
//! How a fused body is lowered: the generator's parameters and variables
//! are fresh locals of the consumer, with environment keys of their own
//! (so each fusion site infers its own types); names resolve in the
//! generator's scope ([`super::NameCx`]), swapped back to the consumer's
//! for the loop body at each `yield`. `return` leaves the generator's block
//! (a labelled one-shot loop), the loop body's `break` leaves it too, and
//! its `continue` leaves the one-shot block standing for that `yield`.
//! When anything in the generator's own code may run arbitrary code, the
//! block is wrapped so that a `StopIteration` escaping the generator's code
//! becomes `RuntimeError("generator raised StopIteration")` (PEP 479) while
//! exceptions from the loop body pass through untouched. Recursive
//! generators are not fused into themselves, and fusion stops where it
//! would copy one loop body more than [`MAX_COPIES`] times.

use std::collections::HashMap;

use super::expr::{mk, prim};
use super::{FnLower, LoopTarget, NameCx, VarKey};
use crate::hir::fusable::{has_yield, yield_count, yield_stmt, MAX_COPIES};
use crate::ir::{prims as p, Block, Expr, ExprKind, FuncId, Handler, LocalId, LoopId, Place, Stmt, StmtKind, Ty};
use crate::syntax::ast::{self, Span};

/// A call of a fusable generator whose arguments are evaluated: its body
/// runs when the `for` over it is lowered.
#[derive(Default)]
pub(super) struct Deferred {
    func: FuncId,
    /// The frame of its variables' keys ([`VarKey::Var`]).
    frame: u32,
    /// Parameters bound to evaluated arguments.
    params: HashMap<String, LocalId>,
    /// Stream parameters bound to generator calls, fused in turn.
    streams: HashMap<String, Deferred>,
    /// The number of `yield` statements in the generator.
    yields: usize,
}

/// What a `for` loop iterates: a lowered value, or a fused generator call
/// with the statements that evaluated its arguments.
pub(super) enum Iterable {
    Expr(Expr),
    Fused(Deferred, Block),
}

/// The consumer of a fused generator, as its body sees it at a `yield`.
struct Yielder<'b, 'e, 'a> {
    /// The consumer's names, swapped in for the loop body.
    outer: NameCx,
    /// Where the loop body's `break` goes.
    brk: LoopId,
    /// The one-shot blocks standing for each `yield`.
    sites: Vec<LoopId>,
    /// Copies of the loop body made so far, this generator's included.
    copies: usize,
    body: &'b mut dyn FnMut(&mut FnLower<'e, 'a>, Expr) -> Block,
}

/// Whether a block contains `break` to `label`.
fn breaks_to(b: &Block, label: LoopId) -> bool {
    let mut found = false;
    visit_stmts(b, &mut |s| found |= matches!(s.kind, StmtKind::Break(l) if l == label));
    found
}

fn visit_stmts(b: &Block, f: &mut dyn FnMut(&Stmt)) {
    for s in b {
        f(s);
        s.kind.blocks().into_iter().for_each(|b| visit_stmts(b, f));
    }
}

/// Replaces each one-shot block in `sites` that nothing leaves early
/// (no `continue` in that loop body) by its statements.
fn unwrap_sites(b: &mut Block, sites: &[LoopId]) {
    let mut out = Vec::with_capacity(b.len());
    for mut s in std::mem::take(b) {
        match &mut s.kind {
            StmtKind::While { label, body, .. } if sites.contains(label) => {
                let l = *label;
                let mut inner = std::mem::take(body);
                debug_assert!(matches!(inner.last().map(|s| &s.kind), Some(StmtKind::Break(x)) if *x == l));
                inner.pop();
                unwrap_sites(&mut inner, sites);
                if breaks_to(&inner, l) {
                    inner.push(Stmt { kind: StmtKind::Break(l), span: s.span });
                    *body = inner;
                    out.push(s);
                } else {
                    out.extend(inner);
                }
                continue;
            }
            kind => kind.blocks_mut().into_iter().for_each(|b| unwrap_sites(b, sites)),
        }
        out.push(s);
    }
    *b = out;
}

pub(super) fn one_shot(label: LoopId, mut body: Block, span: Span) -> Stmt {
    body.push(Stmt { kind: StmtKind::Break(label), span });
    Stmt { kind: StmtKind::While { label, cond: mk(ExprKind::Bool(true), Ty::Bool, span), body, orelse: vec![] }, span }
}

/// Whether lowered code may run code pyaot did not see (user methods
/// through dynamic operations, calls), which could raise `StopIteration`.
/// Skips the one-shot blocks in `skip` (the consumer's loop bodies).
fn may_run_code(b: &Block, skip: &[LoopId]) -> bool {
    fn expr(e: &Expr) -> bool {
        let typed = |t: &Ty| matches!(t, Ty::Int | Ty::Float | Ty::Bool | Ty::None | Ty::Str | Ty::Range | Ty::MInt);
        match &e.kind {
            ExprKind::Call(..) | ExprKind::Speculate { .. } => true,
            ExprKind::Prim(_, args) => {
                !(typed(&e.ty) || e.ty == Ty::Never) || args.iter().any(|a| !typed(&a.ty) || expr(a))
            }
            ExprKind::Box(x) | ExprKind::Unbox(x) | ExprKind::AssignExpr(_, x) => expr(x),
            ExprKind::IfExp(a, b, c) => expr(a) || expr(b) || expr(c),
            ExprKind::Let(_, a, b) => expr(a) || expr(b),
            ExprKind::Seq(b, x) => block(b, &[]) || expr(x),
            ExprKind::Pack(xs) | ExprKind::List(xs) | ExprKind::Tuple(xs) | ExprKind::Set { items: xs, .. } => {
                xs.iter().any(expr)
            }
            ExprKind::Dict(kv) => kv.iter().any(|(k, v)| expr(k) || expr(v)),
            _ => false,
        }
    }
    fn block(b: &Block, skip: &[LoopId]) -> bool {
        b.iter().any(|s| match &s.kind {
            StmtKind::While { label, .. } if skip.contains(label) => false,
            StmtKind::Assign(_, e) | StmtKind::Expr(e) => expr(e),
            StmtKind::Return(e) => e.as_ref().is_some_and(expr),
            StmtKind::If(c, a, b2) => expr(c) || block(a, skip) || block(b2, skip),
            StmtKind::InFrame(_, b) => block(b, skip),
            StmtKind::While { cond, body, orelse, .. } => expr(cond) || block(body, skip) || block(orelse, skip),
            StmtKind::ForRange { start, stop, step, body, orelse, .. } => {
                expr(start) || expr(stop) || expr(step) || block(body, skip) || block(orelse, skip)
            }
            StmtKind::ForIter { .. } | StmtKind::Raise { .. } | StmtKind::Reraise(_) | StmtKind::Try { .. } => true,
            StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Bail | StmtKind::Unbind(_) => false,
        })
    }
    block(b, skip)
}

impl<'e, 'a> FnLower<'e, 'a> {
    /// Lowers what a `for` iterates: a fusable generator call (or a
    /// stream parameter bound to one) is deferred, anything else lowered.
    pub(super) fn iterable(&mut self, e: &ast::Expr) -> Iterable {
        let mut setup = Vec::new();
        match self.defer(e, &mut setup) {
            Some(d) => Iterable::Fused(d, setup),
            None => Iterable::Expr(self.expr(e)),
        }
    }

    /// A fusable generator call as the generator expression
    /// `(v for v in call)`, which builtins consuming an iterable whole
    /// lower as a loop.
    pub(super) fn as_genexp(&mut self, e: &ast::Expr) -> Option<ast::Expr> {
        self.fusable_callee(e, &[], self.cx.copies)?;
        let span = e.span;
        let item = ast::Expr { kind: ast::ExprKind::Name(".item".into()), span };
        let generators = vec![ast::Comprehension { target: item.clone(), iter: e.clone(), ifs: vec![] }];
        Some(ast::Expr { kind: ast::ExprKind::GeneratorExp { elt: Box::new(item), generators, func: None }, span })
    }

    /// The generator a call expression calls, if it may be fused here:
    /// inside the generators `chain` (being fused in turn), whose `yield`s
    /// already copy the loop body `copies` times.
    fn fusable_callee(&mut self, e: &ast::Expr, chain: &[FuncId], copies: usize) -> Option<FuncId> {
        let ast::ExprKind::Call { func, args, keywords } = &e.kind else { return None };
        let ast::ExprKind::Name(n) = &func.kind else { return None };
        if args.iter().any(|a| matches!(a.kind, ast::ExprKind::Starred(_))) || keywords.iter().any(|k| k.name.is_none())
        {
            return None;
        }
        if self.cx.cell_of.contains_key(n) || self.cx.free_of.contains_key(n) || self.class_slot(n).is_some() {
            return None;
        }
        let g = *self.env.global_ids.get(&(self.module(), n.clone()))?;
        if self.lookup(n) != Some(Place::Global(g)) {
            return None;
        }
        let id = self
            .env
            .hir
            .defs
            .iter()
            .position(|f| f.fusable.is_some() && f.module == self.module() && f.ast.is_some_and(|d| d.name == *n))
            .map(FuncId::new)?;
        let d = self.env.def(id).ast?;
        // The arguments must bind without defaults other than constants.
        let mut bound = vec![false; d.params.len()];
        for (i, _) in args.iter().enumerate() {
            let p = d.params.get(i)?;
            if !matches!(p.kind, ast::ParamKind::PositionalOnly | ast::ParamKind::Normal) {
                return None;
            }
            bound[i] = true;
        }
        for k in keywords {
            let i = d
                .params
                .iter()
                .position(|p| Some(&p.name) == k.name.as_ref() && p.kind != ast::ParamKind::PositionalOnly)?;
            if std::mem::replace(&mut bound[i], true) {
                return None;
            }
        }
        if d.params.iter().zip(&bound).any(|(p, b)| !b && p.default.is_none()) {
            return None;
        }
        let copies = copies * yield_count(&d.body).max(1);
        (!self.cx.inlining.contains(&id) && !chain.contains(&id) && copies <= MAX_COPIES).then_some(id)
    }

    /// Evaluates the arguments of a fusable generator call (into `setup`),
    /// or takes the generator a stream parameter is bound to.
    fn defer(&mut self, e: &ast::Expr, setup: &mut Block) -> Option<Deferred> {
        if let ast::ExprKind::Name(n) = &e.kind {
            return self.cx.streams.remove(n);
        }
        self.defer_call(e, setup, &[], self.cx.copies)
    }

    fn defer_call(&mut self, e: &ast::Expr, setup: &mut Block, chain: &[FuncId], copies: usize) -> Option<Deferred> {
        let id = self.fusable_callee(e, chain, copies)?;
        let ast::ExprKind::Call { func, args, keywords } = &e.kind else { return None };
        let d = self.env.def(id).ast?;
        let streams = self.env.def(id).fusable.clone()?;
        let span = e.span;
        // Calling it before its `def` ran is a NameError.
        let g = self.env.global_ids[&(self.module(), d.name.clone())];
        let check = self.read(Place::Global(g), func.span);
        setup.push(Stmt { kind: StmtKind::Expr(check), span });
        self.inline_count += 1;
        let mut out =
            Deferred { func: id, frame: self.inline_count, yields: yield_count(&d.body).max(1), ..Default::default() };
        let mut chain = chain.to_vec();
        chain.push(id);
        let given = args.iter().enumerate().chain(
            keywords
                .iter()
                .map(|k| (d.params.iter().position(|p| Some(&p.name) == k.name.as_ref()).unwrap(), &k.value)),
        );
        for (i, a) in given.collect::<Vec<_>>() {
            let name = &d.params[i].name;
            if streams[i] {
                if let Some(sub) = self.defer_call(a, setup, &chain, copies * out.yields) {
                    out.streams.insert(name.clone(), sub);
                    continue;
                }
            }
            let v = self.expr(a);
            self.bind_param(&mut out, name, v, setup);
        }
        for p in &d.params {
            if !out.params.contains_key(&p.name) && !out.streams.contains_key(&p.name) {
                let v = self.expr(p.default.as_ref().unwrap());
                self.bind_param(&mut out, &p.name, v, setup);
            }
        }
        Some(out)
    }

    /// `v = gen(...)` for a variable only a later `for` iterates (see
    /// [`find_deferred_vars`]): evaluates the arguments and leaves the
    /// generator to that loop. False when the call is not fusable.
    pub(super) fn defer_assign(&mut self, target: &ast::Expr, value: &ast::Expr, out: &mut Block) -> bool {
        let ast::ExprKind::Name(v) = &target.kind else { return false };
        if self.cx.scopes.len() > 1
            || !self
                .env
                .def(self.cx.scope_func)
                .var(v)
                .is_some_and(|v| self.env.def(self.cx.scope_func).deferred_vars.contains(&v))
            || !self.cx.class_ns.is_empty()
        {
            return false;
        }
        match self.defer_call(value, out, &[], self.cx.copies) {
            Some(d) => {
                self.cx.streams.insert(v.clone(), d);
                true
            }
            None => false,
        }
    }

    fn bind_param(&mut self, d: &mut Deferred, name: &str, v: Expr, setup: &mut Block) {
        let span = v.span;
        let var = self.env.def(d.func).var(name).expect("a parameter is a variable of its function");
        let l = self.new_local(name, VarKey::Var { frame: d.frame, var });
        let v = self.assign_place_ty(Place::Local(l), v);
        setup.push(Stmt { kind: StmtKind::Assign(Place::Local(l), v), span });
        d.params.insert(name.to_string(), l);
    }

    /// A `for` over an [`Iterable`]; `body` gets each item and lowers the
    /// loop body (assigning the target first).
    pub(super) fn for_iterable(
        &mut self,
        it: Iterable,
        span: Span,
        brk: Option<LoopId>,
        body: &mut dyn FnMut(&mut Self, Expr) -> Block,
    ) -> Block {
        match it {
            Iterable::Expr(e) => self.for_loop_item(e, span, body),
            Iterable::Fused(d, mut setup) => {
                setup.extend(self.fused_for(d, span, brk, body));
                setup
            }
        }
    }

    /// Runs a deferred generator's body with `body` at each `yield`.
    /// The loop body's `break` goes to `brk` (default: out of the generator).
    pub(super) fn fused_for(
        &mut self,
        d: Deferred,
        span: Span,
        brk: Option<LoopId>,
        body: &mut dyn FnMut(&mut Self, Expr) -> Block,
    ) -> Block {
        let region = self.label();
        let def = self.env.def(d.func).ast.expect("a fusable generator has a def");
        let params: Vec<LocalId> = d.params.values().copied().collect();
        let mut inlining = self.cx.inlining.clone();
        inlining.push(d.func);
        let frame = self.inlined.len();
        self.inlined.push(crate::ir::InlinedFrame { name: def.name.clone(), span, parent: self.cx.frame });
        let mut cx = NameCx {
            scope_func: d.func,
            var_frame: d.frame,
            scopes: vec![d.params],
            gen_return: Some(region),
            streams: d.streams,
            inlining,
            copies: self.cx.copies * d.yields,
            frame: Some(frame),
            ..Default::default()
        };
        std::mem::swap(&mut self.cx, &mut cx);
        // Variables the generator's nested functions capture live in cells.
        let mut b = Vec::new();
        for name in self.env.def(d.func).cell_names() {
            let c = self.temp(Ty::Cell);
            self.assigned.insert(c);
            b.push(Stmt { kind: StmtKind::Assign(Place::Local(c), prim(&p::CELL_NEW, vec![], Ty::Cell, span)), span });
            self.cx.cell_of.insert(name.clone(), c);
            if let Some(&l) = self.cx.scopes[0].get(&name) {
                let arg = mk(ExprKind::Read(Place::Local(l)), self.local_ty(l), span);
                let arg = self.cell_value(&name, arg);
                let cell = mk(ExprKind::Read(Place::Local(c)), Ty::Cell, span);
                b.push(Stmt { kind: StmtKind::Expr(prim(&p::CELL_SET, vec![cell, arg], Ty::None, span)), span });
            }
        }
        let copies = self.cx.copies;
        let mut y = Yielder { outer: cx, brk: brk.unwrap_or(region), sites: Vec::new(), copies, body };
        b.extend(self.inline_block(&def.body, &mut y));
        let mut b = vec![Stmt { kind: StmtKind::InFrame(Some(frame), b), span }];
        let Yielder { outer: mut cx, sites, .. } = y;
        std::mem::swap(&mut self.cx, &mut cx);
        // Each run starts with the generator's variables unbound, as a new
        // frame's are, and lets go of their values when it ends, as the
        // generator's frame would when dropped (where one may hold a
        // generator, whose `finally` then runs). An exception from the loop
        // body releases them before it leaves the loop too; one leaving the
        // function releases them with its other variables.
        let mut vars: Vec<LocalId> = cx.scopes[0].values().copied().chain(cx.cell_of.values().copied()).collect();
        vars.sort_unstable();
        let unbind = |l: LocalId| Stmt { kind: StmtKind::Unbind(Place::Local(l)), span };
        let mut out: Block = vars
            .iter()
            .filter(|&&l| self.locals[l].maybe_unbound && !params.contains(&l))
            .map(|&l| unbind(l))
            .collect();
        let held: Block = vars
            .iter()
            .filter(|&&l| {
                !matches!(
                    self.locals[l].ty,
                    Ty::Int | Ty::Float | Ty::Bool | Ty::None | Ty::Str | Ty::Range | Ty::Never
                )
            })
            .map(|&l| unbind(l))
            .collect();
        if !held.is_empty() || may_run_code(&b, &sites) {
            out.extend(self.pep479(b, &sites, region, held, span));
        } else {
            if breaks_to(&b, region) {
                b = vec![one_shot(region, b, span)];
            }
            out.extend(b);
        }
        unwrap_sites(&mut out, &sites);
        out
    }

    /// Wraps a fused generator's block so that `StopIteration` leaving the
    /// generator's own code becomes `RuntimeError`, as leaving a generator
    /// frame does, while the loop bodies' exceptions pass through as they
    /// are, after `release` (which lets go of the generator's variables)
    /// ran, as it does when the block ends.
    fn pep479(&mut self, mut b: Block, sites: &[LoopId], region: LoopId, release: Block, span: Span) -> Block {
        let passing = self.temp(Ty::Dyn);
        let has = self.temp(Ty::Bool);
        let read_has = mk(ExprKind::Read(Place::Local(has)), Ty::Bool, span);
        fn wrap_sites(
            b: &mut Block,
            sites: &[LoopId],
            region: LoopId,
            passing: LocalId,
            has: LocalId,
            fl: &mut FnLower,
        ) {
            for s in b.iter_mut() {
                let span = s.span;
                match &mut s.kind {
                    StmtKind::While { label, body, .. } if sites.contains(label) => {
                        let exc = fl.temp(Ty::Dyn);
                        let mut inner = std::mem::take(body);
                        let last = inner.pop().expect("a one-shot block ends with its break");
                        let handler = vec![
                            Stmt {
                                kind: StmtKind::Assign(
                                    Place::Local(passing),
                                    mk(ExprKind::Read(Place::Local(exc)), Ty::Dyn, span),
                                ),
                                span,
                            },
                            Stmt {
                                kind: StmtKind::Assign(Place::Local(has), mk(ExprKind::Bool(true), Ty::Bool, span)),
                                span,
                            },
                            Stmt { kind: StmtKind::Break(region), span },
                        ];
                        *body = vec![
                            Stmt {
                                kind: StmtKind::Try {
                                    body: inner,
                                    handlers: vec![Handler { classes: vec![], exc_local: exc, body: handler }],
                                    orelse: vec![],
                                    finally: vec![],
                                },
                                span,
                            },
                            last,
                        ];
                    }
                    kind => kind.blocks_mut().into_iter().for_each(|b| wrap_sites(b, sites, region, passing, has, fl)),
                }
            }
        }
        wrap_sites(&mut b, sites, region, passing, has, self);
        let stop = self.temp(Ty::Dyn);
        let msg = self.builtin_exception("RuntimeError", "generator raised StopIteration", span);
        let cause = mk(ExprKind::Read(Place::Local(stop)), Ty::Dyn, span);
        let convert = Handler {
            classes: vec!["StopIteration"],
            exc_local: stop,
            body: vec![Stmt { kind: StmtKind::Raise { exc: msg, cause: Some(cause) }, span }],
        };
        let tried =
            Stmt { kind: StmtKind::Try { body: b, handlers: vec![convert], orelse: vec![], finally: vec![] }, span };
        self.assigned.insert(has);
        vec![
            Stmt { kind: StmtKind::Assign(Place::Local(has), mk(ExprKind::Bool(false), Ty::Bool, span)), span },
            one_shot(region, vec![tried], span),
        ]
        .into_iter()
        .chain(release)
        .chain([Stmt {
            kind: StmtKind::If(read_has, vec![Stmt { kind: StmtKind::Reraise(passing), span }], vec![]),
            span,
        }])
        .collect()
    }

    /// Lowers statements of a fused generator's body.
    fn inline_block(&mut self, stmts: &[ast::Stmt], y: &mut Yielder<'_, 'e, 'a>) -> Block {
        let mut out = Vec::new();
        for s in stmts {
            if !has_yield(s) {
                self.stmt(s, &mut out);
                continue;
            }
            let span = s.span;
            use ast::StmtKind as K;
            match &s.kind {
                _ if yield_stmt(s).is_some() => {
                    let e = yield_stmt(s).unwrap();
                    match &e.kind {
                        ast::ExprKind::Yield(v) => {
                            let v = match v {
                                Some(v) => self.expr(v),
                                None => mk(ExprKind::None, Ty::None, span),
                            };
                            out.extend(self.inline_yield(v, y, span));
                        }
                        ast::ExprKind::YieldFrom(x) => {
                            let it = self.iterable(x);
                            out.extend(
                                self.for_iterable(it, span, None, &mut |fl, item| fl.inline_yield(item, y, span)),
                            );
                        }
                        _ => unreachable!("yield_stmt returns yields"),
                    }
                    // `x = yield v`: a `for` loop sends nothing.
                    if let K::Assign { targets, .. } = &s.kind {
                        self.assign_to(&targets[0], mk(ExprKind::None, Ty::None, span), &mut out);
                    }
                }
                K::If { test, body, orelse } => {
                    self.if_stmt(
                        test,
                        span,
                        &mut |fl, els| fl.inline_block(if els { orelse } else { body }, y),
                        &mut out,
                    );
                }
                K::While { test, body, orelse } => {
                    self.while_stmt(
                        test,
                        span,
                        &mut |fl, els| fl.inline_block(if els { orelse } else { body }, y),
                        &mut out,
                    );
                }
                K::For { target, iter, body, orelse } => {
                    self.for_stmt(
                        target,
                        iter,
                        span,
                        &mut |fl, els| fl.inline_block(if els { orelse } else { body }, y),
                        !orelse.is_empty(),
                        &mut out,
                    );
                }
                _ => unreachable!("find_fusable admits no other statement with a yield"),
            }
        }
        out
    }

    /// The consumer's loop body for one yielded value, in the consumer's names.
    fn inline_yield(&mut self, v: Expr, y: &mut Yielder<'_, 'e, 'a>, span: Span) -> Block {
        // The value is the generator's work: computed before the loop body's block.
        let mut out = Vec::new();
        let v = if super::expr::needs_temp(&v) { self.hold(v, &mut out) } else { v };
        std::mem::swap(&mut self.cx, &mut y.outer);
        let once = self.label();
        self.cx.loops.push(LoopTarget { brk: y.brk, cont: (true, once) });
        // The loop body is copied once per `yield` of the generators around it.
        let copies = std::mem::replace(&mut self.cx.copies, y.copies);
        let b = (y.body)(self, v);
        let b = vec![Stmt { kind: StmtKind::InFrame(self.cx.frame, b), span }];
        self.cx.copies = copies;
        self.cx.loops.pop();
        std::mem::swap(&mut self.cx, &mut y.outer);
        y.sites.push(once);
        out.push(one_shot(once, b, span));
        out
    }
}
