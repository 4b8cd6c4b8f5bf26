//! Go's numeric std packages against recorded real-Go output: `golden/std_num_cases.go`
//! (recorded to `golden/std_num_cases.out` by `fixtures/record`), mirrored here table row by
//! table row: every `math` function over the same inputs (values and bits), `math/rand`'s
//! seeded sequences, `cmp`, and the builtin `min`/`max`.

// The inputs mirror the Go table's literals (π/2 and friends included on purpose).
#![allow(clippy::approx_constant)]

mod common;

use common::{Out, check, s};
use gort::value::ops;
use gort::{Slice, Str, cmp, math};

fn inputs() -> Vec<f64> {
    vec![
        0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.7071067811865476, 2.0, 3.0, 10.0, -7.25, 0.1, 1e-10, -1e-10, 1e-300, 5e-324,
        2.2250738585072014e-308, 1e10, 1e22, 1e300, -1e300, 123456.789, 0.999999, 1.000001, 30.0, 100.0, 700.0, 709.5,
        710.0, -700.0, -745.2, -746.0, 33.5, -33.5, 171.5, -0.25, 4.5, -2.5, (1u64 << 29) as f64, (1u64 << 29) as f64 + 0.5,
        3.141592653589793, 1.5707963267948966, 2.356194490192345, 88.5, 1e-5, 0.6, 0.625, 21.5, 44.0, 2e28, 5e-9,
        math::inf(1), math::inf(-1), math::nan(),
    ]
}

fn show(v: f64) -> Str {
    gort::fmt::sprintf(&s("%v/%016x"), &[&v, &v.to_bits()])
}

type Unary = (&'static str, fn(f64) -> f64);
type Binary = (&'static str, fn(f64, f64) -> f64);

fn cases(o: &mut Out) {
    let unary: &[Unary] = &[
        ("Sin", math::sin), ("Cos", math::cos), ("Tan", math::tan), ("Asin", math::asin), ("Acos", math::acos),
        ("Atan", math::atan), ("Sinh", math::sinh), ("Cosh", math::cosh), ("Tanh", math::tanh), ("Asinh", math::asinh),
        ("Acosh", math::acosh), ("Atanh", math::atanh), ("Exp", math::exp), ("Exp2", math::exp2), ("Expm1", math::expm1),
        ("Log", math::log), ("Log10", math::log10), ("Log2", math::log2), ("Log1p", math::log1p), ("Logb", math::logb),
        ("Sqrt", math::sqrt), ("Cbrt", math::cbrt), ("Gamma", math::gamma), ("Floor", math::floor), ("Ceil", math::ceil),
        ("Trunc", math::trunc), ("Round", math::round), ("RoundToEven", math::round_to_even), ("Abs", math::abs),
    ];
    let xs = inputs();
    for (name, f) in unary {
        for (i, x) in xs.iter().enumerate() {
            o.ln(&[&s(name), &(i as i64), &show(f(*x))]);
        }
    }
    let binary: &[Binary] = &[
        ("Pow", math::pow), ("Atan2", math::atan2), ("Hypot", math::hypot), ("Mod", math::r#mod), ("Remainder", math::remainder),
        ("Dim", math::dim), ("Max", math::max), ("Min", math::min), ("Nextafter", math::nextafter), ("Copysign", math::copysign),
    ];
    let pairs: &[(f64, f64)] = &[
        (2.0, 10.0), (2.0, 0.5), (2.0, -0.5), (10.0, -3.0), (-8.0, 1.0 / 3.0), (-8.0, 3.0), (0.5, 200.5), (1.0001, 1e6),
        (-2.0, 1e20), (3.0, 4.0), (7.0, 3.0), (-7.0, 3.0), (7.5, -2.0), (1e300, 1e-300), (5.0, 0.0), (0.0, 5.0), (-0.0, -3.0),
        (-0.0, 0.0), (f64::NEG_INFINITY, 3.0), (f64::INFINITY, -2.0), (math::nan(), 0.0), (1.0, math::nan()),
        (-1.0, f64::INFINITY), (0.5, f64::NEG_INFINITY), (1e-310, 3.0), (2.5, 2.5), (-1e10, 1e-3), (1.7, 1.8),
    ];
    for (name, f) in binary {
        for (i, (x, y)) in pairs.iter().enumerate() {
            o.ln(&[&s(name), &(i as i64), &show(f(*x, *y))]);
        }
    }
    for (i, x) in xs.iter().enumerate() {
        let x = *x;
        let (fr, e) = math::frexp(x);
        let (ip, fp) = math::modf(x);
        o.ln(&[&s("Frexp"), &(i as i64), &show(fr), &e, &s("Modf"), &show(ip), &show(fp), &s("Ilogb"), &math::ilogb(x), &s("Ldexp"), &show(math::ldexp(x, 3)), &show(math::ldexp(x, -1070)), &show(math::ldexp(x, 1500))]);
        o.ln(&[&s("FMA"), &(i as i64), &show(math::fma(x, 1.0000001, -x)), &s("Signbit"), &math::signbit(x), &math::is_nan(x), &math::is_inf(x, 0), &math::is_inf(x, -1)]);
    }
    for n in [-400i64, -324, -323, -5, 0, 1, 22, 23, 308, 309] {
        o.ln(&[&s("Pow10"), &n, &show(math::pow10(n))]);
    }
    o.ln(&[&s("consts"), &math::PI, &math::E, &math::PHI, &math::SQRT2, &math::SQRT_E, &math::SQRT_PI, &math::SQRT_PHI, &math::LN2, &math::LOG2_E, &math::LN10, &math::LOG10_E]);
    o.ln(&[&s("consts2"), &math::MAX_FLOAT32, &math::SMALLEST_NONZERO_FLOAT32, &math::MAX_FLOAT64, &math::SMALLEST_NONZERO_FLOAT64, &show(math::nan())]);

    use gort::rand;
    for seed in [0i64, 1, 42, -7, 1 << 40] {
        let r = rand::new(&rand::new_source(seed));
        o.ln(&[&s("rand"), &seed, &r.int63(), &r.uint32(), &r.uint64(), &r.int31(), &r.int(), &r.intn(10), &r.intn(1000000007), &r.intn(1 << 40)]);
        o.ln(&[&s("rand"), &seed, &r.int63n((1 << 62) + 3), &r.int31n(7), &r.int31n(1 << 20), &r.float64(), &r.float32(), &r.perm(7)]);
        o.ln(&[&s("rand"), &seed, &r.norm_float64(), &r.norm_float64(), &r.exp_float64(), &r.exp_float64()]);
        let sl = Slice::from_vec((0..10i64).collect());
        let sl2 = sl.clone();
        r.shuffle(sl.len(), move |i, j| sl2.swap(i, j));
        let mut sum = 0.0;
        for _ in 0..1000 {
            sum += r.norm_float64() + r.exp_float64();
        }
        o.ln(&[&s("rand"), &seed, &sl, &sum]);
        r.seed(seed + 1);
        o.ln(&[&s("reseed"), &seed, &r.intn(100), &r.int63()]);
    }
    let src = rand::new_source(99);
    let r1 = rand::new(&src);
    let a = r1.int63();
    let b = src.int63();
    o.ln(&[&s("shared"), &a, &b, &r1.int63()]);
    let mut in_range = true;
    for _ in 0..2000 {
        in_range &= (0..7).contains(&rand::intn(7));
        in_range &= (0.0..1.0).contains(&rand::float64());
        in_range &= (0..5).contains(&rand::v2::int_n(5));
        in_range &= (0..3).contains(&rand::v2::n(3i8));
        in_range &= rand::v2::uint_n(9) < 9;
        in_range &= (0.0..1.0).contains(&rand::v2::float64());
        in_range &= (0..4).contains(&rand::v2::int32_n(4));
        in_range &= (0..1 << 50).contains(&rand::v2::int64_n(1 << 50));
    }
    o.ln(&[&s("ranges"), &in_range, &rand::perm(5).len(), &rand::v2::perm(6).len()]);

    let nan = math::nan();
    let negz = -0.0f64;
    o.ln(&[&s("cmp"), &cmp::compare(1i64, 2), &cmp::compare(2i64, 1), &cmp::compare(&s("a"), &s("a")), &cmp::compare(nan, 1.0), &cmp::compare(1.0, nan), &cmp::compare(nan, nan), &cmp::compare(negz, 0.0)]);
    o.ln(&[&s("less"), &cmp::less(nan, 1.0), &cmp::less(1.0, nan), &cmp::less(nan, nan), &cmp::less(&s("a"), &s("b")), &cmp::less(negz, 0.0)]);
    o.ln(&[&s("or"), &cmp::or(&[0i64, 0, 3, 4]), &cmp::or(&[s(""), s("x")]), &cmp::or(&[0.0, negz]), &cmp::or(&[negz, nan, 2.0]), &cmp::or::<i64>(&[])]);
    o.ln(&[&s("minmax"), &ops::min(1.0, nan), &ops::max(nan, 1.0), &ops::min(negz, 0.0), &ops::max(negz, 0.0), &ops::min(0.0, negz), &ops::max(0.0, negz), &ops::min(s("b"), s("a")), &ops::max(s("b"), s("ab")), &ops::min(3i64, 1), &ops::max(-3i8, 5)]);
    o.ln(&[&s("minmax bits"), &ops::min(negz, 0.0).to_bits(), &ops::max(negz, 0.0).to_bits(), &ops::min(0.0, negz).to_bits(), &ops::max(0.0, negz).to_bits()]);
}

#[test]
fn numeric_std_matches_go() {
    let mut o = Out::default();
    cases(&mut o);
    check("std_num_cases", &o);
}
