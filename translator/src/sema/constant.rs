//! Constant values and Go's constant arithmetic (exact integers, `f64` floats).
//!
//! Untyped integer constants are exact ([`BigInt`]); float constants are `f64`, which matches
//! Go for every value a program can observe at run time (they end up as `float64` or smaller).

use super::bigint::BigInt;
use crate::ast::BinaryOp;

#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    Bool(bool),
    /// Integer and rune constants.
    Int(BigInt),
    Float(f64),
    /// Bytes (may be invalid UTF-8).
    String(Vec<u8>),
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
            ConstValue::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// The value as an exact integer if it is one (a float with no fraction counts).
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            ConstValue::Int(i) => Some(i.clone()),
            ConstValue::Float(f) => BigInt::from_f64(*f),
            _ => None,
        }
    }

    pub fn to_float(&self) -> Option<f64> {
        self.as_f64()
    }

    /// Parses a Go float literal (decimal or hex, with `_` separators).
    pub fn parse_float(text: &str) -> Option<f64> {
        let t: String = text.chars().filter(|c| *c != '_').collect();
        let lower = t.to_ascii_lowercase();
        if let Some(hex) = lower.strip_prefix("0x") {
            let (mant, exp) = hex.split_once('p')?;
            let exp: i32 = exp.parse().ok()?;
            let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
            let mut v = 0f64;
            for c in int_part.chars() {
                v = v * 16.0 + c.to_digit(16)? as f64;
            }
            let mut scale = 1.0 / 16.0;
            for c in frac_part.chars() {
                v += c.to_digit(16)? as f64 * scale;
                scale /= 16.0;
            }
            return Some(v * 2f64.powi(exp));
        }
        lower.parse::<f64>().ok()
    }
}

impl std::fmt::Display for ConstValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConstValue::Bool(b) => write!(f, "{b}"),
            ConstValue::Int(i) => write!(f, "{i}"),
            ConstValue::Float(x) => write!(f, "{x:?}"),
            ConstValue::String(s) => write!(f, "{:?}", String::from_utf8_lossy(s)),
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
            let (Some(a), Some(b)) = (x.as_f64(), y.as_f64()) else { return Err(ConstError::Invalid) };
            Ok(C::Float(match op {
                Add => a + b,
                Sub => a - b,
                Mul => a * b,
                Div if b == 0.0 => return Err(ConstError::DivByZero),
                Div => a / b,
                _ => return Err(ConstError::Invalid),
            }))
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
        _ => x.as_f64()?.partial_cmp(&y.as_f64()?)?,
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
