//! Lowering of expressions: each gets its static type from its operands,
//! and an operator on known types becomes the matching typed primitive;
//! anything else goes through the runtime's dynamic operations.

use std::collections::HashMap;

use super::FnLower;
use crate::diagnostics::Diagnostic;
use crate::ir::{self, prims as p, Expr, ExprKind, Place, Prim, Ty};
use crate::syntax::ast::{self, BinOp, CmpOp, Span};

pub(super) fn mk(kind: ExprKind, ty: Ty, span: Span) -> Expr {
    Expr::new(kind, ty, span)
}

pub(super) fn prim(p: &'static Prim, args: Vec<Expr>, ty: Ty, span: Span) -> Expr {
    Expr::new(ExprKind::Prim(p, args), ty, span)
}

pub(super) fn str_const(s: &str, span: Span) -> Expr {
    mk(ExprKind::Str(s.to_string()), Ty::Str, span)
}

/// Whether CPython's AST optimizer folds an expression into a constant
/// (literals, signed numbers, tuples of constants).
pub(super) fn is_constant(e: &ast::Expr) -> bool {
    match &e.kind {
        ast::ExprKind::Constant(_) => true,
        ast::ExprKind::UnaryOp { op: ast::UnaryOp::USub | ast::UnaryOp::UAdd, operand } => {
            matches!(operand.kind, ast::ExprKind::Constant(ast::Constant::Int(_) | ast::Constant::Float(_)))
        }
        ast::ExprKind::Tuple(items) => items.iter().all(is_constant),
        _ => false,
    }
}

/// Displays of more constants than this are built from one encoded string
/// (`display::constants` in the runtime), not code per item.
const CONST_DISPLAY_MIN: usize = 1000;

/// The encoding `display::constants` reads, and the items' joined type,
/// when every item is a constant (a number, a string, None, a bool).
fn constant_items(items: &[ast::Expr]) -> Option<(String, Ty)> {
    use ast::{Constant as C, ExprKind as K};
    let mut out = String::new();
    let mut ty = Ty::Never;
    for item in items {
        let (neg, c) = match &item.kind {
            K::Constant(c) => (false, c),
            K::UnaryOp { op: ast::UnaryOp::USub, operand } => match &operand.kind {
                K::Constant(c @ (C::Int(_) | C::Float(_))) => (true, c),
                _ => return None,
            },
            _ => return None,
        };
        let t = match c {
            C::Int(d) => {
                out.push_str(&format!("i{}{d};", if neg && d != "0" { "-" } else { "" }));
                Ty::Int
            }
            C::Float(f) => {
                out.push_str(&format!("f{:x};", (if neg { -f } else { *f }).to_bits()));
                Ty::Float
            }
            C::Str(s) => {
                out.push_str(&format!("s{}:{s}", s.len()));
                Ty::Str
            }
            C::None => {
                out.push('n');
                Ty::None
            }
            C::Bool(b) => {
                out.push(if *b { 'T' } else { 'F' });
                Ty::Bool
            }
            C::Bytes(_) | C::Ellipsis | C::Complex(..) => return None,
        };
        ty = if ty == Ty::Never || ty == t { t } else { Ty::Dyn };
    }
    Some((out, ty))
}

fn is_simple(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Str(_)
            | ExprKind::Read(Place::Local(_))
    )
}

impl FnLower<'_, '_> {
    pub(super) fn expr(&mut self, e: &ast::Expr) -> Expr {
        let span = e.span;
        use ast::ExprKind as K;
        match &e.kind {
            K::Constant(c) => match c {
                ast::Constant::None => mk(ExprKind::None, Ty::None, span),
                ast::Constant::Bool(b) => mk(ExprKind::Bool(*b), Ty::Bool, span),
                ast::Constant::Int(digits) => match digits.parse::<i64>() {
                    Ok(v) => mk(ExprKind::Int(v), Ty::Int, span),
                    Err(_) => mk(ExprKind::BigInt(digits.clone()), Ty::Int, span),
                },
                ast::Constant::Float(f) => mk(ExprKind::Float(*f), Ty::Float, span),
                // A str holds no lone surrogates, so the codecs' error
                // handlers that make or take them cannot be honoured.
                ast::Constant::Str(s) if matches!(s.as_str(), "surrogateescape" | "surrogatepass") => {
                    self.unsupported(span, &format!("the '{s}' error handler (a str here holds no lone surrogates)"))
                }
                ast::Constant::Str(s) => str_const(s, span),
                ast::Constant::Bytes(b) => mk(ExprKind::Bytes(b.clone()), Ty::Dyn, span),
                ast::Constant::Ellipsis => prim(&p::ELLIPSIS, vec![], Ty::Dyn, span),
                ast::Constant::Complex(re, im) => {
                    let parts =
                        vec![mk(ExprKind::Float(*re), Ty::Float, span), mk(ExprKind::Float(*im), Ty::Float, span)];
                    let parts = parts.into_iter().map(|e| self.to_dyn(e)).collect();
                    self.generic_builtin("complex", parts, Vec::new(), span)
                }
            },
            K::Name(n) => self.load(n, span),
            K::BinOp { left, op, right } => {
                let l = self.expr(left);
                let r = self.expr(right);
                self.binop(l, *op, r, false, span)
            }
            K::UnaryOp { op, operand } => {
                let x = self.expr(operand);
                self.unary(*op, x, span)
            }
            K::BoolOp { and, values } => {
                let mut vals: Vec<Expr> = values.iter().map(|v| self.expr(v)).collect();
                let mut acc = vals.pop().unwrap();
                while let Some(v) = vals.pop() {
                    acc = self.short_circuit(*and, v, acc, span);
                }
                acc
            }
            K::NamedExpr { target, value } if self.cell(target, span).is_some() => {
                let v = self.expr(value);
                let v = self.to_dyn(v);
                let t = self.temp(Ty::Dyn);
                let cell = self.cell(target, span).unwrap();
                let read = mk(ExprKind::Read(Place::Local(t)), Ty::Dyn, span);
                let set = prim(&p::CELL_SET, vec![cell, read.clone()], Ty::None, span);
                let body = mk(
                    ExprKind::Seq(vec![ir::Stmt { kind: ir::StmtKind::Expr(set), span }], Box::new(read)),
                    Ty::Dyn,
                    span,
                );
                mk(ExprKind::Let(t, Box::new(v), Box::new(body)), Ty::Dyn, span)
            }
            K::NamedExpr { target, value } => {
                let v = self.expr(value);
                let place = self.store_place(target, true);
                let v = self.assign_place_ty(place, v);
                let ty = v.ty.clone();
                mk(ExprKind::AssignExpr(place, Box::new(v)), ty, span)
            }
            K::IfExp { test, body, orelse } => {
                let c = self.expr(test);
                let c = self.truthy(c);
                let a = self.expr(body);
                let b = self.expr(orelse);
                let ty = a.ty.join(&b.ty);
                let (a, b) = (self.coerce(a, &ty), self.coerce(b, &ty));
                mk(ExprKind::IfExp(Box::new(c), Box::new(a), Box::new(b)), ty, span)
            }
            K::List(items) | K::Tuple(items) | K::Set(items)
                if items.iter().any(|i| matches!(i.kind, K::Starred(_))) =>
            {
                let kind = match &e.kind {
                    K::List(_) => "l",
                    K::Tuple(_) => "t",
                    _ => "s",
                };
                let mut flags = String::new();
                let mut vals = Vec::new();
                for i in items {
                    let (x, f) = match &i.kind {
                        K::Starred(inner) => (&**inner, '*'),
                        _ => (i, '.'),
                    };
                    let v = self.expr(x);
                    vals.push(self.to_dyn(v));
                    flags.push(f);
                }
                let pack = mk(ExprKind::Pack(vals), Ty::Dyn, span);
                prim(&p::DISPLAY, vec![str_const(kind, span), pack, str_const(&flags, span)], Ty::Dyn, span)
            }
            K::Dict { keys, values } if keys.iter().any(|k| k.is_none()) => {
                let mut flags = String::new();
                let mut vals = Vec::new();
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        let k = self.expr(k);
                        vals.push(self.to_dyn(k));
                    }
                    let v = self.expr(v);
                    vals.push(self.to_dyn(v));
                    flags.push(if k.is_some() { '.' } else { '*' });
                }
                let pack = mk(ExprKind::Pack(vals), Ty::Dyn, span);
                prim(&p::DISPLAY_DICT, vec![pack, str_const(&flags, span)], Ty::Dyn, span)
            }
            K::List(items) if items.len() > CONST_DISPLAY_MIN && constant_items(items).is_some() => {
                let (encoded, item_ty) = constant_items(items).unwrap();
                let sites = self.site(span);
                self.env.write_elem(&sites, &item_ty);
                prim(&p::L_CONST, vec![str_const(&encoded, span)], Ty::List(sites), span)
            }
            K::Tuple(items) if items.len() > CONST_DISPLAY_MIN && constant_items(items).is_some() => {
                let (encoded, _) = constant_items(items).unwrap();
                prim(&p::T_CONST, vec![str_const(&encoded, span)], Ty::Tuple(None), span)
            }
            K::List(items) => {
                let sites = self.site(span);
                let items = items
                    .iter()
                    .map(|i| {
                        let v = self.expr(i);
                        self.store_elem(&sites, v)
                    })
                    .collect();
                mk(ExprKind::List(items), Ty::List(sites), span)
            }
            K::Tuple(items) => {
                let vals: Vec<Expr> = items.iter().map(|i| self.expr(i)).collect();
                let tys = vals.iter().map(|v| v.ty.clone()).collect();
                // The tuple's type keeps each item's type: boxing loses nothing.
                let vals = vals.into_iter().map(|v| self.box_ro(v)).collect();
                mk(ExprKind::Tuple(vals), Ty::Tuple(Some(tys)), span)
            }
            K::Set(items) => {
                let constant = items.len() > 2 && items.iter().all(is_constant);
                let items = self.dyn_items(items);
                mk(ExprKind::Set { items, constant }, Ty::Set, span)
            }
            K::Dict { keys, values } => {
                let pairs = keys
                    .iter()
                    .zip(values)
                    .map(|(k, v)| {
                        let k = self.expr(k.as_ref().expect("no ** entries here"));
                        let k = self.to_dyn(k);
                        let v = self.expr(v);
                        (k, self.to_dyn(v))
                    })
                    .collect();
                mk(ExprKind::Dict(pairs), Ty::Dict, span)
            }
            K::ListComp { elt, generators } => {
                let ty = Ty::List(self.site(span));
                self.comprehension(generators, span, ty, &mut |fl| vec![fl.expr(elt)])
            }
            K::GeneratorExp { func: Some(d), generators, .. } => {
                // The generator function called with `iter(first iterable)`,
                // evaluated here as CPython does.
                let id = self.env.funcs.iter().position(|f| f.def.is_some_and(|x| std::ptr::eq(x, &**d))).unwrap();
                let f = self.make_func(id, d, span);
                let f = self.to_dyn(f);
                let first = self.expr(&generators[0].iter);
                let first = self.to_dyn(first);
                let pack = |items: Vec<Expr>| mk(ExprKind::Pack(items), Ty::Dyn, span);
                let it = prim(
                    &p::CALL_BUILTIN,
                    vec![str_const("iter", span), pack(vec![first]), pack(vec![])],
                    Ty::Dyn,
                    span,
                );
                prim(&p::CALL_VALUE, vec![f, pack(vec![it]), pack(vec![])], Ty::Dyn, span)
            }
            K::GeneratorExp { .. } => self.unsupported(span, "a generator expression passed to a shadowed builtin"),
            K::SetComp { elt, generators } => {
                self.comprehension(generators, span, Ty::Set, &mut |fl| vec![fl.expr(elt)])
            }
            K::DictComp { key, value, generators } => {
                self.comprehension(generators, span, Ty::Dict, &mut |fl| vec![fl.expr(key), fl.expr(value)])
            }
            K::Compare { left, ops, comparators } => self.compare_chain(left, ops, comparators, span),
            K::Call { func, args, keywords } => self.call(func, args, keywords, span),
            K::FormattedValue { value, conversion, spec } => {
                let v = self.expr(value);
                let v = match conversion {
                    ast::Conversion::None => v,
                    ast::Conversion::Str => self.to_str(v),
                    ast::Conversion::Repr => {
                        let d = self.box_ro(v);
                        prim(&p::V_REPR, vec![d], Ty::Str, span)
                    }
                    ast::Conversion::Ascii => {
                        let d = self.box_ro(v);
                        prim(&p::V_ASCII, vec![d], Ty::Str, span)
                    }
                };
                match spec {
                    None => self.to_str(v),
                    Some(s) => {
                        let s = self.expr(s);
                        let s = self.coerce(s, &Ty::Str);
                        let d = self.box_ro(v);
                        prim(&p::V_FORMAT, vec![d, s], Ty::Str, span)
                    }
                }
            }
            K::JoinedStr(parts) => {
                let mut vals: Vec<Expr> = parts.iter().map(|x| self.expr(x)).collect();
                if vals.len() == 1 {
                    let v = vals.pop().unwrap();
                    return self.coerce(v, &Ty::Str);
                }
                let vals = vals.into_iter().map(|v| self.box_ro(v)).collect();
                prim(&p::S_BUILD, vec![mk(ExprKind::Pack(vals), Ty::Dyn, span)], Ty::Str, span)
            }
            K::Attribute { value, attr } => {
                if attr == "__name__" {
                    if let K::Call { func, args, keywords } = &value.kind {
                        if matches!(&func.kind, K::Name(n) if n == "type" && self.is_builtin("type"))
                            && args.len() == 1
                            && keywords.is_empty()
                        {
                            let x = self.expr(&args[0]);
                            if let Some(n) = x.ty.python_name() {
                                return str_const(n, span);
                            }
                            let d = self.to_dyn(x);
                            return prim(&p::V_TYPE_NAME, vec![d], Ty::Str, span);
                        }
                    }
                }
                if let Some(refused) = self.missing_module_attr(value, attr, span) {
                    return refused;
                }
                let v = self.expr(value);
                let d = self.to_dyn(v);
                match self.self_slot(value, attr) {
                    Some(k) => prim(
                        &p::INST_GET,
                        vec![d, mk(ExprKind::Int(k as i64), Ty::Int, span), str_const(attr, span)],
                        Ty::Dyn,
                        span,
                    ),
                    None => prim(&p::GET_ATTR, vec![d, str_const(attr, span)], Ty::Dyn, span),
                }
            }
            K::Subscript { value, index } => {
                let obj = self.expr(value);
                self.subscript(obj, index, span)
            }
            // A slice in a tuple subscript (`m[1:2, 3]`): a slice object.
            K::Slice { lower, upper, step } => {
                let mut vals = Vec::new();
                for part in [lower, upper, step] {
                    let v = match part {
                        Some(e) => self.expr(e),
                        None => mk(ExprKind::None, Ty::None, span),
                    };
                    vals.push(self.to_dyn(v));
                }
                self.generic_builtin("slice", vals, Vec::new(), span)
            }
            K::Lambda(d) => {
                let id = self.env.funcs.iter().position(|f| f.def.is_some_and(|x| std::ptr::eq(x, &**d))).unwrap();
                self.make_func(id, d, span)
            }
            K::Starred(_) => self.unsupported(span, "a starred expression here"),
            K::Yield(_) | K::YieldFrom(_) if !self.env.funcs[self.cx.scope_func].generator => {
                self.error(crate::diagnostics::Diagnostic::error(span, "'yield' outside function"));
                mk(ExprKind::None, Ty::Dyn, span)
            }
            K::Yield(v) => {
                let v = match v {
                    Some(x) => self.expr(x),
                    None => mk(ExprKind::None, Ty::None, span),
                };
                let v = self.to_dyn(v);
                prim(&p::GEN_YIELD, vec![v], Ty::Dyn, span)
            }
            K::YieldFrom(v) => {
                let v = self.expr(v);
                let v = self.to_dyn(v);
                prim(&p::GEN_YIELD_FROM, vec![v], Ty::Dyn, span)
            }
        }
    }

    /// A generator expression consumed whole by its caller (`sum(...)`,
    /// `list(...)`, `"".join(...)`, ...): evaluating it eagerly, as a list,
    /// performs the same calls in the same order.
    pub(super) fn eager_genexp(&mut self, e: &ast::Expr) -> Option<Expr> {
        if let Some(g) = self.as_genexp(e) {
            return self.eager_genexp(&g);
        }
        let ast::ExprKind::GeneratorExp { elt, generators, .. } = &e.kind else { return None };
        let ty = Ty::List(self.site(e.span));
        Some(self.comprehension(generators, e.span, ty, &mut |fl| vec![fl.expr(elt)]))
    }

    /// `any(genexp)` (`want` true) or `all(genexp)` (`want` false): a loop
    /// that stops at the first item whose truth is `want`, like CPython's.
    pub(super) fn short_circuit_genexp(&mut self, e: &ast::Expr, want: bool) -> Option<Expr> {
        use crate::ir::{Stmt, StmtKind};
        if let Some(g) = self.as_genexp(e) {
            return self.short_circuit_genexp(&g, want);
        }
        let ast::ExprKind::GeneratorExp { elt, generators, .. } = &e.kind else { return None };
        let span = e.span;
        self.comp_count += 1;
        let acc = self.temp(Ty::Bool);
        let acc_read = mk(ExprKind::Read(Place::Local(acc)), Ty::Bool, span);
        let first_iter = self.iterable(&generators[0].iter);
        self.cx.scopes.push(Default::default());
        let saved = self.assigned.clone();
        let body =
            self.comp_level(generators, 0, Some(first_iter), &acc_read, Sink::Stop(want), &mut |fl| vec![fl.expr(elt)]);
        self.assigned = saved;
        self.cx.scopes.pop();
        self.assigned.insert(acc);
        let mut block =
            vec![Stmt { kind: StmtKind::Assign(Place::Local(acc), mk(ExprKind::Bool(!want), Ty::Bool, span)), span }];
        block.extend(body);
        Some(mk(ExprKind::Seq(block, Box::new(acc_read)), Ty::Bool, span))
    }

    /// `sum(genexp)` (or `sum(g(...))` of a fusable generator): a loop
    /// adding each item to an int `0` with `+`, which is what CPython's
    /// `sum` computes.
    pub(super) fn sum_genexp(&mut self, e: &ast::Expr) -> Option<Expr> {
        use crate::ir::{Stmt, StmtKind};
        if let Some(g) = self.as_genexp(e) {
            return self.sum_genexp(&g);
        }
        let ast::ExprKind::GeneratorExp { elt, generators, .. } = &e.kind else { return None };
        let span = e.span;
        self.comp_count += 1;
        let acc = self.new_local("_sum", format!("{}.sum#{}", self.cx.key_prefix, self.comp_count));
        let zero = self.assign_place_ty(Place::Local(acc), mk(ExprKind::Int(0), Ty::Int, span));
        let first_iter = self.iterable(&generators[0].iter);
        self.cx.scopes.push(Default::default());
        let saved = self.assigned.clone();
        let acc_read = mk(ExprKind::Read(Place::Local(acc)), self.local_ty(acc), span);
        let body = self.comp_level(generators, 0, Some(first_iter), &acc_read, Sink::Sum, &mut |fl| vec![fl.expr(elt)]);
        self.assigned = saved;
        self.cx.scopes.pop();
        self.assigned.insert(acc);
        let mut block = vec![Stmt { kind: StmtKind::Assign(Place::Local(acc), zero), span }];
        block.extend(body);
        let result = mk(ExprKind::Read(Place::Local(acc)), self.local_ty(acc), span);
        Some(mk(ExprKind::Seq(block, Box::new(result)), self.local_ty(acc), span))
    }

    pub(super) fn unsupported(&mut self, span: Span, what: &str) -> Expr {
        self.error(Diagnostic::unsupported(span, what));
        mk(ExprKind::None, Ty::None, span)
    }

    fn dyn_items(&mut self, items: &[ast::Expr]) -> Vec<Expr> {
        items
            .iter()
            .map(|i| {
                let v = self.expr(i);
                self.to_dyn(v)
            })
            .collect()
    }

    /// `str(v)`.
    #[allow(clippy::wrong_self_convention)] // converts an expression, not `self`
    pub(super) fn to_str(&mut self, v: Expr) -> Expr {
        if v.ty == Ty::Str {
            return v;
        }
        let span = v.span;
        let d = self.box_ro(v);
        prim(&p::V_STR, vec![d], Ty::Str, span)
    }

    /// `bool(v)` as a native bool.
    pub(super) fn truthy(&mut self, v: Expr) -> Expr {
        let span = v.span;
        match v.ty {
            Ty::Bool => v,
            Ty::Int => prim(&p::I_TRUTHY, vec![v], Ty::Bool, span),
            Ty::Float => prim(&p::F_TRUTHY, vec![v], Ty::Bool, span),
            _ => {
                let d = self.box_ro(v);
                prim(&p::V_TRUTHY, vec![d], Ty::Bool, span)
            }
        }
    }

    /// `a and b` / `a or b`, yielding an operand as Python does.
    fn short_circuit(&mut self, and: bool, a: Expr, b: Expr, span: Span) -> Expr {
        let ty = a.ty.join(&b.ty);
        let a = self.coerce(a, &ty);
        let b = self.coerce(b, &ty);
        let t = self.temp(ty.clone());
        let read = mk(ExprKind::Read(Place::Local(t)), ty.clone(), span);
        let cond = self.truthy(read.clone());
        let (then, els) = if and { (b, read) } else { (read, b) };
        let body = mk(ExprKind::IfExp(Box::new(cond), Box::new(then), Box::new(els)), ty.clone(), span);
        mk(ExprKind::Let(t, Box::new(a), Box::new(body)), ty, span)
    }

    fn unary(&mut self, op: ast::UnaryOp, x: Expr, span: Span) -> Expr {
        use ast::UnaryOp as U;
        if x.ty == Ty::Never && op != U::Not {
            let d = self.box_ro(x);
            let pr = match op {
                U::USub => &p::V_NEG,
                U::UAdd => &p::V_POS,
                _ => &p::V_INVERT,
            };
            return prim(pr, vec![d], Ty::Never, span);
        }
        let x = if x.ty == Ty::Bool && op != U::Not { prim(&p::I_FROM_BOOL, vec![x], Ty::Int, span) } else { x };
        match (op, &x.ty) {
            (U::Not, _) => {
                let b = self.truthy(x);
                prim(&p::B_NOT, vec![b], Ty::Bool, span)
            }
            (U::USub, Ty::Int) => prim(&p::I_NEG, vec![x], Ty::Int, span),
            (U::USub, Ty::Float) => prim(&p::F_NEG, vec![x], Ty::Float, span),
            (U::UAdd, Ty::Int | Ty::Float) => x,
            (U::Invert, Ty::Int) => prim(&p::I_INVERT, vec![x], Ty::Int, span),
            _ => {
                let d = self.to_dyn(x);
                let pr = match op {
                    U::USub => &p::V_NEG,
                    U::UAdd => &p::V_POS,
                    _ => &p::V_INVERT,
                };
                prim(pr, vec![d], Ty::Dyn, span)
            }
        }
    }

    /// A binary operator; `inplace` for augmented assignment.
    pub(super) fn binop(&mut self, l: Expr, op: BinOp, r: Expr, inplace: bool, span: Span) -> Expr {
        use BinOp as B;
        if l.ty == Ty::Never || r.ty == Ty::Never {
            return self.dyn_binop(l, op, r, inplace, Ty::Never, span);
        }
        // bool & bool stays bool; otherwise bools are ints in arithmetic.
        if l.ty == Ty::Bool && r.ty == Ty::Bool {
            let pr = match op {
                B::BitAnd => Some(&p::B_AND),
                B::BitOr => Some(&p::B_OR),
                B::BitXor => Some(&p::B_XOR),
                _ => None,
            };
            if let Some(pr) = pr {
                return prim(pr, vec![l, r], Ty::Bool, span);
            }
        }
        let widen = |e: Expr| {
            if e.ty == Ty::Bool {
                let s = e.span;
                prim(&p::I_FROM_BOOL, vec![e], Ty::Int, s)
            } else {
                e
            }
        };
        let (l, r) = if l.ty.is_numeric() && r.ty.is_numeric() { (widen(l), widen(r)) } else { (l, r) };
        match (&l.ty, &r.ty) {
            (Ty::Int, Ty::Int) => {
                let (pr, ty) = match op {
                    B::Add => (&p::I_ADD, Ty::Int),
                    B::Sub => (&p::I_SUB, Ty::Int),
                    B::Mul => (&p::I_MUL, Ty::Int),
                    B::FloorDiv => (&p::I_FLOORDIV, Ty::Int),
                    B::Mod => (&p::I_MOD, Ty::Int),
                    B::Div => (&p::I_TRUEDIV, Ty::Float),
                    B::LShift => (&p::I_LSHIFT, Ty::Int),
                    B::RShift => (&p::I_RSHIFT, Ty::Int),
                    B::BitAnd => (&p::I_AND, Ty::Int),
                    B::BitOr => (&p::I_OR, Ty::Int),
                    B::BitXor => (&p::I_XOR, Ty::Int),
                    B::Pow if matches!(r.kind, ExprKind::Int(v) if v >= 0) => (&p::I_POW, Ty::Int),
                    _ => return self.dyn_binop(l, op, r, inplace, Ty::Dyn, span),
                };
                prim(pr, vec![l, r], ty, span)
            }
            // A negative base to a fractional power is complex: the typed
            // float power only where the result is sure to be real.
            (Ty::Float, Ty::Float) | (Ty::Int, Ty::Float)
                if op == B::Pow && !super::sign::real_power(&l, &r, &|id| self.signs.known(id)) =>
            {
                self.dyn_binop(l, op, r, inplace, Ty::Dyn, span)
            }
            (Ty::Float, Ty::Float | Ty::Int) | (Ty::Int, Ty::Float) => {
                let to_f = |e: Expr| {
                    if e.ty == Ty::Int {
                        let s = e.span;
                        prim(&p::I_TO_F64, vec![e], Ty::Float, s)
                    } else {
                        e
                    }
                };
                let pr = match op {
                    B::Add => &p::F_ADD,
                    B::Sub => &p::F_SUB,
                    B::Mul => &p::F_MUL,
                    B::Div => &p::F_TRUEDIV,
                    B::FloorDiv => &p::F_FLOORDIV,
                    B::Mod => &p::F_MOD,
                    B::Pow => &p::F_POW,
                    _ => return self.dyn_binop(l, op, r, inplace, Ty::Dyn, span),
                };
                prim(pr, vec![to_f(l), to_f(r)], Ty::Float, span)
            }
            (Ty::Str, Ty::Str) if op == B::Add => prim(&p::S_CONCAT, vec![l, r], Ty::Str, span),
            (Ty::Str, Ty::Int) if op == B::Mul => prim(&p::S_REPEAT, vec![l, r], Ty::Str, span),
            (Ty::Int, Ty::Str) if op == B::Mul => prim(&p::S_REPEAT, vec![r, l], Ty::Str, span),
            (Ty::Str, _) if op == B::Mod => self.dyn_binop(l, op, r, inplace, Ty::Str, span),
            (Ty::List(a), Ty::List(b)) if op == B::Add => {
                // The result holds both operands' elements.
                let ty = if inplace {
                    let t = self.env.elem_ty(b);
                    self.env.write_elem(&a.clone(), &t);
                    l.ty.clone()
                } else {
                    l.ty.join(&r.ty)
                };
                self.typed_list_binop(l, op, r, inplace, ty, span)
            }
            (Ty::List(a), _) if op == B::Add && inplace => {
                let a = a.clone();
                let t = self.iter_item_ty(&r.ty);
                self.env.write_elem(&a, &t);
                let r = self.to_dyn(r);
                let ty = l.ty.clone();
                self.typed_list_binop(l, op, r, inplace, ty, span)
            }
            (Ty::List(_), Ty::Int) if op == B::Mul => {
                let ty = l.ty.clone();
                self.typed_list_binop(l, op, r, inplace, ty, span)
            }
            (Ty::Int, Ty::List(_)) if op == B::Mul => {
                let ty = r.ty.clone();
                self.typed_list_binop(l, op, r, inplace, ty, span)
            }
            (Ty::Tuple(a), Ty::Tuple(b)) if op == B::Add => {
                let shape = match (a, b) {
                    (Some(a), Some(b)) => Some(a.iter().chain(b).cloned().collect()),
                    _ => None,
                };
                self.dyn_binop(l, op, r, inplace, Ty::Tuple(shape), span)
            }
            (Ty::Set, Ty::Set) if matches!(op, B::BitOr | B::BitAnd | B::Sub | B::BitXor) => {
                self.dyn_binop(l, op, r, inplace, Ty::Set, span)
            }
            (Ty::Dict, Ty::Dict) if op == B::BitOr => self.dyn_binop(l, op, r, inplace, Ty::Dict, span),
            _ => self.dyn_binop(l, op, r, inplace, Ty::Dyn, span),
        }
    }

    /// A list operation whose result's type records where its elements come
    /// from, so the operands need not escape.
    fn typed_list_binop(&mut self, l: Expr, op: BinOp, r: Expr, inplace: bool, result: Ty, span: Span) -> Expr {
        let (l, r) = (self.box_ro(l), self.box_ro(r));
        self.dyn_binop(l, op, r, inplace, result, span)
    }

    /// The type of the items iterating over a value of type `t` yields.
    /// (`Never` while inference does not know yet: an early walk must not
    /// widen anything to `Dyn` on the strength of a type not yet inferred.)
    pub(super) fn iter_item_ty(&self, t: &Ty) -> Ty {
        match t {
            Ty::Never => Ty::Never,
            Ty::List(s) => self.env.elem_ty(s),
            Ty::Str => Ty::Str,
            Ty::Range => Ty::Int,
            _ => Ty::Dyn,
        }
    }

    fn dyn_binop(&mut self, l: Expr, op: BinOp, r: Expr, inplace: bool, result: Ty, span: Span) -> Expr {
        let name = match op {
            BinOp::Add => "Add",
            BinOp::Sub => "Sub",
            BinOp::Mul => "Mul",
            BinOp::MatMul => "MatMul",
            BinOp::Div => "TrueDiv",
            BinOp::FloorDiv => "FloorDiv",
            BinOp::Mod => "Mod",
            BinOp::Pow => "Pow",
            BinOp::LShift => "LShift",
            BinOp::RShift => "RShift",
            BinOp::BitOr => "Or",
            BinOp::BitXor => "Xor",
            BinOp::BitAnd => "And",
        };
        let (l, r) = (self.to_dyn(l), self.to_dyn(r));
        let pr = if inplace { &p::V_INPLACE } else { &p::V_BINARY };
        let e = prim(pr, vec![str_const(&format!("ops::BinOp::{name}"), span), l, r], Ty::Dyn, span);
        self.coerce(e, &result)
    }

    /// `a < b < c` is `a < b and b < c`, evaluating `b` once and stopping early.
    fn compare_chain(&mut self, left: &ast::Expr, ops: &[CmpOp], rights: &[ast::Expr], span: Span) -> Expr {
        let l = self.expr(left);
        self.chain_from(l, ops, rights, span)
    }

    fn chain_from(&mut self, l: Expr, ops: &[CmpOp], rights: &[ast::Expr], span: Span) -> Expr {
        if ops.len() == 1 {
            let r = self.expr(&rights[0]);
            return self.compare(l, ops[0], r, span);
        }
        // The left operand is evaluated before the right one: held in a
        // temporary unless reading it later gives the same value.
        let mut rebinds = false;
        for x in rights {
            crate::resolve::visit_expr(x, &mut |x| rebinds |= matches!(x.kind, ast::ExprKind::NamedExpr { .. }));
        }
        let held_l = (rebinds || !is_simple(&l)).then(|| (self.temp(l.ty.clone()), l.clone()));
        let l = match &held_l {
            Some((tl, l)) => mk(ExprKind::Read(Place::Local(*tl)), l.ty.clone(), l.span),
            None => l,
        };
        let r = self.expr(&rights[0]);
        let t = self.temp(r.ty.clone());
        let read = mk(ExprKind::Read(Place::Local(t)), r.ty.clone(), r.span);
        let first = self.compare(l, ops[0], read.clone(), span);
        let rest = self.chain_from(read, &ops[1..], &rights[1..], span);
        let body = mk(
            ExprKind::IfExp(Box::new(first), Box::new(rest), Box::new(mk(ExprKind::Bool(false), Ty::Bool, span))),
            Ty::Bool,
            span,
        );
        let chain = mk(ExprKind::Let(t, Box::new(r), Box::new(body)), Ty::Bool, span);
        match held_l {
            Some((tl, l)) => mk(ExprKind::Let(tl, Box::new(l), Box::new(chain)), Ty::Bool, span),
            None => chain,
        }
    }

    pub(super) fn compare(&mut self, l: Expr, op: CmpOp, r: Expr, span: Span) -> Expr {
        use CmpOp as C;
        match op {
            C::Is | C::IsNot => {
                let (l, r) = (self.box_ro(l), self.box_ro(r));
                let e = prim(&p::V_IS, vec![l, r], Ty::Bool, span);
                return if op == C::IsNot { prim(&p::B_NOT, vec![e], Ty::Bool, span) } else { e };
            }
            C::In | C::NotIn => {
                let e = if l.ty == Ty::Str && r.ty == Ty::Str {
                    prim(&p::S_CONTAINS, vec![r, l], Ty::Bool, span)
                } else {
                    let (l, r) = (self.box_ro(l), self.box_ro(r));
                    prim(&p::V_CONTAINS, vec![r, l], Ty::Bool, span)
                };
                return if op == C::NotIn { prim(&p::B_NOT, vec![e], Ty::Bool, span) } else { e };
            }
            _ => {}
        }
        let typed = match (&l.ty, &r.ty) {
            (Ty::Int, Ty::Int) => Some(match op {
                C::Eq => &p::I_EQ,
                C::NotEq => &p::I_NE,
                C::Lt => &p::I_LT,
                C::LtE => &p::I_LE,
                C::Gt => &p::I_GT,
                _ => &p::I_GE,
            }),
            (Ty::Float, Ty::Float) => Some(match op {
                C::Eq => &p::F_EQ,
                C::NotEq => &p::F_NE,
                C::Lt => &p::F_LT,
                C::LtE => &p::F_LE,
                C::Gt => &p::F_GT,
                _ => &p::F_GE,
            }),
            (Ty::Str, Ty::Str) if op == C::Eq => Some(&p::S_EQ),
            (Ty::Str, Ty::Str) if op == C::NotEq => Some(&p::S_NE),
            (Ty::Bool, Ty::Bool) if op == C::Eq => Some(&p::B_EQ),
            (Ty::Bool, Ty::Bool) if op == C::NotEq => Some(&p::B_NE),
            _ => None,
        };
        if let Some(pr) = typed {
            return prim(pr, vec![l, r], Ty::Bool, span);
        }
        let (l, r) = (self.box_ro(l), self.box_ro(r));
        match op {
            C::Eq => prim(&p::V_EQ, vec![l, r], Ty::Bool, span),
            C::NotEq => prim(&p::V_NE, vec![l, r], Ty::Bool, span),
            _ => {
                let name = match op {
                    C::Lt => "ops::CmpOp::Lt",
                    C::LtE => "ops::CmpOp::Le",
                    C::Gt => "ops::CmpOp::Gt",
                    _ => "ops::CmpOp::Ge",
                };
                prim(&p::V_COMPARE, vec![str_const(name, span), l, r], Ty::Bool, span)
            }
        }
    }

    /// `obj[index]` (and slices).
    fn subscript(&mut self, obj: Expr, index: &ast::Expr, span: Span) -> Expr {
        if let ast::ExprKind::Slice { lower, upper, step } = &index.kind {
            let bounds = self.slice_bounds(lower, upper, step, span);
            let ty = match &obj.ty {
                Ty::Str => Ty::Str,
                Ty::List(s) => Ty::List(s.clone()),
                Ty::Tuple(_) => Ty::Tuple(None),
                Ty::Range => Ty::Range,
                _ => Ty::Dyn,
            };
            let d = if ty.is_list() || matches!(ty, Ty::Str | Ty::Range) { self.box_ro(obj) } else { self.to_dyn(obj) };
            let mut args = vec![d];
            args.extend(bounds);
            let e = prim(&p::V_GETSLICE, args, Ty::Dyn, span);
            return self.coerce(e, &ty);
        }
        let i = self.expr(index);
        self.getitem(obj, i, span)
    }

    /// `obj[i]` for a lowered object and index.
    pub(super) fn getitem(&mut self, obj: Expr, i: Expr, span: Span) -> Expr {
        if obj.ty == Ty::Never {
            let (o, i) = (self.box_ro(obj), self.to_dyn(i));
            return prim(&p::V_GETITEM, vec![o, i], Ty::Never, span);
        }
        match (&obj.ty, &i.ty) {
            (Ty::List(_), _) => {
                let item = self.iter_item_ty(&obj.ty);
                if i.ty == Ty::Int {
                    match item {
                        Ty::Float => return prim(&p::L_GET_F64, vec![obj, i], Ty::Float, span),
                        Ty::Int => return prim(&p::L_GET_INT, vec![obj, i], Ty::Int, span),
                        Ty::Bool => return prim(&p::L_GET_BOOL, vec![obj, i], Ty::Bool, span),
                        Ty::List(_) => return prim(&p::L_GET_LIST, vec![obj, i], item, span),
                        _ => {}
                    }
                }
                let e = if i.ty == Ty::Int {
                    prim(&p::L_GETITEM, vec![obj, i], Ty::Dyn, span)
                } else {
                    // An index of unknown type may be a slice object: the
                    // result is then a list, not an item.
                    let int_like = matches!(i.ty, Ty::Bool);
                    let (o, i) = (self.box_ro(obj), self.to_dyn(i));
                    let e = prim(&p::V_GETITEM, vec![o, i], Ty::Dyn, span);
                    if !int_like {
                        return e;
                    }
                    e
                };
                self.coerce(e, &item)
            }
            (Ty::Str, Ty::Int) => prim(&p::S_GETITEM, vec![obj, i], Ty::Str, span),
            (Ty::Tuple(Some(ts)), Ty::Int) => {
                let n = ts.len() as i64;
                match i.kind {
                    ExprKind::Int(k) if -n <= k && k < n => {
                        let k = if k < 0 { k + n } else { k } as usize;
                        let t = ts[k].clone();
                        let e = prim(&p::T_ITEM, vec![obj, mk(ExprKind::Int(k as i64), Ty::Int, span)], Ty::Dyn, span);
                        self.coerce(e, &t)
                    }
                    _ => {
                        let (o, i) = (self.to_dyn(obj), self.to_dyn(i));
                        prim(&p::V_GETITEM, vec![o, i], Ty::Dyn, span)
                    }
                }
            }
            (Ty::Dict, _) => {
                let k = self.to_dyn(i);
                prim(&p::D_GETITEM, vec![obj, k], Ty::Dyn, span)
            }
            _ => {
                let (o, i) = (self.to_dyn(obj), self.to_dyn(i));
                prim(&p::V_GETITEM, vec![o, i], Ty::Dyn, span)
            }
        }
    }

    pub(super) fn slice_bounds(
        &mut self,
        lower: &Option<Box<ast::Expr>>,
        upper: &Option<Box<ast::Expr>>,
        step: &Option<Box<ast::Expr>>,
        span: Span,
    ) -> Vec<Expr> {
        [lower, upper, step]
            .into_iter()
            .map(|b| match b {
                Some(x) => {
                    let v = self.expr(x);
                    self.to_dyn(v)
                }
                None => self.to_dyn(mk(ExprKind::None, Ty::None, span)),
            })
            .collect()
    }

    /// The cell of a variable shared with closures (this function's own,
    /// or captured from an enclosing one), if `name` is one.
    pub(super) fn cell(&mut self, name: &str, span: Span) -> Option<Expr> {
        // A comprehension variable shadows the function's: it is a cell
        // only if a lambda in its comprehension captures it.
        for k in (1..self.cx.scopes.len()).rev() {
            if let Some(&c) = self.cx.comp_cells.get(k - 1).and_then(|m| m.get(name)) {
                return Some(mk(ExprKind::Read(Place::Local(c)), Ty::Cell, span));
            }
            if self.cx.scopes[k].contains_key(name) {
                return None;
            }
        }
        if let Some(&c) = self.cx.cell_of.get(name) {
            return Some(mk(ExprKind::Read(Place::Local(c)), Ty::Cell, span));
        }
        let i = *self.cx.free_of.get(name)?;
        let env = mk(ExprKind::Absent, Ty::Dyn, span);
        Some(prim(&p::ENV_CELL, vec![env, mk(ExprKind::Int(i as i64), Ty::Int, span)], Ty::Cell, span))
    }

    /// A function value for the function `id` defined by `d` (a `def` or a
    /// lambda): its defaults evaluated now, its captured cells attached.
    pub(super) fn make_func(&mut self, id: usize, d: &ast::FuncDef, span: Span) -> Expr {
        use ast::ParamKind as P;
        let (name, qualname) = (self.env.funcs[id].name.clone(), self.env.funcs[id].qualname.clone());
        let names: Vec<Expr> = d.params.iter().map(|p| str_const(&p.name, span)).collect();
        let mut kinds: String = d
            .params
            .iter()
            .map(|p| match p.kind {
                P::PositionalOnly => 'p',
                P::Normal => 'n',
                P::VarArgs => 'a',
                P::KeywordOnly => 'k',
                P::VarKw => 'w',
            })
            .collect();
        // A trailing `g` marks a generator function (`rt::types::func::make`).
        if self.env.funcs[id].generator {
            kinds.push('g');
        }
        let mut defaults = Vec::new();
        for p in d.params.iter().filter(|p| matches!(p.kind, P::PositionalOnly | P::Normal)) {
            if let Some(e) = &p.default {
                let v = self.expr(e);
                defaults.push(self.to_dyn(v));
            }
        }
        let mut kw_names = Vec::new();
        for p in d.params.iter().filter(|p| p.kind == P::KeywordOnly) {
            if let Some(e) = &p.default {
                let v = self.expr(e);
                defaults.push(self.to_dyn(v));
                kw_names.push(str_const(&p.name, span));
            }
        }
        let mut cells = Vec::new();
        for n in self.env.funcs[id].captured.clone() {
            let c = self.cell(&n, span).expect("a captured variable is a cell of the enclosing function");
            cells.push(mk(ExprKind::Box(Box::new(c)), Ty::Dyn, span));
        }
        let doc: Vec<Expr> = match d.body.first().map(|s| &s.kind) {
            Some(ast::StmtKind::Expr(ast::Expr { kind: ast::ExprKind::Constant(ast::Constant::Str(doc)), .. })) => {
                vec![self.to_dyn(str_const(doc, span))]
            }
            _ => vec![],
        };
        let pack = |items: Vec<Expr>| mk(ExprKind::Pack(items), Ty::Dyn, span);
        prim(
            &p::MAKE_FUNC,
            vec![
                mk(ExprKind::FuncRef(id), Ty::Dyn, span),
                str_const(&name, span),
                str_const(&qualname, span),
                pack(names),
                str_const(&kinds, span),
                pack(defaults),
                pack(kw_names),
                pack(cells),
                pack(doc),
            ],
            Ty::Dyn,
            span,
        )
    }

    /// `callee(args...)` for any callable value.
    pub(super) fn call_value(&mut self, callee: Expr, args: &[ast::Expr], kws: &[ast::Keyword], span: Span) -> Expr {
        let callee = self.to_dyn(callee);
        let (vals, names) = self.dyn_args(args, kws, span);
        prim(&p::CALL_VALUE, vec![callee, vals, names], Ty::Dyn, span)
    }

    /// A name in load context.
    pub(super) fn load(&mut self, name: &str, span: Span) -> Expr {
        match self.cx.class_ns.last().and_then(|ns| ns.get(name)) {
            Some(&Some(t)) => return mk(ExprKind::Read(Place::Local(t)), Ty::Dyn, span),
            // Bound later in this class body: the global, else the builtin.
            Some(None) => {
                if let Some(&g) = self.env.global_ids.get(name) {
                    return self.read(Place::Global(g), span);
                }
                return self.load_builtin(name, span);
            }
            None => {}
        }
        if let Some(c) = self.cell(name, span) {
            let own = self.cx.cell_of.contains_key(name);
            let get = if own { &p::CELL_GET_LOCAL } else { &p::CELL_GET };
            return prim(get, vec![c, str_const(name, span)], Ty::Dyn, span);
        }
        if let Some(place) = self.lookup(name) {
            return self.read(place, span);
        }
        self.load_builtin(name, span)
    }

    /// A name that is no variable of the program: a builtin, or a NameError.
    fn load_builtin(&mut self, name: &str, span: Span) -> Expr {
        if let Some(class) = super::builtins::builtin_class(name) {
            return mk(ExprKind::Class(class), Ty::Dyn, span);
        }
        if super::builtins::is_builtin_function(name) {
            return prim(&p::BUILTIN_FUNC, vec![str_const(name, span)], Ty::Dyn, span);
        }
        if name == "NotImplemented" {
            return prim(&p::NOT_IMPLEMENTED, vec![], Ty::Dyn, span);
        }
        if name == "Ellipsis" {
            return prim(&p::ELLIPSIS, vec![], Ty::Dyn, span);
        }
        // The program is one module, run as the main one.
        if name == "__name__" {
            return str_const("__main__", span);
        }
        if super::builtins::is_unimplemented_builtin(name) {
            return self.unsupported(span, &format!("the builtin '{name}'"));
        }
        prim(&p::NAME_ERROR, vec![str_const(name, span)], Ty::Dyn, span)
    }

    /// Where a name lives, if it is not a builtin.
    pub(super) fn lookup(&mut self, name: &str) -> Option<Place> {
        for scope in self.cx.scopes.iter().skip(1).rev() {
            if let Some(&l) = scope.get(name) {
                return Some(Place::Local(l));
            }
        }
        if !self.is_module() && self.env.funcs[self.cx.scope_func].scope.is_local(name) {
            return Some(Place::Local(self.fn_local(name)));
        }
        self.env.global_ids.get(name).map(|&g| Place::Global(g))
    }

    /// `module.attr` of a member CPython's module has and the runtime's
    /// lacks: refused here rather than an AttributeError where CPython
    /// works. (A name CPython lacks too is its AttributeError at run time.)
    pub(super) fn missing_module_attr(&mut self, value: &ast::Expr, attr: &str, span: Span) -> Option<Expr> {
        let ast::ExprKind::Name(n) = &value.kind else { return None };
        let m = self.env.module_names.get(n).copied()?;
        if m.members.contains(&attr) || attr == "__name__" || !pyaot_registry::modules::cpython_has(m.name, attr) {
            return None;
        }
        Some(self.unsupported(span, &format!("'{attr}' of the module '{}'", m.name)))
    }

    pub(super) fn is_builtin(&mut self, name: &str) -> bool {
        !self.cx.cell_of.contains_key(name) && !self.cx.free_of.contains_key(name) && self.lookup(name).is_none()
    }

    /// The function-level local for a name (outside any comprehension scope).
    pub(super) fn fn_local(&mut self, name: &str) -> usize {
        if let Some(&l) = self.cx.scopes[0].get(name) {
            return l;
        }
        let l = self.new_local(name, name.to_string());
        self.cx.scopes[0].insert(name.to_string(), l);
        l
    }

    pub(super) fn read(&mut self, place: Place, span: Span) -> Expr {
        match place {
            Place::Local(l) => {
                if !self.assigned.contains(&l) {
                    self.locals[l].maybe_unbound = true;
                }
                mk(ExprKind::Read(place), self.local_ty(l), span)
            }
            Place::Global(g) => {
                let ty = self.env.globals[g].ty.clone();
                if let Ty::Func(_) = ty {
                    return self.unsupported(span, "using a function as a value");
                }
                mk(ExprKind::Read(place), ty, span)
            }
        }
    }

    /// The place a name is stored to. `walrus` targets bind in the function
    /// scope even inside a comprehension.
    pub(super) fn store_place(&mut self, name: &str, walrus: bool) -> Place {
        if !walrus {
            if let Some(&l) = self.cx.scopes.last().unwrap().get(name) {
                if self.cx.scopes.len() > 1 {
                    return Place::Local(l);
                }
            }
        }
        if self.is_module() || self.env.funcs[self.cx.scope_func].scope.declared_global.contains(name) {
            let g = self.env.global(name);
            return Place::Global(g);
        }
        Place::Local(self.fn_local(name))
    }

    /// Widens the place's type with the value's and converts the value to it.
    pub(super) fn assign_place_ty(&mut self, place: Place, v: Expr) -> Expr {
        match place {
            Place::Local(l) => {
                self.assign_local_ty(l, &v.ty);
                self.assigned.insert(l);
                let t = self.local_ty(l);
                self.coerce(v, &t)
            }
            Place::Global(g) => {
                if let Ty::Func(_) = self.env.globals[g].ty {
                    self.error(Diagnostic::unsupported(v.span, "rebinding a function's name"));
                    return v;
                }
                self.assign_global_ty(g, &v.ty);
                let t = self.env.globals[g].ty.clone();
                self.coerce(v, &t)
            }
        }
    }

    /// `[elt for target in iter if cond ...]` and its set and dict kin.
    fn comprehension(
        &mut self,
        gens: &[ast::Comprehension],
        span: Span,
        ty: Ty,
        elt: &mut dyn FnMut(&mut Self) -> Vec<Expr>,
    ) -> Expr {
        use crate::ir::{Stmt, StmtKind};
        self.comp_count += 1;
        let acc = self.temp(ty.clone());
        let acc_read = mk(ExprKind::Read(Place::Local(acc)), ty.clone(), span);
        // The first iterable is evaluated in the enclosing scope.
        let first_iter = self.iterable(&gens[0].iter);
        self.cx.scopes.push(Default::default());
        // Every target of every `for` in it is local to the comprehension
        // from the start: a later target read by an earlier iterable is an
        // unbound local, not the enclosing scope's variable.
        for g in gens {
            let mut names = Vec::new();
            crate::resolve::target_names(&g.target, &mut |n| names.push(n.to_string()));
            for n in names {
                self.local(&n);
            }
        }
        // Variables that lambdas in it capture get fresh cells per run.
        let mut cells = HashMap::new();
        let mut make_cells = Vec::new();
        for g in gens {
            let mut names = Vec::new();
            crate::resolve::target_names(&g.target, &mut |n| names.push(n.to_string()));
            for n in names {
                if self.env.funcs[self.cx.scope_func].comp_cells.contains(&n) && !cells.contains_key(&n) {
                    let c = self.temp(Ty::Cell);
                    self.assigned.insert(c);
                    make_cells.push(Stmt {
                        kind: StmtKind::Assign(Place::Local(c), prim(&p::CELL_NEW, vec![], Ty::Cell, span)),
                        span,
                    });
                    cells.insert(n, c);
                }
            }
        }
        self.cx.comp_cells.push(cells);
        let saved = self.assigned.clone();
        let body = self.comp_level(gens, 0, Some(first_iter), &acc_read, Sink::Collect, elt);
        self.assigned = saved;
        self.cx.comp_cells.pop();
        self.cx.scopes.pop();
        let init = match ty {
            Ty::List(_) => mk(ExprKind::List(vec![]), ty.clone(), span),
            Ty::Set => mk(ExprKind::Set { items: vec![], constant: false }, Ty::Set, span),
            _ => mk(ExprKind::Dict(vec![]), Ty::Dict, span),
        };
        self.assigned.insert(acc);
        let mut block = vec![Stmt { kind: StmtKind::Assign(Place::Local(acc), init), span }];
        block.extend(make_cells);
        block.extend(body);
        mk(ExprKind::Seq(block, Box::new(acc_read)), ty, span)
    }

    fn comp_level(
        &mut self,
        gens: &[ast::Comprehension],
        i: usize,
        iter: Option<super::fuse::Iterable>,
        acc: &Expr,
        sink: Sink,
        elt: &mut dyn FnMut(&mut Self) -> Vec<Expr>,
    ) -> Vec<crate::ir::Stmt> {
        use crate::ir::{Stmt, StmtKind};
        let span = acc.span;
        let ExprKind::Read(acc_place) = acc.kind else { unreachable!("the accumulator is a local") };
        if let (true, Sink::Sum) = (i == gens.len(), sink) {
            let v = elt(self).remove(0);
            let cur = self.read(acc_place, span);
            let s = self.binop(cur, BinOp::Add, v, false, span);
            let s = self.assign_place_ty(acc_place, s);
            return vec![Stmt { kind: StmtKind::Assign(acc_place, s), span }];
        }
        if let (true, Sink::Stop(want)) = (i == gens.len(), sink) {
            // any()/all(): stop at the first item whose truth is `want`.
            let v = elt(self).remove(0);
            let t = self.truthy(v);
            let cond = if want { t } else { prim(&p::B_NOT, vec![t], Ty::Bool, span) };
            let label = self.cx.loops.last().unwrap().brk;
            let stop = vec![
                Stmt { kind: StmtKind::Assign(acc_place, mk(ExprKind::Bool(want), Ty::Bool, span)), span },
                Stmt { kind: StmtKind::Break(label), span },
            ];
            return vec![Stmt { kind: StmtKind::If(cond, stop, vec![]), span }];
        }
        if i == gens.len() {
            let mut vals = elt(self);
            let (pr, args) = match &acc.ty {
                Ty::List(s) => {
                    let s = s.clone();
                    let v = self.store_elem(&s, vals.remove(0));
                    (&p::L_APPEND, vec![acc.clone(), v])
                }
                Ty::Set => {
                    let v = self.to_dyn(vals.remove(0));
                    let recv = self.box_ro(acc.clone());
                    (
                        &p::CALL_METHOD,
                        vec![
                            recv,
                            str_const("add", span),
                            mk(ExprKind::Pack(vec![v]), Ty::Dyn, span),
                            mk(ExprKind::Pack(vec![]), Ty::Dyn, span),
                        ],
                    )
                }
                _ => {
                    let k = self.to_dyn(vals.remove(0));
                    let v = self.to_dyn(vals.remove(0));
                    (&p::D_SETITEM, vec![acc.clone(), k, v])
                }
            };
            // The result type must match the runtime's: `set.add` goes through the dynamic method call.
            let ty = if std::ptr::eq(pr, &p::CALL_METHOD) { Ty::Dyn } else { Ty::None };
            return vec![Stmt { kind: StmtKind::Expr(prim(pr, args, ty, span)), span }];
        }
        let g = &gens[i];
        let iter = match iter {
            Some(it) => it,
            None => self.iterable(&g.iter),
        };
        // Comprehension targets are local to the comprehension.
        let mut names = Vec::new();
        crate::resolve::bindings(
            &[crate::syntax::ast::Stmt {
                kind: crate::syntax::ast::StmtKind::Assign { targets: vec![g.target.clone()], value: g.iter.clone() },
                span,
            }],
            &mut |n| names.push(n.to_string()),
        );
        for n in names {
            self.local(&n);
        }
        self.for_iterable(iter, span, None, &mut |fl, item| {
            let mut pre = Vec::new();
            fl.assign_to(&g.target, item, &mut pre);
            let conds: Vec<Expr> = g
                .ifs
                .iter()
                .map(|c| {
                    let e = fl.expr(c);
                    fl.truthy(e)
                })
                .collect();
            let mut body = fl.comp_level(gens, i + 1, None, acc, sink, elt);
            for c in conds.into_iter().rev() {
                body = vec![Stmt { kind: StmtKind::If(c, body, vec![]), span }];
            }
            if let (Sink::Stop(want), true) = (sink, i + 1 < gens.len()) {
                // An inner loop stopped: stop this one too.
                let done = if want { acc.clone() } else { prim(&p::B_NOT, vec![acc.clone()], Ty::Bool, span) };
                let label = fl.cx.loops.last().unwrap().brk;
                body.push(Stmt {
                    kind: StmtKind::If(done, vec![Stmt { kind: StmtKind::Break(label), span }], vec![]),
                    span,
                });
            }
            pre.extend(body);
            pre
        })
    }
}

/// What a comprehension does with each item.
#[derive(Clone, Copy)]
enum Sink {
    /// Appends to (or adds to, or stores into) the accumulator.
    Collect,
    /// `any`/`all`: stops at the first item whose truth is the flag.
    Stop(bool),
    /// `sum`: adds the item to the accumulator.
    Sum,
}

/// Keeps a lowered argument list in evaluation order when binding reorders it.
pub(super) fn needs_temp(e: &Expr) -> bool {
    !is_simple(e)
}
