//! Go's `sync.Cond` over a [`Mutex`].

use super::Mutex;
use super::waitq::{WaitQueue, wake_all};
use std::sync::Arc;

use crate::facade::Lock;

/// Go's `sync.Cond` (`sync.NewCond(&mu)` is `Cond::new(mu.clone())`).
#[derive(Clone)]
pub struct Cond {
    /// Go's `c.L`.
    pub l: Mutex,
    q: Arc<Lock<WaitQueue>>,
}

impl Cond {
    pub fn new(l: Mutex) -> Cond {
        Cond { l, q: Arc::new(Lock::new(WaitQueue::default())) }
    }

    /// `c.Wait()`: unlocks `c.l`, waits for `signal`/`broadcast`, locks `c.l` again.
    pub async fn wait(&self) {
        let t = self.q.lock().push(None);
        // The ticket was made for a thread; re-register it for this task on first poll.
        self.l.unlock();
        let q = &self.q;
        struct Cancel<'a> {
            q: &'a Lock<WaitQueue>,
            t: Option<super::waitq::Ticket>,
        }
        impl Drop for Cancel<'_> {
            fn drop(&mut self) {
                if let Some(t) = self.t.take() {
                    t.cancel(&mut self.q.lock());
                }
            }
        }
        let mut c = Cancel { q, t: Some(t) };
        std::future::poll_fn(|cx| {
            let t = c.t.as_ref().expect("ticket held until fired");
            if t.fired() {
                return std::task::Poll::Ready(());
            }
            t.update_waker(cx.waker());
            if t.fired() { std::task::Poll::Ready(()) } else { std::task::Poll::Pending }
        })
        .await;
        c.t = None;
        self.l.lock().await;
    }

    /// `c.Wait()` on a plain OS thread.
    pub fn wait_blocking(&self) {
        let t = self.q.lock().push(None);
        self.l.unlock();
        t.wait_blocking();
        self.l.lock_blocking();
    }

    /// `c.Signal()`: wakes one waiter.
    pub fn signal(&self) {
        let w = self.q.lock().pop();
        if let Some(w) = w {
            w.wake();
        }
    }

    /// `c.Broadcast()`: wakes every waiter.
    pub fn broadcast(&self) {
        let ws = self.q.lock().pop_all();
        wake_all(ws);
    }
}
