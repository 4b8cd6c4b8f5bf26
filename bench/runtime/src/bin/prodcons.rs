//! Twin of `prodcons/main.go`: 4 producers × 4 consumers over a cap-128 channel, 10M items.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use gort::Chan;
use gort::sync::WaitGroup;

fn main() {
    gort::run_main(async {
        const N: i64 = 10_000_000;
        const P: i64 = 4;
        const C: i64 = 4;
        let ch = Chan::<i64>::make(128);
        let (pw, cw) = (WaitGroup::new(), WaitGroup::new());
        for _ in 0..P {
            pw.add(1);
            let (ch, pw) = (ch.clone(), pw.clone());
            gort::spawn(async move {
                for j in 0..N / P {
                    ch.send(j).await;
                }
                pw.done();
            });
        }
        let total = Arc::new(AtomicI64::new(0));
        for _ in 0..C {
            cw.add(1);
            let (ch, cw, total) = (ch.clone(), cw.clone(), total.clone());
            gort::spawn(async move {
                let mut s = 0;
                while let Some(v) = ch.recv_opt().await {
                    s += v;
                }
                total.fetch_add(s, Ordering::Relaxed);
                cw.done();
            });
        }
        pw.wait().await;
        ch.close();
        cw.wait().await;
        println!("{}", total.load(Ordering::Relaxed));
    })
}
