//! `Pow`, `Cbrt`, `Gamma`, `Mod`, `Remainder`, `Frexp`, `Ldexp`, `Hypot`, `Pow10`: ports of
//! Go's code (`Hypot` of its amd64 assembly).

use super::{exp, log, nan, sin};

const PI: f64 = std::f64::consts::PI;

/// Go's `normalize`: a subnormal `x` scaled into the normal range, and the exponent taken off.
pub(super) fn normalize(x: f64) -> (f64, i64) {
    const SMALLEST_NORMAL: f64 = 2.2250738585072014e-308;
    if x.abs() < SMALLEST_NORMAL {
        return (x * (1u64 << 52) as f64, -52);
    }
    (x, 0)
}

pub(super) fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || f.is_infinite() || f.is_nan() {
        return (f, 0);
    }
    let (f, mut exp) = normalize(f);
    let mut x = f.to_bits();
    exp += ((x >> 52) & 0x7FF) as i64 - 1023 + 1;
    x &= !(0x7FFu64 << 52);
    x |= (1022u64) << 52;
    (f64::from_bits(x), exp)
}

pub(super) fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || frac.is_infinite() || frac.is_nan() {
        return frac;
    }
    let (frac, e) = normalize(frac);
    let mut exp = exp.wrapping_add(e);
    let mut x = frac.to_bits();
    exp = exp.wrapping_add(((x >> 52) & 0x7FF) as i64 - 1023);
    if exp < -1075 {
        return 0.0f64.copysign(frac);
    }
    if exp > 1023 {
        return if frac < 0.0 { f64::NEG_INFINITY } else { f64::INFINITY };
    }
    let mut m = 1.0;
    if exp < -1022 {
        exp += 53;
        m = 1.0 / (1u64 << 53) as f64;
    }
    x &= !(0x7FFu64 << 52);
    x |= ((exp + 1023) as u64) << 52;
    m * f64::from_bits(x)
}

fn modf(f: f64) -> (f64, f64) {
    let i = f.trunc();
    (i, (f - i).copysign(f))
}

fn is_odd_int(x: f64) -> bool {
    if x.abs() >= (1u64 << 53) as f64 {
        return false;
    }
    let (xi, xf) = modf(x);
    xf == 0.0 && (xi as i64) & 1 == 1
}

pub(super) fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if y == 1.0 {
        return x;
    }
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == 0.0 {
        if y < 0.0 {
            if x.is_sign_negative() && is_odd_int(y) {
                return f64::NEG_INFINITY;
            }
            return f64::INFINITY;
        }
        if y > 0.0 {
            if x.is_sign_negative() && is_odd_int(y) {
                return x;
            }
            return 0.0;
        }
    }
    if y.is_infinite() {
        if x == -1.0 {
            return 1.0;
        }
        if (x.abs() < 1.0) == (y == f64::INFINITY) {
            return 0.0;
        }
        return f64::INFINITY;
    }
    if x.is_infinite() {
        if x == f64::NEG_INFINITY {
            return pow(1.0 / x, -y);
        }
        if y < 0.0 {
            return 0.0;
        }
        if y > 0.0 {
            return f64::INFINITY;
        }
    }
    if y == 0.5 {
        return x.sqrt();
    }
    if y == -0.5 {
        return 1.0 / x.sqrt();
    }
    let (mut yi, mut yf) = modf(y.abs());
    if yf != 0.0 && x < 0.0 {
        return nan();
    }
    if yi >= 9223372036854775808.0 {
        if x == -1.0 {
            return 1.0;
        }
        if (x.abs() < 1.0) == (y > 0.0) {
            return 0.0;
        }
        return f64::INFINITY;
    }
    let mut a1 = 1.0;
    let mut ae: i64 = 0;
    if yf != 0.0 {
        if yf > 0.5 {
            yf -= 1.0;
            yi += 1.0;
        }
        a1 = exp(yf * log(x));
    }
    let (mut x1, mut xe) = frexp(x);
    let mut i = yi as i64;
    while i != 0 {
        if xe < -(1 << 12) || (1 << 12) < xe {
            ae += xe;
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = -ae;
    }
    ldexp(a1, ae)
}

pub(super) fn cbrt(x: f64) -> f64 {
    const B1: u64 = 715094163;
    const B2: u64 = 696219795;
    const C: f64 = 5.42857142857142815906e-01;
    const D: f64 = -7.05306122448979611050e-01;
    const E: f64 = 1.41428571428571436819e+00;
    const F: f64 = 1.60714285714285720630e+00;
    const G: f64 = 3.57142857142857150787e-01;
    const SMALLEST_NORMAL: f64 = 2.22507385850720138309e-308;
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return x;
    }
    let sign = x < 0.0;
    let x = x.abs();
    let mut t = f64::from_bits(x.to_bits() / 3 + (B1 << 32));
    if x < SMALLEST_NORMAL {
        t = (1u64 << 54) as f64;
        t *= x;
        t = f64::from_bits(t.to_bits() / 3 + (B2 << 32));
    }
    let mut r = t * t / x;
    let mut s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = f64::from_bits((t.to_bits() & (0xFFFFFFFFCu64 << 28)) + (1 << 30));
    s = t * t;
    r = x / s;
    let w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    if sign { -t } else { t }
}

/// Go's `mod` (exact, by repeated subtraction of scaled `y`).
pub(super) fn r#mod(x: f64, y: f64) -> f64 {
    if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
        return nan();
    }
    let y = y.abs();
    let (yfr, yexp) = frexp(y);
    // `-x`, not `abs`: Go keeps the sign of a negative zero.
    let mut r = if x < 0.0 { -x } else { x };
    while r >= y {
        let (rfr, mut rexp) = frexp(r);
        if rfr < yfr {
            rexp -= 1;
        }
        r -= ldexp(y, rexp - yexp);
    }
    if x < 0.0 { -r } else { r }
}

pub(super) fn remainder(x: f64, y: f64) -> f64 {
    const TINY: f64 = 4.45014771701440276618e-308;
    const HALF_MAX: f64 = f64::MAX / 2.0;
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return nan();
    }
    if y.is_infinite() {
        return x;
    }
    let sign = x < 0.0;
    let mut x = if sign { -x } else { x };
    let y = y.abs();
    if x == y {
        return if sign { -0.0 } else { 0.0 };
    }
    if y <= HALF_MAX {
        x = r#mod(x, y + y);
    }
    if y < TINY {
        if x + x > y {
            x -= y;
            if x + x >= y {
                x -= y;
            }
        }
    } else {
        let y_half = 0.5 * y;
        if x > y_half {
            x -= y;
            if x >= y_half {
                x -= y;
            }
        }
    }
    if sign { -x } else { x }
}

/// Go's `archHypot` (`hypot_amd64.s`): `max × sqrt(1 + (min/max)²)`.
pub(super) fn hypot(p: f64, q: f64) -> f64 {
    let (p, q) = (p.abs(), q.abs());
    let inf = 0x7FF0000000000000u64;
    if p.to_bits() >= inf || q.to_bits() >= inf {
        if p.to_bits() == inf || q.to_bits() == inf {
            return f64::INFINITY;
        }
        return nan();
    }
    if p == 0.0 && q == 0.0 {
        return 0.0;
    }
    let (big, small) = if p >= q { (p, q) } else { (q, p) };
    let r = small / big;
    big * (r * r + 1.0).sqrt()
}

pub(super) fn gamma(x: f64) -> f64 {
    const EULER: f64 = 0.57721566490153286060651209008240243104215933593992;
    const P: [f64; 7] = [
        1.60119522476751861407e-04,
        1.19135147006586384913e-03,
        1.04213797561761569935e-02,
        4.76367800457137231464e-02,
        2.07448227648435975150e-01,
        4.94214826801497100753e-01,
        9.99999999999999996796e-01,
    ];
    const Q: [f64; 8] = [
        -2.31581873324120129819e-05,
        5.39605580493303397842e-04,
        -4.45641913851797240494e-03,
        1.18139785222060435552e-02,
        3.58236398605498653373e-02,
        -2.34591795718243348568e-01,
        7.14304917030273074085e-02,
        1.00000000000000000320e+00,
    ];
    let is_neg_int = x < 0.0 && modf(x).1 == 0.0;
    if is_neg_int || x == f64::NEG_INFINITY || x.is_nan() {
        return nan();
    }
    if x == f64::INFINITY {
        return f64::INFINITY;
    }
    if x == 0.0 {
        return if x.is_sign_negative() { f64::NEG_INFINITY } else { f64::INFINITY };
    }
    let mut x = x;
    let q = x.abs();
    let mut p = q.floor();
    if q > 33.0 {
        if x >= 0.0 {
            let (y1, y2) = stirling(x);
            return y1 * y2;
        }
        let signgam = if (p as i64) & 1 == 0 { -1.0 } else { 1.0 };
        let mut z = q - p;
        if z > 0.5 {
            p += 1.0;
            z = q - p;
        }
        z = q * sin(PI * z);
        if z == 0.0 {
            return if signgam < 0.0 { f64::NEG_INFINITY } else { f64::INFINITY };
        }
        let (sq1, sq2) = stirling(q);
        let absz = z.abs();
        let d = absz * sq1 * sq2;
        z = if d.is_infinite() { PI / absz / sq1 / sq2 } else { PI / d };
        return signgam * z;
    }
    let mut z = 1.0;
    while x >= 3.0 {
        x -= 1.0;
        z *= x;
    }
    let small = |x: f64, z: f64| if x == 0.0 { f64::INFINITY } else { z / ((1.0 + EULER * x) * x) };
    while x < 0.0 {
        if x > -1e-09 {
            return small(x, z);
        }
        z /= x;
        x += 1.0;
    }
    while x < 2.0 {
        if x < 1e-09 {
            return small(x, z);
        }
        z /= x;
        x += 1.0;
    }
    if x == 2.0 {
        return z;
    }
    x -= 2.0;
    let p = (((((x * P[0] + P[1]) * x + P[2]) * x + P[3]) * x + P[4]) * x + P[5]) * x + P[6];
    let q = ((((((x * Q[0] + Q[1]) * x + Q[2]) * x + Q[3]) * x + Q[4]) * x + Q[5]) * x + Q[6]) * x + Q[7];
    z * p / q
}

fn stirling(x: f64) -> (f64, f64) {
    const S: [f64; 5] = [
        7.87311395793093628397e-04,
        -2.29549961613378126380e-04,
        -2.68132617805781232825e-03,
        3.47222221605458667310e-03,
        8.33333333333482257126e-02,
    ];
    const SQRT_TWO_PI: f64 = 2.506628274631000502417;
    const MAX_STIRLING: f64 = 143.01608;
    if x > 200.0 {
        return (f64::INFINITY, 1.0);
    }
    let mut w = 1.0 / x;
    w = 1.0 + w * ((((S[0] * w + S[1]) * w + S[2]) * w + S[3]) * w + S[4]);
    let mut y1 = exp(x);
    let mut y2 = 1.0;
    if x > MAX_STIRLING {
        let v = pow(x, 0.5 * x - 0.25);
        y2 = v / y1;
        y1 = v;
    } else {
        y1 = pow(x, x - 0.5) / y1;
    }
    (y1, SQRT_TWO_PI * w * y2)
}

/// Go's `Pow10` (exact table products).
pub(super) fn pow10(n: i64) -> f64 {
    const TAB: [f64; 32] = [
        1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
        1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
    ];
    const POS32: [f64; 10] = [1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288];
    const NEG32: [f64; 11] = [1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320];
    if (0..=308).contains(&n) {
        return POS32[n as usize / 32] * TAB[n as usize % 32];
    }
    if (-323..0).contains(&n) {
        let m = (-n) as usize;
        return NEG32[m / 32] / TAB[m % 32];
    }
    if n > 0 { f64::INFINITY } else { 0.0 }
}
