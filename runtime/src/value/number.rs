//! `Number`: what generic Go code with a numeric constraint (`~int | ~float64`, `Integer |
//! Float`) needs of its type parameter: arithmetic, comparison, the zero value, and untyped
//! constants converted to the type.

use std::ops::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Rem, RemAssign, Sub, SubAssign};

use super::GoValue;

/// Every Go integer and float type (`i8..i64`, `u8..u64`, `f32`, `f64`). `+ - *` wrap for
/// integers as Go's do (every profile sets `overflow-checks = false`); integer `/` and `%` are
/// Rust's, so code that may divide by zero or `MinInt64 / -1` should go through
/// [`ops::div`](super::ops::div) for Go's panics. `%` on a float type is Rust's `fmod`; Go
/// rejects it at compile time.
pub trait Number:
    GoValue
    + Copy
    + PartialOrd
    + Default
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Div<Output = Self>
    + Rem<Output = Self>
    + AddAssign
    + SubAssign
    + MulAssign
    + DivAssign
    + RemAssign
{
    /// An untyped integer constant as this type (Go's conversion: truncating for integers).
    fn from_i64(v: i64) -> Self;
    /// An untyped float constant as this type (integers truncate toward zero, as Go's
    /// conversion of a constant with an integral value does).
    fn from_f64(v: f64) -> Self;
}

macro_rules! number {
    ($($t:ty),*) => {$(
        impl Number for $t {
            #[inline]
            fn from_i64(v: i64) -> Self {
                v as $t
            }
            #[inline]
            fn from_f64(v: f64) -> Self {
                v as $t
            }
        }
    )*};
}

number!(i8, i16, i32, i64, u8, u16, u32, u64, f32, f64);
