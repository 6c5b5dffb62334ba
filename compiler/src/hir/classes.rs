//! Tracked classes: the module-level classes whose instances inference
//! types (`Ty::Obj`), and their methods that calls may reach directly.
//!
//! A class is tracked when nothing about it can change how its instances
//! are made or how their attributes are found, beyond what the program
//! says in plain sight: its name is bound once, by its `class` statement;
//! it has no decorator, metaclass or class keyword; its base is `object`
//! or one tracked class; its body holds only methods, plain assignments
//! and a docstring; and it defines none of the hooks that take over
//! instance creation or attribute access (`__new__`, `__getattr__`,
//! `__setattr__`, `__slots__`, descriptors' `__get__`/`__set__`, ...).
//! Calling a tracked class then makes an instance of exactly that class,
//! and a method call on an instance of a tracked class resolves, through
//! the tracked subclasses the whole program defines, to the methods
//! written in their bodies. Subclasses that are not tracked (a class
//! nested in a function, one with several bases) are fine: their instances
//! are simply never typed.
//!
//! A tracked class's *direct* methods get a typed body of their own,
//! called directly (`FuncKind::Plain`); the function value in the class
//! namespace is a boxed thunk calling it (`lower/instance.rs`). Direct
//! means: undecorated, not a generator, no `*args`/`**kwargs` or
//! positional-only parameters, a `self` the body never rebinds, defined
//! once, and not a special method other than `__init__` (the runtime calls
//! those on any instance).

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::{scope, DefId, Hir, ModId};
use crate::ir::ty::ClassPath;
use crate::syntax::ast::{self, Span};
use crate::syntax::visit::{every_expr, visit_stmts};

/// A tracked class's number: its index in [`Classes::list`].
pub type ClassId = usize;

#[derive(Default)]
pub struct Classes {
    pub list: Vec<ClassInfo>,
    /// The module global each tracked class is bound to (by module and name).
    pub by_name: HashMap<(ModId, String), ClassId>,
    /// The program reaches attributes by names it computes (`setattr`,
    /// `getattr` with a name that is no constant, `__setattr__` called,
    /// `__dict__`): no attribute's type is known, and any method may be
    /// called from anywhere.
    pub open_world: bool,
    /// Attribute names `getattr`/`hasattr` read as constants: a method of
    /// that name may be reached as a bound method.
    pub named_reads: HashSet<String>,
    /// The program may reach a class object without naming it (a class
    /// method's `cls`): any class may be called by the runtime.
    pub classes_reached: bool,
    /// The methods that are no special methods yet the runtime may call by
    /// name on objects of this program, by what the program does:
    /// `send`/`throw`/`close` if it has `yield from`; `keys`/`items` if it
    /// unpacks with `**` or calls `dict(...)` or `x.update(...)`; a file's
    /// `write`/`flush` if it passes `file=` or imports a module that
    /// writes to files; `read`/`readline`/... if it imports one that reads.
    pub runtime_called: HashSet<&'static str>,
}

/// Standard modules that call the methods of file objects they are given.
const FILE_MODULES: &[&str] = &["json", "pickle", "csv", "io", "logging", "shutil", "fileinput", "marshal"];

pub struct ClassInfo {
    /// The `class` statement.
    pub span: Span,
    pub parent: Option<ClassId>,
    /// The tracked classes deriving from it directly.
    pub children: Vec<ClassId>,
    pub path: Rc<ClassPath>,
    /// Every name its body binds, with the method a `def` binds it to
    /// (`None` for an assignment, or a name bound twice).
    pub members: HashMap<String, Option<DefId>>,
    /// The direct methods among them (see the module comment).
    pub direct: HashMap<String, DefId>,
}

/// Special methods that take over instance creation or attribute access.
const HOOKS: &[&str] = &[
    "__new__",
    "__getattr__",
    "__getattribute__",
    "__setattr__",
    "__delattr__",
    "__slots__",
    "__dict__",
    "__class__",
    "__get__",
    "__set__",
    "__delete__",
    "__set_name__",
    "__init_subclass__",
    "__class_getitem__",
    "__mro_entries__",
    "__abstractmethods__",
];

impl Classes {
    /// The method a call of `name` on an instance of `class` (or of any
    /// tracked subclass) reaches, when it is one direct method: written in
    /// `class` or inherited, and not redefined below it.
    pub fn resolve(&self, class: ClassId, name: &str) -> Option<DefId> {
        if self.overridden_below(class, name) {
            return None;
        }
        self.lookup(class, name)
    }

    /// The direct method `name` of `class` or of its nearest tracked
    /// ancestor that binds the name.
    pub fn lookup(&self, class: ClassId, name: &str) -> Option<DefId> {
        self.binding(class, name)?.1
    }

    /// The nearest class of `class`'s ancestry (itself first) whose body
    /// binds `name`, and the direct method it binds it to, if it is one.
    pub fn binding(&self, class: ClassId, name: &str) -> Option<(ClassId, Option<DefId>)> {
        let mut c = Some(class);
        while let Some(k) = c {
            let info = &self.list[k];
            if info.members.contains_key(name) {
                return Some((k, info.direct.get(name).copied()));
            }
            c = info.parent;
        }
        None
    }

    /// The tracked class a `class` statement makes, if it is tracked.
    pub fn of_statement(&self, span: Span) -> Option<ClassId> {
        self.list.iter().position(|c| c.span == span)
    }

    /// For a call of `name` on an instance of `class` whose method differs
    /// between subclasses: each tracked class of the subtree (`class`
    /// first) with the direct method its instances reach, when every one
    /// reaches a direct method.
    pub fn dispatch(&self, class: ClassId, name: &str) -> Option<Vec<(ClassId, DefId)>> {
        let mut out = Vec::new();
        let mut todo = vec![class];
        while let Some(k) = todo.pop() {
            out.push((k, self.lookup(k, name)?));
            todo.extend(self.list[k].children.iter().rev());
        }
        Some(out)
    }

    fn overridden_below(&self, class: ClassId, name: &str) -> bool {
        self.list[class]
            .children
            .iter()
            .any(|&k| self.list[k].members.contains_key(name) || self.overridden_below(k, name))
    }
}

/// Finds the program's tracked classes (`modules`: each module's body;
/// `closed`: which modules promise their dynamic attribute writes reach
/// only their own objects, see `SourceModule::closed`); marks their direct
/// methods as not boxed (their function values are wrappers the lowering
/// makes).
pub(super) fn compute(modules: &[&[ast::Stmt]], closed: &[bool], hir: &mut Hir) -> Classes {
    let mut out = Classes::default();
    let in_closed = std::cell::Cell::new(false);
    // `getattr` and `hasattr` used other than as the callee of a call: counted.
    let (mut called, mut named) = (0, 0);
    let mut note = |e: &ast::Expr| match &e.kind {
        ast::ExprKind::Name(n) if n == "getattr" || n == "hasattr" => named += 1,
        ast::ExprKind::Call { func, args, .. } if matches!(&func.kind, ast::ExprKind::Name(n) if n == "getattr" || n == "hasattr") =>
        {
            called += 1;
            match args.get(1).map(|a| &a.kind) {
                Some(ast::ExprKind::Constant(ast::Constant::Str(name))) => {
                    out.named_reads.insert(name.clone());
                }
                // A closed module's computed names come from its callers
                // (`attrgetter` below).
                _ if in_closed.get() => {}
                _ => out.open_world = true,
            }
        }
        ast::ExprKind::Name(n) if matches!(n.as_str(), "setattr" | "delattr") && in_closed.get() => {}
        ast::ExprKind::Name(n) if matches!(n.as_str(), "setattr" | "delattr" | "vars" | "__import__") => {
            out.open_world = true
        }
        // `functools.cached_property` stores into the instances it is read on.
        ast::ExprKind::Name(n) | ast::ExprKind::Attribute { attr: n, .. } if n == "cached_property" => {
            out.open_world = true
        }
        ast::ExprKind::Name(n) if n == "classmethod" => out.classes_reached = true,
        ast::ExprKind::YieldFrom(_) => out.runtime_called.extend(["send", "throw", "close"]),
        ast::ExprKind::Dict { keys, .. } if keys.iter().any(|k| k.is_none()) => {
            out.runtime_called.extend(["keys", "items"])
        }
        ast::ExprKind::Call { func, args, keywords } => {
            // `operator.attrgetter('a.b')` and `methodcaller('m')` read by name.
            if let ast::ExprKind::Name(n) | ast::ExprKind::Attribute { attr: n, .. } = &func.kind {
                let names = match n.as_str() {
                    "attrgetter" => &args[..],
                    "methodcaller" => &args[..args.len().min(1)],
                    _ => &[],
                };
                for a in names {
                    match &a.kind {
                        ast::ExprKind::Constant(ast::Constant::Str(name)) => {
                            out.named_reads.extend(name.split('.').map(str::to_string));
                        }
                        _ => out.open_world = true,
                    }
                }
            }
            if keywords.iter().any(|k| k.name.is_none()) {
                out.runtime_called.extend(["keys", "items"]);
            }
            if keywords.iter().any(|k| k.name.as_deref() == Some("file")) {
                out.runtime_called.extend(["write", "flush"]);
            }
            match &func.kind {
                ast::ExprKind::Name(n) if n == "dict" => out.runtime_called.extend(["keys", "items"]),
                // Mappings built from (or combined with) another mapping.
                ast::ExprKind::Name(n) | ast::ExprKind::Attribute { attr: n, .. }
                    if matches!(n.as_str(), "OrderedDict" | "defaultdict" | "Counter" | "ChainMap" | "UserDict") =>
                {
                    out.runtime_called.extend(["keys", "items"])
                }
                ast::ExprKind::Attribute { attr, .. } if attr == "update" => {
                    out.runtime_called.extend(["keys", "items"])
                }
                _ => {}
            }
        }
        ast::ExprKind::Attribute { attr, .. }
            if matches!(
                attr.as_str(),
                "__setattr__" | "__delattr__" | "__dict__" | "__class__" | "__getattribute__"
            ) && !in_closed.get() =>
        {
            out.open_world = true
        }
        _ => {}
    };
    for (k, module) in modules.iter().enumerate() {
        in_closed.set(closed.get(k).copied().unwrap_or(false));
        every_expr(module, &mut note);
    }
    out.open_world |= named > called;
    let mut bodies: Vec<&[ast::Stmt]> = modules.to_vec();
    bodies.extend(hir.defs.iter().filter_map(|d| d.ast.map(|a| &a.body[..])));
    for body in &bodies {
        visit_stmts(body, &mut |s| {
            let modules: Vec<&str> = match &s.kind {
                ast::StmtKind::Import(names) => names.iter().map(|(m, _)| m.as_str()).collect(),
                ast::StmtKind::ImportFrom { module, .. } => vec![module.as_str()],
                _ => Vec::new(),
            };
            if modules.iter().any(|m| FILE_MODULES.contains(&m.split('.').next().unwrap_or(m))) {
                out.runtime_called.extend(["write", "flush", "read", "readline", "readlines", "close", "fileno"]);
            }
            // `sys.stdout = obj`: print writes to it.
            if let ast::StmtKind::Assign { targets, .. } = &s.kind {
                if targets.iter().any(|t| matches!(&t.kind, ast::ExprKind::Attribute { attr, .. } if attr == "stdout" || attr == "stderr")) {
                    out.runtime_called.extend(["write", "flush"]);
                }
            }
        });
    }
    for (k, module) in modules.iter().enumerate() {
        tracked_in_module(k, module, hir, &mut out);
    }
    // A class deriving from a tracked one that is not tracked itself (one
    // in a function, one with several bases): calling it runs the tracked
    // class's `__init__` from the runtime.
    for body in bodies {
        visit_stmts(body, &mut |s| {
            if let ast::StmtKind::ClassDef(c) = &s.kind {
                let tracked = out.list.iter().any(|k| k.span == c.span);
                let derives = c.bases.iter().any(|b| match &b.kind {
                    ast::ExprKind::Name(n) => out.by_name.keys().any(|(_, m)| m == n),
                    // (`m.Base` of a class another module tracks.)
                    ast::ExprKind::Attribute { attr, .. } => out.by_name.keys().any(|(_, m)| m == attr),
                    _ => false,
                });
                out.classes_reached |= derives && !tracked;
            }
        });
    }
    out
}

/// Finds the tracked classes of module `k`.
fn tracked_in_module(k: ModId, module: &[ast::Stmt], hir: &mut Hir, out: &mut Classes) {
    let mut bound: HashMap<String, usize> = HashMap::new();
    scope::bindings(module, &mut |n| *bound.entry(n.to_string()).or_default() += 1);
    for s in module {
        let ast::StmtKind::ClassDef(c) = &s.kind else { continue };
        let rebound = bound.get(&c.name) != Some(&1)
            || hir.defs.iter().any(|d| d.module == k && d.scope.declared_global.contains(&c.name))
            || hir.modules[k].shadowed.contains(&c.name);
        if rebound || !c.decorators.is_empty() || !c.keywords.is_empty() {
            continue;
        }
        let parent = match &c.bases[..] {
            [] => None,
            [ast::Expr { kind: ast::ExprKind::Name(b), .. }] if b == "object" => None,
            [ast::Expr { kind: ast::ExprKind::Name(b), .. }] => match out.by_name.get(&(k, b.clone())) {
                Some(&p) => Some(p),
                None => continue,
            },
            _ => continue,
        };
        let Some(members) = members(c) else { continue };
        if HOOKS.iter().any(|h| members.contains_key(*h)) {
            continue;
        }
        let id = out.list.len();
        let mut direct = HashMap::new();
        for (name, def) in &members {
            let Some(def) = *def else { continue };
            let special = name.starts_with("__") && name.ends_with("__") && name != "__init__";
            if !special && is_direct(&hir.defs[def]) {
                direct.insert(name.clone(), def);
            }
        }
        for &def in direct.values() {
            hir.defs[def].boxed = false;
        }
        let mut chain = parent.map_or(Vec::new(), |p: ClassId| out.list[p].path.chain.clone());
        chain.push((id as u32, c.name.clone()));
        if let Some(p) = parent {
            out.list[p].children.push(id);
        }
        out.list.push(ClassInfo {
            span: c.span,
            parent,
            children: Vec::new(),
            path: Rc::new(ClassPath { chain }),
            members,
            direct,
        });
        out.by_name.insert((k, c.name.clone()), id);
    }
}

/// The names a class body binds, when it holds nothing but methods,
/// plain assignments, a docstring and `pass`.
fn members(c: &ast::ClassDef) -> Option<HashMap<String, Option<DefId>>> {
    let mut out: HashMap<String, Option<DefId>> = HashMap::new();
    let mut bind = |name: &str, def: Option<DefId>| {
        let twice = out.contains_key(name);
        out.insert(name.to_string(), if twice { None } else { def });
    };
    for (k, st) in c.body.iter().enumerate() {
        match &st.kind {
            ast::StmtKind::FunctionDef(d) => {
                let def = d.decorators.is_empty().then(|| Hir::def_of(d));
                bind(&d.name, def);
            }
            ast::StmtKind::Assign { targets, .. } => match &targets[..] {
                [ast::Expr { kind: ast::ExprKind::Name(n), .. }] => bind(n, None),
                _ => return None,
            },
            ast::StmtKind::AnnAssign { target: ast::Expr { kind: ast::ExprKind::Name(n), .. }, value, .. } => {
                if value.is_some() {
                    bind(n, None);
                }
            }
            ast::StmtKind::Pass => {}
            ast::StmtKind::Expr(ast::Expr { kind: ast::ExprKind::Constant(ast::Constant::Str(_)), .. }) if k == 0 => {}
            _ => return None,
        }
    }
    Some(out)
}

/// Whether a method can have a typed body called directly.
fn is_direct(def: &super::Def) -> bool {
    let Some(d) = def.ast else { return false };
    let plain_params = d.params.iter().all(|p| matches!(p.kind, ast::ParamKind::Normal | ast::ParamKind::KeywordOnly));
    // A `self` the body never rebinds, as the static layouts need too.
    plain_params && super::layout::self_param(d).is_some() && !def.generator && def.captured.is_empty()
}

#[cfg(test)]
mod tests {
    fn classes(src: &str) -> super::Classes {
        let program = crate::syntax::source::single(src);
        let hir = crate::hir::build(&program).unwrap_or_else(|d| panic!("the test program resolves: {d:?}"));
        hir.classes
    }

    fn names(c: &super::Classes) -> Vec<&str> {
        c.list.iter().map(|k| k.path.name()).collect()
    }

    #[test]
    fn tracks_plain_classes_and_their_tracked_subclasses() {
        let src = "class A:\n    def m(self):\n        return 1\nclass B(A):\n    x = 1\n    def m(self):\n        return 2\n\
                   class H:\n    def __getattr__(self, n):\n        return n\nclass S(A, H):\n    pass\n\
                   @dec\nclass D:\n    pass\nclass R:\n    pass\nR = 1\n";
        let c = classes(src);
        // H has an attribute hook, S two bases, D a decorator, R a second binding.
        assert_eq!(names(&c), ["A", "B"]);
        assert_eq!(c.list[1].parent, Some(0));
        assert_eq!(c.list[0].children, [1]);
        assert_eq!(c.list[1].path.chain.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [0, 1]);
    }

    #[test]
    fn resolves_methods_through_the_hierarchy() {
        let src = "class A:\n    def m(self):\n        return 1\n    def n(self):\n        return 2\n\
                   class B(A):\n    def m(self):\n        return 3\n    @property\n    def p(self):\n        return 4\n";
        let c = classes(src);
        // `n` is A's whatever the subclass; `m` differs between A and B.
        assert!(c.resolve(0, "n").is_some() && c.resolve(1, "n") == c.resolve(0, "n"));
        assert!(c.resolve(0, "m").is_none() && c.resolve(1, "m").is_some());
        assert_eq!(c.dispatch(0, "m").map(|d| d.len()), Some(2));
        // A decorated method is bound but not direct.
        assert!(c.binding(1, "p").is_some_and(|(_, d)| d.is_none()));
        assert!(c.lookup(1, "missing").is_none());
    }

    #[test]
    fn notes_what_the_program_does_by_name() {
        assert!(classes("x = getattr(o, name)\n").open_world);
        assert!(!classes("x = getattr(o, 'a')\n").open_world);
        assert!(classes("f = getattr\n").open_world);
        // A module that declares itself closed keeps its writes to itself.
        assert!(!classes("__pyaot_closed__ = True\nsetattr(o, 'a', 1)\nd = o.__dict__\n").open_world);
        assert!(!classes("__pyaot_closed__ = True\nx = getattr(o, name)\n").open_world);
        assert!(!classes("g = attrgetter('a.b', 'c')\n").open_world);
        assert!(classes("g = operator.attrgetter(name)\n").open_world);
        assert!(classes("g = methodcaller(*names)\n").open_world);
        assert!(classes("setattr(o, 'a', 1)\n").open_world);
        assert!(classes("class C:\n    pass\ndef f():\n    class D(C):\n        pass\n").classes_reached);
        let p = classes("def g(it):\n    yield from it\nprint(1, file=f)\n");
        assert!(p.runtime_called.contains("send") && p.runtime_called.contains("write"));
        assert!(!p.runtime_called.contains("keys"));
    }
}
