//! context: the cancellation tree, Go's error strings, deadlines, values, causes, AfterFunc.

use gort::context::{self, background, cause, with_cancel, with_cancel_cause, with_timeout, with_value};
use gort::time::{HOUR, MILLISECOND};
use gort::{Any, Str, select};

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

fn s(e: &gort::Error) -> String {
    if e.is_nil() { "<nil>".into() } else { e.Error().to_string_lossy().into_owned() }
}

#[test]
fn cancel_flows_down_never_up() {
    rt().block_on(async {
        let (parent, cancel_parent) = with_cancel(&background());
        let (child, cancel_child) = with_cancel(&parent);
        let (grandchild, _c) = with_cancel(&with_value(&child, &Any::from_value(Str::from("k")), &Any::from_value(1i64)));
        cancel_child();
        assert_eq!(s(&child.err()), "context canceled");
        assert_eq!(s(&grandchild.err()), "context canceled");
        assert!(parent.err().is_nil(), "cancellation never flows up");
        grandchild.done().recv().await;
        cancel_parent();
        parent.done().recv().await;
        assert_eq!(s(&parent.err()), "context canceled");
        // A child made under a cancelled parent starts cancelled.
        let (late, _c) = with_cancel(&parent);
        assert_eq!(s(&late.err()), "context canceled");
    });
}

#[test]
fn timeout_gives_deadline_exceeded_and_done_works_in_select() {
    rt().block_on(async {
        let (ctx, cancel) = with_timeout(&background(), 5 * MILLISECOND);
        assert!(ctx.deadline().1);
        let never = gort::Chan::<i64>::make(0);
        let done = ctx.done();
        let mut c0 = select::recv(&never);
        let mut c1 = select::recv(&done);
        let i = select::select(&mut [&mut c0, &mut c1]).await;
        assert_eq!(i, 1);
        assert_eq!(s(&ctx.err()), "context deadline exceeded");
        assert_eq!(s(&cause(&ctx)), "context deadline exceeded");
        cancel();
        assert_eq!(s(&ctx.err()), "context deadline exceeded", "first error sticks");
    });
}

#[test]
fn background_values_and_causes() {
    assert!(background().done().is_nil());
    assert!(background().err().is_nil());
    assert_eq!(background().string(), "context.Background");
    assert_eq!(context::todo().string(), "context.TODO");
    let key = Any::from_value(Str::from("k"));
    let v = with_value(&background(), &key, &Any::from_value(5i64));
    assert_eq!(gort::fmt::sprint(&[&v.value(&key)]).to_string_lossy(), "5");
    assert!(v.value(&Any::from_value(Str::from("z"))).is_nil());
    let (c3, cancel3) = with_cancel_cause(&background());
    assert_eq!(c3.string(), "context.Background.WithCancel");
    cancel3(gort::errors::new(&Str::lit("my cause")));
    assert_eq!((s(&c3.err()), s(&cause(&c3))), ("context canceled".into(), "my cause".into()));
}

#[test]
fn errors_and_names_match_go() {
    // Printed by Go 1.27.
    let (ctx, cancel) = with_cancel(&background());
    cancel();
    assert!(ctx.err() == context::canceled() && gort::errors::is(&ctx.err(), &context::canceled()));
    assert_eq!(
        gort::fmt::sprintf(&Str::lit("%T %v|%T %v"), &[&context::canceled(), &context::canceled(), &context::deadline_exceeded(), &context::deadline_exceeded()])
            .to_string_lossy(),
        "*errors.errorString context canceled|context.deadlineExceededError context deadline exceeded"
    );
    assert!(context::deadline_exceeded() == context::deadline_exceeded());
    let c2 = with_value(&background(), &Any::from_value(Str::lit("k")), &Any::from_value(1i64));
    let c3 = with_value(&c2, &Any::from_value(5i64), &Any::from_value(Str::lit("v")));
    let (c5, _c) = with_cancel_cause(&context::without_cancel(&c3));
    assert_eq!(gort::fmt::sprint(&[&c5]).to_string_lossy(), "context.Background.WithValue(k, int).WithValue(int, v).WithoutCancel.WithCancel");
    assert_eq!(gort::fmt::sprint(&[&ctx]).to_string_lossy(), "context.Background.WithCancel");
}

#[test]
fn after_func_runs_once_done_and_stop_prevents_it() {
    rt().block_on(async {
        let (ctx, cancel) = with_cancel(&background());
        let ran = gort::Chan::<i64>::make(2);
        let r = ran.clone();
        let _stop1 = context::after_func(&ctx, move || {
            let _ = r.try_send(1);
        });
        let stop2 = context::after_func(&ctx, || -> () {
            unreachable!("stopped");
        });
        assert!(stop2());
        cancel();
        assert_eq!(ran.recv().await, 1);
        let (ctx2, _c) = with_timeout(&background(), HOUR);
        let (d, ok) = ctx2.deadline();
        assert!(ok && gort::time::until(&d) > 59 * gort::time::MINUTE);
    });
}
