//! Standard packages that gort's runtime does not mirror, translated from the Go installation's
//! own source: a program importing `encoding/csv`, `container/ring`, `unicode/utf16` or `html`
//! gets `$GOROOT/src/<path>` loaded like a package of its module (with the std packages it
//! imports in turn), checked and emitted as a Rust module of the translation. Go's source is
//! found through `$GOROOT`, else `go env GOROOT` of the `go` on `PATH` (a migration from Go has
//! one); without it such an import stays G0106.
//!
//! Many std packages rest on `unsafe`, `reflect`, assembly or the Go runtime's internals;
//! importing one of those is refused before anything is parsed (G0106, naming the package
//! that needs them), and any other problem in Go's files is reported once, at the program's
//! import, by the driver (`fold_goroot_diagnostics`), not as findings in files the user did not
//! write.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

static ROOT: OnceLock<Option<PathBuf>> = OnceLock::new();

/// `$GOROOT/src`, found once per process.
pub fn src_root() -> Option<&'static Path> {
    ROOT.get_or_init(find).as_deref()
}

/// Uses the Go installation of the `go` binary at `go` (for a process that has none on `PATH`,
/// such as a test); `false` if it is no Go or the root was already settled.
pub fn use_go(go: &Path) -> bool {
    let Some(root) = go_env_goroot(go.as_os_str()) else { return false };
    ROOT.set(Some(root)).is_ok()
}

fn valid(root: PathBuf) -> Option<PathBuf> {
    let src = root.join("src");
    src.join("fmt").is_dir().then_some(src)
}

fn find() -> Option<PathBuf> {
    if let Some(root) = std::env::var_os("GOROOT").filter(|r| !r.is_empty()) {
        return valid(PathBuf::from(root));
    }
    go_env_goroot(std::ffi::OsStr::new("go"))
}

fn go_env_goroot(go: &std::ffi::OsStr) -> Option<PathBuf> {
    // `GOTOOLCHAIN=local`: never download a toolchain just to answer.
    let out = std::process::Command::new(go).args(["env", "GOROOT"]).env("GOTOOLCHAIN", "local").stderr(std::process::Stdio::null()).output().ok()?;
    let root = String::from_utf8(out.stdout).ok()?;
    let root = root.trim();
    if !out.status.success() || root.is_empty() {
        return None;
    }
    valid(PathBuf::from(root))
}

/// Imports that put a std package out of reach: memory tricks, reflection, assembly and the
/// runtime's internals have no translation.
const BARRIERS: &[&str] = &["unsafe", "reflect", "C", "internal/abi", "internal/cpu", "internal/runtime", "internal/reflectlite", "internal/race", "internal/poll", "internal/syscall"];

/// Whether the import path names a standard package (no dot in its first element).
pub fn is_std_path(path: &str) -> bool {
    !path.split('/').next().unwrap_or("").contains('.') && path != "C" && path != "main"
}

/// The directory of std package `path` in Go's source, when gort's runtime does not mirror it
/// and Go's source is installed.
pub(super) fn package_dir(path: &str) -> Option<PathBuf> {
    if !is_std_path(path) || super::stdlib::package(path).is_some() || super::stdlib::special_unsupported(path).is_some() {
        return None;
    }
    let dir = src_root()?.join(path);
    dir.is_dir().then_some(dir)
}

/// Whether a file belongs to Go's installed source.
pub fn is_goroot_file(p: &Path) -> bool {
    src_root().is_some_and(|r| p.starts_with(r))
}

/// An import that Go's source of a std package makes and gort cannot follow (`Some(import)`),
/// so the package is refused up front.
pub(super) fn barrier(imp: &crate::ast::Import) -> Option<&str> {
    let import = imp.path.as_str();
    // `import _ "unsafe"` only enables `//go:linkname` hooks (body-less declarations, which the
    // front end drops from Go's files).
    if is_linkname_import(imp) {
        return None;
    }
    if super::bundled::package(import).is_some() {
        return None;
    }
    if super::stdlib::special_unsupported(import).is_some() {
        return Some(import);
    }
    BARRIERS.iter().copied().find(|b| *b == import || (b.starts_with("internal/") && import.starts_with(&format!("{b}/"))))
}

/// `import _ "unsafe"`: Go's files import `unsafe` blank only to allow `//go:linkname`.
pub(super) fn is_linkname_import(imp: &crate::ast::Import) -> bool {
    imp.path == "unsafe" && imp.name.as_ref().is_some_and(|n| n.name == "_")
}
