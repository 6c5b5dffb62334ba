//! pyaot's own syntax tree: plain data, independent of the parser crate.
//!
//! Every node carries a [`Span`] (1-based line and column) that survives to
//! the IR, for diagnostics and tracebacks. Constructs the compiler does not
//! know yet never reach this tree: the converter in `parse.rs` rejects them
//! with a diagnostic pointing at them.

/// Where a node starts (its identity: spans compare, order and hash by
/// line and column alone), and how far it reaches on that line, for the
/// carets CPython prints under a traceback's source line.
#[derive(Clone, Copy, Debug, Default)]
pub struct Span {
    pub line: u32,
    pub col: u32,
    /// The column after the node's last character when it ends on its
    /// first line; [`Span::TO_LINE_END`] when it runs onto later lines;
    /// 0 when unknown.
    pub end: u32,
    /// For a binary operation or a subscript on one line: CPython's caret
    /// anchors, the character offsets in the node where its operator (or
    /// index) starts and ends; for a method call, (0, where its attribute
    /// ends); (0, 0) when none.
    pub anchors: (u32, u32),
}

impl Span {
    /// The end of a node that runs past its first line.
    pub const TO_LINE_END: u32 = u32::MAX;

    /// A span with no extent (made by the compiler, not the parser).
    pub const fn at(line: u32, col: u32) -> Span {
        Span { line, col, end: 0, anchors: (0, 0) }
    }

    /// The position a traceback entry records: the line in the low 24
    /// bits, then the start column, end column (1023: to the end of the
    /// line) and anchors, 10 bits each (`rt::object::exc::Extent`); the
    /// line alone when the extent is unknown or does not fit.
    pub fn position(&self) -> u64 {
        match self.extent() {
            None => u64::from(self.line) & 0xff_ffff,
            Some([col, end, l, r]) => {
                let extent = u64::from(col) | u64::from(end) << 10 | u64::from(l) << 20 | u64::from(r) << 30;
                u64::from(self.line) & 0xff_ffff | extent << 24
            }
        }
    }

    /// The start column, end column (1023: to the end of the line) and
    /// anchors a position packs, when known and they fit.
    pub fn extent(&self) -> Option<[u32; 4]> {
        let end = if self.end == Self::TO_LINE_END { 0x3ff } else { self.end };
        let (l, r) = self.anchors;
        let fits = |v: u32| v < 0x3ff;
        if self.end == 0 || !fits(self.col) || !(fits(end) || end == 0x3ff) || !fits(l) || !fits(r) {
            return None;
        }
        Some([self.col, end, l, r])
    }
}

impl PartialEq for Span {
    fn eq(&self, other: &Span) -> bool {
        (self.line, self.col) == (other.line, other.col)
    }
}

impl Eq for Span {}

impl PartialOrd for Span {
    fn partial_cmp(&self, other: &Span) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Span {
    fn cmp(&self, other: &Span) -> std::cmp::Ordering {
        (self.line, self.col).cmp(&(other.line, other.col))
    }
}

impl std::hash::Hash for Span {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (self.line, self.col).hash(h);
    }
}

#[derive(Clone, Debug)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub name: String,
    pub default: Option<Expr>,
    pub kind: ParamKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamKind {
    PositionalOnly,
    Normal,
    /// `*args`
    VarArgs,
    KeywordOnly,
    /// `**kwargs`
    VarKw,
}

#[derive(Clone, Debug)]
pub struct FuncDef {
    pub name: String,
    pub params: Vec<Param>,
    /// The parameters' and the result's (`return`) annotations, in order.
    pub annotations: Vec<(String, Annotation)>,
    pub body: Vec<Stmt>,
    /// Applied bottom-up to the function value.
    pub decorators: Vec<Expr>,
    pub span: Span,
    /// The function the lowering registered this definition as (its IR
    /// function number), set once when it is registered: how a `def` or
    /// lambda met again while lowering finds its function. (A copy of the
    /// node, as a generator expression's function holds, is registered on
    /// its own.)
    pub func: std::cell::Cell<Option<u32>>,
}

#[derive(Clone, Debug)]
pub struct ClassDef {
    pub name: String,
    pub bases: Vec<Expr>,
    /// `metaclass=M` and the keywords passed to `__init_subclass__`.
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Handler {
    pub ty: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Annotation {
    /// The expression, evaluated where CPython evaluates annotations (class
    /// and module bodies, a `def`); None when the annotation is text.
    pub value: Option<Box<Expr>>,
    /// A string annotation's contents, or the annotation's source under
    /// `from __future__ import annotations`.
    pub text: String,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    FunctionDef(FuncDef),
    ClassDef(ClassDef),
    Return(Option<Expr>),
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `x: T = v`. The annotation is only a hint to pyaot; class bodies
    /// and modules record it in `__annotations__` when the target is a
    /// `simple` name (not parenthesized).
    AnnAssign {
        target: Expr,
        value: Option<Expr>,
        annotation: Annotation,
        simple: bool,
    },
    Delete(Vec<Expr>),
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    Expr(Expr),
    Pass,
    Break,
    Continue,
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
    /// `with a as x, b: body`: each item's context manager and optional target.
    With {
        items: Vec<(Expr, Option<Expr>)>,
        body: Vec<Stmt>,
    },
    /// `import a.b as c, d`: binds `c` (or `a` without `as`) to the module.
    Import(Vec<(String, Option<String>)>),
    /// `from m import a as b, c`: binds each name to the module's attribute.
    /// `level` counts the leading dots of a relative import (`from ..pkg
    /// import x`: 2). `from m import *` is parsed as the one name `*`; the
    /// driver replaces it with the names the module exports (`star`).
    ImportFrom {
        level: u32,
        module: String,
        names: Vec<(String, Option<String>)>,
        star: Star,
    },
}

/// What `names` of a `from m import ...` are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Star {
    /// The names written.
    No,
    /// `*` of a module without `__all__`: its public globals, each
    /// imported only if the module has bound it.
    Public,
    /// `*` of a module with `__all__`: the names it lists, each required.
    All,
}

#[derive(Clone, Debug)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum PatternKind {
    /// A literal or a dotted name: matches what compares `==` to it.
    Value(Expr),
    /// `None`, `True` or `False`: matches by identity.
    Singleton(Constant),
    /// `[p, q, *rest]`: a sequence (not a str, bytes or mapping) of fitting length.
    Sequence(Vec<Pattern>),
    /// `{key: p, **rest}`: a mapping holding every key.
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<String>,
    },
    /// `Cls(p, attr=q)`: an instance of `Cls`.
    Class {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<String>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` or `*_` inside a sequence pattern.
    Star(Option<String>),
    /// `p as name`, a bare capture `name` (no pattern), or `_` (neither).
    As {
        pattern: Option<Box<Pattern>>,
        name: Option<String>,
    },
    Or(Vec<Pattern>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    /// Decimal digits; small values become machine ints later.
    Int(String),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
    /// An imaginary literal (`2j`): real and imaginary parts.
    Complex(f64, f64),
}

#[derive(Clone, Debug)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

#[derive(Clone, Debug)]
pub struct Keyword {
    pub name: Option<String>,
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    BoolOp {
        and: bool,
        values: Vec<Expr>,
    },
    NamedExpr {
        target: String,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// A `None` key is a `**mapping` entry (its value is the mapping).
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `(elt for ...)`. Unless it is the argument of a builtin that consumes
    /// it whole (which the lowering evaluates eagerly), `func` is the
    /// generator function CPython compiles it to: `.0` (the first
    /// iterable, iterated when the expression is evaluated) and the loops,
    /// yielding `elt`.
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
        func: Option<Box<FuncDef>>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    FormattedValue {
        value: Box<Expr>,
        conversion: Conversion,
        spec: Option<Box<Expr>>,
    },
    JoinedStr(Vec<Expr>),
    Constant(Constant),
    Attribute {
        value: Box<Expr>,
        attr: String,
    },
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    Starred(Box<Expr>),
    Name(String),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    /// `lambda params: body`, as a function named `<lambda>` whose body returns `body`.
    Lambda(Box<FuncDef>),
    /// `yield [value]`: makes the enclosing function a generator function.
    Yield(Option<Box<Expr>>),
    /// `yield from iterable`.
    YieldFrom(Box<Expr>),
}

impl Expr {
    /// Whether CPython's AST optimizer folds the expression into a constant
    /// (literals, signed numbers, tuples of constants).
    pub fn is_constant(&self) -> bool {
        match &self.kind {
            ExprKind::Constant(_) => true,
            ExprKind::UnaryOp { op: UnaryOp::USub | UnaryOp::UAdd, operand } => {
                matches!(operand.kind, ExprKind::Constant(Constant::Int(_) | Constant::Float(_)))
            }
            ExprKind::Tuple(items) => items.iter().all(Expr::is_constant),
            _ => false,
        }
    }
}
