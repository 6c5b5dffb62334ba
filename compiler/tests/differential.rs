//! The differential suite: every `tests/cases/<topic>/<name>.py` is built
//! with pyaot, run, and its stdout and exit status compared with what
//! CPython 3.11 printed (recorded beside it by `tests/bless`). Every
//! `tests/diagnostics/*.py` must be refused with exit status 2 and the
//! diagnostic its first line announces. The seed samples listed in
//! `samples/SUPPORTED` must match CPython too; the others are reported,
//! and one that starts passing fails the run so the list gets updated.
//!
//! `tests/snapshots/*.py` pin the Rust the backend emits (`<name>.rs`) and
//! the IR both backends compile (`<name>.ir`), so changes to either are
//! reviewed; `PYAOT_BLESS=1` rewrites them.
//!
//! Cases, samples and diagnostics run under both backends (`::rust`,
//! `::cranelift` trials): they must agree with CPython and so with each other.
//!
//! Adding a test is adding a `.py` file, or a folder with a `main.py` and
//! the modules it imports (and running `tests/bless`).

use std::path::{Path, PathBuf};
use std::process::Command;

use libtest_mimic::{Arguments, Failed, Trial};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn pyaot() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_pyaot"));
    c.env("PYAOT_CACHE", root().join("target").join("pyaot-cache"));
    c
}

/// The cases under `dir`: each `.py` file, except that a folder with a
/// `main.py` is one case of many modules (its `main.py`).
fn py_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() && p.join("main.py").is_file() {
            out.push(p.join("main.py"));
        } else if p.is_dir() {
            out.extend(py_files(&p));
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// Every case and sample runs under each backend.
const BACKENDS: [&str; 2] = ["rust", "cranelift"];

/// Builds and runs a program, returning (stdout, exit status). `backend` may
/// name a linker too: `cranelift+cc` sets `PYAOT_LINK=cc`.
fn compile_and_run(py: &Path, out_dir: &Path, backend: &str) -> Result<(String, i32), Failed> {
    let exe = out_dir.join(py.file_stem().unwrap());
    let (backend, link) = match backend.split_once('+') {
        Some((b, l)) => (b, Some(l)),
        None => (backend, None),
    };
    // `cranelift+dynamic`: with type inference switched off, every value
    // takes the runtime's dynamic path, which must behave the same.
    let (link, dynamic) = if link == Some("dynamic") { (None, true) } else { (link, false) };
    let build = pyaot()
        .envs(link.map(|l| ("PYAOT_LINK", l)))
        .envs(dynamic.then_some(("PYAOT_NO_INFERENCE", "1")))
        .arg("build")
        .arg("--backend")
        .arg(backend)
        .args(build_args(py))
        .arg(py)
        .arg("-o")
        .arg(&exe)
        .output()
        .map_err(|e| e.to_string())?;
    if !build.status.success() {
        return Err(format!("pyaot build failed:\n{}", String::from_utf8_lossy(&build.stderr)).into());
    }
    // The emitted code must compile cleanly: a warning is a backend bug.
    if String::from_utf8_lossy(&build.stderr).contains("warning") {
        return Err(format!("the build warned:\n{}", String::from_utf8_lossy(&build.stderr)).into());
    }
    let run = Command::new(&exe)
        .current_dir(out_dir)
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| e.to_string())?;
    let stderr = String::from_utf8_lossy(&run.stderr);
    if stderr.contains("panicked at") || run.status.code().is_none() {
        return Err(format!("the binary crashed: {stderr}").into());
    }
    Ok((String::from_utf8_lossy(&run.stdout).into_owned(), run.status.code().unwrap()))
}

/// Extra `pyaot build` arguments a case asks for in a leading comment line
/// `# pyaot-build-args: --include-module helper`.
fn build_args(py: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(py).unwrap_or_default();
    text.lines()
        .take_while(|l| l.starts_with('#'))
        .filter_map(|l| l.strip_prefix("# pyaot-build-args:"))
        .flat_map(|a| a.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .collect()
}

/// The expectation recorded from CPython: `<name>.stdout` and `<name>.status`.
fn expected(py: &Path) -> Result<(String, i32), Failed> {
    let stdout = std::fs::read_to_string(py.with_extension("stdout"))
        .map_err(|_| format!("no recorded expectation for {}: run tests/bless", py.display()))?;
    let status =
        std::fs::read_to_string(py.with_extension("status")).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
    Ok((stdout, status))
}

/// `out` with every run of digits on the given (1-based) lines replaced by `N`.
fn mask_numbers(out: &str, lines: &[usize]) -> String {
    let mut masked = String::new();
    for (i, line) in out.split_inclusive('\n').enumerate() {
        if !lines.contains(&(i + 1)) {
            masked.push_str(line);
            continue;
        }
        let mut in_digits = false;
        for c in line.chars() {
            if c.is_ascii_digit() {
                if !in_digits {
                    masked.push('N');
                }
                in_digits = true;
            } else {
                in_digits = false;
                masked.push(c);
            }
        }
    }
    masked
}

/// A seed sample listed in `samples/SUPPORTED`: its file name, then
/// optionally `numbers-vary: <line> ...` (output lines whose numbers Python
/// leaves to the implementation: `id()`, `sys.getsizeof()`) and
/// `impl-defined: <lines>=<pattern>` entries separated by ` ; ` (lines whose
/// whole value is the implementation's own, such as the list of loaded
/// modules or a bytecode listing: pyaot's must match the pattern, where `*`
/// stands for any text). `<lines>` is a line (`2`) or a block of them
/// (`2..-3`), numbered from 1, or from the end when negative: a block's
/// length is the implementation's own too.
struct Sample {
    file: String,
    numbers_vary: Vec<usize>,
    impl_defined: Vec<(isize, isize, String)>,
}

fn supported_samples(samples: &Path) -> Vec<Sample> {
    let text = std::fs::read_to_string(samples.join("SUPPORTED")).unwrap_or_default();
    let mut out = Vec::new();
    for l in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (head, own) = l.split_once("impl-defined:").unwrap_or((l, ""));
        let (file, vary) = head.split_once("numbers-vary:").unwrap_or((head, ""));
        let impl_defined = own
            .split(" ; ")
            .filter_map(|e| {
                let (lines, pattern) = e.trim().split_once('=')?;
                let (a, b) = lines.trim().split_once("..").unwrap_or((lines.trim(), lines.trim()));
                Some((a.parse().ok()?, b.parse().ok()?, pattern.to_string()))
            })
            .collect();
        out.push(Sample {
            file: file.trim().to_string(),
            numbers_vary: vary.split_whitespace().filter_map(|n| n.parse().ok()).collect(),
            impl_defined,
        });
    }
    out
}

/// Whether `text` matches `pattern`, where `*` stands for any run of characters.
fn glob(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    let Some(rest) = text.strip_prefix(parts[0]) else { return false };
    let mut at = rest;
    for (i, p) in parts.iter().enumerate().skip(1) {
        if i == parts.len() - 1 {
            return at.ends_with(p);
        }
        match at.find(p) {
            Some(k) => at = &at[k + p.len()..],
            None => return false,
        }
    }
    at.is_empty()
}

/// The outputs with each implementation-defined line or block replaced by
/// a marker where pyaot's lines all match its pattern (else left to differ).
fn mask_own_lines(want: &str, got: &str, own: &[(isize, isize, String)]) -> (String, String) {
    let mut w: Vec<String> = want.split_inclusive('\n').map(str::to_string).collect();
    let mut g: Vec<String> = got.split_inclusive('\n').map(str::to_string).collect();
    // Blocks from the last, so the earlier ones' positions hold.
    let mut own = own.to_vec();
    own.sort_by_key(|(a, _, _)| std::cmp::Reverse(if *a < 0 { isize::MAX / 2 + a } else { *a }));
    for (a, b, pattern) in own {
        let at = |n: isize, len: usize| if n > 0 { n - 1 } else { len as isize + n };
        let (wa, wb) = (at(a, w.len()), at(b, w.len()));
        let (ga, gb) = (at(a, g.len()), at(b, g.len()));
        let fits = |lo: isize, hi: isize, len: usize| 0 <= lo && lo <= hi + 1 && hi < len as isize;
        if !fits(wa, wb, w.len()) || !fits(ga, gb, g.len()) {
            continue;
        }
        let ok = g[ga as usize..=gb as usize].iter().all(|l| glob(&pattern, l.trim_end_matches('\n')));
        if ok {
            w.splice(wa as usize..=wb as usize, ["<implementation-defined>\n".to_string()]);
            g.splice(ga as usize..=gb as usize, ["<implementation-defined>\n".to_string()]);
        }
    }
    (w.concat(), g.concat())
}

fn compare(py: &Path, want: (String, i32), got: (String, i32)) -> Result<(), Failed> {
    if want == got {
        return Ok(());
    }
    let mut msg = format!("{}: output differs from CPython's\n", py.display());
    if want.1 != got.1 {
        msg += &format!("exit status: CPython {}, pyaot {}\n", want.1, got.1);
    }
    let (w, g): (Vec<&str>, Vec<&str>) = (want.0.lines().collect(), got.0.lines().collect());
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i).copied().unwrap_or("<missing>"), g.get(i).copied().unwrap_or("<missing>"));
        if a != b {
            msg += &format!("first difference at line {}:\n  CPython: {a}\n  pyaot:   {b}\n", i + 1);
            break;
        }
    }
    Err(msg.into())
}

fn scratch(name: &str) -> PathBuf {
    let d = root().join("target").join("difftest").join(name);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    let cases = root().join("tests").join("cases");
    // Every case also runs with inference switched off (one backend: the
    // dynamic path is the runtime's, the same under both), except a case
    // marked `# pyaot-test: inference-only`: one that needs a call's
    // static callee (`warnings.warn` learns its call site from the
    // compiler), which that mode does not resolve.
    for py in py_files(&cases) {
        let inference_only =
            std::fs::read_to_string(&py).is_ok_and(|t| t.lines().any(|l| l.trim() == "# pyaot-test: inference-only"));
        let dynamic = (!inference_only).then_some("cranelift+dynamic");
        for backend in BACKENDS.into_iter().chain(dynamic) {
            let name = py.strip_prefix(&cases).unwrap().with_extension("").display().to_string();
            let dir = scratch(&format!("{}.{backend}", name.replace('/', "__")));
            let py = py.clone();
            trials.push(Trial::test(format!("case::{name}::{backend}"), move || {
                let want = expected(&py)?;
                // A fresh directory: what an earlier run of a case made (files
                // it creates exclusively) is gone.
                let _ = std::fs::remove_dir_all(&dir);
                std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
                let got = compile_and_run(&py, &dir, backend)?;
                compare(&py, want, got)
            }));
        }
    }
    // Cranelift builds append to a prebuilt runtime; the system-linker path
    // (other platforms) is kept working by building a few cases with it.
    for case in ["exc/raise_from", "func/recursion", "float/pow_half"] {
        let py = cases.join(format!("{case}.py"));
        let dir = scratch(&format!("{}.cc", case.replace('/', "__")));
        trials.push(Trial::test(format!("case::{case}::cranelift+cc"), move || {
            let want = expected(&py)?;
            let got = compile_and_run(&py, &dir, "cranelift+cc")?;
            compare(&py, want, got)
        }));
    }
    for py in py_files(&root().join("tests").join("diagnostics")) {
        for backend in BACKENDS {
            let name = py.file_stem().unwrap().to_string_lossy().to_string();
            let py = py.clone();
            trials.push(Trial::test(format!("diagnostic::{name}::{backend}"), move || {
                let src = std::fs::read_to_string(&py).map_err(|e| e.to_string())?;
                let first = src.lines().next().unwrap_or("");
                let want = first.strip_prefix("# error: ").ok_or("first line must be `# error: <message>`")?;
                let exe = scratch(&format!("diag.{backend}")).join(&name);
                let out = pyaot()
                    .arg("build")
                    .arg("--backend")
                    .arg(backend)
                    .arg(&py)
                    .arg("-o")
                    .arg(exe)
                    .output()
                    .map_err(|e| e.to_string())?;
                let stderr = String::from_utf8_lossy(&out.stderr);
                if out.status.code() != Some(2) {
                    return Err(
                        format!("expected exit status 2, got {:?}; stderr:\n{stderr}", out.status.code()).into()
                    );
                }
                if !stderr.contains(": error: ") || !stderr.contains(want) {
                    return Err(format!("expected a diagnostic containing {want:?}, got:\n{stderr}").into());
                }
                if stderr.contains("panicked") {
                    return Err("the compiler panicked".into());
                }
                Ok(())
            }));
        }
    }
    // Snapshots of the emitted Rust, for review: `PYAOT_BLESS=1` rewrites them.
    for (command, ext) in [("emit-rust", "rs"), ("emit-ir", "ir")] {
        for py in py_files(&root().join("tests").join("snapshots")) {
            let name = py.file_stem().unwrap().to_string_lossy().to_string();
            trials.push(Trial::test(format!("snapshot::{name}.{ext}"), move || {
                let out = pyaot().arg(command).arg(&py).output().map_err(|e| e.to_string())?;
                if !out.status.success() {
                    return Err(String::from_utf8_lossy(&out.stderr).into_owned().into());
                }
                let got = String::from_utf8_lossy(&out.stdout).replace(&root().display().to_string(), "$ROOT");
                let snap = py.with_extension(ext);
                if std::env::var_os("PYAOT_BLESS").is_some() {
                    std::fs::write(&snap, &got).map_err(|e| e.to_string())?;
                    return Ok(());
                }
                let want = std::fs::read_to_string(&snap)
                    .map_err(|_| format!("no snapshot {}: run with PYAOT_BLESS=1", snap.display()))?;
                if want != got {
                    return Err(
                        format!("{} changed; review the diff and re-bless with PYAOT_BLESS=1", snap.display()).into()
                    );
                }
                Ok(())
            }));
        }
    }
    // `emit-clif` prints every function's Cranelift IR.
    for py in py_files(&root().join("tests").join("snapshots")) {
        let name = py.file_stem().unwrap().to_string_lossy().to_string();
        trials.push(Trial::test(format!("emit_clif::{name}"), move || {
            let out = pyaot().arg("emit-clif").arg(&py).output().map_err(|e| e.to_string())?;
            let text = String::from_utf8_lossy(&out.stdout);
            // Instructions carry their statement's source line (`@<hex line>`).
            let lines = text.lines().any(|l| l.starts_with('@') && l[1..5].chars().all(|c| c.is_ascii_hexdigit()));
            if !out.status.success()
                || !text.contains("; py.0._module_\nfunction ")
                || !text.contains("; main\n")
                || !lines
            {
                return Err(
                    format!("unexpected emit-clif output:\n{text}{}", String::from_utf8_lossy(&out.stderr)).into()
                );
            }
            Ok(())
        }));
    }
    // `emit-rust --crate` writes a Cargo project that builds with cargo into
    // a binary that behaves as `pyaot build`'s. One crate directory is
    // rewritten for each case in turn (the runtime inside it then builds
    // once, and only the program after that).
    let crate_cases: Vec<PathBuf> = ["exc/raise_from", "class/integration", "gen/fused_shapes"]
        .iter()
        .map(|c| cases.join(format!("{c}.py")))
        .collect();
    trials.push(Trial::test("crate::emit_build_run", move || {
        let dir = scratch("crate");
        for py in &crate_cases {
            let out = pyaot().arg("emit-rust").arg(py).arg("--crate").arg(&dir).output().map_err(|e| e.to_string())?;
            if !out.status.success() {
                return Err(format!("emit-rust --crate failed:\n{}", String::from_utf8_lossy(&out.stderr)).into());
            }
            let name = py.file_stem().unwrap().to_string_lossy().to_string();
            let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
            let build = Command::new(&cargo)
                .args(["build", "--release", "--offline", "--quiet"])
                .current_dir(&dir)
                .env("CARGO_TARGET_DIR", dir.join("target"))
                .output()
                .map_err(|e| e.to_string())?;
            if !build.status.success() {
                return Err(
                    format!("cargo build of the crate failed:\n{}", String::from_utf8_lossy(&build.stderr)).into()
                );
            }
            let exe = dir.join("target").join("release").join(&name);
            let run = Command::new(&exe).stdin(std::process::Stdio::null()).output().map_err(|e| e.to_string())?;
            let got = (String::from_utf8_lossy(&run.stdout).into_owned(), run.status.code().unwrap_or(-1));
            compare(py, expected(py)?, got)?;
        }
        Ok(())
    }));
    // `pyaot bench`: one table over several programs and both backends,
    // written as CSV and SVG too; a program whose output differs from the
    // interpreter's (here `echo` stands in for it) fails the run. Nothing
    // is asserted of the times.
    let bench_cases: Vec<PathBuf> = ["int/arith", "str/basics"].iter().map(|c| cases.join(format!("{c}.py"))).collect();
    trials.push(Trial::test("cli::bench", move || {
        let dir = scratch("bench");
        let (csv, svg) = (dir.join("t.csv"), dir.join("t.svg"));
        let out = pyaot()
            .args(["bench", "--runs", "1", "--backend", "both", "--csv"])
            .arg(&csv)
            .arg("--svg")
            .arg(&svg)
            .args(&bench_cases)
            .output()
            .map_err(|e| e.to_string())?;
        let table = String::from_utf8_lossy(&out.stdout);
        if !out.status.success() || !table.contains("geometric mean of the speedups (cranelift)") {
            return Err(format!("pyaot bench failed:\n{table}{}", String::from_utf8_lossy(&out.stderr)).into());
        }
        let rows = std::fs::read_to_string(&csv).map_err(|e| e.to_string())?;
        if rows.lines().count() != 1 + 2 * bench_cases.len() || !rows.starts_with("program,backend,") {
            return Err(format!("unexpected CSV:\n{rows}").into());
        }
        let chart = std::fs::read_to_string(&svg).map_err(|e| e.to_string())?;
        if !chart.starts_with("<svg") || chart.matches("<rect").count() != 2 * bench_cases.len() {
            return Err(format!("unexpected SVG:\n{chart}").into());
        }
        let differs = pyaot().args(["bench", "--runs", "1", "--python", "echo"]).arg(&bench_cases[0]).output();
        let differs = differs.map_err(|e| e.to_string())?;
        if differs.status.code() != Some(2) || !String::from_utf8_lossy(&differs.stderr).contains("outputs differ") {
            return Err(format!("a differing output was not reported: {differs:?}").into());
        }
        Ok(())
    }));
    let samples = root().join("samples");
    let supported = supported_samples(&samples);
    for py in py_files(&samples) {
        for backend in BACKENDS {
            let file = py.file_name().unwrap().to_string_lossy().to_string();
            let entry = supported.iter().find(|s| s.file == file);
            let listed = entry.is_some();
            let vary = entry.map(|s| s.numbers_vary.clone()).unwrap_or_default();
            let own = entry.map(|s| s.impl_defined.clone()).unwrap_or_default();
            let dir = scratch(&format!("sample_{file}.{backend}"));
            let py = py.clone();
            trials.push(Trial::test(format!("sample::{file}::{backend}"), move || {
                let want = expected(&py).map(|(out, st)| (mask_numbers(&out, &vary), st))?;
                let got = compile_and_run(&py, &dir, backend).map(|(out, st)| (mask_numbers(&out, &vary), st));
                let (want, got) = match got {
                    Ok((out, status)) => {
                        let (w, g) = mask_own_lines(&want.0, &out, &own);
                        ((w, want.1), Ok((g, status)))
                    }
                    Err(e) => (want, Err(e)),
                };
                let pass = matches!(&got, Ok(g) if *g == want);
                match (listed, pass) {
                    (true, true) | (false, false) => Ok(()),
                    (true, false) => compare(&py, want, got?),
                    (false, true) => Err(format!("{file} now matches CPython: add it to samples/SUPPORTED").into()),
                }
            }));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
