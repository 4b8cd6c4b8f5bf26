//! Go's panic texts against real Go: every case of `golden/panic_cases.go` runs in a child
//! process (this test binary re-run with `PANIC_CASE=n`) under `gort::run_main`; its exit code
//! and first stderr line must equal what Go printed (`golden/panic_cases.out`).
#![allow(non_snake_case)]

use std::process::Command;

use gort::value::{Stringer, ops};
use gort::{Any, Error, GoError, Map, Ptr, Slice, Str};

#[derive(Clone, Default)]
struct MyInt(i64);
gort::go_named!(MyInt = "main.MyInt"(i64));

#[derive(Clone, Default)]
struct MyStr(Str);
gort::go_named!(MyStr = "main.MyStr"(Str));

#[derive(Clone, Default)]
struct Temp(f64);
impl Stringer for Temp {
    fn String(&self) -> Str {
        gort::fmt::sprintf(&gort::Str::lit("%.1f degrees"), &[&self.0])
    }
}
gort::go_named!(Temp = "main.Temp"(f64) methods(String));

#[derive(Clone, Default, PartialEq)]
struct E {
    Code: i64,
}
impl GoError for E {
    fn Error(&self) -> Str {
        Str::lit("E") + &gort::strconv::itoa(self.Code)
    }
}
gort::go_struct!(E = "main.E" { Code: i64 } methods(Error));

fn panic_with<T: gort::GoValue>(v: T) -> ! {
    gort::go_panic(Any::from_value(v))
}

/// Mirrors `run` in panic_cases.go.
fn run(n: i64) {
    let idx = 5i64;
    let s = Slice::from_vec(vec![1i64, 2, 3]);
    let m = Map::<Str, i64>::nil();
    let p = Ptr::<E>::nil();
    let zero = 0i64;
    let neg = -1i64;
    let x = Any::from_value(Str::lit("str"));
    let nil_any = Any::nil();
    match n {
        0 => drop(s.get(idx)),
        1 => drop(s.slice(1, idx)),
        2 => drop(s.slice(3, 2)),
        3 => drop(s.slice3(0, 2, idx)),
        4 => m.set(Str::lit("a"), 1),
        5 => drop(p.with(|e| e.Code)),
        6 => drop(ops::div(idx, zero)),
        7 => drop(x.assert::<i64>()),
        8 => drop(nil_any.assert::<Str>()),
        9 => panic_with(E { Code: 7 }),
        10 => gort::go_panic(Any::from_value(gort::fmt::sprintf(&gort::Str::lit("bad value %d"), &[&42i64]))),
        11 => panic_with(42i64),
        12 => panic_with(MyInt(42)),
        13 => panic_with(3.5f64),
        14 => gort::go_panic(gort::errors::new(&gort::Str::lit("boom")).to_any()),
        15 => gort::go_panic(Any::nil()),
        16 => {
            let (a, b) = (Any::from_value(Slice::from_vec(vec![1i64])), Any::from_value(Slice::from_vec(vec![1i64])));
            std::hint::black_box(a == b);
        }
        17 => drop(ops::shl(1i64, neg)),
        18 => drop(Slice::<i64>::make_len(neg)),
        19 => panic_with(Str::lit("line1\nline2")),
        20 => panic_with(Temp(21.5)),
        21 => panic_with(MyStr(Str::lit("hi"))),
        22 => panic_with(true),
        23 => gort::go_panic(gort::fmt::errorf(&gort::Str::lit("wrapped: %w"), &[&gort::errors::new(&gort::Str::lit("inner"))]).to_any()),
        24 => drop(Str::lit("abc").at(idx)),
        25 => drop(s.slice_from(-neg - 2 + idx - idx).get(idx)),
        26 => panic_with(200u8),
        27 => panic_with(0.0f64),
        28 => drop(s.to_array::<4>()),
        29 => {
            drop(s.slice_to(0).to_array::<0>());
            drop(s.to_array::<3>());
            drop(s.slice3(0, 3, 3).to_array::<4>())
        }
        _ => {}
    }
    let _ = Error::nil();
}

#[test]
fn panic_child() {
    if let Ok(c) = std::env::var("PANIC_CASE") {
        let n: i64 = c.parse().unwrap();
        gort::run_main(async move { run(n) });
    }
}

#[test]
fn panics_match_go() {
    let want = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/panic_cases.out")).unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut diffs = Vec::new();
    for line in want.lines() {
        let mut f = line.splitn(3, '\t');
        let (n, code, first) = (f.next().unwrap(), f.next().unwrap(), f.next().unwrap());
        let out = Command::new(&exe)
            .args(["--exact", "panic_child", "--nocapture", "--test-threads=1"])
            .env("PANIC_CASE", n)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let got_first = stderr.split_inclusive('\n').next().unwrap_or("");
        let got = format!("{n}\t{}\t{}", out.status.code().unwrap_or(-1), gort::strconv::quote(&Str::copy_from(got_first)));
        if got != line {
            diffs.push(format!("   go: {line}\n gort: {got}"));
        }
        let _ = (code, first);
    }
    assert!(diffs.is_empty(), "{} panic texts differ:\n{}", diffs.len(), diffs.join("\n"));
}
