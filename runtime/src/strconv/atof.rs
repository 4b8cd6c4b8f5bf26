//! Go's `strconv.ParseFloat`: Go's float literal syntax (decimal and hex, underscores,
//! `Inf`/`Infinity`/`NaN`), correctly rounded, with Go's range errors (±Inf + `ErrRange`).

use super::{range_error, syntax_error, underscore_ok};
use crate::value::Error;

const FUNC: &str = "ParseFloat";

fn special(s: &[u8]) -> Option<f64> {
    let (sign, body) = match s.first() {
        Some(b'+') => (1.0, &s[1..]),
        Some(b'-') => (-1.0, &s[1..]),
        _ => (1.0, s),
    };
    let lower: Vec<u8> = body.iter().map(|c| c.to_ascii_lowercase()).collect();
    match lower.as_slice() {
        b"inf" | b"infinity" => Some(sign * f64::INFINITY),
        b"nan" if body.len() == s.len() => Some(f64::NAN),
        _ => None,
    }
}

/// Checks Go's decimal float syntax; returns the digits with underscores removed.
fn decimal_syntax(s: &[u8]) -> Option<String> {
    let mut i = 0;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        i += 1;
    }
    let mut digits = 0;
    let mut seen_dot = false;
    while i < s.len() {
        match s[i] {
            b'0'..=b'9' => digits += 1,
            b'_' => {}
            b'.' if !seen_dot => seen_dot = true,
            _ => break,
        }
        i += 1;
    }
    if digits == 0 {
        return None;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        i += 1;
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    if i != s.len() {
        return None;
    }
    if s.contains(&b'_') && !underscore_ok(s) {
        return None;
    }
    Some(s.iter().filter(|&&c| c != b'_').map(|&c| c as char).collect())
}

fn hex_float(s: &[u8]) -> Option<f64> {
    let (neg, mut b) = match s.first() {
        Some(b'+') => (false, &s[1..]),
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    if b.len() < 2 || b[0] != b'0' || (b[1] | 0x20) != b'x' {
        return None;
    }
    if s.contains(&b'_') && !underscore_ok(s) {
        return None;
    }
    b = &b[2..];
    let mut mant: u64 = 0;
    let mut exp: i64 = 0;
    let mut digits = 0;
    let mut seen_dot = false;
    let mut sticky = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'_' {
            i += 1;
            continue;
        }
        if c == b'.' && !seen_dot {
            seen_dot = true;
            i += 1;
            continue;
        }
        let Some(d) = (c as char).to_digit(16) else { break };
        digits += 1;
        if mant >> 60 == 0 {
            mant = mant << 4 | d as u64;
            if seen_dot {
                exp -= 4;
            }
        } else {
            sticky |= d != 0;
            if !seen_dot {
                exp += 4;
            }
        }
        i += 1;
    }
    if digits == 0 || i >= b.len() || (b[i] | 0x20) != b'p' {
        return None;
    }
    i += 1;
    let (esign, rest) = match b.get(i) {
        Some(b'+') => (1, &b[i + 1..]),
        Some(b'-') => (-1, &b[i + 1..]),
        _ => (1, &b[i..]),
    };
    let rest: Vec<u8> = rest.iter().copied().filter(|&c| c != b'_').collect();
    if rest.is_empty() || !rest.iter().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let e: i64 = std::str::from_utf8(&rest).ok()?.parse::<i64>().unwrap_or(100_000).min(100_000);
    exp += esign * e;
    if sticky {
        mant |= 1;
    }
    // mant * 2^exp, rounded once: scale into [2^52, 2^64) range then let the FPU round.
    let mut v = mant as f64;
    // `mant as f64` rounds to nearest-even once; the power-of-two scaling below is exact
    // unless it under/overflows.
    let mut e2 = exp;
    while e2 > 0 {
        let step = e2.min(1000);
        v *= 2f64.powi(step as i32);
        e2 -= step;
    }
    while e2 < 0 {
        let step = (-e2).min(1000);
        v /= 2f64.powi(step as i32);
        e2 += step;
    }
    Some(if neg { -v } else { v })
}

pub(super) fn parse_float(s: &[u8], bit_size: i64) -> (f64, Error) {
    if let Some(v) = special(s) {
        return (v, Error::nil());
    }
    let v = if let Some(h) = hex_float(s) {
        if bit_size == 32 { h as f32 as f64 } else { h }
    } else {
        let Some(clean) = decimal_syntax(s) else { return (0.0, syntax_error(FUNC, s)) };
        if bit_size == 32 {
            clean.parse::<f32>().map(|f| f as f64).unwrap_or(f64::NAN)
        } else {
            clean.parse::<f64>().unwrap_or(f64::NAN)
        }
    };
    if v.is_nan() {
        return (0.0, syntax_error(FUNC, s));
    }
    if v.is_infinite() {
        return (v, range_error(FUNC, s));
    }
    (v, Error::nil())
}
