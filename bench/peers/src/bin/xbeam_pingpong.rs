//! Peer of `bench/pingpong/main.go` on std threads + crossbeam-channel: two threads, 1M round
//! trips over two zero-capacity channels.

use crossbeam_channel::bounded;
use std::thread;

const ROUNDS: i64 = 1_000_000;

fn main() {
    let (ping_tx, ping_rx) = bounded::<i64>(0);
    let (pong_tx, pong_rx) = bounded::<i64>(0);
    let echo = thread::spawn(move || {
        for v in ping_rx {
            pong_tx.send(v + 1).unwrap();
        }
    });
    let (mut sum, mut v) = (0i64, 0i64);
    for _ in 0..ROUNDS {
        ping_tx.send(v).unwrap();
        v = pong_rx.recv().unwrap();
        sum += v & 0xff;
    }
    drop(ping_tx);
    echo.join().unwrap();
    println!("pingpong {ROUNDS} checksum {v} {sum}");
}
