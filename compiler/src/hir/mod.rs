//! HIR: the program's definitions and scopes, resolved once.
//!
//! The syntax tree says what was written; the HIR says what its names and
//! definitions are. [`build`] walks the module once and numbers every
//! definition (the module body, each `def`, lambda and generator
//! expression's function) with a [`DefId`], which is also the number of its
//! IR function. For each it records the facts lowering reads and never
//! recomputes: its scope (its variables as [`VarId`]s, its `global` and
//! `nonlocal` declarations), the variables of enclosing definitions it
//! captures and those of its own that nested ones capture (cells), whether
//! it is a generator, a method (of which class, calling `super()`), whether
//! it is called through a function value (boxed), and whether a `for` over
//! a call of it may run its body in place (`fusable.rs`). Facts about the
//! whole module sit beside them: class layouts (`layout.rs`), names bound
//! only by a module import, globals named like builtins (`module.rs`).
//!
//! Lowering walks the syntax tree with the HIR beside it: a name resolves
//! against the HIR's scopes, and inference keys each variable's type by
//! ids (the definition and the variable), never by its spelling. The HIR is
//! immutable once built; the inference's widening types live in lowering.

pub mod classes;
mod declarations;
pub mod fusable;
pub mod layout;
mod module;
pub use module::reaches_modules_by_name;
pub mod scope;

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::diagnostics::Diagnostic;
use crate::syntax::ast::{self, Span};
use crate::syntax::visit::{every_expr, scope_stmts, stmt_exprs, visit_expr, visit_stmts};
use crate::syntax::SourceModule;
pub use scope::Scope;

ids! {
    /// A definition of [`Hir::defs`]: `DefId(0)` is the entry module's body.
    DefId;
    /// A variable of one definition's [`Scope`].
    VarId;
}

index_by!(DefId VarId);

/// The program's definitions and the facts about them.
pub struct Hir<'a> {
    pub defs: Vec<Def<'a>>,
    /// The program's modules, the entry (`__main__`) first.
    pub modules: Vec<ModuleDef<'a>>,
    /// Static instance layouts of the program's classes.
    pub layouts: layout::Layouts,
    /// The classes whose instances inference types (see `classes.rs`).
    pub classes: classes::Classes,
    /// Globals bound only by a module-level `from m import f` of a program
    /// module, used only to be called: the importing module's global and
    /// the global of `m`'s it imports. Where `m`'s is a function called
    /// directly, so is the importer's.
    pub aliases: HashMap<GlobalName, GlobalName>,
    /// The program reaches modules by name (`sys.modules`,
    /// `importlib.import_module`, `__import__`): every module's object may
    /// reach dynamic code, and any module may be imported by a name
    /// computed at run time.
    pub modules_by_name: bool,
    /// `__main__`'s object may be reached by name (`reads_namespace` in
    /// any module, or modules reached by name): its functions called
    /// directly get function values its accessor returns.
    pub main_by_name: bool,
    /// Some code reads the exception being handled (`sys.exc_info`):
    /// every `except` body records it while it runs.
    pub reads_handled: bool,
    /// Some class's comparison method may return something other than a
    /// bool (`module::rich_results`).
    pub rich_results: bool,
}

/// A module of the program: its body's definition and facts about its names.
pub struct ModuleDef<'a> {
    pub source: &'a SourceModule,
    /// The definition of its body (its IR function runs it on first import).
    pub body: DefId,
    /// Names bound only by imports of one standard module (see `module.rs`).
    pub module_names: HashMap<String, &'static pyaot_registry::modules::Module>,
    /// Module globals named like builtins that some code reads before (or
    /// without) their binding: they start out holding the builtin.
    pub shadowed: Vec<String>,
}

/// A module's number: its index in [`Hir::modules`] (0 is `__main__`).
pub type ModId = usize;

/// A global of a module: the module and the name.
pub type GlobalName = (ModId, String);

/// One definition: the module body, a function, a lambda, or the function
/// of a generator expression.
pub struct Def<'a> {
    /// The `def` or lambda (`None` for a module body).
    pub ast: Option<&'a ast::FuncDef>,
    /// The definition it is written in (a module body's is itself).
    pub parent: DefId,
    /// The module it is written in, and that module's body.
    pub module: ModId,
    pub module_body: DefId,
    /// The top-level statement of its module it is written in: when it
    /// runs, every top-level statement before that one has run.
    pub position: usize,
    pub name: String,
    /// `outer.<locals>.inner`, `Class.method`: for reprs and argument errors.
    pub qualname: String,
    pub scope: Scope,
    /// A method: the span of its class statement.
    pub method_of: Option<Span>,
    /// A method whose body names `super`: it needs its class at run time.
    pub uses_super: bool,
    /// Called through a function value: lambdas, nested, decorated and
    /// escaping functions, generators, and those with `*args` or
    /// `**kwargs`. Their parameters and result are dynamic.
    pub boxed: bool,
    /// A nested function called directly where its name is called: a
    /// plain `def` in a function (no decorator, only positional
    /// parameters, not a generator) whose name nothing else binds. Its
    /// typed body takes the cells it captures as leading parameters; its
    /// function value's code is a wrapper that passes them (`lower/names.rs`).
    pub nested_direct: bool,
    /// Contains `yield`: calling it makes a generator.
    pub generator: bool,
    /// Variables of enclosing definitions it uses, in the order of its
    /// function value's cells.
    pub captured: Vec<String>,
    /// Its own variables that nested definitions capture: they live in cells.
    pub cells: BTreeSet<VarId>,
    /// Comprehension variables that lambdas in the comprehension capture:
    /// each run of the comprehension makes a fresh cell for them.
    pub comp_cells: BTreeSet<String>,
    /// A generator a `for` over a call of it may run in place; for each
    /// parameter, whether a generator argument may be fused into its one
    /// `for` too (see `fusable.rs`).
    pub fusable: Option<Vec<bool>>,
    /// Variables bound once to a call and then only iterated by one later
    /// `for`: a fusable generator call there is fused into that loop.
    pub deferred_vars: BTreeSet<VarId>,
    /// Variables bound only by plain assignments, with the spans of their
    /// targets (see [`scope::plain_assigns`]).
    pub plain_assigns: HashMap<String, HashSet<Span>>,
}

impl<'a> Def<'a> {
    /// Whether it is a function defined by a `def` at module level (not a
    /// method, lambda or generator expression).
    pub fn module_level(&self) -> bool {
        self.parent == self.module_body
            && self.method_of.is_none()
            && self.ast.is_some_and(|d| !d.name.starts_with('<'))
    }

    /// The variable a name is, if this definition binds it.
    pub fn var(&self, name: &str) -> Option<VarId> {
        self.scope.var(name)
    }

    /// The names of its variables that live in cells.
    pub fn cell_names(&self) -> Vec<String> {
        self.cells.iter().map(|&v| self.scope.vars[v].clone()).collect()
    }
}

impl<'a> Hir<'a> {
    /// The definition a `def` or lambda of the program was numbered as.
    pub fn def_of(d: &ast::FuncDef) -> DefId {
        DefId(d.func.get().expect("every def is numbered by the HIR"))
    }
}

/// Builds the HIR of a program (its modules, the entry first), or the
/// diagnostics of what it cannot resolve.
pub fn build(program: &[SourceModule]) -> Result<Hir<'_>, Vec<Diagnostic>> {
    let mut hir = Hir {
        defs: Vec::new(),
        modules: Vec::new(),
        layouts: Default::default(),
        classes: Default::default(),
        aliases: HashMap::new(),
        modules_by_name: program.iter().any(|m| module::reaches_modules_by_name(&m.ast.body)),
        main_by_name: program.iter().any(|m| module::reads_namespace(&m.ast.body)),
        reads_handled: program.iter().any(|m| module::reads_handled(&m.ast.body)),
        rich_results: program.iter().any(|m| module::rich_results(&m.ast.body)),
    };
    hir.main_by_name |= hir.modules_by_name;
    let bodies: Vec<&[ast::Stmt]> = program.iter().map(|m| &m.ast.body[..]).collect();
    // A module-level function of an imported module is a value when any
    // module uses its name as one (it may have imported it) or reads an
    // attribute of that name other than to call it (`m.f`).
    let mut shared_escaping = module::attribute_values(&bodies);
    for body in &bodies[1..] {
        shared_escaping.extend(module::escaping_names(body));
    }
    // `from m import f` binds the importer's global to `m`'s function
    // (`aliases`) where the importer binds that name nowhere else and uses
    // it only to call it; anywhere else the name is a value of `m`'s.
    let mut class_aliases = Vec::new();
    hir_aliases(program, &mut hir.aliases, &mut class_aliases, &mut shared_escaping);
    let mut diags = Vec::new();
    for (k, source) in program.iter().enumerate() {
        let body = &source.ast.body[..];
        for (span, message) in declarations::late_declarations(&[], body) {
            diags.push(Diagnostic::error(span, message));
        }
        debug_bindings(body, &mut diags);
        if k != 0 && !source.is_stdlib() {
            // A `NewType` takes its `__module__` from its caller's frame,
            // which pyaot does not keep: only the main module's is known.
            every_expr(body, &mut |e| match &e.kind {
                ast::ExprKind::Name(n) | ast::ExprKind::Attribute { attr: n, .. } if n == "NewType" => {
                    diags.push(Diagnostic::unsupported(e.span, "typing.NewType outside the main module"));
                }
                _ => {}
            });
        }
        hir.layouts.extend(layout::compute(body));
        let mut bound = Vec::new();
        if scope::module_annotations(body, k == 0) {
            bound.push("__annotations__".to_string());
        }
        scope::bindings(body, &mut |n| {
            if !bound.iter().any(|b| b == n) {
                bound.push(n.to_string());
            }
        });
        let id = DefId::new(hir.defs.len());
        hir.modules.push(ModuleDef {
            source,
            body: id,
            module_names: module::module_names(body),
            shadowed: module::shadowed_builtins(body),
        });
        hir.defs.push(Def {
            ast: None,
            parent: id,
            module: k,
            module_body: id,
            position: 0,
            name: "<module>".into(),
            qualname: "<module>".into(),
            scope: Scope::new(bound, BTreeSet::new(), BTreeSet::new()),
            method_of: None,
            uses_super: false,
            boxed: false,
            nested_direct: false,
            generator: false,
            captured: Vec::new(),
            cells: BTreeSet::new(),
            comp_cells: BTreeSet::new(),
            fusable: None,
            deferred_vars: BTreeSet::new(),
            plain_assigns: HashMap::new(),
        });
        let mut escaping = module::escaping_names(body);
        if k > 0 {
            escaping.extend(shared_escaping.iter().cloned());
        }
        // A module function named like a builtin that functions call is a
        // value: until its `def` runs, the name means the builtin.
        escaping.extend(hir.modules[k].shadowed.iter().cloned());
        let first = hir.defs.len();
        number_defs(body, body, id, &escaping, &mut hir, &mut diags);
        for def in &mut hir.defs[first..] {
            let line = def.ast.map_or(0, |d| d.span.line);
            def.position = body.partition_point(|s| s.span.line <= line).saturating_sub(1);
        }
    }
    // A nested function that a `nonlocal` in another may rebind is called
    // through its value.
    for i in 0..hir.defs.len() {
        let rebound = hir.defs.iter().any(|e| e.scope.declared_nonlocal.contains(&hir.defs[i].name));
        if hir.defs[i].nested_direct && rebound {
            hir.defs[i].nested_direct = false;
            hir.defs[i].boxed = true;
        }
    }
    let closed: Vec<bool> = program.iter().map(SourceModule::closed).collect();
    hir.classes = classes::compute(&bodies, &closed, &mut hir);
    // `from m import C` of a class `m` tracks, bound once: the same class.
    for (mine, theirs) in class_aliases {
        if let Some(&c) = hir.classes.by_name.get(&theirs) {
            hir.classes.by_name.insert(mine, c);
        }
    }
    fusable::find(&bodies, &mut hir);
    if diags.is_empty() {
        Ok(hir)
    } else {
        Err(diags)
    }
}

/// Finds the aliases of `from m import f` (see [`Hir::aliases`]); every
/// other name such an import reads is a value (`escaping`).
/// `classes`: every global bound only by such an import (used as a value
/// or not), with the global it imports.
fn hir_aliases(
    program: &[SourceModule],
    aliases: &mut HashMap<GlobalName, GlobalName>,
    classes: &mut Vec<(GlobalName, GlobalName)>,
    escaping: &mut HashSet<String>,
) {
    let index: HashMap<&str, ModId> = program.iter().enumerate().map(|(k, m)| (m.name.as_str(), k)).collect();
    for (a, m) in program.iter().enumerate() {
        let body = &m.ast.body[..];
        let mut bound: HashMap<String, usize> = HashMap::new();
        scope::bindings(body, &mut |n| *bound.entry(n.to_string()).or_default() += 1);
        let mut declared = HashSet::new();
        crate::syntax::visit::every_stmt(body, &mut |s| {
            if let ast::StmtKind::Global(names) = &s.kind {
                declared.extend(names.iter().cloned());
            }
        });
        let values = module::escaping_names(body);
        let mut at_module_level = HashSet::new();
        visit_stmts(body, &mut |s| {
            let ast::StmtKind::ImportFrom { level, module, names, .. } = &s.kind else { return };
            at_module_level.insert(s.span);
            let from = crate::syntax::source::absolute_name(m.package(), *level, module).ok();
            let from = from.and_then(|n| index.get(n.as_str()).copied());
            for (name, asname) in names {
                let x = asname.as_deref().unwrap_or(name);
                let once = bound.get(x) == Some(&1) && !declared.contains(x);
                if let (Some(k), true) = (from, once) {
                    classes.push(((a, x.to_string()), (k, name.clone())));
                }
                let alias = from.is_some() && once && !values.contains(x);
                match from {
                    Some(k) if alias => {
                        aliases.insert((a, x.to_string()), (k, name.clone()));
                    }
                    _ => {
                        escaping.insert(name.clone());
                    }
                }
            }
        });
        // (Imports in functions bind locals: values.)
        crate::syntax::visit::every_stmt(body, &mut |s| {
            if let ast::StmtKind::ImportFrom { names, .. } = &s.kind {
                if !at_module_level.contains(&s.span) {
                    escaping.extend(names.iter().map(|(n, _)| n.clone()));
                }
            }
        });
    }
}

impl Hir<'_> {
    /// Whether a definition is a module's body.
    pub fn is_body(&self, d: DefId) -> bool {
        self.defs[d].ast.is_none()
    }

    /// The program module of that name, if the program has one.
    pub fn module_named(&self, name: &str) -> Option<ModId> {
        self.modules.iter().position(|m| m.source.name == name)
    }

    /// The top-level statement of module `k` that binds `name` when it is
    /// the name's only binding in the module (none in a function either):
    /// once that statement has run, the name stays bound.
    pub fn bound_once_at(&self, k: ModId, name: &str) -> Option<usize> {
        let body = &self.modules[k].source.ast.body;
        let mut count = 0;
        scope::bindings(body, &mut |n| count += usize::from(n == name));
        let declared = self.defs.iter().any(|d| d.module == k && d.scope.declared_global.contains(name));
        if count != 1 || declared {
            return None;
        }
        body.iter().position(|s| {
            let mut here = false;
            scope::bindings(std::slice::from_ref(s), &mut |n| here |= n == name);
            here && !matches!(
                s.kind,
                ast::StmtKind::If { .. }
                    | ast::StmtKind::While { .. }
                    | ast::StmtKind::For { .. }
                    | ast::StmtKind::Try { .. }
                    | ast::StmtKind::With { .. }
                    | ast::StmtKind::Match { .. }
            )
        })
    }
}

/// Numbers every definition in `body` (defs at any depth and lambdas),
/// parents before their nested definitions.
fn number_defs<'a>(
    body: &'a [ast::Stmt],
    module_body: &'a [ast::Stmt],
    parent: DefId,
    escaping: &HashSet<String>,
    hir: &mut Hir<'a>,
    diags: &mut Vec<Diagnostic>,
) {
    let mut found: Vec<(&'a ast::FuncDef, bool)> = Vec::new();
    visit_stmts(body, &mut |s| {
        if let ast::StmtKind::FunctionDef(d) = &s.kind {
            found.push((d, false));
        }
        stmt_exprs(s, &mut |e| {
            visit_expr(e, &mut |x| match &x.kind {
                ast::ExprKind::Lambda(d) => found.push((d, true)),
                ast::ExprKind::GeneratorExp { func: Some(d), .. } => found.push((d, true)),
                _ => {}
            })
        });
    });
    // Methods: functions a class body defines (in its own scope, `if`
    // blocks and the like included), with the class's qualified name.
    // (By the `def`'s span: a method is a statement of a class body, never copied.)
    let mut methods: HashMap<Span, (String, Span)> = HashMap::new();
    fn class_methods(body: &[ast::Stmt], prefix: &str, out: &mut HashMap<Span, (String, Span)>) {
        scope_stmts(body, &mut |s| {
            if let ast::StmtKind::ClassDef(c) = &s.kind {
                let q = format!("{prefix}{}", c.name);
                scope_stmts(&c.body, &mut |m| {
                    if let ast::StmtKind::FunctionDef(d) = &m.kind {
                        out.insert(d.span, (q.clone(), c.span));
                    }
                });
                class_methods(&c.body, &format!("{q}."), out);
            }
        });
    }
    let at_module = hir.is_body(parent);
    let (module, body_def) = (hir.defs[parent].module, hir.defs[parent].module_body);
    let prefix = if at_module { String::new() } else { format!("{}.<locals>.", hir.defs[parent].qualname) };
    class_methods(body, &prefix, &mut methods);
    // A module-level name several `def`s bind (`def _` under
    // `@f.register`, a `def` in each branch of an `if`) is a variable
    // holding function values: each of those functions is boxed.
    let mut defs_of: HashMap<&str, usize> = HashMap::new();
    for (d, lambda) in &found {
        if at_module && !lambda && !methods.contains_key(&d.span) {
            *defs_of.entry(d.name.as_str()).or_default() += 1;
        }
    }
    for (d, lambda) in found {
        for (span, message) in declarations::late_declarations(&d.params, &d.body) {
            diags.push(Diagnostic::error(span, message));
        }
        if d.params.iter().any(|p| p.name == "__debug__") {
            diags.push(Diagnostic::error(d.span, "cannot assign to __debug__".to_string()));
        }
        debug_bindings(&d.body, diags);
        let id = DefId::new(hir.defs.len());
        let method = methods.get(&d.span).cloned();
        let module_level = at_module && !lambda && method.is_none();
        let redefined = module_level && defs_of.get(d.name.as_str()).is_some_and(|&n| n > 1);
        let scope = scope::function_scope(&d.params, &d.body);
        let varargs = d.params.iter().any(|p| matches!(p.kind, ast::ParamKind::VarArgs | ast::ParamKind::VarKw));
        let generator = scope::is_generator(&d.body);
        let nested_direct = !at_module
            && !lambda
            && method.is_none()
            && d.decorators.is_empty()
            && d.params.iter().all(|p| matches!(p.kind, ast::ParamKind::Normal | ast::ParamKind::PositionalOnly))
            && !generator
            && hir.defs[parent].scope.var(&d.name).is_some()
            && hir.defs[parent].ast.is_some_and(|pd| {
                let mut n = 0;
                scope::bindings(&pd.body, &mut |b| n += usize::from(b == d.name));
                n == 1 && !pd.params.iter().any(|p| p.name == d.name)
            });
        let boxed = !nested_direct
            && (!module_level
                || !d.decorators.is_empty()
                || varargs
                || generator
                || redefined
                || escaping.contains(&d.name));
        let qualname = match &method {
            Some((class, _)) => format!("{class}.{}", d.name),
            None if at_module => d.name.clone(),
            None => format!("{}.<locals>.{}", hir.defs[parent].qualname, d.name),
        };
        let mut uses_super = false;
        every_expr(&d.body, &mut |e| uses_super |= matches!(&e.kind, ast::ExprKind::Name(n) if n == "super"));
        let mut captured = Vec::new();
        let parent_comps = match hir.defs[parent].ast {
            Some(pd) => scope::comprehension_names(&pd.params, &pd.body, d),
            None => scope::comprehension_names(&[], module_body, d),
        };
        for n in scope::free_names(d) {
            let p = &hir.defs[parent];
            let in_comp = lambda && parent_comps.contains(&n);
            let parent_var = if at_module { None } else { p.scope.var(&n) };
            if in_comp || parent_var.is_some() || (!at_module && p.captured.contains(&n)) {
                if in_comp {
                    hir.defs[parent].comp_cells.insert(n.clone());
                }
                if let Some(v) = parent_var {
                    hir.defs[parent].cells.insert(v);
                }
                captured.push(n);
            } else if scope.declared_nonlocal.contains(&n) {
                diags.push(Diagnostic::error(d.span, format!("no binding for nonlocal '{n}' found")));
            }
        }
        if d.func.get().is_none() {
            d.func.set(Some(id.0));
        }
        hir.defs.push(Def {
            ast: Some(d),
            parent,
            module,
            module_body: body_def,
            position: 0,
            name: d.name.clone(),
            qualname,
            scope,
            method_of: method.map(|(_, span)| span),
            uses_super,
            boxed,
            nested_direct,
            generator,
            captured,
            cells: BTreeSet::new(),
            comp_cells: BTreeSet::new(),
            fusable: None,
            deferred_vars: BTreeSet::new(),
            plain_assigns: scope::plain_assigns(d),
        });
        number_defs(&d.body, module_body, id, escaping, hir, diags);
    }
}

/// CPython's SyntaxError for a statement binding `__debug__` (a constant
/// of the compiler's, never a variable).
fn debug_bindings(body: &[ast::Stmt], diags: &mut Vec<Diagnostic>) {
    for s in body {
        let mut binds = false;
        scope::bindings(std::slice::from_ref(s), &mut |n| binds |= n == "__debug__");
        if binds {
            diags.push(Diagnostic::error(s.span, "cannot assign to __debug__".to_string()));
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn refuses_newtype_outside_the_main_module() {
        let mut program = crate::syntax::source::single("import helper\n");
        let text = "from typing import NewType\nUserId = NewType('UserId', int)\n";
        let ast = crate::syntax::parse(text, "helper.py", 100).expect("parses");
        program.push(crate::syntax::source::SourceModule {
            name: "helper".into(),
            path: "helper.py".into(),
            text: text.into(),
            first_line: 100,
            is_package: false,
            ast,
        });
        let diags = super::build(&program).err().expect("refused");
        assert!(diags.iter().any(|d| d.message.contains("typing.NewType outside the main module")), "{diags:?}");
    }
    use super::*;

    fn with_hir(src: &str, check: impl FnOnce(&Hir)) {
        let program = crate::syntax::source::single(src);
        let hir = build(&program).unwrap_or_else(|d| panic!("the test program resolves: {d:?}"));
        check(&hir);
    }

    fn def<'h>(hir: &'h Hir, qualname: &str) -> &'h Def<'h> {
        hir.defs.iter().find(|d| d.qualname == qualname).expect("the definition exists")
    }

    #[test]
    fn numbers_definitions_depth_first_parents_first() {
        let src = "def f(a):\n    def g():\n        return a\n    return g\nh = lambda x: x\n";
        with_hir(src, |hir| {
            let names: Vec<&str> = hir.defs.iter().map(|d| d.qualname.as_str()).collect();
            assert_eq!(names, ["<module>", "f", "f.<locals>.g", "<lambda>"]);
            // The HIR wrote each definition's number into its node.
            for (i, d) in hir.defs.iter().enumerate().skip(1) {
                assert_eq!(Hir::def_of(d.ast.unwrap()), DefId::new(i));
            }
            assert_eq!(def(hir, "f.<locals>.g").parent, DefId(1));
            assert_eq!(def(hir, "f").parent, DefId(0));
        });
    }

    #[test]
    fn captured_variables_are_cells_of_their_definition() {
        let src = "def f(a, b):\n    c = 1\n    def g():\n        return a + c\n    return g\n";
        with_hir(src, |hir| {
            let f = def(hir, "f");
            assert_eq!(f.scope.vars, ["a", "b", "c", "g"]);
            assert_eq!(f.cell_names(), ["a", "c"]);
            let g = def(hir, "f.<locals>.g");
            assert_eq!(g.captured, ["a", "c"]);
            assert!(g.nested_direct && !g.boxed && !f.boxed);
        });
    }

    #[test]
    fn comprehension_variables_are_not_the_functions() {
        // `x` in the comprehension is its own; the function uses no `x`.
        let src = "def f(n):\n    return [x * n for x in range(3)]\n";
        with_hir(src, |hir| {
            let f = def(hir, "f");
            assert_eq!(f.scope.vars, ["n"]);
            assert!(f.var("x").is_none());
        });
    }

    #[test]
    fn globals_and_nonlocals_are_not_variables() {
        let src =
            "def f():\n    global k\n    k = 1\n    t = 2\n    def g():\n        nonlocal t\n        t = 3\n    g()\n";
        with_hir(src, |hir| {
            assert_eq!(def(hir, "f").scope.vars, ["t", "g"]);
            let g = def(hir, "f.<locals>.g");
            assert!(g.scope.vars.is_empty());
            assert_eq!(g.captured, ["t"]);
        });
    }

    #[test]
    fn a_nonlocal_without_binding_is_an_error() {
        let program = crate::syntax::source::single("def f():\n    nonlocal q\n    q = 1\n");
        let diags = build(&program).err().expect("refused");
        assert!(diags[0].message.contains("no binding for nonlocal 'q' found"), "{:?}", diags[0]);
    }

    #[test]
    fn generators_and_methods() {
        let src = "class C:\n    def m(self):\n        return super().m()\n    @staticmethod\n    def s():\n        pass\ndef gen(n):\n    yield n\n";
        with_hir(src, |hir| {
            // A method of a tracked class is direct (typed, not boxed), a
            // decorated one boxed.
            let m = def(hir, "C.m");
            assert!(m.method_of.is_some() && m.uses_super && !m.boxed);
            assert!(hir.classes.list[0].direct.contains_key("m"));
            assert!(def(hir, "C.s").boxed && !hir.classes.list[0].direct.contains_key("s"));
            let g = def(hir, "gen");
            assert!(g.generator && g.module_level());
            assert_eq!(g.fusable, Some(vec![false]));
        });
    }
}
