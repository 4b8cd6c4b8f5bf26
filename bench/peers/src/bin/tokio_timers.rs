//! Peer of `bench/timers/main.go` on tokio: 100k tasks each `tokio::select!` on a `sleep` of
//! 1-100 ms or a quit signal (a `watch` channel, closed by dropping its sender) that only comes
//! after all have finished; a `done` sender per task stands in for the WaitGroup.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;
use tokio::sync::{mpsc, watch};

const GOROUTINES: i64 = 100_000;

#[tokio::main]
async fn main() {
    // Like Go's main goroutine, the work runs in a task on the worker pool: the future of
    // `#[tokio::main]` itself is polled on the main thread, outside the pool.
    tokio::spawn(run()).await.unwrap();
}

async fn run() {
    let (quit_tx, quit_rx) = watch::channel(());
    let (done_tx, mut done_rx) = mpsc::channel::<()>(1);
    let fired = Arc::new(AtomicI64::new(0));
    let sum = Arc::new(AtomicI64::new(0));
    for n in 0..GOROUTINES {
        let mut quit = quit_rx.clone();
        let done = done_tx.clone();
        let (fired, sum) = (fired.clone(), sum.clone());
        tokio::spawn(async move {
            let d = Duration::from_millis(1 + (n % 100) as u64);
            tokio::select! {
                _ = tokio::time::sleep(d) => {
                    fired.fetch_add(1, Ordering::Relaxed);
                    sum.fetch_add(n, Ordering::Relaxed);
                }
                _ = quit.changed() => {}
            }
            drop(done);
        });
    }
    drop(done_tx);
    let _ = done_rx.recv().await;
    drop(quit_tx);
    let fired = fired.load(Ordering::Relaxed);
    println!("timers {GOROUTINES} checksum {fired} {}", sum.load(Ordering::Relaxed));
}
