//! Go's `sync.WaitGroup`.
//!
//! After Go's `sync/waitgroup.go`: one atomic state word, the counter in its high 32 bits and
//! the number of waiters in its low 32, so `Add`/`Done` that do not end a wait are one atomic
//! add and `Wait` on a zero counter is one load. Waiters queue under a lock; a `Wait` counts
//! itself in the word (compare-and-swap, only while the counter is non-zero) under that lock,
//! and the `Add` that takes the counter to zero with waiters counted takes the lock to wake
//! them, so none is missed.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use super::waitq::{Ticket, WaitQueue, wake_all};
use std::sync::Arc;

use crate::facade::{AtomicU64, Lock, Ordering};
use crate::value::GoCall;

struct WgState {
    /// Counter (high 32 bits, signed, as Go's) and waiters (low 32 bits). Waiters change only
    /// under `q`'s lock; the counter changes anywhere.
    state: AtomicU64,
    q: Lock<WaitQueue>,
}

/// The counter of a state word.
fn counter(s: u64) -> i32 {
    (s >> 32) as i32
}

/// The waiters of a state word.
fn waiters(s: u64) -> u32 {
    s as u32
}

/// Go's `*sync.WaitGroup` (a handle: `Clone` shares, `==` is identity): `add`, `done`, `wait`,
/// `go`. A negative counter panics with Go's `sync: negative WaitGroup counter`.
#[derive(Clone)]
pub struct WaitGroup {
    s: Arc<WgState>,
}

impl Default for WaitGroup {
    fn default() -> Self {
        WaitGroup::new()
    }
}

impl std::fmt::Debug for WaitGroup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("sync.WaitGroup")
    }
}

impl WaitGroup {
    pub fn new() -> WaitGroup {
        WaitGroup { s: Arc::new(WgState { state: AtomicU64::new(0), q: Lock::new(WaitQueue::default()) }) }
    }

    /// Go's copy of a `sync.WaitGroup` value (`f(wg)`): a new one with this one's counter and
    /// no waiters, so a `Done` on the copy never releases the original's `Wait`.
    pub fn go_copy(&self) -> WaitGroup {
        // Relaxed: a copy races with concurrent `Add`s in Go too; nothing is ordered by it.
        let c = counter(self.s.state.load(Ordering::Relaxed));
        WaitGroup { s: Arc::new(WgState { state: AtomicU64::new((c as u32 as u64) << 32), q: Lock::new(WaitQueue::default()) }) }
    }

    /// `wg.Add(delta)`.
    pub fn add(&self, delta: i64) {
        self.check_nil();
        let d = (delta as u64) << 32;
        // AcqRel: Release publishes what this goroutine did before `Done` to the `Wait` that
        // observes the counter at zero (Acquire there); Acquire orders the waiter count read
        // here before the wake-up below.
        let s = self.s.state.fetch_add(d, Ordering::AcqRel).wrapping_add(d);
        let v = counter(s);
        if v < 0 {
            // Undo, so a recovered panic leaves the counter as it was.
            self.s.state.fetch_sub(d, Ordering::AcqRel);
            crate::go_panic(crate::value::Any::from_value(crate::value::Str::from("sync: negative WaitGroup counter")));
        }
        if v > 0 || waiters(s) == 0 {
            return;
        }
        // The counter reached zero with waiters counted: wake them. Waiters are counted and
        // withdrawn only under this lock, so the count read here is exact.
        let ws = {
            let mut q = self.s.q.lock();
            // Acquire: as above.
            let now = self.s.state.load(Ordering::Acquire);
            if counter(now) != 0 {
                drop(q);
                // Go's check: Add raced with the Wait it was ending.
                crate::go_panic(crate::value::Any::from_value(crate::value::Str::from("sync: WaitGroup misuse: Add called concurrently with Wait")));
            }
            if waiters(now) == 0 {
                // Another Add that also saw zero woke them first.
                return;
            }
            self.s.state.fetch_sub(u64::from(waiters(now)), Ordering::AcqRel);
            q.pop_all()
        };
        wake_all(ws);
    }

    /// Queues the caller (task `waker`, or the current thread) unless the counter is zero.
    /// Call with `q` locked.
    fn enqueue(&self, q: &mut WaitQueue, waker: Option<&std::task::Waker>) -> Option<Ticket> {
        // Acquire: pairs with the Release of the `Add` that took the counter to zero.
        let mut s = self.s.state.load(Ordering::Acquire);
        loop {
            if counter(s) == 0 {
                return None;
            }
            // AcqRel: a failed exchange (the counter moved) re-reads, as the load above.
            match self.s.state.compare_exchange_weak(s, s + 1, Ordering::AcqRel, Ordering::Acquire) {
                Ok(_) => return Some(q.push(waker)),
                Err(now) => s = now,
            }
        }
    }

    /// Withdraws a queued waiter whose owner stopped waiting (its future was dropped).
    fn withdraw(&self, t: Ticket) {
        let mut q = self.s.q.lock();
        if t.cancel(&mut q) {
            // Not claimed by a wake-up: no `Add` has uncounted it.
            self.s.state.fetch_sub(1, Ordering::AcqRel);
        }
    }

    /// `wg.Done()`.
    pub fn done(&self) {
        self.add(-1)
    }

    /// `wg.Wait()` in a goroutine or async code.
    pub async fn wait(&self) {
        self.check_nil();
        WaitGroupFut { wg: self, ticket: None }.await
    }

    /// `wg.Wait()` on a plain OS thread.
    pub fn wait_blocking(&self) {
        // Acquire: pairs with the Release of the `Add` that took the counter to zero.
        if counter(self.s.state.load(Ordering::Acquire)) == 0 {
            return;
        }
        let t = {
            let mut q = self.s.q.lock();
            match self.enqueue(&mut q, None) {
                Some(t) => t,
                None => return,
            }
        };
        t.wait_blocking();
    }

    /// `wg.Go(f)` (Go 1.25): `add(1)`, then runs `f` in a new goroutine that calls `done`. `f`
    /// returns `()` or, if it may block, a `BoxFuture` (see [`GoCall`]).
    pub fn go<R>(&self, f: impl Fn() -> R + Send + Sync + 'static)
    where
        R: GoCall<Output = ()>,
    {
        self.spawn(async move { f().resolve().finish().await })
    }

    /// `wg.Go` for hand-written async code: runs `fut` as a new goroutine counted by `wg`.
    pub fn spawn<F>(&self, fut: F)
    where
        F: Future<Output = ()> + Send + 'static,
    {
        self.add(1);
        let wg = self.clone();
        crate::spawn(async move {
            fut.await;
            wg.done();
        });
    }

    /// The counter now (a snapshot, for printing).
    pub(crate) fn count(&self) -> i64 {
        // Acquire: a snapshot, ordered like `Wait`'s read.
        i64::from(counter(self.s.state.load(Ordering::Acquire)))
    }

    /// The address of the shared state (Go's `&wg`).
    pub(crate) fn addr(&self) -> usize {
        Arc::as_ptr(&self.s) as usize
    }
}

/// Go compares `*sync.WaitGroup` values: identity.
impl PartialEq for WaitGroup {
    fn eq(&self, other: &WaitGroup) -> bool {
        Arc::ptr_eq(&self.s, &other.s)
    }
}
impl Eq for WaitGroup {}

/// The future of [`WaitGroup::wait`].
#[must_use = "wait does nothing unless awaited"]
struct WaitGroupFut<'a> {
    wg: &'a WaitGroup,
    ticket: Option<Ticket>,
}

impl Future for WaitGroupFut<'_> {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if let Some(t) = &self.ticket {
            if t.fired() {
                self.ticket = None;
                return Poll::Ready(());
            }
            t.update_waker(cx.waker());
            return Poll::Pending;
        }
        // Acquire: pairs with the Release of the `Add` that took the counter to zero.
        if counter(self.wg.s.state.load(Ordering::Acquire)) == 0 {
            return Poll::Ready(());
        }
        let mut q = self.wg.s.q.lock();
        let Some(t) = self.wg.enqueue(&mut q, Some(cx.waker())) else { return Poll::Ready(()) };
        drop(q);
        self.ticket = Some(t);
        Poll::Pending
    }
}

impl Drop for WaitGroupFut<'_> {
    fn drop(&mut self) {
        if let Some(t) = self.ticket.take() {
            self.wg.withdraw(t);
        }
    }
}
