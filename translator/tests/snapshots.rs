//! Snapshot tests of the emitted Rust: every change to the output's shape shows up as a diff of
//! `tests/snapshots/<fixture>.rs` in review. Regenerate with `UPDATE_EXPECT=1`; never edit a
//! snapshot by hand.
//!
//! Also checked for each: translating twice gives the same bytes, the output contains no
//! `unsafe`, and (where rustfmt is installed) the translation as `gort translate` writes it is
//! rustfmt-clean. Snapshots hold the prettyplease output (`Options::rustfmt` off), so they do
//! not depend on the installed rustfmt's version.

use std::path::PathBuf;

use gort_translator::driver::{self, Options};

/// Fixtures whose translations are kept as snapshots: one per construct family, plus the
/// program-like ones readers look at first.
const SNAPSHOTS: &[&str] = &[
    "pingpong",
    "worker_pool",
    "pipeline_stages",
    "select_timeout",
    "select_loop_control",
    "mutex_counter",
    "defer_recover_named_result",
    "interfaces_basic",
    "struct_embedding",
    "generics_stack_queue",
    "recursion_memo",
    "closures_counter",
    "range_func_iterators",
    "type_switch",
    "const_iota",
    "loopvar_per_iteration",
    "labelled_break_continue",
    "context_cancel_tree",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn translate(name: &str) -> String {
    let dir = root().join("fixtures").join(name);
    match driver::translate(&dir, &Options { keep_going: true, rustfmt: false }) {
        Ok(t) => t.project.main_rs,
        Err(diags) => panic!("{name} does not translate:\n{}", diags.iter().map(|d| d.render()).collect::<Vec<_>>().join("\n")),
    }
}

#[test]
fn emitted_rust_matches_snapshots() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some_and(|v| v == "1");
    let dir = root().join("translator").join("tests").join("snapshots");
    let mut mismatches = Vec::new();
    for name in SNAPSHOTS {
        let out = translate(name);
        assert_eq!(out, translate(name), "{name}: translation is not deterministic");
        assert!(!out.contains("unsafe"), "{name}: emitted code contains `unsafe`");
        let path = dir.join(format!("{name}.rs"));
        if update {
            std::fs::write(&path, &out).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if want != out {
            let line = want.lines().zip(out.lines()).position(|(a, b)| a != b).unwrap_or(want.lines().count().min(out.lines().count()));
            mismatches.push(format!("{name}: differs from {} at line {} (UPDATE_EXPECT=1 regenerates)", path.display(), line + 1));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn snapshots_are_rustfmt_clean() {
    let dir = root().join("translator").join("tests").join("snapshots");
    let Ok(status) = std::process::Command::new("rustfmt").arg("--version").output() else { return };
    if !status.status.success() {
        return;
    }
    for name in SNAPSHOTS {
        // What `gort translate` writes: the snapshot's code through rustfmt, which must then be
        // a fixed point of `rustfmt --check`.
        let src = std::fs::read_to_string(dir.join(format!("{name}.rs"))).unwrap();
        let Some(formatted) = gort_translator::print::rustfmt(&src) else { panic!("{name}: rustfmt failed") };
        let tmp = std::env::temp_dir().join(format!("gort-fmt-{}-{name}.rs", std::process::id()));
        std::fs::write(&tmp, &formatted).unwrap();
        let st = std::process::Command::new("rustfmt").args(["--edition", "2024", "--check"]).arg(&tmp).output().unwrap();
        let _ = std::fs::remove_file(&tmp);
        assert!(st.status.success(), "{name}: not rustfmt-clean:\n{}", String::from_utf8_lossy(&st.stdout));
    }
}

/// The blocking analysis keeps CPU-only functions synchronous: a recursive `fib` is a plain
/// `fn`, while a function that sends on a channel is `async`.
#[test]
fn cpu_only_recursion_stays_sync() {
    let out = translate("recursion_memo");
    assert!(out.contains("pub fn fib("), "fib should be a plain fn:\n{out}");
    assert!(!out.contains("async fn fib("), "fib must not be async");
    let pp = translate("pingpong");
    assert!(pp.contains("pub async fn player("), "player sends on channels: async");
}
