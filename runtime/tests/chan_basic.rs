//! Unit tests of `Chan`: buffering, rendezvous, close, nil, len/cap, blocking forms, select.

use gort::{Chan, select};

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

#[test]
fn buffered_fifo_len_cap() {
    rt().block_on(async {
        let ch = Chan::<i64>::make(3);
        assert_eq!((ch.len(), ch.cap()), (0, 3));
        for i in 0..3 {
            ch.send(i).await;
        }
        assert_eq!(ch.len(), 3);
        assert_eq!(ch.try_send(9), Err(9));
        for i in 0..3 {
            assert_eq!(ch.recv().await, i);
        }
        assert_eq!(ch.try_recv(), None);
    });
}

#[test]
fn unbuffered_rendezvous_between_goroutines() {
    rt().block_on(async {
        let ch = Chan::<i64>::make(0);
        let done = Chan::<bool>::make(0);
        let (c, d) = (ch.clone(), done.clone());
        gort::spawn(async move {
            let mut sum = 0;
            while let Some(v) = c.recv_opt().await {
                sum += v;
            }
            assert_eq!(sum, 4950);
            d.send(true).await;
        });
        for i in 0..100 {
            ch.send(i).await;
        }
        ch.close();
        assert!(done.recv().await);
    });
}

#[test]
fn close_gives_zero_and_false_after_drain() {
    rt().block_on(async {
        let ch = Chan::<i64>::make(2);
        ch.send(7).await;
        ch.close();
        assert_eq!(ch.recv_ok().await, (7, true));
        assert_eq!(ch.recv_ok().await, (0, false));
        assert_eq!(ch.recv_opt().await, None);
    });
}

#[test]
fn blocking_forms_talk_to_async_side() {
    let ch = Chan::<String>::make(0);
    let c = ch.clone();
    let t = std::thread::spawn(move || {
        for i in 0..50 {
            c.send_blocking(format!("m{i}"));
        }
        c.close();
    });
    rt().block_on(async {
        let mut n = 0;
        while let Some(v) = ch.recv_opt().await {
            assert_eq!(v, format!("m{n}"));
            n += 1;
        }
        assert_eq!(n, 50);
    });
    t.join().unwrap();
}

#[test]
fn select_recv_send_and_default() {
    rt().block_on(async {
        let a = Chan::<i64>::make(1);
        let b = Chan::<i64>::make(1);
        let mut c0 = select::recv(&a);
        let mut c1 = select::send(&b, 5);
        let i = select::try_select(&mut [&mut c0, &mut c1]);
        assert_eq!(i, Some(1));
        assert_eq!(b.recv().await, 5);

        let mut c0 = select::recv(&a);
        let nil = Chan::<i64>::nil();
        let mut c1 = select::recv(&nil);
        assert_eq!(select::try_select(&mut [&mut c0, &mut c1]), None);

        let a2 = a.clone();
        gort::spawn(async move { a2.send(11).await });
        let mut c0 = select::recv(&a);
        let mut c1 = select::recv(&nil);
        let i = select::select(&mut [&mut c0, &mut c1]).await;
        assert_eq!(i, 0);
        assert_eq!(c0.take(), (11, true));
    });
}

#[test]
fn never_blocking_channel_loop_still_yields() {
    // One worker: the flag-setter only runs if the spinning goroutine yields (Go preempts it;
    // gort's cooperative budget makes it yield every so many completed operations).
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let flag = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let done = Chan::<u64>::make(1);
        let (f, d) = (flag.clone(), done.clone());
        gort::spawn(async move {
            let ch = Chan::<i64>::make(1);
            let mut n = 0u64;
            while !f.load(std::sync::atomic::Ordering::SeqCst) {
                ch.send(1).await;
                ch.recv().await;
                n += 1;
            }
            d.send(n).await;
        });
        let f = flag.clone();
        gort::spawn(async move { f.store(true, std::sync::atomic::Ordering::SeqCst) });
        assert!(done.recv().await > 0);
    });
}
