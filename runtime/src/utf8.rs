//! Go's `unicode/utf8`: decoding with Go's error rules (invalid bytes decode as U+FFFD with
//! width 1), encoding, counting, validity.

use crate::value::{Slice, Str};

/// `utf8.RuneError` (U+FFFD).
pub const RUNE_ERROR: i32 = 0xFFFD;
/// `utf8.UTFMax`.
pub const UTF_MAX: i64 = 4;
/// `utf8.MaxRune`.
pub const MAX_RUNE: i32 = 0x10FFFF;
/// `utf8.RuneSelf`.
pub const RUNE_SELF: i32 = 0x80;

/// Decodes the first rune of `b`: `(rune, width)`; `(RuneError, 1)` for an invalid encoding,
/// `(RuneError, 0)` for empty input.
pub fn decode_rune(b: &[u8]) -> (i32, usize) {
    let n = b.len();
    if n == 0 {
        return (RUNE_ERROR, 0);
    }
    let b0 = b[0];
    if b0 < 0x80 {
        return (b0 as i32, 1);
    }
    let (need, min, init) = match b0 {
        0xC2..=0xDF => (2, 0x80, (b0 & 0x1F) as i32),
        0xE0..=0xEF => (3, 0x800, (b0 & 0x0F) as i32),
        0xF0..=0xF4 => (4, 0x10000, (b0 & 0x07) as i32),
        _ => return (RUNE_ERROR, 1),
    };
    if n < need {
        return (RUNE_ERROR, 1);
    }
    let mut r = init;
    for &c in &b[1..need] {
        if c & 0xC0 != 0x80 {
            return (RUNE_ERROR, 1);
        }
        r = (r << 6) | (c & 0x3F) as i32;
    }
    if r < min || r > MAX_RUNE || (0xD800..=0xDFFF).contains(&r) {
        return (RUNE_ERROR, 1);
    }
    (r, need)
}

/// Decodes the last rune of `b`.
pub fn decode_last_rune(b: &[u8]) -> (i32, usize) {
    let n = b.len();
    if n == 0 {
        return (RUNE_ERROR, 0);
    }
    let lim = n.saturating_sub(4);
    let mut start = n - 1;
    while start > lim && b[start] & 0xC0 == 0x80 {
        start -= 1;
    }
    let (r, w) = decode_rune(&b[start..]);
    if start + w != n {
        return (RUNE_ERROR, 1);
    }
    (r, w)
}

/// Appends the UTF-8 encoding of `r` (invalid runes encode U+FFFD).
pub fn append_rune(v: &mut Vec<u8>, r: i32) {
    let r = if (0..=MAX_RUNE).contains(&r) && !(0xD800..=0xDFFF).contains(&r) { r } else { RUNE_ERROR };
    let c = char::from_u32(r as u32).expect("valid scalar");
    let mut b = [0u8; 4];
    v.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
}

/// Number of runes in `b` (each invalid byte counts as one).
pub fn rune_count(b: &[u8]) -> usize {
    let mut i = 0;
    let mut n = 0;
    while i < b.len() {
        if b[i] < 0x80 {
            i += 1;
        } else {
            i += decode_rune(&b[i..]).1;
        }
        n += 1;
    }
    n
}

/// `utf8.RuneCountInString`.
pub fn rune_count_in_string(s: &Str) -> i64 {
    rune_count(s.as_bytes()) as i64
}

/// `utf8.RuneCount`.
pub fn rune_count_bytes(b: &Slice<u8>) -> i64 {
    rune_count(&b.to_vec()) as i64
}

/// `utf8.RuneLen`: bytes needed to encode `r`, -1 if invalid.
pub fn rune_len(r: i32) -> i64 {
    match r {
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0xD800..=0xDFFF => -1,
        0x800..=0xFFFF => 3,
        0x10000..=MAX_RUNE => 4,
        _ => -1,
    }
}

/// `utf8.ValidString`.
pub fn valid_string(s: &Str) -> bool {
    std::str::from_utf8(s.as_bytes()).is_ok()
}

/// `utf8.Valid`.
pub fn valid(b: &Slice<u8>) -> bool {
    std::str::from_utf8(&b.to_vec()).is_ok()
}

/// `utf8.ValidRune`.
pub fn valid_rune(r: i32) -> bool {
    (0..=MAX_RUNE).contains(&r) && !(0xD800..=0xDFFF).contains(&r)
}

/// `utf8.DecodeRuneInString`: `(rune, size)`.
pub fn decode_rune_in_string(s: &Str) -> (i32, i64) {
    let (r, w) = decode_rune(s.as_bytes());
    (r, w as i64)
}

/// `utf8.DecodeLastRuneInString`.
pub fn decode_last_rune_in_string(s: &Str) -> (i32, i64) {
    let (r, w) = decode_last_rune(s.as_bytes());
    (r, w as i64)
}

/// `utf8.DecodeRune` on a byte slice.
pub fn decode_rune_bytes(b: &Slice<u8>) -> (i32, i64) {
    let (r, w) = decode_rune(&b.to_vec());
    (r, w as i64)
}

/// `utf8.EncodeRune(p, r)`: writes into `p`, returns the width.
pub fn encode_rune(p: &Slice<u8>, r: i32) -> i64 {
    let mut v = Vec::new();
    append_rune(&mut v, r);
    for (i, b) in v.iter().enumerate() {
        p.set(i as i64, *b);
    }
    v.len() as i64
}

/// `utf8.AppendRune`.
pub fn append_rune_slice(p: &Slice<u8>, r: i32) -> Slice<u8> {
    let mut v = Vec::new();
    append_rune(&mut v, r);
    p.append_values(&v)
}

/// `utf8.RuneStart`.
pub fn rune_start(b: u8) -> bool {
    b & 0xC0 != 0x80
}

/// `utf8.FullRuneInString`.
pub fn full_rune_in_string(s: &Str) -> bool {
    let b = s.as_bytes();
    let (r, w) = decode_rune(b);
    if r != RUNE_ERROR || w != 1 || b.is_empty() {
        return !b.is_empty();
    }
    let need = match b[0] {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return true,
    };
    b.len() >= need || b[1..].iter().any(|&c| c & 0xC0 != 0x80)
}
