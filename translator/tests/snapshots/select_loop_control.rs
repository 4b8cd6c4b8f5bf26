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
pub async fn consume(
    data: ::gort::Chan<i64>,
    quit: ::gort::Chan<()>,
) -> (i64, ::gort::Str) {
    let mut sum: i64 = 0i64;
    let mut reason: ::gort::Str = ::gort::Str::lit("");
    '__loop1: loop {
        '__sel2: {
            let mut __c0 = ::gort::select::recv(&data);
            let mut __c1 = ::gort::select::recv(&quit);
            {
                let __i = ::gort::select::select(&mut [&mut __c0, &mut __c1]).await;
                match __i {
                    0 => {
                        let (mut v, mut ok) = __c0.take();
                        if !ok {
                            return (sum, ::gort::Str::lit("data closed"));
                        }
                        if v < 0i64 {
                            continue '__loop1;
                        }
                        if v == 0i64 {
                            break '__sel2;
                        }
                        sum += v;
                    }
                    1 => {
                        return (sum, ::gort::Str::lit("quit"));
                    }
                    _ => ::std::unreachable!(),
                }
            }
        };
    }
    ::std::unreachable!();
}
#[::gort::main]
async fn main() {
    let mut data: ::gort::Chan<i64> = ::gort::Chan::make(0);
    let mut quit: ::gort::Chan<()> = ::gort::Chan::make(0);
    {
        let data = data.clone();
        ::gort::spawn(async move {
            for (_, v) in ::gort::Slice::from_vec(
                    ::std::vec![5i64, (- 3i64), 0i64, 7i64, (- 1i64), 8i64],
                )
                .iter()
            {
                data.send(v).await;
            }
            data.close();
        });
    }
    {
        let __r3 = consume(data.clone(), quit.clone()).await;
        ::gort::fmt::println(&[&__r3.0, &__r3.1])
    };
    let mut data2: ::gort::Chan<i64> = ::gort::Chan::make(0);
    {
        let quit = quit.clone();
        let data2 = data2.clone();
        ::gort::spawn(async move {
            data2.send(1i64).await;
            data2.send(2i64).await;
            quit.close();
        });
    }
    {
        let __r4 = consume(data2.clone(), quit.clone()).await;
        ::gort::fmt::println(&[&__r4.0, &__r4.1])
    };
    let mut jobs: ::gort::Chan<i64> = ::gort::Chan::make(10i64);
    {
        let mut i = 1i64;
        while i <= 10i64 {
            jobs.send(i).await;
            i += 1;
        }
    }
    let mut processed = 0i64;
    'outer: loop {
        {
            let mut __c0 = ::gort::select::recv(&jobs);
            {
                let __i = ::gort::select::select(&mut [&mut __c0]).await;
                match __i {
                    0 => {
                        let mut j = __c0.take().0;
                        if j == 6i64 {
                            break 'outer;
                        }
                        processed += j;
                    }
                    _ => ::std::unreachable!(),
                }
            }
        }
    }
    ::gort::fmt::println(
        &[
            &::gort::Str::lit("processed"),
            &processed,
            &::gort::Str::lit("left"),
            &jobs.len(),
        ],
    );
}
