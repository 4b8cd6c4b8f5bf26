//! The macros' runtime side: an overview of [`go!`](crate::go), [`select!`](crate::select!),
//! [`select_blocking!`](crate::select_blocking) and [`#[gort::main]`](crate::main), and the
//! hidden items their expansions call.
//!
//! | Go | gort |
//! |---|---|
//! | `func main() { … }` | `#[gort::main] async fn main() { … }` (or `fn main` on a plain thread) |
//! | `go worker(i, jobs)` | `go!(worker(i, jobs.clone()))` |
//! | `go func() { … }()` | `go! { … }` |
//! | `select { case v := <-ch: … }` | `select! { recv(ch) -> v => …, }` |
//! | `case v, ok := <-ch:` | `recv(ch) -> (v, ok) => …,` |
//! | `case <-ch:` | `recv(ch) => …,` |
//! | `case ch <- x:` | `send(ch, x) => …,` |
//! | `default:` | `default => …,` |
//! | `case <-time.After(d):` | `recv(gort::time::after(d)) -> _ => …,` |
//!
//! `select!` `.await`s and belongs in goroutines and async code; `select_blocking!` has the same
//! grammar and blocks a plain OS thread. Both expand to the runtime primitive in
//! [`gort::select`](mod@crate::select); see that module for the expansion's shape.
//!
//! How `go!` runs a call: `go!(f(x))` evaluates `f`'s operands in the caller, then spawns
//! `async move { Go(f(x)).__go_call().await }`. Method resolution picks [`__private::GoFuture`]
//! (by value) when the call returns something `IntoFuture`, so the goroutine awaits it, and
//! [`__private::GoValue`] (by reference, one auto-ref step later) for any other value, which
//! the goroutine drops: the call has already done its work. Callers need not say which kind
//! of function they call, and the translator emits `go!(f(x))` for both.

#[doc(hidden)]
pub mod __private {
    use std::future::{Future, IntoFuture, Ready};

    /// The result of the call in `go!(f(x))`, before the goroutine decides whether to await it.
    pub struct Go<T>(pub T);

    /// Picked when the call returned a future: the goroutine awaits it.
    pub trait GoFuture {
        type Fut: Future;
        fn __go_call(self) -> Self::Fut;
    }

    impl<F: IntoFuture> GoFuture for Go<F> {
        type Fut = F::IntoFuture;
        fn __go_call(self) -> F::IntoFuture {
            self.0.into_future()
        }
    }

    /// Picked for any other value: the call has run; its result is discarded, as Go does.
    pub trait GoValue {
        fn __go_call(&self) -> Ready<()>;
    }

    impl<T> GoValue for Go<T> {
        fn __go_call(&self) -> Ready<()> {
            std::future::ready(())
        }
    }

    /// `#[gort::main] fn main()`: runs `main` on a plain thread that counts as the main
    /// goroutine, inside the program's runtime (so `go!` there spawns onto it), and exits the
    /// process the way a Go program does when it returns.
    pub fn run_main_sync(main: impl FnOnce() + Send + 'static) -> ! {
        crate::run_main(async move {
            let handle = tokio::runtime::Handle::current();
            let done = crate::Chan::<()>::make(0);
            let finished = done.clone();
            crate::rt::spawn_thread(move || {
                let _runtime = handle.enter();
                main();
                finished.send_blocking(());
            });
            // Parked on a channel: counts as blocked for deadlock detection, like Go's main.
            done.recv_opt().await;
        })
    }

    /// `#[gort::main]` returning `Result<(), E>`: an `Err` prints like Rust's `main` and exits 1.
    pub fn exit_on_error<E: std::fmt::Debug>(result: Result<(), E>) {
        if let Err(e) = result {
            crate::fmt::flush_stdout();
            eprintln!("Error: {e:?}");
            crate::rt::exit(1);
        }
    }
}
