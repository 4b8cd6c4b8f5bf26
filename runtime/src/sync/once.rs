//! Go's `sync.Once`, `sync.OnceFunc`, `sync.OnceValue`.

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};

use super::Mutex;
use std::sync::Arc;

/// Go's `sync.Once`: `r#do(f)` runs `f` the first time only; concurrent callers wait until it
/// has returned. A panicking `f` still counts as done (Go's `defer o.done.Store(1)`).
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

    fn is_done(&self) -> bool {
        // Acquire: pairs with the Release in `DoneGuard`.
        self.s.done.load(Ordering::Acquire)
    }

    /// `once.Do(f)` for an `f` that cannot block.
    pub async fn r#do(&self, f: impl FnOnce()) {
        if self.is_done() {
            return;
        }
        self.s.m.lock().await;
        if self.is_done() {
            self.s.m.unlock();
            return;
        }
        let _g = DoneGuard(&self.s);
        f();
    }

    /// `once.Do(f)` for an `f` that may block.
    pub async fn do_async<F: Future<Output = ()>>(&self, f: impl FnOnce() -> F) {
        if self.is_done() {
            return;
        }
        self.s.m.lock().await;
        if self.is_done() {
            self.s.m.unlock();
            return;
        }
        let _g = DoneGuard(&self.s);
        f().await;
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

/// Go's `sync.OnceFunc(f)`: a function that runs `f` once; if `f` panicked, every call panics
/// with the same value.
pub fn once_func<F: FnOnce() + Send + 'static>(f: F) -> impl Fn() + Send + Sync + Clone + 'static {
    let v = once_value(f);
    move || v()
}

/// Go's `sync.OnceValue(f)`: a function that runs `f` once and returns its value ever after;
/// if `f` panicked, every call panics with the same value.
pub fn once_value<T, F>(f: F) -> impl Fn() -> T + Send + Sync + Clone + 'static
where
    T: Clone + Send + Sync + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    type Outcome<T> = Result<T, crate::value::Any>;
    let cell: Arc<std::sync::OnceLock<Outcome<T>>> = Arc::new(std::sync::OnceLock::new());
    let f = Arc::new(parking_lot::Mutex::new(Some(f)));
    move || {
        let out = cell.get_or_init(|| {
            let f = f.lock().take().expect("OnceValue runs its function once");
            let mut result = None;
            let mut panicked = crate::value::Any::nil();
            let frame = crate::DeferFrame::new();
            frame.defer(|| panicked = crate::recover());
            let _ = frame.run_sync(|| result = Some(f()));
            drop(frame);
            match result {
                Some(v) => Ok(v),
                None => Err(panicked),
            }
        });
        match out {
            Ok(v) => v.clone(),
            Err(p) => crate::go_panic(p.clone()),
        }
    }
}
