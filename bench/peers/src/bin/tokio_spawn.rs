//! Peer of `bench/spawn/main.go` on tokio: 1M tasks, each adds to an atomic; the main task waits
//! until every task has dropped its clone of a `done` sender (tokio's stand-in for a WaitGroup).

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use tokio::sync::mpsc;

const GOROUTINES: i64 = 1_000_000;

#[tokio::main]
async fn main() {
    // Like Go's main goroutine, the work runs in a task on the worker pool: the future of
    // `#[tokio::main]` itself is polled on the main thread, outside the pool.
    tokio::spawn(run()).await.unwrap();
}

async fn run() {
    let sum = Arc::new(AtomicI64::new(0));
    let (done_tx, mut done_rx) = mpsc::channel::<()>(1);
    for n in 0..GOROUTINES {
        let sum = sum.clone();
        let done = done_tx.clone();
        tokio::spawn(async move {
            sum.fetch_add(n, Ordering::Relaxed);
            drop(done);
        });
    }
    drop(done_tx);
    // `None` once the last clone is gone: every task has finished.
    let _ = done_rx.recv().await;
    println!("spawn {GOROUTINES} checksum {}", sum.load(Ordering::Relaxed));
}
