//! The emitted-code contract in use: interface traits with `go_interface!`, assertions and
//! conversions, pointer projections and identity, pointer-receiver methods, named types.
#![allow(non_snake_case, non_camel_case_types)]

use std::sync::Arc;

use gort::value::Stringer;
use gort::{Any, Error, GoError, GoValue, Iface, Ptr, Slice, Str};

trait Shape: GoValue {
    fn Area(&self) -> f64;
}

#[derive(Clone, Default, PartialEq)]
struct Circle {
    R: f64,
}
gort::go_struct!(Circle = "main.Circle" { R: f64 });
impl Shape for Circle {
    fn Area(&self) -> f64 {
        3.0 * self.R * self.R
    }
}

#[derive(Clone, Default, PartialEq)]
struct Square {
    S: f64,
}
impl Square {
    fn String(this: &Ptr<Square>) -> Str {
        gort::fmt::sprintf(&gort::Str::lit("square(%v)"), &[&this.with(|s| s.S)])
    }
}
gort::go_struct!(Square = "main.Square" { S: f64 } ptr_methods(String));
impl Shape for Ptr<Square> {
    fn Area(&self) -> f64 {
        self.with(|s| s.S * s.S)
    }
}

gort::go_interface!(Shape = "main.Shape" { Area } impls [Circle, Ptr<Square>]);

fn sp(f: &str, args: &[&dyn GoValue]) -> String {
    gort::fmt::sprintf(&gort::Str::copy_from(f), args).to_string()
}

#[test]
fn interfaces_convert_assert_and_print() {
    let shapes: Slice<Iface<dyn Shape>> = Slice::from_vec(vec![
        Iface::new(Arc::new(Circle { R: 1.0 })),
        Iface::new(Arc::new(Ptr::new(Square { S: 2.0 }))),
        Iface::nil(),
    ]);
    assert_eq!(shapes.get(0).Area() + shapes.get(1).Area(), 7.0);
    assert_eq!(sp("%v %T", &[&shapes, &shapes]), "[{1} square(2) <nil>] []main.Shape");
    let a: Any = shapes.get(1).to_any();
    let back = a.convert::<dyn Shape>().expect("*Square implements Shape");
    assert_eq!(back.Area(), 4.0);
    assert!(a.convert::<dyn GoError>().is_none());
    assert!(a.convert::<dyn Stringer>().is_some());
    assert!(a.is::<Ptr<Square>>() && !a.is::<Circle>());
    assert!(Any::from_value(5i64).convert::<dyn Shape>().is_none());
    let err = std::panic::catch_unwind(|| Any::from_value(5i64).assert_iface::<dyn Shape>()).unwrap_err();
    let v = err.downcast::<gort::panic::GoPanic>().ok().expect("a Go panic").value;
    assert_eq!(gort::fmt::panic_value_text(&v), "interface conversion: int is not main.Shape: missing method Area");
    // Interface equality is Go's dynamic ==.
    assert!(shapes.get(0) == Iface::new(Arc::new(Circle { R: 1.0 })));
    assert!(shapes.get(1) != Iface::new(Arc::new(Ptr::new(Square { S: 2.0 }))));
    assert!(shapes.get(1) == shapes.get(1).clone());
    assert!(shapes.get(2).is_nil());
}

#[test]
fn pointers_project_and_compare_by_identity() {
    #[derive(Clone, Default)]
    struct pair {
        a: i64,
        b: Slice<i64>,
    }
    gort::go_struct!(pair = "main.pair" { a: i64, b: Slice<i64> });
    let p = Ptr::new(pair { a: 1, b: Slice::from_vec(vec![1, 2, 3]) });
    let pa = Ptr::field(&p, |v: &mut pair| &mut v.a);
    pa.set(10);
    assert_eq!(p.with(|v| v.a), 10);
    assert!(pa == Ptr::field(&p, |v: &mut pair| &mut v.a));
    assert!(p == p.clone() && p != Ptr::new(pair::default()));
    let s = p.with(|v| v.b.clone());
    let e = Ptr::elem(&s, 1);
    e.with_mut(|x| *x += 40);
    assert_eq!(sp("%v %+v", &[&p, &p.get()]), "&{10 [1 42 3]} {a:10 b:[1 42 3]}");
    assert!(Ptr::elem(&s, 1) == e && Ptr::elem(&s, 0) != e);
    let r = std::panic::catch_unwind(|| Ptr::<pair>::nil().get().a);
    let v = r.unwrap_err().downcast::<gort::panic::GoPanic>().ok().expect("a Go panic").value;
    assert_eq!(gort::fmt::panic_value_text(&v), "runtime error: invalid memory address or nil pointer dereference");
    // Comparing uncomparable structs through interfaces panics with the struct's name.
    let r = std::panic::catch_unwind(|| Any::from_value(pair::default()) == Any::from_value(pair::default()));
    let v = r.unwrap_err().downcast::<gort::panic::GoPanic>().ok().expect("a Go panic").value;
    assert_eq!(gort::fmt::panic_value_text(&v), "runtime error: comparing uncomparable type main.pair");
}

#[test]
fn errors_with_pointer_receivers_wrap_and_match() {
    #[derive(Clone, Default)]
    struct NotFound {
        Name: Str,
    }
    impl NotFound {
        fn Error(this: &Ptr<NotFound>) -> Str {
            this.with(|n| n.Name.clone()) + " not found"
        }
    }
    gort::go_struct!(NotFound = "main.NotFound" { Name: Str } ptr_methods(Error));
    let e: Error = Error::from_err(Ptr::new(NotFound { Name: Str::lit("x") }));
    let w = gort::fmt::errorf(&gort::Str::lit("lookup: %w"), &[&e]);
    assert_eq!(w.Error(), "lookup: x not found");
    assert!(gort::errors::is(&w, &e));
    let nf = gort::errors::as_::<Ptr<NotFound>>(&w).expect("as *NotFound");
    assert_eq!(nf.get().Name, "x");
    assert_eq!(sp("%v|%s|%T|%d", &[&e, &w, &w, &e]), "x not found|lookup: x not found|*fmt.wrapError|&{%!d(string=x)}");
    let any_err: Any = e.to_any();
    assert!(any_err.convert::<dyn GoError>().is_some());
}

/// `append_local`: gc's 32-byte stack buffer for a non-escaping slice's first growth (cap 4
/// for `[]int`, 32 for `[]byte`, 2 for strings), growslice when it has capacity already, when
/// the new length does not fit, and past the buffer. Figures from Go 1.27
/// (`fixtures/append_growth_escape`).
#[test]
fn append_local_uses_gc_stack_buffer_sizes() {
    use gort::value::append_local;
    let caps = |s: &Slice<i64>| (s.len(), s.cap());
    let mut s: Slice<i64> = Slice::nil();
    let mut seen = Vec::new();
    for i in 0..9 {
        s = append_local(&s, &[i]);
        seen.push(caps(&s));
    }
    assert_eq!(seen, [(1, 4), (2, 4), (3, 4), (4, 4), (5, 8), (6, 8), (7, 8), (8, 8), (9, 16)]);
    assert_eq!((0..9).map(|i| s.get(i)).collect::<Vec<_>>(), (0..9).collect::<Vec<_>>());
    assert_eq!(caps(&append_local(&Slice::nil(), &[1i64, 2, 3, 4, 5])), (5, 6));
    assert_eq!(append_local(&Slice::<u8>::nil(), b"go").cap(), 32);
    assert_eq!(append_local(&Slice::<Str>::nil(), &[Str::lit("a")]).cap(), 2);
    assert_eq!(append_local(&Slice::<i32>::nil(), &[1]).cap(), 8);
    // Capacity already there: ordinary growth.
    let made: Slice<i64> = Slice::make(0, 2);
    assert_eq!(caps(&append_local(&made, &[1, 2, 3])), (3, 4));
}

#[test]
fn copy_within_one_array_is_a_memmove_for_every_storage() {
    // Lock-free scalars ([]int), plain structs stored as words, and locked elements ([]string)
    // all copy like Go's memmove when source and destination overlap, in both directions.
    #[derive(Clone, Copy, Default, Debug, PartialEq)]
    struct P {
        x: i32,
    }
    gort::go_struct!(P = "main.P" { x: i32 });
    fn check<T: GoValue + Clone + Default + PartialEq + std::fmt::Debug>(mk: impl Fn(i64) -> T) {
        let s: Slice<T> = Slice::from_vec((0..6).map(&mk).collect());
        assert_eq!(gort::copy(&s.slice_from(1), &s), 5);
        assert_eq!(s.to_vec(), [0, 0, 1, 2, 3, 4].map(&mk).to_vec());
        let s: Slice<T> = Slice::from_vec((0..6).map(&mk).collect());
        assert_eq!(gort::copy(&s, &s.slice_from(2)), 4);
        assert_eq!(s.to_vec(), [2, 3, 4, 5, 4, 5].map(&mk).to_vec());
        s.swap(0, 5);
        assert_eq!(s.get(0), mk(5));
        assert_eq!(s.get(5), mk(2));
        let t = gort::append(&s.slice_to(2), &[mk(9)]);
        assert_eq!(s.get(2), mk(9), "append within capacity writes the shared array");
        assert_eq!(t.len(), 3);
    }
    check(|i| i);
    check(|i| P { x: i as i32 });
    check(|i| Str::from(i.to_string()));
}
