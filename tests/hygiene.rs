//! Rules every fixture must follow (fixtures/README.md), enforced here rather than by review.

use std::fs;

#[test]
fn fixtures_are_well_formed() {
    let root = crate::workspace_root();
    let dir = root.join("fixtures");
    let readme = fs::read_to_string(dir.join("README.md")).unwrap();
    let fixtures = crate::expect::discover(&dir, None).unwrap();
    assert!(fixtures.len() >= 110, "at least 110 fixtures, found {}", fixtures.len());
    let mut problems = Vec::new();
    for f in &fixtures {
        let main = fs::read_to_string(f.dir.join("main.go")).unwrap_or_default();
        // The packages of the fixture's module (with a go.mod) count with main.go.
        let packages = if f.dir.join("go.mod").exists() { module_go_files(&f.dir) } else { Vec::new() };
        let lines = main.lines().count() + packages.iter().map(|(_, text)| text.lines().count()).sum::<usize>();
        if !(20..=150).contains(&lines) {
            problems.push(format!("{}: its Go files have {lines} lines (20–150)", f.name));
        }
        for (path, text) in &packages {
            if !text.starts_with("// ") {
                problems.push(format!("{}: {} should open with a comment saying what it is for", f.name, path.display()));
            }
        }
        if !main.lines().any(|l| l.trim() == "package main") {
            problems.push(format!("{}: main.go is not `package main`", f.name));
        }
        if !main.starts_with("// ") {
            problems.push(format!("{}: main.go should open with a comment saying what it exercises", f.name));
        }
        if (f.expected.exit != 0) != f.expected.stderr1.is_some() {
            problems.push(format!("{}: expected.exit and expected.stderr1 go together (re-record it)", f.name));
        }
        if !readme.contains(&format!("`{}`", f.name)) {
            problems.push(format!("{}: not in the coverage list of fixtures/README.md", f.name));
        }
    }
    assert!(problems.is_empty(), "fixture problems:\n{}", problems.join("\n"));
}

/// The `.go` files in the subdirectories of a fixture's module, skipping nested modules (a
/// directory with its own go.mod, such as a stand-in `xsync/`), sorted by path.
fn module_go_files(dir: &std::path::Path) -> Vec<(std::path::PathBuf, String)> {
    let mut out = Vec::new();
    let mut todo: Vec<std::path::PathBuf> = fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
    while let Some(d) = todo.pop() {
        if d.join("go.mod").exists() {
            continue;
        }
        for p in fs::read_dir(&d).into_iter().flatten().flatten().map(|e| e.path()) {
            if p.is_dir() {
                todo.push(p);
            } else if p.extension().is_some_and(|x| x == "go") {
                out.push((p.strip_prefix(dir).unwrap_or(&p).to_path_buf(), fs::read_to_string(&p).unwrap_or_default()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn known_failures_name_real_fixtures() {
    let root = crate::workspace_root();
    let known = crate::KnownFailures::load(&root.join("tests").join("known_failures.txt")).unwrap();
    let fixtures = crate::expect::discover(&root.join("fixtures"), None).unwrap();
    let stale: Vec<&String> = known.entries.keys().filter(|k| !fixtures.iter().any(|f| &f.name == *k)).collect();
    assert!(stale.is_empty(), "entries in tests/known_failures.txt without a fixture: {stale:?}");
    let no_reason: Vec<&String> = known.entries.iter().filter(|(_, r)| r.is_empty()).map(|(k, _)| k).collect();
    assert!(no_reason.is_empty(), "entries without a reason: {no_reason:?}");
}
