//! Scopes: which names each function binds, declares `global` or
//! `nonlocal`, and uses without binding.
//!
//! Python decides scope statically: a name assigned anywhere in a function
//! body (and not declared `global`) is local to the whole body. These
//! queries over the syntax tree compute those sets; [`super::build`] runs
//! them once per definition and keeps the answers in the HIR.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::VarId;
use crate::syntax::ast::*;
use crate::syntax::visit::{stmt_exprs, visit_expr, visit_stmts};

/// The names a definition binds, in first-binding order (its variables,
/// numbered by [`VarId`]), and the names it declares.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    pub vars: Vec<String>,
    index: HashMap<String, VarId>,
    /// (Ordered sets: the globals a function declares are made in a
    /// fixed order, so two compiles of a program give the same binary.)
    pub declared_global: BTreeSet<String>,
    pub declared_nonlocal: BTreeSet<String>,
}

impl Scope {
    pub fn is_local(&self, name: &str) -> bool {
        self.var(name).is_some()
    }

    pub fn var(&self, name: &str) -> Option<VarId> {
        self.index.get(name).copied()
    }

    /// The scope binding `vars` (distinct names, in first-binding order).
    pub fn new(vars: Vec<String>, declared_global: BTreeSet<String>, declared_nonlocal: BTreeSet<String>) -> Scope {
        let index = vars.iter().enumerate().map(|(i, n)| (n.clone(), VarId::new(i))).collect();
        Scope { vars, index, declared_global, declared_nonlocal }
    }
}

/// Computes the scope of a function from its parameters and body.
pub fn function_scope(params: &[Param], body: &[Stmt]) -> Scope {
    let mut declared_global = BTreeSet::new();
    collect_globals(body, &mut declared_global);
    let mut declared_nonlocal = BTreeSet::new();
    collect_nonlocals(body, &mut declared_nonlocal);
    let mut names: Vec<String> = params.iter().map(|p| p.name.clone()).collect();
    bindings(body, &mut |n| names.push(n.to_string()));
    let mut seen = BTreeSet::new();
    let vars = names
        .into_iter()
        .filter(|n| !declared_global.contains(n) && !declared_nonlocal.contains(n) && seen.insert(n.clone()))
        .collect();
    Scope::new(vars, declared_global, declared_nonlocal)
}

fn collect_nonlocals(body: &[Stmt], out: &mut BTreeSet<String>) {
    visit_stmts(body, &mut |s| {
        if let StmtKind::Nonlocal(names) = &s.kind {
            out.extend(names.iter().cloned());
        }
    });
}

/// The names a function (or lambda) uses without binding them: its
/// `nonlocal` names, and every name it (or a function nested in it) reads
/// or writes that is neither its local nor declared `global`. The lowering
/// resolves each to an enclosing function's variable or to a global.
pub fn free_names(def: &FuncDef) -> BTreeSet<String> {
    let scope = function_scope(&def.params, &def.body);
    let mut used = BTreeSet::new();
    let mut nested: Vec<FuncDef> = Vec::new();
    visit_stmts(&def.body, &mut |s| {
        if let StmtKind::FunctionDef(d) = &s.kind {
            nested.push(d.clone());
        }
        if let StmtKind::Nonlocal(names) = &s.kind {
            used.extend(names.iter().cloned());
        }
        stmt_exprs(s, &mut |e| {
            names_in(e, &mut used, &mut nested);
        });
    });
    pattern_names(&def.body, &mut used);
    for d in &nested {
        used.extend(free_names(d));
    }
    used.retain(|n| !scope.is_local(n) && !scope.declared_global.contains(n));
    used
}

/// Capture names of `match` statements count as uses too.
fn pattern_names(body: &[Stmt], out: &mut BTreeSet<String>) {
    visit_stmts(body, &mut |s| {
        if let StmtKind::Match { cases, .. } = &s.kind {
            for c in cases {
                pattern_bindings(&c.pattern, &mut |n| {
                    out.insert(n.to_string());
                });
            }
        }
    });
}

/// Every name an expression mentions in its own scope: a mention inside a
/// comprehension that binds the name (in its element, conditions or later
/// iterables; the first iterable is evaluated outside) is the
/// comprehension's own. Lambdas in it are collected, not entered.
fn names_in(e: &Expr, out: &mut BTreeSet<String>, nested: &mut Vec<FuncDef>) {
    mentions(e, &BTreeSet::new(), out, nested)
}

/// [`names_in`], with `bound` the names comprehensions around `e` bind.
fn mentions(e: &Expr, bound: &BTreeSet<String>, out: &mut BTreeSet<String>, nested: &mut Vec<FuncDef>) {
    let (parts, generators): (Vec<&Expr>, &[Comprehension]) = match &e.kind {
        ExprKind::Name(n) => {
            if !bound.contains(n) {
                out.insert(n.clone());
            }
            return;
        }
        ExprKind::NamedExpr { target, value } => {
            out.insert(target.clone());
            return mentions(value, bound, out, nested);
        }
        ExprKind::Lambda(d) => {
            nested.push((**d).clone());
            d.params.iter().filter_map(|p| p.default.as_ref()).for_each(|x| mentions(x, bound, out, nested));
            return;
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators, .. } => (vec![&**elt], generators),
        ExprKind::DictComp { key, value, generators } => (vec![&**key, &**value], generators),
        _ => return crate::syntax::visit::expr_children(e, &mut |x| mentions(x, bound, out, nested)),
    };
    mentions(&generators[0].iter, bound, out, nested);
    let mut inner = bound.clone();
    for g in generators {
        target(&g.target, &mut |n| {
            inner.insert(n.to_string());
        });
    }
    let scoped = parts
        .into_iter()
        .chain(generators.iter().skip(1).map(|g| &g.iter))
        .chain(generators.iter().flat_map(|g| &g.ifs));
    for part in scoped {
        mentions(part, &inner, out, nested);
    }
}

/// Names bound by the targets of the comprehensions around `lambda` in a
/// function body (not in nested functions).
pub fn comprehension_names(params: &[Param], body: &[Stmt], lambda: &FuncDef) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut each = |e: &Expr| comprehension_targets(e, lambda, &mut out);
    params.iter().filter_map(|p| p.default.as_ref()).for_each(&mut each);
    visit_stmts(body, &mut |s| stmt_exprs(s, &mut each));
    out
}

/// Names bound by the targets of the comprehensions in `e` that contain
/// `lambda` (found by identity): local to their comprehension, and cells
/// of it when the lambda reads them.
fn comprehension_targets(e: &Expr, lambda: &FuncDef, out: &mut BTreeSet<String>) {
    visit_expr(e, &mut |x| match &x.kind {
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::GeneratorExp { generators, .. }
        | ExprKind::DictComp { generators, .. } => {
            let mut inside = false;
            visit_expr(x, &mut |y| inside |= matches!(&y.kind, ExprKind::Lambda(d) if std::ptr::eq(&**d, lambda)));
            if inside {
                for g in generators {
                    target(&g.target, &mut |n| {
                        out.insert(n.to_string());
                    });
                }
            }
        }
        _ => {}
    });
}

/// Names declared `global` anywhere in a body.
fn collect_globals(body: &[Stmt], out: &mut BTreeSet<String>) {
    visit_stmts(body, &mut |s| {
        if let StmtKind::Global(names) = &s.kind {
            out.extend(names.iter().cloned());
        }
    });
}

/// Whether a function body contains `yield` (outside nested functions and
/// lambdas): it is a generator function.
pub fn is_generator(body: &[Stmt]) -> bool {
    let mut found = false;
    visit_stmts(body, &mut |s| {
        stmt_exprs(s, &mut |e| {
            visit_expr(e, &mut |x| found |= matches!(x.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)))
        });
    });
    found
}

/// Whether a module has an `__annotations__` global: `__main__` always
/// does in CPython, but only one that names it can tell, so a `__main__`
/// that does not name it goes without; any module that annotates a
/// variable has one.
pub fn module_annotations(body: &[Stmt], main: bool) -> bool {
    if has_annotations(body) {
        return true;
    }
    let mut named = false;
    if main {
        crate::syntax::visit::every_expr(body, &mut |e| {
            named |= matches!(&e.kind, ExprKind::Name(n) if n == "__annotations__")
        });
    }
    named
}

/// Whether a module body annotates a variable (outside its `def`s and
/// classes).
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) => false,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| has_annotations(&c.body)),
        StmtKind::With { body, .. } => has_annotations(body),
        _ => false,
    })
}

/// Calls `f` for every name a body binds (assignment targets, loop
/// targets, `except ... as`, nested `def`s, walrus targets), in order.
pub fn bindings(body: &[Stmt], f: &mut dyn FnMut(&str)) {
    for s in body {
        match &s.kind {
            // A walrus in a decorator, default, base or class keyword binds
            // here (those run in this scope).
            StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) => {
                stmt_exprs(s, &mut |e| walrus(e, f));
                match &s.kind {
                    StmtKind::FunctionDef(d) => f(&d.name),
                    // Names bound in a class body are the class's attributes.
                    StmtKind::ClassDef(c) => f(&c.name),
                    _ => unreachable!(),
                }
            }
            StmtKind::Assign { targets, value } => {
                walrus(value, f);
                for t in targets {
                    target(t, f);
                }
            }
            StmtKind::AugAssign { target: t, value, .. } => {
                walrus(value, f);
                target(t, f);
            }
            StmtKind::AnnAssign { target: t, value: Some(v), .. } => {
                walrus(v, f);
                target(t, f);
            }
            StmtKind::Delete(ts) => ts.iter().for_each(|t| target(t, f)),
            StmtKind::For { target: t, iter, body, orelse } => {
                walrus(iter, f);
                target(t, f);
                bindings(body, f);
                bindings(orelse, f);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                walrus(test, f);
                bindings(body, f);
                bindings(orelse, f);
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                bindings(body, f);
                for h in handlers {
                    if let Some(n) = &h.name {
                        f(n);
                    }
                    bindings(&h.body, f);
                }
                bindings(orelse, f);
                bindings(finalbody, f);
            }
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => walrus(e, f),
            StmtKind::Raise { exc, cause } => {
                exc.iter().chain(cause.iter()).for_each(|e| walrus(e, f));
            }
            StmtKind::Assert { test, msg } => {
                walrus(test, f);
                msg.iter().for_each(|e| walrus(e, f));
            }
            StmtKind::With { items, body } => {
                for (e, t) in items {
                    walrus(e, f);
                    if let Some(t) = t {
                        target(t, f);
                    }
                }
                bindings(body, f);
            }
            StmtKind::Import(names) => {
                for (module, asname) in names {
                    f(asname.as_deref().unwrap_or_else(|| module.split('.').next().unwrap_or(module)));
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for (name, asname) in names {
                    f(asname.as_deref().unwrap_or(name));
                }
            }
            StmtKind::Match { subject, cases } => {
                walrus(subject, f);
                for c in cases {
                    pattern_bindings(&c.pattern, f);
                    c.guard.iter().for_each(|g| walrus(g, f));
                    bindings(&c.body, f);
                }
            }
            _ => {}
        }
    }
}

/// The names a `case` pattern captures.
pub fn pattern_bindings(p: &Pattern, f: &mut dyn FnMut(&str)) {
    match &p.kind {
        PatternKind::Value(_) | PatternKind::Singleton(_) => {}
        PatternKind::Sequence(ps) | PatternKind::Or(ps) => ps.iter().for_each(|p| pattern_bindings(p, f)),
        PatternKind::Mapping { patterns, rest, .. } => {
            patterns.iter().for_each(|p| pattern_bindings(p, f));
            rest.iter().for_each(|r| f(r));
        }
        PatternKind::Class { patterns, kwd_patterns, .. } => {
            patterns.iter().chain(kwd_patterns).for_each(|p| pattern_bindings(p, f))
        }
        PatternKind::Star(name) => name.iter().for_each(|n| f(n)),
        PatternKind::As { pattern, name } => {
            pattern.iter().for_each(|p| pattern_bindings(p, f));
            name.iter().for_each(|n| f(n));
        }
    }
}

/// The names an assignment target binds.
pub fn target_names(t: &Expr, f: &mut dyn FnMut(&str)) {
    target(t, f)
}

fn target(t: &Expr, f: &mut dyn FnMut(&str)) {
    match &t.kind {
        ExprKind::Name(n) => f(n),
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().for_each(|i| target(i, f)),
        ExprKind::Starred(inner) => target(inner, f),
        _ => {}
    }
}

/// Walrus targets bind in the enclosing function, even inside comprehensions.
fn walrus(e: &Expr, f: &mut dyn FnMut(&str)) {
    visit_expr(e, &mut |x| {
        if let ExprKind::NamedExpr { target, .. } = &x.kind {
            f(target);
        }
    });
}

/// The variables of a function bound only by plain assignments (`d = e`,
/// `d += e`, `d *= e`, `d: T = e`; not parameters, `global` or `nonlocal`
/// names), with the spans of those assignments' targets: the candidates
/// for never being negative (`lower/sign.rs`).
pub fn plain_assigns(def: &FuncDef) -> HashMap<String, HashSet<Span>> {
    let mut all: HashMap<String, usize> = HashMap::new();
    bindings(&def.body, &mut |n| *all.entry(n.to_string()).or_default() += 1);
    let mut plain: HashMap<String, HashSet<Span>> = HashMap::new();
    let mut excluded: HashSet<String> = def.params.iter().map(|p| p.name.clone()).collect();
    visit_stmts(&def.body, &mut |s| {
        let target = match &s.kind {
            StmtKind::Assign { targets, .. } if targets.len() == 1 => Some(&targets[0]),
            StmtKind::AugAssign { target, op: BinOp::Add | BinOp::Mul, .. } => Some(target),
            StmtKind::AnnAssign { target, value: Some(_), .. } => Some(target),
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                excluded.extend(names.iter().cloned());
                None
            }
            _ => None,
        };
        if let Some(t @ Expr { kind: ExprKind::Name(n), .. }) = target {
            plain.entry(n.clone()).or_default().insert(t.span);
        }
    });
    plain.retain(|n, sites| !excluded.contains(n) && all.get(n) == Some(&sites.len()));
    plain
}
