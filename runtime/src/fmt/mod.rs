//! Go's `fmt` package: `Print*`, `Sprint*`, `Fprint*`, `Errorf`, the verbs, widths and flags,
//! plus buffered stdout, Go's builtin `print`/`println`, and the text of panic values.
//!
//! Arguments are `&[&dyn GoValue]`: `gort::fmt::println(&[&a, &b])`,
//! `gort::fmt::printf("%d\n", &[&x])`. Format strings are anything `AsRef<[u8]>` (`&'static
//! str` literals, `Str`, `&Str`).

mod format;
mod out;
mod panic_text;
mod printer;
mod wrap;

use std::sync::Arc;

pub use out::{flush_stdout, write_stderr, write_stdout};
pub use panic_text::{builtin_print, builtin_println, panic_value_text, runtime_print_float};
pub use printer::Printer;
pub use wrap::{WrapError, WrapErrors};

use crate::value::{Any, Error, GoValue, Str};

/// Go's `io.Writer`, for `Fprint*`.
pub trait Writer {
    /// Go's `Write(p []byte) (n int, err error)`.
    fn write_bytes(&self, p: &[u8]) -> (i64, Error);
}

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

fn ok(n: usize) -> (i64, Error) {
    (n as i64, Error::nil())
}

/// Go's `fmt.Print`.
pub fn print(args: &[&dyn GoValue]) -> (i64, Error) {
    let b = sprint_bytes(args);
    write_stdout(&b);
    ok(b.len())
}

/// Go's `fmt.Println`.
pub fn println(args: &[&dyn GoValue]) -> (i64, Error) {
    let b = sprintln_bytes(args);
    write_stdout(&b);
    ok(b.len())
}

/// Go's `fmt.Printf`.
pub fn printf(format: impl AsRef<[u8]>, args: &[&dyn GoValue]) -> (i64, Error) {
    let b = sprintf_bytes(format.as_ref(), args);
    write_stdout(&b);
    ok(b.len())
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
pub fn sprintf(format: impl AsRef<[u8]>, args: &[&dyn GoValue]) -> Str {
    Str::from_vec(sprintf_bytes(format.as_ref(), args))
}

/// Go's `fmt.Fprint`.
pub fn fprint(w: &dyn Writer, args: &[&dyn GoValue]) -> (i64, Error) {
    w.write_bytes(&sprint_bytes(args))
}

/// Go's `fmt.Fprintln`.
pub fn fprintln(w: &dyn Writer, args: &[&dyn GoValue]) -> (i64, Error) {
    w.write_bytes(&sprintln_bytes(args))
}

/// Go's `fmt.Fprintf`.
pub fn fprintf(w: &dyn Writer, format: impl AsRef<[u8]>, args: &[&dyn GoValue]) -> (i64, Error) {
    w.write_bytes(&sprintf_bytes(format.as_ref(), args))
}

/// Go's `fmt.Errorf`: `%w` wraps (one → `*fmt.wrapError`, several → `*fmt.wrapErrors`).
pub fn errorf(format: impl AsRef<[u8]>, args: &[&dyn GoValue]) -> Error {
    let format = format.as_ref();
    if args.is_empty() && !format.contains(&b'%') {
        return crate::errors::new(Str::from_bytes(format));
    }
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
        0 => crate::errors::new(msg),
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
