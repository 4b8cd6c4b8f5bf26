#[gort::main]
fn main() -> Result<(), String> {
    Err("no".to_string())
}
