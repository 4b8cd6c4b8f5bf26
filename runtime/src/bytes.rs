//! Go's `bytes`: `Buffer` (a port of `bytes/buffer.go` on a Go slice, so `Cap` and `Bytes`
//! aliasing match Go) and the functions on `[]byte`, with Go's nil-versus-empty results and
//! sub-slices that share the input's backing array.

use std::sync::Arc;

use parking_lot::Mutex;

use crate::fmt::Printer;
use crate::strings::{self, find, panic_str, rfind};
use crate::unicode;
use crate::utf8;
use crate::value::{Error, GoValue, Kind, Slice, Str, copy};

// ---- Buffer ----------------------------------------------------------------------------------

const SMALL_BUFFER_SIZE: i64 = 64;

#[derive(Default)]
struct Inner {
    /// Contents are `buf[off:]`.
    buf: Slice<u8>,
    off: i64,
}

impl Inner {
    fn len(&self) -> i64 {
        self.buf.len() - self.off
    }
    fn reset(&mut self) {
        self.buf = self.buf.slice(0, 0);
        self.off = 0;
    }
    fn try_grow_by_reslice(&mut self, n: i64) -> Option<i64> {
        let l = self.buf.len();
        if n <= self.buf.cap() - l {
            self.buf = self.buf.slice(0, l + n);
            return Some(l);
        }
        None
    }
    /// Go's `Buffer.grow`: room for `n` more bytes; returns where to write them.
    fn grow(&mut self, n: i64) -> i64 {
        let m = self.len();
        if m == 0 && self.off != 0 {
            self.reset();
        }
        if let Some(i) = self.try_grow_by_reslice(n) {
            return i;
        }
        if self.buf.is_nil() && n <= SMALL_BUFFER_SIZE {
            self.buf = Slice::make(n, SMALL_BUFFER_SIZE);
            return 0;
        }
        let c = self.buf.cap();
        if n <= c / 2 - m {
            copy(&self.buf, &self.buf.slice_from(self.off));
        } else {
            self.buf = grow_slice(&self.buf.slice_from(self.off), self.off + n);
        }
        self.off = 0;
        self.buf = self.buf.slice(0, m + n);
        m
    }
    fn write(&mut self, p: &[u8]) -> i64 {
        let n = p.len() as i64;
        let m = match self.try_grow_by_reslice(n) {
            Some(m) => m,
            None => self.grow(n),
        };
        copy(&self.buf.slice_from(m), &Slice::from_vec(p.to_vec()))
    }
}

/// Go's `growSlice`: at least twice the capacity, through `append` (so size-class rounded).
fn grow_slice(b: &Slice<u8>, n: i64) -> Slice<u8> {
    let c = (b.len() + n).max(2 * b.cap());
    let b2 = Slice::nil().append_values(&vec![0u8; c as usize]);
    let i = copy(&b2, b);
    b2.slice(0, i)
}

/// Go's `bytes.Buffer`. Methods take `&self`; `Clone` shares the buffer (`*bytes.Buffer` is
/// this handle).
#[derive(Clone, Default)]
pub struct Buffer {
    inner: Arc<Mutex<Inner>>,
}

impl Buffer {
    /// `bytes.Buffer{}`.
    pub fn new() -> Buffer {
        Buffer::default()
    }
    fn from_slice(buf: Slice<u8>) -> Buffer {
        Buffer { inner: Arc::new(Mutex::new(Inner { buf, off: 0 })) }
    }
    /// `b.Bytes()`: the unread portion, sharing the buffer's storage.
    pub fn bytes(&self) -> Slice<u8> {
        let g = self.inner.lock();
        g.buf.slice_from(g.off)
    }
    /// `b.Cap()`.
    pub fn cap(&self) -> i64 {
        self.inner.lock().buf.cap()
    }
    /// `b.Grow(n)`.
    pub fn grow(&self, n: i64) {
        if n < 0 {
            panic_str("bytes.Buffer.Grow: negative count");
        }
        let mut g = self.inner.lock();
        let m = g.grow(n);
        g.buf = g.buf.slice(0, m);
    }
    /// `b.Len()`: the number of unread bytes.
    pub fn len(&self) -> i64 {
        self.inner.lock().len()
    }
    /// `b.Len() == 0`.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// `b.Read(p)`: `(0, io.EOF)` when empty (unless `p` is empty).
    pub fn read(&self, p: &Slice<u8>) -> (i64, Error) {
        let mut g = self.inner.lock();
        if g.len() <= 0 {
            g.reset();
            if p.is_empty() {
                return (0, Error::nil());
            }
            return (0, crate::io::eof());
        }
        let n = copy(p, &g.buf.slice_from(g.off));
        g.off += n;
        (n, Error::nil())
    }
    /// `b.Next(n)`: the next `n` unread bytes (fewer at the end), sharing the buffer.
    pub fn next(&self, n: i64) -> Slice<u8> {
        let mut g = self.inner.lock();
        let n = n.min(g.len());
        let data = g.buf.slice(g.off, g.off + n);
        g.off += n;
        data
    }
    /// `b.ReadByte()`.
    pub fn read_byte(&self) -> (u8, Error) {
        let mut g = self.inner.lock();
        if g.len() <= 0 {
            g.reset();
            return (0, crate::io::eof());
        }
        let c = g.buf.get(g.off);
        g.off += 1;
        (c, Error::nil())
    }
    /// `b.ReadString(delim)`: through the delimiter, or the rest and `io.EOF`.
    pub fn read_string(&self, delim: u8) -> (Str, Error) {
        let mut g = self.inner.lock();
        let rest = g.buf.slice_from(g.off).to_vec();
        let (end, err) = match rest.iter().position(|&c| c == delim) {
            Some(i) => (i + 1, Error::nil()),
            None => (rest.len(), crate::io::eof()),
        };
        g.off += end as i64;
        (Str::from_bytes(&rest[..end]), err)
    }
    /// `b.Reset()`.
    pub fn reset(&self) {
        self.inner.lock().reset()
    }
    /// `b.String()`: the unread portion.
    pub fn string(&self) -> Str {
        Str::from(self.bytes())
    }
    /// `b.Truncate(n)`: keeps the first `n` unread bytes.
    pub fn truncate(&self, n: i64) {
        let mut g = self.inner.lock();
        if n == 0 {
            g.reset();
            return;
        }
        if n < 0 || n > g.len() {
            drop(g);
            panic_str("bytes.Buffer: truncation out of range");
        }
        g.buf = g.buf.slice(0, g.off + n);
    }
    /// `b.Write(p)`.
    pub fn write(&self, p: &Slice<u8>) -> (i64, Error) {
        (self.inner.lock().write(&p.to_vec()), Error::nil())
    }
    /// `b.WriteByte(c)`.
    pub fn write_byte(&self, c: u8) -> Error {
        self.inner.lock().write(&[c]);
        Error::nil()
    }
    /// `b.WriteRune(r)`.
    pub fn write_rune(&self, r: i32) -> (i64, Error) {
        let mut v = Vec::with_capacity(4);
        utf8::push_rune(&mut v, r);
        let mut g = self.inner.lock();
        if v.len() > 1 {
            // Go reserves UTFMax bytes first, which can grow the buffer differently.
            let m = match g.try_grow_by_reslice(4) {
                Some(m) => m,
                None => g.grow(4),
            };
            g.buf = g.buf.slice(0, m);
        }
        (g.write(&v), Error::nil())
    }
    /// `b.WriteString(s)`.
    pub fn write_string(&self, s: &Str) -> (i64, Error) {
        (self.inner.lock().write(s.as_bytes()), Error::nil())
    }
}

/// `bytes.NewBuffer(buf)`: a buffer whose contents start as `buf` (sharing it).
pub fn new_buffer(buf: &Slice<u8>) -> Buffer {
    Buffer::from_slice(buf.clone())
}

/// `bytes.NewBufferString(s)` (capacity `len(s)`, as Go's inlined conversion of a constant
/// string gives).
pub fn new_buffer_string(s: &Str) -> Buffer {
    Buffer::from_slice(s.to_bytes())
}

#[allow(non_snake_case)]
impl crate::io::Writer for Buffer {
    fn Write(&self, p: &Slice<u8>) -> (i64, Error) {
        self.write(p)
    }
    fn write_bytes(&self, p: &[u8]) -> (i64, Error) {
        (self.inner.lock().write(p), Error::nil())
    }
}

#[allow(non_snake_case)]
impl crate::io::StringWriter for Buffer {
    fn WriteString(&self, s: &Str) -> (i64, Error) {
        self.write_string(s)
    }
}

#[allow(non_snake_case)]
impl crate::io::Reader for Buffer {
    fn Read(&self, p: &Slice<u8>) -> (i64, Error) {
        self.read(p)
    }
}

impl GoValue for Buffer {
    fn kind(&self) -> Kind {
        Kind::Struct
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        let (buf, off) = {
            let g = self.inner.lock();
            (g.buf.clone(), g.off)
        };
        p.fmt_struct(self, verb, &[("buf", &buf), ("off", &off), ("lastRead", &0i8)])
    }
    fn addr(&self) -> usize {
        Arc::as_ptr(&self.inner) as usize
    }
    fn go_type_name() -> String {
        "bytes.Buffer".into()
    }
    fn go_comparable() -> bool {
        false
    }
}

// ---- Reader ----------------------------------------------------------------------------------

/// Go's `bytes.Reader`: `io.Reader` and `io.RuneScanner` over the bytes `NewReader`/`Reset` were
/// given (a copy taken then: later writes to the slice are not seen, unlike Go). `Clone` shares
/// the read position.
#[derive(Clone, Default)]
pub struct Reader(strings::Reader);

/// `bytes.NewReader(b)`.
pub fn new_reader(b: &Slice<u8>) -> Reader {
    Reader(strings::new_bytes_reader(Str::from_vec(b.to_vec())))
}

impl Reader {
    /// `r.Len()`: the number of unread bytes.
    pub fn len(&self) -> i64 {
        self.0.len()
    }
    /// `r.Len() == 0`.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// `r.Size()`: the length of the underlying slice.
    pub fn size(&self) -> i64 {
        self.0.size()
    }
    /// `r.Read(p)`: `(0, io.EOF)` once everything is read.
    pub fn read(&self, p: &Slice<u8>) -> (i64, Error) {
        self.0.read(p)
    }
    /// `r.ReadByte()`.
    pub fn read_byte(&self) -> (u8, Error) {
        self.0.read_byte()
    }
    /// `r.UnreadByte()`.
    pub fn unread_byte(&self) -> Error {
        self.0.unread_byte()
    }
    /// `r.ReadRune()`.
    pub fn read_rune(&self) -> (i32, i64, Error) {
        self.0.read_rune()
    }
    /// `r.UnreadRune()`: only right after `ReadRune`.
    pub fn unread_rune(&self) -> Error {
        self.0.unread_rune()
    }
    /// `r.Reset(b)`: reads from `b` from its start.
    pub fn reset(&self, b: &Slice<u8>) {
        self.0.reset(&Str::from_vec(b.to_vec()))
    }
}

#[allow(non_snake_case)]
impl crate::io::Reader for Reader {
    fn Read(&self, p: &Slice<u8>) -> (i64, Error) {
        self.read(p)
    }
}

impl GoValue for Reader {
    fn kind(&self) -> Kind {
        Kind::Struct
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        let (s, i, prev) = self.0.state();
        let s = Slice::from_vec(s.as_bytes().to_vec());
        p.fmt_struct(self, verb, &[("s", &s), ("i", &i), ("prevRune", &prev)])
    }
    fn addr(&self) -> usize {
        self.0.addr()
    }
    fn go_type_name() -> String {
        "bytes.Reader".into()
    }
    fn go_comparable() -> bool {
        false
    }
}

// ---- functions -------------------------------------------------------------------------------

/// Go's `append([]byte(nil), v...)`: nil when empty, else capacity rounded like `append`'s.
fn append_nil(v: &[u8]) -> Slice<u8> {
    Slice::nil().append_values(v)
}

/// Go's `append([]byte{}, v...)`: never nil.
fn append_empty(v: &[u8]) -> Slice<u8> {
    Slice::from_vec(Vec::new()).append_values(v)
}

/// `bytes.Clone(b)` (nil stays nil).
pub fn clone(b: &Slice<u8>) -> Slice<u8> {
    if b.is_nil() { Slice::nil() } else { append_empty(&b.to_vec()) }
}
/// `bytes.Compare(a, b)`.
pub fn compare(a: &Slice<u8>, b: &Slice<u8>) -> i64 {
    crate::cmp::sign(a.to_vec().cmp(&b.to_vec()))
}
/// `bytes.Contains(b, subslice)`.
pub fn contains(b: &Slice<u8>, subslice: &Slice<u8>) -> bool {
    find(&b.to_vec(), &subslice.to_vec()).is_some()
}
/// `bytes.ContainsRune(b, r)`.
pub fn contains_rune(b: &Slice<u8>, r: i32) -> bool {
    strings::index_rune_bytes(&b.to_vec(), r) >= 0
}
/// `bytes.Count(s, sep)` (empty `sep`: rune count + 1).
pub fn count(s: &Slice<u8>, sep: &Slice<u8>) -> i64 {
    strings::count_bytes(&s.to_vec(), &sep.to_vec())
}
/// `bytes.Equal(a, b)`.
pub fn equal(a: &Slice<u8>, b: &Slice<u8>) -> bool {
    a.to_vec() == b.to_vec()
}
/// `bytes.EqualFold(s, t)`.
pub fn equal_fold(s: &Slice<u8>, t: &Slice<u8>) -> bool {
    strings::equal_fold_bytes(&s.to_vec(), &t.to_vec())
}
/// `bytes.Fields(s)`: the fields as capacity-limited sub-slices of `s`.
pub fn fields(s: &Slice<u8>) -> Slice<Slice<u8>> {
    let spans = strings::field_spans(&s.to_vec(), unicode::is_space);
    Slice::from_vec(spans.into_iter().map(|(lo, hi)| s.slice3(lo as i64, hi as i64, hi as i64)).collect())
}
/// `bytes.HasPrefix(s, prefix)`.
pub fn has_prefix(s: &Slice<u8>, prefix: &Slice<u8>) -> bool {
    s.to_vec().starts_with(&prefix.to_vec())
}
/// `bytes.HasSuffix(s, suffix)`.
pub fn has_suffix(s: &Slice<u8>, suffix: &Slice<u8>) -> bool {
    s.to_vec().ends_with(&suffix.to_vec())
}
/// `bytes.Index(s, sep)`.
pub fn index(s: &Slice<u8>, sep: &Slice<u8>) -> i64 {
    find(&s.to_vec(), &sep.to_vec()).map_or(-1, |i| i as i64)
}
/// `bytes.IndexByte(b, c)`.
pub fn index_byte(b: &Slice<u8>, c: u8) -> i64 {
    b.to_vec().iter().position(|&x| x == c).map_or(-1, |i| i as i64)
}
/// `bytes.IndexFunc(s, f)`: the byte index of the first rune (invalid UTF-8 decodes as
/// U+FFFD, one byte at a time) for which `f` holds.
pub fn index_func(s: &Slice<u8>, f: impl Fn(i32) -> bool) -> i64 {
    Str::from_vec(s.to_vec()).runes().find(|&(_, r)| f(r)).map_or(-1, |(i, _)| i)
}
/// `bytes.IndexRune(s, r)`.
pub fn index_rune(s: &Slice<u8>, r: i32) -> i64 {
    strings::index_rune_bytes(&s.to_vec(), r)
}
/// `bytes.Join(s, sep)`.
pub fn join(s: &Slice<Slice<u8>>, sep: &Slice<u8>) -> Slice<u8> {
    let parts = s.to_vec();
    match parts.len() {
        0 => return Slice::from_vec(Vec::new()),
        1 => return append_nil(&parts[0].to_vec()),
        _ => {}
    }
    let sep = sep.to_vec();
    let mut out = Vec::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&p.to_vec());
    }
    Slice::from_vec(out)
}
/// `bytes.LastIndex(s, sep)`.
pub fn last_index(s: &Slice<u8>, sep: &Slice<u8>) -> i64 {
    rfind(&s.to_vec(), &sep.to_vec()).map_or(-1, |i| i as i64)
}
/// `bytes.Repeat(b, count)`; panics like Go on a negative count or an overflowing length.
pub fn repeat(b: &Slice<u8>, count: i64) -> Slice<u8> {
    if count == 0 {
        return Slice::from_vec(Vec::new());
    }
    if count < 0 {
        panic_str("bytes: negative Repeat count");
    }
    Slice::from_vec(strings::repeat_bytes(&b.to_vec(), count, "bytes: Repeat output length overflow"))
}
/// `bytes.ReplaceAll(s, old, new)`: always a new slice.
pub fn replace_all(s: &Slice<u8>, old: &Slice<u8>, new: &Slice<u8>) -> Slice<u8> {
    let h = s.to_vec();
    let old = old.to_vec();
    let m = strings::count_bytes(&h, &old);
    if m == 0 {
        return append_nil(&h);
    }
    Slice::from_vec(strings::replace_loop(&h, &old, &new.to_vec(), m))
}
/// `bytes.Split(s, sep)`: sub-slices of `s`; all but the last are capacity-limited.
pub fn split(s: &Slice<u8>, sep: &Slice<u8>) -> Slice<Slice<u8>> {
    split_n(s, sep, -1)
}
/// `bytes.SplitN(s, sep, n)`: at most `n` sub-slices of `s` (`n < 0`: all; `n == 0`: nil); all
/// but the last are capacity-limited.
pub fn split_n(s: &Slice<u8>, sep: &Slice<u8>, n: i64) -> Slice<Slice<u8>> {
    gen_split(s, sep, 0, n)
}
/// `bytes.SplitAfter(s, sep)`: like `Split`, each piece keeping its `sep`.
pub fn split_after(s: &Slice<u8>, sep: &Slice<u8>) -> Slice<Slice<u8>> {
    gen_split(s, sep, sep.len() as usize, -1)
}
/// `bytes.SplitAfterN(s, sep, n)`.
pub fn split_after_n(s: &Slice<u8>, sep: &Slice<u8>, n: i64) -> Slice<Slice<u8>> {
    gen_split(s, sep, sep.len() as usize, n)
}
/// `bytes.FieldsFunc(s, f)`: the runs of runes for which `f` is false, capacity-limited.
pub fn fields_func(s: &Slice<u8>, f: impl Fn(i32) -> bool) -> Slice<Slice<u8>> {
    let spans = strings::field_spans(&s.to_vec(), f);
    Slice::from_vec(spans.into_iter().map(|(lo, hi)| s.slice3(lo as i64, hi as i64, hi as i64)).collect())
}
/// `bytes.SplitSeq(s, sep)`: the pieces of `Split`, one by one.
pub fn split_seq(s: &Slice<u8>, sep: &Slice<u8>) -> crate::iter::Seq<Slice<u8>> {
    crate::slices::values(&split(s, sep))
}
/// `bytes.SplitAfterSeq(s, sep)`.
pub fn split_after_seq(s: &Slice<u8>, sep: &Slice<u8>) -> crate::iter::Seq<Slice<u8>> {
    crate::slices::values(&split_after(s, sep))
}
/// `bytes.FieldsSeq(s)`.
pub fn fields_seq(s: &Slice<u8>) -> crate::iter::Seq<Slice<u8>> {
    crate::slices::values(&fields(s))
}
/// `bytes.FieldsFuncSeq(s, f)`.
pub fn fields_func_seq(s: &Slice<u8>, f: impl Fn(i32) -> bool) -> crate::iter::Seq<Slice<u8>> {
    crate::slices::values(&fields_func(s, f))
}
/// `bytes.Lines(s)`: the lines of `s`, each with its `\n` (the last one may lack it), each
/// capacity-limited; nothing for an empty slice.
pub fn lines(s: &Slice<u8>) -> crate::iter::Seq<Slice<u8>> {
    let bs = s.to_vec();
    let mut v = Vec::new();
    let mut lo = 0;
    while lo < bs.len() {
        let hi = bs[lo..].iter().position(|&c| c == b'\n').map_or(bs.len(), |i| lo + i + 1);
        v.push(s.slice3(lo as i64, hi as i64, hi as i64));
        lo = hi;
    }
    crate::slices::values(&Slice::from_vec(v))
}
/// Go's `genSplit`: at most `n` pieces cut at `sep`, each keeping `sep_save` bytes of it.
fn gen_split(s: &Slice<u8>, sep: &Slice<u8>, sep_save: usize, n: i64) -> Slice<Slice<u8>> {
    if n == 0 {
        return Slice::nil();
    }
    let h = s.to_vec();
    let sep = sep.to_vec();
    if sep.is_empty() {
        // explode: Go sizes the result by bytes (or `n`), one sub-slice per rune, the last the rest.
        let limit = if n < 0 || n as usize > h.len() { h.len() } else { n as usize };
        let mut out = Vec::new();
        let mut i = 0;
        while i < h.len() {
            let (_, w) = utf8::decode(&h[i..]);
            if out.len() + 1 >= limit {
                out.push(s.slice_from(i as i64));
                break;
            }
            out.push(s.slice3(i as i64, (i + w) as i64, (i + w) as i64));
            i += w;
        }
        return strings::with_cap(out, limit);
    }
    let (spans, cap) = strings::split_spans(&h, &sep, sep_save, n).expect("n != 0");
    let last = spans.len() - 1;
    let pieces = spans
        .into_iter()
        .enumerate()
        .map(|(k, (lo, hi))| if k == last { s.slice_from(lo as i64) } else { s.slice3(lo as i64, hi as i64, hi as i64) })
        .collect();
    strings::with_cap(pieces, cap)
}
/// `bytes.Cut(s, sep)`: sub-slices of `s` around the first `sep`.
pub fn cut(s: &Slice<u8>, sep: &Slice<u8>) -> (Slice<u8>, Slice<u8>, bool) {
    match index(s, sep) {
        -1 => (s.clone(), Slice::nil(), false),
        i => (s.slice(0, i), s.slice_from(i + sep.len()), true),
    }
}
/// `bytes.CutPrefix(s, prefix)`.
pub fn cut_prefix(s: &Slice<u8>, prefix: &Slice<u8>) -> (Slice<u8>, bool) {
    if has_prefix(s, prefix) { (s.slice_from(prefix.len()), true) } else { (s.clone(), false) }
}
/// `bytes.CutSuffix(s, suffix)`.
pub fn cut_suffix(s: &Slice<u8>, suffix: &Slice<u8>) -> (Slice<u8>, bool) {
    if has_suffix(s, suffix) { (s.slice(0, s.len() - suffix.len()), true) } else { (s.clone(), false) }
}
/// `bytes.TrimPrefix(s, prefix)`.
pub fn trim_prefix(s: &Slice<u8>, prefix: &Slice<u8>) -> Slice<u8> {
    cut_prefix(s, prefix).0
}
/// `bytes.TrimSuffix(s, suffix)`.
pub fn trim_suffix(s: &Slice<u8>, suffix: &Slice<u8>) -> Slice<u8> {
    cut_suffix(s, suffix).0
}
/// `bytes.TrimLeft(s, cutset)`: a sub-slice of `s`, nil when `s` is empty or nothing is left.
pub fn trim_left(s: &Slice<u8>, cutset: &Str) -> Slice<u8> {
    if s.is_empty() {
        return Slice::nil();
    }
    if cutset.is_empty() {
        return s.clone();
    }
    let (lo, hi) = strings::trim_range(&s.to_vec(), |r| strings::index_rune_bytes(cutset.as_bytes(), r) >= 0, true, false);
    sub_or_nil(s, lo, hi)
}
/// `bytes.TrimRight(s, cutset)`: `s[:i]` (empty, not nil, when everything goes).
pub fn trim_right(s: &Slice<u8>, cutset: &Str) -> Slice<u8> {
    if s.is_empty() || cutset.is_empty() {
        return s.clone();
    }
    let (_, hi) = strings::trim_range(&s.to_vec(), |r| strings::index_rune_bytes(cutset.as_bytes(), r) >= 0, false, true);
    s.slice(0, hi as i64)
}
/// `bytes.TrimLeftFunc(s, f)`: nil when every rune satisfies `f`.
pub fn trim_left_func(s: &Slice<u8>, f: impl Fn(i32) -> bool) -> Slice<u8> {
    match index_func(s, |r| !f(r)) {
        -1 => Slice::nil(),
        i => s.slice_from(i),
    }
}
/// `bytes.TrimRightFunc(s, f)`: `s[:i]`.
pub fn trim_right_func(s: &Slice<u8>, f: impl Fn(i32) -> bool) -> Slice<u8> {
    let (_, hi) = strings::trim_range(&s.to_vec(), f, false, true);
    s.slice(0, hi as i64)
}
/// `bytes.TrimFunc(s, f)`: `TrimRightFunc(TrimLeftFunc(s, f), f)`.
pub fn trim_func(s: &Slice<u8>, f: impl Fn(i32) -> bool) -> Slice<u8> {
    trim_right_func(&trim_left_func(s, &f), &f)
}
/// `bytes.LastIndexByte(s, c)`.
pub fn last_index_byte(s: &Slice<u8>, c: u8) -> i64 {
    s.to_vec().iter().rposition(|&x| x == c).map_or(-1, |i| i as i64)
}
/// `bytes.IndexAny(s, chars)`: the byte index of the first rune of `s` in `chars` (invalid
/// UTF-8 matches U+FFFD), as `strings.IndexAny`.
pub fn index_any(s: &Slice<u8>, chars: &Str) -> i64 {
    strings::index_any(&Str::from_vec(s.to_vec()), chars)
}
/// `bytes.LastIndexAny(s, chars)`.
pub fn last_index_any(s: &Slice<u8>, chars: &Str) -> i64 {
    strings::last_index_any(&Str::from_vec(s.to_vec()), chars)
}
/// `bytes.LastIndexFunc(s, f)`.
pub fn last_index_func(s: &Slice<u8>, f: impl Fn(i32) -> bool) -> i64 {
    strings::last_index_func(&Str::from_vec(s.to_vec()), f)
}
/// `bytes.ContainsAny(b, chars)`.
pub fn contains_any(b: &Slice<u8>, chars: &Str) -> bool {
    index_any(b, chars) >= 0
}
/// `bytes.ContainsFunc(b, f)`.
pub fn contains_func(b: &Slice<u8>, f: impl Fn(i32) -> bool) -> bool {
    index_func(b, f) >= 0
}
/// `bytes.Runes(s)`: the runes of `s` (invalid UTF-8 as U+FFFD).
pub fn runes(s: &Slice<u8>) -> Slice<i32> {
    Slice::from_vec(Str::from_vec(s.to_vec()).runes().map(|(_, r)| r).collect())
}

fn map_case(s: &Slice<u8>, ascii: fn(u8) -> u8, is_target: fn(&u8) -> bool, f: fn(i32) -> i32) -> Slice<u8> {
    let v = s.to_vec();
    if v.is_ascii() {
        if !v.iter().any(is_target) {
            return append_empty(&v);
        }
        return Slice::from_vec(v.iter().map(|&c| ascii(c)).collect());
    }
    // Go's bytes.Map: appends to a slice made with capacity len(s).
    let mut out = Slice::make(0, v.len() as i64);
    let mut i = 0;
    while i < v.len() {
        let (r, w) = utf8::decode(&v[i..]);
        let m = f(r);
        if m >= 0 {
            out = utf8::append_rune(&out, m);
        }
        i += w;
    }
    out
}
/// `bytes.ToLower(s)`: always a new slice.
pub fn to_lower(s: &Slice<u8>) -> Slice<u8> {
    map_case(s, |c| c.to_ascii_lowercase(), u8::is_ascii_uppercase, unicode::to_lower)
}
/// `bytes.ToUpper(s)`: always a new slice.
pub fn to_upper(s: &Slice<u8>) -> Slice<u8> {
    map_case(s, |c| c.to_ascii_uppercase(), u8::is_ascii_lowercase, unicode::to_upper)
}

/// The sub-slice `s[lo:hi]`, or nil when it is empty (Go's trim results).
fn sub_or_nil(s: &Slice<u8>, lo: usize, hi: usize) -> Slice<u8> {
    if lo >= hi { Slice::nil() } else { s.slice(lo as i64, hi as i64) }
}
/// `bytes.Trim(s, cutset)`: a sub-slice of `s`, nil when nothing is left.
pub fn trim(s: &Slice<u8>, cutset: &Str) -> Slice<u8> {
    if s.is_empty() {
        return Slice::nil();
    }
    if cutset.is_empty() {
        return s.clone();
    }
    let v = s.to_vec();
    let in_set = |r| strings::index_rune_bytes(cutset.as_bytes(), r) >= 0;
    // Go trims the right end first, then the left.
    let (_, hi) = strings::trim_range(&v, in_set, false, true);
    let (lo, hi) = strings::trim_range(&v[..hi], in_set, true, false);
    sub_or_nil(s, lo, hi)
}
/// `bytes.TrimSpace(s)`: a sub-slice of `s`, nil when nothing is left.
pub fn trim_space(s: &Slice<u8>) -> Slice<u8> {
    let v = s.to_vec();
    let (lo, hi) = strings::trim_range(&v, unicode::is_space, true, true);
    sub_or_nil(s, lo, hi)
}
