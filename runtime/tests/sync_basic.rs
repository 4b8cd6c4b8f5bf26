//! sync: WaitGroup, Mutex (any goroutine may unlock), RWMutex, Once/OnceFunc/OnceValue, Cond,
//! Map, atomics; async and blocking forms on the same primitive.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use gort::sync::{Cond, Map, Mutex, Once, RWMutex, WaitGroup, atomic, once_func, once_value, once_values};
use gort::{Any, BoxFuture, DeferFrame, Ptr, Str};

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

#[test]
fn waitgroup_waits_for_all_and_go_helper() {
    rt().block_on(async {
        let wg = WaitGroup::new();
        let n = Arc::new(AtomicI64::new(0));
        for i in 0..100 {
            let n = n.clone();
            if i % 2 == 0 {
                // `wg.Go(f)` with an `f` that may block: it returns a future.
                wg.go(move || -> BoxFuture<'static, ()> {
                    let n = n.clone();
                    Box::pin(async move {
                        gort::runtime::gosched().await;
                        n.fetch_add(1, Ordering::SeqCst);
                    })
                });
            } else {
                // One that cannot block.
                wg.go(move || {
                    n.fetch_add(1, Ordering::SeqCst);
                });
            }
        }
        wg.wait().await;
        assert_eq!(n.load(Ordering::SeqCst), 100);
        wg.wait().await; // zero counter: returns at once
        let n2 = n.clone();
        wg.spawn(async move {
            n2.fetch_add(1, Ordering::SeqCst);
        });
        wg.wait().await;
        assert_eq!(n.load(Ordering::SeqCst), 101);
    });
}

#[test]
fn negative_waitgroup_counter_panics_recoverably() {
    let seen = Arc::new(std::sync::Mutex::new(String::new()));
    let s = seen.clone();
    let f = DeferFrame::new();
    f.run_sync(|| {
        f.defer(move || *s.lock().unwrap() = gort::fmt::sprint(&[&gort::recover()]).to_string_lossy().into_owned());
        WaitGroup::new().done();
    });
    assert_eq!(*seen.lock().unwrap(), "sync: negative WaitGroup counter");
}

#[test]
fn mutex_excludes_and_any_goroutine_may_unlock() {
    rt().block_on(async {
        let mu = Mutex::new();
        let counter = Arc::new(AtomicI64::new(0));
        let wg = WaitGroup::new();
        for _ in 0..50 {
            let (mu, c) = (mu.clone(), counter.clone());
            wg.spawn(async move {
                for _ in 0..200 {
                    mu.lock().await;
                    // Non-atomic read-modify-write under the lock.
                    let v = c.load(Ordering::Relaxed);
                    gort::runtime::gosched().await;
                    c.store(v + 1, Ordering::Relaxed);
                    mu.unlock();
                }
            });
        }
        wg.wait().await;
        assert_eq!(counter.load(Ordering::Relaxed), 50 * 200);
        // Locked here, unlocked by another goroutine.
        mu.lock().await;
        assert!(!mu.try_lock());
        let m2 = mu.clone();
        let done = gort::Chan::<()>::make(0);
        let d = done.clone();
        gort::spawn(async move {
            m2.unlock();
            d.send(()).await;
        });
        done.recv().await;
        assert!(mu.try_lock());
        mu.unlock();
    });
}

#[test]
fn mutex_blocking_and_async_share_the_lock() {
    let mu = Mutex::new();
    let n = Arc::new(AtomicI64::new(0));
    let threads: Vec<_> = (0..2)
        .map(|_| {
            let (mu, n) = (mu.clone(), n.clone());
            std::thread::spawn(move || {
                for _ in 0..1000 {
                    mu.lock_blocking();
                    let v = n.load(Ordering::Relaxed);
                    n.store(v + 1, Ordering::Relaxed);
                    mu.unlock();
                }
            })
        })
        .collect();
    rt().block_on(async {
        for _ in 0..1000 {
            mu.lock().await;
            let v = n.load(Ordering::Relaxed);
            n.store(v + 1, Ordering::Relaxed);
            mu.unlock();
        }
    });
    for t in threads {
        t.join().unwrap();
    }
    assert_eq!(n.load(Ordering::Relaxed), 3000);
}

#[test]
fn rwmutex_readers_share_writers_exclude() {
    rt().block_on(async {
        let rw = RWMutex::new();
        rw.r_lock().await;
        rw.r_lock().await;
        assert!(!rw.try_lock());
        let (r2, got) = (rw.clone(), gort::Chan::<&'static str>::make(2));
        let g = got.clone();
        gort::spawn(async move {
            r2.lock().await;
            g.send("writer").await;
            r2.unlock();
        });
        gort::time::sleep(gort::time::MILLISECOND).await;
        // A waiting writer blocks new readers.
        assert!(!rw.try_r_lock());
        rw.r_unlock();
        rw.r_unlock();
        assert_eq!(got.recv().await, "writer");
        rw.lock().await;
        rw.unlock();
    });
}

#[test]
fn once_runs_once_even_if_it_panics() {
    rt().block_on(async {
        let o = Once::new();
        let n = Arc::new(AtomicI64::new(0));
        let wg = WaitGroup::new();
        for _ in 0..20 {
            let (o, n) = (o.clone(), n.clone());
            wg.spawn(async move { o.r#do(|| { n.fetch_add(1, Ordering::SeqCst); }).await });
        }
        wg.wait().await;
        assert_eq!(n.load(Ordering::SeqCst), 1);

        // Go: a panicking f still marks the Once done.
        let p = Once::new();
        let f = DeferFrame::new();
        f.run(async {
            f.defer(|| {
                gort::recover();
            });
            p.r#do(|| -> () {
                gort::go_panic(Any::from_value(Str::from("p")));
            })
            .await;
        })
        .await;
        p.r#do(|| -> () {
            unreachable!("done after the panic");
        })
        .await;
        // An `f` that may block.
        let q = Once::new();
        let ran = gort::Chan::<i64>::make(1);
        let r = ran.clone();
        q.r#do(move || -> BoxFuture<'static, ()> {
            let r = r.clone();
            Box::pin(async move { r.send(7).await })
        })
        .await;
        assert_eq!(ran.recv().await, 7);
    });
}

#[test]
fn once_value_and_once_func() {
    let calls = Arc::new(AtomicI64::new(0));
    let c = calls.clone();
    let v = once_value(move || {
        c.fetch_add(1, Ordering::SeqCst);
        42i64
    });
    assert_eq!(((*v)(), (*v)()), (42, 42));
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    let pair = once_values(|| (Str::lit("loaded"), gort::Error::nil()));
    assert_eq!((*pair)().0, "loaded");
    // Go: every call re-panics with the first panic's value.
    let g = once_func(|| -> () {
        // A diverging body needs the explicit `-> ()`: `!` is no `GoCall`.
        gort::go_panic(Any::from_value(Str::from("once-p")));
    });
    for _ in 0..2 {
        let seen = Arc::new(std::sync::Mutex::new(String::new()));
        let s = seen.clone();
        let f = DeferFrame::new();
        f.run_sync(|| {
            f.defer(move || *s.lock().unwrap() = gort::fmt::sprint(&[&gort::recover()]).to_string_lossy().into_owned());
            (*g)();
        });
        assert_eq!(*seen.lock().unwrap(), "once-p");
    }
}

#[test]
fn once_value_of_a_func_that_may_block() {
    rt().block_on(async {
        let calls = Arc::new(AtomicI64::new(0));
        let c = calls.clone();
        let v = once_value(move || -> BoxFuture<'static, i64> {
            let c = c.clone();
            Box::pin(async move {
                gort::time::sleep(gort::time::MILLISECOND).await;
                c.fetch_add(1, Ordering::SeqCst) + 10
            })
        });
        // Concurrent first callers wait for the one run.
        let wg = WaitGroup::new();
        let sum = Arc::new(AtomicI64::new(0));
        for _ in 0..8 {
            let (v, sum) = (v.clone(), sum.clone());
            wg.spawn(async move {
                sum.fetch_add((*v)().await, Ordering::SeqCst);
            });
        }
        wg.wait().await;
        assert_eq!((sum.load(Ordering::SeqCst), calls.load(Ordering::SeqCst)), (80, 1));
        assert_eq!((*v)().await, 10);
        // A panic is replayed to every caller.
        let p = gort::sync::once_func(|| -> BoxFuture<'static, ()> {
            Box::pin(async {
                gort::runtime::gosched().await;
                gort::go_panic(Any::from_value(Str::from("async-p")));
            })
        });
        for _ in 0..2 {
            let f = DeferFrame::new();
            let seen = Arc::new(std::sync::Mutex::new(String::new()));
            let s = seen.clone();
            f.run(async {
                f.defer(move || *s.lock().unwrap() = gort::fmt::sprint(&[&gort::recover()]).to_string_lossy().into_owned());
                (*p)().await;
            })
            .await;
            assert_eq!(*seen.lock().unwrap(), "async-p");
        }
    });
}

#[test]
fn cond_signal_and_broadcast() {
    rt().block_on(async {
        let mu = Mutex::new();
        let cond = Cond::new(mu.clone());
        let ready = Arc::new(AtomicI64::new(0));
        let woke = gort::Chan::<i64>::make(10);
        for i in 0..10 {
            let (cond, ready, woke) = (cond.clone(), ready.clone(), woke.clone());
            gort::spawn(async move {
                cond.L.lock().await;
                while ready.load(Ordering::SeqCst) == 0 {
                    cond.wait().await;
                }
                cond.L.unlock();
                woke.send(i).await;
            });
        }
        gort::time::sleep(2 * gort::time::MILLISECOND).await;
        mu.lock().await;
        ready.store(1, Ordering::SeqCst);
        cond.broadcast();
        mu.unlock();
        let mut n = 0;
        for _ in 0..10 {
            n += woke.recv().await;
        }
        assert_eq!(n, 45);
        cond.signal(); // no waiters: nothing happens
    });
}

#[test]
fn cond_over_an_rlocker_and_lockers_as_interfaces() {
    rt().block_on(async {
        let rw = RWMutex::new();
        let cond = gort::sync::new_cond(&rw.r_locker());
        let ready = Arc::new(AtomicI64::new(0));
        let done = gort::Chan::<()>::make(0);
        let (c, r, d) = (cond.clone(), ready.clone(), done.clone());
        gort::spawn(async move {
            c.L.lock().await;
            while r.load(Ordering::SeqCst) == 0 {
                c.wait().await;
            }
            c.L.unlock();
            d.send(()).await;
        });
        gort::time::sleep(gort::time::MILLISECOND).await;
        // The waiter holds no read lock while it waits: a writer gets in.
        rw.lock().await;
        ready.store(1, Ordering::SeqCst);
        rw.unlock();
        cond.signal();
        done.recv().await;
        // `x.(sync.Locker)` holds for the runtime's lockers only.
        let mu = Mutex::new();
        assert!(Any::from_value(mu.clone()).convert::<dyn gort::sync::Locker>().is_some());
        assert!(Any::from_value(rw.clone()).convert::<dyn gort::sync::Locker>().is_some());
        assert!(Any::from_value(5i64).convert::<dyn gort::sync::Locker>().is_none());
        let l = Any::from_value(mu.clone()).assert_iface::<dyn gort::sync::Locker>();
        l.lock().await;
        assert!(!mu.try_lock());
        l.unlock();
        assert!(mu.try_lock());
        mu.unlock();
        // Handles compare by identity, as Go's pointers do.
        assert!(mu == mu.clone() && mu != Mutex::new());
        assert!(Any::from_value(mu.clone()) == Any::from_value(mu.clone()));
    });
}

#[test]
fn sync_map_and_atomics() {
    let k = |i: i64| Any::from_value(i);
    let s = |t: &'static str| Any::from_value(Str::lit(t));
    let m = Map::new();
    assert_eq!(m.load_or_store(&k(1), &s("a")), (s("a"), false));
    assert_eq!(m.load_or_store(&k(1), &s("b")), (s("a"), true));
    assert!(m.compare_and_swap(&k(1), &s("a"), &s("c")));
    assert!(!m.compare_and_swap(&k(1), &s("a"), &s("d")));
    assert_eq!(m.swap(&k(2), &s("x")), (Any::nil(), false));
    // Keys of different dynamic types are different keys.
    m.store(&s("1"), &k(7));
    let n = AtomicI64::new(0);
    m.range(|_, _| {
        n.fetch_add(1, Ordering::SeqCst);
        true
    });
    assert_eq!(n.load(Ordering::SeqCst), 3);
    assert_eq!(m.load_and_delete(&k(1)), (s("c"), true));
    assert_eq!(m.load(&k(1)), (Any::nil(), false));
    assert!(m.compare_and_delete(&k(2), &s("x")));
    m.clear();
    assert_eq!(m.load(&s("1")), (Any::nil(), false));

    let a = atomic::Int64::new(5);
    assert_eq!((a.add(3), a.swap(1), a.compare_and_swap(1, 9), a.load()), (8, 8, true, 9));
    // A handle: copies share the one atomic.
    let a2 = a.clone();
    a2.store(11);
    assert_eq!(a.load(), 11);
    let u = atomic::Uint32::new(0);
    assert_eq!(u.add(u32::MAX), u32::MAX);
    assert_eq!(u.add(1), 0, "wraps like Go");
    let raw = Ptr::new(0i64);
    assert_eq!(atomic::add_int64(&raw, 4), 4);
    assert!(atomic::compare_and_swap_int64(&raw, 4, 6));
    assert_eq!((atomic::load_int64(&raw), atomic::swap_int64(&raw, 1), raw.get()), (6, 6, 1));
    let v = atomic::Value::new();
    assert!(v.load().is_nil());
    v.store(&s("x"));
    assert_eq!(v.load(), s("x"));
    assert!(v.compare_and_swap(&s("x"), &s("y")) && !v.compare_and_swap(&s("x"), &s("z")));
    let p: atomic::Pointer<i64> = atomic::Pointer::new();
    let (p1, p2) = (Ptr::new(1i64), Ptr::new(1i64));
    assert!(p.load().is_nil() && p.compare_and_swap(&Ptr::nil(), &p1));
    assert!(!p.compare_and_swap(&p2, &p2), "pointers compare by identity");
    assert_eq!(p.swap(&p2).get(), 1);
    // Go's printing of the atomics (values checked against Go 1.27).
    let b = atomic::Bool::new(true);
    assert_eq!(
        gort::fmt::sprintf(&Str::lit("%v|%+v|%v|%v|%v|%T"), &[&a, &a, &b, &u, &v, &p]).to_string_lossy(),
        "{{} {} 11}|{_:{} _:{} v:11}|{{} 1}|{{} 0}|{y}|atomic.Pointer[int]"
    );
}

#[test]
fn atomic_value_panics_like_go() {
    let cases: [(&str, Box<dyn Fn()>); 3] = [
        ("sync/atomic: store of nil value into Value", Box::new(|| atomic::Value::new().store(&Any::nil()))),
        (
            "sync/atomic: store of inconsistently typed value into Value",
            Box::new(|| {
                let v = atomic::Value::new();
                v.store(&Any::from_value(1i64));
                v.store(&Any::from_value(Str::lit("x")));
            }),
        ),
        (
            "sync/atomic: compare and swap of inconsistently typed values",
            Box::new(|| {
                atomic::Value::new().compare_and_swap(&Any::from_value(1i64), &Any::from_value(Str::lit("x")));
            }),
        ),
    ];
    for (want, body) in cases {
        let seen = Arc::new(std::sync::Mutex::new(String::new()));
        let s = seen.clone();
        let f = DeferFrame::new();
        f.run_sync(|| {
            f.defer(move || *s.lock().unwrap() = gort::fmt::sprint(&[&gort::recover()]).to_string_lossy().into_owned());
            body();
        });
        assert_eq!(*seen.lock().unwrap(), want);
    }
}

#[test]
fn sync_values_print_like_go() {
    // Texts printed by Go 1.27 for the same states.
    rt().block_on(async {
        let mu = Mutex::new();
        let rw = RWMutex::new();
        let wg = WaitGroup::new();
        let once = Once::new();
        let p = |v: &dyn gort::GoValue| gort::fmt::sprint(&[v]).to_string_lossy().into_owned();
        assert_eq!(p(&mu), "{{} {0 0}}");
        mu.lock().await;
        assert_eq!(p(&mu), "{{} {1 0}}");
        rw.r_lock().await;
        rw.r_lock().await;
        assert_eq!(p(&rw), "{{{} {0 0}} 0 0 {{} 2} {{} 0}}");
        rw.r_unlock();
        rw.r_unlock();
        rw.lock().await;
        assert_eq!(p(&rw), "{{{} {1 0}} 0 0 {{} -1073741824} {{} 0}}");
        wg.add(3);
        assert_eq!(p(&wg), "{{} {{} {} 12884901888} 0}");
        once.r#do(|| {}).await;
        assert_eq!(p(&once), "{{} {{} 1} {{} {0 0}}}");
        assert_eq!(p(&Cond::default()), "{{} <nil> {0 0 0 <nil> <nil>} 0}");
        assert_eq!(p(&gort::sync::Pool::default()), "{{} <nil> 0 <nil> 0 <nil>}");
        assert_eq!(
            gort::fmt::sprintf(&Str::lit("%T %T %T %T"), &[&mu, &rw.r_locker().to_any(), &Map::new(), &gort::sync::Pool::default()])
                .to_string_lossy(),
            "sync.Mutex *sync.rlocker sync.Map sync.Pool"
        );
    });
}

#[test]
fn pool_gets_what_was_put_or_a_new_value() {
    let pool = gort::sync::Pool {
        New: gort::Func::new(Arc::new(|| Any::from_value(Str::lit("fresh")))),
        ..Default::default()
    };
    assert_eq!(pool.get(), Any::from_value(Str::lit("fresh")));
    pool.clone().put(&Any::from_value(5i64));
    assert_eq!(pool.get(), Any::from_value(5i64));
    assert!(gort::sync::Pool::default().get().is_nil());
}

#[test]
fn mutex_waiter_is_not_starved_by_a_spinning_locker() {
    // One worker; a goroutine locks and unlocks in a loop that never blocks. Go preempts it and
    // switches the mutex to starvation mode; gort's budget makes it yield and the lost race
    // makes unlock hand the lock to the waiter.
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    rt.block_on(async {
        let mu = Mutex::new();
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (m, s) = (mu.clone(), stop.clone());
        let spinner_done = gort::Chan::<()>::make(1);
        let d = spinner_done.clone();
        gort::spawn(async move {
            while !s.load(Ordering::SeqCst) {
                m.lock().await;
                m.unlock();
            }
            d.send(()).await;
        });
        let done = gort::Chan::<()>::make(1);
        let (m, s, d) = (mu.clone(), stop.clone(), done.clone());
        gort::spawn(async move {
            for _ in 0..100 {
                m.lock().await;
                m.unlock();
            }
            s.store(true, Ordering::SeqCst);
            d.send(()).await;
        });
        done.recv().await;
        spinner_done.recv().await;
    });
}

#[test]
fn rwmutex_under_contention_keeps_writers_exclusive() {
    rt().block_on(async {
        let rw = RWMutex::new();
        let writers_inside = Arc::new(AtomicI64::new(0));
        let readers_inside = Arc::new(AtomicI64::new(0));
        let wg = WaitGroup::new();
        for g in 0..40 {
            let (rw, w, r) = (rw.clone(), writers_inside.clone(), readers_inside.clone());
            wg.spawn(async move {
                for _ in 0..200 {
                    if g % 4 == 0 {
                        rw.lock().await;
                        assert_eq!(w.fetch_add(1, Ordering::SeqCst), 0, "two writers");
                        assert_eq!(r.load(Ordering::SeqCst), 0, "writer with readers");
                        gort::runtime::gosched().await;
                        w.fetch_sub(1, Ordering::SeqCst);
                        rw.unlock();
                    } else {
                        rw.r_lock().await;
                        r.fetch_add(1, Ordering::SeqCst);
                        assert_eq!(w.load(Ordering::SeqCst), 0, "reader with a writer");
                        gort::runtime::gosched().await;
                        r.fetch_sub(1, Ordering::SeqCst);
                        rw.r_unlock();
                    }
                }
            });
        }
        wg.wait().await;
    });
    // Blocking forms on plain threads share the same lock.
    let rw = RWMutex::new();
    let n = Arc::new(AtomicI64::new(0));
    let ts: Vec<_> = (0..4)
        .map(|i| {
            let (rw, n) = (rw.clone(), n.clone());
            std::thread::spawn(move || {
                for _ in 0..500 {
                    if i == 0 {
                        rw.lock_blocking();
                        let v = n.load(Ordering::Relaxed);
                        n.store(v + 1, Ordering::Relaxed);
                        rw.unlock();
                    } else {
                        rw.r_lock_blocking();
                        let _ = n.load(Ordering::Relaxed);
                        rw.r_unlock();
                    }
                }
            })
        })
        .collect();
    for t in ts {
        t.join().unwrap();
    }
    assert_eq!(n.load(Ordering::Relaxed), 500);
}

#[test]
fn cond_and_waitgroup_blocking_forms() {
    let mu = Mutex::new();
    let cond = Cond::new(mu.clone());
    let ready = Arc::new(AtomicI64::new(0));
    let wg = WaitGroup::new();
    let ts: Vec<_> = (0..3)
        .map(|_| {
            let (cond, ready, wg) = (cond.clone(), ready.clone(), wg.clone());
            wg.add(1);
            std::thread::spawn(move || {
                cond.L.lock_blocking();
                while ready.load(Ordering::SeqCst) == 0 {
                    cond.wait_blocking();
                }
                cond.L.unlock();
                wg.done();
            })
        })
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(5));
    mu.lock_blocking();
    ready.store(1, Ordering::SeqCst);
    cond.broadcast();
    mu.unlock();
    wg.wait_blocking();
    for t in ts {
        t.join().unwrap();
    }
}
