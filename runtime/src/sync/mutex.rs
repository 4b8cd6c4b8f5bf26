//! Go's `sync.Mutex` and `sync.RWMutex`: explicit `lock`/`unlock`, any goroutine may unlock,
//! unlocking an unlocked one is a fatal error. Both are handles (Go's `*sync.Mutex`): `Clone`
//! shares, `Default` is a new unlocked one (Go's zero value), `==` is identity.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use std::sync::atomic::{AtomicU32, Ordering};

use super::waitq::{Ticket, WaitQueue, Wake};
use crate::chan::coop;
use std::sync::Arc;

use crate::facade::Lock;

/// The mutex word (Go's `sync.Mutex.state`, simplified). Orderings: the fast paths are
/// Acquire (lock) / Release (unlock) CASes; every slow-path update of the word is SeqCst and
/// made under the queue lock, so HAS_WAITERS/STARVING changes are totally ordered against the
/// unlock CAS that must see them.
const LOCKED: u32 = 1;
/// Starvation mode: unlock hands the lock to the first waiter; nobody barges in.
const STARVING: u32 = 2;
/// The wait queue is not empty (set and cleared under the queue lock).
const HAS_WAITERS: u32 = 4;
/// Go's `starvationThresholdNs`: a waiter blocked longer than this switches to hand-over.
const STARVATION_THRESHOLD: std::time::Duration = std::time::Duration::from_millis(1);

struct MInner {
    /// LOCKED | STARVING | HAS_WAITERS. The fast paths are one CAS on this word.
    state: AtomicU32,
    q: Lock<MQueue>,
}

struct MQueue {
    /// The waiter the lock was handed to and that has not taken it yet (0: none).
    handed: usize,
    q: WaitQueue,
}

impl MInner {
    /// One attempt to take the lock the normal way (not in starvation mode).
    #[inline]
    fn try_acquire(&self) -> bool {
        // Relaxed: a hint; the CAS below decides.
        let s = self.state.load(Ordering::Relaxed);
        // Acquire: the previous holder's critical section happens-before ours.
        s & (LOCKED | STARVING) == 0 && self.state.compare_exchange(s, s | LOCKED, Ordering::Acquire, Ordering::Relaxed).is_ok()
    }

    /// Go's active spinning: while the holder is running elsewhere, a few short spins before
    /// parking (only with more than one worker).
    fn spin_acquire(&self) -> bool {
        if crate::rt::gomaxprocs() < 2 {
            return false;
        }
        for _ in 0..4 {
            for _ in 0..30 {
                std::hint::spin_loop();
            }
            // Relaxed: a hint; `try_acquire` decides.
            if self.state.load(Ordering::Relaxed) & STARVING != 0 {
                return false;
            }
            if self.try_acquire() {
                return true;
            }
        }
        false
    }

    /// Slow path under the queue lock: take the lock if free, else queue a waiter. `front` and
    /// `starve` for a woken waiter that lost again (starve: it waited past the threshold).
    fn acquire_or_queue(&self, waker: Option<&std::task::Waker>, front: bool, starve: bool) -> Option<Ticket> {
        let mut q = self.q.lock();
        // SeqCst here and in `unlock`: the HAS_WAITERS store and the unlocker's CAS must be
        // totally ordered, or a release could miss this waiter.
        self.state.fetch_or(HAS_WAITERS, Ordering::SeqCst);
        if self.try_acquire() {
            if q.q.is_empty() {
                self.state.fetch_and(!HAS_WAITERS, Ordering::SeqCst);
            }
            return None;
        }
        if starve {
            self.state.fetch_or(STARVING, Ordering::SeqCst);
        }
        Some(if front { q.q.push_front(waker) } else { q.q.push(waker) })
    }

    fn unlock(&self) {
        // Release: our critical section happens-before the next holder's Acquire.
        if self.state.compare_exchange(LOCKED, 0, Ordering::Release, Ordering::Relaxed).is_ok() {
            return;
        }
        let w = {
            let mut q = self.q.lock();
            let s = self.state.load(Ordering::SeqCst);
            if s & LOCKED == 0 {
                drop(q);
                crate::rt::fatal("sync: unlock of unlocked mutex");
            }
            if s & STARVING != 0 {
                if let Some(w) = q.q.pop() {
                    // Hand over: LOCKED stays set, the waiter owns the lock when it wakes.
                    q.handed = w.id();
                    if q.q.is_empty() {
                        self.state.fetch_and(!(STARVING | HAS_WAITERS), Ordering::SeqCst);
                    }
                    drop(q);
                    w.wake();
                    return;
                }
                self.state.fetch_and(!STARVING, Ordering::SeqCst);
            }
            // Normal mode: free the lock and wake one waiter to compete for it.
            let w = q.q.pop();
            let clear = if q.q.is_empty() { HAS_WAITERS } else { 0 };
            self.state.fetch_and(!(LOCKED | clear), Ordering::SeqCst);
            w
        };
        if let Some(w) = w {
            w.wake();
        }
    }

    /// After a wake-up: whether the lock was handed to this waiter (it owns it now). Like Go,
    /// a hand-over to a waiter that waited less than the threshold ends starvation mode, so a
    /// busy mutex does not stay in hand-over (a convoy) once nobody is starving.
    fn take_handed(&self, t: &Ticket, since: Option<std::time::Instant>) -> bool {
        let mut q = self.q.lock();
        if q.handed == t.id() {
            q.handed = 0;
            if since.is_none_or(|s| s.elapsed() < STARVATION_THRESHOLD) || q.q.is_empty() {
                self.state.fetch_and(!STARVING, Ordering::SeqCst);
            }
            true
        } else {
            false
        }
    }
}

/// Go's `sync.Mutex`. Normal mode: a woken waiter competes with newcomers (and spins briefly
/// first), which keeps short critical sections fast under contention. Starvation mode (a waiter
/// blocked over 1 ms lost the race again): `unlock` hands the lock to the first waiter, so
/// nobody waits forever.
#[derive(Clone)]
pub struct Mutex {
    s: Arc<MInner>,
}

impl Default for Mutex {
    fn default() -> Self {
        Mutex::new()
    }
}

impl std::fmt::Debug for Mutex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("sync.Mutex")
    }
}

impl Mutex {
    pub fn new() -> Mutex {
        Mutex {
            s: Arc::new(MInner { state: AtomicU32::new(0), q: Lock::new(MQueue { handed: 0, q: WaitQueue::default() }) }),
        }
    }

    /// `mu.Lock()` in a goroutine or async code.
    pub async fn lock(&self) {
        self.check_nil();
        MutexLockFut { mu: self, ticket: None, since: None }.await
    }

    /// `mu.Lock()` on a plain OS thread.
    pub fn lock_blocking(&self) {
        self.check_nil();
        let mut since: Option<std::time::Instant> = None;
        loop {
            if self.s.try_acquire() || self.s.spin_acquire() {
                return;
            }
            let woken = since.is_some();
            let starve = since.is_some_and(|t| t.elapsed() > STARVATION_THRESHOLD);
            let Some(t) = self.s.acquire_or_queue(None, woken, starve) else { return };
            since.get_or_insert_with(std::time::Instant::now);
            t.wait_blocking();
            if self.s.take_handed(&t, since) {
                return;
            }
        }
    }

    /// `mu.TryLock()`.
    pub fn try_lock(&self) -> bool {
        self.s.try_acquire()
    }

    /// `mu.Unlock()`: fatal error if not locked.
    pub fn unlock(&self) {
        self.check_nil();
        self.s.unlock()
    }

    /// Go's copy of a `sync.Mutex` value (`f(mu)`, `m2 := mu`): a new mutex, locked if this
    /// one is locked now (its waiters stay with the original).
    pub fn go_copy(&self) -> Mutex {
        let m = Mutex::new();
        if self.is_locked() {
            m.s.try_acquire();
        }
        m
    }

    /// Whether two handles are the same mutex.
    pub fn ptr_eq(&self, other: &Mutex) -> bool {
        Arc::ptr_eq(&self.s, &other.s)
    }

    /// Whether the mutex is locked now (a snapshot, for printing).
    pub(crate) fn is_locked(&self) -> bool {
        // Relaxed: a snapshot for `fmt`; nothing is ordered by it.
        self.s.state.load(Ordering::Relaxed) & LOCKED != 0
    }

    /// The address of the shared state (Go's `&mu`).
    pub(crate) fn addr(&self) -> usize {
        Arc::as_ptr(&self.s) as usize
    }
}

/// Go compares `*sync.Mutex` values: identity.
impl PartialEq for Mutex {
    fn eq(&self, other: &Mutex) -> bool {
        self.ptr_eq(other)
    }
}
impl Eq for Mutex {}

/// The future of [`Mutex::lock`].
#[must_use = "lock does nothing unless awaited"]
struct MutexLockFut<'a> {
    mu: &'a Mutex,
    ticket: Option<Ticket>,
    /// When this lock call first queued (it has been woken at least once if set).
    since: Option<std::time::Instant>,
}

impl Future for MutexLockFut<'_> {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = &mut *self;
        let inner = &this.mu.s;
        if let Some(t) = &this.ticket {
            if !t.fired() {
                t.update_waker(cx.waker());
                return Poll::Pending;
            }
            let handed = inner.take_handed(t, this.since);
            this.ticket = None;
            if handed {
                return Poll::Ready(());
            }
        } else {
            // A lock that never blocks still spends the cooperative budget (Go preempts a
            // goroutine spinning on Lock/Unlock).
            std::task::ready!(coop(cx));
            if inner.try_acquire() || inner.spin_acquire() {
                return Poll::Ready(());
            }
        }
        if inner.try_acquire() {
            return Poll::Ready(());
        }
        let woken = this.since.is_some();
        let starve = this.since.is_some_and(|t| t.elapsed() > STARVATION_THRESHOLD);
        match inner.acquire_or_queue(Some(cx.waker()), woken, starve) {
            None => Poll::Ready(()),
            Some(t) => {
                this.since.get_or_insert_with(std::time::Instant::now);
                this.ticket = Some(t);
                Poll::Pending
            }
        }
    }
}

impl Drop for MutexLockFut<'_> {
    fn drop(&mut self) {
        if let Some(t) = self.ticket.take() {
            let inner = &self.mu.s;
            let cancelled = {
                let mut q = inner.q.lock();
                let c = t.cancel(&mut q.q);
                if c && q.q.is_empty() {
                    inner.state.fetch_and(!HAS_WAITERS, Ordering::SeqCst);
                }
                c
            };
            if !cancelled {
                if inner.take_handed(&t, self.since) {
                    // Handed the lock but never took it: release it again.
                    inner.unlock();
                } else {
                    // A wake-up this waiter will not use: pass it on if the lock is free.
                    let w = {
                        let mut q = inner.q.lock();
                        if inner.state.load(Ordering::SeqCst) & LOCKED == 0 { q.q.pop() } else { None }
                    };
                    if let Some(w) = w {
                        w.wake();
                    }
                }
            }
        }
    }
}

struct RwState {
    readers: i64,
    writer: bool,
    rq: WaitQueue,
    wq: WaitQueue,
}

impl RwState {
    /// Hands the lock to waiting readers (all) or else one waiting writer. Lock is free.
    fn grant(&mut self) -> Vec<Wake> {
        let readers = self.rq.pop_all();
        if !readers.is_empty() {
            self.readers += readers.len() as i64;
            return readers;
        }
        match self.wq.pop() {
            Some(w) => {
                self.writer = true;
                vec![w]
            }
            None => Vec::new(),
        }
    }
}

/// Go's `sync.RWMutex`: many readers or one writer; a waiting writer blocks new readers.
/// Waiters are handed the lock in FIFO order (readers as a group).
#[derive(Clone)]
pub struct RWMutex {
    s: Arc<Lock<RwState>>,
}

impl Default for RWMutex {
    fn default() -> Self {
        RWMutex::new()
    }
}

impl std::fmt::Debug for RWMutex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("sync.RWMutex")
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Read,
    Write,
}

impl RWMutex {
    pub fn new() -> RWMutex {
        RWMutex {
            s: Arc::new(Lock::new(RwState { readers: 0, writer: false, rq: WaitQueue::default(), wq: WaitQueue::default() })),
        }
    }

    /// `rw.RLock()`.
    pub async fn r_lock(&self) {
        self.check_nil();
        RwLockFut { rw: self, mode: Mode::Read, ticket: None }.await
    }

    /// `rw.Lock()`.
    pub async fn lock(&self) {
        self.check_nil();
        RwLockFut { rw: self, mode: Mode::Write, ticket: None }.await
    }

    /// `rw.RLocker()`: a `Locker` whose `Lock`/`Unlock` are `rw`'s `RLock`/`RUnlock`.
    pub fn r_locker(&self) -> crate::value::Iface<dyn super::Locker> {
        crate::value::Iface::new(Arc::new(super::RLocker(self.clone())))
    }

    /// Go's copy of a `sync.RWMutex` value: a new one with this one's writer and readers.
    pub fn go_copy(&self) -> RWMutex {
        let (writer, readers) = self.snapshot();
        RWMutex { s: Arc::new(Lock::new(RwState { readers, writer, rq: WaitQueue::default(), wq: WaitQueue::default() })) }
    }

    /// Whether two handles are the same RWMutex.
    pub fn ptr_eq(&self, other: &RWMutex) -> bool {
        Arc::ptr_eq(&self.s, &other.s)
    }

    /// The address of the shared state (Go's `&rw`).
    pub(crate) fn addr(&self) -> usize {
        Arc::as_ptr(&self.s) as usize
    }

    /// `(writer held, readers)` now (a snapshot, for printing).
    pub(crate) fn snapshot(&self) -> (bool, i64) {
        let st = self.s.lock();
        (st.writer, st.readers)
    }

    fn try_mode(&self, mode: Mode, waker: Option<&std::task::Waker>) -> Option<Ticket> {
        let mut st = self.s.lock();
        match mode {
            Mode::Read if !st.writer && st.wq.is_empty() => {
                st.readers += 1;
                None
            }
            Mode::Write if !st.writer && st.readers == 0 => {
                st.writer = true;
                None
            }
            Mode::Read => Some(st.rq.push(waker)),
            Mode::Write => Some(st.wq.push(waker)),
        }
    }

    /// `rw.RLock()` on a plain OS thread.
    pub fn r_lock_blocking(&self) {
        if let Some(t) = self.try_mode(Mode::Read, None) {
            t.wait_blocking();
        }
    }

    /// `rw.Lock()` on a plain OS thread.
    pub fn lock_blocking(&self) {
        if let Some(t) = self.try_mode(Mode::Write, None) {
            t.wait_blocking();
        }
    }

    /// `rw.TryRLock()`.
    pub fn try_r_lock(&self) -> bool {
        let mut st = self.s.lock();
        if !st.writer && st.wq.is_empty() {
            st.readers += 1;
            true
        } else {
            false
        }
    }

    /// `rw.TryLock()`.
    pub fn try_lock(&self) -> bool {
        let mut st = self.s.lock();
        if !st.writer && st.readers == 0 {
            st.writer = true;
            true
        } else {
            false
        }
    }

    /// `rw.RUnlock()`: fatal error if not read-locked.
    pub fn r_unlock(&self) {
        let ws = {
            let mut st = self.s.lock();
            if st.readers <= 0 {
                drop(st);
                crate::rt::fatal("sync: RUnlock of unlocked RWMutex");
            }
            st.readers -= 1;
            if st.readers == 0 {
                match st.wq.pop() {
                    Some(w) => {
                        st.writer = true;
                        vec![w]
                    }
                    None => Vec::new(),
                }
            } else {
                Vec::new()
            }
        };
        super::waitq::wake_all(ws);
    }

    /// `rw.Unlock()`: fatal error if not write-locked.
    pub fn unlock(&self) {
        let ws = {
            let mut st = self.s.lock();
            if !st.writer {
                drop(st);
                crate::rt::fatal("sync: Unlock of unlocked RWMutex");
            }
            st.writer = false;
            st.grant()
        };
        super::waitq::wake_all(ws);
    }
}

/// Go compares `*sync.RWMutex` values: identity.
impl PartialEq for RWMutex {
    fn eq(&self, other: &RWMutex) -> bool {
        self.ptr_eq(other)
    }
}
impl Eq for RWMutex {}

/// The future of [`RWMutex::lock`] and [`RWMutex::r_lock`].
#[must_use = "lock does nothing unless awaited"]
struct RwLockFut<'a> {
    rw: &'a RWMutex,
    mode: Mode,
    ticket: Option<Ticket>,
}

impl Future for RwLockFut<'_> {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        match &self.ticket {
            // Woken means granted: the waker already counted this reader or made it the writer.
            Some(t) if t.fired() => {
                self.ticket = None;
                Poll::Ready(())
            }
            Some(t) => {
                t.update_waker(cx.waker());
                Poll::Pending
            }
            None => match self.rw.try_mode(self.mode, Some(cx.waker())) {
                None => Poll::Ready(()),
                Some(t) => {
                    self.ticket = Some(t);
                    Poll::Pending
                }
            },
        }
    }
}

impl Drop for RwLockFut<'_> {
    fn drop(&mut self) {
        if let Some(t) = self.ticket.take() {
            let cancelled = {
                let mut st = self.rw.s.lock();
                let q = if self.mode == Mode::Read { &mut st.rq } else { &mut st.wq };
                t.cancel(q)
            };
            if !cancelled {
                // Granted but never used: give it back.
                match self.mode {
                    Mode::Read => self.rw.r_unlock(),
                    Mode::Write => self.rw.unlock(),
                }
            }
        }
    }
}
