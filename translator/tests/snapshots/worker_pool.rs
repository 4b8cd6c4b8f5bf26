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
pub struct job {
    pub id: i64,
    pub n: i64,
}
::gort::go_struct!(job = "main.job" { id : i64, n : i64 });
#[derive(Clone, Default, Copy, PartialEq)]
pub struct result {
    pub jobID: i64,
    pub worker: i64,
    pub digits: i64,
    pub sum: i64,
}
::gort::go_struct!(
    result = "main.result" { jobID : i64, worker : i64, digits : i64, sum : i64 }
);
pub fn digitSum(mut n: i64) -> (i64, i64) {
    let mut count: i64 = 0i64;
    let mut sum: i64 = 0i64;
    while n > 0i64 {
        sum += n % 10i64;
        n /= 10i64;
        count += 1;
    }
    return (count, sum);
}
pub async fn worker(
    id: i64,
    jobs: ::gort::Chan<job>,
    results: ::gort::Chan<result>,
    wg: ::gort::sync::WaitGroup,
) {
    let __defer = ::gort::DeferFrame::new();
    __defer
        .run(async {
            __defer
                .defer({
                    let __r1 = wg.clone();
                    move || {
                        __r1.done();
                    }
                });
            while let Some(j) = jobs.recv_opt().await {
                let (__t2, __t3) = digitSum(j.n);
                let mut c: i64 = __t2;
                let mut s: i64 = __t3;
                results
                    .send(result {
                        jobID: j.id,
                        worker: id,
                        digits: c,
                        sum: s,
                    })
                    .await;
            }
        })
        .await;
}
#[::gort::main]
async fn main() {
    let mut jobs: ::gort::Chan<job> = ::gort::Chan::make(20i64);
    let mut results: ::gort::Chan<result> = ::gort::Chan::make(20i64);
    let wg: ::gort::sync::WaitGroup = ::gort::sync::WaitGroup::default();
    {
        let mut w = 1i64;
        while w <= 4i64 {
            wg.add(1i64);
            {
                let __a4 = w;
                let __a5 = jobs.clone();
                let __a6 = results.clone();
                let __a7 = wg.clone();
                ::gort::spawn(async move {
                    worker(__a4, __a5, __a6, __a7).await;
                });
            }
            w += 1;
        }
    }
    {
        let mut i = 0i64;
        while i < 20i64 {
            jobs.send(job {
                    id: i,
                    n: i * i * i * 7919i64 + 13i64,
                })
                .await;
            i += 1;
        }
    }
    jobs.close();
    {
        let results = results.clone();
        let wg = wg.clone();
        ::gort::spawn(async move {
            wg.wait().await;
            results.close();
        });
    }
    let mut byID: ::gort::Slice<result> = ::gort::Slice::make(20i64, 20i64);
    let mut workersUsed: ::gort::Map<i64, bool> = ::gort::Map::make();
    while let Some(r) = results.recv_opt().await {
        byID.set(r.jobID, r);
        workersUsed.set(r.worker, true);
    }
    let mut total = 0i64;
    for (_, r) in byID.iter() {
        ::gort::fmt::printf(
            &::gort::Str::lit("job %2d: %d digits, digit sum %d\n"),
            &[&r.jobID, &r.digits, &r.sum],
        );
        total += r.sum;
    }
    ::gort::fmt::println(
        &[
            &::gort::Str::lit("total"),
            &total,
            &::gort::Str::lit("workers used <= 4:"),
            &(workersUsed.len() <= 4i64),
        ],
    );
}
