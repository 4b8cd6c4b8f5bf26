//! Go's `sync.Locker` interface as a trait, implemented by [`Mutex`], [`RWMutex`] and the
//! reader view `rw.RLocker()` returns.


use super::{Mutex, RWMutex};
use crate::value::{BoxFuture, GoValue, Iface};

/// Go's `sync.Locker`. The required methods have Go's names (what a translated type that
/// implements the interface defines); `Lock` may block, so it returns a future, as the
/// translator's may-block interface methods do. Values of the interface are
/// `Iface<dyn Locker>`, whose inherent `lock().await`/`unlock()` are the std method
/// convention's calls.
#[allow(non_snake_case)]
pub trait Locker: GoValue {
    /// Go's `Lock()`.
    fn Lock(&self) -> BoxFuture<'static, ()>;
    /// Go's `Unlock()`.
    fn Unlock(&self);
    /// `l.Lock()` under the std method convention.
    #[allow(async_fn_in_trait, reason = "callers await it in place; nothing needs to name the future")]
    async fn lock(&self)
    where
        Self: Sized,
    {
        self.Lock().await
    }
    /// `l.Unlock()` under the std method convention.
    fn unlock(&self) {
        self.Unlock()
    }
}

impl Locker for Mutex {
    fn Lock(&self) -> BoxFuture<'static, ()> {
        let m = self.clone();
        Box::pin(async move { m.lock().await })
    }
    fn Unlock(&self) {
        Mutex::unlock(self)
    }
}

impl Locker for RWMutex {
    fn Lock(&self) -> BoxFuture<'static, ()> {
        let m = self.clone();
        Box::pin(async move { m.lock().await })
    }
    fn Unlock(&self) {
        RWMutex::unlock(self)
    }
}

/// Go's `*sync.rlocker`: `rw.RLocker()`, locking `rw` for reading.
#[derive(Clone, PartialEq)]
pub struct RLocker(pub(super) RWMutex);

impl RLocker {
    /// The RWMutex this view locks for reading.
    pub(crate) fn rw(&self) -> &RWMutex {
        &self.0
    }
    /// Go's `rlocker` is `rw` itself, converted: the same address.
    pub(crate) fn addr(&self) -> usize {
        self.0.addr()
    }
}

impl Locker for RLocker {
    fn Lock(&self) -> BoxFuture<'static, ()> {
        let m = self.0.clone();
        Box::pin(async move { m.r_lock().await })
    }
    fn Unlock(&self) {
        self.0.r_unlock()
    }
}

/// The interface value's methods under the std method convention (no trait import needed).
/// A `Mutex` inside is locked without boxing a future.
impl Iface<dyn Locker> {
    /// `l.Lock()`; nil panics Go's way.
    pub async fn lock(&self) {
        let l: &dyn Locker = &**self;
        match l.as_any().downcast_ref::<Mutex>() {
            Some(m) => m.lock().await,
            None => l.Lock().await,
        }
    }
    /// `l.Unlock()`; nil panics Go's way.
    pub fn unlock(&self) {
        let l: &dyn Locker = &**self;
        l.Unlock()
    }
    /// `l.Lock()` on a plain OS thread (runtime lockers only).
    pub fn lock_blocking(&self) {
        let l: &dyn Locker = &**self;
        let any = l.as_any();
        if let Some(m) = any.downcast_ref::<Mutex>() {
            m.lock_blocking()
        } else if let Some(rw) = any.downcast_ref::<RWMutex>() {
            rw.lock_blocking()
        } else if let Some(r) = any.downcast_ref::<RLocker>() {
            r.0.r_lock_blocking()
        } else {
            panic!("gort: lock_blocking on a {} (only the runtime's lockers block a thread)", l.type_name())
        }
    }
}

// The std types that implement `sync.Locker`, for `x.(sync.Locker)` on an `any`.
crate::go_interface!(Locker = "sync.Locker" { Lock, Unlock } impls [Mutex, RWMutex, RLocker]);
