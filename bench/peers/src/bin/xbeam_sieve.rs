//! Peer of `bench/sieve/main.go` on std threads + crossbeam-channel: the concurrent prime sieve,
//! one thread per filter (4001 threads) over zero-capacity channels; first 4000 primes.

use crossbeam_channel::{Receiver, Sender, bounded};
use std::thread;

const PRIMES: usize = 4000;

fn generate(tx: Sender<i64>) {
    let mut i = 2;
    while tx.send(i).is_ok() {
        i += 1;
    }
}

fn filter(rx: Receiver<i64>, tx: Sender<i64>, prime: i64) {
    for i in rx {
        if i % prime != 0 && tx.send(i).is_err() {
            return;
        }
    }
}

fn main() {
    let (tx, mut rx) = bounded(0);
    thread::spawn(move || generate(tx));
    let (mut sum, mut last) = (0i64, 0i64);
    for _ in 0..PRIMES {
        let prime = rx.recv().unwrap();
        sum += prime;
        last = prime;
        let (tx1, rx1) = bounded(0);
        thread::spawn(move || filter(rx, tx1, prime));
        rx = rx1;
    }
    // Like Go, exit without waiting for the filter threads.
    println!("sieve {PRIMES} checksum {last} {sum}");
}
