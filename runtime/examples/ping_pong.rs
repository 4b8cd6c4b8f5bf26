//! Ping-pong: two goroutines hit a ball back and forth over unbuffered channels.
//!
//! Run: `cargo run -p gort --example ping_pong`

use gort::{Chan, go};

#[derive(Default)]
struct Ball {
    hits: i64,
}

/// Receives the ball on `from`, hits it, and sends it back on `to` until `rounds` hits.
async fn player(name: &'static str, from: Chan<Ball>, to: Chan<Ball>, done: Chan<i64>, rounds: i64) {
    loop {
        let mut ball = from.recv().await;
        ball.hits += 1;
        println!("{name:>4}: hit {}", ball.hits);
        if ball.hits == rounds {
            done.send(ball.hits).await;
            return;
        }
        to.send(ball).await;
    }
}

#[gort::main]
async fn main() {
    let (ping, pong) = (Chan::make(0), Chan::make(0));
    let done = Chan::make(0);
    go!(player("ping", ping.clone(), pong.clone(), done.clone(), 10));
    go!(player("pong", pong.clone(), ping.clone(), done.clone(), 10));
    ping.send(Ball::default()).await; // serve
    let hits = done.recv().await;
    println!("game over after {hits} hits");
}
