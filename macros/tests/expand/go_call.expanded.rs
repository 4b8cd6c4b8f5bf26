// Expansion of go_call.rs; regenerate with UPDATE_EXPECT=1.

fn expansion() {
    {
        let __go_arg0 = i;
        let __go_arg1 = jobs.clone();
        let __go_arg2 = results.clone();
        ::gort::spawn(async move {
            #[allow(unused_imports)]
            use ::gort::macros::__private::{GoFuture as _, GoValue as _};
            let __go_run = ::gort::macros::__private::Go(
                    worker(__go_arg0, __go_arg1, __go_arg2),
                )
                .__go_call();
            let _ = __go_run.await;
        })
    };
}
