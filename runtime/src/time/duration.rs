//! Go's `time.Duration`: nanoseconds as `i64`, Go's arithmetic, `String()` and `ParseDuration`.

use crate::value::Str;
use std::ops::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Neg, Rem, Sub, SubAssign};

/// Go's `time.Duration`: a signed count of nanoseconds.
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Duration(pub i64);

pub const NANOSECOND: Duration = Duration(1);
pub const MICROSECOND: Duration = Duration(1_000);
pub const MILLISECOND: Duration = Duration(1_000_000);
pub const SECOND: Duration = Duration(1_000_000_000);
pub const MINUTE: Duration = Duration(60_000_000_000);
pub const HOUR: Duration = Duration(3_600_000_000_000);

impl Duration {
    pub const NANOSECOND: Duration = NANOSECOND;
    pub const MICROSECOND: Duration = MICROSECOND;
    pub const MILLISECOND: Duration = MILLISECOND;
    pub const SECOND: Duration = SECOND;
    pub const MINUTE: Duration = MINUTE;
    pub const HOUR: Duration = HOUR;

    /// Go's `d.String()`: `1.5s`, `2m0s`, `100ms`, `1µs`, `-1h30m0s`, `0s`.
    pub fn string(&self) -> Str {
        Str::from(self.text())
    }

    /// [`Duration::string`] as a Rust `String`.
    pub fn text(&self) -> String {
        let mut buf: Vec<u8> = Vec::with_capacity(32); // built back to front, reversed at the end
        let neg = self.0 < 0;
        let mut u = self.0.unsigned_abs();
        if u < SECOND.0 as u64 {
            buf.push(b's');
            let prec;
            if u == 0 {
                return "0s".to_string();
            } else if u < MICROSECOND.0 as u64 {
                prec = 0;
                buf.push(b'n');
            } else if u < MILLISECOND.0 as u64 {
                prec = 3;
                // 'µ' (U+00B5) is 0xC2 0xB5, pushed in reverse.
                buf.push(0xB5);
                buf.push(0xC2);
            } else {
                prec = 6;
                buf.push(b'm');
            }
            u = fmt_frac(&mut buf, u, prec);
            fmt_int(&mut buf, u);
        } else {
            buf.push(b's');
            u = fmt_frac(&mut buf, u, 9);
            fmt_int(&mut buf, u % 60);
            u /= 60;
            if u > 0 {
                buf.push(b'm');
                fmt_int(&mut buf, u % 60);
                u /= 60;
                if u > 0 {
                    buf.push(b'h');
                    fmt_int(&mut buf, u);
                }
            }
        }
        if neg {
            buf.push(b'-');
        }
        buf.reverse();
        String::from_utf8(buf).expect("duration text is ASCII plus µ")
    }

    /// Go's `d.Nanoseconds()`.
    pub fn nanoseconds(&self) -> i64 {
        self.0
    }
    /// Go's `d.Microseconds()`.
    pub fn microseconds(&self) -> i64 {
        self.0 / 1_000
    }
    /// Go's `d.Milliseconds()`.
    pub fn milliseconds(&self) -> i64 {
        self.0 / 1_000_000
    }
    /// Go's `d.Seconds()`.
    pub fn seconds(&self) -> f64 {
        let sec = self.0 / SECOND.0;
        let nsec = self.0 % SECOND.0;
        sec as f64 + nsec as f64 / 1e9
    }
    /// Go's `d.Minutes()`.
    pub fn minutes(&self) -> f64 {
        let min = self.0 / MINUTE.0;
        let nsec = self.0 % MINUTE.0;
        min as f64 + nsec as f64 / (60.0 * 1e9)
    }
    /// Go's `d.Hours()`.
    pub fn hours(&self) -> f64 {
        let hour = self.0 / HOUR.0;
        let nsec = self.0 % HOUR.0;
        hour as f64 + nsec as f64 / (60.0 * 60.0 * 1e9)
    }
    /// Go's `d.Truncate(m)`.
    pub fn truncate(&self, m: Duration) -> Duration {
        if m.0 <= 0 { *self } else { Duration(self.0 - self.0 % m.0) }
    }
    /// Go's `d.Round(m)`: halfway values round away from zero; saturates on overflow.
    pub fn round(&self, m: Duration) -> Duration {
        if m.0 <= 0 {
            return *self;
        }
        let mut r = self.0 % m.0;
        if self.0 < 0 {
            r = -r;
            if r + r < m.0 {
                return Duration(self.0 + r);
            }
            match (self.0 - m.0).checked_add(r) {
                Some(d1) if d1 < self.0 => Duration(d1),
                _ => Duration(i64::MIN),
            }
        } else {
            if r + r < m.0 {
                return Duration(self.0 - r);
            }
            match (self.0 + m.0).checked_sub(r) {
                Some(d1) if d1 > self.0 => Duration(d1),
                _ => Duration(i64::MAX),
            }
        }
    }
    /// Go's `d.Abs()` (`math.MinInt64` maps to `math.MaxInt64`).
    pub fn abs(&self) -> Duration {
        if self.0 >= 0 {
            *self
        } else if self.0 == i64::MIN {
            Duration(i64::MAX)
        } else {
            Duration(-self.0)
        }
    }
    /// As a `std::time::Duration` (negative is zero).
    pub fn to_std(self) -> std::time::Duration {
        std::time::Duration::from_nanos(self.0.max(0) as u64)
    }
    /// From a `std::time::Duration`, saturating.
    pub fn from_std(d: std::time::Duration) -> Duration {
        Duration(i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
    }
}

impl std::fmt::Display for Duration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text())
    }
}

/// Writes the fraction of `v / 10**prec` (trailing zeros dropped, with the dot) reversed into
/// `buf`; returns the integer part. Go's `fmtFrac`.
fn fmt_frac(buf: &mut Vec<u8>, mut v: u64, prec: usize) -> u64 {
    let mut print = false;
    for _ in 0..prec {
        let digit = (v % 10) as u8;
        print = print || digit != 0;
        if print {
            buf.push(digit + b'0');
        }
        v /= 10;
    }
    if print {
        buf.push(b'.');
    }
    v
}

/// Writes `v` in decimal reversed into `buf`. Go's `fmtInt`.
fn fmt_int(buf: &mut Vec<u8>, mut v: u64) {
    if v == 0 {
        buf.push(b'0');
    } else {
        while v > 0 {
            buf.push((v % 10) as u8 + b'0');
            v /= 10;
        }
    }
}

macro_rules! ops {
    ($($tr:ident $m:ident $atr:ident $am:ident $f:ident;)*) => {$(
        impl $tr for Duration {
            type Output = Duration;
            fn $m(self, o: Duration) -> Duration {
                Duration(self.0.$f(o.0))
            }
        }
        impl $tr<i64> for Duration {
            type Output = Duration;
            fn $m(self, o: i64) -> Duration {
                Duration(self.0.$f(o))
            }
        }
        impl $atr for Duration {
            fn $am(&mut self, o: Duration) {
                self.0 = self.0.$f(o.0)
            }
        }
    )*};
}

ops! {
    Add add AddAssign add_assign wrapping_add;
    Sub sub SubAssign sub_assign wrapping_sub;
    Mul mul MulAssign mul_assign wrapping_mul;
}

impl Div for Duration {
    type Output = Duration;
    fn div(self, o: Duration) -> Duration {
        if o.0 == 0 {
            crate::value::panic_divide()
        }
        Duration(self.0.wrapping_div(o.0))
    }
}

impl Div<i64> for Duration {
    type Output = Duration;
    fn div(self, o: i64) -> Duration {
        self / Duration(o)
    }
}

impl DivAssign for Duration {
    fn div_assign(&mut self, o: Duration) {
        *self = *self / o
    }
}

impl Rem for Duration {
    type Output = Duration;
    fn rem(self, o: Duration) -> Duration {
        if o.0 == 0 {
            crate::value::panic_divide()
        }
        Duration(self.0.wrapping_rem(o.0))
    }
}

impl Neg for Duration {
    type Output = Duration;
    fn neg(self) -> Duration {
        Duration(self.0.wrapping_neg())
    }
}

impl From<i64> for Duration {
    fn from(n: i64) -> Duration {
        Duration(n)
    }
}

impl From<Duration> for i64 {
    fn from(d: Duration) -> i64 {
        d.0
    }
}

/// Go's `time.quote` (the quoting of `ParseDuration` and `Parse` errors): in double quotes,
/// `"` and `\\` backslashed, and every byte of a non-ASCII or control character as `\xhh`.
pub(super) fn quote(s: &[u8]) -> Vec<u8> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(s.len() + 2);
    out.push(b'"');
    for &c in s {
        if !(b' '..0x80).contains(&c) {
            out.extend_from_slice(&[b'\\', b'x', HEX[(c >> 4) as usize], HEX[(c & 0xf) as usize]]);
        } else {
            if c == b'"' || c == b'\\' {
                out.push(b'\\');
            }
            out.push(c);
        }
    }
    out.push(b'"');
    out
}

/// [`quote`] as a `String` (its output is ASCII).
fn quote_str(s: &[u8]) -> String {
    String::from_utf8_lossy(&quote(s)).into_owned()
}

/// Go's `time.ParseDuration`, error as Go's text (`time: invalid duration "x"`).
pub fn parse_duration_text(orig: &str) -> Result<Duration, String> {
    let invalid = || format!("time: invalid duration {}", quote_str(orig.as_bytes()));
    let mut s = orig.as_bytes();
    let mut d: u64 = 0;
    let mut neg = false;
    if let Some(&c) = s.first() {
        if c == b'-' || c == b'+' {
            neg = c == b'-';
            s = &s[1..];
        }
    }
    if s == b"0" {
        return Ok(Duration(0));
    }
    if s.is_empty() {
        return Err(invalid());
    }
    while !s.is_empty() {
        let mut f: u64 = 0;
        let mut scale: f64 = 1.0;
        if !(s[0] == b'.' || s[0].is_ascii_digit()) {
            return Err(invalid());
        }
        let pl = s.len();
        let (v, rest) = leading_int(s).ok_or_else(invalid)?;
        let mut v = v;
        s = rest;
        let pre = pl != s.len();
        let mut post = false;
        if s.first() == Some(&b'.') {
            s = &s[1..];
            let pl = s.len();
            let (ff, sc, rest) = leading_fraction(s);
            f = ff;
            scale = sc;
            s = rest;
            post = pl != s.len();
        }
        if !pre && !post {
            return Err(invalid());
        }
        let i = s.iter().position(|&c| c == b'.' || c.is_ascii_digit()).unwrap_or(s.len());
        if i == 0 {
            return Err(format!("time: missing unit in duration {}", quote_str(orig.as_bytes())));
        }
        let u = &s[..i];
        s = &s[i..];
        let unit: u64 = match u {
            b"ns" => 1,
            b"us" | b"\xc2\xb5s" | b"\xce\xbcs" => 1_000,
            b"ms" => 1_000_000,
            b"s" => 1_000_000_000,
            b"m" => 60_000_000_000,
            b"h" => 3_600_000_000_000,
            _ => {
                return Err(format!("time: unknown unit {} in duration {}", quote_str(u), quote_str(orig.as_bytes())));
            }
        };
        if v > (1u64 << 63) / unit {
            return Err(invalid());
        }
        v *= unit;
        if f > 0 {
            v += (f as f64 * (unit as f64 / scale)) as u64;
            if v > 1 << 63 {
                return Err(invalid());
            }
        }
        d += v;
        if d > 1 << 63 {
            return Err(invalid());
        }
    }
    if neg {
        return Ok(Duration((d as i64).wrapping_neg()));
    }
    if d > (1 << 63) - 1 {
        return Err(invalid());
    }
    Ok(Duration(d as i64))
}

/// Go's `leadingInt`: the leading `[0-9]*` of `s` and the rest; `None` past `1 << 63`.
pub(super) fn leading_int(s: &[u8]) -> Option<(u64, &[u8])> {
    let mut i = 0;
    let mut x: u64 = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        if x > (1 << 63) / 10 {
            return None;
        }
        x = x * 10 + (s[i] - b'0') as u64;
        if x > 1 << 63 {
            return None;
        }
        i += 1;
    }
    Some((x, &s[i..]))
}

fn leading_fraction(s: &[u8]) -> (u64, f64, &[u8]) {
    let mut i = 0;
    let mut x: u64 = 0;
    let mut scale = 1.0;
    let mut overflow = false;
    while i < s.len() && s[i].is_ascii_digit() {
        if !overflow {
            if x > ((1u64 << 63) - 1) / 10 {
                overflow = true;
            } else {
                let y = x * 10 + (s[i] - b'0') as u64;
                if y > 1 << 63 {
                    overflow = true;
                } else {
                    x = y;
                    scale *= 10.0;
                }
            }
        }
        i += 1;
    }
    (x, scale, &s[i..])
}

/// `10 * time.Millisecond` (an untyped constant times a Duration).
impl Mul<Duration> for i64 {
    type Output = Duration;
    fn mul(self, d: Duration) -> Duration {
        Duration(self.wrapping_mul(d.0))
    }
}
