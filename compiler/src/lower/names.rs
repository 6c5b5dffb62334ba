//! Names: reading and storing a name (local slot, global, closure cell or
//! builtin), the unbound-name errors, module attributes, and function
//! values (`def` and `lambda` as objects, calls of them).

use super::expr::*;
use super::FnLower;
use crate::diagnostics::Diagnostic;
use crate::hir::VarId;
use crate::ir::{prims as p, Expr, ExprKind, FuncId, LocalId, Place, Ty};
use crate::syntax::ast::{self, Span};

impl FnLower<'_, '_> {
    /// The cell of a variable shared with closures (this function's own,
    /// or captured from an enclosing one), if `name` is one.
    pub(super) fn cell(&mut self, name: &str, span: Span) -> Option<Expr> {
        if let Some(comp) = self.comprehension_var(name) {
            return comp.map(|c| mk(ExprKind::Read(Place::Local(c)), Ty::Cell, span));
        }
        if let Some(&c) = self.cx.cell_of.get(name) {
            return Some(mk(ExprKind::Read(Place::Local(c)), Ty::Cell, span));
        }
        let i = *self.cx.free_of.get(name)?;
        if let Some(&c) = self.cx.env_cells.get(i) {
            return Some(mk(ExprKind::Read(Place::Local(c)), Ty::Cell, span));
        }
        let env = mk(ExprKind::Absent, Ty::Dyn, span);
        Some(prim(&p::ENV_CELL, vec![env, mk(ExprKind::Int(i as i64), Ty::Int, span)], Ty::Cell, span))
    }

    /// Whether `name` is a variable of an enclosing comprehension here
    /// (which shadows the function's): `Some(Some(cell))` when a lambda in
    /// the comprehension captures it, `Some(None)` otherwise.
    fn comprehension_var(&self, name: &str) -> Option<Option<LocalId>> {
        for k in (1..self.cx.scopes.len()).rev() {
            if let Some(&c) = self.cx.comp_cells.get(k - 1).and_then(|m| m.get(name)) {
                return Some(Some(c));
            }
            if self.cx.scopes[k].contains_key(name) {
                return Some(None);
            }
        }
        None
    }

    /// The variable a cell is (its owning definition's function and
    /// variable), when `name` is one of a definition's cells; `None` for
    /// a comprehension's cell, which stays dynamic.
    pub(super) fn cell_var(&self, name: &str) -> Option<(FuncId, VarId)> {
        if self.comprehension_var(name).is_some() {
            return None;
        }
        let own = |d: FuncId| {
            let def = self.env.def(d);
            def.var(name).filter(|v| def.cells.contains(v)).map(|v| (d, v))
        };
        if self.cx.cell_of.contains_key(name) {
            return own(self.cx.scope_func);
        }
        if !self.cx.free_of.contains_key(name) {
            return None;
        }
        self.free_var(self.cx.scope_func, name)
    }

    /// The variable a free variable `name` of definition `f` is: the
    /// nearest enclosing function's that binds it, which keeps it in a cell.
    pub(super) fn free_var(&self, f: FuncId, name: &str) -> Option<(FuncId, VarId)> {
        let mut d = FuncId(self.env.def(f).parent.0);
        while d != FuncId(0) {
            let def = self.env.def(d);
            if let Some(v) = def.var(name) {
                return def.cells.contains(&v).then_some((d, v));
            }
            d = FuncId(def.parent.0);
        }
        None
    }

    /// The variable of a function `name` is here (a local or a cell), if
    /// it is one (not a comprehension's, a global or a builtin).
    pub(super) fn var_of(&self, name: &str) -> Option<(FuncId, VarId)> {
        if self.class_slot(name).is_some() {
            return None;
        }
        if self.cx.cell_of.contains_key(name) || self.cx.free_of.contains_key(name) {
            return self.cell_var(name);
        }
        if self.comprehension_var(name).is_some() || self.is_module() {
            return None;
        }
        let def = self.env.def(self.cx.scope_func);
        def.var(name).map(|v| (self.cx.scope_func, v))
    }

    /// A read of the name of a nested function called directly that is no
    /// direct call of it: its function value may be called by the runtime.
    fn note_escape(&mut self, name: &str) {
        let Some(key) = self.var_of(name) else { return };
        if let Some(&f) = self.env.nested_fns.get(&key) {
            if self.env.escaped.insert(f) {
                self.env.changed = true;
            }
        }
    }

    /// The type of what a cell holds: the join of every store into it
    /// (dynamic for a comprehension's cell).
    fn cell_ty(&self, name: &str) -> Ty {
        match self.cell_var(name) {
            Some(k) => self.env.cell_tys.get(&k).cloned().unwrap_or(Ty::Never),
            None => Ty::Dyn,
        }
    }

    /// A value being stored into the cell `name`, joined into its type and
    /// boxed (a cell holds a dynamic value; what it holds is its type, so a
    /// list stored there escapes only if the cell's type is dynamic).
    pub(super) fn cell_value(&mut self, name: &str, v: Expr) -> Expr {
        let Some(k) = self.cell_var(name) else { return self.to_dyn(v) };
        let mut changed = self.env.changed;
        let slot = self.env.cell_tys.entry(k).or_insert(Ty::Never);
        super::Env::join_into(slot, &v.ty, &mut changed);
        let t = slot.clone();
        self.env.changed = changed;
        let v = self.coerce(v, &t);
        self.box_ro(v)
    }

    /// A function value for the function `id` defined by `d` (a `def` or a
    /// lambda): its defaults evaluated now, its captured cells attached.
    pub(super) fn make_func(&mut self, id: FuncId, d: &ast::FuncDef, span: Span) -> Expr {
        use ast::ParamKind as P;
        let (name, qualname) = (self.env.def(id).name.clone(), self.env.def(id).qualname.clone());
        let names: Vec<Expr> = d.params.iter().map(|p| str_const(&p.name, span)).collect();
        let mut kinds: String = d
            .params
            .iter()
            .map(|p| match p.kind {
                P::PositionalOnly => 'p',
                P::Normal => 'n',
                P::VarArgs => 'a',
                P::KeywordOnly => 'k',
                P::VarKw => 'w',
            })
            .collect();
        // A trailing `g` marks a generator function (`rt::types::func::make`).
        if self.env.def(id).generator {
            kinds.push('g');
        }
        // A direct method's function value is its boxed wrapper, whose
        // defaults are those its `def` stored (`store_defaults`).
        let wrapper = self.env.wrapper_of.get(&id).copied();
        let default = |fl: &mut Self, i: usize, e: &ast::Expr| match wrapper.and(fl.env.funcs[id].defaults[i]) {
            Some(g) => {
                let v = fl.read(Place::Global(g), span);
                fl.to_dyn(v)
            }
            None => {
                let v = fl.expr(e);
                fl.to_dyn(v)
            }
        };
        let mut defaults = Vec::new();
        for (i, p) in d.params.iter().enumerate().filter(|(_, p)| matches!(p.kind, P::PositionalOnly | P::Normal)) {
            if let Some(e) = &p.default {
                defaults.push(default(self, i, e));
            }
        }
        let mut kw_names = Vec::new();
        for (i, p) in d.params.iter().enumerate().filter(|(_, p)| p.kind == P::KeywordOnly) {
            if let Some(e) = &p.default {
                defaults.push(default(self, i, e));
                kw_names.push(str_const(&p.name, span));
            }
        }
        let mut cells = Vec::new();
        for n in &self.env.def(id).captured {
            let c = self.cell(n, span).expect("a captured variable is a cell of the enclosing function");
            cells.push(mk(ExprKind::Box(Box::new(c)), Ty::Dyn, span));
        }
        let doc: Vec<Expr> = match d.body.first().map(|s| &s.kind) {
            Some(ast::StmtKind::Expr(ast::Expr { kind: ast::ExprKind::Constant(ast::Constant::Str(doc)), .. })) => {
                vec![self.to_dyn(str_const(doc, span))]
            }
            _ => vec![],
        };
        let pack = |items: Vec<Expr>| mk(ExprKind::Pack(items), Ty::Dyn, span);
        let module = self.env.hir.modules[self.module()].source.name.clone();
        let f = prim(
            &p::MAKE_FUNC,
            vec![
                mk(ExprKind::FuncRef(wrapper.unwrap_or(id)), Ty::Dyn, span),
                str_const(&name, span),
                str_const(&qualname, span),
                pack(names),
                str_const(&kinds, span),
                pack(defaults),
                pack(kw_names),
                pack(cells),
                pack(doc),
                str_const(&module, span),
            ],
            Ty::Dyn,
            span,
        );
        if d.annotations.is_empty() {
            return f;
        }
        // The annotations are evaluated after the defaults, as CPython does.
        let names = d.annotations.iter().map(|(n, _)| str_const(n, span)).collect();
        let values = self.annotation_values(d, span);
        prim(&p::FUNC_ANNOTATE, vec![f, pack(names), pack(values)], Ty::Dyn, span)
    }

    /// A `def`'s annotations, evaluated (a string annotation is its text).
    pub(super) fn annotation_values(&mut self, d: &ast::FuncDef, span: Span) -> Vec<Expr> {
        d.annotations
            .iter()
            .map(|(_, a)| match &a.value {
                Some(e) => {
                    let v = self.expr(e);
                    self.to_dyn(v)
                }
                None => self.to_dyn(str_const(&a.text, span)),
            })
            .collect()
    }

    /// `callee(args...)` for any callable value.
    pub(super) fn call_value(&mut self, callee: Expr, args: &[ast::Expr], kws: &[ast::Keyword], span: Span) -> Expr {
        let callee = self.to_dyn(callee);
        let (vals, names) = self.dyn_args(args, kws, span);
        prim(&p::CALL_VALUE, vec![callee, vals, names], Ty::Dyn, span)
    }

    /// A name in load context.
    pub(super) fn load(&mut self, name: &str, span: Span) -> Expr {
        self.note_escape(name);
        self.load_quiet(name, span)
    }

    /// A name in load context, as the callee of a direct call.
    pub(super) fn load_quiet(&mut self, name: &str, span: Span) -> Expr {
        if let Some(ns) = self.class_slot(name) {
            return self.class_load(ns, name, span);
        }
        if let Some(c) = self.cell(name, span) {
            let own = self.cx.cell_of.contains_key(name);
            let get = if own { &p::CELL_GET_LOCAL } else { &p::CELL_GET };
            let v = prim(get, vec![c, str_const(name, span)], Ty::Dyn, span);
            let t = self.cell_ty(name);
            return self.coerce(v, &t);
        }
        if let Some(place) = self.lookup(name) {
            if let Place::Global(g) = place {
                self.class_escapes(name, g);
            }
            return self.read(place, span);
        }
        self.load_builtin(name, span)
    }

    /// A tracked class used as a value: the runtime may call it, and so
    /// its `__init__` (see `instance.rs`).
    pub(super) fn class_escapes(&mut self, name: &str, g: crate::ir::GlobalId) {
        if self.tracked_class(name, g).is_some() && !self.quiet_classes {
            self.env.note_dyn_method("__init__");
        }
    }

    /// A name that is no variable of the program: a builtin, or a NameError.
    pub(super) fn load_builtin(&mut self, name: &str, span: Span) -> Expr {
        if pyaot_registry::names::module_of(name).is_some() {
            return self.unsupported(span, &format!("the builtin '{name}' used as a value"));
        }
        if name == "type" {
            // `type` as a value may be called on an instance: its class escapes.
            self.env.note_dyn_method("__init__");
        }
        if let Some(class) = super::builtins::builtin_class(name) {
            return mk(ExprKind::Class(class), Ty::Dyn, span);
        }
        if super::builtins::is_builtin_function(name) {
            return prim(&p::BUILTIN_FUNC, vec![str_const(name, span)], Ty::Dyn, span);
        }
        if name == "NotImplemented" {
            return prim(&p::NOT_IMPLEMENTED, vec![], Ty::Dyn, span);
        }
        if name == "Ellipsis" {
            return prim(&p::ELLIPSIS, vec![], Ty::Dyn, span);
        }
        // Programs run as CPython runs them without `-O`.
        if name == "__debug__" {
            return mk(ExprKind::Bool(true), Ty::Bool, span);
        }
        // The module's own attributes, where it does not bind them.
        let source = self.env.hir.modules[self.module()].source;
        match name {
            "__name__" => return str_const(&source.name, span),
            "__file__" => return str_const(&source.path, span),
            "__package__" if self.module() == 0 => return mk(ExprKind::None, Ty::None, span),
            "__package__" => return str_const(source.package(), span),
            "__doc__" => {
                return match source.ast.body.first().map(|s| &s.kind) {
                    Some(ast::StmtKind::Expr(ast::Expr {
                        kind: ast::ExprKind::Constant(ast::Constant::Str(d)),
                        ..
                    })) => str_const(d, span),
                    _ => mk(ExprKind::None, Ty::None, span),
                };
            }
            _ => {}
        }
        if super::builtins::is_unimplemented_builtin(name) {
            return self.unsupported(span, &format!("the builtin '{name}'"));
        }
        prim(&p::NAME_ERROR, vec![str_const(name, span)], Ty::Dyn, span)
    }

    /// Where a name lives, if it is not a builtin.
    pub(super) fn lookup(&mut self, name: &str) -> Option<Place> {
        // (A class body's names are no variables: `class.rs`.)
        if self.class_slot(name).is_some() {
            return None;
        }
        for scope in self.cx.scopes.iter().skip(1).rev() {
            if let Some(&l) = scope.get(name) {
                return Some(Place::Local(l));
            }
        }
        if !self.is_module() && self.env.def(self.cx.scope_func).scope.is_local(name) {
            return Some(Place::Local(self.fn_local(name)));
        }
        self.env.global_ids.get(&(self.module(), name.to_string())).map(|&g| Place::Global(g))
    }

    /// `module.attr` of a member CPython's module has and the runtime's
    /// lacks: refused here rather than an AttributeError where CPython
    /// works. (A name CPython lacks too is its AttributeError at run time.)
    pub(super) fn missing_module_attr(&mut self, value: &ast::Expr, attr: &str, span: Span) -> Option<Expr> {
        let ast::ExprKind::Name(n) = &value.kind else { return None };
        if let Some(Place::Global(g)) = self.lookup(n) {
            if let Ty::Module(k) = self.env.globals[g].ty {
                return self.refused_attr(k, attr, span);
            }
        }
        let m = self.env.hir.modules[self.module()].module_names.get(n).copied()?;
        if m.has(attr) || attr == "__name__" || !pyaot_registry::modules::cpython_has(m.name, attr) {
            return None;
        }
        Some(self.unsupported(span, &format!("'{attr}' of the module '{}'", m.name)))
    }

    /// `attr` of the program module `k` when its `__pyaot_refused__` lists
    /// it (a standard module written in Python that lacks it): refused.
    pub(super) fn refused_attr(&mut self, k: crate::hir::ModId, attr: &str, span: Span) -> Option<Expr> {
        let m = self.env.hir.modules[k].source;
        if !m.refuses(attr) {
            return None;
        }
        let what = format!("'{attr}' of the module '{}'", m.name);
        Some(self.unsupported(span, &what))
    }

    /// The module `value` is, when it is a global bound only by the
    /// module's import (and no local, cell or free variable of the same
    /// name hides it here).
    pub(super) fn module_global(&mut self, value: &ast::Expr) -> Option<&'static pyaot_registry::modules::Module> {
        let ast::ExprKind::Name(n) = &value.kind else { return None };
        let m = self.env.hir.modules[self.module()].module_names.get(n).copied()?;
        let global = matches!(self.lookup(n), Some(Place::Global(_)))
            && !self.cx.cell_of.contains_key(n)
            && !self.cx.free_of.contains_key(n);
        global.then_some(m)
    }

    /// Setting or deleting an attribute of a module (`math.pi = 3`): its
    /// members are fixed in pyaot (and compiled code may call them
    /// directly), so this is refused rather than compiled.
    pub(super) fn refuse_module_attr_store(&mut self, value: &ast::Expr, attr: &str, span: Span) -> bool {
        let Some(m) = self.module_global(value) else { return false };
        // The standard streams are `sys`'s one assignable part (print and
        // input read them at each call).
        if m.name == "sys" && matches!(attr, "stdin" | "stdout" | "stderr") {
            return false;
        }
        self.error(Diagnostic::unsupported(
            span,
            format!("assigning or deleting an attribute of the module '{}'", m.name),
        ));
        true
    }

    /// Writing into `obj.__dict__` or `vars(obj)` (`obj.__dict__[k] = v`,
    /// `self.__dict__.update(kw)`, `del vars(o)[k]`): pyaot's `__dict__` is
    /// a snapshot of the attributes, not their storage, so the write would
    /// silently change nothing; refused instead. `method` is the method
    /// called on it, if any (only the mutating ones are refused).
    pub(super) fn refuse_dict_write(&mut self, dict: &ast::Expr, method: Option<&str>, span: Span) -> bool {
        let snapshot = match &dict.kind {
            ast::ExprKind::Attribute { attr, .. } => attr == "__dict__",
            ast::ExprKind::Call { func, args, keywords } => match &func.kind {
                ast::ExprKind::Name(n) if n == "vars" => {
                    args.len() <= 1 && keywords.is_empty() && self.is_builtin("vars")
                }
                ast::ExprKind::Name(n) if n == "globals" => {
                    args.is_empty() && keywords.is_empty() && self.is_builtin("globals")
                }
                _ => false,
            },
            _ => false,
        };
        let mutating = method.is_none_or(|m| {
            matches!(m, "update" | "setdefault" | "pop" | "popitem" | "clear" | "__setitem__" | "__delitem__")
        });
        if snapshot && mutating {
            let globals = matches!(&dict.kind, ast::ExprKind::Call { func, args, .. }
                if args.is_empty() && matches!(&func.kind, ast::ExprKind::Name(n) if n == "globals" || n == "vars"));
            let what = if globals {
                "writing into globals() (assign the global instead)"
            } else {
                "writing into an object's __dict__ (set its attributes instead)"
            };
            self.error(Diagnostic::unsupported(span, what));
        }
        snapshot && mutating
    }

    pub(super) fn is_builtin(&mut self, name: &str) -> bool {
        !self.cx.cell_of.contains_key(name)
            && !self.cx.free_of.contains_key(name)
            && self.class_slot(name).is_none()
            && self.lookup(name).is_none()
    }

    /// The function-level local for a name (outside any comprehension scope).
    pub(super) fn fn_local(&mut self, name: &str) -> LocalId {
        if let Some(&l) = self.cx.scopes[0].get(name) {
            return l;
        }
        let key = self.var_key(name);
        let l = self.new_local(name, key);
        self.cx.scopes[0].insert(name.to_string(), l);
        l
    }

    pub(super) fn read(&mut self, place: Place, span: Span) -> Expr {
        match place {
            Place::Local(l) => {
                if !self.assigned.contains(&l) {
                    self.locals[l].maybe_unbound = true;
                }
                mk(ExprKind::Read(place), self.local_ty(l), span)
            }
            Place::Global(g) => {
                let ty = self.env.globals[g].ty.clone();
                if let Ty::Func(_) = ty {
                    return self.unsupported(span, "using a function as a value");
                }
                mk(ExprKind::Read(place), ty, span)
            }
        }
    }

    /// The place a name is stored to. `walrus` targets bind in the function
    /// scope even inside a comprehension.
    pub(super) fn store_place(&mut self, name: &str, walrus: bool) -> Place {
        if !walrus {
            if let Some(&l) = self.cx.scopes.last().unwrap().get(name) {
                if self.cx.scopes.len() > 1 {
                    return Place::Local(l);
                }
            }
        }
        if self.is_module() || self.env.def(self.cx.scope_func).scope.declared_global.contains(name) {
            let g = self.env.global(self.module(), name);
            return Place::Global(g);
        }
        Place::Local(self.fn_local(name))
    }

    /// Widens the place's type with the value's and converts the value to it.
    pub(super) fn assign_place_ty(&mut self, place: Place, v: Expr) -> Expr {
        match place {
            Place::Local(l) => {
                self.assign_local_ty(l, &v.ty);
                self.assigned.insert(l);
                let t = self.local_ty(l);
                self.coerce(v, &t)
            }
            Place::Global(g) => {
                if let Ty::Func(_) = self.env.globals[g].ty {
                    self.error(Diagnostic::unsupported(v.span, "rebinding a function's name"));
                    return v;
                }
                self.assign_global_ty(g, &v.ty);
                let t = self.env.globals[g].ty.clone();
                self.coerce(v, &t)
            }
        }
    }
}
