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
#[derive(Clone, Default, Copy, PartialEq, PartialOrd, Eq, Ord, Hash)]
pub struct Weekday(pub i64);
::gort::go_named!(Weekday = "main.Weekday"(i64) methods(String));
::gort::go_number!(Weekday(i64));
::gort::go_integer!(Weekday(i64));
impl ::gort::value::Stringer for Weekday {
    fn String(&self) -> ::gort::Str {
        Self::String(self)
    }
}
#[derive(Clone, Default, Copy, PartialEq, PartialOrd)]
pub struct ByteSize(pub f64);
::gort::go_named!(ByteSize = "main.ByteSize"(f64));
::gort::go_number!(ByteSize(f64));
pub const Sunday: Weekday = Weekday(0i64);
pub const Monday: Weekday = Weekday(1i64);
pub const Tuesday: Weekday = Weekday(2i64);
pub const Wednesday: Weekday = Weekday(3i64);
pub const Thursday: Weekday = Weekday(4i64);
pub const Friday: Weekday = Weekday(5i64);
pub const Saturday: Weekday = Weekday(6i64);
pub const KB: ByteSize = ByteSize(1024.0f64);
pub const MB: ByteSize = ByteSize(1048576.0f64);
pub const GB: ByteSize = ByteSize(1073741824.0f64);
pub const FlagRead: i64 = 1i64;
pub const FlagWrite: i64 = 2i64;
pub const FlagExec: i64 = 8i64;
pub const a: i64 = 0i64;
pub const b: i64 = 0i64;
pub const c: i64 = 1i64;
pub const d: i64 = 10i64;
pub const e: i64 = 2i64;
pub const f: i64 = 20i64;
pub const x0: ::gort::Str = ::gort::Str::lit("x");
pub const x1: ::gort::Str = ::gort::Str::lit("x");
pub const x2: i64 = 2i64;
pub const x3: i64 = 3i64;
static dayNames: ::std::sync::LazyLock<
    ::gort::Ptr<::gort::Array<::gort::Str, 7usize>>,
> = ::std::sync::LazyLock::new(|| ::gort::Ptr::new(
    ::gort::Array([
        ::gort::Str::lit("Sun"),
        ::gort::Str::lit("Mon"),
        ::gort::Str::lit("Tue"),
        ::gort::Str::lit("Wed"),
        ::gort::Str::lit("Thu"),
        ::gort::Str::lit("Fri"),
        ::gort::Str::lit("Sat"),
    ]),
));
impl Weekday {
    pub fn String(d_: &Weekday) -> ::gort::Str {
        if *d_ < Weekday(0i64) || (*d_).0 >= 7i64 {
            return ::gort::fmt::sprintf(&::gort::Str::lit("Weekday(%d)"), &[&(*d_).0]);
        }
        return (*dayNames).with(|__v| __v[(*d_).0].clone());
    }
}
#[::gort::main]
async fn main() {
    ::std::sync::LazyLock::force(&dayNames);
    ::gort::fmt::println(&[&Sunday, &Monday, &Saturday]);
    ::gort::fmt::println(&[&Weekday(9i64)]);
    ::gort::fmt::printf(
        &::gort::Str::lit("%v %d %s\n"),
        &[&Wednesday, &Wednesday, &Friday],
    );
    ::gort::fmt::println(&[&KB, &MB, &GB]);
    ::gort::fmt::println(&[&FlagRead, &FlagWrite, &FlagExec, &9i64]);
    ::gort::fmt::println(&[&a, &b, &c, &d, &e, &f]);
    ::gort::fmt::println(&[&x0, &x1, &x2, &x3]);
    {
        let mut day: Weekday = Sunday;
        while day <= Saturday {
            ::gort::fmt::print(&[&day, &::gort::Str::lit(" ")]);
            day.0 += Weekday(2i64).0;
        }
    }
    ::gort::fmt::println(&[]);
    ::gort::fmt::printf(&::gort::Str::lit("%T %T\n"), &[&Monday, &KB]);
}
