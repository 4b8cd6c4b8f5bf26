//! Peer of `bench/timers/main.go` on std threads + crossbeam-channel: 100k threads do not fit
//! (Linux caps a process at 65,530 memory mappings, two per thread), so this is capped at 10,000
//! threads. Thread t stands for goroutines t, t+10000, …, t+90000, which all wait the same
//! 1 + t%100 ms: it selects once on `crossbeam_channel::after` or a quit channel and counts its
//! 10 ids.

use crossbeam_channel::{after, bounded, select};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::thread;
use std::time::Duration;

const GOROUTINES: i64 = 100_000;
const THREADS: i64 = 10_000;

fn main() {
    let (quit_tx, quit_rx) = bounded::<()>(0);
    let fired = Arc::new(AtomicI64::new(0));
    let sum = Arc::new(AtomicI64::new(0));
    let threads: Vec<_> = (0..THREADS)
        .map(|t| {
            let quit = quit_rx.clone();
            let (fired, sum) = (fired.clone(), sum.clone());
            thread::spawn(move || {
                let d = Duration::from_millis(1 + (t % 100) as u64);
                select! {
                    recv(after(d)) -> _ => {
                        let ids = (t..GOROUTINES).step_by(THREADS as usize);
                        fired.fetch_add(ids.clone().count() as i64, Ordering::Relaxed);
                        sum.fetch_add(ids.sum::<i64>(), Ordering::Relaxed);
                    }
                    recv(quit) -> _ => {}
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    drop(quit_tx);
    let fired = fired.load(Ordering::Relaxed);
    println!("timers {GOROUTINES} checksum {fired} {}", sum.load(Ordering::Relaxed));
}
