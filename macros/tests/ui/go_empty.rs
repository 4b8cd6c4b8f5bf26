fn main() {
    gort::go!();
}
