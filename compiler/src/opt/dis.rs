//! `dis.dis(f)` support: in a program that imports `dis`, `__main__`'s
//! body starts by registering the listing (`ir::print::function`) of
//! every function a function value is made of, by its qualified name, so
//! the runtime (`rt/src/stdlib/dis.rs`) prints pyaot's compiled form where
//! CPython prints bytecode. Runs last: the listing is of the final IR.

use super::speculate::rewrite_block;
use crate::ir::{prims as p, Expr, ExprKind, FuncId, Program, Stmt, StmtKind, Ty};

pub fn attach(prog: &mut Program) {
    let mut imports_dis = false;
    let mut made: Vec<(String, FuncId)> = Vec::new();
    for f in 0..prog.funcs.len() {
        let mut body = std::mem::take(&mut prog.funcs[f].body);
        rewrite_block(
            &mut body,
            &mut |e: &mut Expr| match &e.kind {
                ExprKind::Prim(pr, args) if pr.name == p::IMPORT.name => {
                    imports_dis |= matches!(args.first().map(|a| &a.kind), Some(ExprKind::Str(s)) if s == "dis");
                }
                ExprKind::Prim(pr, args) if pr.name == p::MAKE_FUNC.name => {
                    if let (Some(ExprKind::FuncRef(id)), Some(ExprKind::Str(q))) =
                        (args.first().map(|a| &a.kind), args.get(2).map(|a| &a.kind))
                    {
                        made.push((q.clone(), *id));
                    }
                }
                _ => {}
            },
            &mut |_: &mut Stmt| {},
        );
        prog.funcs[f].body = body;
    }
    if !imports_dis {
        return;
    }
    let span = prog.funcs[0].span;
    let (mut names, mut texts) = (Vec::new(), Vec::new());
    for (qualname, id) in made {
        let id = shown(prog, id);
        let line = prog.funcs[id].span.line;
        let first = prog.sources.iter().rev().find(|s| s.first_line < line).map_or(0, |s| s.first_line);
        names.push(Expr::new(ExprKind::Str(qualname), Ty::Str, span));
        texts.push(Expr::new(ExprKind::Str(crate::ir::print::function(prog, id.index(), first)), Ty::Str, span));
    }
    let pack = |items| Expr::new(ExprKind::Pack(items), Ty::Dyn, span);
    let register = Expr::new(ExprKind::Prim(&p::DIS_REGISTER, vec![pack(names), pack(texts)]), Ty::None, span);
    prog.funcs[0].body.insert(0, Stmt { kind: StmtKind::Expr(register), span });
}

/// The function whose listing stands for a function value's code: a
/// thunk's or wrapper's callee (its body is the function's own).
fn shown(prog: &Program, id: FuncId) -> FuncId {
    let f = &prog.funcs[id];
    let [Stmt { kind: StmtKind::Return(Some(e)), .. }] = &f.body[..] else { return id };
    let e = match &e.kind {
        ExprKind::Box(x) => x,
        _ => e,
    };
    match &e.kind {
        ExprKind::Call(callee, _) => *callee,
        _ => id,
    }
}
