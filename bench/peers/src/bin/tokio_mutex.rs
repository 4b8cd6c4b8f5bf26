//! Peer of `bench/mutex/main.go` on tokio: 8 tasks each increment a shared counter 1M times
//! under one `tokio::sync::Mutex`.

use std::sync::Arc;
use tokio::sync::Mutex;

const GOROUTINES: i64 = 8;
const INCREMENTS: i64 = 1_000_000;

#[tokio::main]
async fn main() {
    // Like Go's main goroutine, the work runs in a task on the worker pool: the future of
    // `#[tokio::main]` itself is polled on the main thread, outside the pool.
    tokio::spawn(run()).await.unwrap();
}

async fn run() {
    let counter = Arc::new(Mutex::new(0i64));
    let tasks: Vec<_> = (0..GOROUTINES)
        .map(|_| {
            let counter = counter.clone();
            tokio::spawn(async move {
                for _ in 0..INCREMENTS {
                    *counter.lock().await += 1;
                }
            })
        })
        .collect();
    for t in tasks {
        t.await.unwrap();
    }
    println!("mutex {} checksum {}", GOROUTINES * INCREMENTS, *counter.lock().await);
}
