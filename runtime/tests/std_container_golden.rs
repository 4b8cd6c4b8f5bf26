//! `container/heap`, `container/list` and `flag` against recorded real-Go output:
//! `golden/std_container_cases.go` (recorded to `golden/std_container_cases.out` by
//! `fixtures/record`), mirrored here line by line: the slots Go's heap algorithms leave (ties
//! included), list operations and their no-op edge cases, and `FlagSet` parsing of argument
//! vectors with Go's error texts, usage output and `PrintDefaults` layout.
#![allow(non_camel_case_types, non_snake_case)]

mod common;

use common::{Out, check, recovered, s};
use gort::container::{heap, list};
use gort::value::GoValue;
use gort::{Any, Error, Iface, Ptr, Slice, Str, flag, strings, time};

#[derive(Clone, Default, PartialEq)]
struct item {
    prio: i64,
    id: i64,
}
gort::go_struct!(item = "main.item" { prio: i64, id: i64 });

#[derive(Clone, Default)]
struct byPrio(Slice<item>);
gort::go_named!(byPrio = "main.byPrio"(Slice<item>));
gort::go_ptr_adapter!(PtrByPrio(byPrio));

/// What the translator writes for `*byPrio`'s `heap.Interface` methods.
impl heap::Interface for PtrByPrio {
    fn Len(&self) -> i64 {
        self.0.with(|h| h.0.len())
    }
    fn Less(&self, i: i64, j: i64) -> bool {
        let h = self.0.get();
        h.0.get(i).prio < h.0.get(j).prio
    }
    fn Swap(&self, i: i64, j: i64) {
        self.0.get().0.swap(i, j)
    }
    fn Push(&self, x: &Any) {
        let it = x.assert::<item>();
        self.0.with_mut(|h| h.0 = gort::append(&h.0, &[it]));
    }
    fn Pop(&self) -> Any {
        let old = self.0.get().0;
        let x = old.get(old.len() - 1);
        self.0.with_mut(|h| h.0 = old.slice_to(old.len() - 1));
        Any::from_value(x)
    }
}

fn heap_string(h: &Ptr<byPrio>) -> Str {
    let b = strings::Builder::default();
    for it in h.get().0.to_vec() {
        gort::fmt::fprintf(&b, &s("%d.%d "), &[&it.prio, &it.id]);
    }
    b.string()
}

fn list_string(l: &list::List) -> Str {
    let b = strings::Builder::default();
    let mut e = l.front();
    while !e.is_nil() {
        gort::fmt::fprint(&b, &[&e.with(|x| x.Value.clone()), &s(" ")]);
        e = e.get().next();
    }
    b.write_string(&s("|"));
    let mut e = l.back();
    while !e.is_nil() {
        gort::fmt::fprint(&b, &[&s(" "), &e.with(|x| x.Value.clone())]);
        e = e.get().prev();
    }
    gort::fmt::sprintf(&s("%s len=%d"), &[&b.string(), &l.len()])
}

fn any<T: GoValue>(v: T) -> Any {
    Any::from_value(v)
}

fn heap_cases(o: &mut Out) {
    let h = Ptr::new(byPrio(Slice::nil()));
    for i in 0..12 {
        h.with_mut(|x| x.0 = gort::append(&x.0, &[item { prio: (i * 7) % 5, id: i }]));
    }
    let hi: Iface<dyn heap::Interface> = Iface::new(std::sync::Arc::new(PtrByPrio(h.clone())));
    heap::init(&hi);
    o.ln(&[&s("init"), &heap_string(&h)]);
    for i in 12..20 {
        heap::push(&hi, &any(item { prio: (i * 3) % 4, id: i }));
    }
    o.ln(&[&s("push"), &heap_string(&h)]);
    h.get().0.with_mut(3, |x| x.prio = -1);
    heap::fix(&hi, 3);
    h.get().0.with_mut(0, |x| x.prio = 9);
    heap::fix(&hi, 0);
    o.ln(&[&s("fix"), &heap_string(&h)]);
    let r1 = heap::remove(&hi, 5);
    let r2 = heap::remove(&hi, hi.Len() - 1);
    o.ln(&[&s("remove"), &r1, &r2, &heap_string(&h)]);
    let mut popped = Vec::new();
    while hi.Len() > 0 {
        let it = heap::pop(&hi).assert::<item>();
        popped.push(format!("{}.{}", it.prio, it.id));
    }
    o.ln(&[&s("pop"), &Str::from(popped.join(" "))]);
}

fn list_cases(o: &mut Out) {
    let l = list::new();
    let e1 = l.push_back(&any(1i64));
    let e2 = l.push_back(&any(2i64));
    let e0 = l.push_front(&any(0i64));
    let e3 = l.insert_after(&any(3i64), &e2);
    l.insert_before(&any(15i64), &e2);
    o.ln(&[&s("build"), &list_string(&l)]);
    l.move_to_front(&e3);
    l.move_to_back(&e0);
    l.move_before(&e1, &e3);
    l.move_after(&e2, &e0);
    o.ln(&[&s("moves"), &list_string(&l)]);
    l.move_to_front(&l.front());
    l.move_after(&e1, &e1);
    let other = list::new();
    let f = other.push_back(&any(s("x")));
    l.move_before(&e1, &f);
    o.ln(&[&s("no-ops"), &list_string(&l), &l.insert_before(&any(9i64), &f).is_nil(), &l.insert_after(&any(9i64), &f).is_nil()]);
    let (a, b, c) = (l.remove(&e3), l.remove(&e3), l.remove(&f));
    o.ln(&[&s("remove"), &a, &b, &c, &list_string(&l), &e3.get().next().is_nil(), &e3.get().prev().is_nil()]);
    l.push_back_list(&l);
    l.push_front_list(&other);
    o.ln(&[&s("lists"), &list_string(&l)]);
    e1.with_mut(|x| x.Value = any(s("one")));
    let (n, p) = (l.front().get().next().with(|x| x.Value.clone()), l.back().get().prev().with(|x| x.Value.clone()));
    o.ln(&[&s("value"), &list_string(&l), &n, &p]);
    l.init();
    o.ln(&[&s("init"), &list_string(&l), &l.front().is_nil(), &l.back().is_nil()]);
    let z = list::List::default();
    z.push_front(&any(s("a")));
    z.push_back(&any(s("b")));
    o.ln(&[&s("zero"), &list_string(&z)]);
}

#[derive(Clone, Default)]
struct csv(Slice<Str>);
gort::go_named!(csv = "main.csv"(Slice<Str>));
gort::go_ptr_adapter!(PtrCsv(csv));

impl flag::Value for PtrCsv {
    fn String(&self) -> Str {
        strings::join(&self.0.get().0, &s(","))
    }
    fn Set(&self, v: &Str) -> Error {
        self.0.with_mut(|c| c.0 = gort::append(&c.0, &[v.clone()]));
        Error::nil()
    }
}

struct Set {
    fs: Ptr<flag::FlagSet>,
    n: Ptr<i64>,
    name: Ptr<Str>,
    v: Ptr<bool>,
    ratio: Ptr<f64>,
    d: Ptr<time::Duration>,
    u: Ptr<u64>,
    tags: Ptr<csv>,
}

fn new_set(out: &strings::Builder) -> Set {
    let fs = flag::new_flag_set(&s("tool"), &flag::CONTINUE_ON_ERROR);
    let f = fs.get();
    f.set_output(&Iface::new(std::sync::Arc::new(out.clone())));
    let n = f.int(&s("n"), 3, &s("number of `items` to make"));
    let name = f.string(&s("name"), &s("gopher"), &s("who to greet"));
    let v = f.bool(&s("v"), false, &s("verbose"));
    let ratio = f.float64(&s("ratio"), 0.5, &s("mix ratio\nsecond line"));
    let d = f.duration(&s("timeout"), time::Duration(1_500_000_000), &s("how long"));
    let u = f.uint(&s("u"), 0, &s("a uint"));
    let tags = Ptr::new(csv::default());
    f.var(&Iface::new(std::sync::Arc::new(PtrCsv(tags.clone()))), &s("tag"), &s("add a tag (repeatable)"));
    let o = out.clone();
    f.func(&s("hook"), &s("called with its `arg`"), move |v: Str| {
        if v == s("bad") {
            return gort::fmt::errorf(&s("hook refuses %q"), &[&v]);
        }
        gort::fmt::fprintf(&o, &s("hook(%s)\n"), &[&v]);
        Error::nil()
    });
    let o = out.clone();
    f.bool_func(&s("trace"), &s("trace it"), move |v: Str| {
        gort::fmt::fprintf(&o, &s("trace(%s)\n"), &[&v]);
        Error::nil()
    });
    Set { fs, n, name, v, ratio, d, u, tags }
}

fn strs(v: &[&'static str]) -> Slice<Str> {
    Slice::from_vec(v.iter().map(|x| s(x)).collect())
}

fn flag_cases(o: &mut Out) {
    let out = strings::Builder::default();
    let cases: &[&[&str]] = &[
        &[],
        &["-n", "7", "--name=ann", "-v", "rest", "-n", "8"],
        &["-n=0x1f", "-ratio", "2.5e-1", "-timeout=1m30s", "-u", "0b101", "--", "-v"],
        &["-v=false", "-tag", "a", "--tag=b", "-hook", "x", "-trace", "-", "z"],
        &["-trace=no", "-name", "", "x"],
        &["-x"],
        &["---n", "1"],
        &["-=1"],
        &["-n"],
        &["-n", "abc"],
        &["-n", "99999999999999999999"],
        &["-u", "-1"],
        &["-v=maybe"],
        &["-timeout", "5"],
        &["-hook", "bad"],
        &["-h"],
        &["-help", "x"],
    ];
    for args in cases {
        out.reset();
        let st = new_set(&out);
        let fs = st.fs.get();
        let args = strs(args);
        let err = fs.parse(&args);
        o.f(
            "parse %q: err=%v n=%d name=%q v=%t ratio=%g d=%v u=%d tags=%v args=%q nargs=%d nflag=%d arg0=%q parsed=%t\n",
            &[
                &args, &err, &st.n.get(), &st.name.get(), &st.v.get(), &st.ratio.get(), &st.d.get(), &st.u.get(), &st.tags.get(), &fs.args(),
                &fs.n_arg(), &fs.n_flag(), &fs.arg(0), &fs.parsed(),
            ],
        );
        o.f("output %q\n", &[&out.string()]);
        if err == flag::err_help() {
            o.ln(&[&s("ErrHelp")]);
        }
        let set = std::cell::RefCell::new(Vec::new());
        fs.visit(|f| set.borrow_mut().push(f.with(|f| f.Name.clone()) + &s("=") + &f.with(|f| f.Value.clone()).String()));
        o.ln(&[&s("visit"), &Slice::from_vec(set.into_inner())]);
    }
    out.reset();
    let fs = new_set(&out).fs;
    let names = std::cell::RefCell::new(Vec::new());
    fs.get().visit_all(|f| names.borrow_mut().push(f.with(|f| f.Name.clone() + &s(":") + &f.DefValue)));
    o.ln(&[&s("visitall"), &Slice::from_vec(names.into_inner())]);
    let g = fs.get();
    let usage = g.lookup(&s("name")).with(|f| f.Usage.clone());
    let missing = g.lookup(&s("nope")).is_nil();
    let (e1, e2) = (g.set(&s("n"), &s("12")), g.set(&s("nope"), &s("1")));
    o.ln(&[&s("lookup"), &usage, &missing, &e1, &e2, &g.lookup(&s("n")).with(|f| f.Value.clone()), &g.n_flag()]);
    o.ln(&[&s("name"), &g.name(), &(g.error_handling() == flag::CONTINUE_ON_ERROR), &g.parsed(), &(g.arg(0) == s("")), &g.args().is_nil()]);
    let o2 = out.clone();
    let custom: std::sync::Arc<dyn Fn() + Send + Sync> = std::sync::Arc::new(move || {
        gort::fmt::fprintln(&o2, &[&s("custom usage")]);
    });
    fs.with_mut(|f| f.Usage = gort::Func::new(custom));
    let err = fs.get().parse(&strs(&["-zz"]));
    o.ln(&[&s("custom"), &err, &out.string()]);
    out.reset();
    fs.get().print_defaults();
    o.push(out.string());
    let p = flag::new_flag_set(&s(""), &flag::PANIC_ON_ERROR).get();
    p.set_output(&Iface::new(std::sync::Arc::new(out.clone())));
    out.reset();
    let v = recovered(|| {
        p.parse(&strs(&["-nope"]));
    });
    o.ln(&[&s("panic"), &v, &out.string()]);
    out.reset();
    let v = recovered(|| {
        p.int(&s("k"), 1, &s(""));
        p.int(&s("k"), 2, &s(""));
    });
    o.ln(&[&s("redefine"), &v, &out.string()]);
}

#[test]
fn std_container_golden() {
    let mut o = Out::default();
    heap_cases(&mut o);
    list_cases(&mut o);
    flag_cases(&mut o);
    check("std_container_cases", &o);
}
