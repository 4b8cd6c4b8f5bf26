//! Go's text std packages against recorded real-Go output: `golden/std_text_cases.go`
//! (recorded to `golden/std_text_cases.out` by `fixtures/record`), mirrored here table row by
//! table row: unicode classes and case mapping, utf8 on invalid input, strings and bytes
//! (results, nil-ness, capacities, aliasing), Builder, Buffer, Reader, Replacer, strconv
//! errors, fmt scanning.

// 3.14159 is Go's literal in the mirrored program, not an approximation of π.
#![allow(clippy::approx_constant)]

mod common;

use common::{Out, check, recovered, s};
use gort::value::GoValue;
use gort::{Error, Ptr, Slice, Str, bytes, errors, strconv, strings, unicode, utf8};

/// A Go string literal that may hold invalid UTF-8.
fn lit(b: &'static [u8]) -> Str {
    Str::from_bytes_static(b)
}

fn runes() -> Vec<i32> {
    vec![
        'a' as i32, 'Z' as i32, '5' as i32, '_' as i32, ' ' as i32, '\t' as i32, '\n' as i32, 0x85, 0xA0, 'é' as i32, 'ß' as i32,
        'Σ' as i32, 'σ' as i32, 'ς' as i32, 'ǅ' as i32, 'Ǆ' as i32, 'ǆ' as i32, 0x212A, 0x17F, 0x130, 0x131, '٣' as i32,
        '½' as i32, '²' as i32, 'Ⅻ' as i32, '€' as i32, '©' as i32, '÷' as i32, '¡' as i32, '«' as i32, '‐' as i32, 0x3000,
        0x2028, 0x200B, 0x1F600, 0x1F88, 0x10FFFF, -1, 0xD800, 0x110000, 0x1F0, 0xFB00, 0x24B6, 'ª' as i32, 'º' as i32,
        0x345, 0xFF9F, 'k' as i32, 's' as i32, 'K' as i32, 'S' as i32, 'µ' as i32, 0x1E9E, 'ÿ' as i32, 0x178, 0x1C4, 0x10400,
    ]
}

fn texts() -> Vec<Str> {
    [
        &b""[..], b"a", b"hello world", b"  lead and trail  ", b"a,b,,c", "ǆemal ǈ".as_bytes(), "ﬀ straße".as_bytes(),
        b"a\xffb\xfe", "σς ΣΣ".as_bytes(), b"hello wOrld_x-y z", b"\xe2\x80\x80 hi \xe3\x80\x80\x85",
        "¡¡¡Hello, Gophers!!!".as_bytes(), b"\xe2\x82", "日本語".as_bytes(), b"a\tb\nc",
    ]
    .iter()
    .map(|b| Str::from_bytes(b))
    .collect()
}

fn b2i(b: bool) -> i64 {
    b as i64
}

fn bs(b: &[u8]) -> Slice<u8> {
    Slice::from_vec(b.to_vec())
}

fn unicode_utf8(o: &mut Out) {
    for r in runes() {
        o.ln(&[
            &s("rune"), &r, &b2i(unicode::is_control(r)), &b2i(unicode::is_digit(r)), &b2i(unicode::is_graphic(r)), &b2i(unicode::is_letter(r)),
            &b2i(unicode::is_lower(r)), &b2i(unicode::is_number(r)), &b2i(unicode::is_print(r)), &b2i(unicode::is_punct(r)),
            &b2i(unicode::is_space(r)), &b2i(unicode::is_symbol(r)), &b2i(unicode::is_title(r)), &b2i(unicode::is_upper(r)),
            &b2i(unicode::is_mark(r)), &unicode::to_lower(r), &unicode::to_upper(r), &unicode::to_title(r), &unicode::simple_fold(r),
        ]);
    }
    let seqs: [&'static [u8]; 17] = [
        b"", b"a", "é".as_bytes(), b"\xe2\x82\xac", b"\xe2\x82", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\x80", b"\xf0\x9f\x98\x80",
        b"\xff", b"a\xe2", b"\xe2\x82a", b"\x80\x80", b"\xf0\x9f\x98", b"\xe0\x80", b"\xf0\x80", b"\xf4\x8f\xbf\xbf",
    ];
    for q in seqs {
        let qs = lit(q);
        let b = bs(q);
        let (r1, n1) = utf8::decode_rune(&b);
        let (r2, n2) = utf8::decode_last_rune(&b);
        let (r3, n3) = utf8::decode_rune_in_string(&qs);
        let (r4, n4) = utf8::decode_last_rune_in_string(&qs);
        o.f("utf8 %q %d %d %d %d %d %d %d %d %v %v %d %d %v %v\n", &[
            &qs, &r1, &n1, &r2, &n2, &r3, &n3, &r4, &n4, &utf8::full_rune(&b), &utf8::full_rune_in_string(&qs), &utf8::rune_count(&b),
            &utf8::rune_count_in_string(&qs), &utf8::valid(&b), &utf8::valid_string(&qs),
        ]);
    }
    for r in runes() {
        let buf = Slice::<u8>::make_len(4);
        let n = utf8::encode_rune(&buf, r);
        let app = utf8::append_rune(&Slice::nil(), r);
        o.ln(&[&s("enc"), &r, &n, &buf, &utf8::rune_len(r), &utf8::valid_rune(r), &app, &app.len(), &app.cap()]);
    }
    o.ln(&[&s("runestart"), &utf8::rune_start(b'a'), &utf8::rune_start(0x80), &utf8::rune_start(0xC3)]);
    let v = recovered(|| {
        utf8::encode_rune(&Slice::make_len(1), '€' as i32);
    });
    o.ln(&[&s("encode panic:"), &v]);
}

fn strings_cases(o: &mut Out) {
    let seps = [s(","), s(""), s(" "), s("l"), s("ß")];
    for t in texts() {
        for sep in &seps {
            let p = strings::split(&t, sep);
            let pa = strings::split_after(&t, sep);
            let p2 = strings::split_n(&t, sep, 2);
            let p5 = strings::split_n(&t, sep, 5);
            let p0 = strings::split_n(&t, sep, 0);
            o.f("split %q %q %q %d %d %q %q %d %d %q %d %d %v\n", &[
                &t, sep, &p, &p.len(), &p.cap(), &pa, &p2, &p2.len(), &p2.cap(), &p5, &p5.len(), &p5.cap(), &p0.is_nil(),
            ]);
        }
        let f = strings::fields(&t);
        let ff = strings::fields_func(&t, |r| r == ',' as i32 || unicode::is_space(r));
        o.f("fields %q %q %d %d %q %d\n", &[&t, &f, &f.len(), &f.cap(), &ff, &ff.cap()]);
        let mapped = strings::map(|r| if r == 'l' as i32 { -1 } else { r }, &t);
        o.f("case %q %q %q %q %q\n", &[&strings::to_upper(&t), &strings::to_lower(&t), &strings::to_title(&t), &strings::title(&t), &mapped]);
        o.f("trim %q %q %q %q %q %q\n", &[
            &strings::trim_space(&t),
            &strings::trim(&t, &s("!¡ a")),
            &strings::trim_left(&t, &lit(b" h\xff")),
            &strings::trim_right(&t, &s("dl !")),
            &strings::trim_func(&t, unicode::is_letter),
            &strings::trim_right_func(&t, |r| r == utf8::RUNE_ERROR || r == 'b' as i32),
        ]);
        o.ln(&[
            &s("index"), &strings::index(&t, &s("l")), &strings::last_index(&t, &s("l")), &strings::index_any(&t, &lit(b"\xffo\xc3\x9f")),
            &strings::last_index_any(&t, &lit(b"\xfeo\xc3\x9f")), &strings::index_rune(&t, utf8::RUNE_ERROR), &strings::index_rune(&t, 'ß' as i32),
            &strings::index_rune(&t, -1), &strings::index_rune(&t, 0xD800), &strings::index_byte(&t, b'o'), &strings::last_index_byte(&t, b'o'),
            &strings::index_func(&t, unicode::is_upper), &strings::last_index_func(&t, unicode::is_space), &strings::contains_rune(&t, 'σ' as i32),
            &strings::contains_any(&t, &s("xyz")), &strings::contains_func(&t, unicode::is_digit), &strings::count(&t, &s("l")),
            &strings::count(&t, &s("")), &strings::has_prefix(&t, &s("a")), &strings::has_suffix(&t, &s("!")), &strings::contains(&t, &s("or")),
        ]);
        let (b4, a4, ok4) = strings::cut(&t, &s(" "));
        let (cp, okp) = strings::cut_prefix(&t, &s("a"));
        let (cs, oks) = strings::cut_suffix(&t, &lit(b"b\xfe"));
        o.f("cut %q %q %v %q %v %q %v %q %q\n", &[
            &b4, &a4, &ok4, &cp, &okp, &cs, &oks, &strings::to_valid_utf8(&t, &s("?")), &strings::to_valid_utf8(&t, &s("")),
        ]);
    }
    let pairs: [(&'static [u8], &'static [u8]); 11] = [
        (b"Go", b"GO"), ("straße".as_bytes(), b"STRASSE"), ("σς".as_bytes(), "ΣΣ".as_bytes()), (b"k", "\u{212a}".as_bytes()),
        ("ſ".as_bytes(), b"S"), (b"a\xff", b"A\xff"), ("é".as_bytes(), "É".as_bytes()), ("ǅ".as_bytes(), "ǆ".as_bytes()),
        (b"abc", b"abd"), (b"", b""), (b"a", b""),
    ];
    for (a, b) in pairs {
        let (a, b) = (lit(a), lit(b));
        o.ln(&[&s("fold"), &a, &b, &strings::equal_fold(&a, &b), &bytes::equal_fold(&a.to_bytes(), &b.to_bytes()), &strings::compare(&a, &b)]);
    }
    o.f("replace %q %q %q %q %q %q %q\n", &[
        &strings::replace(&s("aaaa"), &s("a"), &s("b"), 2),
        &strings::replace(&s("abc"), &s(""), &s("-"), -1),
        &strings::replace(&s("abc"), &s(""), &s("-"), 2),
        &strings::replace(&s(""), &s(""), &s("x"), -1),
        &strings::replace_all(&s("banana"), &s("ana"), &s("X")),
        &strings::replace(&lit(b"a\xffb"), &s(""), &s("|"), -1),
        &strings::replace(&s("aaa"), &s("a"), &s("a"), -1),
    ]);
    let reps: [&[&'static str]; 10] = [
        &["a", "1", "b", "2"], &["", "X"], &["", "X", "a", "1"], &["a", "1", "", "X"], &["aaa", "3", "aa", "2", "a", "1"], &["a", "1", "aaa", "3"],
        &["ab", "X", "a", "Y"], &["<", "&lt;", ">", "&gt;", "&", "&amp;"], &["hello", "bye"], &["a", "b", "a", "c"],
    ];
    for rp in reps {
        let args: Vec<Str> = rp.iter().map(|x| s(x)).collect();
        let r = strings::new_replacer(&args);
        o.f("replacer %q %q %q %q\n", &[&Slice::from_vec(args.clone()), &r.replace(&s("abcaaa<&>")), &r.replace(&s("")), &r.replace(&s("hello a world"))]);
    }
    let abc = Slice::from_vec(vec![s("a"), s("b"), s("c")]);
    o.ln(&[&s("repeat"), &strings::repeat(&s("ab"), 3), &strings::repeat(&s("x"), 0).is_empty(), &strings::join(&abc, &s("-")), &strings::join(&Slice::nil(), &s(",")), &strings::clone(&s("q"))]);
    let v = recovered(|| {
        let _ = strings::repeat(&s("x"), -1);
    });
    o.ln(&[&s("repeat panic:"), &v]);
    let sb = strings::Builder::new();
    o.ln(&[&s("builder"), &sb.len(), &sb.cap()]);
    for (i, w) in [s("hello"), s(" "), s("world, this is longer"), strings::repeat(&s("x"), 40)].iter().enumerate() {
        sb.write_string(w);
        o.ln(&[&s("builder"), &(i as i64), &sb.len(), &sb.cap()]);
    }
    sb.write_byte(b'!');
    sb.write_rune('世' as i32);
    sb.write_rune(-5);
    let (n, err) = sb.write(&bs(b"ab"));
    o.ln(&[&s("builder"), &sb.len(), &sb.cap(), &n, &err, &sb.string().slice_from(60)]);
    sb.grow(1000);
    o.ln(&[&s("builder grow"), &sb.len(), &sb.cap()]);
    sb.reset();
    sb.grow(10);
    o.ln(&[&s("builder reset"), &sb.len(), &sb.cap(), &sb.string().is_empty()]);
    let rd = strings::new_reader(&s("hello world"));
    let buf = Slice::<u8>::make_len(4);
    loop {
        let (n, err) = rd.read(&buf);
        o.ln(&[&s("reader"), &n, &err, &rd.len(), &Str::from(&buf.slice_to(n))]);
        if !err.is_nil() {
            break;
        }
    }
}

fn caps(o: &mut Out, head: Str, parts: &Slice<Slice<u8>>) {
    let mut line = head.as_bytes().to_vec();
    for p in parts.to_vec() {
        line.extend_from_slice(format!(" {}", p.cap()).as_bytes());
    }
    o.push(Str::from_vec(line));
}

fn bytes_cases(o: &mut Out) {
    let bb = bytes::Buffer::new();
    o.ln(&[&s("buffer"), &bb.len(), &bb.cap(), &bb.string().is_empty()]);
    bb.write_string(&s("hello world"));
    o.ln(&[&s("buffer"), &bb.len(), &bb.cap()]);
    bb.write_rune('é' as i32);
    bb.write_byte(b'!');
    bb.write(&bytes::repeat(&bs(b"0123456789"), 10));
    o.ln(&[&s("buffer"), &bb.len(), &bb.cap()]);
    let (line, err) = bb.read_string(b' ');
    let (c, err2) = bb.read_byte();
    let p = Slice::<u8>::make_len(3);
    let (n, err3) = bb.read(&p);
    o.f("buffer read %q %v %c %v %d %q %v %d %d\n", &[&line, &err, &c, &err2, &n, &p, &err3, &bb.len(), &bb.cap()]);
    let alias = bb.bytes();
    alias.set(0, b'X');
    o.ln(&[&s("buffer alias"), &bb.string().slice_to(5)]);
    bb.truncate(2);
    o.ln(&[&s("buffer trunc"), &bb.string(), &bb.len(), &bb.cap()]);
    bb.grow(500);
    o.ln(&[&s("buffer grow"), &bb.len(), &bb.cap()]);
    let rest = Slice::<u8>::make_len(10);
    let (n, err) = bb.read(&rest);
    let (n2, err4) = bb.read(&rest);
    let (n3, err5) = bb.read(&Slice::nil());
    o.ln(&[&s("buffer eof"), &n, &err, &n2, &err4, &n3, &err5, &bb.len(), &bb.cap()]);
    let (line, err) = bb.read_string(b'x');
    o.f("buffer readstring %q %v\n", &[&line, &err]);
    let nb = bytes::new_buffer_string(&s("abc"));
    let nb2 = bytes::new_buffer(&Slice::make(3, 10));
    nb2.write_string(&s("xy"));
    o.f("newbuffer %d %d %d %d %q\n", &[&nb.len(), &nb.cap(), &nb2.len(), &nb2.cap(), &nb2.string()]);
    let small = bytes::Buffer::new();
    for i in 0..20i64 {
        small.write_string(&s("abcdefghij"));
        if i % 4 == 0 {
            o.ln(&[&s("buffer grow"), &i, &small.len(), &small.cap()]);
        }
    }
    let v = recovered(|| small.truncate(1000));
    o.ln(&[&s("truncate panic:"), &v]);
    for t in texts() {
        // Go's `[]byte(t)` escapes here: its capacity is rounded up to the size class.
        let v = Slice::from_vec_rounded(t.as_bytes().to_vec());
        let f = bytes::fields(&v);
        caps(o, gort::fmt::sprintf(&s("bfields %q %d %d"), &[&f, &f.len(), &f.cap()]), &f);
        for sep in [s(","), s(""), s("l")] {
            let sp = bytes::split(&v, &sep.to_bytes());
            caps(o, gort::fmt::sprintf(&s("bsplit %q %q %d %d"), &[&sep, &sp, &sp.len(), &sp.cap()]), &sp);
        }
        let tr = bytes::trim(&v, &s("!¡ a"));
        let ts = bytes::trim_space(&v);
        let up = bytes::to_upper(&v);
        let lo = bytes::to_lower(&v);
        let ra = bytes::replace_all(&v, &bs(b"l"), &bs(b"LL"));
        let rn = bytes::replace_all(&v, &bs(b"zz"), &bs(b"y"));
        let cl = bytes::clone(&v);
        o.f("bfuncs %q %v %d %q %v %d %q %d %q %d %q %d %q %v %d %q %v %d\n", &[
            &tr, &tr.is_nil(), &tr.cap(), &ts, &ts.is_nil(), &ts.cap(), &up, &up.cap(), &lo, &lo.cap(), &ra, &ra.cap(), &rn, &rn.is_nil(),
            &rn.cap(), &cl, &cl.is_nil(), &cl.cap(),
        ]);
        o.ln(&[
            &s("bsearch"), &bytes::index(&v, &bs(b"l")), &bytes::last_index(&v, &bs(b"l")), &bytes::index_byte(&v, b'o'), &bytes::count(&v, &bs(b"l")),
            &bytes::count(&v, &Slice::nil()), &bytes::contains(&v, &bs(b"or")), &bytes::contains_rune(&v, 'ß' as i32), &bytes::has_prefix(&v, &bs(b"a")),
            &bytes::has_suffix(&v, &bs(b"d")), &bytes::equal(&v, &t.to_bytes()), &bytes::compare(&v, &bs(b"m")),
        ]);
    }
    let nilb = Slice::<u8>::nil();
    let j0 = bytes::join(&Slice::nil(), &bs(b","));
    let j1 = bytes::join(&Slice::from_vec(vec![Slice::from_vec(vec![])]), &bs(b","));
    let j2 = bytes::join(&Slice::from_vec(vec![bs(b"a"), bs(b"bc")]), &bs(b", "));
    let j3 = bytes::join(&Slice::from_vec(vec![Slice::from_vec(vec![]), Slice::from_vec(vec![])]), &Slice::nil());
    let r0 = bytes::repeat(&bs(b"ab"), 0);
    let r3 = bytes::repeat(&bs(b"ab"), 3);
    o.ln(&[&s("bjoin"), &j0.is_nil(), &j0.len(), &j1.is_nil(), &Str::from(&j2), &j2.cap(), &j3.is_nil(), &j3.len(), &r0.is_nil(), &Str::from(&r3), &r3.cap()]);
    o.ln(&[
        &s("bnil"), &bytes::clone(&nilb).is_nil(), &bytes::clone(&Slice::from_vec(vec![])).is_nil(), &bytes::trim(&nilb, &s("x")).is_nil(),
        &bytes::trim_space(&bs(b"   ")).is_nil(), &bytes::to_upper(&nilb).is_nil(), &bytes::to_upper(&Slice::from_vec(vec![])).is_nil(),
        &bytes::replace_all(&nilb, &bs(b"a"), &bs(b"b")).is_nil(), &bytes::fields(&nilb).is_nil(),
    ]);
}

fn strconv_cases(o: &mut Out) {
    for input in ["42", "-0", "+7", "0x1f", "1_000", "99999999999999999999", "abc", "", " 1", "-9223372036854775808", "9223372036854775808"] {
        let i = s(input);
        let (v, err) = strconv::atoi(&i);
        let target = Ptr::new(Ptr::<strconv::NumError>::nil());
        if errors::r#as(&err, &target) {
            let ne = target.get();
            let (func, num, e) = ne.with(|n| (n.Func.clone(), n.Num.clone(), n.Err.clone()));
            o.f("atoi %q %d %v | %s %q %v %v %v\n", &[&i, &v, &err, &func, &num, &e, &errors::is(&err, &strconv::err_range()), &(errors::unwrap(&err) == strconv::err_syntax())]);
        } else {
            o.f("atoi %q %d %v\n", &[&i, &v, &err]);
        }
        let (pi, err) = strconv::parse_int(&i, 0, 16);
        let (pu, err2) = strconv::parse_uint(&i, 16, 64);
        o.ln(&[&s("parse"), &pi, &err, &pu, &err2]);
    }
    let (_, err) = strconv::parse_int(&s("12"), 1, 64);
    let (_, err2) = strconv::parse_int(&s("12"), 10, 65);
    o.ln(&[&s("parse errors"), &err, &err2]);
    let ai = strconv::append_int(&Slice::nil(), -255, 16);
    let aq = strconv::append_quote(&bs(b"x="), &s("a\"b\n"));
    o.ln(&[
        &s("append"), &Str::from(&ai), &ai.cap(), &Str::from(&aq), &aq.cap(), &strconv::quote(&lit(b"h\xc3\xa9llo\x00\xff")),
        &strconv::quote_to_ascii(&s("héllo")), &strconv::quote_rune('☺' as i32), &strconv::quote_rune(0x7f),
    ]);
    for q in ["\"a\\tb\"", "`raw`", "'x'", "\"bad", "'ab'", "\"\\u00e9\\x41\"", "\"\\377\""] {
        let q = s(q);
        let (u, err) = strconv::unquote(&q);
        o.f("unquote %q %q %v\n", &[&q, &u, &err]);
    }
    let (bv, err) = strconv::parse_bool(&s("T"));
    let (bv2, err2) = strconv::parse_bool(&s("yes"));
    o.ln(&[&s("bool"), &bv, &err, &bv2, &err2, &strconv::format_bool(false), &strconv::itoa(-12), &strconv::format_int(-35, 36), &strconv::format_uint(255, 2)]);
    o.ln(&[&s("float"), &strconv::format_float(3.14159, b'f', 2, 64), &strconv::format_float(1e21, b'g', -1, 64), &strconv::format_float(0.1, b'e', 3, 32)]);
    let (pf, err) = strconv::parse_float(&s("1e400"), 64);
    let (pf2, err2) = strconv::parse_float(&s("0x1p-2"), 64);
    o.ln(&[&s("parsefloat"), &pf, &err, &pf2, &err2]);
}

fn scan_cases(o: &mut Out) {
    use gort::fmt::{sscan, sscanf, sscanln};
    let a = Ptr::new(0i64);
    let b2 = Ptr::new(0i64);
    let f1 = Ptr::new(0f64);
    let s1 = Ptr::new(Str::default());
    let s2 = Ptr::new(Str::default());
    let u8_ = Ptr::new(0u8);
    let bo = Ptr::new(false);
    let r1 = Ptr::new(0i32);
    let bsl = Ptr::new(Slice::<u8>::nil());
    let (n, err) = sscan(&s("12 34.5\n word"), &[&a, &f1, &s1]);
    o.ln(&[&s("sscan"), &n, &err, &a.get(), &f1.get(), &s1.get()]);
    let (n, err) = sscan(&s("7"), &[&a, &b2]);
    o.ln(&[&s("sscan short"), &n, &err, &a.get()]);
    let (n, err) = sscan(&s(""), &[&a]);
    o.ln(&[&s("sscan empty"), &n, &err]);
    let (n, err) = sscan(&s("x1"), &[&a]);
    o.ln(&[&s("sscan bad"), &n, &err]);
    let (n, err) = sscan(&s("300"), &[&u8_]);
    o.ln(&[&s("sscan overflow"), &n, &err]);
    let (n, err) = sscan(&s("0x1F 0b101 0o17 017 -0x10"), &[&a, &b2, &u8_, &r1, &f1]);
    o.ln(&[&s("sscan bases"), &n, &err, &a.get(), &b2.get(), &u8_.get(), &r1.get(), &f1.get()]);
    let (n, err) = sscan(&s("true F 1e3 hi"), &[&bo, &bo, &f1, &bsl]);
    o.ln(&[&s("sscan misc"), &n, &err, &bo.get(), &f1.get(), &Str::from(&bsl.get())]);
    let (n, err) = sscanln(&s("5 6\n7"), &[&a, &b2]);
    o.ln(&[&s("sscanln"), &n, &err, &a.get(), &b2.get()]);
    let (n, err) = sscanln(&s("5\n6"), &[&a, &b2]);
    o.ln(&[&s("sscanln short"), &n, &err, &a.get()]);
    let (n, err) = sscanln(&s("5 6 7"), &[&a, &b2]);
    o.ln(&[&s("sscanln extra"), &n, &err, &a.get(), &b2.get()]);
    let (n, err) = sscanf(&s("age: 42, name: bob"), &s("age: %d, name: %s"), &[&a, &s1]);
    o.ln(&[&s("sscanf"), &n, &err, &a.get(), &s1.get()]);
    let (n, err) = sscanf(&s("10-20"), &s("%d-%d"), &[&a, &b2]);
    o.ln(&[&s("sscanf dash"), &n, &err, &a.get(), &b2.get()]);
    let (n, err) = sscanf(&s("12345"), &s("%2d%3d"), &[&a, &b2]);
    o.ln(&[&s("sscanf width"), &n, &err, &a.get(), &b2.get()]);
    let (n, err) = sscanf(&s("ff 101 x"), &s("%x %b %c"), &[&a, &b2, &r1]);
    o.ln(&[&s("sscanf verbs"), &n, &err, &a.get(), &b2.get(), &r1.get()]);
    let (n, err) = sscanf(&s("\"quoted str\" 6869"), &s("%q %x"), &[&s1, &s2]);
    o.ln(&[&s("sscanf q"), &n, &err, &s1.get(), &s2.get()]);
    let (n, err) = sscanf(&s("1 2"), &s("%d %d %d"), &[&a, &b2, &u8_]);
    o.ln(&[&s("sscanf eof"), &n, &err]);
    let (n, err) = sscanf(&s("1 x"), &s("%d %d"), &[&a, &b2]);
    o.ln(&[&s("sscanf mismatch"), &n, &err]);
    let (n, err) = sscanf(&s("a1"), &s("b%d"), &[&a]);
    o.ln(&[&s("sscanf literal"), &n, &err]);
    let (n, err) = sscanf(&s("5%"), &s("%d%%"), &[&a]);
    o.ln(&[&s("sscanf percent"), &n, &err, &a.get()]);
    let (n, err) = sscanf(&s("7"), &s("%d"), &[&a, &b2]);
    o.ln(&[&s("sscanf too many"), &n, &err]);
    let (n, err) = sscanf(&s("7 8"), &s("%d %d"), &[&a]);
    o.ln(&[&s("sscanf too few"), &n, &err]);
    let (n, err) = sscanf(&s("3\n4"), &s("%d %d"), &[&a, &b2]);
    o.ln(&[&s("sscanf newline"), &n, &err]);
    let (n, err) = sscanf(&s("3\n4"), &s("%d\n%d"), &[&a, &b2]);
    o.ln(&[&s("sscanf newline ok"), &n, &err, &a.get(), &b2.get()]);
    let (n, err) = sscan(&s("1"), &[&a.get()]);
    o.ln(&[&s("sscan nonptr"), &n, &err]);
    let (n, err) = sscanf(&s("t"), &s("%d"), &[&bo]);
    o.ln(&[&s("sscanf badverb"), &n, &err]);
    let ap = gort::fmt::append(&bs(b"x:"), &[&1i64, &s("a"), &2.5f64]);
    o.ln(&[&s("append"), &Str::from(&ap), &ap.len(), &ap.cap()]);
    let out = strings::Builder::new();
    gort::fmt::fprintf(&out, &s("%d-%s|"), &[&5i64, &s("z")]);
    gort::fmt::fprint(&out, &[&s("p"), &1i64, &2i64, &s("q")]);
    gort::fmt::fprintln(&out, &[&s("end"), &3i64]);
    let bout = bytes::Buffer::new();
    gort::fmt::fprintf(&bout, &s("%05.1f"), &[&3.14159f64]);
    o.f("fprint %q %q\n", &[&out.string(), &bout.string()]);
}

#[test]
fn text_std_matches_go() {
    let mut o = Out::default();
    unicode_utf8(&mut o);
    strings_cases(&mut o);
    bytes_cases(&mut o);
    strconv_cases(&mut o);
    scan_cases(&mut o);
    check("std_text_cases", &o);
    let _: (Error, &dyn GoValue) = (Error::nil(), &0i64);
}
