//! The program's own module: the `module` path of the nearest `go.mod`, and the packages of that
//! module the program imports (transitively), parsed with the program, with Go's import-cycle
//! check.
//!
//! An import path `<module>/<rel>` names the directory `<root>/<rel>` (every `*.go` file but
//! `_test.go`, as for the program's own directory). Every package is parsed once, however many
//! packages import it; the front end then lowers all files together, so node ids stay unique
//! across packages. Packages gort bundles as Go source (`bundled.rs`) and std packages taken
//! from Go's installed source (`goroot.rs`) join the same load, under their import paths.

use std::path::{Path, PathBuf};

use super::Module;
use crate::ast;
use crate::diag::{Code, Diagnostic, FileId, Span};
use crate::syntax::SyntaxTree;

/// The nearest `go.mod` in `dir` or its ancestors that declares a `module` path.
pub fn find_module(dir: &Path) -> Option<Module> {
    let mut d = if dir.as_os_str().is_empty() { Path::new(".").canonicalize().ok()? } else { dir.canonicalize().ok()? };
    loop {
        if let Ok(text) = std::fs::read_to_string(d.join("go.mod")) {
            return parse_module_directive(&text).map(|path| Module { root: d, path });
        }
        d = d.parent()?.to_path_buf();
    }
}

/// The path of `module example.com/app` (optionally quoted) in go.mod text.
pub fn parse_module_directive(text: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let rest = line.trim().strip_prefix("module")?;
        if !rest.starts_with([' ', '\t']) {
            return None;
        }
        let path = rest.split("//").next()?.trim().trim_matches('"');
        (!path.is_empty()).then(|| path.to_string())
    })
}

/// The `*.go` files of a directory that belong to its package (not `_test.go`, not excluded
/// by a build constraint: `buildtags`), by name, each with its contents read once. An
/// unreadable file stays in the list with its error (the caller reports it).
pub fn go_files(dir: &Path) -> std::io::Result<Vec<(PathBuf, std::io::Result<Vec<u8>>)>> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "go") && !p.to_string_lossy().ends_with("_test.go"))
        .collect();
    names.sort();
    Ok(names
        .into_iter()
        .map(|p| {
            let src = std::fs::read(&p);
            (p, src)
        })
        .filter(|(p, src)| src.as_ref().map_or(true, |b| super::buildtags::included(p, b)))
        .collect())
}

/// Every parsed file of the translation and the import path of the package each belongs to
/// (`main` for the program's own files, which come first).
pub(super) struct Parsed {
    pub trees: Vec<(PathBuf, SyntaxTree)>,
    pub import_paths: Vec<String>,
}

/// Parses the program's files, then every package of `module` they import, transitively
/// (breadth first, each package once), with the third-party packages gort bundles
/// (`bundled`) and the std packages translated from Go's source (`goroot`) loaded the same
/// way. Unreadable or missing packages and import cycles are
/// diagnostics at the import that names them.
pub(super) fn parse_program(files: &[(PathBuf, Vec<u8>)], module: Option<&Module>, diags: &mut Vec<Diagnostic>) -> Parsed {
    let mut out = Parsed { trees: Vec::new(), import_paths: Vec::new() };
    let add_file = |out: &mut Parsed, path: &Path, bytes: &[u8], import_path: &str, diags: &mut Vec<Diagnostic>| {
        let (tree, d) = crate::syntax::parse(FileId(out.trees.len() as u32), path, bytes);
        diags.extend(d);
        out.trees.push((path.to_path_buf(), tree));
        out.import_paths.push(import_path.to_string());
    };
    for (path, bytes) in files {
        add_file(&mut out, path, bytes, "main", diags);
    }
    let main_dir = files.first().and_then(|(p, _)| p.parent()).and_then(|d| if d.as_os_str().is_empty() { Path::new(".").canonicalize().ok() } else { d.canonicalize().ok() });
    // Packages in load order (index 0 is the program's own) and their imports of the module:
    // (imported package, importing file, span of the import path).
    let mut pkgs: Vec<String> = vec!["main".into()];
    let mut edges: Vec<Vec<(usize, PathBuf, Span)>> = vec![Vec::new()];
    let mut next = 0;
    while next < pkgs.len() {
        let range: Vec<usize> = (0..out.trees.len()).filter(|&i| out.import_paths[i] == pkgs[next]).collect();
        let (Some(&lo), Some(&hi)) = (range.first(), range.last()) else {
            next += 1;
            continue;
        };
        let (lowered, _) = ast::lower(&out.trees[lo..=hi]);
        // A std package from Go's source that needs what has no translation fails as a whole:
        // its imports are not loaded (`net/http` would pull in hundreds of files).
        let blocked = lowered.files.iter().filter(|f| super::goroot::is_goroot_file(&f.path)).find_map(|f| {
            f.imports.iter().find_map(|imp| super::goroot::barrier(imp).map(|b| Diagnostic::error(&f.path, imp.path_span, Code::UnsupportedPackage, format!("package {} imports \"{b}\"", pkgs[next]))))
        });
        if let Some(d) = blocked {
            diags.push(d);
            next += 1;
            continue;
        }
        for f in &lowered.files {
            for imp in &f.imports {
                let at = |code: Code, msg: String| Diagnostic::error(&f.path, imp.path_span, code, msg);
                let rel = module.and_then(|m| module_rel(&m.path, &imp.path));
                // The internal stand-ins serve Go's own files only (Go forbids the import elsewhere).
                let internal = imp.path.starts_with("internal/") && !super::goroot::is_goroot_file(&f.path);
                let bundled = if rel.is_none() && !internal { super::bundled::package(&imp.path) } else { None };
                let std_dir = if rel.is_none() && bundled.is_none() { super::goroot::package_dir(&imp.path) } else { None };
                if rel.is_none() && bundled.is_none() && std_dir.is_none() {
                    continue;
                }
                let target = match pkgs.iter().position(|p| *p == imp.path) {
                    Some(i) => i,
                    None if bundled.is_some() => {
                        pkgs.push(imp.path.clone());
                        edges.push(Vec::new());
                        for (name, src) in bundled.into_iter().flatten() {
                            add_file(&mut out, &super::bundled::file_path(&imp.path, name), src.as_bytes(), &imp.path, diags);
                        }
                        pkgs.len() - 1
                    }
                    None => {
                        let dir = match (module, rel, std_dir) {
                            (Some(module), Some(rel), _) => module.root.join(rel),
                            (_, _, Some(dir)) => dir,
                            _ => continue,
                        };
                        if dir.canonicalize().ok().is_some_and(|d| Some(&d) == main_dir.as_ref()) {
                            diags.push(at(Code::NotMainPackage, format!("import \"{}\" is a program, not an importable package", imp.path)));
                            continue;
                        }
                        let names = match go_files(&dir) {
                            Ok(n) if !n.is_empty() => n,
                            _ => {
                                diags.push(at(Code::MissingPackage, format!("no Go files for package {} (directory {})", imp.path, dir.display())));
                                continue;
                            }
                        };
                        pkgs.push(imp.path.clone());
                        edges.push(Vec::new());
                        for (p, src) in names {
                            match src {
                                Ok(b) => add_file(&mut out, &p, &b, &imp.path, diags),
                                Err(e) => diags.push(Diagnostic::error(&p, Span::default(), Code::Unreadable, format!("cannot read file: {e}"))),
                            }
                        }
                        pkgs.len() - 1
                    }
                };
                if !edges[next].iter().any(|(t, ..)| *t == target) {
                    edges[next].push((target, f.path.clone(), imp.path_span));
                }
            }
        }
        next += 1;
    }
    report_cycles(&pkgs, &edges, diags);
    out
}

/// `rel` of an import path `<module>/<rel>`; `Some("")` for the module path itself.
fn module_rel<'p>(module: &str, import: &'p str) -> Option<&'p str> {
    if import == module {
        return Some("");
    }
    import.strip_prefix(module)?.strip_prefix('/')
}

/// Reports each import that closes a cycle (depth first from the program's package, in import
/// order), as Go does: the chain of imports, then `import cycle not allowed`.
fn report_cycles(pkgs: &[String], edges: &[Vec<(usize, PathBuf, Span)>], diags: &mut Vec<Diagnostic>) {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    fn visit(p: usize, pkgs: &[String], edges: &[Vec<(usize, PathBuf, Span)>], mark: &mut [Mark], stack: &mut Vec<usize>, diags: &mut Vec<Diagnostic>) {
        mark[p] = Mark::Open;
        stack.push(p);
        for (t, file, span) in &edges[p] {
            match mark[*t] {
                Mark::New => visit(*t, pkgs, edges, mark, stack, diags),
                Mark::Open => {
                    let from = stack.iter().position(|s| s == t).unwrap_or(0);
                    let chain: Vec<&str> = stack[from..].iter().chain(std::iter::once(t)).map(|&i| pkgs[i].as_str()).collect();
                    diags.push(Diagnostic::error(file, *span, Code::ImportCycle, format!("import cycle not allowed: {}", chain.join(" imports "))));
                }
                Mark::Done => {}
            }
        }
        stack.pop();
        mark[p] = Mark::Done;
    }
    let mut mark = vec![Mark::New; pkgs.len()];
    visit(0, pkgs, edges, &mut mark, &mut Vec::new(), diags);
}
