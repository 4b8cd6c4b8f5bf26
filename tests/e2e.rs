//! The end-to-end test (`cargo test --workspace --release`): every fixture translated by the real
//! `gort` binary, built as one crate, run, and compared with real Go's recording.
//!
//! Environment:
//! - `GORT_E2E_FILTER=substr` — only fixtures whose name contains `substr`.
//! - `GORT_E2E_ALLOW_FAIL=<file>` — the known-failures list (default `tests/known_failures.txt`;
//!   `none` for no list). A listed fixture that fails is reported but does not fail the run; a
//!   listed fixture that passes fails the run until its line is removed.
//! - `GORT_E2E_UPDATE_KNOWN=1` — rewrite that file: drop entries of fixtures that pass now (and
//!   stale ones), refresh the reasons of the others. It never adds an entry.
//! - `GORT_E2E_TIMEOUT=secs` (default 10), `GORT_E2E_JOBS=n` (default: CPU count).
//! - `GORT_BIN=path` — use this translator instead of building `gort` from `translator/`.
//!
//! Build products live under `<target>/e2e/` (translations, the combined crate and its own
//! target directory), so reruns are incremental.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use gort_tests::{Config, KnownFailures, workspace_root};

fn main() -> ExitCode {
    match real_main() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("e2e: harness error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn real_main() -> Result<ExitCode, String> {
    let root = workspace_root();
    let (target, profile) = target_and_profile()?;
    let cargo = std::env::var_os("CARGO").map(PathBuf::from).unwrap_or_else(|| "cargo".into());
    let translator = match std::env::var_os("GORT_BIN") {
        Some(p) => PathBuf::from(p),
        None => build_translator(&cargo, &root, &target, &profile)?,
    };
    let known_path = match std::env::var("GORT_E2E_ALLOW_FAIL") {
        Ok(p) if p == "none" || p.is_empty() => None,
        Ok(p) => Some(PathBuf::from(p)),
        Err(_) => Some(root.join("tests").join("known_failures.txt")),
    };
    let known = match &known_path {
        Some(p) => KnownFailures::load(p).map_err(|e| format!("{}: {e}", p.display()))?,
        None => KnownFailures::default(),
    };
    let work_dir = target.join("e2e");
    let cfg = Config {
        fixtures_dir: root.join("fixtures"),
        filter: std::env::var("GORT_E2E_FILTER").ok().filter(|f| !f.is_empty()),
        translator,
        runtime_dir: root.join("runtime"),
        cargo_target_dir: work_dir.join("target"),
        work_dir,
        crate_name: "gort-e2e-fixtures".into(),
        lockfile: Some(root.join("Cargo.lock")),
        cargo,
        run_timeout: Duration::from_secs_f64(env_num("GORT_E2E_TIMEOUT", 10.0)),
        translate_timeout: Duration::from_secs(60),
        jobs: env_num("GORT_E2E_JOBS", std::thread::available_parallelism().map_or(2, |n| n.get()) as f64) as usize,
        known,
    };
    println!("e2e: translator {}", cfg.translator.display());
    let report = gort_tests::run(&cfg).map_err(|e| e.to_string())?;
    print!("{}", report.render());
    let mut summary = report.summary();
    if std::env::var_os("GORT_E2E_UPDATE_KNOWN").is_some_and(|v| v == "1") {
        if let Some(p) = &known_path {
            let mut remove = summary.unexpected_passes.clone();
            remove.extend(summary.stale.iter().cloned());
            let reasons = report.known_failure_reasons();
            KnownFailures::rewrite_file(p, &remove, &reasons).map_err(|e| format!("{}: {e}", p.display()))?;
            println!("e2e: {}: removed {} entries, refreshed {} reasons", p.display(), remove.len(), reasons.len());
            summary.unexpected_passes.clear();
            summary.stale.clear();
        }
    }
    Ok(if summary.ok() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// The target directory and Cargo profile this test binary was built in
/// (`<target>/<profile-dir>/deps/e2e-<hash>`).
fn target_and_profile() -> Result<(PathBuf, String), String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let profile_dir = exe.parent().and_then(Path::parent).ok_or("test binary is not in <target>/<profile>/deps")?;
    let target = profile_dir.parent().ok_or("no target directory")?.to_path_buf();
    let profile = match profile_dir.file_name().and_then(|n| n.to_str()) {
        Some("debug") => "dev".to_owned(),
        Some(p) => p.to_owned(),
        None => return Err("unnamed profile directory".into()),
    };
    Ok((target, profile))
}

/// Builds `gort` in the same target directory and profile as this test (Cargo releases its
/// build lock while tests run).
fn build_translator(cargo: &Path, root: &Path, target: &Path, profile: &str) -> Result<PathBuf, String> {
    let t = Instant::now();
    let status = Command::new(cargo)
        .args(["build", "--quiet", "--profile", profile, "-p", "gort-translator", "--bin", "gort"])
        .env("CARGO_TARGET_DIR", target)
        .current_dir(root)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(format!("building the translator failed ({status})"));
    }
    let dir = if profile == "dev" { "debug" } else { profile };
    let bin = target.join(dir).join(format!("gort{}", std::env::consts::EXE_SUFFIX));
    println!("e2e: built the translator in {:.1}s", t.elapsed().as_secs_f64());
    Ok(bin)
}

fn env_num(var: &str, default: f64) -> f64 {
    std::env::var(var).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}
