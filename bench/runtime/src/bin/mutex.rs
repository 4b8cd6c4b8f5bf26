//! Twin of `mutex/main.go`: 8 goroutines × 1M increments under one `sync::Mutex`.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use gort::sync::{Mutex, WaitGroup};

fn main() {
    gort::run_main(async {
        const G: i64 = 8;
        const N: i64 = 1_000_000;
        let mu = Mutex::new();
        let wg = WaitGroup::new();
        // Only touched under `mu`; an atomic only because Rust wants shared mutation proven.
        let counter = Arc::new(AtomicI64::new(0));
        for _ in 0..G {
            let (mu, wg, counter) = (mu.clone(), wg.clone(), counter.clone());
            wg.add(1);
            gort::spawn(async move {
                for _ in 0..N {
                    mu.lock().await;
                    counter.store(counter.load(Ordering::Relaxed) + 1, Ordering::Relaxed);
                    mu.unlock();
                }
                wg.done();
            });
        }
        wg.wait().await;
        println!("{}", counter.load(Ordering::Relaxed));
    })
}
