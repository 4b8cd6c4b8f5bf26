//! Go's `complex64` and `complex128`: value types with Go's arithmetic (division is the
//! runtime's `complex128div`, Smith's algorithm with C99's infinity fix-ups), `==` (both parts,
//! `+0 == -0`, NaN never equal) and `fmt`'s `(re+imi)` printing.

use std::cmp::Ordering;
use std::hash::Hasher;
use std::ops::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Neg, Sub, SubAssign};

use super::{GoValue, Kind, Layout};
use crate::fmt::Printer;

/// Go's `complex128`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Complex128 {
    pub re: f64,
    pub im: f64,
}

/// Go's `complex64`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Complex64 {
    pub re: f32,
    pub im: f32,
}

impl Complex128 {
    /// `complex(re, im)`.
    pub const fn new(re: f64, im: f64) -> Complex128 {
        Complex128 { re, im }
    }
    /// `real(c)`.
    pub fn real(self) -> f64 {
        self.re
    }
    /// `imag(c)`.
    pub fn imag(self) -> f64 {
        self.im
    }
    /// `complex64(c)`: each part rounded to `float32`.
    pub fn to_c64(self) -> Complex64 {
        Complex64 { re: self.re as f32, im: self.im as f32 }
    }
    /// `complex128(c)`.
    pub fn to_c128(self) -> Complex128 {
        self
    }
}

impl Complex64 {
    /// `complex(re, im)` of two `float32`s.
    pub const fn new(re: f32, im: f32) -> Complex64 {
        Complex64 { re, im }
    }
    /// `real(c)`.
    pub fn real(self) -> f32 {
        self.re
    }
    /// `imag(c)`.
    pub fn imag(self) -> f32 {
        self.im
    }
    /// `complex64(c)`.
    pub fn to_c64(self) -> Complex64 {
        self
    }
    /// `complex128(c)`.
    pub fn to_c128(self) -> Complex128 {
        Complex128 { re: self.re as f64, im: self.im as f64 }
    }
}

/// A signed 1 if `f` is an infinity, a signed 0 otherwise (the sign is `f`'s).
fn inf2one(f: f64) -> f64 {
    (if f.is_infinite() { 1.0f64 } else { 0.0 }).copysign(f)
}

/// Go's `runtime.complex128div`: Smith's algorithm (CACM 5(8), 1962), then C99 G.5.1's
/// corrections to infinities and zeros when both parts came out NaN.
fn div128(n: Complex128, m: Complex128) -> Complex128 {
    let (mut e, mut f);
    if m.re.abs() >= m.im.abs() {
        let ratio = m.im / m.re;
        let denom = m.re + ratio * m.im;
        e = (n.re + n.im * ratio) / denom;
        f = (n.im - n.re * ratio) / denom;
    } else {
        let ratio = m.re / m.im;
        let denom = m.im + ratio * m.re;
        e = (n.re * ratio + n.im) / denom;
        f = (n.im * ratio - n.re) / denom;
    }
    if e.is_nan() && f.is_nan() {
        let (mut a, mut b, mut c, mut d) = (n.re, n.im, m.re, m.im);
        let inf = f64::INFINITY;
        if m == Complex128::default() && (!a.is_nan() || !b.is_nan()) {
            e = inf.copysign(c) * a;
            f = inf.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            a = inf2one(a);
            b = inf2one(b);
            e = inf * (a * c + b * d);
            f = inf * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            c = inf2one(c);
            d = inf2one(d);
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    Complex128 { re: e, im: f }
}

macro_rules! complex_ops {
    ($t:ident, $f:ty) => {
        impl Add for $t {
            type Output = $t;
            fn add(self, o: $t) -> $t {
                $t { re: self.re + o.re, im: self.im + o.im }
            }
        }
        impl Sub for $t {
            type Output = $t;
            fn sub(self, o: $t) -> $t {
                $t { re: self.re - o.re, im: self.im - o.im }
            }
        }
        impl Mul for $t {
            type Output = $t;
            fn mul(self, o: $t) -> $t {
                $t { re: self.re * o.re - self.im * o.im, im: self.re * o.im + self.im * o.re }
            }
        }
        impl Div for $t {
            type Output = $t;
            fn div(self, o: $t) -> $t {
                // Go divides complex64 values as complex128 and rounds the result.
                <$t as FromC128>::from_c128(div128(self.to_c128(), o.to_c128()))
            }
        }
        impl Neg for $t {
            type Output = $t;
            fn neg(self) -> $t {
                $t { re: -self.re, im: -self.im }
            }
        }
        impl AddAssign for $t {
            fn add_assign(&mut self, o: $t) {
                *self = *self + o
            }
        }
        impl SubAssign for $t {
            fn sub_assign(&mut self, o: $t) {
                *self = *self - o
            }
        }
        impl MulAssign for $t {
            fn mul_assign(&mut self, o: $t) {
                *self = *self * o
            }
        }
        impl DivAssign for $t {
            fn div_assign(&mut self, o: $t) {
                *self = *self / o
            }
        }
        // Type parameters whose type set has complex types (`~float64 | ~complex128`) are
        // `Number`s. Go defines neither `<` nor `%` on complex numbers, and sema rejects both
        // on such a type parameter, so these two impls are never reached from Go: the order
        // compares real parts then imaginary ones, and `%` is an invariant violation.
        impl PartialOrd for $t {
            fn partial_cmp(&self, o: &$t) -> Option<Ordering> {
                (self.re, self.im).partial_cmp(&(o.re, o.im))
            }
        }
        impl std::ops::Rem for $t {
            type Output = $t;
            fn rem(self, _: $t) -> $t {
                unreachable!("Go has no % on complex numbers")
            }
        }
        impl std::ops::RemAssign for $t {
            fn rem_assign(&mut self, _: $t) {
                unreachable!("Go has no % on complex numbers")
            }
        }
        impl super::Number for $t {
            fn from_i64(v: i64) -> Self {
                $t { re: v as $f, im: 0.0 }
            }
            fn from_f64(v: f64) -> Self {
                $t { re: v as $f, im: 0.0 }
            }
            fn to_f64(self) -> f64 {
                self.re as f64
            }
            fn to_i64(self) -> i64 {
                self.re as i64
            }
            fn go_neg(self) -> Self {
                -self
            }
        }
        impl GoValue for $t {
            fn kind(&self) -> Kind {
                Kind::Complex
            }
            fn fmt_value(&self, p: &mut Printer, verb: char) {
                p.fmt_complex(self, self.re as f64, self.im as f64, (std::mem::size_of::<$f>() * 16) as u32, verb)
            }
            fn go_zero() -> Option<Self> {
                Some($t::default())
            }
            fn basic(&self) -> Option<super::Basic> {
                Some(super::Basic::Complex(self.re as f64, self.im as f64, (std::mem::size_of::<$f>() * 16) as u32))
            }
            fn eq_dyn(&self, other: &dyn GoValue) -> bool {
                super::eq_by(self, other)
            }
            fn hash_dyn(&self, state: &mut dyn Hasher) {
                if self.re.is_nan() || self.im.is_nan() {
                    // Go hashes NaN randomly: every NaN key is a new entry.
                    state.write_u64(crate::rand::runtime_u64())
                } else {
                    // `+0 == -0`: both hash as 0.
                    state.write_u64(if self.re == 0.0 { 0 } else { (self.re as f64).to_bits() });
                    state.write_u64(if self.im == 0.0 { 0 } else { (self.im as f64).to_bits() });
                }
            }
            fn cmp_dyn(&self, other: &dyn GoValue) -> Ordering {
                let Some(o) = other.as_any().downcast_ref::<$t>() else { return Ordering::Equal };
                let key = |c: &$t| (c.re as f64, c.im as f64);
                key(self).partial_cmp(&key(o)).unwrap_or(Ordering::Equal)
            }
            fn go_type_name() -> String {
                stringify!($t).to_lowercase()
            }
            fn go_layout() -> Layout {
                Layout { size: 2 * std::mem::size_of::<$f>(), align: std::mem::size_of::<$f>(), pointers: false }
            }
            #[inline]
            fn plain_words() -> Option<usize> {
                Some(2)
            }
            #[inline]
            fn to_words(&self, w: &mut [u64]) {
                w[0] = u64::from(self.re.to_bits());
                w[1] = u64::from(self.im.to_bits());
            }
            #[inline]
            fn load_words(&mut self, w: &[u64]) {
                self.re = <$f>::from_bits(w[0] as _);
                self.im = <$f>::from_bits(w[1] as _);
            }
        }
    };
}

/// A `complex128` result in the operands' own type.
trait FromC128 {
    fn from_c128(c: Complex128) -> Self;
}

impl FromC128 for Complex128 {
    fn from_c128(c: Complex128) -> Self {
        c
    }
}

impl FromC128 for Complex64 {
    fn from_c128(c: Complex128) -> Self {
        c.to_c64()
    }
}

complex_ops!(Complex128, f64);
complex_ops!(Complex64, f32);
