//! Lowering of expressions: each gets its static type from its operands,
//! and an operator on known types becomes the matching typed primitive;
//! anything else goes through the runtime's dynamic operations.

use super::comprehension::CompFrame;
use super::FnLower;
use crate::diagnostics::Diagnostic;
use crate::ir::{self, prims as p, Expr, ExprKind, Place, Prim, Ty};
use crate::syntax::ast::{self, Span};

pub(super) fn mk(kind: ExprKind, ty: Ty, span: Span) -> Expr {
    Expr::new(kind, ty, span)
}

pub(super) fn prim(p: &'static Prim, args: Vec<Expr>, ty: Ty, span: Span) -> Expr {
    Expr::new(ExprKind::Prim(p, args), ty, span)
}

pub(super) fn str_const(s: &str, span: Span) -> Expr {
    mk(ExprKind::Str(s.to_string()), Ty::Str, span)
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

pub(super) fn is_simple(e: &Expr) -> bool {
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
                let v = self.cell_value(target, v);
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
            K::NamedExpr { .. } if self.class_body().is_some() => {
                self.unsupported(span, "an assignment expression in a class body")
            }
            K::NamedExpr { .. } if !self.cx.class_ns.is_empty() => {
                self.error(Diagnostic::error(
                    span,
                    "assignment expression within a comprehension cannot be used in a class body",
                ));
                mk(ExprKind::None, Ty::None, span)
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
                let constant = items.len() > 2 && items.iter().all(ast::Expr::is_constant);
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
                let frame = Some(CompFrame { name: "<listcomp>", at: span, iter_at: span });
                self.comprehension(generators, span, ty, frame, &mut |fl| vec![fl.expr(elt)])
            }
            K::GeneratorExp { func: Some(d), generators, .. } => {
                // The generator function called with `iter(first iterable)`,
                // evaluated here as CPython does.
                let id = self.env.func_of(d);
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
                let frame = Some(CompFrame { name: "<setcomp>", at: span, iter_at: span });
                self.comprehension(generators, span, Ty::Set, frame, &mut |fl| vec![fl.expr(elt)])
            }
            K::DictComp { key, value, generators } => {
                let frame = Some(CompFrame { name: "<dictcomp>", at: span, iter_at: span });
                self.comprehension(generators, span, Ty::Dict, frame, &mut |fl| vec![fl.expr(key), fl.expr(value)])
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
                if attr == "__dataclass_params__" {
                    return self.unsupported(span, "'__dataclass_params__' of a dataclass");
                }
                let v = self.expr(value);
                if let Some((k, g)) = self.module_attr(&v.ty, attr) {
                    self.note_class_value(k, attr);
                    let read = self.read_module_global(k, g, attr, span);
                    if let Ty::Func(_) = self.env.globals[g].ty {
                        return self.unsupported(span, "using a function as a value");
                    }
                    return mk(
                        ExprKind::Seq(
                            vec![crate::ir::Stmt { kind: crate::ir::StmtKind::Expr(v), span }],
                            Box::new(read.clone()),
                        ),
                        read.ty,
                        span,
                    );
                }
                // A method read as a value may be called from anywhere.
                self.env.note_dyn_method(attr);
                let ty = self.attr_ty(&v.ty, attr);
                if let Some(k) = self.obj_slot(&v.ty, attr) {
                    return self.get_field(v, attr, k, &ty, span);
                }
                if v.ty.is_dyn() {
                    self.note_dyn_read(attr);
                }
                let d = self.to_dyn(v);
                let e = match self.attr_slot(value, attr) {
                    Some(_) => prim(
                        &p::INST_GET,
                        vec![d, mk(ExprKind::Absent, Ty::None, span), str_const(attr, span)],
                        Ty::Dyn,
                        span,
                    ),
                    None => prim(&p::GET_ATTR, vec![d, str_const(attr, span)], Ty::Dyn, span),
                };
                self.coerce(e, &ty)
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
                let id = self.env.func_of(d);
                self.make_func(id, d, span)
            }
            K::Starred(_) => self.unsupported(span, "a starred expression here"),
            K::Yield(_) | K::YieldFrom(_) if !self.env.def(self.cx.scope_func).generator => {
                self.error(crate::diagnostics::Diagnostic::error(span, "'yield' outside function"));
                mk(ExprKind::None, Ty::Dyn, span)
            }
            // A generator suspended in a handler would leave its exception
            // recorded as the one being handled while its caller runs.
            K::Yield(_) | K::YieldFrom(_) if self.env.hir.reads_handled && !self.cx.handling.is_empty() => self
                .unsupported(span, "'yield' in an 'except' or 'finally' block of a program that reads sys.exc_info()"),
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
        // Not known yet (container or index): neither is the item.
        if obj.ty == Ty::Never || i.ty == Ty::Never {
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
}

/// Keeps a lowered argument list in evaluation order when binding reorders it.
pub(super) fn needs_temp(e: &Expr) -> bool {
    !is_simple(e)
}
