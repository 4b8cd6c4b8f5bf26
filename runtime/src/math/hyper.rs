//! `Sinh`, `Cosh`, `Tanh`, `Asinh`, `Acosh`, `Atanh`: ports of Go's pure-Go code (over Go's
//! `Exp`, `Log` and `Log1p`).

use super::{exp, log, log1p, nan};

/// `math.Ln2` as a float64.
const LN2: f64 = 6.93147180559945286227e-01;

pub(super) fn sinh(x: f64) -> f64 {
    const P0: f64 = -0.6307673640497716991184787251e+6;
    const P1: f64 = -0.8991272022039509355398013511e+5;
    const P2: f64 = -0.2894211355989563807284660366e+4;
    const P3: f64 = -0.2630563213397497062819489e+2;
    const Q0: f64 = -0.6307673640497716991212077277e+6;
    const Q1: f64 = 0.1521517378790019070696485176e+5;
    const Q2: f64 = -0.173678953558233699533450911e+3;
    let sign = x < 0.0;
    let x = if sign { -x } else { x };
    let temp = if x > 21.0 {
        exp(x) * 0.5
    } else if x > 0.5 {
        let ex = exp(x);
        (ex - 1.0 / ex) * 0.5
    } else {
        let sq = x * x;
        let t = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
        t / (((sq + Q2) * sq + Q1) * sq + Q0)
    };
    if sign { -temp } else { temp }
}

pub(super) fn cosh(x: f64) -> f64 {
    let x = x.abs();
    if x > 21.0 {
        return exp(x) * 0.5;
    }
    let ex = exp(x);
    (ex + 1.0 / ex) * 0.5
}

pub(super) fn tanh(x: f64) -> f64 {
    const P: [f64; 3] = [-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3];
    const Q: [f64; 3] = [1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3];
    const MAXLOG: f64 = 8.8029691931113054295988e+01;
    let z = x.abs();
    if z > 0.5 * MAXLOG {
        return if x < 0.0 { -1.0 } else { 1.0 };
    }
    if z >= 0.625 {
        let s = exp(2.0 * z);
        let z = 1.0 - 2.0 / (s + 1.0);
        return if x < 0.0 { -z } else { z };
    }
    if x == 0.0 {
        return x;
    }
    let s = x * x;
    x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2])
}

pub(super) fn asinh(x: f64) -> f64 {
    const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
    const LARGE: f64 = (1u64 << 28) as f64;
    if x.is_nan() || x.is_infinite() {
        return x;
    }
    let sign = x < 0.0;
    let x = if sign { -x } else { x };
    let temp = if x > LARGE {
        log(x) + LN2
    } else if x > 2.0 {
        log(2.0 * x + 1.0 / ((x * x + 1.0).sqrt() + x))
    } else if x < NEAR_ZERO {
        x
    } else {
        log1p(x + x * x / (1.0 + (1.0 + x * x).sqrt()))
    };
    if sign { -temp } else { temp }
}

pub(super) fn acosh(x: f64) -> f64 {
    const LARGE: f64 = (1u64 << 28) as f64;
    if x < 1.0 || x.is_nan() {
        return nan();
    }
    if x == 1.0 {
        return 0.0;
    }
    if x >= LARGE {
        return log(x) + LN2;
    }
    if x > 2.0 {
        return log(2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt()));
    }
    let t = x - 1.0;
    log1p(t + (2.0 * t + t * t).sqrt())
}

pub(super) fn atanh(x: f64) -> f64 {
    const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
    if x < -1.0 || x > 1.0 || x.is_nan() {
        return nan();
    }
    if x == 1.0 {
        return f64::INFINITY;
    }
    if x == -1.0 {
        return f64::NEG_INFINITY;
    }
    let sign = x < 0.0;
    let x = if sign { -x } else { x };
    let temp = if x < NEAR_ZERO {
        x
    } else if x < 0.5 {
        let t = x + x;
        0.5 * log1p(t + t * x / (1.0 - x))
    } else {
        0.5 * log1p((x + x) / (1.0 - x))
    };
    if sign { -temp } else { temp }
}
