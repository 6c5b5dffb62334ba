//! Facts about the module's names: which globals are named like builtins
//! and read before they are bound, which names only ever hold one standard
//! module, and which module functions are used as values.

use std::collections::{HashMap, HashSet};

use super::scope;
use crate::syntax::ast;
use crate::syntax::visit::{every_expr, stmt_exprs, visit_expr, visit_stmts};

/// Module globals named like builtins that code in a function (or lambda,
/// or class body) reads, or that the module body reads before the
/// statement that first binds them: such a read finds the builtin while
/// the global is unbound, so the global starts out holding it. Other names
/// keep their own types (their reads come after their assignments).
pub(super) fn shadowed_builtins(body: &[ast::Stmt]) -> Vec<String> {
    let mut bound = Vec::new();
    scope::bindings(body, &mut |n| {
        if is_builtin_name(n) && !bound.iter().any(|b: &String| b == n) {
            bound.push(n.to_string());
        }
    });
    if bound.is_empty() {
        return bound;
    }
    let mut read = HashSet::new();
    let mut note = |e: &ast::Expr| {
        if let ast::ExprKind::Name(n) = &e.kind {
            read.insert(n.clone());
        }
    };
    visit_stmts(body, &mut |s| match &s.kind {
        ast::StmtKind::FunctionDef(d) => every_expr(&d.body, &mut note),
        ast::StmtKind::ClassDef(c) => every_expr(&c.body, &mut note),
        _ => stmt_exprs(s, &mut |e| {
            visit_expr(e, &mut |x| {
                if let ast::ExprKind::Lambda(d) = &x.kind {
                    every_expr(&d.body, &mut note);
                }
            })
        }),
    });
    // Module-level reads before the first binding statement of the name.
    let mut seen_binding = HashSet::new();
    for s in body {
        if !matches!(s.kind, ast::StmtKind::FunctionDef(_) | ast::StmtKind::ClassDef(_)) {
            visit_stmts(std::slice::from_ref(s), &mut |t| {
                stmt_exprs(t, &mut |e| {
                    visit_expr(e, &mut |x| {
                        if let ast::ExprKind::Name(n) = &x.kind {
                            if !seen_binding.contains(n) {
                                read.insert(n.clone());
                            }
                        }
                    })
                })
            });
        }
        scope::bindings(std::slice::from_ref(s), &mut |n| {
            seen_binding.insert(n.to_string());
        });
    }
    bound.retain(|n| read.contains(n));
    bound
}

/// Names that only ever hold one standard-library module: every binding
/// of the name anywhere in the program is an `import` of that module. An
/// attribute of such a name that the module lacks is refused at compile
/// time (`math.nosuch`), rather than failing when it runs.
pub(super) fn module_names(body: &[ast::Stmt]) -> HashMap<String, &'static pyaot_registry::modules::Module> {
    let mut bound: HashMap<String, usize> = HashMap::new();
    let mut imported: HashMap<String, Vec<&'static str>> = HashMap::new();
    fn walk(body: &[ast::Stmt], bound: &mut HashMap<String, usize>, imported: &mut HashMap<String, Vec<&'static str>>) {
        scope::bindings(body, &mut |n| *bound.entry(n.to_string()).or_default() += 1);
        visit_stmts(body, &mut |s| match &s.kind {
            ast::StmtKind::Import(names) => {
                for (module, asname) in names {
                    let name = asname.as_deref().unwrap_or_else(|| module.split('.').next().unwrap_or(module));
                    let target = if asname.is_some() { module.as_str() } else { name };
                    let m = pyaot_registry::modules::find(target).map_or("?", |m| m.name);
                    imported.entry(name.to_string()).or_default().push(m);
                }
            }
            ast::StmtKind::FunctionDef(d) => {
                for p in &d.params {
                    *bound.entry(p.name.clone()).or_default() += 1;
                }
                walk(&d.body, bound, imported);
            }
            // (visit_stmts goes on into the class body's statements.)
            ast::StmtKind::ClassDef(c) => {
                scope::bindings(&c.body, &mut |n| *bound.entry(n.to_string()).or_default() += 1)
            }
            _ => {}
        });
    }
    walk(body, &mut bound, &mut imported);
    let mut lambda_params = HashSet::new();
    every_expr(body, &mut |e| {
        if let ast::ExprKind::Lambda(d) = &e.kind {
            lambda_params.extend(d.params.iter().map(|p| p.name.clone()));
        }
    });
    imported
        .into_iter()
        .filter(|(n, ms)| {
            ms.iter().all(|m| *m == ms[0]) && bound.get(n) == Some(&ms.len()) && !lambda_params.contains(n)
        })
        .filter_map(|(n, ms)| Some((n, pyaot_registry::modules::find(ms[0])?)))
        .collect()
}

/// Names used other than as the callee of a call (anywhere, nested
/// functions included): module functions with such a name are values.
pub(super) fn escaping_names(body: &[ast::Stmt]) -> HashSet<String> {
    let mut uses: HashMap<String, usize> = HashMap::new();
    let mut calls: HashMap<String, usize> = HashMap::new();
    every_expr(body, &mut |e| match &e.kind {
        ast::ExprKind::Name(n) => *uses.entry(n.clone()).or_default() += 1,
        // A call with unpacking binds at run time: its callee is a value.
        ast::ExprKind::Call { func, args, keywords } => {
            let unpacks = args.iter().any(|a| matches!(a.kind, ast::ExprKind::Starred(_)))
                || keywords.iter().any(|k| k.name.is_none());
            if let (ast::ExprKind::Name(n), false) = (&func.kind, unpacks) {
                *calls.entry(n.clone()).or_default() += 1;
            }
        }
        _ => {}
    });
    uses.into_iter().filter(|(n, k)| calls.get(n).copied().unwrap_or(0) < *k).map(|(n, _)| n).collect()
}

/// Attribute names read other than as the callee of a call, in any
/// module (`m.f` passed around): a module-level function so named in an
/// imported module is a value.
pub(super) fn attribute_values(bodies: &[&[ast::Stmt]]) -> HashSet<String> {
    let mut uses: HashMap<String, usize> = HashMap::new();
    let mut calls: HashMap<String, usize> = HashMap::new();
    for body in bodies {
        every_expr(body, &mut |e| match &e.kind {
            ast::ExprKind::Attribute { attr, .. } => *uses.entry(attr.clone()).or_default() += 1,
            ast::ExprKind::Call { func, args, keywords } => {
                let unpacks = args.iter().any(|a| matches!(a.kind, ast::ExprKind::Starred(_)))
                    || keywords.iter().any(|k| k.name.is_none());
                if let (ast::ExprKind::Attribute { attr, .. }, false) = (&func.kind, unpacks) {
                    *calls.entry(attr.clone()).or_default() += 1;
                }
            }
            _ => {}
        });
    }
    uses.into_iter().filter(|(n, k)| calls.get(n).copied().unwrap_or(0) < *k).map(|(n, _)| n).collect()
}

/// Whether code reaches modules by name: `sys.modules` (any `.modules`
/// attribute), `importlib`, `__import__`, and the module members that do
/// (`registry::modules::READ_MODULES_BY_NAME`).
pub fn reaches_modules_by_name(body: &[ast::Stmt]) -> bool {
    let by_name = pyaot_registry::modules::READ_MODULES_BY_NAME;
    let mut named = HashSet::new();
    every_expr(body, &mut |e| {
        if let ast::ExprKind::Name(n) = &e.kind {
            named.insert(n.clone());
        }
    });
    let implies = |module: &str, member: &str| {
        !pyaot_registry::modules::implied_by(module, member, &|n: &str| named.contains(n)).is_empty()
    };
    let mut found = false;
    every_expr(body, &mut |e| match &e.kind {
        ast::ExprKind::Attribute { value, attr } => {
            found |= attr == "modules"
                || attr == "import_module"
                || by_name.contains(&attr.as_str())
                || matches!(&value.kind, ast::ExprKind::Name(m) if implies(m, attr))
        }
        ast::ExprKind::Name(n) => found |= n == "__import__" || n == "import_module" || by_name.contains(&n.as_str()),
        _ => {}
    });
    crate::syntax::visit::every_stmt(body, &mut |s| match &s.kind {
        ast::StmtKind::Import(names) => found |= names.iter().any(|(m, _)| m.split('.').next() == Some("importlib")),
        ast::StmtKind::ImportFrom { module, names, .. } => {
            found |= module.split('.').next() == Some("importlib")
                || names.iter().any(|(n, _)| by_name.contains(&n.as_str()) || implies(module, n))
        }
        _ => {}
    });
    found
}

/// Whether a class defines a comparison method (`__eq__`, `__lt__`, ...)
/// with a `return` of something other than a plain truth value: then
/// `a == b` on instances is the object the method returned.
pub fn rich_results(body: &[ast::Stmt]) -> bool {
    fn boolish(e: &ast::Expr) -> bool {
        match &e.kind {
            ast::ExprKind::Compare { .. } => true,
            ast::ExprKind::Constant(ast::Constant::Bool(_)) => true,
            ast::ExprKind::Name(n) => n == "NotImplemented",
            ast::ExprKind::UnaryOp { op: ast::UnaryOp::Not, .. } => true,
            ast::ExprKind::BoolOp { values, .. } => values.iter().all(boolish),
            ast::ExprKind::Call { func, .. } => matches!(&func.kind,
                ast::ExprKind::Name(n) if matches!(n.as_str(), "isinstance" | "issubclass" | "all" | "any" | "bool" | "hasattr" | "callable")),
            _ => false,
        }
    }
    let mut found = false;
    crate::syntax::visit::every_stmt(body, &mut |s| {
        let ast::StmtKind::ClassDef(c) = &s.kind else { return };
        for m in &c.body {
            let ast::StmtKind::FunctionDef(d) = &m.kind else { continue };
            if !matches!(d.name.as_str(), "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__") {
                continue;
            }
            crate::syntax::visit::every_stmt(&d.body, &mut |st| {
                if let ast::StmtKind::Return(Some(v)) = &st.kind {
                    found |= !boolish(v);
                }
            });
        }
    });
    found
}

/// Whether code asks which exception is being handled (`sys.exc_info`,
/// which `traceback.format_exc` reads): `except` bodies then record it.
pub fn reads_handled(body: &[ast::Stmt]) -> bool {
    let mut found = false;
    every_expr(body, &mut |e| match &e.kind {
        ast::ExprKind::Attribute { attr: n, .. } | ast::ExprKind::Name(n) => found |= n == "exc_info",
        _ => {}
    });
    found
}

/// Whether code reads its module's namespace by name (`globals`, `vars`,
/// `dir`) or imports `__main__`: the module's functions may be reached
/// through its object.
pub(super) fn reads_namespace(body: &[ast::Stmt]) -> bool {
    let mut found = false;
    every_expr(body, &mut |e| {
        found |= matches!(&e.kind, ast::ExprKind::Name(n) if matches!(n.as_str(), "globals" | "vars" | "dir"))
    });
    crate::syntax::visit::every_stmt(body, &mut |s| {
        if let ast::StmtKind::Import(names) = &s.kind {
            found |= names.iter().any(|(m, _)| m == "__main__");
        }
    });
    found
}

/// A name the builtins module binds to something pyaot implements.
fn is_builtin_name(name: &str) -> bool {
    pyaot_registry::names::is_callable_builtin(name) || pyaot_registry::classes::builtins_class(name).is_some()
}
