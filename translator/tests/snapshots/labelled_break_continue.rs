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
pub fn findPair(xs: ::gort::Slice<i64>, target: i64) -> (i64, i64, bool) {
    let mut a = 0i64;
    let mut b = 0i64;
    let mut found = false;
    'outer: for i in 0..xs.len() {
        {
            let mut j: i64 = i + 1i64;
            while j < xs.len() {
                if xs.get(i) + xs.get(j) == target {
                    let (__t1, __t2, __t3) = (i, j, true);
                    a = __t1;
                    b = __t2;
                    found = __t3;
                    break 'outer;
                }
                j += 1;
            }
        }
    }
    return (a, b, found);
}
#[::gort::main]
async fn main() {
    {
        let __r4 = findPair(
            ::gort::Slice::from_vec(::std::vec![3i64, 8i64, 1i64, 9i64, 4i64]),
            13i64,
        );
        ::gort::fmt::println(&[&__r4.0, &__r4.1, &__r4.2])
    };
    {
        let __r5 = findPair(::gort::Slice::from_vec(::std::vec![1i64, 2i64]), 10i64);
        ::gort::fmt::println(&[&__r5.0, &__r5.1, &__r5.2])
    };
    {
        let mut i = 0i64;
        'rows: while i < 4i64 {
            '__body6: {
                {
                    let mut j = 0i64;
                    while j < 4i64 {
                        if j > i {
                            break '__body6;
                        }
                        if i == 3i64 {
                            break 'rows;
                        }
                        ::gort::fmt::print(&[&i, &j, &::gort::Str::lit(" ")]);
                        j += 1;
                    }
                }
            }
            i += 1;
        }
    }
    ::gort::fmt::println(&[]);
    let mut count = 0i64;
    {
        let mut n = 0i64;
        'loop_: loop {
            '__body7: {
                if n % 5i64 == 0i64 {
                    break '__body7;
                } else if n > 17i64 {
                    break 'loop_;
                } else if n % 2i64 == 0i64 {
                    count += 10i64;
                } else {
                    count += 1;
                }
            }
            n += 1;
        }
    }
    ::gort::fmt::println(&[&count]);
    let mut words: ::gort::Slice<::gort::Str> = ::gort::Slice::from_vec(
        ::std::vec![
            ::gort::Str::lit("alpha"), ::gort::Str::lit("beta"),
            ::gort::Str::lit("gamma"), ::gort::Str::lit("stop"),
            ::gort::Str::lit("delta")
        ],
    );
    '__loop8: for (_, w) in words.iter() {
        '__sw10: {
            let __tag9 = w.clone();
            if __tag9 == ::gort::Str::lit("stop") {
                break '__sw10;
            } else {
                ::gort::fmt::print(&[&w, &::gort::Str::lit(" ")]);
                continue '__loop8;
            }
        }
        ::gort::fmt::print(&[&::gort::Str::lit("[saw stop] ")]);
    }
    ::gort::fmt::println(&[]);
}
