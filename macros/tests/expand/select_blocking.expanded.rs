// Expansion of select_blocking.rs; regenerate with UPDATE_EXPECT=1.

fn expansion() {
    {
        let __ch0 = &jobs;
        let mut __c0 = ::gort::select::recv(__ch0);
        let __ch1 = &(if stop { Chan::nil() } else { ticks.clone() });
        let mut __c1 = ::gort::select::send(__ch1, n);
        let __i = ::gort::select::select_blocking(&mut [&mut __c0, &mut __c1]);
        match __i {
            0 => {
                let job = __c0.take().0;
                results.send_blocking(job * 2)
            }
            1 => n += 1,
            _ => ::core::unreachable!(),
        }
    };
}
