//! The namespace builtins called without arguments: `globals()`,
//! `locals()`, `vars()` and `dir()`, and `dir(x)`.
//!
//! At module level they read the module's namespace (the runtime's module
//! object holds it); in a class body, the dictionary the body fills. In a function they read the function's variables:
//! CPython keeps one dictionary per call for `locals()` and refreshes it
//! on every call (variables that hold a value are set, the others leave),
//! so here too a hidden local holds that dictionary and each call
//! refreshes it, in CPython's order: parameters, the other variables in
//! order of first binding, then the variables closures share and those
//! read from enclosing functions, each group by name.

use super::expr::*;
use super::imports::pack;
use super::FnLower;
use crate::ir::{prims as p, Expr, ExprKind, LocalId, Place, Stmt, StmtKind, Ty};
use crate::syntax::ast::{self, ParamKind, Span};

impl FnLower<'_, '_> {
    /// Whether `name()` (no arguments) reads a namespace here: `globals()`
    /// anywhere; `locals()`, `vars()` and `dir()` at module level or in a
    /// function (not in a class body or a comprehension).
    pub(super) fn is_namespace_call(&mut self, name: &str) -> bool {
        match name {
            "globals" => true,
            "locals" | "vars" | "dir" => {
                self.class_body().is_some() || (self.cx.class_ns.is_empty() && self.cx.scopes.len() == 1)
            }
            _ => false,
        }
    }

    /// `globals()` (and the others at module level): a snapshot of the
    /// module's namespace (writing into it is refused: `names.rs`);
    /// `dir()`: its names, sorted. In a function: its variables.
    pub(super) fn namespace_call(&mut self, name: &str, span: Span) -> Expr {
        let ns = if let Some(body) = self.class_body().filter(|_| name != "globals") {
            // A class body's: the very dictionary it fills, as CPython's.
            mk(ExprKind::Read(Place::Local(body.ns)), Ty::Dyn, span)
        } else if name == "globals" || self.is_module() {
            self.module_namespace(span)
        } else if self.env.def(self.cx.scope_func).uses_super
            && self.env.funcs[self.cx.scope_func].class_global.is_none()
        {
            // CPython lists the `__class__` cell such a method reads.
            return self.unsupported(span, &format!("{name}() without arguments in a method that uses super()"));
        } else {
            self.locals_dict(span)
        };
        if name == "dir" {
            let ns = self.to_dyn(ns);
            let args = pack(vec![ns], span);
            return prim(&p::CALL_BUILTIN, vec![str_const("sorted", span), args, pack(vec![], span)], Ty::Dyn, span);
        }
        ns
    }

    /// `dir(x)` of a module of the program, a class or an instance (other
    /// objects: not yet; refused where their type is known).
    pub(super) fn dir_of(&mut self, arg: &ast::Expr, span: Span) -> Expr {
        let m = self.expr(arg);
        // (A dynamic value that turns out none of those ends the program
        // with an internal error: `types::module::dir`.)
        if !matches!(m.ty, Ty::Module(_) | Ty::Dyn | Ty::Obj { .. }) {
            return self.unsupported(span, "dir() of anything but a module, a class or an instance");
        }
        let m = self.to_dyn(m);
        let names = prim(&p::MOD_DIR, vec![m], Ty::Dyn, span);
        prim(
            &p::CALL_BUILTIN,
            vec![str_const("sorted", span), pack(vec![names], span), pack(vec![], span)],
            Ty::Dyn,
            span,
        )
    }

    fn module_namespace(&mut self, span: Span) -> Expr {
        let k = self.module();
        // The runtime reads the module's globals by name.
        self.env.escape(&Ty::Module(k));
        let module = self.env.hir.modules[k].source.name.clone();
        let m = prim(&p::MOD_GET, vec![str_const(&module, span)], Ty::Dyn, span);
        prim(&p::GET_ATTR, vec![m, str_const("__dict__", span)], Ty::Dyn, span)
    }

    /// The function's `locals()` dictionary, refreshed.
    fn locals_dict(&mut self, span: Span) -> Expr {
        let ns = match self.locals_ns {
            Some(l) => l,
            None => {
                let l = self.new_local("locals()", super::VarKey::Namespace);
                self.locals[l].ty = Ty::Dict;
                self.locals[l].maybe_unbound = true;
                self.locals_ns = Some(l);
                l
            }
        };
        let read_ns = || mk(ExprKind::Read(Place::Local(ns)), Ty::Dict, span);
        let mut body = vec![Stmt {
            kind: StmtKind::If(
                mk(ExprKind::Bound(ns), Ty::Bool, span),
                vec![],
                vec![Stmt {
                    kind: StmtKind::Assign(Place::Local(ns), mk(ExprKind::Dict(vec![]), Ty::Dict, span)),
                    span,
                }],
            ),
            span,
        }];
        for (name, var) in self.local_variables() {
            let key = || str_const(&name, span);
            let stmt = match var {
                Var::Cell(cell) => prim(&p::NS_SYNC_CELL, vec![read_ns(), key(), cell], Ty::None, span),
                Var::Class(g) => {
                    let class = mk(ExprKind::Read(Place::Global(g)), Ty::Dyn, span);
                    let key = self.to_dyn(key());
                    prim(&p::D_SETITEM, vec![read_ns(), key, class], Ty::None, span)
                }
                Var::Local(l) => {
                    let value = mk(ExprKind::Read(Place::Local(l)), self.local_ty(l), span);
                    let value = self.to_dyn(value);
                    let key = self.to_dyn(key());
                    let set = prim(&p::D_SETITEM, vec![read_ns(), key, value], Ty::None, span);
                    if self.assigned.contains(&l) {
                        set
                    } else {
                        self.locals[l].maybe_unbound = true;
                        let discard = prim(&p::NS_DISCARD, vec![read_ns(), str_const(&name, span)], Ty::None, span);
                        let stmt = |e| vec![Stmt { kind: StmtKind::Expr(e), span }];
                        body.push(Stmt {
                            kind: StmtKind::If(mk(ExprKind::Bound(l), Ty::Bool, span), stmt(set), stmt(discard)),
                            span,
                        });
                        continue;
                    }
                }
            };
            body.push(Stmt { kind: StmtKind::Expr(stmt), span });
        }
        mk(ExprKind::Seq(body, Box::new(read_ns())), Ty::Dict, span)
    }

    /// The function's variables in CPython's `locals()` order.
    fn local_variables(&mut self) -> Vec<(String, Var)> {
        let def = self.env.def(self.cx.scope_func);
        let params: Vec<&ast::Param> = def.ast.map_or(vec![], |d| d.params.iter().collect());
        let rank = |k: &ParamKind| match k {
            ParamKind::PositionalOnly | ParamKind::Normal => 0,
            ParamKind::KeywordOnly => 1,
            ParamKind::VarArgs => 2,
            ParamKind::VarKw => 3,
        };
        let mut ordered: Vec<String> = {
            let mut ps = params.clone();
            ps.sort_by_key(|p| rank(&p.kind));
            ps.iter().map(|p| p.name.clone()).collect()
        };
        let is_param = |n: &str| params.iter().any(|p| p.name == n);
        let shared = |n: &str| self.cx.cell_of.contains_key(n);
        ordered.extend(def.scope.vars.iter().filter(|n| !is_param(n) && !shared(n)).cloned());
        let mut cells: Vec<String> = def.scope.vars.iter().filter(|n| !is_param(n) && shared(n)).cloned().collect();
        cells.sort();
        ordered.extend(cells);
        let mut free: Vec<String> = self.cx.free_of.keys().cloned().collect();
        // A method using `super()` reads its class from a `__class__` cell.
        let class = self.env.funcs[self.cx.scope_func].class_global.filter(|_| def.uses_super);
        if class.is_some() {
            free.push("__class__".to_string());
        }
        free.sort();
        ordered.extend(free);
        let span = def.ast.map_or(Span::at(1, 1), |d| d.span);
        ordered
            .into_iter()
            .map(|n| {
                let var = match (self.cell(&n, span), class) {
                    (Some(c), _) => Var::Cell(c),
                    (None, Some(g)) if n == "__class__" => Var::Class(g),
                    (None, _) => Var::Local(self.fn_local(&n)),
                };
                (n, var)
            })
            .collect()
    }
}

/// Where a variable lives.
enum Var {
    Local(LocalId),
    /// A variable closures share: its cell.
    Cell(Expr),
    /// A method's `__class__`: the global the `class` statement sets.
    Class(crate::ir::GlobalId),
}
