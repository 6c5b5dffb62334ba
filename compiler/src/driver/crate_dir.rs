//! `pyaot emit-rust prog.py --crate DIR`: the program as a standalone Cargo
//! project a person can take over. `DIR` gets the generated source
//! (`src/main.rs`), a copy of the runtime crate it links (`pyaot-rt/`, with
//! the registry inside it, exactly the sources this pyaot embeds), the
//! lock file that pins the runtime's dependencies, and a README saying how
//! to build. `cargo build --release` in `DIR` makes the same binary
//! `pyaot build` would.
//!
//! Writing into an existing crate directory updates it in place; files
//! whose contents did not change keep their timestamps, so cargo rebuilds
//! only the program, and runtime sources the embedded runtime no longer
//! has are removed.

use std::path::Path;

use super::runtime::{standalone_manifest, write_if_changed, RUNTIME_FILES};
use super::Failure;

/// Writes the crate for the program at `path` into `dir`.
pub fn write(path: &Path, rust: &str, dir: &Path) -> Result<(), Failure> {
    let io = |e: std::io::Error| Failure(format!("error: cannot write the crate in {}: {e}\n", dir.display()));
    let name = package_name(path);
    for (file, text) in RUNTIME_FILES {
        let (dest, text) = match *file {
            "Cargo.lock" => (dir.join("Cargo.lock"), text.to_string()),
            "Cargo.toml" | "registry/Cargo.toml" => (dir.join("pyaot-rt").join(file), standalone_manifest(text, false)),
            _ => (dir.join("pyaot-rt").join(file), text.to_string()),
        };
        write_if_changed(&dest, &text).map_err(io)?;
    }
    remove_stale(&dir.join("pyaot-rt"), &dir.join("pyaot-rt")).map_err(io)?;
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\n# The pyaot runtime (object model, ints, strings, collections, exceptions).\n\
         pyaot-rt = {{ path = \"pyaot-rt\" }}\n\n[workspace]\n\n\
         [profile.release]\nopt-level = 3\ndebug = false\n"
    );
    write_if_changed(&dir.join("Cargo.toml"), &manifest).map_err(io)?;
    write_if_changed(&dir.join("src").join("main.rs"), rust).map_err(io)?;
    let source = path.file_name().map_or_else(|| path.display().to_string(), |f| f.to_string_lossy().to_string());
    let readme = format!(
        "# {name}\n\nThe Python program `{source}`, compiled to Rust by pyaot {version} \
         (`pyaot emit-rust {source} --crate <dir>`).\n\n\
         Build it with `cargo build --release`; the program is then `target/release/{name}`.\n\n\
         `src/main.rs` is the program; `pyaot-rt/` is the runtime library it links, \
         as this version of pyaot ships it.\n",
        version = env!("CARGO_PKG_VERSION"),
    );
    write_if_changed(&dir.join("README.md"), &readme).map_err(io)?;
    Ok(())
}

/// Removes the source files under `pyaot-rt/` that this pyaot's runtime no
/// longer has (a crate directory written by an older version), so the
/// copy is exactly the embedded runtime.
fn remove_stale(root: &Path, dir: &Path) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            remove_stale(root, &path)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            if !RUNTIME_FILES.iter().any(|(name, _)| *name == rel) {
                std::fs::remove_file(&path)?;
            }
        }
    }
    Ok(())
}

/// A Cargo package name from the program's file name: `my prog.py` is
/// `my_prog`; a name that does not start with a letter gets `py_` before it.
fn package_name(path: &Path) -> String {
    let stem = path.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
    let mut name: String =
        stem.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' || c == '-' { c } else { '_' }).collect();
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        name.insert_str(0, "py_");
    }
    name.to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::package_name;
    use std::path::Path;

    #[test]
    fn package_names_are_valid_cargo_names() {
        assert_eq!(package_name(Path::new("dir/prog.py")), "prog");
        assert_eq!(package_name(Path::new("My Prog.py")), "my_prog");
        assert_eq!(package_name(Path::new("01_intro.py")), "py_01_intro");
    }
}
