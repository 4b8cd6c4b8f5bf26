//! Go's `io` helpers over `Reader`/`Writer` (`io/io.go`, `io/multi.go` ported): `Copy`,
//! `CopyN`, `ReadAtLeast`, `ReadFull`, `LimitReader`, `TeeReader`, `MultiReader`,
//! `MultiWriter` and `Discard`.

use std::sync::{Arc, Mutex};

use super::{Reader, Writer, eof, err_short_write, err_unexpected_eof};
use crate::value::{Error, Iface, Slice, Str};

/// Go's `io.ErrShortBuffer`.
pub fn err_short_buffer() -> Error {
    static E: std::sync::LazyLock<Error> = std::sync::LazyLock::new(|| crate::errors::new(&Str::lit("short buffer")));
    E.clone()
}

fn err_invalid_write() -> Error {
    static E: std::sync::LazyLock<Error> = std::sync::LazyLock::new(|| crate::errors::new(&Str::lit("invalid write result")));
    E.clone()
}

/// Go's `io.Copy(dst, src)`: reads into a 32 KiB buffer (a `LimitReader`'s limit when smaller)
/// and writes what each read returned, until `io.EOF` (not an error) or the first error.
pub fn copy(dst: &Iface<dyn Writer>, src: &Iface<dyn Reader>) -> (i64, Error) {
    let mut size: i64 = 32 * 1024;
    if let Some(l) = (**src).as_any().downcast_ref::<LimitedReader>() {
        let n = l.inner.lock().unwrap_or_else(|e| e.into_inner()).1;
        if size > n {
            size = n.max(1);
        }
    }
    let buf = Slice::<u8>::make(size, size);
    let mut written = 0;
    loop {
        let (nr, er) = src.Read(&buf);
        if nr > 0 {
            let (mut nw, mut ew) = dst.Write(&buf.slice(0, nr));
            if nw < 0 || nr < nw {
                nw = 0;
                if ew.is_nil() {
                    ew = err_invalid_write();
                }
            }
            written += nw;
            if !ew.is_nil() {
                return (written, ew);
            }
            if nr != nw {
                return (written, err_short_write());
            }
        }
        if !er.is_nil() {
            return (written, if er == eof() { Error::nil() } else { er });
        }
    }
}

/// Go's `io.CopyN(dst, src, n)`: `io.EOF` when `src` ends first.
pub fn copy_n(dst: &Iface<dyn Writer>, src: &Iface<dyn Reader>, n: i64) -> (i64, Error) {
    let (written, err) = copy(dst, &limit_reader(src, n));
    if written == n {
        return (n, Error::nil());
    }
    if written < n && err.is_nil() {
        return (written, eof());
    }
    (written, err)
}

/// Go's `io.ReadAtLeast(r, buf, min)`.
pub fn read_at_least(r: &Iface<dyn Reader>, buf: &Slice<u8>, min: i64) -> (i64, Error) {
    if buf.len() < min {
        return (0, err_short_buffer());
    }
    let mut n = 0;
    let mut err = Error::nil();
    while n < min && err.is_nil() {
        let (nn, e) = r.Read(&buf.slice_from(n));
        n += nn;
        err = e;
    }
    if n >= min {
        err = Error::nil();
    } else if n > 0 && err == eof() {
        err = err_unexpected_eof();
    }
    (n, err)
}

/// Go's `io.ReadFull(r, buf)`: `io.EOF` if nothing was read, `io.ErrUnexpectedEOF` if part.
pub fn read_full(r: &Iface<dyn Reader>, buf: &Slice<u8>) -> (i64, Error) {
    read_at_least(r, buf, buf.len())
}

/// Go's `*io.LimitedReader` (what `io.LimitReader` returns): reads at most `N` more bytes.
#[derive(Clone)]
pub struct LimitedReader {
    inner: Arc<Mutex<(Iface<dyn Reader>, i64)>>,
}

/// Go's `io.LimitReader(r, n)`.
pub fn limit_reader(r: &Iface<dyn Reader>, n: i64) -> Iface<dyn Reader> {
    Iface::new(Arc::new(LimitedReader { inner: Arc::new(Mutex::new((r.clone(), n))) }))
}

#[allow(non_snake_case)]
impl Reader for LimitedReader {
    fn Read(&self, p: &Slice<u8>) -> (i64, Error) {
        let (r, left) = self.inner.lock().unwrap_or_else(|e| e.into_inner()).clone();
        if left <= 0 {
            return (0, eof());
        }
        let p = if p.len() > left { p.slice(0, left) } else { p.clone() };
        let (n, err) = r.Read(&p);
        self.inner.lock().unwrap_or_else(|e| e.into_inner()).1 -= n;
        (n, err)
    }
}

/// Go's `io.TeeReader(r, w)`: what is read from `r` is written to `w` first.
#[derive(Clone)]
pub struct TeeReader {
    inner: Arc<(Iface<dyn Reader>, Iface<dyn Writer>)>,
}

/// Go's `io.TeeReader(r, w)`.
pub fn tee_reader(r: &Iface<dyn Reader>, w: &Iface<dyn Writer>) -> Iface<dyn Reader> {
    Iface::new(Arc::new(TeeReader { inner: Arc::new((r.clone(), w.clone())) }))
}

#[allow(non_snake_case)]
impl Reader for TeeReader {
    fn Read(&self, p: &Slice<u8>) -> (i64, Error) {
        let (n, err) = self.inner.0.Read(p);
        if n > 0 {
            let (wn, werr) = self.inner.1.Write(&p.slice(0, n));
            if !werr.is_nil() {
                return (wn, werr);
            }
        }
        (n, err)
    }
}

/// Go's `io.MultiReader(readers...)`: the readers one after another.
#[derive(Clone)]
pub struct MultiReader {
    inner: Arc<Mutex<Vec<Iface<dyn Reader>>>>,
}

/// Go's `io.MultiReader(readers...)`.
pub fn multi_reader(readers: &[Iface<dyn Reader>]) -> Iface<dyn Reader> {
    Iface::new(Arc::new(MultiReader { inner: Arc::new(Mutex::new(readers.to_vec())) }))
}

#[allow(non_snake_case)]
impl Reader for MultiReader {
    fn Read(&self, p: &Slice<u8>) -> (i64, Error) {
        loop {
            let first = {
                let mut rs = self.inner.lock().unwrap_or_else(|e| e.into_inner());
                if rs.is_empty() {
                    return (0, eof());
                }
                // A single nested multiReader is flattened, as Go does.
                if rs.len() == 1 {
                    if let Some(m) = (*rs[0]).as_any().downcast_ref::<MultiReader>() {
                        let nested = m.inner.lock().unwrap_or_else(|e| e.into_inner()).clone();
                        *rs = nested;
                        continue;
                    }
                }
                rs[0].clone()
            };
            let (n, mut err) = first.Read(p);
            let left = {
                let mut rs = self.inner.lock().unwrap_or_else(|e| e.into_inner());
                if err == eof() && !rs.is_empty() {
                    rs.remove(0);
                }
                rs.len()
            };
            if n > 0 || err != eof() {
                if err == eof() && left > 0 {
                    err = Error::nil();
                }
                return (n, err);
            }
        }
    }
}

/// Go's `io.MultiWriter(writers...)`: each write goes to every writer in turn.
#[derive(Clone)]
pub struct MultiWriter {
    inner: Arc<Vec<Iface<dyn Writer>>>,
}

/// Go's `io.MultiWriter(writers...)` (nested multiWriters are flattened).
pub fn multi_writer(writers: &[Iface<dyn Writer>]) -> Iface<dyn Writer> {
    let mut all = Vec::new();
    for w in writers {
        match (**w).as_any().downcast_ref::<MultiWriter>() {
            Some(m) => all.extend(m.inner.iter().cloned()),
            None => all.push(w.clone()),
        }
    }
    Iface::new(Arc::new(MultiWriter { inner: Arc::new(all) }))
}

#[allow(non_snake_case)]
impl Writer for MultiWriter {
    fn Write(&self, p: &Slice<u8>) -> (i64, Error) {
        for w in self.inner.iter() {
            let (n, err) = w.Write(p);
            if !err.is_nil() {
                return (n, err);
            }
            if n != p.len() {
                return (n, err_short_write());
            }
        }
        (p.len(), Error::nil())
    }
}

/// Go's `io.Discard`'s type: every write succeeds and is dropped.
#[derive(Clone, Copy, Default)]
pub struct Discard;

/// Go's `io.Discard`.
pub fn discard() -> Iface<dyn Writer> {
    static D: std::sync::LazyLock<Iface<dyn Writer>> = std::sync::LazyLock::new(|| Iface::new(Arc::new(Discard)));
    D.clone()
}

#[allow(non_snake_case)]
impl Writer for Discard {
    fn Write(&self, p: &Slice<u8>) -> (i64, Error) {
        (p.len(), Error::nil())
    }
    fn write_bytes(&self, b: &[u8]) -> (i64, Error) {
        (b.len() as i64, Error::nil())
    }
}

crate::value::ptr_handle_value!(LimitedReader, "*io.LimitedReader");
crate::value::ptr_handle_value!(TeeReader, "*io.teeReader");
crate::value::ptr_handle_value!(MultiReader, "*io.multiReader");
crate::value::ptr_handle_value!(MultiWriter, "*io.multiWriter");

impl crate::value::GoValue for Discard {
    fn kind(&self) -> crate::value::Kind {
        crate::value::Kind::Struct
    }
    fn fmt_value(&self, p: &mut crate::fmt::Printer, verb: char) {
        p.fmt_struct(self, verb, &[])
    }
    fn go_type_name() -> String {
        "io.discard".into()
    }
}

/// Handles compare by identity, as the Go pointers they stand for.
macro_rules! identity_eq {
    ($($t:ty),*) => {$(
        impl PartialEq for $t {
            fn eq(&self, other: &Self) -> bool {
                Arc::ptr_eq(&self.inner, &other.inner)
            }
        }
    )*};
}
pub(super) use identity_eq;

identity_eq!(LimitedReader, TeeReader, MultiReader, MultiWriter);
