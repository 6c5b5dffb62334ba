//! The bridge from `rustpython-parser`'s tree to [`super::ast`].
//!
//! Byte offsets become 1-based line/column spans here. Anything the
//! compiler does not support yet is rejected with a diagnostic at the
//! construct, so later stages only see what they can handle.

use rustpython_parser::ast as py;
use rustpython_parser::ast::Ranged;
use rustpython_parser::text_size::TextRange;
use rustpython_parser::Parse;

use super::ast::*;
use crate::diagnostics::Diagnostic;

struct Conv<'a> {
    src: &'a str,
    /// Lines before this file's, in the program's numbering (`source.rs`).
    first_line: u32,
    line_starts: Vec<usize>,
    errors: Vec<Diagnostic>,
    /// `from __future__ import annotations`: every annotation is its
    /// source text, unevaluated (PEP 563).
    lazy_annotations: bool,
}

/// Parses a whole module whose lines are numbered after `first_line`
/// (see `source.rs`). Syntax errors and unsupported constructs are
/// returned as diagnostics.
pub fn parse(src: &str, file: &str, first_line: u32) -> Result<Module, Vec<Diagnostic>> {
    let mut line_starts = vec![0];
    line_starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
    let mut conv = Conv { src, first_line, line_starts, errors: Vec::new(), lazy_annotations: false };
    if let Some(offset) = too_many_brackets(src) {
        return Err(vec![Diagnostic::error(conv.span_at(offset), "too many nested parentheses")]);
    }
    let suite = match py::Suite::parse(src, file) {
        Ok(s) => s,
        Err(e) => {
            let span = conv.span_at(u32::from(e.offset) as usize);
            let msg = match &e.error {
                rustpython_parser::ParseErrorType::Eof => "unexpected end of file".to_string(),
                other => other.to_string(),
            };
            return Err(vec![Diagnostic::error(span, format!("invalid syntax: {msg}"))]);
        }
    };
    conv.lazy_annotations = future_annotations(&suite);
    let body = conv.stmts(suite);
    if let Some(span) = too_deep(&body) {
        conv.errors.push(Diagnostic::error(span, "maximum recursion depth exceeded during compilation"));
    }
    if conv.errors.is_empty() {
        Ok(Module { body })
    } else {
        Err(conv.errors)
    }
}

/// Whether the module starts (after its docstring and other future
/// imports) with `from __future__ import annotations`.
fn future_annotations(suite: &[py::Stmt]) -> bool {
    for (i, s) in suite.iter().enumerate() {
        match s {
            py::Stmt::Expr(e) if i == 0 && matches!(&*e.value, py::Expr::Constant(_)) => {}
            py::Stmt::ImportFrom(f) if f.module.as_deref() == Some("__future__") => {
                if f.names.iter().any(|a| a.name.as_str() == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// An annotation as CPython's `ast.unparse` writes it (what PEP 563 keeps),
/// for the forms annotations are written in; None for any other.
fn unparse(e: &py::Expr) -> Option<String> {
    let list = |items: &[py::Expr]| -> Option<String> {
        Some(items.iter().map(unparse).collect::<Option<Vec<_>>>()?.join(", "))
    };
    Some(match e {
        py::Expr::Name(n) => n.id.to_string(),
        py::Expr::Attribute(a) => format!("{}.{}", unparse(&a.value)?, a.attr),
        py::Expr::Subscript(s) => {
            let index = match &*s.slice {
                py::Expr::Tuple(t) if t.elts.is_empty() => "()".to_string(),
                py::Expr::Tuple(t) => list(&t.elts)?,
                other => unparse(other)?,
            };
            format!("{}[{index}]", unparse(&s.value)?)
        }
        py::Expr::List(l) => format!("[{}]", list(&l.elts)?),
        py::Expr::Tuple(t) if t.elts.len() == 1 => format!("({},)", unparse(&t.elts[0])?),
        py::Expr::Tuple(t) => format!("({})", list(&t.elts)?),
        py::Expr::BinOp(b) if b.op == py::Operator::BitOr => {
            // `|` binds left to right; an operand of lower precedence does not occur here.
            let right = match &*b.right {
                py::Expr::BinOp(_) => return None,
                r => unparse(r)?,
            };
            format!("{} | {right}", unparse(&b.left)?)
        }
        py::Expr::Constant(c) => match &c.value {
            py::Constant::None => "None".into(),
            py::Constant::Bool(b) => (if *b { "True" } else { "False" }).into(),
            py::Constant::Ellipsis => "...".into(),
            py::Constant::Int(i) => i.to_string(),
            // A plain string's repr; one needing escapes is left out.
            py::Constant::Str(s) if s.chars().all(|c| (' '..='~').contains(&c) && c != '\\') => {
                if s.contains('\'') && !s.contains('"') {
                    format!("\"{s}\"")
                } else if s.contains('\'') {
                    return None;
                } else {
                    format!("'{s}'")
                }
            }
            _ => return None,
        },
        _ => return None,
    })
}

/// CPython's tokenizer allows 200 open brackets at once: where the 201st
/// opens, if anywhere (brackets inside strings and comments do not count).
fn too_many_brackets(src: &str) -> Option<usize> {
    const MAX_LEVEL: usize = 200;
    let b = src.as_bytes();
    let (mut i, mut level) = (0, 0usize);
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            q @ (b'\'' | b'"') => {
                let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
                let close: &[u8] = if triple { &[q, q, q] } else { std::slice::from_ref(&b[i]) };
                i += close.len();
                while i < b.len() && !b[i..].starts_with(close) && (triple || b[i] != b'\n') {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += close.len() - 1;
            }
            b'(' | b'[' | b'{' => {
                level += 1;
                if level > MAX_LEVEL {
                    return Some(i);
                }
            }
            b')' | b']' | b'}' => level = level.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Expressions nested deeper than this are refused: CPython 3.11 fails to
/// compile them from a little under 3000 levels ("maximum recursion depth
/// exceeded during compilation"), and a margin keeps every stage, rustc
/// included, well inside its own limits.
const MAX_EXPR_DEPTH: usize = 1000;

/// Where an expression first nests deeper than `MAX_EXPR_DEPTH`, if anywhere.
fn too_deep(body: &[Stmt]) -> Option<Span> {
    fn depth(e: &Expr, d: usize, found: &mut Option<Span>) {
        if found.is_some() {
            return;
        }
        if d > MAX_EXPR_DEPTH {
            *found = Some(e.span);
            return;
        }
        crate::syntax::visit::expr_children(e, &mut |c| depth(c, d + 1, found));
    }
    let mut found = None;
    crate::syntax::visit::visit_stmts(body, &mut |s| {
        if let StmtKind::FunctionDef(d) = &s.kind {
            if let Some(sp) = too_deep(&d.body) {
                found.get_or_insert(sp);
            }
        }
        crate::syntax::visit::stmt_exprs(s, &mut |e| depth(e, 0, &mut found));
    });
    found
}

impl Conv<'_> {
    fn span_at(&self, offset: usize) -> Span {
        let offset = offset.min(self.src.len());
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        let col = self.src.get(start..offset).map(|s| s.chars().count()).unwrap_or(0) + 1;
        Span::at(self.first_line + line as u32, col as u32)
    }

    /// A node's span: where it starts, and where it ends when on that line.
    fn span(&self, r: TextRange) -> Span {
        let mut span = self.span_at(u32::from(r.start()) as usize);
        let end = self.span_at(u32::from(r.end()) as usize);
        span.end = if end.line == span.line { end.col } else { Span::TO_LINE_END };
        span
    }

    /// The text of a range of the source.
    fn text(&self, r: TextRange) -> &str {
        self.src.get(u32::from(r.start()) as usize..u32::from(r.end()) as usize).unwrap_or("")
    }

    /// CPython's caret anchors of a binary operation on one line: where
    /// its operator starts and ends, in characters from the node's start,
    /// computed as `traceback._extract_caret_anchors_from_line_segment`
    /// does (which mixes byte and character offsets: so does this).
    fn binop_anchors(&self, whole: TextRange, left: TextRange, right: TextRange) -> (u32, u32) {
        let start = u32::from(whole.start()) as usize;
        let bytes = self.text(whole).as_bytes();
        let segment: Vec<char> = self.text(whole).chars().collect();
        let normalize = |k: usize| String::from_utf8_lossy(&bytes[..k.min(bytes.len())]).chars().count();
        let left_end = u32::from(left.end()) as usize - start;
        let right_start = u32::from(right.start()) as usize - start;
        let operator: &[char] = segment.get(normalize(left_end)..normalize(right_start)).unwrap_or(&[]);
        let leading = operator.iter().take_while(|c| c.is_whitespace()).count();
        let mut l = left_end + leading;
        let mut r = l + 1;
        if leading + 1 < operator.len() && !operator[leading + 1].is_whitespace() {
            r += 1;
        }
        while l < segment.len() && (segment[l].is_whitespace() || segment[l] == ')' || segment[l] == '#') {
            l += 1;
            r += 1;
        }
        (normalize(l) as u32, normalize(r) as u32)
    }

    /// CPython's caret anchors of a subscript on one line: from its `[`
    /// to after its `]` (as [`Conv::binop_anchors`], after CPython's).
    fn subscript_anchors(&self, whole: TextRange, value: TextRange, index: TextRange) -> (u32, u32) {
        let start = u32::from(whole.start()) as usize;
        let bytes = self.text(whole).as_bytes();
        let segment: Vec<char> = self.text(whole).chars().collect();
        let normalize = |k: usize| String::from_utf8_lossy(&bytes[..k.min(bytes.len())]).chars().count();
        let mut l = normalize(u32::from(value.end()) as usize - start);
        let mut r = normalize(u32::from(index.end()) as usize - start + 1);
        while l < segment.len() && segment[l] != '[' {
            l += 1;
        }
        while r < segment.len() && segment[r] != ']' {
            r += 1;
        }
        if r < segment.len() {
            r += 1;
        }
        (l as u32, r as u32)
    }

    fn unsupported(&mut self, r: TextRange, what: &str) {
        let span = self.span(r);
        self.errors.push(Diagnostic::unsupported(span, what));
    }

    fn stmts(&mut self, body: Vec<py::Stmt>) -> Vec<Stmt> {
        body.into_iter().filter_map(|s| self.stmt(s)).collect()
    }

    fn stmt(&mut self, s: py::Stmt) -> Option<Stmt> {
        use py::Stmt as S;
        let range = match &s {
            S::FunctionDef(x) => x.range,
            S::AsyncFunctionDef(x) => x.range,
            S::ClassDef(x) => x.range,
            S::Return(x) => x.range,
            S::Delete(x) => x.range,
            S::Assign(x) => x.range,
            S::TypeAlias(x) => x.range,
            S::AugAssign(x) => x.range,
            S::AnnAssign(x) => x.range,
            S::For(x) => x.range,
            S::AsyncFor(x) => x.range,
            S::While(x) => x.range,
            S::If(x) => x.range,
            S::With(x) => x.range,
            S::AsyncWith(x) => x.range,
            S::Match(x) => x.range,
            S::Raise(x) => x.range,
            S::Try(x) => x.range,
            S::TryStar(x) => x.range,
            S::Assert(x) => x.range,
            S::Import(x) => x.range,
            S::ImportFrom(x) => x.range,
            S::Global(x) => x.range,
            S::Nonlocal(x) => x.range,
            S::Expr(x) => x.range,
            S::Pass(x) => x.range,
            S::Break(x) => x.range,
            S::Continue(x) => x.range,
        };
        let span = self.span(range);
        let kind = match s {
            S::FunctionDef(f) => {
                let decorators = self.exprs(f.decorator_list);
                let annotations = self.param_annotations(&f.args, f.returns);
                let params = self.params(*f.args)?;
                StmtKind::FunctionDef(FuncDef {
                    name: f.name.to_string(),
                    params,
                    annotations,
                    body: self.stmts(f.body),
                    decorators,
                    span,
                    func: Default::default(),
                })
            }
            S::AsyncFunctionDef(_) => return self.fail(range, "an async function"),
            S::ClassDef(c) => {
                if let Some(k) = c.keywords.iter().find(|k| k.arg.is_none()) {
                    return self.fail(k.range, "'**' in a class's keywords");
                }
                let keywords = c
                    .keywords
                    .into_iter()
                    .map(|k| Keyword { name: k.arg.map(|a| a.to_string()), value: self.expr(k.value) })
                    .collect();
                StmtKind::ClassDef(ClassDef {
                    name: c.name.to_string(),
                    bases: self.exprs(c.bases),
                    keywords,
                    decorators: self.exprs(c.decorator_list),
                    body: self.stmts(c.body),
                    span,
                })
            }
            S::Return(r) => StmtKind::Return(r.value.map(|v| self.expr(*v))),
            S::Delete(d) => StmtKind::Delete(d.targets.into_iter().map(|t| self.expr(t)).collect()),
            S::Assign(a) => StmtKind::Assign {
                targets: a.targets.into_iter().map(|t| self.expr(t)).collect(),
                value: self.expr(*a.value),
            },
            S::TypeAlias(_) => return self.fail(range, "a type alias"),
            S::AugAssign(a) => {
                StmtKind::AugAssign { target: self.expr(*a.target), op: binop(a.op), value: self.expr(*a.value) }
            }
            S::AnnAssign(a) => {
                let annotation = self.annotation(*a.annotation);
                // A parenthesized name (`(x): int`) starts after the statement does.
                let simple = a.simple && a.target.range().start() == range.start();
                StmtKind::AnnAssign {
                    target: self.expr(*a.target),
                    value: a.value.map(|v| self.expr(*v)),
                    annotation,
                    simple,
                }
            }
            S::For(f) => StmtKind::For {
                target: self.expr(*f.target),
                iter: self.expr(*f.iter),
                body: self.stmts(f.body),
                orelse: self.stmts(f.orelse),
            },
            S::AsyncFor(_) => return self.fail(range, "async for"),
            S::While(w) => {
                StmtKind::While { test: self.expr(*w.test), body: self.stmts(w.body), orelse: self.stmts(w.orelse) }
            }
            S::If(i) => {
                StmtKind::If { test: self.expr(*i.test), body: self.stmts(i.body), orelse: self.stmts(i.orelse) }
            }
            S::With(w) => StmtKind::With {
                items: w
                    .items
                    .into_iter()
                    .map(|i| (self.expr(i.context_expr), i.optional_vars.map(|v| self.expr(*v))))
                    .collect(),
                body: self.stmts(w.body),
            },
            S::AsyncWith(_) => return self.fail(range, "async with"),
            S::Match(m) => StmtKind::Match {
                subject: self.expr(*m.subject),
                cases: m
                    .cases
                    .into_iter()
                    .map(|c| MatchCase {
                        pattern: self.pattern(c.pattern),
                        guard: c.guard.map(|g| self.expr(*g)),
                        body: self.stmts(c.body),
                    })
                    .collect(),
            },
            S::Raise(r) => StmtKind::Raise { exc: r.exc.map(|e| self.expr(*e)), cause: r.cause.map(|e| self.expr(*e)) },
            S::Try(t) => {
                let handlers = t
                    .handlers
                    .into_iter()
                    .map(|h| {
                        let py::ExceptHandler::ExceptHandler(h) = h;
                        Handler {
                            span: self.span(h.range),
                            ty: h.type_.map(|e| self.expr(*e)),
                            name: h.name.map(|n| n.to_string()),
                            body: self.stmts(h.body),
                        }
                    })
                    .collect();
                StmtKind::Try {
                    body: self.stmts(t.body),
                    handlers,
                    orelse: self.stmts(t.orelse),
                    finalbody: self.stmts(t.finalbody),
                }
            }
            S::TryStar(_) => return self.fail(range, "except*"),
            S::Assert(a) => StmtKind::Assert { test: self.expr(*a.test), msg: a.msg.map(|m| self.expr(*m)) },
            S::Import(i) => StmtKind::Import(
                i.names.into_iter().map(|a| (a.name.to_string(), a.asname.map(|n| n.to_string()))).collect(),
            ),
            S::ImportFrom(i) => StmtKind::ImportFrom {
                level: i.level.map_or(0, |l| l.to_u32()),
                module: i.module.map(|m| m.to_string()).unwrap_or_default(),
                names: i.names.into_iter().map(|a| (a.name.to_string(), a.asname.map(|n| n.to_string()))).collect(),
                star: Star::No,
            },
            S::Global(g) => StmtKind::Global(g.names.iter().map(|n| n.to_string()).collect()),
            S::Nonlocal(n) => StmtKind::Nonlocal(n.names.iter().map(|n| n.to_string()).collect()),
            S::Expr(e) => StmtKind::Expr(self.expr(*e.value)),
            S::Pass(_) => StmtKind::Pass,
            S::Break(_) => StmtKind::Break,
            S::Continue(_) => StmtKind::Continue,
        };
        Some(Stmt { kind, span })
    }

    fn pattern(&mut self, p: py::Pattern) -> Pattern {
        use py::Pattern as P;
        let (kind, range) = match p {
            P::MatchValue(v) => (PatternKind::Value(self.expr(*v.value)), v.range),
            P::MatchSingleton(v) => {
                let c = match v.value {
                    py::Constant::Bool(b) => Constant::Bool(b),
                    _ => Constant::None,
                };
                (PatternKind::Singleton(c), v.range)
            }
            P::MatchSequence(v) => {
                (PatternKind::Sequence(v.patterns.into_iter().map(|p| self.pattern(p)).collect()), v.range)
            }
            P::MatchMapping(v) => (
                PatternKind::Mapping {
                    keys: self.exprs(v.keys),
                    patterns: v.patterns.into_iter().map(|p| self.pattern(p)).collect(),
                    rest: v.rest.map(|r| r.to_string()),
                },
                v.range,
            ),
            P::MatchClass(v) => (
                PatternKind::Class {
                    cls: self.expr(*v.cls),
                    patterns: v.patterns.into_iter().map(|p| self.pattern(p)).collect(),
                    kwd_attrs: v.kwd_attrs.iter().map(|a| a.to_string()).collect(),
                    kwd_patterns: v.kwd_patterns.into_iter().map(|p| self.pattern(p)).collect(),
                },
                v.range,
            ),
            P::MatchStar(v) => (PatternKind::Star(v.name.map(|n| n.to_string())), v.range),
            P::MatchAs(v) => (
                PatternKind::As {
                    pattern: v.pattern.map(|p| Box::new(self.pattern(*p))),
                    name: v.name.map(|n| n.to_string()),
                },
                v.range,
            ),
            P::MatchOr(v) => (PatternKind::Or(v.patterns.into_iter().map(|p| self.pattern(p)).collect()), v.range),
        };
        Pattern { kind, span: self.span(range) }
    }

    fn fail<T>(&mut self, r: TextRange, what: &str) -> Option<T> {
        self.unsupported(r, what);
        None
    }

    /// An annotation: its expression, evaluated where CPython evaluates it,
    /// or its text (a string annotation's contents; every annotation's
    /// source under `from __future__ import annotations`).
    fn annotation(&mut self, e: py::Expr) -> Annotation {
        if self.lazy_annotations {
            let text = unparse(&e);
            if text.is_none() {
                self.unsupported(e.range(), "this annotation under 'from __future__ import annotations'");
            }
            return Annotation { value: None, text: text.unwrap_or_default() };
        }
        match e {
            py::Expr::Constant(py::ExprConstant { value: py::Constant::Str(s), .. }) => {
                Annotation { value: None, text: s }
            }
            other => Annotation { value: Some(Box::new(self.expr(other))), text: String::new() },
        }
    }

    /// The annotations of a `def`'s parameters and result, in CPython's
    /// order (the parameters in order, then `return`).
    fn param_annotations(&mut self, a: &py::Arguments, returns: Option<Box<py::Expr>>) -> Vec<(String, Annotation)> {
        let mut out = Vec::new();
        let plain = a.posonlyargs.iter().chain(&a.args).map(|p| &p.def);
        let all = plain.chain(a.vararg.as_deref()).chain(a.kwonlyargs.iter().map(|p| &p.def)).chain(a.kwarg.as_deref());
        for p in all {
            if let Some(e) = &p.annotation {
                let ann = self.annotation((**e).clone());
                out.push((p.arg.to_string(), ann));
            }
        }
        if let Some(r) = returns {
            let ann = self.annotation(*r);
            out.push(("return".to_string(), ann));
        }
        out
    }

    fn params(&mut self, a: py::Arguments) -> Option<Vec<Param>> {
        let mut out = Vec::new();
        let groups = [(a.posonlyargs, ParamKind::PositionalOnly), (a.args, ParamKind::Normal)];
        for (group, kind) in groups {
            for p in group {
                out.push(Param { name: p.def.arg.to_string(), default: p.default.map(|d| self.expr(*d)), kind });
            }
        }
        if let Some(v) = a.vararg {
            out.push(Param { name: v.arg.to_string(), default: None, kind: ParamKind::VarArgs });
        }
        for p in a.kwonlyargs {
            out.push(Param {
                name: p.def.arg.to_string(),
                default: p.default.map(|d| self.expr(*d)),
                kind: ParamKind::KeywordOnly,
            });
        }
        if let Some(k) = a.kwarg {
            out.push(Param { name: k.arg.to_string(), default: None, kind: ParamKind::VarKw });
        }
        Some(out)
    }

    fn exprs(&mut self, es: Vec<py::Expr>) -> Vec<Expr> {
        es.into_iter().map(|e| self.expr(e)).collect()
    }

    fn boxed(&mut self, e: py::Expr) -> Box<Expr> {
        Box::new(self.expr(e))
    }

    fn comps(&mut self, gens: Vec<py::Comprehension>) -> Vec<Comprehension> {
        gens.into_iter()
            .map(|g| {
                if g.is_async {
                    self.unsupported(g.target.range(), "an async comprehension");
                }
                Comprehension { target: self.expr(g.target), iter: self.expr(g.iter), ifs: self.exprs(g.ifs) }
            })
            .collect()
    }

    fn expr(&mut self, e: py::Expr) -> Expr {
        use py::Expr as E;
        let range = e.range();
        let mut span = self.span(range);
        let kind = match e {
            E::BoolOp(b) => ExprKind::BoolOp { and: b.op == py::BoolOp::And, values: self.exprs(b.values) },
            E::NamedExpr(n) => {
                let target = match *n.target {
                    E::Name(name) => name.id.to_string(),
                    other => {
                        self.unsupported(other.range(), "this assignment-expression target");
                        String::new()
                    }
                };
                ExprKind::NamedExpr { target, value: self.boxed(*n.value) }
            }
            E::BinOp(b) => {
                if span.end != Span::TO_LINE_END {
                    span.anchors = self.binop_anchors(range, b.left.range(), b.right.range());
                }
                ExprKind::BinOp { left: self.boxed(*b.left), op: binop(b.op), right: self.boxed(*b.right) }
            }
            E::UnaryOp(u) => ExprKind::UnaryOp {
                op: match u.op {
                    py::UnaryOp::Invert => UnaryOp::Invert,
                    py::UnaryOp::Not => UnaryOp::Not,
                    py::UnaryOp::UAdd => UnaryOp::UAdd,
                    py::UnaryOp::USub => UnaryOp::USub,
                },
                operand: self.boxed(*u.operand),
            },
            E::Lambda(l) => {
                let span = self.span(range);
                let Some(params) = self.params(*l.args) else { return self.bad(range, "these lambda parameters") };
                let body = self.expr(*l.body);
                let ret = Stmt { kind: StmtKind::Return(Some(body)), span };
                ExprKind::Lambda(Box::new(FuncDef {
                    name: "<lambda>".into(),
                    params,
                    annotations: Vec::new(),
                    body: vec![ret],
                    decorators: Vec::new(),
                    span,
                    func: Default::default(),
                }))
            }
            E::IfExp(i) => {
                ExprKind::IfExp { test: self.boxed(*i.test), body: self.boxed(*i.body), orelse: self.boxed(*i.orelse) }
            }
            E::Dict(d) => {
                let keys = d.keys.into_iter().map(|k| k.map(|k| self.expr(k))).collect();
                ExprKind::Dict { keys, values: self.exprs(d.values) }
            }
            E::Set(s) => ExprKind::Set(self.exprs(s.elts)),
            E::ListComp(c) => ExprKind::ListComp { elt: self.boxed(*c.elt), generators: self.comps(c.generators) },
            E::SetComp(c) => ExprKind::SetComp { elt: self.boxed(*c.elt), generators: self.comps(c.generators) },
            E::DictComp(c) => ExprKind::DictComp {
                key: self.boxed(*c.key),
                value: self.boxed(*c.value),
                generators: self.comps(c.generators),
            },
            E::GeneratorExp(c) => {
                let elt = self.boxed(*c.elt);
                let generators = self.comps(c.generators);
                let func = Some(Box::new(genexp_function(&elt, &generators, self.span(range))));
                ExprKind::GeneratorExp { elt, generators, func }
            }
            E::Await(_) => return self.bad(range, "await"),
            E::Yield(y) => ExprKind::Yield(y.value.map(|v| self.boxed(*v))),
            E::YieldFrom(y) => ExprKind::YieldFrom(self.boxed(*y.value)),
            E::Compare(c) => ExprKind::Compare {
                left: self.boxed(*c.left),
                ops: c.ops.iter().map(|o| cmpop(*o)).collect(),
                comparators: self.exprs(c.comparators),
            },
            E::Call(c) => {
                // A method call: where its attribute ends, for a traceback
                // of its lookup failing (`Span::anchors`, `rt::object::exc::Extent`).
                if let (py::Expr::Attribute(a), true) = (&*c.func, span.end != Span::TO_LINE_END) {
                    let start = u32::from(range.start()) as usize;
                    let attr_end =
                        self.src.get(start..u32::from(a.range.end()) as usize).map_or(0, |t| t.chars().count());
                    span.anchors = (0, attr_end as u32);
                }
                let keywords = c
                    .keywords
                    .into_iter()
                    .map(|k| Keyword { name: k.arg.map(|a| a.to_string()), value: self.expr(k.value) })
                    .collect();
                let func = self.boxed(*c.func);
                let mut args = self.exprs(c.args);
                // A builtin that consumes a generator expression whole gets it
                // evaluated eagerly (see `lower::expr::eager_genexp`).
                let consumer = match &func.kind {
                    ExprKind::Name(n) => {
                        matches!(
                            n.as_str(),
                            "sum" | "min" | "max" | "list" | "sorted" | "tuple" | "set" | "dict" | "any" | "all"
                        )
                    }
                    ExprKind::Attribute { attr, .. } => attr == "join",
                    _ => false,
                };
                if consumer {
                    for a in &mut args {
                        if let ExprKind::GeneratorExp { func, .. } = &mut a.kind {
                            *func = None;
                        }
                    }
                }
                ExprKind::Call { func, args, keywords }
            }
            E::FormattedValue(f) => ExprKind::FormattedValue {
                value: {
                    // CPython 3.11's f-strings reject a backslash in an expression part.
                    let r = f.value.range();
                    if self.src.get(r.start().to_usize()..r.end().to_usize()).is_some_and(|t| t.contains('\\')) {
                        self.errors.push(Diagnostic::error(
                            self.span(r),
                            "f-string expression part cannot include a backslash",
                        ));
                    }
                    self.boxed(*f.value)
                },
                conversion: match f.conversion {
                    py::ConversionFlag::None => Conversion::None,
                    py::ConversionFlag::Str => Conversion::Str,
                    py::ConversionFlag::Repr => Conversion::Repr,
                    py::ConversionFlag::Ascii => Conversion::Ascii,
                },
                spec: f.format_spec.map(|s| self.boxed(*s)),
            },
            E::JoinedStr(j) => ExprKind::JoinedStr(self.exprs(j.values)),
            E::Constant(c) => ExprKind::Constant(match c.value {
                py::Constant::None => Constant::None,
                py::Constant::Bool(b) => Constant::Bool(b),
                py::Constant::Str(s) => {
                    // A `\udc81` escape: a lone surrogate, which the parser
                    // makes U+FFFD; the literal is decoded again from its source.
                    let r = c.range;
                    let text = self.src.get(r.start().to_usize()..r.end().to_usize());
                    if s.contains('\u{FFFD}') && text.is_some_and(has_surrogate_escape) {
                        match text.and_then(super::surrogate_literal::decode) {
                            Some(wtf8) => return surrogate_str(wtf8, span),
                            None => self.unsupported(r, "a lone surrogate in this kind of string literal"),
                        }
                    }
                    Constant::Str(s)
                }
                py::Constant::Int(i) => Constant::Int(i.to_string()),
                py::Constant::Float(f) => Constant::Float(f),
                py::Constant::Ellipsis => Constant::Ellipsis,
                py::Constant::Bytes(b) => Constant::Bytes(b),
                py::Constant::Complex { real, imag } => Constant::Complex(real, imag),
                py::Constant::Tuple(_) => return self.bad(range, "this constant"),
            }),
            E::Attribute(a) => ExprKind::Attribute { value: self.boxed(*a.value), attr: a.attr.to_string() },
            E::Subscript(s) => {
                if span.end != Span::TO_LINE_END {
                    span.anchors = self.subscript_anchors(range, s.value.range(), s.slice.range());
                }
                ExprKind::Subscript { value: self.boxed(*s.value), index: self.boxed(*s.slice) }
            }
            E::Starred(s) => ExprKind::Starred(self.boxed(*s.value)),
            E::Name(n) => ExprKind::Name(n.id.to_string()),
            E::List(l) => ExprKind::List(self.exprs(l.elts)),
            E::Tuple(t) => ExprKind::Tuple(self.exprs(t.elts)),
            E::Slice(s) => ExprKind::Slice {
                lower: s.lower.map(|x| self.boxed(*x)),
                upper: s.upper.map(|x| self.boxed(*x)),
                step: s.step.map(|x| self.boxed(*x)),
            },
        };
        Expr { kind, span }
    }

    /// Records an unsupported expression and stands a `None` in for it.
    fn bad(&mut self, r: TextRange, what: &str) -> Expr {
        self.unsupported(r, what);
        Expr { kind: ExprKind::Constant(Constant::None), span: self.span(r) }
    }
}

fn binop(op: py::Operator) -> BinOp {
    use py::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::Div,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::BitOr,
        O::BitXor => BinOp::BitXor,
        O::BitAnd => BinOp::BitAnd,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmpop(op: py::CmpOp) -> CmpOp {
    use py::CmpOp as C;
    match op {
        C::Eq => CmpOp::Eq,
        C::NotEq => CmpOp::NotEq,
        C::Lt => CmpOp::Lt,
        C::LtE => CmpOp::LtE,
        C::Gt => CmpOp::Gt,
        C::GtE => CmpOp::GtE,
        C::Is => CmpOp::Is,
        C::IsNot => CmpOp::IsNot,
        C::In => CmpOp::In,
        C::NotIn => CmpOp::NotIn,
    }
}

/// The generator function a generator expression stands for:
/// `def <genexpr>(.0): for t1 in .0: [if c1:] for t2 in it2: ... yield elt`.
fn genexp_function(elt: &Expr, generators: &[Comprehension], span: Span) -> FuncDef {
    let stmt = |kind| Stmt { kind, span };
    let mut body = vec![stmt(StmtKind::Expr(Expr { kind: ExprKind::Yield(Some(Box::new(elt.clone()))), span }))];
    for (i, g) in generators.iter().enumerate().rev() {
        for cond in g.ifs.iter().rev() {
            body = vec![stmt(StmtKind::If { test: cond.clone(), body, orelse: Vec::new() })];
        }
        let iter = if i == 0 { Expr { kind: ExprKind::Name(".0".into()), span } } else { g.iter.clone() };
        body = vec![stmt(StmtKind::For { target: g.target.clone(), iter, body, orelse: Vec::new() })];
    }
    FuncDef {
        name: "<genexpr>".into(),
        params: vec![Param { name: ".0".into(), default: None, kind: ParamKind::Normal }],
        annotations: Vec::new(),
        body,
        decorators: Vec::new(),
        span,
        func: Default::default(),
    }
}

/// A string literal holding lone surrogates, given as generalized UTF-8:
/// `b'...'.decode('utf-8', 'surrogatepass')`, which makes those code points.
fn surrogate_str(wtf8: Vec<u8>, span: Span) -> Expr {
    let e = |kind| Expr { kind, span };
    let text = |s: &str| e(ExprKind::Constant(Constant::Str(s.to_string())));
    let decode =
        ExprKind::Attribute { value: Box::new(e(ExprKind::Constant(Constant::Bytes(wtf8)))), attr: "decode".into() };
    e(ExprKind::Call {
        func: Box::new(e(decode)),
        args: vec![text("utf-8"), text("surrogatepass")],
        keywords: Vec::new(),
    })
}

/// Whether string-literal source text has a `\uXXXX` or `\UXXXXXXXX`
/// escape of a surrogate code point (U+D800 to U+DFFF).
fn has_surrogate_escape(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len()).any(|i| {
        let digits = match b.get(i..i + 2) {
            Some(b"\\u") => 4,
            Some(b"\\U") => 8,
            _ => return false,
        };
        let hex = text.get(i + 2..i + 2 + digits).unwrap_or("");
        hex.len() == digits && u32::from_str_radix(hex, 16).is_ok_and(|v| (0xD800..=0xDFFF).contains(&v))
    })
}
