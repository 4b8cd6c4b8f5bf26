//! Go's integer semantics where Rust's differ: division by zero panics with Go's text,
//! `MinInt64 / -1` wraps, shifts by ≥ width give 0 (or the sign fill), negative shift counts
//! panic, and float→int conversions behave as Go on amd64.
//!
//! `+ - *` are plain Rust operators: every profile sets `overflow-checks = false`, so they wrap
//! as Go's do. Integer→integer conversions are Rust `as` casts (truncate / sign-extend like Go).

use super::rterr::{panic_divide, panic_shift};

/// Go's integer types.
pub trait GoInt: Copy {
    /// Go's `a / b`.
    fn go_div(self, b: Self) -> Self;
    /// Go's `a % b`.
    fn go_rem(self, b: Self) -> Self;
    /// Go's `x << n` for a non-negative count.
    fn go_shl(self, n: u64) -> Self;
    /// Go's `x >> n` for a non-negative count (arithmetic for signed types).
    fn go_shr(self, n: u64) -> Self;
}

/// A shift count of any integer type; negative signed counts panic as in Go.
pub trait ShiftCount: Copy {
    /// The count, or a Go panic when negative.
    fn count(self) -> u64;
}

macro_rules! go_int {
    ($($t:ty: $signed:expr),*) => {$(
        impl GoInt for $t {
            #[inline]
            fn go_div(self, b: Self) -> Self {
                if b == 0 { panic_divide() }
                self.wrapping_div(b)
            }
            #[inline]
            fn go_rem(self, b: Self) -> Self {
                if b == 0 { panic_divide() }
                self.wrapping_rem(b)
            }
            #[inline]
            fn go_shl(self, n: u64) -> Self {
                if n >= <$t>::BITS as u64 { 0 } else { self << n }
            }
            #[inline]
            fn go_shr(self, n: u64) -> Self {
                if n >= <$t>::BITS as u64 {
                    if $signed && self < (0 as $t) { !0 } else { 0 }
                } else {
                    self >> n
                }
            }
        }
        impl ShiftCount for $t {
            #[inline]
            #[allow(unused_comparisons)]
            fn count(self) -> u64 {
                if self < 0 { panic_shift() }
                self as u64
            }
        }
    )*};
}

go_int!(i8: true, i16: true, i32: true, i64: true, u8: false, u16: false, u32: false, u64: false, usize: false, isize: true);

/// Go's `a / b` (panics `integer divide by zero`; `MinInt64 / -1` wraps).
#[inline]
pub fn div<T: GoInt>(a: T, b: T) -> T {
    a.go_div(b)
}

/// Go's `a % b` (panics `integer divide by zero`; `MinInt64 % -1` is 0).
#[inline]
pub fn rem<T: GoInt>(a: T, b: T) -> T {
    a.go_rem(b)
}

/// Go's `x << n`.
#[inline]
pub fn shl<T: GoInt, C: ShiftCount>(x: T, n: C) -> T {
    x.go_shl(n.count())
}

/// Go's `x >> n`.
#[inline]
pub fn shr<T: GoInt, C: ShiftCount>(x: T, n: C) -> T {
    x.go_shr(n.count())
}

/// amd64 `CVTTSD2SQ`: truncation, `MinInt64` for NaN and out of range.
fn cvtt64(f: f64) -> i64 {
    if f.is_nan() || f >= 9223372036854775808.0 || f < -9223372036854775808.0 { i64::MIN } else { f as i64 }
}

/// amd64 `CVTTSD2SL`: truncation, `MinInt32` for NaN and out of range.
fn cvtt32(f: f64) -> i32 {
    if f.is_nan() || f >= 2147483648.0 || f < -2147483648.0 { i32::MIN } else { f as i32 }
}

/// Go's `int64(f)` / `int(f)` on amd64.
pub fn f64_to_i64(f: f64) -> i64 {
    cvtt64(f)
}
/// Go's `int32(f)` on amd64.
pub fn f64_to_i32(f: f64) -> i32 {
    cvtt32(f)
}
/// Go's `int16(f)` on amd64.
pub fn f64_to_i16(f: f64) -> i16 {
    cvtt32(f) as i16
}
/// Go's `int8(f)` on amd64.
pub fn f64_to_i8(f: f64) -> i8 {
    cvtt32(f) as i8
}
/// Go's `uint64(f)` / `uint(f)` on amd64.
pub fn f64_to_u64(f: f64) -> u64 {
    if f < 9223372036854775808.0 {
        cvtt64(f) as u64
    } else {
        (cvtt64(f - 9223372036854775808.0) as u64) | (1 << 63)
    }
}
/// Go's `uint32(f)` on amd64.
pub fn f64_to_u32(f: f64) -> u32 {
    cvtt64(f) as u32
}
/// Go's `uint16(f)` on amd64.
pub fn f64_to_u16(f: f64) -> u16 {
    cvtt32(f) as u16
}
/// Go's `uint8(f)` on amd64.
pub fn f64_to_u8(f: f64) -> u8 {
    cvtt32(f) as u8
}

/// Go's builtin `min(a, b)` (longer calls chain it): floats give NaN when either is NaN and
/// `min(-0.0, 0.0)` is `-0.0`; strings compare bytewise.
#[inline]
pub fn min<T: PartialOrd + Clone + 'static>(a: T, b: T) -> T {
    if let Some(r) = float_pick(&a, &b, true) {
        return r;
    }
    if b < a { b } else { a }
}

/// Go's builtin `max(a, b)`: floats give NaN when either is NaN and `max(-0.0, 0.0)` is `0.0`.
#[inline]
pub fn max<T: PartialOrd + Clone + 'static>(a: T, b: T) -> T {
    if let Some(r) = float_pick(&a, &b, false) {
        return r;
    }
    if b > a { b } else { a }
}

/// The float cases `PartialOrd` gets wrong for Go: a NaN operand, and zeros of both signs.
/// The type tests are on `TypeId`s known at compile time, so they vanish for other types.
#[inline]
fn float_pick<T: Clone + 'static>(a: &T, b: &T, want_min: bool) -> Option<T> {
    let (x, y) = if let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) { (x, y) } else { return None };
    if x.is_nan() {
        return Some(a.clone());
    }
    if y.is_nan() {
        return Some(b.clone());
    }
    if x == 0.0 && y == 0.0 {
        // Equal zeros: min takes the negative one, max the positive one.
        let a_neg = x.is_sign_negative();
        return Some(if a_neg == want_min { a.clone() } else { b.clone() });
    }
    None
}

fn as_f64<T: 'static>(v: &T) -> Option<f64> {
    let any = v as &dyn std::any::Any;
    any.downcast_ref::<f64>().copied().or_else(|| any.downcast_ref::<f32>().map(|f| *f as f64))
}
