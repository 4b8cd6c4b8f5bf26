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
pub trait Shape: ::gort::GoValue {
    fn Area(&self) -> f64;
    fn Perimeter(&self) -> f64;
}
::gort::go_interface!(
    Shape = "main.Shape" { Area, Perimeter } impls[Rect, Circle, ::gort::Ptr < Square >,
    ::gort::Ptr < Rect >, ::gort::Ptr < Circle >]
);
impl Shape for ::gort::Iface<dyn Shape> {
    fn Area(&self) -> f64 {
        (**self).Area()
    }
    fn Perimeter(&self) -> f64 {
        (**self).Perimeter()
    }
}
#[derive(Clone, Default, Copy, PartialEq)]
pub struct Rect {
    pub W: f64,
    pub H: f64,
}
::gort::go_struct!(Rect = "main.Rect" { W : f64, H : f64 });
#[derive(Clone, Default, Copy, PartialEq)]
pub struct Circle {
    pub R: f64,
}
::gort::go_struct!(Circle = "main.Circle" { R : f64 });
#[derive(Clone, Default, Copy, PartialEq)]
pub struct Square {
    pub side: f64,
}
::gort::go_struct!(Square = "main.Square" { side : f64 });
pub fn describe(s: ::gort::Iface<dyn Shape>) -> ::gort::Str {
    if s.is_nil() {
        return ::gort::Str::lit("no shape");
    }
    return ::gort::fmt::sprintf(
        &::gort::Str::lit("%T area=%.2f perim=%.2f"),
        &[&s, &s.Area(), &s.Perimeter()],
    );
}
pub fn largest(
    shapes: ::gort::Slice<::gort::Iface<dyn Shape>>,
) -> ::gort::Iface<dyn Shape> {
    let mut best: ::gort::Iface<dyn Shape> = ::gort::Iface::nil();
    for (_, s) in shapes.iter() {
        if best.is_nil() || s.Area() > best.Area() {
            best = s.clone();
        }
    }
    return best;
}
impl Rect {
    pub fn Area(r: &Rect) -> f64 {
        return r.W * r.H;
    }
    pub fn Perimeter(r: &Rect) -> f64 {
        return 2.0f64 * (r.W + r.H);
    }
}
impl Circle {
    pub fn Area(c: &Circle) -> f64 {
        return 3.141592653589793f64 * c.R * c.R;
    }
    pub fn Perimeter(c: &Circle) -> f64 {
        return 6.283185307179586f64 * c.R;
    }
}
impl Square {
    pub fn Area(s: &::gort::Ptr<Square>) -> f64 {
        return (*s).with(|__v| __v.side) * (*s).with(|__v| __v.side);
    }
    pub fn Perimeter(s: &::gort::Ptr<Square>) -> f64 {
        return 4.0f64 * (*s).with(|__v| __v.side);
    }
    pub fn Grow(s: &::gort::Ptr<Square>, by: f64) {
        (*s).with_mut(|__v| __v.side += by);
    }
}
impl Shape for Rect {
    fn Area(&self) -> f64 {
        Rect::Area(&*self)
    }
    fn Perimeter(&self) -> f64 {
        Rect::Perimeter(&*self)
    }
}
impl Shape for Circle {
    fn Area(&self) -> f64 {
        Circle::Area(&*self)
    }
    fn Perimeter(&self) -> f64 {
        Circle::Perimeter(&*self)
    }
}
impl Shape for ::gort::Ptr<Square> {
    fn Area(&self) -> f64 {
        Square::Area(&*self)
    }
    fn Perimeter(&self) -> f64 {
        Square::Perimeter(&*self)
    }
}
impl Shape for ::gort::Ptr<Rect> {
    fn Area(&self) -> f64 {
        Rect::Area(&(*self).get())
    }
    fn Perimeter(&self) -> f64 {
        Rect::Perimeter(&(*self).get())
    }
}
impl Shape for ::gort::Ptr<Circle> {
    fn Area(&self) -> f64 {
        Circle::Area(&(*self).get())
    }
    fn Perimeter(&self) -> f64 {
        Circle::Perimeter(&(*self).get())
    }
}
#[::gort::main]
async fn main() {
    let mut sq: ::gort::Ptr<Square> = ::gort::Ptr::new(Square { side: 2.0f64 });
    let mut shapes: ::gort::Slice<::gort::Iface<dyn Shape>> = ::gort::Slice::from_vec(
        ::std::vec![
            ::gort::Iface:: < dyn Shape > ::new(::std::sync::Arc::new(Rect { W : 3.0f64,
            H : 4.0f64 })), ::gort::Iface:: < dyn Shape >
            ::new(::std::sync::Arc::new(Circle { R : 1.0f64 })), ::gort::Iface:: < dyn
            Shape > ::new(::std::sync::Arc::new(sq.clone()))
        ],
    );
    for (_, s) in shapes.iter() {
        ::gort::fmt::println(&[&describe(s.clone())]);
    }
    Square::Grow(&sq, 3.0f64);
    ::gort::fmt::println(&[&describe(shapes.get(2i64))]);
    ::gort::fmt::println(&[&describe(largest(shapes.clone()))]);
    let none: ::gort::Iface<dyn Shape> = ::gort::Iface::nil();
    ::gort::fmt::println(&[&describe(none.clone()), &none.is_nil()]);
    let s: ::gort::Iface<dyn Shape> = ::gort::Iface::<
        dyn Shape,
    >::new(::std::sync::Arc::new(Rect { W: 1.0f64, H: 1.0f64 }));
    let (__t1, __t2) = match s.downcast::<Rect>() {
        Some(__x) => (__x, true),
        None => (Rect::default(), false),
    };
    let mut r: Rect = __t1;
    let mut ok: bool = __t2;
    ::gort::fmt::println(&[&r, &ok]);
    let (__t3, __t4) = match s.downcast::<::gort::Ptr<Square>>() {
        Some(__x) => (__x, true),
        None => (::gort::Ptr::nil(), false),
    };
    let _ = __t3;
    ok = __t4;
    ::gort::fmt::println(&[&ok]);
    ::gort::fmt::println(
        &[
            &(::gort::Iface::<
                dyn Shape,
            >::new(::std::sync::Arc::new(Rect { W: 1.0f64, H: 2.0f64 }))
                == ::gort::Iface::<
                    dyn Shape,
                >::new(::std::sync::Arc::new(Rect { W: 1.0f64, H: 2.0f64 }))),
            &(::gort::Iface::<
                dyn Shape,
            >::new(::std::sync::Arc::new(Rect { W: 1.0f64, H: 2.0f64 }))
                == ::gort::Iface::<
                    dyn Shape,
                >::new(::std::sync::Arc::new(Rect { W: 2.0f64, H: 1.0f64 }))),
        ],
    );
}
