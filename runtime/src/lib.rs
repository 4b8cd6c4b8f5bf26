//! gort: Go's concurrency model and value semantics in Rust, on tokio.
//!
//! Two halves share this crate. The concurrency half (`rt`, `chan`, `select`, `sync`, `time`,
//! `context`, `runtime`) follows Go's `runtime/chan.go` and `runtime/select.go`. The value half
//! (`value`, `fmt` and the std-package mirrors such as `strings` and `strconv`) gives Go's
//! strings, slices, maps, pointers, interfaces and printing. Translated programs and
//! hand-written users import the same API. Go package mirrors keep Go's package names and
//! snake_case the function names (`strings.TrimSpace` → `gort::strings::trim_space`).

pub mod alloc;
pub mod panic;
mod facade;
mod handle;
pub mod rt;
pub mod preempt;
pub mod bridge;
pub mod recover;
pub mod chan;
pub mod runtime;
pub mod sync;
pub mod time;
pub mod context;
pub mod value;
pub mod cmp;
pub mod fmt;
pub mod io;
pub mod iter;
pub mod errors;
pub mod rand;
pub mod strconv;
pub mod utf8;
pub mod strings;
pub mod unicode;
pub mod sort;
pub mod slices;
pub mod maps;
pub mod math;
pub mod bytes;
pub mod bufio;
pub mod container;
pub mod flag;
pub mod encoding;
pub mod hash;
pub mod crypto;
#[cfg(feature = "regexp")]
pub mod regexp;
pub mod text;
pub mod os;
pub mod syscall;
pub mod log;
pub mod xsync;
pub mod xexp;
pub mod path;

pub mod macros;
pub use gort_macros::{go, main, select, select_blocking};
pub use panic::{go_panic, recover};
pub use rt::{DeferFrame, run_main, spawn};
pub use chan::{Chan, select};
pub use value::{Any, Array, BoxFuture, Complex128, Complex64, Error, Func, GoError, GoValue, Iface, Map, Ptr, Slice, Str, append, copy};
