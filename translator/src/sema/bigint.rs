//! A small arbitrary-precision integer for Go's untyped integer constants.
//!
//! Sign and magnitude (little-endian `u64` limbs, no trailing zero limbs). Bitwise operators
//! follow Go's infinite two's-complement semantics for negative values.

use std::cmp::Ordering;

#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct BigInt {
    neg: bool,
    mag: Vec<u64>,
}

impl std::fmt::Debug for BigInt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self}")
    }
}

fn trim(v: &mut Vec<u64>) {
    while v.last() == Some(&0) {
        v.pop();
    }
}

fn cmp_mag(a: &[u64], b: &[u64]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for i in (0..a.len()).rev() {
        match a[i].cmp(&b[i]) {
            Ordering::Equal => {}
            o => return o,
        }
    }
    Ordering::Equal
}

fn add_mag(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mut out = Vec::with_capacity(a.len().max(b.len()) + 1);
    let mut carry = 0u128;
    for i in 0..a.len().max(b.len()) {
        let s = *a.get(i).unwrap_or(&0) as u128 + *b.get(i).unwrap_or(&0) as u128 + carry;
        out.push(s as u64);
        carry = s >> 64;
    }
    if carry > 0 {
        out.push(carry as u64);
    }
    trim(&mut out);
    out
}

/// `a - b` for `a >= b`.
fn sub_mag(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = 0i128;
    for i in 0..a.len() {
        let mut d = a[i] as i128 - *b.get(i).unwrap_or(&0) as i128 - borrow;
        borrow = 0;
        if d < 0 {
            d += 1i128 << 64;
            borrow = 1;
        }
        out.push(d as u64);
    }
    trim(&mut out);
    out
}

fn mul_mag(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mut out = vec![0u64; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u128;
        for (j, &y) in b.iter().enumerate() {
            let t = out[i + j] as u128 + x as u128 * y as u128 + carry;
            out[i + j] = t as u64;
            carry = t >> 64;
        }
        let mut k = i + b.len();
        while carry > 0 {
            let t = out[k] as u128 + carry;
            out[k] = t as u64;
            carry = t >> 64;
            k += 1;
        }
    }
    trim(&mut out);
    out
}

fn shl_mag(a: &[u64], n: u32) -> Vec<u64> {
    if a.is_empty() {
        return Vec::new();
    }
    let (limbs, bits) = ((n / 64) as usize, n % 64);
    let mut out = vec![0u64; limbs];
    let mut carry = 0u64;
    for &x in a {
        out.push((x << bits) | carry);
        carry = if bits == 0 { 0 } else { x >> (64 - bits) };
    }
    out.push(carry);
    trim(&mut out);
    out
}

fn shr_mag(a: &[u64], n: u32) -> Vec<u64> {
    let (limbs, bits) = ((n / 64) as usize, n % 64);
    if limbs >= a.len() {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(a.len() - limbs);
    for i in limbs..a.len() {
        let lo = a[i] >> bits;
        let hi = if bits == 0 { 0 } else { a.get(i + 1).map_or(0, |h| h << (64 - bits)) };
        out.push(lo | hi);
    }
    trim(&mut out);
    out
}

fn bit_len(a: &[u64]) -> u32 {
    match a.last() {
        None => 0,
        Some(top) => (a.len() as u32 - 1) * 64 + (64 - top.leading_zeros()),
    }
}

/// Truncated division of magnitudes: (quotient, remainder). `b` must be non-zero.
fn divrem_mag(a: &[u64], b: &[u64]) -> (Vec<u64>, Vec<u64>) {
    if cmp_mag(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let d = b[0] as u128;
        let mut q = vec![0u64; a.len()];
        let mut r = 0u128;
        for i in (0..a.len()).rev() {
            let cur = (r << 64) | a[i] as u128;
            q[i] = (cur / d) as u64;
            r = cur % d;
        }
        trim(&mut q);
        let mut rv = vec![r as u64];
        trim(&mut rv);
        return (q, rv);
    }
    // Shift-subtract; constants are at most a few hundred bits, so this is cheap enough.
    let mut q = vec![0u64; a.len()];
    let mut r: Vec<u64> = Vec::new();
    for bit in (0..bit_len(a)).rev() {
        r = shl_mag(&r, 1);
        if (a[(bit / 64) as usize] >> (bit % 64)) & 1 == 1 {
            if r.is_empty() {
                r.push(1);
            } else {
                r[0] |= 1;
            }
        }
        if cmp_mag(&r, b) != Ordering::Less {
            r = sub_mag(&r, b);
            q[(bit / 64) as usize] |= 1 << (bit % 64);
        }
    }
    trim(&mut q);
    (q, r)
}

impl BigInt {
    pub fn zero() -> BigInt {
        BigInt::default()
    }

    fn from_parts(neg: bool, mut mag: Vec<u64>) -> BigInt {
        trim(&mut mag);
        let neg = neg && !mag.is_empty();
        BigInt { neg, mag }
    }

    pub fn from_i128(v: i128) -> BigInt {
        let m = v.unsigned_abs();
        BigInt::from_parts(v < 0, vec![m as u64, (m >> 64) as u64])
    }

    pub fn from_u128(v: u128) -> BigInt {
        BigInt::from_parts(false, vec![v as u64, (v >> 64) as u64])
    }

    pub fn from_i64(v: i64) -> BigInt {
        BigInt::from_i128(v as i128)
    }

    /// Parses digits (no sign, no prefix, no underscores) in `radix`.
    pub fn parse_digits(digits: &str, radix: u32) -> Option<BigInt> {
        if digits.is_empty() {
            return None;
        }
        let mut mag: Vec<u64> = Vec::new();
        for c in digits.chars() {
            let d = c.to_digit(radix)? as u64;
            mag = mul_mag(&mag, &[radix as u64]);
            mag = add_mag(&mag, &[d]);
        }
        Some(BigInt::from_parts(false, mag))
    }

    /// Evaluates a Go integer literal as written (`0x_1F`, `0b101`, `0o17`, `017`, `1_000`).
    pub fn parse_literal(text: &str) -> Option<BigInt> {
        let t: String = text.chars().filter(|c| *c != '_').collect();
        let lower = t.to_ascii_lowercase();
        let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
            (r.to_string(), 16)
        } else if let Some(r) = lower.strip_prefix("0b") {
            (r.to_string(), 2)
        } else if let Some(r) = lower.strip_prefix("0o") {
            (r.to_string(), 8)
        } else if lower.len() > 1 && lower.starts_with('0') {
            (lower[1..].to_string(), 8)
        } else {
            (lower, 10)
        };
        BigInt::parse_digits(&digits, radix)
    }

    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    pub fn is_negative(&self) -> bool {
        self.neg
    }

    /// Number of trailing zero bits of the magnitude (0 for zero).
    pub fn trailing_zeros(&self) -> u32 {
        for (i, l) in self.mag.iter().enumerate() {
            if *l != 0 {
                return i as u32 * 64 + l.trailing_zeros();
            }
        }
        0
    }

    /// Number of bits of the magnitude.
    pub fn bits(&self) -> u32 {
        bit_len(&self.mag)
    }

    pub fn to_i128(&self) -> Option<i128> {
        if self.mag.len() > 2 {
            return None;
        }
        let m = *self.mag.first().unwrap_or(&0) as u128 | (*self.mag.get(1).unwrap_or(&0) as u128) << 64;
        if self.neg {
            if m <= i128::MAX as u128 + 1 { Some((m as i128).wrapping_neg()) } else { None }
        } else if m <= i128::MAX as u128 {
            Some(m as i128)
        } else {
            None
        }
    }

    pub fn to_u128(&self) -> Option<u128> {
        if self.neg || self.mag.len() > 2 {
            return None;
        }
        Some(*self.mag.first().unwrap_or(&0) as u128 | (*self.mag.get(1).unwrap_or(&0) as u128) << 64)
    }

    pub fn to_i64(&self) -> Option<i64> {
        self.to_i128().and_then(|v| i64::try_from(v).ok())
    }

    pub fn to_u64(&self) -> Option<u64> {
        self.to_u128().and_then(|v| u64::try_from(v).ok())
    }

    pub fn to_f64(&self) -> f64 {
        let mut f = 0.0f64;
        for &l in self.mag.iter().rev() {
            f = f * 18446744073709551616.0 + l as f64;
        }
        if self.neg { -f } else { f }
    }

    /// The exact integer value of a finite, integral float.
    pub fn from_f64(f: f64) -> Option<BigInt> {
        if !f.is_finite() || f.fract() != 0.0 {
            return None;
        }
        let bits = f.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i32;
        let frac = bits & ((1u64 << 52) - 1);
        if exp == 0 {
            return Some(BigInt::zero());
        }
        let mant = frac | (1u64 << 52);
        let shift = exp - 1075;
        let mag = if shift >= 0 { shl_mag(&[mant], shift as u32) } else { shr_mag(&[mant], (-shift) as u32) };
        Some(BigInt::from_parts(f < 0.0, mag))
    }

    pub fn neg(&self) -> BigInt {
        BigInt::from_parts(!self.neg, self.mag.clone())
    }

    pub fn add(&self, o: &BigInt) -> BigInt {
        if self.neg == o.neg {
            return BigInt::from_parts(self.neg, add_mag(&self.mag, &o.mag));
        }
        match cmp_mag(&self.mag, &o.mag) {
            Ordering::Less => BigInt::from_parts(o.neg, sub_mag(&o.mag, &self.mag)),
            _ => BigInt::from_parts(self.neg, sub_mag(&self.mag, &o.mag)),
        }
    }

    pub fn sub(&self, o: &BigInt) -> BigInt {
        self.add(&o.neg())
    }

    pub fn mul(&self, o: &BigInt) -> BigInt {
        BigInt::from_parts(self.neg != o.neg, mul_mag(&self.mag, &o.mag))
    }

    /// Truncated quotient (Go's `/`); `None` on division by zero.
    pub fn quo(&self, o: &BigInt) -> Option<BigInt> {
        if o.is_zero() {
            return None;
        }
        let (q, _) = divrem_mag(&self.mag, &o.mag);
        Some(BigInt::from_parts(self.neg != o.neg, q))
    }

    /// Remainder with the sign of the dividend (Go's `%`).
    pub fn rem(&self, o: &BigInt) -> Option<BigInt> {
        if o.is_zero() {
            return None;
        }
        let (_, r) = divrem_mag(&self.mag, &o.mag);
        Some(BigInt::from_parts(self.neg, r))
    }

    pub fn shl(&self, n: u32) -> BigInt {
        BigInt::from_parts(self.neg, shl_mag(&self.mag, n))
    }

    /// Arithmetic shift right (rounds toward negative infinity, like Go).
    pub fn shr(&self, n: u32) -> BigInt {
        if !self.neg {
            return BigInt::from_parts(false, shr_mag(&self.mag, n));
        }
        // -((|a| - 1) >> n) - 1
        let m1 = sub_mag(&self.mag, &[1]);
        let s = shr_mag(&m1, n);
        BigInt::from_parts(true, add_mag(&s, &[1]))
    }

    fn to_twos(&self, limbs: usize) -> Vec<u64> {
        let mut v = self.mag.clone();
        v.resize(limbs, 0);
        if self.neg {
            for x in v.iter_mut() {
                *x = !*x;
            }
            let mut carry = 1u128;
            for x in v.iter_mut() {
                let t = *x as u128 + carry;
                *x = t as u64;
                carry = t >> 64;
            }
        }
        v
    }

    fn from_twos(mut v: Vec<u64>) -> BigInt {
        let neg = v.last().is_some_and(|t| t >> 63 == 1);
        if neg {
            for x in v.iter_mut() {
                *x = !*x;
            }
            let mut carry = 1u128;
            for x in v.iter_mut() {
                let t = *x as u128 + carry;
                *x = t as u64;
                carry = t >> 64;
            }
        }
        BigInt::from_parts(neg, v)
    }

    fn bitwise(&self, o: &BigInt, f: impl Fn(u64, u64) -> u64) -> BigInt {
        let limbs = self.mag.len().max(o.mag.len()) + 1;
        let (a, b) = (self.to_twos(limbs), o.to_twos(limbs));
        BigInt::from_twos(a.iter().zip(&b).map(|(x, y)| f(*x, *y)).collect())
    }

    pub fn and(&self, o: &BigInt) -> BigInt {
        self.bitwise(o, |a, b| a & b)
    }

    pub fn or(&self, o: &BigInt) -> BigInt {
        self.bitwise(o, |a, b| a | b)
    }

    pub fn xor(&self, o: &BigInt) -> BigInt {
        self.bitwise(o, |a, b| a ^ b)
    }

    pub fn and_not(&self, o: &BigInt) -> BigInt {
        self.bitwise(o, |a, b| a & !b)
    }

    /// `^x` for an untyped constant: `-x - 1`.
    pub fn not(&self) -> BigInt {
        self.neg().sub(&BigInt::from_i64(1))
    }

    /// Wraps the value into `bits` bits (two's complement if `signed`), as a typed conversion of a
    /// non-constant would; used for `^x` on typed unsigned constants.
    pub fn wrap(&self, bits: u32, signed: bool) -> BigInt {
        let limbs = (bits as usize).div_ceil(64) + 1;
        let mut v = self.to_twos(limbs.max(self.mag.len() + 1));
        v.truncate(limbs);
        // Keep the low `bits` bits.
        for (i, x) in v.iter_mut().enumerate() {
            let lo = i as u32 * 64;
            if lo >= bits {
                *x = 0;
            } else if bits - lo < 64 {
                *x &= (1u64 << (bits - lo)) - 1;
            }
        }
        let unsigned = BigInt::from_parts(false, v);
        if signed && bits > 0 && unsigned.cmp(&BigInt::from_i64(1).shl(bits - 1)) != Ordering::Less {
            unsigned.sub(&BigInt::from_i64(1).shl(bits))
        } else {
            unsigned
        }
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for BigInt {
    fn cmp(&self, o: &Self) -> Ordering {
        match (self.neg, o.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => cmp_mag(&self.mag, &o.mag),
            (true, true) => cmp_mag(&o.mag, &self.mag),
        }
    }
}

impl std::fmt::Display for BigInt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.mag.is_empty() {
            return f.write_str("0");
        }
        let mut parts = Vec::new();
        let mut m = self.mag.clone();
        const CHUNK: u64 = 1_000_000_000_000_000_000;
        while !m.is_empty() {
            let (q, r) = divrem_mag(&m, &[CHUNK]);
            parts.push(*r.first().unwrap_or(&0));
            m = q;
        }
        let mut s = String::new();
        if self.neg {
            s.push('-');
        }
        s.push_str(&parts.last().expect("non-zero has a part").to_string());
        for p in parts.iter().rev().skip(1) {
            s.push_str(&format!("{p:018}"));
        }
        f.write_str(&s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(s: &str) -> BigInt {
        match s.strip_prefix('-') {
            Some(r) => BigInt::parse_literal(r).unwrap().neg(),
            None => BigInt::parse_literal(s).unwrap(),
        }
    }

    #[test]
    fn arithmetic() {
        let big = BigInt::from_i64(1).shl(100);
        assert_eq!(big.to_string(), "1267650600228229401496703205376");
        assert_eq!(big.shr(99).to_string(), "2");
        assert_eq!(b("0x_FF").to_string(), "255");
        assert_eq!(b("017").to_string(), "15");
        assert_eq!(b("1_000_000").mul(&b("1_000_000")).to_string(), "1000000000000");
        assert_eq!(b("-7").quo(&b("2")).unwrap().to_string(), "-3");
        assert_eq!(b("-7").rem(&b("2")).unwrap().to_string(), "-1");
        assert_eq!(b("-5").shr(1).to_string(), "-3");
        assert_eq!(b("-1").and(&b("0xff")).to_string(), "255");
        assert_eq!(b("5").not().to_string(), "-6");
        assert_eq!(b("5").and_not(&b("1")).to_string(), "4");
        assert_eq!(big.mul(&big).quo(&big).unwrap(), big);
        assert_eq!(b("-1").wrap(8, false).to_string(), "255");
        assert_eq!(b("255").wrap(8, true).to_string(), "-1");
        assert_eq!(BigInt::from_f64(1e20).unwrap().to_string(), "100000000000000000000");
        assert_eq!(b("-9223372036854775808").to_i64(), Some(i64::MIN));
    }
}
