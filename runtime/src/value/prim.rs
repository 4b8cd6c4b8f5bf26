//! `GoValue` for Go's basic types: integers, floats, `bool`, and `()` as Go's `struct{}`.

use std::cmp::Ordering;
use std::hash::Hasher;

use super::{Basic, GoValue, Kind, Layout};
use crate::fmt::Printer;

macro_rules! int_impl {
    ($t:ty, $name:expr, $signed:expr, $size:expr) => {
        impl GoValue for $t {
            fn clone_any(&self) -> Option<crate::Any> {
                Some(crate::Any::from_value(::std::clone::Clone::clone(self)))
            }
            fn kind(&self) -> Kind {
                if $signed { Kind::Int } else { Kind::Uint }
            }
            fn fmt_value(&self, p: &mut Printer, verb: char) {
                p.fmt_integer(self, *self as i64 as u64, $signed, verb)
            }
            fn eq_dyn(&self, other: &dyn GoValue) -> bool {
                super::eq_by(self, other)
            }
            fn basic(&self) -> Option<Basic> {
                Some(if $signed { Basic::Int(*self as i64) } else { Basic::Uint(*self as u64) })
            }
            fn json_decode(&mut self, d: &mut crate::encoding::json::DecodeState, v: &crate::encoding::json::JsonValue) {
                if $signed {
                    if let Some(x) = d.signed(v, $size * 8) {
                        *self = x as $t;
                    }
                } else if let Some(x) = d.unsigned(v, $size * 8) {
                    *self = x as $t;
                }
            }
            fn go_zero() -> Option<Self> {
                Some(0)
            }
            fn hash_dyn(&self, state: &mut dyn Hasher) {
                state.write_u64(*self as u64)
            }
            fn cmp_dyn(&self, other: &dyn GoValue) -> Ordering {
                other.as_any().downcast_ref::<$t>().map_or(Ordering::Equal, |o| self.cmp(o))
            }
            fn go_type_name() -> String {
                $name.into()
            }
            fn go_layout() -> Layout {
                Layout::scalar($size)
            }
            #[inline]
            fn plain_words() -> Option<usize> {
                Some(1)
            }
            #[inline]
            fn to_words(&self, w: &mut [u64]) {
                w[0] = *self as u64;
            }
            #[inline]
            fn load_words(&mut self, w: &[u64]) {
                *self = w[0] as $t;
            }
        }
    };
}

int_impl!(i64, "int", true, 8);
int_impl!(i8, "int8", true, 1);
int_impl!(i16, "int16", true, 2);
int_impl!(i32, "int32", true, 4);
int_impl!(u64, "uint", false, 8);
int_impl!(u8, "uint8", false, 1);
int_impl!(u16, "uint16", false, 2);
int_impl!(u32, "uint32", false, 4);
int_impl!(usize, "uintptr", false, 8);

/// Go types that share a Rust representation with another Go type (`int64` and `int` are both
/// `i64`) keep their own identity once they are in an interface: the translator wraps such a
/// value in its tag where it becomes an `any` (or a `fmt` argument), so `%T`, type switches and
/// `==` between interface values see Go's type.
macro_rules! tagged_int {
    ($(#[$m:meta])* $tag:ident($t:ty), $name:expr, $signed:expr) => {
        $(#[$m])*
        #[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        pub struct $tag(pub $t);
        impl GoValue for $tag {
            fn clone_any(&self) -> Option<crate::Any> {
                Some(crate::Any::from_value(::std::clone::Clone::clone(self)))
            }
            fn kind(&self) -> Kind {
                if $signed { Kind::Int } else { Kind::Uint }
            }
            fn fmt_value(&self, p: &mut Printer, verb: char) {
                p.fmt_integer(self, self.0 as i64 as u64, $signed, verb)
            }
            fn eq_dyn(&self, other: &dyn GoValue) -> bool {
                super::eq_by(self, other)
            }
            fn basic(&self) -> Option<Basic> {
                Some(if $signed { Basic::Int(self.0 as i64) } else { Basic::Uint(self.0 as u64) })
            }
            fn hash_dyn(&self, state: &mut dyn Hasher) {
                state.write_u64(self.0 as u64)
            }
            fn cmp_dyn(&self, other: &dyn GoValue) -> Ordering {
                other.as_any().downcast_ref::<$tag>().map_or(Ordering::Equal, |o| self.cmp(o))
            }
            fn go_type_name() -> String {
                $name.into()
            }
            fn go_layout() -> Layout {
                Layout::scalar(8)
            }
            #[inline]
            fn plain_words() -> Option<usize> {
                Some(1)
            }
            #[inline]
            fn to_words(&self, w: &mut [u64]) {
                w[0] = self.0 as u64;
            }
            #[inline]
            fn load_words(&mut self, w: &[u64]) {
                self.0 = w[0] as $t;
            }
        }
    };
}

tagged_int!(
    /// Go's `int64` inside an interface (outside one it is a plain `i64`, like `int`).
    Int64(i64), "int64", true
);
tagged_int!(
    /// Go's `uint64` inside an interface (outside one it is a plain `u64`, like `uint`).
    Uint64(u64), "uint64", false
);
tagged_int!(
    /// Go's `uintptr` inside an interface (outside one it is a plain `u64`).
    Uintptr(u64), "uintptr", false
);

impl GoValue for bool {
        fn clone_any(&self) -> Option<crate::Any> {
            Some(crate::Any::from_value(::std::clone::Clone::clone(self)))
        }
    fn kind(&self) -> Kind {
        Kind::Bool
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_bool(self, *self, verb)
    }
    fn basic(&self) -> Option<Basic> {
        Some(Basic::Bool(*self))
    }
    fn json_decode(&mut self, d: &mut crate::encoding::json::DecodeState, v: &crate::encoding::json::JsonValue) {
        if let Some(b) = d.boolean(v) {
            *self = b;
        }
    }
    fn go_zero() -> Option<Self> {
        Some(false)
    }
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        super::eq_by(self, other)
    }
    fn hash_dyn(&self, state: &mut dyn Hasher) {
        state.write_u8(*self as u8)
    }
    fn cmp_dyn(&self, other: &dyn GoValue) -> Ordering {
        other.as_any().downcast_ref::<bool>().map_or(Ordering::Equal, |o| self.cmp(o))
    }
    fn go_type_name() -> String {
        "bool".into()
    }
    fn go_layout() -> Layout {
        Layout::scalar(1)
    }
    #[inline]
    fn plain_words() -> Option<usize> {
        Some(1)
    }
    #[inline]
    fn to_words(&self, w: &mut [u64]) {
        w[0] = u64::from(*self);
    }
    #[inline]
    fn load_words(&mut self, w: &[u64]) {
        *self = w[0] != 0;
    }
}

macro_rules! float_impl {
    ($t:ty, $name:expr, $size:expr) => {
        impl GoValue for $t {
            fn clone_any(&self) -> Option<crate::Any> {
                Some(crate::Any::from_value(::std::clone::Clone::clone(self)))
            }
            fn kind(&self) -> Kind {
                Kind::Float
            }
            fn fmt_value(&self, p: &mut Printer, verb: char) {
                p.fmt_float(self, *self as f64, $size * 8, verb)
            }
            fn basic(&self) -> Option<Basic> {
                Some(Basic::Float(*self as f64, $size * 8))
            }
            fn json_decode(&mut self, d: &mut crate::encoding::json::DecodeState, v: &crate::encoding::json::JsonValue) {
                if let Some(x) = d.float(v, $size * 8) {
                    *self = x as $t;
                }
            }
            fn go_zero() -> Option<Self> {
                Some(0.0)
            }
            fn eq_dyn(&self, other: &dyn GoValue) -> bool {
                super::eq_by(self, other)
            }
            fn hash_dyn(&self, state: &mut dyn Hasher) {
                if self.is_nan() {
                    // Go hashes NaN randomly: every NaN key is a new entry.
                    state.write_u64(crate::rand::runtime_u64())
                } else if *self == 0.0 {
                    state.write_u64(0)
                } else {
                    state.write_u64((*self as f64).to_bits())
                }
            }
            fn cmp_dyn(&self, other: &dyn GoValue) -> Ordering {
                let Some(o) = other.as_any().downcast_ref::<$t>() else { return Ordering::Equal };
                match (self.is_nan(), o.is_nan()) {
                    (true, true) => Ordering::Equal,
                    (true, false) => Ordering::Less,
                    (false, true) => Ordering::Greater,
                    _ => self.partial_cmp(o).unwrap_or(Ordering::Equal),
                }
            }
            fn go_type_name() -> String {
                $name.into()
            }
            fn go_layout() -> Layout {
                Layout::scalar($size)
            }
            #[inline]
            fn plain_words() -> Option<usize> {
                Some(1)
            }
            #[inline]
            fn to_words(&self, w: &mut [u64]) {
                w[0] = u64::from(self.to_bits());
            }
            #[inline]
            fn load_words(&mut self, w: &[u64]) {
                *self = <$t>::from_bits(w[0] as _);
            }
        }
    };
}

float_impl!(f64, "float64", 8);
float_impl!(f32, "float32", 4);

/// Go's `struct{}`: prints `{}`, zero size.
impl GoValue for () {
    fn kind(&self) -> Kind {
        Kind::Struct
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_struct(self, verb, &[])
    }
    fn eq_dyn(&self, other: &dyn GoValue) -> bool {
        other.as_any().is::<()>()
    }
    fn hash_dyn(&self, _state: &mut dyn Hasher) {}
    fn json_fields(&self) -> Option<Vec<crate::encoding::json::JsonField>> {
        Some(Vec::new())
    }
    fn go_type_name() -> String {
        "struct {}".into()
    }
    fn go_layout() -> Layout {
        Layout { size: 0, align: 1, pointers: false }
    }
}

/// Not a Go type: the translator's own bookkeeping cells (`Ptr<Option<R>>` holds the result of a
/// `return` inside a range-over-func loop body) need `GoValue` because `Ptr` does; a program can
/// never print or compare one.
impl<T: Clone + Send + Sync + 'static> GoValue for Option<T> {
    fn kind(&self) -> Kind {
        Kind::Struct
    }
    fn fmt_value(&self, p: &mut Printer, verb: char) {
        p.fmt_struct(self, verb, &[])
    }
    fn go_type_name() -> String {
        "gort.option".into()
    }
}
