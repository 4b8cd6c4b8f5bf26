//! Go channels: `make(chan T, n)`, send, receive (with `ok`), `close`, `len`, `cap`, nil
//! channels, and the [`select`] primitive.
//!
//! Follows Go's `runtime/chan.go`: one lock per channel, a FIFO ring buffer, FIFO queues of
//! blocked senders and receivers, direct hand-off to a waiting receiver (so capacity 0 is a
//! rendezvous), and `close` waking every waiter (receivers get the zero value and `false`;
//! blocked senders panic). A nil channel is a real state of the handle and is never ready.
//!
//! Every blocking operation exists as a future (`send`, `recv`, …; `.await` in goroutines and
//! async code) and as a blocking call for plain OS threads (`send_blocking`, …); both work on
//! the same channel and wait in the same queues.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use crate::facade::{Arc, Lock};

pub mod select;
pub(crate) mod waiter;

pub use select::{RecvCase, SelectCase, SendCase, select, select_blocking, try_select};
use waiter::{Finish, Hook, Waiter, WaiterRef};

/// Go's `chan T`. Cloning shares the channel; `==` and `Hash` are by identity, as in Go.
/// The zero value (`Default`) is the nil channel.
pub struct Chan<T> {
    inner: Option<Arc<Inner<T>>>,
}

pub(crate) struct Inner<T> {
    cap: usize,
    /// Unique per channel, increasing in creation order on each thread: `select`'s lock order
    /// (Go locks by address; a number fixed at creation keeps the order the same from run to
    /// run, whatever the allocator hands out, which loom's model checking needs).
    seq: u64,
    /// A Go 1.23+ timer channel: buffers one value internally, reports `len`/`cap` 0.
    timer: bool,
    state: Lock<State<T>>,
    /// What must live as long as the channel (a timer channel's timer: once the last handle
    /// of the channel is gone, the timer is dropped and its task aborted, as Go 1.23 collects
    /// unreferenced timers).
    keepalive: std::sync::OnceLock<std::sync::Arc<dyn std::any::Any + Send + Sync>>,
}

/// A handle that does not keep the channel alive (held by a timer's task).
#[cfg(not(loom))]
pub(crate) struct WeakChan<T>(std::sync::Weak<Inner<T>>);

/// (loom's `Arc` has no `Weak`; loom tests use no timers.)
#[cfg(loom)]
pub(crate) struct WeakChan<T>(Chan<T>);

impl<T: Send + 'static> WeakChan<T> {
    #[cfg(not(loom))]
    pub(crate) fn upgrade(&self) -> Option<Chan<T>> {
        self.0.upgrade().map(|i| Chan { inner: Some(i) })
    }
    #[cfg(loom)]
    pub(crate) fn upgrade(&self) -> Option<Chan<T>> {
        Some(self.0.clone())
    }
}

pub(crate) struct State<T> {
    buf: VecDeque<T>,
    closed: bool,
    recvq: VecDeque<Arc<Hook<T>>>,
    sendq: VecDeque<Arc<Hook<T>>>,
    /// Queue lengths at which stale hooks (of selects that fired elsewhere) are swept out.
    recv_sweep_at: usize,
    send_sweep_at: usize,
}

/// Smallest queue length that triggers a sweep of stale hooks.
const SWEEP_MIN: usize = 16;

/// A claimed hook to finish (publish `done`, wake its owner) once the channel lock is released.
#[cfg(not(loom))]
pub(crate) struct Wakeup(Arc<dyn Finish>);

/// (loom's `Arc` does not unsize: box the typed handle instead.)
#[cfg(loom)]
pub(crate) struct Wakeup(Box<dyn Finish>);

impl Wakeup {
    #[cfg(not(loom))]
    fn of<T: Send + 'static>(hook: Arc<Hook<T>>) -> Wakeup {
        Wakeup(hook)
    }
    #[cfg(loom)]
    fn of<T: Send + 'static>(hook: Arc<Hook<T>>) -> Wakeup {
        Wakeup(Box::new(hook))
    }
    pub(crate) fn wake(self) {
        self.0.finish()
    }
}

pub(crate) enum SendTry<T> {
    Sent(Option<Wakeup>),
    Full(T),
    Closed(T),
}

pub(crate) enum RecvTry<T> {
    Got(T, Option<Wakeup>),
    Closed,
    Empty,
}

impl<T: Send + 'static> State<T> {
    /// Go's `chansend` fast path under the lock: hand off to a waiting receiver, else buffer.
    pub(crate) fn try_send(&mut self, cap: usize, v: T) -> SendTry<T> {
        if self.closed {
            return SendTry::Closed(v);
        }
        while let Some(hook) = self.recvq.pop_front() {
            if hook.waiter().try_claim(hook.case) {
                // SAFETY: this claim won the hook's waiter; the slot is ours until `finish`.
                unsafe { hook.put(v) };
                return SendTry::Sent(Some(Wakeup::of(hook)));
            }
            // Stale entry: its select fired elsewhere or was dropped; discard it.
        }
        if self.buf.len() < cap {
            self.buf.push_back(v);
            return SendTry::Sent(None);
        }
        SendTry::Full(v)
    }

    /// Go's `chanrecv` fast path under the lock: buffer first (refilled from a waiting sender),
    /// else take directly from a waiting sender, else closed, else empty.
    pub(crate) fn try_recv(&mut self) -> RecvTry<T> {
        if let Some(v) = self.buf.pop_front() {
            while let Some(hook) = self.sendq.pop_front() {
                if hook.waiter().try_claim(hook.case) {
                    // SAFETY: this claim won the hook's waiter; the slot is ours until `finish`.
                    let sv = unsafe { hook.take() }.expect("blocked sender holds its value");
                    self.buf.push_back(sv);
                    return RecvTry::Got(v, Some(Wakeup::of(hook)));
                }
            }
            return RecvTry::Got(v, None);
        }
        while let Some(hook) = self.sendq.pop_front() {
            if hook.waiter().try_claim(hook.case) {
                // SAFETY: this claim won the hook's waiter; the slot is ours until `finish`.
                let v = unsafe { hook.take() }.expect("blocked sender holds its value");
                return RecvTry::Got(v, Some(Wakeup::of(hook)));
            }
        }
        if self.closed { RecvTry::Closed } else { RecvTry::Empty }
    }

    fn remove_hook(queue: &mut VecDeque<Arc<Hook<T>>>, hook: &Arc<Hook<T>>) {
        if let Some(i) = queue.iter().position(|h| Arc::ptr_eq(h, hook)) {
            queue.remove(i);
        }
    }

    pub(crate) fn remove_recv(&mut self, hook: &Arc<Hook<T>>) {
        Self::remove_hook(&mut self.recvq, hook)
    }

    pub(crate) fn remove_send(&mut self, hook: &Arc<Hook<T>>) {
        Self::remove_hook(&mut self.sendq, hook)
    }

    /// Queues `hook`. A select that fires leaves its other cases' hooks queued (stale) rather
    /// than locking every channel again; counterparts discard them as they meet them, and a
    /// queue that doubles since its last sweep is swept, so stale hooks stay within a constant
    /// factor of live ones (amortised O(1) per push).
    fn push_hook(queue: &mut VecDeque<Arc<Hook<T>>>, sweep_at: &mut usize, hook: Arc<Hook<T>>) {
        if queue.len() >= *sweep_at {
            queue.retain(|h| h.waiter().is_waiting());
            *sweep_at = (2 * queue.len()).max(SWEEP_MIN);
        }
        queue.push_back(hook)
    }

    pub(crate) fn push_recv(&mut self, hook: Arc<Hook<T>>) {
        Self::push_hook(&mut self.recvq, &mut self.recv_sweep_at, hook)
    }

    pub(crate) fn push_send(&mut self, hook: Arc<Hook<T>>) {
        Self::push_hook(&mut self.sendq, &mut self.send_sweep_at, hook)
    }
}

impl<T> Inner<T> {
    pub(crate) fn lock(&self) -> &Lock<State<T>> {
        &self.state
    }
    pub(crate) fn cap(&self) -> usize {
        self.cap
    }
    fn addr(&self) -> usize {
        self as *const Self as usize
    }
    pub(crate) fn seq(&self) -> u64 {
        self.seq
    }
}

/// A fresh channel sequence number: from this thread's batch, refilled from a global counter
/// (one shared atomic operation per 64 channels). Never 0 (a nil channel's key).
fn next_seq() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    const BATCH: u64 = 64;
    thread_local! {
        static CACHE: std::cell::Cell<(u64, u64)> = const { std::cell::Cell::new((0, 0)) };
    }
    CACHE.with(|c| {
        let (next, end) = c.get();
        if next < end {
            c.set((next + 1, end));
            return next;
        }
        // Relaxed: the numbers need only be unique.
        let base = NEXT.fetch_add(BATCH, std::sync::atomic::Ordering::Relaxed);
        c.set((base + 1, base + BATCH));
        base
    })
}

fn wake(w: Option<Wakeup>) {
    if let Some(w) = w {
        w.wake()
    }
}

pub(crate) fn panic_send_closed() -> ! {
    crate::panic::runtime_panic("send on closed channel")
}

impl<T: Send + 'static> Chan<T> {
    /// Go's `make(chan T, cap)`. Panics like Go for a negative capacity.
    pub fn make(cap: i64) -> Chan<T> {
        Self::make_with(cap, false)
    }

    fn make_with(cap: i64, timer: bool) -> Chan<T> {
        if cap < 0 {
            crate::panic::runtime_panic("makechan: size out of range");
        }
        let cap = cap as usize;
        let state = State {
            buf: VecDeque::with_capacity(cap.min(1024)),
            closed: false,
            recvq: VecDeque::new(),
            sendq: VecDeque::new(),
            recv_sweep_at: SWEEP_MIN,
            send_sweep_at: SWEEP_MIN,
        };
        Chan { inner: Some(Arc::new(Inner { cap, seq: next_seq(), timer, state: Lock::new(state), keepalive: std::sync::OnceLock::new() })) }
    }

    /// A timer's channel (`time.NewTimer(d).C`): one buffered value, `len`/`cap` report 0.
    pub(crate) fn make_timer() -> Chan<T> {
        Self::make_with(1, true)
    }

    /// A handle that does not keep the channel alive.
    #[cfg(not(loom))]
    pub(crate) fn downgrade(&self) -> WeakChan<T> {
        WeakChan(self.inner.as_ref().map_or_else(std::sync::Weak::new, Arc::downgrade))
    }

    #[cfg(loom)]
    pub(crate) fn downgrade(&self) -> WeakChan<T> {
        WeakChan(self.clone())
    }

    /// Ties `k`'s lifetime to the channel's (set once).
    pub(crate) fn set_keepalive(&self, k: std::sync::Arc<dyn std::any::Any + Send + Sync>) {
        if let Some(i) = &self.inner {
            let _ = i.keepalive.set(k);
        }
    }

    /// The nil channel: send and receive block forever, `close` panics, never ready in select.
    pub const fn nil() -> Chan<T> {
        Chan { inner: None }
    }

    /// Whether this is the nil channel.
    pub fn is_nil(&self) -> bool {
        self.inner.is_none()
    }

    /// An identity for printing (`%v` / `%p` of a channel) and hashing: the channel's address,
    /// 0 for nil.
    pub fn addr(&self) -> usize {
        self.inner.as_ref().map_or(0, |i| i.addr())
    }

    /// Whether a goroutine may be blocked receiving from this channel (deadlock detection's
    /// question about a timer's channel). True when the channel's lock is held by someone
    /// else (maybe that very goroutine, queueing itself): the answer must err towards "may".
    pub(crate) fn may_have_receiver(&self) -> bool {
        let Some(inner) = &self.inner else { return false };
        match inner.lock().try_lock() {
            Some(st) => st.recvq.iter().any(|h| h.waiter().is_waiting()),
            None => true,
        }
    }

    pub(crate) fn inner(&self) -> Option<&Inner<T>> {
        self.inner.as_deref()
    }

    /// Go's `len(ch)`: values buffered now.
    pub fn len(&self) -> i64 {
        match &self.inner {
            None => 0,
            Some(i) if i.timer => 0,
            Some(i) => i.state.lock().buf.len() as i64,
        }
    }

    /// Whether nothing is buffered (Go has no such builtin; `len(ch) == 0`).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// (Tests only.) Entries in the receive and send queues, stale ones included.
    #[doc(hidden)]
    pub fn __queued(&self) -> (usize, usize) {
        self.inner.as_ref().map_or((0, 0), |i| {
            let st = i.state.lock();
            (st.recvq.len(), st.sendq.len())
        })
    }

    /// Go's `cap(ch)`.
    pub fn cap(&self) -> i64 {
        self.inner.as_ref().map_or(0, |i| if i.timer { 0 } else { i.cap as i64 })
    }

    /// Go's `close(ch)`: panics on a nil or already-closed channel. Wakes every blocked
    /// receiver (zero value, `false`) and every blocked sender (which then panics).
    pub fn close(&self) {
        let Some(inner) = &self.inner else { crate::panic::runtime_panic("close of nil channel") };
        let mut wakeups = Vec::new();
        {
            let mut st = inner.state.lock();
            if st.closed {
                drop(st);
                crate::panic::runtime_panic("close of closed channel");
            }
            st.closed = true;
            // A receiver's empty slot and a sender's still-full slot tell their owners that
            // the channel closed.
            for hook in std::mem::take(&mut st.recvq) {
                if hook.waiter().try_claim(hook.case) {
                    wakeups.push(Wakeup::of(hook));
                }
            }
            for hook in std::mem::take(&mut st.sendq) {
                if hook.waiter().try_claim(hook.case) {
                    wakeups.push(Wakeup::of(hook));
                }
            }
        }
        for w in wakeups {
            w.wake();
        }
    }

    /// `ch <- v` in a goroutine or async code.
    pub fn send(&self, v: T) -> SendFut<'_, T> {
        SendFut { chan: self, value: Some(v), hook: None }
    }

    /// `<-ch` in a goroutine or async code: the value, or `None` once closed and drained
    /// (`for v := range ch` is `while let Some(v) = ch.recv_opt().await`).
    pub fn recv_opt(&self) -> RecvFut<'_, T> {
        RecvFut { chan: self, hook: None }
    }

    /// `<-ch`: the value, or the zero value once closed and drained.
    pub async fn recv(&self) -> T
    where
        T: Default,
    {
        self.recv_opt().await.unwrap_or_default()
    }

    /// `v, ok := <-ch`.
    pub async fn recv_ok(&self) -> (T, bool)
    where
        T: Default,
    {
        match self.recv_opt().await {
            Some(v) => (v, true),
            None => (T::default(), false),
        }
    }

    /// Non-blocking send (`select` with one send case and `default`): `Ok(())` if sent, `Err(v)`
    /// if it would block. Panics if the channel is closed.
    pub fn try_send(&self, v: T) -> Result<(), T> {
        let Some(inner) = &self.inner else { return Err(v) };
        let r = inner.state.lock().try_send(inner.cap, v);
        match r {
            SendTry::Sent(w) => {
                wake(w);
                Ok(())
            }
            SendTry::Full(v) => Err(v),
            SendTry::Closed(_) => panic_send_closed(),
        }
    }

    /// Non-blocking receive: `Some(Some(v))` received, `Some(None)` closed and drained, `None`
    /// would block.
    pub fn try_recv(&self) -> Option<Option<T>> {
        let inner = self.inner.as_ref()?;
        let r = inner.state.lock().try_recv();
        match r {
            RecvTry::Got(v, w) => {
                wake(w);
                Some(Some(v))
            }
            RecvTry::Closed => Some(None),
            RecvTry::Empty => None,
        }
    }

    /// `ch <- v` on a plain OS thread.
    pub fn send_blocking(&self, v: T) {
        let Some(inner) = &self.inner else { block_forever_blocking() };
        let hook = {
            let mut st = inner.state.lock();
            match st.try_send(inner.cap, v) {
                SendTry::Sent(w) => {
                    drop(st);
                    wake(w);
                    return;
                }
                SendTry::Closed(_) => {
                    drop(st);
                    panic_send_closed()
                }
                SendTry::Full(v) => {
                    let hook = Hook::new(WaiterRef::Own(Waiter::new(None)), 0, Some(v));
                    st.push_send(hook.clone());
                    hook
                }
            }
        };
        hook.waiter().wait_blocking();
        // SAFETY: the owner after `done`.
        if unsafe { hook.take() }.is_some() {
            panic_send_closed()
        }
    }

    /// `<-ch` on a plain OS thread: the value, or `None` once closed and drained.
    pub fn recv_opt_blocking(&self) -> Option<T> {
        let Some(inner) = &self.inner else { block_forever_blocking() };
        let hook = {
            let mut st = inner.state.lock();
            match st.try_recv() {
                RecvTry::Got(v, w) => {
                    drop(st);
                    wake(w);
                    return Some(v);
                }
                RecvTry::Closed => return None,
                RecvTry::Empty => {
                    let hook = Hook::new(WaiterRef::Own(Waiter::new(None)), 0, None);
                    st.push_recv(hook.clone());
                    hook
                }
            }
        };
        hook.waiter().wait_blocking();
        // SAFETY: the owner after `done`.
        unsafe { hook.take() }
    }

    /// `<-ch` on a plain OS thread: the value, or the zero value once closed and drained.
    pub fn recv_blocking(&self) -> T
    where
        T: Default,
    {
        self.recv_opt_blocking().unwrap_or_default()
    }

    /// `v, ok := <-ch` on a plain OS thread.
    pub fn recv_ok_blocking(&self) -> (T, bool)
    where
        T: Default,
    {
        match self.recv_opt_blocking() {
            Some(v) => (v, true),
            None => (T::default(), false),
        }
    }
}

/// Parks a plain thread forever (an operation on a nil channel), counted as parked for
/// deadlock detection.
fn block_forever_blocking() -> ! {
    let waiter = Waiter::new(None);
    loop {
        waiter.wait_blocking();
    }
}

impl<T> Clone for Chan<T> {
    fn clone(&self) -> Self {
        Chan { inner: self.inner.clone() }
    }
}

impl<T> Default for Chan<T> {
    fn default() -> Self {
        Chan { inner: None }
    }
}

impl<T> PartialEq for Chan<T> {
    fn eq(&self, other: &Self) -> bool {
        match (&self.inner, &other.inner) {
            (None, None) => true,
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl<T> Eq for Chan<T> {}

impl<T> std::hash::Hash for Chan<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let addr = self.inner.as_ref().map_or(0, |i| Arc::as_ptr(i) as usize);
        addr.hash(state)
    }
}

impl<T> std::fmt::Debug for Chan<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.inner {
            None => write!(f, "<nil>"),
            Some(i) => write!(f, "{:#x}", Arc::as_ptr(i) as usize),
        }
    }
}

/// Cooperative budget: a goroutine whose channel operations never block still yields every
/// `crate::rt::BUDGET` operations (Go preempts such loops). A plain thread-local counter,
/// spent as an operation starts (one access; tokio's own coop budget cost a quarter of a
/// buffered channel operation): an operation that then parks spends nothing that matters,
/// since every poll of a goroutine starts with a full budget.
#[cfg(not(loom))]
#[inline]
pub(crate) fn coop(cx: &mut Context<'_>) -> Poll<()> {
    if crate::rt::budget_take() {
        cx.waker().wake_by_ref();
        return Poll::Pending;
    }
    Poll::Ready(())
}

#[cfg(loom)]
pub(crate) fn coop(_cx: &mut Context<'_>) -> Poll<()> {
    Poll::Ready(())
}

/// The future of [`Chan::send`]. Dropping it while blocked withdraws the send.
#[must_use = "a send does nothing unless awaited"]
pub struct SendFut<'a, T: Send + 'static> {
    chan: &'a Chan<T>,
    value: Option<T>,
    hook: Option<Arc<Hook<T>>>,
}

// The value is never pinned structurally: it is moved into the channel.
impl<T: Send + 'static> Unpin for SendFut<'_, T> {}

impl<T: Send + 'static> Future for SendFut<'_, T> {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = &mut *self;
        if let Some(hook) = &this.hook {
            if hook.waiter().fired().is_none() {
                hook.waiter().update_waker(cx.waker());
                return Poll::Pending;
            }
            let hook = this.hook.take().expect("checked above");
            // SAFETY: the owner after `done`.
            if unsafe { hook.take() }.is_some() {
                panic_send_closed();
            }
            return Poll::Ready(());
        }
        std::task::ready!(coop(cx));
        let Some(inner) = &this.chan.inner else {
            // A nil channel: park forever (counted for deadlock detection).
            let waiter = Waiter::new(Some(cx.waker()));
            this.hook = Some(Hook::new(WaiterRef::Own(waiter), 0, None));
            return Poll::Pending;
        };
        let v = this.value.take().expect("SendFut polled after completion");
        let mut st = inner.state.lock();
        match st.try_send(inner.cap, v) {
            SendTry::Sent(w) => {
                drop(st);
                wake(w);
                Poll::Ready(())
            }
            SendTry::Closed(_) => {
                drop(st);
                panic_send_closed()
            }
            SendTry::Full(v) => {
                let hook = Hook::new(WaiterRef::Own(Waiter::new(Some(cx.waker()))), 0, Some(v));
                st.push_send(hook.clone());
                drop(st);
                this.hook = Some(hook);
                Poll::Pending
            }
        }
    }
}

impl<T: Send + 'static> Drop for SendFut<'_, T> {
    fn drop(&mut self) {
        if let Some(hook) = self.hook.take() {
            if hook.waiter().try_abort() {
                if let Some(inner) = &self.chan.inner {
                    inner.state.lock().remove_send(&hook);
                }
            }
        }
    }
}

/// The future of [`Chan::recv_opt`]: `Some(v)`, or `None` once closed and drained. Dropping it
/// while blocked withdraws the receive; a value already handed to it is then lost, so drop a
/// pending receive only when the program is done with the channel.
#[must_use = "a receive does nothing unless awaited"]
pub struct RecvFut<'a, T: Send + 'static> {
    chan: &'a Chan<T>,
    hook: Option<Arc<Hook<T>>>,
}

impl<T: Send + 'static> Future for RecvFut<'_, T> {
    type Output = Option<T>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        let this = &mut *self;
        if let Some(hook) = &this.hook {
            if hook.waiter().fired().is_none() {
                hook.waiter().update_waker(cx.waker());
                return Poll::Pending;
            }
            let hook = this.hook.take().expect("checked above");
            // SAFETY: the owner after `done`.
            return Poll::Ready(unsafe { hook.take() });
        }
        std::task::ready!(coop(cx));
        let Some(inner) = &this.chan.inner else {
            let waiter = Waiter::new(Some(cx.waker()));
            this.hook = Some(Hook::new(WaiterRef::Own(waiter), 0, None));
            return Poll::Pending;
        };
        let mut st = inner.state.lock();
        match st.try_recv() {
            RecvTry::Got(v, w) => {
                drop(st);
                wake(w);
                Poll::Ready(Some(v))
            }
            RecvTry::Closed => Poll::Ready(None),
            RecvTry::Empty => {
                let hook = Hook::new(WaiterRef::Own(Waiter::new(Some(cx.waker()))), 0, None);
                st.push_recv(hook.clone());
                drop(st);
                this.hook = Some(hook);
                Poll::Pending
            }
        }
    }
}

impl<T: Send + 'static> Drop for RecvFut<'_, T> {
    fn drop(&mut self) {
        if let Some(hook) = self.hook.take() {
            if hook.waiter().try_abort() {
                if let Some(inner) = &self.chan.inner {
                    inner.state.lock().remove_recv(&hook);
                }
            }
        }
    }
}
