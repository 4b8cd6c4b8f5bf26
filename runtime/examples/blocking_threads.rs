//! gort from plain threads: `#[gort::main] fn main()` (not async) runs main on a plain thread
//! that counts as the main goroutine; it uses the blocking forms (`recv_blocking`,
//! `select_blocking!`) and still starts goroutines with `go!`; other threads that talk to them
//! are started with `gort::rt::spawn_thread`.
//!
//! Run: `cargo run -p gort --example blocking_threads`

use gort::{Chan, go, select_blocking};

/// A goroutine: counts down on `ticks`, then closes it.
async fn countdown(from: i64, ticks: Chan<i64>) {
    for i in (1..=from).rev() {
        ticks.send(i).await;
    }
    ticks.close();
}

#[gort::main]
fn main() {
    let ticks = Chan::make(0);
    go!(countdown(3, ticks.clone()));

    // An OS thread that answers questions until its channel closes. `spawn_thread` (rather
    // than `std::thread::spawn`) makes it count as a goroutine for deadlock detection: while
    // main waits for its answer, the program is not stuck.
    let (questions, answers) = (Chan::<i64>::make(0), Chan::make(0));
    let (q, a) = (questions.clone(), answers.clone());
    let helper = gort::rt::spawn_thread(move || {
        while let Some(n) = q.recv_opt_blocking() {
            a.send_blocking(n * n);
        }
    });

    let mut ticks_open = true;
    let mut asked = 0;
    while ticks_open || asked < 3 {
        select_blocking! {
            recv(if ticks_open { ticks.clone() } else { Chan::nil() }) -> (t, ok) => {
                if ok {
                    println!("tick {t}");
                } else {
                    println!("countdown done");
                    ticks_open = false;
                }
            }
            send(if asked < 3 && !ticks_open { questions.clone() } else { Chan::nil() }, asked + 2) => {
                asked += 1;
                println!("{}^2 = {}", asked + 1, answers.recv_blocking());
            }
        }
    }
    questions.close();
    helper.join().unwrap();
    println!("main returns: the process exits 0");
}
