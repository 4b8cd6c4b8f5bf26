#[gort::main]
struct Main;

fn main() {}
