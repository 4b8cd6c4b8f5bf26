//! `bufio.Scanner` and the split functions, ported from Go's `bufio/scan.go`.

use std::sync::Arc;

use parking_lot::Mutex;

use super::{MAX_CONSECUTIVE_EMPTY_READS, panic_str, with_bytes};
use crate::io::Reader as _;
use crate::value::{Error, Func, Iface, Slice, Str};

/// Go's `bufio.MaxScanTokenSize`: the largest token a `Scanner` buffers unless `Buffer` says
/// otherwise.
pub const MAX_SCAN_TOKEN_SIZE: i64 = 64 * 1024;

/// Go's `startBufSize`: the first buffer a `Scanner` allocates.
const START_BUF_SIZE: i64 = 4096;

/// Go's `bufio.SplitFunc`.
pub type SplitFunc = Func<dyn Fn(Slice<u8>, bool) -> (i64, Slice<u8>, Error) + Send + Sync>;

type SplitFn = Arc<dyn Fn(Slice<u8>, bool) -> (i64, Slice<u8>, Error) + Send + Sync>;

/// Go's `bufio.Scanner` (a handle for `*bufio.Scanner`: `Clone` shares the state).
#[derive(Clone, Default)]
pub struct Scanner {
    inner: Arc<Mutex<State>>,
}

/// The split function: one of the package's (called directly) or the program's.
#[derive(Clone, Default)]
enum Split {
    #[default]
    Lines,
    Custom(SplitFn),
}

#[derive(Default)]
struct State {
    r: Iface<dyn crate::io::Reader>,
    split: Split,
    max_token_size: i64,
    token: Slice<u8>,
    buf: Slice<u8>,
    start: i64,
    end: i64,
    err: Error,
    empties: i64,
    scan_called: bool,
    done: bool,
}

/// `bufio.NewScanner(r)`: splits lines (`ScanLines`) with tokens up to `MaxScanTokenSize`.
pub fn new_scanner(r: &Iface<dyn crate::io::Reader>) -> Scanner {
    let st = State { r: r.clone(), max_token_size: MAX_SCAN_TOKEN_SIZE, ..State::default() };
    Scanner { inner: Arc::new(Mutex::new(st)) }
}

impl Scanner {
    /// `s.Err()`: the first error other than `io.EOF`.
    pub fn err(&self) -> Error {
        let st = self.inner.lock();
        if st.err == crate::io::eof() { Error::nil() } else { st.err.clone() }
    }
    /// `s.Bytes()`: the last token, aliasing the buffer (the next `Scan` may overwrite it).
    pub fn bytes(&self) -> Slice<u8> {
        self.inner.lock().token.clone()
    }
    /// `s.Text()`: the last token as a new string.
    pub fn text(&self) -> Str {
        with_bytes(&self.inner.lock().token, Str::from_bytes)
    }
    /// `s.Scan()`: advances to the next token; false at the end of input or on an error.
    pub fn scan(&self) -> bool {
        self.inner.lock().scan()
    }
    /// `s.Buffer(buf, max)`: the initial buffer and the largest one `Scan` may allocate.
    pub fn buffer(&self, buf: &Slice<u8>, max: i64) {
        let mut st = self.inner.lock();
        if st.scan_called {
            drop(st);
            panic_str("Buffer called after Scan");
        }
        st.buf = buf.slice(0, buf.cap());
        st.max_token_size = max;
    }
    /// `s.Split(split)`.
    pub fn split(&self, split: impl Fn(Slice<u8>, bool) -> (i64, Slice<u8>, Error) + Send + Sync + 'static) {
        let mut st = self.inner.lock();
        if st.scan_called {
            drop(st);
            panic_str("Split called after Scan");
        }
        st.split = Split::Custom(Arc::new(split));
    }
}

impl State {
    fn call_split(&self, at_eof: bool) -> (i64, Slice<u8>, Error) {
        match &self.split {
            Split::Lines => self.scan_lines(at_eof),
            Split::Custom(f) => f(self.buf.slice(self.start, self.end), at_eof),
        }
    }

    /// `ScanLines(buf[start:end], atEOF)` without building the `data` slice first.
    fn scan_lines(&self, at_eof: bool) -> (i64, Slice<u8>, Error) {
        let n = (self.end - self.start) as usize;
        if at_eof && n == 0 {
            return (0, Slice::nil(), Error::nil());
        }
        let (lo, hi) = (self.start as usize, self.end as usize);
        let Some((arr, off)) = self.buf.backing() else { return (0, Slice::nil(), Error::nil()) };
        let (nl, ends_cr) = arr.read(off + lo, off + hi, |b| {
            let nl = b.iter().position(|&c| c == b'\n');
            (nl, b[..nl.unwrap_or(n)].last() == Some(&b'\r'))
        });
        let token = |len: usize| self.buf.slice(self.start, self.start + (len - usize::from(ends_cr)) as i64);
        match nl {
            Some(i) => (i as i64 + 1, token(i), Error::nil()),
            None if at_eof => (n as i64, token(n), Error::nil()),
            None => (0, Slice::nil(), Error::nil()),
        }
    }

    /// Go's `Scanner.Scan`, step for step.
    fn scan(&mut self) -> bool {
        if self.done {
            return false;
        }
        self.scan_called = true;
        loop {
            // A token from what is buffered; at EOF or after an error the split function
            // still gets a chance at the remaining (possibly empty) data.
            if self.end > self.start || !self.err.is_nil() {
                let (advance, token, err) = self.call_split(!self.err.is_nil());
                if !err.is_nil() {
                    if err == super::err_final_token() {
                        self.done = true;
                        let more = !token.is_nil();
                        self.token = token;
                        return more;
                    }
                    self.set_err(err);
                    return false;
                }
                if !self.advance(advance) {
                    return false;
                }
                let is_token = !token.is_nil();
                self.token = token;
                if is_token {
                    if self.err.is_nil() || advance > 0 {
                        self.empties = 0;
                    } else {
                        // Tokens at EOF that do not advance the input.
                        self.empties += 1;
                        if self.empties > MAX_CONSECUTIVE_EMPTY_READS {
                            panic_str("bufio.Scan: too many empty tokens without progressing");
                        }
                    }
                    return true;
                }
            }
            if !self.err.is_nil() {
                self.start = 0;
                self.end = 0;
                return false;
            }
            // Shift the data to the front when there is much empty space or room is needed.
            let len = self.buf.len();
            if self.start > 0 && (self.end == len || self.start > len / 2) {
                crate::value::copy(&self.buf, &self.buf.slice(self.start, self.end));
                self.end -= self.start;
                self.start = 0;
            }
            if self.end == self.buf.len() {
                let len = self.buf.len();
                if len >= self.max_token_size || len > i64::MAX / 2 {
                    self.set_err(super::err_too_long());
                    return false;
                }
                let new_size = if len == 0 { START_BUF_SIZE } else { len * 2 }.min(self.max_token_size);
                let new_buf = Slice::<u8>::make(new_size, new_size);
                crate::value::copy(&new_buf, &self.buf.slice(self.start, self.end));
                self.buf = new_buf;
                self.end -= self.start;
                self.start = 0;
            }
            // Read, guarding against a reader that keeps returning nothing.
            let mut loops = 0;
            loop {
                let room = self.buf.slice(self.end, self.buf.len());
                let (n, err) = self.r.Read(&room);
                if n < 0 || room.len() < n {
                    self.set_err(super::err_bad_read_count());
                    break;
                }
                self.end += n;
                if !err.is_nil() {
                    self.set_err(err);
                    break;
                }
                if n > 0 {
                    self.empties = 0;
                    break;
                }
                loops += 1;
                if loops > MAX_CONSECUTIVE_EMPTY_READS {
                    self.set_err(crate::io::err_no_progress());
                    break;
                }
            }
        }
    }

    fn advance(&mut self, n: i64) -> bool {
        if n < 0 {
            self.set_err(super::err_negative_advance());
            return false;
        }
        if n > self.end - self.start {
            self.set_err(super::err_advance_too_far());
            return false;
        }
        self.start += n;
        true
    }

    fn set_err(&mut self, err: Error) {
        if self.err.is_nil() || self.err == crate::io::eof() {
            self.err = err;
        }
    }
}

// ---- split functions -------------------------------------------------------------------------

/// `bufio.ScanBytes`: each byte is a token.
pub fn scan_bytes(data: &Slice<u8>, at_eof: bool) -> (i64, Slice<u8>, Error) {
    if at_eof && data.is_empty() {
        return (0, Slice::nil(), Error::nil());
    }
    (1, data.slice(0, 1), Error::nil())
}

/// `bufio.ScanRunes`: each UTF-8 rune is a token; an invalid byte is the token U+FFFD
/// (`"\xef\xbf\xbd"`) and advances one byte, as a `range` over a string does.
pub fn scan_runes(data: &Slice<u8>, at_eof: bool) -> (i64, Slice<u8>, Error) {
    if at_eof && data.is_empty() {
        return (0, Slice::nil(), Error::nil());
    }
    let (b0, width, full) = with_bytes(data, |b| (b[0], crate::utf8::decode(b).1, crate::utf8::full(b)));
    if b0 < 0x80 {
        return (1, data.slice(0, 1), Error::nil());
    }
    if width > 1 {
        return (width as i64, data.slice(0, width as i64), Error::nil());
    }
    if !at_eof && !full {
        return (0, Slice::nil(), Error::nil());
    }
    (1, Slice::from_vec(vec![0xef, 0xbf, 0xbd]), Error::nil())
}

/// `bufio.ScanLines`: each line without its `\n` or `\r\n`; the last line need not end in a
/// newline.
pub fn scan_lines(data: &Slice<u8>, at_eof: bool) -> (i64, Slice<u8>, Error) {
    if at_eof && data.is_empty() {
        return (0, Slice::nil(), Error::nil());
    }
    let (nl, ends_cr) = with_bytes(data, |b| {
        let nl = b.iter().position(|&c| c == b'\n');
        let line = &b[..nl.unwrap_or(b.len())];
        (nl, line.last() == Some(&b'\r'))
    });
    let drop_cr = |hi: usize| data.slice(0, (hi - usize::from(ends_cr)) as i64);
    if let Some(i) = nl {
        return (i as i64 + 1, drop_cr(i), Error::nil());
    }
    if at_eof {
        return (data.len(), drop_cr(data.len() as usize), Error::nil());
    }
    (0, Slice::nil(), Error::nil())
}

/// Go's `bufio.isSpace` (the same set as `unicode.IsSpace`).
fn is_space(r: i32) -> bool {
    if r <= 0xff {
        return matches!(r, 0x20 | 0x09..=0x0d | 0x85 | 0xa0);
    }
    (0x2000..=0x200a).contains(&r) || matches!(r, 0x1680 | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000)
}

/// `bufio.ScanWords`: each run of non-space runes (`unicode.IsSpace`) is a token; never an
/// empty one.
pub fn scan_words(data: &Slice<u8>, at_eof: bool) -> (i64, Slice<u8>, Error) {
    // (start of the word, end of the word and the width of the space after it, if found)
    let (start, word) = with_bytes(data, |b| {
        let mut start = 0;
        while start < b.len() {
            let (r, w) = crate::utf8::decode(&b[start..]);
            if !is_space(r) {
                break;
            }
            start += w;
        }
        let mut i = start;
        while i < b.len() {
            let (r, w) = crate::utf8::decode(&b[i..]);
            if is_space(r) {
                return (start, Some((i, w)));
            }
            i += w;
        }
        (start, None)
    });
    let start = start as i64;
    if let Some((i, w)) = word {
        return ((i + w) as i64, data.slice(start, i as i64), Error::nil());
    }
    if at_eof && data.len() > start {
        return (data.len(), data.slice_from(start), Error::nil());
    }
    (start, Slice::nil(), Error::nil())
}

// ---- GoValue ---------------------------------------------------------------------------------

impl PartialEq for Scanner {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

crate::value::ptr_handle_value!(Scanner, "*bufio.Scanner");
