//! Go's `cmp`: the `Ordered` constraint with `cmp.Compare`'s order (NaN before every other
//! float, NaNs equal to each other, `-0.0 == 0.0`), `Compare`, `Less`, `Or`.
//!
//! Arguments whose Go type is the type parameter come by value or by reference (`&T` is
//! `Ordered` when `T` is), so `compare(1i64, 2i64)` and `compare(&a, &b)` both work.

use std::cmp::Ordering;

use crate::value::{GoValue, Str};

/// Go's `cmp.Ordered` (integers, floats, strings) with `cmp.Compare`'s total order.
pub trait Ordered: Clone {
    /// `cmp.Compare(a, b)` as an `Ordering`.
    fn go_cmp(&self, other: &Self) -> Ordering;
}

macro_rules! ordered_int {
    ($($t:ty),*) => {$(
        impl Ordered for $t {
            #[inline]
            fn go_cmp(&self, other: &Self) -> Ordering {
                self.cmp(other)
            }
        }
    )*};
}
ordered_int!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

macro_rules! ordered_float {
    ($($t:ty),*) => {$(
        impl Ordered for $t {
            #[inline]
            fn go_cmp(&self, other: &Self) -> Ordering {
                match (self.is_nan(), other.is_nan()) {
                    (true, true) => Ordering::Equal,
                    (true, false) => Ordering::Less,
                    (false, true) => Ordering::Greater,
                    _ => self.partial_cmp(other).unwrap_or(Ordering::Equal),
                }
            }
        }
    )*};
}
ordered_float!(f32, f64);

impl Ordered for Str {
    fn go_cmp(&self, other: &Self) -> Ordering {
        self.cmp(other)
    }
}

impl<T: Ordered> Ordered for &T {
    fn go_cmp(&self, other: &Self) -> Ordering {
        (**self).go_cmp(*other)
    }
}

/// An `Ordering` as Go's `-1`, `0`, `+1`.
pub(crate) fn sign(o: Ordering) -> i64 {
    match o {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

/// Go's `cmp.Compare(x, y)`: -1, 0 or +1.
pub fn compare<T: Ordered>(x: T, y: T) -> i64 {
    sign(x.go_cmp(&y))
}

/// Go's `cmp.Less(x, y)`: `x < y`, with NaN less than any non-NaN.
pub fn less<T: Ordered>(x: T, y: T) -> bool {
    x.go_cmp(&y) == Ordering::Less
}

/// Go's `cmp.Or(vals...)`: the first argument that is not the zero value (else the zero value).
pub fn or<T: GoValue + Clone + Default>(vals: &[T]) -> T {
    let zero = T::default();
    vals.iter().find(|v| !v.eq_dyn(&zero)).cloned().unwrap_or(zero)
}
