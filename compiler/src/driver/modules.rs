//! Finding the program's modules: the entry file and every module of the
//! program's own that it imports, transitively, parsed and numbered into
//! one space of line numbers (`syntax/source.rs`).
//!
//! A module is searched where CPython's path-based finder would find it:
//! the entry file's directory, then each `PYTHONPATH` entry at build time
//! (a package directory before a module file, `pkg/__init__.py` for a
//! package, a directory without one as a namespace package). Modules
//! CPython has built in or loaded before the program runs (`sys`, `time`,
//! `os`, ...) are never searched for: a file of that name does not shadow
//! them. Whatever is not found is left to lowering: a standard module the
//! runtime provides, or ModuleNotFoundError when the import runs.
//!
//! Every import statement counts, wherever it is (a function's body, a
//! `try`), and so does `importlib.import_module` with a constant name: a
//! module that may be imported is compiled into the program, and its body
//! runs only when an import of it does. `from m import *` is replaced here
//! by the names `m` exports.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::Failure;
use crate::hir::scope;
use crate::syntax::ast::{self, Star};
use crate::syntax::source::absolute_name;
use crate::syntax::visit::{every_expr, every_stmt};
use crate::syntax::{self, SourceModule};

include!(concat!(env!("OUT_DIR"), "/py_stdlib.rs"));

/// Where the standard modules written in Python appear to be (their
/// `__file__`, tracebacks): they are embedded in pyaot.
const STDLIB_DIR: &str = "<pyaot>/stdlib";

/// Modules CPython finds before searching the path (built in, frozen, or
/// loaded at start-up): a program file of the same name never shadows them.
const NOT_SHADOWED: &[&str] = &[
    "sys",
    "builtins",
    "time",
    "itertools",
    "gc",
    "atexit",
    "errno",
    "marshal",
    "posix",
    "pwd",
    "faulthandler",
    "os",
    "io",
    "abc",
    "codecs",
    "stat",
    "site",
    "encodings",
    "posixpath",
    "genericpath",
    "_collections_abc",
];

/// The program: the entry module (`__main__`) first, then each module it
/// imports in the order they were found.
pub fn load(main: &Path, includes: &super::Includes) -> Result<Vec<SourceModule>, Failure> {
    // Paths are absolute, as CPython's `__file__` and tracebacks show them.
    let main = std::path::absolute(main).unwrap_or_else(|_| main.to_path_buf());
    let main = main.as_path();
    let dir = main.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut roots = vec![dir];
    if let Some(pp) = std::env::var_os("PYTHONPATH") {
        let entries = std::env::split_paths(&pp).filter(|p| !p.as_os_str().is_empty());
        roots.extend(entries.map(|p| std::path::absolute(&p).unwrap_or(p)));
    }
    let mut loader = Loader { roots, modules: Vec::new(), index: HashMap::new(), next_line: 0 };
    loader.parse("__main__".to_string(), main, false)?;
    for name in &includes.modules {
        loader.include(name, false)?;
    }
    for name in &includes.packages {
        loader.include(name, true)?;
    }
    let mut k = 0;
    let mut by_name = false;
    while k < loader.modules.len() {
        for name in requests(&loader.modules[k]) {
            loader.find(&name)?;
        }
        by_name |= crate::hir::reaches_modules_by_name(&loader.modules[k].ast.body);
        k += 1;
        // A program that imports by computed names may import any module
        // of its packages: all are compiled in.
        if k == loader.modules.len() && by_name {
            for name in loader.package_contents() {
                loader.find(&name)?;
            }
        }
    }
    let mut modules = loader.modules;
    expand_stars(&mut modules);
    Ok(modules)
}

struct Loader {
    roots: Vec<PathBuf>,
    modules: Vec<SourceModule>,
    /// Every name searched for: the module's number, or `None` when no
    /// file of the program is that module.
    index: HashMap<String, Option<usize>>,
    next_line: u32,
}

impl Loader {
    fn parse(&mut self, name: String, path: &Path, is_package: bool) -> Result<usize, Failure> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Failure(format!("error: cannot read {}: {e}\n", path.display())))?;
        self.parse_text(name, path.to_string_lossy().to_string(), text, is_package)
    }

    fn parse_text(&mut self, name: String, shown: String, text: String, is_package: bool) -> Result<usize, Failure> {
        let first_line = self.next_line;
        let ast = syntax::parse(&text, &shown, first_line).map_err(|ds| {
            Failure(ds.iter().map(|d| d.render(&shown, &text, first_line)).collect::<Vec<_>>().join("\n"))
        })?;
        let m = SourceModule { name: name.clone(), path: shown, text, first_line, is_package, ast };
        self.next_line += m.line_count();
        self.modules.push(m);
        let k = self.modules.len() - 1;
        self.index.insert(name, Some(k));
        Ok(k)
    }

    /// Finds, parses and numbers the module `name` (and the packages it
    /// is in) if it is a file of the program.
    fn find(&mut self, name: &str) -> Result<Option<usize>, Failure> {
        if let Some(&k) = self.index.get(name) {
            return Ok(k);
        }
        self.index.insert(name.to_string(), None);
        if let Some(k) = self.find_file(name)? {
            return Ok(Some(k));
        }
        // A standard module written in Python (`stdlib/`, embedded).
        match PY_STDLIB.iter().find(|(n, _, _)| *n == name) {
            Some(&(_, package, text)) => {
                let file =
                    if package { format!("{name}/__init__.py") } else { format!("{}.py", name.replace('.', "/")) };
                let path = format!("{STDLIB_DIR}/{file}");
                self.parse_text(name.to_string(), path, text.to_string(), package).map(Some)
            }
            None => Ok(None),
        }
    }

    /// Finds the module `name` among the program's files.
    fn find_file(&mut self, name: &str) -> Result<Option<usize>, Failure> {
        let dirs = match name.rsplit_once('.') {
            None if NOT_SHADOWED.contains(&name) => return Ok(None),
            None => self.roots.clone(),
            Some((parent, _)) => {
                let Some(p) = self.find(parent)? else { return Ok(None) };
                if !self.modules[p].is_package || self.modules[p].path.starts_with(STDLIB_DIR) {
                    return Ok(None);
                }
                vec![Path::new(&self.modules[p].path).parent().map(Path::to_path_buf).unwrap_or_default()]
            }
        };
        let last = name.rsplit('.').next().unwrap_or(name);
        for dir in dirs {
            let pkg = dir.join(last);
            let init = pkg.join("__init__.py");
            if init.is_file() {
                return self.parse(name.to_string(), &init, true).map(Some);
            }
            let file = dir.join(format!("{last}.py"));
            if file.is_file() {
                return self.parse(name.to_string(), &file, false).map(Some);
            }
            if pkg.is_dir() && is_identifier(last) {
                // A namespace package: no code of its own.
                let shown = init.to_string_lossy().to_string();
                let m = SourceModule {
                    name: name.to_string(),
                    path: shown,
                    text: String::new(),
                    first_line: self.next_line,
                    is_package: true,
                    ast: ast::Module { body: Vec::new() },
                };
                self.next_line += m.line_count();
                self.modules.push(m);
                self.index.insert(name.to_string(), Some(self.modules.len() - 1));
                return Ok(Some(self.modules.len() - 1));
            }
        }
        Ok(None)
    }
}

impl Loader {
    /// `--include-module NAME` (`package` false) or `--include-package NAME`:
    /// the module, or the package and everything under it.
    fn include(&mut self, name: &str, package: bool) -> Result<(), Failure> {
        let flag = if package { "--include-package" } else { "--include-module" };
        let Some(k) = self.find(name)? else {
            return Err(Failure(format!(
                "error: {flag} {name}: no module named '{name}' beside the program or on PYTHONPATH\n"
            )));
        };
        if !package {
            return Ok(());
        }
        if !self.modules[k].is_package {
            return Err(Failure(format!("error: {flag} {name}: '{name}' is a module, not a package\n")));
        }
        let mut pending = vec![k];
        while let Some(p) = pending.pop() {
            for sub in self.contents_of(p) {
                if let Some(s) = self.find(&sub)? {
                    if self.modules[s].is_package {
                        pending.push(s);
                    }
                }
            }
        }
        Ok(())
    }

    /// The modules and subpackages in the directory of package `p` not
    /// searched for yet.
    fn contents_of(&self, p: usize) -> Vec<String> {
        let m = &self.modules[p];
        let Some(dir) = Path::new(&m.path).parent() else { return Vec::new() };
        let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
        let mut names: Vec<String> = entries
            .flatten()
            .filter_map(|e| {
                let p = e.path();
                let stem = p.file_stem()?.to_str()?.to_string();
                let module = p.extension().is_some_and(|x| x == "py") && stem != "__init__";
                let package = p.join("__init__.py").is_file();
                (is_identifier(&stem) && (module || package)).then(|| format!("{}.{stem}", m.name))
            })
            .filter(|n| !self.index.contains_key(n))
            .collect();
        names.sort();
        names
    }

    /// The names of the packages beside the entry file, and of the modules
    /// and subpackages in the packages found so far.
    fn package_contents(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Ok(entries) = std::fs::read_dir(&self.roots[0]) {
            let mut names: Vec<String> = entries
                .flatten()
                .filter(|e| e.path().join("__init__.py").is_file())
                .filter_map(|e| e.file_name().to_str().map(str::to_string))
                .filter(|n| is_identifier(n) && !self.index.contains_key(n))
                .collect();
            names.sort();
            out.extend(names);
        }
        for (p, _) in self.modules.iter().enumerate().filter(|(_, m)| m.is_package) {
            out.extend(self.contents_of(p));
        }
        out
    }
}

fn is_identifier(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && s.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// The module names a module's imports may load: each dotted name and
/// the packages it is in, and for `from p import x` the submodule `p.x`.
fn requests(m: &SourceModule) -> Vec<String> {
    let mut out = Vec::new();
    let mut named = std::collections::HashSet::new();
    every_expr(&m.ast.body, &mut |e| {
        if let ast::ExprKind::Name(n) = &e.kind {
            named.insert(n.clone());
        }
    });
    // A builtin written in Python brings its module.
    for (builtin, module) in pyaot_registry::names::IN_MODULES {
        if named.contains(*builtin) {
            out.push(module.to_string());
        }
    }
    let implied =
        |module: &str, member: &str| pyaot_registry::modules::implied_by(module, member, &|n: &str| named.contains(n));
    let with_parents = |name: &str, out: &mut Vec<String>| {
        for (i, c) in name.char_indices() {
            if c == '.' {
                out.push(name[..i].to_string());
            }
        }
        out.push(name.to_string());
    };
    every_stmt(&m.ast.body, &mut |s| match &s.kind {
        ast::StmtKind::Import(names) => {
            for (name, _) in names {
                with_parents(name, &mut out);
            }
        }
        ast::StmtKind::ImportFrom { level, module, names, .. } => {
            let Ok(base) = absolute_name(m.package(), *level, module) else { return };
            with_parents(&base, &mut out);
            for (n, _) in names {
                if n != "*" {
                    out.push(format!("{base}.{n}"));
                }
                for i in implied(&base, n) {
                    with_parents(i, &mut out);
                }
            }
        }
        _ => {}
    });
    // `importlib.import_module("name")` and `__import__("name")` with a constant name.
    every_expr(&m.ast.body, &mut |e| {
        if let ast::ExprKind::Attribute { value, attr, .. } = &e.kind {
            if let ast::ExprKind::Name(module) = &value.kind {
                for i in implied(module, attr) {
                    with_parents(i, &mut out);
                }
            }
        }
        let ast::ExprKind::Call { func, args, .. } = &e.kind else { return };
        let called = match &func.kind {
            ast::ExprKind::Attribute { attr, .. } => attr == "import_module",
            ast::ExprKind::Name(n) => n == "__import__" || n == "import_module",
            _ => false,
        };
        if let (true, Some(ast::ExprKind::Constant(ast::Constant::Str(name)))) = (called, args.first().map(|a| &a.kind))
        {
            if !name.starts_with('.') {
                with_parents(name, &mut out);
            }
        }
    });
    out
}

/// Replaces `from m import *` of a program module by the names it
/// exports: those its `__all__` lists (a list or tuple of strings), else
/// every global it binds that does not start with an underscore.
fn expand_stars(modules: &mut [SourceModule]) {
    let index: HashMap<String, usize> = modules.iter().enumerate().map(|(k, m)| (m.name.clone(), k)).collect();
    let exports: Vec<Option<(Vec<String>, Star)>> = modules.iter().map(exported).collect();
    for m in modules.iter_mut() {
        let package = m.package().to_string();
        for s in m.ast.body.iter_mut() {
            expand_in(s, &package, &index, &exports);
        }
    }
}

fn expand_in(
    s: &mut ast::Stmt,
    package: &str,
    index: &HashMap<String, usize>,
    exports: &[Option<(Vec<String>, Star)>],
) {
    match &mut s.kind {
        ast::StmtKind::ImportFrom { level, module, names, star } if names.len() == 1 && names[0].0 == "*" => {
            let Ok(name) = absolute_name(package, *level, module) else { return };
            let from_stdlib = || {
                let m = pyaot_registry::modules::find(&name)?;
                Some(m.members().filter(|n| !n.starts_with('_')).map(str::to_string).collect::<Vec<_>>())
            };
            if let Some(&k) = index.get(&name) {
                // (An `__all__` that is not a literal leaves the `*`, which lowering refuses.)
                if let Some((exported, how)) = &exports[k] {
                    *names = exported.iter().map(|n| (n.clone(), None)).collect();
                    *star = *how;
                }
            } else if let Some(members) = from_stdlib() {
                *names = members.into_iter().map(|n| (n, None)).collect();
                *star = Star::Public;
            }
        }
        // `import *` is only allowed at module level, but may sit in an `if` or `try` there.
        ast::StmtKind::If { body, orelse, .. } => {
            body.iter_mut().chain(orelse.iter_mut()).for_each(|s| expand_in(s, package, index, exports))
        }
        ast::StmtKind::Try { body, handlers, orelse, finalbody } => {
            for s in body.iter_mut().chain(handlers.iter_mut().flat_map(|h| h.body.iter_mut())) {
                expand_in(s, package, index, exports);
            }
            for s in orelse.iter_mut().chain(finalbody.iter_mut()) {
                expand_in(s, package, index, exports);
            }
        }
        _ => {}
    }
}

/// The names `from m import *` binds, and how; `None` when the module
/// binds `__all__` other than once to a list or tuple of strings.
fn exported(m: &SourceModule) -> Option<(Vec<String>, Star)> {
    let mut all_bindings = 0;
    scope::bindings(&m.ast.body, &mut |n| all_bindings += usize::from(n == "__all__"));
    if all_bindings > 0 {
        let literal = m.ast.body.iter().find_map(|s| {
            let ast::StmtKind::Assign { targets, value } = &s.kind else { return None };
            if !matches!(&targets[..], [ast::Expr { kind: ast::ExprKind::Name(n), .. }] if n == "__all__") {
                return None;
            }
            let (ast::ExprKind::List(items) | ast::ExprKind::Tuple(items)) = &value.kind else { return None };
            items
                .iter()
                .map(|e| match &e.kind {
                    ast::ExprKind::Constant(ast::Constant::Str(s)) => Some(s.clone()),
                    _ => None,
                })
                .collect::<Option<Vec<String>>>()
        });
        return literal.filter(|_| all_bindings == 1).map(|names| (names, Star::All));
    }
    let mut names: Vec<String> = Vec::new();
    scope::bindings(&m.ast.body, &mut |n| {
        if !n.starts_with('_') && !names.iter().any(|x| x == n) {
            names.push(n.to_string());
        }
    });
    Some((names, Star::Public))
}

#[cfg(test)]
mod tests {
    /// A standard module is written in Python or in Rust, never both.
    #[test]
    fn python_and_rust_modules_are_distinct() {
        for (name, _, _) in super::PY_STDLIB {
            assert!(pyaot_registry::modules::find(name).is_none(), "{name} is in stdlib/ and in the registry");
        }
    }
}
