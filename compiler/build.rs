//! Embeds the runtime's sources (and the registry crate it shares with the
//! compiler) in the compiler, so an installed `pyaot` can build its runtime
//! library from any directory.

use std::fmt::Write;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, as (path relative to `root`, path), sorted.
fn sources(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            sources(root, &p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            let rel = p.strip_prefix(root).unwrap().to_str().unwrap().replace('\\', "/");
            out.push((rel, p));
        }
    }
    println!("cargo:rerun-if-changed={}", dir.display());
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let rt = root.join("rt");
    let registry = root.join("registry");
    let lock = root.join("Cargo.lock");
    // The runtime crate is the root of the unpacked tree; the registry sits
    // inside it (its manifest's path is rewritten to match, see runtime.rs).
    let mut files =
        vec![("Cargo.toml".to_string(), rt.join("Cargo.toml")), ("build.rs".to_string(), rt.join("build.rs"))];
    sources(&rt, &rt.join("src"), &mut files);
    files.push(("registry/Cargo.toml".to_string(), registry.join("Cargo.toml")));
    let mut reg = Vec::new();
    sources(&registry, &registry.join("src"), &mut reg);
    files.extend(reg.into_iter().map(|(rel, p)| (format!("registry/{rel}"), p)));
    if lock.exists() {
        files.push(("Cargo.lock".to_string(), lock));
    }
    let mut out = String::from("/// The runtime crate's files: (path inside the crate, contents).\npub static RUNTIME_FILES: &[(&str, &str)] = &[\n");
    for (name, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(out, "    ({name:?}, include_str!({:?})),", path.canonicalize().unwrap().display().to_string())
            .unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("runtime_files.rs");
    std::fs::write(dest, out).unwrap();
    stdlib_modules(&root.join("stdlib"));
}

/// The standard modules written in Python (`stdlib/`), embedded as
/// (module name, whether a package, source): the loader finds them after
/// the program's own files (`driver/modules.rs`).
fn stdlib_modules(dir: &Path) {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        println!("cargo:rerun-if-changed={}", d.display());
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "py") {
                files.push(p);
            }
        }
    }
    files.sort();
    let mut out = String::from("/// The standard modules written in Python: (name, package, source).\npub static PY_STDLIB: &[(&str, bool, &str)] = &[\n");
    for p in &files {
        println!("cargo:rerun-if-changed={}", p.display());
        let rel = p.strip_prefix(dir).unwrap().with_extension("");
        let mut parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_str().unwrap().to_string()).collect();
        let package = parts.last().is_some_and(|l| l == "__init__");
        if package {
            parts.pop();
        }
        let name = parts.join(".");
        writeln!(
            out,
            "    ({name:?}, {package}, include_str!({:?})),",
            p.canonicalize().unwrap().display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    std::fs::write(Path::new(&std::env::var("OUT_DIR").unwrap()).join("py_stdlib.rs"), out).unwrap();
}
