//! Style rules of the whole translator crate, enforced on every file under `translator/src`
//! (CLI and driver, front end, emitter): only `syntax` touches tree-sitter, every file opens
//! with a `//!` line, and no file grows past 800 lines.

use std::path::{Path, PathBuf};

fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.filter_map(|e| e.ok()) {
        let p = e.path();
        if p.is_dir() {
            rs_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn translator_tidy() {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rs_files(&src, &mut files);
    files.sort();
    // Guards against a walk that silently finds nothing (a moved `src`).
    for expected in ["main.rs", "diag.rs", "syntax/mod.rs", "emit/mod.rs"] {
        assert!(files.contains(&src.join(expected)), "tidy walk missed {expected}");
    }
    let mut problems = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap_or_default();
        let rel = f.strip_prefix(&src).unwrap_or(f).display().to_string();
        if !text.starts_with("//!") {
            problems.push(format!("{rel}: must open with a `//!` line"));
        }
        let lines = text.lines().count();
        if lines > 800 {
            problems.push(format!("{rel}: {lines} lines (split it by construct family)"));
        }
        if !rel.starts_with("syntax") && text.contains("tree_sitter") {
            problems.push(format!("{rel}: only `syntax` may use tree-sitter"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
