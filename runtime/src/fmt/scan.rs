//! Go's `fmt` scanning (`Sscan`, `Sscanf`, `Scan`, `Scanln`, `Scanf`), ported from
//! `fmt/scan.go`: the same tokenizing, the same treatment of spaces and newlines, the same
//! error texts. Operands are pointers (`Ptr<i64>`, `Ptr<Str>`, …) passed as `&dyn GoValue`.
//!
//! Go's scanner unwinds with a private panic; here every step returns `Result` and `?`
//! carries the error to the top.

use crate::utf8;
use crate::value::{Error, GoValue, Ptr, Slice, Str};

const EOF: i32 = -1;
const HUGE_WID: i64 = 1 << 30;

/// Why a scan stopped: Go's `scanError{err}`, or `panic(io.EOF)` (input ran out where an
/// operand should start).
enum Stop {
    Err(Error),
    Eof,
}

type Res<T> = Result<T, Stop>;

fn err_str(msg: &str) -> Stop {
    Stop::Err(crate::errors::new(&Str::copy_from(msg)))
}

/// Where the bytes come from: a string, stdin, or any `io.Reader` (one byte per `Read`).
pub(crate) trait ByteSource {
    /// The next byte, or `None` at end of input.
    fn next_byte(&mut self) -> Option<u8>;
}

/// The bytes of a string (`Sscan*`).
pub(crate) struct StrSource<'a> {
    pub(crate) b: &'a [u8],
}

impl ByteSource for StrSource<'_> {
    fn next_byte(&mut self) -> Option<u8> {
        let (&c, rest) = self.b.split_first()?;
        self.b = rest;
        Some(c)
    }
}

/// Where the scanner's runes come from: Go's `io.RuneScanner`. A source that is not one is
/// wrapped in [`RuneReader`], whose one rune of lookahead dies with the call, as in Go.
pub(crate) trait RuneSource {
    /// The next rune, or `None` at end of input.
    fn read_rune(&mut self) -> Option<i32>;
    /// Puts the last rune read back.
    fn unread_rune(&mut self);
}

/// Go's `readRune`: runes from a byte reader, one rune of lookahead for `UnreadRune`, and the
/// bytes of an invalid sequence kept for the next read.
pub(crate) struct RuneReader<S> {
    src: S,
    pending: Vec<u8>,
    /// `>= 0`: the next rune (unread); `< 0`: `!previous rune`.
    peek: i32,
}

impl<S: ByteSource> RuneReader<S> {
    pub(crate) fn new(src: S) -> Self {
        RuneReader { src, pending: Vec::new(), peek: -1 }
    }
    fn read_byte(&mut self) -> Option<u8> {
        if !self.pending.is_empty() {
            return Some(self.pending.remove(0));
        }
        self.src.next_byte()
    }
}

impl<S: ByteSource> RuneSource for RuneReader<S> {
    fn read_rune(&mut self) -> Option<i32> {
        if self.peek >= 0 {
            let r = self.peek;
            self.peek = !r;
            return Some(r);
        }
        let b0 = self.read_byte()?;
        if b0 < 0x80 {
            self.peek = !(b0 as i32);
            return Some(b0 as i32);
        }
        let mut buf = vec![b0];
        while !full_rune(&buf) {
            match self.read_byte() {
                Some(b) => buf.push(b),
                None => break,
            }
        }
        let (r, size) = utf8::decode(&buf);
        if size < buf.len() {
            let rest = buf.split_off(size);
            self.pending.splice(0..0, rest);
        }
        self.peek = !r;
        Some(r)
    }
    fn unread_rune(&mut self) {
        if self.peek < 0 {
            self.peek = !self.peek;
        }
    }
}

fn full_rune(b: &[u8]) -> bool {
    crate::utf8::full_rune_in_string(&Str::from_bytes(b))
}

/// Go's `isSpace` for scanning (a fixed table of Unicode spaces).
fn is_space(r: i32) -> bool {
    const SPACE: [(i32, i32); 10] = [
        (0x0009, 0x000d),
        (0x0020, 0x0020),
        (0x0085, 0x0085),
        (0x00a0, 0x00a0),
        (0x1680, 0x1680),
        (0x2000, 0x200a),
        (0x2028, 0x2029),
        (0x202f, 0x202f),
        (0x205f, 0x205f),
        (0x3000, 0x3000),
    ];
    if !(0..1 << 16).contains(&r) {
        return false;
    }
    for (lo, hi) in SPACE {
        if r < lo {
            return false;
        }
        if r <= hi {
            return true;
        }
    }
    false
}

/// Go's `ss`: the scan state.
struct Scanner<S> {
    rs: S,
    buf: Vec<u8>,
    count: i64,
    at_eof: bool,
    nl_is_end: bool,
    nl_is_space: bool,
    arg_limit: i64,
    limit: i64,
    max_wid: i64,
}

const BINARY: &str = "01";
const OCTAL: &str = "01234567";
const DECIMAL: &str = "0123456789";
const HEX: &str = "0123456789aAbBcCdDeEfF";
const SIGN: &str = "+-";
const FLOAT_VERBS: &str = "beEfFgGv";

impl<S: RuneSource> Scanner<S> {
    fn new(rs: S, nl_is_space: bool, nl_is_end: bool) -> Self {
        Scanner {
            rs,
            buf: Vec::new(),
            count: 0,
            at_eof: false,
            nl_is_end,
            nl_is_space,
            arg_limit: HUGE_WID,
            limit: HUGE_WID,
            max_wid: HUGE_WID,
        }
    }
    fn get_rune(&mut self) -> i32 {
        if self.at_eof || self.count >= self.arg_limit {
            return EOF;
        }
        match self.rs.read_rune() {
            Some(r) => {
                self.count += 1;
                if self.nl_is_end && r == '\n' as i32 {
                    self.at_eof = true;
                }
                r
            }
            None => {
                self.at_eof = true;
                EOF
            }
        }
    }
    fn must_read_rune(&mut self) -> Res<i32> {
        let r = self.get_rune();
        if r == EOF {
            return Err(Stop::Err(crate::io::err_unexpected_eof()));
        }
        Ok(r)
    }
    fn unread_rune(&mut self) {
        self.rs.unread_rune();
        self.at_eof = false;
        self.count -= 1;
    }
    fn skip_space(&mut self) -> Res<()> {
        loop {
            let r = self.get_rune();
            if r == EOF {
                return Ok(());
            }
            if r == '\r' as i32 && self.peek("\n") {
                continue;
            }
            if r == '\n' as i32 {
                if self.nl_is_space {
                    continue;
                }
                return Err(err_str("unexpected newline"));
            }
            if !is_space(r) {
                self.unread_rune();
                return Ok(());
            }
        }
    }
    fn write_rune(&mut self, r: i32) {
        utf8::push_rune(&mut self.buf, r);
    }
    /// The next run of runes satisfying `f`, after optional space.
    fn token(&mut self, skip_space: bool, f: impl Fn(i32) -> bool) -> Res<Vec<u8>> {
        if skip_space {
            self.skip_space()?;
        }
        loop {
            let r = self.get_rune();
            if r == EOF {
                break;
            }
            if !f(r) {
                self.unread_rune();
                break;
            }
            self.write_rune(r);
        }
        Ok(self.buf.clone())
    }
    fn consume(&mut self, ok: &str, accept: bool) -> bool {
        let r = self.get_rune();
        if r == EOF {
            return false;
        }
        if ok.chars().any(|c| c as i32 == r) {
            if accept {
                self.write_rune(r);
            }
            return true;
        }
        if accept {
            self.unread_rune();
        }
        false
    }
    fn peek(&mut self, ok: &str) -> bool {
        let r = self.get_rune();
        if r != EOF {
            self.unread_rune();
        }
        ok.chars().any(|c| c as i32 == r)
    }
    fn not_eof(&mut self) -> Res<()> {
        if self.get_rune() == EOF {
            return Err(Stop::Eof);
        }
        self.unread_rune();
        Ok(())
    }
    fn accept(&mut self, ok: &str) -> bool {
        self.consume(ok, true)
    }
    fn ok_verb(&self, verb: char, ok: &str, typ: &str) -> Res<()> {
        if ok.contains(verb) {
            return Ok(());
        }
        Err(err_str(&format!("bad verb '%{verb}' for {typ}")))
    }
    fn scan_bool(&mut self, verb: char) -> Res<bool> {
        self.skip_space()?;
        self.not_eof()?;
        self.ok_verb(verb, "tv", "boolean")?;
        let bad = || err_str("syntax error scanning boolean");
        match char::from_u32(self.get_rune() as u32) {
            Some('0') => Ok(false),
            Some('1') => Ok(true),
            Some('t' | 'T') => {
                if self.accept("rR") && (!self.accept("uU") || !self.accept("eE")) {
                    return Err(bad());
                }
                Ok(true)
            }
            Some('f' | 'F') => {
                if self.accept("aA") && (!self.accept("lL") || !self.accept("sS") || !self.accept("eE")) {
                    return Err(bad());
                }
                Ok(false)
            }
            _ => Ok(false),
        }
    }
    fn get_base(&self, verb: char) -> Res<(i64, &'static str)> {
        self.ok_verb(verb, "bdoUxXv", "integer")?;
        Ok(match verb {
            'b' => (2, BINARY),
            'o' => (8, OCTAL),
            'x' | 'X' | 'U' => (16, HEX),
            _ => (10, DECIMAL),
        })
    }
    fn scan_number(&mut self, digits: &str, have_digits: bool) -> Res<Vec<u8>> {
        if !have_digits {
            self.not_eof()?;
            if !self.accept(digits) {
                return Err(err_str("expected integer"));
            }
        }
        while self.accept(digits) {}
        Ok(self.buf.clone())
    }
    fn scan_rune(&mut self, bits: u32) -> Res<i64> {
        self.not_eof()?;
        let r = self.get_rune() as i64;
        let n = 64 - bits;
        if (r << n) >> n != r {
            return Err(err_str(&format!("overflow on character value {}", Str::from_rune(r as i32))));
        }
        Ok(r)
    }
    fn scan_base_prefix(&mut self) -> (i64, &'static str, bool) {
        if !self.peek("0") {
            return (0, "0123456789_", false);
        }
        self.accept("0");
        if self.peek("bB") {
            self.consume("bB", true);
            (0, "01_", true)
        } else if self.peek("oO") {
            self.consume("oO", true);
            (0, "01234567_", true)
        } else if self.peek("xX") {
            self.consume("xX", true);
            (0, "0123456789aAbBcCdDeEfF_", true)
        } else {
            (0, "01234567_", true)
        }
    }
    fn scan_int(&mut self, verb: char, bits: u32) -> Res<i64> {
        if verb == 'c' {
            return self.scan_rune(bits);
        }
        self.skip_space()?;
        self.not_eof()?;
        let (mut base, mut digits) = self.get_base(verb)?;
        let mut have_digits = false;
        if verb == 'U' {
            if !self.consume("U", false) || !self.consume("+", false) {
                return Err(err_str("bad unicode format "));
            }
        } else {
            self.accept(SIGN);
            if verb == 'v' {
                (base, digits, have_digits) = self.scan_base_prefix();
            }
        }
        let tok = self.scan_number(digits, have_digits)?;
        let (i, err) = crate::strconv::parse_int(&Str::from_vec(tok.clone()), base, 64);
        if !err.is_nil() {
            return Err(Stop::Err(err));
        }
        let n = 64 - bits;
        if (i << n) >> n != i {
            return Err(err_str(&format!("integer overflow on token {}", String::from_utf8_lossy(&tok))));
        }
        Ok(i)
    }
    fn scan_uint(&mut self, verb: char, bits: u32) -> Res<u64> {
        if verb == 'c' {
            return Ok(self.scan_rune(bits)? as u64);
        }
        self.skip_space()?;
        self.not_eof()?;
        let (mut base, mut digits) = self.get_base(verb)?;
        let mut have_digits = false;
        if verb == 'U' {
            if !self.consume("U", false) || !self.consume("+", false) {
                return Err(err_str("bad unicode format "));
            }
        } else if verb == 'v' {
            (base, digits, have_digits) = self.scan_base_prefix();
        }
        let tok = self.scan_number(digits, have_digits)?;
        let (i, err) = crate::strconv::parse_uint(&Str::from_vec(tok.clone()), base, 64);
        if !err.is_nil() {
            return Err(Stop::Err(err));
        }
        let n = 64 - bits;
        if (i << n) >> n != i {
            return Err(err_str(&format!("unsigned integer overflow on token {}", String::from_utf8_lossy(&tok))));
        }
        Ok(i)
    }
    fn float_token(&mut self) -> Vec<u8> {
        self.buf.clear();
        if self.accept("nN") && self.accept("aA") && self.accept("nN") {
            return self.buf.clone();
        }
        self.accept(SIGN);
        if self.accept("iI") && self.accept("nN") && self.accept("fF") {
            return self.buf.clone();
        }
        let mut digits = "0123456789_";
        let mut exp = "eEpP";
        if self.accept("0") && self.accept("xX") {
            digits = "0123456789aAbBcCdDeEfF_";
            exp = "pP";
        }
        while self.accept(digits) {}
        if self.accept(".") {
            while self.accept(digits) {}
        }
        if self.accept(exp) {
            self.accept(SIGN);
            while self.accept("0123456789_") {}
        }
        self.buf.clone()
    }
    fn convert_float(&self, tok: &[u8], bits: i64) -> Res<f64> {
        let has_x = tok.iter().any(|&c| c == b'x' || c == b'X');
        if let (Some(p), false) = (tok.iter().position(|&c| c == b'p'), has_x) {
            let (f, err) = crate::strconv::parse_float(&Str::from_bytes(&tok[..p]), bits);
            if !err.is_nil() {
                return Err(Stop::Err(crate::strconv::with_num(&err, &Str::from_bytes(tok))));
            }
            let (m, err) = crate::strconv::atoi(&Str::from_bytes(&tok[p + 1..]));
            if !err.is_nil() {
                return Err(Stop::Err(crate::strconv::with_num(&err, &Str::from_bytes(tok))));
            }
            return Ok(crate::math::ldexp(f, m));
        }
        let (f, err) = crate::strconv::parse_float(&Str::from_bytes(tok), bits);
        if !err.is_nil() {
            return Err(Stop::Err(err));
        }
        Ok(f)
    }
    fn scan_float(&mut self, verb: char, bits: i64) -> Res<f64> {
        self.ok_verb(verb, FLOAT_VERBS, if bits == 32 { "float32" } else { "float64" })?;
        self.skip_space()?;
        self.not_eof()?;
        let tok = self.float_token();
        self.convert_float(&tok, bits)
    }
    fn convert_string(&mut self, verb: char) -> Res<Vec<u8>> {
        self.ok_verb(verb, "svqxX", "string")?;
        self.skip_space()?;
        self.not_eof()?;
        match verb {
            'q' => self.quoted_string(),
            'x' | 'X' => self.hex_string(),
            _ => self.token(true, |r| !is_space(r)),
        }
    }
    fn quoted_string(&mut self) -> Res<Vec<u8>> {
        self.not_eof()?;
        let quote = self.get_rune();
        if quote == '`' as i32 {
            loop {
                let r = self.must_read_rune()?;
                if r == quote {
                    break;
                }
                self.write_rune(r);
            }
            return Ok(self.buf.clone());
        }
        if quote == '"' as i32 {
            self.buf.push(b'"');
            loop {
                let r = self.must_read_rune()?;
                self.write_rune(r);
                if r == '\\' as i32 {
                    let e = self.must_read_rune()?;
                    self.write_rune(e);
                } else if r == '"' as i32 {
                    break;
                }
            }
            let (s, err) = crate::strconv::unquote(&Str::from_bytes(&self.buf));
            if !err.is_nil() {
                return Err(Stop::Err(err));
            }
            return Ok(s.as_bytes().to_vec());
        }
        Err(err_str("expected quoted string"))
    }
    fn hex_string(&mut self) -> Res<Vec<u8>> {
        self.not_eof()?;
        loop {
            let r1 = self.get_rune();
            if r1 == EOF {
                break;
            }
            let Some(v1) = hex_digit(r1) else {
                self.unread_rune();
                break;
            };
            let Some(v2) = hex_digit(self.must_read_rune()?) else {
                return Err(err_str("illegal hex digit"));
            };
            self.buf.push((v1 << 4 | v2) as u8);
        }
        if self.buf.is_empty() {
            return Err(err_str("no hex data for %x string"));
        }
        Ok(self.buf.clone())
    }
    fn scan_percent(&mut self) -> Res<()> {
        self.skip_space()?;
        self.not_eof()?;
        if !self.accept("%") {
            return Err(err_str("missing literal %"));
        }
        Ok(())
    }

    /// Go's `scanOne`: scans one operand (a pointer) for `verb`.
    fn scan_one(&mut self, verb: char, arg: &dyn GoValue) -> Res<()> {
        self.buf.clear();
        let mut arg = arg;
        while let Some(Some(inner)) = arg.iface_elem() {
            arg = inner;
        }
        let a = arg.as_any();
        macro_rules! ints {
            ($($t:ty => $bits:expr),*) => {$(
                if let Some(p) = a.downcast_ref::<Ptr<$t>>() {
                    let v = self.scan_int(verb, $bits)?;
                    p.set(v as $t);
                    return Ok(());
                }
            )*};
        }
        macro_rules! uints {
            ($($t:ty => $bits:expr),*) => {$(
                if let Some(p) = a.downcast_ref::<Ptr<$t>>() {
                    let v = self.scan_uint(verb, $bits)?;
                    p.set(v as $t);
                    return Ok(());
                }
            )*};
        }
        ints!(i64 => 64, i8 => 8, i16 => 16, i32 => 32);
        uints!(u64 => 64, u8 => 8, u16 => 16, u32 => 32, usize => 64);
        if let Some(p) = a.downcast_ref::<Ptr<bool>>() {
            let v = self.scan_bool(verb)?;
            p.set(v);
        } else if let Some(p) = a.downcast_ref::<Ptr<f64>>() {
            let v = self.scan_float(verb, 64)?;
            p.set(v);
        } else if let Some(p) = a.downcast_ref::<Ptr<f32>>() {
            let v = self.scan_float(verb, 32)?;
            p.set(v as f32);
        } else if let Some(p) = a.downcast_ref::<Ptr<Str>>() {
            let v = self.convert_string(verb)?;
            p.set(Str::from_vec(v));
        } else if let Some(p) = a.downcast_ref::<Ptr<Slice<u8>>>() {
            let v = self.convert_string(verb)?;
            p.set(Slice::from_vec(v));
        } else if arg.kind() != crate::value::Kind::Ptr {
            return Err(err_str(&format!("type not a pointer: {}", arg.type_name())));
        } else {
            return Err(err_str(&format!("can't scan type: {}", arg.type_name())));
        }
        Ok(())
    }

    /// Go's `doScan`: every operand with `%v`, then (for `*ln`) the end of the line.
    fn do_scan(&mut self, args: &[&dyn GoValue]) -> (i64, Error) {
        let mut n = 0;
        let res = (|| -> Res<()> {
            for arg in args {
                self.scan_one('v', *arg)?;
                n += 1;
            }
            if self.nl_is_end {
                loop {
                    let r = self.get_rune();
                    if r == '\n' as i32 || r == EOF {
                        break;
                    }
                    if !is_space(r) {
                        return Err(err_str("expected newline"));
                    }
                }
            }
            Ok(())
        })();
        (n, stop_error(res))
    }

    /// Go's `advance`: matches the literal text at the start of `format` against the input.
    /// Returns the bytes of `format` consumed, or -1 when the input does not match.
    fn advance(&mut self, format: &[u8]) -> Res<i64> {
        let mut i = 0usize;
        while i < format.len() {
            let (mut fmtc, mut w) = utf8::decode(&format[i..]);
            if is_space(fmtc) {
                let mut newlines = 0;
                let mut trailing_space = false;
                while is_space(fmtc) && i < format.len() {
                    if fmtc == '\n' as i32 {
                        newlines += 1;
                        trailing_space = false;
                    } else {
                        trailing_space = true;
                    }
                    i += w;
                    (fmtc, w) = utf8::decode(&format[i..]);
                }
                for _ in 0..newlines {
                    let mut inputc = self.get_rune();
                    while is_space(inputc) && inputc != '\n' as i32 {
                        inputc = self.get_rune();
                    }
                    if inputc != '\n' as i32 && inputc != EOF {
                        return Err(err_str("newline in format does not match input"));
                    }
                }
                if trailing_space {
                    let mut inputc = self.get_rune();
                    if newlines == 0 {
                        if !is_space(inputc) && inputc != EOF {
                            return Err(err_str("expected space in input to match format"));
                        }
                        if inputc == '\n' as i32 {
                            return Err(err_str("newline in input does not match format"));
                        }
                    }
                    while is_space(inputc) && inputc != '\n' as i32 {
                        inputc = self.get_rune();
                    }
                    if inputc != EOF {
                        self.unread_rune();
                    }
                }
                continue;
            }
            if fmtc == '%' as i32 {
                if i + w == format.len() {
                    return Err(err_str("missing verb: % at end of format string"));
                }
                let (nextc, _) = utf8::decode(&format[i + w..]);
                if nextc != '%' as i32 {
                    return Ok(i as i64);
                }
                i += w;
            }
            let inputc = self.must_read_rune()?;
            if fmtc != inputc {
                self.unread_rune();
                return Ok(-1);
            }
            i += w;
        }
        Ok(i as i64)
    }

    /// Go's `doScanf`.
    fn do_scanf(&mut self, format: &[u8], args: &[&dyn GoValue]) -> (i64, Error) {
        let mut n = 0usize;
        let res = (|| -> Res<()> {
            let end = format.len() as i64 - 1;
            let mut i: i64 = 0;
            while i <= end {
                let w = self.advance(&format[i as usize..])?;
                if w > 0 {
                    i += w;
                    continue;
                }
                if format[i as usize] != b'%' {
                    if w < 0 {
                        return Err(err_str("input does not match format"));
                    }
                    break;
                }
                i += 1;
                let (wid, present, ni) = parse_num(format, i, end);
                i = ni;
                self.max_wid = if present { wid } else { HUGE_WID };
                let (c, cw) = utf8::decode(&format[i as usize..]);
                i += cw as i64;
                let verb = char::from_u32(c as u32).unwrap_or('\u{FFFD}');
                if verb != 'c' {
                    self.skip_space()?;
                }
                if verb == '%' {
                    self.scan_percent()?;
                    continue;
                }
                self.arg_limit = self.limit;
                if self.count + self.max_wid < self.arg_limit {
                    self.arg_limit = self.count + self.max_wid;
                }
                if n >= args.len() {
                    let rest = String::from_utf8_lossy(&format[(i as usize - cw)..]);
                    return Err(err_str(&format!("too few operands for format '%{rest}'")));
                }
                self.scan_one(verb, args[n])?;
                n += 1;
                self.arg_limit = self.limit;
            }
            if n < args.len() {
                return Err(err_str("too many operands"));
            }
            Ok(())
        })();
        (n as i64, stop_error(res))
    }
}

fn stop_error(res: Res<()>) -> Error {
    match res {
        Ok(()) => Error::nil(),
        Err(Stop::Err(e)) => e,
        Err(Stop::Eof) => crate::io::eof(),
    }
}

fn hex_digit(d: i32) -> Option<i32> {
    let c = char::from_u32(d as u32)?;
    c.to_digit(16).map(|v| v as i32)
}

/// Go's `parsenum` (print.go): a decimal width at `format[start..=end]`.
fn parse_num(format: &[u8], start: i64, end: i64) -> (i64, bool, i64) {
    if start >= end {
        return (0, false, end);
    }
    let mut num = 0i64;
    let mut isnum = false;
    let mut i = start;
    while i <= end && format[i as usize].is_ascii_digit() {
        if num > 1_000_000 {
            return (0, false, end);
        }
        num = num * 10 + (format[i as usize] - b'0') as i64;
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

/// `Fscan` on a rune source.
pub(crate) fn fscan(rs: impl RuneSource, args: &[&dyn GoValue]) -> (i64, Error) {
    Scanner::new(rs, true, false).do_scan(args)
}
/// `Fscanln` on a rune source.
pub(crate) fn fscanln(rs: impl RuneSource, args: &[&dyn GoValue]) -> (i64, Error) {
    Scanner::new(rs, false, true).do_scan(args)
}
/// `Fscanf` on a rune source.
pub(crate) fn fscanf(rs: impl RuneSource, format: &[u8], args: &[&dyn GoValue]) -> (i64, Error) {
    Scanner::new(rs, false, false).do_scanf(format, args)
}
