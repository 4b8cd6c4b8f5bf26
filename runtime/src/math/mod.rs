//! Go's `math`: the constants and every function of the stub, bit-for-bit as Go computes them
//! on amd64. Most of Go's `math` is pure Go there and is ported as such (`trig.rs`,
//! `hyper.rs`, `pow.rs`, `log.rs`, `exp.rs`); `Exp`, `Log` and `Hypot` are Go's amd64
//! assembly, ported instruction by instruction; `Sqrt`, `Floor`, `Ceil`, `Trunc`, `Abs`,
//! `Copysign` are exact operations that Rust's agree with.

// Go's constants are kept as Go writes them (more digits than an f64 holds).
#![allow(clippy::excessive_precision, clippy::approx_constant, clippy::manual_range_contains)]

pub mod big;
pub mod bits;
pub mod cmplx;
mod exp;
mod hyper;
mod log;
mod pow;
mod trig;

use pow::normalize;

/// `math.Pi`.
pub const PI: f64 = std::f64::consts::PI;
/// `math.E`.
pub const E: f64 = std::f64::consts::E;
/// `math.Sqrt2`.
pub const SQRT2: f64 = std::f64::consts::SQRT_2;
/// `math.Ln2`.
pub const LN2: f64 = std::f64::consts::LN_2;
/// `math.MaxInt`.
pub const MAX_INT: i64 = i64::MAX;
/// `math.MinInt`.
pub const MIN_INT: i64 = i64::MIN;
/// `math.MaxInt64`.
pub const MAX_INT64: i64 = i64::MAX;
/// `math.MinInt64`.
pub const MIN_INT64: i64 = i64::MIN;
/// `math.MaxInt32`.
pub const MAX_INT32: i64 = i32::MAX as i64;
/// `math.MinInt32`.
pub const MIN_INT32: i64 = i32::MIN as i64;
/// `math.MaxInt16`.
pub const MAX_INT16: i64 = i16::MAX as i64;
/// `math.MaxInt8`.
pub const MAX_INT8: i64 = i8::MAX as i64;
/// `math.MaxUint8`.
pub const MAX_UINT8: i64 = u8::MAX as i64;
/// `math.MaxUint16`.
pub const MAX_UINT16: i64 = u16::MAX as i64;
/// `math.MaxUint32`.
pub const MAX_UINT32: i64 = u32::MAX as i64;
/// `math.MaxUint64`.
pub const MAX_UINT64: u64 = u64::MAX;
/// `math.MaxFloat64`.
pub const MAX_FLOAT64: f64 = f64::MAX;
/// `math.SmallestNonzeroFloat64`.
pub const SMALLEST_NONZERO_FLOAT64: f64 = 4.9406564584124654e-324;
/// `math.MaxFloat32`.
pub const MAX_FLOAT32: f64 = f32::MAX as f64;

/// `math.Phi`.
pub const PHI: f64 = f64::from_bits(0x3ff9e3779b97f4a8);
/// `math.SqrtE`.
pub const SQRT_E: f64 = f64::from_bits(0x3ffa61298e1e069c);
/// `math.SqrtPi`.
pub const SQRT_PI: f64 = f64::from_bits(0x3ffc5bf891b4ef6b);
/// `math.SqrtPhi`.
pub const SQRT_PHI: f64 = f64::from_bits(0x3ff45a3146a88456);
/// `math.Log2E`.
pub const LOG2_E: f64 = f64::from_bits(0x3ff71547652b82fe);
/// `math.Ln10`.
pub const LN10: f64 = f64::from_bits(0x40026bb1bbb55516);
/// `math.Log10E`.
pub const LOG10_E: f64 = f64::from_bits(0x3fdbcb7b1526e50e);
/// `math.MinInt16`.
pub const MIN_INT16: i64 = i16::MIN as i64;
/// `math.MinInt8`.
pub const MIN_INT8: i64 = i8::MIN as i64;
/// `math.MaxUint`.
pub const MAX_UINT: u64 = u64::MAX;
/// `math.SmallestNonzeroFloat32`.
pub const SMALLEST_NONZERO_FLOAT32: f64 = f64::from_bits(0x36a0000000000000);

/// `math.Abs(x)`.
pub fn abs(x: f64) -> f64 {
    x.abs()
}
/// `math.Acos(x)`.
pub fn acos(x: f64) -> f64 {
    trig::acos(x)
}
/// `math.Acosh(x)`.
pub fn acosh(x: f64) -> f64 {
    hyper::acosh(x)
}
/// `math.Asin(x)`.
pub fn asin(x: f64) -> f64 {
    trig::asin(x)
}
/// `math.Asinh(x)`.
pub fn asinh(x: f64) -> f64 {
    hyper::asinh(x)
}
/// `math.Atan(x)`.
pub fn atan(x: f64) -> f64 {
    trig::atan(x)
}
/// `math.Atan2(y, x)`.
pub fn atan2(y: f64, x: f64) -> f64 {
    trig::atan2(y, x)
}
/// `math.Atanh(x)`.
pub fn atanh(x: f64) -> f64 {
    hyper::atanh(x)
}
/// `math.Cbrt(x)`.
pub fn cbrt(x: f64) -> f64 {
    pow::cbrt(x)
}
/// `math.Ceil(x)`.
pub fn ceil(x: f64) -> f64 {
    x.ceil()
}
/// `math.Copysign(f, sign)`.
pub fn copysign(f: f64, sign: f64) -> f64 {
    f.copysign(sign)
}
/// `math.Cos(x)`.
pub fn cos(x: f64) -> f64 {
    trig::cos(x)
}
/// `math.Cosh(x)`.
pub fn cosh(x: f64) -> f64 {
    hyper::cosh(x)
}
/// `math.Dim(x, y)`: `max(x-y, 0)`.
pub fn dim(x: f64, y: f64) -> f64 {
    let v = x - y;
    if v <= 0.0 { 0.0 } else { v }
}
/// `math.Exp(x)`.
pub fn exp(x: f64) -> f64 {
    exp::exp(x)
}
/// `math.Exp2(x)`.
pub fn exp2(x: f64) -> f64 {
    exp::exp2(x)
}
/// `math.Expm1(x)`: `e^x - 1`, accurate near 0.
pub fn expm1(x: f64) -> f64 {
    exp::expm1(x)
}
/// `math.FMA(x, y, z)`: `x*y + z` rounded once.
pub fn fma(x: f64, y: f64, z: f64) -> f64 {
    x.mul_add(y, z)
}
/// `math.Float32bits(f)`.
pub fn float32bits(f: f32) -> u32 {
    f.to_bits()
}
/// `math.Float32frombits(b)`.
pub fn float32frombits(b: u32) -> f32 {
    f32::from_bits(b)
}
/// `math.Float64bits(f)`.
pub fn float64bits(f: f64) -> u64 {
    f.to_bits()
}
/// `math.Float64frombits(b)`.
pub fn float64frombits(b: u64) -> f64 {
    f64::from_bits(b)
}
/// `math.Floor(x)`.
pub fn floor(x: f64) -> f64 {
    x.floor()
}
/// `math.Frexp(f)`: `(frac, exp)` with `f == frac × 2^exp`, `|frac|` in `[½, 1)`.
pub fn frexp(f: f64) -> (f64, i64) {
    pow::frexp(f)
}
/// `math.Gamma(x)`.
pub fn gamma(x: f64) -> f64 {
    pow::gamma(x)
}
/// `math.Hypot(p, q)`.
pub fn hypot(p: f64, q: f64) -> f64 {
    pow::hypot(p, q)
}
/// `math.Ilogb(x)`: the binary exponent (`MinInt32` for 0, `MaxInt32` for ±Inf and NaN).
pub fn ilogb(x: f64) -> i64 {
    if x == 0.0 {
        return i32::MIN as i64;
    }
    if x.is_nan() || x.is_infinite() {
        return i32::MAX as i64;
    }
    log::ilogb(x)
}
/// `math.Inf(sign)`.
pub fn inf(sign: i64) -> f64 {
    if sign >= 0 { f64::INFINITY } else { f64::NEG_INFINITY }
}
/// `math.IsInf(f, sign)`.
pub fn is_inf(f: f64, sign: i64) -> bool {
    (sign >= 0 && f == f64::INFINITY) || (sign <= 0 && f == f64::NEG_INFINITY)
}
/// `math.IsNaN(f)`.
pub fn is_nan(f: f64) -> bool {
    f.is_nan()
}
/// `math.Ldexp(frac, exp)`: `frac × 2^exp`.
pub fn ldexp(frac: f64, exp: i64) -> f64 {
    pow::ldexp(frac, exp)
}
/// `math.Log(x)`.
pub fn log(x: f64) -> f64 {
    log::log(x)
}
/// `math.Log10(x)`.
pub fn log10(x: f64) -> f64 {
    log::log10(x)
}
/// `math.Log1p(x)`: `ln(1+x)`, accurate near 0.
pub fn log1p(x: f64) -> f64 {
    log::log1p(x)
}
/// `math.Log2(x)`.
pub fn log2(x: f64) -> f64 {
    log::log2(x)
}
/// `math.Logb(x)`: the binary exponent as a float.
pub fn logb(x: f64) -> f64 {
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x.is_infinite() {
        return f64::INFINITY;
    }
    if x.is_nan() {
        return x;
    }
    log::ilogb(x) as f64
}
/// `math.Max(x, y)` (NaN wins, but +Inf beats NaN; `Max(-0, +0)` is `+0`).
pub fn max(x: f64, y: f64) -> f64 {
    if x == f64::INFINITY || y == f64::INFINITY {
        return f64::INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { y } else { x };
    }
    if x > y { x } else { y }
}
/// `math.Min(x, y)` (NaN wins, but -Inf beats NaN; `Min(-0, +0)` is `-0`).
pub fn min(x: f64, y: f64) -> f64 {
    if x == f64::NEG_INFINITY || y == f64::NEG_INFINITY {
        return f64::NEG_INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { x } else { y };
    }
    if x < y { x } else { y }
}
/// `math.Mod(x, y)`: the remainder of `x/y` with the sign of `x`.
pub fn r#mod(x: f64, y: f64) -> f64 {
    pow::r#mod(x, y)
}
/// `math.Modf(f)`: integer and fractional parts, both with the sign of `f`.
pub fn modf(f: f64) -> (f64, f64) {
    let i = f.trunc();
    (i, (f - i).copysign(f))
}
/// `math.NaN()` (Go's NaN bits, `0x7FF8000000000001`).
pub fn nan() -> f64 {
    f64::from_bits(0x7FF8000000000001)
}
/// `math.Nextafter(x, y)`: the next float after `x` towards `y`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == y {
        return x;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    if (y > x) == (x > 0.0) { f64::from_bits(x.to_bits() + 1) } else { f64::from_bits(x.to_bits() - 1) }
}
/// `math.Pow(x, y)`.
pub fn pow(x: f64, y: f64) -> f64 {
    pow::pow(x, y)
}
/// `math.Pow10(n)`.
pub fn pow10(n: i64) -> f64 {
    pow::pow10(n)
}
/// `math.Remainder(x, y)`: IEEE 754 remainder (quotient rounded to even).
pub fn remainder(x: f64, y: f64) -> f64 {
    pow::remainder(x, y)
}
/// `math.Round(x)`: half away from zero.
pub fn round(x: f64) -> f64 {
    x.round()
}
/// `math.RoundToEven(x)`.
pub fn round_to_even(x: f64) -> f64 {
    x.round_ties_even()
}
/// `math.Signbit(x)`.
pub fn signbit(x: f64) -> bool {
    x.is_sign_negative()
}
/// `math.Sin(x)`.
pub fn sin(x: f64) -> f64 {
    trig::sin(x)
}
/// `math.Sinh(x)`.
pub fn sinh(x: f64) -> f64 {
    hyper::sinh(x)
}
/// `math.Sqrt(x)`.
pub fn sqrt(x: f64) -> f64 {
    x.sqrt()
}
/// `math.Tan(x)`.
pub fn tan(x: f64) -> f64 {
    trig::tan(x)
}
/// `math.Tanh(x)`.
pub fn tanh(x: f64) -> f64 {
    hyper::tanh(x)
}
/// `math.Trunc(x)`.
pub fn trunc(x: f64) -> f64 {
    x.trunc()
}
