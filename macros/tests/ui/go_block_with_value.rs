fn main() {
    let x = 40;
    gort::go! { x + 2 }
}
