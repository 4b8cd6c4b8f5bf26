#[gort::main]
async fn main() {
    let ch = Chan::make(1);
    ch.send(1).await;
}
