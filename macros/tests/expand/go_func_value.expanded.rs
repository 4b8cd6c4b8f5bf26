// Expansion of go_func_value.rs; regenerate with UPDATE_EXPECT=1.

fn expansion() {
    {
        let __go_func = handlers[k];
        let __go_arg0 = req;
        ::gort::spawn(async move {
            #[allow(unused_imports)]
            use ::gort::macros::__private::{GoFuture as _, GoValue as _};
            let __go_run = ::gort::macros::__private::Go(__go_func(__go_arg0))
                .__go_call();
            let _ = __go_run.await;
        })
    };
}
