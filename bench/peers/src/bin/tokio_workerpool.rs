//! Peer of `bench/workerpool/main.go` on tokio: 16 worker tasks share the job channel's single
//! receiver behind a `tokio::sync::Mutex` (tokio's mpsc has one receiver), hash each job (FNV-1a,
//! 1000 steps) and send results over a second channel; both have capacity 256.

use std::sync::Arc;
use tokio::sync::{Mutex, mpsc};

const WORKERS: usize = 16;
const JOBS: i64 = 200_000;
const ROUNDS: i64 = 1000;

fn work(n: i64) -> u64 {
    let mut h: u64 = 14695981039346656037;
    for r in 0..ROUNDS {
        h ^= (n + r) as u64;
        h = h.wrapping_mul(1099511628211);
    }
    h
}

#[tokio::main]
async fn main() {
    // Like Go's main goroutine, the work runs in a task on the worker pool: the future of
    // `#[tokio::main]` itself is polled on the main thread, outside the pool.
    tokio::spawn(run()).await.unwrap();
}

async fn run() {
    let (job_tx, job_rx) = mpsc::channel::<i64>(256);
    let (res_tx, mut res_rx) = mpsc::channel::<u64>(256);
    let job_rx = Arc::new(Mutex::new(job_rx));
    for _ in 0..WORKERS {
        let job_rx = job_rx.clone();
        let res_tx = res_tx.clone();
        tokio::spawn(async move {
            loop {
                let job = job_rx.lock().await.recv().await;
                let Some(j) = job else { return };
                res_tx.send(work(j)).await.unwrap();
            }
        });
    }
    // The results channel closes when the last worker drops its sender.
    drop(res_tx);
    tokio::spawn(async move {
        for j in 0..JOBS {
            job_tx.send(j).await.unwrap();
        }
    });
    let (mut xor, mut n) = (0u64, 0i64);
    while let Some(r) = res_rx.recv().await {
        xor ^= r;
        n += 1;
    }
    println!("workerpool {n} checksum {xor}");
}
