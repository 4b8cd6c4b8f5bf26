// Expansion of select_recv_send.rs; regenerate with UPDATE_EXPECT=1.

fn expansion() {
    {
        let __ch0 = &ch1;
        let mut __c0 = ::gort::select::recv(__ch0);
        let __ch1 = &out;
        let mut __c1 = ::gort::select::send(__ch1, v + 1);
        let __ch2 = &ch3;
        let mut __c2 = ::gort::select::recv(__ch2);
        let __i = ::gort::select::select(&mut [&mut __c0, &mut __c1, &mut __c2]).await;
        match __i {
            0 => {
                let v = __c0.take().0;
                println!("got {v}")
            }
            1 => {}
            2 => {
                let (v, ok) = __c2.take();
                {
                    if !ok {
                        break;
                    }
                    total += v;
                }
            }
            _ => ::core::unreachable!(),
        }
    };
}
