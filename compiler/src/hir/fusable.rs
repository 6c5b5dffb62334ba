//! Which generator functions a `for` over a call of them may run in place
//! (generator fusion, lowered by `lower/fuse.rs`, whose comment says why
//! this is sound): module-level functions, bound only by their `def` and
//! not decorated, with plain parameters (constant defaults), whose
//! `yield`s are statements outside `try`/`with`/`match`, no class
//! statement, and no bare `raise` outside a handler. A parameter used
//! once, as the iterable of a `for` (or a `yield from`) outside any loop,
//! is a *stream*: a generator call passed for it may be fused too. Also
//! the variables a call is assigned to and only one later `for` iterates
//! (`g = gen(n)` then `for x in g:`).

use std::collections::{HashMap, HashSet};

use super::{scope, DefId, Hir};
use crate::syntax::ast;
use crate::syntax::visit::{every_expr, visit_expr, visit_stmts};

/// The most copies of a consumer's loop body fusion makes (the product
/// of the `yield` statements of the generators fused around it).
pub const MAX_COPIES: usize = 16;

/// Marks the program's fusable generator functions (see the module
/// comment); `modules` are the modules' bodies.
pub(super) fn find(modules: &[&[ast::Stmt]], hir: &mut Hir) {
    let bound: Vec<HashMap<String, usize>> = modules
        .iter()
        .map(|body| {
            let mut bound = HashMap::new();
            scope::bindings(body, &mut |n| *bound.entry(n.to_string()).or_default() += 1);
            bound
        })
        .collect();
    let declared_global: Vec<HashSet<String>> = (0..modules.len())
        .map(|k| {
            let in_module = hir.defs.iter().filter(|f| f.module == k);
            in_module.flat_map(|f| f.scope.declared_global.iter().cloned()).collect()
        })
        .collect();
    for id in (0..hir.defs.len()).map(DefId::new) {
        let f = &hir.defs[id];
        let Some(d) = f.ast else { continue };
        let (bound, declared_global) = (&bound[f.module], &declared_global[f.module]);
        let plain_params = d.params.iter().all(|p| {
            !matches!(p.kind, ast::ParamKind::VarArgs | ast::ParamKind::VarKw)
                && p.default.as_ref().is_none_or(ast::Expr::is_constant)
        });
        if !f.generator
            || !f.module_level()
            || !d.decorators.is_empty()
            || !plain_params
            || !f.captured.is_empty()
            || bound.get(&d.name) != Some(&1)
            || declared_global.contains(&d.name)
            || !body_fusable(&d.body, false)
            || yield_count(&d.body) > MAX_COPIES
        {
            continue;
        }
        let streams = d
            .params
            .iter()
            .map(|p| !f.scope.var(&p.name).is_some_and(|v| f.cells.contains(&v)) && is_stream(&p.name, &d.body))
            .collect();
        hir.defs[id].fusable = Some(streams);
    }
    find_deferred_vars(modules, hir, &declared_global);
}

/// Finds, in every function (and the module body), the variables that
/// are assigned a call once and whose only other use is as the iterable of
/// one `for` later in the same block, outside any loop the assignment is
/// not in: `g = gen(n)` then `for x in g:`. A generator made there is only
/// ever seen by that loop, so its call may be deferred and fused into it.
/// (`declared_global`: per module, the names some function declares `global`.)
fn find_deferred_vars(modules: &[&[ast::Stmt]], hir: &mut Hir, declared_global: &[HashSet<String>]) {
    for id in (0..hir.defs.len()).map(DefId::new) {
        let (module, declared_global) = (modules[hir.defs[id].module], &declared_global[hir.defs[id].module]);
        let body = match hir.defs[id].ast {
            Some(d) => &d.body[..],
            None => module,
        };
        let mut candidates = Vec::new();
        assigned_then_iterated(body, &mut candidates);
        // Module-level names must not be used by any function either.
        let mut uses: HashMap<String, usize> = HashMap::new();
        every_expr(if hir.defs[id].ast.is_none() { module } else { body }, &mut |e| {
            if let ast::ExprKind::Name(n) = &e.kind {
                *uses.entry(n.clone()).or_default() += 1;
            }
        });
        let scope = &hir.defs[id].scope;
        let vars = candidates
            .into_iter()
            .filter(|v| {
                uses.get(v) == Some(&2)
                    && !declared_global.contains(v)
                    && !scope.declared_global.contains(v)
                    && !scope.declared_nonlocal.contains(v)
            })
            .filter_map(|v| scope.var(&v))
            .collect();
        hir.defs[id].deferred_vars = vars;
    }
}

fn assigned_then_iterated(body: &[ast::Stmt], out: &mut Vec<String>) {
    for (i, s) in body.iter().enumerate() {
        if let ast::StmtKind::Assign { targets, value } = &s.kind {
            if let ([ast::Expr { kind: ast::ExprKind::Name(v), .. }], ast::ExprKind::Call { .. }) =
                (&targets[..], &value.kind)
            {
                if body[i + 1..].iter().any(|later| iterated_here(v, later)) {
                    out.push(v.clone());
                }
            }
        }
        match &s.kind {
            ast::StmtKind::If { body, orelse, .. }
            | ast::StmtKind::While { body, orelse, .. }
            | ast::StmtKind::For { body, orelse, .. } => {
                assigned_then_iterated(body, out);
                assigned_then_iterated(orelse, out);
            }
            ast::StmtKind::Try { body, handlers, orelse, finalbody } => {
                assigned_then_iterated(body, out);
                handlers.iter().for_each(|h| assigned_then_iterated(&h.body, out));
                assigned_then_iterated(orelse, out);
                assigned_then_iterated(finalbody, out);
            }
            ast::StmtKind::With { body, .. } => assigned_then_iterated(body, out),
            _ => {}
        }
    }
}

/// Whether `s` is, or contains outside loops, `for ... in v`.
fn iterated_here(v: &str, s: &ast::Stmt) -> bool {
    let here = |b: &[ast::Stmt]| b.iter().any(|s| iterated_here(v, s));
    match &s.kind {
        ast::StmtKind::For { iter, .. } if matches!(&iter.kind, ast::ExprKind::Name(n) if n == v) => true,
        ast::StmtKind::If { body, orelse, .. } => here(body) || here(orelse),
        ast::StmtKind::Try { body, handlers, orelse, finalbody } => {
            here(body) || handlers.iter().any(|h| here(&h.body)) || here(orelse) || here(finalbody)
        }
        ast::StmtKind::With { body, .. } => here(body),
        _ => false,
    }
}

/// Whether a statement contains `yield` (outside nested functions).
pub fn has_yield(s: &ast::Stmt) -> bool {
    scope::is_generator(std::slice::from_ref(s))
}

fn expr_has_yield(e: &ast::Expr) -> bool {
    let mut found = false;
    visit_expr(e, &mut |x| found |= matches!(x.kind, ast::ExprKind::Yield(_) | ast::ExprKind::YieldFrom(_)));
    found
}

/// A `yield` statement's value expression, if the statement is one.
pub fn yield_stmt(s: &ast::Stmt) -> Option<&ast::Expr> {
    match &s.kind {
        ast::StmtKind::Expr(e) => match &e.kind {
            ast::ExprKind::Yield(_) | ast::ExprKind::YieldFrom(_) => Some(e),
            _ => None,
        },
        ast::StmtKind::Assign { targets, value }
            if targets.len() == 1 && matches!(targets[0].kind, ast::ExprKind::Name(_)) =>
        {
            matches!(value.kind, ast::ExprKind::Yield(_)).then_some(value)
        }
        _ => None,
    }
}

fn body_fusable(body: &[ast::Stmt], in_handler: bool) -> bool {
    use ast::StmtKind as K;
    body.iter().all(|s| match &s.kind {
        _ if yield_stmt(s).is_some() => match &yield_stmt(s).unwrap().kind {
            ast::ExprKind::Yield(v) => v.as_deref().is_none_or(|v| !expr_has_yield(v)),
            ast::ExprKind::YieldFrom(v) => !expr_has_yield(v),
            _ => true,
        },
        K::If { test, body, orelse } | K::While { test, body, orelse } => {
            !expr_has_yield(test) && body_fusable(body, in_handler) && body_fusable(orelse, in_handler)
        }
        K::For { target, iter, body, orelse } => {
            !expr_has_yield(target)
                && !expr_has_yield(iter)
                && body_fusable(body, in_handler)
                && body_fusable(orelse, in_handler)
        }
        K::Try { body, handlers, orelse, finalbody } => {
            !has_yield(s)
                && body_fusable(body, in_handler)
                && handlers.iter().all(|h| body_fusable(&h.body, true))
                && body_fusable(orelse, in_handler)
                && body_fusable(finalbody, in_handler)
        }
        K::With { body, .. } => !has_yield(s) && body_fusable(body, in_handler),
        K::Match { cases, .. } => !has_yield(s) && cases.iter().all(|c| body_fusable(&c.body, in_handler)),
        K::ClassDef(_) => false,
        K::Raise { exc: None, .. } => in_handler,
        _ => !has_yield(s),
    })
}

pub fn yield_count(body: &[ast::Stmt]) -> usize {
    let mut n = 0;
    visit_stmts(body, &mut |s| n += yield_stmt(s).is_some() as usize);
    n
}

/// Whether parameter `name` is used exactly once, as the iterable of a
/// `for` or the operand of a `yield from` statement outside any loop, and
/// never assigned.
fn is_stream(name: &str, body: &[ast::Stmt]) -> bool {
    let mut uses = 0;
    every_expr(body, &mut |e| uses += matches!(&e.kind, ast::ExprKind::Name(n) if n == name) as usize);
    let mut assigned = false;
    scope::bindings(body, &mut |n| assigned |= n == name);
    uses == 1 && !assigned && stream_use(name, body)
}

fn stream_use(name: &str, body: &[ast::Stmt]) -> bool {
    let is_name = |e: &ast::Expr| matches!(&e.kind, ast::ExprKind::Name(n) if n == name);
    body.iter().any(|s| match &s.kind {
        ast::StmtKind::For { iter, .. } if is_name(iter) => true,
        ast::StmtKind::Expr(e) => matches!(&e.kind, ast::ExprKind::YieldFrom(v) if is_name(v)),
        ast::StmtKind::If { body, orelse, .. } => stream_use(name, body) || stream_use(name, orelse),
        ast::StmtKind::Try { body, handlers, orelse, finalbody } => {
            stream_use(name, body)
                || handlers.iter().any(|h| stream_use(name, &h.body))
                || stream_use(name, orelse)
                || stream_use(name, finalbody)
        }
        ast::StmtKind::With { body, .. } => stream_use(name, body),
        _ => false,
    })
}
