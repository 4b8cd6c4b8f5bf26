//! Small third-party packages that gort bundles as Go source: a program importing one gets it
//! loaded like a package of its own module (checked, then emitted as a Rust module of the
//! translation), so no module download is needed. Each is gort's own implementation of the
//! package's API and behaviour (`bundled/*.go`), not a copy of the original.
//!
//! Packages whose work is the runtime's (`golang.org/x/sync/errgroup`, `semaphore`) are std
//! stubs instead (`stdlib.rs`).
//!
//! The same mechanism gives std packages translated from Go's source (`goroot.rs`) plain-Go
//! stand-ins for the internal packages Go writes in assembly or on the runtime's internals
//! (`internal/godebug`, `internal/bytealg`) and for `unique` (interning through the runtime's
//! weak pointers), so `net/url` and `net/netip` translate.

use std::path::PathBuf;

/// Import path → the package's files (name, Go source).
const PACKAGES: &[(&str, &[(&str, &str)])] = &[
    ("golang.org/x/tour/tree", &[("tree.go", include_str!("bundled/tour_tree/tree.go"))]),
    ("github.com/pkg/errors", &[("errors.go", include_str!("bundled/pkg_errors/errors.go"))]),
    ("unique", &[("unique.go", include_str!("bundled/std_unique/unique.go"))]),
    ("internal/godebug", &[("godebug.go", include_str!("bundled/std_godebug/godebug.go"))]),
    ("internal/bytealg", &[("bytealg.go", include_str!("bundled/std_bytealg/bytealg.go"))]),
];

/// The files of the bundled package `path`, if gort bundles it.
pub(super) fn package(path: &str) -> Option<&'static [(&'static str, &'static str)]> {
    PACKAGES.iter().find(|(p, _)| *p == path).map(|(_, files)| *files)
}

/// Whether gort bundles the package `path`.
pub fn is_bundled(path: &str) -> bool {
    package(path).is_some()
}

/// The path diagnostics name a bundled file by (it is in no directory).
pub(super) fn file_path(import: &str, name: &str) -> PathBuf {
    PathBuf::from("<gort>").join(import).join(name)
}
