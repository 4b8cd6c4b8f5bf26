//! Peer of `bench/park/main.go` on std threads + crossbeam-channel: 1M parked threads do not fit
//! (Linux caps a process at 65,530 memory mappings, two per thread), so this is capped at 10,000
//! threads parked on one gate at once, each standing for 100 goroutines. The gate is a channel
//! whose only sender is dropped (crossbeam's close); WaitGroups are senders whose last drop ends
//! a `recv`.

use crossbeam_channel::bounded;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::thread;

const GOROUTINES: i64 = 1_000_000;
const THREADS: i64 = 10_000;
const PER_THREAD: i64 = GOROUTINES / THREADS;

fn main() {
    let (gate_tx, gate_rx) = bounded::<()>(0);
    let (started_tx, started_rx) = bounded::<()>(0);
    let sum = Arc::new(AtomicI64::new(0));
    let threads: Vec<_> = (0..THREADS)
        .map(|t| {
            let gate = gate_rx.clone();
            let started = started_tx.clone();
            let sum = sum.clone();
            thread::spawn(move || {
                drop(started);
                // Parked until the gate's sender is dropped.
                let _ = gate.recv();
                let range = t * PER_THREAD..(t + 1) * PER_THREAD;
                sum.fetch_add(range.sum::<i64>(), Ordering::Relaxed);
            })
        })
        .collect();
    drop(started_tx);
    let _ = started_rx.recv();
    drop(gate_tx);
    for t in threads {
        t.join().unwrap();
    }
    println!("park {GOROUTINES} checksum {}", sum.load(Ordering::Relaxed));
}
