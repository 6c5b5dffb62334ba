//! Syntax tree + scopes -> typed IR, with whole-program type inference.
//!
//! Inference and lowering are one walk. The walk lowers every function
//! against the current type environment ([`Env`]: the type of each global,
//! each local, each function's parameters and result) and, as it goes,
//! widens that environment: an assignment joins the value's type into the
//! variable's, a call joins argument types into the callee's parameters, a
//! `return` joins into the result. The walk repeats until the environment
//! stops changing (types only grow, so this terminates), and the IR of the
//! last walk is the output: every conversion in it (boxing into `Value`,
//! unboxing, int-to-float) matches the final types, because the same code
//! computed both. A variable whose assignments disagree becomes `Dyn` and
//! its uses go through the runtime's dynamic operations.

mod assign;
mod builtins;
mod call;
mod class;
mod comprehension;
mod exceptions;
mod expr;
mod fuse;
mod imports;
mod instance;
mod loops;
mod names;
mod namespace;
mod operators;
mod pattern;
mod sign;
mod stmt;

use std::collections::{HashMap, HashSet};

use crate::diagnostics::Diagnostic;
use crate::hir::{self, Hir, VarId};
use crate::ir::{self, Block, Expr, ExprKind, FuncId, GlobalId, LocalId, LoopId, Ty};
use crate::syntax::ast::{self, Span};

/// What inference knows of one function beyond the HIR's facts: the
/// types it widens, and the hidden globals it keeps.
struct FuncInfo {
    params: Vec<Ty>,
    ret: Ty,
    /// For each parameter with a default: the hidden global holding it
    /// (direct functions; a boxed function's defaults live in its value).
    defaults: Vec<Option<GlobalId>>,
    /// For a method calling `super()`: the hidden global holding its class.
    class_global: Option<GlobalId>,
}

/// Which variable a local is, as inference keys its type: by ids, so that
/// two variables spelled alike never share a type, and the same variable
/// met again in the next walk finds its type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum VarKey {
    /// A variable of the definition the names resolve in, in the
    /// function's own frame (`frame` 0) or in the `frame`-th generator
    /// fused into it (`fuse.rs`), which has variables of its own.
    Var { frame: u32, var: VarId },
    /// The `n`-th comprehension variable made in the function's walk
    /// (comprehensions have scopes of their own; each walk makes them in
    /// the same order).
    Comp(u32),
    /// The running total of the `n`-th comprehension, a `sum(...)`.
    Sum(u32),
    /// A compiler temporary.
    Temp(u32),
    /// The dictionary `locals()` returns (`namespace.rs`): it lives as
    /// long as the call.
    Namespace,
}

/// The type environment, widened by each walk until it is stable.
struct Env<'a> {
    hir: &'a Hir<'a>,
    globals: Vec<ir::Global>,
    /// Each module's globals by name.
    global_ids: HashMap<(hir::ModId, String), GlobalId>,
    /// For each module function called directly (its global typed
    /// `Ty::Func`): a hidden global its `def` binds, read before a call
    /// that may come first (NameError, as calling the unbound name would).
    func_flags: HashMap<GlobalId, GlobalId>,
    /// For each function of an imported module called directly: a hidden
    /// global holding its function value, set by its `def` when the
    /// module's object is reached by dynamic code (the accessor returns it).
    func_values: HashMap<GlobalId, GlobalId>,
    /// Per module: the function importing it (`None` for `__main__`, which
    /// the runtime runs) and its accessor (see `imports.rs`).
    imports: Vec<Option<FuncId>>,
    accessors: Vec<FuncId>,
    /// Imports a module of the program by name, for the runtime (`imports.rs`).
    importer: FuncId,
    /// Modules whose object dynamic code may reach: their accessors read
    /// their globals by name (so values stored there escape).
    reached_modules: HashSet<hir::ModId>,
    funcs: Vec<FuncInfo>,
    local_tys: HashMap<(FuncId, VarKey), Ty>,
    /// The type of each variable that lives in a cell, by its owner's
    /// definition: the join of every value stored into it, by the owner or
    /// by a nested function's `nonlocal` (see `names.rs`).
    cell_tys: HashMap<(FuncId, VarId), Ty>,
    /// Nested functions called directly (`hir::Def::nested_direct`), by
    /// the variable their `def` binds.
    nested_fns: HashMap<(FuncId, VarId), FuncId>,
    /// Those whose function value the program uses otherwise (a read that
    /// is no direct call): their wrappers pass dynamic arguments.
    escaped: HashSet<FuncId>,
    /// The element type of each list creation site.
    sites: std::collections::BTreeMap<Span, Ty>,
    /// For classes whose methods call `super()`: the hidden global holding
    /// the class (by the `class` statement's span).
    class_globals: HashMap<Span, GlobalId>,
    /// Attributes (see `instance.rs`): the join of the types of every value
    /// stored under each name, by an assignment to any object's attribute
    /// or in a class body.
    fields: HashMap<String, Ty>,
    /// The names assigned as attributes anywhere (not in class bodies).
    stored: HashSet<String>,
    /// The names a method may be looked up by at run time (a call on a
    /// dynamic receiver, a bound method read): the wrappers of direct
    /// methods so named pass dynamic arguments to their typed bodies.
    dyn_methods: HashSet<String>,
    /// Direct methods (`hir/classes.rs`) and the boxed wrapper that is their
    /// function value; the wrappers are numbered after the HIR's definitions.
    wrapper_of: HashMap<FuncId, FuncId>,
    wrapped: Vec<(FuncId, FuncId)>,
    changed: bool,
}

impl<'a> Env<'a> {
    /// The function a `def` or lambda of the program is.
    fn func_of(&self, d: &ast::FuncDef) -> FuncId {
        FuncId(Hir::def_of(d).0)
    }

    /// The HIR's definition of a function (its IR function has its number).
    fn def(&self, f: FuncId) -> &'a hir::Def<'a> {
        &self.hir.defs[f.index()]
    }

    fn join_into(slot: &mut Ty, t: &Ty, changed: &mut bool) {
        // Without inference every variable, parameter, result and list
        // element holds a dynamic value (`PYAOT_NO_INFERENCE`).
        let j = if inference_off() && *t != Ty::Never { Ty::Dyn } else { slot.join(t) };
        if j != *slot {
            *slot = j;
            *changed = true;
        }
    }

    /// The element type of lists from these sites.
    fn elem_ty(&self, sites: &ir::ty::Sites) -> Ty {
        sites.iter().fold(Ty::Never, |acc, s| {
            let t = if *s == ir::ty::DYN_SITE { Ty::Dyn } else { self.sites.get(s).cloned().unwrap_or(Ty::Never) };
            acc.join(&t)
        })
    }

    /// Records that values of type `t` are stored into lists from `sites`.
    fn write_elem(&mut self, sites: &ir::ty::Sites, t: &Ty) {
        let mut escaped = false;
        for s in sites {
            if *s == ir::ty::DYN_SITE {
                escaped = true;
                continue;
            }
            let slot = self.sites.entry(*s).or_insert(Ty::Never);
            let mut changed = self.changed;
            Env::join_into(slot, t, &mut changed);
            self.changed = changed;
            if slot.is_dyn() {
                escaped = true;
            }
        }
        // A value stored where only dynamic code reads it escapes.
        if escaped {
            self.escape(t);
        }
    }

    /// A value of type `t` becomes reachable from dynamic code, which may
    /// store anything into the lists it reaches: their elements become `Dyn`.
    fn escape(&mut self, t: &Ty) {
        match t {
            Ty::List(sites) => {
                for s in sites {
                    if *s == ir::ty::DYN_SITE {
                        continue;
                    }
                    let slot = self.sites.entry(*s).or_insert(Ty::Never);
                    if !slot.is_dyn() {
                        let old = std::mem::replace(slot, Ty::Dyn);
                        self.changed = true;
                        self.escape(&old);
                    }
                }
            }
            Ty::Tuple(Some(ts)) => {
                for t in ts.clone() {
                    self.escape(&t);
                }
            }
            Ty::Module(k) if self.reached_modules.insert(*k) => self.changed = true,
            _ => {}
        }
    }

    /// The global `name` of module `module` (made on first use).
    fn global(&mut self, module: hir::ModId, name: &str) -> GlobalId {
        let key = (module, name.to_string());
        if let Some(&g) = self.global_ids.get(&key) {
            return g;
        }
        let g = GlobalId::new(self.globals.len());
        self.globals.push(ir::Global { name: name.to_string(), ty: Ty::Never });
        self.global_ids.insert(key, g);
        g
    }

    /// A global the compiler keeps for itself (a default's value, a
    /// method's class for `super()`), known only by its id: no Python name
    /// reaches it. `what` names it in the IR's text.
    fn hidden_global(&mut self, what: String) -> GlobalId {
        let g = GlobalId::new(self.globals.len());
        self.globals.push(ir::Global { name: what, ty: Ty::Never });
        g
    }
}

/// Whether type inference is switched off (`PYAOT_NO_INFERENCE=1`): every
/// variable is then a dynamic value and every operation on one takes the
/// runtime's dynamic path, which is how the speed of that path is measured
/// (`pyaot bench --no-inference`). Off or on, the program behaves the same.
fn inference_off() -> bool {
    static OFF: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *OFF.get_or_init(|| std::env::var_os("PYAOT_NO_INFERENCE").is_some_and(|v| !v.is_empty() && v != "0"))
}

/// With `PYAOT_TRACE_INFERENCE=1`, reports on stderr each variable,
/// parameter and attribute as it first becomes dynamic, and what joined
/// into it: the way to find why a program is not typed (the first report
/// is usually the cause, the rest its consequences).
fn trace_widening(slot: &Ty, t: &Ty, what: impl FnOnce() -> String) {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    let on = *ON.get_or_init(|| std::env::var_os("PYAOT_TRACE_INFERENCE").is_some_and(|v| !v.is_empty() && v != "0"));
    if on && !slot.is_dyn() && *t != Ty::Never && slot.join(t).is_dyn() {
        eprintln!("inference: {} becomes dynamic: {slot} joined with {t}", what());
    }
}

/// Lowers a program (its modules, the entry first) to the IR, or reports
/// why it cannot.
pub fn lower(program: &[crate::syntax::SourceModule]) -> Result<ir::Program, Vec<Diagnostic>> {
    let hir = hir::build(program)?;
    let mut env = Env {
        hir: &hir,
        globals: Vec::new(),
        global_ids: HashMap::new(),
        func_flags: HashMap::new(),
        func_values: HashMap::new(),
        imports: Vec::new(),
        accessors: Vec::new(),
        importer: FuncId(0),
        reached_modules: HashSet::new(),
        funcs: Vec::new(),
        local_tys: HashMap::new(),
        cell_tys: HashMap::new(),
        nested_fns: HashMap::new(),
        escaped: HashSet::new(),
        sites: Default::default(),
        class_globals: HashMap::new(),
        fields: HashMap::new(),
        stored: HashSet::new(),
        dyn_methods: HashSet::new(),
        wrapper_of: HashMap::new(),
        wrapped: Vec::new(),
        changed: false,
    };
    let mut diags = Vec::new();
    // Every name bound at module level is a global of its module, and so
    // is each submodule of a package (the import binds it there).
    for (k, m) in hir.modules.iter().enumerate() {
        for n in &hir.defs[m.body].scope.vars {
            env.global(k, n);
        }
    }
    for m in &hir.modules {
        if let Some((parent, last)) = m.source.name.rsplit_once('.') {
            if let Some(p) = hir.module_named(parent) {
                env.global(p, last);
            }
        }
    }
    // Per function, in the HIR's order: the globals it declares, the hidden
    // globals of its defaults and its class, and its own global when it is
    // called directly.
    for (i, def) in hir.defs.iter().enumerate() {
        let id = FuncId::new(i);
        let Some(d) = def.ast else {
            env.funcs.push(FuncInfo { params: Vec::new(), ret: Ty::None, defaults: Vec::new(), class_global: None });
            continue;
        };
        for g in &def.scope.declared_global {
            env.global(def.module, g);
        }
        let defaults = d
            .params
            .iter()
            .enumerate()
            .map(|(i, p)| match (&p.default, def.boxed || def.nested_direct) {
                (Some(_), false) => Some(env.hidden_global(format!("{}.__defaults__[{i}]", d.name))),
                _ => None,
            })
            .collect();
        // `super()` in a method reads its class from a hidden global, one per class.
        let class_global = match (def.method_of, def.uses_super) {
            (Some(span), true) => Some(match env.class_globals.get(&span) {
                Some(&g) => g,
                None => {
                    let g = env.hidden_global(format!("__class__@{}:{}", span.line, span.col));
                    env.class_globals.insert(span, g);
                    g
                }
            }),
            _ => None,
        };
        let n = d.params.len();
        env.funcs.push(FuncInfo {
            params: vec![if def.boxed { Ty::Dyn } else { Ty::Never }; n],
            ret: if def.boxed { Ty::Dyn } else { Ty::Never },
            defaults,
            class_global,
        });
        if def.module_level() && !def.boxed {
            let g = env.global(def.module, &d.name);
            env.globals[g].ty = Ty::Func(id);
            let flag = env.hidden_global(d.name.clone());
            env.func_flags.insert(g, flag);
            if def.module > 0 || hir.main_by_name {
                let value = env.hidden_global(format!("{}.__value__", d.name));
                env.func_values.insert(g, value);
            }
        }
        if def.nested_direct {
            let parent = FuncId(def.parent.0);
            let var = env.def(parent).var(&d.name).expect("a nested direct function's name is its parent's variable");
            env.nested_fns.insert((parent, var), id);
        }
    }
    // `from m import f` of a function `m` calls directly: the importer's
    // name is that function too, with a flag of its own.
    for ((a, x), (m, f)) in &hir.aliases {
        let Some(&g) = env.global_ids.get(&(*m, f.clone())) else { continue };
        if let Ty::Func(id) = env.globals[g].ty {
            let mine = env.global(*a, x);
            env.globals[mine].ty = Ty::Func(id);
            let flag = env.hidden_global(x.clone());
            env.func_flags.insert(mine, flag);
        }
    }
    if hir.classes.classes_reached {
        env.dyn_methods.insert("__init__".to_string());
    }
    // Methods the runtime may call by name (protocols the program uses).
    env.dyn_methods.extend(hir.classes.runtime_called.iter().map(|m| m.to_string()));
    // The boxed wrappers of direct methods, after every definition.
    for (i, def) in hir.defs.iter().enumerate() {
        let imported_fn = def.module_level() && (def.module > 0 || hir.main_by_name);
        if let (Some(d), true, false) =
            (def.ast, def.method_of.is_some() || def.nested_direct || imported_fn, def.boxed)
        {
            let w = FuncId::new(env.funcs.len());
            let n = d.params.len();
            env.funcs.push(FuncInfo {
                params: vec![Ty::Dyn; n],
                ret: Ty::Dyn,
                defaults: vec![None; n],
                class_global: None,
            });
            env.wrapper_of.insert(FuncId::new(i), w);
            env.wrapped.push((w, FuncId::new(i)));
        }
    }
    // Each module's import function (but `__main__`'s) and accessor, last.
    for k in 0..hir.modules.len() {
        let import = (k > 0).then(|| {
            env.funcs.push(FuncInfo {
                params: Vec::new(),
                ret: Ty::Module(k),
                defaults: Vec::new(),
                class_global: None,
            });
            FuncId::new(env.funcs.len() - 1)
        });
        env.imports.push(import);
    }
    for _ in &hir.modules {
        env.funcs.push(FuncInfo {
            params: vec![Ty::Dyn; 3],
            ret: Ty::Dyn,
            defaults: vec![None; 3],
            class_global: None,
        });
        env.accessors.push(FuncId::new(env.funcs.len() - 1));
    }
    env.funcs.push(FuncInfo { params: vec![Ty::Dyn], ret: Ty::Dyn, defaults: vec![None], class_global: None });
    env.importer = FuncId::new(env.funcs.len() - 1);
    if hir.modules_by_name {
        env.reached_modules.extend(0..hir.modules.len());
    }
    // Widen the environment until a walk changes nothing; that walk's IR is
    // the result. Variables still without a type after a walk were never
    // assigned (or functions never called): they become dynamic.
    let mut rounds = 0;
    let funcs = loop {
        env.changed = false;
        let mut walk_diags = Vec::new();
        let funcs = lower_all(&mut env, &mut walk_diags);
        rounds += 1;
        if env.changed && rounds <= 100 {
            continue;
        }
        // Stable: what is still untyped becomes dynamic (if anything is,
        // the walk repeats with that).
        for g in &mut env.globals {
            if g.ty == Ty::Never {
                g.ty = Ty::Dyn;
                env.changed = true;
            }
        }
        for f in &mut env.funcs {
            for p in &mut f.params {
                if *p == Ty::Never {
                    *p = Ty::Dyn;
                    env.changed = true;
                }
            }
        }
        if !env.changed {
            diags.extend(walk_diags);
            break funcs;
        }
        if rounds > 100 {
            // The last walk's IR may not hold for the types the program
            // needs: refuse it rather than compile it.
            let msg = "type inference did not settle after 100 rounds (a pyaot bug: please report this program)";
            return Err(vec![Diagnostic::error(Span::at(1, 1), msg)]);
        }
    };
    if !diags.is_empty() {
        diags.sort_by_key(|d| d.span);
        diags.dedup();
        return Err(diags);
    }
    let mut funcs = funcs;
    let teardown = FuncId::new(funcs.len());
    funcs.push(teardown_func(&env.globals));
    let sources = program
        .iter()
        .map(|m| ir::SourceFile { path: m.path.clone(), text: m.text.clone(), first_line: m.first_line })
        .collect();
    Ok(ir::Program { sources, globals: env.globals, funcs, teardown })
}

/// What runs after the module body (and after an uncaught exception's
/// traceback): the module's globals released one by one in the order they
/// were defined, as CPython clears `__main__`'s namespace at exit, so
/// suspended generators run their `finally` blocks then.
fn teardown_func(globals: &[ir::Global]) -> ir::Func {
    let span = Span::at(1, 1);
    // A module function called directly has no value to release.
    let mut body: Vec<ir::Stmt> = (0..globals.len())
        .map(GlobalId::new)
        .filter(|&g| !matches!(globals[g].ty, Ty::Func(_)))
        .map(|g| ir::Stmt { kind: ir::StmtKind::Unbind(ir::Place::Global(g)), span })
        .collect();
    body.push(ir::Stmt { kind: ir::StmtKind::Return(Some(Expr::new(ExprKind::None, Ty::None, span))), span });
    ir::Func {
        name: "<teardown>".into(),
        kind: ir::FuncKind::Plain,
        params: Vec::new(),
        locals: Vec::new(),
        ret: Ty::None,
        body,
        span,
        inlined: Vec::new(),
        thunk: false,
    }
}

fn lower_all(env: &mut Env, diags: &mut Vec<Diagnostic>) -> Vec<ir::Func> {
    let mut out = Vec::new();
    for id in (0..env.hir.defs.len()).map(FuncId::new) {
        let def = env.def(id);
        let source = env.hir.modules[def.module].source;
        let (params, body, span) = match def.ast {
            Some(d) => (&d.params[..], &d.body[..], d.span),
            None => (&[][..], &source.ast.body[..], Span::at(source.first_line + 1, 1)),
        };
        let mut fl = FnLower::new(env, id, diags);
        // A nested function called directly takes its cells first.
        if def.nested_direct {
            fl.cx.env_cells = def
                .captured
                .iter()
                .map(|n| {
                    let c = fl.temp(Ty::Cell);
                    fl.locals[c].name = format!("{n}_cell");
                    c
                })
                .collect();
            fl.assigned.extend(fl.cx.env_cells.iter().copied());
        }
        let param_ids: Vec<LocalId> = params
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let t = fl.env.funcs[id].params[i].clone();
                let l = fl.local(&p.name);
                fl.assign_local_ty(l, &t);
                fl.assigned.insert(l);
                l
            })
            .collect();
        // Variables shared with nested functions live in cells (a
        // parameter's cell starts with the argument).
        let mut prologue = Vec::new();
        for name in def.cell_names() {
            let c = fl.temp(Ty::Cell);
            fl.assigned.insert(c);
            prologue.push(ir::Stmt {
                kind: ir::StmtKind::Assign(
                    ir::Place::Local(c),
                    expr::prim(&ir::prims::CELL_NEW, vec![], Ty::Cell, span),
                ),
                span,
            });
            fl.cx.cell_of.insert(name.clone(), c);
            if let Some(i) = params.iter().position(|p| p.name == name) {
                let arg = Expr::new(ExprKind::Read(ir::Place::Local(param_ids[i])), fl.local_ty(param_ids[i]), span);
                let arg = fl.cell_value(&name, arg);
                let cell = Expr::new(ExprKind::Read(ir::Place::Local(c)), Ty::Cell, span);
                prologue.push(ir::Stmt {
                    kind: ir::StmtKind::Expr(expr::prim(&ir::prims::CELL_SET, vec![cell, arg], Ty::None, span)),
                    span,
                });
            }
        }
        for (i, name) in def.captured.iter().enumerate() {
            fl.cx.free_of.insert(name.clone(), i);
        }
        let mut block = prologue;
        if def.ast.is_none() {
            if id == FuncId(0) {
                // `__main__` enters `sys.modules` as it starts.
                block.extend(imports::begin_main(&mut fl, span));
            }
            block.extend(fl.shadowed_builtins(span));
            if hir::scope::module_annotations(body, id == FuncId(0)) {
                // The module's `__annotations__` exists from its start.
                let name = ast::Expr { kind: ast::ExprKind::Name("__annotations__".into()), span };
                fl.assign_to(&name, Expr::new(ExprKind::Dict(vec![]), Ty::Dict, span), &mut block);
            }
            // Module-level code knows which top-level statement it is in
            // (what has surely run before it).
            for (i, s) in body.iter().enumerate() {
                fl.cx.position = i;
                let b = fl.block(std::slice::from_ref(s));
                block.extend(b);
            }
        } else {
            fl.cx.position = def.position;
            block.extend(fl.block(body));
        }
        if fl.reachable(&block) && def.ast.is_none() && id != FuncId(0) {
            // An imported module's body returns nothing to its import.
            let none = Expr::new(ExprKind::None, Ty::None, span);
            block.push(ir::Stmt { kind: ir::StmtKind::Return(Some(none)), span });
        } else if fl.reachable(&block) && id != FuncId(0) {
            let none = Expr::new(ExprKind::None, Ty::None, span);
            fl.join_ret(&Ty::None);
            let ret = fl.coerce(none, &fl.ret_ty());
            block.push(ir::Stmt { kind: ir::StmtKind::Return(Some(ret)), span });
        }
        let ret = if def.ast.is_none() { Ty::None } else { fl.ret_ty() };
        // A parameter the body rebinds to another type widens the
        // parameter itself: callers must pass what the local holds.
        for (i, &l) in param_ids.iter().enumerate() {
            let t = fl.local_ty(l);
            let mut changed = fl.env.changed;
            Env::join_into(&mut fl.env.funcs[id].params[i], &t, &mut changed);
            fl.env.changed = changed;
        }
        let locals = fl.finish_locals();
        let inlined = std::mem::take(&mut fl.inlined);
        let kind = if def.boxed { ir::FuncKind::Boxed } else { ir::FuncKind::Plain };
        let env_cells = std::mem::take(&mut fl.cx.env_cells);
        out.push(ir::Func {
            name: def.name.clone(),
            kind,
            params: env_cells.into_iter().chain(param_ids).collect(),
            locals,
            ret,
            body: block,
            span,
            inlined,
            thunk: false,
        });
    }
    // Attributes `getattr`/`hasattr` read by name: dynamic reads.
    let named: Vec<Ty> = env.hir.classes.named_reads.iter().filter_map(|n| env.fields.get(n).cloned()).collect();
    for t in named {
        env.escape(&t);
    }
    for (_, plain) in env.wrapped.clone() {
        out.push(instance::wrapper(env, plain));
    }
    for k in 1..env.hir.modules.len() {
        out.push(imports::import_func(env, k));
    }
    for k in 0..env.hir.modules.len() {
        out.push(imports::accessor_func(env, k));
    }
    out.push(imports::importer_func(env));
    out
}

/// Where `break` and `continue` go in the innermost loop. A fused
/// generator's consumer body (`fuse.rs`) continues by leaving the block
/// that stands for one `yield`.
#[derive(Clone, Copy)]
struct LoopTarget {
    brk: LoopId,
    /// `continue` as `(false, l)`: continue loop `l`; `(true, l)`: break out of `l`.
    cont: (bool, LoopId),
}

impl LoopTarget {
    fn plain(l: LoopId) -> LoopTarget {
        LoopTarget { brk: l, cont: (false, l) }
    }
}

/// Per-function lowering state.
pub(crate) struct FnLower<'e, 'a> {
    env: &'e mut Env<'a>,
    diags: &'e mut Vec<Diagnostic>,
    /// The IR function being built.
    func: FuncId,
    locals: Vec<ir::Local>,
    /// How inference knows each local (see [`VarKey`]).
    local_keys: Vec<VarKey>,
    /// Locals definitely assigned at the current point.
    assigned: HashSet<LocalId>,
    /// The dictionary `locals()` returns, once the function calls it.
    locals_ns: Option<LocalId>,
    next_label: LoopId,
    /// Comprehensions lowered so far in this walk of the function.
    comp_count: u32,
    /// Comprehension variables made so far (each one's [`VarKey::Comp`]).
    comp_vars: u32,
    /// Fused generator sites so far (each one's frame in [`VarKey::Var`]).
    inline_count: u32,
    /// The frames of the generators fused here (see [`ir::Func::inlined`]).
    inlined: Vec<ir::InlinedFrame>,
    /// How names resolve at the current point: the function's own, or a
    /// fused generator's while its body is lowered in place.
    cx: NameCx,
    /// Which locals are never negative (see `sign.rs`).
    signs: sign::Signs,
    /// Set while lowering `isinstance`'s classes: naming a tracked class
    /// there is no use of it as a value (`instance.rs`).
    quiet_classes: bool,
}

/// Everything name resolution and jumps depend on. Lowering a fused
/// generator's body swaps in the generator's and, at each `yield`, swaps
/// the consumer's back for the consumer's loop body.
#[derive(Default)]
struct NameCx {
    /// The function whose scope names resolve in (`func`, or a fused generator).
    scope_func: FuncId,
    /// The frame of the variables made here: 0 for the function's own, a
    /// fusion site's number for a fused generator's (whose variables are
    /// locals of the function it is fused into, with types of their own).
    var_frame: u32,
    /// Python name -> local, innermost comprehension scope last.
    scopes: Vec<HashMap<String, LocalId>>,
    loops: Vec<LoopTarget>,
    /// The locals holding the exceptions being handled, innermost last;
    /// `true` marks a `finally` block's, which holds None when no
    /// exception is passing through.
    handling: Vec<(LocalId, bool)>,
    /// This function's variables that closures share: the local holding each one's cell.
    cell_of: HashMap<String, LocalId>,
    /// Variables of enclosing functions: their index among the function value's cells.
    free_of: HashMap<String, usize>,
    /// In a nested function called directly: the parameters holding the
    /// cells it captures (in `free_of`'s order), instead of its function value's.
    env_cells: Vec<LocalId>,
    /// For each comprehension scope (parallel to `scopes[1..]`): the cells
    /// of its variables that lambdas capture.
    comp_cells: Vec<HashMap<String, LocalId>>,
    /// The class bodies being lowered, innermost last (`class.rs`).
    class_ns: Vec<class::ClassBody>,
    /// In a fused generator's body: the block `return` leaves.
    gen_return: Option<LoopId>,
    /// In a fused generator's body: parameters bound to generators that
    /// are fused into the parameter's one `for` loop.
    streams: HashMap<String, fuse::Deferred>,
    /// The fused generators whose bodies are being lowered, outermost first.
    inlining: Vec<FuncId>,
    /// How many copies of the code here fusion has made so far (see `fuse::MAX_COPIES`).
    copies: usize,
    /// The fused generator frame the code here belongs to (`None`: the function's own).
    frame: Option<usize>,
    /// The top-level statement of the module the code here is in (for a
    /// function, the one its definition is in): every top-level statement
    /// before it has run to its end (see `imports.rs`, `surely_defined`).
    position: usize,
}

impl<'e, 'a> FnLower<'e, 'a> {
    fn new(env: &'e mut Env<'a>, func: FuncId, diags: &'e mut Vec<Diagnostic>) -> Self {
        let signs = sign::Signs::new(env.def(func));
        FnLower {
            env,
            diags,
            func,
            locals: Vec::new(),
            local_keys: Vec::new(),
            assigned: HashSet::new(),
            locals_ns: None,
            next_label: LoopId(0),
            comp_count: 0,
            comp_vars: 0,
            inline_count: 0,
            inlined: Vec::new(),
            cx: NameCx { scope_func: func, scopes: vec![HashMap::new()], copies: 1, ..Default::default() },
            signs,
            quiet_classes: false,
        }
    }

    fn error(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// Whether names resolve at module level.
    fn is_module(&self) -> bool {
        self.env.hir.is_body(hir::DefId(self.cx.scope_func.0))
    }

    /// The module the names here are globals of.
    fn module(&self) -> hir::ModId {
        self.env.def(self.cx.scope_func).module
    }

    /// The layout position `obj.attr` is read and written at (see
    /// `hir/layout.rs`): its position in the class of the method being
    /// lowered when `obj` is that method's `self`, else the one position
    /// every class that has `attr` gives it. Where it is some, the access is
    /// `INST_GET`/`INST_SET`, whose site cache finds the position in each
    /// class at run time (falling back to the lookup by name).
    fn attr_slot(&self, obj: &ast::Expr, attr: &str) -> Option<usize> {
        let own = || {
            let ast::ExprKind::Name(n) = &obj.kind else { return None };
            if self.cx.cell_of.contains_key(n) || self.cx.free_of.contains_key(n) {
                return None;
            }
            let def = self.env.def(self.cx.scope_func).ast?;
            self.env.hir.layouts.slot(def.span, n, attr)
        };
        own().or_else(|| self.env.hir.layouts.common_slot(attr))
    }

    /// The local slot for a Python name in the current scope (created on first use).
    fn local(&mut self, name: &str) -> LocalId {
        if let Some(&l) = self.cx.scopes.last().unwrap().get(name) {
            return l;
        }
        let key = if self.cx.scopes.len() > 1 {
            self.comp_vars += 1;
            VarKey::Comp(self.comp_vars)
        } else {
            self.var_key(name)
        };
        let l = self.new_local(name, key);
        self.cx.scopes.last_mut().unwrap().insert(name.to_string(), l);
        l
    }

    /// The key of a variable of the definition names resolve in.
    /// (A name that is none is a pyaot bug: refused, never guessed at.)
    fn var_key(&mut self, name: &str) -> VarKey {
        let def = self.env.def(self.cx.scope_func);
        match def.var(name) {
            Some(var) => VarKey::Var { frame: self.cx.var_frame, var },
            None => {
                let span = def.ast.map_or(Span::at(1, 1), |d| d.span);
                let msg = format!("'{name}' is no variable of its scope (a pyaot bug: please report this program)");
                self.error(Diagnostic::error(span, msg));
                VarKey::Temp(u32::MAX)
            }
        }
    }

    fn new_local(&mut self, name: &str, key: VarKey) -> LocalId {
        let ty = self.env.local_tys.get(&(self.func, key.clone())).cloned().unwrap_or(Ty::Never);
        self.locals.push(ir::Local { name: name.to_string(), ty, maybe_unbound: false });
        self.local_keys.push(key);
        LocalId::new(self.locals.len() - 1)
    }

    /// A compiler temporary of a fixed type.
    fn temp(&mut self, ty: Ty) -> LocalId {
        let n = self.locals.len();
        let l = self.new_local(&format!("_t{n}"), VarKey::Temp(n as u32));
        self.locals[l].ty = ty;
        l
    }

    fn local_ty(&self, l: LocalId) -> Ty {
        self.locals[l].ty.clone()
    }

    /// Widens a local's type with an assigned value's type.
    fn assign_local_ty(&mut self, l: LocalId, t: &Ty) {
        let key = (self.func, self.local_keys[l].clone());
        let slot = self.env.local_tys.entry(key).or_insert(Ty::Never);
        let what = || format!("variable '{}' of {}", self.locals[l].name, self.env.hir.defs[self.func.index()].name);
        trace_widening(slot, t, what);
        Env::join_into(slot, t, &mut self.env.changed);
        self.locals[l].ty = slot.clone();
    }

    fn assign_global_ty(&mut self, g: GlobalId, t: &Ty) {
        let mut changed = self.env.changed;
        Env::join_into(&mut self.env.globals[g].ty, t, &mut changed);
        self.env.changed = changed;
    }

    fn ret_ty(&self) -> Ty {
        self.env.funcs[self.func].ret.clone()
    }

    fn join_ret(&mut self, t: &Ty) {
        let mut changed = self.env.changed;
        Env::join_into(&mut self.env.funcs[self.func].ret, t, &mut changed);
        self.env.changed = changed;
    }

    fn label(&mut self) -> LoopId {
        self.next_label.0 += 1;
        self.next_label
    }

    fn finish_locals(&mut self) -> Vec<ir::Local> {
        let mut locals = std::mem::take(&mut self.locals);
        for l in &mut locals {
            if l.ty == Ty::Never {
                l.ty = Ty::Dyn;
            }
        }
        locals
    }

    /// Converts an expression to the representation of `to`. A list that
    /// becomes dynamic escapes (see [`Env::escape`]).
    fn coerce(&mut self, e: Expr, to: &Ty) -> Expr {
        let span = e.span;
        if to.is_dyn() {
            self.env.escape(&e.ty);
        }
        match (&e.ty, to) {
            (a, b) if a == b => e,
            // Same representation. A list seen through a wider site set is
            // still sound: reads join over all its sites, writes go to all.
            (Ty::Tuple(_), Ty::Tuple(_)) | (Ty::List(_), Ty::List(_)) => Expr { ty: to.clone(), ..e },
            // Instances are dynamic values: a wider class, None included,
            // or no class at all is the same value seen with less knowledge.
            (Ty::Obj { .. }, Ty::Obj { .. } | Ty::Dyn) => match e.kind {
                ExprKind::Unbox(inner) if to.is_dyn() => *inner,
                kind => Expr { kind, ty: to.clone(), span },
            },
            // Not known yet: keep it unknown rather than widening the target.
            (Ty::Dyn, Ty::Never) => Expr { ty: Ty::Never, ..e },
            (_, Ty::Never) => e,
            (Ty::Dyn | Ty::Never, _) => Expr::new(ExprKind::Unbox(Box::new(e)), to.clone(), span),
            (_, Ty::Dyn) => Expr::new(ExprKind::Box(Box::new(e)), Ty::Dyn, span),
            _ => {
                let boxed = Expr::new(ExprKind::Box(Box::new(e)), Ty::Dyn, span);
                Expr::new(ExprKind::Unbox(Box::new(boxed)), to.clone(), span)
            }
        }
    }

    /// Boxes a value for a runtime operation that may keep or return
    /// references to it (so lists in it escape).
    #[allow(clippy::wrong_self_convention)] // converts an expression, not `self`
    fn to_dyn(&mut self, e: Expr) -> Expr {
        self.coerce(e, &Ty::Dyn)
    }

    /// Boxes a value for a runtime operation that only reads it and keeps
    /// no reference (printing, `len`, comparisons): nothing escapes.
    fn box_ro(&mut self, e: Expr) -> Expr {
        // (Whatever the runtime does with a module object, it may read its
        // attributes: its accessor must exist.)
        if let Ty::Module(_) = e.ty {
            self.env.escape(&e.ty);
        }
        match e.ty {
            Ty::Dyn | Ty::Never => e,
            _ => {
                let span = e.span;
                Expr::new(ExprKind::Box(Box::new(e)), Ty::Dyn, span)
            }
        }
    }

    /// Boxes a value being stored into lists from `sites`: their element
    /// type records its type, so nothing escapes unless they are dynamic.
    fn store_elem(&mut self, sites: &ir::ty::Sites, e: Expr) -> Expr {
        self.env.write_elem(sites, &e.ty);
        self.box_ro(e)
    }

    /// A new list creation site at `span`.
    fn site(&self, span: Span) -> ir::ty::Sites {
        std::collections::BTreeSet::from([span])
    }

    /// Whether control can fall off the end of a block.
    fn reachable(&self, b: &Block) -> bool {
        !b.last().is_some_and(terminates)
    }
}

/// Whether a statement never completes normally.
fn terminates(s: &ir::Stmt) -> bool {
    use ir::StmtKind as S;
    match &s.kind {
        S::Return(_) | S::Raise { .. } | S::Reraise(_) | S::Break(_) | S::Continue(_) => true,
        S::If(_, a, b) => a.last().is_some_and(terminates) && b.last().is_some_and(terminates),
        S::InFrame(_, b) => b.last().is_some_and(terminates),
        S::While { cond, body, .. } => matches!(cond.kind, ExprKind::Bool(true)) && !breaks(body),
        S::Try { body, handlers, orelse, finally } => {
            finally.last().is_some_and(terminates)
                || ((body.last().is_some_and(terminates) || orelse.last().is_some_and(terminates))
                    && handlers.iter().all(|h| h.body.last().is_some_and(terminates)))
        }
        _ => false,
    }
}

/// Whether a loop body contains a `break` for its own loop.
fn breaks(body: &Block) -> bool {
    use ir::StmtKind as S;
    body.iter().any(|s| match &s.kind {
        S::Break(_) => true,
        S::If(_, a, b) => breaks(a) || breaks(b),
        S::InFrame(_, b) => breaks(b),
        S::Try { body, handlers, orelse, finally } => {
            breaks(body) || breaks(orelse) || breaks(finally) || handlers.iter().any(|h| breaks(&h.body))
        }
        _ => false,
    })
}
