//! A worker pool: three workers take jobs from one channel and send results on another; main
//! sends the jobs, closes the job channel, and collects every result.
//!
//! Run: `cargo run -p gort --example worker_pool`

use gort::{Chan, go};

struct Job {
    id: i64,
    n: i64,
}

#[derive(Default)]
struct Outcome {
    job: i64,
    worker: i64,
    value: i64,
}

/// The number of Collatz steps from `n` down to 1: some work to do.
fn collatz_steps(mut n: i64) -> i64 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

/// Go's `for j := range jobs`: runs until `jobs` is closed and drained.
async fn worker(id: i64, jobs: Chan<Job>, results: Chan<Outcome>) {
    while let Some(job) = jobs.recv_opt().await {
        results.send(Outcome { job: job.id, worker: id, value: collatz_steps(job.n) }).await;
    }
}

#[gort::main]
async fn main() {
    const JOBS: i64 = 9;
    let jobs = Chan::make(JOBS);
    let results = Chan::make(JOBS);
    for w in 1..=3 {
        go!(worker(w, jobs.clone(), results.clone()));
    }
    for id in 1..=JOBS {
        jobs.send(Job { id, n: 10 * id + 7 }).await;
    }
    jobs.close();

    let mut outcomes = Vec::new();
    for _ in 0..JOBS {
        outcomes.push(results.recv().await);
    }
    // Which worker ran which job varies from run to run; the results do not.
    outcomes.sort_by_key(|o| o.job);
    for o in &outcomes {
        assert!((1..=3).contains(&o.worker));
        println!("job {}: collatz({}) takes {} steps", o.job, 10 * o.job + 7, o.value);
    }
    println!("total steps: {}", outcomes.iter().map(|o| o.value).sum::<i64>());
}
