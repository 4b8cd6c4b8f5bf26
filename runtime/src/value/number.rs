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
    /// Go's `float64(x)`.
    fn to_f64(self) -> f64;
    /// Go's `int64(x)` (floats truncate toward zero; out of range as Go on amd64).
    fn to_i64(self) -> i64;
    /// Go's `-x` (integers modulo 2ⁿ, unsigned ones too).
    fn go_neg(self) -> Self;
}

macro_rules! number {
    ($neg:ident: $($t:ty),*) => {$(
        impl Number for $t {
            #[inline]
            fn from_i64(v: i64) -> Self {
                v as $t
            }
            #[inline]
            fn from_f64(v: f64) -> Self {
                v as $t
            }
            #[inline]
            fn to_f64(self) -> f64 {
                self as f64
            }
            #[inline]
            fn to_i64(self) -> i64 {
                self as i64
            }
            #[inline]
            fn go_neg(self) -> Self {
                number!(@neg $neg self)
            }
        }
    )*};
    (@neg wrapping $v:ident) => { $v.wrapping_neg() };
    (@neg float $v:ident) => { -$v };
}

number!(wrapping: i8, i16, i32, i64, u8, u16, u32, u64);
number!(float: f32, f64);

/// The integer type parameters' operations (a constraint whose type set has only integers):
/// Go's bitwise operators and its division and shifts (`GoInt`).
pub trait Integer:
    Number
    + crate::value::ops::GoInt
    + std::ops::BitAnd<Output = Self>
    + std::ops::BitOr<Output = Self>
    + std::ops::BitXor<Output = Self>
    + std::ops::Not<Output = Self>
    + std::ops::BitAndAssign
    + std::ops::BitOrAssign
    + std::ops::BitXorAssign
{
}

impl Integer for i8 {}
impl Integer for i16 {}
impl Integer for i32 {}
impl Integer for i64 {}
impl Integer for u8 {}
impl Integer for u16 {}
impl Integer for u32 {}
impl Integer for u64 {}

/// Gives a translated named integer type (`type Flags uint8`) Go's bitwise operators, division
/// and shifts, so it can instantiate generic code with an integer constraint (with
/// [`go_number!`] for the rest): `gort::go_integer!(Flags(u8));`.
#[macro_export]
macro_rules! go_integer {
    ($t:ident($u:ty)) => {
        $crate::__go_number_op!($t, BitAnd, bitand, BitAndAssign, bitand_assign, &);
        $crate::__go_number_op!($t, BitOr, bitor, BitOrAssign, bitor_assign, |);
        $crate::__go_number_op!($t, BitXor, bitxor, BitXorAssign, bitxor_assign, ^);
        impl ::std::ops::Not for $t {
            type Output = $t;
            #[inline]
            fn not(self) -> $t {
                $t(!self.0)
            }
        }
        impl $crate::value::Integer for $t {}
        impl $crate::value::ops::GoInt for $t {
            #[inline]
            fn go_div(self, __gort_o: Self) -> Self {
                $t(<$u as $crate::value::ops::GoInt>::go_div(self.0, __gort_o.0))
            }
            #[inline]
            fn go_rem(self, __gort_o: Self) -> Self {
                $t(<$u as $crate::value::ops::GoInt>::go_rem(self.0, __gort_o.0))
            }
            #[inline]
            fn go_shl(self, __gort_n: u64) -> Self {
                $t(<$u as $crate::value::ops::GoInt>::go_shl(self.0, __gort_n))
            }
            #[inline]
            fn go_shr(self, __gort_n: u64) -> Self {
                $t(<$u as $crate::value::ops::GoInt>::go_shr(self.0, __gort_n))
            }
        }
    };
}

/// Gives a translated named numeric type (`type Score int` → `struct Score(pub i64)`) Go's
/// arithmetic and ordering, so it can instantiate generic code with numeric or ordered
/// constraints: `gort::go_number!(Score(i64));`.
#[macro_export]
macro_rules! go_number {
    ($t:ident($u:ty)) => {
        $crate::__go_number_op!($t, Add, add, AddAssign, add_assign, +);
        $crate::__go_number_op!($t, Sub, sub, SubAssign, sub_assign, -);
        $crate::__go_number_op!($t, Mul, mul, MulAssign, mul_assign, *);
        $crate::__go_number_op!($t, Div, div, DivAssign, div_assign, /);
        $crate::__go_number_op!($t, Rem, rem, RemAssign, rem_assign, %);
        impl $crate::value::Number for $t {
            fn from_i64(__gort_v: i64) -> Self {
                $t(<$u as $crate::value::Number>::from_i64(__gort_v))
            }
            fn from_f64(__gort_v: f64) -> Self {
                $t(<$u as $crate::value::Number>::from_f64(__gort_v))
            }
            fn to_f64(self) -> f64 {
                <$u as $crate::value::Number>::to_f64(self.0)
            }
            fn to_i64(self) -> i64 {
                <$u as $crate::value::Number>::to_i64(self.0)
            }
            fn go_neg(self) -> Self {
                $t(<$u as $crate::value::Number>::go_neg(self.0))
            }
        }
        impl $crate::cmp::Ordered for $t {
            fn go_cmp(&self, __gort_o: &Self) -> ::std::cmp::Ordering {
                $crate::cmp::Ordered::go_cmp(&self.0, &__gort_o.0)
            }
        }
    };
}

/// Gives a translated named string type (`type Name string`) Go's ordering and `+`.
#[macro_export]
macro_rules! go_ordered_str {
    ($t:ident) => {
        impl $crate::cmp::Ordered for $t {
            fn go_cmp(&self, __gort_o: &Self) -> ::std::cmp::Ordering {
                $crate::cmp::Ordered::go_cmp(&self.0, &__gort_o.0)
            }
        }
        impl ::std::ops::Add for $t {
            type Output = $t;
            fn add(self, __gort_o: $t) -> $t {
                $t(self.0 + &__gort_o.0)
            }
        }
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __go_number_op {
    ($t:ident, $tr:ident, $f:ident, $atr:ident, $af:ident, $op:tt) => {
        impl ::std::ops::$tr for $t {
            type Output = $t;
            #[inline]
            fn $f(self, __gort_o: $t) -> $t {
                $t(self.0 $op __gort_o.0)
            }
        }
        impl ::std::ops::$atr for $t {
            #[inline]
            fn $af(&mut self, __gort_o: $t) {
                self.0 = self.0 $op __gort_o.0;
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::Number;
    use crate::cmp::Ordered;

    #[derive(Clone, Copy, Default, PartialEq, PartialOrd)]
    struct Score(i64);
    crate::go_named!(Score = "main.Score"(i64));
    crate::go_number!(Score(i64));

    fn sum<T: Number>(xs: &[T]) -> T {
        let mut s = T::default();
        for &x in xs {
            s += x;
        }
        s
    }

    #[test]
    fn named_numbers_instantiate_generic_code() {
        assert_eq!(sum(&[Score(2), Score(3)]).0, 5);
        assert_eq!(Score::from_i64(7).0, 7);
        assert_eq!(Score(1).go_cmp(&Score(2)), std::cmp::Ordering::Less);
        assert_eq!((Score(7) % Score(4)).0, 3);
    }
}
