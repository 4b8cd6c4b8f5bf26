//! Go's collection std packages against recorded real-Go output: `golden/std_coll_cases.go`
//! (recorded to `golden/std_coll_cases.out` by `fixtures/record`), mirrored here line by line:
//! slices (editing with Go's aliasing and capacities, Go's unstable order for ties,
//! iterators), sort (Interface, Slice, Reverse, typed slices, searches), maps, errors.As,
//! log.Logger, os files and environment.
#![allow(non_camel_case_types, non_snake_case)]

mod common;

use std::sync::Arc;

use common::{Out, check, recovered, s};
use gort::value::GoValue;
use gort::{Any, Error, Func, Iface, Map, Ptr, Slice, Str, cmp, errors, log, maps, math, os, slices, sort, strings};

#[derive(Clone, Default, PartialEq)]
struct person {
    name: Str,
    age: i64,
}
gort::go_struct!(person = "main.person" { name: Str, age: i64 });

#[derive(Clone, Default)]
struct byAge(Slice<person>);
gort::go_named!(byAge = "main.byAge"(Slice<person>));

impl sort::Interface for byAge {
    fn Len(&self) -> i64 {
        self.0.len()
    }
    fn Less(&self, i: i64, j: i64) -> bool {
        self.0.get(i).age < self.0.get(j).age
    }
    fn Swap(&self, i: i64, j: i64) {
        self.0.swap(i, j)
    }
}

#[derive(Clone, Default)]
struct myErr {
    code: i64,
}
impl myErr {
    fn Error(this: &Ptr<myErr>) -> Str {
        gort::fmt::sprint(&[&s("myErr "), &this.with(|e| e.code)])
    }
}
gort::go_struct!(myErr = "main.myErr" { code: i64 } ptr_methods(Error));

trait coder: GoValue {
    fn Code(&self) -> i64;
}
impl coder for Ptr<myErr> {
    fn Code(&self) -> i64 {
        self.with(|e| e.code)
    }
}
gort::go_interface!(coder = "main.coder" { Code } impls [Ptr<myErr>]);

fn people(n: i64) -> Slice<person> {
    Slice::from_vec((0..n).map(|i| person { name: gort::fmt::sprintf(&s("p%02d"), &[&i]), age: (i * 7) % 5 }).collect())
}

fn names(ps: &Slice<person>) -> Str {
    let mut out = Vec::new();
    for p in ps.to_vec() {
        out.extend_from_slice(&p.name.as_bytes()[1..]);
        out.push(b' ');
    }
    Str::from_vec(out)
}

fn ints(v: &[i64]) -> Slice<i64> {
    Slice::from_vec(v.to_vec())
}

fn by_age(a: person, b: person) -> i64 {
    cmp::compare(a.age, b.age)
}

fn editing(o: &mut Out) {
    let sl = Slice::<i64>::make(5, 8);
    for i in 0..5 {
        sl.set(i, i + 1);
    }
    let a = slices::insert(&sl, 2, &[10, 11]);
    o.ln(&[&s("insert"), &a, &a.len(), &a.cap(), &sl]);
    let b = slices::insert(&sl, 1, &[20, 21, 22, 23]);
    o.ln(&[&s("insert grow"), &b, &b.len(), &b.cap(), &sl]);
    let c = slices::insert(&sl, 5, &[30]);
    o.ln(&[&s("insert end"), &c, &c.len(), &c.cap(), &sl.slice_to(6)]);
    let d = slices::delete(&slices::clone(&a), 1, 3);
    o.ln(&[&s("delete"), &d, &d.len(), &d.cap()]);
    let a2 = ints(&[1, 2, 3, 4, 5, 6]);
    let d2 = slices::delete(&a2, 1, 3);
    o.ln(&[&s("delete zero"), &d2, &a2]);
    let a3 = ints(&[1, 2, 3, 4, 5, 6, 7]);
    let d3 = slices::delete_func(&a3, |x| x % 3 == 0);
    o.ln(&[&s("deletefunc"), &d3, &a3, &d3.len(), &d3.cap()]);
    let a4 = Slice::from_vec(vec![1.0, 1.0, 2.0, math::nan(), math::nan(), 3.0, 3.0, 3.0]);
    let c4 = slices::compact(&a4);
    o.ln(&[&s("compact"), &c4, &c4.len(), &a4]);
    let a5 = ints(&[0, 1, 2, 3, 4, 5]);
    let r1 = slices::replace(&a5, 1, 4, &[9]);
    o.ln(&[&s("replace shrink"), &r1, &a5]);
    let a6 = Slice::<i64>::make(6, 10);
    let r2 = slices::replace(&a6, 1, 2, &[7, 8, 9]);
    o.ln(&[&s("replace grow inplace"), &r2, &r2.len(), &r2.cap(), &a6]);
    let a7 = ints(&[0, 1, 2, 3]);
    let r3 = slices::replace(&a7, 1, 2, &[5, 6, 7, 8]);
    o.ln(&[&s("replace realloc"), &r3, &r3.len(), &r3.cap(), &a7]);
    let r4 = slices::replace(&ints(&[1, 2, 3]), 1, 3, &[4]);
    o.ln(&[&s("replace end"), &r4]);
    let g = slices::grow(&ints(&[1, 2]), 10);
    let nil_ints = Slice::<i64>::nil();
    o.ln(&[&s("grow"), &g, &g.len(), &g.cap(), &slices::grow(&nil_ints, 0).is_nil(), &slices::grow(&nil_ints, 3).cap()]);
    let cl = slices::clip(&sl.slice_to(2));
    o.ln(&[&s("clip"), &cl, &cl.len(), &cl.cap()]);
    let cn = slices::clone(&sl);
    o.ln(&[&s("clone"), &cn, &cn.cap(), &slices::clone(&nil_ints).is_nil(), &slices::clone(&ints(&[])).is_nil()]);
    let cc = slices::concat(&[ints(&[1]), Slice::nil(), ints(&[2, 3]), ints(&[])]);
    o.ln(&[&s("concat"), &cc, &cc.len(), &cc.cap(), &slices::concat::<i64>(&[]).is_nil(), &slices::concat(&[nil_ints.clone(), ints(&[])]).is_nil()]);
    let rp = slices::repeat(&Slice::from_vec(vec![s("a"), s("b")]), 3);
    o.ln(&[&s("repeat"), &rp, &rp.len(), &rp.cap(), &slices::repeat(&ints(&[]), 2).is_nil()]);
    let v = recovered(|| {
        slices::delete(&ints(&[1, 2, 3]), 2, 5);
    });
    o.ln(&[&s("delete panic:"), &v]);
    let v = recovered(|| {
        slices::insert(&ints(&[1, 2, 3]), 4, &[9]);
    });
    o.ln(&[&s("insert panic:"), &v]);
    let v = recovered(|| {
        slices::grow(&ints(&[]), -1);
    });
    o.ln(&[&s("grow panic:"), &v]);
    let v = recovered(|| {
        slices::max(&ints(&[]));
    });
    o.ln(&[&s("max panic:"), &v]);
    let v = recovered(|| {
        slices::chunk(&ints(&[1]), 0);
    });
    o.ln(&[&s("chunk panic:"), &v]);
}

fn sorting(o: &mut Out) {
    for n in [5i64, 13, 40, 100] {
        let ps = people(n);
        slices::sort_func(&ps, by_age);
        o.ln(&[&s("sortfunc"), &n, &names(&ps)]);
        let ps = people(n);
        slices::sort_stable_func(&ps, by_age);
        o.ln(&[&s("stable"), &n, &names(&ps)]);
        let ps = people(n);
        sort::sort(&byAge(ps.clone()));
        o.ln(&[&s("sort.Sort"), &n, &names(&ps), &sort::is_sorted(&byAge(ps.clone()))]);
        let ps = people(n);
        sort::stable(&byAge(ps.clone()));
        o.ln(&[&s("sort.Stable"), &n, &names(&ps)]);
        let ps = people(n);
        let p2 = ps.clone();
        sort::slice(&ps, move |i, j| p2.get(i).age < p2.get(j).age);
        let p3 = ps.clone();
        o.ln(&[&s("sort.Slice"), &n, &names(&ps), &sort::slice_is_sorted(&ps, move |i, j| p3.get(i).age < p3.get(j).age)]);
        let ps = people(n);
        let p2 = ps.clone();
        sort::slice_stable(&ps, move |i, j| p2.get(i).age > p2.get(j).age);
        o.ln(&[&s("sort.SliceStable"), &n, &names(&ps)]);
    }
    let desc = Slice::from_vec((0..60i64).map(|i| (i * 37) % 60 - (i % 3)).collect());
    slices::sort(&desc);
    let fl = Slice::from_vec(vec![3.0, math::nan(), -1.0, math::inf(1), 0.0, -0.0, math::nan(), -math::MAX_FLOAT64]);
    slices::sort(&fl);
    let st = Slice::from_vec(vec![s("pear"), s(""), s("apple"), s("Apple"), s("äpfel"), s("fig")]);
    slices::sort(&st);
    o.ln(&[&s("sort"), &desc.slice_to(10), &fl, &st, &slices::is_sorted(&desc), &slices::is_sorted(&ints(&[2, 1]))]);
    let (ix, found) = slices::binary_search(&desc, 7);
    let (ix2, found2) = slices::binary_search(&desc, 1000);
    let (ix3, found3) = slices::binary_search(&fl, math::nan());
    let sorted = people(20);
    slices::sort_stable_func(&sorted, by_age);
    let (ix4, found4) = slices::binary_search_func(&sorted, 3i64, |p: person, age: i64| cmp::compare(p.age, age));
    o.ln(&[&s("search"), &ix, &found, &ix2, &found2, &ix3, &found3, &ix4, &found4]);
    let ps = people(12);
    let oldest = slices::max_func(&ps, by_age);
    let youngest = slices::min_func(&ps, by_age);
    o.ln(&[
        &s("minmax"), &slices::max(&Slice::from_vec(vec![1.0, math::nan(), 3.0])), &slices::min(&Slice::from_vec(vec![1.0, 3.0, -2.0])),
        &slices::max(&Slice::from_vec(vec![s("b"), s("c"), s("a")])), &oldest, &youngest,
    ]);
    o.ln(&[
        &s("find"), &slices::index(&st, s("fig")), &slices::index(&st, s("kiwi")), &slices::contains(&fl, math::nan()),
        &slices::index_func(&ps, |p| p.age == 4), &slices::contains_func(&ps, |p| p.age > 4),
        &slices::equal(&Slice::from_vec(vec![math::nan()]), &Slice::from_vec(vec![math::nan()])), &slices::equal(&ints(&[]), &Slice::nil()),
        &slices::compare(&ints(&[1, 2]), &ints(&[1, 2, 3])), &slices::compare(&ints(&[1, 3]), &ints(&[1, 2, 3])),
        &slices::compare(&Slice::from_vec(vec![s("a")]), &Slice::from_vec(vec![s("a")])), &slices::is_sorted_func(&sorted, by_age),
    ]);
    let rv = ints(&[1, 2, 3, 4, 5]);
    slices::reverse(&rv);
    o.ln(&[&s("reverse"), &rv]);
}

/// Runs a sequence like Go's `for k, v := range seq { … }` with `body` returning false for
/// `break`.
fn range2<K: Send + 'static, V: Send + 'static>(seq: &gort::iter::Seq2<K, V>, body: impl FnMut(K, V) -> bool + Send + 'static) {
    let body = Arc::new(parking_lot::Mutex::new(body));
    (**seq)(Func::new(Arc::new(move |k, v| (body.lock())(k, v))));
}

fn iterators(o: &mut Out) {
    let line = Arc::new(parking_lot::Mutex::new(Vec::<u8>::new()));
    let l2 = line.clone();
    range2(&slices::all(&Slice::from_vec(vec![s("a"), s("b"), s("c")])), move |i, v| {
        l2.lock().extend_from_slice(gort::fmt::sprint(&[&s("all "), &i, &v, &s(" ")]).as_bytes());
        true
    });
    o.push(Str::from_vec(std::mem::take(&mut *line.lock())));
    let l2 = line.clone();
    range2(&slices::backward(&Slice::from_vec(vec![s("a"), s("b"), s("c")])), move |i, v| {
        if i == 0 {
            return false;
        }
        l2.lock().extend_from_slice(gort::fmt::sprint(&[&s("back "), &i, &v, &s(" ")]).as_bytes());
        true
    });
    o.push(Str::from_vec(std::mem::take(&mut *line.lock())));
    let l2 = line.clone();
    gort::iter::drain(&*slices::chunk(&ints(&[1, 2, 3, 4, 5]), 2), move |ch: Slice<i64>| {
        l2.lock().extend_from_slice(gort::fmt::sprint(&[&s("chunk "), &ch, &ch.len(), &ch.cap(), &s(" ")]).as_bytes());
    });
    o.push(Str::from_vec(std::mem::take(&mut *line.lock())));
    let col = slices::collect(&*slices::values(&ints(&[3, 1, 2])));
    let empty_col = slices::collect(&*slices::values(&ints(&[])));
    let app = slices::append_seq(&ints(&[9]), &*slices::values(&ints(&[8, 7])));
    o.ln(&[&s("collect"), &col, &col.len(), &col.cap(), &empty_col.is_nil(), &app]);
    let m = Map::from(vec![(s("b"), 2i64), (s("a"), 1), (s("c"), 3), (s("d"), 4)]);
    let keys = slices::sorted(&*maps::keys(&m));
    let vals = slices::sorted(&*maps::values(&m));
    let by_len = slices::sorted_func(&*maps::keys(&m), |x: Str, y: Str| -strings::compare(&x, &y));
    o.ln(&[&s("maps"), &keys, &vals, &by_len, &maps::collect(&*maps::all(&m)).len(), &maps::equal(&m, &maps::collect(&*maps::all(&m)))]);
    let m2 = maps::clone(&m);
    maps::delete_func(&m2, |_k, v| v % 2 == 0);
    let m3 = Map::from(vec![(s("z"), 26i64)]);
    maps::copy(&m3, &m2);
    let nil_map = Map::<Str, i64>::nil();
    o.ln(&[&s("maps2"), &m2, &m3, &maps::equal(&m, &m2), &maps::clone(&nil_map).is_nil(), &m.len()]);
    let total = Arc::new(parking_lot::Mutex::new(0i64));
    let t2 = total.clone();
    range2(&maps::all(&m), move |_k, v| {
        *t2.lock() += v;
        *t2.lock() <= 100
    });
    let n = *total.lock();
    o.ln(&[&s("maps3"), &n]);
}

fn sort_package(o: &mut Out) {
    let xs = ints(&[5, 2, 8, 1, 9, 3]);
    let iface = |x: &Slice<i64>| -> Iface<dyn sort::Interface> { Iface::new(Arc::new(sort::IntSlice(x.clone()))) };
    sort::sort(&sort::reverse(&iface(&xs)));
    o.ln(&[&s("reverse"), &xs, &sort::is_sorted(&sort::reverse(&iface(&xs))), &sort::ints_are_sorted(&xs)]);
    let is = sort::IntSlice(ints(&[3, 1, 2]));
    is.sort();
    let ss = sort::StringSlice(Slice::from_vec(vec![s("b"), s("c"), s("a")]));
    ss.sort();
    let fs = sort::Float64Slice(Slice::from_vec(vec![2.5, math::nan(), -1.0]));
    fs.sort();
    o.ln(&[&s("typed"), &is, &is.len(), &is.less(0, 1), &is.search(2), &ss, &ss.search(&s("bb")), &fs, &fs.search(2.5), &fs.less(0, 1)]);
    is.swap(0, 2);
    o.ln(&[&s("typed swap"), &is]);
    let fl2 = Slice::from_vec(vec![2.0, 1.0, math::nan()]);
    sort::float64s(&fl2);
    let st2 = Slice::from_vec(vec![s("b"), s("a")]);
    sort::strings(&st2);
    let it2 = ints(&[3, 1]);
    sort::ints(&it2);
    o.ln(&[&s("sorts"), &fl2, &sort::float64s_are_sorted(&fl2), &st2, &sort::strings_are_sorted(&st2), &it2]);
    o.ln(&[
        &s("searches"), &sort::search_ints(&ints(&[1, 3, 5]), 4), &sort::search_strings(&Slice::from_vec(vec![s("a"), s("c")]), &s("b")),
        &sort::search_float64s(&Slice::from_vec(vec![1.5, 2.5]), 2.5), &sort::search(100, |i| i * i >= 50),
    ]);
    let (fi, ff) = sort::find(10, |i| cmp::compare(6, i));
    let (fi2, ff2) = sort::find(10, |i| cmp::compare(60, i));
    o.ln(&[&s("find"), &fi, &ff, &fi2, &ff2]);
    let v = recovered(|| sort::slice(&Any::from_value(42i64), |_, _| false));
    o.ln(&[&s("sort.Slice panic:"), &v]);
}

fn errors_log_os(o: &mut Out) {
    let err = gort::fmt::errorf(&s("wrap: %w"), &[&Ptr::new(myErr { code: 7 })]);
    let me = Ptr::new(Ptr::<myErr>::nil());
    let cd = Ptr::new(Iface::<dyn coder>::nil());
    let any_t = Ptr::new(Any::nil());
    let as1 = errors::r#as(&err, &me);
    let code1 = me.get().with(|e| e.code);
    let as2 = errors::r#as(&err, &cd);
    let code2 = cd.get().Code();
    let as3 = errors::r#as(&err, &any_t);
    o.ln(&[&s("as"), &as1, &code1, &as2, &code2, &as3, &any_t.get()]);
    let me2 = Ptr::new(Ptr::<myErr>::nil());
    o.ln(&[&s("as miss"), &errors::r#as(&errors::new(&s("x")), &me2), &me2.get().is_nil(), &errors::r#as(&Error::nil(), &me2)]);
    let j = errors::join(&[errors::new(&s("a")), Error::from_err(Ptr::new(myErr { code: 9 }))]);
    let me3 = Ptr::new(Ptr::<myErr>::nil());
    let as4 = errors::r#as(&j, &me3);
    o.ln(&[&s("as join"), &as4, &me3.get().with(|e| e.code), &errors::unwrap(&j).is_nil(), &errors::err_unsupported()]);
    let v = recovered(|| {
        errors::r#as(&err, &Any::nil());
    });
    o.ln(&[&s("as panic:"), &v]);
    let v = recovered(|| {
        errors::r#as(&err, &myErr::default());
    });
    o.ln(&[&s("as panic:"), &v]);

    let buf = strings::Builder::new();
    let l = log::new(&Iface::new(Arc::new(buf.clone())), &s("pre: "), 0).get();
    l.println(&[&s("a"), &1i64]);
    l.printf(&s("%d|%s"), &[&2i64, &s("x")]);
    l.print(&[&s("no newline")]);
    l.set_prefix(&s("[p] "));
    l.set_flags(log::LMSGPREFIX);
    l.print(&[&s("msgprefix\n")]);
    o.f("log %q %q %d\n", &[&buf.string(), &l.prefix(), &l.flags()]);
    let l2 = l.clone();
    let v = recovered(move || l2.panicf(&s("bad %d"), &[&3i64]));
    o.ln(&[&s("log panic:"), &v]);
    let all = buf.string();
    o.f("log %q %d %q\n", &[&all.slice_from(all.len() - 15), &log::default().get().flags(), &log::default().get().prefix()]);

    let (_, err) = os::read_file(&s("/nonexistent/dir/file"));
    o.ln(&[&s("readfile"), &err]);
    let (_, err) = os::read_file(&s("/"));
    o.ln(&[&s("readdir"), &err]);
    let path = s("/tmp/gort_std_coll_cases.txt");
    let err = os::write_file(&path, &s("hello\nfile").to_bytes(), &os::FileMode(0o644));
    let (data, err2) = os::read_file(&path);
    o.f("writefile %v %v %q %d %d\n", &[&err, &err2, &data, &data.len(), &data.cap()]);
    let err = os::write_file(&s("/nonexistent/dir/file"), &Slice::nil(), &os::FileMode(0o644));
    o.ln(&[&s("writefile err"), &err]);
    os::setenv(&s("GORT_STD_TEST"), &s("v1"));
    let (v, ok) = os::lookup_env(&s("GORT_STD_TEST"));
    let (v2, ok2) = os::lookup_env(&s("GORT_STD_TEST_UNSET"));
    o.ln(&[&s("env"), &os::getenv(&s("GORT_STD_TEST")), &v, &ok, &v2.is_empty(), &ok2, &os::setenv(&s(""), &s("x")), &(os::getpid() > 0), &!os::args().is_empty()]);
    let (h, err) = os::hostname();
    o.ln(&[&s("os"), &!h.is_empty(), &err, &os::stdout().get().name(), &os::stderr().get().name(), &os::stdin().get().name(), &(os::stdout() == os::stdout())]);
}

#[test]
fn collection_std_matches_go() {
    let mut o = Out::default();
    editing(&mut o);
    sorting(&mut o);
    iterators(&mut o);
    sort_package(&mut o);
    errors_log_os(&mut o);
    check("std_coll_cases", &o);
}
