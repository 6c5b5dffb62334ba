//! The runtime library, built once per pyaot version and runtime source
//! and cached, so building a program is a single `rustc` invocation.
//!
//! The runtime's sources are embedded in the pyaot binary (see `build.rs`);
//! on first use they are written to the cache directory and built there
//! with `cargo build --release`. Concurrent pyaot processes serialize on
//! cargo's own build-directory lock.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::Failure;

include!(concat!(env!("OUT_DIR"), "/runtime_files.rs"));

pub struct Runtime {
    /// For the Rust backend: `--extern pyaot_rt=...`.
    pub rlib: PathBuf,
    pub deps: PathBuf,
    /// For the Cranelift backend: linked with the program's object file
    /// where the stub cannot be used.
    pub staticlib: PathBuf,
    /// For the Cranelift backend: the runtime as an executable that loads
    /// an object appended to it (`rt/src/abi/loader.rs`).
    pub stub: PathBuf,
}

/// FNV-1a, for cache keys.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf29ce484222325)
    }
}

impl Fnv {
    pub fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= *b as u64;
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
    }
    pub fn finish(&self) -> u64 {
        self.0
    }
}

pub fn cache_root() -> PathBuf {
    if let Some(d) = std::env::var_os("PYAOT_CACHE") {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(d).join("pyaot");
    }
    match std::env::var_os("HOME") {
        Some(h) => PathBuf::from(h).join(".cache").join("pyaot"),
        None => std::env::temp_dir().join("pyaot-cache"),
    }
}

/// Identifies this runtime build: pyaot's version and the runtime's sources.
/// The cached runtime's build profile (part of its key). `panic = "abort"`:
/// the runtime's panic hook ends the program, so nothing unwinds and no
/// landing pads need building (programs are built so too).
const RELEASE_PROFILE: &str = "\n[workspace]\n\n[profile.release]\ncodegen-units = 4\npanic = \"abort\"\n";

pub fn runtime_key() -> String {
    let mut h = Fnv::default();
    h.write(RELEASE_PROFILE.as_bytes());
    for (name, text) in RUNTIME_FILES {
        h.write(name.as_bytes());
        h.write(text.as_bytes());
    }
    format!("{}-{:016x}", env!("CARGO_PKG_VERSION"), h.finish())
}

pub fn rustc() -> PathBuf {
    std::env::var_os("RUSTC").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("rustc"))
}

/// The C compiler driver that links Cranelift objects (`cc`, or `$CC`).
pub fn linker() -> PathBuf {
    std::env::var_os("CC").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("cc"))
}

fn cargo() -> PathBuf {
    std::env::var_os("CARGO").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("cargo"))
}

/// Builds the runtime if the cache does not have it yet.
pub fn ensure() -> Result<Runtime, Failure> {
    let dir = cache_root().join("runtime").join(runtime_key());
    let release = dir.join("target").join("release");
    let rt = Runtime {
        rlib: release.join("libpyaot_rt.rlib"),
        deps: release.join("deps"),
        staticlib: release.join("libpyaot_rt.a"),
        stub: release.join("pyaot-stub"),
    };
    let complete = |rt: &Runtime| rt.rlib.exists() && rt.staticlib.exists() && rt.stub.exists();
    if dir.join("built").exists() && complete(&rt) {
        return Ok(rt);
    }
    let io = |e: std::io::Error| Failure(format!("error: cannot write the runtime to {}: {e}\n", dir.display()));
    std::fs::create_dir_all(dir.join("src")).map_err(io)?;
    for (name, text) in RUNTIME_FILES {
        let text = match *name {
            "Cargo.toml" => standalone_manifest(text, true),
            "registry/Cargo.toml" => standalone_manifest(text, false),
            _ => text.to_string(),
        };
        write_if_changed(&dir.join(name), &text).map_err(io)?;
    }
    // Said on stderr, with cargo's progress: the first build takes a while.
    eprintln!(
        "pyaot: building its runtime library (once per pyaot version, about 15 s on 2 cores) in {}",
        dir.display()
    );
    let run = |offline: bool| {
        let mut c = Command::new(cargo());
        c.arg("build").arg("--release").current_dir(&dir);
        c.env("CARGO_TARGET_DIR", dir.join("target"));
        if offline {
            c.arg("--offline");
        }
        c.status()
    };
    let ok = match run(true) {
        Ok(s) if s.success() => true,
        _ => {
            eprintln!("pyaot: fetching the runtime's dependencies, then building again");
            matches!(run(false), Ok(s) if s.success())
        }
    };
    if !ok || !complete(&rt) {
        return Err(Failure(format!("error: building the pyaot runtime in {} failed\n", dir.display())));
    }
    std::fs::write(dir.join("built"), b"").map_err(io)?;
    Ok(rt)
}

/// A manifest of the runtime (`root`: the unpacked tree's own workspace)
/// or of the registry inside it, made independent of the pyaot workspace.
pub(super) fn standalone_manifest(text: &str, root: bool) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let line = match line.trim() {
            "version.workspace = true" => format!("version = \"{}\"", env!("CARGO_PKG_VERSION")),
            "edition.workspace = true" => "edition = \"2021\"".to_string(),
            l if l.starts_with("pyaot-registry = ") => "pyaot-registry = { path = \"registry\" }".to_string(),
            _ => line.to_string(),
        };
        out.push_str(&line);
        out.push('\n');
    }
    if root {
        out.push_str(RELEASE_PROFILE);
    }
    out
}

pub(super) fn write_if_changed(path: &Path, text: &str) -> std::io::Result<()> {
    if std::fs::read_to_string(path).is_ok_and(|t| t == text) {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, text)?;
    std::fs::rename(tmp, path)
}
