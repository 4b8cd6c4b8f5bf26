//! Model checking of the channel and select core with loom, on small configurations. Only built
//! with `RUSTFLAGS="--cfg loom" cargo test -p gort --release --test loom_chan`; the sync types
//! come through `gort`'s facade module, so loom explores every interleaving of the channel
//! lock, the selection-word compare-and-swap and the slot hand-over.

#![cfg(loom)]

use gort::{Chan, select};
use loom::thread;

fn model(f: impl Fn() + Sync + Send + 'static) {
    let mut b = loom::model::Builder::new();
    b.preemption_bound = Some(3);
    b.check(f);
}

#[test]
fn rendezvous_hands_over_the_value() {
    model(|| {
        let c = Chan::<i64>::make(0);
        let c2 = c.clone();
        let t = thread::spawn(move || c2.send_blocking(7));
        assert_eq!(c.recv_opt_blocking(), Some(7));
        t.join().unwrap();
    });
}

#[test]
fn buffered_two_senders_one_receiver() {
    model(|| {
        let c = Chan::<i64>::make(1);
        let (a, b) = (c.clone(), c.clone());
        let t1 = thread::spawn(move || a.send_blocking(1));
        let t2 = thread::spawn(move || b.send_blocking(2));
        let x = c.recv_opt_blocking().unwrap();
        let y = c.recv_opt_blocking().unwrap();
        assert_eq!(x + y, 3);
        t1.join().unwrap();
        t2.join().unwrap();
    });
}

#[test]
fn close_wakes_a_blocked_receiver() {
    model(|| {
        let c = Chan::<i64>::make(0);
        let c2 = c.clone();
        let t = thread::spawn(move || c2.recv_opt_blocking());
        c.close();
        assert_eq!(t.join().unwrap(), None);
    });
}

#[test]
fn select_fires_exactly_one_case() {
    model(|| {
        let a = Chan::<i64>::make(0);
        let b = Chan::<i64>::make(1);
        let (a2, b2) = (a.clone(), b.clone());
        let t1 = thread::spawn(move || {
            // Never blocks forever: the select below takes `a` or the buffer takes `b`.
            let mut s = select::send(&a2, 1);
            let nil = Chan::<i64>::nil();
            let mut n = select::recv(&nil);
            let _ = select::try_select(&mut [&mut s, &mut n]);
        });
        b2.send_blocking(2);
        let mut ra = select::recv(&a);
        let mut rb = select::recv(&b);
        let k = select::select_blocking(&mut [&mut ra, &mut rb]);
        let got = if k == 0 { ra.take_opt() } else { rb.take_opt() };
        assert!(got == Some(1) || got == Some(2));
        t1.join().unwrap();
        // The case that did not fire left its value where it was.
        if k == 0 {
            assert_eq!(b.try_recv(), Some(Some(2)));
        }
    });
}

#[test]
fn two_selects_share_two_senders() {
    model(|| {
        let c = Chan::<i64>::make(0);
        let d = Chan::<i64>::make(0);
        let (c1, d1) = (c.clone(), d.clone());
        let t = thread::spawn(move || {
            let mut x = select::recv(&c1);
            let mut y = select::recv(&d1);
            let k = select::select_blocking(&mut [&mut x, &mut y]);
            if k == 0 { x.take_opt() } else { y.take_opt() }
        });
        let (c2, d2) = (c.clone(), d.clone());
        let u = thread::spawn(move || {
            let mut x = select::recv(&c2);
            let mut y = select::recv(&d2);
            let k = select::select_blocking(&mut [&mut x, &mut y]);
            if k == 0 { x.take_opt() } else { y.take_opt() }
        });
        c.send_blocking(1);
        d.send_blocking(2);
        // Each select took exactly one value, and together they took both.
        let (a, b) = (t.join().unwrap().unwrap(), u.join().unwrap().unwrap());
        assert_eq!(a + b, 3);
    });
}
