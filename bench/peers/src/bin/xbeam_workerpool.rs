//! Peer of `bench/workerpool/main.go` on std threads + crossbeam-channel: 16 worker threads take
//! jobs from a bounded(256) channel, hash each (FNV-1a, 1000 steps) and send results over a
//! second bounded(256) channel to the main thread.

use crossbeam_channel::bounded;
use std::thread;

const WORKERS: usize = 16;
const JOBS: i64 = 200_000;
const ROUNDS: i64 = 1000;

fn work(n: i64) -> u64 {
    let mut h: u64 = 14695981039346656037;
    for r in 0..ROUNDS {
        h ^= (n + r) as u64;
        h = h.wrapping_mul(1099511628211);
    }
    h
}

fn main() {
    let (job_tx, job_rx) = bounded::<i64>(256);
    let (res_tx, res_rx) = bounded::<u64>(256);
    for _ in 0..WORKERS {
        let (job_rx, res_tx) = (job_rx.clone(), res_tx.clone());
        thread::spawn(move || {
            for j in job_rx {
                res_tx.send(work(j)).unwrap();
            }
        });
    }
    // The results channel disconnects when the last worker drops its sender.
    drop((job_rx, res_tx));
    thread::spawn(move || {
        for j in 0..JOBS {
            job_tx.send(j).unwrap();
        }
    });
    let (mut xor, mut n) = (0u64, 0i64);
    for r in res_rx {
        xor ^= r;
        n += 1;
    }
    println!("workerpool {n} checksum {xor}");
}
