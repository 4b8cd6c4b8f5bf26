//! Peer of `bench/sieve/main.go` on tokio: the concurrent prime sieve, a chain of filter tasks
//! over mpsc channels of capacity 1 (tokio has no unbuffered channel); first 4000 primes.

use tokio::sync::mpsc::{self, Receiver, Sender};

const PRIMES: usize = 4000;

async fn generate(tx: Sender<i64>) {
    let mut i = 2;
    while tx.send(i).await.is_ok() {
        i += 1;
    }
}

async fn filter(mut rx: Receiver<i64>, tx: Sender<i64>, prime: i64) {
    while let Some(i) = rx.recv().await {
        if i % prime != 0 && tx.send(i).await.is_err() {
            return;
        }
    }
}

#[tokio::main]
async fn main() {
    // Like Go's main goroutine, the work runs in a task on the worker pool: the future of
    // `#[tokio::main]` itself is polled on the main thread, outside the pool.
    tokio::spawn(run()).await.unwrap();
}

async fn run() {
    let (tx, mut rx) = mpsc::channel(1);
    tokio::spawn(generate(tx));
    let (mut sum, mut last) = (0i64, 0i64);
    for _ in 0..PRIMES {
        let prime = rx.recv().await.unwrap();
        sum += prime;
        last = prime;
        let (tx1, rx1) = mpsc::channel(1);
        tokio::spawn(filter(rx, tx1, prime));
        rx = rx1;
    }
    println!("sieve {PRIMES} checksum {last} {sum}");
}
