// Expansion of go_closure.rs; regenerate with UPDATE_EXPECT=1.

fn expansion() {
    {
        let __go_arg0 = count();
        ::gort::spawn(async move {
            #[allow(unused_imports)]
            use ::gort::macros::__private::{GoFuture as _, GoValue as _};
            let __go_run = ::gort::macros::__private::Go(
                    (move |n| async move { out.send(n).await })(__go_arg0),
                )
                .__go_call();
            let _ = __go_run.await;
        })
    };
}
