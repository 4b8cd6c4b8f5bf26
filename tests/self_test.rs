//! The harness tested on itself: `self-test/fake-gort` stands in for the translator, hand-written
//! translations stand in for its output, and `self-test/expected.txt` says what must be reported.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::{Config, KnownFailures, Outcome};

#[test]
fn harness_reports_every_kind_of_outcome() {
    let root = crate::workspace_root();
    let data = root.join("tests").join("self-test");
    let target = target_dir();
    let cfg = Config {
        fixtures_dir: data.join("fixtures"),
        filter: None,
        translator: data.join("fake-gort"),
        runtime_dir: root.join("runtime"),
        work_dir: target.join("e2e-self-test"),
        // Shared with the real run, so the runtime is compiled once for both.
        cargo_target_dir: target.join("e2e").join("target"),
        crate_name: "gort-e2e-self-test".into(),
        lockfile: Some(root.join("Cargo.lock")),
        cargo: std::env::var_os("CARGO").map(PathBuf::from).unwrap_or_else(|| "cargo".into()),
        run_timeout: Duration::from_secs(3),
        translate_timeout: Duration::from_secs(30),
        jobs: 2,
        known: KnownFailures::load(&data.join("known_failures.txt")).unwrap(),
    };
    let report = crate::run(&cfg).unwrap();
    let rendered = report.render();
    let expected = std::fs::read_to_string(data.join("expected.txt")).unwrap();
    let mut checked = 0;
    for line in expected.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        if let Some(summary) = line.strip_prefix("summary ") {
            assert_eq!(rendered.lines().last(), Some(summary), "report:\n{rendered}");
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        let (name, outcome, detail_prefix) = (words[0], words[1], words[2..].join(" "));
        let result = report.results.iter().find(|r| r.name == name).unwrap_or_else(|| panic!("no result for {name}"));
        match (&result.outcome, outcome) {
            (Outcome::Pass, "pass") => {}
            (Outcome::Fail { stage, detail }, want) if stage.as_str() == want => {
                let normalized = detail.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(normalized.starts_with(&detail_prefix), "{name}: detail {detail:?} does not start with {detail_prefix:?}");
            }
            (got, want) => panic!("{name}: expected {want}, got {got:?}\nreport:\n{rendered}"),
        }
        checked += 1;
    }
    assert_eq!(checked, report.results.len(), "expected.txt must cover every self-test fixture");
    let s = report.summary();
    assert_eq!(s.unexpected_passes, ["known_now_passes"]);
    assert_eq!(s.stale, ["no_such_fixture"]);
    assert_eq!(s.known_failures, ["known_listed"]);
    assert!(!s.ok());
}

/// `<target>` of this test binary (`<target>/<profile>/deps/gort_tests-<hash>`).
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent().and_then(Path::parent).and_then(Path::parent).expect("<target>/<profile>/deps").to_path_buf()
}
