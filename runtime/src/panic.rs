//! Go panics as Rust unwinding: the payload type, raising, and `recover`.
//!
//! A Go panic unwinds with a [`GoPanic`] payload carrying the Go value (`any`). Panics raised by
//! Rust code (a `String`/`&str` payload) are treated as Go runtime errors with that message.

use crate::value::Any;

/// The unwinding payload of a Go panic.
pub struct GoPanic {
    /// The value passed to `panic`, as Go's `recover` returns it.
    pub value: Any,
}

/// Go's `panic(v)`.
pub fn go_panic(value: Any) -> ! {
    std::panic::panic_any(GoPanic { value })
}

/// Go's `recover()`: the current panic's value if called while a deferred call runs during a
/// panic, else nil. Placeholder until defer frames land.
pub fn recover() -> Any {
    Any::nil()
}
