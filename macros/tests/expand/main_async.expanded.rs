// Expansion of main_async.rs; regenerate with UPDATE_EXPECT=1.

fn main() {
    async fn main() {
        let ch = Chan::make(1);
        ch.send(1).await;
    }
    ::gort::run_main(main())
}
