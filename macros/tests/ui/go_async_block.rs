fn main() {
    gort::go!(async move {
        println!("hi");
    });
}
