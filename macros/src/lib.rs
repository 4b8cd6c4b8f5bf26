//! Proc-macros behind `gort::go!`, `gort::select!`, `gort::select_blocking!` and
//! `#[gort::main]`; the runtime crate `gort` re-exports them. Each entry point is thin: parse,
//! expand, and on error a spanned `compile_error!` (plus, for `#[gort::main]`, a stub function)
//! so that one mistake gives one error.
//!
//! The expansions call the runtime only through absolute paths (`::gort::…`); the hidden
//! helpers they need live in `gort::macros::__private`.

use proc_macro::TokenStream;

mod go;
mod main_attr;
mod select;
#[cfg(test)]
mod snapshots;

/// Starts a goroutine: Go's `go` statement.
///
/// ```text
/// go!(f(a, b))          go!(recv.method(a))          go!({ … })          go! { … }
/// ```
///
/// **A call** (`go!(worker(i, jobs.clone()))`): the function operand, the receiver of a method
/// call and every argument are evaluated in the calling goroutine, in source order, before the
/// new goroutine starts, as in Go; only the call runs in the new goroutine. (Paths, literals
/// and closure literals have nothing to evaluate: they are moved into the goroutine as they
/// are.) If the call returns a future (an `async fn`, or anything `IntoFuture`), the new
/// goroutine awaits it; otherwise the call itself is the goroutine's work. Either way the
/// result is discarded, as Go discards the results of `go f()`. The choice is made by the
/// call's static type: a call returning an unbounded type parameter counts as a plain value.
///
/// **Anything else** (`go! { … }`, `go!({ … })`, `go! { loop { … } }`) is the goroutine's body,
/// an `async move` block: it moves what it uses, may `.await`, and `return` ends the goroutine.
/// The macro's own delimiters do not matter: `go! { f(x) }` is the call form, `go! { f(x); }`
/// a body.
///
/// Works in goroutines, in async code on any tokio runtime, and on plain threads (it then starts
/// gort's shared runtime on first use). An unrecovered panic in the goroutine prints Go's report
/// and exits the process with status 2.
///
/// ```
/// use gort::{Chan, go};
///
/// async fn square(x: i64, out: Chan<i64>) {
///     out.send(x * x).await;
/// }
///
/// let out = Chan::make(0);
/// for i in 1..=3 {
///     go!(square(i, out.clone())); // `i` and `out.clone()` are evaluated here
/// }
/// let ch = out.clone();
/// go! {
///     ch.send(100).await;
/// }
/// let mut sum = 0;
/// for _ in 0..4 {
///     sum += out.recv_blocking(); // this is a plain thread: the blocking form
/// }
/// assert_eq!(sum, 1 + 4 + 9 + 100);
/// ```
#[proc_macro]
pub fn go(input: TokenStream) -> TokenStream {
    go::expand(input.into()).unwrap_or_else(syn::Error::into_compile_error).into()
}

/// Go's `select`, in async code: waits until one of the arms can proceed, runs it, and `.await`s
/// while it waits. On a plain thread use [`select_blocking!`].
///
/// ```text
/// select! {
///     recv(ch) -> v => …,          // case v := <-ch (v is the zero value once ch is closed)
///     recv(ch) -> (v, ok) => …,    // case v, ok := <-ch
///     recv(ch) => …,               // case <-ch        (also `recv(ch) -> _`)
///     send(ch, value) => …,        // case ch <- value
///     default => …,                // default (at most one)
/// }
/// ```
///
/// - Any number of arms, in any order; a body is an expression followed by a comma, or a block
///   (the comma is then optional), as in `match`.
/// - Every operand (each channel, each sent value) is evaluated exactly once, in source order,
///   when the select starts, also for the arms that do not win.
/// - If several arms are ready, one is chosen uniformly at random (seeded by `GORT_SEED`). With
///   `default`, the select never waits: it takes `default` when no arm is ready.
/// - A nil channel (`Chan::nil()`) is never ready: Go's way of switching an arm off.
/// - A `send` on a closed channel panics with `send on closed channel`.
/// - Bodies run in the caller's scope: `break`, `continue` (labelled too), `return` and `?`
///   act on the enclosing loop or function. `select!` is an expression whose value is the
///   winning body's.
/// - `-> pat` takes any irrefutable pattern; a two-element tuple pattern `(v, ok)` is Go's
///   `v, ok` form. Binding the value (not `_`) needs `T: Default`, for the closed-channel zero
///   value.
/// - A timeout is a receive from a timer channel: `recv(gort::time::after(d)) -> _ => …`.
///
/// It expands to case values, one runtime call that returns the winning index, and a `match`:
///
/// ```text
/// {
///     let __ch0 = &ch;
///     let mut __c0 = ::gort::select::recv(__ch0);
///     let __ch1 = &out;
///     let mut __c1 = ::gort::select::send(__ch1, v + 1);
///     let __i = ::gort::select::select(&mut [&mut __c0, &mut __c1]).await;
///     match __i {
///         0 => { let (v, ok) = __c0.take(); /* body */ }
///         1 => { /* body */ }
///         _ => ::core::unreachable!(),
///     }
/// }
/// ```
///
/// ```
/// use gort::{Chan, go, select};
/// use gort::time::MILLISECOND;
///
/// async fn first_of(a: Chan<i64>, b: Chan<&'static str>, quit: Chan<()>) -> String {
///     loop {
///         select! {
///             recv(a) -> v => return format!("a sent {v}"),
///             recv(b) -> (s, ok) => {
///                 if !ok {
///                     continue; // the enclosing loop
///                 }
///                 return format!("b sent {s}");
///             }
///             recv(quit) => break,
///             recv(gort::time::after(MILLISECOND * 100)) -> _ => {
///                 return "timeout".to_string();
///             }
///         }
///     }
///     "quit".to_string()
/// }
///
/// let (a, b, quit) = (Chan::make(1), Chan::make(0), Chan::<()>::make(0));
/// a.send_blocking(7);
/// let done = Chan::make(1);
/// let d = done.clone();
/// go! {
///     d.send(first_of(a, b, quit).await).await;
/// }
/// assert_eq!(done.recv_blocking(), "a sent 7");
/// ```
#[proc_macro]
pub fn select(input: TokenStream) -> TokenStream {
    select::expand(input.into(), select::Flavor::Async).unwrap_or_else(syn::Error::into_compile_error).into()
}

/// Go's `select` on a plain OS thread: [`select!`]'s grammar and semantics, blocking the thread
/// instead of `.await`ing. Do not use it inside a goroutine or async code: it would block a
/// runtime worker thread.
///
/// ```
/// use gort::{Chan, select_blocking};
///
/// let jobs = Chan::make(1);
/// let results: Chan<i64> = Chan::make(3);
/// let mut sent = 0;
/// let mut got = Vec::new();
/// // One thread both feeds and drains: whichever side can proceed goes first.
/// while got.len() < 3 {
///     select_blocking! {
///         send(if sent < 3 { jobs.clone() } else { Chan::nil() }, sent) => sent += 1,
///         recv(jobs) -> j => results.send_blocking(j * 10),
///         recv(results) -> r => got.push(r),
///     }
/// }
/// got.sort();
/// assert_eq!(got, [0, 10, 20]);
/// ```
#[proc_macro]
pub fn select_blocking(input: TokenStream) -> TokenStream {
    select::expand(input.into(), select::Flavor::Blocking).unwrap_or_else(syn::Error::into_compile_error).into()
}

/// Runs `main` as Go's main goroutine, with Go's program semantics (`gort::run_main`): when
/// `main` returns, stdout is flushed and the process exits 0 without waiting for other
/// goroutines; an unrecovered panic in any goroutine prints `panic: …` and exits 2; when every
/// goroutine is blocked, the program stops with `fatal error: all goroutines are asleep -
/// deadlock!` (exit 2).
///
/// - `async fn main()`: the body runs as a goroutine on gort's runtime; use `.await`.
/// - `fn main()`: the body runs on a plain thread that counts as the main goroutine; use the
///   blocking forms (`send_blocking`, [`select_blocking!`], …). `go!` still starts goroutines
///   on the same runtime. Start other threads that exchange values with them through blocking
///   calls with `gort::rt::spawn_thread`: a `std::thread` is invisible to deadlock detection,
///   so while only it could wake the program, the program counts as deadlocked.
/// - Either may return `Result<(), E>` (`E: Debug`): an `Err` prints `Error: {e:?}` to stderr
///   and exits 1, as Rust's own `main` does.
///
/// ```
/// use gort::{Chan, go};
///
/// #[gort::main]
/// async fn main() {
///     let ch = Chan::make(0);
///     let c = ch.clone();
///     go! {
///         c.send("hello from a goroutine").await;
///     }
///     println!("{}", ch.recv().await);
/// }
/// ```
#[proc_macro_attribute]
pub fn main(attr: TokenStream, item: TokenStream) -> TokenStream {
    main_attr::expand(attr.into(), item.into()).into()
}
