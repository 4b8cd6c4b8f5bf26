use gort::select_blocking;

fn main() {
    select_blocking! {
        recv() -> v => println!("{v}"),
    }
}
