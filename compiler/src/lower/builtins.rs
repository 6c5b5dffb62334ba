//! Builtins: which names are builtin functions and classes, calls of them
//! (typed fast paths where the types allow, the runtime's dynamic builtin
//! otherwise) with the static result type of each, and module globals that
//! shadow a builtin.

use super::expr::{mk, prim, str_const};
use super::FnLower;
use crate::ir::{prims as p, Expr, ExprKind, Ty};
use crate::syntax::ast::{self, Span};
use pyaot_registry::{classes, names};

/// The name of the builtin exception class `name` stands for (the
/// registry's table, `classes::ALL`, is the one list of them; an alias such as
/// `IOError` gives its class's name, `OSError`).
pub(super) fn builtin_exception(name: &str) -> Option<&'static str> {
    classes::lookup(name).map(|t| t.name)
}

/// A builtin class usable as a value: exception classes and builtin types.
pub(super) fn builtin_class(name: &str) -> Option<&'static str> {
    classes::builtins_class(name).map(|t| t.name)
}

impl FnLower<'_, '_> {
    /// Module globals named like builtins (`min = ...`, `def max`) that
    /// functions read start out holding the builtin: CPython falls back to
    /// the builtins module while the global is unbound, so a function
    /// calling `min` before the module rebinds it gets the builtin.
    pub(super) fn shadowed_builtins(&mut self, span: Span) -> Vec<crate::ir::Stmt> {
        let names = &self.env.hir.modules[self.module()].shadowed;
        let mut out = Vec::new();
        for n in names {
            let Some(place) = self.lookup(n) else { continue };
            let v = if let Some(class) = builtin_class(n) {
                mk(ExprKind::Class(class), Ty::Dyn, span)
            } else {
                prim(&p::BUILTIN_FUNC, vec![str_const(n, span)], Ty::Dyn, span)
            };
            let v = self.assign_place_ty(place, v);
            out.push(crate::ir::Stmt { kind: crate::ir::StmtKind::Assign(place, v), span });
        }
        out
    }
}

pub(super) fn is_builtin_function(name: &str) -> bool {
    names::is_callable_builtin(name)
}

/// A Python builtin name that pyaot does not implement yet.
pub(super) fn is_unimplemented_builtin(name: &str) -> bool {
    names::PYTHON_BUILTINS.contains(&name)
        && !matches!(name, "NotImplemented" | "Ellipsis" | "__debug__")
        && names::module_of(name).is_none()
        && !is_builtin_function(name)
        && builtin_class(name).is_none()
}

/// The result type of a builtin function, given its argument types.
fn builtin_result(name: &str, args: &[Ty]) -> Ty {
    let first = args.first().cloned().unwrap_or(Ty::Dyn);
    match name {
        "len" | "ord" | "id" | "hash" | "int" => Ty::Int,
        "str" | "repr" | "chr" | "bin" | "hex" | "oct" | "input" | "ascii" | "format" => Ty::Str,
        "float" => Ty::Float,
        "bool" | "isinstance" | "issubclass" | "any" | "all" => Ty::Bool,
        "list" | "sorted" => Ty::List(crate::ir::ty::dyn_sites()),
        "tuple" => Ty::Tuple(None),
        "dict" => Ty::Dict,
        "set" => Ty::Set,
        "range" => Ty::Range,
        "enumerate" | "zip" | "map" | "filter" => Ty::Iter,
        // `iter` returns a generator or an instance's own iterator as it is,
        // `reversed` what an instance's `__reversed__` returns.
        "iter" | "reversed" => match first {
            Ty::List(_) | Ty::Tuple(_) | Ty::Str | Ty::Range | Ty::Dict | Ty::Set => Ty::Iter,
            _ => Ty::Dyn,
        },
        "print" => Ty::None,
        "abs" => match first {
            Ty::Int | Ty::Bool => Ty::Int,
            Ty::Float => Ty::Float,
            _ => Ty::Dyn,
        },
        "round" if args.len() == 1 => match first {
            Ty::Float | Ty::Int | Ty::Bool => Ty::Int,
            _ => Ty::Dyn,
        },
        "round" => match first {
            Ty::Float => Ty::Float,
            Ty::Int => Ty::Int,
            _ => Ty::Dyn,
        },
        "divmod" => match (&first, args.get(1)) {
            (Ty::Int, Some(Ty::Int)) => Ty::Tuple(Some(vec![Ty::Int, Ty::Int])),
            (Ty::Float, Some(Ty::Float | Ty::Int)) | (Ty::Int, Some(Ty::Float)) => {
                Ty::Tuple(Some(vec![Ty::Float, Ty::Float]))
            }
            _ => Ty::Tuple(None),
        },
        // Three ints make an int; `pow(a, b, None)` is `a ** b`, so anything else is dynamic.
        "pow" if args.len() == 3 && args.iter().all(|t| matches!(t, Ty::Int | Ty::Bool)) => Ty::Int,
        "min" | "max" if args.len() >= 2 && args.iter().all(|t| *t == first) && !first.is_dyn() => first,
        "sum" if first == Ty::Range => Ty::Int,
        _ if builtin_exception(name).is_some() => Ty::Dyn,
        _ => Ty::Dyn,
    }
}

impl FnLower<'_, '_> {
    pub(super) fn call_builtin(&mut self, name: &str, args: &[ast::Expr], kws: &[ast::Keyword], span: Span) -> Expr {
        if name == "type" {
            // `type(x)` may be a tracked class, called later.
            self.env.note_dyn_method("__init__");
        }
        if name == "vars" && args.is_empty() && kws.is_empty() {
            // A comprehension's namespace (`namespace.rs` reads the
            // module's, a class body's and a function's): not there yet.
            return self.unsupported(span, "vars() without an argument in a comprehension");
        }
        // Typed fast paths.
        if kws.is_empty() {
            match (name, args.len()) {
                ("len", 1) => {
                    let x = self.expr(&args[0]);
                    let pr = match x.ty {
                        Ty::Str => Some(&p::S_LEN),
                        Ty::List(_) => Some(&p::L_LEN),
                        Ty::Tuple(_) => Some(&p::T_LEN),
                        Ty::Dict => Some(&p::D_LEN),
                        Ty::Set => Some(&p::ST_LEN),
                        Ty::Range => Some(&p::R_LEN),
                        _ => None,
                    };
                    return match pr {
                        Some(pr) => prim(pr, vec![x], Ty::Int, span),
                        None => {
                            let d = self.to_dyn(x);
                            prim(&p::V_LEN, vec![d], Ty::Int, span)
                        }
                    };
                }
                ("next", 1 | 2) if !args.iter().any(|a| matches!(a.kind, ast::ExprKind::Starred(_))) => {
                    let vals: Vec<Expr> = args
                        .iter()
                        .map(|a| {
                            let v = self.expr(a);
                            self.to_dyn(v)
                        })
                        .collect();
                    let pr = if vals.len() == 1 { &p::V_NEXT } else { &p::V_NEXT_DEFAULT };
                    return prim(pr, vals, Ty::Dyn, span);
                }
                ("range", 1..=3) => {
                    let mut vals: Vec<Expr> = args
                        .iter()
                        .map(|a| {
                            let v = self.expr(a);
                            let v = if v.ty == Ty::Bool { prim(&p::I_FROM_BOOL, vec![v], Ty::Int, span) } else { v };
                            self.coerce(v, &Ty::Int)
                        })
                        .collect();
                    if vals.len() == 1 {
                        vals.insert(0, mk(ExprKind::Int(0), Ty::Int, span));
                    }
                    if vals.len() == 2 {
                        vals.push(mk(ExprKind::Int(1), Ty::Int, span));
                    }
                    return prim(&p::R_NEW, vals, Ty::Range, span);
                }
                ("str", 1) => {
                    let x = self.expr(&args[0]);
                    return self.to_str(x);
                }
                ("bool", 1) => {
                    let x = self.expr(&args[0]);
                    return self.truthy(x);
                }
                ("float", 1) => {
                    let x = self.expr(&args[0]);
                    match x.ty {
                        Ty::Float => return x,
                        Ty::Int => return prim(&p::I_TO_F64, vec![x], Ty::Float, span),
                        _ => {
                            let d = self.to_dyn(x);
                            return self.generic_builtin(name, vec![d], vec![], span);
                        }
                    }
                }
                ("int", 1) => {
                    let x = self.expr(&args[0]);
                    match x.ty {
                        Ty::Int => return x,
                        Ty::Bool => return prim(&p::I_FROM_BOOL, vec![x], Ty::Int, span),
                        Ty::Float => return prim(&p::I_FROM_F64, vec![x], Ty::Int, span),
                        _ => {
                            let d = self.to_dyn(x);
                            return self.generic_builtin(name, vec![d], vec![], span);
                        }
                    }
                }
                ("abs", 1) => {
                    let x = self.expr(&args[0]);
                    match x.ty {
                        Ty::Int => return prim(&p::I_ABS, vec![x], Ty::Int, span),
                        Ty::Float => return prim(&p::F_ABS, vec![x], Ty::Float, span),
                        _ => {
                            let d = self.to_dyn(x);
                            return self.generic_builtin(name, vec![d], vec![], span);
                        }
                    }
                }
                ("round", 1) => {
                    let x = self.expr(&args[0]);
                    if x.ty == Ty::Float {
                        return prim(&p::F_ROUND, vec![x], Ty::Int, span);
                    }
                    let d = self.to_dyn(x);
                    return self.generic_builtin(name, vec![d], vec![], span);
                }
                ("isinstance", 2) => {
                    let x = self.expr(&args[0]);
                    let x = self.box_ro(x);
                    // Classes named here are tested against, not called.
                    let names = |e: &ast::Expr| matches!(e.kind, ast::ExprKind::Name(_));
                    let quiet = match &args[1].kind {
                        ast::ExprKind::Tuple(items) => items.iter().all(names),
                        _ => names(&args[1]),
                    };
                    self.quiet_classes = quiet;
                    let c = self.expr(&args[1]);
                    self.quiet_classes = false;
                    let c = self.to_dyn(c);
                    return prim(&p::ISINSTANCE, vec![x, c], Ty::Bool, span);
                }
                _ => {}
            }
        }
        // `print` with str (or None) `sep`/`end` calls the runtime's print
        // directly; `file=`, `flush=` or keywords of other types go through
        // the dynamic builtin, which checks them as CPython does.
        if name == "print" && kws.iter().all(|k| matches!(k.name.as_deref(), Some("sep" | "end"))) {
            let kw_vals: Vec<Expr> = kws.iter().map(|k| self.expr(&k.value)).collect();
            if kw_vals.iter().all(|v| matches!(v.ty, Ty::Str | Ty::None)) {
                let mut vals = Vec::new();
                for a in args {
                    let v = self.expr(a);
                    vals.push(self.box_ro(v));
                }
                let mut sep = mk(ExprKind::Absent, Ty::None, span);
                let mut end = mk(ExprKind::Absent, Ty::None, span);
                for (k, v) in kws.iter().zip(kw_vals) {
                    let v = if v.ty == Ty::None { mk(ExprKind::Absent, Ty::None, span) } else { v };
                    if k.name.as_deref() == Some("sep") {
                        sep = v;
                    } else {
                        end = v;
                    }
                }
                return prim(&p::PRINT, vec![mk(ExprKind::Pack(vals), Ty::Dyn, span), sep, end], Ty::None, span);
            }
        }
        if name == "sum" && args.len() == 1 && kws.is_empty() {
            if let Some(e) = self.sum_genexp(&args[0], span) {
                return e;
            }
        }
        if matches!(name, "any" | "all") && args.len() == 1 && kws.is_empty() {
            if let Some(e) = self.short_circuit_genexp(&args[0], name == "any", span) {
                return e;
            }
        }
        let consumes_whole = matches!(name, "sum" | "min" | "max" | "list" | "sorted" | "tuple" | "set" | "dict");
        let arg_vals: Vec<Expr> = args
            .iter()
            .map(|a| match consumes_whole.then(|| self.eager_genexp(a, span)).flatten() {
                Some(v) => v,
                None => self.expr(a),
            })
            .collect();
        let typed_items =
            arg_vals.len() == 1 && matches!(arg_vals[0].ty, Ty::List(_) | Ty::Str | Ty::Range | Ty::Never);
        if matches!(name, "list" | "sorted") && typed_items {
            // A new list whose elements are typed like the iterable's items.
            let sites = self.site(span);
            let t = self.iter_item_ty(&arg_vals[0].ty);
            self.env.write_elem(&sites, &t);
            let mut vals: Vec<Expr> = arg_vals.into_iter().map(|v| self.box_ro(v)).collect();
            let mut names = Vec::new();
            for k in kws {
                let v = self.expr(&k.value);
                vals.push(self.to_dyn(v));
                names.push(k.name.clone().unwrap_or_default());
            }
            let e = self.generic_builtin(name, vals, names, span);
            return self.coerce(e, &Ty::List(sites));
        }
        let tys: Vec<Ty> = arg_vals.iter().map(|a| a.ty.clone()).collect();
        let mut vals: Vec<Expr> = arg_vals.into_iter().map(|v| self.to_dyn(v)).collect();
        let mut names = Vec::new();
        for k in kws {
            let v = self.expr(&k.value);
            vals.push(self.to_dyn(v));
            names.push(k.name.clone().unwrap_or_default());
        }
        // A keyword argument can change what the positional ones imply
        // (`round(x, ndigits=1)` is a float): those results stay dynamic.
        let ty = if !kws.is_empty() && matches!(name, "round" | "pow" | "min" | "max" | "sum" | "divmod" | "abs") {
            Ty::Dyn
        } else {
            builtin_result(name, &tys)
        };
        let e = self.generic_builtin(name, vals, names, span);
        self.coerce(e, &ty)
    }

    /// The runtime's dynamic builtin, by name. `int()` and `float()` always
    /// give their type; other results are coerced by the caller.
    pub(super) fn generic_builtin(&mut self, name: &str, vals: Vec<Expr>, names: Vec<String>, span: Span) -> Expr {
        let names = names.iter().map(|n| str_const(n, span)).collect();
        let e = prim(
            &p::CALL_BUILTIN,
            vec![
                str_const(name, span),
                mk(ExprKind::Pack(vals), Ty::Dyn, span),
                mk(ExprKind::Pack(names), Ty::Dyn, span),
            ],
            Ty::Dyn,
            span,
        );
        match name {
            "int" => self.coerce(e, &Ty::Int),
            "float" => self.coerce(e, &Ty::Float),
            _ => e,
        }
    }
}
