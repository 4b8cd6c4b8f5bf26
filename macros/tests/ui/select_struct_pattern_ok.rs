// A struct pattern after `->` still parses; the one error here is the missing value for `send`.
use gort::{Chan, select_blocking};

#[derive(Default)]
struct Point {
    x: i64,
    y: i64,
}

fn main() {
    let ch: Chan<Point> = Chan::make(1);
    select_blocking! {
        recv(ch) -> Point { x, y } => println!("{x} {y}"),
        send(ch) => {}
    }
}
