//! A pipeline with cancellation: generate → square → main. Main takes the first five squares,
//! then cancels the context; every stage notices `ctx.done()` in its `select!` and stops.
//!
//! Run: `cargo run -p gort --example pipeline`

use gort::context::{self, Context};
use gort::sync::WaitGroup;
use gort::{Chan, go, select};

/// Sends 1, 2, 3, … on `out` until the context is cancelled.
async fn generate(ctx: Context, out: Chan<i64>, wg: WaitGroup) {
    let mut n = 1;
    loop {
        select! {
            send(out, n) => n += 1,
            recv(ctx.done()) => break,
        }
    }
    wg.done();
}

/// Squares what arrives on `input` and sends it on `out`, until `input` closes or the context
/// is cancelled (also while it waits to hand over a square).
async fn square(ctx: Context, input: Chan<i64>, out: Chan<i64>, wg: WaitGroup) {
    loop {
        select! {
            recv(input) -> (v, ok) => {
                if !ok {
                    break;
                }
                select! {
                    send(out, v * v) => {}
                    recv(ctx.done()) => break, // leaves the loop, not just the inner select
                }
            }
            recv(ctx.done()) => break,
        }
    }
    wg.done();
}

#[gort::main]
async fn main() {
    let (ctx, cancel) = context::with_cancel(&context::background());
    let wg = WaitGroup::new();
    let (numbers, squares) = (Chan::make(0), Chan::make(0));
    wg.add(2);
    go!(generate(ctx.clone(), numbers.clone(), wg.clone()));
    go!(square(ctx.clone(), numbers.clone(), squares.clone(), wg.clone()));

    for _ in 0..5 {
        println!("main: got {}", squares.recv().await);
    }
    cancel();
    wg.wait().await;
    // Both stages have returned: nothing is left blocked on a channel.
    println!("main: every stage stopped: {}", ctx.err());
}
