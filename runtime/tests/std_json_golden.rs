//! Go's `encoding/json` encoder against recorded real-Go output: `golden/std_json_cases.go`
//! (recorded to `golden/std_json_cases.out` by `fixtures/record`), mirrored here line by line:
//! floats at the 'f'/'e' boundaries, string escaping, `[]byte` as base64, nil vs empty,
//! sorted map keys, struct tags (incl. `omitzero`), embedded structs with Go's dominance rule, pointers,
//! interfaces, time values, unsupported types and values, `MarshalIndent`, `Encoder` and
//! `Valid`.

#![allow(non_snake_case)]

mod common;

use std::sync::Arc;

use common::{Out, check, s};
use gort::encoding::json;
use gort::{Any, Array, Chan, Func, GoValue, Iface, Map, Ptr, Slice, Str, strings, time};

#[derive(Clone, Default)]
pub struct Base {
    pub ID: i64,
    pub Note: Str,
}
gort::go_struct!(Base = "main.Base" { ID: i64 = "json:\"id\"", Note: Str = "json:\"note,omitempty\"" });

#[derive(Clone, Default)]
pub struct Name1 {
    pub Name: Str,
}
gort::go_struct!(Name1 = "main.Name1" { Name: Str });

#[derive(Clone, Default)]
pub struct Name2 {
    pub Name: Str,
}
gort::go_struct!(Name2 = "main.Name2" { Name: Str });

#[derive(Clone, Default)]
pub struct Name3 {
    pub Name: Str,
}
gort::go_struct!(Name3 = "main.Name3" { Name: Str = "json:\"Name\"" });

#[derive(Clone, Default)]
pub struct Conflict {
    pub Name1: Name1,
    pub Name2: Name2,
}
gort::go_struct!(Conflict = "main.Conflict" { Name1: Name1, Name2: Name2 } embedded(Name1, Name2));

#[derive(Clone, Default)]
pub struct Tagged {
    pub Name1: Name1,
    pub Name3: Name3,
}
gort::go_struct!(Tagged = "main.Tagged" { Name1: Name1, Name3: Name3 } embedded(Name1, Name3));

#[derive(Clone, Default)]
pub struct Item {
    pub Base: Base,
    pub Name1: Ptr<Name1>,
    pub Title: Str,
    pub Price: f64,
    pub Tags: Slice<Str>,
    pub Attrs: Map<Str, i64>,
    pub Secret: Str,
    pub Count: i64,
    pub Flag: bool,
    pub hidden: i64,
    pub Extra: Any,
    pub Ptr: Ptr<i64>,
    pub Raw: Slice<u8>,
    pub Grid: Array<u8, 2>,
    pub Dash: i64,
}
gort::go_struct!(Item = "main.Item" {
    Base: Base,
    Name1: Ptr<Name1>,
    Title: Str = "json:\"title\"",
    Price: f64 = "json:\"price,omitempty\"",
    Tags: Slice<Str> = "json:\"tags\"",
    Attrs: Map<Str, i64> = "json:\"attrs,omitempty\"",
    Secret: Str = "json:\"-\"",
    Count: i64 = "json:\",string\"",
    Flag: bool = "json:\"flag,string\"",
    hidden: i64,
    Extra: Any = "json:\"extra\"",
    Ptr: Ptr<i64> = "json:\"ptr,omitempty\"",
    Raw: Slice<u8> = "json:\"raw\"",
    Grid: Array<u8, 2> = "json:\"grid\"",
    Dash: i64 = "json:\"-,\"",
} embedded(Base, Name1));

#[derive(Clone, Default)]
pub struct Times {
    pub When: time::Time,
    pub For: time::Duration,
}
gort::go_struct!(Times = "struct { When time.Time; For time.Duration }" { When: time::Time, For: time::Duration });

#[derive(Clone, Default)]
pub struct Zeroes {
    pub N: i64,
    pub S: Slice<i64>,
    pub T: time::Time,
    pub D: time::Duration,
    pub In: Base,
    pub A: Array<i64, 2>,
}
gort::go_struct!(Zeroes = "main.Zeroes" {
    N: i64 = "json:\"n,omitzero\"",
    S: Slice<i64> = "json:\"s,omitzero\"",
    T: time::Time = "json:\"t,omitzero\"",
    D: time::Duration = "json:\"d,omitempty\"",
    In: Base = "json:\"in,omitzero\"",
    A: Array<i64, 2> = "json:\"a,omitzero\"",
});

#[derive(Clone, Default)]
pub struct Node {
    pub V: i64,
    pub Next: Ptr<Node>,
}
gort::go_struct!(Node = "main.Node" { V: i64, Next: Ptr<Node> });

fn show(o: &mut Out, v: &dyn GoValue) {
    let (b, err) = json::marshal(v);
    o.ln(&[&Str::from(&b), &err]);
}

fn any<T: GoValue>(v: T) -> Any {
    Any::from_value(v)
}

#[test]
fn std_json_golden() {
    let mut o = Out::default();
    for f in [0.0, 1.0, -2.5, 0.1, 1e-6, 9.99e-7, 123456789.0, 1e20, 1e21, 1.5e300, -4e-10, 5e-324] {
        show(&mut o, &f);
    }
    for f in [0.1f32, 3.14, 1e-7, 1e21, 16777216.0] {
        show(&mut o, &f);
    }
    show(&mut o, &f64::INFINITY);
    show(&mut o, &f64::NAN);
    show(&mut o, &s("plain"));
    show(&mut o, &s("<a href=\"x\">&</a>"));
    show(&mut o, &s("tab\tnl\ncr\rbs\\bell\x07\x08\x0c\x1f\x7f"));
    show(&mut o, &s("\u{2028}\u{2029}é世"));
    show(&mut o, &Str::from_bytes_static(b"bad\xffutf8"));
    show(&mut o, &Slice::from_vec(b"any carnal pleas".to_vec()));
    show(&mut o, &Slice::<u8>::from_vec(Vec::new()));
    show(&mut o, &Slice::<u8>::nil());
    let mixed = Slice::from(vec![
        any(Slice::<i64>::nil()),
        any(Slice::<i64>::from_vec(Vec::new())),
        any(Map::<Str, i64>::default()),
        any(Map::<Str, i64>::from(Vec::new())),
        Any::nil(),
        any(true),
        any(-8i8),
        any(u64::MAX),
    ]);
    show(&mut o, &mixed);
    show(&mut o, &Map::from(vec![(s("b"), 2i64), (s("a"), 1), (s("c"), 3)]));
    show(&mut o, &Map::from(vec![(10i64, s("ten")), (9, s("nine")), (-1, s("minus"))]));
    show(&mut o, &Map::from(vec![(s("x"), Slice::from(vec![1i64, 2])), (s("y"), Slice::nil())]));
    show(&mut o, &Array::<Str, 3>([s("a"), s("b"), Str::default()]));
    show(&mut o, &Conflict { Name1: Name1 { Name: s("one") }, Name2: Name2 { Name: s("two") } });
    show(&mut o, &Tagged { Name1: Name1 { Name: s("one") }, Name3: Name3 { Name: s("three") } });
    let extra = Map::from(vec![(s("k"), any(Slice::from(vec![any(1.5f64), any(s("s")), Any::nil()])))]);
    let mut item = Item {
        Base: Base { ID: 7, ..Default::default() },
        Title: s("pen"),
        Count: 12,
        Extra: any(extra),
        Ptr: Ptr::new(5),
        Raw: Slice::from(vec![0u8, 255]),
        Dash: 1,
        ..Default::default()
    };
    show(&mut o, &item);
    item.Name1 = Ptr::new(Name1 { Name: s("named") });
    item.Base.Note = s("n");
    item.Price = 2.25;
    item.Attrs = Map::from(vec![(s("z"), 26)]);
    item.Flag = true;
    show(&mut o, &Ptr::new(item.clone()));
    show(&mut o, &Ptr::<Item>::default());
    let when = time::date(2024, &time::MAY, 6, 7, 8, 9, 10, &time::utc());
    show(&mut o, &Times { When: when, For: time::MILLISECOND * 1500 });
    show(&mut o, &());
    show(&mut o, &Zeroes::default());
    let z = Zeroes { S: Slice::from_vec(Vec::new()), In: Base { Note: s("x"), ..Default::default() }, A: Array([0, 1]), D: time::Duration(3), ..Default::default() };
    show(&mut o, &z);
    show(&mut o, &Chan::<i64>::make(0));
    let cyc = Ptr::new(Node { V: 1, Next: Ptr::default() });
    let next = cyc.clone();
    cyc.with_mut(|n| n.Next = next);
    show(&mut o, &cyc);
    show(&mut o, &Func::<dyn Fn() + Send + Sync>::new(Arc::new(|| {})));
    let (b, err) = json::marshal_indent(&item, &s(""), &s("  "));
    o.ln(&[&Str::from(&b), &err]);
    let m = Map::from(vec![
        (s("empty"), any(Slice::<i64>::from_vec(Vec::new()))),
        (s("obj"), any(Map::<Str, i64>::from(Vec::new()))),
        (s("list"), any(Slice::from(vec![1i64, 2]))),
    ]);
    let (b, err) = json::marshal_indent(&m, &s("# "), &s("\t"));
    o.ln(&[&Str::from(&b), &err]);
    let (b, err) = json::marshal_indent(&Slice::<i64>::from_vec(Vec::new()), &s(""), &s("  "));
    o.ln(&[&Str::from(&b), &err]);
    encoder_cases(&mut o);
    valid_cases(&mut o);
    check("std_json_cases", &o);
}

fn encoder_cases(o: &mut Out) {
    let sb = strings::Builder::default();
    let enc = json::new_encoder(&Iface::new(Arc::new(sb.clone())));
    o.ln(&[&enc.encode(&Base { ID: 1, Note: s("<n>") })]);
    enc.set_indent(&s(""), &s(" "));
    enc.encode(&Slice::from(vec![any(1i64), any(Map::from(vec![(s("a"), 1i64)]))]));
    enc.set_indent(&s(""), &s(""));
    enc.set_escape_html(false);
    enc.encode(&s("<&>"));
    o.ln(&[&enc.encode(&f64::NAN)]);
    o.f("%q\n", &[&sb.string()]);
}

fn valid_cases(o: &mut Out) {
    let cases: &[&[u8]] = &[
        b"{}",
        br#" [1, 2.5e3, -0, "a\u00e9\n", true, null, {"k": false}] "#,
        br#"{"a":1,}"#,
        b"[01]",
        br#""\x""#,
        b"tru",
        b"",
        b"1 2",
        b"\"a\tb\"",
        br#"{"a" 1}"#,
        b"-",
        b"1.",
        b"1e",
        br#""\ud800""#,
        b"\"\xff\"",
        br#"{"a":{"b":[{}]}}"#,
        b"[1,]",
        b"[,1]",
        b"{,}",
        b"0.5E-3",
        br#""open"#,
        br#"{"a":1,"a":2}"#,
        b"-01",
    ];
    for c in cases {
        let b = Slice::from_vec(c.to_vec());
        o.f("%v %q\n", &[&json::valid(&b), &Str::from(&b)]);
    }
    for n in [10001, 10000] {
        let deep = [vec![b'['; n], vec![b']'; n]].concat();
        o.ln(&[&json::valid(&Slice::from_vec(deep))]);
    }
}
