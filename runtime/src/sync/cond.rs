//! Go's `sync.Cond` over any [`Locker`].

use super::Locker;
use super::waitq::{WaitQueue, wake_all};
use std::sync::Arc;

use crate::facade::Lock;
use crate::value::Iface;

/// Go's `*sync.Cond` (a handle: `Clone` shares the wait queue, `==` is identity). `L` is Go's
/// `c.L`. `new_cond(&l)` is `sync.NewCond(l)`; the zero value (`Default`) has a nil `L`, as
/// Go's `sync.Cond{}` does, so `Cond { L: l, ..Default::default() }` is `sync.Cond{L: l}`.
#[derive(Clone, Default)]
#[allow(non_snake_case)]
pub struct Cond {
    /// Go's `c.L`: held while observing or changing the condition.
    pub L: Iface<dyn Locker>,
    /// The waiters (shared by every copy of the handle).
    #[doc(hidden)]
    pub __q: CondQueue,
}

/// The wait queue of a [`Cond`] (opaque).
#[doc(hidden)]
#[derive(Clone)]
pub struct CondQueue(Arc<Lock<WaitQueue>>);

impl Default for CondQueue {
    fn default() -> Self {
        CondQueue(Arc::new(Lock::new(WaitQueue::default())))
    }
}

/// Go's `sync.NewCond(l)`.
pub fn new_cond(l: &Iface<dyn Locker>) -> Cond {
    Cond { L: l.clone(), __q: CondQueue::default() }
}

impl Cond {
    /// `sync.NewCond(l)` for a `Locker` value such as a [`super::Mutex`].
    pub fn new(l: impl Locker) -> Cond {
        new_cond(&Iface::new(Arc::new(l)))
    }

    /// `c.Wait()`: unlocks `c.L`, waits for `signal`/`broadcast`, locks `c.L` again.
    pub async fn wait(&self) {
        if self.L.is_nil() {
            crate::value::panic_nil_deref()
        }
        let q = &self.__q.0;
        // Queued (and counted parked) before `c.L` is released, so no signal is lost; `busy`
        // keeps the deadlock check off until the unlock has woken whoever it wakes.
        let busy = crate::rt::park::busy();
        // The ticket was made for a thread; re-register it for this task on first poll.
        let t = q.lock().push(None);
        self.L.unlock();
        drop(busy);
        struct Cancel<'a> {
            q: &'a Lock<WaitQueue>,
            t: Option<super::waitq::Ticket>,
        }
        impl Drop for Cancel<'_> {
            fn drop(&mut self) {
                if let Some(t) = self.t.take() {
                    t.cancel(&mut self.q.lock());
                }
            }
        }
        let mut c = Cancel { q, t: Some(t) };
        std::future::poll_fn(|cx| {
            let t = c.t.as_ref().expect("ticket held until fired");
            if t.fired() {
                return std::task::Poll::Ready(());
            }
            t.update_waker(cx.waker());
            if t.fired() { std::task::Poll::Ready(()) } else { std::task::Poll::Pending }
        })
        .await;
        c.t = None;
        self.L.lock().await;
    }

    /// `c.Wait()` on a plain OS thread.
    pub fn wait_blocking(&self) {
        if self.L.is_nil() {
            crate::value::panic_nil_deref()
        }
        let busy = crate::rt::park::busy();
        let t = self.__q.0.lock().push(None);
        self.L.unlock();
        drop(busy);
        t.wait_blocking();
        self.L.lock_blocking();
    }

    /// `c.Signal()`: wakes one waiter.
    pub fn signal(&self) {
        let w = self.__q.0.lock().pop();
        if let Some(w) = w {
            w.wake();
        }
    }

    /// `c.Broadcast()`: wakes every waiter.
    pub fn broadcast(&self) {
        let ws = self.__q.0.lock().pop_all();
        wake_all(ws);
    }

    /// The address of the shared state (Go's `c`).
    pub(crate) fn addr(&self) -> usize {
        Arc::as_ptr(&self.__q.0) as usize
    }
}

/// Go compares `*sync.Cond` values: identity.
impl PartialEq for Cond {
    fn eq(&self, other: &Cond) -> bool {
        Arc::ptr_eq(&self.__q.0, &other.__q.0)
    }
}
impl Eq for Cond {}
