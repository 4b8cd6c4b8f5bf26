//! Cooperative preemption for translated loops. Go preempts a goroutine that spins without
//! blocking (`for !flag.Load() {}`); a tokio task runs until it yields. The translator puts a
//! preemption point in each loop that can spin on shared state without any blocking operation:
//! [`point`] in async code, [`point_sync`] in functions that cannot block.

use std::cell::Cell;

thread_local! {
    /// Loop iterations left before the next preemption check on this thread.
    static ITERS: Cell<u32> = const { Cell::new(CHECK_EVERY) };
}

/// Iterations between checks: a check is a thread-local decrement, so a loop that is not
/// spinning long pays about a nanosecond per iteration.
const CHECK_EVERY: u32 = 1024;

#[inline]
fn due() -> bool {
    ITERS.with(|c| {
        let n = c.get();
        if n == 0 {
            c.set(CHECK_EVERY);
            true
        } else {
            c.set(n - 1);
            false
        }
    })
}

/// A preemption point in an async loop: every [`CHECK_EVERY`] iterations the goroutine yields
/// to the scheduler, so goroutines queued on this worker (the one that would end the spin)
/// get to run.
#[inline]
pub async fn point() {
    if due() {
        tokio::task::yield_now().await;
    }
}

/// A preemption point in a loop of a function that cannot block (no `.await` is possible
/// there): every [`CHECK_EVERY`] iterations the worker thread is handed over
/// (`block_in_place`), so the goroutines queued on it move to another worker while this one
/// keeps spinning, which is what Go's preemption achieves.
#[inline]
pub fn point_sync() {
    if due() {
        if let Ok(h) = tokio::runtime::Handle::try_current() {
            if h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread {
                tokio::task::block_in_place(std::thread::yield_now);
                return;
            }
        }
        std::thread::yield_now();
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};

    /// More spinners than workers: without preemption points the setter never runs.
    #[test]
    fn spinning_goroutines_let_the_setter_run() {
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).build().unwrap();
        rt.block_on(async {
            let flag = Arc::new(AtomicBool::new(false));
            let mut spinners = Vec::new();
            for _ in 0..3 {
                let f = flag.clone();
                spinners.push(tokio::spawn(async move {
                    // Acquire: pairs with the setter's Release.
                    while !f.load(Ordering::Acquire) {
                        super::point().await;
                    }
                }));
            }
            let f = flag.clone();
            // Release: publishes the flag to the spinners.
            tokio::spawn(async move { f.store(true, Ordering::Release) });
            for s in spinners {
                s.await.unwrap();
            }
        });
    }

    #[test]
    fn sync_spinners_hand_their_worker_over() {
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).build().unwrap();
        rt.block_on(async {
            let flag = Arc::new(AtomicBool::new(false));
            let mut spinners = Vec::new();
            for _ in 0..3 {
                let f = flag.clone();
                spinners.push(tokio::spawn(async move {
                    // Acquire: pairs with the setter's Release.
                    while !f.load(Ordering::Acquire) {
                        super::point_sync();
                    }
                }));
            }
            let f = flag.clone();
            // Release: publishes the flag to the spinners.
            tokio::spawn(async move { f.store(true, Ordering::Release) });
            for s in spinners {
                s.await.unwrap();
            }
        });
    }
}
