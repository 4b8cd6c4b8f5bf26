//! Go's `runtime` package: `Gosched`, `Goexit`, `NumGoroutine`, `GOMAXPROCS`, `NumCPU`,
//! `Version`, the `runtime.Error` interface (the run-time panics' values), and the mapping of
//! Rust-native panics to Go's runtime errors.


use crate::value::{
    BoundsError, ErrorString, GoError, PlainError, Ptr, Str, TypeAssertionError, UnhashableTypeError,
};

pub use crate::value::PanicNilError;

/// Go's `runtime.GOOS`.
pub const GOOS: Str = Str::lit("linux");
/// Go's `runtime.GOARCH`.
pub const GOARCH: Str = Str::lit("amd64");

/// `runtime.Version()`: the Go release gort follows.
pub fn version() -> Str {
    Str::lit("go1.27.3")
}

/// Go's `runtime.Error`: the errors of run-time panics (index out of range, nil dereference,
/// integer divide by zero, failed type assertions, nil map writes, `panic(nil)`). Values are
/// `Iface<dyn Error>`; `r.(runtime.Error)` (`convert::<dyn Error>()`) holds exactly for those.
#[allow(non_snake_case)]
pub trait Error: GoError {
    /// Go's marker method `RuntimeError()`.
    fn RuntimeError(&self);
    /// `e.RuntimeError()` under the std method convention.
    fn runtime_error(&self) {
        self.RuntimeError()
    }
    /// `e.Error()` (the embedded `error`'s method) under the std method convention.
    fn error(&self) -> crate::Str {
        self.Error()
    }
}

impl Error for BoundsError {
    fn RuntimeError(&self) {}
}
impl Error for ErrorString {
    fn RuntimeError(&self) {}
}
impl Error for PlainError {
    fn RuntimeError(&self) {}
}
impl Error for TypeAssertionError {
    fn RuntimeError(&self) {}
}
impl Error for UnhashableTypeError {
    fn RuntimeError(&self) {}
}
/// `panic(nil)`'s value is a `*runtime.PanicNilError`.
impl Error for Ptr<PanicNilError> {
    fn RuntimeError(&self) {}
}

/// `(*runtime.PanicNilError).Error` and `.RuntimeError` under the std method convention.
impl PanicNilError {
    /// Go's `Error()`.
    pub fn error(&self) -> Str {
        Str::lit(crate::value::PANIC_NIL_TEXT)
    }
    /// Go's marker method `RuntimeError()`.
    pub fn runtime_error(&self) {}
}

crate::go_interface!(Error = "runtime.Error" { Error, RuntimeError } impls [BoundsError, ErrorString, PlainError, TypeAssertionError, UnhashableTypeError, Ptr<PanicNilError>]);

/// `runtime.Goexit()`: runs the calling goroutine's deferred calls, then ends it.
pub fn goexit() {
    crate::rt::goexit()
}

/// `runtime.Gosched()`: yields so other goroutines run.
pub async fn gosched() {
    tokio::task::yield_now().await
}

/// `runtime.Gosched()` on a plain thread.
pub fn gosched_blocking() {
    std::thread::yield_now()
}

/// `runtime.NumGoroutine()`.
pub fn num_goroutine() -> i64 {
    crate::rt::num_goroutine()
}

/// `runtime.GOMAXPROCS(n)`: returns the previous setting; `n < 1` only queries. The worker
/// count of a running program is fixed at start (from the `GOMAXPROCS` environment variable).
pub fn gomaxprocs(n: i64) -> i64 {
    let prev = crate::rt::gomaxprocs();
    if n >= 1 {
        crate::rt::set_gomaxprocs(n);
    }
    prev
}

/// `runtime.NumCPU()`.
pub fn num_cpu() -> i64 {
    crate::rt::num_cpu()
}

/// `runtime.GC()`: nothing to do (memory is freed as values drop).
pub fn gc() {}

/// The `runtime.Error` value `recover` sees for a Rust-native panic (`attempt to divide by
/// zero` becomes Go's `runtime error: integer divide by zero`; other messages stay as they are).
pub fn rust_panic_value(msg: &str) -> crate::value::Any {
    use crate::value::{Any, BoundsError, ErrorString, PlainError};
    if msg == "attempt to divide by zero" || msg == "attempt to calculate the remainder with a divisor of zero" {
        return Any::from_value(ErrorString("", "integer divide by zero".into()));
    }
    if let Some((len, idx)) = parse_index_oob(msg) {
        return Any::from_value(BoundsError::index(idx, len));
    }
    Any::from_value(PlainError(msg.to_string()))
}

fn parse_index_oob(msg: &str) -> Option<(i64, i64)> {
    // "index out of bounds: the len is 3 but the index is 5"
    let rest = msg.strip_prefix("index out of bounds: the len is ")?;
    let (len, idx) = rest.split_once(" but the index is ")?;
    Some((len.trim().parse().ok()?, idx.trim().parse().ok()?))
}

/// Go's text for a Rust panic message that is one of Go's runtime errors, if it is one.
pub fn map_rust_panic(msg: &str) -> Option<String> {
    if msg == "attempt to divide by zero" || msg == "attempt to calculate the remainder with a divisor of zero" {
        return Some("runtime error: integer divide by zero".to_string());
    }
    let (len, idx) = parse_index_oob(msg)?;
    Some(format!("runtime error: index out of range [{idx}] with length {len}"))
}
