//! Front-end throughput on a generated program (prints lines/s; asserts only that it runs
//! without diagnostics). `GORT_SPEED_FILE` points it at another file.

use std::path::PathBuf;

use gort_translator::sema;

#[test]
fn front_end_throughput() {
    let (path, src) = match std::env::var("GORT_SPEED_FILE") {
        Ok(p) => (PathBuf::from(&p), std::fs::read(&p).expect("read GORT_SPEED_FILE")),
        Err(_) => (PathBuf::from("gen.go"), generate(200).into_bytes()),
    };
    let lines = src.iter().filter(|b| **b == b'\n').count();
    // Per-stage timings (second round: warm caches).
    for _ in 0..2 {
    let t0 = std::time::Instant::now();
    let (tree, _) = gort_translator::syntax::parse(gort_translator::diag::FileId(0), &path, &src);
    let t1 = std::time::Instant::now();
    let (pkg, _) = gort_translator::ast::lower(&[(path.clone(), tree)]);
    let t2 = std::time::Instant::now();
    let _ = sema::analyze(&pkg, &sema::Config::default());
    let t3 = std::time::Instant::now();
    eprintln!("parse {:?}, lower {:?}, analyze {:?}", t1 - t0, t2 - t1, t3 - t2);
    }
    let start = std::time::Instant::now();
    let (_pkg, _info, diags) = sema::frontend(&[(path, src)], &sema::Config::default());
    let secs = start.elapsed().as_secs_f64();
    eprintln!("front end: {lines} lines in {secs:.3}s = {:.0} lines/s", lines as f64 / secs);
    assert!(diags.is_empty(), "{}", diags.iter().map(|d| d.render()).collect::<Vec<_>>().join("\n"));
}

/// A program of `n` struct types with methods, closures, loops, switches, maps and goroutines.
fn generate(n: usize) -> String {
    let mut s = String::from("package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n\t\"sync\"\n)\n\n");
    for i in 0..n {
        s.push_str(&format!(
            "type S{i} struct {{\n\tA int\n\tB string\n\tC []int\n\tm map[string]int\n}}\n\n\
             func (s *S{i}) Add(x int) int {{\n\ts.A += x\n\tfor i, v := range s.C {{\n\t\tif v > i {{\n\t\t\ts.A -= v\n\t\t}} else {{\n\t\t\ts.B = strings.Repeat(\"x\", i%3)\n\t\t}}\n\t}}\n\treturn s.A\n}}\n\n\
             func f{i}(n int, wg *sync.WaitGroup) (int, error) {{\n\tdefer wg.Done()\n\ts := &S{i}{{A: n, B: \"b\", C: []int{{1, 2, 3}}, m: map[string]int{{\"a\": 1}}}}\n\ttotal := 0\n\tadd := func(k int) {{ total += k }}\n\
             \tfor j := 0; j < n; j++ {{\n\t\tadd(s.Add(j))\n\t\tswitch {{\n\t\tcase j%2 == 0:\n\t\t\ttotal++\n\t\tdefault:\n\t\t\ttotal--\n\t\t}}\n\t}}\n\
             \tif v, ok := s.m[\"a\"]; ok {{\n\t\ttotal += v\n\t}}\n\treturn total, fmt.Errorf(\"%d\", total)\n}}\n\n"
        ));
    }
    s.push_str("func main() {\n\tvar wg sync.WaitGroup\n");
    for i in 0..n {
        s.push_str(&format!("\twg.Add(1)\n\tgo f{i}({}, &wg)\n", i % 7));
    }
    s.push_str("\twg.Wait()\n}\n");
    s
}
