//! Which numbers are never negative, so that `x ** y` with a fractional `y`
//! stays a typed float: CPython makes a negative base to a fractional power
//! complex, so without this fact the power (and what it flows into) would
//! be a dynamic value.
//!
//! An expression is non-negative when it is a non-negative constant, a
//! square `x * x` of one local, or a sum, product, quotient or absolute
//! value of non-negative parts, or a local known non-negative. A local is
//! known non-negative when every binding of it in its function is a plain
//! assignment (`d = e`, `d += e`, `d *= e`) and each of those, now all
//! lowered, assigned a non-negative value (reading the local itself counts
//! as non-negative there: by induction over the assignments as they run).
//! Parameters, `global`/`nonlocal` names, captured variables and anything
//! bound another way never qualify.

use std::collections::{HashMap, HashSet};

use crate::ir::{prims as p, Expr, ExprKind, LocalId, Place, Prim};
use crate::syntax::ast;

type Site = (u32, u32);

#[derive(Default)]
pub(super) struct Signs {
    /// Names whose every binding is a plain assignment: those assignments' target positions.
    sites: HashMap<String, HashSet<Site>>,
    /// Per local: its name, the assignments lowered so far, and whether each was non-negative.
    seen: HashMap<LocalId, (String, HashSet<Site>, bool)>,
}

impl Signs {
    /// The candidates of a function body.
    pub(super) fn scan(def: &ast::FuncDef) -> Signs {
        let mut all: HashMap<String, usize> = HashMap::new();
        crate::resolve::bindings(&def.body, &mut |n| *all.entry(n.to_string()).or_default() += 1);
        let mut plain: HashMap<String, HashSet<Site>> = HashMap::new();
        let mut excluded: HashSet<String> = def.params.iter().map(|p| p.name.clone()).collect();
        crate::resolve::visit_stmts(&def.body, &mut |s| {
            let target = match &s.kind {
                ast::StmtKind::Assign { targets, .. } if targets.len() == 1 => Some(&targets[0]),
                ast::StmtKind::AugAssign { target, op: ast::BinOp::Add | ast::BinOp::Mul, .. } => Some(target),
                ast::StmtKind::AnnAssign { target, value: Some(_), .. } => Some(target),
                ast::StmtKind::Global(names) | ast::StmtKind::Nonlocal(names) => {
                    excluded.extend(names.iter().cloned());
                    None
                }
                _ => None,
            };
            if let Some(t @ ast::Expr { kind: ast::ExprKind::Name(n), .. }) = target {
                plain.entry(n.clone()).or_default().insert((t.span.line, t.span.col));
            }
        });
        plain.retain(|n, sites| !excluded.contains(n) && all.get(n) == Some(&sites.len()));
        Signs { sites: plain, seen: HashMap::new() }
    }

    /// An assignment of `v` to local `id` (named `name`) at `span`.
    pub(super) fn record(&mut self, name: &str, id: LocalId, span: ast::Span, v: &Expr) {
        if !self.sites.contains_key(name) {
            return;
        }
        let ok = non_negative(v, &|x| x == id || self.known(x));
        let site = (span.line, span.col);
        let plain = self.sites[name].contains(&site);
        let entry = self.seen.entry(id).or_insert_with(|| (name.to_string(), HashSet::new(), true));
        entry.1.insert(site);
        entry.2 &= ok && plain && entry.0 == name;
    }

    /// Whether local `id` never holds a negative number.
    pub(super) fn known(&self, id: LocalId) -> bool {
        self.seen.get(&id).is_some_and(|(name, seen, ok)| *ok && self.sites.get(name).is_some_and(|all| all == seen))
    }
}

/// Whether a numeric expression can never be negative (nan aside, which
/// stays real); `local` tells which locals are known non-negative.
pub(super) fn non_negative(e: &Expr, local: &dyn Fn(LocalId) -> bool) -> bool {
    let same = |a: &Expr, b: &Expr| matches!((&a.kind, &b.kind), (ExprKind::Read(Place::Local(x)), ExprKind::Read(Place::Local(y))) if x == y);
    let is = |pr: &Prim, set: &[&Prim]| set.iter().any(|q| std::ptr::eq(pr, *q));
    match &e.kind {
        ExprKind::Int(v) => *v >= 0,
        ExprKind::Float(f) => *f >= 0.0,
        ExprKind::Read(Place::Local(id)) => local(*id),
        ExprKind::Prim(pr, args) => {
            let all = || args.iter().all(|a| non_negative(a, local));
            if is(pr, &[&p::F_MUL, &p::I_MUL]) {
                (args.len() == 2 && same(&args[0], &args[1])) || all()
            } else if is(pr, &[&p::F_ADD, &p::I_ADD, &p::F_TRUEDIV, &p::I_TO_F64]) {
                all()
            } else {
                is(pr, &[&p::F_ABS, &p::I_ABS])
            }
        }
        _ => false,
    }
}

/// Whether `base ** exp` on real numbers is sure to be real (not complex):
/// the exponent is an int or an integral constant, or the base is never negative.
pub(super) fn real_power(base: &Expr, exp: &Expr, local: &dyn Fn(LocalId) -> bool) -> bool {
    use crate::ir::Ty;
    matches!(exp.ty, Ty::Int | Ty::Bool | Ty::MInt)
        || matches!(exp.kind, ExprKind::Float(f) if f == f.floor() || !f.is_finite())
        || non_negative(base, local)
}
