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
#[derive(Clone, Default, Copy, PartialEq, PartialOrd)]
pub struct Celsius(pub f64);
::gort::go_named!(Celsius = "main.Celsius"(f64));
::gort::go_number!(Celsius(f64));
pub trait Shape: ::gort::GoValue {
    fn Area(&self) -> f64;
}
::gort::go_interface!(Shape = "main.Shape" { Area } impls[Sq, ::gort::Ptr < Sq >]);
impl Shape for ::gort::Iface<dyn Shape> {
    fn Area(&self) -> f64 {
        (**self).Area()
    }
}
#[derive(Clone, Default, Copy, PartialEq)]
pub struct Sq {
    pub S: f64,
}
::gort::go_struct!(Sq = "main.Sq" { S : f64 });
pub fn describe(v: ::gort::Any) -> ::gort::Str {
    {
        let __x1 = v.clone();
        if __x1.is_nil() {
            let mut x = __x1.clone();
            return ::gort::Str::lit("nil");
        } else if __x1.is::<i64>() {
            let mut x = __x1.downcast::<i64>().unwrap_or_default();
            return ::gort::fmt::sprintf(
                &::gort::Str::lit("int %d (doubled %d)"),
                &[&x, &(x * 2i64)],
            );
        } else if __x1.is::<i8>() || __x1.is::<i16>() {
            let mut x = __x1.clone();
            return ::gort::fmt::sprintf(
                &::gort::Str::lit("small int %v of type %T"),
                &[&x, &x],
            );
        } else if __x1.is::<::gort::Str>() {
            let mut x = __x1.downcast::<::gort::Str>().unwrap_or_default();
            return ::gort::Str::lit("string of length ")
                + &::gort::fmt::sprint(&[&x.len()]);
        } else if __x1.is::<bool>() {
            let mut x = __x1.downcast::<bool>().unwrap_or_default();
            if x {
                return ::gort::Str::lit("true bool");
            }
            return ::gort::Str::lit("false bool");
        } else if __x1.is::<Celsius>() {
            let mut x = __x1.downcast::<Celsius>().unwrap_or_default();
            return ::gort::fmt::sprintf(&::gort::Str::lit("temperature %.1f"), &[&x.0]);
        } else if __x1.convert::<dyn ::gort::GoError>().is_some() {
            let mut x = __x1.convert::<dyn ::gort::GoError>().unwrap_or_default();
            return ::gort::Str::lit("error: ") + &x.Error();
        } else if __x1.convert::<dyn Shape>().is_some() {
            let mut x = __x1.convert::<dyn Shape>().unwrap_or_default();
            return ::gort::fmt::sprintf(
                &::gort::Str::lit("shape with area %.1f"),
                &[&x.Area()],
            );
        } else if __x1.is::<::gort::Slice<i64>>() {
            let mut x = __x1.downcast::<::gort::Slice<i64>>().unwrap_or_default();
            return ::gort::fmt::sprintf(
                &::gort::Str::lit("slice of %d ints"),
                &[&x.len()],
            );
        } else if __x1.is::<::gort::Map<::gort::Str, i64>>() {
            let mut x = __x1
                .downcast::<::gort::Map<::gort::Str, i64>>()
                .unwrap_or_default();
            return ::gort::fmt::sprintf(
                &::gort::Str::lit("map with %d keys"),
                &[&x.len()],
            );
        } else if __x1.is::<::gort::Func<dyn Fn() -> i64 + Send + Sync>>() {
            let mut x = __x1
                .downcast::<::gort::Func<dyn Fn() -> i64 + Send + Sync>>()
                .unwrap_or_default();
            return ::gort::fmt::sprintf(
                &::gort::Str::lit("func returning %d"),
                &[&(*x)()],
            );
        } else if __x1.is::<::gort::Ptr<i64>>() {
            let mut x = __x1.downcast::<::gort::Ptr<i64>>().unwrap_or_default();
            return ::gort::fmt::sprintf(&::gort::Str::lit("pointer to %d"), &[&x.get()]);
        } else {
            let mut x = __x1.clone();
            return ::gort::fmt::sprintf(&::gort::Str::lit("unknown %T"), &[&x]);
        }
    }
    ::std::unreachable!();
}
impl Sq {
    pub fn Area(s: &Sq) -> f64 {
        return s.S * s.S;
    }
}
impl Shape for Sq {
    fn Area(&self) -> f64 {
        Sq::Area(&*self)
    }
}
impl Shape for ::gort::Ptr<Sq> {
    fn Area(&self) -> f64 {
        Sq::Area(&(*self).get())
    }
}
#[::gort::main]
async fn main() {
    let n: ::gort::Ptr<i64> = ::gort::Ptr::new(5i64);
    let mut values: ::gort::Slice<::gort::Any> = ::gort::Slice::from_vec(
        ::std::vec![
            < ::gort::Any > ::nil(), ::gort::Any::from_value:: < i64 > (42i64),
            ::gort::Any::from_value:: < i8 > ((- 3i8)), ::gort::Any::from_value:: < i16 >
            (7i16), ::gort::Any::from_value:: < ::gort::Str >
            (::gort::Str::lit("hello")), ::gort::Any::from_value:: < bool > (true),
            ::gort::Any::from_value:: < bool > (false), ::gort::Any::from_value:: <
            Celsius > (Celsius(36.6f64)), ::gort::errors::new(& ::gort::Str::lit("boom"))
            .to_any(), ::gort::Any::from_value:: < Sq > (Sq { S : 3.0f64 }),
            ::gort::Any::from_value:: < ::gort::Slice < i64 > >
            (::gort::Slice::from_vec(::std::vec![1i64, 2i64])), ::gort::Any::from_value::
            < ::gort::Map < ::gort::Str, i64 > >
            (::gort::Map::from(::std::vec![(::gort::Str::lit("a"), 1i64)])),
            ::gort::Any::from_value:: < ::gort::Func < dyn Fn() -> i64 + Send + Sync > >
            ({ ::gort::Func:: < dyn Fn() -> i64 + Send + Sync >
            ::new(::std::sync::Arc::new(move | | -> i64 { return 9i64; })) }),
            ::gort::Any::from_value:: < ::gort::Ptr < i64 > >
            (::std::clone::Clone::clone(& n)), ::gort::Any::from_value:: < f64 >
            (3.14f64), ::gort::Any::from_value:: < () > (())
        ],
    );
    for (_, v) in values.iter() {
        ::gort::fmt::println(&[&describe(v.clone())]);
    }
    let s: ::gort::Iface<dyn Shape> = ::gort::Iface::<
        dyn Shape,
    >::new(::std::sync::Arc::new(Sq { S: 2.0f64 }));
    {
        let __x2 = s.clone();
        if __x2.is::<Sq>() {
            ::gort::fmt::println(&[&::gort::Str::lit("concrete Sq")]);
        }
    }
    {
        let mut v: ::gort::Any = ::gort::Any::from_value::<u64>(3u64);
        let __x3 = v.clone();
        if __x3.is::<i64>() || __x3.is::<u64>() {
            ::gort::fmt::printf(&::gort::Str::lit("%T\n"), &[&v]);
        }
    }
}
