//! Timeouts and non-blocking operations with `select!`: a receive from `time::after(d)` is a
//! timeout arm, and `default` makes a select that never waits.
//!
//! Run: `cargo run -p gort --example timeout`

use gort::time::{self, Duration, MILLISECOND, SECOND};
use gort::{Chan, go, select};

/// A server that answers after `delay`.
async fn serve(delay: Duration, reply: Chan<String>) {
    time::sleep(delay).await;
    reply.send(format!("answer after {delay}")).await;
}

/// Waits for an answer for at most `limit`.
async fn request(delay: Duration, limit: Duration) -> String {
    // Buffered, so a server that answers after the timeout does not block forever.
    let reply = Chan::make(1);
    go!(serve(delay, reply.clone()));
    select! {
        recv(reply) -> answer => answer,
        recv(time::after(limit)) => format!("timed out after {limit}"),
    }
}

#[gort::main]
async fn main() {
    println!("fast server: {}", request(Duration(0), 10 * SECOND).await);
    println!("slow server: {}", request(60 * SECOND, 100 * MILLISECOND).await);

    // Non-blocking send and receive.
    let mailbox = Chan::make(1);
    for msg in ["first", "second"] {
        select! {
            send(mailbox, msg) => println!("queued {msg}"),
            default => println!("mailbox full, dropped {msg}"),
        }
    }
    for _ in 0..2 {
        select! {
            recv(mailbox) -> msg => println!("read {msg}"),
            default => println!("mailbox empty"),
        }
    }
}
