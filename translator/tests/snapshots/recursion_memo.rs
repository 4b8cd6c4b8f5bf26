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
pub fn fib(n: i64) -> i64 {
    if n < 2i64 {
        return n;
    }
    return fib(n - 1i64) + fib(n - 2i64);
}
pub fn fibMemo(n: i64, memo: ::gort::Map<i64, i64>) -> i64 {
    if n < 2i64 {
        return n;
    }
    {
        let (__t1, __t2) = memo.get_ok(&n);
        let mut v: i64 = __t1;
        let mut ok: bool = __t2;
        if ok {
            return v;
        }
    }
    let mut v: i64 = fibMemo(n - 1i64, memo.clone()) + fibMemo(n - 2i64, memo.clone());
    memo.set(n, v);
    return v;
}
pub fn ackermann(m: i64, n: i64) -> i64 {
    if m == 0i64 {
        return n + 1i64;
    } else if n == 0i64 {
        return ackermann(m - 1i64, 1i64);
    }
    return ackermann(m - 1i64, ackermann(m, n - 1i64));
}
pub fn permutations(s: ::gort::Slice<i32>) -> ::gort::Slice<::gort::Str> {
    if s.len() <= 1i64 {
        return ::gort::Slice::from_vec(
            ::std::vec![::gort::Str::from_runes(& s.clone())],
        );
    }
    let mut out: ::gort::Slice<::gort::Str> = ::gort::Slice::nil();
    for i in 0..s.len() {
        let mut rest: ::gort::Slice<i32> = ::gort::Slice::from_vec(::std::vec![])
            .append_slice(&s.slice_to(i))
            .append_slice(&s.slice_from(i + 1i64));
        for (_, p) in permutations(rest.clone()).iter() {
            out = ::gort::append(&out, &[::gort::Str::from_rune(s.get(i) as i32) + &p]);
        }
    }
    return out;
}
pub fn isEven(n: i64) -> bool {
    if n == 0i64 {
        return true;
    }
    return isOdd(n - 1i64);
}
pub fn isOdd(n: i64) -> bool {
    if n == 0i64 {
        return false;
    }
    return isEven(n - 1i64);
}
pub fn hanoi(
    n: i64,
    from: ::gort::Str,
    to: ::gort::Str,
    via: ::gort::Str,
    moves: ::gort::Ptr<::gort::Slice<::gort::Str>>,
) {
    if n == 0i64 {
        return;
    }
    hanoi(n - 1i64, from.clone(), via.clone(), to.clone(), moves.clone());
    moves
        .set(
            ::gort::append(&moves.get(), &[from.clone() + &::gort::Str::lit(">") + &to]),
        );
    hanoi(n - 1i64, via.clone(), to.clone(), from.clone(), moves.clone());
}
#[::gort::main]
async fn main() {
    ::gort::fmt::println(&[&fib(27i64)]);
    ::gort::fmt::println(&[&fibMemo(90i64, ::gort::Map::make())]);
    ::gort::fmt::println(&[&ackermann(2i64, 3i64), &ackermann(3i64, 3i64)]);
    ::gort::fmt::println(
        &[
            &::gort::strings::join(
                &permutations(::gort::Str::lit("abc").to_runes()),
                &::gort::Str::lit(" "),
            ),
        ],
    );
    ::gort::fmt::println(&[&isEven(10i64), &isOdd(7i64), &isEven(7i64)]);
    let moves: ::gort::Ptr<::gort::Slice<::gort::Str>> = ::gort::Ptr::new(
        ::gort::Slice::nil(),
    );
    hanoi(
        4i64,
        ::gort::Str::lit("A"),
        ::gort::Str::lit("C"),
        ::gort::Str::lit("B"),
        ::std::clone::Clone::clone(&moves),
    );
    {
        let __c3 = ::gort::strings::join(
            &moves.get().slice_to(5i64),
            &::gort::Str::lit(" "),
        );
        ::gort::fmt::println(&[&moves.get().len(), &__c3])
    };
}
