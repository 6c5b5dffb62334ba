//! `match` statements, desugared into tests and assignments the IR already
//! has, so both backends compile them without knowing about patterns.
//!
//! The subject is evaluated once into a dynamic temporary. Each case
//! becomes a `while True` block that `break`s at the first failing test
//! and otherwise binds its captures, checks the guard and sets a flag; an
//! `if` on the flag runs the case body or tries the next case. Tests follow
//! CPython's semantics: value patterns compare with `==`, singletons with
//! `is`; sequence patterns accept lists, tuples and ranges (never str or
//! bytes) of fitting length; mapping patterns need every key present;
//! class patterns are `isinstance` tests, with the self-matching builtins
//! (`int(x)`, `str(s)`, ...) binding the subject itself.

use super::expr::{mk, prim, str_const};
use super::FnLower;
use crate::diagnostics::Diagnostic;
use crate::ir::{prims as p, Block, Expr, ExprKind, LocalId, LoopId, Place, Stmt, StmtKind, Ty};
use crate::syntax::ast::{self, CmpOp, Pattern, PatternKind, Span};

/// Builtin classes whose single positional sub-pattern matches the subject itself.
const SELF_MATCHING: &[&str] =
    &["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"];

impl FnLower<'_, '_> {
    pub(super) fn match_stmt(&mut self, subject: &ast::Expr, cases: &[ast::MatchCase], span: Span, out: &mut Block) {
        for d in check_cases(cases) {
            self.error(d);
        }
        let v = self.expr(subject);
        let v = self.to_dyn(v);
        let s = self.hold_dyn(v, out);
        let before = self.assigned.clone();
        let chain = self.cases(s, cases, span);
        out.extend(chain);
        // A capture is bound only if its case matched.
        self.assigned = before;
    }

    /// A dynamic value kept in a fresh temporary, for repeated tests.
    fn hold_dyn(&mut self, v: Expr, out: &mut Block) -> LocalId {
        let span = v.span;
        let t = self.temp(Ty::Dyn);
        self.assigned.insert(t);
        out.push(Stmt { kind: StmtKind::Assign(Place::Local(t), v), span });
        t
    }

    fn read_dyn(&self, t: LocalId, span: Span) -> Expr {
        mk(ExprKind::Read(Place::Local(t)), Ty::Dyn, span)
    }

    fn flag(&mut self, value: bool, span: Span, out: &mut Block) -> LocalId {
        let f = self.temp(Ty::Bool);
        self.assigned.insert(f);
        out.push(Stmt { kind: StmtKind::Assign(Place::Local(f), mk(ExprKind::Bool(value), Ty::Bool, span)), span });
        f
    }

    fn cases(&mut self, s: LocalId, cases: &[ast::MatchCase], span: Span) -> Block {
        let Some((case, rest)) = cases.split_first() else { return Vec::new() };
        let mut out = Vec::new();
        let before = self.assigned.clone();
        let ok = self.flag(false, span, &mut out);
        let subj = self.read_dyn(s, span);
        let attempt = self.attempt(ok, span, |fl, label, body| {
            fl.pattern(subj, &case.pattern, label, body);
            if let Some(g) = &case.guard {
                let c = fl.expr(g);
                let c = fl.truthy(c);
                fl.fail_unless(c, label, body);
            }
        });
        out.extend(attempt);
        // In the body every capture of the case is bound.
        let mut bound = before.clone();
        bound.insert(ok);
        let mut names = Vec::new();
        crate::hir::scope::pattern_bindings(&case.pattern, &mut |n| names.push(n.to_string()));
        for n in names {
            if let Some(Place::Local(l)) = self.lookup(&n) {
                bound.insert(l);
            }
        }
        self.assigned = bound;
        let then = self.block(&case.body);
        self.assigned = before.clone();
        self.assigned.insert(ok);
        let els = self.cases(s, rest, span);
        self.assigned = before;
        let cond = mk(ExprKind::Read(Place::Local(ok)), Ty::Bool, span);
        out.push(Stmt { kind: StmtKind::If(cond, then, els), span });
        out
    }

    /// `while True: <tests>; ok = True; break` — a failing test breaks out
    /// early, leaving `ok` false.
    fn attempt(&mut self, ok: LocalId, span: Span, tests: impl FnOnce(&mut Self, LoopId, &mut Block)) -> Block {
        let label = self.label();
        let mut body = Vec::new();
        tests(self, label, &mut body);
        body.push(Stmt { kind: StmtKind::Assign(Place::Local(ok), mk(ExprKind::Bool(true), Ty::Bool, span)), span });
        body.push(Stmt { kind: StmtKind::Break(label), span });
        let cond = mk(ExprKind::Bool(true), Ty::Bool, span);
        vec![Stmt { kind: StmtKind::While { label, cond, body, orelse: Vec::new() }, span }]
    }

    /// `if not cond: break` out of the attempt `label`.
    fn fail_unless(&mut self, cond: Expr, label: LoopId, out: &mut Block) {
        let span = cond.span;
        let not = prim(&p::B_NOT, vec![cond], Ty::Bool, span);
        out.push(Stmt { kind: StmtKind::If(not, vec![Stmt { kind: StmtKind::Break(label), span }], Vec::new()), span });
    }

    fn bind(&mut self, name: &str, v: Expr, out: &mut Block) {
        let target = ast::Expr { kind: ast::ExprKind::Name(name.to_string()), span: v.span };
        self.assign_to(&target, v, out);
    }

    /// Tests `subj` (a dynamic value, cheap to repeat) against a pattern,
    /// binding captures as it goes.
    fn pattern(&mut self, subj: Expr, pat: &Pattern, label: LoopId, out: &mut Block) {
        let span = pat.span;
        match &pat.kind {
            PatternKind::Value(e) => {
                let v = self.expr(e);
                let c = self.compare(subj, CmpOp::Eq, v, span);
                let c = self.truthy(c);
                self.fail_unless(c, label, out);
            }
            PatternKind::Singleton(c) => {
                let v = self.expr(&ast::Expr { kind: ast::ExprKind::Constant(c.clone()), span });
                let c = self.compare(subj, CmpOp::Is, v, span);
                self.fail_unless(c, label, out);
            }
            PatternKind::As { pattern, name } => {
                if let Some(p) = pattern {
                    self.pattern(subj.clone(), p, label, out);
                }
                if let Some(n) = name {
                    self.bind(n, subj, out);
                }
            }
            PatternKind::Or(alts) => {
                let any = self.flag(false, span, out);
                let chain = self.alternatives(&subj, alts, any, span);
                out.extend(chain);
                let c = mk(ExprKind::Read(Place::Local(any)), Ty::Bool, span);
                self.fail_unless(c, label, out);
            }
            PatternKind::Sequence(items) => self.sequence(subj, items, label, out, span),
            PatternKind::Mapping { keys, patterns, rest } => {
                let is_map = prim(&p::MATCH_MAP, vec![subj.clone()], Ty::Bool, span);
                self.fail_unless(is_map, label, out);
                for (k, pt) in keys.iter().zip(patterns) {
                    let kv = self.expr(k);
                    let kv = self.to_dyn(kv);
                    let has = prim(&p::V_CONTAINS, vec![subj.clone(), kv.clone()], Ty::Bool, span);
                    self.fail_unless(has, label, out);
                    let item = prim(&p::V_GETITEM, vec![subj.clone(), kv], Ty::Dyn, span);
                    let t = self.hold_dyn(item, out);
                    let item = self.read_dyn(t, span);
                    self.pattern(item, pt, label, out);
                }
                if let Some(r) = rest {
                    let ks: Vec<Expr> = keys
                        .iter()
                        .map(|k| {
                            let v = self.expr(k);
                            self.to_dyn(v)
                        })
                        .collect();
                    let ks = mk(ExprKind::Tuple(ks), Ty::Tuple(None), span);
                    let ks = self.to_dyn(ks);
                    let d = prim(&p::MATCH_REST, vec![subj, ks], Ty::Dyn, span);
                    self.bind(r, d, out);
                }
            }
            PatternKind::Class { cls, patterns, kwd_attrs, kwd_patterns } => {
                let c = self.expr(cls);
                let builtin = match &c.kind {
                    ExprKind::Class(name) => Some(*name),
                    _ => None,
                };
                let c = self.to_dyn(c);
                let ct = self.hold_dyn(c, out);
                let cls_read = |fl: &Self| fl.read_dyn(ct, span);
                let test = prim(&p::MATCH_CLASS, vec![subj.clone(), cls_read(self)], Ty::Bool, span);
                self.fail_unless(test, label, out);
                match builtin {
                    // `int(x)`: the self-matching builtins bind the subject itself.
                    Some(name) if patterns.len() == 1 && SELF_MATCHING.contains(&name) => {
                        self.pattern(subj.clone(), &patterns[0], label, out);
                    }
                    Some(_) if !patterns.is_empty() => {
                        self.error(Diagnostic::unsupported(
                            patterns[0].span,
                            "positional sub-patterns of this builtin class",
                        ));
                        return;
                    }
                    _ => {
                        // Positional sub-patterns match the attributes `__match_args__` names.
                        for (i, pt) in patterns.iter().enumerate() {
                            let idx = mk(ExprKind::Int(i as i64), Ty::Int, span);
                            let total = mk(ExprKind::Int(patterns.len() as i64), Ty::Int, span);
                            let name = prim(&p::MATCH_ARG_NAME, vec![cls_read(self), idx, total], Ty::Dyn, span);
                            let nt = self.hold_dyn(name, out);
                            self.attr_pattern(subj.clone(), self.read_dyn(nt, span), pt, label, out);
                        }
                    }
                }
                for (attr, pt) in kwd_attrs.iter().zip(kwd_patterns) {
                    let name = self.to_dyn(str_const(attr, span));
                    self.attr_pattern(subj.clone(), name, pt, label, out);
                }
            }
            PatternKind::Star(_) => self.error(Diagnostic::error(span, "a star pattern outside a sequence pattern")),
        }
    }

    /// `subj` has the attribute `name` (a str value) and it matches `pt`.
    fn attr_pattern(&mut self, subj: Expr, name: Expr, pt: &Pattern, label: LoopId, out: &mut Block) {
        let span = pt.span;
        // A dynamic read of the attribute (see `instance.rs`), by a name
        // known here or found in `__match_args__` at run time.
        match &name.kind {
            ExprKind::Str(n) => {
                let n = n.clone();
                self.note_dyn_read(&n);
            }
            _ => self.note_dyn_read_all(),
        }
        let has = prim(&p::MATCH_HAS_ATTR, vec![subj.clone(), name.clone()], Ty::Bool, span);
        self.fail_unless(has, label, out);
        let v = prim(&p::MATCH_GET_ATTR, vec![subj, name], Ty::Dyn, span);
        let t = self.hold_dyn(v, out);
        let item = self.read_dyn(t, span);
        self.pattern(item, pt, label, out);
    }

    /// Tries each alternative in turn until one sets `any`.
    fn alternatives(&mut self, subj: &Expr, alts: &[Pattern], any: LocalId, span: Span) -> Block {
        let Some((alt, rest)) = alts.split_first() else { return Vec::new() };
        let s = subj.clone();
        let mut b = self.attempt(any, span, |fl, l, body| fl.pattern(s, alt, l, body));
        if !rest.is_empty() {
            let inner = self.alternatives(subj, rest, any, span);
            let cond = prim(&p::B_NOT, vec![mk(ExprKind::Read(Place::Local(any)), Ty::Bool, span)], Ty::Bool, span);
            b.push(Stmt { kind: StmtKind::If(cond, inner, Vec::new()), span });
        }
        b
    }

    fn sequence(&mut self, subj: Expr, items: &[Pattern], label: LoopId, out: &mut Block, span: Span) {
        let is_seq = prim(&p::MATCH_SEQ, vec![subj.clone()], Ty::Bool, span);
        self.fail_unless(is_seq, label, out);
        let star = items.iter().position(|p| matches!(p.kind, PatternKind::Star(_)));
        let fixed = items.len() - star.is_some() as usize;
        let len = prim(&p::V_LEN, vec![subj.clone()], Ty::Int, span);
        let n = mk(ExprKind::Int(fixed as i64), Ty::Int, span);
        let fits = match star {
            None => prim(&p::I_EQ, vec![len, n], Ty::Bool, span),
            Some(_) => prim(&p::I_GE, vec![len, n], Ty::Bool, span),
        };
        self.fail_unless(fits, label, out);
        let after = star.map_or(0, |k| items.len() - k - 1);
        for (i, pt) in items.iter().enumerate() {
            // Items after a star are indexed from the end.
            let index = match star {
                Some(k) if i > k => -((items.len() - i) as i64),
                Some(k) if i == k => {
                    if let PatternKind::Star(Some(name)) = &pt.kind {
                        let lo = self.to_dyn(mk(ExprKind::Int(k as i64), Ty::Int, span));
                        let hi = if after == 0 {
                            self.to_dyn(mk(ExprKind::None, Ty::None, span))
                        } else {
                            self.to_dyn(mk(ExprKind::Int(-(after as i64)), Ty::Int, span))
                        };
                        let none = self.to_dyn(mk(ExprKind::None, Ty::None, span));
                        let part = prim(&p::V_GETSLICE, vec![subj.clone(), lo, hi, none], Ty::Dyn, span);
                        let pack = mk(ExprKind::Pack(vec![part]), Ty::Dyn, span);
                        let names = mk(ExprKind::Pack(Vec::new()), Ty::Dyn, span);
                        let list = prim(&p::CALL_BUILTIN, vec![str_const("list", span), pack, names], Ty::Dyn, span);
                        self.bind(name, list, out);
                    }
                    continue;
                }
                _ => i as i64,
            };
            let idx = self.to_dyn(mk(ExprKind::Int(index), Ty::Int, span));
            let item = prim(&p::V_GETITEM, vec![subj.clone(), idx], Ty::Dyn, span);
            let t = self.hold_dyn(item, out);
            let item = self.read_dyn(t, pt.span);
            self.pattern(item, pt, label, out);
        }
    }
}

/// The compile-time errors CPython's compiler reports for `match`
/// statements (each a SyntaxError there): unreachable cases after an
/// irrefutable one, names bound twice or differently by alternatives,
/// duplicate mapping keys, several stars, repeated class-pattern keywords.
pub(super) fn check_cases(cases: &[ast::MatchCase]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, c) in cases.iter().enumerate() {
        let mut names = Vec::new();
        check_pattern(&c.pattern, &mut names, &mut out);
        if i + 1 < cases.len() && c.guard.is_none() {
            if let Some(msg) = irrefutable(&c.pattern) {
                out.push(Diagnostic::error(c.pattern.span, &msg));
            }
        }
    }
    out
}

/// Why a pattern always matches (CPython's message), if it does.
fn irrefutable(p: &ast::Pattern) -> Option<String> {
    use ast::PatternKind as P;
    match &p.kind {
        P::As { pattern: None, name: Some(n) } => {
            Some(format!("name capture '{n}' makes remaining patterns unreachable"))
        }
        P::As { pattern: None, name: None } => Some("wildcard makes remaining patterns unreachable".into()),
        P::As { pattern: Some(q), .. } => irrefutable(q),
        P::Or(alts) => alts.iter().find_map(irrefutable),
        _ => None,
    }
}

/// A literal mapping key as a value to compare (`1`, `True` and `1.0` are equal keys).
fn key_value(e: &ast::Expr) -> Option<String> {
    use ast::{Constant as C, ExprKind as K};
    if let Some((re, im)) = number(e) {
        // Equal numbers are one key (`0`, `-0.0`, `0j`, `False`).
        let z = |f: f64| if f == 0.0 { 0.0 } else { f };
        return Some(format!("n{},{}", z(re), z(im)));
    }
    match &e.kind {
        K::Constant(C::Str(s)) => Some(format!("s{s}")),
        K::Constant(C::Bytes(b)) => Some(format!("b{b:?}")),
        K::Constant(C::None) => Some("None".into()),
        _ => None,
    }
}

/// The value of a numeric literal pattern key (`1`, `-2.5`, `3j`, `1 - 2j`)
/// as real and imaginary parts.
fn number(e: &ast::Expr) -> Option<(f64, f64)> {
    use ast::{Constant as C, ExprKind as K};
    match &e.kind {
        K::Constant(C::Int(d)) => Some((d.parse::<f64>().ok()?, 0.0)),
        K::Constant(C::Bool(b)) => Some((*b as i64 as f64, 0.0)),
        K::Constant(C::Float(f)) => Some((*f, 0.0)),
        K::Constant(C::Complex(re, im)) => Some((*re, *im)),
        K::UnaryOp { op: ast::UnaryOp::USub, operand } => number(operand).map(|(re, im)| (-re, -im)),
        K::BinOp { left, op: op @ (ast::BinOp::Add | ast::BinOp::Sub), right } => {
            let ((a, b), (c, d)) = (number(left)?, number(right)?);
            Some(if *op == ast::BinOp::Add { (a + c, b + d) } else { (a - c, b - d) })
        }
        _ => None,
    }
}

fn check_pattern(p: &ast::Pattern, names: &mut Vec<String>, out: &mut Vec<Diagnostic>) {
    use ast::PatternKind as P;
    let bind = |n: &str, names: &mut Vec<String>, out: &mut Vec<Diagnostic>| {
        if names.iter().any(|x| x == n) {
            out.push(Diagnostic::error(p.span, format!("multiple assignments to name '{n}' in pattern")));
        } else {
            names.push(n.to_string());
        }
    };
    match &p.kind {
        P::Value(_) | P::Singleton(_) => {}
        P::Sequence(items) => {
            if items.iter().filter(|q| matches!(q.kind, P::Star(_))).count() > 1 {
                out.push(Diagnostic::error(p.span, "multiple starred names in sequence pattern"));
            }
            items.iter().for_each(|q| check_pattern(q, names, out));
        }
        P::Mapping { keys, patterns, rest } => {
            let mut seen = Vec::new();
            for k in keys {
                if let Some(v) = key_value(k) {
                    if seen.contains(&v) {
                        out.push(Diagnostic::error(p.span, "mapping pattern checks duplicate key"));
                    }
                    seen.push(v);
                }
            }
            patterns.iter().for_each(|q| check_pattern(q, names, out));
            if let Some(r) = rest {
                bind(r, names, out);
            }
        }
        P::Class { patterns, kwd_attrs, kwd_patterns, .. } => {
            for (i, a) in kwd_attrs.iter().enumerate() {
                if kwd_attrs[..i].contains(a) {
                    out.push(Diagnostic::error(p.span, format!("attribute name repeated in class pattern: {a}")));
                }
            }
            patterns.iter().chain(kwd_patterns).for_each(|q| check_pattern(q, names, out));
        }
        P::Star(n) => {
            if let Some(n) = n {
                bind(n, names, out);
            }
        }
        P::As { pattern, name } => {
            if let Some(q) = pattern {
                check_pattern(q, names, out);
            }
            if let Some(n) = name {
                bind(n, names, out);
            }
        }
        P::Or(alts) => {
            let mut first: Option<Vec<String>> = None;
            for (i, a) in alts.iter().enumerate() {
                let mut own = Vec::new();
                check_pattern(a, &mut own, out);
                if i + 1 < alts.len() {
                    if let Some(msg) = irrefutable(a) {
                        out.push(Diagnostic::error(a.span, &msg));
                    }
                }
                own.sort();
                match &first {
                    None => first = Some(own),
                    Some(f) if *f != own => {
                        out.push(Diagnostic::error(p.span, "alternative patterns bind different names"))
                    }
                    _ => {}
                }
            }
            for n in first.unwrap_or_default() {
                bind(&n, names, out);
            }
        }
    }
}
