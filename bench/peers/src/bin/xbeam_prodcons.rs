//! Peer of `bench/prodcons/main.go` on std threads + crossbeam-channel: 4 producer and 4
//! consumer threads on one bounded(128) channel.

use crossbeam_channel::bounded;
use std::thread;

const PRODUCERS: i64 = 4;
const CONSUMERS: usize = 4;
const TOTAL: i64 = 10_000_000;
const CAPACITY: usize = 128;

fn main() {
    let (tx, rx) = bounded::<i64>(CAPACITY);
    let producers: Vec<_> = (0..PRODUCERS)
        .map(|p| {
            let tx = tx.clone();
            thread::spawn(move || {
                let mut i = p;
                while i < TOTAL {
                    tx.send(i).unwrap();
                    i += PRODUCERS;
                }
            })
        })
        .collect();
    drop(tx);
    let consumers: Vec<_> = (0..CONSUMERS)
        .map(|_| {
            let rx = rx.clone();
            thread::spawn(move || rx.iter().fold((0i64, 0i64), |(s, n), v| (s + v, n + 1)))
        })
        .collect();
    for p in producers {
        p.join().unwrap();
    }
    let (mut sum, mut n) = (0i64, 0i64);
    for c in consumers {
        let (s, k) = c.join().unwrap();
        sum += s;
        n += k;
    }
    println!("prodcons {n} checksum {sum}");
}
