//! DeferFrame + recover: LIFO order on every exit path, recover semantics, panics in deferred
//! calls, async deferred calls, Rust-native panics as Go runtime errors.

use std::sync::{Arc, Mutex as StdMutex};

use gort::{Any, DeferFrame, Str};

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

fn text(v: &Any) -> String {
    gort::fmt::sprint(&[v]).to_string_lossy().into_owned()
}

fn log() -> (Arc<StdMutex<Vec<String>>>, impl Fn(&str) + Clone + Send + Sync + 'static) {
    let l = Arc::new(StdMutex::new(Vec::new()));
    let l2 = l.clone();
    (l, move |s: &str| l2.lock().unwrap().push(s.to_string()))
}

#[test]
fn deferred_calls_run_lifo_on_normal_return() {
    let (l, push) = log();
    let f = DeferFrame::new();
    let r = f.run_sync(|| {
        for i in 0..3 {
            let p = push.clone();
            f.defer(move || p(&format!("d{i}")));
        }
        7
    });
    assert_eq!(r, Some(7));
    assert_eq!(*l.lock().unwrap(), ["d2", "d1", "d0"]);
}

#[test]
fn recover_stops_a_panic_and_returns_its_value() {
    let (l, push) = log();
    let f = DeferFrame::new();
    let r: Option<i64> = f.run_sync(|| {
        let p = push.clone();
        f.defer(move || p("runs after recover"));
        let p = push.clone();
        f.defer(move || {
            let v = gort::recover();
            p(&format!("recovered {}", text(&v)));
            // A second recover in the same panic returns nil.
            p(&format!("again nil: {}", gort::recover().is_nil()));
        });
        gort::go_panic(Any::from_value(Str::from("boom")))
    });
    assert_eq!(r, None);
    assert_eq!(*l.lock().unwrap(), ["recovered boom", "again nil: true", "runs after recover"]);
}

#[test]
fn recover_outside_a_panic_is_nil() {
    assert!(gort::recover().is_nil());
    let f = DeferFrame::new();
    let seen = Arc::new(StdMutex::new(None));
    let s = seen.clone();
    f.run_sync(|| f.defer(move || *s.lock().unwrap() = Some(gort::recover().is_nil())));
    assert_eq!(*seen.lock().unwrap(), Some(true));
}

#[test]
fn unrecovered_panic_resumes_after_defers() {
    let (l, push) = log();
    let res = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let f = DeferFrame::new();
        f.run_sync(|| {
            let p = push.clone();
            f.defer(move || p("deferred"));
            gort::go_panic(Any::from_value(Str::from("escapes")));
        })
    }));
    let payload = res.expect_err("panic must resume");
    let gp = payload.downcast_ref::<gort::panic::GoPanic>().expect("a Go panic");
    assert_eq!(text(&gp.value), "escapes");
    assert_eq!(*l.lock().unwrap(), ["deferred"]);
}

#[test]
fn panic_in_deferred_call_replaces_the_current_one() {
    let seen = Arc::new(StdMutex::new(String::new()));
    let s = seen.clone();
    let f = DeferFrame::new();
    let r = f.run_sync(|| {
        f.defer(move || *s.lock().unwrap() = text(&gort::recover()));
        f.defer(|| gort::go_panic(Any::from_value(Str::from("second"))));
        gort::go_panic(Any::from_value(Str::from("first")));
    });
    assert_eq!(r, None);
    assert_eq!(*seen.lock().unwrap(), "second");
}

#[test]
fn rust_native_panics_recover_as_go_runtime_errors() {
    let seen = Arc::new(StdMutex::new(String::new()));
    let s = seen.clone();
    let f = DeferFrame::new();
    f.run_sync(|| {
        f.defer(move || *s.lock().unwrap() = text(&gort::recover()));
        let zero = std::hint::black_box(0i64);
        let _ = 1 / zero;
    });
    assert_eq!(*seen.lock().unwrap(), "runtime error: integer divide by zero");
}

#[test]
fn async_frames_run_async_defers_and_recover() {
    rt().block_on(async {
        let ch = gort::Chan::<i64>::make(1);
        let f = DeferFrame::new();
        let c = ch.clone();
        let r = f
            .run(async {
                f.defer_async(move || {
                    Box::pin(async move {
                        let v = gort::recover();
                        c.send(if v.is_nil() { 0 } else { 1 }).await;
                    })
                });
                gort::time::sleep(gort::time::MILLISECOND).await;
                gort::go_panic(Any::from_value(Str::from("async boom")));
            })
            .await;
        assert_eq!(r, None::<()>);
        assert_eq!(ch.recv().await, 1);
    });
}

#[test]
fn nested_frames_recover_their_own_panics() {
    let outer_saw = Arc::new(StdMutex::new(String::new()));
    let o = outer_saw.clone();
    let f = DeferFrame::new();
    f.run_sync(|| {
        f.defer(move || *o.lock().unwrap() = format!("outer nil: {}", gort::recover().is_nil()));
        let inner = DeferFrame::new();
        let r = inner.run_sync(|| {
            inner.defer(|| {
                gort::recover();
            });
            gort::go_panic(Any::from_value(Str::from("inner")));
        });
        assert_eq!(r, None::<()>);
    });
    assert_eq!(*outer_saw.lock().unwrap(), "outer nil: true");
}

#[test]
fn goroutines_have_distinct_ids() {
    rt().block_on(async {
        let ch = gort::Chan::<u64>::make(10);
        for _ in 0..10 {
            let c = ch.clone();
            gort::spawn(async move { c.send(gort::rt::goid()).await });
        }
        let mut ids: Vec<u64> = Vec::new();
        for _ in 0..10 {
            ids.push(ch.recv().await);
        }
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 10);
        assert!(ids.iter().all(|&i| i >= 2));
    });
}

#[test]
fn recovered_runtime_errors_are_runtime_error_values() {
    // `r.(runtime.Error)` holds for run-time panics only; `panic(nil)` is a
    // `*runtime.PanicNilError` that `errors.As` finds (texts printed by Go 1.27).
    let recovered = |body: Box<dyn FnOnce()>| {
        let got = std::sync::Arc::new(std::sync::Mutex::new(Any::nil()));
        let g = got.clone();
        let f = DeferFrame::new();
        f.run_sync(|| {
            f.defer(move || *g.lock().unwrap() = gort::recover());
            body();
        });
        let r = got.lock().unwrap().clone();
        r
    };
    let is_runtime = |r: &Any| r.convert::<dyn gort::runtime::Error>().is_some();
    let nil_map = recovered(Box::new(|| gort::Map::<i64, i64>::nil().set(1, 1)));
    let index = recovered(Box::new(|| {
        let _ = gort::Slice::<i64>::nil().get(3);
    }));
    let plain = recovered(Box::new(|| gort::go_panic(gort::errors::new(&Str::lit("boom")).to_any())));
    let text = recovered(Box::new(|| gort::go_panic(Any::from_value(Str::lit("boom")))));
    assert_eq!((is_runtime(&nil_map), is_runtime(&index), is_runtime(&plain), is_runtime(&text)), (true, true, false, false));
    let nil = recovered(Box::new(|| gort::go_panic(Any::nil())));
    let err = nil.convert::<dyn gort::GoError>().expect("an error");
    let target = gort::Ptr::new(gort::Ptr::<gort::runtime::PanicNilError>::nil());
    assert!(gort::errors::r#as(&err, &target) && !target.get().is_nil());
    assert_eq!(
        gort::fmt::sprintf(&Str::lit("%T %v %v"), &[&nil, &is_runtime(&nil), &nil]).to_string_lossy(),
        "*runtime.PanicNilError true runtime error: panic called with nil argument"
    );
    assert_eq!(gort::runtime::version(), "go1.27.3");
}

#[test]
fn loop_body_defers_run_in_the_loops_place_one_by_one() {
    // defer f0; for range seq { defer b_i; for range seq2 { defer n_ij } }; defer f1 — with a
    // panic in one body-deferred call that a later one (earlier registered) recovers.
    let (l, push) = log();
    let f = DeferFrame::new();
    let r = f.run_sync(|| {
        let p = push.clone();
        f.defer(move || p("f0"));
        let body = f.body_defers();
        for i in 0..2 {
            let p = push.clone();
            body.defer(move || {
                let v = gort::recover();
                p(&format!("b{i} recover nil={}", v.is_nil()));
            });
            let nested = body.body_defers();
            for j in 0..2 {
                let p = push.clone();
                nested.defer(move || {
                    p(&format!("n{i}{j}"));
                    if i == 1 && j == 0 {
                        gort::go_panic(Any::from_value(Str::from("in body defer")));
                    }
                });
            }
        }
        let p = push.clone();
        f.defer(move || p("f1"));
        5
    });
    // The body had returned; the panic in a deferred call was recovered: the results stand.
    assert_eq!(r, Some(5));
    assert_eq!(*l.lock().unwrap(), ["f1", "n11", "n10", "b1 recover nil=false", "n01", "n00", "b0 recover nil=true", "f0"]);
}
