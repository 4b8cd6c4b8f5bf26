//! Go panics as Rust unwinding: the payload type, raising, and `recover`.
//!
//! A Go panic unwinds with a [`GoPanic`] payload carrying the Go value (`any`). Panics raised by
//! Rust code (a `String`/`&str` payload) are treated as Go runtime errors with that message
//! (mapped to Go's text where there is one: `attempt to divide by zero` is
//! `runtime error: integer divide by zero`). Fatal errors are not panics: see `rt::fatal`.

use crate::value::Any;

pub use crate::rt::defer::recover;

/// The unwinding payload of a Go panic.
pub struct GoPanic {
    /// The value passed to `panic`, as Go's `recover` returns it.
    pub value: Any,
}

/// Go's `panic(v)`. `panic(nil)` panics with a `*runtime.PanicNilError` (Go 1.21+).
pub fn go_panic(value: Any) -> ! {
    crate::rt::install_panic_hook();
    let value = if value.is_nil() { Any::from_value(crate::value::Ptr::new(crate::value::PanicNilError)) } else { value };
    std::panic::panic_any(GoPanic { value })
}

/// Raises one of Go's runtime panics (`send on closed channel`, `close of nil channel`, …):
/// the value is a `runtime.plainError` whose `Error()` is `text`.
pub fn runtime_panic(text: &str) -> ! {
    crate::value::panic_runtime(crate::value::PlainError(text.to_string()))
}
