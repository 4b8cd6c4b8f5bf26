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
#[derive(Clone, Default)]
pub struct SafeCounter {
    pub mu: ::gort::sync::Mutex,
    pub v: ::gort::Map<::gort::Str, i64>,
}
::gort::go_struct!(
    SafeCounter = "main.SafeCounter" { mu : ::gort::sync::Mutex, v : ::gort::Map <
    ::gort::Str, i64 > }
);
impl SafeCounter {
    pub async fn Inc(c: &::gort::Ptr<SafeCounter>, key: ::gort::Str) {
        (*c).with(|__v| __v.mu.clone()).lock().await;
        (*c).with(|__v| __v.v.clone()).with_mut(key.clone(), |__v| *__v += 1);
        (*c).with(|__v| __v.mu.clone()).unlock();
    }
    pub async fn Value(c: &::gort::Ptr<SafeCounter>, key: ::gort::Str) -> i64 {
        let __defer = ::gort::DeferFrame::new();
        match __defer
            .run(async {
                (*c).with(|__v| __v.mu.clone()).lock().await;
                __defer
                    .defer({
                        let __r1 = (*c).with(|__v| __v.mu.clone());
                        move || {
                            __r1.unlock();
                        }
                    });
                return (*c).with(|__v| __v.v.clone()).get(&key);
            })
            .await
        {
            Some(__v) => __v,
            None => 0i64,
        }
    }
}
#[::gort::main]
async fn main() {
    let c: ::gort::Ptr<SafeCounter> = ::gort::Ptr::new(SafeCounter {
        v: ::gort::Map::make(),
        ..::std::default::Default::default()
    });
    let wg: ::gort::sync::WaitGroup = ::gort::sync::WaitGroup::default();
    let mut keys: ::gort::Slice<::gort::Str> = ::gort::Slice::from_vec(
        ::std::vec![
            ::gort::Str::lit("alpha"), ::gort::Str::lit("beta"),
            ::gort::Str::lit("gamma")
        ],
    );
    {
        let mut g = 0i64;
        while g < 10i64 {
            wg.add(1i64);
            {
                let c = c.clone();
                let wg = wg.clone();
                let keys = keys.clone();
                let g = g;
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
                            {
                                let mut i = 0i64;
                                while i < 1000i64 {
                                    SafeCounter::Inc(
                                            &::std::clone::Clone::clone(&c),
                                            keys.get(::gort::value::ops::rem(g + i, keys.len())),
                                        )
                                        .await;
                                    i += 1;
                                }
                            }
                        })
                        .await;
                });
            }
            g += 1;
        }
    }
    wg.wait().await;
    let mut sorted: ::gort::Slice<::gort::Str> = <::gort::Slice<::gort::Str>>::nil()
        .append_slice(&keys.clone());
    ::gort::sort::strings(&sorted);
    let mut total = 0i64;
    for (_, k) in sorted.iter() {
        ::gort::fmt::println(
            &[&k, &SafeCounter::Value(&::std::clone::Clone::clone(&c), k.clone()).await],
        );
        total += SafeCounter::Value(&::std::clone::Clone::clone(&c), k.clone()).await;
    }
    ::gort::fmt::println(&[&::gort::Str::lit("total"), &total]);
    let mu: ::gort::sync::Mutex = ::gort::sync::Mutex::default();
    ::gort::fmt::println(&[&::gort::Str::lit("trylock free:"), &mu.try_lock()]);
    ::gort::fmt::println(&[&::gort::Str::lit("trylock held:"), &mu.try_lock()]);
    mu.unlock();
    ::gort::fmt::println(&[&::gort::Str::lit("trylock again:"), &mu.try_lock()]);
    mu.unlock();
    let handoff: ::gort::sync::Mutex = ::gort::sync::Mutex::default();
    handoff.lock().await;
    let mut done: ::gort::Chan<bool> = ::gort::Chan::make(0);
    {
        let handoff = handoff.clone();
        let done = done.clone();
        ::gort::spawn(async move {
            handoff.unlock();
            done.send(true).await;
        });
    }
    done.recv().await;
    handoff.lock().await;
    ::gort::fmt::println(
        &[&::gort::Str::lit("relocked after another goroutine unlocked")],
    );
    handoff.unlock();
}
