//! Walking the syntax tree: every statement of a body, the expressions a
//! statement evaluates in its own scope, every sub-expression. The stages
//! above (the HIR's scope analysis, lowering) and the parser's own checks
//! share these walkers rather than each matching every node kind again.

use super::ast::*;

/// Calls `f` on every statement of a body, nested blocks included, but not
/// on the bodies of nested functions.
pub fn visit_stmts<'a>(body: &'a [Stmt], f: &mut dyn FnMut(&'a Stmt)) {
    walk_stmts(body, true, f);
}

/// Calls `f` on every statement that runs in the body's own scope: nested
/// blocks included, not the bodies of nested classes or functions.
pub fn scope_stmts<'a>(body: &'a [Stmt], f: &mut dyn FnMut(&'a Stmt)) {
    walk_stmts(body, false, f);
}

fn walk_stmts<'a>(body: &'a [Stmt], classes: bool, f: &mut dyn FnMut(&'a Stmt)) {
    for s in body {
        f(s);
        match &s.kind {
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                walk_stmts(body, classes, f);
                walk_stmts(orelse, classes, f);
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                walk_stmts(body, classes, f);
                for h in handlers {
                    walk_stmts(&h.body, classes, f);
                }
                walk_stmts(orelse, classes, f);
                walk_stmts(finalbody, classes, f);
            }
            StmtKind::Match { cases, .. } => cases.iter().for_each(|c| walk_stmts(&c.body, classes, f)),
            StmtKind::With { body, .. } => walk_stmts(body, classes, f),
            // A class body runs where it is written; its methods are nested functions.
            StmtKind::ClassDef(c) if classes => walk_stmts(&c.body, classes, f),
            _ => {}
        }
    }
}

/// Calls `f` on every statement of a body, the bodies of nested
/// functions included.
pub fn every_stmt<'a>(body: &'a [Stmt], f: &mut dyn FnMut(&'a Stmt)) {
    visit_stmts(body, &mut |s| {
        f(s);
        if let StmtKind::FunctionDef(d) = &s.kind {
            every_stmt(&d.body, f);
        }
    });
}

/// The expressions a statement evaluates in its own scope (a nested
/// function's defaults and decorators, not its body).
pub fn stmt_exprs<'a>(s: &'a Stmt, f: &mut dyn FnMut(&'a Expr)) {
    match &s.kind {
        StmtKind::FunctionDef(d) => {
            d.params.iter().filter_map(|p| p.default.as_ref()).for_each(&mut *f);
            d.annotations.iter().filter_map(|(_, a)| a.value.as_deref()).for_each(&mut *f);
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
        StmtKind::AnnAssign { target, value, annotation, .. } => {
            f(target);
            value.iter().for_each(&mut *f);
            annotation.value.iter().for_each(|a| f(a));
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

/// Every expression of a body, in nested functions and lambdas too.
pub fn every_expr(body: &[Stmt], f: &mut dyn FnMut(&Expr)) {
    visit_stmts(body, &mut |s| {
        if let StmtKind::FunctionDef(d) = &s.kind {
            every_expr(&d.body, f);
        }
        stmt_exprs(s, &mut |e| {
            visit_expr(e, &mut |x| {
                f(x);
                if let ExprKind::Lambda(d) = &x.kind {
                    every_expr(&d.body, f);
                }
            })
        });
    });
}
