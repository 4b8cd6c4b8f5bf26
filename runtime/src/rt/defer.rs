//! Go's `defer` and `recover`: a [`DeferFrame`] per function that defers.
//!
//! The body runs under `catch_unwind`; deferred calls then run LIFO on every exit path. While a
//! panicking frame runs its deferred calls, the panic is on the goroutine's panic stack, where
//! [`recover`] finds it, marks it recovered and returns its value. A panic inside a deferred
//! call replaces the current one. If nothing recovers, the panic resumes after the last
//! deferred call.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::Arc;
use std::task::Poll;

use parking_lot::Mutex;

use crate::panic::GoPanic;
use crate::value::Any;

type Payload = Box<dyn std::any::Any + Send>;

/// A panic whose deferred calls are running.
pub(crate) struct PanicRec {
    value: Any,
    recovered: bool,
    /// Length of the goroutine's superseded-panic chain when this panic started: entries past
    /// it were added by frames nested in this panic's deferred calls, so they are newer.
    mark: usize,
}

enum Deferred<'a> {
    Sync(Box<dyn FnOnce() + Send + 'a>),
    Async(Box<dyn FnOnce() -> Pin<Box<dyn Future<Output = ()> + Send + 'a>> + Send + 'a>),
    /// The calls a range-over-func loop body deferred ([`BodyDefers`]), in their place.
    Nested(Arc<Mutex<Vec<Deferred<'static>>>>),
}

impl<'a> Deferred<'a> {
    fn shorten(d: Deferred<'static>) -> Deferred<'a> {
        match d {
            Deferred::Sync(f) => Deferred::Sync(f),
            // The future's lifetime is in the closure's return type, where it cannot shrink.
            Deferred::Async(f) => Deferred::Async(Box::new(move || -> Pin<Box<dyn Future<Output = ()> + Send + 'a>> { f() })),
            Deferred::Nested(q) => Deferred::Nested(q),
        }
    }
}

/// The deferred calls of a range-over-func loop's body. Go gives them to the function that
/// contains the loop, but the body is a closure the iterator calls: it defers here instead,
/// and the function's frame runs these calls in the place the loop started, one by one like
/// its own (a panic in one replaces the current panic; `recover` works in them). The
/// translator shadows `__defer` with one of these inside the body's closure.
#[derive(Clone)]
pub struct BodyDefers(Arc<Mutex<Vec<Deferred<'static>>>>);

impl BodyDefers {
    /// `defer f(args)` in the loop body.
    pub fn defer(&self, f: impl FnOnce() + Send + 'static) {
        self.0.lock().push(Deferred::Sync(Box::new(f)));
    }

    /// `defer f(args)` in the loop body, where `f` may block.
    pub fn defer_async(&self, f: impl FnOnce() -> Pin<Box<dyn Future<Output = ()> + Send + 'static>> + Send + 'static) {
        self.0.lock().push(Deferred::Async(Box::new(f)));
    }

    /// The deferred calls of a range-over-func loop nested in this body.
    pub fn body_defers(&self) -> BodyDefers {
        let b = BodyDefers(Arc::new(Mutex::new(Vec::new())));
        self.0.lock().push(Deferred::Nested(b.0.clone()));
        b
    }
}

/// The deferred calls of one function invocation. What the translator emits for a function
/// with `defer`:
///
/// ```
/// # async fn f() -> Option<i64> {
/// let __defer = ::gort::DeferFrame::new();
/// let __r = __defer
///     .run(async {
///         __defer.defer(move || println!("deferred"));
///         __defer.defer_async(move || Box::pin(async move { /* may block */ }));
///         42
///     })
///     .await; // None if a panic was recovered
/// __r
/// # }
/// ```
///
/// `run_sync` is the same for functions that cannot block.
pub struct DeferFrame<'a> {
    calls: Mutex<Vec<Deferred<'a>>>,
}

impl Default for DeferFrame<'_> {
    fn default() -> Self {
        Self::new()
    }
}

impl<'a> DeferFrame<'a> {
    pub fn new() -> Self {
        DeferFrame { calls: Mutex::new(Vec::new()) }
    }

    /// `defer f(args)` (arguments already evaluated into the closure).
    pub fn defer(&self, f: impl FnOnce() + Send + 'a) {
        self.calls.lock().push(Deferred::Sync(Box::new(f)));
    }

    /// The deferred calls of a range-over-func loop that starts here ([`BodyDefers`]).
    pub fn body_defers(&self) -> BodyDefers {
        let b = BodyDefers(Arc::new(Mutex::new(Vec::new())));
        self.calls.lock().push(Deferred::Nested(b.0.clone()));
        b
    }

    /// Takes the next call to run, replacing a loop body's calls by the calls themselves.
    fn pop(&self) -> Option<Deferred<'a>> {
        let mut calls = self.calls.lock();
        loop {
            match calls.pop()? {
                Deferred::Nested(q) => {
                    let inner = std::mem::take(&mut *q.lock());
                    calls.extend(inner.into_iter().map(Deferred::shorten));
                }
                d => return Some(d),
            }
        }
    }

    /// `defer f(args)` where `f` may block.
    pub fn defer_async(&self, f: impl FnOnce() -> Pin<Box<dyn Future<Output = ()> + Send + 'a>> + Send + 'a) {
        self.calls.lock().push(Deferred::Async(Box::new(f)));
    }

    /// Runs the body of an async function, then its deferred calls. `None` if the body
    /// panicked and a deferred call recovered.
    pub async fn run<R>(&self, body: impl Future<Output = R>) -> Option<R> {
        super::install_panic_hook();
        let mut body = std::pin::pin!(body);
        let res = std::future::poll_fn(|cx| match catch(|| body.as_mut().poll(cx)) {
            Ok(Poll::Ready(r)) => Poll::Ready(Ok(r)),
            Ok(Poll::Pending) => Poll::Pending,
            Err(p) => Poll::Ready(Err(p)),
        })
        .await;
        let (out, mut panic, goexit) = split(res);
        let pushed = panic.is_some();
        if let Some(p) = &panic {
            push_panic(p);
        }
        loop {
            let call = self.pop();
            let Some(call) = call else { break };
            let r = match call {
                Deferred::Sync(f) => catch(f),
                Deferred::Nested(_) => unreachable!("pop expands a loop body's calls"),
                Deferred::Async(f) => {
                    let fut = catch(f);
                    match fut {
                        Err(p) => Err(p),
                        Ok(fut) => {
                            let mut fut = fut;
                            std::future::poll_fn(|cx| match catch(|| fut.as_mut().poll(cx)) {
                                Ok(Poll::Ready(())) => Poll::Ready(Ok(())),
                                Ok(Poll::Pending) => Poll::Pending,
                                Err(p) => Poll::Ready(Err(p)),
                            })
                            .await
                        }
                    }
                }
            };
            if let Err(p) = r {
                replace_panic(&mut panic, pushed, p);
            }
        }
        end(out, panic, goexit)
    }

    /// Runs the body of a function that cannot block, then its deferred calls (which must not
    /// block either: an async deferred call here panics). `None` if a panic was recovered.
    pub fn run_sync<R>(&self, body: impl FnOnce() -> R) -> Option<R> {
        super::install_panic_hook();
        let (out, mut panic, goexit) = split(catch(body));
        let pushed = panic.is_some();
        if let Some(p) = &panic {
            push_panic(p);
        }
        loop {
            let call = self.pop();
            let Some(call) = call else { break };
            let r = match call {
                Deferred::Sync(f) => catch(f),
                Deferred::Async(_) => catch(|| panic!("gort: defer_async in a run_sync frame")),
                Deferred::Nested(_) => unreachable!("pop expands a loop body's calls"),
            };
            if let Err(p) = r {
                replace_panic(&mut panic, pushed, p);
            }
        }
        end(out, panic, goexit)
    }
}

/// `catch_unwind` with the panic hook silenced for this thread while `f` runs.
fn catch<R>(f: impl FnOnce() -> R) -> Result<R, Payload> {
    super::FRAME_DEPTH.with(|d| d.set(d.get() + 1));
    let r = std::panic::catch_unwind(AssertUnwindSafe(f));
    super::FRAME_DEPTH.with(|d| d.set(d.get() - 1));
    r
}

/// (body result, panic in flight, `runtime.Goexit` in flight: not a panic, so `recover` does
/// not see it).
fn split<R>(res: Result<R, Payload>) -> (Option<R>, Option<Payload>, Option<Payload>) {
    match res {
        Ok(r) => (Some(r), None, None),
        Err(p) if p.is::<super::Goexit>() => (None, None, Some(p)),
        Err(p) => (None, Some(p), None),
    }
}

/// The Go value of a panic payload: a `GoPanic`'s value, or a runtime error for a Rust panic.
pub(crate) fn payload_value(p: &Payload) -> Any {
    if let Some(gp) = p.downcast_ref::<GoPanic>() {
        return gp.value.clone();
    }
    let msg = super::rust_panic_message(p).unwrap_or_else(|| "unknown Rust panic".to_string());
    crate::runtime::rust_panic_value(&msg)
}

/// The identity of a panic in flight: its payload's address (the same box travels from frame
/// to frame through `resume_unwind`).
fn payload_addr(p: &Payload) -> usize {
    &**p as *const (dyn std::any::Any + Send) as *const () as usize
}

fn push_panic(p: &Payload) {
    let value = payload_value(p);
    let addr = payload_addr(p);
    super::with_g(|g| {
        // A panic arriving from an inner frame keeps the mark it started with there: chain
        // entries it superseded on the way belong to it, and a recover of it forgets them.
        let (escaped, escaped_mark) = g.escaped.replace((0, 0));
        let mark = if escaped == addr { escaped_mark } else { g.chain.borrow().len() };
        g.panics.borrow_mut().push(PanicRec { value, recovered: false, mark })
    });
}

/// A deferred call panicked: the new panic replaces the one in flight (or starts one).
fn replace_panic(panic: &mut Option<Payload>, pushed: bool, p: Payload) {
    let value = payload_value(&p);
    super::with_g(|g| {
        let mut panics = g.panics.borrow_mut();
        if pushed || panic.is_some() {
            if let Some(top) = panics.last_mut() {
                let old = panic.as_ref().map_or_else(|| crate::fmt::panic_value_text(&top.value), super::panic_text);
                // Older than whatever nested frames superseded meanwhile (Go prints oldest first).
                g.chain.borrow_mut().insert(top.mark, (old, top.recovered));
                top.value = value;
                top.recovered = false;
                *panic = Some(p);
                return;
            }
        }
        let mark = g.chain.borrow().len();
        panics.push(PanicRec { value, recovered: false, mark });
        *panic = Some(p);
    });
}

/// After the deferred calls: pop this frame's panic record; resume an unrecovered panic, else a
/// `runtime.Goexit` (a panic raised by a deferred call replaced it).
fn end<R>(out: Option<R>, panic: Option<Payload>, goexit: Option<Payload>) -> Option<R> {
    let Some(p) = panic else {
        if let Some(g) = goexit {
            std::panic::resume_unwind(g);
        }
        return out;
    };
    let recovered = super::with_g(|g| {
        match g.panics.borrow_mut().pop() {
            Some(r) if r.recovered => {
                // This frame goes on: the panics it superseded are forgotten (older ones, of
                // frames still unwinding around it, stay).
                g.chain.borrow_mut().truncate(r.mark);
                true
            }
            Some(r) => {
                g.escaped.set((payload_addr(&p), r.mark));
                false
            }
            None => false,
        }
    });
    if recovered { out } else { std::panic::resume_unwind(p) }
}

/// Go's `recover()`: while a panicking frame runs its deferred calls, stops the panic and
/// returns its value; otherwise nil.
pub fn recover() -> Any {
    super::with_g(|g| {
        let mut panics = g.panics.borrow_mut();
        match panics.last_mut() {
            Some(top) if !top.recovered => {
                top.recovered = true;
                top.value.clone()
            }
            _ => Any::nil(),
        }
    })
}
