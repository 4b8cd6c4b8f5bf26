//! `gort check`: what in a Go program or tree translates and what does not — per package and
//! in total, with each finding's file:line:col, stable code and reason.
//!
//! Every directory with Go files is one package. A `package main` is checked as the program it
//! is (with the packages of its module that it imports); any other package is checked as a
//! library: as the packages of a program that imports it (a blank import from a program gort
//! makes up, which is never written), so a module's library packages are reported on their
//! own code, not refused for not being `main`. A finding is listed under the package whose file
//! it is in, once however many checked packages reach it; a package whose own code translates
//! but that imports a blocked one is reported as blocked by that import.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::diag::Diagnostic;
use crate::driver::{self, Options};
use crate::sema::{self, Module};

/// One package's result.
pub struct PackageReport {
    pub dir: PathBuf,
    /// `main`, or the package name of a library package.
    pub name: String,
    /// Findings in the package's own files.
    pub diagnostics: Vec<Diagnostic>,
    /// Directories of imported packages (of the same module) with errors.
    pub blocked_by: Vec<PathBuf>,
}

impl PackageReport {
    fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// Translates: no error in its own files nor in a package it imports.
    pub fn translates(&self) -> bool {
        self.errors() == 0 && self.blocked_by.is_empty()
    }
}

/// Checks every Go package (directory with `.go` files) under `input` and prints a report.
pub fn run(input: &Path, json: bool) -> ExitCode {
    let reports = check(input);
    let failing = reports.iter().filter(|r| !r.translates()).count();
    if json {
        print!("{}", to_json(&reports));
    } else {
        for r in &reports {
            let what = if r.name == "main" { String::new() } else { format!(" (library package {})", r.name) };
            if r.translates() {
                println!("ok       {}{what}", r.dir.display());
                continue;
            }
            let errors = r.errors();
            let by: Vec<String> = r.blocked_by.iter().map(|d| d.display().to_string()).collect();
            match (errors, by.is_empty()) {
                (0, _) => println!("blocked  {}{what}: imports blocked {}", r.dir.display(), by.join(", ")),
                (n, true) => println!("blocked  {}{what} ({n} finding(s))", r.dir.display()),
                (n, false) => println!("blocked  {}{what} ({n} finding(s); imports blocked {})", r.dir.display(), by.join(", ")),
            }
            for d in &r.diagnostics {
                println!("  {}", d.render().replace('\n', "\n  "));
            }
        }
        println!("{} package(s): {} translate, {} blocked", reports.len(), reports.len() - failing, failing);
    }
    if failing == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

/// The reports for every package at or under `input` (a file: that program alone).
pub fn check(input: &Path) -> Vec<PackageReport> {
    let mut dirs = Vec::new();
    if input.is_dir() {
        collect_dirs(input, &mut dirs);
    } else {
        dirs.push(input.to_path_buf());
    }
    let options = Options { keep_going: true, ..Options::default() };
    // Each package's run: every diagnostic it produced (its own and its imports').
    let mut runs: Vec<(PathBuf, String, Vec<Diagnostic>)> = Vec::new();
    for d in dirs {
        let (loaded, diags) = sema::load(&d);
        let name = if diags.iter().any(Diagnostic::is_error) { "main".to_string() } else { package_name(&loaded).unwrap_or_else(|| "main".into()) };
        let diags = if diags.iter().any(Diagnostic::is_error) {
            diags
        } else if name == "main" || !d.is_dir() {
            driver::translate_loaded(&d, &loaded, diags, &options).map_or_else(|e| e, |t| t.diagnostics)
        } else {
            let lib = as_library(&d, &name, &loaded);
            driver::translate_loaded(&d, &lib, diags, &options).map_or_else(|e| e, |t| t.diagnostics)
        };
        runs.push((d, name, diags));
    }
    // Attribute each finding to the checked package whose directory holds its file (else to
    // the run that found it), once.
    let keys: Vec<PathBuf> = runs.iter().map(|(d, ..)| canonical(if d.is_dir() { d } else { d.parent().unwrap_or(Path::new(".")) })).collect();
    let owner = |file: &Path| file.parent().map(canonical).and_then(|p| keys.iter().position(|k| *k == p));
    let mut reports: Vec<PackageReport> = runs.iter().map(|(d, name, _)| PackageReport { dir: d.clone(), name: name.clone(), diagnostics: Vec::new(), blocked_by: Vec::new() }).collect();
    let mut seen = BTreeSet::new();
    // Files of imported packages are found from the module's (absolute) root: shown relative
    // to the working directory when under it, as the user named the tree.
    let cwd = std::env::current_dir().ok().map(|c| canonical(&c));
    let shown = |p: &Path| match cwd.as_deref().and_then(|c| p.strip_prefix(c).ok()) {
        Some(rel) if p.is_absolute() => rel.to_path_buf(),
        _ => p.to_path_buf(),
    };
    for (i, (_, _, diags)) in runs.iter().enumerate() {
        for d in diags {
            let mut d = d.clone();
            d.path = shown(&d.path);
            let d = &d;
            let at = if input.is_dir() { owner(&d.path).unwrap_or(i) } else { i };
            if at != i && d.is_error() && !reports[i].blocked_by.contains(&reports[at].dir) {
                let dir = reports[at].dir.clone();
                reports[i].blocked_by.push(dir);
            }
            let key = (canonical(&d.path), d.span.line, d.span.col, d.code.as_str(), d.message.clone());
            if seen.insert(key) {
                reports[at].diagnostics.push(d.clone());
            }
        }
    }
    reports
}

/// The package clause's name of the first loaded file.
fn package_name(loaded: &sema::Loaded) -> Option<String> {
    let (path, src) = loaded.files.first()?;
    let (tree, _) = crate::syntax::parse(crate::diag::FileId(0), path, src);
    let (pkg, _) = crate::ast::lower(&[(path.clone(), tree)]);
    Some(pkg.files.first()?.package.as_ref()?.name.clone())
}

/// A made-up program that imports the library package in `dir` (named `name`) for its side
/// effects only, so the package is checked as a program's import. Outside a module the
/// package is given a module of its own.
fn as_library(dir: &Path, name: &str, loaded: &sema::Loaded) -> sema::Loaded {
    let module = loaded.module.clone().unwrap_or_else(|| Module { root: canonical(dir), path: format!("gort.check/{name}") });
    let rel = canonical(dir).strip_prefix(&module.root).map(|r| r.to_string_lossy().replace('\\', "/")).unwrap_or_default();
    let import = if rel.is_empty() { module.path.clone() } else { format!("{}/{rel}", module.path) };
    // A path in no directory that exists, so the program is never taken for one of the
    // module's packages.
    let path = dir.join(".gort-check").join("main.go");
    let src = format!("package main\n\nimport _ {import:?}\n\nfunc main() {{}}\n");
    sema::Loaded { files: vec![(path, src.into_bytes())], go_version: loaded.go_version, module: Some(module) }
}

/// The path with links and `..` resolved, as given when it does not exist.
fn canonical(p: &Path) -> PathBuf {
    p.canonicalize().unwrap_or_else(|_| p.to_path_buf())
}

fn collect_dirs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut has_go = false;
    let mut subdirs = Vec::new();
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if !name.starts_with('.') && !name.starts_with('_') && name != "vendor" && name != "testdata" {
                subdirs.push(p);
            }
        } else if p.extension().is_some_and(|x| x == "go") && !p.to_string_lossy().ends_with("_test.go") {
            has_go = true;
        }
    }
    // A directory whose files are all for other systems (or `//go:build ignore`) holds no
    // package here.
    if has_go && sema::package_files(dir).is_ok_and(|f| !f.is_empty()) {
        out.push(dir.to_path_buf());
    }
    subdirs.sort();
    for s in subdirs {
        collect_dirs(&s, out);
    }
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The report as JSON: `{"packages": [{"dir", "package", "translates", "blocked_by": [dir], "findings": [{file, line, col, code, severity, message, hint}]}], "total", "translating", "blocked"}`.
pub fn to_json(reports: &[PackageReport]) -> String {
    let mut pk = Vec::new();
    for r in reports {
        let findings: Vec<String> = r
            .diagnostics
            .iter()
            .map(|d| {
                format!(
                    "{{\"file\":{},\"line\":{},\"col\":{},\"code\":{},\"severity\":{},\"message\":{},\"hint\":{}}}",
                    json_str(&d.path.display().to_string()),
                    d.span.line,
                    d.span.col,
                    json_str(d.code.as_str()),
                    json_str(if d.is_error() { "error" } else { "warning" }),
                    json_str(&d.message),
                    d.hint.as_deref().map(json_str).unwrap_or_else(|| "null".into())
                )
            })
            .collect();
        let by: Vec<String> = r.blocked_by.iter().map(|d| json_str(&d.display().to_string())).collect();
        pk.push(format!(
            "{{\"dir\":{},\"package\":{},\"translates\":{},\"blocked_by\":[{}],\"findings\":[{}]}}",
            json_str(&r.dir.display().to_string()),
            json_str(&r.name),
            r.translates(),
            by.join(","),
            findings.join(",")
        ));
    }
    let blocked = reports.iter().filter(|r| !r.translates()).count();
    format!("{{\"packages\":[{}],\"total\":{},\"translating\":{},\"blocked\":{}}}\n", pk.join(","), reports.len(), reports.len() - blocked, blocked)
}
