//! Peer of `bench/fanin/main.go` on tokio: 8 producer tasks on 8 mpsc channels of capacity 1
//! (tokio has no unbuffered channel), one consumer in an 8-branch `tokio::select!`; 4M messages.

use tokio::sync::mpsc;

const PRODUCERS: i64 = 8;
const TOTAL: i64 = 4_000_000;
const EACH: i64 = TOTAL / PRODUCERS;

#[tokio::main]
async fn main() {
    // Like Go's main goroutine, the work runs in a task on the worker pool: the future of
    // `#[tokio::main]` itself is polled on the main thread, outside the pool.
    tokio::spawn(run()).await.unwrap();
}

async fn run() {
    let mut rxs = Vec::new();
    for p in 0..PRODUCERS {
        let (tx, rx) = mpsc::channel::<i64>(1);
        rxs.push(rx);
        tokio::spawn(async move {
            for i in 0..EACH {
                tx.send(p * EACH + i).await.unwrap();
            }
        });
    }
    let [mut r0, mut r1, mut r2, mut r3, mut r4, mut r5, mut r6, mut r7]: [_; 8] =
        rxs.try_into().unwrap();
    let (mut sum, mut n) = (0i64, 0i64);
    // A branch whose channel has closed stops matching `Some` and is disabled for that select.
    while n < TOTAL {
        tokio::select! {
            Some(v) = r0.recv() => sum += v,
            Some(v) = r1.recv() => sum += v,
            Some(v) = r2.recv() => sum += v,
            Some(v) = r3.recv() => sum += v,
            Some(v) = r4.recv() => sum += v,
            Some(v) = r5.recv() => sum += v,
            Some(v) = r6.recv() => sum += v,
            Some(v) = r7.recv() => sum += v,
            else => break,
        }
        n += 1;
    }
    println!("fanin {n} checksum {sum}");
}
