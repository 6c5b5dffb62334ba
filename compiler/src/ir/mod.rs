//! The typed IR both backends consume.
//!
//! Plain data: functions own their locals (indexed by [`LocalId`]), control
//! flow stays structured (if, loops with labels, try) so the Rust backend can
//! print readable Rust and the Cranelift backend can build blocks, and every
//! expression carries its [`Ty`] and the [`Span`] it came from. Every Python
//! semantic decision (which runtime operation, which conversion, which
//! error) is already made here: backends only spell it out.

pub mod prims;
pub mod print;
pub mod ty;
pub mod verify;

pub use prims::{Mode, Prim};
pub use ty::Ty;

use crate::syntax::ast::Span;

ids! {
    /// A function of [`Program::funcs`].
    FuncId;
    /// A local of its [`Func::locals`].
    LocalId;
    /// A module global of [`Program::globals`].
    GlobalId;
    /// A loop, unique in its function (the target of `break`/`continue`).
    LoopId;
}

index_by!(FuncId LocalId GlobalId);

#[derive(Clone, Debug)]
pub struct Program {
    /// The program's files, the entry first, lines numbered one after the
    /// other (`syntax/source.rs`): every span's line is in that numbering.
    pub sources: Vec<SourceFile>,
    pub globals: Vec<Global>,
    /// `funcs[0]` is the body of the entry module (`__main__`).
    pub funcs: Vec<Func>,
    /// The function that releases the module's globals at exit.
    pub teardown: FuncId,
}

/// One file of the program, for tracebacks.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
    /// The program-wide number of the line before its first.
    pub first_line: u32,
}

impl Program {
    /// The entry file's path.
    pub fn file(&self) -> &str {
        &self.sources[0].path
    }
}

#[derive(Clone, Debug)]
pub struct Global {
    pub name: String,
    pub ty: Ty,
}

#[derive(Clone, Debug)]
pub struct Func {
    pub name: String,
    pub kind: FuncKind,
    pub params: Vec<LocalId>,
    pub locals: Vec<Local>,
    pub ret: Ty,
    pub body: Block,
    pub span: Span,
    /// The frames of fused generators whose code runs in this function
    /// (`lower/fuse.rs`): a traceback entry raised in their code names
    /// them, as CPython's would name the generator's frame.
    pub inlined: Vec<InlinedFrame>,
    /// A wrapper that is no Python frame of its own (a direct method's
    /// function value, `lower/instance.rs`): it takes no frame from the
    /// recursion limit and its errors pass through without a traceback entry.
    pub thunk: bool,
}

/// A frame fused into its function: a generator's (`name` is the
/// generator's) or a comprehension's (`<listcomp>`); it runs where its
/// parent (`None`: the function itself) stands at `span`, the position
/// the parent's traceback entry shows.
#[derive(Clone, Debug)]
pub struct InlinedFrame {
    pub name: String,
    pub span: crate::syntax::ast::Span,
    pub parent: Option<usize>,
}

/// What a function is for; all but `Plain` come from `opt::speculate`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FuncKind {
    /// A Python function (or the module body) as written.
    Plain,
    /// The exact body of a function that also has a speculative twin; the
    /// function itself (still `Plain`) becomes a [`ExprKind::Speculate`].
    Exact,
    /// A speculative twin: the same body over `i64` ([`Ty::MInt`]) instead of
    /// `int`. Every operation that would raise or leave the `i64` range
    /// bails instead: the function returns no result and the `Speculate`
    /// that called it runs the exact version. Only pure functions get a
    /// twin, so the work it threw away was never visible.
    Fast,
    /// The code of a function value (a lambda, a nested or decorated
    /// function, a function passed around): called by the runtime
    /// (`rt/src/types/func.rs`) with its function object and the arguments
    /// already bound, one dynamic value per parameter; returns a dynamic
    /// value. [`Mode::Env`] arguments read the function object.
    Boxed,
}

#[derive(Clone, Debug)]
pub struct Local {
    pub name: String,
    pub ty: Ty,
    /// Read somewhere it may not have been assigned: reads are checked
    /// (UnboundLocalError) and the backend keeps an "unset" state.
    pub maybe_unbound: bool,
}

pub type Block = Vec<Stmt>;

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Local(LocalId),
    Global(GlobalId),
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Assign(Place, Expr),
    Expr(Expr),
    If(Expr, Block, Block),
    While {
        label: LoopId,
        cond: Expr,
        body: Block,
        orelse: Block,
    },
    /// `for` over `range(start, stop, step)`: `var` (an `int` local) takes
    /// each value; `body` starts by assigning the Python target from it.
    ForRange {
        label: LoopId,
        var: LocalId,
        start: Expr,
        stop: Expr,
        step: Expr,
        body: Block,
        orelse: Block,
    },
    /// `for` over any iterable: `var` (a dynamic local) takes each item.
    ForIter {
        label: LoopId,
        var: LocalId,
        iter: Expr,
        body: Block,
        orelse: Block,
    },
    Break(LoopId),
    Continue(LoopId),
    Return(Option<Expr>),
    /// `raise exc [from cause]`; `exc` is a dynamic value (instance or class).
    Raise {
        exc: Expr,
        cause: Option<Expr>,
    },
    /// A bare `raise` inside a handler: re-raises the handled exception as is.
    Reraise(LocalId),
    Try {
        body: Block,
        handlers: Vec<Handler>,
        orelse: Block,
        finally: Block,
    },
    /// Gives up a `Fast` function (where the exact version would raise).
    Bail,
    /// `del name`: the variable becomes unbound (the lowering checked it
    /// was bound; a local deleted anywhere is `maybe_unbound`). A local
    /// that is not `maybe_unbound` (never read before it is assigned) just
    /// lets go of its value: a fused generator's variables at the end of
    /// its loop, as the generator's frame would.
    Unbind(Place),
    /// Statements whose traceback entries belong to a fused generator's
    /// frame (an index into [`Func::inlined`]), or to the function's own
    /// (`None`: the loop body at a fused generator's `yield`).
    InFrame(Option<usize>, Block),
}

impl StmtKind {
    /// The blocks nested directly in this statement.
    pub fn blocks(&self) -> Vec<&Block> {
        match self {
            StmtKind::If(_, a, b) => vec![a, b],
            StmtKind::InFrame(_, b) => vec![b],
            StmtKind::While { body, orelse, .. }
            | StmtKind::ForRange { body, orelse, .. }
            | StmtKind::ForIter { body, orelse, .. } => {
                vec![body, orelse]
            }
            StmtKind::Try { body, handlers, orelse, finally } => {
                [body].into_iter().chain(handlers.iter().map(|h| &h.body)).chain([orelse, finally]).collect()
            }
            _ => vec![],
        }
    }

    pub fn blocks_mut(&mut self) -> Vec<&mut Block> {
        match self {
            StmtKind::If(_, a, b) => vec![a, b],
            StmtKind::InFrame(_, b) => vec![b],
            StmtKind::While { body, orelse, .. }
            | StmtKind::ForRange { body, orelse, .. }
            | StmtKind::ForIter { body, orelse, .. } => {
                vec![body, orelse]
            }
            StmtKind::Try { body, handlers, orelse, finally } => {
                [body].into_iter().chain(handlers.iter_mut().map(|h| &mut h.body)).chain([orelse, finally]).collect()
            }
            _ => vec![],
        }
    }
}

#[derive(Clone, Debug)]
pub struct Handler {
    /// Builtin exception class names; empty for a bare `except:`.
    pub classes: Vec<&'static str>,
    /// The local holding the caught exception (bare `raise` reads it); the
    /// body starts by assigning it to the `as` target, if there is one.
    pub exc_local: LocalId,
    pub body: Block,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: Ty,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Int(i64),
    /// An int literal beyond 64 bits, as decimal digits.
    BigInt(String),
    Float(f64),
    Bool(bool),
    None,
    Str(String),
    /// A bytes literal (a dynamic value: bytes are not typed statically).
    Bytes(Vec<u8>),
    /// A builtin class used as a value (`ValueError`, `int`).
    Class(&'static str),
    Read(Place),
    /// Whether a local holds a value (`locals()` lists only those): a
    /// local that is not `maybe_unbound` always does.
    Bound(LocalId),
    /// The place's value moved out, the place left unbound: only ever the
    /// operand of an update assigned straight back to the place
    /// (`s += t` appends in place to a string no one else holds).
    Take(Place),
    /// A runtime operation from the primitive table.
    Prim(&'static Prim, Vec<Expr>),
    /// A direct call to a compiled function, arguments already bound to
    /// parameters. Inside a `Fast` function, callees are `Fast` too and a
    /// bail propagates.
    Call(FuncId, Vec<Expr>),
    /// Calls the `Fast` twin with the arguments (ints narrowed to `i64`,
    /// when they fit); when it completes, its result (widened back) is the
    /// value, otherwise the `Exact` function runs with the same arguments.
    Speculate {
        fast: FuncId,
        exact: FuncId,
        args: Vec<Expr>,
    },
    /// Static value to dynamic `Value`.
    Box(Box<Expr>),
    /// Dynamic `Value` to the static type `ty` (which inference proved).
    Unbox(Box<Expr>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    /// Evaluates the value into the local, then the body (which may read it).
    Let(LocalId, Box<Expr>, Box<Expr>),
    /// `(x := value)`: assigns and yields the value.
    AssignExpr(Place, Box<Expr>),
    /// Runs statements, then yields the expression (comprehensions).
    Seq(Block, Box<Expr>),
    /// Argument packs for variadic primitives: each item is a dynamic value.
    Pack(Vec<Expr>),
    /// An omitted optional argument (also the placeholder of [`Mode::Env`]
    /// and [`Mode::Site`]).
    Absent,
    /// A `Boxed` function's code, as a [`Mode::Code`] argument.
    FuncRef(FuncId),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    /// A set display; `constant` when CPython builds it from a frozenset constant.
    Set {
        items: Vec<Expr>,
        constant: bool,
    },
}

impl Expr {
    pub fn new(kind: ExprKind, ty: Ty, span: Span) -> Expr {
        Expr { kind, ty, span }
    }
}
