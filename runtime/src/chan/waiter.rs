//! The blocked side of a channel operation or a select: one [`Waiter`] (Go's selection word plus
//! how to wake its owner) and one typed [`Hook`] per case queued on a channel.
//!
//! Protocol (crossbeam's `Context::try_select`, Go's `sudog.isSelect`): a counterpart holding
//! the channel lock wins the waiter by one compare-and-swap from `WAITING` to `claimed(case)`,
//! then moves the value through the hook's slot, then publishes `done(case)` and wakes the
//! owner. The owner reads the slot only after it sees `done`. Exactly one CAS from `WAITING`
//! succeeds: a counterpart's claim, the owner's own claim (a case became ready while it was
//! enqueueing) or the owner's abort (its future was dropped).

use std::task::Waker;

use crate::facade::{Arc, AtomicUsize, Lock, Ordering, Thread};
use crate::rt::park;

/// The selection word's idle state.
const WAITING: usize = 0;
/// The owner gave up (future dropped) before any case fired.
const ABORTED: usize = usize::MAX;

const fn claimed(case: usize) -> usize {
    (case + 1) << 1
}

const fn done(case: usize) -> usize {
    ((case + 1) << 1) | 1
}

/// How a waiter's owner is woken.
pub(crate) enum Wake {
    /// An async task; `None` until first registered.
    Task(Option<Waker>),
    /// A plain OS thread blocked in a `*_blocking` call.
    Thread(Thread),
}

/// One blocked operation or select: the selection word and the owner's wake-up.
pub(crate) struct Waiter {
    /// WAITING, claimed(k), done(k) or ABORTED. See the module comment for who writes what.
    state: AtomicUsize,
    wake: Lock<Wake>,
    /// Whether the owner counts in deadlock detection (a goroutine or registered thread).
    parked: bool,
}

impl Waiter {
    /// A waiter for the current task (`waker`) or, without one, the current thread. Counts the
    /// owner as parked; call only with the locks of every channel it is queued on held, so a
    /// counterpart's un-park can never precede it.
    pub(crate) fn new(waker: Option<&Waker>) -> Arc<Waiter> {
        let wake = match waker {
            Some(w) => Wake::Task(Some(w.clone())),
            None => Wake::Thread(crate::facade::current_thread()),
        };
        let parked = park::park();
        Arc::new(Waiter { state: AtomicUsize::new(WAITING), wake: Lock::new(wake), parked })
    }

    /// A counterpart's (or the owner's own) attempt to fire `case`. On success the caller must
    /// move the value and then call [`Waiter::finish`] (counterpart) or proceed (owner).
    pub(crate) fn try_claim(&self, case: usize) -> bool {
        // AcqRel: Acquire sees the owner's slot writes made before enqueueing (also ordered by
        // the channel lock); Release orders the claim before the slot transfer that follows.
        let won = self.state.compare_exchange(WAITING, claimed(case), Ordering::AcqRel, Ordering::Acquire).is_ok();
        if won && self.parked {
            // Un-park under the channel lock the caller holds, before the wake-up is in flight.
            park::unpark();
        }
        won
    }

    /// Owner gives up. True if no case fired (the owner must then dequeue its hooks).
    pub(crate) fn try_abort(&self) -> bool {
        // AcqRel: the abort must be ordered against any concurrent claim CAS.
        let won = self.state.compare_exchange(WAITING, ABORTED, Ordering::AcqRel, Ordering::Acquire).is_ok();
        if won && self.parked {
            park::unpark();
        }
        won
    }

    /// Counterpart: the value has moved; publish and wake the owner.
    pub(crate) fn finish(&self, case: usize) {
        // Release: the slot transfer happens-before the owner's Acquire load of `done`.
        self.state.store(done(case), Ordering::Release);
        let wake = self.wake.lock();
        match &*wake {
            Wake::Task(Some(w)) => w.wake_by_ref(),
            Wake::Task(None) => {}
            Wake::Thread(t) => t.unpark(),
        }
    }

    /// The fired case once the value has moved, else `None`.
    pub(crate) fn fired(&self) -> Option<usize> {
        // Acquire: pairs with `finish`'s Release so the slot contents are visible.
        let s = self.state.load(Ordering::Acquire);
        if s != ABORTED && s & 1 == 1 { Some((s >> 1) - 1) } else { None }
    }

    /// Refreshes the task waker before returning `Pending` again.
    pub(crate) fn update_waker(&self, waker: &Waker) {
        let mut wake = self.wake.lock();
        match &mut *wake {
            Wake::Task(Some(w)) if w.will_wake(waker) => {}
            // A waiter queued without a task (e.g. `Cond::wait`) becomes this task's.
            other => *other = Wake::Task(Some(waker.clone())),
        }
    }

    /// Blocks the current thread until a case fired.
    pub(crate) fn wait_blocking(&self) -> usize {
        loop {
            if let Some(case) = self.fired() {
                return case;
            }
            crate::facade::park_thread();
        }
    }
}

/// A waiter's entry in one channel's queue, with the typed slot the value moves through.
pub(crate) struct Hook<T> {
    pub(crate) waiter: Arc<Waiter>,
    pub(crate) case: usize,
    /// Send: the value to send (still there after `done` means the channel closed).
    /// Receive: the received value (`None` after `done` means the channel closed).
    pub(crate) slot: Lock<Option<T>>,
}

impl<T> Hook<T> {
    pub(crate) fn new(waiter: Arc<Waiter>, case: usize, value: Option<T>) -> Arc<Hook<T>> {
        Arc::new(Hook { waiter, case, slot: Lock::new(value) })
    }

    pub(crate) fn take(&self) -> Option<T> {
        self.slot.lock().take()
    }

    pub(crate) fn put(&self, v: T) {
        *self.slot.lock() = Some(v);
    }
}
