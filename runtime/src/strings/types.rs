//! `strings.Builder`, `strings.Reader` (also Go's `io.RuneScanner`) and `strings.Replacer`: handles (`Clone` shares the
//! state), because the emitter maps `*strings.Builder` to `Builder` and `&b` to a clone of `b`.

use std::sync::Arc;

use parking_lot::Mutex;

use super::{b, panic_str};
use crate::fmt::Printer;
use crate::utf8;
use crate::value::{Error, GoValue, Kind, Slice, Str};

// ---- Builder ---------------------------------------------------------------------------------

/// Go's `strings.Builder`: a `[]byte` grown by Go's `append` (so `Cap` matches Go), behind a
/// shared lock. `Clone` shares the buffer (`*strings.Builder` is this handle).
#[derive(Clone, Default)]
pub struct Builder {
    buf: Arc<Mutex<Slice<u8>>>,
}

impl Builder {
    /// `strings.Builder{}`.
    pub fn new() -> Builder {
        Builder::default()
    }
    fn append(&self, p: &[u8]) -> (i64, Error) {
        let mut g = self.buf.lock();
        *g = g.append_values(p);
        (p.len() as i64, Error::nil())
    }
    /// `b.Cap()`.
    pub fn cap(&self) -> i64 {
        self.buf.lock().cap()
    }
    /// `b.Grow(n)`: afterwards `n` more bytes fit without another allocation.
    pub fn grow(&self, n: i64) {
        if n < 0 {
            panic_str("strings.Builder.Grow: negative count");
        }
        let mut g = self.buf.lock();
        if g.cap() - g.len() < n {
            let grown = make_no_zero(2 * g.cap() + n);
            crate::value::copy(&grown, &g);
            *g = grown.slice(0, g.len());
        }
    }
    /// `b.Len()`.
    pub fn len(&self) -> i64 {
        self.buf.lock().len()
    }
    /// `b.Len() == 0`.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// `b.Reset()`.
    pub fn reset(&self) {
        *self.buf.lock() = Slice::nil();
    }
    /// `b.String()`.
    pub fn string(&self) -> Str {
        Str::from_vec(self.buf.lock().to_vec())
    }
    /// `b.Write(p)`.
    pub fn write(&self, p: &Slice<u8>) -> (i64, Error) {
        self.append(&p.to_vec())
    }
    /// `b.WriteByte(c)`.
    pub fn write_byte(&self, c: u8) -> Error {
        self.append(&[c]);
        Error::nil()
    }
    /// `b.WriteRune(r)`.
    pub fn write_rune(&self, r: i32) -> (i64, Error) {
        let mut v = Vec::with_capacity(4);
        utf8::push_rune(&mut v, r);
        self.append(&v)
    }
    /// `b.WriteString(s)`.
    pub fn write_string(&self, s: &Str) -> (i64, Error) {
        self.append(b(s))
    }
}

/// Go's `bytealg.MakeNoZero(n)`: length `n`, capacity rounded up to the allocator's size class.
fn make_no_zero(n: i64) -> Slice<u8> {
    let cap = crate::value::roundupsize(n as usize, true) as i64;
    Slice::make(n, cap)
}

#[allow(non_snake_case)]
impl crate::io::Writer for Builder {
    fn Write(&self, p: &Slice<u8>) -> (i64, Error) {
        self.write(p)
    }
    fn write_bytes(&self, p: &[u8]) -> (i64, Error) {
        self.append(p)
    }
}

#[allow(non_snake_case)]
impl crate::io::StringWriter for Builder {
    fn WriteString(&self, s: &Str) -> (i64, Error) {
        self.write_string(s)
    }
}

impl GoValue for Builder {
    fn kind(&self) -> Kind {
        Kind::Struct
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        let buf = self.buf.lock().clone();
        p.fmt_struct(self, verb, &[("buf", &buf)])
    }
    fn addr(&self) -> usize {
        Arc::as_ptr(&self.buf) as usize
    }
    fn go_type_name() -> String {
        "strings.Builder".into()
    }
    fn go_comparable() -> bool {
        false
    }
}

// ---- Reader ----------------------------------------------------------------------------------

/// Go's `strings.Reader`: `io.Reader` and `io.RuneScanner`. `Clone` shares the read position.
#[derive(Clone, Default)]
pub struct Reader {
    inner: Arc<Mutex<ReaderState>>,
}

#[derive(Clone, Default)]
struct ReaderState {
    s: Str,
    i: usize,
    /// Where the last `ReadRune` started; -1 when the last operation was something else.
    prev_rune: i64,
    /// `bytes.Reader` (the same reader over a copy of the slice): its error texts differ.
    bytes: bool,
}

/// `strings.NewReader(s)`.
pub fn new_reader(s: &Str) -> Reader {
    Reader { inner: Arc::new(Mutex::new(ReaderState { s: s.clone(), i: 0, prev_rune: -1, bytes: false })) }
}

/// The reader behind `bytes.NewReader` (`crate::bytes::Reader`).
pub(crate) fn new_bytes_reader(s: Str) -> Reader {
    Reader { inner: Arc::new(Mutex::new(ReaderState { s, i: 0, prev_rune: -1, bytes: true })) }
}

/// `strings.Reader.<op>: <what>`, or `bytes.Reader.<op>: <what>` with "slice" for "string".
fn reader_error(g: &ReaderState, op: &str, what: &str) -> Error {
    let msg = if g.bytes { format!("bytes.Reader.{op}: {}", what.replace("string", "slice")) } else { format!("strings.Reader.{op}: {what}") };
    crate::errors::new(&Str::from(msg))
}

impl Reader {
    /// `r.Len()`: the number of unread bytes.
    pub fn len(&self) -> i64 {
        let g = self.inner.lock();
        g.s.len() - g.i as i64
    }
    /// `r.Size()`: the length of the underlying string.
    pub fn size(&self) -> i64 {
        self.inner.lock().s.len()
    }
    /// `r.Reset(s)`: reads from `s` from its start.
    pub fn reset(&self, s: &Str) {
        let mut g = self.inner.lock();
        g.s = s.clone();
        g.i = 0;
        g.prev_rune = -1;
    }
    /// What `%v` shows: the data, the read position and `prevRune`.
    pub(crate) fn state(&self) -> (Str, i64, i64) {
        let g = self.inner.lock();
        (g.s.clone(), g.i as i64, g.prev_rune)
    }
    /// `r.Len() == 0`.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// `r.Read(p)`: `(0, io.EOF)` once everything is read.
    pub fn read(&self, p: &Slice<u8>) -> (i64, Error) {
        let mut g = self.inner.lock();
        if g.i >= g.s.len() as usize {
            return (0, crate::io::eof());
        }
        g.prev_rune = -1;
        let n = crate::value::copy_str(p, &g.s.slice_from(g.i as i64));
        g.i += n as usize;
        (n, Error::nil())
    }
    /// `r.ReadByte()`.
    pub fn read_byte(&self) -> (u8, Error) {
        let mut g = self.inner.lock();
        g.prev_rune = -1;
        let Some(&c) = b(&g.s).get(g.i) else { return (0, crate::io::eof()) };
        g.i += 1;
        (c, Error::nil())
    }
    /// `r.UnreadByte()`.
    pub fn unread_byte(&self) -> Error {
        let mut g = self.inner.lock();
        if g.i == 0 {
            return reader_error(&g, "UnreadByte", "at beginning of string");
        }
        g.prev_rune = -1;
        g.i -= 1;
        Error::nil()
    }
    /// `r.ReadRune()`: `(rune, size, err)`.
    pub fn read_rune(&self) -> (i32, i64, Error) {
        let mut g = self.inner.lock();
        if g.i >= g.s.len() as usize {
            g.prev_rune = -1;
            return (0, 0, crate::io::eof());
        }
        g.prev_rune = g.i as i64;
        let (r, size) = utf8::decode(&b(&g.s)[g.i..]);
        g.i += size;
        (r, size as i64, Error::nil())
    }
    /// `r.UnreadRune()`: only right after `ReadRune`.
    pub fn unread_rune(&self) -> Error {
        let mut g = self.inner.lock();
        if g.i == 0 {
            return reader_error(&g, "UnreadRune", "at beginning of string");
        }
        if g.prev_rune < 0 {
            return reader_error(&g, "UnreadRune", "previous operation was not ReadRune");
        }
        g.i = g.prev_rune as usize;
        g.prev_rune = -1;
        Error::nil()
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
        let g = self.inner.lock().clone();
        p.fmt_struct(self, verb, &[("s", &g.s), ("i", &(g.i as i64)), ("prevRune", &g.prev_rune)])
    }
    fn addr(&self) -> usize {
        Arc::as_ptr(&self.inner) as usize
    }
    fn go_type_name() -> String {
        "strings.Reader".into()
    }
    fn go_comparable() -> bool {
        false
    }
}

// ---- Replacer --------------------------------------------------------------------------------

/// Go's `strings.Replacer`: at each position the first pair (in argument order) whose old
/// string matches wins; an empty old string matches between runes and at both ends.
#[derive(Clone, Default)]
pub struct Replacer {
    pairs: Arc<Vec<(Str, Str)>>,
}

/// `strings.NewReplacer(oldnew...)`; panics like Go on an odd argument count.
pub fn new_replacer(oldnew: &[Str]) -> Replacer {
    if oldnew.len() % 2 == 1 {
        panic_str("strings.NewReplacer: odd argument count");
    }
    Replacer { pairs: Arc::new(oldnew.chunks(2).map(|c| (c[0].clone(), c[1].clone())).collect()) }
}

impl Replacer {
    /// `r.Replace(s)`.
    pub fn replace(&self, s: &Str) -> Str {
        let h = b(s);
        let mut out = Vec::with_capacity(h.len());
        let (mut i, mut last) = (0, 0);
        let mut prev_empty = false;
        let mut changed = false;
        while i <= h.len() {
            // After an empty match, only a non-empty key may match at the same position.
            let hit = self.pairs.iter().find(|(o, _)| h[i..].starts_with(b(o)) && !(prev_empty && o.is_empty()));
            prev_empty = hit.is_some_and(|(o, _)| o.is_empty());
            match hit {
                Some((o, n)) => {
                    out.extend_from_slice(&h[last..i]);
                    out.extend_from_slice(b(n));
                    i += b(o).len();
                    last = i;
                    changed = true;
                }
                None => i += 1,
            }
        }
        if !changed {
            return s.clone();
        }
        out.extend_from_slice(&h[last.min(h.len())..]);
        Str::from_vec(out)
    }
}

impl GoValue for Replacer {
    fn kind(&self) -> Kind {
        Kind::Struct
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_struct(self, verb, &[])
    }
    fn addr(&self) -> usize {
        Arc::as_ptr(&self.pairs) as usize
    }
    fn go_type_name() -> String {
        "strings.Replacer".into()
    }
    fn go_comparable() -> bool {
        false
    }
}
