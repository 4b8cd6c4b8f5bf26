//! Go's `fmt` package: `Print*`, `Sprint*`, `Fprint*`, `Append`, `Errorf`, the `Scan*`
//! family, the verbs, widths and flags, plus buffered stdout, Go's builtin `print`/`println`,
//! and the text of panic values.
//!
//! Arguments are `&[&dyn GoValue]`: `gort::fmt::println(&[&a, &b])`,
//! `gort::fmt::printf(&Str::lit("%d\n"), &[&x])`. Format strings are `&Str`. `Fprint*` take any
//! `io::Writer` by reference: an `Iface<dyn io::Writer>`, `os::stdout()`, a `strings::Builder`.

mod format;
mod out;
mod panic_text;
mod printer;
mod scan;
mod wrap;

use std::sync::Arc;

pub use out::{flush_stdout, write_stderr, write_stdout};
pub use panic_text::{builtin_print, builtin_println, panic_value_text, runtime_print_float};
pub use printer::Printer;
pub(crate) use scan::ByteSource;
pub use wrap::{WrapError, WrapErrors};
pub use crate::value::Stringer;

use crate::io::Writer;
use crate::os::File;
use crate::value::{Any, Error, GoValue, Slice, Str};

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
    scan::fscan(scan::StrSource { b: str.as_bytes() }, args)
}

/// Go's `fmt.Sscanf(str, format, a...)`.
pub fn sscanf(str: &Str, format: &Str, args: &[&dyn GoValue]) -> (i64, Error) {
    scan::fscanf(scan::StrSource { b: str.as_bytes() }, format.as_bytes(), args)
}

/// Go's `fmt.Sscanln(str, a...)`: like `Sscan`, but stops at a newline.
pub fn sscanln(str: &Str, args: &[&dyn GoValue]) -> (i64, Error) {
    scan::fscanln(scan::StrSource { b: str.as_bytes() }, args)
}

/// Go's `fmt.Scan(a...)` on stdin.
pub fn scan(args: &[&dyn GoValue]) -> (i64, Error) {
    scan::fscan(crate::os::StdinSource, args)
}

/// Go's `fmt.Scanln(a...)` on stdin.
pub fn scanln(args: &[&dyn GoValue]) -> (i64, Error) {
    scan::fscanln(crate::os::StdinSource, args)
}

/// Go's `fmt.Scanf(format, a...)` on stdin.
pub fn scanf(format: &Str, args: &[&dyn GoValue]) -> (i64, Error) {
    scan::fscanf(crate::os::StdinSource, format.as_bytes(), args)
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
