//! The flag state and low-level formatting of Go's `fmt` (a port of `fmt/format.go`): padding,
//! integers in every base, floats, strings, quoting, `%U`.

use crate::strconv;
use crate::utf8;

pub(crate) const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
pub(crate) const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// Go's `fmtFlags` plus width and precision.
#[derive(Clone, Copy, Default, Debug)]
pub(crate) struct Flags {
    pub wid_present: bool,
    pub prec_present: bool,
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    pub plus_v: bool,
    pub sharp_v: bool,
    pub wid: usize,
    pub prec: usize,
}

/// Go's `fmt` struct, writing into a byte buffer.
pub(crate) struct Fmt {
    pub f: Flags,
}

impl Fmt {
    pub fn clear(&mut self) {
        self.f = Flags::default();
    }

    fn write_padding(&self, buf: &mut Vec<u8>, n: isize) {
        if n <= 0 {
            return;
        }
        let pad = if self.f.zero && !self.f.minus { b'0' } else { b' ' };
        buf.extend(std::iter::repeat_n(pad, n as usize));
    }

    pub fn pad(&self, buf: &mut Vec<u8>, b: &[u8]) {
        if !self.f.wid_present || self.f.wid == 0 {
            buf.extend_from_slice(b);
            return;
        }
        let width = self.f.wid as isize - utf8::count(b) as isize;
        if !self.f.minus {
            self.write_padding(buf, width);
            buf.extend_from_slice(b);
        } else {
            buf.extend_from_slice(b);
            self.write_padding(buf, width);
        }
    }

    pub fn fmt_boolean(&self, buf: &mut Vec<u8>, v: bool) {
        self.pad(buf, if v { b"true" } else { b"false" })
    }

    pub fn fmt_unicode(&mut self, buf: &mut Vec<u8>, mut u: u64) {
        let mut prec: isize = 4;
        if self.f.prec_present && self.f.prec > 4 {
            prec = self.f.prec as isize;
        }
        let mut out: Vec<u8> = Vec::with_capacity(16);
        // Built backwards, then reversed.
        if self.f.sharp && u <= 0x10FFFF && strconv::is_print(u as i32) {
            out.push(b'\'');
            let mut tmp = Vec::new();
            utf8::push_rune(&mut tmp, u as i32);
            out.extend(tmp.iter().rev());
            out.push(b'\'');
            out.push(b' ');
        }
        while u >= 16 {
            out.push(UDIGITS[(u & 0xF) as usize]);
            prec -= 1;
            u >>= 4;
        }
        out.push(UDIGITS[u as usize]);
        prec -= 1;
        while prec > 0 {
            out.push(b'0');
            prec -= 1;
        }
        out.push(b'+');
        out.push(b'U');
        out.reverse();
        let old_zero = self.f.zero;
        self.f.zero = false;
        self.pad(buf, &out);
        self.f.zero = old_zero;
    }

    pub fn fmt_integer(&mut self, buf: &mut Vec<u8>, mut u: u64, base: u32, is_signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = is_signed && (u as i64) < 0;
        if negative {
            u = u.wrapping_neg();
        }
        let mut prec: usize = 0;
        if self.f.prec_present {
            prec = self.f.prec;
            if prec == 0 && u == 0 {
                let old_zero = self.f.zero;
                self.f.zero = false;
                self.write_padding(buf, self.f.wid as isize);
                self.f.zero = old_zero;
                return;
            }
        } else if self.f.zero && !self.f.minus && self.f.wid_present {
            prec = self.f.wid;
            if negative || self.f.plus || self.f.space {
                prec = prec.saturating_sub(1);
            }
        }
        let mut out: Vec<u8> = Vec::with_capacity(24);
        match base {
            10 => {
                while u >= 10 {
                    out.push(b'0' + (u % 10) as u8);
                    u /= 10;
                }
            }
            16 => {
                while u >= 16 {
                    out.push(digits[(u & 0xF) as usize]);
                    u >>= 4;
                }
            }
            8 => {
                while u >= 8 {
                    out.push(b'0' + (u & 7) as u8);
                    u >>= 3;
                }
            }
            2 => {
                while u >= 2 {
                    out.push(b'0' + (u & 1) as u8);
                    u >>= 1;
                }
            }
            _ => unreachable!("fmt: unknown base"),
        }
        out.push(digits[u as usize]);
        while prec > out.len() {
            out.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => out.extend_from_slice(b"b0"),
                8 => {
                    if *out.last().expect("non-empty") != b'0' {
                        out.push(b'0')
                    }
                }
                16 => {
                    out.push(digits[16]);
                    out.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' {
            out.extend_from_slice(b"o0");
        }
        if negative {
            out.push(b'-');
        } else if self.f.plus {
            out.push(b'+');
        } else if self.f.space {
            out.push(b' ');
        }
        out.reverse();
        let old_zero = self.f.zero;
        self.f.zero = false;
        self.pad(buf, &out);
        self.f.zero = old_zero;
    }

    fn truncate<'a>(&self, b: &'a [u8]) -> &'a [u8] {
        if self.f.prec_present {
            let mut n = self.f.prec as isize;
            let mut i = 0;
            while i < b.len() {
                n -= 1;
                if n < 0 {
                    return &b[..i];
                }
                let (_, w) = utf8::decode(&b[i..]);
                i += w;
            }
        }
        b
    }

    pub fn fmt_s(&self, buf: &mut Vec<u8>, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(buf, s);
    }

    pub fn fmt_sbx(&self, buf: &mut Vec<u8>, s: &[u8], digits: &[u8; 17]) {
        let mut length = s.len();
        if self.f.prec_present && self.f.prec < length {
            length = self.f.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if self.f.wid_present {
                self.write_padding(buf, self.f.wid as isize);
            }
            return;
        }
        if self.f.wid_present && self.f.wid > width && !self.f.minus {
            self.write_padding(buf, (self.f.wid - width) as isize);
        }
        if self.f.sharp {
            buf.push(b'0');
            buf.push(digits[16]);
        }
        for (i, &c) in s[..length].iter().enumerate() {
            if self.f.space && i > 0 {
                buf.push(b' ');
                if self.f.sharp {
                    buf.push(b'0');
                    buf.push(digits[16]);
                }
            }
            buf.push(digits[(c >> 4) as usize]);
            buf.push(digits[(c & 0xF) as usize]);
        }
        if self.f.wid_present && self.f.wid > width && self.f.minus {
            self.write_padding(buf, (self.f.wid - width) as isize);
        }
    }

    pub fn fmt_q(&self, buf: &mut Vec<u8>, s: &[u8]) {
        let s = self.truncate(s);
        if self.f.sharp && strconv::can_backquote_bytes(s) {
            let mut q = Vec::with_capacity(s.len() + 2);
            q.push(b'`');
            q.extend_from_slice(s);
            q.push(b'`');
            self.pad(buf, &q);
            return;
        }
        let q = strconv::quote_bytes(s, self.f.plus);
        self.pad(buf, &q);
    }

    pub fn fmt_c(&self, buf: &mut Vec<u8>, c: u64) {
        let r = if c > 0x10FFFF { 0xFFFD } else { c as i32 };
        let mut b = Vec::with_capacity(4);
        utf8::push_rune(&mut b, r);
        self.pad(buf, &b);
    }

    pub fn fmt_qc(&self, buf: &mut Vec<u8>, c: u64) {
        let r = if c > 0x10FFFF { 0xFFFD } else { c as i32 };
        let q = strconv::quote_rune_bytes(r, self.f.plus);
        self.pad(buf, &q);
    }

    pub fn fmt_float(&mut self, buf: &mut Vec<u8>, v: f64, size: u32, verb: char, prec: isize) {
        let prec = if self.f.prec_present { self.f.prec as isize } else { prec };
        let body = strconv::format_float_bytes(v, verb as u8, prec, size);
        let mut num: Vec<u8> = Vec::with_capacity(body.len() + 8);
        if body[0] == b'-' || body[0] == b'+' {
            num.extend_from_slice(&body);
        } else {
            num.push(b'+');
            num.extend_from_slice(&body);
        }
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            let old_zero = self.f.zero;
            self.f.zero = false;
            if num[1] == b'N' && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad(buf, &num);
            self.f.zero = old_zero;
            return;
        }
        if self.f.sharp && verb != 'b' {
            let mut digits: isize = 0;
            if matches!(verb, 'v' | 'g' | 'G' | 'x') {
                digits = prec;
                if digits == -1 {
                    digits = 6;
                }
            }
            let mut tail: Vec<u8> = Vec::new();
            let mut has_decimal_point = false;
            let mut saw_nonzero = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_decimal_point = true,
                    b'p' | b'P' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    b'e' | b'E' if verb != 'x' && verb != 'X' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero = true;
                        }
                        if saw_nonzero {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_decimal_point {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        if self.f.plus || num[0] != b'+' {
            if self.f.zero && !self.f.minus && self.f.wid_present && self.f.wid > num.len() {
                buf.push(num[0]);
                self.write_padding(buf, (self.f.wid - num.len()) as isize);
                buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(buf, &num);
            return;
        }
        self.pad(buf, &num[1..]);
    }
}
