//! Deadlock detection: live goroutines, goroutines parked on Go primitives, pending timers.
//!
//! Go's `checkdead`: when every live goroutine is parked on a channel, select or sync primitive
//! and no timer is pending, the program can never proceed: print `fatal error: all goroutines
//! are asleep - deadlock!` and exit 2. A goroutine sleeping on a timer or waiting on I/O is not
//! parked; nor is one blocked on the channel of a pending timer or ticker (which Go 1.23+
//! counts only then: an unread ticker does not hide a deadlock). Whoever wakes a parked goroutine un-parks it under the channel lock, before the
//! wake-up is in flight, so the count never reads "all parked" while a wake-up is pending.
//!
//! Counting is on only under [`crate::run_main`] (a Go program); hand-written Rust that uses
//! channels inside its own runtime never has its process ended by this check.
//!
//! Exactness: `STATE` packs (live, parked, epoch) into one word so all are read at once; its
//! epoch moves on every un-park and spawn, `EPOCH` on every timer start. A check declares deadlock only if the epoch is the
//! same before and after it read "all parked" and "no timers": no event that could end the
//! deadlock happened in between. An event during a check makes that check give up, and each
//! such event is followed by its own check (the woken or spawned goroutine parks or exits
//! later; the timer fires or stops later).

#[cfg(not(loom))]
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};

// Every STATE/EPOCH/TIMERS operation below is SeqCst: the deadlock argument (module comment)
// needs one total order over all of them.
#[cfg(not(loom))]
static ENABLED: AtomicBool = AtomicBool::new(false);
/// One word, so a check reads all three at once and an un-park is one atomic add:
/// bits 0..24 parked, 24..48 live goroutines (and registered threads), 48..64 an epoch that
/// moves on every un-park and spawn (wrapping; a check also compares the whole word).
#[cfg(not(loom))]
static STATE: AtomicU64 = AtomicU64::new(0);
/// Moves on every timer start (timers are counted apart, in `TIMERS`).
#[cfg(not(loom))]
static EPOCH: AtomicU64 = AtomicU64::new(0);
#[cfg(not(loom))]
static TIMERS: AtomicI64 = AtomicI64::new(0);
/// Armed channel timers and running tickers (Go 1.23+: they keep a program alive only while a
/// goroutine is blocked receiving from their channel; `check` asks `time` which do).
#[cfg(not(loom))]
static CHAN_TIMERS: AtomicI64 = AtomicI64::new(0);

#[cfg(not(loom))]
const PARKED: u64 = 1;
#[cfg(not(loom))]
const LIVE: u64 = 1 << 24;
#[cfg(not(loom))]
const TICK: u64 = 1 << 48;
#[cfg(not(loom))]
const MASK: u64 = (1 << 24) - 1;

#[cfg(not(loom))]
fn all_parked(s: u64) -> bool {
    let (parked, live) = (s & MASK, (s >> 24) & MASK);
    live != 0 && parked >= live
}

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
    let s = STATE.fetch_add(PARKED, Ordering::SeqCst).wrapping_add(PARKED);
    if all_parked(s) {
        check();
    }
    true
}

/// A counted goroutine stops being parked (called by whoever wakes it, under the lock).
#[cfg(not(loom))]
pub(crate) fn unpark() {
    // One add: parked - 1 and epoch + 1 together (the epoch field wraps on its own).
    STATE.fetch_add(TICK.wrapping_sub(PARKED), Ordering::SeqCst);
}

/// A goroutine starts; returns whether it was counted (the caller then reports its exit
/// through [`goroutine_exit`] exactly once).
#[cfg(not(loom))]
pub(crate) fn goroutine_start() -> bool {
    if enabled() {
        STATE.fetch_add(LIVE.wrapping_add(TICK), Ordering::SeqCst);
        true
    } else {
        false
    }
}

/// Live goroutines counted here (and registered threads), for `runtime.NumGoroutine`.
#[cfg(not(loom))]
pub(crate) fn live() -> i64 {
    // Relaxed: a statistic, stale as soon as it is read (as Go's).
    ((STATE.load(Ordering::Relaxed) >> 24) & MASK) as i64
}

#[cfg(not(loom))]
pub(crate) fn goroutine_exit() {
    if enabled() {
        let s = STATE.fetch_sub(LIVE, Ordering::SeqCst).wrapping_sub(LIVE);
        if all_parked(s) {
            check();
        }
        // SeqCst: ordered with the STATE update above (main's flag is set before its own exit).
        if (s >> 24) & MASK == 0 && MAIN_GOEXITED.load(Ordering::SeqCst) && TIMERS.load(Ordering::SeqCst) == 0 {
            super::fatal("no goroutines (main called runtime.Goexit) - deadlock!");
        }
    }
}

/// The main goroutine called `runtime.Goexit`: once no goroutine is left, the program dies.
#[cfg(not(loom))]
static MAIN_GOEXITED: AtomicBool = AtomicBool::new(false);

/// Main ended through `runtime.Goexit` (called before its own `goroutine_exit`).
#[cfg(not(loom))]
pub(crate) fn main_goexited() {
    MAIN_GOEXITED.store(true, Ordering::SeqCst);
}

/// Counts the current goroutine as running while it queues itself on one primitive and then
/// releases another (`Cond.Wait`: enqueue on the cond, then unlock `c.L`). Between the two it
/// is counted parked, yet the unlock it is about to do may wake others: the guard adds one
/// live goroutine until dropped, so no check reads "all parked" in that window.
pub(crate) struct Busy(bool);

#[cfg(not(loom))]
pub(crate) fn busy() -> Busy {
    if enabled() && super::counted_here() {
        STATE.fetch_add(LIVE.wrapping_add(TICK), Ordering::SeqCst);
        Busy(true)
    } else {
        Busy(false)
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        if self.0 {
            goroutine_exit()
        }
    }
}

/// A timer that will wake a goroutine (a sleep) or run a function (`AfterFunc`) was started.
#[cfg(not(loom))]
pub(crate) fn timer_start() {
    count_start(&TIMERS)
}

/// A timer fired (after delivering its wake-up) or was stopped.
#[cfg(not(loom))]
pub(crate) fn timer_end() {
    count_end(&TIMERS)
}

/// A channel timer was armed or a ticker started.
#[cfg(not(loom))]
pub(crate) fn chan_timer_start() {
    count_start(&CHAN_TIMERS)
}

/// A channel timer fired (after its send) or was stopped, or a ticker stopped.
#[cfg(not(loom))]
pub(crate) fn chan_timer_end() {
    count_end(&CHAN_TIMERS)
}

#[cfg(not(loom))]
fn count_start(count: &AtomicI64) {
    EPOCH.fetch_add(1, Ordering::SeqCst);
    count.fetch_add(1, Ordering::SeqCst);
}

#[cfg(not(loom))]
fn count_end(count: &AtomicI64) {
    if count.fetch_sub(1, Ordering::SeqCst) == 1 {
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
    if !all_parked(s) {
        return;
    }
    if TIMERS.load(Ordering::SeqCst) > 0 {
        return;
    }
    // A pending channel timer or ticker counts only if a goroutine is blocked receiving from
    // its channel (Go 1.23 keeps such timers in its heap only then).
    if CHAN_TIMERS.load(Ordering::SeqCst) > 0 && crate::time::chan_timers_may_wake() {
        return;
    }
    // Nothing moved while looking: no un-park, spawn (STATE's epoch) or timer start (EPOCH).
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
pub(crate) fn goroutine_start() -> bool {
    false
}
#[cfg(loom)]
pub(crate) fn live() -> i64 {
    0
}
#[cfg(loom)]
pub(crate) fn goroutine_exit() {}
#[cfg(loom)]
pub(crate) fn main_goexited() {}
#[cfg(loom)]
pub(crate) fn timer_start() {}
#[cfg(loom)]
pub(crate) fn busy() -> Busy {
    Busy(false)
}
#[cfg(loom)]
pub(crate) fn timer_end() {}
#[cfg(loom)]
pub(crate) fn chan_timer_start() {}
#[cfg(loom)]
pub(crate) fn chan_timer_end() {}
