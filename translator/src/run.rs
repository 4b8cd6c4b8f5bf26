//! `gort run`: build a translated program in the shared build cache and run it, passing
//! stdout, stderr and the exit code through.
//!
//! Every program is a package under `<cache>/run/<hash>/`, all sharing one target directory
//! (`<cache>/target`), so the runtime compiles once per machine. A program whose translation
//! was built before is not rebuilt: its binary is kept as `<cache>/run/<hash>/program`.

use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::project::{self, Project};
use crate::runtime_src;

/// Why `gort run` could not start the program.
#[derive(Debug)]
pub enum RunError {
    /// Reading or writing the cache failed.
    Io(io::Error),
    /// `cargo` could not be started.
    NoCargo(io::Error),
    /// The generated Rust did not compile: a translator bug, never the user's.
    Build { project: PathBuf, stderr: String },
}

impl From<io::Error> for RunError {
    fn from(e: io::Error) -> Self {
        RunError::Io(e)
    }
}

/// Builds `project` (cached) and returns the path of its binary.
pub fn build_cached(project: &Project) -> Result<PathBuf, RunError> {
    let runtime = runtime_src::runtime_crate_path()?;
    let cache = runtime_src::cache_dir();
    let fingerprint = runtime_src::runtime_fingerprint(&runtime).to_le_bytes();
    let features = project.features.join(",");
    let hash = runtime_src::fnv1a(&[project.main_rs.as_bytes(), features.as_bytes(), runtime.to_string_lossy().as_bytes(), &fingerprint, env!("CARGO_PKG_VERSION").as_bytes()]);
    let dir = cache.join("run").join(format!("{hash:016x}"));
    let binary = dir.join("program");
    if binary.exists() {
        return Ok(binary);
    }
    let pkg = Project { name: format!("gort_{hash:016x}"), ..project.clone() };
    project::write(&dir, &pkg, &runtime)?;
    let target = cache.join("target");
    let out = Command::new(cargo())
        .args(["build", "--release", "--quiet", "--message-format=short"])
        .arg("--manifest-path")
        .arg(dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .map_err(RunError::NoCargo)?;
    if !out.status.success() {
        return Err(RunError::Build { project: dir, stderr: String::from_utf8_lossy(&out.stderr).into_owned() });
    }
    let built = target.join("release").join(&pkg.name);
    // Copy, then rename: a concurrent `gort run` of the same program sees a whole binary or none.
    let tmp = dir.join(format!("program.tmp-{}", std::process::id()));
    std::fs::copy(&built, &tmp)?;
    std::fs::rename(&tmp, &binary)?;
    let _ = std::fs::remove_file(&built);
    Ok(binary)
}

/// Runs `binary` with `args` in place of this process (Unix) so signals and the exit status
/// pass through unchanged; elsewhere waits for it and returns its exit code.
pub fn exec(binary: &Path, args: &[String]) -> io::Error {
    let mut cmd = Command::new(binary);
    cmd.args(args);
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.exec()
    }
    #[cfg(not(unix))]
    {
        match cmd.status() {
            Ok(s) => std::process::exit(s.code().unwrap_or(1)),
            Err(e) => e,
        }
    }
}

/// The cargo to build with: `$CARGO` (set when gort itself runs under cargo), else `cargo`.
fn cargo() -> PathBuf {
    std::env::var_os("CARGO").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("cargo"))
}
