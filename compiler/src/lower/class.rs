//! `class` statements: the class body run as a function building the
//! namespace, decorators, instance layouts, and the runtime call making the
//! class.

use super::expr::{mk, prim, str_const};
use super::FnLower;
use crate::diagnostics::Diagnostic;
use crate::ir::{prims as p, Block, Expr, ExprKind, Place, StmtKind, Ty};
use crate::syntax::ast::{self, Span};

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
        // `__module__` first, as CPython's class bodies set it.
        let module = self.env.hir.modules[self.module()].source.name.clone();
        let mut names = vec![str_const("__module__", span)];
        let module = str_const(&module, span);
        let mut values = vec![self.to_dyn(module)];
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
                    ("__doc__".to_string(), str_const(doc, st.span))
                }
                ast::StmtKind::FunctionDef(d) => {
                    let id = self.env.func_of(d);
                    let decs = self.decorators(&d.decorators, out);
                    if !self.env.def(id).boxed {
                        self.store_defaults(id, d, out, st.span);
                    }
                    let f = self.make_func(id, d, st.span);
                    (d.name.clone(), self.decorate(decs, f, st.span))
                }
                ast::StmtKind::Assign { targets, value }
                    if matches!(&targets[..], [ast::Expr { kind: ast::ExprKind::Name(_), .. }]) =>
                {
                    let ast::ExprKind::Name(n) = &targets[0].kind else { unreachable!() };
                    (n.clone(), self.expr(value))
                }
                ast::StmtKind::AnnAssign {
                    target: ast::Expr { kind: ast::ExprKind::Name(n), .. },
                    value,
                    annotation,
                    simple,
                } => {
                    // The value is evaluated before the annotation, as CPython does.
                    let value = value.as_ref().map(|v| {
                        let v = self.expr(v);
                        self.hold(v, out)
                    });
                    let a = match &annotation.value {
                        Some(e) => {
                            let v = self.expr(e);
                            self.to_dyn(v)
                        }
                        None => str_const(&annotation.text, st.span),
                    };
                    let a = self.hold_value(a, out);
                    // A parenthesized name's annotation is evaluated, not recorded.
                    if *simple {
                        let key = str_const(n, st.span);
                        let key = self.to_dyn(key);
                        annotations.push((key, mk(ExprKind::Read(Place::Local(a)), Ty::Dyn, span)));
                    }
                    let Some(value) = value else { continue };
                    (n.clone(), value)
                }
                ast::StmtKind::Pass => continue,
                ast::StmtKind::Expr(ast::Expr { kind: ast::ExprKind::Constant(ast::Constant::Str(_)), .. }) => continue,
                _ => {
                    self.error(Diagnostic::unsupported(st.span, "this statement in a class body"));
                    continue;
                }
            };
            // Instances see the class's attributes (`instance.rs`).
            self.note_member(&name, &v.ty);
            let v = self.to_dyn(v);
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
            format!("{}.<locals>.{}", self.env.def(self.cx.scope_func).qualname, c.name)
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
}
