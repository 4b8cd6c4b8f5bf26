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
#[derive(Clone, Default, Copy, PartialEq)]
pub struct ball {
    pub hits: i64,
}
::gort::go_struct!(ball = "main.ball" { hits : i64 });
pub async fn player(
    name: ::gort::Str,
    r#in: ::gort::Chan<::gort::Ptr<ball>>,
    out: ::gort::Chan<::gort::Ptr<ball>>,
    done: ::gort::Chan<::gort::Str>,
) {
    while let Some(b) = r#in.recv_opt().await {
        b.with_mut(|__v| __v.hits += 1);
        ::gort::fmt::printf(
            &::gort::Str::lit("%s hits (%d)\n"),
            &[&name, &b.with(|__v| __v.hits)],
        );
        if b.with(|__v| __v.hits) == 6i64 {
            done.send(name.clone()).await;
            return;
        }
        out.send(b.clone()).await;
    }
}
#[::gort::main]
async fn main() {
    let mut ping: ::gort::Chan<::gort::Ptr<ball>> = ::gort::Chan::make(0);
    let mut pong: ::gort::Chan<::gort::Ptr<ball>> = ::gort::Chan::make(0);
    let mut done: ::gort::Chan<::gort::Str> = ::gort::Chan::make(0);
    {
        let __a1 = ::gort::Str::lit("ping");
        let __a2 = ping.clone();
        let __a3 = pong.clone();
        let __a4 = done.clone();
        ::gort::spawn(async move {
            player(__a1, __a2, __a3, __a4).await;
        });
    }
    {
        let __a5 = ::gort::Str::lit("pong");
        let __a6 = pong.clone();
        let __a7 = ping.clone();
        let __a8 = done.clone();
        ::gort::spawn(async move {
            player(__a5, __a6, __a7, __a8).await;
        });
    }
    ping.send(::gort::Ptr::new(<ball as ::std::default::Default>::default())).await;
    let mut winner: ::gort::Str = done.recv().await;
    ::gort::fmt::println(&[&::gort::Str::lit("last hit by"), &winner]);
}
