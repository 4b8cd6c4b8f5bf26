//! Go's quoting (`strconv.Quote`, `QuoteToASCII`, `QuoteRune`, `CanBackquote`, `Unquote`) and
//! `IsPrint`/`IsGraphic` on Go's own tables.

use super::isprint::{IS_GRAPHIC, IS_NOT_PRINT16, IS_NOT_PRINT32, IS_PRINT16, IS_PRINT32};
use crate::utf8;

const LOWERHEX: &[u8; 16] = b"0123456789abcdef";

/// `strconv.IsPrint`.
pub fn is_print(r: i32) -> bool {
    if r <= 0xFF {
        if (0x20..=0x7E).contains(&r) {
            return true;
        }
        if (0xA1..=0xFF).contains(&r) {
            return r != 0xAD;
        }
        return false;
    }
    if (0..1 << 16).contains(&r) {
        let rr = r as u16;
        let i = IS_PRINT16.partition_point(|&x| x < rr);
        if i >= IS_PRINT16.len() || rr < IS_PRINT16[i & !1] || IS_PRINT16[i | 1] < rr {
            return false;
        }
        return IS_NOT_PRINT16.binary_search(&rr).is_err();
    }
    let rr = r as u32;
    let i = IS_PRINT32.partition_point(|&x| x < rr);
    if i >= IS_PRINT32.len() || rr < IS_PRINT32[i & !1] || IS_PRINT32[i | 1] < rr {
        return false;
    }
    if r >= 0x20000 {
        return true;
    }
    IS_NOT_PRINT32.binary_search(&((r - 0x10000) as u16)).is_err()
}

/// `strconv.IsGraphic`.
pub fn is_graphic(r: i32) -> bool {
    is_print(r) || (r <= 0xFFFF && r >= 0 && IS_GRAPHIC.binary_search(&(r as u16)).is_ok())
}

fn append_escaped_rune(buf: &mut Vec<u8>, r: i32, quote: u8, ascii_only: bool, graphic_only: bool) {
    if r == quote as i32 || r == '\\' as i32 {
        buf.push(b'\\');
        utf8::push_rune(buf, r);
        return;
    }
    if ascii_only {
        if r < 0x80 && is_print(r) {
            buf.push(r as u8);
            return;
        }
    } else if is_print(r) || (graphic_only && is_graphic(r)) {
        utf8::push_rune(buf, r);
        return;
    }
    match r {
        0x07 => buf.extend_from_slice(b"\\a"),
        0x08 => buf.extend_from_slice(b"\\b"),
        0x0C => buf.extend_from_slice(b"\\f"),
        0x0A => buf.extend_from_slice(b"\\n"),
        0x0D => buf.extend_from_slice(b"\\r"),
        0x09 => buf.extend_from_slice(b"\\t"),
        0x0B => buf.extend_from_slice(b"\\v"),
        _ => {
            if r < ' ' as i32 || r == 0x7F {
                buf.extend_from_slice(b"\\x");
                buf.push(LOWERHEX[((r as u8) >> 4) as usize]);
                buf.push(LOWERHEX[((r as u8) & 0xF) as usize]);
            } else {
                let r = if utf8::valid_rune(r) { r } else { 0xFFFD };
                if r < 0x10000 {
                    buf.extend_from_slice(b"\\u");
                    for s in (0..4).rev() {
                        buf.push(LOWERHEX[((r >> (s * 4)) & 0xF) as usize]);
                    }
                } else {
                    buf.extend_from_slice(b"\\U");
                    for s in (0..8).rev() {
                        buf.push(LOWERHEX[((r >> (s * 4)) & 0xF) as usize]);
                    }
                }
            }
        }
    }
}

fn quote_with(s: &[u8], quote: u8, ascii_only: bool, graphic_only: bool) -> Vec<u8> {
    let mut buf = Vec::with_capacity(s.len() + 2);
    buf.push(quote);
    let mut i = 0;
    while i < s.len() {
        let (r, w) = if s[i] < 0x80 { (s[i] as i32, 1) } else { utf8::decode(&s[i..]) };
        if w == 1 && r == utf8::RUNE_ERROR {
            buf.extend_from_slice(b"\\x");
            buf.push(LOWERHEX[(s[i] >> 4) as usize]);
            buf.push(LOWERHEX[(s[i] & 0xF) as usize]);
            i += 1;
            continue;
        }
        append_escaped_rune(&mut buf, r, quote, ascii_only, graphic_only);
        i += w;
    }
    buf.push(quote);
    buf
}

/// `strconv.Quote` (`ascii_only`: `QuoteToASCII`) on bytes.
pub fn quote_bytes(s: &[u8], ascii_only: bool) -> Vec<u8> {
    quote_with(s, b'"', ascii_only, false)
}

/// `strconv.QuoteToGraphic` on bytes.
pub fn quote_graphic_bytes(s: &[u8]) -> Vec<u8> {
    quote_with(s, b'"', false, true)
}

/// `strconv.QuoteRune` (`ascii_only`: `QuoteRuneToASCII`) as bytes.
pub fn quote_rune_bytes(r: i32, ascii_only: bool) -> Vec<u8> {
    let r = if utf8::valid_rune(r) { r } else { utf8::RUNE_ERROR };
    let mut buf = vec![b'\''];
    append_escaped_rune(&mut buf, r, b'\'', ascii_only, false);
    buf.push(b'\'');
    buf
}

/// `strconv.CanBackquote` on bytes.
pub fn can_backquote_bytes(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, w) = utf8::decode(&s[i..]);
        i += w;
        if w > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == utf8::RUNE_ERROR {
            return false;
        }
        if (r < ' ' as i32 && r != '\t' as i32) || r == '`' as i32 || r == 0x7F {
            return false;
        }
    }
    true
}

fn unhex(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

/// Go's `strconv.UnquoteChar` core: one (possibly escaped) character of a quoted literal.
/// Returns `(value, multibyte, tail)`; `value` is a rune or, for `\x`/octal escapes, a byte
/// (`is_byte`).
fn unquote_char(s: &[u8], quote: u8) -> Option<(i32, bool, usize)> {
    let c = *s.first()?;
    if c == quote && (quote == b'\'' || quote == b'"') {
        return None;
    }
    if c >= 0x80 {
        let (r, w) = utf8::decode(s);
        return Some((r, false, w));
    }
    if c != b'\\' {
        return Some((c as i32, false, 1));
    }
    let c = *s.get(1)?;
    let mut n = 2;
    let v = match c {
        b'a' => 7,
        b'b' => 8,
        b'f' => 12,
        b'n' => 10,
        b'r' => 13,
        b't' => 9,
        b'v' => 11,
        b'x' | b'u' | b'U' => {
            let k = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            let mut v = 0u32;
            for j in 0..k {
                v = v << 4 | unhex(*s.get(2 + j)?)?;
            }
            n += k;
            if c == b'x' {
                return Some((v as i32, true, n));
            }
            if !utf8::valid_rune(v as i32) {
                return None;
            }
            v as i32
        }
        b'0'..=b'7' => {
            let mut v = (c - b'0') as u32;
            for j in 0..2 {
                let d = *s.get(2 + j)?;
                if !(b'0'..=b'7').contains(&d) {
                    return None;
                }
                v = v * 8 + (d - b'0') as u32;
            }
            if v > 255 {
                return None;
            }
            n += 2;
            return Some((v as i32, true, n));
        }
        b'\\' => b'\\' as i32,
        b'\'' | b'"' => {
            if c != quote {
                return None;
            }
            c as i32
        }
        _ => return None,
    };
    Some((v, false, n))
}

/// `strconv.Unquote` on bytes: `None` is Go's `ErrSyntax`.
pub fn unquote_bytes(s: &[u8]) -> Option<Vec<u8>> {
    let n = s.len();
    if n < 2 {
        return None;
    }
    let quote = s[0];
    if quote != s[n - 1] {
        return None;
    }
    let body = &s[1..n - 1];
    match quote {
        b'`' => {
            if body.contains(&b'`') {
                return None;
            }
            Some(body.iter().copied().filter(|&c| c != b'\r').collect())
        }
        b'"' | b'\'' => {
            if quote == b'"' && body.contains(&b'\n') {
                return None;
            }
            let mut out = Vec::new();
            let mut i = 0;
            let mut count = 0;
            while i < body.len() {
                let (v, is_byte, w) = unquote_char(&body[i..], quote)?;
                if is_byte {
                    if quote == b'\'' {
                        out.push(v as u8);
                    } else {
                        out.push(v as u8);
                    }
                } else {
                    utf8::push_rune(&mut out, v);
                }
                i += w;
                count += 1;
            }
            if quote == b'\'' && count != 1 {
                return None;
            }
            Some(out)
        }
        _ => None,
    }
}
