#[gort::main]
async fn main(args: Vec<String>) -> i32 {
    0
}
