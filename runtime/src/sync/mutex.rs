//! Go's `sync.Mutex` and `sync.RWMutex`: explicit `lock`/`unlock`, any goroutine may unlock,
//! unlocking an unlocked one is a fatal error. Both are handles: `Clone` shares, `Default` is a
//! new unlocked one (Go's zero value).

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use super::waitq::{Ticket, WaitQueue, Wake};
use crate::chan::{coop, made_progress};
use std::sync::Arc;

use crate::facade::Lock;

struct MState {
    locked: bool,
    /// Go's starvation mode: a woken waiter lost the race; unlock now hands the lock over.
    starving: bool,
    /// The waiter the lock was handed to and that has not taken it yet (0: none).
    handed: usize,
    q: WaitQueue,
}

impl MState {
    /// Releases the lock: hands it to the first waiter in starvation mode, else frees it and
    /// wakes the first waiter to compete for it.
    fn release(&mut self) -> Option<Wake> {
        if self.starving {
            if let Some(w) = self.q.pop() {
                self.handed = w.id();
                if self.q.is_empty() {
                    self.starving = false;
                }
                return Some(w);
            }
            self.starving = false;
        }
        self.locked = false;
        self.q.pop()
    }
}

/// Go's `sync.Mutex`. Normal mode: a woken waiter competes with newcomers, which keeps short
/// critical sections fast under contention. Starvation mode (a woken waiter lost the race):
/// `unlock` hands the lock to the first waiter, so nobody waits forever.
#[derive(Clone)]
pub struct Mutex {
    s: Arc<Lock<MState>>,
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
        Mutex { s: Arc::new(Lock::new(MState { locked: false, starving: false, handed: 0, q: WaitQueue::default() })) }
    }

    /// `mu.Lock()` in a goroutine or async code.
    pub fn lock(&self) -> MutexLockFut<'_> {
        MutexLockFut { mu: self, ticket: None, retried: false }
    }

    /// `mu.Lock()` on a plain OS thread.
    pub fn lock_blocking(&self) {
        let mut retried = false;
        loop {
            let t = {
                let mut st = self.s.lock();
                if !st.locked {
                    st.locked = true;
                    return;
                }
                if retried {
                    st.starving = true;
                    st.q.push_front(None)
                } else {
                    st.q.push(None)
                }
            };
            t.wait_blocking();
            let mut st = self.s.lock();
            if st.handed == t.id() {
                st.handed = 0;
                return;
            }
            retried = true;
        }
    }

    /// `mu.TryLock()`.
    pub fn try_lock(&self) -> bool {
        let mut st = self.s.lock();
        if st.locked {
            false
        } else {
            st.locked = true;
            true
        }
    }

    /// `mu.Unlock()`: fatal error if not locked.
    pub fn unlock(&self) {
        let w = {
            let mut st = self.s.lock();
            if !st.locked {
                drop(st);
                crate::rt::fatal("sync: unlock of unlocked mutex");
            }
            st.release()
        };
        if let Some(w) = w {
            w.wake();
        }
    }

    /// Whether two handles are the same mutex.
    pub fn ptr_eq(&self, other: &Mutex) -> bool {
        Arc::ptr_eq(&self.s, &other.s)
    }
}

/// The future of [`Mutex::lock`].
#[must_use = "lock does nothing unless awaited"]
pub struct MutexLockFut<'a> {
    mu: &'a Mutex,
    ticket: Option<Ticket>,
    /// Woken once already and lost the race.
    retried: bool,
}

impl Future for MutexLockFut<'_> {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = &mut *self;
        let mut st = if let Some(t) = &this.ticket {
            if !t.fired() {
                t.update_waker(cx.waker());
                return Poll::Pending;
            }
            let st = this.mu.s.lock();
            let id = t.id();
            this.ticket = None;
            let mut st = st;
            if st.handed == id {
                // Handed over in starvation mode: the lock is ours.
                st.handed = 0;
                return Poll::Ready(());
            }
            this.retried = true;
            st
        } else {
            // A lock that never blocks still spends the cooperative budget (Go preempts a
            // goroutine spinning on Lock/Unlock).
            let restore = std::task::ready!(coop(cx));
            let mut st = this.mu.s.lock();
            if !st.locked {
                st.locked = true;
                made_progress(restore);
                return Poll::Ready(());
            }
            st
        };
        if !st.locked {
            st.locked = true;
            return Poll::Ready(());
        }
        let t = if this.retried {
            st.starving = true;
            st.q.push_front(Some(cx.waker()))
        } else {
            st.q.push(Some(cx.waker()))
        };
        drop(st);
        this.ticket = Some(t);
        Poll::Pending
    }
}

impl Drop for MutexLockFut<'_> {
    fn drop(&mut self) {
        if let Some(t) = self.ticket.take() {
            let mut st = self.mu.s.lock();
            let w = if t.cancel(&mut st.q) {
                None
            } else if st.handed == t.id() {
                // Handed the lock but never took it: release it again.
                st.handed = 0;
                st.release()
            } else if !st.locked {
                // A wake-up this waiter will not use goes to the next waiter.
                st.q.pop()
            } else {
                None
            };
            drop(st);
            if let Some(w) = w {
                w.wake();
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
    pub fn rlock(&self) -> RwLockFut<'_> {
        RwLockFut { rw: self, mode: Mode::Read, ticket: None }
    }

    /// `rw.Lock()`.
    pub fn lock(&self) -> RwLockFut<'_> {
        RwLockFut { rw: self, mode: Mode::Write, ticket: None }
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
    pub fn rlock_blocking(&self) {
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
    pub fn try_rlock(&self) -> bool {
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
    pub fn runlock(&self) {
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

/// The future of [`RWMutex::lock`] and [`RWMutex::rlock`].
#[must_use = "lock does nothing unless awaited"]
pub struct RwLockFut<'a> {
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
                    Mode::Read => self.rw.runlock(),
                    Mode::Write => self.rw.unlock(),
                }
            }
        }
    }
}
