//! Go's fmt against recorded real-Go output: every case of `golden/fmt_cases.txt` is built
//! with gort values, formatted with `gort::fmt::sprintf`, and compared with
//! `golden/fmt_cases.out` (recorded from `golden/fmt_cases.go` by `fixtures/record`).
#![allow(non_snake_case, non_camel_case_types)]

use std::sync::Arc;

use gort::value::Stringer;
use gort::{Any, Array, Error, GoValue, Map, Ptr, Slice, Str};

#[derive(Clone, Default, PartialEq)]
struct Point {
    X: i64,
    Y: i64,
}
gort::go_struct!(Point = "main.Point" { X: i64, Y: i64 });

#[derive(Clone, Default)]
struct person {
    name: Str,
    Age: i64,
}
gort::go_struct!(person = "main.person" { name: Str, Age: i64 });

#[derive(Clone, Default)]
struct Celsius(f64);
impl Stringer for Celsius {
    fn String(&self) -> Str {
        gort::fmt::sprintf(&gort::Str::lit("%.1f°C"), &[&self.0])
    }
}
gort::go_named!(Celsius = "main.Celsius"(f64) methods(String));

#[derive(Clone, Default)]
struct MyInt(i64);
gort::go_named!(MyInt = "main.MyInt"(i64));

#[derive(Clone, Default)]
struct Names(Slice<Str>);
gort::go_named!(Names = "main.Names"(Slice<Str>));

#[derive(Clone, Default)]
struct Temp {
    Where: Str,
    T: Celsius,
    t: Celsius,
}
gort::go_struct!(Temp = "main.Temp" { Where: Str, T: Celsius, t: Celsius });

#[derive(Clone, Default)]
struct Outer {
    Name: Str,
    P: Ptr<Point>,
    Tags: Slice<Str>,
    M: Map<Str, i64>,
    Inner: Point,
    Any: Any,
    Err: Error,
}
gort::go_struct!(Outer = "main.Outer" { Name: Str, P: Ptr<Point>, Tags: Slice<Str>, M: Map<Str, i64>, Inner: Point, Any: Any, Err: Error });

#[derive(Clone, Default)]
struct ErrCode {
    Code: i64,
}
impl ErrCode {
    fn Error(this: &Ptr<ErrCode>) -> Str {
        Str::from(format!("code {}", this.with(|e| e.Code)))
    }
}
gort::go_struct!(ErrCode = "main.ErrCode" { Code: i64 } ptr_methods(Error));

fn ints(s: &str) -> Vec<i64> {
    if s.is_empty() { Vec::new() } else { s.split(',').map(|p| p.parse().unwrap()).collect() }
}

fn unquote(s: &str) -> Str {
    let (v, err) = gort::strconv::unquote(&Str::copy_from(s));
    assert!(err.is_nil(), "bad quoted string {s}");
    v
}

fn float(s: &str) -> f64 {
    gort::strconv::parse_float(&Str::copy_from(s), 64).0
}

fn strs(s: &str) -> Vec<Str> {
    if s.is_empty() { Vec::new() } else { s.split(',').map(Str::copy_from).collect() }
}

/// Mirrors `parseArg` in fmt_cases.go.
fn arg(a: &str) -> Box<dyn GoValue> {
    let (kind, val) = a.split_once(':').unwrap_or((a, ""));
    match kind {
        "nil" => Box::new(Any::nil()),
        "i" => Box::new(val.parse::<i64>().unwrap()),
        "i8" => Box::new(val.parse::<i8>().unwrap()),
        "i16" => Box::new(val.parse::<i16>().unwrap()),
        "i32" => Box::new(val.parse::<i32>().unwrap()),
        "u" => Box::new(val.parse::<u64>().unwrap()),
        "u8" => Box::new(val.parse::<u8>().unwrap()),
        "u16" => Box::new(val.parse::<u16>().unwrap()),
        "u32" => Box::new(val.parse::<u32>().unwrap()),
        "f" => Box::new(float(val)),
        "f32" => Box::new(gort::strconv::parse_float(&Str::copy_from(val), 32).0 as f32),
        "b" => Box::new(val == "true"),
        "s" => Box::new(unquote(val)),
        "[]i" => Box::new(Slice::from_vec(ints(val))),
        "nil[]i" => Box::new(Slice::<i64>::nil()),
        "[]s" => Box::new(Slice::from_vec(strs(val))),
        "[]u8" => Box::new(Slice::from_vec(ints(val).into_iter().map(|n| n as u8).collect::<Vec<u8>>())),
        "nil[]u8" => Box::new(Slice::<u8>::nil()),
        "[]f" => Box::new(Slice::from_vec(val.split(',').map(float).collect::<Vec<f64>>())),
        "[]any" => Box::new(Slice::from_vec(val.split('|').map(arg_any).collect::<Vec<Any>>())),
        "[3]i" => {
            let v = ints(val);
            Box::new(Array([v[0], v[1], v[2]]))
        }
        "[2]u8" => {
            let v = ints(val);
            Box::new(Array([v[0] as u8, v[1] as u8]))
        }
        "map[s]i" => {
            let m = Map::<Str, i64>::make();
            for kv in val.split(',').filter(|s| !s.is_empty()) {
                let (k, v) = kv.split_once('=').unwrap();
                m.set(Str::copy_from(k), v.parse().unwrap());
            }
            Box::new(m)
        }
        "nilmap" => Box::new(Map::<Str, i64>::nil()),
        "map[i]s" => {
            let m = Map::<i64, Str>::make();
            for kv in val.split(',') {
                let (k, v) = kv.split_once('=').unwrap();
                m.set(k.parse().unwrap(), Str::copy_from(v));
            }
            Box::new(m)
        }
        "map[f]b" => {
            let m = Map::<f64, bool>::make();
            for kv in val.split(',') {
                let (k, v) = kv.split_once('=').unwrap();
                m.set(float(k), v == "true");
            }
            Box::new(m)
        }
        "pt" => {
            let v = ints(val);
            Box::new(Point { X: v[0], Y: v[1] })
        }
        "&pt" => {
            let v = ints(val);
            Box::new(Ptr::new(Point { X: v[0], Y: v[1] }))
        }
        "nil*pt" => Box::new(Ptr::<Point>::nil()),
        "[]pt" => {
            let v = ints(val);
            Box::new(Slice::from_vec(v.chunks(2).map(|c| Point { X: c[0], Y: c[1] }).collect::<Vec<_>>()))
        }
        "person" | "&person" => {
            let (name, age) = val.split_once(',').unwrap();
            let p = person { name: Str::copy_from(name), Age: age.parse().unwrap() };
            if kind == "person" { Box::new(p) } else { Box::new(Ptr::new(p)) }
        }
        "celsius" => Box::new(Celsius(float(val))),
        "[]celsius" => Box::new(Slice::from_vec(val.split(',').map(|p| Celsius(float(p))).collect::<Vec<_>>())),
        "temp" => Box::new(Temp { Where: Str::lit("here"), T: Celsius(float(val)), t: Celsius(float(val)) }),
        "myint" => Box::new(MyInt(val.parse().unwrap())),
        "names" => Box::new(Names(Slice::from_vec(strs(val)))),
        "err" => Box::new(gort::errors::new(&Str::copy_from(val))),
        "errcode" => Box::new(Ptr::new(ErrCode { Code: val.parse().unwrap() })),
        "wrapped" => {
            let inner = gort::errors::new(&Str::copy_from(val));
            Box::new(gort::fmt::errorf(&gort::Str::lit("outer: %w"), &[&inner]))
        }
        "nilerr" => Box::new(Error::nil()),
        "outer" => Box::new(Outer {
            Name: Str::copy_from(val),
            P: Ptr::nil(),
            Tags: Slice::from_vec(vec![Str::lit("a"), Str::lit("b")]),
            M: Map::from(vec![(Str::lit("z"), 26), (Str::lit("a"), 1)]),
            Inner: Point { X: 1, Y: 2 },
            Any: Any::from_value(3.5f64),
            Err: Error::nil(),
        }),
        "&outer" => Box::new(Ptr::new(Outer {
            Name: Str::copy_from(val),
            P: Ptr::nil(),
            Tags: Slice::nil(),
            M: Map::nil(),
            Inner: Point { X: 3, Y: 4 },
            Any: Any::from_value(Str::lit("x")),
            Err: gort::errors::new(&gort::Str::lit("bad")),
        })),
        "struct{}" => Box::new(()),
        _ => panic!("unknown arg kind {kind}"),
    }
}

/// An argument as a Go `any` (for `[]any` elements).
fn arg_any(a: &str) -> Any {
    let (kind, val) = a.split_once(':').unwrap_or((a, ""));
    match kind {
        "nil" => Any::nil(),
        "i" => Any::from_value(val.parse::<i64>().unwrap()),
        "f" => Any::from_value(float(val)),
        "b" => Any::from_value(val == "true"),
        "s" => Any::from_value(unquote(val)),
        _ => panic!("unsupported []any element {kind}"),
    }
}

#[test]
fn fmt_matches_go() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/");
    let cases = std::fs::read_to_string(format!("{dir}fmt_cases.txt")).unwrap();
    let expected = std::fs::read_to_string(format!("{dir}fmt_cases.out")).unwrap();
    let expected: Vec<&str> = expected.lines().collect();
    let mut failures = Vec::new();
    let mut n = 0;
    for line in cases.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (fs, args) = line.split_once('\t').unwrap_or((line, ""));
        let format = unquote(fs);
        let values: Vec<Box<dyn GoValue>> = if args.is_empty() { Vec::new() } else { args.split(';').map(arg).collect() };
        let refs: Vec<&dyn GoValue> = values.iter().map(|b| &**b).collect();
        let got = gort::fmt::sprintf(&format, &refs);
        let got_line = format!("{n}\t{}", gort::strconv::quote(&got));
        let want = expected.get(n).copied().unwrap_or("<missing>");
        if got_line != want {
            failures.push(format!("case {n}: {fs} {args}\n   go: {want}\n gort: {got_line}"));
        }
        n += 1;
    }
    assert_eq!(n, expected.len(), "case count differs from the recording");
    assert!(failures.is_empty(), "{} of {n} cases differ:\n{}", failures.len(), failures.join("\n"));
    let _ = Arc::new(0);
}
