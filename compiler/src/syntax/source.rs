//! The program's source files, numbered into one space of line numbers.
//!
//! A program is its main file and the modules it imports. Each file's lines
//! are numbered after the previous file's (`first_line`), so a `Span`'s
//! line says both which file and which line: spans of different modules
//! never collide (inference keys list sites and classes by span), and a
//! traceback entry or diagnostic needs no file number of its own. The
//! runtime gets the same table (`rt/src/object/program.rs`) and maps a line
//! back to its file the same way.

use super::ast;

/// One module of the program: its source and where its lines start.
pub struct SourceModule {
    /// The module's name: `__main__` for the entry, `pkg.mod` otherwise.
    pub name: String,
    /// The path shown in tracebacks and diagnostics (as CPython shows it).
    pub path: String,
    pub text: String,
    /// Lines before this file's first, in the program's line numbering.
    pub first_line: u32,
    /// A package's `__init__.py` (its submodules are found beside it).
    pub is_package: bool,
    pub ast: ast::Module,
}

impl SourceModule {
    /// The package relative imports start from (`__package__`): the
    /// module's own name for a package, its parent's otherwise.
    pub fn package(&self) -> &str {
        if self.is_package {
            &self.name
        } else {
            self.name.rsplit_once('.').map_or("", |(p, _)| p)
        }
    }

    /// Whether the module lists `name` in its `__pyaot_refused__`: a
    /// standard module written in Python names there what CPython's has
    /// and it lacks, so that a program using one is refused at build time.
    pub fn refuses(&self, name: &str) -> bool {
        self.marker_lists("__pyaot_refused__", name)
    }

    /// Whether the module is one of the standard modules written in Python
    /// (`stdlib/`, embedded in the compiler).
    pub fn is_stdlib(&self) -> bool {
        self.path.starts_with("<pyaot>/stdlib")
    }

    /// Whether the module lists its function `name` in `__pyaot_callsite__`:
    /// a standard module written in Python whose function needs to know
    /// where it is called from (`warnings.warn`), which pyaot's frames do
    /// not record. A direct call of one passes `_pyaot_callsite=(line,
    /// module)`: the program-wide line of the call and the calling
    /// module's name.
    pub fn wants_callsite(&self, name: &str) -> bool {
        self.marker_lists("__pyaot_callsite__", name)
    }

    /// Whether the module-level list `marker` holds the string `name`.
    fn marker_lists(&self, marker: &str, name: &str) -> bool {
        self.ast.body.iter().any(|st| match &st.kind {
            ast::StmtKind::Assign { targets, value } => {
                matches!(&targets[..], [ast::Expr { kind: ast::ExprKind::Name(n), .. }] if n == marker)
                    && matches!(&value.kind, ast::ExprKind::List(items) if items.iter().any(|i| {
                        matches!(&i.kind, ast::ExprKind::Constant(ast::Constant::Str(s)) if s == name)
                    }))
            }
            _ => false,
        })
    }

    /// Whether the module sets `__pyaot_closed__ = True`: a standard module
    /// written in Python that promises its `setattr`, `__setattr__` and
    /// `__dict__` reach only objects it makes itself (never an instance of
    /// the program's tracked classes), so they leave the program's closed
    /// world of attribute types alone (`hir::classes`).
    pub fn closed(&self) -> bool {
        self.ast.body.iter().any(|st| match &st.kind {
            ast::StmtKind::Assign { targets, value } => {
                matches!(&targets[..], [ast::Expr { kind: ast::ExprKind::Name(n), .. }] if n == "__pyaot_closed__")
                    && matches!(value.kind, ast::ExprKind::Constant(ast::Constant::Bool(true)))
            }
            _ => false,
        })
    }

    /// The number of lines of the file (the next file starts after them).
    pub fn line_count(&self) -> u32 {
        self.text.lines().count() as u32 + 1
    }
}

/// A program of one file, `t.py` (for unit tests).
#[cfg(test)]
pub fn single(text: &str) -> Vec<SourceModule> {
    let ast = super::parse(text, "t.py", 0).expect("the test program parses");
    let m = SourceModule {
        name: "__main__".into(),
        path: "t.py".into(),
        text: text.into(),
        first_line: 0,
        is_package: false,
        ast,
    };
    vec![m]
}

/// Where a program-wide line number is: the file and its line there.
pub fn locate(files: &[(&str, &str, u32)], line: u32) -> (usize, u32) {
    let k = files.partition_point(|&(_, _, first)| first < line).saturating_sub(1);
    (k, line - files.get(k).map_or(0, |f| f.2))
}

/// The absolute name of the module `from <level dots><module> import ...`
/// names, in a module whose package is `package`; or CPython's ImportError
/// message when the dots climb out of it.
pub fn absolute_name(package: &str, level: u32, module: &str) -> Result<String, &'static str> {
    if level == 0 {
        return Ok(module.to_string());
    }
    if package.is_empty() {
        return Err("attempted relative import with no known parent package");
    }
    let parts: Vec<&str> = package.split('.').collect();
    let up = level as usize - 1;
    if up >= parts.len() {
        return Err("attempted relative import beyond top-level package");
    }
    let base = parts[..parts.len() - up].join(".");
    Ok(if module.is_empty() { base } else { format!("{base}.{module}") })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_names_climb_packages() {
        assert_eq!(absolute_name("", 0, "os.path"), Ok("os.path".to_string()));
        assert_eq!(absolute_name("a.b", 1, ""), Ok("a.b".to_string()));
        assert_eq!(absolute_name("a.b", 1, "c"), Ok("a.b.c".to_string()));
        assert_eq!(absolute_name("a.b", 2, "c"), Ok("a.c".to_string()));
        assert!(absolute_name("a.b", 3, "c").is_err());
        assert!(absolute_name("", 1, "c").is_err());
    }

    #[test]
    fn lines_map_back_to_their_file() {
        let files = [("main.py", "", 0), ("m.py", "", 10), ("n.py", "", 25)];
        assert_eq!(locate(&files, 3), (0, 3));
        assert_eq!(locate(&files, 11), (1, 1));
        assert_eq!(locate(&files, 26), (2, 1));
    }
}
