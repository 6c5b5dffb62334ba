//! Name resolution: which names are local to each function, which are
//! module globals, and which are builtins.
//!
//! Python decides scope statically: a name assigned anywhere in a function
//! body (and not declared `global`) is local to the whole body. This pass
//! collects those sets; the lowering then maps every name use to a local
//! slot, a global slot or a builtin. Closures (cells for names used by
//! nested functions, `nonlocal`) extend this model in a later step: a
//! nested scope will look names up in its enclosing function's set before
//! the module's.

use std::collections::{BTreeSet, HashSet};

use crate::syntax::ast::*;

/// The names a function body binds, in first-binding order.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    pub locals: Vec<String>,
    pub declared_global: HashSet<String>,
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
    let mut names: Vec<String> = params.iter().map(|p| p.name.clone()).collect();
    bindings(body, &mut |n| names.push(n.to_string()));
    let mut seen = BTreeSet::new();
    let locals = names
        .into_iter()
        .filter(|n| !declared_global.contains(n) && seen.insert(n.clone()))
        .collect();
    Scope { locals, declared_global }
}

/// Names declared `global` anywhere in a body.
fn collect_globals(body: &[Stmt], out: &mut HashSet<String>) {
    for s in body {
        match &s.kind {
            StmtKind::Global(names) => out.extend(names.iter().cloned()),
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                collect_globals(body, out);
                collect_globals(orelse, out);
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                collect_globals(body, out);
                for h in handlers {
                    collect_globals(&h.body, out);
                }
                collect_globals(orelse, out);
                collect_globals(finalbody, out);
            }
            StmtKind::Match { cases, .. } => cases.iter().for_each(|c| collect_globals(&c.body, out)),
            _ => {}
        }
    }
}

/// Calls `f` for every name a body binds (assignment targets, loop
/// targets, `except ... as`, nested `def`s, walrus targets), in order.
pub fn bindings(body: &[Stmt], f: &mut dyn FnMut(&str)) {
    for s in body {
        match &s.kind {
            StmtKind::FunctionDef(d) => f(&d.name),
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
            StmtKind::AnnAssign { target: t, value } => {
                if let Some(v) = value {
                    walrus(v, f);
                    target(t, f);
                }
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
pub fn visit_expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    let mut go = |x: &Expr| visit_expr(x, f);
    match &e.kind {
        ExprKind::BoolOp { values, .. } => values.iter().for_each(go),
        ExprKind::NamedExpr { value, .. } => go(value),
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
        ExprKind::Dict { keys, values } => keys.iter().chain(values).for_each(go),
        ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::JoinedStr(items) => {
            items.iter().for_each(go)
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
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
    }
}
