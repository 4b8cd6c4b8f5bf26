//! `bufio.Reader`, ported from Go's `bufio/bufio.go`.

use std::sync::Arc;

use parking_lot::Mutex;

use super::{DEFAULT_BUF_SIZE, MAX_CONSECUTIVE_EMPTY_READS, panic_str, with_bytes};
use crate::io::Reader as _;
use crate::value::{Error, Iface, Slice, Str};

/// Go's `minReadBufferSize`.
const MIN_READ_BUFFER_SIZE: i64 = 16;
/// Go's `utf8.UTFMax`.
const UTF_MAX: i64 = 4;

/// Go's `bufio.Reader` (a handle for `*bufio.Reader`: `Clone` shares the state).
#[derive(Clone, Default)]
pub struct Reader {
    inner: Arc<Mutex<State>>,
}

#[derive(Default)]
struct State {
    buf: Slice<u8>,
    rd: Iface<dyn crate::io::Reader>,
    r: i64,
    w: i64,
    err: Error,
    /// The last byte read, for `UnreadByte`; -1: none.
    last_byte: i64,
    /// The size of the last rune read, for `UnreadRune`; -1: none.
    last_rune_size: i64,
}

/// `bufio.NewReaderSize(rd, size)`: a buffer of at least `size` (and 16) bytes; `rd` itself
/// when it already is a `*bufio.Reader` that large.
pub fn new_reader_size(rd: &Iface<dyn crate::io::Reader>, size: i64) -> Reader {
    if let Some(b) = rd.downcast::<Reader>() {
        if b.size() >= size {
            return b;
        }
    }
    let r = Reader::default();
    r.inner.lock().reset(Slice::make_len(size.max(MIN_READ_BUFFER_SIZE)), rd.clone());
    r
}

/// `bufio.NewReader(rd)`: a 4096-byte buffer.
pub fn new_reader(rd: &Iface<dyn crate::io::Reader>) -> Reader {
    new_reader_size(rd, DEFAULT_BUF_SIZE)
}

impl Reader {
    /// `b.Size()`.
    pub fn size(&self) -> i64 {
        self.inner.lock().buf.len()
    }
    /// `b.Reset(r)`: drops the buffered data and reads from `r` (nothing when `r` is `b`).
    pub fn reset(&self, r: &Iface<dyn crate::io::Reader>) {
        if r.downcast::<Reader>().is_some_and(|o| o == *self) {
            return;
        }
        let mut st = self.inner.lock();
        let buf = if st.buf.is_nil() { Slice::make_len(DEFAULT_BUF_SIZE) } else { st.buf.clone() };
        st.reset(buf, r.clone());
    }
    /// `b.Buffered()`.
    pub fn buffered(&self) -> i64 {
        let st = self.inner.lock();
        st.w - st.r
    }
    /// `b.Peek(n)`: the next `n` bytes without advancing, aliasing the buffer.
    pub fn peek(&self, n: i64) -> (Slice<u8>, Error) {
        self.inner.lock().peek(n)
    }
    /// `b.Discard(n)`.
    pub fn discard(&self, n: i64) -> (i64, Error) {
        self.inner.lock().discard(n)
    }
    /// `b.Read(p)`: at most one `Read` of the underlying reader.
    pub fn read(&self, p: &Slice<u8>) -> (i64, Error) {
        self.inner.lock().read(p)
    }
    /// `b.ReadByte()`.
    pub fn read_byte(&self) -> (u8, Error) {
        self.inner.lock().read_byte()
    }
    /// `b.UnreadByte()`.
    pub fn unread_byte(&self) -> Error {
        self.inner.lock().unread_byte()
    }
    /// `b.ReadRune()`: `(rune, size, err)`; an invalid byte is U+FFFD of size 1.
    pub fn read_rune(&self) -> (i32, i64, Error) {
        self.inner.lock().read_rune()
    }
    /// `b.UnreadRune()`: only right after `ReadRune`.
    pub fn unread_rune(&self) -> Error {
        let mut st = self.inner.lock();
        if st.last_rune_size < 0 || st.r < st.last_rune_size {
            return super::err_invalid_unread_rune();
        }
        st.r -= st.last_rune_size;
        st.last_byte = -1;
        st.last_rune_size = -1;
        Error::nil()
    }
    /// `b.ReadSlice(delim)`: up to and including `delim`, aliasing the buffer.
    pub fn read_slice(&self, delim: u8) -> (Slice<u8>, Error) {
        self.inner.lock().read_slice(delim)
    }
    /// `b.ReadLine()`: `(line, isPrefix, err)`, the line without `\n` or `\r\n`.
    pub fn read_line(&self) -> (Slice<u8>, bool, Error) {
        self.inner.lock().read_line()
    }
    /// `b.ReadBytes(delim)`: up to and including `delim`, in a new slice.
    pub fn read_bytes(&self, delim: u8) -> (Slice<u8>, Error) {
        let (v, err) = self.inner.lock().collect(delim);
        (Slice::from_vec(v), err)
    }
    /// `b.ReadString(delim)`: up to and including `delim`; with `io.EOF` when it never came.
    pub fn read_string(&self, delim: u8) -> (Str, Error) {
        let (v, err) = self.inner.lock().collect(delim);
        (Str::from_vec(v), err)
    }
    /// `b.WriteTo(w)`: everything left, buffered and unread, to `w`.
    pub fn write_to(&self, w: &Iface<dyn crate::io::Writer>) -> (i64, Error) {
        self.inner.lock().write_to(w)
    }
}

impl State {
    fn reset(&mut self, buf: Slice<u8>, rd: Iface<dyn crate::io::Reader>) {
        *self = State { buf, rd, last_byte: -1, last_rune_size: -1, ..State::default() };
    }

    fn read_err(&mut self) -> Error {
        std::mem::take(&mut self.err)
    }

    /// Go's `fill`: slides the data to the front and reads one non-empty chunk (or an error).
    fn fill(&mut self) {
        if self.r > 0 {
            crate::value::copy(&self.buf, &self.buf.slice(self.r, self.w));
            self.w -= self.r;
            self.r = 0;
        }
        if self.w >= self.buf.len() {
            panic_str("bufio: tried to fill full buffer");
        }
        for _ in 0..MAX_CONSECUTIVE_EMPTY_READS {
            let (n, err) = self.rd.Read(&self.buf.slice_from(self.w));
            if n < 0 {
                crate::panic::go_panic(super::err_negative_read().to_any());
            }
            self.w += n;
            if !err.is_nil() {
                self.err = err;
                return;
            }
            if n > 0 {
                return;
            }
        }
        self.err = crate::io::err_no_progress();
    }

    fn byte_at(&self, i: i64) -> u8 {
        self.buf.get(i)
    }

    /// Runs `f` on `buf[lo:hi]` under one lock, without building the slice.
    fn with_buf<R>(&self, lo: i64, hi: i64, f: impl FnOnce(&[u8]) -> R) -> R {
        match self.buf.backing() {
            None => f(&[]),
            Some((a, off)) => a.read(off + lo as usize, off + hi as usize, f),
        }
    }

    fn peek(&mut self, n: i64) -> (Slice<u8>, Error) {
        if n < 0 {
            return (Slice::nil(), super::err_negative_count());
        }
        self.last_byte = -1;
        self.last_rune_size = -1;
        while self.w - self.r < n && self.w - self.r < self.buf.len() && self.err.is_nil() {
            self.fill();
        }
        if n > self.buf.len() {
            return (self.buf.slice(self.r, self.w), super::err_buffer_full());
        }
        let mut n = n;
        let mut err = Error::nil();
        let avail = self.w - self.r;
        if avail < n {
            n = avail;
            err = self.read_err();
            if err.is_nil() {
                err = super::err_buffer_full();
            }
        }
        (self.buf.slice(self.r, self.r + n), err)
    }

    fn discard(&mut self, n: i64) -> (i64, Error) {
        if n < 0 {
            return (0, super::err_negative_count());
        }
        if n == 0 {
            return (0, Error::nil());
        }
        self.last_byte = -1;
        self.last_rune_size = -1;
        let mut remain = n;
        loop {
            let mut skip = self.w - self.r;
            if skip == 0 {
                self.fill();
                skip = self.w - self.r;
            }
            skip = skip.min(remain);
            self.r += skip;
            remain -= skip;
            if remain == 0 {
                return (n, Error::nil());
            }
            if !self.err.is_nil() {
                return (n - remain, self.read_err());
            }
        }
    }

    fn read(&mut self, p: &Slice<u8>) -> (i64, Error) {
        if p.is_empty() {
            if self.w - self.r > 0 {
                return (0, Error::nil());
            }
            return (0, self.read_err());
        }
        if self.r == self.w {
            if !self.err.is_nil() {
                return (0, self.read_err());
            }
            if p.len() >= self.buf.len() {
                // Large read, empty buffer: straight into `p`.
                let (n, err) = self.rd.Read(p);
                self.err = err;
                if n < 0 {
                    crate::panic::go_panic(super::err_negative_read().to_any());
                }
                if n > 0 {
                    self.last_byte = p.get(n - 1) as i64;
                    self.last_rune_size = -1;
                }
                return (n, self.read_err());
            }
            // One read, without `fill`'s retries.
            self.r = 0;
            self.w = 0;
            let (n, err) = self.rd.Read(&self.buf);
            self.err = err;
            if n < 0 {
                crate::panic::go_panic(super::err_negative_read().to_any());
            }
            if n == 0 {
                return (0, self.read_err());
            }
            self.w += n;
        }
        let n = crate::value::copy(p, &self.buf.slice(self.r, self.w));
        self.r += n;
        self.last_byte = self.byte_at(self.r - 1) as i64;
        self.last_rune_size = -1;
        (n, Error::nil())
    }

    fn read_byte(&mut self) -> (u8, Error) {
        self.last_rune_size = -1;
        while self.r == self.w {
            if !self.err.is_nil() {
                return (0, self.read_err());
            }
            self.fill();
        }
        let c = self.byte_at(self.r);
        self.r += 1;
        self.last_byte = c as i64;
        (c, Error::nil())
    }

    fn unread_byte(&mut self) -> Error {
        if self.last_byte < 0 || self.r == 0 && self.w > 0 {
            return super::err_invalid_unread_byte();
        }
        if self.r > 0 {
            self.r -= 1;
        } else {
            self.w = 1;
        }
        self.buf.set(self.r, self.last_byte as u8);
        self.last_byte = -1;
        self.last_rune_size = -1;
        Error::nil()
    }

    fn read_rune(&mut self) -> (i32, i64, Error) {
        while self.r + UTF_MAX > self.w
            && !self.with_buf(self.r, self.w, crate::utf8::full)
            && self.err.is_nil()
            && self.w - self.r < self.buf.len()
        {
            self.fill();
        }
        self.last_rune_size = -1;
        if self.r == self.w {
            return (0, 0, self.read_err());
        }
        let (r, size, last) = self.with_buf(self.r, self.w, |b| {
            let (r, n) = crate::utf8::decode(b);
            (r, n, b[n - 1])
        });
        let size = size as i64;
        self.r += size;
        self.last_byte = last as i64;
        self.last_rune_size = size;
        (r, size, Error::nil())
    }

    fn read_slice(&mut self, delim: u8) -> (Slice<u8>, Error) {
        let mut s = 0; // where to resume searching
        let (line, err) = loop {
            let found = self.with_buf(self.r + s, self.w, |b| b.iter().position(|&c| c == delim));
            if let Some(i) = found {
                let i = i as i64 + s;
                let line = self.buf.slice(self.r, self.r + i + 1);
                self.r += i + 1;
                break (line, Error::nil());
            }
            if !self.err.is_nil() {
                let line = self.buf.slice(self.r, self.w);
                self.r = self.w;
                break (line, self.read_err());
            }
            if self.w - self.r >= self.buf.len() {
                self.r = self.w;
                break (self.buf.clone(), super::err_buffer_full());
            }
            s = self.w - self.r;
            self.fill();
        };
        if !line.is_empty() {
            self.last_byte = line.get(line.len() - 1) as i64;
            self.last_rune_size = -1;
        }
        (line, err)
    }

    fn read_line(&mut self) -> (Slice<u8>, bool, Error) {
        let (mut line, err) = self.read_slice(b'\n');
        if err == super::err_buffer_full() {
            // A "\r\n" split across buffers: keep the '\r' for the next call.
            if !line.is_empty() && line.get(line.len() - 1) == b'\r' {
                if self.r == 0 {
                    panic_str("bufio: tried to rewind past start of buffer");
                }
                self.r -= 1;
                line = line.slice_to(line.len() - 1);
            }
            return (line, true, Error::nil());
        }
        if line.is_empty() {
            if !err.is_nil() {
                line = Slice::nil();
            }
            return (line, false, err);
        }
        let n = line.len();
        if line.get(n - 1) == b'\n' {
            let drop = if n > 1 && line.get(n - 2) == b'\r' { 2 } else { 1 };
            line = line.slice_to(n - drop);
        }
        (line, false, Error::nil())
    }

    /// Go's `collectFragments`, joined: the bytes up to and including `delim` (all that was
    /// read when an error came first) and the error.
    fn collect(&mut self, delim: u8) -> (Vec<u8>, Error) {
        let mut out = Vec::new();
        loop {
            let (frag, e) = self.read_slice(delim);
            with_bytes(&frag, |b| out.extend_from_slice(b));
            if e.is_nil() {
                return (out, Error::nil());
            }
            if e != super::err_buffer_full() {
                return (out, e);
            }
        }
    }

    fn write_to(&mut self, w: &Iface<dyn crate::io::Writer>) -> (i64, Error) {
        self.last_byte = -1;
        self.last_rune_size = -1;
        let mut n = 0;
        if self.r < self.w {
            let (m, err) = self.write_buf(w);
            n += m;
            if !err.is_nil() {
                return (n, err);
            }
        }
        if self.w - self.r < self.buf.len() {
            self.fill();
        }
        while self.r < self.w {
            let (m, err) = self.write_buf(w);
            n += m;
            if !err.is_nil() {
                return (n, err);
            }
            self.fill();
        }
        if self.err == crate::io::eof() {
            self.err = Error::nil();
        }
        (n, self.read_err())
    }

    fn write_buf(&mut self, w: &Iface<dyn crate::io::Writer>) -> (i64, Error) {
        let data = self.buf.slice(self.r, self.w).to_vec();
        let (n, err) = w.write_bytes(&data);
        if n < 0 {
            crate::panic::go_panic(super::err_negative_write().to_any());
        }
        self.r += n;
        (n, err)
    }
}

#[allow(non_snake_case)]
impl crate::io::Reader for Reader {
    fn Read(&self, p: &Slice<u8>) -> (i64, Error) {
        self.read(p)
    }
}

impl PartialEq for Reader {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

crate::value::ptr_handle_value!(Reader, "*bufio.Reader");

