//! The semantics Go's own `runtime/chan_test.go` checks, written anew for this runtime: FIFO
//! order for every capacity, non-blocking operations, closed-channel behaviour, select
//! fairness, a select racing another select on the same channels, self-select, duplicate
//! cases, zero-size elements, many senders and receivers.

use std::collections::HashMap;

use gort::{Chan, select};

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

/// Go's TestChan, part by part, for capacities 0..20.
#[test]
fn chan_semantics_for_each_capacity() {
    rt().block_on(async {
        for cap in 0..20i64 {
            // A receive from an empty channel blocks; try_recv says so.
            let c = Chan::<i64>::make(cap);
            assert_eq!(c.try_recv(), None);
            // A send to a full channel would block.
            for i in 0..cap {
                c.send(i).await;
            }
            assert_eq!(c.try_send(99), Err(99));
            for i in 0..cap {
                assert_eq!(c.recv().await, i);
            }

            // Closed: receives drain then give (zero, false) forever; len/cap.
            let c = Chan::<i64>::make(cap);
            for i in 0..cap {
                c.send(i).await;
            }
            c.close();
            assert_eq!(c.len(), cap);
            for i in 0..cap {
                assert_eq!(c.recv_ok().await, (i, true));
            }
            for _ in 0..3 {
                assert_eq!(c.recv_ok().await, (0, false));
                assert_eq!(c.try_recv(), Some(None));
            }

            // Close unblocks a waiting receiver.
            let c = Chan::<i64>::make(cap);
            let done = Chan::<bool>::make(0);
            let (c2, d2) = (c.clone(), done.clone());
            gort::spawn(async move {
                let (v, ok) = c2.recv_ok().await;
                d2.send(v == 0 && !ok).await;
            });
            gort::time::sleep(gort::time::MILLISECOND).await;
            c.close();
            assert!(done.recv().await);

            // FIFO with one sender and one receiver.
            let c = Chan::<i64>::make(cap);
            let c2 = c.clone();
            gort::spawn(async move {
                for i in 0..100 {
                    c2.send(i).await;
                }
            });
            for i in 0..100 {
                assert_eq!(c.recv().await, i);
            }

            // FIFO per sender with many senders and receivers; every value exactly once.
            let c = Chan::<(i64, i64)>::make(cap);
            let out = Chan::<HashMap<i64, Vec<i64>>>::make(0);
            const P: i64 = 4;
            const L: i64 = 500;
            for p in 0..P {
                let c = c.clone();
                gort::spawn(async move {
                    for i in 0..L {
                        c.send((p, i)).await;
                    }
                });
            }
            for _ in 0..P {
                let (c, out) = (c.clone(), out.clone());
                gort::spawn(async move {
                    let mut seen: HashMap<i64, Vec<i64>> = HashMap::new();
                    for _ in 0..L {
                        let (p, i) = c.recv().await;
                        seen.entry(p).or_default().push(i);
                    }
                    out.send(seen).await;
                });
            }
            let mut all: HashMap<i64, Vec<i64>> = HashMap::new();
            for _ in 0..P {
                for (p, v) in out.recv().await {
                    let mut sorted = v.clone();
                    sorted.sort();
                    assert_eq!(v, sorted, "values from one sender arrive in order");
                    all.entry(p).or_default().extend(v);
                }
            }
            for p in 0..P {
                let mut v = all.remove(&p).unwrap();
                v.sort();
                assert_eq!(v, (0..L).collect::<Vec<_>>());
            }
            assert_eq!(c.len(), 0);
            assert_eq!(c.cap(), cap);
        }
    });
}

/// Go's TestNonblockRecvRace: a non-blocking receive on a closed (and empty) channel is always
/// "ready", even while the close races it.
#[test]
fn nonblock_recv_on_closed_is_always_ready() {
    rt().block_on(async {
        for _ in 0..2000 {
            let c = Chan::<i64>::make(1);
            c.send(1).await;
            let c2 = c.clone();
            let done = Chan::<bool>::make(1);
            let d = done.clone();
            gort::spawn(async move {
                let mut c0 = select::recv(&c2);
                let ready = select::try_select(&mut [&mut c0]).is_some();
                d.send(ready).await;
            });
            c.close();
            c.recv().await;
            // Either the buffered value or the close made it ready.
            assert!(done.recv().await);
        }
    });
}

/// Go's TestSelectFairness: with two cases always ready, each wins about half the time.
#[test]
fn select_fairness() {
    rt().block_on(async {
        let a = Chan::<i64>::make(1);
        let b = Chan::<i64>::make(1);
        let mut counts = [0; 2];
        for _ in 0..10_000 {
            let _ = a.try_send(0);
            let _ = b.try_send(1);
            let mut c0 = select::recv(&a);
            let mut c1 = select::recv(&b);
            let i = select::try_select(&mut [&mut c0, &mut c1]).expect("both ready");
            counts[i] += 1;
        }
        // Binomial(10000, 0.5): ±7 standard deviations.
        assert!(counts[0] > 4650 && counts[1] > 4650, "{counts:?}");
    });
}

/// Go's TestSelfSelect: a select with both a send and a receive on the same channel never
/// matches itself; two goroutines running it on one channel always pair up.
#[test]
fn self_select_never_matches_itself() {
    rt().block_on(async {
        for cap in [0i64, 1] {
            let c = Chan::<i64>::make(cap);
            let wg = gort::sync::WaitGroup::new();
            for p in 0..2i64 {
                let c = c.clone();
                wg.spawn(async move {
                    for i in 0..1000 {
                        let mut s = select::send(&c, p);
                        let mut r = select::recv(&c);
                        let k = if (p + i) % 2 == 0 {
                            select::select(&mut [&mut s, &mut r]).await
                        } else {
                            1 - select::select(&mut [&mut r, &mut s]).await
                        };
                        if k == 1 {
                            let (v, _) = r.take();
                            if cap == 0 {
                                assert_ne!(v, p, "received own value");
                            }
                        }
                    }
                });
            }
            // With cap 1 the last send may sit in the buffer; drain it so nobody blocks.
            let drain = c.clone();
            gort::spawn(async move { while drain.recv_opt().await.is_some() {} });
            wg.wait().await;
        }
    });
}

/// Go's TestSelectDuplicateChannel: the same channel in several cases of one select.
#[test]
fn select_duplicate_channel() {
    rt().block_on(async {
        let c = Chan::<i64>::make(0);
        let d = Chan::<i64>::make(0);
        let e = Chan::<i64>::make(0);
        let (c2, d2) = (c.clone(), d.clone());
        gort::spawn(async move {
            let mut a = select::recv(&c2);
            let mut b = select::recv(&c2);
            let mut x = select::recv(&d2);
            let _ = select::select(&mut [&mut a, &mut b, &mut x]).await;
        });
        let e2 = e.clone();
        gort::spawn(async move {
            e2.recv().await;
        });
        gort::time::sleep(gort::time::MILLISECOND).await;
        d.send(7).await;
        e.send(1).await;
        // The duplicate-case select left no stale entries on `c`.
        assert_eq!(c.try_send(1), Err(1));
    });
}

/// Zero-size elements (`chan struct{}`) behave like any other.
#[test]
fn zero_size_elements() {
    rt().block_on(async {
        let c = Chan::<()>::make(3);
        for _ in 0..3 {
            c.send(()).await;
        }
        assert_eq!((c.len(), c.try_send(())), (3, Err(())));
        c.close();
        let mut n = 0;
        while c.recv_opt().await.is_some() {
            n += 1;
        }
        assert_eq!(n, 3);
        let u = Chan::<()>::make(0);
        let u2 = u.clone();
        gort::spawn(async move { u2.send(()).await });
        assert_eq!(u.recv_ok().await, ((), true));
    });
}

/// Go's TestSelectStress (small): selects over four channels with sends, receives and a closed
/// channel racing; everything sent is received.
#[test]
fn select_stress_mixed() {
    rt().block_on(async {
        const N: i64 = 2000;
        let cs: Vec<Chan<i64>> = (0..4).map(|i| Chan::make(if i % 2 == 0 { 0 } else { 3 })).collect();
        let wg = gort::sync::WaitGroup::new();
        // Senders: each sends N values through a select over all four channels.
        for _ in 0..2 {
            let cs = cs.clone();
            wg.spawn(async move {
                for i in 0..N {
                    let mut s0 = select::send(&cs[0], i);
                    let mut s1 = select::send(&cs[1], i);
                    let mut s2 = select::send(&cs[2], i);
                    let mut s3 = select::send(&cs[3], i);
                    let _ = select::select(&mut [&mut s0, &mut s1, &mut s2, &mut s3]).await;
                }
            });
        }
        let total = Chan::<i64>::make(2);
        for _ in 0..2 {
            let (cs, total) = (cs.clone(), total.clone());
            gort::spawn(async move {
                let mut n = 0;
                loop {
                    let mut r0 = select::recv(&cs[0]);
                    let mut r1 = select::recv(&cs[1]);
                    let mut r2 = select::recv(&cs[2]);
                    let mut r3 = select::recv(&cs[3]);
                    let k = select::select(&mut [&mut r0, &mut r1, &mut r2, &mut r3]).await;
                    let (v, ok) = [&mut r0, &mut r1, &mut r2, &mut r3][k].take();
                    if !ok {
                        break;
                    }
                    if v >= 0 {
                        n += 1;
                    }
                }
                total.send(n).await;
            });
        }
        wg.wait().await;
        // Receivers stop at the first closed channel they see: close all after draining.
        let mut got = 0;
        loop {
            let mut all_empty = true;
            for c in &cs {
                if c.len() > 0 {
                    all_empty = false;
                }
            }
            if all_empty {
                break;
            }
            gort::runtime::gosched().await;
        }
        for c in &cs {
            c.close();
        }
        for _ in 0..2 {
            got += total.recv().await;
        }
        assert_eq!(got, 2 * N);
    });
}

/// Blocking forms on plain threads and async forms in goroutines on one channel.
#[test]
fn blocking_and_async_mix() {
    let c = Chan::<i64>::make(0);
    let senders: Vec<_> = (0..3)
        .map(|t| {
            let c = c.clone();
            std::thread::spawn(move || {
                for i in 0..300 {
                    c.send_blocking(t * 1000 + i);
                }
            })
        })
        .collect();
    let got = rt().block_on(async {
        let mut v = Vec::new();
        for _ in 0..900 {
            v.push(c.recv().await);
        }
        v
    });
    for s in senders {
        s.join().unwrap();
    }
    let mut got = got;
    got.sort();
    let mut want: Vec<i64> = (0..3).flat_map(|t| (0..300).map(move |i| t * 1000 + i)).collect();
    want.sort();
    assert_eq!(got, want);
    // A blocking select on a plain thread.
    let a = Chan::<i64>::make(0);
    let a2 = a.clone();
    let t = std::thread::spawn(move || {
        let mut r = select::recv(&a2);
        let nil = Chan::<i64>::nil();
        let mut n = select::recv(&nil);
        let k = select::select_blocking(&mut [&mut n, &mut r]);
        (k, r.take())
    });
    a.send_blocking(5);
    assert_eq!(t.join().unwrap(), (1, (5, true)));
}
