//! Name resolution: which names are local to each function, which are
//! module globals, and which are builtins.
//!
//! Python decides scope statically: a name assigned anywhere in a function
//! body (and not declared `global`) is local to the whole body. This pass
//! collects those sets; the lowering then maps every name use to a local
//! slot, a global slot or a builtin. A nested function (or lambda) may also
//! use names of its enclosing functions: [`free_names`] lists the names a
//! function uses without binding them, and the lowering captures those an
//! enclosing function binds (as cells shared by both).

use std::collections::{BTreeSet, HashSet};

use crate::syntax::ast::*;

/// The names a function body binds, in first-binding order.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    pub locals: Vec<String>,
    pub declared_global: HashSet<String>,
    pub declared_nonlocal: HashSet<String>,
}

impl Scope {
    pub fn is_local(&self, name: &str) -> bool {
        self.locals.iter().any(|n| n == name)
    }
}

/// Computes the scope of a function from its parameters and body.
pub fn function_scope(params: &[Param], body: &[Stmt]) -> Scope {
    let mut declared_global = HashSet::new();
    collect_globals(body, &mut declared_global);
    let mut declared_nonlocal = HashSet::new();
    collect_nonlocals(body, &mut declared_nonlocal);
    let mut names: Vec<String> = params.iter().map(|p| p.name.clone()).collect();
    bindings(body, &mut |n| names.push(n.to_string()));
    let mut seen = BTreeSet::new();
    let locals = names
        .into_iter()
        .filter(|n| !declared_global.contains(n) && !declared_nonlocal.contains(n) && seen.insert(n.clone()))
        .collect();
    Scope { locals, declared_global, declared_nonlocal }
}

fn collect_nonlocals(body: &[Stmt], out: &mut HashSet<String>) {
    visit_stmts(body, &mut |s| {
        if let StmtKind::Nonlocal(names) = &s.kind {
            out.extend(names.iter().cloned());
        }
    });
}

/// Calls `f` on every statement of a body, nested blocks included, but not
/// on the bodies of nested functions.
pub fn visit_stmts<'a>(body: &'a [Stmt], f: &mut dyn FnMut(&'a Stmt)) {
    for s in body {
        f(s);
        match &s.kind {
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                visit_stmts(body, f);
                visit_stmts(orelse, f);
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                visit_stmts(body, f);
                for h in handlers {
                    visit_stmts(&h.body, f);
                }
                visit_stmts(orelse, f);
                visit_stmts(finalbody, f);
            }
            StmtKind::Match { cases, .. } => cases.iter().for_each(|c| visit_stmts(&c.body, f)),
            StmtKind::With { body, .. } => visit_stmts(body, f),
            // A class body runs where it is written; its methods are nested functions.
            StmtKind::ClassDef(c) => visit_stmts(&c.body, f),
            _ => {}
        }
    }
}

/// The expressions a statement evaluates in its own scope (a nested
/// function's defaults and decorators, not its body).
pub fn stmt_exprs<'a>(s: &'a Stmt, f: &mut dyn FnMut(&'a Expr)) {
    match &s.kind {
        StmtKind::FunctionDef(d) => {
            d.params.iter().filter_map(|p| p.default.as_ref()).for_each(&mut *f);
            d.decorators.iter().for_each(f);
        }
        StmtKind::ClassDef(c) => {
            c.bases.iter().for_each(&mut *f);
            c.keywords.iter().for_each(|k| f(&k.value));
            c.decorators.iter().for_each(f);
        }
        StmtKind::Return(Some(e)) | StmtKind::Expr(e) => f(e),
        StmtKind::Assign { targets, value } => {
            targets.iter().for_each(&mut *f);
            f(value);
        }
        StmtKind::AugAssign { target, value, .. } => {
            f(target);
            f(value);
        }
        StmtKind::AnnAssign { target, value, annotation } => {
            f(target);
            value.iter().for_each(&mut *f);
            annotation.name.iter().for_each(|a| f(a));
        }
        StmtKind::Delete(ts) => ts.iter().for_each(f),
        StmtKind::With { items, .. } => {
            for (e, t) in items {
                f(e);
                t.iter().for_each(&mut *f);
            }
        }
        StmtKind::For { target, iter, .. } => {
            f(target);
            f(iter);
        }
        StmtKind::While { test, .. } | StmtKind::If { test, .. } => f(test),
        StmtKind::Raise { exc, cause } => exc.iter().chain(cause.iter()).for_each(f),
        StmtKind::Try { handlers, .. } => handlers.iter().filter_map(|h| h.ty.as_ref()).for_each(f),
        StmtKind::Assert { test, msg } => {
            f(test);
            msg.iter().for_each(f);
        }
        StmtKind::Match { subject, cases } => {
            f(subject);
            for c in cases {
                c.guard.iter().for_each(&mut *f);
                pattern_exprs(&c.pattern, f);
            }
        }
        _ => {}
    }
}

fn pattern_exprs<'a>(p: &'a Pattern, f: &mut dyn FnMut(&'a Expr)) {
    match &p.kind {
        PatternKind::Value(e) => f(e),
        PatternKind::Sequence(ps) | PatternKind::Or(ps) => ps.iter().for_each(|p| pattern_exprs(p, f)),
        PatternKind::Mapping { keys, patterns, .. } => {
            keys.iter().for_each(&mut *f);
            patterns.iter().for_each(|p| pattern_exprs(p, f));
        }
        PatternKind::Class { cls, patterns, kwd_patterns, .. } => {
            f(cls);
            patterns.iter().chain(kwd_patterns).for_each(|p| pattern_exprs(p, f));
        }
        PatternKind::As { pattern: Some(p), .. } => pattern_exprs(p, f),
        _ => {}
    }
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
    let mut own: HashSet<*const Expr> = HashSet::new();
    visit_expr(e, &mut |x| {
        let (parts, generators): (Vec<&Expr>, &[Comprehension]) = match &x.kind {
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators, .. } => (vec![&**elt], generators),
            ExprKind::DictComp { key, value, generators } => (vec![&**key, &**value], generators),
            _ => return,
        };
        let mut bound = BTreeSet::new();
        for g in generators {
            target(&g.target, &mut |n| {
                bound.insert(n.to_string());
            });
        }
        let scoped = parts
            .into_iter()
            .chain(generators.iter().skip(1).map(|g| &g.iter))
            .chain(generators.iter().flat_map(|g| &g.ifs));
        for part in scoped {
            visit_expr(part, &mut |y| {
                if matches!(&y.kind, ExprKind::Name(n) if bound.contains(n)) {
                    own.insert(y as *const Expr);
                }
            });
        }
    });
    visit_expr(e, &mut |x| match &x.kind {
        ExprKind::Name(n) if !own.contains(&(x as *const Expr)) => {
            out.insert(n.clone());
        }
        ExprKind::NamedExpr { target: n, .. } => {
            out.insert(n.clone());
        }
        ExprKind::Lambda(d) => nested.push((**d).clone()),
        _ => {}
    });
}

/// Names bound by comprehension targets anywhere in a function body (not
/// in nested functions).
pub fn comprehension_names(params: &[Param], body: &[Stmt]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    params.iter().filter_map(|p| p.default.as_ref()).for_each(|e| comprehension_targets(e, &mut out));
    visit_stmts(body, &mut |s| stmt_exprs(s, &mut |e| comprehension_targets(e, &mut out)));
    out
}

/// Names bound by comprehension targets: local to their comprehension.
fn comprehension_targets(e: &Expr, out: &mut BTreeSet<String>) {
    visit_expr(e, &mut |x| match &x.kind {
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::GeneratorExp { generators, .. }
        | ExprKind::DictComp { generators, .. } => {
            for g in generators {
                target(&g.target, &mut |n| {
                    out.insert(n.to_string());
                });
            }
        }
        _ => {}
    });
}

/// Names declared `global` anywhere in a body.
fn collect_globals(body: &[Stmt], out: &mut HashSet<String>) {
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

/// Visits `e` and every sub-expression.
pub fn visit_expr<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
    f(e);
    expr_children(e, &mut |x| visit_expr(x, f));
}

/// Calls `go` on each direct subexpression of `e` (not inside lambdas).
pub fn expr_children<'a>(e: &'a Expr, go: &mut dyn FnMut(&'a Expr)) {
    let mut go = |x: &'a Expr| go(x);
    match &e.kind {
        ExprKind::BoolOp { values, .. } => values.iter().for_each(go),
        ExprKind::NamedExpr { value, .. } => go(value),
        ExprKind::Yield(v) => v.iter().for_each(|x| go(x)),
        ExprKind::YieldFrom(v) => go(v),
        ExprKind::BinOp { left, right, .. } => {
            go(left);
            go(right);
        }
        ExprKind::UnaryOp { operand, .. } => go(operand),
        ExprKind::IfExp { test, body, orelse } => {
            go(test);
            go(body);
            go(orelse);
        }
        ExprKind::Dict { keys, values } => keys.iter().flatten().chain(values).for_each(go),
        ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::JoinedStr(items) => {
            items.iter().for_each(go)
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators, .. } => {
            go(elt);
            for g in generators {
                go(&g.iter);
                g.ifs.iter().for_each(&mut go);
            }
        }
        ExprKind::DictComp { key, value, generators } => {
            go(key);
            go(value);
            for g in generators {
                go(&g.iter);
                g.ifs.iter().for_each(&mut go);
            }
        }
        ExprKind::Compare { left, comparators, .. } => {
            go(left);
            comparators.iter().for_each(go);
        }
        ExprKind::Call { func, args, keywords } => {
            go(func);
            args.iter().for_each(&mut go);
            keywords.iter().for_each(|k| go(&k.value));
        }
        ExprKind::FormattedValue { value, spec, .. } => {
            go(value);
            if let Some(s) = spec {
                go(s);
            }
        }
        ExprKind::Attribute { value, .. } | ExprKind::Starred(value) => go(value),
        ExprKind::Subscript { value, index } => {
            go(value);
            go(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                go(x);
            }
        }
        ExprKind::Constant(_) | ExprKind::Name(_) => {}
        // A lambda's defaults are evaluated where it is written; its body is its own scope.
        ExprKind::Lambda(d) => d.params.iter().filter_map(|p| p.default.as_ref()).for_each(go),
    }
}
