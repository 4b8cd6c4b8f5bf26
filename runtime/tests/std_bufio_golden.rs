//! Go's `bufio` against recorded real-Go output: `golden/std_bufio_cases.go` (recorded to
//! `golden/std_bufio_cases.out` by `fixtures/record`), mirrored here line by line: Scanner with
//! every split function on edge inputs, token limits, `Bytes` aliasing, custom split functions
//! and their errors and panics; Reader; Writer; `fmt.Fscan*` on readers; `strings.Reader`'s
//! rune methods.

mod common;

use std::sync::Arc;

use common::{Out, check, recovered, s};
use gort::fmt::Printer;
use gort::value::{GoValue, Kind};
use gort::{Error, Iface, Ptr, Slice, Str, bufio, errors, io, strings};
use parking_lot::Mutex;

/// A Go string literal that may hold invalid UTF-8.
fn lit(b: &[u8]) -> Str {
    Str::from_bytes(b)
}

fn bs(b: &[u8]) -> Slice<u8> {
    Slice::from_vec(b.to_vec())
}

/// The Go program's `oneByteReader`: at most one byte per `Read`.
#[derive(Clone, Default)]
struct OneByte(Arc<Mutex<(Vec<u8>, usize)>>);

/// The Go program's `failReader`: its data and an error in one `Read`.
#[derive(Clone, Default)]
struct FailReader(Arc<Mutex<(Vec<u8>, bool)>>);

/// The Go program's `shortWriter`: accepts half of every write, without an error.
#[derive(Clone, Default)]
struct ShortWriter(Arc<Mutex<Vec<u8>>>);

macro_rules! test_value {
    ($t:ty, $name:literal) => {
        impl GoValue for $t {
            fn kind(&self) -> Kind {
                Kind::Ptr
            }
            fn fmt_value(&self, p: &mut Printer, _verb: char) {
                p.write_raw(b"0xc000010000")
            }
            fn go_type_name() -> String {
                $name.into()
            }
        }
    };
}
test_value!(OneByte, "*main.oneByteReader");
test_value!(FailReader, "*main.failReader");
test_value!(ShortWriter, "*main.shortWriter");

#[allow(non_snake_case)]
impl gort::io::Reader for OneByte {
    fn Read(&self, p: &Slice<u8>) -> (i64, Error) {
        let mut g = self.0.lock();
        if g.1 >= g.0.len() {
            return (0, io::eof());
        }
        if p.is_empty() {
            return (0, Error::nil());
        }
        p.set(0, g.0[g.1]);
        g.1 += 1;
        (1, Error::nil())
    }
}

#[allow(non_snake_case)]
impl gort::io::Reader for FailReader {
    fn Read(&self, p: &Slice<u8>) -> (i64, Error) {
        let mut g = self.0.lock();
        if g.1 {
            return (0, errors::new(&s("unreachable")));
        }
        g.1 = true;
        (gort::copy(p, &bs(&g.0)), errors::new(&s("disk on fire")))
    }
}

#[allow(non_snake_case)]
impl gort::io::Writer for ShortWriter {
    fn Write(&self, p: &Slice<u8>) -> (i64, Error) {
        let n = (p.len() + 1) / 2;
        self.0.lock().extend(p.slice_to(n).to_vec());
        (n, Error::nil())
    }
}

fn one_byte(b: &[u8]) -> Iface<dyn gort::io::Reader> {
    Iface::new(Arc::new(OneByte(Arc::new(Mutex::new((b.to_vec(), 0))))))
}

fn sreader(b: &[u8]) -> Iface<dyn gort::io::Reader> {
    Iface::new(Arc::new(strings::new_reader(&lit(b))))
}

fn tokens(sc: &bufio::Scanner) -> Str {
    let mut parts = Vec::new();
    while sc.scan() {
        parts.push(gort::fmt::sprintf(&s("%q"), &[&sc.text()]));
    }
    strings::join(&Slice::from_vec(parts), &s(" ")) + gort::fmt::sprintf(&s(" | err=%v"), &[&sc.err()])
}

type SplitFn = fn(&Slice<u8>, bool) -> (i64, Slice<u8>, Error);

fn scanner_cases(o: &mut Out) {
    let inputs: [&[u8]; 15] = [
        b"", b"\n", b"a", b"a\n", b"a\r\n", b"a\r", b"\r\n\r\n", b"a\nb", b"a\n\nb\n", b"  lead  trail  ",
        "x\u{a0}y\u{2003}z\u{3000}w\u{85}v".as_bytes(), b"a\xffb", b"\xe2\x82", "日本\n語".as_bytes(), b"\ta b\r\n c\t",
    ];
    let splits: [(&str, SplitFn); 4] =
        [("lines", bufio::scan_lines), ("words", bufio::scan_words), ("runes", bufio::scan_runes), ("bytes", bufio::scan_bytes)];
    for input in inputs {
        for (name, f) in splits {
            let sc = bufio::new_scanner(&sreader(input));
            sc.split(move |d, e| f(&d, e));
            o.f("scan %s %q: %s\n", &[&s(name), &lit(input), &tokens(&sc)]);
        }
        let sc = bufio::new_scanner(&one_byte(input));
        sc.split(|d, e| bufio::scan_runes(&d, e));
        o.f("scan onebyte runes %q: %s\n", &[&lit(input), &tokens(&sc)]);
    }
    let sc = bufio::new_scanner(&one_byte(b"one\r\ntwo\nthree"));
    o.ln(&[&s("scan onebyte lines:"), &tokens(&sc)]);

    for input in [&b""[..], b"ab", b"ab\ncd", b"\xe2\x82", b"\xe2\x82\xac!", b"  w1 w2"] {
        for at_eof in [false, true] {
            if input.is_empty() && !at_eof {
                continue;
            }
            let (a1, t1, e1) = bufio::scan_lines(&bs(input), at_eof);
            let (a2, t2, e2) = bufio::scan_words(&bs(input), at_eof);
            let (a3, t3, e3) = bufio::scan_runes(&bs(input), at_eof);
            o.f("split %q %v: %d %q %v %v | %d %q %v %v | %d %q %v %v\n", &[
                &lit(input), &at_eof, &a1, &t1, &t1.is_nil(), &e1, &a2, &t2, &t2.is_nil(), &e2, &a3, &t3, &t3.is_nil(), &e3,
            ]);
        }
    }

    let sc = bufio::new_scanner(&sreader(b"abc\nabcdefghij\nxy"));
    sc.buffer(&Slice::make(0, 4), 8);
    o.ln(&[&s("too long:"), &tokens(&sc), &(sc.err() == bufio::err_too_long())]);
    let mut ok = "x".repeat(bufio::MAX_SCAN_TOKEN_SIZE as usize - 1);
    ok.push_str("\ntail");
    let sc = bufio::new_scanner(&sreader(ok.as_bytes()));
    let mut n = 0;
    while sc.scan() {
        n += sc.text().len();
    }
    o.ln(&[&s("max-1 line:"), &n, &sc.err()]);
    let mut max = "y".repeat(bufio::MAX_SCAN_TOKEN_SIZE as usize);
    max.push_str("\nz\n");
    let sc = bufio::new_scanner(&sreader(max.as_bytes()));
    let first = sc.scan();
    o.ln(&[&s("max line:"), &first, &sc.text().len(), &sc.err(), &sc.scan()]);
    let sc = bufio::new_scanner(&sreader("w".repeat(100000).as_bytes()));
    sc.buffer(&Slice::nil(), 200000);
    let first = sc.scan();
    o.ln(&[&s("big buffer:"), &first, &sc.bytes().len(), &sc.err()]);

    let sc = bufio::new_scanner(&sreader(b"aaa\nbbb\nccc\n"));
    sc.buffer(&Slice::make(0, 8), 8);
    sc.scan();
    let first = sc.bytes();
    sc.scan();
    let second = sc.bytes();
    sc.scan();
    let third = sc.bytes();
    o.f("aliasing: %q %q %q %v\n", &[&first, &second, &third, &sc.scan()]);

    let final_split = |tok: Slice<u8>| {
        move |d: Slice<u8>, at_eof: bool| {
            if !d.is_empty() && d.get(0) == b'!' {
                return (1, tok.clone(), bufio::err_final_token());
            }
            bufio::scan_bytes(&d, at_eof)
        }
    };
    let sc = bufio::new_scanner(&sreader(b"ab!cd"));
    sc.split(final_split(bs(b"END")));
    let t = tokens(&sc);
    o.ln(&[&s("final token:"), &t, &sc.scan()]);
    let sc = bufio::new_scanner(&sreader(b"ab!cd"));
    sc.split(final_split(Slice::nil()));
    o.ln(&[&s("final nil:"), &tokens(&sc)]);
    let sc = bufio::new_scanner(&sreader(b"ab!cd"));
    sc.split(final_split(bs(b"")));
    o.ln(&[&s("final empty:"), &tokens(&sc)]);
    let custom = errors::new(&s("custom split error"));
    for adv in [-1i64, 99] {
        let sc = bufio::new_scanner(&sreader(b"xyz"));
        sc.split(move |d, _| (adv, d.slice_to(1), Error::nil()));
        o.ln(&[&s("advance"), &adv, &s(":"), &tokens(&sc)]);
    }
    let sc = bufio::new_scanner(&sreader(b"x y z"));
    let calls = Arc::new(Mutex::new(0));
    let c2 = custom.clone();
    sc.split(move |d, e| {
        *calls.lock() += 1;
        if *calls.lock() == 3 {
            return (0, Slice::nil(), c2.clone());
        }
        bufio::scan_words(&d, e)
    });
    o.ln(&[&s("split error:"), &tokens(&sc), &(sc.err() == custom)]);
    let sc = bufio::new_scanner(&sreader(b""));
    sc.split(|_, _| (0, bs(b""), Error::nil()));
    o.ln(&[&s("empty tokens:"), &recovered(|| while sc.scan() {})]);
    let fr: Iface<dyn gort::io::Reader> = Iface::new(Arc::new(FailReader(Arc::new(Mutex::new((b"p\nq".to_vec(), false))))));
    let sc = bufio::new_scanner(&fr);
    o.ln(&[&s("reader error:"), &tokens(&sc)]);
    let sc = bufio::new_scanner(&sreader(b"a"));
    sc.scan();
    let p1 = recovered(|| sc.split(|d, e| bufio::scan_words(&d, e)));
    let p2 = recovered(|| sc.buffer(&Slice::nil(), 10));
    o.ln(&[&s("after scan:"), &p1, &s("|"), &p2]);
}

fn reader_cases(o: &mut Out) {
    let rd = bufio::new_reader_size(&sreader(b"x"), 5);
    let as_reader = |r: &bufio::Reader| -> Iface<dyn gort::io::Reader> { Iface::new(Arc::new(r.clone())) };
    o.ln(&[
        &s("reader size:"), &rd.size(), &(bufio::new_reader(&as_reader(&rd)) == rd),
        &(bufio::new_reader_size(&as_reader(&rd), 17) == rd), &bufio::new_reader(&sreader(b"")).size(),
    ]);
    let mut long = b"0123456789abcdefghijklmnopqrstuvwxyz\r\nshort\r\n".to_vec();
    long.extend(b"-".repeat(15));
    long.extend(b"\r\nend");
    let rd = bufio::new_reader_size(&sreader(&long), 16);
    loop {
        let (line, is_prefix, err) = rd.read_line();
        o.f("ReadLine %q %v %v\n", &[&line, &is_prefix, &err]);
        if !err.is_nil() {
            break;
        }
    }
    let rd = bufio::new_reader_size(&sreader(b"0123456789abcdefghij;rest"), 16);
    let (line, err) = rd.read_slice(b';');
    o.f("ReadSlice %q %v buffered=%d\n", &[&line, &err, &rd.buffered()]);
    for _ in 0..2 {
        let (line, err) = rd.read_slice(b';');
        o.f("ReadSlice %q %v\n", &[&line, &err]);
    }
    // "h\xffé€😀"
    let rd = bufio::new_reader(&one_byte(b"h\xff\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"));
    loop {
        let (r, size, err) = rd.read_rune();
        if !err.is_nil() {
            o.ln(&[&s("ReadRune end:"), &r, &size, &err]);
            break;
        }
        o.ln(&[&s("ReadRune"), &r, &size]);
    }
    let rd = bufio::new_reader(&sreader("héllo".as_bytes()));
    o.ln(&[&s("UnreadByte at start:"), &rd.unread_byte(), &s("UnreadRune at start:"), &rd.unread_rune()]);
    let (c, _) = rd.read_byte();
    let (e1, e2, e3) = (rd.unread_rune(), rd.unread_byte(), rd.unread_byte());
    o.ln(&[&s("ReadByte"), &c, &s("UnreadRune"), &e1, &s("UnreadByte"), &e2, &s("UnreadByte again"), &e3]);
    let (r, size, _) = rd.read_rune();
    let (r2, size2, _) = rd.read_rune();
    let (e1, e2) = (rd.unread_rune(), rd.unread_rune());
    o.ln(&[&s("runes"), &r, &size, &r2, &size2, &s("UnreadRune"), &e1, &s("UnreadRune again"), &e2]);
    let (_, err) = rd.peek(1);
    o.ln(&[&s("peek then UnreadByte:"), &err, &rd.unread_byte()]);
    let (_, err) = rd.peek(-1);
    o.ln(&[&s("Peek(-1):"), &err]);
    let (d, err) = rd.discard(-1);
    o.ln(&[&s("Discard(-1):"), &d, &err]);
    let (d, err) = rd.discard(100);
    o.ln(&[&s("Discard(100):"), &d, &err]);
    let rd = bufio::new_reader_size(&sreader(&b"r".repeat(40)), 16);
    let (small, big) = (Slice::<u8>::make_len(5), Slice::<u8>::make_len(20));
    let (n1, e1) = rd.read(&small);
    let (n2, e2) = rd.read(&big);
    let (n3, e3) = rd.read(&big);
    let (n4, e4) = rd.read(&big);
    let (n5, e5) = rd.read(&Slice::nil());
    o.ln(&[&s("Read:"), &n1, &e1, &n2, &e2, &n3, &e3, &n4, &e4, &n5, &e5, &rd.unread_byte()]);
    let rd = bufio::new_reader_size(&sreader(b"written to a builder"), 16);
    rd.read_byte();
    let sb = strings::Builder::new();
    let (wn, err) = rd.write_to(&Iface::new(Arc::new(sb.clone())));
    o.f("WriteTo %d %v %q\n", &[&wn, &err, &sb.string()]);
    rd.reset(&sreader(b"fresh"));
    let (st, err) = rd.read_string(b'x');
    o.f("after Reset %q %v size=%d\n", &[&st, &err, &rd.size()]);
    let (b, err) = bufio::new_reader(&sreader(b"")).read_bytes(b'\n');
    o.ln(&[&s("ReadBytes empty:"), &b.is_nil(), &b.len(), &err]);
}

fn writer_cases(o: &mut Out) {
    let out = strings::Builder::new();
    let to_out = || -> Iface<dyn gort::io::Writer> { Iface::new(Arc::new(out.clone())) };
    let w = bufio::new_writer_size(&to_out(), 0);
    let as_writer = |w: &bufio::Writer| -> Iface<dyn gort::io::Writer> { Iface::new(Arc::new(w.clone())) };
    o.ln(&[
        &s("writer size:"), &w.size(), &bufio::new_writer_size(&to_out(), -5).size(), &(bufio::new_writer(&as_writer(&w)) == w),
        &(bufio::new_writer_size(&as_writer(&w), 5000) == w),
    ]);
    let w = bufio::new_writer_size(&to_out(), 8);
    let ab = w.available_buffer();
    o.ln(&[&s("AvailableBuffer"), &ab.len(), &ab.cap()]);
    w.write_string(&s("abcdef"));
    let ab = w.available_buffer();
    o.ln(&[&s("AvailableBuffer"), &ab.len(), &ab.cap()]);
    let (n, err) = w.write_string(&s("0123456789ABCDEFGHIJ"));
    o.f("spill %d %v %q buffered=%d\n", &[&n, &err, &out.string(), &w.buffered()]);
    let (n, err) = w.write(&bs(b"0123456789ABCDEFGHIJ"));
    o.f("spill %d %v %q buffered=%d\n", &[&n, &err, &out.string(), &w.buffered()]);
    w.flush();
    out.reset();
    let tiny = bufio::new_writer_size(&to_out(), 2);
    for (_, r) in s("aé€😀").runes() {
        let (n, err) = tiny.write_rune(r);
        o.f("WriteRune %q %d %v %q buffered=%d\n", &[&r, &n, &err, &out.string(), &tiny.buffered()]);
    }
    tiny.write_rune(-1);
    tiny.flush();
    o.f("tiny %q\n", &[&out.string()]);
    out.reset();
    let w = bufio::new_writer_size(&to_out(), 16);
    w.write_string(&s("head:"));
    let (rn, err) = w.read_from(&sreader(&b"z".repeat(40)));
    o.f("ReadFrom %d %v %q buffered=%d\n", &[&rn, &err, &out.string(), &w.buffered()]);
    let sw = ShortWriter::default();
    let w = bufio::new_writer_size(&Iface::new(Arc::new(sw.clone())), 4);
    let (n, err) = w.write_string(&s("abcdefgh"));
    let got = bs(&sw.0.lock().clone());
    o.f("short write %d %v %q buffered=%d\n", &[&n, &err, &got, &w.buffered()]);
    let f1 = w.flush();
    let f2 = w.flush() == io::err_short_write();
    o.ln(&[&s("short flush:"), &f1, &f2, &w.write_byte(b'x')]);
}

fn fscan_cases(o: &mut Out) {
    let (a, b, word) = (Ptr::new(0i64), Ptr::new(0i64), Ptr::new(Str::default()));
    let br = bufio::new_reader(&sreader(b"12 34\nword 56 rest"));
    let br_r: Iface<dyn gort::io::Reader> = Iface::new(Arc::new(br.clone()));
    let (n1, e1) = gort::fmt::fscan(&br_r, &[&a, &b]);
    let (n2, e2) = gort::fmt::fscanln(&br_r, &[&word, &a]);
    let (rest, _) = br.read_string(b'\n');
    o.f("Fscan bufio: %d %v %d %v %q %d %q\n", &[&n1, &e1, &n2, &e2, &word.get(), &a.get(), &rest]);
    let sr = strings::new_reader(&s("7,8;9"));
    let sr_r: Iface<dyn gort::io::Reader> = Iface::new(Arc::new(sr.clone()));
    let (n1, e1) = gort::fmt::fscanf(&sr_r, &s("%d,"), &[&a]);
    let (n2, e2) = gort::fmt::fscanf(&sr_r, &s("%d;%d"), &[&b, &a]);
    o.ln(&[&s("Fscanf strings:"), &n1, &e1, &n2, &e2, &a.get(), &b.get(), &sr.len()]);
    let ob = OneByte(Arc::new(Mutex::new((b"5 6 7".to_vec(), 0))));
    let ob_r: Iface<dyn gort::io::Reader> = Iface::new(Arc::new(ob.clone()));
    gort::fmt::fscan(&ob_r, &[&a]);
    gort::fmt::fscan(&ob_r, &[&b]);
    let pos = ob.0.lock().1 as i64;
    o.ln(&[&s("Fscan plain:"), &a.get(), &b.get(), &pos]);
    let (n1, e1) = gort::fmt::fscan(&sreader(b" "), &[&a]);
    o.ln(&[&s("Fscan empty:"), &n1, &e1]);
    let rs = strings::new_reader(&s("aé"));
    let u0 = rs.unread_rune();
    let (k1, _) = rs.read_byte();
    let u1 = rs.unread_rune();
    let u2 = rs.unread_byte();
    let (q1, z1, _) = rs.read_rune();
    let (q2, z2, _) = rs.read_rune();
    let u3 = rs.unread_rune();
    let (q3, z3, u4) = rs.read_rune();
    let (q4, z4, u5) = rs.read_rune();
    o.ln(&[
        &s("strings.Reader runes:"), &u0, &s("|"), &k1, &u1, &s("|"), &u2, &q1, &z1, &q2, &z2, &u3, &q3, &z3, &u4, &q4, &z4, &u5,
        &rs.len(),
    ]);
}

#[test]
fn bufio_matches_go() {
    let mut o = Out::default();
    scanner_cases(&mut o);
    reader_cases(&mut o);
    writer_cases(&mut o);
    fscan_cases(&mut o);
    check("std_bufio_cases", &o);
}
