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
pub fn slowSquare(n: i64, delay: ::gort::time::Duration) -> ::gort::Chan<i64> {
    let mut c: ::gort::Chan<i64> = ::gort::Chan::make(1i64);
    {
        let c = c.clone();
        ::gort::spawn(async move {
            ::gort::time::sleep(delay).await;
            c.send(n * n).await;
        });
    }
    return c;
}
pub async fn ask(
    n: i64,
    delay: ::gort::time::Duration,
    timeout: ::gort::time::Duration,
) -> ::gort::Str {
    {
        let __ch1 = &slowSquare(n, delay);
        let mut __c0 = ::gort::select::recv(&*__ch1);
        let __ch2 = &::gort::time::after(timeout);
        let mut __c1 = ::gort::select::recv(&*__ch2);
        {
            let __i = ::gort::select::select(&mut [&mut __c0, &mut __c1]).await;
            match __i {
                0 => {
                    let mut v = __c0.take().0;
                    return ::gort::fmt::sprintf(
                        &::gort::Str::lit("%d -> %d"),
                        &[&n, &v],
                    );
                }
                1 => {
                    return ::gort::fmt::sprintf(
                        &::gort::Str::lit("%d -> timeout after %v"),
                        &[&n, &timeout],
                    );
                }
                _ => ::std::unreachable!(),
            }
        }
    }
    ::std::unreachable!();
}
#[::gort::main]
async fn main() {
    ::gort::fmt::println(
        &[
            &ask(
                    3i64,
                    ::gort::time::Duration(5000000i64),
                    ::gort::time::Duration(500000000i64),
                )
                .await,
        ],
    );
    ::gort::fmt::println(
        &[
            &ask(
                    4i64,
                    ::gort::time::Duration(600000000i64),
                    ::gort::time::Duration(30000000i64),
                )
                .await,
        ],
    );
    ::gort::fmt::println(
        &[
            &ask(
                    5i64,
                    ::gort::time::Duration(0i64),
                    ::gort::time::Duration(1000000000i64),
                )
                .await,
        ],
    );
    let mut timer: ::gort::Chan<::gort::time::Time> = ::gort::time::after(
        ::gort::time::Duration(50000000i64),
    );
    let mut ticks: ::gort::Chan<i64> = ::gort::Chan::make(0);
    {
        let ticks = ticks.clone();
        ::gort::spawn(async move {
            {
                let mut i = 0i64;
                loop {
                    ticks.send(i).await;
                    if i == 2i64 {
                        return;
                    }
                    i += 1;
                }
            }
        });
    }
    let mut got = 0i64;
    'loop_: loop {
        {
            let mut __c0 = ::gort::select::recv(&ticks);
            let mut __c1 = ::gort::select::recv(&timer);
            {
                let __i = ::gort::select::select(&mut [&mut __c0, &mut __c1]).await;
                match __i {
                    0 => {
                        got += 1;
                    }
                    1 => {
                        break 'loop_;
                    }
                    _ => ::std::unreachable!(),
                }
            }
        }
    }
    ::gort::fmt::println(&[&::gort::Str::lit("ticks before timer:"), &got]);
}
