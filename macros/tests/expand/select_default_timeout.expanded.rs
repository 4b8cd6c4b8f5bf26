// Expansion of select_default_timeout.rs; regenerate with UPDATE_EXPECT=1.

fn expansion() {
    {
        let __ch0 = &quit;
        let mut __c0 = ::gort::select::recv(__ch0);
        let __ch1 = &gort::time::after(timeout);
        let mut __c1 = ::gort::select::recv(__ch1);
        let __i = ::gort::select::try_select(&mut [&mut __c0, &mut __c1]);
        match __i {
            ::core::option::Option::Some(0) => {
                let _ = __c0.take_opt();
                return;
            }
            ::core::option::Option::Some(1) => {
                let _ = __c1.take_opt();
                println!("timeout")
            }
            ::core::option::Option::None => continue,
            _ => ::core::unreachable!(),
        }
    };
}
