//! Peer of `bench/prodcons/main.go` on tokio: 4 producers and 4 consumers on one mpsc channel of
//! capacity 128; tokio's mpsc has one receiver, so the consumers share it behind a
//! `tokio::sync::Mutex` (the pattern tokio's own docs suggest for several consumers).

use std::sync::Arc;
use tokio::sync::{Mutex, mpsc};

const PRODUCERS: i64 = 4;
const CONSUMERS: usize = 4;
const TOTAL: i64 = 10_000_000;
const CAPACITY: usize = 128;

#[tokio::main]
async fn main() {
    // Like Go's main goroutine, the work runs in a task on the worker pool: the future of
    // `#[tokio::main]` itself is polled on the main thread, outside the pool.
    tokio::spawn(run()).await.unwrap();
}

async fn run() {
    let (tx, rx) = mpsc::channel::<i64>(CAPACITY);
    for p in 0..PRODUCERS {
        let tx = tx.clone();
        tokio::spawn(async move {
            let mut i = p;
            while i < TOTAL {
                tx.send(i).await.unwrap();
                i += PRODUCERS;
            }
        });
    }
    // The channel closes when the last producer drops its sender.
    drop(tx);
    let rx = Arc::new(Mutex::new(rx));
    let consumers: Vec<_> = (0..CONSUMERS)
        .map(|_| {
            let rx = rx.clone();
            tokio::spawn(async move {
                let (mut sum, mut n) = (0i64, 0i64);
                loop {
                    let v = rx.lock().await.recv().await;
                    match v {
                        Some(v) => {
                            sum += v;
                            n += 1;
                        }
                        None => return (sum, n),
                    }
                }
            })
        })
        .collect();
    let (mut sum, mut n) = (0i64, 0i64);
    for c in consumers {
        let (s, k) = c.await.unwrap();
        sum += s;
        n += k;
    }
    println!("prodcons {n} checksum {sum}");
}
