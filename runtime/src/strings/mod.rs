//! Go's `strings` package on byte strings (`Str`): searching, splitting, case mapping and
//! trimming with Go's rules for invalid UTF-8 (each bad byte is one U+FFFD). `Builder`,
//! `Reader` and `Replacer` are in `types.rs`.

mod types;

use crate::unicode;
use crate::utf8;
use crate::value::{Any, Slice, Str};

pub use types::{Builder, Reader, Replacer, new_reader, new_replacer};
pub(crate) use types::new_bytes_reader;

fn b(s: &Str) -> &[u8] {
    s.as_bytes()
}

/// Go's `panic("…")` with a string value.
pub(crate) fn panic_str(msg: &'static str) -> ! {
    crate::panic::go_panic(Any::from_value(Str::lit(msg)))
}

/// The first index of `n` in `h`.
pub(crate) fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    let Some((&first, rest)) = n.split_first() else { return Some(0) };
    if n.len() > h.len() {
        return None;
    }
    let last_start = h.len() - n.len();
    let mut i = 0;
    while i <= last_start {
        let j = h[i..=last_start].iter().position(|&c| c == first)?;
        i += j;
        if &h[i + 1..i + n.len()] == rest {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The last index of `n` in `h`.
pub(crate) fn rfind(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    if n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len()).rev().find(|&i| &h[i..i + n.len()] == n)
}

/// The elements `v` in a new backing array of capacity `cap` (Go's `make([]string, cap)`
/// filled to `len(v)`).
pub(crate) fn with_cap<T: crate::GoValue + Clone + Default>(mut v: Vec<T>, cap: usize) -> Slice<T> {
    let n = v.len() as i64;
    v.resize_with(cap.max(v.len()), T::default);
    Slice::from_vec(v).slice(0, n)
}

/// `strings.Clone`: a copy that shares nothing with `s`.
pub fn clone(s: &Str) -> Str {
    Str::from_bytes(b(s))
}
/// `strings.Compare`.
pub fn compare(a: &Str, c: &Str) -> i64 {
    crate::cmp::sign(a.cmp(c))
}
/// `strings.Contains`.
pub fn contains(s: &Str, substr: &Str) -> bool {
    find(b(s), b(substr)).is_some()
}
/// `strings.ContainsAny`.
pub fn contains_any(s: &Str, chars: &Str) -> bool {
    index_any(s, chars) >= 0
}
/// `strings.ContainsRune`.
pub fn contains_rune(s: &Str, r: i32) -> bool {
    index_rune(s, r) >= 0
}
/// `strings.ContainsFunc`.
pub fn contains_func(s: &Str, f: impl Fn(i32) -> bool) -> bool {
    index_func(s, f) >= 0
}
/// `strings.Count` (empty `substr`: rune count + 1; matches do not overlap).
pub fn count(s: &Str, substr: &Str) -> i64 {
    count_bytes(b(s), b(substr))
}
pub(crate) fn count_bytes(h: &[u8], n: &[u8]) -> i64 {
    if n.is_empty() {
        return utf8::count(h) as i64 + 1;
    }
    let mut c = 0;
    let mut i = 0;
    while let Some(j) = find(&h[i..], n) {
        c += 1;
        i += j + n.len();
    }
    c
}
/// `strings.Cut`: `(before, after, found)`.
pub fn cut(s: &Str, sep: &Str) -> (Str, Str, bool) {
    match find(b(s), b(sep)) {
        Some(i) => (s.sub(0, i), s.sub(i + b(sep).len(), b(s).len()), true),
        None => (s.clone(), Str::default(), false),
    }
}
/// `strings.CutPrefix`.
pub fn cut_prefix(s: &Str, prefix: &Str) -> (Str, bool) {
    if has_prefix(s, prefix) { (s.sub(b(prefix).len(), b(s).len()), true) } else { (s.clone(), false) }
}
/// `strings.CutSuffix`.
pub fn cut_suffix(s: &Str, suffix: &Str) -> (Str, bool) {
    if has_suffix(s, suffix) { (s.sub(0, b(s).len() - b(suffix).len()), true) } else { (s.clone(), false) }
}

/// Go's `strings.EqualFold` on bytes: equal under simple Unicode case folding.
pub(crate) fn equal_fold_bytes(mut s: &[u8], mut t: &[u8]) -> bool {
    while let Some(&c) = s.first() {
        let Some(&d) = t.first() else { return false };
        let (sr, tr, sw, tw) = if c | d < 0x80 {
            (c as i32, d as i32, 1, 1)
        } else {
            let (sr, sw) = utf8::decode(s);
            let (tr, tw) = utf8::decode(t);
            (sr, tr, sw, tw)
        };
        s = &s[sw..];
        t = &t[tw..];
        if sr == tr {
            continue;
        }
        let (sr, tr) = if tr < sr { (tr, sr) } else { (sr, tr) };
        if tr < 0x80 {
            if (b'A' as i32..=b'Z' as i32).contains(&sr) && tr == sr + 32 {
                continue;
            }
            return false;
        }
        // SimpleFold walks the orbit upwards and wraps around to smaller values.
        let mut r = unicode::simple_fold(sr);
        while r != sr && r < tr {
            r = unicode::simple_fold(r);
        }
        if r != tr {
            return false;
        }
    }
    t.is_empty()
}
/// `strings.EqualFold` (simple Unicode case folding).
pub fn equal_fold(s: &Str, t: &Str) -> bool {
    equal_fold_bytes(b(s), b(t))
}

/// Byte ranges of the fields of `s` split around runs of runes satisfying `f`.
pub(crate) fn field_spans(s: &[u8], f: impl Fn(i32) -> bool) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < s.len() {
        let (r, w) = if s[i] < 0x80 { (s[i] as i32, 1) } else { utf8::decode(&s[i..]) };
        if f(r) {
            if let Some(st) = start.take() {
                spans.push((st, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
        i += w;
    }
    if let Some(st) = start {
        spans.push((st, s.len()));
    }
    spans
}
/// `strings.Fields`: splits around runs of Unicode white space.
pub fn fields(s: &Str) -> Slice<Str> {
    fields_func(s, unicode::is_space)
}
/// `strings.FieldsFunc`.
pub fn fields_func(s: &Str, f: impl Fn(i32) -> bool) -> Slice<Str> {
    let v: Vec<Str> = field_spans(b(s), f).into_iter().map(|(lo, hi)| s.sub(lo, hi)).collect();
    Slice::from_vec(v)
}
/// `strings.HasPrefix`.
pub fn has_prefix(s: &Str, prefix: &Str) -> bool {
    b(s).starts_with(b(prefix))
}
/// `strings.HasSuffix`.
pub fn has_suffix(s: &Str, suffix: &Str) -> bool {
    b(s).ends_with(b(suffix))
}
/// `strings.Index`.
pub fn index(s: &Str, substr: &Str) -> i64 {
    find(b(s), b(substr)).map_or(-1, |i| i as i64)
}
/// Go's `IndexRune` on bytes: `RuneError` also matches invalid bytes; invalid runes never match.
pub(crate) fn index_rune_bytes(s: &[u8], r: i32) -> i64 {
    if (0..0x80).contains(&r) {
        return s.iter().position(|&c| c as i32 == r).map_or(-1, |i| i as i64);
    }
    if r != utf8::RUNE_ERROR && !utf8::valid_rune(r) {
        return -1;
    }
    let mut i = 0;
    while i < s.len() {
        let (x, w) = utf8::decode(&s[i..]);
        if x == r {
            return i as i64;
        }
        i += w;
    }
    -1
}
/// `strings.IndexAny`.
pub fn index_any(s: &Str, chars: &Str) -> i64 {
    index_any_bytes(b(s), b(chars))
}
pub(crate) fn index_any_bytes(s: &[u8], chars: &[u8]) -> i64 {
    if chars.is_empty() {
        return -1;
    }
    let mut i = 0;
    while i < s.len() {
        let (r, w) = utf8::decode(&s[i..]);
        if index_rune_bytes(chars, r) >= 0 {
            return i as i64;
        }
        i += w;
    }
    -1
}
/// `strings.IndexByte`.
pub fn index_byte(s: &Str, c: u8) -> i64 {
    b(s).iter().position(|&x| x == c).map_or(-1, |i| i as i64)
}
/// `strings.IndexFunc`.
pub fn index_func(s: &Str, f: impl Fn(i32) -> bool) -> i64 {
    s.runes().find(|&(_, r)| f(r)).map_or(-1, |(i, _)| i)
}
/// `strings.IndexRune`.
pub fn index_rune(s: &Str, r: i32) -> i64 {
    index_rune_bytes(b(s), r)
}
/// `strings.Join`.
pub fn join(elems: &Slice<Str>, sep: &Str) -> Str {
    let v = elems.to_vec();
    match v.len() {
        0 => return Str::default(),
        1 => return v[0].clone(),
        _ => {}
    }
    let mut out = Vec::new();
    for (i, e) in v.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(b(sep));
        }
        out.extend_from_slice(b(e));
    }
    Str::from_vec(out)
}
/// `strings.LastIndex`.
pub fn last_index(s: &Str, substr: &Str) -> i64 {
    rfind(b(s), b(substr)).map_or(-1, |i| i as i64)
}
/// `strings.LastIndexByte`.
pub fn last_index_byte(s: &Str, c: u8) -> i64 {
    b(s).iter().rposition(|&x| x == c).map_or(-1, |i| i as i64)
}
/// Go's backward rune scan: the start of the last rune (decoded from the end) satisfying `f`.
pub(crate) fn last_index_func_bytes(s: &[u8], f: impl Fn(i32) -> bool) -> i64 {
    let mut i = s.len();
    while i > 0 {
        let (r, w) = utf8::decode_last(&s[..i]);
        i -= w;
        if f(r) {
            return i as i64;
        }
    }
    -1
}
/// `strings.LastIndexAny`.
pub fn last_index_any(s: &Str, chars: &Str) -> i64 {
    if chars.is_empty() {
        return -1;
    }
    last_index_func_bytes(b(s), |r| index_rune_bytes(b(chars), r) >= 0)
}
/// `strings.LastIndexFunc`.
pub fn last_index_func(s: &Str, f: impl Fn(i32) -> bool) -> i64 {
    last_index_func_bytes(b(s), f)
}

/// Go's `strings.Map` on bytes: `None` when nothing changed (Go returns `s` itself then).
/// Invalid bytes become U+FFFD, negative results drop the rune.
pub(crate) fn map_bytes(s: &[u8], f: impl FnMut(i32) -> i32) -> Option<Vec<u8>> {
    let mut f = f;
    let mut i = 0;
    while i < s.len() {
        let (c, w) = utf8::decode(&s[i..]);
        let r = f(c);
        if r == c && !(c == utf8::RUNE_ERROR && w == 1) {
            i += w;
            continue;
        }
        let mut out = Vec::with_capacity(s.len() + 4);
        out.extend_from_slice(&s[..i]);
        if r >= 0 {
            utf8::push_rune(&mut out, r);
        }
        i += w;
        while i < s.len() {
            let (c, w) = utf8::decode(&s[i..]);
            let r = f(c);
            if r >= 0 {
                utf8::push_rune(&mut out, r);
            }
            i += w;
        }
        return Some(out);
    }
    None
}
fn map_str(s: &Str, f: impl FnMut(i32) -> i32) -> Str {
    map_bytes(b(s), f).map_or_else(|| s.clone(), Str::from_vec)
}
/// `strings.Map` (negative results drop the rune).
pub fn map(mapping: impl Fn(i32) -> i32, s: &Str) -> Str {
    map_str(s, mapping)
}

/// `strings.Repeat`; panics like Go on a negative count or an overflowing length.
pub fn repeat(s: &Str, count: i64) -> Str {
    if count < 0 {
        panic_str("strings: negative Repeat count");
    }
    Str::from_vec(repeat_bytes(b(s), count, "strings: Repeat output length overflow"))
}
pub(crate) fn repeat_bytes(s: &[u8], count: i64, overflow: &'static str) -> Vec<u8> {
    match (s.len() as u64).checked_mul(count as u64) {
        Some(n) if n <= i64::MAX as u64 => s.repeat(count as usize),
        _ => panic_str(overflow),
    }
}

/// Go's replacement loop: `n` (≥ 1) replacements of `old`, which occurs at least `n` times.
pub(crate) fn replace_loop(h: &[u8], old: &[u8], new: &[u8], n: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(h.len());
    let mut start = 0;
    if !old.is_empty() {
        for _ in 0..n {
            let j = start + find(&h[start..], old).expect("counted");
            out.extend_from_slice(&h[start..j]);
            out.extend_from_slice(new);
            start = j + old.len();
        }
    } else {
        out.extend_from_slice(new);
        for _ in 0..n - 1 {
            let (_, w) = utf8::decode(&h[start..]);
            out.extend_from_slice(&h[start..start + w]);
            out.extend_from_slice(new);
            start += w;
        }
    }
    out.extend_from_slice(&h[start..]);
    out
}
/// `strings.Replace` (`n < 0`: all).
pub fn replace(s: &Str, old: &Str, new: &Str, n: i64) -> Str {
    if old == new || n == 0 {
        return s.clone();
    }
    let m = count(s, old);
    if m == 0 {
        return s.clone();
    }
    let n = if n < 0 || m < n { m } else { n };
    Str::from_vec(replace_loop(b(s), b(old), b(new), n))
}
/// `strings.ReplaceAll`.
pub fn replace_all(s: &Str, old: &Str, new: &Str) -> Str {
    replace(s, old, new, -1)
}

/// Go's `genSplit` as byte ranges: `(pieces, capacity of Go's result)`; `None` for `n == 0`
/// (a nil result).
pub(crate) fn split_spans(s: &[u8], sep: &[u8], sep_save: usize, n: i64) -> Option<(Vec<(usize, usize)>, usize)> {
    if n == 0 {
        return None;
    }
    if sep.is_empty() {
        // explode: one piece per rune, the last holding the rest.
        let l = utf8::count(s) as i64;
        let n = if n < 0 || n > l { l } else { n } as usize;
        let mut out = Vec::with_capacity(n);
        let mut i = 0;
        while out.len() + 1 < n {
            let (_, w) = utf8::decode(&s[i..]);
            out.push((i, i + w));
            i += w;
        }
        if n > 0 {
            out.push((i, s.len()));
        }
        return Some((out, n));
    }
    let n = if n < 0 { count_bytes(s, sep) + 1 } else { n };
    let n = n.min(s.len() as i64 + 1) as usize;
    let mut out = Vec::with_capacity(n);
    let mut start = 0;
    while out.len() + 1 < n {
        let Some(m) = find(&s[start..], sep) else { break };
        out.push((start, start + m + sep_save));
        start += m + sep.len();
    }
    out.push((start, s.len()));
    Some((out, n))
}
fn gen_split(s: &Str, sep: &Str, sep_save: usize, n: i64) -> Slice<Str> {
    match split_spans(b(s), b(sep), sep_save, n) {
        None => Slice::nil(),
        Some((spans, cap)) => with_cap(spans.into_iter().map(|(lo, hi)| s.sub(lo, hi)).collect(), cap),
    }
}
/// `strings.Split`.
pub fn split(s: &Str, sep: &Str) -> Slice<Str> {
    gen_split(s, sep, 0, -1)
}
/// `strings.SplitSeq`: the pieces of `Split`, one by one.
pub fn split_seq(s: &Str, sep: &Str) -> crate::iter::Seq<Str> {
    crate::slices::values(&split(s, sep))
}
/// `strings.SplitAfterSeq`.
pub fn split_after_seq(s: &Str, sep: &Str) -> crate::iter::Seq<Str> {
    crate::slices::values(&split_after(s, sep))
}
/// `strings.FieldsSeq`.
pub fn fields_seq(s: &Str) -> crate::iter::Seq<Str> {
    crate::slices::values(&fields(s))
}
/// `strings.FieldsFuncSeq`.
pub fn fields_func_seq(s: &Str, f: impl Fn(i32) -> bool) -> crate::iter::Seq<Str> {
    crate::slices::values(&fields_func(s, f))
}
/// `strings.Lines`: the lines of `s`, each with its `\n` (the last one may lack it); nothing for
/// an empty string.
pub fn lines(s: &Str) -> crate::iter::Seq<Str> {
    let bs = b(s);
    let mut v = Vec::new();
    let mut lo = 0;
    while lo < bs.len() {
        let hi = bs[lo..].iter().position(|&c| c == b'\n').map_or(bs.len(), |i| lo + i + 1);
        v.push(s.sub(lo, hi));
        lo = hi;
    }
    crate::slices::values(&Slice::from_vec(v))
}
/// `strings.SplitAfter`.
pub fn split_after(s: &Str, sep: &Str) -> Slice<Str> {
    gen_split(s, sep, b(sep).len(), -1)
}
/// `strings.SplitAfterN`.
pub fn split_after_n(s: &Str, sep: &Str, n: i64) -> Slice<Str> {
    gen_split(s, sep, b(sep).len(), n)
}
/// `strings.SplitN`.
pub fn split_n(s: &Str, sep: &Str, n: i64) -> Slice<Str> {
    gen_split(s, sep, 0, n)
}

/// Go's `isSeparator` for `Title`: ASCII non-alphanumerics (but `_`), and non-ASCII spaces.
pub(crate) fn is_separator(r: i32) -> bool {
    if r <= 0x7F {
        let c = r as u8;
        return !(c.is_ascii_alphanumeric() || c == b'_');
    }
    if unicode::is_letter(r) || unicode::is_digit(r) {
        return false;
    }
    unicode::is_space(r)
}
/// `strings.Title` (deprecated in Go): title-cases letters that start words.
pub fn title(s: &Str) -> Str {
    let mut prev = ' ' as i32;
    map_str(s, |r| {
        let sep = is_separator(prev);
        prev = r;
        if sep { unicode::to_title(r) } else { r }
    })
}
/// `strings.ToLower`.
pub fn to_lower(s: &Str) -> Str {
    map_str(s, unicode::to_lower)
}
/// `strings.ToTitle`.
pub fn to_title(s: &Str) -> Str {
    map_str(s, unicode::to_title)
}
/// `strings.ToUpper`.
pub fn to_upper(s: &Str) -> Str {
    map_str(s, unicode::to_upper)
}

/// Go's `ToValidUTF8` on bytes: each run of invalid bytes becomes one `replacement`.
pub(crate) fn to_valid_utf8_bytes(s: &[u8], replacement: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut invalid = false;
    let mut i = 0;
    while i < s.len() {
        if s[i] < 0x80 {
            out.push(s[i]);
            i += 1;
            invalid = false;
            continue;
        }
        let (_, w) = utf8::decode(&s[i..]);
        if w == 1 {
            i += 1;
            if !invalid {
                invalid = true;
                out.extend_from_slice(replacement);
            }
            continue;
        }
        invalid = false;
        out.extend_from_slice(&s[i..i + w]);
        i += w;
    }
    out
}
/// `strings.ToValidUTF8`.
pub fn to_valid_utf8(s: &Str, replacement: &Str) -> Str {
    if std::str::from_utf8(b(s)).is_ok() {
        return s.clone();
    }
    Str::from_vec(to_valid_utf8_bytes(b(s), b(replacement)))
}

/// The byte range of `s` left after trimming runes satisfying `f` from the left and/or right.
pub(crate) fn trim_range(s: &[u8], f: impl Fn(i32) -> bool, left: bool, right: bool) -> (usize, usize) {
    let (mut lo, mut hi) = (0, s.len());
    if left {
        while lo < hi {
            let (r, w) = if s[lo] < 0x80 { (s[lo] as i32, 1) } else { utf8::decode(&s[lo..hi]) };
            if !f(r) {
                break;
            }
            lo += w;
        }
    }
    if right {
        while hi > lo {
            let (r, w) = if s[hi - 1] < 0x80 { (s[hi - 1] as i32, 1) } else { utf8::decode_last(&s[lo..hi]) };
            if !f(r) {
                break;
            }
            hi -= w;
        }
    }
    (lo, hi)
}
fn trim_by(s: &Str, f: impl Fn(i32) -> bool, left: bool, right: bool) -> Str {
    let (lo, hi) = trim_range(b(s), f, left, right);
    s.sub(lo, hi)
}
fn in_cutset(cut: &Str) -> impl Fn(i32) -> bool + '_ {
    move |r| index_rune_bytes(b(cut), r) >= 0
}
/// `strings.Trim`.
pub fn trim(s: &Str, cutset: &Str) -> Str {
    trim_by(s, in_cutset(cutset), true, true)
}
/// `strings.TrimFunc`.
pub fn trim_func(s: &Str, f: impl Fn(i32) -> bool) -> Str {
    trim_by(s, f, true, true)
}
/// `strings.TrimLeft`.
pub fn trim_left(s: &Str, cutset: &Str) -> Str {
    trim_by(s, in_cutset(cutset), true, false)
}
/// `strings.TrimLeftFunc`.
pub fn trim_left_func(s: &Str, f: impl Fn(i32) -> bool) -> Str {
    trim_by(s, f, true, false)
}
/// `strings.TrimPrefix`.
pub fn trim_prefix(s: &Str, prefix: &Str) -> Str {
    cut_prefix(s, prefix).0
}
/// `strings.TrimRight`.
pub fn trim_right(s: &Str, cutset: &Str) -> Str {
    trim_by(s, in_cutset(cutset), false, true)
}
/// `strings.TrimRightFunc`.
pub fn trim_right_func(s: &Str, f: impl Fn(i32) -> bool) -> Str {
    trim_by(s, f, false, true)
}
/// `strings.TrimSpace`.
pub fn trim_space(s: &Str) -> Str {
    trim_by(s, unicode::is_space, true, true)
}
/// `strings.TrimSuffix`.
pub fn trim_suffix(s: &Str, suffix: &Str) -> Str {
    cut_suffix(s, suffix).0
}
