// Expansion of main_sync_result.rs; regenerate with UPDATE_EXPECT=1.

fn main() {
    fn main() -> Result<(), String> {
        Err("no".to_string())
    }
    ::gort::macros::__private::run_main_sync(|| ::gort::macros::__private::exit_on_error(
        main(),
    ))
}
