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
pub fn generate(done: ::gort::Chan<()>, start: i64) -> ::gort::Chan<i64> {
    let mut out: ::gort::Chan<i64> = ::gort::Chan::make(0);
    {
        let done = done.clone();
        let out = out.clone();
        ::gort::spawn(async move {
            let __defer = ::gort::DeferFrame::new();
            __defer
                .run(async {
                    __defer
                        .defer({
                            let __d1 = out.clone();
                            move || {
                                __d1.close();
                            }
                        });
                    {
                        let mut i: i64 = start;
                        loop {
                            {
                                let mut __c0 = ::gort::select::send(&out, i);
                                let mut __c1 = ::gort::select::recv(&done);
                                {
                                    let __i = ::gort::select::select(
                                            &mut [&mut __c0, &mut __c1],
                                        )
                                        .await;
                                    match __i {
                                        0 => {}
                                        1 => {
                                            return;
                                        }
                                        _ => ::std::unreachable!(),
                                    }
                                }
                            }
                            i += 1;
                        }
                    }
                })
                .await;
        });
    }
    return out;
}
pub fn filter(
    done: ::gort::Chan<()>,
    r#in: ::gort::Chan<i64>,
    keep: ::gort::Func<dyn Fn(i64) -> bool + Send + Sync>,
) -> ::gort::Chan<i64> {
    let mut out: ::gort::Chan<i64> = ::gort::Chan::make(0);
    {
        let done = done.clone();
        let r#in = r#in.clone();
        let keep = keep.clone();
        let out = out.clone();
        ::gort::spawn(async move {
            let __defer = ::gort::DeferFrame::new();
            __defer
                .run(async {
                    __defer
                        .defer({
                            let __d2 = out.clone();
                            move || {
                                __d2.close();
                            }
                        });
                    while let Some(v) = r#in.recv_opt().await {
                        if !(*keep)(v) {
                            continue;
                        }
                        {
                            let mut __c0 = ::gort::select::send(&out, v);
                            let mut __c1 = ::gort::select::recv(&done);
                            {
                                let __i = ::gort::select::select(
                                        &mut [&mut __c0, &mut __c1],
                                    )
                                    .await;
                                match __i {
                                    0 => {}
                                    1 => {
                                        return;
                                    }
                                    _ => ::std::unreachable!(),
                                }
                            }
                        }
                    }
                })
                .await;
        });
    }
    return out;
}
pub fn mapStage(
    done: ::gort::Chan<()>,
    r#in: ::gort::Chan<i64>,
    f: ::gort::Func<dyn Fn(i64) -> i64 + Send + Sync>,
) -> ::gort::Chan<i64> {
    let mut out: ::gort::Chan<i64> = ::gort::Chan::make(0);
    {
        let done = done.clone();
        let r#in = r#in.clone();
        let f = f.clone();
        let out = out.clone();
        ::gort::spawn(async move {
            let __defer = ::gort::DeferFrame::new();
            __defer
                .run(async {
                    __defer
                        .defer({
                            let __d3 = out.clone();
                            move || {
                                __d3.close();
                            }
                        });
                    while let Some(v) = r#in.recv_opt().await {
                        {
                            let mut __c0 = ::gort::select::send(&out, (*f)(v));
                            let mut __c1 = ::gort::select::recv(&done);
                            {
                                let __i = ::gort::select::select(
                                        &mut [&mut __c0, &mut __c1],
                                    )
                                    .await;
                                match __i {
                                    0 => {}
                                    1 => {
                                        return;
                                    }
                                    _ => ::std::unreachable!(),
                                }
                            }
                        }
                    }
                })
                .await;
        });
    }
    return out;
}
pub fn isPrime(n: i64) -> bool {
    if n < 2i64 {
        return false;
    }
    {
        let mut d = 2i64;
        while d * d <= n {
            if ::gort::value::ops::rem(n, d) == 0i64 {
                return false;
            }
            d += 1;
        }
    }
    return true;
}
#[::gort::main]
async fn main() {
    let mut done: ::gort::Chan<()> = ::gort::Chan::make(0);
    let mut squares: ::gort::Chan<i64> = mapStage(
        done.clone(),
        filter(
            done.clone(),
            generate(done.clone(), 1i64),
            ::gort::Func::<
                dyn Fn(i64) -> bool + Send + Sync,
            >::new(::std::sync::Arc::new(move |__a0| isPrime(__a0))),
        ),
        {
            ::gort::Func::<
                dyn Fn(i64) -> i64 + Send + Sync,
            >::new(
                ::std::sync::Arc::new(move |x: i64| -> i64 {
                    return x * x;
                }),
            )
        },
    );
    {
        let mut i = 0i64;
        while i < 10i64 {
            ::gort::fmt::print(&[&squares.recv().await, &::gort::Str::lit(" ")]);
            i += 1;
        }
    }
    ::gort::fmt::println(&[]);
    done.close();
    while let Some(_) = squares.recv_opt().await {}
    ::gort::fmt::println(&[&::gort::Str::lit("pipeline shut down")]);
}
