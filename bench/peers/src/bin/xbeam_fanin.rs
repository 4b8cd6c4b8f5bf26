//! Peer of `bench/fanin/main.go` on std threads + crossbeam-channel: 8 producer threads on 8
//! zero-capacity channels, one consumer in an 8-arm `crossbeam_channel::select!`; 4M messages.

use crossbeam_channel::{Receiver, bounded, never, select};
use std::thread;

const PRODUCERS: i64 = 8;
const TOTAL: i64 = 4_000_000;
const EACH: i64 = TOTAL / PRODUCERS;

fn main() {
    let mut rxs = Vec::new();
    for p in 0..PRODUCERS {
        let (tx, rx) = bounded::<i64>(0);
        rxs.push(rx);
        thread::spawn(move || {
            for i in 0..EACH {
                tx.send(p * EACH + i).unwrap();
            }
        });
    }
    let [mut r0, mut r1, mut r2, mut r3, mut r4, mut r5, mut r6, mut r7]: [Receiver<i64>; 8] =
        rxs.try_into().unwrap();
    let (mut sum, mut n) = (0i64, 0i64);
    // A producer that is done disconnects its channel: swap it for `never()` (Go's nil channel).
    while n < TOTAL {
        select! {
            recv(r0) -> v => match v { Ok(v) => sum += v, Err(_) => { r0 = never(); continue } },
            recv(r1) -> v => match v { Ok(v) => sum += v, Err(_) => { r1 = never(); continue } },
            recv(r2) -> v => match v { Ok(v) => sum += v, Err(_) => { r2 = never(); continue } },
            recv(r3) -> v => match v { Ok(v) => sum += v, Err(_) => { r3 = never(); continue } },
            recv(r4) -> v => match v { Ok(v) => sum += v, Err(_) => { r4 = never(); continue } },
            recv(r5) -> v => match v { Ok(v) => sum += v, Err(_) => { r5 = never(); continue } },
            recv(r6) -> v => match v { Ok(v) => sum += v, Err(_) => { r6 = never(); continue } },
            recv(r7) -> v => match v { Ok(v) => sum += v, Err(_) => { r7 = never(); continue } },
        }
        n += 1;
    }
    println!("fanin {n} checksum {sum}");
}
