//! Fan-in: three producers, one consumer that merges their channels with `select!`. A closed
//! input is switched off by setting it to the nil channel, which is never ready (Go's idiom).
//!
//! Run: `cargo run -p gort --example fan_in`

use gort::{Chan, go, select};

/// Sends `count` numbered messages, then closes its channel.
async fn produce(name: &'static str, count: i64, out: Chan<String>) {
    for i in 1..=count {
        out.send(format!("{name}-{i}")).await;
    }
    out.close();
}

#[gort::main]
async fn main() {
    let (mut a, mut b, mut c) = (Chan::make(0), Chan::make(0), Chan::make(0));
    go!(produce("alpha", 3, a.clone()));
    go!(produce("beta", 5, b.clone()));
    go!(produce("gamma", 2, c.clone()));

    let mut merged = Vec::new();
    while !(a.is_nil() && b.is_nil() && c.is_nil()) {
        select! {
            recv(a) -> (msg, ok) => if ok { merged.push(msg) } else { a = Chan::nil() },
            recv(b) -> (msg, ok) => if ok { merged.push(msg) } else { b = Chan::nil() },
            recv(c) -> (msg, ok) => if ok { merged.push(msg) } else { c = Chan::nil() },
        }
    }
    // The interleaving varies from run to run; each producer's own order never does.
    for name in ["alpha", "beta", "gamma"] {
        let mine: Vec<&str> = merged.iter().filter(|m| m.starts_with(name)).map(String::as_str).collect();
        println!("{name}: {}", mine.join(" "));
    }
    println!("{} messages merged", merged.len());
}
