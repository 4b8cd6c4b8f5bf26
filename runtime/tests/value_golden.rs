//! Go's value model and std mirrors against recorded real-Go output: `golden/value_cases.go`
//! (recorded to `golden/value_cases.out` by `fixtures/record`) is mirrored here line by line
//! with gort: slice growth and aliasing, strings, strconv errors, maps, integer semantics,
//! errors, durations, sorting.
#![allow(non_snake_case, non_camel_case_types)]

use gort::fmt::{sprintf, sprintln};
use gort::value::ops;
use gort::{Any, Error, GoError, GoValue, Map, Ptr, Slice, Str, append, errors, strconv, strings};

#[derive(Clone, Default, PartialEq)]
struct triple {
    a: i64,
    b: i64,
    c: i64,
}
gort::go_struct!(triple = "main.triple" { a: i64, b: i64, c: i64 });

#[derive(Clone, Default)]
struct MyErr {
    Op: Str,
}
impl MyErr {
    fn Error(this: &Ptr<MyErr>) -> Str {
        Str::lit("myerr ") + &this.with(|e| e.Op.clone())
    }
}
gort::go_struct!(MyErr = "main.MyErr" { Op: Str } ptr_methods(Error));

fn s(x: &'static str) -> Str {
    Str::lit(x)
}

fn strs(v: &[&'static str]) -> Slice<Str> {
    Slice::from_vec(v.iter().map(|x| Str::lit(x)).collect())
}

/// The program's output lines, as bytes (Go strings may hold invalid UTF-8).
struct Out(Vec<Vec<u8>>);
impl Out {
    fn push(&mut self, t: Str) {
        let b = t.as_bytes();
        let b = b.strip_suffix(b"\n").unwrap_or(b);
        self.0.extend(b.split(|&c| c == b'\n').map(<[u8]>::to_vec));
    }
    fn ln(&mut self, args: &[&dyn GoValue]) {
        self.push(sprintln(args));
    }
    fn f(&mut self, format: &str, args: &[&dyn GoValue]) {
        self.push(sprintf(&Str::copy_from(format), args));
    }
}

fn cases(o: &mut Out) {
    // 1. append growth
    let (mut a, mut b, mut st, mut t) = (Slice::<i64>::nil(), Slice::<u8>::nil(), Slice::<Str>::nil(), Slice::<triple>::nil());
    for i in 0..40i64 {
        a = append(&a, &[i]);
        b = append(&b, &[i as u8]);
        st = append(&st, &[s("x")]);
        t = append(&t, &[triple::default()]);
        o.ln(&[&s("grow"), &i, &a.cap(), &b.cap(), &st.cap(), &t.cap()]);
    }
    o.ln(&[&a.slice_to(3), &b.slice_to(3), &st.slice_to(3), &t.slice_to(1)]);
    let mut big = Slice::<i64>::make_len(300);
    for i in 0..5i64 {
        big = append(&big, &[i]);
        o.ln(&[&s("grow-big"), &big.len(), &big.cap()]);
    }
    let m5 = append(&Slice::from_vec(vec![]), &[1i64, 2, 3, 4, 5]);
    o.ln(&[&s("multi"), &m5.len(), &m5.cap(), &m5]);
    let m7 = append(&Slice::from_vec(vec![1i64, 2]), &[3, 4, 5, 6, 7]);
    o.ln(&[&s("multi2"), &m7.len(), &m7.cap(), &m7]);
    let bs = gort::value::append_str(&s("hi").to_bytes(), &s(" there, world"));
    o.ln(&[&s("bytes"), &bs.len(), &bs.cap(), &Str::from(&bs)]);
    // 2. aliasing
    let base = Slice::from_vec(vec![1i64, 2, 3, 4, 5]);
    let mut sub = base.slice(1, 3);
    o.ln(&[&s("sub"), &sub, &sub.len(), &sub.cap()]);
    sub = append(&sub, &[99]);
    o.ln(&[&s("alias"), &base, &sub]);
    let mut sub3 = base.slice3(1, 3, 3);
    sub3 = append(&sub3, &[77]);
    o.ln(&[&s("alias3"), &base, &sub3, &sub3.cap()]);
    let n = gort::copy(&base.slice_from(1), &base);
    o.ln(&[&s("copy"), &n, &base]);
    let nil_s = Slice::<i64>::nil();
    o.ln(&[&s("nil"), &nil_s.is_nil(), &nil_s.len(), &nil_s.cap(), &nil_s, &nil_s.slice_to(0).is_nil(), &Slice::<i64>::from_vec(vec![]).is_nil()]);
    o.ln(&[&s("conv"), &s("hello").to_bytes().cap(), &s("héllo").to_runes().cap(), &s("héllo").to_runes().len(), &Str::from_runes(&Slice::from_vec(vec![104, 233]))]);
    // 3. strings
    let parts = strings::split(&s("a,b,,c"), &s(","));
    o.f("split %q %d %d\n", &[&parts, &parts.len(), &parts.cap()]);
    o.f("splitn %q %q %q\n", &[&strings::split_n(&s("a,b,c"), &s(","), 2), &strings::split(&s("abc"), &s("")), &strings::split_after(&s("a,b"), &s(","))]);
    o.f("fields %q\n", &[&strings::fields(&s("  foo bar\t baz \n"))]);
    o.ln(&[&s("join"), &strings::join(&strs(&["x", "y", "z"]), &s("-")), &strings::repeat(&s("ab"), 3)]);
    o.ln(&[&s("replace"), &strings::replace(&s("oink oink oink"), &s("k"), &s("ky"), 2), &strings::replace_all(&s("oink oink"), &s("oink"), &s("moo")), &strings::replace(&s("abc"), &s(""), &s("-"), -1)]);
    o.ln(&[&s("case"), &strings::to_upper(&s("héllo wörld")), &strings::to_lower(&s("HÉLLO")), &strings::title(&s("hello go-lang world"))]);
    o.f("trim %q %q %q %q %q\n", &[&strings::trim_space(&s("  \t hi \n")), &strings::trim(&s("xxhixx"), &s("x")), &strings::trim_left(&s("aabcaa"), &s("a")), &strings::trim_prefix(&s("prefix-body"), &s("prefix-")), &strings::trim_suffix(&s("a.go"), &s(".go"))]);
    o.ln(&[&s("index"), &strings::index(&s("chicken"), &s("ken")), &strings::index(&s("chicken"), &s("dmr")), &strings::last_index(&s("go gopher"), &s("go")), &strings::index_rune(&s("chicken"), 'k' as i32), &strings::index_byte(&s("golang"), b'l'), &strings::index_any(&s("golang"), &s("xyzn"))]);
    o.ln(&[&s("has"), &strings::contains(&s("seafood"), &s("foo")), &strings::has_prefix(&s("golang"), &s("go")), &strings::has_suffix(&s("golang"), &s("ng")), &strings::count(&s("cheese"), &s("e")), &strings::count(&s("five"), &s("")), &strings::equal_fold(&s("Go"), &s("GO"))]);
    let (before, after, found) = strings::cut(&s("key=value"), &s("="));
    o.ln(&[&s("cut"), &before, &after, &found]);
    let sb = strings::Builder::new();
    for i in 0..3i64 {
        gort::fmt::fprintf(&sb, &gort::Str::lit("%d-"), &[&i]);
    }
    sb.write_string(&s("end"));
    sb.write_byte(b'!');
    sb.write_rune('é' as i32);
    o.ln(&[&s("builder"), &sb.string(), &sb.len()]);
    let mut line = Str::default();
    for (i, r) in Str::from_bytes_static(b"a\xc3\xa9\xffz").runes() {
        line += gort::fmt::sprint(&[&i, &s(":"), &r, &s(" ")]);
    }
    o.push(line);
    let st = s("héllo");
    o.ln(&[&s("str"), &st.len(), &st.at(1), &st.slice(1, 3), &(st.slice_to(2) + "!"), &(st > s("hello"))]);
    // 4. strconv
    for inp in ["42", "-12", "+5", "x", "", " 1", "99999999999999999999", "-9223372036854775808", "0x1f"] {
        let (v, err) = strconv::atoi(&s(inp));
        o.ln(&[&s("atoi"), &v, &err]);
    }
    for (inp, base, bits) in [("ff", 16, 64), ("0x1f", 0, 64), ("0b101", 0, 8), ("0o17", 0, 64), ("017", 0, 64), ("1_000", 0, 64), ("1_000", 10, 64), ("300", 10, 8), ("-129", 10, 8), ("z", 36, 64), ("1", 1, 64), ("1", 10, 65)] {
        let (v, err) = strconv::parse_int(&s(inp), base, bits);
        o.ln(&[&s("parseint"), &v, &err]);
    }
    let (u, err) = strconv::parse_uint(&s("-1"), 10, 64);
    o.ln(&[&s("parseuint"), &u, &err]);
    for inp in ["3.14", "1e400", "-1e400", "abc", "0x1p-2", "inf", "-Infinity", "NaN", "1_000.5", ".5", "5.", "1e", "1e-400", "+.5e1"] {
        let (f, err) = strconv::parse_float(&s(inp), 64);
        o.ln(&[&s("parsefloat"), &f, &err]);
    }
    let (f32v, err) = strconv::parse_float(&s("3.4e39"), 32);
    o.ln(&[&s("parsefloat32"), &f32v, &err]);
    for inp in ["true", "T", "0", "maybe"] {
        let (v, err) = strconv::parse_bool(&s(inp));
        o.ln(&[&s("parsebool"), &v, &err]);
    }
    o.ln(&[&s("format"), &strconv::itoa(-45), &strconv::format_int(-255, 16), &strconv::format_int(255, 2), &strconv::format_uint(1 << 63, 36), &strconv::quote(&Str::from_bytes_static("hi\n\"x\"é\x01".as_bytes())), &strconv::quote_to_ascii(&s("é☺")), &strconv::quote_rune('☺' as i32)]);
    o.ln(&[&s("ftoa"), &strconv::format_float(3.14159, b'f', 2, 64), &strconv::format_float(1e21, b'g', -1, 64), &strconv::format_float(0.000001234, b'e', 3, 64), &strconv::format_float(123.456, b'g', 4, 64), &strconv::format_float(2.5, b'f', 0, 64), &strconv::format_float(1.0 / 3.0, b'f', -1, 32)]);
    let (uq, err) = strconv::unquote(&s("\"a\\tb\\u00e9\""));
    o.ln(&[&s("unquote"), &uq, &err]);
    let (uq, err) = strconv::unquote(&s("'ab'"));
    o.f("unquote %q %v\n", &[&uq, &err]);
    // 5. maps
    let m = Map::from(vec![(s("b"), 2i64), (s("a"), 1)]);
    m.set(s("c"), 3);
    m.delete(&s("b"));
    let (v, ok) = m.get_ok(&s("b"));
    o.ln(&[&s("map"), &m.len(), &v, &ok, &m]);
    let nm = Map::<Str, i64>::nil();
    o.ln(&[&s("nilmap"), &nm.get(&s("x")), &nm.len(), &nm.is_nil()]);
    let mm = Map::from(vec![(Any::from_value(1i64), 1i64), (Any::from_value(s("a")), 2), (Any::from_value(2.5f64), 3)]);
    o.ln(&[&s("anymap"), &mm.len(), &mm.get(&Any::from_value(1i64)), &mm.get(&Any::from_value(s("a"))), &mm.get(&Any::from_value(2.5f64)), &mm.get(&Any::from_value(2i64))]);
    let mut keys = Slice::<Str>::make(0, m.len());
    for (k, _) in m.iter() {
        keys = append(&keys, &[k]);
    }
    gort::sort::strings(&keys);
    o.ln(&[&s("keys"), &keys]);
    // 6. integers and floats
    let mut x8: i8 = 127;
    x8 += 1;
    let mut u8v: u8 = 0;
    u8v -= 1;
    let mi = i64::MIN;
    let neg = -1i64;
    o.ln(&[&s("wrap"), &x8, &u8v, &ops::div(mi, neg), &ops::rem(mi, neg), &ops::div(-7i64, 2), &ops::rem(-7i64, 2), &ops::div(7i64, -2), &ops::rem(7i64, -2)]);
    let sh = 70i64;
    let one = 1i64;
    let (u200, i1, m8) = (200u8, 1i32, -8i64);
    o.ln(&[&s("shift"), &ops::shl(one, sh), &ops::shr(m8, sh), &ops::shr(m8, 1i64), &ops::shl(u200, 1i64), &ops::shl(i1, 31i64), &ops::shr(ops::shl(1u64, 63i64), sh)]);
    let nan = gort::math::nan();
    let inf = gort::math::inf(1);
    let big1 = 1e300;
    let (f1, f2, f3) = (-2.7f64, 300.5f64, 3.99f64);
    o.ln(&[&s("f2i"), &ops::f64_to_i64(nan), &ops::f64_to_i64(inf), &ops::f64_to_i64(-inf), &ops::f64_to_i64(big1), &ops::f64_to_i32(big1), &ops::f64_to_i64(f1), &(ops::f64_to_i64(f2) as u8), &ops::f64_to_i64(f3), &ops::f64_to_u64(f2), &ops::f64_to_u32(f1)]);
    use gort::math as m_;
    o.ln(&[&s("math"), &m_::sqrt(2.0), &m_::floor(-2.5), &m_::ceil(2.1), &m_::round(2.5), &m_::round(-2.5), &m_::trunc(-2.7), &m_::abs(-3.0), &m_::max(3.0, 7.0), &m_::min(3.0, 7.0), &m_::pow(2.0, 10.0), &m_::r#mod(7.0, 3.0), &m_::MAX_INT64, &m_::inf(-1), &m_::hypot(3.0, 4.0)]);
    // 7. errors
    let base1 = errors::new(&gort::Str::lit("base"));
    let w1 = gort::fmt::errorf(&gort::Str::lit("layer1: %w"), &[&base1]);
    let w2 = gort::fmt::errorf(&gort::Str::lit("layer2: %w"), &[&w1]);
    o.ln(&[&s("errors"), &w2, &errors::is(&w2, &base1), &errors::is(&w1, &errors::new(&gort::Str::lit("base"))), &(errors::unwrap(&w2) == w1), &errors::unwrap(&base1).is_nil()]);
    let me: Error = Error::from_err(Ptr::new(MyErr { Op: s("read") }));
    let wm = gort::fmt::errorf(&gort::Str::lit("wrapped: %w"), &[&me]);
    let target = errors::as_::<Ptr<MyErr>>(&wm);
    let found = target.is_some();
    let op = target.map(|t| t.with(|e| e.Op.clone())).unwrap_or_default();
    o.ln(&[&s("as"), &found, &op, &wm]);
    let j = errors::join(&[errors::new(&gort::Str::lit("e1")), Error::nil(), errors::new(&gort::Str::lit("e2"))]);
    o.f("join %q %v\n", &[&j.Error(), &errors::is(&j, &base1)]);
    let multi = gort::fmt::errorf(&gort::Str::lit("%w + %w"), &[&base1, &me]);
    o.ln(&[&s("multi"), &multi, &errors::is(&multi, &base1), &errors::is(&multi, &me)]);
    o.ln(&[&s("noverb"), &gort::fmt::errorf(&gort::Str::lit("plain"), &[]), &gort::fmt::errorf(&gort::Str::lit("%d items"), &[&3i64])]);
    // 8. durations and sort
    use gort::time::{Duration, MICROSECOND, MILLISECOND, MINUTE, NANOSECOND, SECOND};
    o.ln(&[&s("dur"), &Duration(0), &(MILLISECOND * 1500), &(MINUTE * 90), &(MICROSECOND * 1234), &(NANOSECOND * 5), &(SECOND * -2)]);
    let xs = Slice::from_vec(vec![5i64, 2, 8, 1, 9, 3]);
    gort::sort::ints(&xs);
    let ys = strs(&["pear", "apple", "fig"]);
    let ys2 = ys.clone();
    gort::sort::slice(&ys, move |i, j| ys2.get(i).len() < ys2.get(j).len());
    let zs = Slice::from_vec(vec![3i64, 1, 2]);
    gort::slices::sort(&zs);
    o.ln(&[&s("sort"), &xs, &ys, &zs, &gort::slices::contains(&zs, &2), &gort::slices::index(&zs, &3), &gort::slices::max(&xs), &gort::slices::min(&xs), &gort::sort::search_ints(&xs, 8)]);
    gort::slices::reverse(&zs);
    o.ln(&[&s("reverse"), &zs]);
    let _ = <MyErr as GoValue>::go_type_name();
    let _: Option<&dyn GoError> = None;
}

#[test]
fn values_match_go() {
    let want = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/value_cases.out")).unwrap();
    let want: Vec<&[u8]> = want.strip_suffix(b"\n").unwrap_or(&want).split(|&c| c == b'\n').collect();
    let mut o = Out(Vec::new());
    cases(&mut o);
    let mut diffs = Vec::new();
    for i in 0..want.len().max(o.0.len()) {
        let (w, g) = (want.get(i).copied().unwrap_or(b"<none>"), o.0.get(i).map(Vec::as_slice).unwrap_or(b"<none>"));
        if w != g {
            let (w, g) = (String::from_utf8_lossy(w), String::from_utf8_lossy(g));
            diffs.push(format!("line {}:\n   go: {w}\n gort: {g}", i + 1));
        }
    }
    assert!(diffs.is_empty(), "{} lines differ:\n{}", diffs.len(), diffs.join("\n"));
}
