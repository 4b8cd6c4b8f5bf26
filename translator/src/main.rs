//! The `gort` command line: `translate`, `run`, `check`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use gort_translator::diag::Diagnostic;
use gort_translator::driver::{self, Options};
use gort_translator::{project, run, runtime_src};

#[derive(Parser)]
#[command(name = "gort", version, about = "Translate Go programs into Rust on the gort runtime, and run them")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Translate a Go program (a .go file or a directory of package main files) into a Cargo project.
    Translate {
        /// The Go file or directory.
        input: PathBuf,
        /// Output directory for the Cargo project (default: ./<name>-rs).
        #[arg(short, long)]
        out: Option<PathBuf>,
        /// Print the Rust source to stdout instead of writing a project.
        #[arg(long, value_enum)]
        emit: Option<Emit>,
        /// Write the project even where constructs are unsupported, with todo!() at each spot.
        #[arg(long)]
        keep_going: bool,
    },
    /// Translate, build (cached) and run a Go program, like `go run`.
    Run {
        /// The Go file or directory.
        input: PathBuf,
        /// Arguments passed to the program, as after `go run prog.go` (a leading `--` is
        /// optional: `gort run prog.go a -v` and `gort run prog.go -- a -v` pass the same).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Report what in a Go program or tree translates and what does not.
    Check {
        /// A Go file or a directory (searched recursively for packages).
        input: PathBuf,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Emit {
    Rust,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Translate { input, out, emit, keep_going } => translate(&input, out, emit.is_some(), keep_going),
        Command::Run { input, args } => run_cmd(&input, &args),
        Command::Check { input, format } => gort_translator::check::run(&input, matches!(format, Format::Json)),
    }
}

fn report(diags: &[Diagnostic]) {
    for d in diags {
        eprintln!("{}", d.render());
    }
}

fn translate(input: &std::path::Path, out: Option<PathBuf>, emit_rust: bool, keep_going: bool) -> ExitCode {
    let t = match driver::translate(input, &Options { keep_going, ..Options::default() }) {
        Ok(t) => t,
        Err(diags) => {
            report(&diags);
            return ExitCode::from(1);
        }
    };
    report(&t.diagnostics);
    if emit_rust {
        print!("{}", t.project.main_rs);
        return ExitCode::SUCCESS;
    }
    let out = out.unwrap_or_else(|| PathBuf::from(format!("{}-rs", t.project.name)));
    let runtime = match runtime_src::runtime_crate_path() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("gort: cannot unpack the runtime: {e}");
            return ExitCode::from(1);
        }
    };
    if let Err(e) = project::write(&out, &t.project, &runtime) {
        eprintln!("gort: cannot write {}: {e}", out.display());
        return ExitCode::from(1);
    }
    if keep_going && !t.diagnostics.is_empty() {
        eprintln!("gort: wrote {} with {} unsupported spot(s) marked todo!()", out.display(), t.diagnostics.iter().filter(|d| d.is_error()).count());
    }
    ExitCode::SUCCESS
}

fn run_cmd(input: &std::path::Path, args: &[String]) -> ExitCode {
    let t = match driver::translate(input, &Options::default()) {
        Ok(t) => t,
        Err(diags) => {
            report(&diags);
            return ExitCode::from(1);
        }
    };
    match run::build_cached(&t.project) {
        Ok(bin) => {
            let e = run::exec(&bin, args);
            eprintln!("gort: cannot run {}: {e}", bin.display());
            ExitCode::from(1)
        }
        Err(run::RunError::Build { project, stderr }) => {
            eprintln!("gort: internal error: the Rust generated for {} does not compile (a gort bug, not yours).", input.display());
            eprintln!("gort: generated project: {}", project.display());
            eprint!("{stderr}");
            ExitCode::from(3)
        }
        Err(run::RunError::NoCargo(e)) => {
            eprintln!("gort: cannot start cargo (needed to build the translation): {e}");
            ExitCode::from(1)
        }
        Err(run::RunError::Io(e)) => {
            eprintln!("gort: build cache error: {e}");
            ExitCode::from(1)
        }
    }
}
