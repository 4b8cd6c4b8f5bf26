//! sync: WaitGroup, Mutex (any goroutine may unlock), RWMutex, Once/OnceFunc/OnceValue, Cond,
//! Map, atomics; async and blocking forms on the same primitive.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use gort::sync::{Cond, Map, Mutex, Once, RWMutex, WaitGroup, atomic, once_func, once_value};
use gort::{Any, DeferFrame, Str};

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

#[test]
fn waitgroup_waits_for_all_and_go_helper() {
    rt().block_on(async {
        let wg = WaitGroup::new();
        let n = Arc::new(AtomicI64::new(0));
        for _ in 0..100 {
            let n = n.clone();
            wg.go(async move {
                gort::runtime::gosched().await;
                n.fetch_add(1, Ordering::SeqCst);
            });
        }
        wg.wait().await;
        assert_eq!(n.load(Ordering::SeqCst), 100);
        wg.wait().await; // zero counter: returns at once
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
            wg.go(async move {
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
        rw.rlock().await;
        rw.rlock().await;
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
        assert!(!rw.try_rlock());
        rw.runlock();
        rw.runlock();
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
            wg.go(async move { o.r#do(|| { n.fetch_add(1, Ordering::SeqCst); }).await });
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
            p.r#do(|| gort::go_panic(Any::from_value(Str::from("p")))).await;
        })
        .await;
        p.r#do(|| unreachable!("done after the panic")).await;
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
    assert_eq!((v(), v()), (42, 42));
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    // Go: every call re-panics with the first panic's value.
    let g = once_func(|| gort::go_panic(Any::from_value(Str::from("once-p"))));
    for _ in 0..2 {
        let seen = Arc::new(std::sync::Mutex::new(String::new()));
        let s = seen.clone();
        let f = DeferFrame::new();
        f.run_sync(|| {
            f.defer(move || *s.lock().unwrap() = gort::fmt::sprint(&[&gort::recover()]).to_string_lossy().into_owned());
            g();
        });
        assert_eq!(*seen.lock().unwrap(), "once-p");
    }
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
                cond.l.lock().await;
                while ready.load(Ordering::SeqCst) == 0 {
                    cond.wait().await;
                }
                cond.l.unlock();
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
fn sync_map_and_atomics() {
    let m: Map<i64, String> = Map::new();
    assert_eq!(m.load_or_store(1, "a".into()), ("a".into(), false));
    assert_eq!(m.load_or_store(1, "b".into()), ("a".into(), true));
    assert!(m.compare_and_swap(&1, &"a".into(), "c".into()));
    assert_eq!(m.swap(2, "x".into()), (String::new(), false));
    let mut n = 0;
    m.range(|_, _| {
        n += 1;
        true
    });
    assert_eq!(n, 2);
    assert_eq!(m.load_and_delete(&1), ("c".into(), true));
    assert_eq!(m.load(&1), (String::new(), false));

    let a = atomic::Int64::new(5);
    assert_eq!((a.add(3), a.swap(1), a.compare_and_swap(1, 9), a.load()), (8, 8, true, 9));
    let u = atomic::Uint32::new(0);
    assert_eq!(u.add(u32::MAX), u32::MAX);
    assert_eq!(u.add(1), 0, "wraps like Go");
    let raw = std::sync::atomic::AtomicI64::new(0);
    assert_eq!(atomic::add_int64(&raw, 4), 4);
    assert!(atomic::compare_and_swap_int64(&raw, 4, 6));
    assert_eq!(atomic::load_int64(&raw), 6);
    let v: atomic::Value<String> = atomic::Value::new();
    assert_eq!(v.load(), None);
    v.store("x".into());
    assert_eq!(v.load(), Some("x".into()));
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
            wg.go(async move {
                for _ in 0..200 {
                    if g % 4 == 0 {
                        rw.lock().await;
                        assert_eq!(w.fetch_add(1, Ordering::SeqCst), 0, "two writers");
                        assert_eq!(r.load(Ordering::SeqCst), 0, "writer with readers");
                        gort::runtime::gosched().await;
                        w.fetch_sub(1, Ordering::SeqCst);
                        rw.unlock();
                    } else {
                        rw.rlock().await;
                        r.fetch_add(1, Ordering::SeqCst);
                        assert_eq!(w.load(Ordering::SeqCst), 0, "reader with a writer");
                        gort::runtime::gosched().await;
                        r.fetch_sub(1, Ordering::SeqCst);
                        rw.runlock();
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
                        rw.rlock_blocking();
                        let _ = n.load(Ordering::Relaxed);
                        rw.runlock();
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
                cond.l.lock_blocking();
                while ready.load(Ordering::SeqCst) == 0 {
                    cond.wait_blocking();
                }
                cond.l.unlock();
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
