//! Contention with invariants, no timing: every value received exactly once, nothing hangs.
//! 64 senders × 64 receivers with mixed selects over 8 channels; close racing blocked senders,
//! receivers and selects; timers racing channels; Mutex and WaitGroup under 1,000 goroutines.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, AtomicU8, Ordering};

use gort::sync::{Mutex, WaitGroup};
use gort::{Chan, DeferFrame, select};

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

/// 64 senders and 64 receivers, half of each using 8-way selects, over 8 channels of mixed
/// capacity: 1M values, each received exactly once.
#[test]
fn mixed_selects_deliver_each_value_exactly_once() {
    const SENDERS: usize = 64;
    const RECEIVERS: usize = 64;
    const PER_SENDER: usize = 1 << 14; // 64 × 16384 = 1,048,576 values
    let seen: Arc<Vec<AtomicU8>> = Arc::new((0..SENDERS * PER_SENDER).map(|_| AtomicU8::new(0)).collect());
    rt().block_on(async {
        let chs: Vec<Chan<u32>> = (0..8).map(|i| Chan::make([0, 1, 16, 128][i % 4])).collect();
        let senders = WaitGroup::new();
        for s in 0..SENDERS {
            let chs = chs.clone();
            senders.spawn(async move {
                for i in 0..PER_SENDER {
                    let v = (s * PER_SENDER + i) as u32;
                    if s % 2 == 0 {
                        chs[(s + i) % 8].send(v).await;
                    } else {
                        let mut cs: Vec<_> = chs.iter().map(|c| select::send(c, v)).collect();
                        let mut refs: Vec<&mut dyn select::SelectCase> = cs.iter_mut().map(|c| c as &mut dyn select::SelectCase).collect();
                        select::select(&mut refs).await;
                    }
                }
            });
        }
        let receivers = WaitGroup::new();
        for r in 0..RECEIVERS {
            let (chs, seen) = (chs.clone(), seen.clone());
            receivers.spawn(async move {
                let mut closed = [false; 8];
                loop {
                    if r % 2 == 0 {
                        // Plain receives, round-robin over the open channels.
                        let Some(k) = (0..8).map(|j| (r + j) % 8).find(|&k| !closed[k]) else { break };
                        match chs[k].recv_opt().await {
                            Some(v) => {
                                assert_eq!(seen[v as usize].fetch_add(1, Ordering::Relaxed), 0, "value {v} twice");
                            }
                            None => closed[k] = true,
                        }
                    } else {
                        let nil = Chan::<u32>::nil();
                        let mut cs: Vec<_> = (0..8).map(|k| select::recv(if closed[k] { &nil } else { &chs[k] })).collect();
                        if closed.iter().all(|&c| c) {
                            break;
                        }
                        let k = {
                            let mut refs: Vec<&mut dyn select::SelectCase> = cs.iter_mut().map(|c| c as &mut dyn select::SelectCase).collect();
                            select::select(&mut refs).await
                        };
                        match cs[k].take_opt() {
                            Some(v) => {
                                assert_eq!(seen[v as usize].fetch_add(1, Ordering::Relaxed), 0, "value {v} twice");
                            }
                            None => closed[k] = true,
                        }
                    }
                }
            });
        }
        senders.wait().await;
        for c in &chs {
            c.close();
        }
        receivers.wait().await;
    });
    let missing = seen.iter().filter(|s| s.load(Ordering::Relaxed) != 1).count();
    assert_eq!(missing, 0, "values not received exactly once");
}

/// Close races blocked senders (which panic, recovered here), receivers and selects.
#[test]
fn close_races_blocked_senders_receivers_and_selects() {
    rt().block_on(async {
        for round in 0..200 {
            let ch = Chan::<i64>::make(round % 3);
            let outcomes = Arc::new(AtomicI64::new(0));
            let wg = WaitGroup::new();
            for g in 0..12 {
                let (ch, outcomes) = (ch.clone(), outcomes.clone());
                wg.spawn(async move {
                    match g % 3 {
                        0 => {
                            let f = DeferFrame::new();
                            let o = outcomes.clone();
                            f.run(async {
                                f.defer(move || {
                                    if !gort::recover().is_nil() {
                                        o.fetch_add(1, Ordering::SeqCst);
                                    }
                                });
                                ch.send(g).await;
                                outcomes.fetch_add(1, Ordering::SeqCst);
                            })
                            .await;
                        }
                        1 => {
                            ch.recv_opt().await;
                            outcomes.fetch_add(1, Ordering::SeqCst);
                        }
                        _ => {
                            let other = Chan::<i64>::make(0);
                            let mut a = select::recv(&ch);
                            let mut b = select::recv(&other);
                            let k = select::select(&mut [&mut a, &mut b]).await;
                            assert_eq!(k, 0);
                            outcomes.fetch_add(1, Ordering::SeqCst);
                        }
                    }
                });
            }
            if round % 2 == 0 {
                gort::runtime::gosched().await;
            }
            ch.close();
            wg.wait().await;
            assert_eq!(outcomes.load(Ordering::SeqCst), 12, "every goroutine finished exactly once");
        }
    });
}

/// Timers racing channel sends in selects: each select fires exactly one case.
#[test]
fn timers_race_channels() {
    rt().block_on(async {
        let data = Chan::<i64>::make(0);
        let d = data.clone();
        gort::spawn(async move {
            for i in 0..500 {
                d.send(i).await;
            }
        });
        let (mut got, mut timeouts) = (Vec::new(), 0);
        while got.len() < 500 {
            let t = gort::time::after(gort::time::Duration(((got.len() % 7) as i64) * 20_000));
            let mut a = select::recv(&data);
            let mut b = select::recv(&t);
            let k = select::select(&mut [&mut a, &mut b]).await;
            if k == 0 {
                got.push(a.take().0);
            } else {
                timeouts += 1;
            }
        }
        assert_eq!(got, (0..500).collect::<Vec<_>>());
        let _ = timeouts;
    });
}

/// Mutex and WaitGroup under 1,000 goroutines.
#[test]
fn mutex_and_waitgroup_under_1000_goroutines() {
    rt().block_on(async {
        let mu = Mutex::new();
        let n = Arc::new(AtomicI64::new(0));
        let wg = WaitGroup::new();
        for _ in 0..1000 {
            let (mu, n) = (mu.clone(), n.clone());
            wg.add(1);
            let wg2 = wg.clone();
            gort::spawn(async move {
                for _ in 0..100 {
                    mu.lock().await;
                    let v = n.load(Ordering::Relaxed);
                    n.store(v + 1, Ordering::Relaxed);
                    mu.unlock();
                }
                wg2.done();
            });
        }
        wg.wait().await;
        assert_eq!(n.load(Ordering::Relaxed), 100_000);
    });
}

/// The WaitGroup's state word under contention: many rounds, each with 200 goroutines doing
/// `Done` while 8 goroutines and a plain thread `Wait` (and some `Wait`s are dropped half way):
/// every waiter of a round returns only after every `Done` of that round, and none hangs.
#[test]
fn waitgroup_rounds_with_many_waiters() {
    rt().block_on(async {
        for round in 0..200 {
            let wg = WaitGroup::new();
            let n = Arc::new(AtomicI64::new(0));
            wg.add(200);
            let waiters = WaitGroup::new();
            for w in 0..8 {
                let (wg, n) = (wg.clone(), n.clone());
                waiters.spawn(async move {
                    if (round + w) % 3 == 0 {
                        // A wait dropped while queued (or before it queued) withdraws cleanly.
                        let _ = tokio::time::timeout(std::time::Duration::from_micros(1), wg.wait()).await;
                    }
                    wg.wait().await;
                    assert_eq!(n.load(Ordering::Acquire), 200, "a Wait returned before every Done");
                });
            }
            let thread = {
                let (wg, n) = (wg.clone(), n.clone());
                std::thread::spawn(move || {
                    wg.wait_blocking();
                    assert_eq!(n.load(Ordering::Acquire), 200, "a blocking Wait returned early");
                })
            };
            for i in 0..200 {
                let (wg, n) = (wg.clone(), n.clone());
                gort::spawn(async move {
                    if i % 7 == 0 {
                        tokio::task::yield_now().await;
                    }
                    n.fetch_add(1, Ordering::Release);
                    wg.done();
                });
            }
            waiters.wait().await;
            thread.join().unwrap();
            // Reusable once every Wait returned; a zero counter never blocks.
            wg.wait().await;
            wg.add(1);
            wg.done();
            wg.wait().await;
        }
    });
}

/// Per-goroutine state (the panic being handled, `recover`) stays with its goroutine while
/// thousands of goroutines interleave on two workers, each panicking and recovering its own
/// value across yields inside the deferred call.
#[test]
fn recover_state_stays_per_goroutine() {
    rt().block_on(async {
        let ok = Arc::new(AtomicI64::new(0));
        let wg = WaitGroup::new();
        for i in 0..4000i64 {
            let ok = ok.clone();
            wg.spawn(async move {
                let f = DeferFrame::new();
                let r: Option<()> = f
                    .run(async {
                    let ok = ok.clone();
                    f.defer_async(move || {
                        Box::pin(async move {
                            tokio::task::yield_now().await;
                            let v = gort::recover();
                            assert_eq!(v.downcast::<i64>(), Some(i), "recovered another goroutine's panic");
                            ok.fetch_add(1, Ordering::Relaxed);
                        })
                    });
                    tokio::task::yield_now().await;
                    gort::go_panic(gort::Any::from_value(i));
                })
                .await;
                assert!(r.is_none(), "the panic was recovered");
            });
        }
        wg.wait().await;
        assert_eq!(ok.load(Ordering::Relaxed), 4000);
    });
}

/// Goroutine ids come from per-thread batches: 20,000 goroutines spawned from goroutines on
/// both workers (and from the test thread) all get distinct ids, none of them main's 1.
#[test]
fn goroutine_ids_stay_unique() {
    let ids = Arc::new(std::sync::Mutex::new(Vec::new()));
    rt().block_on(async {
        let wg = WaitGroup::new();
        for _ in 0..20 {
            let (ids, inner) = (ids.clone(), wg.clone());
            wg.spawn(async move {
                for _ in 0..1000 {
                    let ids = ids.clone();
                    inner.spawn(async move {
                        tokio::task::yield_now().await;
                        ids.lock().unwrap().push(gort::rt::goid());
                    });
                }
            });
        }
        wg.wait().await;
    });
    let mut ids = std::mem::take(&mut *ids.lock().unwrap());
    assert_eq!(ids.len(), 20_000);
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 20_000, "a goroutine id was handed out twice");
    assert!(ids[0] >= 2, "a spawned goroutine got main's id");
}

/// Dropped (cancelled) operations leave no stale queue entries behind and lose no values that
/// were never handed over.
#[test]
fn dropped_waits_withdraw_cleanly() {
    rt().block_on(async {
        let ch = Chan::<i64>::make(0);
        for _ in 0..1000 {
            // A select that times out via tokio's own timeout drops the select future.
            let never = Chan::<i64>::make(0);
            let mut a = select::recv(&ch);
            let mut b = select::recv(&never);
            let r = tokio::time::timeout(std::time::Duration::from_micros(10), select::select(&mut [&mut a, &mut b])).await;
            assert!(r.is_err());
            let _ = tokio::time::timeout(std::time::Duration::from_micros(10), ch.send(1)).await;
        }
        // No receiver is queued any more: a non-blocking send finds nobody.
        assert_eq!(ch.try_send(5), Err(5));
    });
}

/// A goroutine that spawns 200K goroutines without ever yielding, on one worker: the spawn
/// backlog throttle lets them run (and finish) instead of queueing all of them first.
#[test]
fn never_yielding_spawn_loop_completes() {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    rt.block_on(async {
        let wg = WaitGroup::new();
        let n = Arc::new(AtomicI64::new(0));
        let done = Chan::<()>::make(0);
        let (wg2, n2, d) = (wg.clone(), n.clone(), done.clone());
        gort::spawn(async move {
            for _ in 0..200_000 {
                let (wg, n) = (wg2.clone(), n2.clone());
                wg.add(1);
                gort::spawn(async move {
                    n.fetch_add(1, Ordering::Relaxed);
                    wg.done();
                });
            }
            d.send(()).await;
        });
        done.recv().await;
        wg.wait().await;
        assert_eq!(n.load(Ordering::Relaxed), 200_000);
    });
}

/// A select loop whose `done` case never fires leaves a stale hook on `done` each round; the
/// queue sweeps keep it bounded instead of growing with the loop.
#[test]
fn stale_select_hooks_stay_bounded() {
    rt().block_on(async {
        let data = Chan::<i64>::make(0);
        let done = Chan::<()>::make(0);
        let d = data.clone();
        gort::spawn(async move {
            for i in 0..20_000 {
                d.send(i).await;
            }
        });
        let mut sum = 0;
        for _ in 0..20_000 {
            let mut a = select::recv(&data);
            let mut b = select::recv(&done);
            if select::select(&mut [&mut a, &mut b]).await == 0 {
                sum += a.take().0;
            }
        }
        assert_eq!(sum, (0..20_000).sum::<i64>());
        let (r, s) = done.__queued();
        assert!(r <= 64 && s == 0, "done's queue holds {r} stale hooks");
    });
}

/// Slices that are windows on one array (`a[lo:hi]` of an addressable array, and of a field of
/// a struct in a cell) under 64 goroutines: every increment through any window lands in the
/// array, element pointers agree, and `copy` between windows of the same cell never deadlocks.
#[test]
fn array_windows_under_contention() {
    use gort::{Array, Ptr, Slice};
    rt().block_on(async {
        let arr: Ptr<Array<i64, 64>> = Ptr::new(Array::default());
        let wg = WaitGroup::new();
        for g in 0..64i64 {
            let arr = arr.clone();
            let wg2 = wg.clone();
            wg.add(1);
            gort::spawn(async move {
                for k in 0..500i64 {
                    // Overlapping windows: [g/2 : 64], then element (g + k) % 64 of the array.
                    let lo = g / 2;
                    let s = Slice::of_array(&arr, lo, 64);
                    let i = (g + k) % 64;
                    if i >= lo {
                        s.with_mut(i - lo, |v| *v += 1);
                    } else {
                        let whole = Slice::of_array(&arr, 0, 64);
                        let p = Ptr::elem(&whole, i);
                        p.with_mut(|v| *v += 1);
                    }
                    if k % 50 == 0 {
                        gort::preempt::point().await;
                    }
                }
                wg2.done();
            });
        }
        wg.wait().await;
        let total: i64 = arr.get().0.iter().sum();
        assert_eq!(total, 64 * 500, "an increment through a window was lost");
        let s = Slice::of_array(&arr, 0, 64);
        assert_eq!(s.to_vec(), arr.get().0.to_vec());

        // Two array fields of one cell: copying between their windows takes one lock at a time.
        #[derive(Clone, Default)]
        struct Two {
            a: Array<i64, 4>,
            b: Array<i64, 4>,
        }
        gort::go_struct!(Two = "main.Two" { a: Array<i64, 4>, b: Array<i64, 4> });
        let two = Ptr::new(Two { a: Array([1, 2, 3, 4]), b: Array::default() });
        let pa = Ptr::field(&two, |v: &mut Two| &mut v.a);
        let pb = Ptr::field(&two, |v: &mut Two| &mut v.b);
        let n = gort::copy(&Slice::of_array(&pb, 0, 4), &Slice::of_array(&pa, 1, 4));
        assert_eq!(n, 3);
        assert_eq!(two.with(|v| v.b.0), [2, 3, 4, 0]);
        assert!(Slice::of_array(&pa, 0, 4).same_array(&Slice::of_array(&pa, 2, 3)));
    });
}

/// A slice's backing array lock (a spin lock: `value/spin.rs`) under contention, from more OS
/// threads than cores (so holders get descheduled and waiters must yield): 16 threads × 20k
/// read-modify-writes of 8 shared elements through `with_mut`, plus nested reads through
/// `with` (an outer slice's lock held while an inner one is taken), lose no update.
#[test]
fn slice_locks_under_oversubscribed_contention() {
    // A slice of a type that is not plain data (it holds a string): every element access takes
    // the backing array's spin lock, so even concurrent read-modify-writes of one element lose
    // nothing.
    use gort::{Slice, Str};
    #[derive(Clone, Default)]
    struct Tally {
        n: i64,
        tag: Str,
    }
    gort::go_struct!(Tally = "main.Tally" { n: i64, tag: Str });
    const THREADS: i64 = 16;
    const ROUNDS: i64 = 20_000;
    let cells: Slice<Tally> = Slice::from_vec(vec![Tally::default(); 8]);
    let rows: Slice<Slice<i64>> = Slice::from_vec((0..4).map(|_| Slice::from_vec(vec![1i64; 4])).collect());
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let (cells, rows) = (cells.clone(), rows.clone());
            std::thread::spawn(move || {
                let mut seen = 0;
                for k in 0..ROUNDS {
                    cells.with_mut((t + k) % 8, |v| v.n += 1);
                    seen += rows.with(k % 4, |r| r.get(k % 4));
                    if k % 1000 == 0 {
                        rows.with(t % 4, |r| r.with_mut(0, |v| *v += 0));
                    }
                }
                seen
            })
        })
        .collect();
    let seen: i64 = handles.into_iter().map(|h| h.join().expect("thread")).sum();
    let total: i64 = (0..8).map(|i| cells.get(i).n).sum();
    assert!(cells.get(0).tag.is_empty());
    assert_eq!(total, THREADS * ROUNDS, "every increment landed");
    assert_eq!(seen, THREADS * ROUNDS, "every nested read saw 1");
}

#[test]
fn lock_free_scalars_under_oversubscribed_contention() {
    // Slices and cells of basic types are relaxed atomics with no lock (`value/atom.rs`):
    // race-free writes to neighbouring elements (each thread owns one) are never undone by
    // another thread's write or bulk copy, and `sync/atomic` updates through `&s[i]` and `&x`
    // (compare-and-swap loops) lose nothing, while plain reads run beside them.
    use gort::{Ptr, Slice};
    const THREADS: i64 = 16;
    const ROUNDS: i64 = 20_000;
    let owned: Slice<i64> = Slice::make_len(THREADS);
    let shared: Slice<i32> = Slice::make_len(4);
    let counter: Ptr<u64> = Ptr::new(0);
    let flags: Slice<bool> = Slice::make_len(THREADS);
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let (owned, shared, counter, flags) = (owned.clone(), shared.clone(), counter.clone(), flags.clone());
            std::thread::spawn(move || {
                let elem = Ptr::elem(&shared, 2);
                let mut seen = 0i64;
                for k in 0..ROUNDS {
                    owned.with_mut(t, |v| *v += 1);
                    gort::sync::atomic::add_int32(&elem, 1);
                    gort::sync::atomic::add_uint64(&counter, 2);
                    flags.set(t, k % 2 == 0);
                    if k % 500 == 0 {
                        // A bulk copy over this thread's own element only.
                        let mine = owned.slice(t, t + 1);
                        gort::copy(&mine, &mine.clone());
                    }
                    seen += owned.get((t + 1) % THREADS).min(0);
                }
                seen
            })
        })
        .collect();
    let seen: i64 = handles.into_iter().map(|h| h.join().expect("thread")).sum();
    assert_eq!(seen, 0);
    for t in 0..THREADS {
        assert_eq!(owned.get(t), ROUNDS, "thread {t}'s writes all landed");
        assert!(!flags.get(t), "last write of thread {t} (k odd) is false");
    }
    assert_eq!(shared.get(2), (THREADS * ROUNDS) as i32, "every atomic add on &s[i] landed");
    assert_eq!(shared.get(1) + shared.get(3), 0);
    assert_eq!(counter.get(), 2 * (THREADS * ROUNDS) as u64, "every atomic add on &x landed");
}

/// A plain struct (basic fields only): slices and pointers store it as lock-free words.
#[derive(Clone, Copy, Default, Debug, PartialEq)]
pub struct Pair {
    pub a: i64,
    pub b: i64,
    pub hits: u32,
}
gort::go_struct!(Pair = "main.Pair" { a: i64, b: i64, hits: u32 });

#[test]
fn plain_structs_as_words_under_oversubscribed_contention() {
    // Threads write different fields of the same elements (race-free in Go: different
    // memory locations) — a write stores only the words it changed, so none is undone — and
    // `atomic.AddUint32(&s[i].hits, 1)` / `atomic.AddInt64(&p.a, 1)` from every thread at once
    // lose nothing.
    use gort::{Ptr, Slice};
    const THREADS: i64 = 16;
    const ROUNDS: i64 = 10_000;
    let pairs: Slice<Pair> = Slice::make_len(4);
    let cell: Ptr<Pair> = Ptr::new(Pair::default());
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let (pairs, cell) = (pairs.clone(), cell.clone());
            std::thread::spawn(move || {
                let hits = Ptr::field(&Ptr::elem(&pairs, 3), |p: &mut Pair| &mut p.hits);
                let a = Ptr::field(&cell, |p: &mut Pair| &mut p.a);
                for k in 0..ROUNDS {
                    // Threads 0 and 1 own fields a and b of element 0.
                    match t {
                        0 => pairs.with_mut(0, |p| p.a += 1),
                        1 => pairs.with_mut(0, |p| p.b -= 1),
                        _ => {}
                    }
                    gort::sync::atomic::add_uint32(&hits, 1);
                    gort::sync::atomic::add_int64(&a, 1);
                    if t == 2 {
                        cell.with_mut(|p| p.b = k);
                    }
                    let _ = pairs.get((k % 4) as i64).hits;
                }
            })
        })
        .collect();
    for h in handles {
        h.join().expect("thread");
    }
    assert_eq!(pairs.get(0), Pair { a: ROUNDS, b: -ROUNDS, hits: 0 });
    assert_eq!(pairs.get(3).hits, (THREADS * ROUNDS) as u32, "every atomic add on &s[i].hits landed");
    assert_eq!(cell.get(), Pair { a: THREADS * ROUNDS, b: ROUNDS - 1, hits: 0 }, "every atomic add on &p.a landed");
}
