//! `pyaot bench`: programs run under CPython and compiled (by one backend
//! or both), outputs checked equal, and one table of compile time, run
//! time, speedup and peak memory; optionally as CSV and as an SVG chart.
//!
//! Each program is built once per backend (the build is timed), then
//! CPython and each binary run in turn `runs` times; the table reports the
//! best run of each (on a shared machine noise only ever adds time, and
//! both sides are measured alike). Peak memory is the child's maximum
//! resident set, from `wait4` (Linux; elsewhere it is not reported), taken
//! by a fresh `pyaot measure` process that starts the program: Linux
//! counts the memory of the process that forked a child in the child's
//! peak, and this one's, after compiling, would hide small programs'.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::{build, Backend, BuildOptions, Failure};

/// What was asked for.
pub struct Options {
    pub python: String,
    pub runs: usize,
    pub backends: Vec<Backend>,
    pub csv: Option<PathBuf>,
    pub svg: Option<PathBuf>,
}

/// One run of a process: its stdout, exit status, wall time and peak
/// resident memory in KiB (0 where unknown).
struct Run {
    stdout: Vec<u8>,
    status: Option<i32>,
    time: Duration,
    peak_kib: u64,
}

/// The measurements of one program on one backend.
struct Row {
    program: String,
    backend: Backend,
    compile: Duration,
    python: Run,
    compiled: Run,
}

/// Benchmarks `files`; the text of the table, or why it could not be made
/// (a build failed, a program could not run, or outputs differ).
pub fn bench(files: &[PathBuf], opts: &Options) -> Result<String, Failure> {
    let dir = tempfile::tempdir().map_err(|e| Failure(format!("error: cannot make a build directory: {e}\n")))?;
    let mut rows = Vec::new();
    for file in files {
        let name = file.file_stem().map_or("program".into(), |s| s.to_string_lossy().to_string());
        let mut exes = Vec::new();
        for &backend in &opts.backends {
            let exe = dir.path().join(format!("{name}.{}", backend_name(backend)));
            let build_opts = BuildOptions { opt_level: 3, backend, includes: Default::default() };
            // The first build also makes the runtime library, once: untimed.
            build(file, &exe, &build_opts)?;
            let t = Instant::now();
            build(file, &exe, &build_opts)?;
            exes.push((backend, exe, t.elapsed()));
        }
        let mut best_py: Option<Run> = None;
        let mut best: Vec<Option<Run>> = exes.iter().map(|_| None).collect();
        for _ in 0..opts.runs.max(1) {
            let py = run(opts.python.as_ref(), &[file.as_os_str()])?;
            for (k, (backend, exe, _)) in exes.iter().enumerate() {
                let r = run(exe.as_os_str(), &[])?;
                if (&r.stdout, r.status) != (&py.stdout, py.status) {
                    return Err(Failure(format!(
                        "error: {}: outputs differ: {} exited {:?} with {} bytes of stdout, the {} build exited {:?} with {} bytes\n",
                        file.display(),
                        opts.python,
                        py.status,
                        py.stdout.len(),
                        backend_name(*backend),
                        r.status,
                        r.stdout.len()
                    )));
                }
                keep_best(&mut best[k], r);
            }
            keep_best(&mut best_py, py);
        }
        let best_py = best_py.expect("at least one run");
        for ((backend, _, compile), compiled) in exes.into_iter().zip(best) {
            let python = Run { stdout: Vec::new(), ..best_py };
            rows.push(Row { program: name.clone(), backend, compile, python, compiled: compiled.expect("a run") });
        }
    }
    if let Some(path) = &opts.csv {
        write(path, &csv(&rows))?;
    }
    if let Some(path) = &opts.svg {
        write(path, &svg(&rows))?;
    }
    Ok(table(&rows, opts))
}

fn backend_name(b: Backend) -> &'static str {
    match b {
        Backend::Rust => "rust",
        Backend::Cranelift => "cranelift",
    }
}

fn keep_best(slot: &mut Option<Run>, r: Run) {
    match slot {
        Some(b) => {
            b.peak_kib = b.peak_kib.max(r.peak_kib);
            if r.time < b.time {
                b.time = r.time;
            }
        }
        None => *slot = Some(r),
    }
}

fn write(path: &Path, text: &str) -> Result<(), Failure> {
    std::fs::write(path, text).map_err(|e| Failure(format!("error: cannot write {}: {e}\n", path.display())))
}

fn speedup(r: &Row) -> f64 {
    r.python.time.as_secs_f64() / r.compiled.time.as_secs_f64().max(1e-9)
}

fn mib(kib: u64) -> String {
    if kib == 0 {
        "-".into()
    } else {
        format!("{:.1}", kib as f64 / 1024.0)
    }
}

/// The table: one line per program and backend, and the geometric mean
/// of the speedups per backend.
fn table(rows: &[Row], opts: &Options) -> String {
    let mut out = format!(
        "{:<18}{:>10}{:>11}{:>11}{:>9}{:>10}{:>18}\n",
        "program", "backend", "compile s", "python s", "run s", "speedup", "peak MiB py / aot"
    );
    for r in rows {
        out += &format!(
            "{:<18}{:>10}{:>11.3}{:>11.3}{:>9.3}{:>9.1}x{:>18}\n",
            r.program,
            backend_name(r.backend),
            r.compile.as_secs_f64(),
            r.python.time.as_secs_f64(),
            r.compiled.time.as_secs_f64(),
            speedup(r),
            format!("{} / {}", mib(r.python.peak_kib), mib(r.compiled.peak_kib)),
        );
    }
    for &b in &opts.backends {
        let s: Vec<f64> = rows.iter().filter(|r| r.backend == b).map(speedup).collect();
        if !s.is_empty() {
            let geo = (s.iter().map(|x| x.ln()).sum::<f64>() / s.len() as f64).exp();
            out += &format!("geometric mean of the speedups ({}): {geo:.2}x\n", backend_name(b));
        }
    }
    out += &format!("(best of {} runs each; outputs checked equal on every run)\n", opts.runs.max(1));
    out
}

fn csv(rows: &[Row]) -> String {
    let mut out =
        "program,backend,compile_s,python_s,compiled_s,speedup,python_peak_kib,compiled_peak_kib\n".to_string();
    for r in rows {
        out += &format!(
            "{},{},{:.4},{:.4},{:.4},{:.3},{},{}\n",
            r.program,
            backend_name(r.backend),
            r.compile.as_secs_f64(),
            r.python.time.as_secs_f64(),
            r.compiled.time.as_secs_f64(),
            speedup(r),
            r.python.peak_kib,
            r.compiled.peak_kib
        );
    }
    out
}

/// A horizontal bar per program and backend: its speedup on a log scale
/// from 0.1x to 100x, with the 1x line (as fast as CPython) marked.
fn svg(rows: &[Row]) -> String {
    let (label_w, bar_w, row_h) = (220.0, 480.0, 18.0);
    let height = 40.0 + row_h * rows.len() as f64;
    let x_of = |s: f64| label_w + bar_w * ((s.clamp(0.1, 100.0).log10() + 1.0) / 3.0);
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">\n",
        label_w + bar_w + 60.0
    );
    out += "<text x=\"4\" y=\"14\">speedup over CPython (log scale, 0.1x to 100x)</text>\n";
    for (i, r) in rows.iter().enumerate() {
        let y = 24.0 + row_h * i as f64;
        let s = speedup(r);
        let color = if r.backend == Backend::Rust { "#4878a8" } else { "#e49444" };
        let (x0, x1) = (x_of(0.1), x_of(s));
        out += &format!(
            "<text x=\"4\" y=\"{:.1}\">{} ({})</text><rect x=\"{x0:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{color}\"/><text x=\"{:.1}\" y=\"{:.1}\">{s:.1}x</text>\n",
            y + 12.0,
            escape(&r.program),
            backend_name(r.backend),
            (x1 - x0).max(1.0),
            row_h - 4.0,
            x1 + 4.0,
            y + 12.0
        );
    }
    let one = x_of(1.0);
    out += &format!(
        "<line x1=\"{one:.1}\" y1=\"20\" x2=\"{one:.1}\" y2=\"{height}\" stroke=\"black\" stroke-dasharray=\"4 2\"/>\n"
    );
    out += "</svg>\n";
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Runs a program to its end through `pyaot measure`: stdout kept,
/// stderr dropped, wall time and peak memory measured.
fn run(program: &std::ffi::OsStr, args: &[&std::ffi::OsStr]) -> Result<Run, Failure> {
    let what = program.to_string_lossy().to_string();
    let cant = |e: std::io::Error| Failure(format!("error: cannot run {what}: {e}\n"));
    let me = std::env::current_exe().map_err(cant)?;
    let t = Instant::now();
    let out = Command::new(me).arg("measure").arg(program).args(args).stdin(Stdio::null()).output().map_err(cant)?;
    let time = t.elapsed();
    let peak_kib = String::from_utf8_lossy(&out.stderr).trim().parse().unwrap_or(0);
    Ok(Run { stdout: out.stdout, status: out.status.code(), time, peak_kib })
}

/// `pyaot measure PROGRAM ARGS...`: runs the program with this process's
/// stdout, its stderr dropped, and exits with its status; the program's
/// peak resident memory (KiB, 0 if unknown) is the one line of stderr.
pub fn measure(program: &std::ffi::OsStr, args: &[std::ffi::OsString]) -> std::process::ExitCode {
    let child = Command::new(program).args(args).stderr(Stdio::null()).spawn();
    let (status, peak) = match child.and_then(|mut c| wait_with_peak(&mut c)) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("0");
            eprintln!("error: cannot run {}: {e}", program.to_string_lossy());
            return std::process::ExitCode::from(127);
        }
    };
    eprintln!("{peak}");
    // Killed by a signal: the shell's convention.
    std::process::ExitCode::from(status.unwrap_or(128 + 9).clamp(0, 255) as u8)
}

/// Waits for the child: its exit code and its peak resident memory (KiB).
#[cfg(target_os = "linux")]
fn wait_with_peak(child: &mut std::process::Child) -> std::io::Result<(Option<i32>, u64)> {
    /// `struct rusage` of Linux: two `timeval`s, then fourteen longs, the
    /// first of which is `ru_maxrss` (in KiB).
    #[repr(C)]
    struct Rusage {
        times: [i64; 4],
        counts: [std::ffi::c_long; 14],
    }
    extern "C" {
        fn wait4(pid: i32, status: *mut i32, options: i32, rusage: *mut Rusage) -> i32;
    }
    let mut status = 0i32;
    let mut usage = Rusage { times: [0; 4], counts: [0; 14] };
    // SAFETY: `wait4` writes only to the two out-parameters, which live
    // here; the pid is our own child's, not yet waited for (std's `Child`
    // is not waited on afterwards).
    let pid = unsafe { wait4(child.id() as i32, &mut status, 0, &mut usage) };
    if pid < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // WIFEXITED / WEXITSTATUS; killed by a signal: no exit code.
    let code = if status & 0x7f == 0 { Some((status >> 8) & 0xff) } else { None };
    Ok((code, usage.counts[0].max(0) as u64))
}

#[cfg(not(target_os = "linux"))]
fn wait_with_peak(child: &mut std::process::Child) -> std::io::Result<(Option<i32>, u64)> {
    Ok((child.wait()?.code(), 0))
}
