//! `try` statements: handlers matched statically (builtin classes) or
//! dynamically, `finally` lowered once with the exception or exit passing
//! through it, bare `raise`, exception context chaining, and `with`.

use super::expr::{mk, prim, str_const};
use super::FnLower;
use crate::diagnostics::Diagnostic;
use crate::ir::{prims as p, Block, Expr, ExprKind, Handler, Place, Stmt, StmtKind, Ty};
use crate::syntax::ast::{self, Span};

impl FnLower<'_, '_> {
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
    pub(super) fn try_finally(
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
    pub(super) fn reraise(&mut self, handling: &[(crate::ir::LocalId, bool)], span: Span) -> Block {
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
    pub(super) fn chain_context(&mut self, body: Block, handled: crate::ir::LocalId, span: Span) -> Block {
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
        let chained = vec![Stmt {
            kind: StmtKind::Try { body, handlers: vec![handler], orelse: Vec::new(), finally: Vec::new() },
            span,
        }];
        if !self.env.hir.reads_handled {
            return chained;
        }
        // `sys.exc_info()` sees the handled exception while the body runs.
        let push = prim(&p::EXC_HANDLING_PUSH, vec![read(handled)], Ty::None, span);
        let pop = prim(&p::EXC_HANDLING_POP, Vec::new(), Ty::None, span);
        vec![
            Stmt { kind: StmtKind::Expr(push), span },
            Stmt {
                kind: StmtKind::Try {
                    body: chained,
                    handlers: Vec::new(),
                    orelse: Vec::new(),
                    finally: vec![Stmt { kind: StmtKind::Expr(pop), span }],
                },
                span,
            },
        ]
    }

    /// An `except ... as name:` body: `name` is unbound when the handler
    /// ends, however it ends (as if the body were in `try: ... finally:
    /// del name`), so the exception and its traceback are not kept alive.
    pub(super) fn unbind_after(&mut self, name: Option<&str>, body: Block, span: Span) -> Block {
        let Some(n) = name else { return body };
        if let Some(ns) = self.class_slot(n) {
            // In a class body: `name = None; del name`, as CPython's cleanup.
            let mut finally = Vec::new();
            self.class_store(ns, n, mk(ExprKind::None, Ty::None, span), &mut finally);
            self.class_del(ns, n, span, &mut finally);
            return vec![Stmt {
                kind: StmtKind::Try { body, handlers: Vec::new(), orelse: Vec::new(), finally },
                span,
            }];
        }
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
    pub(super) fn static_handler(&mut self, t: &ast::Expr) -> bool {
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
    pub(super) fn dynamic_handlers(&mut self, clauses: &[ast::Handler], span: Span) -> Handler {
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

    pub(super) fn handler_classes(&mut self, t: &ast::Expr) -> Vec<&'static str> {
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

    /// `with mgr as target: body`, as CPython runs it: `__enter__` and
    /// `__exit__` looked up first; the body in a `try` whose catch-all
    /// handler passes the exception to `__exit__` (re-raising unless it
    /// returns true) and whose `finally` calls `__exit__(None, None, None)`
    /// when the handler did not run. Several items nest.
    pub(super) fn with_stmt(&mut self, items: &[(ast::Expr, Option<ast::Expr>)], body: &[ast::Stmt], out: &mut Block) {
        let Some(((mgr, target), rest)) = items.split_first() else {
            out.extend(self.block(body));
            return;
        };
        // Each item's `try` is placed at its own expression (nested `try`s
        // need distinct positions).
        let m = self.expr(mgr);
        let m = self.hold_value(m, out);
        // CPython places the `__enter__`/`__exit__` calls at the whole
        // statement, which runs past its line: no carets.
        let span = Span::at(mgr.span.line, mgr.span.col);
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
}
