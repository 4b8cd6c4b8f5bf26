//! `gort check`: what in a Go program or tree translates and what does not — per package and
//! in total, with each finding's file:line:col, stable code and reason.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::diag::Diagnostic;
use crate::driver::{self, Options};

/// One package's result.
pub struct PackageReport {
    pub dir: PathBuf,
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks every Go package (directory with `.go` files) under `input` and prints a report.
pub fn run(input: &Path, json: bool) -> ExitCode {
    let mut dirs = Vec::new();
    if input.is_dir() {
        collect_dirs(input, &mut dirs);
    } else {
        dirs.push(input.to_path_buf());
    }
    let mut reports = Vec::new();
    for d in dirs {
        let diagnostics = match driver::translate(&d, &Options { keep_going: true, ..Options::default() }) {
            Ok(t) => t.diagnostics,
            Err(diags) => diags,
        };
        reports.push(PackageReport { dir: d, diagnostics });
    }
    let failing = reports.iter().filter(|r| r.diagnostics.iter().any(Diagnostic::is_error)).count();
    if json {
        print!("{}", to_json(&reports));
    } else {
        for r in &reports {
            let errors = r.diagnostics.iter().filter(|d| d.is_error()).count();
            if errors == 0 {
                println!("ok       {}", r.dir.display());
            } else {
                println!("blocked  {} ({errors} finding(s))", r.dir.display());
                for d in &r.diagnostics {
                    println!("  {}", d.render().replace('\n', "\n  "));
                }
            }
        }
        println!("{} package(s): {} translate, {} blocked", reports.len(), reports.len() - failing, failing);
    }
    if failing == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

fn collect_dirs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut has_go = false;
    let mut subdirs = Vec::new();
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if !name.starts_with('.') && name != "vendor" && name != "testdata" {
                subdirs.push(p);
            }
        } else if p.extension().is_some_and(|x| x == "go") && !p.to_string_lossy().ends_with("_test.go") {
            has_go = true;
        }
    }
    if has_go {
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

/// The report as JSON: `{"packages": [{"dir", "translates", "findings": [{file, line, col, code, message, hint}]}], "total", "translating", "blocked"}`.
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
        let ok = !r.diagnostics.iter().any(Diagnostic::is_error);
        pk.push(format!("{{\"dir\":{},\"translates\":{},\"findings\":[{}]}}", json_str(&r.dir.display().to_string()), ok, findings.join(",")));
    }
    let blocked = reports.iter().filter(|r| r.diagnostics.iter().any(Diagnostic::is_error)).count();
    format!("{{\"packages\":[{}],\"total\":{},\"translating\":{},\"blocked\":{}}}\n", pk.join(","), reports.len(), reports.len() - blocked, blocked)
}
