//! Go's core type of a type parameter: `[S ~[]E]`, `[M ~map[K]V]`, `[T ~string]` reach the
//! slice, map or string a value of `S` is made of through [`Core`].

use super::{Map, Slice, Str};

/// A type whose values are a value of its core (underlying) type: a Go named non-struct type
/// (a newtype, implemented by `go_named!`) or an unnamed slice, map or string (itself).
///
/// The translator bounds a type parameter with `S: Core<U = Slice<E>>` when its constraint has
/// a core type, so `s[i]`, `len(s)`, `range s`, `append(s, x)` work on `s.core()` and a result
/// of type `S` is rebuilt with `S::from_core(…)`: the caller's named type survives, as in Go.
pub trait Core: Sized {
    /// The core type.
    type U;
    /// The value as its core type.
    fn core(&self) -> &Self::U;
    /// The value as its core type, for an in-place update (`s[i] += 1` on an array core).
    fn core_mut(&mut self) -> &mut Self::U;
    /// A value of this type from one of its core type (the conversion `S(u)`).
    fn from_core(u: Self::U) -> Self;
}

/// The unnamed types are their own core type.
macro_rules! core_self {
    ($([$($g:ident),*] $t:ty),* $(,)?) => {$(
        impl<$($g),*> Core for $t {
            type U = $t;
            #[inline]
            fn core(&self) -> &Self::U {
                self
            }
            #[inline]
            fn core_mut(&mut self) -> &mut Self::U {
                self
            }
            #[inline]
            fn from_core(u: Self::U) -> Self {
                u
            }
        }
    )*};
}

core_self!(
    [E] Slice<E>,
    [K, V] Map<K, V>,
    [] Str,
    [] bool,
    [] i8,
    [] i16,
    [] i32,
    [] i64,
    [] u8,
    [] u16,
    [] u32,
    [] u64,
    [] f32,
    [] f64,
);

impl<T, const N: usize> Core for super::Array<T, N> {
    type U = Self;
    #[inline]
    fn core(&self) -> &Self {
        self
    }
    #[inline]
    fn core_mut(&mut self) -> &mut Self {
        self
    }
    #[inline]
    fn from_core(u: Self) -> Self {
        u
    }
}
