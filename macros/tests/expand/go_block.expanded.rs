// Expansion of go_block.rs; regenerate with UPDATE_EXPECT=1.

fn expansion() {
    ::gort::spawn(async move {
        let v = ch.recv().await;
        done.send(v * 2).await;
    });
}
