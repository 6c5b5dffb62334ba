//! Lowering of statements: assignments (with unpacking), loops, `try`,
//! `raise`, and function definitions' default values.

use super::expr::{mk, prim, str_const};
use super::{FnLower, VarKey};
use crate::diagnostics::Diagnostic;
use crate::ir::{prims as p, Block, Expr, ExprKind, Handler, Place, Stmt, StmtKind, Ty};
use crate::syntax::ast::{self, Span};

impl FnLower<'_, '_> {
    pub(super) fn block(&mut self, stmts: &[ast::Stmt]) -> Block {
        let mut out = Vec::new();
        for s in stmts {
            self.stmt(s, &mut out);
        }
        out
    }

    /// A directly called function's defaults, evaluated at its `def` into
    /// the hidden globals calls read them from.
    pub(super) fn store_defaults(&mut self, id: crate::ir::FuncId, d: &ast::FuncDef, out: &mut Block, span: Span) {
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

    pub(super) fn push(out: &mut Block, kind: StmtKind, span: Span) {
        out.push(Stmt { kind, span });
    }

    /// Lowers a statement, then lets go of the temporaries and
    /// comprehension variables it made: what they hold goes when the
    /// statement is done, as CPython's evaluation stack and comprehension
    /// frames let go of it (a `__del__`, `gc.collect()` or the memory use
    /// could tell the difference).
    pub(super) fn stmt(&mut self, s: &ast::Stmt, out: &mut Block) {
        let first = self.locals.len();
        self.stmt_kind(s, out);
        if !self.reachable(out) {
            return;
        }
        for l in first..self.locals.len() {
            if matches!(self.local_keys[l], VarKey::Temp(_) | VarKey::Comp(_) | VarKey::Sum(_)) {
                Self::push(out, StmtKind::Unbind(Place::Local(crate::ir::LocalId::new(l))), s.span);
            }
        }
    }

    fn stmt_kind(&mut self, s: &ast::Stmt, out: &mut Block) {
        let span = s.span;
        use ast::StmtKind as K;
        match &s.kind {
            K::FunctionDef(d) if self.class_body().is_some() => self.method_def(d, span, out),
            K::FunctionDef(d) => {
                let id = self.env.func_of(d);
                if self.env.def(id).boxed || self.env.def(id).nested_direct {
                    // Decorators are evaluated first, then the function value
                    // is made and passed through them, innermost first.
                    let decs = self.decorators(&d.decorators, out);
                    let f = self.make_func(id, d, span);
                    let f = self.decorate(decs, f, span);
                    let target = ast::Expr { kind: ast::ExprKind::Name(d.name.clone()), span };
                    self.assign_to(&target, f, out);
                    return;
                }
                self.store_defaults(id, d, out, span);
                let made = self.env.def(id).module_level() && self.set_defined(id, d, out, span);
                if !made {
                    // No function value: the annotations are still evaluated here.
                    for v in self.annotation_values(d, span) {
                        Self::push(out, StmtKind::Expr(v), span);
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
            K::AnnAssign { target, value, annotation, simple } => {
                if let Some(v) = value {
                    let v = self.expr(v);
                    self.assign_to(target, v, out);
                }
                // At module level the annotation is evaluated, and a simple
                // name's recorded in `__annotations__`.
                if (self.is_module() && self.cx.class_ns.is_empty()) || self.class_body().is_some() {
                    let a = match &annotation.value {
                        Some(e) => self.expr(e),
                        None => str_const(&annotation.text, span),
                    };
                    let a = self.to_dyn(a);
                    match &target.kind {
                        ast::ExprKind::Name(n) if *simple => {
                            let ns = self.load("__annotations__", span);
                            let ns = self.to_dyn(ns);
                            let key = self.to_dyn(str_const(n, span));
                            Self::push(
                                out,
                                StmtKind::Expr(prim(&p::V_SETITEM, vec![ns, key, a], Ty::None, span)),
                                span,
                            );
                        }
                        _ => Self::push(out, StmtKind::Expr(a), span),
                    }
                }
            }
            K::AugAssign { target, op, value } => self.aug_assign(target, *op, value, out, span),
            K::Delete(targets) => {
                for t in targets {
                    match &t.kind {
                        ast::ExprKind::Subscript { value, .. } if self.refuse_dict_write(value, None, t.span) => {}
                        ast::ExprKind::Subscript { value, index } => {
                            let obj = self.expr(value);
                            let obj = self.to_dyn(obj);
                            let e = if let ast::ExprKind::Slice { lower, upper, step } = &index.kind {
                                let mut args = vec![obj];
                                args.extend(self.slice_bounds(lower, upper, step, span));
                                prim(&p::V_DELSLICE, args, Ty::None, t.span)
                            } else {
                                let i = self.expr(index);
                                let i = self.to_dyn(i);
                                prim(&p::V_DELITEM, vec![obj, i], Ty::None, t.span)
                            };
                            Self::push(out, StmtKind::Expr(e), span);
                        }
                        ast::ExprKind::Attribute { value, .. } if self.refuse_module_attr_store(value, "", span) => {}
                        ast::ExprKind::Attribute { value, attr } => {
                            let obj = self.expr(value);
                            // Deleting a method from its class changes what calls reach.
                            self.note_store(attr, &Ty::Never);
                            let obj = self.to_dyn(obj);
                            let e = prim(&p::DEL_ATTR, vec![obj, str_const(attr, span)], Ty::None, t.span);
                            Self::push(out, StmtKind::Expr(e), span);
                        }
                        ast::ExprKind::Name(n) if self.class_slot(n).is_some() => {
                            let ns = self.class_slot(n).unwrap();
                            self.class_del(ns, n, t.span, out);
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
            K::Import(names) => self.import_stmt(names, span, out),
            K::ImportFrom { level, module, names, star } => {
                self.import_from_stmt(*level, module, names, *star, span, out)
            }
            K::Global(_) | K::Nonlocal(_) if !self.cx.class_ns.is_empty() => {
                self.error(Diagnostic::unsupported(span, "a global or nonlocal declaration in a class body"));
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

    /// Evaluates `e` into a new temporary now; returns a read of it.
    /// A dynamic value evaluated now into a temporary.
    pub(super) fn hold_value(&mut self, v: Expr, out: &mut Block) -> crate::ir::LocalId {
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
