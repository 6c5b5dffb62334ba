//! The driver: the only part of pyaot that touches files or spawns
//! processes. It runs the stages (parse, lower, emit), builds and caches the
//! runtime library, and invokes `rustc`.

pub mod bench;
mod crate_dir;
mod modules;
mod runtime;

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{backend, ir, lower, opt, syntax};

/// A failed compile: the rendered diagnostics (exit status 2) or a
/// failure of the toolchain (also exit status 2).
pub struct Failure(pub String);

/// Modules a build adds to those the program imports by name in its text
/// (`--include-module`, `--include-package`): what it may import by a name
/// computed at run time (`importlib.import_module`).
#[derive(Clone, Debug, Default)]
pub struct Includes {
    /// Modules, each with what it imports.
    pub modules: Vec<String>,
    /// Packages, each with every module and subpackage under it.
    pub packages: Vec<String>,
}

/// Source text to IR, with diagnostics rendered in rustc's style.
pub fn frontend(path: &Path) -> Result<ir::Program, Failure> {
    frontend_with(path, &Includes::default())
}

/// [`frontend`] of a program with more modules compiled in.
pub fn frontend_with(path: &Path, includes: &Includes) -> Result<ir::Program, Failure> {
    let program = modules::load(path, includes)?;
    let file = path.to_string_lossy().to_string();
    let render = |ds: Vec<crate::diagnostics::Diagnostic>| {
        let files: Vec<(&str, &str, u32)> =
            program.iter().map(|m| (m.path.as_str(), m.text.as_str(), m.first_line)).collect();
        // Paths as the user wrote them: the entry's as given, the others relative to the working directory.
        let cwd = std::env::current_dir().unwrap_or_default();
        let one = |d: &crate::diagnostics::Diagnostic| {
            let (k, _) = syntax::source::locate(&files, d.span.line);
            let shown = if k == 0 {
                file.clone()
            } else {
                Path::new(files[k].0).strip_prefix(&cwd).map_or(files[k].0.to_string(), |p| p.display().to_string())
            };
            d.render(&shown, files[k].1, files[k].2)
        };
        Failure(ds.iter().map(one).collect::<Vec<_>>().join("\n"))
    };
    let mut prog = lower::lower(&program).map_err(render)?;
    opt::optimize(&mut prog);
    // The IR's invariants, checked on every program: a lowering bug stops
    // here with what broke, not in a backend.
    if let Err(v) = ir::verify::program(&prog) {
        return Err(Failure(format!("error: internal error: the IR of {file} is malformed {v} (a pyaot bug)\n")));
    }
    Ok(prog)
}

/// The typed IR, as text (`ir/print.rs`).
pub fn emit_ir(path: &Path) -> Result<String, Failure> {
    Ok(ir::print::program(&frontend(path)?))
}

pub fn emit_rust(path: &Path) -> Result<String, Failure> {
    Ok(backend::rust::emit(&frontend(path)?))
}

/// The program as a standalone Cargo project in `dir` (`driver/crate_dir.rs`).
pub fn emit_crate(path: &Path, dir: &Path) -> Result<(), Failure> {
    let rust = emit_rust(path)?;
    crate_dir::write(path, &rust, dir)
}

/// The Cranelift IR of every function of the program.
pub fn emit_clif(path: &Path) -> Result<String, Failure> {
    let prog = frontend(path)?;
    let (_, text) = backend::clif::compile(&prog, true).map_err(clif_failure(path))?;
    Ok(text)
}

fn clif_failure(path: &Path) -> impl Fn(backend::clif::Error) -> Failure + '_ {
    move |e| match e {
        backend::clif::Error::TooLarge { name, line } => {
            // (Lines are numbered across the program's files: this one is the entry's or after it.)
            let source = std::fs::read_to_string(path).unwrap_or_default();
            let what =
                if name == "<module>" { "the module body".to_string() } else { format!("the function '{name}'") };
            let msg = format!("{what} is too large for the Cranelift backend to compile (`--backend rust` can)");
            Failure(crate::diagnostics::Diagnostic::error(syntax::ast::Span::at(line, 1), msg).render(
                &path.to_string_lossy(),
                &source,
                0,
            ))
        }
        backend::clif::Error::Bug(e) => {
            Failure(format!("error: the Cranelift backend failed on {} (a pyaot bug): {e}\n", path.display()))
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Backend {
    /// Emit Rust and compile it with rustc: slower builds, the fastest code.
    Rust,
    /// Cranelift straight to machine code: builds in a fraction of a second.
    Cranelift,
}

/// Options of a build.
pub struct BuildOptions {
    pub opt_level: u8,
    pub backend: Backend,
    pub includes: Includes,
}

/// Compiles `path` to a native executable at `out`.
pub fn build(path: &Path, out: &Path, opts: &BuildOptions) -> Result<(), Failure> {
    match opts.backend {
        Backend::Rust => build_rust(path, out, opts),
        Backend::Cranelift => build_clif(path, out, &opts.includes),
    }
}

fn tempdir() -> Result<tempfile::TempDir, Failure> {
    tempfile::tempdir().map_err(|e| Failure(format!("error: cannot create a temporary directory: {e}\n")))
}

/// With `PYAOT_TIMINGS` set, reports how long a build phase took (stderr).
fn phase(name: &str, start: std::time::Instant) {
    if std::env::var_os("PYAOT_TIMINGS").is_some() {
        eprintln!("pyaot: {name}: {:.1} ms", start.elapsed().as_secs_f64() * 1e3);
    }
}

fn build_clif(path: &Path, out: &Path, includes: &Includes) -> Result<(), Failure> {
    let t = std::time::Instant::now();
    let prog = frontend_with(path, includes)?;
    phase("front end", t);
    let t = std::time::Instant::now();
    let (obj, _) = backend::clif::compile(&prog, false).map_err(clif_failure(path))?;
    phase("cranelift", t);
    let rt = runtime::ensure()?;
    let t = std::time::Instant::now();
    // The stub's loader handles x86-64 ELF objects; elsewhere (or when
    // asked, to keep that path tested) the system linker joins them.
    let stub = cfg!(all(target_arch = "x86_64", target_os = "linux"))
        && std::env::var_os("PYAOT_LINK").is_none_or(|v| v != "cc");
    if stub {
        append_to_stub(&rt.stub, &obj, out)?;
    } else {
        link(&rt.staticlib, &obj, out, path)?;
    }
    phase(if stub { "stub" } else { "link" }, t);
    Ok(())
}

/// The runtime stub with the program's object appended (see `rt/src/abi/loader.rs`).
fn append_to_stub(stub: &Path, obj: &[u8], out: &Path) -> Result<(), Failure> {
    use std::io::Write;
    let io = |e: std::io::Error| Failure(format!("error: cannot write {}: {e}\n", out.display()));
    // A fresh file (not an overwrite of a running binary's inode).
    let _ = std::fs::remove_file(out);
    std::fs::copy(stub, out).map_err(io)?;
    let mut f = std::fs::OpenOptions::new().append(true).open(out).map_err(io)?;
    f.write_all(obj).map_err(io)?;
    f.write_all(&(obj.len() as u64).to_le_bytes()).map_err(io)?;
    f.write_all(b"PYAOTOBJ").map_err(io)?;
    Ok(())
}

fn link(staticlib: &Path, obj: &[u8], out: &Path, path: &Path) -> Result<(), Failure> {
    let dir = tempdir()?;
    let o = dir.path().join("main.o");
    std::fs::write(&o, obj).map_err(|e| Failure(format!("error: cannot write {}: {e}\n", o.display())))?;
    let status = Command::new(runtime::linker())
        .arg("-o")
        .arg(out)
        .arg(&o)
        .arg(staticlib)
        .args(["-lpthread", "-ldl", "-lm", "-Wl,--gc-sections"])
        .status()
        .map_err(|e| Failure(format!("error: cannot run the linker: {e}\n")))?;
    if !status.success() {
        return Err(Failure(format!("error: linking {} failed (a pyaot bug)\n", path.display())));
    }
    Ok(())
}

fn build_rust(path: &Path, out: &Path, opts: &BuildOptions) -> Result<(), Failure> {
    let rust = backend::rust::emit(&frontend_with(path, &opts.includes)?);
    let rt = runtime::ensure()?;
    let dir = tempdir()?;
    let src = dir.path().join("main.rs");
    std::fs::write(&src, rust).map_err(|e| Failure(format!("error: cannot write {}: {e}\n", src.display())))?;
    let status = Command::new(runtime::rustc())
        .arg("--edition=2021")
        .arg("--crate-type=bin")
        .arg("--crate-name=pyaot_program")
        .arg(format!("-Copt-level={}", opts.opt_level))
        .arg("-Cdebuginfo=0")
        // A panic ends the program in the runtime's hook (an uncaught
        // SystemError, exit status 1) and never unwinds, so the generated
        // code needs no landing pads: without them rustc's work on a
        // module like `time` drops by a quarter. (ThinLTO between codegen
        // units stays: turning it off saves as much again but costs
        // binary_trees 9% at run time.)
        .arg("-Cpanic=abort")
        .arg("--extern")
        .arg(format!("pyaot_rt={}", rt.rlib.display()))
        .arg("-L")
        .arg(format!("dependency={}", rt.deps.display()))
        .arg("-o")
        .arg(out)
        .arg(&src)
        .status()
        .map_err(|e| Failure(format!("error: cannot run rustc: {e}\n")))?;
    if !status.success() {
        return Err(Failure(format!(
            "error: rustc failed on the generated code for {} (a pyaot bug; `pyaot emit-rust` shows the code)\n",
            path.display()
        )));
    }
    Ok(())
}

/// Where `pyaot run` keeps the binaries it builds.
pub fn run_cache_path(path: &Path, includes: &Includes) -> Result<PathBuf, Failure> {
    let mut h = runtime::Fnv::default();
    // Every module of the program (an edited helper module is a new program).
    for m in modules::load(path, includes)? {
        h.write(m.path.as_bytes());
        h.write(m.text.as_bytes());
    }
    h.write(format!("{includes:?}").as_bytes());
    h.write(env!("CARGO_PKG_VERSION").as_bytes());
    h.write(runtime::runtime_key().as_bytes());
    // The compiler itself: a rebuilt pyaot must not reuse its predecessor's binaries.
    if let Some(m) = std::env::current_exe().ok().and_then(|e| std::fs::metadata(e).ok()) {
        h.write(&m.len().to_le_bytes());
        if let Ok(t) = m.modified() {
            h.write(format!("{t:?}").as_bytes());
        }
    }
    let dir = runtime::cache_root().join("bin");
    std::fs::create_dir_all(&dir).map_err(|e| Failure(format!("error: cannot create {}: {e}\n", dir.display())))?;
    Ok(dir.join(format!("{:016x}", h.finish())))
}
