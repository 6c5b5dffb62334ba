//! The SyntaxErrors CPython's symbol table raises for `global` and
//! `nonlocal` statements that come too late: a name the scope already
//! used, bound (an import excepted: CPython does not count those),
//! annotated, or has as a parameter.

use std::collections::HashSet;

use crate::syntax::ast::*;
use crate::syntax::visit::{expr_children, stmt_exprs};

/// What a scope did with its names so far, in the order its code is written.
#[derive(Default)]
struct Seen {
    params: HashSet<String>,
    used: HashSet<String>,
    bound: HashSet<String>,
    annotated: HashSet<String>,
    errors: Vec<(Span, String)>,
}

/// Each late declaration's statement and CPython's message, for a scope
/// with these parameters and body (a module's: none).
pub fn late_declarations(params: &[Param], body: &[Stmt]) -> Vec<(Span, String)> {
    let mut seen = Seen { params: params.iter().map(|p| p.name.clone()).collect(), ..Seen::default() };
    walk(body, &mut seen);
    seen.errors
}

fn walk(body: &[Stmt], seen: &mut Seen) {
    for s in body {
        match &s.kind {
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let kind = if matches!(s.kind, StmtKind::Global(_)) { "global" } else { "nonlocal" };
                for n in names {
                    let message = if seen.params.contains(n) {
                        format!("name '{n}' is parameter and {kind}")
                    } else if seen.used.contains(n) {
                        format!("name '{n}' is used prior to {kind} declaration")
                    } else if seen.annotated.contains(n) {
                        format!("annotated name '{n}' can't be {kind}")
                    } else if seen.bound.contains(n) {
                        format!("name '{n}' is assigned to before {kind} declaration")
                    } else {
                        continue;
                    };
                    seen.errors.push((s.span, message));
                }
            }
            StmtKind::FunctionDef(d) => {
                stmt_exprs(s, &mut |e| loads(e, seen));
                seen.bound.insert(d.name.clone());
            }
            StmtKind::ClassDef(c) => {
                stmt_exprs(s, &mut |e| loads(e, seen));
                seen.bound.insert(c.name.clone());
                // A class body is a scope of its own.
                let inner = late_declarations(&[], &c.body);
                seen.errors.extend(inner);
            }
            StmtKind::Import(_) | StmtKind::ImportFrom { .. } => {}
            StmtKind::Assign { targets, value } => {
                loads(value, seen);
                targets.iter().for_each(|t| store(t, seen));
            }
            StmtKind::AugAssign { target, value, .. } => {
                loads(value, seen);
                loads(target, seen);
                store(target, seen);
            }
            StmtKind::AnnAssign { target, value, annotation, simple } => {
                value.iter().for_each(|v| loads(v, seen));
                annotation.value.iter().for_each(|a| loads(a, seen));
                if let (ExprKind::Name(n), true) = (&target.kind, *simple) {
                    seen.annotated.insert(n.clone());
                }
                if value.is_some() {
                    store(target, seen);
                }
            }
            StmtKind::Delete(targets) => targets.iter().for_each(|t| store(t, seen)),
            StmtKind::For { target, iter, body, orelse } => {
                loads(iter, seen);
                store(target, seen);
                walk(body, seen);
                walk(orelse, seen);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                loads(test, seen);
                walk(body, seen);
                walk(orelse, seen);
            }
            StmtKind::With { items, body } => {
                for (e, t) in items {
                    loads(e, seen);
                    t.iter().for_each(|t| store(t, seen));
                }
                walk(body, seen);
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                walk(body, seen);
                for h in handlers {
                    h.ty.iter().for_each(|t| loads(t, seen));
                    seen.bound.extend(h.name.iter().cloned());
                    walk(&h.body, seen);
                }
                walk(orelse, seen);
                walk(finalbody, seen);
            }
            StmtKind::Match { subject, cases } => {
                loads(subject, seen);
                for c in cases {
                    crate::hir::scope::pattern_bindings(&c.pattern, &mut |n| {
                        seen.bound.insert(n.to_string());
                    });
                    c.guard.iter().for_each(|g| loads(g, seen));
                    walk(&c.body, seen);
                }
            }
            _ => stmt_exprs(s, &mut |e| loads(e, seen)),
        }
    }
}

/// The names an expression reads in this scope (not in its lambdas' or
/// comprehensions' own scopes).
fn loads(e: &Expr, seen: &mut Seen) {
    match &e.kind {
        ExprKind::Name(n) => {
            seen.used.insert(n.clone());
        }
        ExprKind::ListComp { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::GeneratorExp { .. }
        | ExprKind::Lambda(_) => {}
        _ => expr_children(e, &mut |x| loads(x, seen)),
    }
}

/// An assignment target: its names bound, what it reads (`a[i] = v`) read.
fn store(t: &Expr, seen: &mut Seen) {
    match &t.kind {
        ExprKind::Name(n) => {
            seen.bound.insert(n.clone());
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().for_each(|i| store(i, seen)),
        ExprKind::Starred(inner) => store(inner, seen),
        _ => loads(t, seen),
    }
}

#[cfg(test)]
mod tests {
    fn errors(src: &str) -> Vec<String> {
        let program = crate::syntax::source::single(src);
        super::late_declarations(&[], &program[0].ast.body).into_iter().map(|(_, m)| m).collect()
    }

    #[test]
    fn finds_what_cpython_rejects() {
        assert_eq!(errors("x = 1\nglobal x\n"), ["name 'x' is assigned to before global declaration"]);
        assert_eq!(errors("print(x)\nglobal x\n"), ["name 'x' is used prior to global declaration"]);
        assert_eq!(errors("x: int\nglobal x\n"), ["annotated name 'x' can't be global"]);
        // Imports, comprehensions' variables and a later binding are fine.
        assert!(errors("import os\nglobal os\n[y for y in z]\nglobal y\nglobal w\nw = 1\n").is_empty());
        // A declaration in a block sees only what came before it.
        assert!(errors("if c:\n    global v\n    v = 1\n").is_empty());
    }
}
