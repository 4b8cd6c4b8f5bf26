//! Peer of `bench/park/main.go` on tokio: 1M tasks all wait on one gate at once, a `watch`
//! channel whose sender is dropped to release them (tokio's mpsc has a single receiver, so it
//! cannot be the broadcast gate). WaitGroups are `done` senders whose last drop ends a `recv`.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use tokio::sync::{mpsc, watch};

const GOROUTINES: i64 = 1_000_000;

#[tokio::main]
async fn main() {
    // Like Go's main goroutine, the work runs in a task on the worker pool: the future of
    // `#[tokio::main]` itself is polled on the main thread, outside the pool.
    tokio::spawn(run()).await.unwrap();
}

async fn run() {
    let (gate_tx, gate_rx) = watch::channel(());
    let (started_tx, mut started_rx) = mpsc::channel::<()>(1);
    let (finished_tx, mut finished_rx) = mpsc::channel::<()>(1);
    let sum = Arc::new(AtomicI64::new(0));
    for n in 0..GOROUTINES {
        let mut gate = gate_rx.clone();
        let started = started_tx.clone();
        let finished = finished_tx.clone();
        let sum = sum.clone();
        tokio::spawn(async move {
            drop(started);
            // Parked until the gate's sender is dropped (`changed` then returns an error).
            let _ = gate.changed().await;
            sum.fetch_add(n, Ordering::Relaxed);
            drop(finished);
        });
    }
    drop((started_tx, finished_tx, gate_rx));
    let _ = started_rx.recv().await;
    drop(gate_tx);
    let _ = finished_rx.recv().await;
    println!("park {GOROUTINES} checksum {}", sum.load(Ordering::Relaxed));
}
