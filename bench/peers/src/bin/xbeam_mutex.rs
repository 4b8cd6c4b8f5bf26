//! Peer of `bench/mutex/main.go` on std threads: 8 threads each increment a shared counter 1M
//! times under one `std::sync::Mutex` (crossbeam has no mutex; std's is the idiomatic one).

use std::sync::{Arc, Mutex};
use std::thread;

const GOROUTINES: i64 = 8;
const INCREMENTS: i64 = 1_000_000;

fn main() {
    let counter = Arc::new(Mutex::new(0i64));
    let threads: Vec<_> = (0..GOROUTINES)
        .map(|_| {
            let counter = counter.clone();
            thread::spawn(move || {
                for _ in 0..INCREMENTS {
                    *counter.lock().unwrap() += 1;
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    println!("mutex {} checksum {}", GOROUTINES * INCREMENTS, *counter.lock().unwrap());
}
