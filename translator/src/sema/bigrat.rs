//! Exact rationals for Go's untyped floating-point constants (`0.1 + 0.2 == 0.3` is true).
//!
//! Normalised (denominator positive, gcd 1). Conversion to `f64` rounds to nearest-even.

use std::cmp::Ordering;

use super::bigint::BigInt;

#[derive(Clone, PartialEq, Eq, Hash)]
pub struct BigRat {
    num: BigInt,
    den: BigInt,
}

impl std::fmt::Debug for BigRat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.num, self.den)
    }
}

/// Literal exponents beyond this (decimal or binary) are out of range: such constants
/// overflow (or underflow) every Go float type anyway.
const MAX_EXP: i64 = 1200;

/// Past this many bits in numerator or denominator a result is rounded to the nearest `f64`
/// (exactness matters for ordinary constants, not for absurd ones, and it bounds the work).
const MAX_BITS: u32 = 2400;

/// Binary GCD (Stein): shifts and subtractions only, so it stays fast on big operands.
fn gcd(a: &BigInt, b: &BigInt) -> BigInt {
    let mut a = if a.is_negative() { a.neg() } else { a.clone() };
    let mut b = if b.is_negative() { b.neg() } else { b.clone() };
    if a.is_zero() {
        return b;
    }
    if b.is_zero() {
        return a;
    }
    let za = a.trailing_zeros();
    let zb = b.trailing_zeros();
    let shift = za.min(zb);
    a = a.shr(za);
    b = b.shr(zb);
    loop {
        // Both odd here.
        if a > b {
            std::mem::swap(&mut a, &mut b);
        }
        b = b.sub(&a);
        if b.is_zero() {
            return a.shl(shift);
        }
        let z = b.trailing_zeros();
        b = b.shr(z);
    }
}

fn pow(base: i64, exp: u32) -> BigInt {
    let mut r = BigInt::from_i64(1);
    let mut b = BigInt::from_i64(base);
    let mut e = exp;
    while e > 0 {
        if e & 1 == 1 {
            r = r.mul(&b);
        }
        b = b.mul(&b);
        e >>= 1;
    }
    r
}

impl BigRat {
    pub fn new(num: BigInt, den: BigInt) -> Option<BigRat> {
        if den.is_zero() {
            return None;
        }
        let (num, den) = if den.is_negative() { (num.neg(), den.neg()) } else { (num, den) };
        let g = gcd(&num, &den);
        if g.is_zero() || g == BigInt::from_i64(1) {
            return Some(BigRat { num, den });
        }
        Some(BigRat { num: num.quo(&g)?, den: den.quo(&g)? })
    }

    pub fn from_int(i: BigInt) -> BigRat {
        BigRat { num: i, den: BigInt::from_i64(1) }
    }

    /// The exact value of a finite `f64`.
    pub fn from_f64(f: f64) -> Option<BigRat> {
        if !f.is_finite() {
            return None;
        }
        if f == 0.0 {
            return Some(BigRat::from_int(BigInt::zero()));
        }
        let bits = f.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1u64 << 52) - 1);
        let (mant, e) = if exp == 0 { (frac, -1074) } else { (frac | (1 << 52), exp - 1075) };
        let m = BigInt::from_u128(mant as u128);
        let m = if f < 0.0 { m.neg() } else { m };
        if e >= 0 {
            Some(BigRat::from_int(m.shl(e as u32)))
        } else {
            BigRat::new(m, BigInt::from_i64(1).shl((-e) as u32))
        }
    }

    /// Parses a Go floating-point literal exactly (decimal or hexadecimal, `_` allowed).
    pub fn parse(text: &str) -> Option<BigRat> {
        let t: String = text.chars().filter(|c| *c != '_').collect::<String>().to_ascii_lowercase();
        if let Some(hex) = t.strip_prefix("0x") {
            let (mant, exp) = hex.split_once('p')?;
            let exp: i64 = exp.parse().ok()?;
            let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
            let digits = format!("{int_part}{frac_part}");
            let m = if digits.is_empty() { BigInt::zero() } else { BigInt::parse_digits(&digits, 16)? };
            let e = exp - 4 * frac_part.len() as i64;
            return BigRat::scaled(m, 2, e);
        }
        let (mant, exp) = match t.split_once('e') {
            Some((m, e)) => (m, e.parse::<i64>().ok()?),
            None => (t.as_str(), 0),
        };
        let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{int_part}{frac_part}");
        let m = if digits.is_empty() { BigInt::zero() } else { BigInt::parse_digits(&digits, 10)? };
        BigRat::scaled(m, 10, exp - frac_part.len() as i64)
    }

    /// `m * base^e`.
    fn scaled(m: BigInt, base: i64, e: i64) -> Option<BigRat> {
        if m.is_zero() {
            return Some(BigRat::from_int(m));
        }
        if e.abs() > MAX_EXP {
            return None;
        }
        if e >= 0 {
            Some(BigRat::from_int(m.mul(&pow(base, e as u32))))
        } else {
            BigRat::new(m, pow(base, (-e) as u32))
        }
    }

    pub fn is_zero(&self) -> bool {
        self.num.is_zero()
    }

    /// Rounds a result that grew past [`MAX_BITS`] to the nearest `f64`; `None` if that
    /// overflows.
    pub fn bounded(self) -> Option<BigRat> {
        if self.num.bits() <= MAX_BITS && self.den.bits() <= MAX_BITS {
            return Some(self);
        }
        BigRat::from_f64(self.to_f64())
    }

    pub fn is_negative(&self) -> bool {
        self.num.is_negative()
    }

    /// The value if it is an integer.
    pub fn to_int(&self) -> Option<BigInt> {
        if self.den == BigInt::from_i64(1) { Some(self.num.clone()) } else { None }
    }

    pub fn neg(&self) -> BigRat {
        BigRat { num: self.num.neg(), den: self.den.clone() }
    }

    pub fn add(&self, o: &BigRat) -> BigRat {
        let num = self.num.mul(&o.den).add(&o.num.mul(&self.den));
        BigRat::new(num, self.den.mul(&o.den)).expect("non-zero denominators")
    }

    pub fn sub(&self, o: &BigRat) -> BigRat {
        self.add(&o.neg())
    }

    pub fn mul(&self, o: &BigRat) -> BigRat {
        BigRat::new(self.num.mul(&o.num), self.den.mul(&o.den)).expect("non-zero denominators")
    }

    /// `None` on division by zero.
    pub fn quo(&self, o: &BigRat) -> Option<BigRat> {
        BigRat::new(self.num.mul(&o.den), self.den.mul(&o.num))
    }

    /// The nearest `f64` (ties to even); infinite if out of range.
    pub fn to_f64(&self) -> f64 {
        if self.num.is_zero() {
            return 0.0;
        }
        let neg = self.num.is_negative();
        let a = if neg { self.num.neg() } else { self.num.clone() };
        let b = &self.den;
        // Scale so the integer quotient has 65..=66 bits, then round once.
        let k: i64 = 65 - (a.bits() as i64 - b.bits() as i64);
        let (n, d) = if k >= 0 { (a.shl(k as u32), b.clone()) } else { (a, b.shl((-k) as u32)) };
        let q = n.quo(&d).unwrap_or_default();
        let sticky = !n.rem(&d).unwrap_or_default().is_zero();
        let mut qv = q.to_u128().unwrap_or(u128::MAX);
        if sticky {
            qv |= 1;
        }
        let f = ldexp(qv as f64, -k);
        if neg { -f } else { f }
    }
}

/// `f * 2^e` without intermediate overflow for large `|e|`.
fn ldexp(mut f: f64, mut e: i64) -> f64 {
    while e > 1000 {
        f *= 2f64.powi(1000);
        e -= 1000;
        if f.is_infinite() {
            return f;
        }
    }
    while e < -1000 {
        f *= 2f64.powi(-1000);
        e += 1000;
        if f == 0.0 {
            return f;
        }
    }
    f * 2f64.powi(e as i32)
}

impl PartialOrd for BigRat {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for BigRat {
    fn cmp(&self, o: &Self) -> Ordering {
        self.num.mul(&o.den).cmp(&o.num.mul(&self.den))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_arithmetic() {
        let r = |s: &str| BigRat::parse(s).unwrap();
        assert_eq!(r("0.1").add(&r("0.2")), r("0.3"));
        assert_eq!(r("0.1").add(&r("0.2")).to_f64(), 0.3);
        assert_eq!(r("0x1p-2").to_f64(), 0.25);
        assert_eq!(r("1e3").to_int(), Some(BigInt::from_i64(1000)));
        assert_eq!(r("1.5").to_int(), None);
        assert_eq!(r("7").quo(&r("2")).unwrap().to_f64(), 3.5);
        assert_eq!(BigRat::from_f64(0.1).unwrap().to_f64(), 0.1);
        assert_eq!(r("1e308").mul(&r("10")).to_f64(), f64::INFINITY);
        assert_eq!(r("3.14159265358979323846264338327950288419716939937510582097494459").to_f64(), std::f64::consts::PI);
        assert_eq!(r("2.2250738585072014e-308").to_f64(), 2.2250738585072014e-308);
        assert!(BigRat::parse("1e99999").is_none());
    }
}
