//! `bufio.Writer`, ported from Go's `bufio/bufio.go`. Data stays in the buffer until it is
//! full or `Flush` is called: a program that never flushes loses it, as in Go.

use std::sync::Arc;

use parking_lot::Mutex;

use super::{DEFAULT_BUF_SIZE, copy_in};
use crate::io::{Reader as _, StringWriter as _, Writer as _};
use crate::value::{Error, Iface, Slice, Str};

/// Go's `bufio.Writer` (a handle for `*bufio.Writer`: `Clone` shares the state). It is an
/// `io.Writer`, so `fmt.Fprintf(w, …)` writes into the buffer.
#[derive(Clone, Default)]
pub struct Writer {
    inner: Arc<Mutex<State>>,
}

#[derive(Default)]
struct State {
    err: Error,
    buf: Slice<u8>,
    n: i64,
    wr: Iface<dyn crate::io::Writer>,
}

/// `bufio.NewWriterSize(w, size)`: a buffer of `size` bytes (4096 when `size <= 0`); `w`
/// itself when it already is a `*bufio.Writer` that large.
pub fn new_writer_size(w: &Iface<dyn crate::io::Writer>, size: i64) -> Writer {
    if let Some(b) = w.downcast::<Writer>() {
        if b.size() >= size {
            return b;
        }
    }
    let size = if size <= 0 { DEFAULT_BUF_SIZE } else { size };
    let st = State { buf: Slice::make_len(size), wr: w.clone(), ..State::default() };
    Writer { inner: Arc::new(Mutex::new(st)) }
}

/// `bufio.NewWriter(w)`: a 4096-byte buffer.
pub fn new_writer(w: &Iface<dyn crate::io::Writer>) -> Writer {
    new_writer_size(w, DEFAULT_BUF_SIZE)
}

impl Writer {
    /// `b.Size()`.
    pub fn size(&self) -> i64 {
        self.inner.lock().buf.len()
    }
    /// `b.Reset(w)`: drops unflushed data and the error, writes to `w` (nothing when `w` is
    /// `b`).
    pub fn reset(&self, w: &Iface<dyn crate::io::Writer>) {
        if w.downcast::<Writer>().is_some_and(|o| o == *self) {
            return;
        }
        let mut st = self.inner.lock();
        if st.buf.is_nil() {
            st.buf = Slice::make_len(DEFAULT_BUF_SIZE);
        }
        st.err = Error::nil();
        st.n = 0;
        st.wr = w.clone();
    }
    /// `b.Flush()`: writes the buffered data to the underlying writer.
    pub fn flush(&self) -> Error {
        self.inner.lock().flush()
    }
    /// `b.Available()`: unused bytes in the buffer.
    pub fn available(&self) -> i64 {
        self.inner.lock().available()
    }
    /// `b.AvailableBuffer()`: an empty slice over the unused part of the buffer.
    pub fn available_buffer(&self) -> Slice<u8> {
        let st = self.inner.lock();
        st.buf.slice_from(st.n).slice_to(0)
    }
    /// `b.Buffered()`: bytes written into the buffer and not yet flushed.
    pub fn buffered(&self) -> i64 {
        self.inner.lock().n
    }
    /// `b.Write(p)`.
    pub fn write(&self, p: &Slice<u8>) -> (i64, Error) {
        let v = p.to_vec();
        self.inner.lock().write(&v)
    }
    /// `b.WriteByte(c)`.
    pub fn write_byte(&self, c: u8) -> Error {
        self.inner.lock().write_byte(c)
    }
    /// `b.WriteRune(r)`: `(bytes written, err)`.
    pub fn write_rune(&self, r: i32) -> (i64, Error) {
        let mut st = self.inner.lock();
        if (r as u32) < 0x80 {
            let err = st.write_byte(r as u8);
            return if err.is_nil() { (1, err) } else { (0, err) };
        }
        if !st.err.is_nil() {
            return (0, st.err.clone());
        }
        let mut enc = Vec::with_capacity(4);
        crate::utf8::push_rune(&mut enc, r);
        if st.available() < 4 {
            st.flush();
            if !st.err.is_nil() {
                return (0, st.err.clone());
            }
            if st.available() < 4 {
                // Only with a tiny buffer.
                return st.write(&enc);
            }
        }
        let n = st.n;
        copy_in(&st.buf.slice_from(n), &enc);
        st.n += enc.len() as i64;
        (enc.len() as i64, Error::nil())
    }
    /// `b.WriteString(s)`.
    pub fn write_string(&self, s: &Str) -> (i64, Error) {
        self.inner.lock().write_string(s.as_bytes())
    }
    /// `b.ReadFrom(r)`: reads `r` to its end into the buffer, flushing as it fills.
    pub fn read_from(&self, r: &Iface<dyn crate::io::Reader>) -> (i64, Error) {
        self.inner.lock().read_from(r)
    }
}

impl State {
    fn available(&self) -> i64 {
        self.buf.len() - self.n
    }

    fn flush(&mut self) -> Error {
        if !self.err.is_nil() {
            return self.err.clone();
        }
        if self.n == 0 {
            return Error::nil();
        }
        let data = self.buf.slice(0, self.n).to_vec();
        let (n, mut err) = self.wr.write_bytes(&data);
        if n < self.n && err.is_nil() {
            err = crate::io::err_short_write();
        }
        if !err.is_nil() {
            if n > 0 && n < self.n {
                crate::value::copy(&self.buf.slice(0, self.n - n), &self.buf.slice(n, self.n));
            }
            self.n -= n;
            self.err = err.clone();
            return err;
        }
        self.n = 0;
        Error::nil()
    }

    fn write(&mut self, mut p: &[u8]) -> (i64, Error) {
        let mut nn = 0;
        while p.len() as i64 > self.available() && self.err.is_nil() {
            let n = if self.n == 0 {
                // Large write, empty buffer: straight to the underlying writer.
                let (n, err) = self.wr.write_bytes(p);
                self.err = err;
                n
            } else {
                let n = copy_in(&self.buf.slice_from(self.n), p);
                self.n += n;
                self.flush();
                n
            };
            nn += n;
            p = &p[(n.clamp(0, p.len() as i64)) as usize..];
        }
        if !self.err.is_nil() {
            return (nn, self.err.clone());
        }
        let n = copy_in(&self.buf.slice_from(self.n), p);
        self.n += n;
        (nn + n, Error::nil())
    }

    /// Go's `WriteString`: like `write`, but a large string goes straight to the underlying
    /// writer only when it is an `io.StringWriter`; otherwise it is copied through the buffer.
    /// (The runtime knows which std writers are `io.StringWriter`s; a program's own writer type
    /// counts as one only through its `io.Writer` side, so it gets the buffered path.)
    fn write_string(&mut self, mut s: &[u8]) -> (i64, Error) {
        let mut sw: Option<Iface<dyn crate::io::StringWriter>> = None;
        let mut try_sw = true;
        let mut nn = 0;
        while s.len() as i64 > self.available() && self.err.is_nil() {
            if self.n == 0 && sw.is_none() && try_sw {
                sw = self.wr.convert::<dyn crate::io::StringWriter>();
                try_sw = sw.is_some();
            }
            let n = match &sw {
                Some(w) if self.n == 0 => {
                    let (n, err) = w.WriteString(&Str::from_bytes(s));
                    self.err = err;
                    n
                }
                _ => {
                    let n = copy_in(&self.buf.slice_from(self.n), s);
                    self.n += n;
                    self.flush();
                    n
                }
            };
            nn += n;
            s = &s[(n.clamp(0, s.len() as i64)) as usize..];
        }
        if !self.err.is_nil() {
            return (nn, self.err.clone());
        }
        let n = copy_in(&self.buf.slice_from(self.n), s);
        self.n += n;
        (nn + n, Error::nil())
    }

    fn write_byte(&mut self, c: u8) -> Error {
        if !self.err.is_nil() {
            return self.err.clone();
        }
        if self.available() <= 0 && !self.flush().is_nil() {
            return self.err.clone();
        }
        self.buf.set(self.n, c);
        self.n += 1;
        Error::nil()
    }

    fn read_from(&mut self, r: &Iface<dyn crate::io::Reader>) -> (i64, Error) {
        if !self.err.is_nil() {
            return (0, self.err.clone());
        }
        let mut n = 0;
        let mut err;
        loop {
            if self.available() == 0 {
                let e = self.flush();
                if !e.is_nil() {
                    return (n, e);
                }
            }
            if self.n == 0 {
                if let Some((m, e)) = reader_from(&self.wr, r) {
                    self.err = e.clone();
                    return (n + m, e);
                }
            }
            let mut nr = 0;
            let mut m;
            loop {
                (m, err) = r.Read(&self.buf.slice_from(self.n));
                if m != 0 || !err.is_nil() {
                    break;
                }
                nr += 1;
                if nr == super::MAX_CONSECUTIVE_EMPTY_READS {
                    return (n, crate::io::err_no_progress());
                }
            }
            self.n += m;
            n += m;
            if !err.is_nil() {
                break;
            }
        }
        if err == crate::io::eof() {
            // A buffer filled exactly is flushed at once.
            err = if self.available() == 0 { self.flush() } else { Error::nil() };
        }
        (n, err)
    }
}

/// `w.(io.ReaderFrom)` and its `ReadFrom(r)`, for the std writers that have one (`*os.File`,
/// `*bytes.Buffer`, `*bufio.Writer`): everything `r` yields up to `io.EOF`, written straight
/// through. `None` when `w` has no `ReadFrom`.
fn reader_from(w: &Iface<dyn crate::io::Writer>, r: &Iface<dyn crate::io::Reader>) -> Option<(i64, Error)> {
    if let Some(b) = w.downcast::<Writer>() {
        return Some(b.read_from(r));
    }
    if !w.is::<crate::value::Ptr<crate::os::File>>() && !w.is::<crate::bytes::Buffer>() {
        return None;
    }
    // `io.Copy`'s loop with its 32 KiB buffer (what both fall back to for a plain reader).
    let buf = Slice::<u8>::make_len(32 * 1024);
    let mut n = 0;
    loop {
        let (m, err) = r.Read(&buf);
        if m > 0 {
            let chunk = buf.slice_to(m).to_vec();
            let (k, werr) = w.write_bytes(&chunk);
            n += k;
            if !werr.is_nil() {
                return Some((n, werr));
            }
        }
        if err == crate::io::eof() {
            return Some((n, Error::nil()));
        }
        if !err.is_nil() {
            return Some((n, err));
        }
    }
}

#[allow(non_snake_case)]
impl crate::io::Writer for Writer {
    fn Write(&self, p: &Slice<u8>) -> (i64, Error) {
        self.write(p)
    }
    fn write_bytes(&self, b: &[u8]) -> (i64, Error) {
        self.inner.lock().write(b)
    }
}

#[allow(non_snake_case)]
impl crate::io::StringWriter for Writer {
    fn WriteString(&self, s: &Str) -> (i64, Error) {
        self.write_string(s)
    }
}

impl PartialEq for Writer {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

crate::value::ptr_handle_value!(Writer, "*bufio.Writer");
