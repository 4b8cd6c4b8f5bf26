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
#[derive(Clone, Default, PartialEq)]
pub struct Animal {
    pub Name: ::gort::Str,
    pub Legs: i64,
}
::gort::go_struct!(Animal = "main.Animal" { Name : ::gort::Str, Legs : i64 });
#[derive(Clone, Default, PartialEq)]
pub struct Dog {
    pub Animal: Animal,
    pub Breed: ::gort::Str,
}
::gort::go_struct!(
    Dog = "main.Dog" { Animal : Animal, Breed : ::gort::Str } embedded(Animal)
);
#[derive(Clone, Default)]
pub struct Logger {
    pub prefix: ::gort::Str,
    pub lines: ::gort::Slice<::gort::Str>,
}
::gort::go_struct!(
    Logger = "main.Logger" { prefix : ::gort::Str, lines : ::gort::Slice < ::gort::Str >
    }
);
#[derive(Clone, Default, PartialEq)]
pub struct Service {
    pub Logger: ::gort::Ptr<Logger>,
    pub Name: ::gort::Str,
}
::gort::go_struct!(
    Service = "main.Service" { Logger : ::gort::Ptr < Logger >, Name : ::gort::Str }
    embedded(Logger)
);
#[derive(Clone, Default, Copy, PartialEq)]
pub struct Base {
    pub ID: i64,
}
::gort::go_struct!(Base = "main.Base" { ID : i64 });
#[derive(Clone, Default, Copy, PartialEq)]
pub struct Derived {
    pub Base: Base,
    pub ID: i64,
}
::gort::go_struct!(Derived = "main.Derived" { Base : Base, ID : i64 } embedded(Base));
impl Animal {
    pub fn Describe(a: &Animal) -> ::gort::Str {
        return ::gort::fmt::sprintf(
            &::gort::Str::lit("%s has %d legs"),
            &[&a.Name, &a.Legs],
        );
    }
    pub fn Rename(a: &::gort::Ptr<Animal>, n: ::gort::Str) {
        {
            let __val = n.clone();
            (*a).with_mut(|__v| __v.Name = __val);
        }
    }
}
impl Logger {
    pub fn Log(l: &::gort::Ptr<Logger>, s: ::gort::Str) {
        {
            let __val = ::gort::append(
                &(*l).with(|__v| __v.lines.clone()),
                &[(*l).with(|__v| __v.prefix.clone()) + &s],
            );
            (*l).with_mut(|__v| __v.lines = __val);
        }
    }
}
impl Base {
    pub fn Kind(_: &Base) -> ::gort::Str {
        return ::gort::Str::lit("base");
    }
}
impl Derived {
    pub fn Kind(_: &Derived) -> ::gort::Str {
        return ::gort::Str::lit("derived");
    }
}
#[::gort::main]
async fn main() {
    let d: ::gort::Ptr<Dog> = ::gort::Ptr::new(Dog {
        Animal: Animal {
            Name: ::gort::Str::lit("Rex"),
            Legs: 4i64,
        },
        Breed: ::gort::Str::lit("collie"),
    });
    ::gort::fmt::println(
        &[
            &d.with(|__v| __v.Animal.Name.clone()),
            &d.with(|__v| __v.Animal.Legs),
            &d.with(|__v| __v.Breed.clone()),
        ],
    );
    ::gort::fmt::println(&[&Animal::Describe(&d.with(|__v| __v.Animal.clone()))]);
    Animal::Rename(
        &{ ::gort::Ptr::field(&d, move |__v| &mut __v.Animal) },
        ::gort::Str::lit("Max"),
    );
    {
        let __c1 = Animal::Describe(&d.with(|__v| __v.Animal.clone()));
        ::gort::fmt::println(&[&d.with(|__v| __v.Animal.Name.clone()), &__c1])
    };
    ::gort::fmt::printf(&::gort::Str::lit("%+v\n"), &[&d.get()]);
    let mut svc = Service {
        Logger: ::gort::Ptr::new(Logger {
            prefix: ::gort::Str::lit("[svc] "),
            ..::std::default::Default::default()
        }),
        Name: ::gort::Str::lit("api"),
    };
    Logger::Log(&svc.Logger, ::gort::Str::lit("start"));
    Logger::Log(&svc.Logger, ::gort::Str::lit("ready"));
    let mut copySvc: Service = svc.clone();
    Logger::Log(&copySvc.Logger, ::gort::Str::lit("from copy"));
    ::gort::fmt::println(
        &[
            &svc.Logger.with(|__v| __v.lines.clone()).len(),
            &svc.Logger.with(|__v| __v.lines.clone()),
        ],
    );
    let mut x = Derived {
        Base: Base { ID: 1i64 },
        ID: 2i64,
    };
    ::gort::fmt::println(&[&x.ID, &x.Base.ID, &Derived::Kind(&x), &Base::Kind(&x.Base)]);
}
