//! Instances of tracked classes (`hir/classes.rs`): typed attributes,
//! direct method calls and direct construction.
//!
//! A value made by calling a tracked class has the type `Obj(C)` (an
//! instance of `C` or of a tracked subclass, or None when the type says
//! so). What the type buys:
//!
//! - **Attribute types.** Every store `x.attr = v` of the program (whatever
//!   `x` is) and every class-body binding of `attr` joins the stored type
//!   into one type per attribute name ([`super::Env`]'s `fields`); a read
//!   `o.attr` of an `Obj` is unboxed to that type. Sound because nothing
//!   else can store an attribute of an instance of a tracked class: no
//!   class hooks (`__setattr__`, descriptors) are allowed in one, and a
//!   program that names attributes at run time (`setattr`, `getattr` with
//!   a computed name, `__dict__`) is *open*: there every read is dynamic.
//!   Values stored as attributes escape (dynamic code can reach them).
//! - **Direct method calls.** `o.m(args)` on an `Obj(C)` whose `m` resolves
//!   to one direct method across `C` and its tracked subclasses, and that
//!   no code stores as an attribute, is a direct call of the method's
//!   typed body, bound at compile time like a module function's.
//! - **Direct construction.** `C(args)` allocates the instance
//!   (`INST_NEW`) and calls a direct `__init__` the same way.
//!
//! The function value a direct method has in its class's namespace is a
//! boxed wrapper that passes its (dynamic) arguments to the typed body.
//! Where the program may call a method by name at run time (a call on a
//! dynamic receiver, a bound method read, `__init__` of a class used as a
//! value) the wrapper's arguments widen the body's parameters to dynamic;
//! elsewhere no dynamic call can reach it.

use super::expr::{mk, prim, str_const};
use super::{Env, FnLower, FuncInfo};
use crate::hir::classes::ClassId;
use crate::hir::DefId;
use crate::ir::{self, prims as p, Expr, ExprKind, FuncId, GlobalId, LocalId, Place, StmtKind, Ty};
use crate::syntax::ast::{self, Span};

impl Env<'_> {
    /// The type of an instance of a tracked class.
    fn obj_ty(&self, c: ClassId) -> Ty {
        Ty::Obj { class: self.hir.classes.list[c].path.clone(), or_none: false }
    }

    /// A method name the program may look up at run time.
    pub(super) fn note_dyn_method(&mut self, name: &str) {
        if !self.dyn_methods.contains(name) {
            self.dyn_methods.insert(name.to_string());
            self.changed = true;
        }
    }

    /// Joins a stored value's type into its attribute's.
    fn join_field(&mut self, attr: &str, t: &Ty) {
        let slot = self.fields.entry(attr.to_string()).or_insert(Ty::Never);
        super::trace_widening(slot, t, || format!("attribute '{attr}'"));
        let mut changed = self.changed;
        Env::join_into(slot, t, &mut changed);
        self.changed = changed;
    }
}

/// Whether a name is a special method's (`__init__`, `__doc__`, ...).
fn dunder(name: &str) -> bool {
    name.starts_with("__") && name.ends_with("__")
}

impl FnLower<'_, '_> {
    /// The type a read of `attr` has on a receiver of type `recv`: the
    /// attribute's joined type on an instance of a tracked class.
    pub(super) fn attr_ty(&self, recv: &Ty, attr: &str) -> Ty {
        match recv {
            Ty::Obj { .. } if !self.env.hir.classes.open_world && !dunder(attr) => {
                self.env.fields.get(attr).cloned().unwrap_or(Ty::Never)
            }
            // Not known yet: neither is what it holds. None has no such
            // attribute: the read raises, no value comes out of it (a
            // variable only None so far may be an instance in a later walk).
            Ty::Never => Ty::Never,
            Ty::None if !dunder(attr) => Ty::Never,
            _ => Ty::Dyn,
        }
    }

    /// The layout position of `attr` in instances of a tracked class (its
    /// subclasses keep it), when `recv` is one.
    pub(super) fn obj_slot(&self, recv: &Ty, attr: &str) -> Option<usize> {
        let Ty::Obj { class, .. } = recv else { return None };
        let info = &self.env.hir.classes.list[class.id() as ClassId];
        self.env.hir.layouts.classes.get(&info.span)?.iter().position(|a| a == attr)
    }

    /// `obj.attr` at layout position `k` of an instance of a tracked class,
    /// of type `ty`.
    pub(super) fn get_field(&mut self, obj: Expr, attr: &str, k: usize, ty: &Ty, span: Span) -> Expr {
        let args = vec![obj, mk(ExprKind::Int(k as i64), Ty::Int, span), str_const(attr, span)];
        if *ty == Ty::Float {
            return prim(&p::INST_GET_F64_AT, args, Ty::Float, span);
        }
        let e = prim(&p::INST_GET_AT, args, Ty::Dyn, span);
        self.coerce(e, ty)
    }

    /// `obj.attr = v` at layout position `k`, as [`Self::get_field`].
    pub(super) fn set_field(&mut self, obj: Expr, attr: &str, k: usize, v: Expr, span: Span) -> Expr {
        let (pr, v) = match v.ty {
            Ty::Float => (&p::INST_SET_F64_AT, v),
            // Boxed without escaping: dynamic reads of the attribute escape it.
            _ => (&p::INST_SET_AT, self.box_ro(v)),
        };
        prim(pr, vec![obj, mk(ExprKind::Int(k as i64), Ty::Int, span), str_const(attr, span), v], Ty::None, span)
    }

    /// `x.attr = v` is stored somewhere in the program: `v`'s type joins
    /// the attribute's. (What it holds escapes where dynamic code reads
    /// the attribute: [`Self::note_dyn_read`].)
    pub(super) fn note_store(&mut self, attr: &str, t: &Ty) {
        if !self.env.stored.contains(attr) {
            self.env.stored.insert(attr.to_string());
            self.env.changed = true;
        }
        self.env.join_field(attr, t);
    }

    /// Any attribute may be read dynamically (a name found at run time).
    pub(super) fn note_dyn_read_all(&mut self) {
        let all: Vec<Ty> = self.env.fields.values().cloned().collect();
        for t in all {
            self.env.escape(&t);
        }
    }

    /// A class body binds `name` to a value of type `t`.
    pub(super) fn note_member(&mut self, name: &str, t: &Ty) {
        self.env.join_field(name, t);
    }

    /// `x.attr` read where `x` is no instance of a tracked class: the code
    /// reading it is dynamic and may store anything into the lists the
    /// attribute holds.
    pub(super) fn note_dyn_read(&mut self, attr: &str) {
        if let Some(t) = self.env.fields.get(attr).cloned() {
            self.env.escape(&t);
        }
    }

    /// The tracked class a module global names, when `name` resolves to it.
    pub(super) fn tracked_class(&self, name: &str, g: GlobalId) -> Option<ClassId> {
        let c = *self.env.hir.classes.by_name.get(&(self.module(), name.to_string()))?;
        (self.env.global_ids.get(&(self.module(), name.to_string())) == Some(&g)).then_some(c)
    }

    /// `C(args)` for a tracked class `C` bound to global `g`.
    pub(super) fn instantiate(
        &mut self,
        c: ClassId,
        g: GlobalId,
        args: &[ast::Expr],
        kws: &[ast::Keyword],
        span: Span,
    ) -> Expr {
        let ty = self.env.obj_ty(c);
        let classes = &self.env.hir.classes;
        let init = classes.binding(c, "__init__");
        // Allocating before the arguments are evaluated is invisible unless
        // a `__del__` would see the instance an argument's error drops.
        let has_del = classes.binding(c, "__del__").is_some();
        // `C.__init__ = f` anywhere: the class's own may not be the one that runs.
        let patched = classes.open_world || self.env.stored.contains("__init__");
        let cls = self.read(Place::Global(g), span);
        match init {
            Some((_, Some(def))) if !has_del && !patched => {
                let obj = self.temp(ty.clone());
                self.assigned.insert(obj);
                let this = mk(ExprKind::Read(Place::Local(obj)), ty.clone(), span);
                let call = self.call_function(FuncId(def.0), Some(this.clone()), args, kws, span);
                let call = match call.ty {
                    Ty::None | Ty::Never => call,
                    _ => {
                        let r = self.to_dyn(call);
                        prim(&p::INIT_RESULT, vec![r], Ty::None, span)
                    }
                };
                let new = prim(&p::INST_NEW, vec![cls], Ty::Dyn, span);
                let new = Expr { ty: ty.clone(), ..new };
                let body = mk(
                    ExprKind::Seq(vec![ir::Stmt { kind: StmtKind::Expr(call), span }], Box::new(this)),
                    ty.clone(),
                    span,
                );
                mk(ExprKind::Let(obj, Box::new(new), Box::new(body)), ty, span)
            }
            _ => {
                // The runtime makes it and calls whatever `__init__` it has.
                self.env.note_dyn_method("__init__");
                let made = self.call_value(cls, args, kws, span);
                Expr { ty, ..made }
            }
        }
    }

    /// `recv.name(args)` bound at compile time, when `recv` is an instance
    /// of a tracked class whose `name` is one direct method.
    pub(super) fn call_on_instance(
        &mut self,
        recv: &Expr,
        name: &str,
        args: &[ast::Expr],
        kws: &[ast::Keyword],
        span: Span,
    ) -> Option<Expr> {
        let Ty::Obj { class, or_none } = &recv.ty else { return None };
        if self.env.hir.classes.open_world || self.env.stored.contains(name) || (*or_none && dunder(name)) {
            return None;
        }
        let classes = &self.env.hir.classes;
        let cid = class.id() as ClassId;
        let mut this = recv.clone();
        if *or_none {
            let checked = prim(&p::INST_NOT_NONE, vec![this, str_const(name, span)], Ty::Dyn, span);
            this = Expr { ty: Ty::Obj { class: class.clone(), or_none: false }, ..checked };
        }
        if let Some(def) = classes.resolve(cid, name) {
            return Some(self.call_function(FuncId(def.0), Some(this), args, kws, span));
        }
        let targets = classes.dispatch(cid, name)?;
        if args.iter().any(|a| matches!(a.kind, ast::ExprKind::Starred(_))) {
            return None;
        }
        Some(self.dispatch(this, targets, args, kws, span))
    }

    /// `K.m(obj, args)` for a tracked class `K` whose `m` is a direct
    /// method, when `obj` (a plain name) is an instance of `K` or of a
    /// tracked subclass: the direct call `m` is, as a base class's
    /// `__init__` called from a subclass's.
    pub(super) fn call_through_class(
        &mut self,
        class: &str,
        name: &str,
        args: &[ast::Expr],
        kws: &[ast::Keyword],
        span: Span,
    ) -> Option<Expr> {
        if self.env.hir.classes.open_world || self.env.stored.contains(name) {
            return None;
        }
        let Some(Place::Global(g)) = self.lookup(class) else { return None };
        let c = self.tracked_class(class, g)?;
        let def = self.env.hir.classes.lookup(c, name)?;
        let first = args.first().filter(|a| matches!(a.kind, ast::ExprKind::Name(_)))?;
        let this = self.expr(first);
        self.call_if_within(c, def, this, &args[1..], kws, span)
    }

    /// `super().m(args)` in a direct method of a tracked class C, when
    /// `self` is typed as C's: `m` is looked up from C's base on (single
    /// inheritance: the same classes whatever subclass `self` is of), and a
    /// direct method found there is called directly.
    pub(super) fn call_super(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        kws: &[ast::Keyword],
        span: Span,
    ) -> Option<Expr> {
        let classes = &self.env.hir.classes;
        if classes.open_world || self.env.stored.contains(name) || !self.is_builtin("super") {
            return None;
        }
        let here = self.env.def(self.cx.scope_func);
        let c = classes.of_statement(here.method_of?)?;
        if !classes.list[c].direct.values().any(|d| FuncId(d.0) == self.cx.scope_func) {
            return None;
        }
        let (_, Some(def)) = classes.binding(classes.list[c].parent?, name)? else { return None };
        let first = here.ast?.params.first()?.name.clone();
        let this = self.load(&first, span);
        self.call_if_within(c, def, this, args, kws, span)
    }

    /// The direct call of `def` with `this` as its receiver, when `this` is
    /// an instance of tracked class `c`'s subtree, or not known yet (an
    /// early walk: then nothing is looked up dynamically either).
    fn call_if_within(
        &mut self,
        c: ClassId,
        def: DefId,
        this: Expr,
        args: &[ast::Expr],
        kws: &[ast::Keyword],
        span: Span,
    ) -> Option<Expr> {
        let within = match &this.ty {
            Ty::Obj { class, or_none: false } => class.within(&self.env.hir.classes.list[c].path),
            Ty::Never => true,
            _ => false,
        };
        within.then(|| self.call_function(FuncId(def.0), Some(this), args, kws, span))
    }

    /// A method call whose target depends on the receiver's exact class:
    /// the receiver and the arguments are evaluated once, then the class's
    /// tag picks the direct call (the last class needs no test: an
    /// instance typed by a tracked class is of one of its tracked subclasses).
    fn dispatch(
        &mut self,
        this: Expr,
        targets: Vec<(ClassId, DefId)>,
        args: &[ast::Expr],
        kws: &[ast::Keyword],
        span: Span,
    ) -> Expr {
        let recv = self.temp(this.ty.clone());
        self.assigned.insert(recv);
        let mut lets = vec![(recv, this)];
        let mut vals = Vec::new();
        for a in args {
            let v = self.expr(a);
            let t = self.temp(v.ty.clone());
            self.assigned.insert(t);
            vals.push(mk(ExprKind::Read(Place::Local(t)), v.ty.clone(), span));
            lets.push((t, v));
        }
        let mut kw_vals = Vec::new();
        for k in kws {
            let v = self.expr(&k.value);
            let t = self.temp(v.ty.clone());
            self.assigned.insert(t);
            kw_vals.push((k.name.clone().unwrap_or_default(), mk(ExprKind::Read(Place::Local(t)), v.ty.clone(), span)));
            lets.push((t, v));
        }
        let mut calls = Vec::new();
        for (k, def) in &targets {
            // Seen as an instance of exactly that class (the tag says so).
            let r = mk(ExprKind::Read(Place::Local(recv)), self.local_ty(recv), span);
            let boxed = mk(ExprKind::Box(Box::new(r)), Ty::Dyn, span);
            let this = mk(ExprKind::Unbox(Box::new(boxed)), self.env.obj_ty(*k), span);
            let mut all = vec![this];
            all.extend(vals.iter().cloned());
            calls.push((*k, self.bind_call(FuncId(def.0), all, kw_vals.clone(), span)));
        }
        let ty = calls.iter().fold(Ty::Never, |t, (_, c)| t.join(&c.ty));
        let (_, last) = calls.pop().expect("a class has a method to dispatch to");
        let mut e = self.coerce(last, &ty);
        for (k, call) in calls.into_iter().rev() {
            let r = mk(ExprKind::Read(Place::Local(recv)), self.local_ty(recv), span);
            let test = prim(&p::INST_HAS_TAG, vec![r, mk(ExprKind::Int(k as i64), Ty::Int, span)], Ty::Bool, span);
            let call = self.coerce(call, &ty);
            e = mk(ExprKind::IfExp(Box::new(test), Box::new(call), Box::new(e)), ty.clone(), span);
        }
        for (t, v) in lets.into_iter().rev() {
            e = mk(ExprKind::Let(t, Box::new(v), Box::new(e)), ty.clone(), span);
        }
        e
    }
}

/// The boxed wrapper of direct method or nested function `plain`: the
/// function value's code, passing its arguments (already bound by the
/// runtime) to the typed body, after the cells a nested function captures.
pub(super) fn wrapper(env: &mut Env, plain: FuncId) -> ir::Func {
    let def = env.def(plain);
    let d = def.ast.expect("a method has a def");
    let span = d.span;
    let reachable = if def.nested_direct {
        env.escaped.contains(&plain)
    } else if def.module_level() {
        // A function of an imported module: reachable through its module's object.
        env.reached_modules.contains(&def.module)
    } else {
        env.hir.classes.open_world || env.dyn_methods.contains(&def.name)
    };
    if reachable {
        for i in 0..d.params.len() {
            let mut changed = env.changed;
            Env::join_into(&mut env.funcs[plain].params[i], &Ty::Dyn, &mut changed);
            env.changed = changed;
        }
    }
    let FuncInfo { params, ret, .. } = &env.funcs[plain];
    let locals: Vec<ir::Local> =
        d.params.iter().map(|p| ir::Local { name: p.name.clone(), ty: Ty::Dyn, maybe_unbound: false }).collect();
    let cells = (0..def.captured.len()).map(|i| {
        let env = mk(ExprKind::Absent, Ty::Dyn, span);
        prim(&p::ENV_CELL, vec![env, mk(ExprKind::Int(i as i64), Ty::Int, span)], Ty::Cell, span)
    });
    let args = cells
        .chain(params.iter().enumerate().map(|(i, t)| {
            let a = mk(ExprKind::Read(Place::Local(LocalId::new(i))), Ty::Dyn, span);
            match t {
                Ty::Dyn => a,
                Ty::Never => Expr { ty: Ty::Never, ..a },
                t => mk(ExprKind::Unbox(Box::new(a)), t.clone(), span),
            }
        }))
        .collect();
    let call = mk(ExprKind::Call(plain, args), ret.clone(), span);
    let result = match ret {
        _ if !reachable => {
            // No dynamic call can reach it: if one does, the compiler was wrong.
            let msg = format!("{} was called in a way the compiler ruled out", def.qualname);
            prim(&p::UNREACHABLE, vec![str_const(&msg, span)], Ty::Dyn, span)
        }
        Ty::Dyn | Ty::Never => call,
        _ => mk(ExprKind::Box(Box::new(call)), Ty::Dyn, span),
    };
    ir::Func {
        name: def.name.clone(),
        kind: ir::FuncKind::Boxed,
        params: (0..d.params.len()).map(LocalId::new).collect(),
        locals,
        ret: Ty::Dyn,
        body: vec![ir::Stmt { kind: StmtKind::Return(Some(result)), span }],
        span,
        inlined: Vec::new(),
        thunk: true,
    }
}
