//! Stage 3: facts about the Go program as side tables keyed by AST [`NodeId`]s.
//!
//! [`analyze`] resolves names, type-checks (Go's untyped constants, `int` = 64-bit), folds
//! constants, records every selector/call/implicit conversion the emitter must materialise,
//! computes interface implementors, the blocking analysis (which functions are `async`) and the
//! sharing analysis (which variables need shared storage). It never fails: Go that Go itself
//! rejects, or that gort does not support, yields diagnostics and `Invalid` types.
//!
//! The emitter asks [`Info`]; it never re-derives Go semantics from syntax.

mod bigint;
mod bigrat;
mod blocking;
mod buildtags;
pub mod bundled;
pub mod goroot;
mod check;
mod constant;
mod frontend;
mod info;
mod init_order;
mod modules;
mod sharing;
mod escape;
mod hoist;
pub mod stdlib;
mod types;
mod universe;

pub use bigint::BigInt;
pub use bigrat::BigRat;
pub use constant::ConstValue;
pub use frontend::{find_go_mod_version, frontend, load, parse_go_directive, Loaded, Sources};
pub use modules::{find_module, go_files as package_files, parse_module_directive};
pub use info::*;
pub use types::{Basic, ChanDir, Interface, NamedInfo, Signature, StructField, Term, TypeId, TypeKind, TypeParamInfo, Types};

use crate::ast;
use crate::diag::Diagnostic;

/// Analysis settings.
#[derive(Clone, Debug)]
pub struct Config {
    /// The `go` version of the module (from `go.mod`): `(1, 22)` and later give each loop
    /// iteration its own loop variables.
    pub go_version: (u32, u32),
    /// The module the input belongs to (nearest `go.mod` with a `module` line): imports of
    /// `<module path>/<dir>` are the packages in `<root>/<dir>`, translated with the program.
    pub module: Option<Module>,
}

/// A Go module: where its `go.mod` is and the module path it declares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Module {
    pub root: std::path::PathBuf,
    pub path: String,
}

impl Default for Config {
    fn default() -> Self {
        Config { go_version: (1, 27), module: None }
    }
}

impl Config {
    /// Go ≥ 1.22: `for` loop variables are per iteration.
    pub fn per_iteration_loop_vars(&self) -> bool {
        self.go_version >= (1, 22)
    }
}

/// Analyses one package (normally `main`) against gort's supported standard library.
pub fn analyze(pkg: &ast::Package, config: &Config) -> (Info, Vec<Diagnostic>) {
    let (mut info, mut diags) = check::check_program(pkg, config);
    init_order::compute(pkg, &mut info);
    blocking::analyze(pkg, &mut info, &mut diags);
    sharing::analyze(pkg, &mut info, config);
    escape::analyze(pkg, &mut info);
    hoist::analyze(pkg, &mut info);
    crate::diag::sort_and_dedup(&mut diags);
    (info, diags)
}
