//! Speculative machine-int twins for pure numeric functions.
//!
//! A Python `int` is exact, so a function over `int`s must be ready for any
//! size, and that readiness (a tag test on every operation, a bigger value
//! to pass around, drops) costs time on every call even when every value fits
//! in 64 bits. For a function that is *pure* (its parameters, locals and
//! result are ints, floats and bools; it reads no globals, calls only pure
//! functions and has no effects) re-running it is invisible. Such a function
//! `f` becomes three:
//!
//! - a `Fast` twin on plain `i64`s, which bails (returns no result) where
//!   the exact code would raise or an int would leave 64 bits;
//! - an `Exact` copy of the original body, whose calls to pure functions go
//!   to their `Exact` copies too (so a fallback never speculates again: the
//!   total work is at most twice the exact work);
//! - `f` itself, now one [`ExprKind::Speculate`]: the twin first, the exact
//!   copy when it bails.

use std::ptr;

use crate::ir::{
    prims as p, Block, Expr, ExprKind, Func, FuncId, FuncKind, Local, LocalId, Place, Prim, Program, Stmt, StmtKind, Ty,
};

/// Int primitives and their machine-int twins.
static MACHINE: &[(&Prim, &Prim)] = &[
    (&p::I_ADD, &p::M_ADD),
    (&p::I_SUB, &p::M_SUB),
    (&p::I_MUL, &p::M_MUL),
    (&p::I_FLOORDIV, &p::M_FLOORDIV),
    (&p::I_MOD, &p::M_MOD),
    (&p::I_TRUEDIV, &p::M_TRUEDIV),
    (&p::I_POW, &p::M_POW),
    (&p::I_LSHIFT, &p::M_LSHIFT),
    (&p::I_RSHIFT, &p::M_RSHIFT),
    (&p::I_AND, &p::M_AND),
    (&p::I_OR, &p::M_OR),
    (&p::I_XOR, &p::M_XOR),
    (&p::I_NEG, &p::M_NEG),
    (&p::I_INVERT, &p::M_INVERT),
    (&p::I_ABS, &p::M_ABS),
    (&p::I_EQ, &p::M_EQ),
    (&p::I_NE, &p::M_NE),
    (&p::I_LT, &p::M_LT),
    (&p::I_LE, &p::M_LE),
    (&p::I_GT, &p::M_GT),
    (&p::I_GE, &p::M_GE),
    (&p::I_TRUTHY, &p::M_TRUTHY),
    (&p::I_TO_F64, &p::M_TO_F64),
    (&p::I_FROM_BOOL, &p::M_FROM_BOOL),
    (&p::I_FROM_F64, &p::M_FROM_F64),
];

/// Float and bool primitives a twin uses as they are (a raising one bails).
static SCALAR: &[&Prim] = &[
    &p::F_ADD,
    &p::F_SUB,
    &p::F_MUL,
    &p::F_EQ,
    &p::F_NE,
    &p::F_LT,
    &p::F_LE,
    &p::F_GT,
    &p::F_GE,
    &p::F_NEG,
    &p::B_NOT,
    &p::B_EQ,
    &p::B_NE,
    &p::B_AND,
    &p::B_OR,
    &p::B_XOR,
    &p::F_TRUEDIV,
    &p::F_FLOORDIV,
    &p::F_MOD,
    &p::F_POW,
    &p::F_ABS,
    &p::F_TRUTHY,
];

fn machine(pr: &Prim) -> Option<&'static Prim> {
    MACHINE.iter().find(|(i, _)| ptr::eq(*i, pr)).map(|(_, m)| *m)
}

fn is_scalar_prim(pr: &Prim) -> bool {
    SCALAR.iter().any(|s| ptr::eq(*s, pr))
}

fn scalar(t: &Ty) -> bool {
    matches!(t, Ty::Int | Ty::Float | Ty::Bool)
}

pub fn speculate(prog: &mut Program) {
    let n = prog.funcs.len();
    let mut pure: Vec<bool> = prog.funcs.iter().enumerate().map(|(i, f)| i != 0 && pure_shape(f)).collect();
    // A function is pure if its body is, given which callees are: shrink to
    // the greatest fixed point (mutual recursion stays pure).
    loop {
        let mut changed = false;
        for i in 0..n {
            if pure[i] && !prog.funcs[i].body.iter().all(|s| stmt_ok(s, &pure)) {
                pure[i] = false;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let chosen: Vec<FuncId> = (0..n).filter(|&i| pure[i]).map(FuncId::new).collect();
    if chosen.is_empty() {
        return;
    }
    let mut fast = vec![FuncId(u32::MAX); n];
    let mut exact = vec![FuncId(u32::MAX); n];
    for (k, &i) in chosen.iter().enumerate() {
        fast[i] = FuncId::new(n + k);
        exact[i] = FuncId::new(n + chosen.len() + k);
    }
    let twins: Vec<Func> = chosen.iter().map(|&i| fast_twin(&prog.funcs[i], &fast)).collect();
    let copies: Vec<Func> = chosen.iter().map(|&i| exact_copy(&prog.funcs[i], &exact)).collect();
    for &i in &chosen {
        let f = &mut prog.funcs[i];
        let locals: Vec<Local> = f.params.iter().map(|&l| f.locals[l].clone()).collect();
        let args = f.params.iter().enumerate().map(|(k, &l)| Expr {
            kind: ExprKind::Read(Place::Local(LocalId::new(k))),
            ty: f.locals[l].ty.clone(),
            span: f.span,
        });
        let call = Expr {
            kind: ExprKind::Speculate { fast: fast[i], exact: exact[i], args: args.collect() },
            ty: f.ret.clone(),
            span: f.span,
        };
        f.params = (0..locals.len()).map(LocalId::new).collect();
        f.locals = locals;
        f.body = vec![Stmt { kind: StmtKind::Return(Some(call)), span: f.span }];
    }
    prog.funcs.extend(twins);
    prog.funcs.extend(copies);
}

/// Parameters, locals and result are all scalars, always bound.
fn pure_shape(f: &Func) -> bool {
    f.kind == FuncKind::Plain && scalar(&f.ret) && f.locals.iter().all(|l| scalar(&l.ty) && !l.maybe_unbound)
}

fn block_ok(b: &Block, pure: &[bool]) -> bool {
    b.iter().all(|s| stmt_ok(s, pure))
}

fn stmt_ok(s: &Stmt, pure: &[bool]) -> bool {
    match &s.kind {
        StmtKind::Assign(Place::Local(_), e) | StmtKind::Expr(e) | StmtKind::Return(Some(e)) => expr_ok(e, pure),
        StmtKind::If(c, a, b) => expr_ok(c, pure) && block_ok(a, pure) && block_ok(b, pure),
        StmtKind::While { cond, body, orelse, .. } => {
            expr_ok(cond, pure) && block_ok(body, pure) && block_ok(orelse, pure)
        }
        StmtKind::ForRange { start, stop, step, body, orelse, .. } => {
            [start, stop, step].iter().all(|e| expr_ok(e, pure)) && block_ok(body, pure) && block_ok(orelse, pure)
        }
        // The twin bails where the exact code raises: the exception value
        // is never built, so whatever it is made of does not matter.
        StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Raise { .. } => true,
        _ => false,
    }
}

fn expr_ok(e: &Expr, pure: &[bool]) -> bool {
    if !scalar(&e.ty) {
        return false;
    }
    let all = |es: &[Expr]| es.iter().all(|x| expr_ok(x, pure));
    match &e.kind {
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) | ExprKind::Read(Place::Local(_)) => true,
        ExprKind::Prim(pr, args) => (machine(pr).is_some() || is_scalar_prim(pr)) && all(args),
        ExprKind::Call(g, args) => pure[*g] && all(args),
        ExprKind::IfExp(c, a, b) => expr_ok(c, pure) && expr_ok(a, pure) && expr_ok(b, pure),
        ExprKind::Let(_, v, b) => expr_ok(v, pure) && expr_ok(b, pure),
        ExprKind::AssignExpr(Place::Local(_), v) => expr_ok(v, pure),
        _ => false,
    }
}

/// The original body, calling the exact copies of pure callees.
fn exact_copy(f: &Func, exact: &[FuncId]) -> Func {
    let mut g = f.clone();
    g.kind = FuncKind::Exact;
    rewrite_block(
        &mut g.body,
        &mut |e| {
            if let ExprKind::Call(callee, _) = &mut e.kind {
                *callee = exact[*callee];
            }
        },
        &mut |_| {},
    );
    g
}

/// The body over machine ints, calling twins, bailing instead of raising.
fn fast_twin(f: &Func, fast: &[FuncId]) -> Func {
    let mut g = f.clone();
    g.kind = FuncKind::Fast;
    let narrow = |t: &mut Ty| {
        if *t == Ty::Int {
            *t = Ty::MInt;
        }
    };
    narrow(&mut g.ret);
    g.locals.iter_mut().for_each(|l| narrow(&mut l.ty));
    rewrite_block(
        &mut g.body,
        &mut |e| {
            narrow(&mut e.ty);
            match &mut e.kind {
                ExprKind::Call(callee, _) => *callee = fast[*callee],
                ExprKind::Prim(pr, _) => {
                    if let Some(m) = machine(pr) {
                        *pr = m;
                    }
                }
                _ => {}
            }
        },
        &mut |s| {
            if let StmtKind::Raise { .. } = s.kind {
                s.kind = StmtKind::Bail;
            }
        },
    );
    g
}

/// Applies `fe` to every expression and `fs` to every statement, innermost first.
pub(super) fn rewrite_block(b: &mut Block, fe: &mut dyn FnMut(&mut Expr), fs: &mut dyn FnMut(&mut Stmt)) {
    for s in b {
        match &mut s.kind {
            StmtKind::Assign(_, e) | StmtKind::Expr(e) | StmtKind::Return(Some(e)) => rewrite_expr(e, fe),
            StmtKind::If(c, a, b) => {
                rewrite_expr(c, fe);
                rewrite_block(a, fe, fs);
                rewrite_block(b, fe, fs);
            }
            StmtKind::While { cond, body, orelse, .. } => {
                rewrite_expr(cond, fe);
                rewrite_block(body, fe, fs);
                rewrite_block(orelse, fe, fs);
            }
            StmtKind::ForRange { start, stop, step, body, orelse, .. } => {
                rewrite_expr(start, fe);
                rewrite_expr(stop, fe);
                rewrite_expr(step, fe);
                rewrite_block(body, fe, fs);
                rewrite_block(orelse, fe, fs);
            }
            StmtKind::ForIter { iter, body, orelse, .. } => {
                rewrite_expr(iter, fe);
                rewrite_block(body, fe, fs);
                rewrite_block(orelse, fe, fs);
            }
            StmtKind::Raise { exc, cause } => {
                rewrite_expr(exc, fe);
                if let Some(c) = cause {
                    rewrite_expr(c, fe);
                }
            }
            StmtKind::InFrame(_, body) => rewrite_block(body, fe, fs),
            StmtKind::Try { body, handlers, orelse, finally } => {
                rewrite_block(body, fe, fs);
                for h in handlers {
                    rewrite_block(&mut h.body, fe, fs);
                }
                rewrite_block(orelse, fe, fs);
                rewrite_block(finally, fe, fs);
            }
            StmtKind::Return(None)
            | StmtKind::Break(_)
            | StmtKind::Continue(_)
            | StmtKind::Reraise(_)
            | StmtKind::Bail
            | StmtKind::Unbind(_) => {}
        }
        fs(s);
    }
}

fn rewrite_expr(e: &mut Expr, fe: &mut dyn FnMut(&mut Expr)) {
    match &mut e.kind {
        ExprKind::Prim(_, args)
        | ExprKind::Call(_, args)
        | ExprKind::Pack(args)
        | ExprKind::List(args)
        | ExprKind::Tuple(args) => args.iter_mut().for_each(|a| rewrite_expr(a, fe)),
        ExprKind::Speculate { args, .. } => args.iter_mut().for_each(|a| rewrite_expr(a, fe)),
        ExprKind::Set { items, .. } => items.iter_mut().for_each(|a| rewrite_expr(a, fe)),
        ExprKind::Dict(pairs) => pairs.iter_mut().for_each(|(k, v)| {
            rewrite_expr(k, fe);
            rewrite_expr(v, fe);
        }),
        ExprKind::Box(x) | ExprKind::Unbox(x) | ExprKind::AssignExpr(_, x) => rewrite_expr(x, fe),
        ExprKind::IfExp(c, a, b) => {
            rewrite_expr(c, fe);
            rewrite_expr(a, fe);
            rewrite_expr(b, fe);
        }
        ExprKind::Let(_, v, b) => {
            rewrite_expr(v, fe);
            rewrite_expr(b, fe);
        }
        ExprKind::Seq(stmts, v) => {
            // Statements nested in expressions only occur in impure code
            // (comprehensions), which never gets a twin; visit them anyway.
            rewrite_block(stmts, fe, &mut |_| {});
            rewrite_expr(v, fe);
        }
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Str(_)
        | ExprKind::Bytes(_)
        | ExprKind::Class(_)
        | ExprKind::Read(_)
        | ExprKind::Take(_)
        | ExprKind::Bound(_)
        | ExprKind::Absent
        | ExprKind::FuncRef(_) => {}
    }
    fe(e);
}
