//! The IR as text (`pyaot emit-ir`): what the lowering decided, before a
//! backend spells it out, for reading and for snapshot tests.
//!
//! A local prints as `name.N` (its index), a global as `@name`, a primitive
//! by its table name (`I_ADD(x.1, 1)`), a call as `f3(...)` with the callee's
//! id. Each statement starts with its source line. Types are shown where
//! they are declared (globals, parameters, locals, results), not at every use.

use std::fmt::Write;

use super::{Block, Expr, ExprKind, Func, FuncKind, LocalId, Place, Program, Stmt, StmtKind};

/// The whole program: its globals, then each function.
pub fn program(p: &Program) -> String {
    let mut out = String::new();
    for g in &p.globals {
        let _ = writeln!(out, "global @{}: {}", g.name, g.ty);
    }
    for (id, f) in p.funcs.iter().enumerate() {
        out.push('\n');
        Printer { prog: p, func: f, out: &mut out, first_line: 0 }.func(id);
    }
    out
}

/// One function, its lines numbered within its file (whose lines follow
/// `first_line` in the program's numbering): `dis.dis`'s listing.
pub fn function(p: &Program, id: usize, first_line: u32) -> String {
    let mut out = String::new();
    Printer { prog: p, func: &p.funcs[id], out: &mut out, first_line }.func(id);
    out
}

struct Printer<'a> {
    prog: &'a Program,
    func: &'a Func,
    out: &'a mut String,
    first_line: u32,
}

impl Printer<'_> {
    fn func(&mut self, id: usize) {
        let f = self.func;
        let kind = match f.kind {
            FuncKind::Plain => "",
            FuncKind::Exact => " exact",
            FuncKind::Fast => " fast",
            FuncKind::Boxed => " boxed",
        };
        let params: Vec<String> = f.params.iter().map(|&l| format!("{}: {}", self.local(l), f.locals[l].ty)).collect();
        let _ = writeln!(
            self.out,
            "fn{kind} f{id} {}({}) -> {}  # line {}",
            f.name,
            params.join(", "),
            f.ret,
            self.at(f.span.line)
        );
        let locals: Vec<String> = (0..f.locals.len())
            .map(LocalId::new)
            .filter(|l| !f.params.contains(l))
            .map(|l| {
                let unbound = if f.locals[l].maybe_unbound { " (maybe unbound)" } else { "" };
                format!("{}: {}{unbound}", self.local(l), f.locals[l].ty)
            })
            .collect();
        if !locals.is_empty() {
            let _ = writeln!(self.out, "  locals {}", locals.join(", "));
        }
        for (k, fr) in f.inlined.iter().enumerate() {
            let parent = fr.parent.map_or("the function".to_string(), |p| format!("frame {p}"));
            let _ = writeln!(self.out, "  frame {k}: {} at line {} of {parent}", fr.name, fr.span.line);
        }
        self.block(&f.body, 1);
    }

    fn local(&self, l: LocalId) -> String {
        format!("{}.{l}", self.func.locals[l].name)
    }

    fn place(&self, p: &Place) -> String {
        match p {
            Place::Local(l) => self.local(*l),
            Place::Global(g) => format!("@{}", self.prog.globals[*g].name),
        }
    }

    /// A program-wide line as the file's.
    fn at(&self, line: u32) -> u32 {
        line.saturating_sub(self.first_line)
    }

    fn line(&mut self, s: &Stmt, depth: usize, text: &str) {
        let _ = writeln!(self.out, "{:>5} |{}{text}", self.at(s.span.line), "  ".repeat(depth));
    }

    fn block(&mut self, b: &Block, depth: usize) {
        if b.is_empty() {
            let _ = writeln!(self.out, "      |{}pass", "  ".repeat(depth));
        }
        for s in b {
            self.stmt(s, depth);
        }
    }

    /// A nested block under a header line, if it has statements (or always).
    fn part(&mut self, s: &Stmt, depth: usize, header: &str, b: &Block, always: bool) {
        if always || !b.is_empty() {
            self.line(s, depth, header);
            self.block(b, depth + 1);
        }
    }

    fn stmt(&mut self, s: &Stmt, depth: usize) {
        match &s.kind {
            StmtKind::Assign(p, e) => {
                let t = format!("{} = {}", self.place(p), self.expr(e));
                self.line(s, depth, &t);
            }
            StmtKind::Expr(e) => {
                let t = self.expr(e);
                self.line(s, depth, &t);
            }
            StmtKind::If(c, a, b) => {
                let h = format!("if {}:", self.expr(c));
                self.part(s, depth, &h, a, true);
                self.part(s, depth, "else:", b, false);
            }
            StmtKind::While { label, cond, body, orelse } => {
                let h = format!("while.{label} {}:", self.expr(cond));
                self.part(s, depth, &h, body, true);
                self.part(s, depth, "else:", orelse, false);
            }
            StmtKind::ForRange { label, var, start, stop, step, body, orelse } => {
                let h = format!(
                    "for.{label} {} in range({}, {}, {}):",
                    self.local(*var),
                    self.expr(start),
                    self.expr(stop),
                    self.expr(step)
                );
                self.part(s, depth, &h, body, true);
                self.part(s, depth, "else:", orelse, false);
            }
            StmtKind::ForIter { label, var, iter, body, orelse } => {
                let h = format!("for.{label} {} in {}:", self.local(*var), self.expr(iter));
                self.part(s, depth, &h, body, true);
                self.part(s, depth, "else:", orelse, false);
            }
            StmtKind::Break(l) => self.line(s, depth, &format!("break {l}")),
            StmtKind::Continue(l) => self.line(s, depth, &format!("continue {l}")),
            StmtKind::Return(v) => {
                let t = match v {
                    Some(e) => format!("return {}", self.expr(e)),
                    None => "return".to_string(),
                };
                self.line(s, depth, &t);
            }
            StmtKind::Raise { exc, cause } => {
                let mut t = format!("raise {}", self.expr(exc));
                if let Some(c) = cause {
                    t += &format!(" from {}", self.expr(c));
                }
                self.line(s, depth, &t);
            }
            StmtKind::Reraise(l) => {
                let t = format!("reraise {}", self.local(*l));
                self.line(s, depth, &t);
            }
            StmtKind::Try { body, handlers, orelse, finally } => {
                self.part(s, depth, "try:", body, true);
                for h in handlers {
                    let classes =
                        if h.classes.is_empty() { String::new() } else { format!(" ({})", h.classes.join(", ")) };
                    let hd = format!("except{classes} as {}:", self.local(h.exc_local));
                    self.part(s, depth, &hd, &h.body, true);
                }
                self.part(s, depth, "else:", orelse, false);
                self.part(s, depth, "finally:", finally, false);
            }
            StmtKind::Bail => self.line(s, depth, "bail"),
            StmtKind::Unbind(p) => {
                let t = format!("unbind {}", self.place(p));
                self.line(s, depth, &t);
            }
            StmtKind::InFrame(f, b) => {
                let h = match f {
                    Some(k) => format!("in frame {k}:"),
                    None => "in the function's frame:".to_string(),
                };
                self.part(s, depth, &h, b, true);
            }
        }
    }

    fn list(&self, es: &[Expr]) -> String {
        es.iter().map(|e| self.expr(e)).collect::<Vec<_>>().join(", ")
    }

    fn expr(&self, e: &Expr) -> String {
        match &e.kind {
            ExprKind::Int(v) => v.to_string(),
            ExprKind::BigInt(d) => d.clone(),
            ExprKind::Float(f) => format!("{f:?}"),
            ExprKind::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            ExprKind::None => "None".to_string(),
            ExprKind::Str(s) => format!("{s:?}"),
            ExprKind::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
            ExprKind::Class(c) => format!("class {c}"),
            ExprKind::Read(p) => self.place(p),
            ExprKind::Take(p) => format!("take {}", self.place(p)),
            ExprKind::Prim(p, args) => format!("{}({})", p.name, self.list(args)),
            ExprKind::Call(f, args) => format!("f{f}({})", self.list(args)),
            ExprKind::Speculate { fast, exact, args } => {
                format!("speculate(f{fast} else f{exact})({})", self.list(args))
            }
            ExprKind::Box(x) => format!("box({})", self.expr(x)),
            ExprKind::Unbox(x) => format!("unbox[{}]({})", e.ty, self.expr(x)),
            ExprKind::IfExp(c, a, b) => format!("({} if {} else {})", self.expr(a), self.expr(c), self.expr(b)),
            ExprKind::Let(l, v, body) => format!("(let {} = {} in {})", self.local(*l), self.expr(v), self.expr(body)),
            ExprKind::AssignExpr(p, v) => format!("({} := {})", self.place(p), self.expr(v)),
            ExprKind::Seq(stmts, v) => {
                // Statements inside an expression, one level in, on their own lines.
                let mut inner = String::new();
                let mut p = Printer { prog: self.prog, func: self.func, out: &mut inner, first_line: self.first_line };
                p.block(stmts, 4);
                format!("seq {{\n{inner}       }} then {}", self.expr(v))
            }
            ExprKind::Pack(items) => format!("pack[{}]", self.list(items)),
            ExprKind::Absent => "_".to_string(),
            ExprKind::Bound(l) => format!("bound(l{l})"),
            ExprKind::FuncRef(f) => format!("&f{f}"),
            ExprKind::List(items) => format!("[{}]", self.list(items)),
            ExprKind::Tuple(items) => format!("({}{})", self.list(items), if items.len() == 1 { "," } else { "" }),
            ExprKind::Dict(pairs) => {
                let ps: Vec<String> =
                    pairs.iter().map(|(k, v)| format!("{}: {}", self.expr(k), self.expr(v))).collect();
                format!("{{{}}}", ps.join(", "))
            }
            ExprKind::Set { items, constant } => {
                format!("{}{{{}}}", if *constant { "frozen" } else { "set" }, self.list(items))
            }
        }
    }
}
