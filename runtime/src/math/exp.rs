//! `Exp` (a port of Go's amd64 assembly, with its FMA path taken when the CPU has AVX and
//! FMA, as Go decides), `Exp2`, `Expm1` (ports of Go's pure-Go code).

use super::ldexp;

const LN2_HI: f64 = 6.93147180369123816490e-01;
const LN2_LO: f64 = 1.90821492927058770002e-10;

/// Whether Go's `archExp` takes its FMA path (`cpu.X86.HasAVX && cpu.X86.HasFMA`).
fn use_fma() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        static FMA: std::sync::LazyLock<bool> =
            std::sync::LazyLock::new(|| std::arch::is_x86_feature_detected!("avx") && std::arch::is_x86_feature_detected!("fma"));
        *FMA
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// amd64 `CVTSD2SL`: round to nearest even, `MinInt32` when out of range.
fn cvtsd2sl(v: f64) -> i32 {
    let r = v.round_ties_even();
    if r.is_nan() || !(-2147483648.0..2147483648.0).contains(&r) { i32::MIN } else { r as i32 }
}

/// Go's `archExp` (`exp_amd64.s`).
pub(super) fn exp(x: f64) -> f64 {
    const LOG2E: f64 = f64::from_bits(0x3ff71547652b82fe);
    const LN2U: f64 = f64::from_bits(0x3fe62e42fefa3000);
    const LN2L: f64 = f64::from_bits(0x3d53de6af278ece6);
    const OVERFLOW: f64 = f64::from_bits(0x40862e42fefa39ef);
    const C: [f64; 9] = [
        0.5,
        1.0,
        2.0,
        1.6666666666666666667e-1,
        4.1666666666666666667e-2,
        8.3333333333333333333e-3,
        1.3888888888888888889e-3,
        1.9841269841269841270e-4,
        2.4801587301587301587e-5,
    ];
    let bits = x.to_bits();
    if bits & !(1 << 63) >= 0x7FF0000000000000 {
        // -Inf → 0; NaN and +Inf → x.
        return if bits == 0xFFF0000000000000 { 0.0 } else { x };
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    let mut bx = cvtsd2sl(LOG2E * x);
    let k = bx as f64;
    let mut x0;
    if use_fma() {
        x0 = (-k).mul_add(LN2U, x);
        x0 = (-k).mul_add(LN2L, x0);
        x0 *= 0.0625;
        let mut x1 = C[8];
        for c in [C[7], C[6], C[5], C[4], C[3], C[0], C[1]] {
            x1 = x1.mul_add(x0, c);
        }
        x0 *= x1;
        for _ in 0..3 {
            let t = x0 + C[2];
            x0 *= t;
        }
        let t = x0 + C[2];
        x0 = x0.mul_add(t, C[1]);
    } else {
        x0 = x - k * LN2U;
        x0 -= k * LN2L;
        x0 *= 0.0625;
        let mut x1 = C[8] * x0;
        for c in [C[7], C[6], C[5], C[4], C[3], C[0]] {
            x1 += c;
            x1 *= x0;
        }
        x1 += C[1];
        x0 *= x1;
        for _ in 0..4 {
            let t = C[2] + x0;
            x0 *= t;
        }
        x0 += C[1];
    }
    // fr × 2^k, with Go's denormal path.
    bx = bx.wrapping_add(0x3FF);
    if bx <= 0 {
        if bx < -52 {
            return 0.0;
        }
        let scale = f64::from_bits(((bx.wrapping_add(0x3FE)) as u32 as u64) << 52);
        x0 *= scale;
        bx = 1;
    } else if bx >= 0x7FF {
        return f64::INFINITY;
    }
    x0 * f64::from_bits((bx as u32 as u64) << 52)
}

/// Go's `exp2` (pure Go on amd64).
pub(super) fn exp2(x: f64) -> f64 {
    const OVERFLOW: f64 = 1.0239999999999999e+03;
    const UNDERFLOW: f64 = -1.0740e+03;
    if x.is_nan() {
        return x;
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    if x < UNDERFLOW {
        return 0.0;
    }
    let k: i64 = if x > 0.0 {
        (x + 0.5) as i64
    } else if x < 0.0 {
        (x - 0.5) as i64
    } else {
        0
    };
    let t = x - k as f64;
    let hi = t * LN2_HI;
    let lo = -t * LN2_LO;
    expmulti(hi, lo, k)
}

/// Go's `expmulti`: `e^r × 2^k` where `r = hi - lo`.
fn expmulti(hi: f64, lo: f64, k: i64) -> f64 {
    const P1: f64 = 1.66666666666666657415e-01;
    const P2: f64 = -2.77777777770155933842e-03;
    const P3: f64 = 6.61375632143793436117e-05;
    const P4: f64 = -1.65339022054652515390e-06;
    const P5: f64 = 4.13813679705723846039e-08;
    let r = hi - lo;
    let t = r * r;
    let c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
    ldexp(y, k)
}

/// Go's `expm1` (pure Go).
pub(super) fn expm1(mut x: f64) -> f64 {
    const OTHRESHOLD: f64 = 7.09782712893383973096e+02;
    const LN2X56: f64 = 3.88162421113569373274e+01;
    const LN2_HALF_X3: f64 = 1.03972077083991796413e+00;
    const LN2_HALF: f64 = 3.46573590279972654709e-01;
    const INV_LN2: f64 = 1.44269504088896338700e+00;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const Q1: f64 = -3.33333333333331316428e-02;
    const Q2: f64 = 1.58730158725481460165e-03;
    const Q3: f64 = -7.93650757867487942473e-05;
    const Q4: f64 = 4.00821782732936239552e-06;
    const Q5: f64 = -2.01099218183624371326e-07;
    if x == f64::INFINITY || x.is_nan() {
        return x;
    }
    if x == f64::NEG_INFINITY {
        return -1.0;
    }
    let sign = x < 0.0;
    let absx = x.abs();
    if absx >= LN2X56 {
        if sign {
            return -1.0;
        }
        if absx >= OTHRESHOLD {
            return f64::INFINITY;
        }
    }
    let mut c = 0.0;
    let k: i64;
    if absx > LN2_HALF {
        let (hi, lo);
        if absx < LN2_HALF_X3 {
            if !sign {
                hi = x - LN2_HI;
                lo = LN2_LO;
                k = 1;
            } else {
                hi = x + LN2_HI;
                lo = -LN2_LO;
                k = -1;
            }
        } else {
            k = if !sign { (INV_LN2 * x + 0.5) as i64 } else { (INV_LN2 * x - 0.5) as i64 };
            let t = k as f64;
            hi = x - t * LN2_HI;
            lo = t * LN2_LO;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if absx < TINY {
        return x;
    } else {
        k = 0;
    }
    let hfx = 0.5 * x;
    let hxs = x * hfx;
    let r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    let t = 3.0 - r1 * hfx;
    let mut e = hxs * ((r1 - t) / (6.0 - x * t));
    if k == 0 {
        return x - (x * e - hxs);
    }
    e = x * (e - c) - c;
    e -= hxs;
    if k == -1 {
        return 0.5 * (x - e) - 0.5;
    }
    if k == 1 {
        if x < -0.25 {
            return -2.0 * (e - (x + 0.5));
        }
        return 1.0 + 2.0 * (x - e);
    }
    let add_exp = |y: f64| f64::from_bits(y.to_bits().wrapping_add((k as u64) << 52));
    if k <= -2 || k > 56 {
        let y = 1.0 - (e - x);
        return add_exp(y) - 1.0;
    }
    if k < 20 {
        let t = f64::from_bits(0x3ff0000000000000 - (0x20000000000000u64 >> k as u32));
        let y = t - (e - x);
        return add_exp(y);
    }
    let t = f64::from_bits(((0x3ff - k) as u64) << 52);
    let mut y = x - (e + t);
    y += 1.0;
    add_exp(y)
}
