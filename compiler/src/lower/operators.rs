//! Operators: arithmetic and bitwise binary operators (typed primitives on
//! known types, the runtime's dynamic operation otherwise, list
//! concatenation and repetition on typed lists) and comparisons, chained
//! ones evaluating each operand once, left to right.

use super::expr::*;
use super::FnLower;
use crate::ir::{prims as p, Expr, ExprKind, Place, Ty};
use crate::syntax::ast::{self, BinOp, CmpOp, Span};

impl FnLower<'_, '_> {
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
    pub(super) fn typed_list_binop(
        &mut self,
        l: Expr,
        op: BinOp,
        r: Expr,
        inplace: bool,
        result: Ty,
        span: Span,
    ) -> Expr {
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
            Ty::Tuple(Some(ts)) => ts.iter().fold(Ty::Never, |a, t| a.join(t)),
            Ty::Str => Ty::Str,
            Ty::Range => Ty::Int,
            _ => Ty::Dyn,
        }
    }

    pub(super) fn dyn_binop(&mut self, l: Expr, op: BinOp, r: Expr, inplace: bool, result: Ty, span: Span) -> Expr {
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
    pub(super) fn compare_chain(&mut self, left: &ast::Expr, ops: &[CmpOp], rights: &[ast::Expr], span: Span) -> Expr {
        let l = self.expr(left);
        if ops.len() == 1 && self.env.hir.rich_results {
            let r = self.expr(&rights[0]);
            if let Some(e) = self.compare_value(&l, ops[0], &r, span) {
                return e;
            }
            return self.compare(l, ops[0], r, span);
        }
        self.chain_from(l, ops, rights, span)
    }

    pub(super) fn chain_from(&mut self, l: Expr, ops: &[CmpOp], rights: &[ast::Expr], span: Span) -> Expr {
        if ops.len() == 1 {
            let r = self.expr(&rights[0]);
            return self.compare(l, ops[0], r, span);
        }
        // The left operand is evaluated before the right one: held in a
        // temporary unless reading it later gives the same value.
        let mut rebinds = false;
        for x in rights {
            crate::syntax::visit::visit_expr(x, &mut |x| rebinds |= matches!(x.kind, ast::ExprKind::NamedExpr { .. }));
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

    /// `l op r` as the object a user comparison method returned, in a
    /// program with a comparison method that may return something other
    /// than a bool (`hir::Hir::rich_results`), when an operand may be an
    /// instance.
    fn compare_value(&mut self, l: &Expr, op: CmpOp, r: &Expr, span: Span) -> Option<Expr> {
        use CmpOp as C;
        let instance = |t: &Ty| matches!(t, Ty::Dyn | Ty::Obj { .. });
        if !self.env.hir.rich_results || !(instance(&l.ty) || instance(&r.ty)) {
            return None;
        }
        let (l, r) = (self.box_ro(l.clone()), self.box_ro(r.clone()));
        Some(match op {
            C::Eq => prim(&p::V_EQ_VALUE, vec![l, r], Ty::Dyn, span),
            C::NotEq => prim(&p::V_NE_VALUE, vec![l, r], Ty::Dyn, span),
            C::Lt | C::LtE | C::Gt | C::GtE => {
                prim(&p::V_COMPARE_VALUE, vec![str_const(cmp_path(op), span), l, r], Ty::Dyn, span)
            }
            _ => return None,
        })
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
                } else if r.ty == Ty::Set {
                    let l = self.box_ro(l);
                    prim(&p::ST_CONTAINS, vec![r, l], Ty::Bool, span)
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
            _ => prim(&p::V_COMPARE, vec![str_const(cmp_path(op), span), l, r], Ty::Bool, span),
        }
    }
}

/// The runtime's name of an ordering (`ops::CmpOp::Lt`).
fn cmp_path(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "ops::CmpOp::Lt",
        CmpOp::LtE => "ops::CmpOp::Le",
        CmpOp::Gt => "ops::CmpOp::Gt",
        _ => "ops::CmpOp::Ge",
    }
}
