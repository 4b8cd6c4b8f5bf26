//! The line-by-line comparison the std golden tests share: a program's output, built with
//! gort's `fmt`, against the output recorded from real Go (`fixtures/record`).
#![allow(dead_code)]

use gort::value::GoValue;
use gort::Str;

/// The program's output lines, as bytes (Go strings may hold invalid UTF-8).
#[derive(Default)]
pub struct Out(pub Vec<Vec<u8>>);

impl Out {
    /// Appends the lines of `t` (a trailing newline ends the last line).
    pub fn push(&mut self, t: Str) {
        let b = t.as_bytes();
        let b = b.strip_suffix(b"\n").unwrap_or(b);
        self.0.extend(b.split(|&c| c == b'\n').map(<[u8]>::to_vec));
    }
    /// `fmt.Println(args...)`.
    pub fn ln(&mut self, args: &[&dyn GoValue]) {
        self.push(gort::fmt::sprintln(args));
    }
    /// `fmt.Printf(format, args...)`.
    pub fn f(&mut self, format: &str, args: &[&dyn GoValue]) {
        self.push(gort::fmt::sprintf(&Str::copy_from(format), args));
    }
}

/// A Go string literal.
pub fn s(x: &'static str) -> Str {
    Str::lit(x)
}

/// Compares `got` with `tests/golden/<name>.out` and fails listing every differing line.
pub fn check(name: &str, got: &Out) {
    let path = format!("{}/tests/golden/{name}.out", env!("CARGO_MANIFEST_DIR"));
    let want = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let want: Vec<&[u8]> = want.strip_suffix(b"\n").unwrap_or(&want).split(|&c| c == b'\n').collect();
    let mut diffs = Vec::new();
    for i in 0..want.len().max(got.0.len()) {
        let (w, g) = (want.get(i).copied().unwrap_or(b"<none>"), got.0.get(i).map(Vec::as_slice).unwrap_or(b"<none>"));
        if w != g {
            let (w, g) = (String::from_utf8_lossy(w), String::from_utf8_lossy(g));
            diffs.push(format!("line {}:\n   go: {w}\n gort: {g}", i + 1));
        }
    }
    assert!(diffs.is_empty(), "{name}: {} lines differ:\n{}", diffs.len(), diffs.join("\n"));
}

/// Runs `f` the way a Go function with `defer func() { v = recover() }()` would: the value
/// of a Go panic in `f`, or nil.
pub fn recovered(f: impl FnOnce()) -> gort::Any {
    let slot = std::sync::Arc::new(parking_lot::Mutex::new(gort::Any::nil()));
    let s2 = slot.clone();
    let frame = gort::DeferFrame::new();
    frame.run_sync(|| {
        frame.defer(move || *s2.lock() = gort::recover());
        f()
    });
    slot.lock().clone()
}
