//! Go's `fmt` package: `Print*`, `Sprint*`, `Fprint*`, `Append`, `Errorf`, the `Scan*`
//! family, the verbs, widths and flags, plus buffered stdout, Go's builtin `print`/`println`,
//! and the text of panic values.
//!
//! Arguments are `&[&dyn GoValue]`: `gort::fmt::println(&[&a, &b])`,
//! `gort::fmt::printf(&Str::lit("%d\n"), &[&x])`. Format strings are `&Str`. `Fprint*` take any
//! `io::Writer` by reference: an `Iface<dyn io::Writer>`, `os::stdout()`, a `strings::Builder`;
//! `Fscan*` an `Iface<dyn io::Reader>`.

mod format;
mod out;
mod panic_text;
mod printer;
mod scan;
mod state;
mod wrap;

use std::sync::Arc;

pub use out::{flush_stdout, write_stderr, write_stdout};
#[cfg(all(target_os = "linux", not(loom)))]
pub(crate) use out::flush_stdout_from_signal;
pub use panic_text::{builtin_print, builtin_println, panic_value_text, runtime_print_float};
pub use printer::Printer;
pub use state::{Formatter, PrintState, State, format_string};
pub(crate) use scan::ByteSource;
use scan::RuneReader;
pub use wrap::{WrapError, WrapErrors};
pub use crate::value::Stringer;

use crate::io::Writer;
use crate::os::File;
use crate::value::{Any, Error, GoValue, Iface, Slice, Str};

fn sprint_bytes(args: &[&dyn GoValue]) -> Vec<u8> {
    let mut p = Printer::new();
    p.do_print(args);
    p.into_bytes()
}

fn sprintln_bytes(args: &[&dyn GoValue]) -> Vec<u8> {
    let mut p = Printer::new();
    p.do_println(args);
    p.into_bytes()
}

fn sprintf_bytes(format: &[u8], args: &[&dyn GoValue]) -> Vec<u8> {
    let mut p = Printer::new();
    p.do_printf(format, args);
    p.into_bytes()
}

/// Go's `fmt.Append(b, a...)`: `b` with `Sprint(a...)` appended.
pub fn append(b: &Slice<u8>, args: &[&dyn GoValue]) -> Slice<u8> {
    b.append_values(&sprint_bytes(args))
}

/// Go's `fmt.Print`.
pub fn print(args: &[&dyn GoValue]) -> (i64, Error) {
    File::STDOUT.write_bytes(&sprint_bytes(args))
}

/// Go's `fmt.Println`.
pub fn println(args: &[&dyn GoValue]) -> (i64, Error) {
    File::STDOUT.write_bytes(&sprintln_bytes(args))
}

/// Go's `fmt.Printf`.
pub fn printf(format: &Str, args: &[&dyn GoValue]) -> (i64, Error) {
    File::STDOUT.write_bytes(&sprintf_bytes(format.as_bytes(), args))
}

/// Go's `fmt.Sprint`.
pub fn sprint(args: &[&dyn GoValue]) -> Str {
    Str::from_vec(sprint_bytes(args))
}

/// Go's `fmt.Sprintln`.
pub fn sprintln(args: &[&dyn GoValue]) -> Str {
    Str::from_vec(sprintln_bytes(args))
}

/// Go's `fmt.Sprintf`.
pub fn sprintf(format: &Str, args: &[&dyn GoValue]) -> Str {
    Str::from_vec(sprintf_bytes(format.as_bytes(), args))
}

/// Go's `fmt.Fprint`.
pub fn fprint<W: Writer + ?Sized>(w: &W, args: &[&dyn GoValue]) -> (i64, Error) {
    w.write_bytes(&sprint_bytes(args))
}

/// Go's `fmt.Fprintln`.
pub fn fprintln<W: Writer + ?Sized>(w: &W, args: &[&dyn GoValue]) -> (i64, Error) {
    w.write_bytes(&sprintln_bytes(args))
}

/// Go's `fmt.Fprintf`.
pub fn fprintf<W: Writer + ?Sized>(w: &W, format: &Str, args: &[&dyn GoValue]) -> (i64, Error) {
    w.write_bytes(&sprintf_bytes(format.as_bytes(), args))
}

/// Go's `fmt.Sscan(str, a...)`: space-separated values (newlines count as space) into the
/// pointers `a`; `(values scanned, first error)`.
pub fn sscan(str: &Str, args: &[&dyn GoValue]) -> (i64, Error) {
    scan::fscan(RuneReader::new(scan::StrSource { b: str.as_bytes() }), args)
}

/// Go's `fmt.Sscanf(str, format, a...)`.
pub fn sscanf(str: &Str, format: &Str, args: &[&dyn GoValue]) -> (i64, Error) {
    scan::fscanf(RuneReader::new(scan::StrSource { b: str.as_bytes() }), format.as_bytes(), args)
}

/// Go's `fmt.Sscanln(str, a...)`: like `Sscan`, but stops at a newline.
pub fn sscanln(str: &Str, args: &[&dyn GoValue]) -> (i64, Error) {
    scan::fscanln(RuneReader::new(scan::StrSource { b: str.as_bytes() }), args)
}

/// Go's `fmt.Scan(a...)` on stdin.
pub fn scan(args: &[&dyn GoValue]) -> (i64, Error) {
    scan::fscan(RuneReader::new(crate::os::StdinSource), args)
}

/// Go's `fmt.Scanln(a...)` on stdin.
pub fn scanln(args: &[&dyn GoValue]) -> (i64, Error) {
    scan::fscanln(RuneReader::new(crate::os::StdinSource), args)
}

/// Go's `fmt.Scanf(format, a...)` on stdin.
pub fn scanf(format: &Str, args: &[&dyn GoValue]) -> (i64, Error) {
    scan::fscanf(RuneReader::new(crate::os::StdinSource), format.as_bytes(), args)
}

/// Go's `fmt.Fscan(r, a...)`: `Scan` on any reader. `*bufio.Reader` and `*strings.Reader` are
/// Go `io.RuneScanner`s, so successive calls lose nothing; other readers are read a byte at a
/// time and the one rune of lookahead past the last operand is lost, as in Go.
pub fn fscan(r: &Iface<dyn crate::io::Reader>, args: &[&dyn GoValue]) -> (i64, Error) {
    match reader_runes(r) {
        ReaderRunes::Scanner(rs) => scan::fscan(rs, args),
        ReaderRunes::Stdin(rs) => scan::fscan(rs, args),
        ReaderRunes::Bytes(rs) => scan::fscan(rs, args),
    }
}

/// Go's `fmt.Fscanln(r, a...)`.
pub fn fscanln(r: &Iface<dyn crate::io::Reader>, args: &[&dyn GoValue]) -> (i64, Error) {
    match reader_runes(r) {
        ReaderRunes::Scanner(rs) => scan::fscanln(rs, args),
        ReaderRunes::Stdin(rs) => scan::fscanln(rs, args),
        ReaderRunes::Bytes(rs) => scan::fscanln(rs, args),
    }
}

/// Go's `fmt.Fscanf(r, format, a...)`.
pub fn fscanf(r: &Iface<dyn crate::io::Reader>, format: &Str, args: &[&dyn GoValue]) -> (i64, Error) {
    let f = format.as_bytes();
    match reader_runes(r) {
        ReaderRunes::Scanner(rs) => scan::fscanf(rs, f, args),
        ReaderRunes::Stdin(rs) => scan::fscanf(rs, f, args),
        ReaderRunes::Bytes(rs) => scan::fscanf(rs, f, args),
    }
}

/// How `Fscan*` reads a reader: through its own `ReadRune`/`UnreadRune` (Go's
/// `io.RuneScanner`: `*bufio.Reader`, `*strings.Reader`), from the stdin buffer `Scan` shares
/// (`os.Stdin`), or one byte per `Read` (Go's `readRune`).
enum ReaderRunes {
    Scanner(RuneScanner),
    Stdin(RuneReader<crate::os::StdinSource>),
    Bytes(RuneReader<ReadSource>),
}

fn reader_runes(r: &Iface<dyn crate::io::Reader>) -> ReaderRunes {
    if let Some(b) = r.downcast::<crate::bufio::Reader>() {
        return ReaderRunes::Scanner(RuneScanner::Bufio(b));
    }
    if let Some(s) = r.downcast::<crate::strings::Reader>() {
        return ReaderRunes::Scanner(RuneScanner::Strings(s));
    }
    if r.downcast::<crate::value::Ptr<File>>().is_some_and(|f| f == crate::os::stdin()) {
        return ReaderRunes::Stdin(RuneReader::new(crate::os::StdinSource));
    }
    ReaderRunes::Bytes(RuneReader::new(ReadSource(r.clone())))
}

/// The std readers that are Go `io.RuneScanner`s.
enum RuneScanner {
    Bufio(crate::bufio::Reader),
    Strings(crate::strings::Reader),
}

impl scan::RuneSource for RuneScanner {
    fn read_rune(&mut self) -> Option<i32> {
        let (r, _, err) = match self {
            RuneScanner::Bufio(b) => b.read_rune(),
            RuneScanner::Strings(s) => s.read_rune(),
        };
        err.is_nil().then_some(r)
    }
    fn unread_rune(&mut self) {
        match self {
            RuneScanner::Bufio(b) => b.unread_rune(),
            RuneScanner::Strings(s) => s.unread_rune(),
        };
    }
}

/// Any reader, one byte per `Read` (Go's `readRune.readByte`).
struct ReadSource(Iface<dyn crate::io::Reader>);

impl scan::ByteSource for ReadSource {
    fn next_byte(&mut self) -> Option<u8> {
        use crate::io::Reader as _;
        let b = Slice::<u8>::make_len(1);
        // Go's `io.ReadFull(r, pendBuf[:1])`: retries a read that returns nothing.
        for _ in 0..100 {
            let (n, err) = self.0.Read(&b);
            if n == 1 {
                return Some(b.get(0));
            }
            if !err.is_nil() {
                return None;
            }
        }
        None
    }
}

/// Go's `fmt.Errorf`: `%w` wraps (one → `*fmt.wrapError`, several → `*fmt.wrapErrors`).
pub fn errorf(format: &Str, args: &[&dyn GoValue]) -> Error {
    if args.is_empty() && !format.as_bytes().contains(&b'%') {
        return crate::errors::new(format);
    }
    let format = format.as_bytes();
    let mut p = Printer::new();
    p.wrap_errs = true;
    p.do_printf(format, args);
    let msg = Str::from_vec(std::mem::take(&mut p.buf));
    let as_error = |i: usize| -> Option<Error> {
        let v = args[i];
        if let Some(e) = v.as_any().downcast_ref::<Error>() {
            return if e.is_nil() { None } else { Some(e.clone()) };
        }
        let mut v = v;
        while let Some(inner) = v.iface_elem() {
            v = inner?;
        }
        v.clone_error()
    };
    let mut wrapped = p.wrapped.clone();
    match wrapped.len() {
        0 => crate::errors::new(&msg),
        1 => Error::new(Arc::new(WrapError { msg, err: as_error(wrapped[0]).unwrap_or_default() })),
        _ => {
            wrapped.sort_unstable();
            wrapped.dedup();
            let errs: Vec<Error> = wrapped.into_iter().filter_map(as_error).collect();
            Error::new(Arc::new(WrapErrors { msg, errs: crate::value::Slice::from_vec(errs) }))
        }
    }
}

/// Turns a caught unwind payload into the Go value `recover` would return.
pub(crate) fn payload_value(payload: Box<dyn std::any::Any + Send>) -> Any {
    let payload = match payload.downcast::<crate::panic::GoPanic>() {
        Ok(p) => return p.value,
        Err(p) => p,
    };
    let payload = match payload.downcast::<String>() {
        Ok(s) => return Any::from_value(Str::from(*s)),
        Err(p) => p,
    };
    match payload.downcast::<&'static str>() {
        Ok(s) => Any::from_value(Str::lit(&s)),
        Err(_) => Any::from_value(Str::lit("unknown panic")),
    }
}
