//! `class` statements: the class body run as code filling its namespace,
//! decorators, instance layouts, and the runtime call making the class.
//!
//! As in CPython, a class body is code that runs once, where the `class`
//! statement is, filling a namespace dictionary: any statement may appear
//! in it. Its names are bound and deleted in that dictionary and read from
//! it, then (as CPython's LOAD_NAME does, skipping enclosing functions)
//! from the module's globals and the builtins. In the body's
//! comprehensions, a deeper scope, its names are out of sight.

use std::collections::HashSet;

use super::expr::{mk, prim, str_const};
use super::FnLower;
use crate::diagnostics::Diagnostic;
use crate::ir::{prims as p, Block, Expr, ExprKind, LocalId, Place, StmtKind, Ty};
use crate::syntax::ast::{self, Span};

/// A class body being lowered.
pub(super) struct ClassBody {
    /// The local holding the namespace dictionary the body fills.
    pub(super) ns: LocalId,
    /// The names the body binds (or reads from the namespace it is given).
    names: HashSet<String>,
    /// How many scopes deep the body's own code is (`FnLower::cx.scopes`).
    depth: usize,
    qualname: String,
}

impl FnLower<'_, '_> {
    /// Decorator expressions, evaluated (top to bottom) before what they decorate.
    pub(super) fn decorators(&mut self, decs: &[ast::Expr], out: &mut Block) -> Vec<crate::ir::LocalId> {
        decs.iter()
            .map(|d| {
                let v = self.expr(d);
                let v = self.to_dyn(v);
                self.hold_value(v, out)
            })
            .collect()
    }

    /// Applies evaluated decorators to a value, innermost (last written) first.
    pub(super) fn decorate(&mut self, decs: Vec<crate::ir::LocalId>, mut v: Expr, span: Span) -> Expr {
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
    pub(super) fn class_def(&mut self, c: &ast::ClassDef, span: Span, out: &mut Block) {
        let decs = self.decorators(&c.decorators, out);
        let mut bases = Vec::new();
        for b in &c.bases {
            if let ast::ExprKind::Name(n) = &b.kind {
                if !matches!(n.as_str(), "object" | "type" | "bool")
                    && !pyaot_registry::classes::SUBCLASSABLE.contains(&n.as_str())
                    && self.is_builtin(n)
                    && super::builtins::builtin_exception(n).is_none()
                {
                    self.error(Diagnostic::unsupported(b.span, format!("a class deriving from the builtin '{n}'")));
                    return;
                }
            }
            // A tracked base is not a use of the class as a value.
            let v = match &b.kind {
                ast::ExprKind::Name(n)
                    if self.env.hir.classes.by_name.contains_key(&(self.module(), n.clone()))
                        && self.cx.class_ns.is_empty() =>
                {
                    match self.lookup(n) {
                        Some(place) => self.read(place, b.span),
                        None => self.expr(b),
                    }
                }
                _ => self.expr(b),
            };
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
        let qualname = match self.class_body() {
            Some(outer) => format!("{}.{}", outer.qualname, c.name),
            None if self.is_module() => c.name.clone(),
            None => format!("{}.<locals>.{}", self.env.def(self.cx.scope_func).qualname, c.name),
        };
        let ns = self.class_body_run(c, &qualname, out);
        let pack = |items: Vec<Expr>| mk(ExprKind::Pack(items), Ty::Dyn, span);
        let args = vec![
            str_const(&c.name, span),
            pack(bases),
            mk(ExprKind::Read(Place::Local(ns)), Ty::Dyn, span),
            pack(kw_names),
            pack(kw_values),
            pack(
                self.env
                    .hir
                    .layouts
                    .classes
                    .get(&c.span)
                    .map_or(Vec::new(), |l| l.iter().map(|a| str_const(a, span)).collect()),
            ),
        ];
        let mut args = args;
        let tag = self.env.hir.classes.of_statement(c.span).map_or(u32::MAX as usize, |k| k);
        args.push(mk(ExprKind::Int(tag as i64), Ty::Int, span));
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

    /// Runs a class body: makes its namespace (`__module__`,
    /// `__qualname__`, `__doc__`, `__annotations__` first, as CPython
    /// does) and lowers its statements. Returns the namespace's local.
    fn class_body_run(&mut self, c: &ast::ClassDef, qualname: &str, out: &mut Block) -> LocalId {
        let span = c.span;
        let ns = self.temp(Ty::Dyn);
        self.assigned.insert(ns);
        let empty = mk(ExprKind::Dict(Vec::new()), Ty::Dict, span);
        let empty = self.to_dyn(empty);
        Self::push(out, StmtKind::Assign(Place::Local(ns), empty), span);
        let mut names = HashSet::new();
        crate::hir::scope::bindings(&c.body, &mut |n| {
            names.insert(n.to_string());
        });
        let doc = match c.body.first().map(|s| &s.kind) {
            Some(ast::StmtKind::Expr(ast::Expr { kind: ast::ExprKind::Constant(ast::Constant::Str(d)), .. })) => {
                Some(d.clone())
            }
            _ => None,
        };
        let mut annotated = false;
        crate::syntax::visit::scope_stmts(&c.body, &mut |s| {
            annotated |= matches!(s.kind, ast::StmtKind::AnnAssign { simple: true, .. });
        });
        let module = self.env.hir.modules[self.module()].source.name.clone();
        let mut first = vec![("__module__", str_const(&module, span)), ("__qualname__", str_const(qualname, span))];
        if let Some(d) = &doc {
            first.push(("__doc__", str_const(d, span)));
        }
        if annotated {
            first.push(("__annotations__", mk(ExprKind::Dict(Vec::new()), Ty::Dict, span)));
        }
        names.extend(first.iter().map(|(n, _)| n.to_string()));
        let depth = self.cx.scopes.len();
        self.cx.class_ns.push(ClassBody { ns, names, depth, qualname: qualname.to_string() });
        for (n, v) in first {
            self.class_store(ns, n, v, out);
        }
        for (k, st) in c.body.iter().enumerate() {
            if k == 0 && doc.is_some() {
                continue;
            }
            self.stmt(st, out);
        }
        self.cx.class_ns.pop();
        ns
    }

    /// The class body the code here runs in directly (not in one of its
    /// comprehensions).
    pub(super) fn class_body(&self) -> Option<&ClassBody> {
        self.cx.class_ns.last().filter(|b| b.depth == self.cx.scopes.len())
    }

    /// The namespace of the class body the code here runs in directly,
    /// when that body binds `name`.
    pub(super) fn class_slot(&self, name: &str) -> Option<LocalId> {
        self.class_body().filter(|b| b.names.contains(name)).map(|b| b.ns)
    }

    /// A name of a class body read: from its namespace, else (skipping
    /// enclosing functions) the module's global, else the builtin.
    pub(super) fn class_load(&mut self, ns: LocalId, name: &str, span: Span) -> Expr {
        // A method's function value used in its class body (`alias = m`)
        // may be called under another name (`instance.rs`).
        self.env.note_dyn_method(name);
        let dict = || mk(ExprKind::Read(Place::Local(ns)), Ty::Dyn, span);
        let key = self.to_dyn(str_const(name, span));
        let has = prim(&p::V_CONTAINS, vec![dict(), key.clone()], Ty::Bool, span);
        let get = prim(&p::V_GETITEM, vec![dict(), key], Ty::Dyn, span);
        let outside = match self.env.global_ids.get(&(self.module(), name.to_string())) {
            Some(&g) => {
                self.class_escapes(name, g);
                self.read(Place::Global(g), span)
            }
            None => self.load_builtin(name, span),
        };
        let outside = self.to_dyn(outside);
        mk(ExprKind::IfExp(Box::new(has), Box::new(get), Box::new(outside)), Ty::Dyn, span)
    }

    /// Binds a name of a class body.
    pub(super) fn class_store(&mut self, ns: LocalId, name: &str, v: Expr, out: &mut Block) {
        let span = v.span;
        // Instances see the class's attributes (`instance.rs`).
        self.note_member(name, &v.ty);
        let v = self.to_dyn(v);
        let key = self.to_dyn(str_const(name, span));
        let dict = mk(ExprKind::Read(Place::Local(ns)), Ty::Dyn, span);
        Self::push(out, StmtKind::Expr(prim(&p::V_SETITEM, vec![dict, key, v], Ty::None, span)), span);
    }

    /// `del name` in a class body (NameError when it is not bound).
    pub(super) fn class_del(&mut self, ns: LocalId, name: &str, span: Span, out: &mut Block) {
        let dict = mk(ExprKind::Read(Place::Local(ns)), Ty::Dyn, span);
        Self::push(
            out,
            StmtKind::Expr(prim(&p::CLASS_NS_DEL, vec![dict, str_const(name, span)], Ty::None, span)),
            span,
        );
    }

    /// A `def` in a class body: a method. Its decorators are evaluated,
    /// then its defaults, then the function value made and decorated.
    pub(super) fn method_def(&mut self, d: &ast::FuncDef, span: Span, out: &mut Block) {
        let id = self.env.func_of(d);
        let decs = self.decorators(&d.decorators, out);
        if !self.env.def(id).boxed {
            self.store_defaults(id, d, out, span);
        }
        let f = self.make_func(id, d, span);
        let f = self.decorate(decs, f, span);
        let target = ast::Expr { kind: ast::ExprKind::Name(d.name.clone()), span };
        self.assign_to(&target, f, out);
    }
}
