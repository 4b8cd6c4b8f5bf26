//! Deadlock detection: live goroutines, goroutines parked on Go primitives, pending timers.
//!
//! Go's `checkdead`: when every live goroutine is parked on a channel, select or sync primitive
//! and no timer is pending, the program can never proceed: print `fatal error: all goroutines
//! are asleep - deadlock!` and exit 2. A goroutine sleeping on a timer or waiting on I/O is not
//! parked. Whoever wakes a parked goroutine un-parks it under the channel lock, before the
//! wake-up is in flight, so the count never reads "all parked" while a wake-up is pending.
//!
//! Counting is on only under [`crate::run_main`] (a Go program); hand-written Rust that uses
//! channels inside its own runtime never has its process ended by this check.
//!
//! Exactness: `STATE` packs (live, parked) into one word so both are read at once; `EPOCH` moves
//! on every un-park, spawn and timer start. A check declares deadlock only if the epoch is the
//! same before and after it read "all parked" and "no timers": no event that could end the
//! deadlock happened in between. An event during a check makes that check give up, and each
//! such event is followed by its own check (the woken or spawned goroutine parks or exits
//! later; the timer fires or stops later).

#[cfg(not(loom))]
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};

#[cfg(not(loom))]
static ENABLED: AtomicBool = AtomicBool::new(false);
/// High 32 bits: live goroutines (and registered threads); low 32 bits: parked ones.
#[cfg(not(loom))]
static STATE: AtomicU64 = AtomicU64::new(0);
#[cfg(not(loom))]
static EPOCH: AtomicU64 = AtomicU64::new(0);
#[cfg(not(loom))]
static TIMERS: AtomicI64 = AtomicI64::new(0);

#[cfg(not(loom))]
const LIVE: u64 = 1 << 32;
#[cfg(not(loom))]
const PARKED_MASK: u64 = LIVE - 1;

/// Turns counting on (`run_main`).
#[cfg(not(loom))]
pub(crate) fn enable() {
    // SeqCst here and below: the deadlock argument relies on one total order over STATE,
    // EPOCH and TIMERS operations.
    ENABLED.store(true, Ordering::SeqCst);
}

#[cfg(not(loom))]
fn enabled() -> bool {
    // Relaxed: set once before any goroutine starts; a stale `false` only skips counting
    // before the program's first goroutine exists.
    ENABLED.load(Ordering::Relaxed)
}

/// The current goroutine (or registered thread) blocks on a Go primitive. Returns whether it
/// was counted (the caller un-parks exactly once iff so).
#[cfg(not(loom))]
pub(crate) fn park() -> bool {
    if !enabled() || !super::counted_here() {
        return false;
    }
    let s = STATE.fetch_add(1, Ordering::SeqCst) + 1;
    if s & PARKED_MASK == s >> 32 {
        check();
    }
    true
}

/// A counted goroutine stops being parked (called by whoever wakes it, under the lock).
#[cfg(not(loom))]
pub(crate) fn unpark() {
    // Epoch first: a check that read the old parked count also sees the epoch move.
    EPOCH.fetch_add(1, Ordering::SeqCst);
    STATE.fetch_sub(1, Ordering::SeqCst);
}

#[cfg(not(loom))]
pub(crate) fn goroutine_start() {
    if enabled() {
        EPOCH.fetch_add(1, Ordering::SeqCst);
        STATE.fetch_add(LIVE, Ordering::SeqCst);
    }
}

#[cfg(not(loom))]
pub(crate) fn goroutine_exit() {
    if enabled() {
        let s = STATE.fetch_sub(LIVE, Ordering::SeqCst) - LIVE;
        if s != 0 && s & PARKED_MASK == s >> 32 {
            check();
        }
    }
}

/// A timer that may wake a goroutine (or run a function) was started.
#[cfg(not(loom))]
pub(crate) fn timer_start() {
    EPOCH.fetch_add(1, Ordering::SeqCst);
    TIMERS.fetch_add(1, Ordering::SeqCst);
}

/// A timer fired (after delivering its wake-up) or was stopped.
#[cfg(not(loom))]
pub(crate) fn timer_end() {
    if TIMERS.fetch_sub(1, Ordering::SeqCst) == 1 {
        check();
    }
}

/// Declares deadlock if every live goroutine is parked, no timer is pending, and nothing moved
/// while looking.
#[cfg(not(loom))]
pub(crate) fn check() {
    if !enabled() {
        return;
    }
    let e1 = EPOCH.load(Ordering::SeqCst);
    let s = STATE.load(Ordering::SeqCst);
    let (live, parked) = (s >> 32, s & PARKED_MASK);
    if live == 0 || parked < live {
        return;
    }
    if TIMERS.load(Ordering::SeqCst) > 0 {
        return;
    }
    if EPOCH.load(Ordering::SeqCst) != e1 || STATE.load(Ordering::SeqCst) != s {
        return;
    }
    super::fatal("all goroutines are asleep - deadlock!");
}

#[cfg(loom)]
pub(crate) fn park() -> bool {
    false
}
#[cfg(loom)]
pub(crate) fn unpark() {}
#[cfg(loom)]
pub(crate) fn enable() {}
#[cfg(loom)]
pub(crate) fn goroutine_start() {}
#[cfg(loom)]
pub(crate) fn goroutine_exit() {}
#[cfg(loom)]
pub(crate) fn timer_start() {}
#[cfg(loom)]
pub(crate) fn timer_end() {}
