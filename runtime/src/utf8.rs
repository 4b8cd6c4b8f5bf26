//! Go's `unicode/utf8`: decoding with Go's error rules (invalid bytes decode as U+FFFD with
//! width 1), encoding, counting, validity.
//!
//! The Go-named functions take Go's types (`&Slice<u8>`, `&Str`, `i64` results); `decode`,
//! `decode_last`, `push_rune` and `count` are the same operations on Rust bytes, for the rest
//! of the runtime.

use crate::value::{Slice, Str, panic_index};

/// `utf8.RuneError` (U+FFFD).
pub const RUNE_ERROR: i32 = 0xFFFD;
/// `utf8.UTFMax`.
pub const UTF_MAX: i64 = 4;
/// `utf8.MaxRune`.
pub const MAX_RUNE: i32 = 0x10FFFF;
/// `utf8.RuneSelf`.
pub const RUNE_SELF: i32 = 0x80;

/// The sequence length a lead byte announces and the range its second byte must lie in
/// (Go's `first` and `acceptRanges` tables); `None` for bytes that cannot start a sequence.
fn lead(b0: u8) -> Option<(usize, u8, u8)> {
    Some(match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return None,
    })
}

/// Decodes the first rune of `b`: `(rune, width)`; `(RuneError, 1)` for an invalid encoding,
/// `(RuneError, 0)` for empty input.
pub fn decode(b: &[u8]) -> (i32, usize) {
    let Some(&b0) = b.first() else { return (RUNE_ERROR, 0) };
    if b0 < 0x80 {
        return (b0 as i32, 1);
    }
    let Some((need, lo, hi)) = lead(b0) else { return (RUNE_ERROR, 1) };
    if b.len() < need || b[1] < lo || b[1] > hi {
        return (RUNE_ERROR, 1);
    }
    if b[2..need].iter().any(|&c| c & 0xC0 != 0x80) {
        return (RUNE_ERROR, 1);
    }
    let mask = [0, 0, 0x1F, 0x0F, 0x07][need];
    let r = b[1..need].iter().fold((b0 & mask) as i32, |r, &c| (r << 6) | (c & 0x3F) as i32);
    (r, need)
}

/// Decodes the last rune of `b` (Go's `DecodeLastRune` on bytes).
pub fn decode_last(b: &[u8]) -> (i32, usize) {
    let end = b.len();
    if end == 0 {
        return (RUNE_ERROR, 0);
    }
    let mut start = end - 1;
    if b[start] < 0x80 {
        return (b[start] as i32, 1);
    }
    let lim = end.saturating_sub(4);
    while start > lim && !rune_start(b[start]) {
        start -= 1;
    }
    let (r, w) = decode(&b[start..end]);
    if start + w != end {
        return (RUNE_ERROR, 1);
    }
    (r, w)
}

/// Appends the UTF-8 encoding of `r` to `v` (invalid runes encode U+FFFD).
pub fn push_rune(v: &mut Vec<u8>, r: i32) {
    let r = if valid_rune(r) { r } else { RUNE_ERROR };
    let c = char::from_u32(r as u32).expect("valid scalar");
    let mut b = [0u8; 4];
    v.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
}

/// Number of runes in `b` (each invalid byte counts as one).
pub fn count(b: &[u8]) -> usize {
    let mut i = 0;
    let mut n = 0;
    while i < b.len() {
        i += if b[i] < 0x80 { 1 } else { decode(&b[i..]).1 };
        n += 1;
    }
    n
}

/// `utf8.FullRune` on Rust bytes.
pub(crate) fn full(b: &[u8]) -> bool {
    let Some(&b0) = b.first() else { return false };
    let Some((need, lo, hi)) = lead(b0) else { return true };
    if b.len() >= need {
        return true;
    }
    // Short: complete only if already invalid.
    (b.len() > 1 && (b[1] < lo || b[1] > hi)) || (b.len() > 2 && b[2] & 0xC0 != 0x80)
}

/// `utf8.AppendRune(p, r)`.
pub fn append_rune(p: &Slice<u8>, r: i32) -> Slice<u8> {
    let mut v = Vec::with_capacity(4);
    push_rune(&mut v, r);
    p.append_values(&v)
}

/// `utf8.DecodeRune(p)`: `(rune, size)`.
pub fn decode_rune(p: &Slice<u8>) -> (i32, i64) {
    let (r, w) = decode(&p.to_vec());
    (r, w as i64)
}

/// `utf8.DecodeRuneInString(s)`.
pub fn decode_rune_in_string(s: &Str) -> (i32, i64) {
    let (r, w) = decode(s.as_bytes());
    (r, w as i64)
}

/// `utf8.DecodeLastRune(p)`.
pub fn decode_last_rune(p: &Slice<u8>) -> (i32, i64) {
    let (r, w) = decode_last(&p.to_vec());
    (r, w as i64)
}

/// `utf8.DecodeLastRuneInString(s)`.
pub fn decode_last_rune_in_string(s: &Str) -> (i32, i64) {
    let (r, w) = decode_last(s.as_bytes());
    (r, w as i64)
}

/// `utf8.EncodeRune(p, r)`: writes the encoding into `p` and returns its width; panics like Go
/// when `p` is too short.
pub fn encode_rune(p: &Slice<u8>, r: i32) -> i64 {
    let mut v = Vec::with_capacity(4);
    push_rune(&mut v, r);
    let n = v.len() as i64;
    if p.len() < n {
        panic_index(n - 1, p.len());
    }
    for (i, b) in v.into_iter().enumerate() {
        p.set(i as i64, b);
    }
    n
}

/// `utf8.FullRune(p)`: whether `p` begins with a full encoding (or an invalid one).
pub fn full_rune(p: &Slice<u8>) -> bool {
    full(&p.to_vec())
}

/// `utf8.FullRuneInString(s)`.
pub fn full_rune_in_string(s: &Str) -> bool {
    full(s.as_bytes())
}

/// `utf8.RuneCount(p)`.
pub fn rune_count(p: &Slice<u8>) -> i64 {
    count(&p.to_vec()) as i64
}

/// `utf8.RuneCountInString(s)`.
pub fn rune_count_in_string(s: &Str) -> i64 {
    count(s.as_bytes()) as i64
}

/// `utf8.RuneLen(r)`: bytes needed to encode `r`, -1 if invalid.
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

/// `utf8.RuneStart(b)`: `b` is not a continuation byte.
pub fn rune_start(b: u8) -> bool {
    b & 0xC0 != 0x80
}

/// `utf8.Valid(p)`.
pub fn valid(p: &Slice<u8>) -> bool {
    std::str::from_utf8(&p.to_vec()).is_ok()
}

/// `utf8.ValidRune(r)`.
pub fn valid_rune(r: i32) -> bool {
    (0..=MAX_RUNE).contains(&r) && !(0xD800..=0xDFFF).contains(&r)
}

/// `utf8.ValidString(s)`.
pub fn valid_string(s: &Str) -> bool {
    std::str::from_utf8(s.as_bytes()).is_ok()
}
