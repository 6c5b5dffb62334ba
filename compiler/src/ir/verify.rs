//! The IR verifier: checks the invariants both backends rely on, so a
//! lowering bug is reported where it was made (as an internal error naming
//! the function and the broken rule) instead of surfacing as a panic in a
//! backend or, worse, as a program that does something else.
//!
//! The driver runs it on every program after optimization; the test suite
//! thereby verifies the IR of every case. What it checks:
//! - every local, global, function and loop label an IR node names exists
//!   (`break`/`continue` only inside their loop, in the same function);
//! - direct calls pass one argument per parameter, of the parameter's type;
//! - every primitive gets one argument per entry of its signature in the
//!   registry, each of the form its [`Mode`] requires (a pack, a string
//!   constant, a function reference, an absent placeholder) and of the
//!   runtime type the signature gives, and its result is typed as the
//!   signature's;
//! - boxing turns a static value into a dynamic one and unboxing the
//!   reverse; conditions are `bool`; an assignment stores a value of the
//!   variable's type, a `return` one of the function's result type, and the
//!   two arms of a conditional expression agree with it;
//! - `Fast` functions are the only ones that bail or hold machine ints.

use super::{Block, Expr, ExprKind, Func, FuncId, FuncKind, LocalId, LoopId, Mode, Place, Program, StmtKind, Ty};
use crate::ir::prims::Rt;

/// What a value of static type `t` is at run time.
fn rt_of(t: &Ty) -> Rt {
    match t {
        Ty::Float => Rt::F64,
        Ty::Bool => Rt::Bool,
        Ty::MInt => Rt::I64,
        Ty::None => Rt::Unit,
        Ty::Int => Rt::Int,
        Ty::Str => Rt::Str,
        Ty::List(_) => Rt::List,
        Ty::Tuple(_) => Rt::Tuple,
        Ty::Dict => Rt::Dict,
        Ty::Set => Rt::Set,
        Ty::Range => Rt::Range,
        Ty::Iter => Rt::Iter,
        Ty::Cell => Rt::Cell,
        Ty::Never | Ty::Dyn | Ty::Func(_) | Ty::Obj { .. } | Ty::Module(_) => Rt::Value,
    }
}

/// A broken invariant: where, and which rule.
#[derive(Debug)]
pub struct Violation {
    pub func: String,
    pub line: u32,
    pub rule: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "in {} at line {}: {}", self.func, self.line, self.rule)
    }
}

/// Checks the whole program; the first violation found, if any.
pub fn program(p: &Program) -> Result<(), Violation> {
    if p.funcs.is_empty() || p.teardown.index() >= p.funcs.len() {
        return Err(Violation { func: "<program>".into(), line: 0, rule: "no module body or teardown".into() });
    }
    for f in &p.funcs {
        let mut v = Verifier { prog: p, func: f, loops: Vec::new() };
        for &param in &f.params {
            v.local(param, f.span.line)?;
        }
        v.block(&f.body)?;
    }
    Ok(())
}

/// A value of type `value` may stand where `declared` is expected: the
/// same representation, and no more precise a claim than `declared` makes
/// (a list from sites {a} may be stored in a variable of sites {a, b}; a
/// read of that variable may claim {a, b} but not {a}). `Never` is the type
/// of code that produces no value (it is unreachable), so it fits anywhere.
/// An instance is a dynamic value: it may be seen as one.
fn fits(value: &Ty, declared: &Ty) -> bool {
    *value == Ty::Never
        || value == declared
        || value.join(declared) == *declared && (!declared.is_dyn() || matches!(value, Ty::Obj { .. } | Ty::Module(_)))
}

struct Verifier<'a> {
    prog: &'a Program,
    func: &'a Func,
    /// Labels of the loops enclosing the statement being checked.
    loops: Vec<LoopId>,
}

impl<'a> Verifier<'a> {
    fn fail<T>(&self, line: u32, rule: String) -> Result<T, Violation> {
        Err(Violation { func: self.func.name.clone(), line, rule })
    }

    fn local(&self, l: LocalId, line: u32) -> Result<&Ty, Violation> {
        match self.func.locals.get(l.index()) {
            Some(local) => Ok(&local.ty),
            None => self.fail(line, format!("local {l} does not exist ({} locals)", self.func.locals.len())),
        }
    }

    fn place(&self, p: Place, line: u32) -> Result<&Ty, Violation> {
        match p {
            Place::Local(l) => self.local(l, line),
            Place::Global(g) => match self.prog.globals.get(g.index()) {
                Some(g) => Ok(&g.ty),
                None => self.fail(line, format!("global {g} does not exist")),
            },
        }
    }

    fn func_ref(&self, f: FuncId, line: u32) -> Result<&'a Func, Violation> {
        match self.prog.funcs.get(f.index()) {
            Some(f) => Ok(f),
            None => self.fail(line, format!("function f{f} does not exist")),
        }
    }

    /// `value` may be stored where `want` is declared.
    fn agree(&self, want: &Ty, value: &Expr, what: &str) -> Result<(), Violation> {
        if fits(&value.ty, want) {
            return Ok(());
        }
        self.fail(value.span.line, format!("{what}: a {} value where {want} is declared", value.ty))
    }

    fn block(&mut self, b: &Block) -> Result<(), Violation> {
        for s in b {
            let line = s.span.line;
            match &s.kind {
                StmtKind::Assign(p, e) => {
                    let want = self.place(*p, line)?.clone();
                    self.expr(e)?;
                    self.agree(&want, e, "assignment")?;
                }
                StmtKind::Expr(e) => self.expr(e)?,
                StmtKind::If(c, a, b) => {
                    self.cond(c)?;
                    self.block(a)?;
                    self.block(b)?;
                }
                StmtKind::While { label, cond, body, orelse } => {
                    self.cond(cond)?;
                    self.in_loop(*label, body)?;
                    self.block(orelse)?;
                }
                StmtKind::ForRange { label, var, start, stop, step, body, orelse } => {
                    let ty = self.local(*var, line)?.clone();
                    for e in [start, stop, step] {
                        self.expr(e)?;
                        self.agree(&ty, e, "range bound")?;
                    }
                    self.in_loop(*label, body)?;
                    self.block(orelse)?;
                }
                StmtKind::ForIter { label, var, iter, body, orelse } => {
                    if !self.local(*var, line)?.is_dyn() {
                        return self.fail(line, "a for loop's item variable must be dynamic".into());
                    }
                    self.expr(iter)?;
                    self.in_loop(*label, body)?;
                    self.block(orelse)?;
                }
                StmtKind::Break(l) | StmtKind::Continue(l) => {
                    if !self.loops.contains(l) {
                        return self.fail(line, format!("break/continue to loop {l}, which does not enclose it"));
                    }
                }
                StmtKind::Return(e) => {
                    if let Some(e) = e {
                        self.expr(e)?;
                        self.agree(&self.func.ret.clone(), e, "return")?;
                    }
                }
                StmtKind::Raise { exc, cause } => {
                    self.expr(exc)?;
                    self.dynamic(exc, "raised value")?;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        self.dynamic(c, "exception cause")?;
                    }
                }
                StmtKind::Reraise(l) => {
                    self.local(*l, line)?;
                }
                StmtKind::Try { body, handlers, orelse, finally } => {
                    self.block(body)?;
                    for h in handlers {
                        self.local(h.exc_local, line)?;
                        self.block(&h.body)?;
                    }
                    self.block(orelse)?;
                    self.block(finally)?;
                }
                StmtKind::Bail => {
                    if self.func.kind != FuncKind::Fast {
                        return self.fail(line, "only a Fast function bails".into());
                    }
                }
                StmtKind::Unbind(p) => {
                    self.place(*p, line)?;
                }
                StmtKind::InFrame(frame, b) => {
                    if let Some(k) = frame {
                        if *k >= self.func.inlined.len() {
                            return self.fail(line, format!("inlined frame {k} does not exist"));
                        }
                    }
                    self.block(b)?;
                }
            }
        }
        Ok(())
    }

    fn in_loop(&mut self, label: LoopId, body: &Block) -> Result<(), Violation> {
        self.loops.push(label);
        let r = self.block(body);
        self.loops.pop();
        r
    }

    fn cond(&mut self, c: &Expr) -> Result<(), Violation> {
        self.expr(c)?;
        if c.ty != Ty::Bool {
            return self.fail(c.span.line, format!("a condition of type {}", c.ty));
        }
        Ok(())
    }

    fn dynamic(&self, e: &Expr, what: &str) -> Result<(), Violation> {
        if !e.ty.is_dyn() {
            return self.fail(e.span.line, format!("{what} of type {} (must be dynamic)", e.ty));
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), Violation> {
        let line = e.span.line;
        if e.ty == Ty::MInt && self.func.kind != FuncKind::Fast {
            return self.fail(line, "a machine int outside a Fast function".into());
        }
        match &e.kind {
            ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::Class(_)
            | ExprKind::Absent => {}
            ExprKind::Bound(l) => {
                self.place(Place::Local(*l), line)?;
                if e.ty != Ty::Bool {
                    return self.fail(line, format!("a bound test typed {}", e.ty));
                }
            }
            ExprKind::Take(p) => {
                let ty = self.place(*p, line)?.clone();
                if ty != e.ty || ty.is_copy() {
                    return self.fail(line, format!("a take of a {ty} variable typed {}", e.ty));
                }
            }
            ExprKind::Read(p) => {
                let ty = self.place(*p, line)?.clone();
                // A read typed Never (an item of a list no value was ever
                // stored in: the code cannot run) of a dynamic variable
                // has the variable's representation.
                let unreachable = e.ty == Ty::Never && ty.is_dyn();
                if !fits(&ty, &e.ty) && !unreachable {
                    return self.fail(line, format!("a read of a {ty} variable typed {}", e.ty));
                }
            }
            ExprKind::FuncRef(f) => {
                if self.func_ref(*f, line)?.kind != FuncKind::Boxed {
                    return self.fail(line, format!("a code reference to f{f}, which is not a function value's code"));
                }
            }
            ExprKind::Prim(p, args) => {
                if args.len() != p.args.len() {
                    return self
                        .fail(line, format!("{} takes {} arguments, given {}", p.name, p.args.len(), args.len()));
                }
                for ((a, m), t) in args.iter().zip(p.args).zip(p.types) {
                    self.prim_arg(p.name, a, *m, *t)?;
                }
                if e.ty != Ty::Never && rt_of(&e.ty) != p.ret {
                    return self.fail(line, format!("{} gives {:?}, typed {}", p.name, p.ret, e.ty));
                }
            }
            ExprKind::Call(f, args) => {
                let callee = self.func_ref(*f, line)?;
                if args.len() != callee.params.len() {
                    let rule = format!("f{f} takes {} arguments, given {}", callee.params.len(), args.len());
                    return self.fail(line, rule);
                }
                for (a, &p) in args.iter().zip(&callee.params) {
                    self.expr(a)?;
                    self.agree(&callee.locals[p].ty, a, "call argument")?;
                }
            }
            ExprKind::Speculate { fast, exact, args } => {
                let (fast_f, exact_f) = (self.func_ref(*fast, line)?, self.func_ref(*exact, line)?);
                if fast_f.kind != FuncKind::Fast || exact_f.kind != FuncKind::Exact {
                    return self
                        .fail(line, format!("speculation between f{fast} and f{exact}, not a Fast and an Exact"));
                }
                if args.len() != exact_f.params.len() || args.len() != fast_f.params.len() {
                    return self.fail(line, format!("speculative call of f{exact} with {} arguments", args.len()));
                }
                for a in args {
                    self.expr(a)?;
                }
            }
            ExprKind::Box(inner) => {
                self.expr(inner)?;
                if inner.ty.is_dyn() || !e.ty.is_dyn() && inner.ty != Ty::Never {
                    return self.fail(line, format!("boxing a {} into a {}", inner.ty, e.ty));
                }
            }
            ExprKind::Unbox(inner) => {
                self.expr(inner)?;
                if !(inner.ty.is_dyn() && !e.ty.is_dyn() || inner.ty == Ty::Never) {
                    return self.fail(line, format!("unboxing a {} into a {}", inner.ty, e.ty));
                }
            }
            ExprKind::IfExp(c, a, b) => {
                self.cond(c)?;
                for arm in [a, b] {
                    self.expr(arm)?;
                    self.agree(&e.ty, arm, "conditional expression arm")?;
                }
            }
            ExprKind::Let(l, v, body) => {
                let ty = self.local(*l, line)?.clone();
                self.expr(v)?;
                self.agree(&ty, v, "let binding")?;
                self.expr(body)?;
                self.agree(&e.ty, body, "let body")?;
            }
            ExprKind::AssignExpr(p, v) => {
                let ty = self.place(*p, line)?.clone();
                self.expr(v)?;
                self.agree(&ty, v, "assignment expression")?;
            }
            ExprKind::Seq(b, v) => {
                self.block(b)?;
                self.expr(v)?;
                self.agree(&e.ty, v, "sequence result")?;
            }
            ExprKind::Pack(items) => {
                for i in items {
                    self.expr(i)?;
                }
            }
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set { items, .. } => {
                for i in items {
                    self.expr(i)?;
                }
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    self.expr(k)?;
                    self.expr(v)?;
                }
            }
        }
        Ok(())
    }

    fn prim_arg(&mut self, prim: &str, a: &Expr, m: Mode, t: Rt) -> Result<(), Violation> {
        let line = a.span.line;
        // A value argument must be what the runtime function takes (a
        // count may be an int literal; code that cannot run is typed Never).
        let value_ok = |a: &Expr| {
            a.ty == Ty::Never
                || rt_of(&a.ty) == t
                || t == Rt::Usize && matches!(a.kind, ExprKind::Int(n) if n >= 0)
                || m == Mode::OptRef && matches!(a.kind, ExprKind::Absent)
        };
        if matches!(m, Mode::Ref | Mode::Own | Mode::Copy | Mode::OptRef) && !value_ok(a) {
            return self.fail(line, format!("argument of {prim} is a {} where the runtime takes {t:?}", a.ty));
        }
        let is_str = |e: &Expr| matches!(e.kind, ExprKind::Str(_));
        let ok = match m {
            Mode::Ref | Mode::Own | Mode::Copy => !matches!(a.kind, ExprKind::Absent | ExprKind::Pack(_)),
            Mode::OptRef => !matches!(a.kind, ExprKind::Pack(_)),
            Mode::Slice | Mode::Vec => match &a.kind {
                ExprKind::Pack(items) => items.iter().all(|i| i.ty.is_dyn() || i.ty == Ty::Never),
                _ => false,
            },
            Mode::Name | Mode::Path => is_str(a),
            Mode::Names => matches!(&a.kind, ExprKind::Pack(items) if items.iter().all(is_str)),
            Mode::Code => matches!(a.kind, ExprKind::FuncRef(_)),
            Mode::Env => matches!(a.kind, ExprKind::Absent) && self.func.kind == FuncKind::Boxed,
            Mode::Site => matches!(a.kind, ExprKind::Absent),
        };
        if !ok {
            return self.fail(line, format!("argument of {prim} does not have the form {m:?} requires"));
        }
        self.expr(a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Func, Global, GlobalId, Local, Stmt};
    use crate::syntax::ast::Span;

    const SP: Span = Span::at(1, 1);

    fn prog(locals: Vec<Ty>, body: Block) -> Program {
        let func = Func {
            name: "<module>".into(),
            kind: FuncKind::Plain,
            params: vec![],
            locals: locals.into_iter().map(|ty| Local { name: "x".into(), ty, maybe_unbound: false }).collect(),
            ret: Ty::None,
            body,
            span: SP,
            inlined: vec![],
            thunk: false,
        };
        Program {
            sources: vec![crate::ir::SourceFile { path: "t.py".into(), text: String::new(), first_line: 0 }],
            globals: vec![Global { name: "g".into(), ty: Ty::Int }],
            funcs: vec![func],
            teardown: FuncId(0),
        }
    }

    fn stmt(kind: StmtKind) -> Stmt {
        Stmt { kind, span: SP }
    }

    fn e(kind: ExprKind, ty: Ty) -> Expr {
        Expr::new(kind, ty, SP)
    }

    #[test]
    fn accepts_well_typed_assignment() {
        let p =
            prog(vec![Ty::Int], vec![stmt(StmtKind::Assign(Place::Local(LocalId(0)), e(ExprKind::Int(1), Ty::Int)))]);
        assert!(program(&p).is_ok());
    }

    #[test]
    fn rejects_type_mismatch_and_unknown_local() {
        let p = prog(
            vec![Ty::Int],
            vec![stmt(StmtKind::Assign(Place::Local(LocalId(0)), e(ExprKind::Float(1.0), Ty::Float)))],
        );
        assert!(program(&p).unwrap_err().rule.contains("float value where int"));
        let p = prog(vec![], vec![stmt(StmtKind::Assign(Place::Local(LocalId(3)), e(ExprKind::Int(1), Ty::Int)))]);
        assert!(program(&p).unwrap_err().rule.contains("local 3 does not exist"));
    }

    #[test]
    fn rejects_break_outside_its_loop() {
        let p = prog(vec![], vec![stmt(StmtKind::Break(LoopId(7)))]);
        assert!(program(&p).unwrap_err().rule.contains("loop 7"));
        let ok = StmtKind::While {
            label: LoopId(7),
            cond: e(ExprKind::Bool(true), Ty::Bool),
            body: vec![stmt(StmtKind::Break(LoopId(7)))],
            orelse: vec![],
        };
        assert!(program(&prog(vec![], vec![stmt(ok)])).is_ok());
    }

    #[test]
    fn rejects_bad_boxing_and_non_bool_condition() {
        let boxed = e(ExprKind::Box(Box::new(e(ExprKind::Read(Place::Global(GlobalId(0))), Ty::Int))), Ty::Int);
        let p = prog(vec![], vec![stmt(StmtKind::Expr(boxed))]);
        assert!(program(&p).unwrap_err().rule.contains("boxing"));
        let p = prog(vec![], vec![stmt(StmtKind::If(e(ExprKind::Int(1), Ty::Int), vec![], vec![]))]);
        assert!(program(&p).unwrap_err().rule.contains("condition"));
    }

    #[test]
    fn rejects_primitive_arity_and_bail_outside_fast() {
        let call = e(ExprKind::Prim(&crate::ir::prims::I_ADD, vec![e(ExprKind::Int(1), Ty::Int)]), Ty::Int);
        let p = prog(vec![], vec![stmt(StmtKind::Expr(call))]);
        assert!(program(&p).unwrap_err().rule.contains("takes 2 arguments"));
        let p = prog(vec![], vec![stmt(StmtKind::Bail)]);
        assert!(program(&p).unwrap_err().rule.contains("bails"));
    }
}
