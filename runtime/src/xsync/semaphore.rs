//! `golang.org/x/sync/semaphore`: a weighted semaphore. `Acquire` waits in FIFO order (a large
//! request at the head holds back smaller ones behind it, so it is never starved) and gives up
//! when its context is done; `TryAcquire` never waits and fails while anyone is waiting;
//! `Release` hands freed weight to the waiters at the head, in order.

use std::collections::VecDeque;
use std::sync::Arc;

use crate::chan::Chan;
use crate::context::Context;
use crate::facade::Lock;
use crate::value::{Any, Error, Str};

struct Waiter {
    id: u64,
    n: i64,
    /// Closed when the waiter's weight has been granted.
    ready: Chan<()>,
}

struct State {
    size: i64,
    cur: i64,
    waiters: VecDeque<Waiter>,
    next_id: u64,
}

impl State {
    /// Grants weight to the waiters at the head while it lasts (Go's `notifyWaiters`).
    fn notify_waiters(&mut self) {
        while let Some(w) = self.waiters.front() {
            if self.size - self.cur < w.n {
                // Not enough for the head: later ones wait too, so the head is not starved.
                break;
            }
            self.cur += w.n;
            let w = self.waiters.pop_front().expect("front exists");
            w.ready.close();
        }
    }
}

/// Go's `*semaphore.Weighted` (a handle: `Clone` shares).
#[derive(Clone)]
pub struct Weighted(Arc<Lock<State>>);

crate::handle::ptr_handle!(Weighted, "*semaphore.Weighted");

/// Go's `semaphore.NewWeighted(n)`: a semaphore of total weight `n`.
pub fn new_weighted(n: i64) -> Weighted {
    Weighted(Arc::new(Lock::new(State { size: n, cur: 0, waiters: VecDeque::new(), next_id: 0 })))
}

impl Weighted {
    /// Go's `s.Acquire(ctx, n)`: waits for weight `n`; nil on success, else `ctx.Err()` (and
    /// nothing acquired). A context already done fails even when the weight is free.
    pub async fn acquire(&self, ctx: &Context, n: i64) -> Error {
        let done = ctx.done();
        let (id, ready) = {
            let mut st = self.0.lock();
            if done.try_recv().is_some() {
                return ctx.err();
            }
            if st.size - st.cur >= n && st.waiters.is_empty() {
                st.cur += n;
                return Error::default();
            }
            if n > st.size {
                // Doomed: do not make others queue behind it.
                drop(st);
                done.recv().await;
                return ctx.err();
            }
            st.next_id += 1;
            let (id, ready) = (st.next_id, Chan::make(0));
            st.waiters.push_back(Waiter { id, n, ready: ready.clone() });
            (id, ready)
        };
        let mut on_done = crate::select::recv(&done);
        let mut on_ready = crate::select::recv(&ready);
        if crate::select::select(&mut [&mut on_done, &mut on_ready]).await == 1 {
            // Granted; a context done meanwhile still wins, giving the weight back.
            if done.try_recv().is_some() {
                self.release(n);
                return ctx.err();
            }
            return Error::default();
        }
        let mut st = self.0.lock();
        if ready.try_recv().is_some() {
            // Granted after the context was done: give it back.
            st.cur -= n;
            st.notify_waiters();
        } else if let Some(at) = st.waiters.iter().position(|w| w.id == id) {
            st.waiters.remove(at);
            // The head left with weight to spare: the next ones may fit now.
            if at == 0 && st.size > st.cur {
                st.notify_waiters();
            }
        }
        ctx.err()
    }

    /// Go's `s.TryAcquire(n)`: takes weight `n` if it is free and nobody waits.
    pub fn try_acquire(&self, n: i64) -> bool {
        let mut st = self.0.lock();
        let ok = st.size - st.cur >= n && st.waiters.is_empty();
        if ok {
            st.cur += n;
        }
        ok
    }

    /// Go's `s.Release(n)`; panics like Go when more is released than is held.
    pub fn release(&self, n: i64) {
        let mut st = self.0.lock();
        st.cur -= n;
        if st.cur < 0 {
            drop(st);
            crate::go_panic(Any::from_value(Str::lit("semaphore: released more than held")));
        }
        st.notify_waiters();
    }
}
