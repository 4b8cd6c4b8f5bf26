//! Go's `strings` package on byte strings (`Str`), and `strings.Builder`.

use parking_lot::Mutex;

use crate::value::{Error, GoValue, Kind, Slice, Str};
use crate::fmt::Printer;

fn b(s: &Str) -> &[u8] {
    s.as_bytes()
}

fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() > h.len() {
        return None;
    }
    h.windows(n.len()).position(|w| w == n)
}

fn rfind(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    if n.len() > h.len() {
        return None;
    }
    h.windows(n.len()).rposition(|w| w == n)
}

/// `strings.Contains`.
pub fn contains(s: &Str, substr: &Str) -> bool {
    find(b(s), b(substr)).is_some()
}
/// `strings.ContainsRune`.
pub fn contains_rune(s: &Str, r: i32) -> bool {
    index_rune(s, r) >= 0
}
/// `strings.ContainsAny`.
pub fn contains_any(s: &Str, chars: &Str) -> bool {
    index_any(s, chars) >= 0
}
/// `strings.Index`.
pub fn index(s: &Str, substr: &Str) -> i64 {
    find(b(s), b(substr)).map_or(-1, |i| i as i64)
}
/// `strings.LastIndex`.
pub fn last_index(s: &Str, substr: &Str) -> i64 {
    rfind(b(s), b(substr)).map_or(-1, |i| i as i64)
}
/// `strings.IndexByte`.
pub fn index_byte(s: &Str, c: u8) -> i64 {
    b(s).iter().position(|&x| x == c).map_or(-1, |i| i as i64)
}
/// `strings.LastIndexByte`.
pub fn last_index_byte(s: &Str, c: u8) -> i64 {
    b(s).iter().rposition(|&x| x == c).map_or(-1, |i| i as i64)
}
/// `strings.IndexRune`.
pub fn index_rune(s: &Str, r: i32) -> i64 {
    s.runes().find(|&(_, x)| x == r).map_or(-1, |(i, _)| i)
}
/// `strings.IndexAny`.
pub fn index_any(s: &Str, chars: &Str) -> i64 {
    let cs: Vec<i32> = chars.runes().map(|(_, r)| r).collect();
    s.runes().find(|(_, r)| cs.contains(r)).map_or(-1, |(i, _)| i)
}
/// `strings.LastIndexAny`.
pub fn last_index_any(s: &Str, chars: &Str) -> i64 {
    let cs: Vec<i32> = chars.runes().map(|(_, r)| r).collect();
    s.runes().filter(|(_, r)| cs.contains(r)).last().map_or(-1, |(i, _)| i)
}
/// `strings.IndexFunc`.
pub fn index_func(s: &Str, f: impl Fn(i32) -> bool) -> i64 {
    s.runes().find(|&(_, r)| f(r)).map_or(-1, |(i, _)| i)
}
/// `strings.LastIndexFunc`.
pub fn last_index_func(s: &Str, f: impl Fn(i32) -> bool) -> i64 {
    s.runes().filter(|&(_, r)| f(r)).last().map_or(-1, |(i, _)| i)
}
/// `strings.HasPrefix`.
pub fn has_prefix(s: &Str, prefix: &Str) -> bool {
    b(s).starts_with(b(prefix))
}
/// `strings.HasSuffix`.
pub fn has_suffix(s: &Str, suffix: &Str) -> bool {
    b(s).ends_with(b(suffix))
}
/// `strings.Count` (empty `substr`: rune count + 1).
pub fn count(s: &Str, substr: &Str) -> i64 {
    if substr.is_empty() {
        return crate::utf8::rune_count(b(s)) as i64 + 1;
    }
    let (h, n) = (b(s), b(substr));
    let mut c = 0;
    let mut i = 0;
    while let Some(j) = find(&h[i..], n) {
        c += 1;
        i += j + n.len();
    }
    c
}
/// `strings.EqualFold` (simple Unicode case folding).
pub fn equal_fold(s: &Str, t: &Str) -> bool {
    let a: Vec<i32> = s.runes().map(|(_, r)| crate::unicode::to_lower(crate::unicode::to_upper(r))).collect();
    let c: Vec<i32> = t.runes().map(|(_, r)| crate::unicode::to_lower(crate::unicode::to_upper(r))).collect();
    a == c
}

fn explode(s: &Str, n: i64) -> Slice<Str> {
    let l = crate::utf8::rune_count(b(s)) as i64;
    let n = if n < 0 || n > l { l } else { n };
    let mut out = Vec::with_capacity(n as usize);
    let mut rest = s.clone();
    while (out.len() as i64) < n - 1 && !rest.is_empty() {
        let (_, w) = crate::utf8::decode_rune(b(&rest));
        out.push(rest.sub(0, w));
        rest = rest.sub(w, b(&rest).len());
    }
    if n > 0 {
        out.push(rest);
    }
    Slice::from_vec_rounded(out)
}

fn gen_split(s: &Str, sep: &Str, sep_save: usize, n: i64) -> Slice<Str> {
    if n == 0 {
        return Slice::nil();
    }
    if sep.is_empty() {
        return explode(s, n);
    }
    let n = if n < 0 { count(s, sep) + 1 } else { n };
    let n = n.min(b(s).len() as i64 + 1);
    let mut out = Vec::with_capacity(n as usize);
    let mut start = 0;
    let h = b(s);
    while (out.len() as i64) < n - 1 {
        match find(&h[start..], b(sep)) {
            None => break,
            Some(m) => {
                out.push(s.sub(start, start + m + sep_save));
                start += m + b(sep).len();
            }
        }
    }
    out.push(s.sub(start, h.len()));
    Slice::from_vec(out)
}

/// `strings.Split`.
pub fn split(s: &Str, sep: &Str) -> Slice<Str> {
    gen_split(s, sep, 0, -1)
}
/// `strings.SplitN`.
pub fn split_n(s: &Str, sep: &Str, n: i64) -> Slice<Str> {
    gen_split(s, sep, 0, n)
}
/// `strings.SplitAfter`.
pub fn split_after(s: &Str, sep: &Str) -> Slice<Str> {
    gen_split(s, sep, b(sep).len(), -1)
}
/// `strings.SplitAfterN`.
pub fn split_after_n(s: &Str, sep: &Str, n: i64) -> Slice<Str> {
    gen_split(s, sep, b(sep).len(), n)
}

/// `strings.Fields`: splits around runs of Unicode white space.
pub fn fields(s: &Str) -> Slice<Str> {
    fields_func(s, crate::unicode::is_space)
}

/// `strings.FieldsFunc`.
pub fn fields_func(s: &Str, f: impl Fn(i32) -> bool) -> Slice<Str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, r) in s.runes() {
        let i = i as usize;
        if f(r) {
            if let Some(st) = start.take() {
                out.push(s.sub(st, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push(s.sub(st, b(s).len()));
    }
    if out.is_empty() {
        return Slice::from_vec(out);
    }
    Slice::from_vec_rounded(out)
}

/// `strings.Join`.
pub fn join(elems: &Slice<Str>, sep: &Str) -> Str {
    let v = elems.to_vec();
    let mut out = Vec::new();
    for (i, e) in v.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(b(sep));
        }
        out.extend_from_slice(b(e));
    }
    Str::from_vec(out)
}

/// `strings.Repeat`; panics like Go on a negative count.
pub fn repeat(s: &Str, count: i64) -> Str {
    if count < 0 {
        crate::panic::go_panic(crate::value::Any::from_value(Str::lit("strings: negative Repeat count")));
    }
    Str::from_vec(b(s).repeat(count as usize))
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
    let h = b(s);
    let mut out = Vec::with_capacity(h.len());
    let mut start = 0;
    for i in 0..n {
        let mut j = start;
        if old.is_empty() {
            if i > 0 {
                let (_, w) = crate::utf8::decode_rune(&h[start..]);
                j += w;
            }
        } else {
            j += find(&h[start..], b(old)).expect("counted");
        }
        out.extend_from_slice(&h[start..j]);
        out.extend_from_slice(b(new));
        start = j + b(old).len();
    }
    out.extend_from_slice(&h[start..]);
    Str::from_vec(out)
}
/// `strings.ReplaceAll`.
pub fn replace_all(s: &Str, old: &Str, new: &Str) -> Str {
    replace(s, old, new, -1)
}

fn map_runes(s: &Str, f: impl Fn(i32) -> i32) -> Str {
    let mut out = Vec::with_capacity(b(s).len());
    for (_, r) in s.runes() {
        let m = f(r);
        if m >= 0 {
            crate::utf8::append_rune(&mut out, m);
        }
    }
    Str::from_vec(out)
}
/// `strings.Map` (negative results drop the rune).
pub fn map(f: impl Fn(i32) -> i32, s: &Str) -> Str {
    map_runes(s, f)
}
/// `strings.ToUpper`.
pub fn to_upper(s: &Str) -> Str {
    if b(s).iter().all(|c| !c.is_ascii_lowercase() && *c < 0x80) {
        return s.clone();
    }
    map_runes(s, crate::unicode::to_upper)
}
/// `strings.ToLower`.
pub fn to_lower(s: &Str) -> Str {
    if b(s).iter().all(|c| !c.is_ascii_uppercase() && *c < 0x80) {
        return s.clone();
    }
    map_runes(s, crate::unicode::to_lower)
}
/// `strings.ToTitle`.
pub fn to_title(s: &Str) -> Str {
    map_runes(s, crate::unicode::to_title)
}

/// `strings.TrimSpace`.
pub fn trim_space(s: &Str) -> Str {
    trim_func(s, crate::unicode::is_space)
}
/// `strings.TrimFunc`.
pub fn trim_func(s: &Str, f: impl Fn(i32) -> bool) -> Str {
    let t = trim_left_func(s, &f);
    trim_right_func(&t, &f)
}
/// `strings.TrimLeftFunc`.
pub fn trim_left_func(s: &Str, f: impl Fn(i32) -> bool) -> Str {
    for (i, r) in s.runes() {
        if !f(r) {
            return s.sub(i as usize, b(s).len());
        }
    }
    Str::default()
}
/// `strings.TrimRightFunc`.
pub fn trim_right_func(s: &Str, f: impl Fn(i32) -> bool) -> Str {
    let h = b(s);
    let mut end = h.len();
    while end > 0 {
        let (r, w) = crate::utf8::decode_last_rune(&h[..end]);
        if !f(r) {
            break;
        }
        end -= w;
    }
    s.sub(0, end)
}
fn cutset(c: &Str) -> Vec<i32> {
    c.runes().map(|(_, r)| r).collect()
}
/// `strings.Trim`.
pub fn trim(s: &Str, cut: &Str) -> Str {
    let cs = cutset(cut);
    trim_func(s, |r| cs.contains(&r))
}
/// `strings.TrimLeft`.
pub fn trim_left(s: &Str, cut: &Str) -> Str {
    let cs = cutset(cut);
    trim_left_func(s, |r| cs.contains(&r))
}
/// `strings.TrimRight`.
pub fn trim_right(s: &Str, cut: &Str) -> Str {
    let cs = cutset(cut);
    trim_right_func(s, |r| cs.contains(&r))
}
/// `strings.TrimPrefix`.
pub fn trim_prefix(s: &Str, prefix: &Str) -> Str {
    if has_prefix(s, prefix) { s.sub(b(prefix).len(), b(s).len()) } else { s.clone() }
}
/// `strings.TrimSuffix`.
pub fn trim_suffix(s: &Str, suffix: &Str) -> Str {
    if has_suffix(s, suffix) { s.sub(0, b(s).len() - b(suffix).len()) } else { s.clone() }
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
/// `strings.Compare`.
pub fn compare(a: &Str, c: &Str) -> i64 {
    match a.cmp(c) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}
/// `strings.Title` (deprecated in Go): upper-cases letters that start words.
pub fn title(s: &Str) -> Str {
    let is_sep = |r: i32| {
        if r < 0x80 {
            let c = r as u8;
            return !(c.is_ascii_alphanumeric() || c == b'_');
        }
        crate::unicode::is_space(r) || !(crate::unicode::is_letter(r) || crate::unicode::is_digit(r))
    };
    let mut prev = ' ' as i32;
    let mut out = Vec::with_capacity(b(s).len());
    for (_, r) in s.runes() {
        let m = if is_sep(prev) { crate::unicode::to_title(r) } else { r };
        crate::utf8::append_rune(&mut out, m);
        prev = r;
    }
    Str::from_vec(out)
}

/// Go's `strings.Builder`. Methods take `&self` (the buffer is behind a lock), so a Builder can
/// live in a struct field or a `Ptr` cell; `Clone` copies the contents.
#[derive(Default)]
pub struct Builder {
    buf: Mutex<Vec<u8>>,
}

impl Clone for Builder {
    fn clone(&self) -> Self {
        Builder { buf: Mutex::new(self.buf.lock().clone()) }
    }
}

impl Builder {
    /// `strings.Builder{}`.
    pub fn new() -> Builder {
        Builder::default()
    }
    /// `b.WriteString(s)`.
    pub fn write_string(&self, s: &Str) -> (i64, Error) {
        self.buf.lock().extend_from_slice(b(s));
        (b(s).len() as i64, Error::nil())
    }
    /// `b.WriteByte(c)`.
    pub fn write_byte(&self, c: u8) -> Error {
        self.buf.lock().push(c);
        Error::nil()
    }
    /// `b.WriteRune(r)`.
    pub fn write_rune(&self, r: i32) -> (i64, Error) {
        let mut g = self.buf.lock();
        let n = g.len();
        crate::utf8::append_rune(&mut g, r);
        ((g.len() - n) as i64, Error::nil())
    }
    /// `b.Write(p)`.
    pub fn write(&self, p: &Slice<u8>) -> (i64, Error) {
        let v = p.to_vec();
        self.buf.lock().extend_from_slice(&v);
        (v.len() as i64, Error::nil())
    }
    /// `b.String()`.
    pub fn string(&self) -> Str {
        Str::from_bytes(&self.buf.lock())
    }
    /// `b.Len()`.
    pub fn len(&self) -> i64 {
        self.buf.lock().len() as i64
    }
    /// `b.Len() == 0`.
    pub fn is_empty(&self) -> bool {
        self.buf.lock().is_empty()
    }
    /// `b.Cap()`.
    pub fn cap(&self) -> i64 {
        self.buf.lock().capacity() as i64
    }
    /// `b.Reset()`.
    pub fn reset(&self) {
        self.buf.lock().clear()
    }
    /// `b.Grow(n)`.
    pub fn grow(&self, n: i64) {
        self.buf.lock().reserve(n.max(0) as usize)
    }
}

impl crate::fmt::Writer for Builder {
    fn write_bytes(&self, p: &[u8]) -> (i64, Error) {
        self.buf.lock().extend_from_slice(p);
        (p.len() as i64, Error::nil())
    }
}

impl GoValue for Builder {
    fn kind(&self) -> Kind {
        Kind::Struct
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        let s = self.string();
        p.fmt_struct(self, verb, &[("buf", &s)])
    }
    fn go_type_name() -> String {
        "strings.Builder".into()
    }
    fn go_comparable() -> bool {
        false
    }
}

/// `strings.NewReplacer(old1, new1, …)`: replaces in one left-to-right pass, earlier pairs
/// first at each position.
#[derive(Clone)]
pub struct Replacer {
    pairs: Vec<(Str, Str)>,
}

/// `strings.NewReplacer`.
pub fn new_replacer(oldnew: &[Str]) -> Replacer {
    if oldnew.len() % 2 == 1 {
        crate::panic::go_panic(crate::value::Any::from_value(Str::lit("strings.NewReplacer: odd argument count")));
    }
    Replacer { pairs: oldnew.chunks(2).map(|c| (c[0].clone(), c[1].clone())).collect() }
}

impl Replacer {
    /// `r.Replace(s)`.
    pub fn replace(&self, s: &Str) -> Str {
        let h = b(s);
        let mut out = Vec::with_capacity(h.len());
        let mut i = 0;
        while i <= h.len() {
            let hit = self.pairs.iter().find(|(o, _)| h[i..].starts_with(b(o)));
            match hit {
                Some((o, n)) if !o.is_empty() => {
                    out.extend_from_slice(b(n));
                    i += b(o).len();
                }
                Some((_, n)) => {
                    out.extend_from_slice(b(n));
                    if i < h.len() {
                        out.push(h[i]);
                    }
                    i += 1;
                }
                None => {
                    if i < h.len() {
                        out.push(h[i]);
                    }
                    i += 1;
                }
            }
        }
        Str::from_vec(out)
    }
}
