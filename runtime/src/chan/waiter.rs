//! The blocked side of a channel operation or a select: one [`Waiter`] (Go's selection word plus
//! how to wake its owner) and one typed [`Hook`] per case queued on a channel (Go's `sudog`).
//!
//! Protocol (crossbeam's `Context::try_select`, Go's `sudog.isSelect`): a counterpart holding
//! the channel lock wins the waiter by one compare-and-swap from `WAITING` to `claimed(case)`,
//! then moves the value through the hook's slot, then publishes `done(case)` and wakes the
//! owner. Exactly one CAS from `WAITING` succeeds: a counterpart's claim or the owner's abort
//! (its future was dropped).
//!
//! Invariant (who may touch a hook's slot): the owner before the hook is published (under the
//! channel lock); the claimer between its winning CAS and `done`; the owner after it saw `done`
//! (Acquire), or after its own abort won, or for a hook of a select case that did not win.

use std::task::Waker;

use crate::facade::{Arc, AtomicUsize, Lock, Ordering, SlotCell, Thread};
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
    /// An async task.
    Task(Waker),
    /// A plain OS thread blocked in a `*_blocking` call.
    Thread(Thread),
    /// Taken by the counterpart that finished the waiter.
    Taken,
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
    /// owner as parked; call only with the locks of every channel it will be queued on held, so
    /// a counterpart's un-park can never precede it.
    pub(crate) fn new(waker: Option<&Waker>) -> Waiter {
        let wake = match waker {
            Some(w) => Wake::Task(w.clone()),
            None => Wake::Thread(crate::facade::current_thread()),
        };
        let parked = park::park();
        Waiter { state: AtomicUsize::new(WAITING), wake: Lock::new(wake), parked }
    }

    /// A counterpart's attempt to fire `case`. On success the caller must move the value and
    /// then call [`Waiter::finish`].
    #[inline]
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

    /// Whether no case has fired and the owner has not given up (a queued hook whose waiter is
    /// not waiting is stale: any counterpart may discard it).
    #[inline]
    pub(crate) fn is_waiting(&self) -> bool {
        // Relaxed: only decides whether to drop a queue entry; a stale "waiting" keeps it one
        // more round, and claims re-check with a CAS.
        self.state.load(Ordering::Relaxed) == WAITING
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

    /// Counterpart: the value has moved; publish and wake the owner. The owner's waker is
    /// taken out and consumed by the wake-up (waking by value hands its reference to the
    /// scheduler: one atomic reference-count operation fewer than waking by reference and
    /// dropping the waker with the hook later, on the owner's side).
    pub(crate) fn finish(&self, case: usize) {
        let wake = std::mem::replace(&mut *self.wake.lock(), Wake::Taken);
        // Release: the slot transfer happens-before the owner's Acquire load of `done`.
        self.state.store(done(case), Ordering::Release);
        match wake {
            Wake::Task(w) => w.wake(),
            Wake::Thread(t) => t.unpark(),
            Wake::Taken => {}
        }
    }

    /// The fired case once the value has moved, else `None`.
    #[inline]
    pub(crate) fn fired(&self) -> Option<usize> {
        // Acquire: pairs with `finish`'s Release so the slot contents are visible.
        let s = self.state.load(Ordering::Acquire);
        if s != ABORTED && s & 1 == 1 { Some((s >> 1) - 1) } else { None }
    }

    /// The case a counterpart claimed (finished or not), if any.
    pub(crate) fn winner(&self) -> Option<usize> {
        // Acquire: as in `fired`.
        let s = self.state.load(Ordering::Acquire);
        if s != ABORTED && s != WAITING { Some((s >> 1) - 1) } else { None }
    }

    /// Refreshes the task waker before returning `Pending` again.
    pub(crate) fn update_waker(&self, waker: &Waker) {
        let mut wake = self.wake.lock();
        match &mut *wake {
            Wake::Task(w) if w.will_wake(waker) => {}
            // A counterpart is finishing (it took the old waker, `done` follows at once): poll
            // again rather than rely on the old waker reaching this task.
            Wake::Taken => waker.wake_by_ref(),
            // A waiter queued without a task (e.g. `Cond::wait`) becomes this task's.
            other => *other = Wake::Task(waker.clone()),
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

/// A hook's waiter: its own (a single operation: one allocation) or a select's shared one.
pub(crate) enum WaiterRef {
    Own(Waiter),
    Shared(Arc<SharedWaiter>),
}

/// A select's waiter, shared by its hooks. Over-aligned so that its allocation comes from
/// the runtime allocator's per-thread free lists (`crate::alloc`), like the hooks': the last
/// hook often drops it on another thread (a channel's `close` sweeping stale hooks).
#[repr(align(32))]
pub(crate) struct SharedWaiter(pub(crate) Waiter);

impl std::ops::Deref for SharedWaiter {
    type Target = Waiter;
    fn deref(&self) -> &Waiter {
        &self.0
    }
}

/// A waiter's entry in one channel's queue, with the typed slot the value moves through.
///
/// Cache-line aligned: a hook is written by two goroutines (usually on two workers), so it
/// should share its line with nothing else; and an aligned allocation comes from the
/// runtime allocator's per-thread free lists (`crate::alloc`), where the blocking operation's
/// allocation costs a few instructions instead of glibc's cross-thread free path.
#[repr(align(64))]
pub(crate) struct Hook<T> {
    waiter: WaiterRef,
    pub(crate) case: usize,
    /// Send: the value to send (still there after `done` means the channel closed).
    /// Receive: the received value (`None` after `done` means the channel closed).
    /// Access rules: see the module comment.
    slot: SlotCell<Option<T>>,
}

// SAFETY: the slot is reached by one party at a time (module comment), each handing over with
// Release/Acquire on the selection word or under the channel lock; the value is `Send`.
unsafe impl<T: Send> Send for Hook<T> {}
// SAFETY: as above.
unsafe impl<T: Send> Sync for Hook<T> {}

impl<T> Hook<T> {
    pub(crate) fn new(waiter: WaiterRef, case: usize, value: Option<T>) -> Arc<Hook<T>> {
        Arc::new(Hook { waiter, case, slot: SlotCell::new(value) })
    }

    #[inline]
    pub(crate) fn waiter(&self) -> &Waiter {
        match &self.waiter {
            WaiterRef::Own(w) => w,
            WaiterRef::Shared(w) => &w.0,
        }
    }

    /// # Safety
    /// The caller may touch the slot now (module comment).
    pub(crate) unsafe fn take(&self) -> Option<T> {
        // SAFETY: forwarded precondition: no one else touches the slot now.
        unsafe { self.slot.with_mut(|s| s.take()) }
    }

    /// # Safety
    /// The caller may touch the slot now (module comment).
    pub(crate) unsafe fn put(&self, v: T) {
        // SAFETY: forwarded precondition: no one else touches the slot now.
        unsafe { self.slot.with_mut(|s| *s = Some(v)) }
    }
}

/// Type-erased "finish and wake" of a claimed hook.
pub(crate) trait Finish: Send + Sync {
    fn finish(&self);
}

impl<T: Send> Finish for Hook<T> {
    fn finish(&self) {
        self.waiter().finish(self.case)
    }
}

impl<T: Send> Finish for Arc<Hook<T>> {
    fn finish(&self) {
        self.waiter().finish(self.case)
    }
}
