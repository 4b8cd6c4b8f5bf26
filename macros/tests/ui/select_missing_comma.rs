use gort::{Chan, select_blocking};

fn main() {
    let (a, b): (Chan<i64>, Chan<i64>) = (Chan::make(1), Chan::make(1));
    select_blocking! {
        recv(a) -> v => println!("{v}")
        recv(b) -> v => println!("{v}"),
    }
}
