//! `pyaot`: the command line. Parses arguments and hands over to the driver.

#[macro_use]
mod ids;

mod backend;
mod diagnostics;
mod driver;
mod hir;
mod ir;
mod lower;
mod opt;
mod syntax;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "pyaot", version, about = "Ahead-of-time compiler from Python 3.11 to native code")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

use driver::Backend;

#[derive(Subcommand)]
enum Cmd {
    /// Compile a program to a native executable.
    Build {
        file: PathBuf,
        /// Output path (default: the file's stem, in the current directory).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// `rust` (default: the fastest code) or `cranelift` (the fastest build).
        #[arg(long, value_enum, default_value = "rust")]
        backend: Backend,
        /// Optimization level passed to rustc (0-3).
        #[arg(short = 'O', long = "opt-level", default_value_t = 3)]
        opt_level: u8,
        #[command(flatten)]
        includes: IncludeArgs,
    },
    /// Compile (cached) and run a program, passing its exit status through.
    Run {
        file: PathBuf,
        /// `cranelift` (default: compiles in milliseconds) or `rust`.
        #[arg(long, value_enum, default_value = "cranelift")]
        backend: Backend,
        #[arg(short = 'O', long = "opt-level", default_value_t = 3)]
        opt_level: u8,
        #[command(flatten)]
        includes: IncludeArgs,
        /// Arguments for the program.
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// Print the typed IR the program lowers to (what both backends compile).
    EmitIr { file: PathBuf },
    /// Print the Rust the program compiles to, or write it as a Cargo project.
    EmitRust {
        file: PathBuf,
        /// Write a standalone Cargo project into this directory instead
        /// (the program, the runtime crate, a README): `cargo build --release`
        /// there builds the same binary.
        #[arg(long = "crate", value_name = "DIR")]
        crate_dir: Option<PathBuf>,
    },
    /// Print the Cranelift IR of every function of the program.
    EmitClif { file: PathBuf },
    /// Run programs under CPython and compiled, check they agree, and
    /// compare compile time, run time and peak memory in one table.
    Bench {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The interpreter to compare against.
        #[arg(long, default_value = "python3")]
        python: String,
        /// Runs of each (the best is reported).
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// `rust` (default), `cranelift`, or `both` side by side.
        #[arg(long, default_value = "rust", value_parser = ["rust", "cranelift", "both"])]
        backend: String,
        /// Also write the table as CSV to this file.
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
        /// Also write the speedups as an SVG bar chart to this file.
        #[arg(long, value_name = "FILE")]
        svg: Option<PathBuf>,
    },
    /// Run a program, report its peak memory on stderr (`pyaot bench`'s helper).
    #[command(hide = true)]
    Measure {
        program: std::ffi::OsString,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<std::ffi::OsString>,
    },
}

/// Modules to compile in besides those the program's text imports, for
/// imports by names computed at run time (as Nuitka's flags of the same names).
#[derive(clap::Args)]
struct IncludeArgs {
    /// Compile in the module NAME (and what it imports); repeatable.
    #[arg(long = "include-module", value_name = "NAME")]
    modules: Vec<String>,
    /// Compile in the package NAME and every module under it; repeatable.
    #[arg(long = "include-package", value_name = "NAME")]
    packages: Vec<String>,
}

impl IncludeArgs {
    fn into_includes(self) -> driver::Includes {
        driver::Includes { modules: self.modules, packages: self.packages }
    }
}

fn fail(f: driver::Failure) -> ExitCode {
    eprint!("{}", f.0);
    ExitCode::from(2)
}

/// The compiler's stages recurse over the syntax tree: on a thread with a
/// large stack (reserved, touched only as deep as a program goes), the
/// deepest programs CPython compiles are compiled too, and deeper ones
/// are refused by the parser bridge's depth check instead of overflowing.
const COMPILER_STACK: usize = 1 << 30;

fn main() -> ExitCode {
    match std::thread::Builder::new().stack_size(COMPILER_STACK).spawn(real_main) {
        Ok(t) => t.join().unwrap_or(ExitCode::from(70)),
        Err(_) => real_main(),
    }
}

fn real_main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Cmd::Build { file, output, backend, opt_level, includes } => {
            let out = output.unwrap_or_else(|| PathBuf::from(file.file_stem().unwrap_or_default()));
            let includes = includes.into_includes();
            match driver::build(&file, &out, &driver::BuildOptions { opt_level, backend, includes }) {
                Ok(()) => ExitCode::SUCCESS,
                Err(f) => fail(f),
            }
        }
        Cmd::Run { file, backend, opt_level, includes, args } => {
            let includes = includes.into_includes();
            let exe = match build_cached(&file, &driver::BuildOptions { opt_level, backend, includes }) {
                Ok(p) => p,
                Err(f) => return fail(f),
            };
            match Command::new(&exe).args(&args).status() {
                Ok(s) => match s.code() {
                    Some(c) => ExitCode::from(c as u8),
                    None => {
                        // Killed by a signal: never what a compiled program should do.
                        eprintln!("error: the program was terminated abnormally ({s})");
                        ExitCode::from(1)
                    }
                },
                Err(e) => {
                    eprintln!("error: cannot run {}: {e}", exe.display());
                    ExitCode::from(2)
                }
            }
        }
        Cmd::EmitIr { file } => print_or_fail(driver::emit_ir(&file)),
        Cmd::EmitRust { file, crate_dir: None } => print_or_fail(driver::emit_rust(&file)),
        Cmd::EmitRust { file, crate_dir: Some(dir) } => match driver::emit_crate(&file, &dir) {
            Ok(()) => {
                eprintln!("pyaot: wrote {} (build it with `cargo build --release` there)", dir.display());
                ExitCode::SUCCESS
            }
            Err(f) => fail(f),
        },
        Cmd::EmitClif { file } => print_or_fail(driver::emit_clif(&file)),
        Cmd::Bench { files, python, runs, backend, csv, svg } => {
            let backends = match backend.as_str() {
                "both" => vec![Backend::Rust, Backend::Cranelift],
                "cranelift" => vec![Backend::Cranelift],
                _ => vec![Backend::Rust],
            };
            let opts = driver::bench::Options { python, runs, backends, csv, svg };
            print_or_fail(driver::bench::bench(&files, &opts))
        }
        Cmd::Measure { program, args } => driver::bench::measure(&program, &args),
    }
}

fn print_or_fail(r: Result<String, driver::Failure>) -> ExitCode {
    match r {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(f) => fail(f),
    }
}

fn build_cached(file: &Path, opts: &driver::BuildOptions) -> Result<PathBuf, driver::Failure> {
    let tag = match opts.backend {
        Backend::Rust => format!("O{}", opts.opt_level),
        Backend::Cranelift => "clif".to_string(),
    };
    let exe = driver::run_cache_path(file, &opts.includes)?.with_extension(tag);
    if !exe.exists() {
        driver::build(file, &exe, opts)?;
    }
    Ok(exe)
}
