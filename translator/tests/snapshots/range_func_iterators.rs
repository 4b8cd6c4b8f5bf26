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
pub fn Countdown(
    n: i64,
) -> ::gort::Func<
    dyn Fn(::gort::Func<dyn Fn(i64) -> bool + Send + Sync>) -> () + Send + Sync,
> {
    return {
        ::gort::Func::<
            dyn Fn(::gort::Func<dyn Fn(i64) -> bool + Send + Sync>) -> () + Send + Sync,
        >::new(
            ::std::sync::Arc::new(move |
                r#yield: ::gort::Func<dyn Fn(i64) -> bool + Send + Sync>,
            | -> () {
                {
                    let mut i: i64 = n;
                    while i > 0i64 {
                        if !(*r#yield)(i) {
                            ::gort::fmt::println(
                                &[
                                    &::gort::Str::lit("  (stopped early at"),
                                    &i,
                                    &::gort::Str::lit(")"),
                                ],
                            );
                            return;
                        }
                        i -= 1;
                    }
                }
            }),
        )
    };
}
pub fn Enumerate<T: ::gort::GoValue + ::std::clone::Clone + ::std::default::Default>(
    xs: ::gort::Slice<T>,
) -> ::gort::Func<
    dyn Fn(::gort::Func<dyn Fn(i64, T) -> bool + Send + Sync>) -> () + Send + Sync,
> {
    return {
        let xs = xs.clone();
        ::gort::Func::<
            dyn Fn(
                ::gort::Func<dyn Fn(i64, T) -> bool + Send + Sync>,
            ) -> () + Send + Sync,
        >::new(
            ::std::sync::Arc::new(move |
                r#yield: ::gort::Func<dyn Fn(i64, T) -> bool + Send + Sync>,
            | -> () {
                for (i, x) in xs.iter() {
                    if !(*r#yield)(i, x.clone()) {
                        return;
                    }
                }
            }),
        )
    };
}
pub fn Fib() -> ::gort::Func<
    dyn Fn(::gort::Func<dyn Fn(i64) -> bool + Send + Sync>) -> () + Send + Sync,
> {
    return {
        ::gort::Func::<
            dyn Fn(::gort::Func<dyn Fn(i64) -> bool + Send + Sync>) -> () + Send + Sync,
        >::new(
            ::std::sync::Arc::new(move |
                r#yield: ::gort::Func<dyn Fn(i64) -> bool + Send + Sync>,
            | -> () {
                let (__t1, __t2) = (0i64, 1i64);
                let mut a: i64 = __t1;
                let mut b: i64 = __t2;
                loop {
                    if !(*r#yield)(a) {
                        return;
                    }
                    let (__t3, __t4) = (b, a + b);
                    a = __t3;
                    b = __t4;
                }
            }),
        )
    };
}
pub fn Evens(
    seq: ::gort::Func<
        dyn Fn(::gort::Func<dyn Fn(i64) -> bool + Send + Sync>) -> () + Send + Sync,
    >,
) -> ::gort::Func<
    dyn Fn(::gort::Func<dyn Fn(i64) -> bool + Send + Sync>) -> () + Send + Sync,
> {
    return {
        let seq = seq.clone();
        ::gort::Func::<
            dyn Fn(::gort::Func<dyn Fn(i64) -> bool + Send + Sync>) -> () + Send + Sync,
        >::new(
            ::std::sync::Arc::new(move |
                r#yield: ::gort::Func<dyn Fn(i64) -> bool + Send + Sync>,
            | -> () {
                {
                    let __ctl5: ::gort::Ptr<u8> = ::gort::Ptr::new(0);
                    let __ret6: ::gort::Ptr<Option<()>> = ::gort::Ptr::new(None);
                    let __st7 = ::gort::iter::RangeState::new();
                    let __yield = ::gort::Func::<
                        dyn Fn(i64) -> bool + Send + Sync,
                    >::new(
                        ::std::sync::Arc::new({
                            let r#yield = r#yield.clone();
                            let __ctl5 = __ctl5.clone();
                            let __ret6 = __ret6.clone();
                            let __st7 = __st7.clone();
                            move |v: i64| -> bool {
                                __st7.enter();
                                if v % 2i64 == 0i64 && !(*r#yield)(v) {
                                    {
                                        __ret6.set(Some(()));
                                        __ctl5.set(255);
                                        return __st7.done();
                                    }
                                }
                                __st7.more()
                            }
                        }),
                    );
                    (*seq.clone())(__yield);
                    __st7.finish();
                    if __ctl5.get() == 255 {
                        return __ret6.get().unwrap();
                    }
                }
            }),
        )
    };
}
#[::gort::main]
async fn main() {
    {
        let __ctl8: ::gort::Ptr<u8> = ::gort::Ptr::new(0);
        let __ret9: ::gort::Ptr<Option<()>> = ::gort::Ptr::new(None);
        let __st10 = ::gort::iter::RangeState::new();
        let __yield = ::gort::Func::<
            dyn Fn(i64) -> bool + Send + Sync,
        >::new(
            ::std::sync::Arc::new({
                let __ctl8 = __ctl8.clone();
                let __ret9 = __ret9.clone();
                let __st10 = __st10.clone();
                move |i: i64| -> bool {
                    __st10.enter();
                    ::gort::fmt::println(&[&::gort::Str::lit("tick"), &i]);
                    __st10.more()
                }
            }),
        );
        (*Countdown(3i64))(__yield);
        __st10.finish();
    }
    {
        let __ctl11: ::gort::Ptr<u8> = ::gort::Ptr::new(0);
        let __ret12: ::gort::Ptr<Option<()>> = ::gort::Ptr::new(None);
        let __st13 = ::gort::iter::RangeState::new();
        let __yield = ::gort::Func::<
            dyn Fn(i64) -> bool + Send + Sync,
        >::new(
            ::std::sync::Arc::new({
                let __ctl11 = __ctl11.clone();
                let __ret12 = __ret12.clone();
                let __st13 = __st13.clone();
                move |i: i64| -> bool {
                    __st13.enter();
                    if i == 8i64 {
                        return __st13.done();
                    }
                    ::gort::fmt::println(&[&::gort::Str::lit("got"), &i]);
                    __st13.more()
                }
            }),
        );
        (*Countdown(10i64))(__yield);
        __st13.finish();
    }
    {
        let __ctl14: ::gort::Ptr<u8> = ::gort::Ptr::new(0);
        let __ret15: ::gort::Ptr<Option<()>> = ::gort::Ptr::new(None);
        let __st16 = ::gort::iter::RangeState::new();
        let __yield = ::gort::Func::<
            dyn Fn(i64, ::gort::Str) -> bool + Send + Sync,
        >::new(
            ::std::sync::Arc::new({
                let __ctl14 = __ctl14.clone();
                let __ret15 = __ret15.clone();
                let __st16 = __st16.clone();
                move |i: i64, s: ::gort::Str| -> bool {
                    __st16.enter();
                    if i == 1i64 {
                        return __st16.more();
                    }
                    ::gort::fmt::println(&[&i, &s]);
                    __st16.more()
                }
            }),
        );
        (*Enumerate::<
            ::gort::Str,
        >(
            ::gort::Slice::from_vec(
                ::std::vec![
                    ::gort::Str::lit("x"), ::gort::Str::lit("y"), ::gort::Str::lit("z")
                ],
            ),
        ))(__yield);
        __st16.finish();
    }
    let fibs: ::gort::Ptr<::gort::Slice<i64>> = ::gort::Ptr::new(::gort::Slice::nil());
    {
        let __ctl17: ::gort::Ptr<u8> = ::gort::Ptr::new(0);
        let __ret18: ::gort::Ptr<Option<()>> = ::gort::Ptr::new(None);
        let __st19 = ::gort::iter::RangeState::new();
        let __yield = ::gort::Func::<
            dyn Fn(i64) -> bool + Send + Sync,
        >::new(
            ::std::sync::Arc::new({
                let fibs = fibs.clone();
                let __ctl17 = __ctl17.clone();
                let __ret18 = __ret18.clone();
                let __st19 = __st19.clone();
                move |f: i64| -> bool {
                    __st19.enter();
                    if f > 100i64 {
                        return __st19.done();
                    }
                    fibs.set(::gort::append(&fibs.get(), &[f]));
                    __st19.more()
                }
            }),
        );
        (*Fib())(__yield);
        __st19.finish();
    }
    ::gort::fmt::println(&[&fibs.get()]);
    {
        let __ctl20: ::gort::Ptr<u8> = ::gort::Ptr::new(0);
        let __ret21: ::gort::Ptr<Option<()>> = ::gort::Ptr::new(None);
        let __st22 = ::gort::iter::RangeState::new();
        let __yield = ::gort::Func::<
            dyn Fn(i64) -> bool + Send + Sync,
        >::new(
            ::std::sync::Arc::new({
                let __ctl20 = __ctl20.clone();
                let __ret21 = __ret21.clone();
                let __st22 = __st22.clone();
                move |v: i64| -> bool {
                    __st22.enter();
                    if v > 1000i64 {
                        return __st22.done();
                    }
                    ::gort::fmt::print(&[&v, &::gort::Str::lit(" ")]);
                    __st22.more()
                }
            }),
        );
        (*Evens(Fib()))(__yield);
        __st22.finish();
    }
    ::gort::fmt::println(&[]);
    let mut m: ::gort::Map<::gort::Str, i64> = ::gort::Map::from(
        ::std::vec![
            (::gort::Str::lit("b"), 2i64), (::gort::Str::lit("a"), 1i64),
            (::gort::Str::lit("c"), 3i64)
        ],
    );
    let mut keys: ::gort::Slice<::gort::Str> = ::gort::slices::sorted({
        let __f = ::gort::maps::keys(&m);
        move |__p0| (*__f)(__p0)
    });
    ::gort::fmt::println(&[&keys]);
    {
        let __ctl23: ::gort::Ptr<u8> = ::gort::Ptr::new(0);
        let __ret24: ::gort::Ptr<Option<()>> = ::gort::Ptr::new(None);
        let __st25 = ::gort::iter::RangeState::new();
        let __yield = ::gort::Func::<
            dyn Fn(i64, i64) -> bool + Send + Sync,
        >::new(
            ::std::sync::Arc::new({
                let __ctl23 = __ctl23.clone();
                let __ret24 = __ret24.clone();
                let __st25 = __st25.clone();
                move |i: i64, v: i64| -> bool {
                    __st25.enter();
                    ::gort::fmt::print(
                        &[&i, &::gort::Str::lit(":"), &v, &::gort::Str::lit(" ")],
                    );
                    __st25.more()
                }
            }),
        );
        (*::gort::slices::backward(
            &::gort::Slice::from_vec(::std::vec![1i64, 2i64, 3i64]),
        ))(__yield);
        __st25.finish();
    }
    ::gort::fmt::println(&[]);
    ::gort::fmt::println(
        &[
            &{
                let __v: ::gort::Slice<i64> = ::gort::slices::collect({
                    let __f = Evens(Countdown(9i64));
                    move |__p0| (*__f)(__p0)
                });
                __v
            },
        ],
    );
}
