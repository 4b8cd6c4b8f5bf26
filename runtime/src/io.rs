//! Go's `io` interfaces as traits: `Writer`, `Reader`, `StringWriter`, and `io.EOF`,
//! `io.ErrUnexpectedEOF`, `io.ErrNoProgress`, `io.ErrShortWrite`, `io.ReadAll` and `io.WriteString`;
//! the helpers over them (`Copy`, `ReadFull`, `MultiWriter`, …) in `util`, `io.Pipe` in `pipe`,
//! and `io/fs` in [`fs`].
//!
//! A trait's required method has Go's name (`Write`), which is what a translated type that
//! implements the interface defines; the provided snake_case method (`write`) is what a call
//! through the std package's method convention uses. Values of the interface type are
//! `Iface<dyn Writer>`; `Iface<dyn Writer>` is itself a `Writer`, so functions such as
//! `fmt::fprintf` take any `&W where W: Writer`.

use std::sync::LazyLock;

use crate::value::{Error, GoValue, Iface, Slice, Str};

pub mod fs;
pub mod ioutil;
mod pipe;
mod util;

pub use pipe::{PipeReader, PipeWriter, err_closed_pipe, pipe};
pub use util::{
    Discard, LimitedReader, MultiReader, MultiWriter, TeeReader, copy, copy_n, discard, err_short_buffer,
    limit_reader, multi_reader, multi_writer, read_at_least, read_full, tee_reader,
};

/// Go's `io.EOF`.
pub fn eof() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("EOF")));
    E.clone()
}

/// Go's `io.ErrUnexpectedEOF`.
pub fn err_unexpected_eof() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("unexpected EOF")));
    E.clone()
}

/// Go's `io.ErrNoProgress`.
pub fn err_no_progress() -> Error {
    static E: LazyLock<Error> =
        LazyLock::new(|| crate::errors::new(&Str::lit("multiple Read calls return no data or error")));
    E.clone()
}

/// Go's `io.ErrShortWrite`.
pub fn err_short_write() -> Error {
    static E: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("short write")));
    E.clone()
}

/// Go's `io.ReadAll(r)`: everything up to `io.EOF` (which is not an error), in slices grown
/// the way Go grows them, so the result's capacity matches Go's.
pub fn read_all(r: &Iface<dyn Reader>) -> (Slice<u8>, Error) {
    // Build slices of exponentially growing size, then copy into a right-sized one at the end.
    let mut b = Slice::<u8>::make(0, 512);
    let mut next = 256;
    let mut chunks: Vec<Slice<u8>> = Vec::new();
    let mut final_size = 0;
    loop {
        let (n, mut err) = r.Read(&b.slice(b.len(), b.cap()));
        b = b.slice_to(b.len() + n);
        if !err.is_nil() {
            if err == eof() {
                err = Error::nil();
            }
            if chunks.is_empty() {
                return (b, err);
            }
            final_size += b.len();
            let mut fin = Slice::<u8>::nil().append_values(&vec![0; final_size as usize]).slice_to(0);
            for c in &chunks {
                fin = fin.append_slice(c);
            }
            return (fin.append_slice(&b), err);
        }
        if b.cap() - b.len() < b.cap() / 16 {
            final_size += b.len();
            chunks.push(b);
            b = Slice::<u8>::nil().append_values(&vec![0; next]).slice_to(0);
            next += next / 2;
        }
    }
}

/// Go's `io.WriteString(w, s)`: writes the bytes of `s` (std writers with a `WriteString`
/// behave the same).
pub fn write_string(w: &Iface<dyn Writer>, s: &Str) -> (i64, Error) {
    w.write_bytes(s.as_bytes())
}

/// Go's `io.Writer`.
#[allow(non_snake_case)]
pub trait Writer: GoValue {
    /// Go's `Write(p []byte) (n int, err error)`.
    fn Write(&self, p: &Slice<u8>) -> (i64, Error);
    /// `w.Write(p)` under the std method convention.
    fn write(&self, p: &Slice<u8>) -> (i64, Error) {
        self.Write(p)
    }
    /// Writes Rust bytes (what `fmt` and `log` produce); std writers skip the `Slice`.
    fn write_bytes(&self, b: &[u8]) -> (i64, Error) {
        self.Write(&Slice::from_vec(b.to_vec()))
    }
}

/// Go's `io.Reader`.
#[allow(non_snake_case)]
pub trait Reader: GoValue {
    /// Go's `Read(p []byte) (n int, err error)`.
    fn Read(&self, p: &Slice<u8>) -> (i64, Error);
    /// `r.Read(p)` under the std method convention.
    fn read(&self, p: &Slice<u8>) -> (i64, Error) {
        self.Read(p)
    }
}

/// Go's `io.StringWriter`.
#[allow(non_snake_case)]
pub trait StringWriter: GoValue {
    /// Go's `WriteString(s string) (n int, err error)`.
    fn WriteString(&self, s: &Str) -> (i64, Error);
    /// `w.WriteString(s)` under the std method convention.
    fn write_string(&self, s: &Str) -> (i64, Error) {
        self.WriteString(s)
    }
}

/// Go's `io.Closer`.
#[allow(non_snake_case)]
pub trait Closer: GoValue {
    /// Go's `Close() error`.
    fn Close(&self) -> Error;
    /// `c.Close()` under the std method convention.
    fn close(&self) -> Error {
        self.Close()
    }
}

/// Go's `io.ReadCloser` (a trait of its own with every method, as the translator implements
/// it for a program's type; its values are also `Reader`s and `Closer`s). Likewise the other
/// composite interfaces.
#[allow(non_snake_case)]
pub trait ReadCloser: GoValue {
    fn Read(&self, p: &Slice<u8>) -> (i64, Error);
    fn Close(&self) -> Error;
    /// `x.Read(p)` under the std method convention.
    fn read(&self, p: &Slice<u8>) -> (i64, Error) {
        self.Read(p)
    }
    /// `x.Close()` under the std method convention.
    fn close(&self) -> Error {
        self.Close()
    }
}

/// Go's `io.WriteCloser`.
#[allow(non_snake_case)]
pub trait WriteCloser: GoValue {
    fn Write(&self, p: &Slice<u8>) -> (i64, Error);
    fn Close(&self) -> Error;
    /// `x.Write(p)` under the std method convention.
    fn write(&self, p: &Slice<u8>) -> (i64, Error) {
        self.Write(p)
    }
    /// `x.Close()` under the std method convention.
    fn close(&self) -> Error {
        self.Close()
    }
}

/// Go's `io.ReadWriter`.
#[allow(non_snake_case)]
pub trait ReadWriter: GoValue {
    fn Read(&self, p: &Slice<u8>) -> (i64, Error);
    fn Write(&self, p: &Slice<u8>) -> (i64, Error);
    /// `x.Read(p)` under the std method convention.
    fn read(&self, p: &Slice<u8>) -> (i64, Error) {
        self.Read(p)
    }
    /// `x.Write(p)` under the std method convention.
    fn write(&self, p: &Slice<u8>) -> (i64, Error) {
        self.Write(p)
    }
}

/// Go's `io.ReadWriteCloser`.
#[allow(non_snake_case)]
pub trait ReadWriteCloser: GoValue {
    fn Read(&self, p: &Slice<u8>) -> (i64, Error);
    fn Write(&self, p: &Slice<u8>) -> (i64, Error);
    fn Close(&self) -> Error;
    /// `x.Read(p)` under the std method convention.
    fn read(&self, p: &Slice<u8>) -> (i64, Error) {
        self.Read(p)
    }
    /// `x.Write(p)` under the std method convention.
    fn write(&self, p: &Slice<u8>) -> (i64, Error) {
        self.Write(p)
    }
    /// `x.Close()` under the std method convention.
    fn close(&self) -> Error {
        self.Close()
    }
}

/// The composite interfaces for std types that have their methods (the translator implements
/// them for the program's types).
macro_rules! composite {
    (@one $tr:ident $ty:ty: $($base:ident::$m:ident($($a:ident: $t:ty),*) -> $r:ty),*) => {
        #[allow(non_snake_case)]
        impl $tr for $ty {
            $(fn $m(&self, $($a: $t),*) -> $r { <$ty as $base>::$m(self, $($a),*) })*
        }
    };
    ($tr:ident for []: $($ms:tt)*) => {};
    ($tr:ident for [$ty:ty $(, $rest:ty)*]: $($ms:tt)*) => {
        composite!(@one $tr $ty: $($ms)*);
        composite!($tr for [$($rest),*]: $($ms)*);
    };
}
composite!(ReadCloser for [crate::value::Ptr<crate::os::File>, PipeReader, NopCloser]: Reader::Read(p: &Slice<u8>) -> (i64, Error), Closer::Close() -> Error);
composite!(WriteCloser for [crate::value::Ptr<crate::os::File>, PipeWriter]: Writer::Write(p: &Slice<u8>) -> (i64, Error), Closer::Close() -> Error);
composite!(ReadWriter for [crate::value::Ptr<crate::os::File>, crate::bytes::Buffer]: Reader::Read(p: &Slice<u8>) -> (i64, Error), Writer::Write(p: &Slice<u8>) -> (i64, Error));
composite!(ReadWriteCloser for [crate::value::Ptr<crate::os::File>]: Reader::Read(p: &Slice<u8>) -> (i64, Error), Writer::Write(p: &Slice<u8>) -> (i64, Error), Closer::Close() -> Error);

/// Go's `io.NopCloser(r)`: `r` with a `Close` that does nothing.
#[derive(Clone)]
pub struct NopCloser(pub Iface<dyn Reader>);

/// Go's `io.NopCloser(r)`.
pub fn nop_closer(r: &Iface<dyn Reader>) -> Iface<dyn ReadCloser> {
    Iface::new(std::sync::Arc::new(NopCloser(r.clone())))
}

#[allow(non_snake_case)]
impl Reader for NopCloser {
    fn Read(&self, p: &Slice<u8>) -> (i64, Error) {
        self.0.Read(p)
    }
}

#[allow(non_snake_case)]
impl Closer for NopCloser {
    fn Close(&self) -> Error {
        Error::nil()
    }
}

impl GoValue for NopCloser {
    fn kind(&self) -> crate::value::Kind {
        crate::value::Kind::Struct
    }
    fn fmt_value(&self, p: &mut crate::fmt::Printer, verb: char) {
        p.fmt_struct(self, verb, &[("Reader", &self.0 as &dyn GoValue)])
    }
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        other.as_any().downcast_ref::<Self>().is_some_and(|o| self.0 == o.0)
    }
    fn hash_dyn(&self, state: &mut dyn std::hash::Hasher) {
        self.0.hash_dyn(state)
    }
    fn go_type_name() -> String {
        "io.nopCloser".into()
    }
}

/// An interface value delegates to its dynamic value (nil panics Go's way).
impl Writer for Iface<dyn Writer> {
    fn Write(&self, p: &Slice<u8>) -> (i64, Error) {
        (**self).Write(p)
    }
    fn write_bytes(&self, b: &[u8]) -> (i64, Error) {
        (**self).write_bytes(b)
    }
}

impl Reader for Iface<dyn Reader> {
    fn Read(&self, p: &Slice<u8>) -> (i64, Error) {
        (**self).Read(p)
    }
}

#[allow(non_snake_case)]
impl Closer for Iface<dyn Closer> {
    fn Close(&self) -> Error {
        (**self).Close()
    }
}

/// A composite interface's value is a value of each part.
macro_rules! composite_iface {
    ($tr:ident: $($base:ident { $($m:ident($($a:ident: $t:ty),*) -> $r:ty),* }),*) => {
        $(
            #[allow(non_snake_case)]
            impl $base for Iface<dyn $tr> {
                $(fn $m(&self, $($a: $t),*) -> $r { (**self).$m($($a),*) })*
            }
        )*
    };
}
composite_iface!(ReadCloser: Reader { Read(p: &Slice<u8>) -> (i64, Error) }, Closer { Close() -> Error });
composite_iface!(WriteCloser: Writer { Write(p: &Slice<u8>) -> (i64, Error) }, Closer { Close() -> Error });
composite_iface!(ReadWriter: Reader { Read(p: &Slice<u8>) -> (i64, Error) }, Writer { Write(p: &Slice<u8>) -> (i64, Error) });
composite_iface!(ReadWriteCloser: Reader { Read(p: &Slice<u8>) -> (i64, Error) }, Writer { Write(p: &Slice<u8>) -> (i64, Error) }, Closer { Close() -> Error });

impl StringWriter for Iface<dyn StringWriter> {
    fn WriteString(&self, s: &Str) -> (i64, Error) {
        (**self).WriteString(s)
    }
}

// The std types that implement the `io` interfaces, for `x.(io.Writer)` on an `any`.
crate::go_interface!(Writer = "io.Writer" { Write } impls [crate::value::Ptr<crate::os::File>, crate::strings::Builder, crate::bytes::Buffer, crate::bufio::Writer, crate::text::tabwriter::Writer, crate::fmt::PrintState, PipeWriter, MultiWriter, Discard] also crate::hash::as_writer);

crate::go_interface!(Reader = "io.Reader" { Read } impls [crate::value::Ptr<crate::os::File>, crate::strings::Reader, crate::bytes::Buffer, crate::bufio::Reader, PipeReader, NopCloser, LimitedReader, TeeReader, MultiReader]);

crate::go_interface!(StringWriter = "io.StringWriter" { WriteString } impls [crate::value::Ptr<crate::os::File>, crate::strings::Builder, crate::bytes::Buffer, crate::bufio::Writer]);

crate::go_interface!(Closer = "io.Closer" { Close } impls [crate::value::Ptr<crate::os::File>, PipeReader, PipeWriter, NopCloser]);
crate::go_interface!(ReadCloser = "io.ReadCloser" { Close, Read } impls [crate::value::Ptr<crate::os::File>, PipeReader, NopCloser]);
crate::go_interface!(WriteCloser = "io.WriteCloser" { Close, Write } impls [crate::value::Ptr<crate::os::File>, PipeWriter]);
crate::go_interface!(ReadWriter = "io.ReadWriter" { Read, Write } impls [crate::value::Ptr<crate::os::File>, crate::bytes::Buffer]);
crate::go_interface!(ReadWriteCloser = "io.ReadWriteCloser" { Close, Read, Write } impls [crate::value::Ptr<crate::os::File>]);
