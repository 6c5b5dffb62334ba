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
use crate::syntax::ast::{self, Span};

#[derive(Default)]
pub(super) struct Signs {
    /// Names whose every binding is a plain assignment: those assignments' target positions.
    sites: HashMap<String, HashSet<Span>>,
    /// Per local: its name, the assignments lowered so far, and whether each was non-negative.
    seen: HashMap<LocalId, (String, HashSet<Span>, bool)>,
}

impl Signs {
    /// The candidates of a definition (see [`crate::hir::Def::plain_assigns`]).
    pub(super) fn new(def: &crate::hir::Def) -> Signs {
        Signs { sites: def.plain_assigns.clone(), seen: HashMap::new() }
    }

    /// An assignment of `v` to local `id` (named `name`) at `span`.
    pub(super) fn record(&mut self, name: &str, id: LocalId, span: ast::Span, v: &Expr) {
        if !self.sites.contains_key(name) {
            return;
        }
        let ok = non_negative(v, &|x| x == id || self.known(x));
        let site = span;
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
