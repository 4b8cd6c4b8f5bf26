//! Go's float formatting (`strconv.FormatFloat`, a port of `fmtEFG`, `fmtB`, `fmtX`). Decimal
//! digits come from Rust's exact formatting (shortest round-trip for `prec < 0`, correctly
//! rounded half-to-even for a fixed precision), which are the digits Go computes.

/// A decimal digit string: value = 0.d₁d₂… × 10^dp, no trailing zeros.
struct Digits {
    d: Vec<u8>,
    dp: isize,
}

fn from_exp_form(s: &str) -> Digits {
    // "d.ddde±x" as Rust prints with `{:e}`.
    let (mant, exp) = s.split_once('e').expect("exponent form");
    let exp: isize = exp.parse().expect("exponent");
    let mut d: Vec<u8> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        return Digits { d, dp: 0 };
    }
    Digits { d, dp: exp + 1 }
}

fn from_fixed_form(s: &str) -> Digits {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let mut d: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
    let mut dp = int.len() as isize;
    let lead = d.iter().take_while(|&&c| c == b'0').count();
    d.drain(..lead);
    dp -= lead as isize;
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        dp = 0;
    }
    Digits { d, dp }
}

/// `strconv.FormatFloat(v, fmt, prec, bitSize)` as bytes.
pub(crate) fn format_float_bytes(v: f64, fmt: u8, prec: isize, bits: u32) -> Vec<u8> {
    let v = if bits == 32 { v as f32 as f64 } else { v };
    if v.is_nan() {
        return b"NaN".to_vec();
    }
    if v.is_infinite() {
        return if v < 0.0 { b"-Inf".to_vec() } else { b"+Inf".to_vec() };
    }
    let neg = v.is_sign_negative();
    match fmt {
        b'b' => return fmt_b(v, neg, bits),
        b'x' | b'X' => return fmt_x(v, prec, fmt, neg, bits),
        _ => {}
    }
    let a = v.abs();
    if a == 0.0 {
        return fmt_efg(neg, &[], 0, prec, fmt, prec < 0);
    }
    if prec < 0 {
        let s = if bits == 32 { format!("{:e}", a as f32) } else { format!("{a:e}") };
        let dg = from_exp_form(&s);
        let nd = dg.d.len() as isize;
        let prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - dg.dp).max(0),
            _ => nd,
        };
        return fmt_efg(neg, &dg.d, dg.dp, prec, fmt, true);
    }
    let mut prec = prec;
    let dg = match fmt {
        b'e' | b'E' => from_exp_form(&format!("{:.*e}", prec as usize, a)),
        b'f' => from_fixed_form(&format!("{:.*}", prec as usize, a)),
        b'g' | b'G' => {
            if prec == 0 {
                prec = 1;
            }
            from_exp_form(&format!("{:.*e}", prec as usize - 1, a))
        }
        _ => Digits { d: Vec::new(), dp: 0 },
    };
    fmt_efg(neg, &dg.d, dg.dp, prec, fmt, false)
}

fn fmt_efg(neg: bool, s: &[u8], dp: isize, mut prec: isize, mut fmt: u8, shortest: bool) -> Vec<u8> {
    let nd = s.len() as isize;
    let mut dst = Vec::with_capacity(24);
    if fmt == b'g' || fmt == b'G' {
        let mut eprec = prec;
        if eprec > nd && nd >= dp {
            eprec = nd;
        }
        if shortest {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            if prec > nd {
                prec = nd;
            }
            prec -= 1;
            fmt = fmt + b'e' - b'g';
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }
    match fmt {
        b'e' | b'E' => {
            if neg {
                dst.push(b'-');
            }
            dst.push(if nd != 0 { s[0] } else { b'0' });
            if prec > 0 {
                dst.push(b'.');
                let mut i = 1;
                let m = nd.min(prec + 1);
                if i < m {
                    dst.extend_from_slice(&s[i as usize..m as usize]);
                    i = m;
                }
                for _ in 0..(prec + 1 - i).max(0) {
                    dst.push(b'0');
                }
            }
            dst.push(fmt);
            let mut exp = dp - 1;
            if nd == 0 {
                exp = 0;
            }
            if exp < 0 {
                dst.push(b'-');
                exp = -exp;
            } else {
                dst.push(b'+');
            }
            if exp < 10 {
                dst.push(b'0');
                dst.push(b'0' + exp as u8);
            } else if exp < 100 {
                dst.push(b'0' + (exp / 10) as u8);
                dst.push(b'0' + (exp % 10) as u8);
            } else {
                dst.push(b'0' + (exp / 100) as u8);
                dst.push(b'0' + (exp / 10 % 10) as u8);
                dst.push(b'0' + (exp % 10) as u8);
            }
            dst
        }
        b'f' => {
            if neg {
                dst.push(b'-');
            }
            if dp > 0 {
                let m = nd.min(dp);
                dst.extend_from_slice(&s[..m as usize]);
                for _ in 0..(dp - m) {
                    dst.push(b'0');
                }
            } else {
                dst.push(b'0');
            }
            if prec > 0 {
                dst.push(b'.');
                let lz = prec.min((-dp).max(0));
                let off = dp + lz;
                let m = (prec - lz).min((nd - off).max(0));
                let tz = (prec - lz - m).max(0);
                for _ in 0..lz {
                    dst.push(b'0');
                }
                for i in 0..m {
                    dst.push(s[(off + i) as usize]);
                }
                for _ in 0..tz {
                    dst.push(b'0');
                }
            }
            dst
        }
        _ => vec![b'%', fmt],
    }
}

fn parts(v: f64, bits: u32) -> (u64, isize, usize) {
    // (mantissa with implicit bit, unbiased exponent, mantissa bits)
    if bits == 32 {
        let b = (v as f32).to_bits();
        let mut exp = ((b >> 23) & 0xFF) as isize;
        let mut mant = (b & ((1 << 23) - 1)) as u64;
        if exp == 0 {
            exp += 1;
        } else {
            mant |= 1 << 23;
        }
        (mant, exp - 127, 23)
    } else {
        let b = v.to_bits();
        let mut exp = ((b >> 52) & 0x7FF) as isize;
        let mut mant = b & ((1 << 52) - 1);
        if exp == 0 {
            exp += 1;
        } else {
            mant |= 1 << 52;
        }
        (mant, exp - 1023, 52)
    }
}

fn fmt_b(v: f64, neg: bool, bits: u32) -> Vec<u8> {
    let (mant, exp, mb) = parts(v, bits);
    let exp = exp - mb as isize;
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    s.push_str(&mant.to_string());
    s.push('p');
    if exp >= 0 {
        s.push('+');
    }
    s.push_str(&exp.to_string());
    s.into_bytes()
}

fn fmt_x(v: f64, prec: isize, fmt: u8, neg: bool, bits: u32) -> Vec<u8> {
    let (mut mant, mut exp, mant_bits) = parts(v, bits);
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - mant_bits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' { b"0123456789ABCDEF" } else { b"0123456789abcdef" };
    let mut dst = Vec::new();
    if neg {
        dst.push(b'-');
    }
    dst.extend_from_slice(&[b'0', fmt, b'0' + ((mant >> 60) & 1) as u8]);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        dst.push(b'.');
        while mant != 0 {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        dst.push(b'.');
        for _ in 0..prec {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    dst.push(if fmt == b'X' { b'P' } else { b'p' });
    if exp < 0 {
        dst.push(b'-');
        exp = -exp;
    } else {
        dst.push(b'+');
    }
    if exp < 100 {
        dst.push(b'0' + (exp / 10) as u8);
        dst.push(b'0' + (exp % 10) as u8);
    } else if exp < 1000 {
        dst.push(b'0' + (exp / 100) as u8);
        dst.push(b'0' + (exp / 10 % 10) as u8);
        dst.push(b'0' + (exp % 10) as u8);
    } else {
        dst.push(b'0' + (exp / 1000) as u8);
        dst.push(b'0' + (exp / 100 % 10) as u8);
        dst.push(b'0' + (exp / 10 % 10) as u8);
        dst.push(b'0' + (exp % 10) as u8);
    }
    dst
}
