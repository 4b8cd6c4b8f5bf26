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
pub fn counter() -> (
    ::gort::Func<dyn Fn() -> i64 + Send + Sync>,
    ::gort::Func<dyn Fn() -> i64 + Send + Sync>,
) {
    let mut inc: ::gort::Func<dyn Fn() -> i64 + Send + Sync> = ::gort::Func::nil();
    let mut get: ::gort::Func<dyn Fn() -> i64 + Send + Sync> = ::gort::Func::nil();
    let n: ::gort::Ptr<i64> = ::gort::Ptr::new(0i64);
    inc = {
        let n = n.clone();
        ::gort::Func::<
            dyn Fn() -> i64 + Send + Sync,
        >::new(
            ::std::sync::Arc::new(move || -> i64 {
                n.with_mut(|__v| *__v += 1);
                return n.get();
            }),
        )
    };
    get = {
        let n = n.clone();
        ::gort::Func::<
            dyn Fn() -> i64 + Send + Sync,
        >::new(
            ::std::sync::Arc::new(move || -> i64 {
                return n.get();
            }),
        )
    };
    return (inc.clone(), get.clone());
}
pub fn fibGen() -> ::gort::Func<dyn Fn() -> i64 + Send + Sync> {
    let (__t1, __t2) = (0i64, 1i64);
    let a: ::gort::Ptr<i64> = ::gort::Ptr::new(__t1);
    let b: ::gort::Ptr<i64> = ::gort::Ptr::new(__t2);
    return {
        let a = a.clone();
        let b = b.clone();
        ::gort::Func::<
            dyn Fn() -> i64 + Send + Sync,
        >::new(
            ::std::sync::Arc::new(move || -> i64 {
                let mut r: i64 = a.get();
                let (__t3, __t4) = (b.get(), a.get() + b.get());
                a.set(__t3);
                b.set(__t4);
                return r;
            }),
        )
    };
}
pub fn adder(base: i64) -> ::gort::Func<dyn Fn(i64) -> i64 + Send + Sync> {
    let base = ::gort::Ptr::new(base);
    return {
        let base = base.clone();
        ::gort::Func::<
            dyn Fn(i64) -> i64 + Send + Sync,
        >::new(
            ::std::sync::Arc::new(move |x: i64| -> i64 {
                base.with_mut(|__v| *__v += x);
                return base.get();
            }),
        )
    };
}
pub fn compose(
    fs: ::gort::Slice<::gort::Func<dyn Fn(i64) -> i64 + Send + Sync>>,
) -> ::gort::Func<dyn Fn(i64) -> i64 + Send + Sync> {
    return {
        let fs = fs.clone();
        ::gort::Func::<
            dyn Fn(i64) -> i64 + Send + Sync,
        >::new(
            ::std::sync::Arc::new(move |mut x: i64| -> i64 {
                for (_, f) in fs.iter() {
                    x = (*f)(x);
                }
                return x;
            }),
        )
    };
}
#[::gort::main]
async fn main() {
    let (__t5, __t6) = counter();
    let mut inc: ::gort::Func<dyn Fn() -> i64 + Send + Sync> = __t5;
    let mut get: ::gort::Func<dyn Fn() -> i64 + Send + Sync> = __t6;
    (*inc)();
    (*inc)();
    ::gort::fmt::println(&[&(*inc)(), &(*get)()]);
    let (__t7, __t8) = counter();
    let mut inc2: ::gort::Func<dyn Fn() -> i64 + Send + Sync> = __t7;
    let mut get2: ::gort::Func<dyn Fn() -> i64 + Send + Sync> = __t8;
    (*inc2)();
    ::gort::fmt::println(&[&(*get)(), &(*get2)()]);
    let mut fib: ::gort::Func<dyn Fn() -> i64 + Send + Sync> = fibGen();
    {
        let mut i = 0i64;
        while i < 10i64 {
            ::gort::fmt::print(&[&(*fib)(), &::gort::Str::lit(" ")]);
            i += 1;
        }
    }
    ::gort::fmt::println(&[]);
    let mut acc: ::gort::Func<dyn Fn(i64) -> i64 + Send + Sync> = adder(100i64);
    (*acc)(10i64);
    ::gort::fmt::println(&[&(*acc)(5i64)]);
    let mut double: ::gort::Func<dyn Fn(i64) -> i64 + Send + Sync> = {
        ::gort::Func::<
            dyn Fn(i64) -> i64 + Send + Sync,
        >::new(
            ::std::sync::Arc::new(move |x: i64| -> i64 {
                return x * 2i64;
            }),
        )
    };
    let mut square: ::gort::Func<dyn Fn(i64) -> i64 + Send + Sync> = {
        ::gort::Func::<
            dyn Fn(i64) -> i64 + Send + Sync,
        >::new(
            ::std::sync::Arc::new(move |x: i64| -> i64 {
                return x * x;
            }),
        )
    };
    ::gort::fmt::println(
        &[
            &(*compose(
                ::gort::Slice::from_vec(::std::vec![double.clone(), square.clone()]),
            ))(3i64),
            &(*compose(
                ::gort::Slice::from_vec(::std::vec![square.clone(), double.clone()]),
            ))(3i64),
            &(*compose(::gort::Slice::nil()))(3i64),
        ],
    );
    let x: ::gort::Ptr<i64> = ::gort::Ptr::new(1i64);
    let mut bump: ::gort::Func<dyn Fn() -> () + Send + Sync> = {
        let x = x.clone();
        ::gort::Func::<
            dyn Fn() -> () + Send + Sync,
        >::new(
            ::std::sync::Arc::new(move || -> () {
                x.with_mut(|__v| *__v *= 3i64);
            }),
        )
    };
    (*bump)();
    (*bump)();
    ::gort::fmt::println(&[&x.get()]);
    let fact: ::gort::Ptr<::gort::Func<dyn Fn(i64) -> i64 + Send + Sync>> = ::gort::Ptr::new(
        ::gort::Func::nil(),
    );
    fact.set({
        let fact = fact.clone();
        ::gort::Func::<
            dyn Fn(i64) -> i64 + Send + Sync,
        >::new(
            ::std::sync::Arc::new(move |n: i64| -> i64 {
                if n <= 1i64 {
                    return 1i64;
                }
                return n * (*fact.get())(n - 1i64);
            }),
        )
    });
    ::gort::fmt::println(&[&(*fact.get())(10i64)]);
    (*{
        ::gort::Func::<
            dyn Fn() -> () + Send + Sync,
        >::new(
            ::std::sync::Arc::new(move || -> () {
                let mut x: ::gort::Str = ::gort::Str::lit("shadow");
                ::gort::fmt::println(&[&x]);
            }),
        )
    })();
    ::gort::fmt::println(&[&x.get()]);
}
