//! The may-block forms of `iter.Seq`: std sequences lifted into them (`seq_async*`), and
//! may-block sequences drained for std functions (`drained*`), fed by a goroutine over a
//! channel, with early stops.

use std::sync::Arc;

use gort::iter::{self, Seq2Async, SeqAsync, SeqAsyncYield, Yield, Yield2, YieldAsync};
use gort::{BoxFuture, Chan, Func, Slice, slices};

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap()
}

/// A sequence that receives 1..=n from a goroutine (it blocks on each value).
fn from_goroutine(n: i64) -> SeqAsync<i64> {
    Func::new(Arc::new(move |y: Yield<i64>| -> BoxFuture<'static, ()> {
        Box::pin(async move {
            let ch = Chan::<i64>::make(0);
            let tx = ch.clone();
            gort::spawn(async move {
                for i in 1..=n {
                    tx.send(i).await;
                }
                tx.close();
            });
            while let Some(v) = ch.recv_opt().await {
                if !(*y)(v) {
                    return;
                }
            }
        })
    }))
}

/// Runs a may-block sequence whose yield blocks (a channel send per value) and stops after
/// `limit` values; returns what the body saw.
async fn range_blocking(seq: &SeqAsyncYield<i64>, limit: usize) -> Vec<i64> {
    let out = Chan::<i64>::make(100);
    let sink = out.clone();
    let seen = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let y: YieldAsync<i64> = Func::new(Arc::new(move |v: i64| -> BoxFuture<'static, bool> {
        let (sink, seen) = (sink.clone(), seen.clone());
        Box::pin(async move {
            sink.send(v).await;
            seen.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1 < limit
        })
    }));
    (*seq)(y).await;
    out.close();
    let mut got = Vec::new();
    while let Some(v) = out.recv_opt().await {
        got.push(v);
    }
    got
}

#[test]
fn lifted_and_drained_sequences() {
    rt().block_on(async {
        let vals = Slice::from_vec(vec![3i64, 1, 2]);
        // A std sequence in the may-block form, with a synchronous yield: lazy, stops early.
        let lifted = iter::seq_async(slices::values(&vals));
        let got = Arc::new(parking_lot::Mutex::new(Vec::new()));
        let g = got.clone();
        (*lifted)(Func::new(Arc::new(move |v: i64| {
            g.lock().push(v);
            v != 1
        }))).await;
        assert_eq!(*got.lock(), vec![3, 1]);

        // Under a body that blocks: every value, or the first `limit`, in order.
        for (limit, want) in [(10, vec![3, 1, 2]), (2, vec![3, 1]), (1, vec![3])] {
            let lifted = iter::seq_async_yield(slices::values(&vals));
            assert_eq!(range_blocking(&lifted, limit).await, want);
        }

        // Drained for a std function: slices.Collect / Sorted of a goroutine-fed sequence.
        for n in [0i64, 1, 5] {
            let seq = iter::drained(from_goroutine(n)).await;
            let want: Vec<i64> = (1..=n).collect();
            assert_eq!(slices::collect(&*seq).to_vec(), want);
            // The replay can run again.
            assert_eq!(slices::sorted(&*seq).to_vec(), want);
        }

        // Pairs: a two-value sequence fed by a goroutine, drained into maps.Collect's input.
        let pairs: Seq2Async<i64, i64> = Func::new(Arc::new(|y: Yield2<i64, i64>| -> BoxFuture<'static, ()> {
            Box::pin(async move {
                let ch = Chan::<i64>::make(1);
                for i in 0..4 {
                    ch.send(i * i).await;
                    let v = ch.recv().await;
                    if !(*y)(i, v) {
                        return;
                    }
                }
            })
        }));
        let drained = iter::drained2(pairs).await;
        let m = gort::maps::collect(&*drained);
        assert_eq!((m.len(), m.get(&3)), (4, 9));
    });
}
