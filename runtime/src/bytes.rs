//! Go's `bytes`: `Buffer` and the common functions on `[]byte`.

use parking_lot::Mutex;

use crate::fmt::Printer;
use crate::value::{Error, GoValue, Kind, Slice, Str};

/// Go's `bytes.Buffer` (write side plus reads of the unread portion). Methods take `&self`.
#[derive(Default)]
pub struct Buffer {
    inner: Mutex<(Vec<u8>, usize)>,
}

impl Clone for Buffer {
    fn clone(&self) -> Self {
        Buffer { inner: Mutex::new(self.inner.lock().clone()) }
    }
}

/// `io.EOF`.
pub fn eof() -> Error {
    static E: std::sync::LazyLock<Error> = std::sync::LazyLock::new(|| crate::errors::new("EOF"));
    E.clone()
}

impl Buffer {
    /// `bytes.Buffer{}`.
    pub fn new() -> Buffer {
        Buffer::default()
    }
    /// `b.WriteString(s)`.
    pub fn write_string(&self, s: &Str) -> (i64, Error) {
        self.inner.lock().0.extend_from_slice(s.as_bytes());
        (s.len(), Error::nil())
    }
    /// `b.WriteByte(c)`.
    pub fn write_byte(&self, c: u8) -> Error {
        self.inner.lock().0.push(c);
        Error::nil()
    }
    /// `b.WriteRune(r)`.
    pub fn write_rune(&self, r: i32) -> (i64, Error) {
        let mut g = self.inner.lock();
        let n = g.0.len();
        crate::utf8::append_rune(&mut g.0, r);
        ((g.0.len() - n) as i64, Error::nil())
    }
    /// `b.Write(p)`.
    pub fn write(&self, p: &Slice<u8>) -> (i64, Error) {
        let v = p.to_vec();
        self.inner.lock().0.extend_from_slice(&v);
        (v.len() as i64, Error::nil())
    }
    /// `b.String()` (the unread portion).
    pub fn string(&self) -> Str {
        let g = self.inner.lock();
        Str::from_bytes(&g.0[g.1..])
    }
    /// `b.Bytes()`.
    pub fn bytes(&self) -> Slice<u8> {
        let g = self.inner.lock();
        Slice::from_vec(g.0[g.1..].to_vec())
    }
    /// `b.Len()`.
    pub fn len(&self) -> i64 {
        let g = self.inner.lock();
        (g.0.len() - g.1) as i64
    }
    /// `b.Len() == 0`.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// `b.Reset()`.
    pub fn reset(&self) {
        let mut g = self.inner.lock();
        g.0.clear();
        g.1 = 0;
    }
    /// `b.Truncate(n)`.
    pub fn truncate(&self, n: i64) {
        let mut g = self.inner.lock();
        let off = g.1;
        g.0.truncate(off + n.max(0) as usize);
    }
    /// `b.ReadByte()`.
    pub fn read_byte(&self) -> (u8, Error) {
        let mut g = self.inner.lock();
        if g.1 >= g.0.len() {
            return (0, eof());
        }
        let c = g.0[g.1];
        g.1 += 1;
        (c, Error::nil())
    }
    /// `b.ReadString(delim)`.
    pub fn read_string(&self, delim: u8) -> (Str, Error) {
        let mut g = self.inner.lock();
        let start = g.1;
        match g.0[start..].iter().position(|&c| c == delim) {
            Some(i) => {
                g.1 = start + i + 1;
                (Str::from_bytes(&g.0[start..start + i + 1]), Error::nil())
            }
            None => {
                g.1 = g.0.len();
                (Str::from_bytes(&g.0[start..]), eof())
            }
        }
    }
}

impl crate::fmt::Writer for Buffer {
    fn write_bytes(&self, p: &[u8]) -> (i64, Error) {
        self.inner.lock().0.extend_from_slice(p);
        (p.len() as i64, Error::nil())
    }
}

impl GoValue for Buffer {
    fn kind(&self) -> Kind {
        Kind::Struct
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        let b = self.bytes();
        p.fmt_struct(self, verb, &[("buf", &b)])
    }
    fn go_type_name() -> String {
        "bytes.Buffer".into()
    }
    fn go_comparable() -> bool {
        false
    }
}

/// `bytes.NewBufferString`.
pub fn new_buffer_string(s: &Str) -> Buffer {
    let b = Buffer::new();
    b.write_string(s);
    b
}

/// `bytes.Equal`.
pub fn equal(a: &Slice<u8>, b: &Slice<u8>) -> bool {
    a.to_vec() == b.to_vec()
}
/// `bytes.Compare`.
pub fn compare(a: &Slice<u8>, b: &Slice<u8>) -> i64 {
    match a.to_vec().cmp(&b.to_vec()) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}
/// `bytes.Contains`.
pub fn contains(b: &Slice<u8>, sub: &Slice<u8>) -> bool {
    crate::strings::contains(&Str::from(b), &Str::from(sub))
}
/// `bytes.ToUpper`.
pub fn to_upper(b: &Slice<u8>) -> Slice<u8> {
    crate::strings::to_upper(&Str::from(b)).to_bytes()
}
/// `bytes.ToLower`.
pub fn to_lower(b: &Slice<u8>) -> Slice<u8> {
    crate::strings::to_lower(&Str::from(b)).to_bytes()
}
/// `bytes.TrimSpace`.
pub fn trim_space(b: &Slice<u8>) -> Slice<u8> {
    crate::strings::trim_space(&Str::from(b)).to_bytes()
}
