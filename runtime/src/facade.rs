//! The one place concurrency internals get their sync types from, so that loom can replace
//! them in model tests (`RUSTFLAGS="--cfg loom"`).
//!
//! Production uses `std` atomics and `parking_lot`; loom builds use `loom`'s instrumented
//! versions. [`Lock`] is a mutex whose raw lock/unlock is also exposed: `select` holds the locks
//! of several channels of different element types at once, in address order, as Go's
//! `runtime/select.go` does, without guard objects.

#![allow(dead_code)]

use std::cell::UnsafeCell;

#[cfg(not(loom))]
pub(crate) use std::sync::Arc;
#[cfg(not(loom))]
#[allow(unused_imports)]
pub(crate) use std::sync::atomic::{AtomicBool, AtomicI32, AtomicI64, AtomicU32, AtomicU64, AtomicUsize, Ordering};
#[cfg(not(loom))]
pub(crate) use std::thread::{Thread, current as current_thread, park as park_thread};

#[cfg(loom)]
pub(crate) use loom::sync::Arc;
#[cfg(loom)]
#[allow(unused_imports)]
pub(crate) use loom::sync::atomic::{AtomicBool, AtomicI32, AtomicI64, AtomicU32, AtomicU64, AtomicUsize, Ordering};
#[cfg(loom)]
pub(crate) use loom::thread::{Thread, current as current_thread, park as park_thread};

/// The raw lock behind [`Lock`]: parking_lot's word-sized mutex in production, a spin lock on a
/// loom atomic (with `yield_now`, which loom models) in model tests.
#[cfg(not(loom))]
struct RawLock(parking_lot::RawMutex);

#[cfg(not(loom))]
impl RawLock {
    const fn new() -> Self {
        RawLock(<parking_lot::RawMutex as parking_lot::lock_api::RawMutex>::INIT)
    }
    #[inline]
    fn lock(&self) {
        parking_lot::lock_api::RawMutex::lock(&self.0)
    }
    #[inline]
    fn try_lock(&self) -> bool {
        parking_lot::lock_api::RawMutex::try_lock(&self.0)
    }
    /// # Safety
    /// The lock is held (by anyone: parking_lot allows unlocking from another thread).
    #[inline]
    unsafe fn unlock(&self) {
        // SAFETY: forwarded precondition: the lock is held.
        unsafe { parking_lot::lock_api::RawMutex::unlock(&self.0) }
    }
}

/// (loom: a flag under loom's mutex and condvar, which loom models without spinning.)
#[cfg(loom)]
struct RawLock {
    held: loom::sync::Mutex<bool>,
    cv: loom::sync::Condvar,
}

#[cfg(loom)]
impl RawLock {
    fn new() -> Self {
        RawLock { held: loom::sync::Mutex::new(false), cv: loom::sync::Condvar::new() }
    }
    fn lock(&self) {
        let mut g = self.held.lock().unwrap();
        while *g {
            g = self.cv.wait(g).unwrap();
        }
        *g = true;
    }
    fn try_lock(&self) -> bool {
        let mut g = self.held.lock().unwrap();
        if *g {
            false
        } else {
            *g = true;
            true
        }
    }
    unsafe fn unlock(&self) {
        *self.held.lock().unwrap() = false;
        self.cv.notify_one();
    }
}

/// A cell whose accesses follow a protocol proven elsewhere (a hook's slot); loom checks it.
#[cfg(not(loom))]
pub(crate) struct SlotCell<T>(UnsafeCell<T>);

#[cfg(not(loom))]
impl<T> SlotCell<T> {
    pub(crate) fn new(v: T) -> Self {
        SlotCell(UnsafeCell::new(v))
    }
    /// # Safety
    /// No other access to the cell overlaps this one.
    #[inline]
    pub(crate) unsafe fn with_mut<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        // SAFETY: forwarded precondition: this is the only access.
        f(unsafe { &mut *self.0.get() })
    }
}

#[cfg(loom)]
pub(crate) struct SlotCell<T>(loom::cell::UnsafeCell<T>);

#[cfg(loom)]
impl<T> SlotCell<T> {
    pub(crate) fn new(v: T) -> Self {
        SlotCell(loom::cell::UnsafeCell::new(v))
    }
    pub(crate) unsafe fn with_mut<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        // SAFETY: forwarded precondition; loom checks that no access overlaps.
        self.0.with_mut(|p| f(unsafe { &mut *p }))
    }
}

/// A mutex over `T` with both a guard API and a raw API (for multi-channel `select`).
pub(crate) struct Lock<T> {
    raw: RawLock,
    data: UnsafeCell<T>,
}

// SAFETY: `data` is only reached while `raw` is held, which serialises all access; moving the
// lock between threads moves a `T`, hence `T: Send` for both.
unsafe impl<T: Send> Send for Lock<T> {}
// SAFETY: as above: shared access to a `Lock<T>` only hands out `&mut T` under the lock.
unsafe impl<T: Send> Sync for Lock<T> {}

impl<T> Lock<T> {
    pub(crate) fn new(value: T) -> Self {
        Lock { raw: RawLock::new(), data: UnsafeCell::new(value) }
    }

    #[inline]
    pub(crate) fn lock(&self) -> LockGuard<'_, T> {
        self.raw.lock();
        LockGuard { lock: self }
    }

    pub(crate) fn try_lock(&self) -> Option<LockGuard<'_, T>> {
        if self.raw.try_lock() { Some(LockGuard { lock: self }) } else { None }
    }

    /// Takes the lock without a guard; pair with [`Lock::raw_unlock`].
    #[inline]
    pub(crate) fn raw_lock(&self) {
        self.raw.lock()
    }

    /// # Safety
    /// The caller took the lock with [`Lock::raw_lock`] and holds no reference from
    /// [`Lock::raw_data`] past this call.
    #[inline]
    pub(crate) unsafe fn raw_unlock(&self) {
        // SAFETY: forwarded precondition.
        unsafe { self.raw.unlock() }
    }

    /// # Safety
    /// The caller holds the lock (via [`Lock::raw_lock`]) for as long as the reference lives,
    /// and makes no second reference from it.
    #[allow(clippy::mut_from_ref)]
    #[inline]
    pub(crate) unsafe fn raw_data(&self) -> &mut T {
        // SAFETY: forwarded precondition: the lock is held, so this is the only reference.
        unsafe { &mut *self.data.get() }
    }
}

/// Holds a [`Lock`]; unlocks on drop.
pub(crate) struct LockGuard<'a, T> {
    lock: &'a Lock<T>,
}

impl<T> std::ops::Deref for LockGuard<'_, T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: the guard exists only while the lock is held.
        unsafe { &*self.lock.data.get() }
    }
}

impl<T> std::ops::DerefMut for LockGuard<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: the guard exists only while the lock is held, and `&mut self` makes this the
        // only reference through the guard.
        unsafe { &mut *self.lock.data.get() }
    }
}

impl<T> Drop for LockGuard<'_, T> {
    #[inline]
    fn drop(&mut self) {
        // SAFETY: the guard was created by taking the lock.
        unsafe { self.lock.raw.unlock() }
    }
}
