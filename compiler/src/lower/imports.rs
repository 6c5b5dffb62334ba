//! Imports and the program's own modules.
//!
//! Every module of the program is compiled with the entry (`__main__`):
//! its body is one IR function, its globals are IR globals of their own
//! (`Env::global_ids` is keyed by module), and its object is the runtime's
//! `ProgramModule` (`rt/src/types/module.rs`) in `sys.modules`. Each
//! module but `__main__` has an *import function* (made here): it imports
//! the package the module is in, then, unless `sys.modules` has the module
//! already (`MOD_BEGIN`), runs its body, taking it out of `sys.modules`
//! again if the body raises, and binds it in its package; it returns the
//! module object, typed `Ty::Module(k)`. Where inference sees that type,
//! `m.x` is module `k`'s global `x`, read and written directly and typed
//! like any global, and `m.f(...)` of one of its functions is a direct
//! call: a function in another module is as fast as a local one.
//!
//! A module object that reaches dynamic code (passed to a function,
//! printed through a dynamic value, `getattr`) has an *accessor* (made
//! here): a function value reading, writing and deleting its globals by
//! name for the runtime. Values its globals hold escape then, and a global
//! that dynamic code may set (`setattr`, or an attribute of that name
//! stored on a dynamic object) becomes dynamic.
//!
//! A name bound by a top-level statement of its module and nowhere else
//! is bound once that statement has run: code that surely runs after it
//! reads it (or calls the function it names) without a check
//! ([`FnLower::surely_bound`]). Elsewhere a call of a module function
//! first reads its `def`'s flag (NameError if the `def` has not run, as
//! CPython's call of the unbound name), and `m.x` turns a NameError into
//! CPython's AttributeError.

use super::expr::*;
use super::{Env, FnLower};
use crate::diagnostics::Diagnostic;
use crate::hir::{DefId, ModId};
use crate::ir::{self, prims as p, Block, Expr, ExprKind, FuncId, GlobalId, LocalId, Place, StmtKind, Ty};
use crate::syntax::ast::{self, Span, Star};
use crate::syntax::source::{absolute_name, SourceModule};

fn stmt(kind: StmtKind, span: Span) -> ir::Stmt {
    ir::Stmt { kind, span }
}

pub(super) fn pack(items: Vec<Expr>, span: Span) -> Expr {
    mk(ExprKind::Pack(items), Ty::Dyn, span)
}

/// The value of `ty` as a dynamic value.
fn boxed(e: Expr) -> Expr {
    match e.ty {
        Ty::Dyn | Ty::Never => e,
        _ => {
            let span = e.span;
            mk(ExprKind::Box(Box::new(e)), Ty::Dyn, span)
        }
    }
}

/// The module's globals that have storage, by name, in the order made.
fn module_globals(env: &Env, k: ModId) -> Vec<(String, GlobalId)> {
    let mut gs: Vec<(String, GlobalId)> =
        env.global_ids.iter().filter(|((m, _), _)| *m == k).map(|((_, n), &g)| (n.clone(), g)).collect();
    gs.sort_by_key(|(_, g)| *g);
    gs
}

/// The arguments of `MOD_BEGIN` for module `k`: its name, file, package,
/// global names, docstring and accessor (a function value when dynamic
/// code may reach the module, else None).
fn begin_args(env: &Env, k: ModId, span: Span) -> Vec<Expr> {
    let source = env.hir.modules[k].source;
    let names = module_globals(env, k).into_iter().map(|(n, _)| str_const(&n, span)).collect();
    let doc = match source.ast.body.first().map(|s| &s.kind) {
        Some(ast::StmtKind::Expr(ast::Expr { kind: ast::ExprKind::Constant(ast::Constant::Str(d)), .. })) => {
            boxed(str_const(d, span))
        }
        _ => boxed(mk(ExprKind::None, Ty::None, span)),
    };
    let accessor = if env.reached_modules.contains(&k) {
        generated_value(env.accessors[k], "__pyaot_access__", &["op", "name", "value"], span)
    } else {
        boxed(mk(ExprKind::None, Ty::None, span))
    };
    vec![
        str_const(&source.name, span),
        str_const(&source.path, span),
        str_const(source.package(), span),
        pack(names, span),
        doc,
        accessor,
    ]
}

/// A function value of a generated function taking `params` (all plain).
fn generated_value(f: FuncId, name: &str, params: &[&str], span: Span) -> Expr {
    let names = params.iter().map(|n| str_const(n, span)).collect();
    prim(
        &p::MAKE_FUNC,
        vec![
            mk(ExprKind::FuncRef(f), Ty::Dyn, span),
            str_const(name, span),
            str_const(name, span),
            pack(names, span),
            str_const(&"n".repeat(params.len()), span),
            pack(vec![], span),
            pack(vec![], span),
            pack(vec![], span),
            pack(vec![], span),
            str_const("", span),
        ],
        Ty::Dyn,
        span,
    )
}

/// The first statements of `__main__`'s body: it enters `sys.modules`,
/// and gives the runtime its importer by name if the program imports by name.
pub(super) fn begin_main(fl: &mut FnLower, span: Span) -> Block {
    let args = begin_args(fl.env, 0, span);
    let mut out = vec![stmt(StmtKind::Expr(prim(&p::MOD_BEGIN, args, Ty::Bool, span)), span)];
    if fl.env.hir.modules_by_name {
        let f = generated_value(fl.env.importer, "__pyaot_import__", &["name"], span);
        out.push(stmt(StmtKind::Expr(prim(&p::MOD_SET_IMPORTER, vec![f], Ty::None, span)), span));
    }
    out
}

/// The importer by name: `(name)`, the program's module of that name
/// imported, else `MOD_IMPORT_OTHER` (a standard module, or
/// ModuleNotFoundError).
pub(super) fn importer_func(env: &mut Env) -> ir::Func {
    let span = Span::at(1, 1);
    let locals = vec![
        ir::Local { name: "name".into(), ty: Ty::Dyn, maybe_unbound: false },
        ir::Local { name: "n".into(), ty: Ty::Str, maybe_unbound: false },
    ];
    let n = || mk(ExprKind::Read(Place::Local(LocalId::new(1))), Ty::Str, span);
    let name = mk(ExprKind::Read(Place::Local(LocalId::new(0))), Ty::Dyn, span);
    let mut body = vec![stmt(
        StmtKind::Assign(Place::Local(LocalId::new(1)), mk(ExprKind::Unbox(Box::new(name)), Ty::Str, span)),
        span,
    )];
    if env.hir.modules_by_name {
        for k in 0..env.hir.modules.len() {
            let module = env.hir.modules[k].source.name.clone();
            let import = match env.imports[k] {
                Some(f) => mk(ExprKind::Call(f, vec![]), Ty::Module(k), span),
                None => prim(&p::MOD_GET, vec![str_const(&module, span)], Ty::Dyn, span),
            };
            let is = prim(&p::S_EQ, vec![n(), str_const(&module, span)], Ty::Bool, span);
            body.push(stmt(StmtKind::If(is, vec![stmt(StmtKind::Return(Some(boxed(import))), span)], vec![]), span));
        }
    }
    body.push(stmt(StmtKind::Return(Some(prim(&p::MOD_IMPORT_OTHER, vec![n()], Ty::Dyn, span))), span));
    boxed_func("__pyaot_import__", 1, locals, body, span)
}

/// A generated boxed function: its first `params` locals are its parameters.
fn boxed_func(name: &str, params: usize, locals: Vec<ir::Local>, body: Block, span: Span) -> ir::Func {
    ir::Func {
        name: name.into(),
        kind: ir::FuncKind::Boxed,
        params: (0..params).map(LocalId::new).collect(),
        locals,
        ret: Ty::Dyn,
        body,
        span,
        inlined: Vec::new(),
        thunk: false,
    }
}

/// The import function of module `k` (see the module comment).
pub(super) fn import_func(env: &mut Env, k: ModId) -> ir::Func {
    let source = env.hir.modules[k].source;
    let span = Span::at(source.first_line + 1, 1);
    let name = source.name.clone();
    let mut body = Vec::new();
    let parent = name.rsplit_once('.').and_then(|(p, last)| Some((env.hir.module_named(p)?, last.to_string())));
    if let Some((p, _)) = &parent {
        if let Some(f) = env.imports[*p] {
            body.push(stmt(StmtKind::Expr(mk(ExprKind::Call(f, vec![]), Ty::Module(*p), span)), span));
        }
    }
    let module_body = FuncId(env.hir.modules[k].body.0);
    let exc = LocalId::new(0);
    let failed = vec![
        stmt(StmtKind::Expr(prim(&p::MOD_FAILED, vec![str_const(&name, span)], Ty::None, span)), span),
        stmt(StmtKind::Reraise(exc), span),
    ];
    let run = stmt(
        StmtKind::Try {
            body: vec![stmt(StmtKind::Expr(mk(ExprKind::Call(module_body, vec![]), Ty::None, span)), span)],
            handlers: vec![ir::Handler { classes: vec![], exc_local: exc, body: failed }],
            orelse: vec![],
            finally: vec![],
        },
        span,
    );
    let get = || {
        mk(
            ExprKind::Unbox(Box::new(prim(&p::MOD_GET, vec![str_const(&name, span)], Ty::Dyn, span))),
            Ty::Module(k),
            span,
        )
    };
    let mut then =
        vec![run, stmt(StmtKind::Expr(prim(&p::MOD_DONE, vec![str_const(&name, span)], Ty::None, span)), span)];
    // The package binds its submodule once the submodule is imported.
    if let Some((p, last)) = &parent {
        let g = env.global(*p, last);
        let mut changed = env.changed;
        Env::join_into(&mut env.globals[g].ty, &Ty::Module(k), &mut changed);
        env.changed = changed;
        let v = if env.globals[g].ty.is_dyn() {
            // Dynamic code reading the package's attribute reaches the submodule's.
            env.escape(&Ty::Module(k));
            boxed(get())
        } else {
            get()
        };
        then.push(stmt(StmtKind::Assign(Place::Global(g), v), span));
    }
    let begin = prim(&p::MOD_BEGIN, begin_args(env, k, span), Ty::Bool, span);
    body.push(stmt(StmtKind::If(begin, then, vec![]), span));
    body.push(stmt(StmtKind::Return(Some(get())), span));
    ir::Func {
        name: format!("<import {name}>"),
        kind: ir::FuncKind::Plain,
        params: vec![],
        locals: vec![ir::Local { name: "exc".into(), ty: Ty::Dyn, maybe_unbound: false }],
        ret: Ty::Module(k),
        body,
        span,
        inlined: Vec::new(),
        thunk: false,
    }
}

/// The accessor of module `k`: `(op, name, value)` with `op` one of
/// `"get"`, `"set"`, `"del"`; NameError when `name` is none of the
/// module's globals, or not bound (see the module comment).
pub(super) fn accessor_func(env: &mut Env, k: ModId) -> ir::Func {
    let source = env.hir.modules[k].source;
    let span = Span::at(source.first_line + 1, 1);
    let local = |i: usize, ty: Ty| mk(ExprKind::Read(Place::Local(LocalId::new(i))), ty, span);
    let mut locals: Vec<ir::Local> = ["op", "name", "value"]
        .iter()
        .map(|n| ir::Local { name: n.to_string(), ty: Ty::Dyn, maybe_unbound: false })
        .collect();
    locals.push(ir::Local { name: "o".into(), ty: Ty::Str, maybe_unbound: false });
    locals.push(ir::Local { name: "n".into(), ty: Ty::Str, maybe_unbound: false });
    let mut body = Vec::new();
    if env.reached_modules.contains(&k) {
        let unbox = |i: usize| mk(ExprKind::Unbox(Box::new(local(i, Ty::Dyn))), Ty::Str, span);
        body.push(stmt(StmtKind::Assign(Place::Local(LocalId::new(3)), unbox(0)), span));
        body.push(stmt(StmtKind::Assign(Place::Local(LocalId::new(4)), unbox(1)), span));
        let is = |i: usize, s: &str| prim(&p::S_EQ, vec![local(i, Ty::Str), str_const(s, span)], Ty::Bool, span);
        let settable_anywhere = env.hir.classes.open_world;
        for (name, g) in module_globals(env, k) {
            let ty = env.globals[g].ty.clone();
            let mut branch = Vec::new();
            let read = if let Ty::Func(_) = ty {
                match env.func_values.get(&g) {
                    Some(&v) => mk(ExprKind::Read(Place::Global(v)), Ty::Dyn, span),
                    None => {
                        let msg = format!("the function {name} of the main module read by name");
                        prim(&p::UNREACHABLE, vec![str_const(&msg, span)], Ty::Dyn, span)
                    }
                }
            } else {
                env.escape(&ty);
                if env.hir.classes.by_name.contains_key(&(k, name.clone())) {
                    env.note_dyn_method("__init__");
                }
                boxed(mk(ExprKind::Read(Place::Global(g)), ty.clone(), span))
            };
            branch.push(stmt(StmtKind::If(is(3, "get"), vec![stmt(StmtKind::Return(Some(read)), span)], vec![]), span));
            if (settable_anywhere || env.stored.contains(&name)) && !matches!(ty, Ty::Func(_)) {
                let mut changed = env.changed;
                Env::join_into(&mut env.globals[g].ty, &Ty::Dyn, &mut changed);
                env.changed = changed;
                let yes = || boxed(mk(ExprKind::Bool(true), Ty::Bool, span));
                let set = vec![
                    stmt(StmtKind::Assign(Place::Global(g), local(2, Ty::Dyn)), span),
                    stmt(StmtKind::Return(Some(yes())), span),
                ];
                branch.push(stmt(StmtKind::If(is(3, "set"), set, vec![]), span));
                let del = vec![
                    stmt(StmtKind::Expr(mk(ExprKind::Read(Place::Global(g)), env.globals[g].ty.clone(), span)), span),
                    stmt(StmtKind::Unbind(Place::Global(g)), span),
                    stmt(StmtKind::Return(Some(yes())), span),
                ];
                branch.push(stmt(StmtKind::If(is(3, "del"), del, vec![]), span));
            } else {
                let msg = format!("the global {name} of module {} set by name", source.name);
                let no = prim(&p::UNREACHABLE, vec![str_const(&msg, span)], Ty::Dyn, span);
                branch.push(stmt(StmtKind::Return(Some(no)), span));
            }
            body.push(stmt(StmtKind::If(is(4, &name), branch, vec![]), span));
        }
        let missing = prim(&p::NAME_ERROR, vec![str_const("<module attribute>", span)], Ty::Dyn, span);
        body.push(stmt(StmtKind::Return(Some(missing)), span));
    } else {
        let msg = format!("the module {} reached by name", source.name);
        let no = prim(&p::UNREACHABLE, vec![str_const(&msg, span)], Ty::Dyn, span);
        body.push(stmt(StmtKind::Return(Some(no)), span));
    }
    boxed_func("__pyaot_access__", 3, locals, body, span)
}

impl FnLower<'_, '_> {
    /// Whether the code here surely runs after module `k`'s global `name`
    /// got its one and only binding (see the module comment).
    pub(super) fn surely_bound(&self, k: ModId, name: &str) -> bool {
        if k != self.module() || self.env.hir.classes.open_world || self.env.stored.contains(name) {
            return false;
        }
        let Some(i) = self.env.hir.bound_once_at(k, name) else { return false };
        let in_body = self.env.hir.is_body(DefId(self.func.0));
        self.cx.position > i || (self.cx.position == i && !in_body)
    }

    /// The check before a direct call of the module function `name` of
    /// this module, whose global is `g` (its `def`'s flag read: NameError
    /// if it has not run), unless the call surely comes after the `def`.
    pub(super) fn defined_check(&mut self, g: GlobalId, name: &str, span: Span) -> Option<Expr> {
        let flag = *self.env.func_flags.get(&g)?;
        if self.surely_bound(self.module(), name) {
            return None;
        }
        Some(mk(ExprKind::Read(Place::Global(flag)), Ty::None, span))
    }

    /// `call` after the statement-like `check`, if there is one.
    pub(super) fn after_check(&mut self, check: Option<Expr>, call: Expr) -> Expr {
        match check {
            None => call,
            Some(c) => {
                let (ty, span) = (call.ty.clone(), call.span);
                mk(ExprKind::Seq(vec![stmt(StmtKind::Expr(c), span)], Box::new(call)), ty, span)
            }
        }
    }

    /// `m.f(args)` where `m` is typed as a program module: a direct call of
    /// its function `f`, or a call of the value its global holds.
    pub(super) fn call_program_module_attr(
        &mut self,
        value: &ast::Expr,
        attr: &str,
        args: &[ast::Expr],
        kws: &[ast::Keyword],
        span: Span,
    ) -> Option<Expr> {
        // Only a name can be typed as a module without being evaluated here.
        let ast::ExprKind::Name(_) = &value.kind else { return None };
        let m = self.expr(value);
        self.call_module_member(m, attr, args, kws, value.span, span)
    }

    /// A call of a builtin written in Python (`registry::names::IN_MODULES`):
    /// its module imported, then its function called.
    pub(super) fn call_builtin_in_module(
        &mut self,
        module: &str,
        name: &str,
        args: &[ast::Expr],
        kws: &[ast::Keyword],
        span: Span,
    ) -> Expr {
        let Some(m) = self.import_expr(module, span) else { return mk(ExprKind::None, Ty::None, span) };
        match self.call_module_member(m, name, args, kws, span, span) {
            Some(call) => call,
            None => self.unsupported(span, &format!("the builtin '{name}' (its module '{module}' is not compiled in)")),
        }
    }

    /// `m.attr(args)` of a program module's global, `m` (of type
    /// `Ty::Module`) evaluated first.
    fn call_module_member(
        &mut self,
        m: Expr,
        attr: &str,
        args: &[ast::Expr],
        kws: &[ast::Keyword],
        at: Span,
        span: Span,
    ) -> Option<Expr> {
        let (k, g) = self.module_attr(&m.ty, attr)?;
        let read = self.read_module_global(k, g, attr, at);
        let mut first = vec![stmt(StmtKind::Expr(m), span)];
        if let Some(&c) = self.env.hir.classes.by_name.get(&(k, attr.to_string())) {
            // `m.C(args)` of a class `m` tracks: an instance of it, made directly.
            first.push(stmt(StmtKind::Expr(read), span));
            let inst = self.instantiate(c, g, args, kws, span);
            let ty = inst.ty.clone();
            return Some(mk(ExprKind::Seq(first, Box::new(inst)), ty, span));
        }
        let call = match self.env.globals[g].ty {
            Ty::Func(id) => {
                let call = self.call_function(id, None, args, kws, span);
                self.after_check(Some(read), call)
            }
            _ => self.call_value(read, args, kws, span),
        };
        let ty = call.ty.clone();
        Some(mk(ExprKind::Seq(first, Box::new(call)), ty, span))
    }

    /// A module function's `def` ran: its flag is set, and its function
    /// value made where its module's accessor may return it.
    pub(super) fn set_defined(&mut self, id: FuncId, d: &ast::FuncDef, out: &mut Block, span: Span) -> bool {
        let Some(&g) = self.env.global_ids.get(&(self.module(), d.name.clone())) else { return false };
        if let Some(&flag) = self.env.func_flags.get(&g) {
            self.env.globals[flag].ty = Ty::None;
            Self::push(out, StmtKind::Assign(Place::Global(flag), mk(ExprKind::None, Ty::None, span)), span);
        }
        if let (Some(&v), true) = (self.env.func_values.get(&g), self.env.reached_modules.contains(&self.module())) {
            self.env.globals[v].ty = Ty::Dyn;
            let f = self.make_func(id, d, span);
            Self::push(out, StmtKind::Assign(Place::Global(v), f), span);
            return true;
        }
        false
    }

    /// The global of a program module that `m.attr` is, when `m` is typed
    /// as that module.
    pub(super) fn module_attr(&self, ty: &Ty, attr: &str) -> Option<(ModId, GlobalId)> {
        let Ty::Module(k) = *ty else { return None };
        self.env.global_ids.get(&(k, attr.to_string())).map(|&g| (k, g))
    }

    /// A value read from another module's global: a class it tracks may
    /// be called from anywhere then (its `__init__` by the runtime).
    pub(super) fn note_class_value(&mut self, k: ModId, attr: &str) {
        if self.env.hir.classes.by_name.contains_key(&(k, attr.to_string())) {
            self.env.note_dyn_method("__init__");
        }
    }

    /// Reads `m.attr`, module `k`'s global `g` (for a function called
    /// directly, its `def`'s flag): AttributeError where it is unbound.
    pub(super) fn read_module_global(&mut self, k: ModId, g: GlobalId, attr: &str, span: Span) -> Expr {
        let (g, ty) = match self.env.globals[g].ty {
            Ty::Func(_) => match self.env.func_flags.get(&g) {
                Some(&f) => (f, Ty::None),
                None => return mk(ExprKind::None, Ty::None, span),
            },
            _ => (g, self.env.globals[g].ty.clone()),
        };
        let read = mk(ExprKind::Read(Place::Global(g)), ty.clone(), span);
        if self.surely_bound(k, attr) {
            return read;
        }
        let name = self.env.hir.modules[k].source.name.clone();
        let error = prim(&p::MOD_NO_ATTR, vec![str_const(&name, span), str_const(attr, span)], Ty::Dyn, span);
        self.guarded_read(read, vec![stmt(StmtKind::Expr(error), span)], span)
    }

    /// `read` of a global, with `on_unbound` run instead where it raises
    /// NameError (the statements raise, or the value is None).
    fn guarded_read(&mut self, read: Expr, on_unbound: Block, span: Span) -> Expr {
        let ty = read.ty.clone();
        let t = self.temp(ty.clone());
        self.assigned.insert(t);
        let exc = self.temp(Ty::Dyn);
        self.assigned.insert(exc);
        let try_ = stmt(
            StmtKind::Try {
                body: vec![stmt(StmtKind::Assign(Place::Local(t), read), span)],
                handlers: vec![ir::Handler { classes: vec!["NameError"], exc_local: exc, body: on_unbound }],
                orelse: vec![],
                finally: vec![],
            },
            span,
        );
        mk(ExprKind::Seq(vec![try_], Box::new(mk(ExprKind::Read(Place::Local(t)), ty.clone(), span))), ty, span)
    }

    /// An import of the module `name` (absolute): a program module's
    /// object (`Ty::Module`), a standard module's, or the
    /// ModuleNotFoundError CPython raises for a module it does not have.
    /// `None` (with a diagnostic) for a standard module pyaot lacks.
    fn import_expr(&mut self, name: &str, span: Span) -> Option<Expr> {
        if let Some(k) = self.env.hir.module_named(name) {
            return Some(match self.env.imports[k] {
                Some(f) => mk(ExprKind::Call(f, vec![]), Ty::Module(k), span),
                None => {
                    let get = prim(&p::MOD_GET, vec![str_const(name, span)], Ty::Dyn, span);
                    mk(ExprKind::Unbox(Box::new(get)), Ty::Module(k), span)
                }
            });
        }
        if let Some(m) = pyaot_registry::modules::find(name) {
            return Some(prim(&p::IMPORT, vec![str_const(m.name, span)], Ty::Dyn, span));
        }
        if pyaot_registry::modules::is_cpython_module(name) {
            self.error(Diagnostic::unsupported(span, format!("the module '{name}'")));
            return None;
        }
        Some(prim(&p::MOD_NOT_FOUND, vec![str_const(name, span)], Ty::Dyn, span))
    }

    /// `import a.b.c` (binds `a`) and `import a.b.c as d` (binds the module).
    pub(super) fn import_stmt(&mut self, names: &[(String, Option<String>)], span: Span, out: &mut Block) {
        for (module, asname) in names {
            let Some(v) = self.import_expr(module, span) else { continue };
            let top = module.split('.').next().unwrap_or(module);
            let (bound, v) = match asname {
                Some(a) => (a.clone(), v),
                None if top == module => (top.to_string(), v),
                None => {
                    Self::push(out, StmtKind::Expr(v), span);
                    let Some(t) = self.import_expr(top, span) else { continue };
                    (top.to_string(), t)
                }
            };
            let target = ast::Expr { kind: ast::ExprKind::Name(bound), span };
            self.assign_to(&target, v, out);
        }
    }

    /// `from m import a as b, ...` (relative or not; `*` expanded by the driver).
    pub(super) fn import_from_stmt(
        &mut self,
        level: u32,
        module: &str,
        names: &[(String, Option<String>)],
        star: Star,
        span: Span,
        out: &mut Block,
    ) {
        let package = self.env.hir.modules[self.module()].source.package().to_string();
        let name = match absolute_name(&package, level, module) {
            Ok(n) => n,
            Err(msg) => {
                Self::push(
                    out,
                    StmtKind::Expr(prim(&p::MOD_BAD_RELATIVE, vec![str_const(msg, span)], Ty::Dyn, span)),
                    span,
                );
                return;
            }
        };
        // Future statements change how CPython compiles; pyaot already
        // compiles what each of 3.11's features means.
        if name == "__future__" && level == 0 {
            const FEATURES: &[&str] = &[
                "nested_scopes",
                "generators",
                "division",
                "absolute_import",
                "with_statement",
                "print_function",
                "unicode_literals",
                "barry_as_FLUFL",
                "generator_stop",
                "annotations",
            ];
            for (n, _) in names {
                if n == "barry_as_FLUFL" {
                    self.error(Diagnostic::unsupported(span, "the future feature barry_as_FLUFL"));
                } else if !FEATURES.contains(&n.as_str()) {
                    self.error(Diagnostic::error(span, format!("future feature {n} is not defined")));
                }
            }
            return;
        }
        if names.iter().any(|(n, _)| n == "*") {
            self.error(Diagnostic::unsupported(span, format!("'import *' from the module '{name}'")));
            return;
        }
        let Some(k) = self.env.hir.module_named(&name) else {
            return self.import_from_stdlib(&name, names, span, out);
        };
        let Some(m) = self.import_expr(&name, span) else { return };
        let m = self.hold(m, out);
        let file = Self::import_location(self.env.hir.modules[k].source);
        for (attr, asname) in names {
            if self.refused_attr(k, attr, span).is_some() {
                continue;
            }
            let target = ast::Expr { kind: ast::ExprKind::Name(asname.clone().unwrap_or_else(|| attr.clone())), span };
            let sub = format!("{name}.{attr}");
            let v = if let Some(j) = self.env.hir.module_named(&sub) {
                self.import_expr(&sub, span).unwrap_or_else(|| mk(ExprKind::None, Ty::Module(j), span))
            } else if let Some((_, g)) = self
                .module_attr(&Ty::Module(k), attr)
                .filter(|_| self.class_slot(asname.as_deref().unwrap_or(attr)).is_none())
            {
                if let Ty::Func(_) = self.env.globals[g].ty {
                    self.import_function(k, g, attr, asname.as_deref().unwrap_or(attr), span, out);
                    continue;
                }
                self.note_class_value(k, attr);
                let read = mk(ExprKind::Read(Place::Global(g)), self.env.globals[g].ty.clone(), span);
                if star == Star::Public {
                    // `import *` skips what the module has not bound.
                    let mut assign = Vec::new();
                    self.assign_to(&target, read, &mut assign);
                    let exc = self.temp(Ty::Dyn);
                    self.assigned.insert(exc);
                    let handler = ir::Handler { classes: vec!["NameError"], exc_local: exc, body: vec![] };
                    let t = StmtKind::Try { body: assign, handlers: vec![handler], orelse: vec![], finally: vec![] };
                    Self::push(out, t, span);
                    continue;
                }
                if self.surely_bound(k, attr) {
                    read
                } else {
                    let args = vec![str_const(attr, span), str_const(&name, span), str_const(&file, span)];
                    let error = prim(&p::MOD_CANNOT_IMPORT, args, Ty::Dyn, span);
                    self.guarded_read(read, vec![stmt(StmtKind::Expr(error), span)], span)
                }
            } else {
                let obj = self.to_dyn(m.clone());
                let args = vec![obj, str_const(attr, span), str_const(&name, span), str_const(&file, span)];
                prim(&p::MOD_FROM, args, Ty::Dyn, span)
            };
            self.assign_to(&target, v, out);
        }
    }

    /// Where an ImportError says a module is: its file, or "unknown
    /// location" for one CPython builds in (`time`, written here in Python).
    fn import_location(source: &SourceModule) -> String {
        if pyaot_registry::modules::CPYTHON_BUILT_IN.contains(&source.name.as_str()) {
            "unknown location".to_string()
        } else {
            source.path.clone()
        }
    }

    /// `from m import f` of a function module `k` calls directly (global
    /// `g`): the importer's name is an alias of it (`hir::Hir::aliases`),
    /// bound once `m`'s `def` has run (ImportError before).
    fn import_function(&mut self, k: ModId, g: GlobalId, attr: &str, bound: &str, span: Span, out: &mut Block) {
        let Some(&mine) = self.env.global_ids.get(&(self.module(), bound.to_string())) else { return };
        let (Some(&theirs), Some(&flag)) = (self.env.func_flags.get(&g), self.env.func_flags.get(&mine)) else {
            self.error(Diagnostic::unsupported(span, format!("importing the function '{attr}' of the main module")));
            return;
        };
        let source = self.env.hir.modules[k].source;
        let (name, file) = (source.name.clone(), Self::import_location(source));
        let read = mk(ExprKind::Read(Place::Global(theirs)), Ty::None, span);
        let check = if self.surely_bound(k, attr) {
            read
        } else {
            let args = vec![str_const(attr, span), str_const(&name, span), str_const(&file, span)];
            let error = prim(&p::MOD_CANNOT_IMPORT, args, Ty::Dyn, span);
            self.guarded_read(read, vec![stmt(StmtKind::Expr(error), span)], span)
        };
        Self::push(out, StmtKind::Expr(check), span);
        self.env.globals[flag].ty = Ty::None;
        Self::push(out, StmtKind::Assign(Place::Global(flag), mk(ExprKind::None, Ty::None, span)), span);
    }

    /// `from m import ...` of a standard module.
    fn import_from_stdlib(&mut self, name: &str, names: &[(String, Option<String>)], span: Span, out: &mut Block) {
        let Some(m) = pyaot_registry::modules::find(name) else {
            if let Some(e) = self.import_expr(name, span) {
                Self::push(out, StmtKind::Expr(e), span);
            }
            return;
        };
        let t = self.hold_value(prim(&p::IMPORT, vec![str_const(m.name, span)], Ty::Dyn, span), out);
        for (attr, asname) in names {
            let lacking = !m.has(attr) && !pyaot_registry::modules::cpython_has(m.name, attr);
            if lacking && pyaot_registry::modules::CPYTHON_BUILT_IN.contains(&m.name) {
                // CPython's module lacks it too: its ImportError, at run time.
                let args = vec![str_const(attr, span), str_const(name, span), str_const("unknown location", span)];
                Self::push(out, StmtKind::Expr(prim(&p::MOD_CANNOT_IMPORT, args, Ty::Dyn, span)), span);
                continue;
            }
            if !m.has(attr) {
                self.error(Diagnostic::unsupported(span, format!("'{attr}' from the module '{name}'")));
                continue;
            }
            let v = prim(
                &p::GET_ATTR,
                vec![mk(ExprKind::Read(Place::Local(t)), Ty::Dyn, span), str_const(attr, span)],
                Ty::Dyn,
                span,
            );
            let target = ast::Expr { kind: ast::ExprKind::Name(asname.clone().unwrap_or_else(|| attr.clone())), span };
            self.assign_to(&target, v, out);
        }
    }
}
