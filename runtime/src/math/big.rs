//! `math/big`'s `Int`: arbitrary-precision integers (sign and magnitude in 32-bit limbs, Knuth's
//! algorithm D for division). `*big.Int` is a handle (`Clone` shares, `==` is identity); a
//! `big.Int` value is a live zero, the nil pointer is `Int::nil()`. Printing follows `Int.Format`.

use std::cmp::Ordering;
use std::sync::{Arc, Mutex, OnceLock};

use crate::fmt::State;
use crate::value::{Iface, panic_nil_deref};
use crate::{Any, Str};

/// Sign and magnitude (little-endian limbs, no leading zero limbs; zero is positive).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Num {
    neg: bool,
    mag: Vec<u32>,
}

fn trim(v: &mut Vec<u32>) {
    while v.last() == Some(&0) {
        v.pop();
    }
}

fn cmp_mag(a: &[u32], b: &[u32]) -> Ordering {
    a.len().cmp(&b.len()).then_with(|| a.iter().rev().cmp(b.iter().rev()))
}

fn add_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u64;
    for i in 0..a.len() {
        let s = a[i] as u64 + *b.get(i).unwrap_or(&0) as u64 + carry;
        out.push(s as u32);
        carry = s >> 32;
    }
    if carry != 0 {
        out.push(carry as u32);
    }
    out
}

/// `a - b` for `a >= b`.
fn sub_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = 0i64;
    for i in 0..a.len() {
        let mut d = a[i] as i64 - *b.get(i).unwrap_or(&0) as i64 - borrow;
        borrow = 0;
        if d < 0 {
            d += 1 << 32;
            borrow = 1;
        }
        out.push(d as u32);
    }
    trim(&mut out);
    out
}

fn mul_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let mut out = vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = x as u64 * y as u64 + out[i + j] as u64 + carry;
            out[i + j] = t as u32;
            carry = t >> 32;
        }
        out[i + b.len()] = carry as u32;
    }
    trim(&mut out);
    out
}

/// Quotient and remainder of a magnitude by one limb.
fn divrem_small(a: &[u32], d: u32) -> (Vec<u32>, u32) {
    let mut q = vec![0u32; a.len()];
    let mut r = 0u64;
    for i in (0..a.len()).rev() {
        let cur = (r << 32) | a[i] as u64;
        q[i] = (cur / d as u64) as u32;
        r = cur % d as u64;
    }
    trim(&mut q);
    (q, r as u32)
}

fn shl_mag(a: &[u32], n: usize) -> Vec<u32> {
    if a.is_empty() {
        return Vec::new();
    }
    let (limbs, bits) = (n / 32, n % 32);
    let mut out = vec![0u32; limbs];
    let mut carry = 0u32;
    for &x in a {
        out.push(if bits == 0 { x } else { (x << bits) | carry });
        carry = if bits == 0 { 0 } else { x >> (32 - bits) };
    }
    if carry != 0 {
        out.push(carry);
    }
    out
}

fn shr_mag(a: &[u32], n: usize) -> Vec<u32> {
    let (limbs, bits) = (n / 32, n % 32);
    if limbs >= a.len() {
        return Vec::new();
    }
    let src = &a[limbs..];
    let mut out = Vec::with_capacity(src.len());
    for i in 0..src.len() {
        let hi = if bits == 0 { 0 } else { src.get(i + 1).map_or(0, |&h| h << (32 - bits)) };
        out.push((src[i] >> bits) | hi);
    }
    trim(&mut out);
    out
}

/// Knuth's algorithm D (TAOCP 4.3.1): quotient and remainder of magnitudes, `b` non-zero.
fn divrem_mag(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    if cmp_mag(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let (q, r) = divrem_small(a, b[0]);
        let mut r = vec![r];
        trim(&mut r);
        return (q, r);
    }
    let s = b[b.len() - 1].leading_zeros() as usize;
    let v = shl_mag(b, s);
    let mut u = shl_mag(a, s);
    if u.len() == a.len() {
        u.push(0);
    }
    let (n, m) = (v.len(), u.len() - v.len());
    let mut q = vec![0u32; m];
    let (vh, vl) = (v[n - 1] as u64, v[n - 2] as u64);
    for j in (0..m).rev() {
        let num = ((u[j + n] as u64) << 32) | u[j + n - 1] as u64;
        let mut qhat = num / vh;
        let mut rhat = num % vh;
        while qhat >= 1 << 32 || qhat * vl > ((rhat << 32) | u[j + n - 2] as u64) {
            qhat -= 1;
            rhat += vh;
            if rhat >= 1 << 32 {
                break;
            }
        }
        let mut borrow = 0i64;
        let mut carry = 0u64;
        for i in 0..n {
            let p = qhat * v[i] as u64 + carry;
            carry = p >> 32;
            let t = u[i + j] as i64 - borrow - (p & 0xffff_ffff) as i64;
            u[i + j] = t as u32;
            borrow = if t < 0 { 1 } else { 0 };
        }
        let t = u[j + n] as i64 - borrow - carry as i64;
        u[j + n] = t as u32;
        if t < 0 {
            qhat -= 1;
            let mut c = 0u64;
            for i in 0..n {
                let s2 = u[i + j] as u64 + v[i] as u64 + c;
                u[i + j] = s2 as u32;
                c = s2 >> 32;
            }
            u[j + n] = u[j + n].wrapping_add(c as u32);
        }
        q[j] = qhat as u32;
    }
    trim(&mut q);
    u.truncate(n);
    trim(&mut u);
    (q, shr_mag(&u, s))
}

impl Num {
    fn new(neg: bool, mut mag: Vec<u32>) -> Num {
        trim(&mut mag);
        Num { neg: neg && !mag.is_empty(), mag }
    }
    fn from_u64(v: u64) -> Num {
        Num::new(false, vec![v as u32, (v >> 32) as u32])
    }
    fn from_i64(v: i64) -> Num {
        let mut n = Num::from_u64(v.unsigned_abs());
        n.neg = v < 0;
        n
    }
    fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }
    fn sign(&self) -> i64 {
        if self.is_zero() { 0 } else if self.neg { -1 } else { 1 }
    }
    fn low_u64(&self) -> u64 {
        self.mag.first().copied().unwrap_or(0) as u64 | (self.mag.get(1).copied().unwrap_or(0) as u64) << 32
    }
    fn bit_len(&self) -> usize {
        self.mag.last().map_or(0, |&h| self.mag.len() * 32 - h.leading_zeros() as usize)
    }
    fn add(&self, o: &Num) -> Num {
        if self.neg == o.neg {
            return Num::new(self.neg, add_mag(&self.mag, &o.mag));
        }
        match cmp_mag(&self.mag, &o.mag) {
            Ordering::Less => Num::new(o.neg, sub_mag(&o.mag, &self.mag)),
            _ => Num::new(self.neg, sub_mag(&self.mag, &o.mag)),
        }
    }
    fn neg(&self) -> Num {
        Num::new(!self.neg, self.mag.clone())
    }
    fn sub(&self, o: &Num) -> Num {
        self.add(&o.neg())
    }
    fn mul(&self, o: &Num) -> Num {
        Num::new(self.neg != o.neg, mul_mag(&self.mag, &o.mag))
    }
    /// Truncated division (Go's `QuoRem`).
    fn quo_rem(&self, o: &Num) -> (Num, Num) {
        if o.is_zero() {
            crate::go_panic(Any::from_value(Str::lit("division by zero")));
        }
        let (q, r) = divrem_mag(&self.mag, &o.mag);
        (Num::new(self.neg != o.neg, q), Num::new(self.neg, r))
    }
    /// Euclidean division (Go's `DivMod`: `0 <= m < |y|`).
    fn div_mod(&self, o: &Num) -> (Num, Num) {
        let (mut q, mut r) = self.quo_rem(o);
        if r.neg {
            if o.neg {
                q = q.add(&Num::from_i64(1));
                r = r.sub(o);
            } else {
                q = q.sub(&Num::from_i64(1));
                r = r.add(o);
            }
        }
        (q, r)
    }
    fn cmp(&self, o: &Num) -> Ordering {
        match (self.neg, o.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => cmp_mag(&self.mag, &o.mag),
            (true, true) => cmp_mag(&o.mag, &self.mag),
        }
    }
    fn text(&self, base: u32) -> String {
        if self.is_zero() {
            return "0".into();
        }
        let digits = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        // Peel off as many digits per division as fit in a limb.
        let mut per = 1;
        let mut chunk = base;
        while (chunk as u64) * (base as u64) <= u32::MAX as u64 {
            chunk *= base;
            per += 1;
        }
        let mut out = Vec::new();
        let mut mag = self.mag.clone();
        while !mag.is_empty() {
            let (q, mut r) = divrem_small(&mag, chunk);
            mag = q;
            for _ in 0..per {
                out.push(digits[(r % base) as usize]);
                r /= base;
                if mag.is_empty() && r == 0 {
                    break;
                }
            }
        }
        while out.len() > 1 && out.last() == Some(&b'0') {
            out.pop();
        }
        if self.neg {
            out.push(b'-');
        }
        out.reverse();
        String::from_utf8(out).unwrap_or_default()
    }
    /// Go's `SetString` syntax: optional sign, then digits of `base` (base 0: a `0x`/`0o`/`0b`/`0`
    /// prefix chooses it, and `_` may separate digits).
    fn parse(s: &str, base: i64) -> Option<Num> {
        let (neg, mut rest) = match s.as_bytes().first() {
            Some(b'-') => (true, &s[1..]),
            Some(b'+') => (false, &s[1..]),
            _ => (false, s),
        };
        let mut base = base as u32;
        let underscores = base == 0;
        if base == 0 {
            base = 10;
            let lower = rest.to_ascii_lowercase();
            for (p, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
                if lower.starts_with(p) {
                    base = b;
                    rest = &rest[2..];
                    break;
                }
            }
            if base == 10 && rest.len() > 1 && rest.starts_with('0') {
                base = 8;
                rest = &rest[1..];
            }
        }
        if !(2..=62).contains(&base) || rest.is_empty() {
            return None;
        }
        let mut mag = Vec::new();
        for c in rest.bytes() {
            if c == b'_' && underscores {
                continue;
            }
            let d = match c {
                b'0'..=b'9' => (c - b'0') as u32,
                b'a'..=b'z' => (c - b'a') as u32 + 10,
                b'A'..=b'Z' => (c - b'A') as u32 + if base <= 36 { 10 } else { 36 },
                _ => return None,
            };
            if d >= base {
                return None;
            }
            mag = add_mag(&mul_mag(&mag, &[base]), &[d]);
            trim(&mut mag);
        }
        Some(Num::new(neg, mag))
    }
}

/// Go's `*big.Int` (and `big.Int`: a value is a live handle).
#[derive(Clone)]
pub struct Int {
    inner: Arc<Mutex<Num>>,
}

impl Default for Int {
    fn default() -> Int {
        Int { inner: Arc::new(Mutex::new(Num::default())) }
    }
}

impl PartialEq for Int {
    fn eq(&self, o: &Int) -> bool {
        Arc::ptr_eq(&self.inner, &o.inner)
    }
}

/// `big.NewInt(x)`.
pub fn new_int(x: i64) -> Int {
    Int::of(Num::from_i64(x))
}

#[allow(non_snake_case)]
impl Int {
    fn of(n: Num) -> Int {
        Int { inner: Arc::new(Mutex::new(n)) }
    }
    /// Go's nil `*big.Int` (a sentinel handle: methods on it panic with Go's nil dereference).
    pub fn nil() -> Int {
        static NIL: OnceLock<Int> = OnceLock::new();
        NIL.get_or_init(Int::default).clone()
    }
    /// `x == nil`.
    pub fn is_nil(&self) -> bool {
        *self == Int::nil()
    }
    fn val(&self) -> Num {
        if self.is_nil() {
            panic_nil_deref();
        }
        self.inner.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
    /// Stores `n` and returns the receiver (Go's `z.Op(…)` returns `z`).
    fn put(&self, n: Num) -> Int {
        if self.is_nil() {
            panic_nil_deref();
        }
        *self.inner.lock().unwrap_or_else(|e| e.into_inner()) = n;
        self.clone()
    }
    /// `z.Set(x)`.
    pub fn set(&self, x: &Int) -> Int {
        self.put(x.val())
    }
    /// `z.SetInt64(x)`.
    pub fn set_int64(&self, x: i64) -> Int {
        self.put(Num::from_i64(x))
    }
    /// `z.SetUint64(x)`.
    pub fn set_uint64(&self, x: u64) -> Int {
        self.put(Num::from_u64(x))
    }
    /// `z.SetString(s, base)`: `(z, true)`, or `(nil, false)` when `s` is not a number.
    pub fn set_string(&self, s: &Str, base: i64) -> (Int, bool) {
        match Num::parse(&s.to_string_lossy(), base) {
            Some(n) => (self.put(n), true),
            None => (Int::nil(), false),
        }
    }
    /// `z.Add(x, y)`.
    pub fn add(&self, x: &Int, y: &Int) -> Int {
        self.put(x.val().add(&y.val()))
    }
    /// `z.Sub(x, y)`.
    pub fn sub(&self, x: &Int, y: &Int) -> Int {
        self.put(x.val().sub(&y.val()))
    }
    /// `z.Mul(x, y)`.
    pub fn mul(&self, x: &Int, y: &Int) -> Int {
        self.put(x.val().mul(&y.val()))
    }
    /// `z.Quo(x, y)`: truncated division.
    pub fn quo(&self, x: &Int, y: &Int) -> Int {
        self.put(x.val().quo_rem(&y.val()).0)
    }
    /// `z.Rem(x, y)`: the remainder of truncated division (sign of `x`).
    pub fn rem(&self, x: &Int, y: &Int) -> Int {
        self.put(x.val().quo_rem(&y.val()).1)
    }
    /// `z.QuoRem(x, y, r)`.
    pub fn quo_rem(&self, x: &Int, y: &Int, r: &Int) -> (Int, Int) {
        let (q, m) = x.val().quo_rem(&y.val());
        (self.put(q), r.put(m))
    }
    /// `z.Div(x, y)`: Euclidean division.
    pub fn div(&self, x: &Int, y: &Int) -> Int {
        self.put(x.val().div_mod(&y.val()).0)
    }
    /// `z.Mod(x, y)`: Euclidean modulus (`0 <= z < |y|`).
    pub fn r#mod(&self, x: &Int, y: &Int) -> Int {
        self.put(x.val().div_mod(&y.val()).1)
    }
    /// `z.DivMod(x, y, m)`.
    pub fn div_mod(&self, x: &Int, y: &Int, m: &Int) -> (Int, Int) {
        let (q, r) = x.val().div_mod(&y.val());
        (self.put(q), m.put(r))
    }
    /// `z.Exp(x, y, m)`: `x**y mod |m|` (no modulus when `m` is nil or 0; `y <= 0` gives 1).
    pub fn exp(&self, x: &Int, y: &Int, m: &Int) -> Int {
        let (mut base, e) = (x.val(), y.val());
        let modulus = if m.is_nil() { None } else { Some(m.val()).filter(|m| !m.is_zero()) };
        let reduce = |n: Num| match &modulus {
            Some(md) => n.div_mod(&Num::new(false, md.mag.clone())).1,
            None => n,
        };
        let mut acc = Num::from_i64(1);
        if e.neg {
            return self.put(reduce(acc));
        }
        base = reduce(base);
        for i in 0..e.bit_len() {
            if e.mag[i / 32] >> (i % 32) & 1 == 1 {
                acc = reduce(acc.mul(&base));
            }
            if i + 1 < e.bit_len() {
                base = reduce(base.mul(&base));
            }
        }
        self.put(reduce(acc))
    }
    /// `z.Neg(x)`.
    pub fn neg(&self, x: &Int) -> Int {
        self.put(x.val().neg())
    }
    /// `z.Abs(x)`.
    pub fn abs(&self, x: &Int) -> Int {
        self.put(Num::new(false, x.val().mag))
    }
    /// `z.Lsh(x, n)`.
    pub fn lsh(&self, x: &Int, n: u64) -> Int {
        let v = x.val();
        self.put(Num::new(v.neg, shl_mag(&v.mag, n as usize)))
    }
    /// `z.Rsh(x, n)`: an arithmetic shift (rounds toward negative infinity).
    pub fn rsh(&self, x: &Int, n: u64) -> Int {
        let v = x.val();
        if v.neg {
            // -((|x| - 1) >> n) - 1
            let t = sub_mag(&v.mag, &[1]);
            return self.put(Num::new(true, add_mag(&shr_mag(&t, n as usize), &[1])));
        }
        self.put(Num::new(false, shr_mag(&v.mag, n as usize)))
    }
    /// `z.Sqrt(x)`: ⌊√x⌋ (Go panics for negative `x`).
    pub fn sqrt(&self, x: &Int) -> Int {
        let v = x.val();
        if v.neg {
            crate::go_panic(Any::from_value(Str::lit("square root of negative number")));
        }
        if v.is_zero() {
            return self.put(v);
        }
        // Newton's iteration from above: 2^⌈bits/2⌉ ≥ √x.
        let mut r = Num::new(false, shl_mag(&[1], v.bit_len().div_ceil(2)));
        loop {
            let next = Num::new(false, shr_mag(&add_mag(&r.mag, &divrem_mag(&v.mag, &r.mag).0), 1));
            if next.cmp(&r) != Ordering::Less {
                return self.put(r);
            }
            r = next;
        }
    }
    /// `z.GCD(x, y, a, b)`: the greatest common divisor of `a` and `b` (x, y: Bézout
    /// coefficients, when not nil).
    pub fn gcd(&self, x: &Int, y: &Int, a: &Int, b: &Int) -> Int {
        let (a0, b0) = (a.val(), b.val());
        // Extended Euclid on the values: old_r = a0*old_s + b0*old_t.
        let (mut old_r, mut r) = (a0.clone(), b0.clone());
        let (mut old_s, mut s) = (Num::from_i64(1), Num::default());
        let (mut old_t, mut t) = (Num::default(), Num::from_i64(1));
        while !r.is_zero() {
            let q = old_r.quo_rem(&r).0;
            (old_r, r) = (r.clone(), old_r.sub(&q.mul(&r)));
            (old_s, s) = (s.clone(), old_s.sub(&q.mul(&s)));
            (old_t, t) = (t.clone(), old_t.sub(&q.mul(&t)));
        }
        if old_r.neg {
            old_r = old_r.neg();
            old_s = old_s.neg();
            old_t = old_t.neg();
        }
        if !x.is_nil() {
            x.put(old_s);
        }
        if !y.is_nil() {
            y.put(old_t);
        }
        self.put(old_r)
    }
    /// `z.MulRange(a, b)`: the product of the integers in `[a, b]` (1 when empty).
    pub fn mul_range(&self, a: i64, b: i64) -> Int {
        if a > b {
            return self.put(Num::from_i64(1));
        }
        if a <= 0 && b >= 0 {
            return self.put(Num::default());
        }
        let mut acc = Num::from_i64(1);
        for i in a..=b {
            acc = acc.mul(&Num::from_i64(i));
        }
        self.put(acc)
    }
    /// `x.Cmp(y)`: -1, 0 or +1.
    pub fn cmp(&self, y: &Int) -> i64 {
        self.val().cmp(&y.val()) as i64
    }
    /// `x.CmpAbs(y)`.
    pub fn cmp_abs(&self, y: &Int) -> i64 {
        cmp_mag(&self.val().mag, &y.val().mag) as i64
    }
    /// `x.Sign()`.
    pub fn sign(&self) -> i64 {
        self.val().sign()
    }
    /// `x.Int64()`: the low 64 bits as two's complement.
    pub fn int64(&self) -> i64 {
        let v = self.val();
        let low = v.low_u64() as i64;
        if v.neg { low.wrapping_neg() } else { low }
    }
    /// `x.Uint64()`.
    pub fn uint64(&self) -> u64 {
        self.int64() as u64
    }
    /// `x.IsInt64()`.
    pub fn is_int64(&self) -> bool {
        let v = self.val();
        let bits = v.bit_len();
        bits <= 63 || (v.neg && bits == 64 && v.low_u64() == 1 << 63)
    }
    /// `x.IsUint64()`.
    pub fn is_uint64(&self) -> bool {
        let v = self.val();
        !v.neg && v.bit_len() <= 64
    }
    /// `x.BitLen()`.
    pub fn bit_len(&self) -> i64 {
        self.val().bit_len() as i64
    }
    /// `x.Bit(i)`: bit `i` of `|x|`'s two's complement for non-negative `x` (the magnitude's
    /// for negative ones is not Go's; rarely asked).
    pub fn bit(&self, i: i64) -> u64 {
        let v = self.val();
        let i = i as usize;
        v.mag.get(i / 32).map_or(0, |&l| (l >> (i % 32)) as u64 & 1)
    }
    /// `x.ProbablyPrime(n)`: Miller–Rabin with the first prime bases (exact below 2⁶⁴, as Go's).
    pub fn probably_prime(&self, n: i64) -> bool {
        if n < 0 {
            crate::go_panic(Any::from_value(Str::lit("negative n for ProbablyPrime")));
        }
        let v = self.val();
        if v.neg || v.mag.len() == 1 && v.mag[0] < 2 {
            return false;
        }
        let small = [2u32, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53];
        for &p in &small {
            let (_, r) = divrem_small(&v.mag, p);
            if r == 0 {
                return v.mag == [p];
            }
        }
        let one = Num::from_i64(1);
        let nm1 = v.sub(&one);
        let mut d = nm1.clone();
        let mut s = 0;
        while d.mag.first().is_some_and(|l| l & 1 == 0) {
            d = Num::new(false, shr_mag(&d.mag, 1));
            s += 1;
        }
        let modp = |a: &Num| a.div_mod(&v).1;
        'bases: for &a in &small[..12] {
            let mut x = Num::from_i64(1);
            let mut b = Num::from_i64(a as i64);
            for i in 0..d.bit_len() {
                if d.mag[i / 32] >> (i % 32) & 1 == 1 {
                    x = modp(&x.mul(&b));
                }
                b = modp(&b.mul(&b));
            }
            if x == one || x == nm1 {
                continue;
            }
            for _ in 1..s {
                x = modp(&x.mul(&x));
                if x == nm1 {
                    continue 'bases;
                }
            }
            return false;
        }
        true
    }
    /// `x.Text(base)` (lowercase digits; `<nil>` for a nil `x`).
    pub fn text(&self, base: i64) -> Str {
        if self.is_nil() {
            return Str::lit("<nil>");
        }
        Str::from_vec(self.val().text(base as u32).into_bytes())
    }
    /// `x.String()`.
    pub fn string(&self) -> Str {
        self.text(10)
    }
}

impl crate::value::Stringer for Int {
    fn String(&self) -> Str {
        self.string()
    }
}

/// Go's `(*Int).Format`: `%b %o %O %d %x %X %s %v` with `+`, space, `#` (prefixes), precision
/// (minimum digits), width and padding.
impl crate::fmt::Formatter for Int {
    fn Format(&self, s: Iface<dyn State>, ch: i32) {
        let ch = char::from_u32(ch as u32).unwrap_or('?');
        let base = match ch {
            'b' => 2,
            'o' | 'O' => 8,
            'd' | 's' | 'v' => 10,
            'x' | 'X' => 16,
            _ => {
                let text = format!("%!{ch}(big.Int={})", self.text(10));
                s.Write(&crate::Slice::from_vec(text.into_bytes()));
                return;
            }
        };
        if self.is_nil() {
            s.Write(&crate::Slice::from_vec(b"<nil>".to_vec()));
            return;
        }
        let v = self.val();
        let sign = if v.neg { "-" } else if s.Flag('+' as i64) { "+" } else if s.Flag(' ' as i64) { " " } else { "" };
        let prefix = match (ch, s.Flag('#' as i64)) {
            ('b', true) => "0b",
            ('o', true) => "0",
            ('x', true) => "0x",
            ('X', true) => "0X",
            ('O', _) => "0o",
            _ => "",
        };
        let mut digits = Num::new(false, v.mag.clone()).text(base);
        if ch == 'X' {
            digits = digits.to_uppercase();
        }
        let mut zeros = 0usize;
        if let (p, true) = s.Precision() {
            let p = p as usize;
            if digits.len() < p {
                zeros = p - digits.len();
            } else if digits == "0" && p == 0 {
                return;
            }
        }
        let length = sign.len() + prefix.len() + zeros + digits.len();
        let mut out = String::new();
        let pad = if let (w, true) = s.Width() { (w as usize).saturating_sub(length) } else { 0 };
        if pad > 0 && s.Flag('-' as i64) {
            out.push_str(sign);
            out.push_str(prefix);
            out.push_str(&"0".repeat(zeros));
            out.push_str(&digits);
            out.push_str(&" ".repeat(pad));
        } else if pad > 0 && s.Flag('0' as i64) && s.Precision().1 == false {
            out.push_str(sign);
            out.push_str(prefix);
            out.push_str(&"0".repeat(pad + zeros));
            out.push_str(&digits);
        } else {
            out.push_str(&" ".repeat(pad));
            out.push_str(sign);
            out.push_str(prefix);
            out.push_str(&"0".repeat(zeros));
            out.push_str(&digits);
        }
        s.Write(&crate::Slice::from_vec(out.into_bytes()));
    }
}

impl crate::value::GoValue for Int {
    fn kind(&self) -> crate::value::Kind {
        crate::value::Kind::Ptr
    }
    fn fmt_value(&self, p: &mut crate::fmt::Printer, verb: char) {
        p.fmt_pointer(self, crate::value::GoValue::addr(self), verb)
    }
    fn eq_dyn(&self, other: &dyn crate::value::GoValue) -> bool {
        crate::value::eq_by(self, other)
    }
    fn hash_dyn(&self, state: &mut dyn std::hash::Hasher) {
        state.write_usize(crate::value::GoValue::addr(self))
    }
    fn addr(&self) -> usize {
        if self.is_nil() { 0 } else { Arc::as_ptr(&self.inner) as *const u8 as usize }
    }
    fn as_stringer(&self) -> Option<&dyn crate::value::Stringer> {
        Some(self)
    }
    fn into_stringer(self: Arc<Self>) -> Option<Arc<dyn crate::value::Stringer>> {
        Some(self)
    }
    fn as_formatter(&self) -> Option<&dyn crate::fmt::Formatter> {
        Some(self)
    }
    fn go_zero() -> Option<Self> {
        Some(Int::nil())
    }
    fn go_type_name() -> String {
        "*big.Int".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Algorithm D against its definition: `a = q*b + r`, `r < b`, over operands whose top
    /// limbs make the quotient estimate overshoot (all-ones, powers of two, near-equal limbs).
    #[test]
    fn divrem_is_division() {
        let mut seed = 0x9e3779b97f4a7c15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let limb = |r: u64| match r % 4 {
            0 => u32::MAX,
            1 => 1 << (r % 32),
            2 => 0x8000_0000 | (r >> 40) as u32,
            _ => (r >> 20) as u32,
        };
        for _ in 0..2000 {
            let (la, lb) = (1 + next() % 8, 1 + next() % 5);
            let mut a: Vec<u32> = (0..la).map(|_| limb(next())).collect();
            let mut b: Vec<u32> = (0..lb).map(|_| limb(next())).collect();
            trim(&mut a);
            trim(&mut b);
            if b.is_empty() {
                continue;
            }
            let (q, r) = divrem_mag(&a, &b);
            assert_eq!(cmp_mag(&r, &b), Ordering::Less, "{a:?} / {b:?}");
            let mut back = add_mag(&mul_mag(&q, &b), &r);
            trim(&mut back);
            assert_eq!(back, a, "{a:?} / {b:?}");
        }
    }

    #[test]
    fn text_and_parse_round_trip() {
        for s in ["0", "-1", "4294967296", "18446744073709551616", "-340282366920938463463374607431768211455"] {
            let n = Num::parse(s, 10).expect(s);
            assert_eq!(n.text(10), s);
            assert_eq!(Num::parse(&n.text(16), 16), Some(n.clone()));
        }
    }
}
