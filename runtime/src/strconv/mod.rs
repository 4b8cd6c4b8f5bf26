//! Go's `strconv`: integer and float parsing/formatting with Go's exact error values
//! (`strconv.Atoi: parsing "x": invalid syntax`), quoting, `ParseBool`.

mod atof;
mod ftoa;
mod isprint;
mod quote;

use std::sync::LazyLock;

pub(crate) use ftoa::format_float_bytes;
pub use quote::{can_backquote_bytes, is_graphic, is_print, quote_bytes, quote_graphic_bytes, quote_rune_bytes, unquote_bytes};

use crate::value::{Error, Ptr, Str};

/// `strconv.IntSize`.
pub const INT_SIZE: i64 = 64;

static ERR_SYNTAX: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("invalid syntax")));
static ERR_RANGE: LazyLock<Error> = LazyLock::new(|| crate::errors::new(&Str::lit("value out of range")));

/// `strconv.ErrSyntax`.
pub fn err_syntax() -> Error {
    ERR_SYNTAX.clone()
}

/// `strconv.ErrRange`.
pub fn err_range() -> Error {
    ERR_RANGE.clone()
}

/// Go's `strconv.NumError`; errors from parsing are `*NumError`, `Ptr<NumError>`.
#[derive(Clone, Default)]
#[allow(non_snake_case)]
pub struct NumError {
    /// The failing function (`ParseInt`, `Atoi`, …).
    pub Func: Str,
    /// The input.
    pub Num: Str,
    /// `ErrSyntax`, `ErrRange`, or a base/bit-size error.
    pub Err: Error,
}
crate::go_struct!(NumError = "strconv.NumError" { Func: Str, Num: Str, Err: Error } ptr_methods(Error, Unwrap));

#[allow(non_snake_case)]
impl NumError {
    /// `(*NumError).Error` (pointer-receiver method, for `error` values).
    pub fn Error(this: &Ptr<NumError>) -> Str {
        this.with(|e| e.error())
    }
    /// `(*NumError).Unwrap`.
    pub fn Unwrap(this: &Ptr<NumError>) -> Error {
        this.with(|e| e.unwrap())
    }
    /// `e.Error()`: `strconv.ParseInt: parsing "x": invalid syntax`.
    pub fn error(&self) -> Str {
        let mut v = b"strconv.".to_vec();
        v.extend_from_slice(self.Func.as_bytes());
        v.extend_from_slice(b": parsing ");
        v.extend_from_slice(&quote_bytes(self.Num.as_bytes(), false));
        v.extend_from_slice(b": ");
        v.extend_from_slice(self.Err.Error().as_bytes());
        Str::from_vec(v)
    }
    /// `e.Unwrap()`: the cause.
    pub fn unwrap(&self) -> Error {
        self.Err.clone()
    }
}

/// The same `*NumError` with `Num` replaced (what `fmt`'s scanner does to its errors), or
/// `err` unchanged when it is not one.
pub(crate) fn with_num(err: &Error, num: &Str) -> Error {
    if let Some(p) = err.downcast::<Ptr<NumError>>() {
        p.with_mut(|e| e.Num = num.clone());
    }
    err.clone()
}

fn num_error(func: &'static str, s: &[u8], err: Error) -> Error {
    Error::from_err(Ptr::new(NumError { Func: Str::lit(func), Num: Str::from_bytes(s), Err: err }))
}

fn syntax_error(func: &'static str, s: &[u8]) -> Error {
    num_error(func, s, err_syntax())
}

fn range_error(func: &'static str, s: &[u8]) -> Error {
    num_error(func, s, err_range())
}

fn lower(c: u8) -> u8 {
    c | (b'x' - b'X')
}

pub(crate) fn underscore_ok(s: &[u8]) -> bool {
    let mut saw = b'^';
    let mut i = 0;
    let s = if !s.is_empty() && (s[0] == b'-' || s[0] == b'+') { &s[1..] } else { s };
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        if c.is_ascii_digit() || (hex && (b'a'..=b'f').contains(&lower(c))) {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
        i += 1;
    }
    saw != b'_'
}

fn parse_uint_impl(func: &'static str, s0: &[u8], s: &[u8], base: i64, bit_size: i64) -> (u64, Option<Error>) {
    if s.is_empty() {
        return (0, Some(syntax_error(func, s0)));
    }
    let base0 = base == 0;
    let mut s = s;
    let mut base = base;
    if (2..=36).contains(&base) {
    } else if base == 0 {
        base = 10;
        if s[0] == b'0' {
            if s.len() >= 3 && lower(s[1]) == b'b' {
                base = 2;
                s = &s[2..];
            } else if s.len() >= 3 && lower(s[1]) == b'o' {
                base = 8;
                s = &s[2..];
            } else if s.len() >= 3 && lower(s[1]) == b'x' {
                base = 16;
                s = &s[2..];
            } else {
                base = 8;
                s = &s[1..];
            }
        }
    } else {
        let e = crate::errors::new(&Str::from(format!("invalid base {base}")));
        return (0, Some(num_error(func, s0, e)));
    }
    let bit_size = if bit_size == 0 {
        64
    } else if !(0..=64).contains(&bit_size) {
        let e = crate::errors::new(&Str::from(format!("invalid bit size {bit_size}")));
        return (0, Some(num_error(func, s0, e)));
    } else {
        bit_size
    };
    let cutoff = u64::MAX / base as u64 + 1;
    let max_val: u64 = if bit_size == 64 { u64::MAX } else { (1u64 << bit_size) - 1 };
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in s {
        let d = if c == b'_' && base0 {
            underscores = true;
            continue;
        } else if c.is_ascii_digit() {
            c - b'0'
        } else if (b'a'..=b'z').contains(&lower(c)) {
            lower(c) - b'a' + 10
        } else {
            return (0, Some(syntax_error(func, s0)));
        };
        if d as i64 >= base {
            return (0, Some(syntax_error(func, s0)));
        }
        if n >= cutoff {
            return (max_val, Some(range_error(func, s0)));
        }
        n *= base as u64;
        let n1 = n.wrapping_add(d as u64);
        if n1 < n || n1 > max_val {
            return (max_val, Some(range_error(func, s0)));
        }
        n = n1;
    }
    if underscores && !underscore_ok(s0) {
        return (0, Some(syntax_error(func, s0)));
    }
    (n, None)
}

fn is_range(e: &Error) -> bool {
    e.downcast::<Ptr<NumError>>().is_some_and(|n| n.with(|n| n.Err == err_range()))
}

fn parse_int_impl(func: &'static str, s0: &[u8], base: i64, bit_size: i64) -> (i64, Error) {
    if s0.is_empty() {
        return (0, syntax_error(func, s0));
    }
    let (neg, s) = match s0[0] {
        b'+' => (false, &s0[1..]),
        b'-' => (true, &s0[1..]),
        _ => (false, s0),
    };
    let (un, err) = parse_uint_impl(func, s0, s, base, bit_size);
    if let Some(e) = &err
        && !is_range(e)
    {
        return (0, e.clone());
    }
    let bit_size = if bit_size == 0 { 64 } else { bit_size };
    let cutoff: u64 = 1u64 << (bit_size - 1) as u32;
    if !neg && un >= cutoff {
        return ((cutoff - 1) as i64, range_error(func, s0));
    }
    if neg && un > cutoff {
        return ((cutoff as i64).wrapping_neg(), range_error(func, s0));
    }
    let n = un as i64;
    (if neg { n.wrapping_neg() } else { n }, Error::nil())
}

/// Go's `strconv.ParseInt(s, base, bitSize)`.
pub fn parse_int(s: &Str, base: i64, bit_size: i64) -> (i64, Error) {
    parse_int_impl("ParseInt", s.as_bytes(), base, bit_size)
}

/// Go's `strconv.ParseUint(s, base, bitSize)`.
pub fn parse_uint(s: &Str, base: i64, bit_size: i64) -> (u64, Error) {
    let b = s.as_bytes();
    let (n, e) = parse_uint_impl("ParseUint", b, b, base, bit_size);
    (n, e.unwrap_or_default())
}

/// Go's `strconv.Atoi(s)`.
pub fn atoi(s: &Str) -> (i64, Error) {
    parse_int_impl("Atoi", s.as_bytes(), 10, 0)
}

/// Go's `strconv.Itoa(i)`.
pub fn itoa(i: i64) -> Str {
    Str::from(i.to_string())
}

/// Go's `strconv.FormatInt(i, base)`.
pub fn format_int(i: i64, base: i64) -> Str {
    let mut s = format_uint(i.unsigned_abs(), base).as_bytes().to_vec();
    if i < 0 {
        s.insert(0, b'-');
    }
    Str::from_vec(s)
}

/// Go's `strconv.FormatUint(u, base)`.
pub fn format_uint(mut u: u64, base: i64) -> Str {
    if !(2..=36).contains(&base) {
        crate::strings::panic_str("strconv: illegal AppendInt/FormatInt base");
    }
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let b = base as u64;
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(u % b) as usize]);
        u /= b;
        if u == 0 {
            break;
        }
    }
    out.reverse();
    Str::from_vec(out)
}

/// Go's `strconv.FormatFloat(f, fmt, prec, bitSize)`.
pub fn format_float(f: f64, fmt: u8, prec: i64, bit_size: i64) -> Str {
    Str::from_vec(format_float_bytes(f, fmt, prec as isize, bit_size as u32))
}

/// Go's `strconv.FormatComplex(c, fmt, prec, bitSize)`: `(re±imi)`, each part formatted as
/// a float of half the size.
pub fn format_complex(c: crate::Complex128, fmt: u8, prec: i64, bit_size: i64) -> Str {
    if bit_size != 64 && bit_size != 128 {
        crate::go_panic(crate::Any::from_value(Str::lit("invalid bitSize")));
    }
    let half = (bit_size >> 1) as u32;
    let mut out = vec![b'('];
    out.extend_from_slice(&format_float_bytes(c.re, fmt, prec as isize, half));
    let im = format_float_bytes(c.im, fmt, prec as isize, half);
    if im.first() != Some(&b'+') && im.first() != Some(&b'-') {
        out.push(b'+');
    }
    out.extend_from_slice(&im);
    out.extend_from_slice(b"i)");
    Str::from_vec(out)
}

/// Go's `strconv.ParseFloat(s, bitSize)`.
pub fn parse_float(s: &Str, bit_size: i64) -> (f64, Error) {
    atof::parse_float(s.as_bytes(), bit_size)
}

/// Go's `strconv.FormatBool`.
pub fn format_bool(b: bool) -> Str {
    Str::lit(if b { "true" } else { "false" })
}

/// Go's `strconv.ParseBool`.
pub fn parse_bool(s: &Str) -> (bool, Error) {
    match s.as_bytes() {
        b"1" | b"t" | b"T" | b"TRUE" | b"true" | b"True" => (true, Error::nil()),
        b"0" | b"f" | b"F" | b"FALSE" | b"false" | b"False" => (false, Error::nil()),
        b => (false, syntax_error("ParseBool", b)),
    }
}

/// Go's `strconv.Quote`.
pub fn quote(s: &Str) -> Str {
    Str::from_vec(quote_bytes(s.as_bytes(), false))
}

/// Go's `strconv.QuoteToASCII`.
pub fn quote_to_ascii(s: &Str) -> Str {
    Str::from_vec(quote_bytes(s.as_bytes(), true))
}

/// Go's `strconv.QuoteToGraphic`.
pub fn quote_to_graphic(s: &Str) -> Str {
    Str::from_vec(quote_graphic_bytes(s.as_bytes()))
}

/// Go's `strconv.QuoteRune`.
pub fn quote_rune(r: i32) -> Str {
    Str::from_vec(quote_rune_bytes(r, false))
}

/// Go's `strconv.QuoteRuneToASCII`.
pub fn quote_rune_to_ascii(r: i32) -> Str {
    Str::from_vec(quote_rune_bytes(r, true))
}

/// Go's `strconv.CanBackquote`.
pub fn can_backquote(s: &Str) -> bool {
    can_backquote_bytes(s.as_bytes())
}

/// Go's `strconv.Unquote`.
pub fn unquote(s: &Str) -> (Str, Error) {
    match unquote_bytes(s.as_bytes()) {
        Some(v) => (Str::from_vec(v), Error::nil()),
        None => (Str::default(), err_syntax()),
    }
}

/// Go's `strconv.AppendInt`.
pub fn append_int(dst: &crate::value::Slice<u8>, i: i64, base: i64) -> crate::value::Slice<u8> {
    crate::value::append_str(dst, &format_int(i, base))
}

/// Go's `strconv.AppendQuote`.
pub fn append_quote(dst: &crate::value::Slice<u8>, s: &Str) -> crate::value::Slice<u8> {
    crate::value::append_str(dst, &quote(s))
}

/// Go's `strconv.AppendUint`.
pub fn append_uint(dst: &crate::value::Slice<u8>, i: u64, base: i64) -> crate::value::Slice<u8> {
    crate::value::append_str(dst, &format_uint(i, base))
}

/// Go's `strconv.AppendFloat`.
pub fn append_float(dst: &crate::value::Slice<u8>, f: f64, fmt: u8, prec: i64, bit_size: i64) -> crate::value::Slice<u8> {
    crate::value::append_str(dst, &format_float(f, fmt, prec, bit_size))
}

/// Go's `strconv.AppendQuoteRune`.
pub fn append_quote_rune(dst: &crate::value::Slice<u8>, r: i32) -> crate::value::Slice<u8> {
    crate::value::append_str(dst, &quote_rune(r))
}

/// Go's `strconv.AppendQuoteToASCII`.
pub fn append_quote_to_ascii(dst: &crate::value::Slice<u8>, s: &Str) -> crate::value::Slice<u8> {
    crate::value::append_str(dst, &quote_to_ascii(s))
}

/// Go's `strconv.AppendBool`.
pub fn append_bool(dst: &crate::value::Slice<u8>, b: bool) -> crate::value::Slice<u8> {
    crate::value::append_str(dst, &format_bool(b))
}
