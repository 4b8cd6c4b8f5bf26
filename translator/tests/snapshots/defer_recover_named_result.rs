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
static ErrNegative: ::std::sync::LazyLock<::gort::Ptr<::gort::Error>> = ::std::sync::LazyLock::new(||
::gort::Ptr::new(::gort::errors::new(&::gort::Str::lit("negative input"))));
pub fn safeDiv(a: i64, b: i64) -> (i64, ::gort::Error) {
    let q = ::gort::Ptr::new(0i64);
    let err = ::gort::Ptr::new(::gort::Error::nil());
    let __defer = ::gort::DeferFrame::new();
    __defer
        .run_sync(|| {
            __defer
                .defer({
                    let q = q.clone();
                    let err = err.clone();
                    move || {
                        let _ = ::gort::recover::direct_call(move || {
                            let __direct = ::gort::recover::take_direct();
                            {
                                let mut r: ::gort::Any = ::gort::recover::recover_if(
                                    __direct,
                                );
                                if !r.is_nil() {
                                    err.set(
                                        ::gort::fmt::errorf(
                                            &::gort::Str::lit("recovered: %v"),
                                            &[&r],
                                        ),
                                    );
                                    q.set(-1i64);
                                }
                            }
                        });
                    }
                });
            q.set(::gort::value::ops::div(a, b));
            return;
        });
    (q.get(), err.get())
}
pub fn mustPositive(n: i64) -> i64 {
    if n < 0i64 {
        ::gort::go_panic((*ErrNegative).get().to_any());
    }
    return n;
}
pub fn check(n: i64) -> ::gort::Error {
    let err = ::gort::Ptr::new(::gort::Error::nil());
    let __defer = ::gort::DeferFrame::new();
    __defer
        .run_sync(|| {
            __defer
                .defer({
                    let err = err.clone();
                    move || {
                        let _ = ::gort::recover::direct_call(move || {
                            let __direct = ::gort::recover::take_direct();
                            {
                                let mut r: ::gort::Any = ::gort::recover::recover_if(
                                    __direct,
                                );
                                if !r.is_nil() {
                                    {
                                        let (__t1, __t2) = match r.convert::<dyn ::gort::GoError>()
                                        {
                                            Some(__x) => (__x, true),
                                            None => (::std::default::Default::default(), false),
                                        };
                                        let mut e: ::gort::Error = __t1;
                                        let mut ok: bool = __t2;
                                        if ok {
                                            err.set(e.clone());
                                            return;
                                        }
                                    }
                                    ::gort::go_panic(r.clone().to_any());
                                }
                            }
                        });
                    }
                });
            mustPositive(n);
            let (__r3) = <::gort::Error>::nil();
            err.set(__r3);
            return;
        });
    err.get()
}
pub fn nested() -> ::gort::Slice<::gort::Str> {
    let out = ::gort::Ptr::new(::gort::Slice::nil());
    let __defer = ::gort::DeferFrame::new();
    __defer
        .run_sync(|| {
            __defer
                .defer({
                    let out = out.clone();
                    move || {
                        let _ = ::gort::recover::direct_call(move || {
                            let __direct = ::gort::recover::take_direct();
                            let mut r: ::gort::Any = ::gort::recover::recover_if(
                                __direct,
                            );
                            out.set(
                                ::gort::append(
                                    &out.get(),
                                    &[
                                        ::gort::fmt::sprint(
                                            &[&::gort::Str::lit("outer recovered: "), &r],
                                        ),
                                    ],
                                ),
                            );
                        });
                    }
                });
            (*{
                let out = out.clone();
                ::gort::Func::<
                    dyn Fn() -> () + Send + Sync,
                >::new(
                    ::std::sync::Arc::new(move || -> () {
                        let __defer = ::gort::DeferFrame::new();
                        __defer
                            .run_sync(|| {
                                __defer
                                    .defer({
                                        let out = out.clone();
                                        move || {
                                            let _ = (move || {
                                                out.set(
                                                    ::gort::append(
                                                        &out.get(),
                                                        &[::gort::Str::lit("inner defer runs")],
                                                    ),
                                                );
                                            })();
                                        }
                                    });
                                ::gort::go_panic(
                                    ::gort::Any::from_value(::gort::Str::lit("deep")),
                                );
                            });
                    }),
                )
            })();
            out.set(::gort::append(&out.get(), &[::gort::Str::lit("unreachable")]));
            return;
        });
    out.get()
}
pub fn noPanic() -> i64 {
    let mut v: i64 = 0i64;
    let __defer = ::gort::DeferFrame::new();
    __defer
        .run_sync(|| {
            __defer
                .defer({
                    move || {
                        let _ = ::gort::recover::direct_call(move || {
                            let __direct = ::gort::recover::take_direct();
                            ::gort::fmt::println(
                                &[
                                    &::gort::Str::lit("recover with no panic:"),
                                    &::gort::recover::recover_if(__direct),
                                ],
                            );
                        });
                    }
                });
            let (__r4) = 7i64;
            v = __r4;
            return;
        });
    v
}
#[::gort::main]
async fn main() {
    ::std::sync::LazyLock::force(&ErrNegative);
    {
        let __r5 = safeDiv(10i64, 2i64);
        ::gort::fmt::println(&[&__r5.0, &__r5.1])
    };
    {
        let __r6 = safeDiv(1i64, 0i64);
        ::gort::fmt::println(&[&__r6.0, &__r6.1])
    };
    ::gort::fmt::println(&[&check(5i64)]);
    let mut err: ::gort::Error = check(-5i64);
    ::gort::fmt::println(&[&err, &::gort::errors::is(&err, &(*ErrNegative).get())]);
    ::gort::fmt::println(&[&nested()]);
    ::gort::fmt::println(&[&noPanic()]);
}
