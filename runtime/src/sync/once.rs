//! Go's `sync.Once`, `sync.OnceFunc`, `sync.OnceValue`, `sync.OnceValues`.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use super::Mutex;
use crate::value::{Any, Func, GoCall, Resolved};

/// Go's `*sync.Once` (a handle: `Clone` shares, `==` is identity): `r#do(f)` runs `f` the
/// first time only; concurrent callers wait until it has returned. A panicking `f` still counts
/// as done (Go's `defer o.done.Store(1)`).
#[derive(Clone, Default)]
pub struct Once {
    s: Arc<OnceState>,
}

#[derive(Default)]
struct OnceState {
    done: AtomicBool,
    m: Mutex,
}

/// Marks the once done and unlocks its mutex even if `f` panics.
struct DoneGuard<'a>(&'a OnceState);

impl Drop for DoneGuard<'_> {
    fn drop(&mut self) {
        // Release: `f`'s effects happen-before any caller that sees `done`.
        self.0.done.store(true, Ordering::Release);
        self.0.m.unlock();
    }
}

impl Once {
    pub fn new() -> Once {
        Once::default()
    }

    /// Go's copy of a `sync.Once` value: a new one, done if this one is.
    pub fn go_copy(&self) -> Once {
        let o = Once::default();
        // Release: pairs with the Acquire in `is_done`, as `DoneGuard`'s store does.
        o.s.done.store(self.is_done(), Ordering::Release);
        o
    }

    fn is_done(&self) -> bool {
        // Acquire: pairs with the Release in `DoneGuard`.
        self.s.done.load(Ordering::Acquire)
    }

    /// `once.Do(f)`: `f` returns `()` or, if it may block, a `BoxFuture` (see [`GoCall`]).
    pub async fn r#do<R>(&self, f: impl Fn() -> R)
    where
        R: GoCall<Output = ()>,
    {
        if self.is_done() {
            return;
        }
        self.s.m.lock().await;
        if self.is_done() {
            self.s.m.unlock();
            return;
        }
        let _g = DoneGuard(&self.s);
        f().resolve().finish().await;
    }

    /// `once.Do(f)` on a plain OS thread.
    pub fn do_blocking(&self, f: impl FnOnce()) {
        if self.is_done() {
            return;
        }
        self.s.m.lock_blocking();
        if self.is_done() {
            self.s.m.unlock();
            return;
        }
        let _g = DoneGuard(&self.s);
        f();
    }
}

/// Go compares `*sync.Once` values: identity.
impl PartialEq for Once {
    fn eq(&self, other: &Once) -> bool {
        Arc::ptr_eq(&self.s, &other.s)
    }
}
impl Eq for Once {}

impl Once {
    /// Whether `f` has run (a snapshot, for printing).
    pub(crate) fn is_done_now(&self) -> bool {
        self.is_done()
    }

    /// The address of the shared state (Go's `&once`).
    pub(crate) fn addr(&self) -> usize {
        Arc::as_ptr(&self.s) as usize
    }
}

/// Go's `sync.OnceFunc(f)`: a function that runs `f` once; if `f` panicked, every call panics
/// with the same value. `f` returns `()` or a `BoxFuture<'static, ()>` (see [`GoCall`]); the
/// result has the same form.
pub fn once_func<R>(f: impl Fn() -> R + Send + Sync + 'static) -> Func<dyn Fn() -> R + Send + Sync>
where
    R: GoCall<Output = ()>,
{
    once_value(f)
}

/// Go's `sync.OnceValues(f)`: [`once_value`] for a func with two results.
pub fn once_values<R, T1, T2>(f: impl Fn() -> R + Send + Sync + 'static) -> Func<dyn Fn() -> R + Send + Sync>
where
    R: GoCall<Output = (T1, T2)>,
    T1: Clone + Send + Sync + 'static,
    T2: Clone + Send + Sync + 'static,
{
    once_value(f)
}

/// What a once-function's single run ended with: its results, or the value it panicked with.
type Outcome<T> = Result<T, Any>;

/// Go's `sync.OnceValue(f)`: a function that runs `f` once and returns its results ever after;
/// if `f` panicked, every call panics with the same value. `f` returns its results, or (if it
/// may block) a `BoxFuture` of them; the result has the same form, and concurrent first callers
/// of the blocking form wait for the one run.
pub fn once_value<R>(f: impl Fn() -> R + Send + Sync + 'static) -> Func<dyn Fn() -> R + Send + Sync>
where
    R: GoCall,
    R::Output: Clone + Sync,
{
    let cell: Arc<OnceLock<Outcome<R::Output>>> = Arc::new(OnceLock::new());
    let f = Arc::new(f);
    if !R::MAY_BLOCK {
        return Func::new(Arc::new(move || {
            let out = cell.get_or_init(|| {
                let mut result = None;
                let mut panicked = Any::nil();
                let frame = crate::DeferFrame::new();
                frame.defer(|| panicked = crate::recover());
                let _ = frame.run_sync(|| match f().resolve() {
                    Resolved::Ready(v) => result = Some(v),
                    Resolved::Pending(_) => unreachable!("a func that cannot block returned a future"),
                });
                drop(frame);
                result.ok_or(panicked)
            });
            R::from_resolved(Resolved::Ready(take(out)))
        }));
    }
    let once = Once::new();
    Func::new(Arc::new(move || {
        if let Some(out) = cell.get() {
            return R::from_resolved(Resolved::Ready(take(out)));
        }
        let (cell, once, f) = (cell.clone(), once.clone(), f.clone());
        R::from_resolved(Resolved::Pending(Box::pin(async move {
            once.r#do(|| -> crate::BoxFuture<'static, ()> {
                let (cell, f) = (cell.clone(), f.clone());
                Box::pin(async move {
                    let mut panicked = Any::nil();
                    let frame = crate::DeferFrame::new();
                    frame.defer(|| panicked = crate::recover());
                    let result = frame.run(async { f().resolve().finish().await }).await;
                    drop(frame);
                    let _ = cell.set(result.ok_or(panicked));
                })
            })
            .await;
            take(cell.get().expect("the once ran"))
        })))
    }))
}

/// The results of a finished once-function, or its panic again.
fn take<T: Clone>(out: &Outcome<T>) -> T {
    match out {
        Ok(v) => v.clone(),
        Err(p) => crate::go_panic(p.clone()),
    }
}
