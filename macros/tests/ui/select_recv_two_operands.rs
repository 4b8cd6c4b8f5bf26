use gort::{Chan, select_blocking};

fn main() {
    let ch: Chan<i64> = Chan::make(1);
    select_blocking! {
        recv(ch, 5) => println!("received"),
    }
}
