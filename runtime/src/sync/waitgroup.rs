//! Go's `sync.WaitGroup`.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use super::waitq::{Ticket, WaitQueue, wake_all};
use std::sync::Arc;

use crate::facade::Lock;
use crate::value::GoCall;

struct WgState {
    count: i64,
    q: WaitQueue,
}

/// Go's `*sync.WaitGroup` (a handle: `Clone` shares, `==` is identity): `add`, `done`, `wait`,
/// `go`. A negative counter panics with Go's `sync: negative WaitGroup counter`.
#[derive(Clone)]
pub struct WaitGroup {
    s: Arc<Lock<WgState>>,
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
        WaitGroup { s: Arc::new(Lock::new(WgState { count: 0, q: WaitQueue::default() })) }
    }

    /// `wg.Add(delta)`.
    pub fn add(&self, delta: i64) {
        let ws = {
            let mut st = self.s.lock();
            st.count += delta;
            if st.count < 0 {
                st.count -= delta;
                drop(st);
                crate::go_panic(crate::value::Any::from_value(crate::value::Str::from("sync: negative WaitGroup counter")));
            }
            if st.count == 0 { st.q.pop_all() } else { Vec::new() }
        };
        wake_all(ws);
    }

    /// `wg.Done()`.
    pub fn done(&self) {
        self.add(-1)
    }

    /// `wg.Wait()` in a goroutine or async code.
    pub async fn wait(&self) {
        WaitGroupFut { wg: self, ticket: None }.await
    }

    /// `wg.Wait()` on a plain OS thread.
    pub fn wait_blocking(&self) {
        let t = {
            let mut st = self.s.lock();
            if st.count == 0 {
                return;
            }
            st.q.push(None)
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
        self.s.lock().count
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
        let mut st = self.wg.s.lock();
        if st.count == 0 {
            return Poll::Ready(());
        }
        let t = st.q.push(Some(cx.waker()));
        drop(st);
        self.ticket = Some(t);
        Poll::Pending
    }
}

impl Drop for WaitGroupFut<'_> {
    fn drop(&mut self) {
        if let Some(t) = self.ticket.take() {
            let mut st = self.wg.s.lock();
            t.cancel(&mut st.q);
        }
    }
}
