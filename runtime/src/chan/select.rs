//! Go's `select` as a runtime primitive (Go's `runtime/select.go`), not a race of futures.
//!
//! The caller evaluates every operand once, in source order, into case values ([`recv`],
//! [`send`]), then hands them all to [`select`] (async), [`select_blocking`] (plain threads) or
//! [`try_select`] (a `select` with `default`). The runtime locks the cases' channels in creation
//! order (each channel's `seq`), polls the cases in a uniformly random order (seeded by `GORT_SEED`), and fires the
//! first ready one. If none is ready it queues one hook per case, all sharing one selection
//! word; the counterpart that wins that word by compare-and-swap fires exactly one case; the
//! losers stay queued as stale entries that counterparts discard and queues sweep. Nil channels are never ready; a send case on
//! a closed channel panics with `send on closed channel`.
//!
//! # What `select!` expands to
//!
//! ```
//! # use gort::{Chan, select};
//! # async fn demo(ch1: Chan<i64>, ch2: Chan<String>, ch3: Chan<i64>) {
//! // select {
//! // case v := <-ch1:        ...
//! // case ch2 <- "hi":       ...
//! // case v, ok := <-ch3:    ...
//! // }
//! let mut __c0 = select::recv(&ch1);
//! let mut __c1 = select::send(&ch2, "hi".to_string());
//! let mut __c2 = select::recv(&ch3);
//! let __i = select::select(&mut [&mut __c0, &mut __c1, &mut __c2]).await;
//! match __i {
//!     0 => {
//!         let v = __c0.take().0;
//!         let _ = v;
//!     }
//!     1 => {}
//!     2 => {
//!         let (v, ok) = __c2.take();
//!         let _ = (v, ok);
//!     }
//!     _ => unreachable!(),
//! }
//! # }
//! ```
//!
//! With a `default` arm: `match select::try_select(&mut [...]) { Some(0) => …, None => default }`.
//! On a plain thread: `select::select_blocking(&mut [...])`. The winning index is bound with
//! `let` before the `match`, so the borrow of the cases has ended when an arm calls `take`.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use smallvec::SmallVec;

use super::waiter::{Hook, SharedWaiter, Waiter, WaiterRef};
use super::{Chan, Inner, RecvTry, SendTry, Wakeup, panic_send_closed};
use crate::facade::Arc;

/// A case of a `select`: made by [`recv`] or [`send`]. Sealed: its methods are the runtime's.
pub trait SelectCase: Send + sealed::CaseOps {}

#[allow(private_interfaces)]
pub(crate) mod sealed {
    use super::*;

    /// What one case can do while `select` holds its channel's lock.
    pub trait CaseOps {
        /// The channel's sequence number (lock order and de-duplication); 0 for a nil channel.
        fn seq(&self) -> u64;
        /// Takes the channel's lock (non-nil channels only).
        fn lock(&self);
        /// # Safety
        /// The lock was taken with `lock` by this select.
        unsafe fn unlock(&self);
        /// Tries to complete the case now. # Safety: the channel's lock is held.
        unsafe fn try_fire(&mut self) -> Fire;
        /// Queues a hook for `waiter` as case `case`. # Safety: the channel's lock is held.
        unsafe fn enqueue(&mut self, waiter: &Arc<SharedWaiter>, case: usize);
        /// Removes this case's hook, if queued, and takes back a send's value.
        /// # Safety
        /// The channel's lock is held, and this case's hook did not win (or the owner aborted).
        unsafe fn dequeue(&mut self);
        /// Drops this case's hook without touching its slot (a case a counterpart claimed).
        fn forget(&mut self);
        /// After the waiter fired this case: moves the value out of the hook. False for a send
        /// that found the channel closed.
        fn complete(&mut self) -> bool;
    }

    /// Outcome of [`CaseOps::try_fire`].
    pub enum Fire {
        Fired(Option<Wakeup>),
        NotReady,
        SendClosed,
    }
}

use sealed::{CaseOps, Fire};

/// A receive case (`case v := <-ch`, `case v, ok := <-ch`).
pub struct RecvCase<'a, T> {
    inner: Option<&'a Inner<T>>,
    hook: Option<Arc<Hook<T>>>,
    /// `Some(Some(v))` received, `Some(None)` closed, `None` not fired.
    result: Option<Option<T>>,
}

/// A send case (`case ch <- v`), holding the already-evaluated value.
pub struct SendCase<'a, T> {
    inner: Option<&'a Inner<T>>,
    value: Option<T>,
    hook: Option<Arc<Hook<T>>>,
}

/// A receive case on `ch`.
pub fn recv<T: Send + 'static>(ch: &Chan<T>) -> RecvCase<'_, T> {
    RecvCase { inner: ch.inner(), hook: None, result: None }
}

/// A send case of `value` on `ch`.
pub fn send<T: Send + 'static>(ch: &Chan<T>, value: T) -> SendCase<'_, T> {
    SendCase { inner: ch.inner(), value: Some(value), hook: None }
}

impl<T: Send + 'static> RecvCase<'_, T> {
    /// The received `(value, ok)`: the zero value and `false` if the channel was closed.
    /// Panics if this case did not fire.
    pub fn take(&mut self) -> (T, bool)
    where
        T: Default,
    {
        match self.take_opt() {
            Some(v) => (v, true),
            None => (T::default(), false),
        }
    }

    /// The received value, `None` if the channel was closed. Panics if this case did not fire.
    pub fn take_opt(&mut self) -> Option<T> {
        self.result.take().expect("gort: select case taken that did not fire")
    }
}

impl<T: Send + 'static> SelectCase for RecvCase<'_, T> {}
impl<T: Send + 'static> SelectCase for SendCase<'_, T> {}

#[allow(private_interfaces)]
impl<T: Send + 'static> CaseOps for RecvCase<'_, T> {
    fn seq(&self) -> u64 {
        self.inner.map_or(0, |i| i.seq())
    }
    fn lock(&self) {
        self.inner.expect("nil channels are never locked").lock().raw_lock()
    }
    unsafe fn unlock(&self) {
        // SAFETY: forwarded precondition: this select took the lock.
        unsafe { self.inner.expect("nil channels are never locked").lock().raw_unlock() }
    }
    unsafe fn try_fire(&mut self) -> Fire {
        let Some(inner) = self.inner else { return Fire::NotReady };
        // SAFETY: forwarded precondition: the lock is held.
        let st = unsafe { inner.lock().raw_data() };
        match st.try_recv() {
            RecvTry::Got(v, w) => {
                self.result = Some(Some(v));
                Fire::Fired(w)
            }
            RecvTry::Closed => {
                self.result = Some(None);
                Fire::Fired(None)
            }
            RecvTry::Empty => Fire::NotReady,
        }
    }
    unsafe fn enqueue(&mut self, waiter: &Arc<SharedWaiter>, case: usize) {
        let Some(inner) = self.inner else { return };
        let hook = Hook::new(WaiterRef::Shared(waiter.clone()), case, None);
        // SAFETY: forwarded precondition: the lock is held.
        unsafe { inner.lock().raw_data() }.push_recv(hook.clone());
        self.hook = Some(hook);
    }
    unsafe fn dequeue(&mut self) {
        if let (Some(inner), Some(hook)) = (self.inner, self.hook.take()) {
            // SAFETY: forwarded precondition: the lock is held.
            unsafe { inner.lock().raw_data() }.remove_recv(&hook);
        }
    }
    fn forget(&mut self) {
        self.hook = None;
    }
    fn complete(&mut self) -> bool {
        let hook = self.hook.take().expect("fired case has a hook");
        // SAFETY: the owner after `done`.
        self.result = Some(unsafe { hook.take() });
        true
    }
}

#[allow(private_interfaces)]
impl<T: Send + 'static> CaseOps for SendCase<'_, T> {
    fn seq(&self) -> u64 {
        self.inner.map_or(0, |i| i.seq())
    }
    fn lock(&self) {
        self.inner.expect("nil channels are never locked").lock().raw_lock()
    }
    unsafe fn unlock(&self) {
        // SAFETY: forwarded precondition: this select took the lock.
        unsafe { self.inner.expect("nil channels are never locked").lock().raw_unlock() }
    }
    unsafe fn try_fire(&mut self) -> Fire {
        let Some(inner) = self.inner else { return Fire::NotReady };
        // SAFETY: forwarded precondition: the lock is held.
        let st = unsafe { inner.lock().raw_data() };
        let v = self.value.take().expect("send case fired twice");
        match st.try_send(inner.cap(), v) {
            SendTry::Sent(w) => Fire::Fired(w),
            SendTry::Full(v) => {
                self.value = Some(v);
                Fire::NotReady
            }
            SendTry::Closed(v) => {
                self.value = Some(v);
                Fire::SendClosed
            }
        }
    }
    unsafe fn enqueue(&mut self, waiter: &Arc<SharedWaiter>, case: usize) {
        let Some(inner) = self.inner else { return };
        let hook = Hook::new(WaiterRef::Shared(waiter.clone()), case, self.value.take());
        // SAFETY: forwarded precondition: the lock is held.
        unsafe { inner.lock().raw_data() }.push_send(hook.clone());
        self.hook = Some(hook);
    }
    unsafe fn dequeue(&mut self) {
        if let (Some(inner), Some(hook)) = (self.inner, self.hook.take()) {
            // SAFETY: forwarded precondition: the lock is held.
            unsafe { inner.lock().raw_data() }.remove_send(&hook);
            // An unfired send keeps its value. SAFETY: this hook did not win (precondition), so
            // no counterpart touches its slot.
            if let Some(v) = unsafe { hook.take() } {
                self.value = Some(v);
            }
        }
    }
    fn forget(&mut self) {
        self.hook = None;
    }
    fn complete(&mut self) -> bool {
        let hook = self.hook.take().expect("fired case has a hook");
        // A value still in the slot means close() woke this sender. SAFETY: owner after `done`.
        unsafe { hook.take() }.is_none()
    }
}

type Cases<'a> = [&'a mut dyn SelectCase];

/// Indices of the non-nil cases in lock order (by channel sequence number), one per channel.
fn lock_order(cases: &Cases<'_>) -> SmallVec<[usize; 8]> {
    let mut order: SmallVec<[usize; 8]> = (0..cases.len()).filter(|&i| cases[i].seq() != 0).collect();
    order.sort_unstable_by_key(|&i| cases[i].seq());
    order.dedup_by_key(|i| cases[*i].seq());
    order
}

fn lock_all(cases: &Cases<'_>, order: &[usize]) {
    for &i in order {
        cases[i].lock();
    }
}

/// # Safety
/// `lock_all(cases, order)` was called and the locks not yet released.
unsafe fn unlock_all(cases: &Cases<'_>, order: &[usize]) {
    for &i in order.iter().rev() {
        // SAFETY: forwarded precondition.
        unsafe { cases[i].unlock() };
    }
}

/// A uniformly random permutation of `0..n` (Go's `pollorder`).
fn poll_order(n: usize) -> SmallVec<[usize; 8]> {
    let mut order: SmallVec<[usize; 8]> = (0..n).collect();
    if n < 2 {
        return order;
    }
    // One draw from the goroutine's stream seeds a local xorshift for the shuffle.
    let mut x = crate::rt::rand_u64() | 1;
    for i in (1..n).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let j = (((x >> 32) * (i as u64 + 1)) >> 32) as usize;
        order.swap(i, j);
    }
    order
}

/// Polls every case once, in random order, with all locks held. Unlocks before returning.
enum Polled {
    Fired(usize, Option<Wakeup>),
    SendClosed,
    NotReady,
}

/// # Safety
/// All locks in `order` are held.
unsafe fn poll_cases(cases: &mut Cases<'_>) -> Polled {
    for i in poll_order(cases.len()) {
        // SAFETY: forwarded precondition: the case's channel is locked.
        match unsafe { cases[i].try_fire() } {
            Fire::Fired(w) => return Polled::Fired(i, w),
            Fire::SendClosed => return Polled::SendClosed,
            Fire::NotReady => {}
        }
    }
    Polled::NotReady
}

/// `select` with a `default` arm: the index of a ready case, or `None` (take the default).
pub fn try_select(cases: &mut Cases<'_>) -> Option<usize> {
    let order = lock_order(cases);
    lock_all(cases, &order);
    // SAFETY: all locks are held until `unlock_all`.
    let polled = unsafe { poll_cases(cases) };
    // SAFETY: locked just above.
    unsafe { unlock_all(cases, &order) };
    match polled {
        Polled::Fired(i, w) => {
            if let Some(w) = w {
                w.wake();
            }
            Some(i)
        }
        Polled::SendClosed => panic_send_closed(),
        Polled::NotReady => None,
    }
}

/// Either fires a case at once or queues every case on one waiter. Unlocks before returning.
fn start(cases: &mut Cases<'_>, order: &[usize], waker: Option<&std::task::Waker>) -> Result<usize, Arc<SharedWaiter>> {
    lock_all(cases, order);
    // SAFETY: all locks are held until `unlock_all`.
    let polled = unsafe { poll_cases(cases) };
    match polled {
        Polled::Fired(i, w) => {
            // SAFETY: locked above.
            unsafe { unlock_all(cases, order) };
            if let Some(w) = w {
                w.wake();
            }
            Ok(i)
        }
        Polled::SendClosed => {
            // SAFETY: locked above.
            unsafe { unlock_all(cases, order) };
            panic_send_closed()
        }
        Polled::NotReady => {
            // Counted as parked while every lock is held: a counterpart's un-park follows it.
            let waiter = Arc::new(SharedWaiter(Waiter::new(waker)));
            for (i, case) in cases.iter_mut().enumerate() {
                // SAFETY: all locks are held.
                unsafe { case.enqueue(&waiter, i) };
            }
            // SAFETY: locked above.
            unsafe { unlock_all(cases, order) };
            Err(waiter)
        }
    }
}

/// After the waiter fired `k`: take case `k`'s value. The other cases' hooks stay queued as
/// stale entries (their waiter is no longer waiting): counterparts discard them, and queues
/// sweep them (`State::push_hook`), which spares a second round of locking every channel.
fn finish(cases: &mut Cases<'_>, _order: &[usize], k: usize) -> usize {
    for (i, case) in cases.iter_mut().enumerate() {
        if i != k {
            case.forget();
        }
    }
    if !cases[k].complete() {
        panic_send_closed();
    }
    k
}

/// `select` without `default` on a plain OS thread: blocks until a case fires; its index.
pub fn select_blocking(cases: &mut Cases<'_>) -> usize {
    let order = lock_order(cases);
    match start(cases, &order, None) {
        Ok(i) => i,
        Err(waiter) => {
            let k = waiter.wait_blocking();
            finish(cases, &order, k)
        }
    }
}

/// `select` without `default` in a goroutine or async code: resolves to the index of the case
/// that fired. See the module docs for the expansion a `select!` produces.
pub fn select<'a, 'b>(cases: &'a mut [&'b mut dyn SelectCase]) -> SelectFut<'a, 'b> {
    SelectFut { cases, order: SmallVec::new(), waiter: None }
}

/// The future of [`select`]. Dropping it while blocked withdraws every case.
#[must_use = "a select does nothing unless awaited"]
pub struct SelectFut<'a, 'b> {
    cases: &'a mut [&'b mut dyn SelectCase],
    order: SmallVec<[usize; 8]>,
    waiter: Option<Arc<SharedWaiter>>,
}

impl Future for SelectFut<'_, '_> {
    type Output = usize;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<usize> {
        let this = &mut *self;
        if let Some(waiter) = &this.waiter {
            let Some(k) = waiter.fired() else {
                waiter.update_waker(cx.waker());
                return Poll::Pending;
            };
            this.waiter = None;
            return Poll::Ready(finish(this.cases, &this.order, k));
        }
        std::task::ready!(super::coop(cx));
        this.order = lock_order(this.cases);
        match start(this.cases, &this.order, Some(cx.waker())) {
            Ok(i) => Poll::Ready(i),
            Err(waiter) => {
                this.waiter = Some(waiter);
                Poll::Pending
            }
        }
    }
}

impl Drop for SelectFut<'_, '_> {
    fn drop(&mut self) {
        if let Some(waiter) = self.waiter.take() {
            // Whether aborted or already fired, the hooks must leave the queues.
            let winner = if waiter.try_abort() { None } else { waiter.winner() };
            lock_all(self.cases, &self.order);
            for (i, case) in self.cases.iter_mut().enumerate() {
                if Some(i) == winner {
                    // Its counterpart may still be moving the value: leave the slot alone.
                    case.forget();
                } else {
                    // SAFETY: all locks are held; case `i` did not win.
                    unsafe { case.dequeue() };
                }
            }
            // SAFETY: locked above.
            unsafe { unlock_all(self.cases, &self.order) };
        }
    }
}
