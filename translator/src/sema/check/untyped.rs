//! Untyped constants and values: defaulting, conversion to a target type with Go's
//! representability rules, and assignment of an operand into a typed slot.

use super::expr::Operand;
use super::*;
use crate::sema::constant::ConstValue;
use crate::sema::types::{Basic, TypeKind};
use crate::sema::{BigInt, BigRat};

impl<'a> Checker<'a> {
    /// The type an untyped value gets when nothing else decides.
    pub(super) fn default_type(&self, t: TypeId) -> TypeId {
        match self.info.types.kind(t) {
            TypeKind::Basic(b) if b.is_untyped() && *b != Basic::UntypedNil => TypeId::basic(b.default_type()),
            _ => t,
        }
    }

    /// Reports tuple and no-value operands where one value is required.
    pub(super) fn single_value(&mut self, x: &mut Operand, e: &ast::Expr) {
        if x.mode == Mode::NoValue {
            self.error(e.span, Code::TypeError, format!("{} (no value) used as value", self.expr_str(e)));
            x.mode = Mode::Invalid;
        } else if matches!(self.info.types.kind(x.ty), TypeKind::Tuple(_)) {
            self.error(e.span, Code::ArgCount, format!("multiple-value {} in single-value context", self.expr_str(e)));
            x.mode = Mode::Invalid;
            x.ty = TypeId::INVALID;
        } else if x.mode == Mode::Type {
            self.error(e.span, Code::NotAnExpr, format!("{} (type) is not an expression", self.expr_str(e)));
            x.mode = Mode::Invalid;
        } else if x.mode == Mode::Builtin {
            self.error(e.span, Code::NotAnExpr, format!("{} (built-in) must be called", self.expr_str(e)));
            x.mode = Mode::Invalid;
        } else if x.mode == Mode::Package {
            self.error(e.span, Code::NotAnExpr, format!("use of package {} without selector", self.expr_str(e)));
            x.mode = Mode::Invalid;
        }
    }

    /// Converts an untyped operand to `target` (or its default type if `target` is an
    /// interface), checking representability, and records the final type on the expression
    /// tree. Typed operands are left alone.
    pub(super) fn convert_untyped(&mut self, x: &mut Operand, e: &ast::Expr, target: TypeId) {
        if x.mode == Mode::Invalid || !self.info.types.is_untyped(x.ty) || target == TypeId::INVALID {
            return;
        }
        if self.info.types.is_untyped(target) {
            // Both untyped: the "larger" kind wins (int < rune < float).
            let (a, b) = (self.info.types.basic_of(x.ty), self.info.types.basic_of(target));
            if let (Some(a), Some(b)) = (a, b) {
                if a.is_numeric() && b.is_numeric() && b > a {
                    x.ty = target;
                    self.update_expr_type(e, target);
                }
            }
            return;
        }
        let tu = self.ensure_underlying(target);
        let final_ty = match self.info.types.kind(tu).clone() {
            TypeKind::Interface(_) | TypeKind::TypeParam(_) if x.ty == TypeId::UNTYPED_NIL => {
                // nil suits a type parameter whose every type has nil (its core type does).
                let nil_core = self.info.types.is_type_param(tu) && {
                    let c = self.core_type(tu);
                    matches!(self.info.types.kind(c), TypeKind::Pointer(_) | TypeKind::Func(_) | TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Chan(..))
                };
                if self.info.types.is_type_param(tu) && !nil_core {
                    self.error(e.span, Code::NotAssignable, format!("cannot use nil as {} value", self.type_str(target)));
                    x.mode = Mode::Invalid;
                    return;
                }
                target
            }
            // The default type; `assign_to` then checks that it implements the interface.
            TypeKind::Interface(_) => self.default_type(x.ty),
            TypeKind::TypeParam(_) => {
                // Lenient: representable in the type set is assumed.
                target
            }
            TypeKind::Basic(b) => {
                if x.ty == TypeId::UNTYPED_NIL {
                    if b != Basic::UnsafePointer {
                        self.error(e.span, Code::NotAssignable, format!("cannot use nil as {} value", self.type_str(target)));
                        x.mode = Mode::Invalid;
                        return;
                    }
                    target
                } else {
                    let xb = self.info.types.basic_of(x.ty).unwrap_or(Basic::UntypedInt);
                    let ok = (xb.is_boolean() && b.is_boolean()) || (xb.is_string() && b.is_string()) || (xb.is_numeric() && b.is_numeric());
                    if !ok {
                        self.error(
                            e.span,
                            Code::NotAssignable,
                            format!("cannot use {} (untyped {} constant) as {} value", self.expr_str(e), untyped_kind(xb), self.type_str(target)),
                        );
                        x.mode = Mode::Invalid;
                        return;
                    }
                    if let Some(v) = x.val.clone() {
                        match representable(&v, b) {
                            Ok(nv) => x.val = Some(nv),
                            Err(why) => {
                                let msg = match why {
                                    Repr::Truncated => format!("cannot use {} (untyped float constant) as {} value (truncated)", self.expr_str(e), self.type_str(target)),
                                    Repr::Overflow => format!("cannot use {} (untyped {} constant {}) as {} value (overflows)", self.expr_str(e), untyped_kind(xb), v, self.type_str(target)),
                                };
                                self.error(e.span, Code::ConstOverflow, msg);
                                x.mode = Mode::Invalid;
                                return;
                            }
                        }
                    } else if xb.is_integer() && !b.is_integer() && x.mode != Mode::Constant {
                        // A non-constant shift of an untyped constant must end up an integer.
                        self.error(e.span, Code::InvalidOp, format!("invalid operation: shifted operand {} must be integer", self.expr_str(e)));
                        x.mode = Mode::Invalid;
                        return;
                    }
                    target
                }
            }
            TypeKind::Pointer(_) | TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) if x.ty == TypeId::UNTYPED_NIL => target,
            _ => {
                let what = if x.ty == TypeId::UNTYPED_NIL { "nil".to_string() } else { self.expr_str(e) };
                self.error(e.span, Code::NotAssignable, format!("cannot use {what} ({}) as {} value", self.type_str(x.ty), self.type_str(target)));
                x.mode = Mode::Invalid;
                return;
            }
        };
        if x.ty != TypeId::UNTYPED_NIL {
            if let (Some(v), Some(b)) = (x.val.clone(), self.info.types.basic_of(final_ty)) {
                if let Ok(nv) = representable(&v, b) {
                    x.val = Some(nv);
                }
            }
            x.ty = final_ty;
            self.update_expr_type(e, final_ty);
            if let Some(v) = &x.val {
                self.record_const(e.id, v.clone());
            }
        } else {
            // nil keeps its untyped type on the expression; the slot records the conversion.
            self.record_conversion(e.id, Conversion { from: TypeId::UNTYPED_NIL, to: target, kind: ConversionKind::Nil });
            self.record_type(e.id, target, Mode::Value);
            x.ty = target;
        }
    }

    /// Records the final type of an untyped expression and of the untyped operands it was
    /// computed from.
    pub(super) fn update_expr_type(&mut self, e: &ast::Expr, t: TypeId) {
        if !self.recording {
            return;
        }
        let old = self.info.type_of(e.id);
        if !self.info.types.is_untyped(old) && old != TypeId::INVALID {
            return;
        }
        let mode = self.info.mode(e.id);
        self.record_type(e.id, t, mode);
        if let Some(v) = self.info.consts.get(&e.id).cloned() {
            if let Some(b) = self.info.types.basic_of(t) {
                if let Ok(nv) = representable(&v, b) {
                    self.info.consts.insert(e.id, nv);
                }
            }
        }
        match &e.kind {
            ast::ExprKind::Paren(x) => self.update_expr_type(x, t),
            ast::ExprKind::Unary { op, x } if !matches!(op, ast::UnaryOp::Not) || self.info.types.is_boolean(t) => {
                if !matches!(op, ast::UnaryOp::Addr | ast::UnaryOp::Recv) {
                    self.update_expr_type(x, t)
                }
            }
            ast::ExprKind::Call { args, .. } if matches!(self.info.call_kind(e.id), Some(CallKind::Builtin(Builtin::Min | Builtin::Max))) => {
                for a in args {
                    self.update_expr_type(a, t);
                }
            }
            ast::ExprKind::Call { args, .. } if matches!(self.info.call_kind(e.id), Some(CallKind::Builtin(Builtin::Complex | Builtin::Real | Builtin::Imag))) => {
                // `complex(1, 2)` as a complex128 has float64 parts; `real(c)` as a float64
                // takes a complex128.
                let arg = match self.info.types.basic_of(t) {
                    Some(Basic::Complex64) => Basic::Float32,
                    Some(Basic::Complex128) => Basic::Float64,
                    Some(Basic::Float32) => Basic::Complex64,
                    Some(Basic::Float64) => Basic::Complex128,
                    _ => return,
                };
                for a in args {
                    self.update_expr_type(a, TypeId::basic(arg));
                }
            }
            ast::ExprKind::Binary { op, lhs, rhs } => {
                if op.is_comparison() {
                    // Operands were typed when compared.
                } else if op.is_shift() {
                    self.update_expr_type(lhs, t);
                } else {
                    self.update_expr_type(lhs, t);
                    self.update_expr_type(rhs, t);
                }
            }
            _ => {}
        }
    }

    /// Assigns operand `x` (from expression `e`) into a slot of type `target`: converts
    /// untyped values, checks assignability, records the implicit conversion.
    pub(super) fn assign_to(&mut self, x: &mut Operand, e: &ast::Expr, target: TypeId, context: &str) {
        if x.mode == Mode::Invalid || target == TypeId::INVALID {
            return;
        }
        self.single_value(x, e);
        if x.mode == Mode::Invalid {
            return;
        }
        let was_nil = x.ty == TypeId::UNTYPED_NIL;
        if self.info.types.is_untyped(x.ty) {
            self.convert_untyped(x, e, target);
            if x.mode == Mode::Invalid || was_nil {
                return;
            }
        }
        match self.assignable(x.ty, target) {
            Ok(Some(kind)) => self.record_conversion(e.id, Conversion { from: x.ty, to: target, kind }),
            Ok(None) => {}
            Err(why) => {
                let why = if why.is_empty() { String::new() } else { format!(":\n\t{why}") };
                self.error(
                    e.span,
                    Code::NotAssignable,
                    format!("cannot use {} (value of type {}) as {} value in {context}{why}", self.expr_str(e), self.type_str(x.ty), self.type_str(target)),
                );
            }
        }
    }

    /// Gives a still-untyped operand its default type (e.g. `x := 1`, `fmt.Println(1)`).
    pub(super) fn default_operand(&mut self, x: &mut Operand, e: &ast::Expr) {
        if self.info.types.is_untyped(x.ty) && x.ty != TypeId::UNTYPED_NIL {
            let d = self.default_type(x.ty);
            self.convert_untyped(x, e, d);
        }
    }

    pub(super) fn expr_str(&self, e: &ast::Expr) -> String {
        ast::expr_to_string(e)
    }
}

fn untyped_kind(b: Basic) -> &'static str {
    match b {
        Basic::UntypedBool => "bool",
        Basic::UntypedInt => "int",
        Basic::UntypedRune => "rune",
        Basic::UntypedFloat => "float",
        Basic::UntypedComplex => "complex",
        Basic::UntypedString => "string",
        _ => "nil",
    }
}

pub(super) enum Repr {
    Overflow,
    Truncated,
}

/// Converts a constant to basic type `b` if representable (Go spec "Representability").
pub(super) fn representable(v: &ConstValue, b: Basic) -> Result<ConstValue, Repr> {
    if b.is_untyped() {
        return Ok(v.clone());
    }
    if b.is_complex() {
        // Each part is rounded to the component float type.
        let (re, im) = v.to_complex().ok_or(Repr::Overflow)?;
        let part = if b == Basic::Complex64 { Basic::Float32 } else { Basic::Float64 };
        let (ConstValue::Float(re), ConstValue::Float(im)) = (representable(&ConstValue::Float(re), part)?, representable(&ConstValue::Float(im), part)?) else {
            return Err(Repr::Overflow);
        };
        return Ok(ConstValue::Complex(re, im));
    }
    if let ConstValue::Complex(re, im) = v {
        // A complex constant with a zero imaginary part is representable as a real number.
        if !im.is_zero() {
            return Err(Repr::Truncated);
        }
        return representable(&ConstValue::Float(re.clone()), b);
    }
    if let Some((bits, signed)) = b.int_bits() {
        let Some(i) = v.to_int() else {
            return if matches!(v, ConstValue::Float(_)) { Err(Repr::Truncated) } else { Err(Repr::Overflow) };
        };
        let (lo, hi) = if signed {
            (BigInt::from_i64(-1).shl(bits - 1), BigInt::from_i64(1).shl(bits - 1).sub(&BigInt::from_i64(1)))
        } else {
            (BigInt::zero(), BigInt::from_i64(1).shl(bits).sub(&BigInt::from_i64(1)))
        };
        if i < lo || i > hi {
            return Err(Repr::Overflow);
        }
        return Ok(ConstValue::Int(i));
    }
    if b.is_float() {
        // Typed float constants are rounded to the type's precision (as go/types does).
        let Some(r) = v.to_rat() else { return Err(Repr::Overflow) };
        let f = r.to_f64();
        if !f.is_finite() {
            return Err(Repr::Overflow);
        }
        let rounded = if b == Basic::Float32 {
            let g = f as f32;
            if !g.is_finite() {
                return Err(Repr::Overflow);
            }
            g as f64
        } else {
            f
        };
        return BigRat::from_f64(rounded).map(ConstValue::Float).ok_or(Repr::Overflow);
    }
    match (v, b) {
        (ConstValue::String(_), Basic::String) | (ConstValue::Bool(_), Basic::Bool) => Ok(v.clone()),
        _ => Err(Repr::Overflow),
    }
}
