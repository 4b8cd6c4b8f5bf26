//! A FIFO queue of parked goroutines/threads for the sync primitives, on the channel waiter
//! protocol ([`crate::chan::waiter`]): a waker claims a waiter by compare-and-swap under the
//! primitive's lock, un-parking it for deadlock detection before the wake-up is in flight.

use std::collections::VecDeque;

use crate::chan::waiter::{Hook, Waiter, WaiterRef};
use crate::facade::Arc;

/// Parked waiters of one primitive. Lives inside the primitive's state, under its lock.
#[derive(Default)]
pub(crate) struct WaitQueue {
    q: VecDeque<Arc<Hook<()>>>,
}

/// A handle to one queued waiter.
pub(crate) struct Ticket {
    hook: Arc<Hook<()>>,
}

/// A claimed waiter to wake after the primitive's lock is released.
pub(crate) struct Wake(Arc<Hook<()>>);

impl Wake {
    /// Identity of the waiter (matches [`Ticket::id`]).
    pub(crate) fn id(&self) -> usize {
        Arc::as_ptr(&self.0) as *const () as usize
    }
    pub(crate) fn wake(self) {
        self.0.waiter().finish(self.0.case)
    }
}

impl WaitQueue {
    /// Queues the current task (`waker`) or thread; counts it parked. Call under the lock.
    pub(crate) fn push(&mut self, waker: Option<&std::task::Waker>) -> Ticket {
        let hook = Hook::new(WaiterRef::Own(Waiter::new(waker)), 0, None);
        self.q.push_back(hook.clone());
        Ticket { hook }
    }

    /// Queues at the front: a woken waiter that lost the race again (Go's LIFO re-queue).
    pub(crate) fn push_front(&mut self, waker: Option<&std::task::Waker>) -> Ticket {
        let hook = Hook::new(WaiterRef::Own(Waiter::new(waker)), 0, None);
        self.q.push_front(hook.clone());
        Ticket { hook }
    }

    /// Claims the first live waiter, if any. Call under the lock; wake it after unlocking.
    pub(crate) fn pop(&mut self) -> Option<Wake> {
        while let Some(h) = self.q.pop_front() {
            if h.waiter().try_claim(h.case) {
                return Some(Wake(h));
            }
        }
        None
    }

    /// Claims every live waiter.
    pub(crate) fn pop_all(&mut self) -> Vec<Wake> {
        let mut v = Vec::new();
        while let Some(w) = self.pop() {
            v.push(w);
        }
        v
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.q.is_empty()
    }

    fn remove(&mut self, t: &Ticket) {
        if let Some(i) = self.q.iter().position(|h| Arc::ptr_eq(h, &t.hook)) {
            self.q.remove(i);
        }
    }
}

impl Ticket {
    /// Identity of the waiter (matches [`Wake::id`]).
    pub(crate) fn id(&self) -> usize {
        Arc::as_ptr(&self.hook) as *const () as usize
    }
    pub(crate) fn fired(&self) -> bool {
        self.hook.waiter().fired().is_some()
    }
    pub(crate) fn update_waker(&self, w: &std::task::Waker) {
        self.hook.waiter().update_waker(w)
    }
    pub(crate) fn wait_blocking(&self) {
        self.hook.waiter().wait_blocking();
    }
    /// Withdraws a ticket whose owner stops waiting. True if it had not been woken; false if a
    /// wake-up was already claimed for it (the caller may need to pass it on).
    pub(crate) fn cancel(&self, queue: &mut WaitQueue) -> bool {
        if self.hook.waiter().try_abort() {
            queue.remove(self);
            true
        } else {
            false
        }
    }
}

pub(crate) fn wake_all(ws: Vec<Wake>) {
    for w in ws {
        w.wake()
    }
}
