//! Embeds the runtime's sources in the compiler, so an installed `pyaot`
//! can build its runtime library from any directory.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let rt = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rt");
    let lock = Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.lock");
    let mut files = vec![("Cargo.toml".to_string(), rt.join("Cargo.toml"))];
    let mut srcs: Vec<_> = std::fs::read_dir(rt.join("src")).unwrap().map(|e| e.unwrap().path()).collect();
    srcs.sort();
    for p in srcs {
        if p.extension().is_some_and(|e| e == "rs") {
            files.push((format!("src/{}", p.file_name().unwrap().to_str().unwrap()), p));
        }
    }
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
    println!("cargo:rerun-if-changed={}", rt.join("src").display());
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("runtime_files.rs");
    std::fs::write(dest, out).unwrap();
}
