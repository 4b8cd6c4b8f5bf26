// Expansion of main_error_args.rs; regenerate with UPDATE_EXPECT=1.

#[allow(dead_code)]
fn main() {}
::core::compile_error! {
    "`#[gort::main]` functions take no arguments; read them with `std::env::args()`"
}
::core::compile_error! {
    "`#[gort::main]` functions return `()` or `Result<(), E>`; exit with a code through `gort::rt::exit(code)`"
}
