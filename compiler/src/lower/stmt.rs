//! Lowering of statements: assignments (with unpacking), loops, `try`,
//! `raise`, and function definitions' default values.

use super::expr::{mk, prim, str_const};
use super::FnLower;
use crate::diagnostics::Diagnostic;
use crate::ir::{prims as p, Block, Expr, ExprKind, Handler, LoopId, Place, Stmt, StmtKind, Ty};
use crate::syntax::ast::{self, Span};

impl FnLower<'_, '_> {
    pub(super) fn block(&mut self, stmts: &[ast::Stmt]) -> Block {
        let mut out = Vec::new();
        for s in stmts {
            self.stmt(s, &mut out);
        }
        out
    }

    fn push(out: &mut Block, kind: StmtKind, span: Span) {
        out.push(Stmt { kind, span });
    }

    pub(super) fn stmt(&mut self, s: &ast::Stmt, out: &mut Block) {
        let span = s.span;
        use ast::StmtKind as K;
        match &s.kind {
            K::FunctionDef(d) => {
                let id = self.env.funcs.iter().position(|f| f.def.is_some_and(|x| std::ptr::eq(x, d))).unwrap();
                if self.env.funcs[id].boxed {
                    // Decorators are evaluated first, then the function value
                    // is made and passed through them, innermost first.
                    let decs = self.decorators(&d.decorators, out);
                    let f = self.make_func(id, d, span);
                    let f = self.decorate(decs, f, span);
                    let target = ast::Expr { kind: ast::ExprKind::Name(d.name.clone()), span };
                    self.assign_to(&target, f, out);
                    return;
                }
                for (i, param) in d.params.iter().enumerate() {
                    if let (Some(dflt), Some(g)) = (&param.default, self.env.funcs[id].defaults[i]) {
                        let v = self.expr(dflt);
                        // The default flows into the parameter like an argument.
                        let mut changed = self.env.changed;
                        super::Env::join_into(&mut self.env.funcs[id].params[i], &v.ty, &mut changed);
                        self.env.changed = changed;
                        let v = self.assign_place_ty(Place::Global(g), v);
                        Self::push(out, StmtKind::Assign(Place::Global(g), v), span);
                    }
                }
            }
            K::Return(v) => {
                if self.is_module() {
                    self.error(Diagnostic::error(span, "'return' outside function"));
                    return;
                }
                if let Some(l) = self.cx.gen_return {
                    // A fused generator's `return` ends its loop (the value
                    // is evaluated and dropped: a `for` never sees it).
                    if let Some(e) = v {
                        let e = self.expr(e);
                        Self::push(out, StmtKind::Expr(e), span);
                    }
                    Self::push(out, StmtKind::Break(l), span);
                    return;
                }
                let v = match v {
                    Some(e) => self.expr(e),
                    None => mk(ExprKind::None, Ty::None, span),
                };
                self.join_ret(&v.ty);
                let v = self.coerce(v, &self.ret_ty());
                Self::push(out, StmtKind::Return(Some(v)), span);
            }
            K::Assign { targets, value } => {
                if let [target] = &targets[..] {
                    if self.parallel_assign(target, value, out) || self.defer_assign(target, value, out) {
                        return;
                    }
                }
                let v = self.expr(value);
                if targets.len() == 1 {
                    self.assign_to(&targets[0], v, out);
                } else {
                    let t = self.temp(v.ty.clone());
                    self.assigned.insert(t);
                    let ty = v.ty.clone();
                    Self::push(out, StmtKind::Assign(Place::Local(t), v), span);
                    for target in targets {
                        let read = mk(ExprKind::Read(Place::Local(t)), ty.clone(), span);
                        self.assign_to(target, read, out);
                    }
                }
            }
            K::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    let v = self.expr(v);
                    self.assign_to(target, v, out);
                }
            }
            K::AugAssign { target, op, value } => self.aug_assign(target, *op, value, out, span),
            K::Delete(targets) => {
                for t in targets {
                    match &t.kind {
                        ast::ExprKind::Subscript { value, index } => {
                            let obj = self.expr(value);
                            let obj = self.to_dyn(obj);
                            let e = if let ast::ExprKind::Slice { lower, upper, step } = &index.kind {
                                let mut args = vec![obj];
                                args.extend(self.slice_bounds(lower, upper, step, span));
                                prim(&p::V_DELSLICE, args, Ty::None, span)
                            } else {
                                let i = self.expr(index);
                                let i = self.to_dyn(i);
                                prim(&p::V_DELITEM, vec![obj, i], Ty::None, span)
                            };
                            Self::push(out, StmtKind::Expr(e), span);
                        }
                        ast::ExprKind::Attribute { value, attr } => {
                            let obj = self.expr(value);
                            let obj = self.to_dyn(obj);
                            let e = prim(&p::DEL_ATTR, vec![obj, str_const(attr, span)], Ty::None, span);
                            Self::push(out, StmtKind::Expr(e), span);
                        }
                        ast::ExprKind::Name(n) if self.cell(n, t.span).is_none() => {
                            // Reading it first raises NameError/UnboundLocalError if unbound.
                            let place = self.store_place(n, false);
                            let read = self.read(place, t.span);
                            Self::push(out, StmtKind::Expr(read), span);
                            if let Place::Local(l) = place {
                                self.locals[l].maybe_unbound = true;
                                self.assigned.remove(&l);
                            }
                            Self::push(out, StmtKind::Unbind(place), span);
                        }
                        ast::ExprKind::Tuple(items) | ast::ExprKind::List(items) => {
                            let stmt = ast::Stmt { kind: ast::StmtKind::Delete(items.clone()), span: t.span };
                            self.stmt(&stmt, out);
                        }
                        // A variable closures share: read (an unbound one raises), then emptied.
                        ast::ExprKind::Name(n) => {
                            let read = self.load(n, t.span);
                            Self::push(out, StmtKind::Expr(read), span);
                            let c = self.cell(n, t.span).expect("a cell variable");
                            Self::push(out, StmtKind::Expr(prim(&p::CELL_CLEAR, vec![c], Ty::None, span)), span);
                        }
                        _ => self.error(Diagnostic::unsupported(t.span, "this del target")),
                    }
                }
            }
            K::For { target, iter, body, orelse } => {
                self.for_stmt(
                    target,
                    iter,
                    span,
                    &mut |fl, els| fl.block(if els { orelse } else { body }),
                    !orelse.is_empty(),
                    out,
                );
            }
            K::While { test, body, orelse } => {
                self.while_stmt(test, span, &mut |fl, els| fl.block(if els { orelse } else { body }), out);
            }
            K::Match { subject, cases } => self.match_stmt(subject, cases, span, out),
            K::ClassDef(c) => self.class_def(c, span, out),
            K::If { test, body, orelse } => {
                self.if_stmt(test, span, &mut |fl, els| fl.block(if els { orelse } else { body }), out);
            }
            K::Raise { exc, cause } => match exc {
                None => {
                    let handling = self.cx.handling.clone();
                    let s = self.reraise(&handling, span);
                    out.extend(s);
                }
                Some(e) => {
                    let e = self.expr(e);
                    let exc = self.to_dyn(e);
                    let cause = cause.as_ref().map(|c| {
                        let c = self.expr(c);
                        self.to_dyn(c)
                    });
                    Self::push(out, StmtKind::Raise { exc, cause }, span);
                }
            },
            K::Try { body, handlers, orelse, finalbody } => {
                let before = self.assigned.clone();
                let body = self.block(body);
                let orelse = self.block(orelse);
                let mut hs = Vec::new();
                // From the first handler naming a class that is not a builtin
                // exception on, the handlers become one catch-all handler that
                // tests each class at run time (and re-raises if none match).
                let split = handlers
                    .iter()
                    .position(|h| h.ty.as_ref().is_some_and(|t| !self.static_handler(t)))
                    .unwrap_or(handlers.len());
                let (handlers, dynamic) = handlers.split_at(split);
                for h in handlers {
                    self.assigned = before.clone();
                    let classes = match &h.ty {
                        None => vec![],
                        Some(t) => self.handler_classes(t),
                    };
                    let exc_local = self.temp(Ty::Dyn);
                    self.assigned.insert(exc_local);
                    let mut body = Vec::new();
                    if let Some(n) = &h.name {
                        let read = mk(ExprKind::Read(Place::Local(exc_local)), Ty::Dyn, h.span);
                        let target = ast::Expr { kind: ast::ExprKind::Name(n.clone()), span: h.span };
                        self.assign_to(&target, read, &mut body);
                    }
                    self.cx.handling.push((exc_local, false));
                    let hbody = self.block(&h.body);
                    let hbody = self.chain_context(hbody, exc_local, h.span);
                    self.cx.handling.pop();
                    body.extend(self.unbind_after(h.name.as_deref(), hbody, h.span));
                    hs.push(Handler { classes, exc_local, body });
                }
                if !dynamic.is_empty() {
                    self.assigned = before.clone();
                    hs.push(self.dynamic_handlers(dynamic, span));
                }
                self.assigned = before.clone();
                if finalbody.is_empty() {
                    Self::push(out, StmtKind::Try { body, handlers: hs, orelse, finally: Vec::new() }, span);
                } else {
                    self.try_finally(body, hs, orelse, finalbody, before, span, out);
                }
            }
            K::Assert { test, msg } => {
                let c = self.expr(test);
                let c = self.truthy(c);
                let not = prim(&p::B_NOT, vec![c], Ty::Bool, span);
                let args = match msg {
                    Some(m) => {
                        let m = self.expr(m);
                        vec![self.to_dyn(m)]
                    }
                    None => vec![],
                };
                let exc = prim(&p::ASSERT_FAIL, vec![mk(ExprKind::Pack(args), Ty::Dyn, span)], Ty::Dyn, span);
                let raise = Stmt { kind: StmtKind::Raise { exc, cause: None }, span };
                Self::push(out, StmtKind::If(not, vec![raise], vec![]), span);
            }
            K::With { items, body } => self.with_stmt(items, body, out),
            K::Import(names) => {
                for (module, asname) in names {
                    let Some(m) = self.module(module, span) else { continue };
                    let v = prim(&p::IMPORT, vec![str_const(m.name, span)], Ty::Dyn, span);
                    let bound =
                        asname.clone().unwrap_or_else(|| module.split('.').next().unwrap_or(module).to_string());
                    let target = ast::Expr { kind: ast::ExprKind::Name(bound), span };
                    self.assign_to(&target, v, out);
                }
            }
            K::ImportFrom { module, names } => {
                let Some(m) = self.module(module, span) else { return };
                let t = self.hold_value(prim(&p::IMPORT, vec![str_const(m.name, span)], Ty::Dyn, span), out);
                for (name, asname) in names {
                    if !m.members.contains(&name.as_str()) {
                        self.error(Diagnostic::unsupported(span, format!("'{name}' from the module '{module}'")));
                        continue;
                    }
                    let v = prim(
                        &p::GET_ATTR,
                        vec![mk(ExprKind::Read(Place::Local(t)), Ty::Dyn, span), str_const(name, span)],
                        Ty::Dyn,
                        span,
                    );
                    let target =
                        ast::Expr { kind: ast::ExprKind::Name(asname.clone().unwrap_or_else(|| name.clone())), span };
                    self.assign_to(&target, v, out);
                }
            }
            K::Nonlocal(_) if self.is_module() => {
                self.error(Diagnostic::error(span, "nonlocal declaration not allowed at module level"));
            }
            K::Global(_) | K::Nonlocal(_) => {}
            K::Expr(e) => {
                let e = self.expr(e);
                Self::push(out, StmtKind::Expr(e), span);
            }
            K::Pass => {}
            K::Break | K::Continue => match self.cx.loops.last() {
                Some(&t) => {
                    let kind = match (&s.kind, t.cont) {
                        (K::Break, _) => StmtKind::Break(t.brk),
                        (_, (true, l)) => StmtKind::Break(l),
                        (_, (false, l)) => StmtKind::Continue(l),
                    };
                    Self::push(out, kind, span);
                }
                None => {
                    let what = if matches!(s.kind, K::Break) {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    };
                    self.error(Diagnostic::error(span, what));
                }
            },
        }
    }

    /// An instance of a builtin exception class with one message.
    pub(super) fn builtin_exception(&mut self, class: &str, msg: &str, span: Span) -> Expr {
        let args = mk(ExprKind::Pack(vec![self.to_dyn(str_const(msg, span))]), Ty::Dyn, span);
        let names = mk(ExprKind::Pack(vec![]), Ty::Dyn, span);
        prim(&p::CALL_BUILTIN, vec![str_const(class, span), args, names], Ty::Dyn, span)
    }

    /// `try ... finally`: the `finally` block (lowered once) runs on every
    /// exit; while an exception propagates through it, the block runs as
    /// CPython's does, as if handling it: one the block raises gets it as
    /// `__context__`, and a bare `raise` re-raises it. The propagating
    /// exception is caught on its way in (kept in `pending`, then re-raised
    /// unchanged).
    #[allow(clippy::too_many_arguments)]
    fn try_finally(
        &mut self,
        body: Block,
        hs: Vec<Handler>,
        orelse: Block,
        finalbody: &[ast::Stmt],
        before: std::collections::HashSet<crate::ir::LocalId>,
        span: Span,
        out: &mut Block,
    ) {
        let inner = if hs.is_empty() && orelse.is_empty() {
            body
        } else {
            vec![Stmt { kind: StmtKind::Try { body, handlers: hs, orelse, finally: Vec::new() }, span }]
        };
        let pending = self.temp(Ty::Dyn);
        let exc_local = self.temp(Ty::Dyn);
        self.assigned.insert(exc_local);
        let read = |l| mk(ExprKind::Read(Place::Local(l)), Ty::Dyn, span);
        let keep = vec![
            Stmt { kind: StmtKind::Assign(Place::Local(pending), read(exc_local)), span },
            Stmt { kind: StmtKind::Reraise(exc_local), span },
        ];
        let guarded = Stmt {
            kind: StmtKind::Try {
                body: inner,
                handlers: vec![Handler { classes: Vec::new(), exc_local, body: keep }],
                orelse: Vec::new(),
                finally: Vec::new(),
            },
            span,
        };
        self.assigned = before;
        self.assigned.insert(pending);
        self.cx.handling.push((pending, true));
        let finally = self.block(finalbody);
        self.cx.handling.pop();
        let mut finally = self.chain_context(finally, pending, span);
        // The exception is not kept alive past the block.
        let none = self.to_dyn(mk(ExprKind::None, Ty::None, span));
        finally.push(Stmt { kind: StmtKind::Assign(Place::Local(pending), none.clone()), span });
        Self::push(out, StmtKind::Assign(Place::Local(pending), none), span);
        Self::push(out, StmtKind::Try { body: vec![guarded], handlers: Vec::new(), orelse: Vec::new(), finally }, span);
    }

    /// A bare `raise`: the innermost exception being handled again; in a
    /// `finally` block, the one passing through it if any (else the next
    /// one out); with none, CPython's RuntimeError.
    fn reraise(&mut self, handling: &[(crate::ir::LocalId, bool)], span: Span) -> Block {
        match handling.split_last() {
            Some((&(l, false), _)) => vec![Stmt { kind: StmtKind::Reraise(l), span }],
            Some((&(l, true), outer)) => {
                let read = mk(ExprKind::Read(Place::Local(l)), Ty::Dyn, span);
                let none = self.to_dyn(mk(ExprKind::None, Ty::None, span));
                let is_none = prim(&p::V_IS, vec![read, none], Ty::Bool, span);
                let otherwise = self.reraise(outer, span);
                vec![Stmt {
                    kind: StmtKind::If(is_none, otherwise, vec![Stmt { kind: StmtKind::Reraise(l), span }]),
                    span,
                }]
            }
            None => {
                let e = self.builtin_exception("RuntimeError", "No active exception to reraise", span);
                vec![Stmt { kind: StmtKind::Raise { exc: e, cause: None }, span }]
            }
        }
    }

    /// A handler body whose escaping exceptions get the handled one as
    /// `__context__` (implicit chaining), then continue as they were.
    fn chain_context(&mut self, body: Block, handled: crate::ir::LocalId, span: Span) -> Block {
        if body.is_empty() {
            return body;
        }
        let new = self.temp(Ty::Dyn);
        let read = |l| mk(ExprKind::Read(Place::Local(l)), Ty::Dyn, span);
        let set = prim(&p::EXC_SET_CONTEXT, vec![read(new), read(handled)], Ty::None, span);
        let handler = Handler {
            classes: Vec::new(),
            exc_local: new,
            body: vec![Stmt { kind: StmtKind::Expr(set), span }, Stmt { kind: StmtKind::Reraise(new), span }],
        };
        vec![Stmt {
            kind: StmtKind::Try { body, handlers: vec![handler], orelse: Vec::new(), finally: Vec::new() },
            span,
        }]
    }

    /// An `except ... as name:` body: `name` is unbound when the handler
    /// ends, however it ends (as if the body were in `try: ... finally:
    /// del name`), so the exception and its traceback are not kept alive.
    fn unbind_after(&mut self, name: Option<&str>, body: Block, span: Span) -> Block {
        let Some(n) = name else { return body };
        if let Some(c) = self.cell(n, span) {
            // A variable closures share: its cell is emptied.
            let clear = prim(&p::CELL_CLEAR, vec![c], Ty::None, span);
            let finally = vec![Stmt { kind: StmtKind::Expr(clear), span }];
            return vec![Stmt {
                kind: StmtKind::Try { body, handlers: Vec::new(), orelse: Vec::new(), finally },
                span,
            }];
        }
        let place = self.store_place(n, false);
        if let Place::Local(l) = place {
            self.locals[l].maybe_unbound = true;
            self.assigned.remove(&l);
        }
        let finally = vec![Stmt { kind: StmtKind::Unbind(place), span }];
        vec![Stmt { kind: StmtKind::Try { body, handlers: Vec::new(), orelse: Vec::new(), finally }, span }]
    }

    /// Whether an `except` clause names only builtin exception classes.
    fn static_handler(&mut self, t: &ast::Expr) -> bool {
        let items: Vec<&ast::Expr> = match &t.kind {
            ast::ExprKind::Tuple(items) => items.iter().collect(),
            _ => vec![t],
        };
        // `except ():` catches nothing: no static class list says that (an
        // empty one is a bare `except:`), so it is tested at run time.
        !items.is_empty()
            && items.iter().all(|i| matches!(&i.kind, ast::ExprKind::Name(n) if self.is_builtin(n) && super::builtins::builtin_exception(n).is_some()))
    }

    /// `except` clauses whose classes are values: one handler catching
    /// everything, testing each clause in order, re-raising if none matches.
    fn dynamic_handlers(&mut self, clauses: &[ast::Handler], span: Span) -> Handler {
        let exc_local = self.temp(Ty::Dyn);
        self.assigned.insert(exc_local);
        let read = |s: Span| mk(ExprKind::Read(Place::Local(exc_local)), Ty::Dyn, s);
        let mut chain = vec![Stmt { kind: StmtKind::Reraise(exc_local), span }];
        let before = self.assigned.clone();
        for h in clauses.iter().rev() {
            self.assigned = before.clone();
            let mut body = Vec::new();
            if let Some(n) = &h.name {
                let target = ast::Expr { kind: ast::ExprKind::Name(n.clone()), span: h.span };
                self.assign_to(&target, read(h.span), &mut body);
            }
            self.cx.handling.push((exc_local, false));
            let hbody = self.block(&h.body);
            let hbody = self.chain_context(hbody, exc_local, h.span);
            body.extend(self.unbind_after(h.name.as_deref(), hbody, h.span));
            self.cx.handling.pop();
            chain = match &h.ty {
                None => body,
                Some(t) => {
                    let cls = self.expr(t);
                    let cls = self.to_dyn(cls);
                    let test = prim(&p::EXC_MATCHES, vec![read(h.span), cls], Ty::Bool, h.span);
                    vec![Stmt { kind: StmtKind::If(test, body, chain), span: h.span }]
                }
            };
        }
        self.assigned = before;
        Handler { classes: Vec::new(), exc_local, body: chain }
    }

    fn handler_classes(&mut self, t: &ast::Expr) -> Vec<&'static str> {
        let items: Vec<&ast::Expr> = match &t.kind {
            ast::ExprKind::Tuple(items) => items.iter().collect(),
            _ => vec![t],
        };
        let mut out = Vec::new();
        for i in items {
            match &i.kind {
                ast::ExprKind::Name(n) if self.is_builtin(n) => match super::builtins::builtin_exception(n) {
                    Some(c) => out.push(c),
                    None => self.error(Diagnostic::unsupported(i.span, format!("catching '{n}'"))),
                },
                _ => self.error(Diagnostic::unsupported(i.span, "this exception class expression")),
            }
        }
        out
    }

    /// `for i, x in enumerate(xs[, start])` with distinct plain names and a
    /// constant int `start`: a loop over `xs` with an int counter (set up in
    /// `out`), so both targets keep their static types. Returns the item
    /// target, the iterable, and the counter with its target.
    fn enumerate_parts<'t>(
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
            Some(s) if super::expr::is_constant(s) => self.expr(s),
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
    fn list_loop(
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

    /// `a, b = x, y` (same length on both sides, nothing starred): each value
    /// into a temporary, then each target from its temporary, left to right,
    /// which is what unpacking the tuple would do, without building it.
    /// False when the statement has another shape.
    fn parallel_assign(&mut self, target: &ast::Expr, value: &ast::Expr, out: &mut Block) -> bool {
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
                if let Some(cell) = self.cell(n, span) {
                    let v = self.to_dyn(v);
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
            ast::ExprKind::Subscript { value, index } => {
                let obj = self.expr(value);
                let e = self.store_subscript(obj, index, v, span);
                Self::push(out, StmtKind::Expr(e), span);
            }
            ast::ExprKind::Attribute { value, attr } => {
                let obj = self.expr(value);
                let obj = self.box_ro(obj);
                let v = self.to_dyn(v);
                let slot = self.self_slot(value, attr);
                let e = self.set_attr(obj, attr, slot, v, span);
                Self::push(out, StmtKind::Expr(e), span);
            }
            _ => self.error(Diagnostic::unsupported(span, "this assignment target")),
        }
    }

    fn store_subscript(&mut self, obj: Expr, index: &ast::Expr, v: Expr, span: Span) -> Expr {
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

    fn setitem(&mut self, obj: Expr, i: Expr, v: Expr, span: Span) -> Expr {
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

    fn aug_assign(&mut self, target: &ast::Expr, op: ast::BinOp, value: &ast::Expr, out: &mut Block, span: Span) {
        match &target.kind {
            ast::ExprKind::Name(n) => {
                let cur = self.load(n, span);
                let v = self.expr(value);
                let r = self.binop(cur, op, v, true, span);
                self.assign_to(target, r, out);
            }
            ast::ExprKind::Subscript { value: obj, index } if !matches!(index.kind, ast::ExprKind::Slice { .. }) => {
                // Container and index are evaluated once: into temporaries,
                // unless they are constants or locals the right-hand side
                // cannot rebind (it has no assignment expression).
                let mut rebinds = false;
                crate::resolve::visit_expr(value, &mut |x| {
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
                let cur = self.getitem(ro(), ri(), span);
                let v = self.expr(value);
                let r = self.binop(cur, op, v, true, span);
                let e = self.setitem(ro(), ri(), r, span);
                Self::push(out, StmtKind::Expr(e), span);
            }
            ast::ExprKind::Attribute { value: obj, attr } => {
                let slot = self.self_slot(obj, attr);
                let o = self.expr(obj);
                let o = self.to_dyn(o);
                let t = self.hold_value(o, out);
                let read = || mk(ExprKind::Read(Place::Local(t)), Ty::Dyn, span);
                let cur = match slot {
                    Some(k) => prim(
                        &p::INST_GET,
                        vec![read(), mk(ExprKind::Int(k as i64), Ty::Int, span), str_const(attr, span)],
                        Ty::Dyn,
                        span,
                    ),
                    None => prim(&p::GET_ATTR, vec![read(), str_const(attr, span)], Ty::Dyn, span),
                };
                let v = self.expr(value);
                let r = self.binop(cur, op, v, true, span);
                let r = self.to_dyn(r);
                let e = self.set_attr(read(), attr, slot, r, span);
                Self::push(out, StmtKind::Expr(e), span);
            }
            _ => self.error(Diagnostic::unsupported(span, "this augmented assignment target")),
        }
    }

    /// `obj.attr = v`: at a layout position when known (see `layout.rs`).
    fn set_attr(&mut self, obj: Expr, attr: &str, slot: Option<usize>, v: Expr, span: Span) -> Expr {
        match slot {
            Some(k) => prim(
                &p::INST_SET,
                vec![obj, mk(ExprKind::Int(k as i64), Ty::Int, span), str_const(attr, span), v],
                Ty::None,
                span,
            ),
            None => prim(&p::SET_ATTR, vec![obj, str_const(attr, span), v], Ty::None, span),
        }
    }

    /// Decorator expressions, evaluated (top to bottom) before what they decorate.
    fn decorators(&mut self, decs: &[ast::Expr], out: &mut Block) -> Vec<crate::ir::LocalId> {
        decs.iter()
            .map(|d| {
                let v = self.expr(d);
                let v = self.to_dyn(v);
                self.hold_value(v, out)
            })
            .collect()
    }

    /// Applies evaluated decorators to a value, innermost (last written) first.
    fn decorate(&mut self, decs: Vec<crate::ir::LocalId>, mut v: Expr, span: Span) -> Expr {
        for d in decs.into_iter().rev() {
            let callee = mk(ExprKind::Read(Place::Local(d)), Ty::Dyn, span);
            let args = mk(ExprKind::Pack(vec![v]), Ty::Dyn, span);
            let kw = mk(ExprKind::Pack(Vec::new()), Ty::Dyn, span);
            v = prim(&p::CALL_VALUE, vec![callee, args, kw], Ty::Dyn, span);
        }
        v
    }

    /// `class C(bases): body`: the body's methods and attributes become the
    /// class's namespace, then `C` is bound to the new class object.
    fn class_def(&mut self, c: &ast::ClassDef, span: Span, out: &mut Block) {
        let decs = self.decorators(&c.decorators, out);
        let mut bases = Vec::new();
        for b in &c.bases {
            if let ast::ExprKind::Name(n) = &b.kind {
                if !matches!(n.as_str(), "object" | "type")
                    && self.is_builtin(n)
                    && super::builtins::builtin_exception(n).is_none()
                {
                    self.error(Diagnostic::unsupported(b.span, format!("a class deriving from the builtin '{n}'")));
                    return;
                }
            }
            let v = self.expr(b);
            bases.push(self.to_dyn(v));
        }
        let mut kw_names = Vec::new();
        let mut kw_values = Vec::new();
        for k in &c.keywords {
            let v = self.expr(&k.value);
            let v = self.to_dyn(v);
            let t = self.hold_value(v, out);
            kw_names.push(str_const(k.name.as_deref().unwrap_or_default(), span));
            kw_values.push(mk(ExprKind::Read(Place::Local(t)), Ty::Dyn, span));
        }
        let mut names = Vec::new();
        let mut values = Vec::new();
        let mut annotations = Vec::new();
        let mut bound = std::collections::HashMap::new();
        for st in &c.body {
            match &st.kind {
                ast::StmtKind::FunctionDef(d) => {
                    bound.insert(d.name.clone(), None);
                }
                ast::StmtKind::Assign { targets, .. } => {
                    if let [ast::Expr { kind: ast::ExprKind::Name(n), .. }] = &targets[..] {
                        bound.insert(n.clone(), None);
                    }
                }
                ast::StmtKind::AnnAssign {
                    target: ast::Expr { kind: ast::ExprKind::Name(n), .. },
                    value: Some(_),
                    ..
                } => {
                    bound.insert(n.clone(), None);
                }
                _ => {}
            }
        }
        self.cx.class_ns.push(bound);
        for (k, st) in c.body.iter().enumerate() {
            let (name, v) = match &st.kind {
                // A leading string is the class's `__doc__`.
                ast::StmtKind::Expr(ast::Expr { kind: ast::ExprKind::Constant(ast::Constant::Str(doc)), .. })
                    if k == 0 =>
                {
                    let v = str_const(doc, st.span);
                    ("__doc__".to_string(), self.to_dyn(v))
                }
                ast::StmtKind::FunctionDef(d) => {
                    let id = self.env.funcs.iter().position(|f| f.def.is_some_and(|x| std::ptr::eq(x, d))).unwrap();
                    let decs = self.decorators(&d.decorators, out);
                    let f = self.make_func(id, d, st.span);
                    (d.name.clone(), self.decorate(decs, f, st.span))
                }
                ast::StmtKind::Assign { targets, value }
                    if matches!(&targets[..], [ast::Expr { kind: ast::ExprKind::Name(_), .. }]) =>
                {
                    let ast::ExprKind::Name(n) = &targets[0].kind else { unreachable!() };
                    let v = self.expr(value);
                    (n.clone(), self.to_dyn(v))
                }
                ast::StmtKind::AnnAssign {
                    target: ast::Expr { kind: ast::ExprKind::Name(n), .. },
                    value,
                    annotation,
                } => {
                    let a = match &annotation.name {
                        Some(e) => {
                            let v = self.expr(e);
                            self.to_dyn(v)
                        }
                        None => str_const(&annotation.text, st.span),
                    };
                    let a = self.hold_value(a, out);
                    let key = str_const(n, st.span);
                    let key = self.to_dyn(key);
                    annotations.push((key, mk(ExprKind::Read(Place::Local(a)), Ty::Dyn, span)));
                    let Some(value) = value else { continue };
                    let v = self.expr(value);
                    (n.clone(), self.to_dyn(v))
                }
                ast::StmtKind::Pass => continue,
                ast::StmtKind::Expr(ast::Expr { kind: ast::ExprKind::Constant(ast::Constant::Str(_)), .. }) => continue,
                _ => {
                    self.error(Diagnostic::unsupported(st.span, "this statement in a class body"));
                    continue;
                }
            };
            let t = self.hold_value(v, out);
            self.cx.class_ns.last_mut().unwrap().insert(name.clone(), Some(t));
            names.push(str_const(&name, span));
            values.push(mk(ExprKind::Read(Place::Local(t)), Ty::Dyn, span));
        }
        self.cx.class_ns.pop();
        if !annotations.is_empty() {
            names.push(str_const("__annotations__", span));
            let d = mk(ExprKind::Dict(annotations), Ty::Dict, span);
            values.push(self.to_dyn(d));
        }
        let qualname = if self.is_module() {
            c.name.clone()
        } else {
            format!("{}.<locals>.{}", self.env.funcs[self.cx.scope_func].qualname, c.name)
        };
        let pack = |items: Vec<Expr>| mk(ExprKind::Pack(items), Ty::Dyn, span);
        let args = vec![
            str_const(&c.name, span),
            str_const(&qualname, span),
            pack(bases),
            pack(names),
            pack(values),
            pack(kw_names),
            pack(kw_values),
            pack(
                self.env
                    .layouts
                    .classes
                    .get(&c.span)
                    .map_or(Vec::new(), |l| l.iter().map(|a| str_const(a, span)).collect()),
            ),
        ];
        let cls = prim(&p::CLASS_NEW, args, Ty::Dyn, span);
        let t = self.hold_value(cls, out);
        if let Some(&g) = self.env.class_globals.get(&c.span) {
            let v = self.assign_place_ty(Place::Global(g), mk(ExprKind::Read(Place::Local(t)), Ty::Dyn, span));
            Self::push(out, StmtKind::Assign(Place::Global(g), v), span);
        }
        let v = self.decorate(decs, mk(ExprKind::Read(Place::Local(t)), Ty::Dyn, span), span);
        let target = ast::Expr { kind: ast::ExprKind::Name(c.name.clone()), span };
        self.assign_to(&target, v, out);
    }

    /// `with mgr as target: body`, as CPython runs it: `__enter__` and
    /// `__exit__` looked up first; the body in a `try` whose catch-all
    /// handler passes the exception to `__exit__` (re-raising unless it
    /// returns true) and whose `finally` calls `__exit__(None, None, None)`
    /// when the handler did not run. Several items nest.
    fn with_stmt(&mut self, items: &[(ast::Expr, Option<ast::Expr>)], body: &[ast::Stmt], out: &mut Block) {
        let Some(((mgr, target), rest)) = items.split_first() else {
            out.extend(self.block(body));
            return;
        };
        // Each item's `try` is placed at its own expression (nested `try`s
        // need distinct positions).
        let span = mgr.span;
        let m = self.expr(mgr);
        let m = self.hold_value(m, out);
        let read = |l, s| mk(ExprKind::Read(Place::Local(l)), Ty::Dyn, s);
        let exit = self.hold_value(prim(&p::WITH_EXIT, vec![read(m, span)], Ty::Dyn, span), out);
        let entered = prim(&p::WITH_ENTER, vec![read(m, span)], Ty::Dyn, span);
        let entered = self.hold_value(entered, out);
        let pending = self.temp(Ty::Bool);
        self.assigned.insert(pending);
        Self::push(out, StmtKind::Assign(Place::Local(pending), mk(ExprKind::Bool(true), Ty::Bool, span)), span);
        let before = self.assigned.clone();
        let mut inner = Vec::new();
        if let Some(t) = target {
            self.assign_to(t, read(entered, span), &mut inner);
        }
        self.with_stmt(rest, body, &mut inner);
        self.assigned = before.clone();
        let exc_local = self.temp(Ty::Dyn);
        self.assigned.insert(exc_local);
        let suppressed = prim(&p::WITH_EXIT_EXC, vec![read(exit, span), read(exc_local, span)], Ty::Bool, span);
        let not = prim(&p::B_NOT, vec![suppressed], Ty::Bool, span);
        let handler = vec![
            Stmt { kind: StmtKind::Assign(Place::Local(pending), mk(ExprKind::Bool(false), Ty::Bool, span)), span },
            Stmt { kind: StmtKind::If(not, vec![Stmt { kind: StmtKind::Reraise(exc_local), span }], vec![]), span },
        ];
        let handler = self.chain_context(handler, exc_local, span);
        self.assigned = before;
        let normal_exit = prim(&p::WITH_EXIT_NONE, vec![read(exit, span)], Ty::None, span);
        let finally = vec![Stmt {
            kind: StmtKind::If(
                mk(ExprKind::Read(Place::Local(pending)), Ty::Bool, span),
                vec![Stmt { kind: StmtKind::Expr(normal_exit), span }],
                vec![],
            ),
            span,
        }];
        let handlers = vec![Handler { classes: Vec::new(), exc_local, body: handler }];
        Self::push(out, StmtKind::Try { body: inner, handlers, orelse: Vec::new(), finally }, span);
    }

    /// A standard-library module the runtime provides, or a diagnostic.
    fn module(&mut self, name: &str, span: Span) -> Option<&'static pyaot_registry::modules::Module> {
        let m = pyaot_registry::modules::find(name);
        if m.is_none() {
            self.error(Diagnostic::unsupported(span, format!("the module '{name}'")));
        }
        m
    }

    /// Evaluates `e` into a new temporary now; returns a read of it.
    /// A dynamic value evaluated now into a temporary.
    fn hold_value(&mut self, v: Expr, out: &mut Block) -> crate::ir::LocalId {
        let span = v.span;
        let v = self.to_dyn(v);
        let t = self.temp(Ty::Dyn);
        self.assigned.insert(t);
        Self::push(out, StmtKind::Assign(Place::Local(t), v), span);
        t
    }

    pub(super) fn hold(&mut self, e: Expr, out: &mut Block) -> Expr {
        let span = e.span;
        let ty = e.ty.clone();
        let t = self.temp(ty.clone());
        self.assigned.insert(t);
        Self::push(out, StmtKind::Assign(Place::Local(t), e), span);
        mk(ExprKind::Read(Place::Local(t)), ty, span)
    }
}
