use gort::{Chan, select};

fn main() {
    let ch: Chan<i64> = Chan::make(1);
    select! {
        recv(ch) -> v => println!("{v}"),
    }
}
