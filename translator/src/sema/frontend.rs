//! The front end in one call: load Go input (file or directory) and the packages of its module
//! that it imports, then syntax → ast → sema.

use std::path::{Path, PathBuf};

use super::{analyze, goroot, modules, Config, Info, Module};
use crate::ast;
use crate::diag::{sort_and_dedup, Code, Diagnostic, Span};

/// Stack for the front end's thread: analysis recursion is bounded by `ast`'s nesting limit,
/// which this comfortably covers.
const STACK: usize = 256 << 20;

/// Source files of one translation, as given (path, bytes).
pub type Sources = Vec<(PathBuf, Vec<u8>)>;

/// What [`load`] found: the files, the `go` version of the nearest `go.mod`, if any, and the
/// module it declares.
#[derive(Debug, Default)]
pub struct Loaded {
    pub files: Sources,
    pub go_version: Option<(u32, u32)>,
    pub module: Option<Module>,
}

impl Loaded {
    /// The analysis settings the input asks for (Go 1.27 without a `go` line).
    pub fn config(&self) -> Config {
        Config { go_version: self.go_version.unwrap_or((1, 27)), module: self.module.clone() }
    }
}

/// Loads Go input: one `.go` file, or every `*.go` file of a directory except `_test.go`
/// (sorted by name). Also reads the `go` and `module` lines of the nearest `go.mod` above the
/// input; the packages of that module the input imports are loaded by [`frontend`].
pub fn load(path: &Path) -> (Loaded, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut out = Loaded::default();
    let at = |code: Code, msg: String| Diagnostic::error(path, Span::default(), code, msg);
    let dir = if path.is_dir() {
        let names = match modules::go_files(path) {
            Ok(n) => n,
            Err(e) => {
                diags.push(at(Code::Unreadable, format!("cannot read directory: {e}")));
                return (out, diags);
            }
        };
        if names.is_empty() {
            diags.push(at(Code::NoGoFiles, format!("no Go files in {}", path.display())));
        }
        for (p, src) in names {
            match src {
                Ok(b) => out.files.push((p, b)),
                Err(e) => diags.push(Diagnostic::error(&p, Span::default(), Code::Unreadable, format!("cannot read file: {e}"))),
            }
        }
        path.to_path_buf()
    } else {
        if path.extension().is_none_or(|x| x != "go") {
            diags.push(at(Code::NotGoFile, format!("not a Go source file: {}", path.display())));
            return (out, diags);
        }
        match std::fs::read(path) {
            Ok(b) => out.files.push((path.to_path_buf(), b)),
            Err(e) => diags.push(at(Code::Unreadable, format!("cannot read file: {e}"))),
        }
        path.parent().map(Path::to_path_buf).unwrap_or_default()
    };
    out.go_version = find_go_mod_version(&dir);
    out.module = modules::find_module(&dir);
    (out, diags)
}

/// The `go` directive of the nearest `go.mod` in `dir` or its ancestors.
pub fn find_go_mod_version(dir: &Path) -> Option<(u32, u32)> {
    let mut d = if dir.as_os_str().is_empty() { Path::new(".").canonicalize().ok()? } else { dir.canonicalize().ok()? };
    loop {
        let m = d.join("go.mod");
        if let Ok(text) = std::fs::read_to_string(&m) {
            return parse_go_directive(&text);
        }
        d = d.parent()?.to_path_buf();
    }
}

/// Parses `go 1.22` / `go 1.21.3` from go.mod text.
pub fn parse_go_directive(text: &str) -> Option<(u32, u32)> {
    for line in text.lines() {
        let line = line.trim();
        if let Some(v) = line.strip_prefix("go ") {
            let mut parts = v.trim().split('.');
            let major = parts.next()?.parse().ok()?;
            let minor = parts.next().unwrap_or("0").trim_end_matches(|c: char| !c.is_ascii_digit()).parse().ok()?;
            return Some((major, minor));
        }
    }
    None
}

/// Parses, lowers and analyses the program's files and the packages of `config.module` they
/// import. Never panics on user input; every problem is a diagnostic (sorted by file and
/// position).
pub fn frontend(files: &[(PathBuf, Vec<u8>)], config: &Config) -> (ast::Package, Info, Vec<Diagnostic>) {
    // Run on a thread with a large stack so deeply nested (but valid) input cannot overflow.
    std::thread::scope(|s| {
        let handle = std::thread::Builder::new().stack_size(STACK).spawn_scoped(s, || frontend_inner(files, config));
        match handle {
            Ok(h) => match h.join() {
                Ok(r) => r,
                Err(p) => std::panic::resume_unwind(p),
            },
            Err(_) => frontend_inner(files, config),
        }
    })
}

fn frontend_inner(files: &[(PathBuf, Vec<u8>)], config: &Config) -> (ast::Package, Info, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let parsed = modules::parse_program(files, config.module.as_ref(), &mut diags);
    let (mut pkg, d) = ast::lower(&parsed.trees);
    for (f, path) in pkg.files.iter_mut().zip(parsed.import_paths) {
        f.import_path = path;
        if goroot::is_goroot_file(&f.path) {
            // A body-less function in Go's source is a `//go:linkname` or assembly hook: dropped,
            // so a package that only declares one translates, and one that calls one fails at
            // the call (an undefined name, reported at the program's import).
            f.decls.retain(|d| !matches!(&d.kind, ast::DeclKind::Func(fd) if fd.body.is_none()));
        }
    }
    diags.extend(d);
    check_package_clauses(&pkg, &mut diags);
    let (info, d) = analyze(&pkg, config);
    diags.extend(d);
    sort_and_dedup(&mut diags);
    (pkg, info, diags)
}

/// Every file of a package declares the same package name; the program's is `main`, an
/// imported package's is not.
fn check_package_clauses(pkg: &ast::Package, diags: &mut Vec<Diagnostic>) {
    for f in &pkg.files {
        let first = pkg.files.iter().filter(|g| g.import_path == f.import_path).find_map(|g| g.package.as_ref()).map(|p| p.name.as_str()).unwrap_or_default();
        match &f.package {
            None => {
                let span = Span { file: f.id, start: 0, end: 0, line: 1, col: 1 };
                diags.push(Diagnostic::error(&f.path, span, Code::SyntaxError, "syntax error: package statement must be first"));
            }
            Some(p) if p.name != first => {
                diags.push(Diagnostic::error(&f.path, p.span, Code::MixedPackages, format!("found packages {} and {}", first, p.name)));
            }
            Some(p) if p.name != "main" && f.import_path == "main" => {
                diags.push(Diagnostic::error(&f.path, p.span, Code::NotMainPackage, format!("package {} is not a main package", p.name)));
            }
            Some(p) if p.name == "main" && f.import_path != "main" => {
                diags.push(Diagnostic::error(&f.path, p.span, Code::NotMainPackage, format!("import \"{}\" is a program, not an importable package", f.import_path)));
            }
            Some(_) => {}
        }
    }
}
