// Expansion of select_empty.rs; regenerate with UPDATE_EXPECT=1.

fn expansion() {
    {
        let __i = ::gort::select::select(&mut []).await;
        match __i {
            _ => ::core::unreachable!(),
        }
    };
}
