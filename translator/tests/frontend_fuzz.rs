//! Malformed input never panics the front end, and every diagnostic points inside its file.
//!
//! A deterministic property test: valid Go programs (the fixtures and the test data) are
//! mutated (truncated, byte ranges deleted, duplicated or swapped, junk bytes inserted) and run
//! through `sema::frontend`. `GORT_FUZZ_ITERS` sets the number of mutants (default 1500),
//! `GORT_FUZZ_SEED` the seed. A failing mutant is written to the target directory; check it in
//! under `tests/data/fuzz/` so `fuzz_regression_corpus` keeps it fixed.

use std::path::{Path, PathBuf};

use gort_translator::sema;

/// xorshift64*: small, deterministic, good enough to pick offsets.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            go_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}

/// Runs the front end on one file's bytes; returns a description of any violated property.
fn check(name: &Path, bytes: &[u8]) -> Result<(), String> {
    let files = vec![(name.to_path_buf(), bytes.to_vec())];
    let result = std::panic::catch_unwind(|| sema::frontend(&files, &sema::Config::default()));
    let (_pkg, _info, diags) = result.map_err(|p| {
        let msg = p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default();
        format!("panic: {msg}")
    })?;
    let len = bytes.len() as u32;
    let lines = bytes.iter().filter(|b| **b == b'\n').count() as u32 + 1;
    // Diagnostics in Go's own files (std packages translated from `$GOROOT`, when a Go is
    // installed) are the driver's to fold into one at the program's import.
    for d in diags.iter().filter(|d| !sema::goroot::is_goroot_file(&d.path)) {
        let s = d.span;
        if s.file.0 != 0 || s.start > s.end || s.end > len || s.line == 0 || s.line > lines || s.col == 0 {
            return Err(format!("diagnostic out of bounds (len {len}, {lines} lines): {}", d.render()));
        }
        let _ = d.render();
    }
    Ok(())
}

fn mutate(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let mut v = src.to_vec();
    let rounds = 1 + rng.below(3);
    for _ in 0..rounds {
        let n = v.len();
        match rng.below(6) {
            0 => v.truncate(rng.below(n + 1)),
            1 => {
                let a = rng.below(n + 1);
                let b = (a + rng.below(64)).min(n);
                v.drain(a..b);
            }
            2 => {
                let a = rng.below(n + 1);
                let b = (a + rng.below(128)).min(n);
                let chunk = v[a..b].to_vec();
                let at = rng.below(v.len() + 1);
                v.splice(at..at, chunk);
            }
            3 => {
                let junk: &[&[u8]] = &[b"\xff\xfe", b"\0", b"{", b"}", b"(", b")", b"\"", b"`", b"'", b"/*", b"func", b"<-", b"...", b"[", b"]", b"\n", b";", b"0x", b"1e", b"\\u", b"\xc3"];
                let j = junk[rng.below(junk.len())];
                let at = rng.below(n + 1);
                v.splice(at..at, j.iter().copied());
            }
            4 => {
                if n > 2 {
                    let a = rng.below(n / 2);
                    let b = n / 2 + rng.below(n / 2);
                    v.swap(a, b);
                }
            }
            _ => {
                let at = rng.below(n + 1);
                let b = rng.next() as u8;
                v.insert(at, b);
            }
        }
    }
    v
}

#[test]
fn fuzz_mutated_programs() {
    let mut inputs = Vec::new();
    go_files(&manifest().join("../fixtures"), &mut inputs);
    go_files(&manifest().join("tests/data/frontend"), &mut inputs);
    assert!(!inputs.is_empty(), "no seed programs found");
    let sources: Vec<Vec<u8>> = inputs.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    let iters: usize = std::env::var("GORT_FUZZ_ITERS").ok().and_then(|s| s.parse().ok()).unwrap_or(1500);
    let seed: u64 = std::env::var("GORT_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x9E37_79B9_7F4A_7C15);
    let mut rng = Rng(seed | 1);
    let out_dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let mut failures = Vec::new();
    for i in 0..iters {
        let src = &sources[rng.below(sources.len())];
        let mutant = mutate(&mut rng, src);
        if let Err(e) = check(Path::new("mutant.go"), &mutant) {
            let path = out_dir.join(format!("fuzz-failure-{i}.go"));
            let _ = std::fs::write(&path, &mutant);
            failures.push(format!("{}: {e}", path.display()));
            if failures.len() >= 5 {
                break;
            }
        }
    }
    assert!(failures.is_empty(), "front end failed on mutated input:\n{}", failures.join("\n"));
}

#[test]
fn fuzz_regression_corpus() {
    let mut corpus = Vec::new();
    go_files(&manifest().join("tests/data/fuzz"), &mut corpus);
    assert!(!corpus.is_empty(), "regression corpus is empty");
    let mut failures = Vec::new();
    for p in &corpus {
        let bytes = std::fs::read(p).unwrap_or_default();
        if let Err(e) = check(p, &bytes) {
            failures.push(format!("{}: {e}", p.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn generated_edge_inputs() {
    // Inputs too odd to keep as files: empty, binary noise, and very deep nesting.
    let mut cases: Vec<Vec<u8>> = vec![Vec::new(), b"\0\0\0".to_vec(), (0u8..=255).collect()];
    let mut deep = b"package main\nfunc main() { x := ".to_vec();
    deep.extend(std::iter::repeat_n(b'(', 5000));
    deep.push(b'1');
    deep.extend(std::iter::repeat_n(b')', 5000));
    deep.extend_from_slice(b"\n_ = x }\n");
    cases.push(deep);
    let mut chain = b"package main\nfunc main() { x := 1".to_vec();
    for _ in 0..3000 {
        chain.extend_from_slice(b" + 1");
    }
    chain.extend_from_slice(b"\n_ = x }\n");
    cases.push(chain);
    let mut blocks = b"package main\nfunc main() ".to_vec();
    blocks.extend(std::iter::repeat_n(b'{', 3000));
    blocks.extend(std::iter::repeat_n(b'}', 3000));
    cases.push(blocks);
    for (i, c) in cases.iter().enumerate() {
        if let Err(e) = check(Path::new("edge.go"), c) {
            panic!("edge case {i}: {e}");
        }
    }
}
