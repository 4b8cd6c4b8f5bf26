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
        let lines = main.lines().count();
        if !(20..=150).contains(&lines) {
            problems.push(format!("{}: main.go has {lines} lines (20–150)", f.name));
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
