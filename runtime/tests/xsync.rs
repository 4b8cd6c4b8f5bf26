//! golang.org/x/sync under contention. errgroup: every task runs exactly once, a limit is never
//! exceeded, the first error wins and cancels the context with itself as the cause, `TryGo`
//! refuses exactly when the limit is reached. semaphore: the weight in use never exceeds the
//! size, every waiter is woken (no lost hand-over), and acquires abandoned by cancelled contexts
//! leak no weight.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use gort::context;
use gort::value::Error;
use gort::xsync::errgroup::{self, Group};
use gort::xsync::semaphore;
use gort::{BoxFuture, Str};

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(4).enable_all().build().unwrap()
}

#[test]
fn limited_group_runs_each_task_once_within_the_limit() {
    rt().block_on(async {
        const TASKS: usize = 2_000;
        const LIMIT: i64 = 8;
        let g = Group::default();
        g.set_limit(LIMIT);
        let runs: Arc<Vec<AtomicI64>> = Arc::new((0..TASKS).map(|_| AtomicI64::new(0)).collect());
        let (running, peak) = (Arc::new(AtomicI64::new(0)), Arc::new(AtomicI64::new(0)));
        for i in 0..TASKS {
            let (runs, running, peak) = (runs.clone(), running.clone(), peak.clone());
            g.go(move || -> BoxFuture<'static, Error> {
                let (runs, running, peak) = (runs.clone(), running.clone(), peak.clone());
                Box::pin(async move {
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    peak.fetch_max(now, Ordering::SeqCst);
                    gort::runtime::gosched().await;
                    runs[i].fetch_add(1, Ordering::SeqCst);
                    running.fetch_sub(1, Ordering::SeqCst);
                    Error::default()
                })
            })
            .await;
        }
        assert!(g.wait().await.is_nil());
        assert!(runs.iter().all(|r| r.load(Ordering::SeqCst) == 1), "a task ran twice or never");
        let peak = peak.load(Ordering::SeqCst);
        assert!((1..=LIMIT).contains(&peak), "peak {peak} over the limit {LIMIT}");
    });
}

#[test]
fn first_error_wins_and_cancels_the_context() {
    rt().block_on(async {
        for round in 0..20 {
            let (g, ctx) = errgroup::with_context(&context::background());
            for i in 0..64i64 {
                let ctx = ctx.clone();
                g.go(move || -> BoxFuture<'static, Error> {
                    let ctx = ctx.clone();
                    Box::pin(async move {
                        if i % 16 == 5 {
                            return gort::errors::new(&Str::from(format!("task {i}")));
                        }
                        // The others wait for the cancellation and report it.
                        ctx.done().recv().await;
                        ctx.err()
                    })
                })
                .await;
            }
            let err = g.wait().await;
            let text = err.to_string();
            assert!(["task 5", "task 21", "task 37", "task 53"].contains(&text.as_str()), "round {round}: {text}");
            assert_eq!(context::cause(&ctx).to_string(), text, "the first error is the cause");
        }
    });
}

#[test]
fn try_go_refuses_only_when_full() {
    rt().block_on(async {
        let g = Group::default();
        g.set_limit(3);
        let gate = gort::Chan::<()>::make(0);
        for _ in 0..3 {
            let gate = gate.clone();
            assert!(g.try_go(move || -> BoxFuture<'static, Error> {
                let gate = gate.clone();
                Box::pin(async move {
                    gate.recv().await;
                    Error::default()
                })
            }));
        }
        assert!(!g.try_go(|| Error::default()), "a fourth task while three run");
        gate.close();
        assert!(g.wait().await.is_nil());
        assert!(g.try_go(|| Error::default()));
        assert!(g.wait().await.is_nil());
    });
}

#[test]
fn semaphore_weight_is_bounded_and_never_leaks() {
    rt().block_on(async {
        const SIZE: i64 = 5;
        const GOROUTINES: i64 = 64;
        const ROUNDS: i64 = 200;
        let sem = semaphore::new_weighted(SIZE);
        let in_use = Arc::new(AtomicI64::new(0));
        let (acquired, abandoned) = (Arc::new(AtomicI64::new(0)), Arc::new(AtomicI64::new(0)));
        let wg = gort::sync::WaitGroup::new();
        for g in 0..GOROUTINES {
            let (sem, in_use, acquired, abandoned) = (sem.clone(), in_use.clone(), acquired.clone(), abandoned.clone());
            wg.spawn(async move {
                for r in 0..ROUNDS {
                    let n = 1 + (g + r) % 3;
                    // Every fourth acquire has a context cancelled at once or soon.
                    let (ctx, cancel) = context::with_cancel(&context::background());
                    if (g + r) % 4 == 0 {
                        let cancel = cancel.clone();
                        gort::spawn(async move {
                            gort::runtime::gosched().await;
                            cancel();
                        });
                    }
                    if !sem.acquire(&ctx, n).await.is_nil() {
                        abandoned.fetch_add(1, Ordering::SeqCst);
                        continue;
                    }
                    let now = in_use.fetch_add(n, Ordering::SeqCst) + n;
                    assert!(now <= SIZE, "{now} in use, size {SIZE}");
                    gort::runtime::gosched().await;
                    in_use.fetch_sub(n, Ordering::SeqCst);
                    acquired.fetch_add(1, Ordering::SeqCst);
                    sem.release(n);
                    cancel();
                }
            });
        }
        wg.wait().await;
        assert_eq!(acquired.load(Ordering::SeqCst) + abandoned.load(Ordering::SeqCst), GOROUTINES * ROUNDS);
        assert!(acquired.load(Ordering::SeqCst) > GOROUTINES * ROUNDS / 2);
        assert!(sem.try_acquire(SIZE), "weight leaked by abandoned acquires");
    });
}
