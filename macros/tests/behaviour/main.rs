//! Behaviour of `go!`, `select!` and `select_blocking!` against the runtime: one test binary,
//! one module per macro. Every assertion is on values and counts, never on timing.

mod go;
mod select;

use std::future::Future;

use gort::{Chan, go};

/// Runs `fut` as a goroutine and waits for its output on this (plain) thread.
pub fn block_on<T: Send + 'static>(fut: impl Future<Output = T> + Send + 'static) -> T {
    let done = Chan::make(1);
    let d = done.clone();
    go! {
        d.send(fut.await).await;
    }
    done.recv_opt_blocking().expect("the goroutine sends its result")
}

/// The text Go would print after `panic: ` for a panic payload raised by the runtime.
pub fn panic_text(payload: Box<dyn std::any::Any + Send>) -> String {
    match payload.downcast::<gort::panic::GoPanic>() {
        Ok(p) => gort::fmt::panic_value_text(&p.value),
        Err(other) => match other.downcast::<String>() {
            Ok(s) => *s,
            Err(other) => other.downcast::<&'static str>().map(|s| s.to_string()).unwrap_or_default(),
        },
    }
}
