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
pub async fn worker(
    ctx: ::gort::context::Context,
    name: ::gort::Str,
    started: ::gort::sync::WaitGroup,
    out: ::gort::Chan<::gort::Str>,
) {
    started.done();
    ctx.done().recv().await;
    out.send(
            ::gort::fmt::sprintf(
                &::gort::Str::lit("%s stopped: %v"),
                &[&name, &ctx.err()],
            ),
        )
        .await;
}
#[::gort::main]
async fn main() {
    let __defer = ::gort::DeferFrame::new();
    __defer
        .run(async {
            let (__t1, __t2) = ::gort::context::with_cancel(
                &::gort::context::background(),
            );
            let mut root: ::gort::context::Context = __t1;
            let mut cancelRoot: ::gort::context::CancelFunc = __t2;
            let (__t3, __t4) = ::gort::context::with_cancel(&root);
            let mut left: ::gort::context::Context = __t3;
            let mut cancelLeft: ::gort::context::CancelFunc = __t4;
            let (__t5, __t6) = ::gort::context::with_cancel(&root);
            let mut right: ::gort::context::Context = __t5;
            let mut cancelRight: ::gort::context::CancelFunc = __t6;
            let (__t7, __t8) = ::gort::context::with_cancel(&left);
            let mut leftChild: ::gort::context::Context = __t7;
            let mut cancelLeftChild: ::gort::context::CancelFunc = __t8;
            __defer
                .defer({
                    let __f9 = cancelRight.clone();
                    move || {
                        (*__f9)();
                    }
                });
            __defer
                .defer({
                    let __f10 = cancelLeftChild.clone();
                    move || {
                        (*__f10)();
                    }
                });
            let mut out: ::gort::Chan<::gort::Str> = ::gort::Chan::make(8i64);
            let started: ::gort::sync::WaitGroup = ::gort::sync::WaitGroup::default();
            started.add(3i64);
            {
                let __a11 = left.clone();
                let __a12 = ::gort::Str::lit("left");
                let __a13 = started.clone();
                let __a14 = out.clone();
                ::gort::spawn(async move {
                    worker(__a11, __a12, __a13, __a14).await;
                });
            }
            {
                let __a15 = leftChild.clone();
                let __a16 = ::gort::Str::lit("left-child");
                let __a17 = started.clone();
                let __a18 = out.clone();
                ::gort::spawn(async move {
                    worker(__a15, __a16, __a17, __a18).await;
                });
            }
            {
                let __a19 = right.clone();
                let __a20 = ::gort::Str::lit("right");
                let __a21 = started.clone();
                let __a22 = out.clone();
                ::gort::spawn(async move {
                    worker(__a19, __a20, __a21, __a22).await;
                });
            }
            started.wait().await;
            (*cancelLeft)();
            let mut msgs: ::gort::Slice<::gort::Str> = ::gort::Slice::from_vec(
                ::std::vec![out.recv(). await, out.recv(). await],
            );
            ::gort::sort::strings(&msgs);
            for (_, m) in msgs.iter() {
                ::gort::fmt::println(&[&m]);
            }
            ::gort::fmt::println(
                &[
                    &::gort::Str::lit("root err:"),
                    &root.err(),
                    &::gort::Str::lit("right err:"),
                    &right.err(),
                ],
            );
            (*cancelRoot)();
            ::gort::fmt::println(&[&out.recv().await]);
            ::gort::fmt::println(&[&::gort::Str::lit("root err:"), &root.err()]);
            ::gort::fmt::println(
                &[&::gort::errors::is(&right.err(), &::gort::context::canceled())],
            );
            (*cancelRoot)();
            {
                let __ch23 = &::gort::context::background().done();
                let mut __c0 = ::gort::select::recv(&*__ch23);
                match ::gort::select::try_select(&mut [&mut __c0]) {
                    Some(0) => {
                        ::gort::fmt::println(
                            &[&::gort::Str::lit("background is never done")],
                        );
                    }
                    _ => {
                        ::gort::fmt::println(
                            &[
                                &::gort::Str::lit("background not done, err:"),
                                &::gort::context::background().err(),
                            ],
                        );
                    }
                }
            }
            let (__t24, __t25) = ::gort::context::with_cancel_cause(
                &::gort::context::background(),
            );
            let mut ctx: ::gort::context::Context = __t24;
            let mut cancel: ::gort::context::CancelCauseFunc = __t25;
            (*cancel)(::gort::errors::new(&::gort::Str::lit("shutting down")));
            ::gort::fmt::println(&[&ctx.err(), &::gort::context::cause(&ctx)]);
        })
        .await;
}
