//! Peer of `bench/spawn/main.go` on std threads: a thread per goroutine would be 1M thread
//! creations, so this is capped at 10,000 threads, each doing the work of 100 goroutines
//! (adding their 100 values to the atomic); the main thread joins them all.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::thread;

const GOROUTINES: i64 = 1_000_000;
const THREADS: i64 = 10_000;
const PER_THREAD: i64 = GOROUTINES / THREADS;

fn main() {
    let sum = Arc::new(AtomicI64::new(0));
    let threads: Vec<_> = (0..THREADS)
        .map(|t| {
            let sum = sum.clone();
            thread::spawn(move || {
                for n in t * PER_THREAD..(t + 1) * PER_THREAD {
                    sum.fetch_add(n, Ordering::Relaxed);
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    println!("spawn {GOROUTINES} checksum {}", sum.load(Ordering::Relaxed));
}
