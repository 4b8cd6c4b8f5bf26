//! `math/cmplx`, ported from Go's pure-Go sources (on the runtime's bit-exact `math`).

use super::{LOG10_E, atan2, copysign, cosh, hypot, sinh};
use crate::value::Complex128;

fn c(re: f64, im: f64) -> Complex128 {
    Complex128::new(re, im)
}

fn sincos(x: f64) -> (f64, f64) {
    (super::sin(x), super::cos(x))
}

/// `cmplx.Abs(x)`.
pub fn abs(x: Complex128) -> f64 {
    hypot(x.re, x.im)
}

/// `cmplx.Conj(x)`.
pub fn conj(x: Complex128) -> Complex128 {
    c(x.re, -x.im)
}

/// `cmplx.Phase(x)`.
pub fn phase(x: Complex128) -> f64 {
    atan2(x.im, x.re)
}

/// `cmplx.Polar(x)`.
pub fn polar(x: Complex128) -> (f64, f64) {
    (abs(x), phase(x))
}

/// `cmplx.Rect(r, θ)`.
pub fn rect(r: f64, theta: f64) -> Complex128 {
    let (s, co) = sincos(theta);
    c(r * co, r * s)
}

/// `cmplx.Inf()`.
pub fn inf() -> Complex128 {
    c(f64::INFINITY, f64::INFINITY)
}

/// `cmplx.NaN()`.
pub fn nan() -> Complex128 {
    c(f64::NAN, f64::NAN)
}

/// `cmplx.IsInf(x)`.
pub fn is_inf(x: Complex128) -> bool {
    x.re.is_infinite() || x.im.is_infinite()
}

/// `cmplx.IsNaN(x)`: a NaN part and no infinite one.
pub fn is_nan(x: Complex128) -> bool {
    !is_inf(x) && (x.re.is_nan() || x.im.is_nan())
}

/// `cmplx.Exp(x)`.
pub fn exp(x: Complex128) -> Complex128 {
    let (re, im) = (x.re, x.im);
    if re.is_infinite() {
        if re > 0.0 && im == 0.0 {
            return x;
        }
        if im.is_infinite() || im.is_nan() {
            return if re < 0.0 { c(0.0, copysign(0.0, im)) } else { c(f64::INFINITY, f64::NAN) };
        }
    } else if re.is_nan() && im == 0.0 {
        return c(f64::NAN, im);
    }
    let r = super::exp(x.re);
    let (s, co) = sincos(x.im);
    c(r * co, r * s)
}

/// `cmplx.Log(x)`.
pub fn log(x: Complex128) -> Complex128 {
    c(super::log(abs(x)), phase(x))
}

/// `cmplx.Log10(x)`.
pub fn log10(x: Complex128) -> Complex128 {
    let z = log(x);
    c(LOG10_E * z.re, LOG10_E * z.im)
}

/// `cmplx.Pow(x, y)`.
pub fn pow(x: Complex128, y: Complex128) -> Complex128 {
    if x == Complex128::default() {
        if is_nan(y) {
            return nan();
        }
        let (r, i) = (y.re, y.im);
        if r == 0.0 {
            return c(1.0, 0.0);
        }
        if r < 0.0 {
            return if i == 0.0 { c(f64::INFINITY, 0.0) } else { inf() };
        }
        if r > 0.0 {
            return c(0.0, 0.0);
        }
        crate::go_panic(crate::Any::from_value(crate::Str::lit("not reached")));
    }
    let modulus = abs(x);
    if modulus == 0.0 {
        return c(0.0, 0.0);
    }
    let mut r = super::pow(modulus, y.re);
    let arg = phase(x);
    let mut theta = y.re * arg;
    if y.im != 0.0 {
        r *= super::exp(-y.im * arg);
        theta += y.im * super::log(modulus);
    }
    let (s, co) = sincos(theta);
    c(r * co, r * s)
}

/// `cmplx.Sqrt(x)`.
pub fn sqrt(x: Complex128) -> Complex128 {
    if x.im == 0.0 {
        if x.re == 0.0 {
            return c(0.0, x.im);
        }
        if x.re < 0.0 {
            return c(0.0, copysign(super::sqrt(-x.re), x.im));
        }
        return c(super::sqrt(x.re), x.im);
    } else if x.im.is_infinite() {
        return c(f64::INFINITY, x.im);
    }
    if x.re == 0.0 {
        if x.im < 0.0 {
            let r = super::sqrt(-0.5 * x.im);
            return c(r, -r);
        }
        let r = super::sqrt(0.5 * x.im);
        return c(r, r);
    }
    let (mut a, mut b) = (x.re, x.im);
    let scale;
    if a.abs() > 4.0 || b.abs() > 4.0 {
        a *= 0.25;
        b *= 0.25;
        scale = 2.0;
    } else {
        a *= 1.8014398509481984e16; // 2**54
        b *= 1.8014398509481984e16;
        scale = 7.450580596923828125e-9; // 2**-27
    }
    let mut r = hypot(a, b);
    let t;
    if a > 0.0 {
        let t0 = super::sqrt(0.5 * r + 0.5 * a);
        r = scale * ((0.5 * b) / t0).abs();
        t = t0 * scale;
    } else {
        r = super::sqrt(0.5 * r - 0.5 * a);
        t = scale * ((0.5 * b) / r).abs();
        r *= scale;
    }
    if b < 0.0 { c(t, -r) } else { c(t, r) }
}

fn sinhcosh(x: f64) -> (f64, f64) {
    if x.abs() <= 0.5 {
        return (sinh(x), cosh(x));
    }
    let mut e = super::exp(x);
    let ei = 0.5 / e;
    e *= 0.5;
    (e - ei, e + ei)
}

/// `cmplx.Sin(x)`.
pub fn sin(x: Complex128) -> Complex128 {
    let (re, im) = (x.re, x.im);
    if im == 0.0 && (re.is_infinite() || re.is_nan()) {
        return c(f64::NAN, im);
    } else if im.is_infinite() {
        if re == 0.0 {
            return x;
        }
        if re.is_infinite() || re.is_nan() {
            return c(f64::NAN, im);
        }
    } else if re == 0.0 && im.is_nan() {
        return x;
    }
    let (s, co) = sincos(re);
    let (sh, ch) = sinhcosh(im);
    c(s * ch, co * sh)
}

/// `cmplx.Cos(x)`.
pub fn cos(x: Complex128) -> Complex128 {
    let (re, im) = (x.re, x.im);
    if im == 0.0 && (re.is_infinite() || re.is_nan()) {
        return c(f64::NAN, -im * copysign(0.0, re));
    } else if im.is_infinite() {
        if re == 0.0 {
            return c(f64::INFINITY, -re * copysign(0.0, im));
        }
        if re.is_infinite() || re.is_nan() {
            return c(f64::INFINITY, f64::NAN);
        }
    } else if re == 0.0 && im.is_nan() {
        return c(f64::NAN, 0.0);
    }
    let (s, co) = sincos(re);
    let (sh, ch) = sinhcosh(im);
    c(co * ch, -s * sh)
}
