//! Go's `math`: constants and the common functions with Go's special cases.

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

/// `math.Inf(sign)`.
pub fn inf(sign: i64) -> f64 {
    if sign >= 0 { f64::INFINITY } else { f64::NEG_INFINITY }
}
/// `math.NaN()`.
pub fn nan() -> f64 {
    f64::NAN
}
/// `math.IsNaN`.
pub fn is_nan(f: f64) -> bool {
    f.is_nan()
}
/// `math.IsInf(f, sign)`.
pub fn is_inf(f: f64, sign: i64) -> bool {
    (sign >= 0 && f == f64::INFINITY) || (sign <= 0 && f == f64::NEG_INFINITY)
}
/// `math.Abs`.
pub fn abs(x: f64) -> f64 {
    x.abs()
}
/// `math.Sqrt`.
pub fn sqrt(x: f64) -> f64 {
    x.sqrt()
}
/// `math.Cbrt`.
pub fn cbrt(x: f64) -> f64 {
    x.cbrt()
}
/// `math.Pow` (Go's special cases agree with IEEE `pow`).
pub fn pow(x: f64, y: f64) -> f64 {
    x.powf(y)
}
/// `math.Pow10`.
pub fn pow10(n: i64) -> f64 {
    10f64.powi(n.clamp(-400, 400) as i32)
}
/// `math.Floor`.
pub fn floor(x: f64) -> f64 {
    x.floor()
}
/// `math.Ceil`.
pub fn ceil(x: f64) -> f64 {
    x.ceil()
}
/// `math.Trunc`.
pub fn trunc(x: f64) -> f64 {
    x.trunc()
}
/// `math.Round` (half away from zero).
pub fn round(x: f64) -> f64 {
    x.round()
}
/// `math.RoundToEven`.
pub fn round_to_even(x: f64) -> f64 {
    x.round_ties_even()
}
/// `math.Max` (NaN wins; `Max(-0, +0)` is `+0`).
pub fn max(x: f64, y: f64) -> f64 {
    if x.is_infinite() && x > 0.0 || y.is_infinite() && y > 0.0 {
        return f64::INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { y } else { x };
    }
    if x > y { x } else { y }
}
/// `math.Min` (NaN wins; `Min(-0, +0)` is `-0`).
pub fn min(x: f64, y: f64) -> f64 {
    if x.is_infinite() && x < 0.0 || y.is_infinite() && y < 0.0 {
        return f64::NEG_INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { x } else { y };
    }
    if x < y { x } else { y }
}
/// `math.Mod` (sign of `x`).
pub fn r#mod(x: f64, y: f64) -> f64 {
    x % y
}
/// `math.Modf`: integer and fractional parts.
pub fn modf(x: f64) -> (f64, f64) {
    let i = x.trunc();
    let f = if x.is_infinite() { f64::NAN.copysign(x) * 0.0 } else { x - i };
    (i, if f == 0.0 { 0.0f64.copysign(x) } else { f })
}
/// `math.Log`.
pub fn log(x: f64) -> f64 {
    x.ln()
}
/// `math.Log2`.
pub fn log2(x: f64) -> f64 {
    x.log2()
}
/// `math.Log10`.
pub fn log10(x: f64) -> f64 {
    x.log10()
}
/// `math.Log1p`.
pub fn log1p(x: f64) -> f64 {
    x.ln_1p()
}
/// `math.Exp`.
pub fn exp(x: f64) -> f64 {
    x.exp()
}
/// `math.Exp2`.
pub fn exp2(x: f64) -> f64 {
    x.exp2()
}
/// `math.Hypot`.
pub fn hypot(x: f64, y: f64) -> f64 {
    x.hypot(y)
}
/// `math.Sin`.
pub fn sin(x: f64) -> f64 {
    x.sin()
}
/// `math.Cos`.
pub fn cos(x: f64) -> f64 {
    x.cos()
}
/// `math.Tan`.
pub fn tan(x: f64) -> f64 {
    x.tan()
}
/// `math.Asin`.
pub fn asin(x: f64) -> f64 {
    x.asin()
}
/// `math.Acos`.
pub fn acos(x: f64) -> f64 {
    x.acos()
}
/// `math.Atan`.
pub fn atan(x: f64) -> f64 {
    x.atan()
}
/// `math.Atan2`.
pub fn atan2(y: f64, x: f64) -> f64 {
    y.atan2(x)
}
/// `math.Sinh`.
pub fn sinh(x: f64) -> f64 {
    x.sinh()
}
/// `math.Cosh`.
pub fn cosh(x: f64) -> f64 {
    x.cosh()
}
/// `math.Tanh`.
pub fn tanh(x: f64) -> f64 {
    x.tanh()
}
/// `math.Signbit`.
pub fn signbit(x: f64) -> bool {
    x.is_sign_negative()
}
/// `math.Copysign`.
pub fn copysign(f: f64, sign: f64) -> f64 {
    f.copysign(sign)
}
/// `math.Float64bits`.
pub fn float64bits(f: f64) -> u64 {
    f.to_bits()
}
/// `math.Float64frombits`.
pub fn float64frombits(b: u64) -> f64 {
    f64::from_bits(b)
}
/// `math.Float32bits`.
pub fn float32bits(f: f32) -> u32 {
    f.to_bits()
}
/// `math.Float32frombits`.
pub fn float32frombits(b: u32) -> f32 {
    f32::from_bits(b)
}
