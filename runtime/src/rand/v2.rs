//! Go's `math/rand/v2` top-level functions: Go's derivations (`IntN` by Lemire's method,
//! `Float64` from 53 bits, `Shuffle`, the ziggurat `NormFloat64`) over the runtime's random
//! stream, which is seeded by `GORT_SEED` when set (Go's own source is unseedable ChaCha8).

use crate::strings::panic_str;
use crate::value::Slice;

use super::tables::{FN, KN, WN};

/// The next value of the runtime's stream.
fn next() -> u64 {
    super::runtime_u64()
}

/// Go's `uint64n`: uniform in `[0, n)` for `n > 0`.
fn uint64n(n: u64) -> u64 {
    if n & (n - 1) == 0 {
        return next() & (n - 1);
    }
    let mul = |x: u64| {
        let p = x as u128 * n as u128;
        ((p >> 64) as u64, p as u64)
    };
    let (mut hi, mut lo) = mul(next());
    if lo < n {
        let thresh = n.wrapping_neg() % n;
        while lo < thresh {
            (hi, lo) = mul(next());
        }
    }
    hi
}

/// `rand.Float32()` in [0, 1).
pub fn float32() -> f32 {
    (uint32() << 8 >> 8) as f32 / (1u32 << 24) as f32
}
/// `rand.Float64()` in [0, 1).
pub fn float64() -> f64 {
    (next() << 11 >> 11) as f64 / (1u64 << 53) as f64
}
/// `rand.Int()`: a non-negative `int`.
pub fn int() -> i64 {
    (next() << 1 >> 1) as i64
}
/// `rand.Int32()`: a non-negative `int32`.
pub fn int32() -> i32 {
    (next() >> 33) as i32
}
/// `rand.Int32N(n)`; panics like Go for `n <= 0`.
pub fn int32_n(n: i32) -> i32 {
    if n <= 0 {
        panic_str("invalid argument to Int32N");
    }
    uint64n(n as u64) as i32
}
/// `rand.Int64()`: a non-negative `int64`.
pub fn int64() -> i64 {
    (next() & !(1 << 63)) as i64
}
/// `rand.Int64N(n)`; panics like Go for `n <= 0`.
pub fn int64_n(n: i64) -> i64 {
    if n <= 0 {
        panic_str("invalid argument to Int64N");
    }
    uint64n(n as u64) as i64
}
/// `rand.IntN(n)`; panics like Go for `n <= 0`.
pub fn int_n(n: i64) -> i64 {
    if n <= 0 {
        panic_str("invalid argument to IntN");
    }
    uint64n(n as u64) as i64
}

/// The integer types `rand.N` accepts (by value, or by reference).
pub trait IntN {
    /// The integer type itself.
    type Int;
    /// The bound as a `u64`, `None` when it is not positive.
    fn bound(&self) -> Option<u64>;
    /// A value below the bound, converted back.
    fn from_u64(v: u64) -> Self::Int;
}

macro_rules! int_n {
    ($($t:ty),*) => {$(
        impl IntN for $t {
            type Int = $t;
            #[allow(unused_comparisons)]
            fn bound(&self) -> Option<u64> {
                (*self > 0).then_some(*self as u64)
            }
            fn from_u64(v: u64) -> $t {
                v as $t
            }
        }
        impl IntN for &$t {
            type Int = $t;
            fn bound(&self) -> Option<u64> {
                (**self).bound()
            }
            fn from_u64(v: u64) -> $t {
                v as $t
            }
        }
    )*};
}
int_n!(i8, i16, i32, i64, u8, u16, u32, u64, usize);

/// `rand.N(n)`: uniform in `[0, n)` for any integer type; panics like Go for `n <= 0`.
pub fn n<I: IntN>(n: I) -> I::Int {
    match n.bound() {
        Some(b) => I::from_u64(uint64n(b)),
        None => panic_str("invalid argument to N"),
    }
}

/// `rand.NormFloat64()`: standard normal (Go's ziggurat).
pub fn norm_float64() -> f64 {
    const RN: f64 = 3.442619855899;
    loop {
        let u = next();
        let j = u as i32;
        let i = (u >> 32 & 0x7F) as usize;
        let mut x = j as f64 * WN[i] as f64;
        if j.unsigned_abs() < KN[i] {
            return x;
        }
        if i == 0 {
            loop {
                x = -crate::math::log(float64()) * (1.0 / RN);
                let y = -crate::math::log(float64());
                if y + y >= x * x {
                    break;
                }
            }
            return if j > 0 { RN + x } else { -RN - x };
        }
        if FN[i] + (float64() as f32) * (FN[i - 1] - FN[i]) < crate::math::exp(-0.5 * x * x) as f32 {
            return x;
        }
    }
}
/// `rand.Perm(n)`: a random permutation of `0..n`.
pub fn perm(n: i64) -> Slice<i64> {
    let p = Slice::<i64>::make_len(n);
    let mut v: Vec<i64> = (0..n.max(0)).collect();
    shuffle(n, |i, j| v.swap(i as usize, j as usize));
    p.overwrite(v);
    p
}
/// `rand.Shuffle(n, swap)`; panics like Go for `n < 0`.
pub fn shuffle(n: i64, mut swap: impl FnMut(i64, i64)) {
    if n < 0 {
        panic_str("invalid argument to Shuffle");
    }
    let mut i = n - 1;
    while i > 0 {
        let j = uint64n(i as u64 + 1) as i64;
        swap(i, j);
        i -= 1;
    }
}
/// `rand.Uint32()`.
pub fn uint32() -> u32 {
    (next() >> 32) as u32
}
/// `rand.Uint64()`.
pub fn uint64() -> u64 {
    next()
}
/// `rand.UintN(n)`; panics like Go for `n == 0`.
pub fn uint_n(n: u64) -> u64 {
    if n == 0 {
        panic_str("invalid argument to UintN");
    }
    uint64n(n)
}
