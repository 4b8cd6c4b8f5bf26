// Translated from Go by gort. Source: main.go
// Line map: gort-map.txt.
#![allow(
    non_snake_case,
    non_camel_case_types,
    non_upper_case_globals,
    unused_mut,
    unused_variables,
    unused_parens,
    unused_braces,
    unused_assignments,
    unreachable_code,
    unreachable_patterns,
    dead_code,
    clippy::all
)]
#[::gort::main]
async fn main() {
    let mut fs: ::gort::Slice<::gort::Func<dyn Fn() -> i64 + Send + Sync>> = ::gort::Slice::nil();
    {
        let mut i = 0i64;
        while i < 3i64 {
            fs = ::gort::value::append_local(
                &fs,
                &[
                    {
                        ::gort::Func::<
                            dyn Fn() -> i64 + Send + Sync,
                        >::new(
                            ::std::sync::Arc::new(move || -> i64 {
                                return i * 10i64;
                            }),
                        )
                    },
                ],
            );
            i += 1;
        }
    }
    for (_, f) in fs.iter() {
        ::gort::fmt::print(&[&(*f)(), &::gort::Str::lit(" ")]);
    }
    ::gort::fmt::println(&[]);
    let mut ptrs: ::gort::Slice<::gort::Ptr<::gort::Str>> = ::gort::Slice::nil();
    for (_, __v1) in ::gort::Slice::from_vec(
            ::std::vec![
                ::gort::Str::lit("a"), ::gort::Str::lit("b"), ::gort::Str::lit("c")
            ],
        )
        .iter()
    {
        let s: ::gort::Ptr<::gort::Str> = ::gort::Ptr::new(__v1);
        ptrs = ::gort::value::append_local(&ptrs, &[::std::clone::Clone::clone(&s)]);
    }
    for (_, p) in ptrs.iter() {
        ::gort::fmt::print(&[&p.get(), &::gort::Str::lit(" ")]);
    }
    ::gort::fmt::println(&[]);
    let mu: ::gort::sync::Mutex = ::gort::sync::Mutex::default();
    let wg: ::gort::sync::WaitGroup = ::gort::sync::WaitGroup::default();
    let seen: ::gort::Ptr<::gort::Slice<i64>> = ::gort::Ptr::new(::gort::Slice::nil());
    for i in 0..5i64 {
        wg.add(1i64);
        {
            let mu = mu.clone();
            let wg = wg.clone();
            let seen = seen.clone();
            ::gort::spawn(async move {
                let __defer = ::gort::DeferFrame::new();
                __defer
                    .run(async {
                        __defer
                            .defer({
                                let __r2 = wg.clone();
                                move || {
                                    __r2.done();
                                }
                            });
                        mu.lock().await;
                        seen.set(::gort::append(&seen.get(), &[i]));
                        mu.unlock();
                    })
                    .await;
            });
        }
    }
    wg.wait().await;
    ::gort::sort::ints(&seen.get());
    ::gort::fmt::println(&[&seen.get()]);
    {
        let mut i = 0i64;
        while i < 10i64 {
            if i % 3i64 == 0i64 {
                i += 1;
            }
            ::gort::fmt::print(&[&i, &::gort::Str::lit(" ")]);
            i += 1;
        }
    }
    ::gort::fmt::println(&[]);
}
