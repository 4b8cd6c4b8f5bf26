//! Constant values and Go's constant arithmetic (exact integers, `f64` floats).
//!
//! Integer constants are exact ([`BigInt`]), floating-point constants are exact rationals
//! ([`BigRat`]) as in Go (`0.1 + 0.2 == 0.3`); typed float constants are rounded to their
//! type's precision by the checker.

use super::bigint::BigInt;
pub use super::bigrat::BigRat;
use crate::ast::BinaryOp;

#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    Bool(bool),
    /// Integer and rune constants.
    Int(BigInt),
    /// Floating-point constants, exact.
    Float(BigRat),
    /// Bytes (may be invalid UTF-8).
    String(Vec<u8>),
    /// Complex constants (real and imaginary parts), exact.
    Complex(BigRat, BigRat),
}

impl ConstValue {
    pub fn as_int(&self) -> Option<&BigInt> {
        match self {
            ConstValue::Int(i) => Some(i),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        self.as_int().and_then(BigInt::to_i64)
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            ConstValue::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            ConstValue::Int(i) => Some(i.to_f64()),
            ConstValue::Float(f) => Some(f.to_f64()),
            _ => None,
        }
    }

    /// The value as an exact integer if it is one (a float with no fraction counts).
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            ConstValue::Int(i) => Some(i.clone()),
            ConstValue::Float(f) => f.to_int(),
            _ => None,
        }
    }

    pub fn to_float(&self) -> Option<f64> {
        self.as_f64()
    }

    /// The value as an exact rational (integers included).
    pub fn to_rat(&self) -> Option<BigRat> {
        match self {
            ConstValue::Int(i) => Some(BigRat::from_int(i.clone())),
            ConstValue::Float(r) => Some(r.clone()),
            _ => None,
        }
    }

    /// The value as an exact complex number (real numbers have a zero imaginary part).
    pub fn to_complex(&self) -> Option<(BigRat, BigRat)> {
        match self {
            ConstValue::Complex(re, im) => Some((re.clone(), im.clone())),
            _ => Some((self.to_rat()?, BigRat::from_int(BigInt::zero()))),
        }
    }

    /// Parses a Go float literal (decimal or hex, with `_` separators), exactly.
    pub fn parse_float(text: &str) -> Option<BigRat> {
        BigRat::parse(text)
    }
}

impl std::fmt::Display for ConstValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConstValue::Bool(b) => write!(f, "{b}"),
            ConstValue::Int(i) => write!(f, "{i}"),
            ConstValue::Float(x) => write!(f, "{:?}", x.to_f64()),
            ConstValue::String(s) => write!(f, "{:?}", String::from_utf8_lossy(s)),
            ConstValue::Complex(re, im) => write!(f, "({:?} + {:?}i)", re.to_f64(), im.to_f64()),
        }
    }
}

/// Why a constant operation has no value.
#[derive(Debug, PartialEq)]
pub enum ConstError {
    DivByZero,
    /// Not meaningful for these operands (e.g. `%` on floats); the checker reports the types.
    Invalid,
    /// Shift count too large or negative.
    BadShift,
    /// The result is too large to represent.
    Overflow,
}

/// `x op y` for two constants of the same kind class. `int_division` selects Go's integer
/// division for `/` (when both operands are integer-typed or untyped integers).
pub fn binary(op: BinaryOp, x: &ConstValue, y: &ConstValue, int_division: bool) -> Result<ConstValue, ConstError> {
    use BinaryOp::*;
    use ConstValue as C;
    if op.is_comparison() {
        return compare(op, x, y).map(C::Bool).ok_or(ConstError::Invalid);
    }
    match (x, y) {
        (C::Bool(a), C::Bool(b)) => match op {
            LogAnd => Ok(C::Bool(*a && *b)),
            LogOr => Ok(C::Bool(*a || *b)),
            _ => Err(ConstError::Invalid),
        },
        (C::String(a), C::String(b)) if op == Add => {
            let mut s = a.clone();
            s.extend_from_slice(b);
            Ok(C::String(s))
        }
        (C::Complex(..), _) | (_, C::Complex(..)) => {
            let (Some((a, b)), Some((c, d))) = (x.to_complex(), y.to_complex()) else { return Err(ConstError::Invalid) };
            let (re, im) = match op {
                Add => (a.add(&c), b.add(&d)),
                Sub => (a.sub(&c), b.sub(&d)),
                Mul => (a.mul(&c).sub(&b.mul(&d)), a.mul(&d).add(&b.mul(&c))),
                Div => {
                    // (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c²+d²)
                    let den = c.mul(&c).add(&d.mul(&d));
                    let re = a.mul(&c).add(&b.mul(&d)).quo(&den).ok_or(ConstError::DivByZero)?;
                    let im = b.mul(&c).sub(&a.mul(&d)).quo(&den).ok_or(ConstError::DivByZero)?;
                    (re, im)
                }
                _ => return Err(ConstError::Invalid),
            };
            match (re.bounded(), im.bounded()) {
                (Some(re), Some(im)) => Ok(C::Complex(re, im)),
                _ => Err(ConstError::Overflow),
            }
        }
        (C::Int(a), C::Int(b)) if int_division || op != Div => Ok(C::Int(match op {
            Add => a.add(b),
            Sub => a.sub(b),
            Mul => a.mul(b),
            Div => a.quo(b).ok_or(ConstError::DivByZero)?,
            Rem => a.rem(b).ok_or(ConstError::DivByZero)?,
            And => a.and(b),
            Or => a.or(b),
            Xor => a.xor(b),
            AndNot => a.and_not(b),
            _ => return Err(ConstError::Invalid),
        })),
        _ => {
            let (Some(a), Some(b)) = (x.to_rat(), y.to_rat()) else { return Err(ConstError::Invalid) };
            let r = match op {
                Add => a.add(&b),
                Sub => a.sub(&b),
                Mul => a.mul(&b),
                Div => a.quo(&b).ok_or(ConstError::DivByZero)?,
                _ => return Err(ConstError::Invalid),
            };
            r.bounded().map(C::Float).ok_or(ConstError::Overflow)
        }
    }
}

fn compare(op: BinaryOp, x: &ConstValue, y: &ConstValue) -> Option<bool> {
    use std::cmp::Ordering;
    use ConstValue as C;
    let ord = match (x, y) {
        (C::Bool(a), C::Bool(b)) => {
            return match op {
                BinaryOp::Eq => Some(a == b),
                BinaryOp::Ne => Some(a != b),
                _ => None,
            };
        }
        (C::String(a), C::String(b)) => a.cmp(b),
        (C::Int(a), C::Int(b)) => a.cmp(b),
        (C::Complex(..), _) | (_, C::Complex(..)) => {
            let ((a, b), (c, d)) = (x.to_complex()?, y.to_complex()?);
            let equal = a.cmp(&c) == Ordering::Equal && b.cmp(&d) == Ordering::Equal;
            return match op {
                BinaryOp::Eq => Some(equal),
                BinaryOp::Ne => Some(!equal),
                _ => None,
            };
        }
        _ => x.to_rat()?.cmp(&y.to_rat()?),
    };
    Some(match op {
        BinaryOp::Eq => ord == Ordering::Equal,
        BinaryOp::Ne => ord != Ordering::Equal,
        BinaryOp::Lt => ord == Ordering::Less,
        BinaryOp::Le => ord != Ordering::Greater,
        BinaryOp::Gt => ord == Ordering::Greater,
        BinaryOp::Ge => ord != Ordering::Less,
        _ => return None,
    })
}

/// `x << s` / `x >> s` for an integer constant.
pub fn shift(op: BinaryOp, x: &BigInt, s: &BigInt) -> Result<BigInt, ConstError> {
    let Some(n) = s.to_u64().filter(|n| *n <= 10_000) else { return Err(ConstError::BadShift) };
    Ok(if op == BinaryOp::Shl { x.shl(n as u32) } else { x.shr(n as u32) })
}
