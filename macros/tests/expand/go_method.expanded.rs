// Expansion of go_method.rs; regenerate with UPDATE_EXPECT=1.

fn expansion() {
    {
        let __go_recv = pool.clone();
        let __go_arg0 = next_id();
        ::gort::spawn(async move {
            #[allow(unused_imports)]
            use ::gort::macros::__private::{GoFuture as _, GoValue as _};
            let __go_run = ::gort::macros::__private::Go(
                    __go_recv.run(__go_arg0, 5, |x| x * 2),
                )
                .__go_call();
            let _ = __go_run.await;
        })
    };
}
