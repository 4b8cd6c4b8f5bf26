//! Peer of `bench/pingpong/main.go` on tokio: two tasks, 1M round trips over two mpsc channels
//! of capacity 1 (tokio has no unbuffered channel).

use tokio::sync::mpsc;

const ROUNDS: i64 = 1_000_000;

#[tokio::main]
async fn main() {
    // Like Go's main goroutine, the work runs in a task on the worker pool: the future of
    // `#[tokio::main]` itself is polled on the main thread, outside the pool.
    tokio::spawn(run()).await.unwrap();
}

async fn run() {
    let (ping_tx, mut ping_rx) = mpsc::channel::<i64>(1);
    let (pong_tx, mut pong_rx) = mpsc::channel::<i64>(1);
    tokio::spawn(async move {
        while let Some(v) = ping_rx.recv().await {
            if pong_tx.send(v + 1).await.is_err() {
                break;
            }
        }
    });
    let (mut sum, mut v) = (0i64, 0i64);
    for _ in 0..ROUNDS {
        ping_tx.send(v).await.unwrap();
        v = pong_rx.recv().await.unwrap();
        sum += v & 0xff;
    }
    drop(ping_tx);
    println!("pingpong {ROUNDS} checksum {v} {sum}");
}
