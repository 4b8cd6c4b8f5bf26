//! Expressions: identifiers, literals, operators, selectors, index/slice, composite and func
//! literals, type assertions. Calls are in `call.rs`.

use super::untyped::representable;
use super::*;
use crate::sema::constant::{self, ConstError, ConstValue};
use crate::sema::types::{Basic, TypeKind};
use crate::sema::{BigInt, BigRat};

/// The result of checking an expression.
#[derive(Clone, Debug)]
pub(super) struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
    pub val: Option<ConstValue>,
}

impl Operand {
    pub fn invalid() -> Operand {
        Operand { mode: Mode::Invalid, ty: TypeId::INVALID, val: None }
    }
    pub fn value(ty: TypeId) -> Operand {
        Operand { mode: Mode::Value, ty, val: None }
    }
    pub fn constant(ty: TypeId, v: ConstValue) -> Operand {
        Operand { mode: Mode::Constant, ty, val: Some(v) }
    }
}

impl<'a> Checker<'a> {
    /// Checks an expression, records its type/mode (and constant value), returns the operand.
    pub(super) fn expr(&mut self, e: &'a ast::Expr, scope: ScopeId) -> Operand {
        self.expr_hint(e, scope, None)
    }

    /// Like [`expr`](Self::expr) with the type expected by the context, used for composite
    /// literals with elided types.
    pub(super) fn expr_hint(&mut self, e: &'a ast::Expr, scope: ScopeId, hint: Option<TypeId>) -> Operand {
        let x = self.expr_inner(e, scope, hint);
        if x.mode != Mode::Invalid || self.info.type_of(e.id) == TypeId::INVALID {
            self.record_type(e.id, x.ty, x.mode);
        }
        if let (Some(v), Mode::Constant) = (&x.val, x.mode) {
            self.record_const(e.id, v.clone());
        }
        x
    }

    pub(super) fn expr_inner(&mut self, e: &'a ast::Expr, scope: ScopeId, hint: Option<TypeId>) -> Operand {
        use ast::ExprKind as K;
        match &e.kind {
            K::Ident(name) => self.ident(e, name, scope),
            K::Lit(l) => self.literal(e, l),
            K::CompositeLit { ty, elems } => self.composite_lit(e, ty.as_deref(), elems, scope, hint),
            K::FuncLit { sig, body } => self.func_lit(e, sig, body, scope),
            K::Paren(x) => {
                let o = self.expr_hint(x, scope, hint);
                o
            }
            K::Selector { x, sel } => self.selector(e, x, sel, scope),
            K::Index { x, indices } => self.index(e, x, indices, scope),
            K::Slice { x, lo, hi, max } => self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref(), scope),
            K::TypeAssert { x, ty } => self.type_assert(e, x, ty.as_deref(), scope),
            K::Call { func, args, ellipsis } => self.call(e, func, args, *ellipsis, scope),
            K::Star(x) => {
                let o = self.expr(x, scope);
                match o.mode {
                    Mode::Invalid => Operand::invalid(),
                    Mode::Type => {
                        let t = self.info.types.pointer(o.ty);
                        Operand { mode: Mode::Type, ty: t, val: None }
                    }
                    _ => {
                        if o.ty == TypeId::UNTYPED_NIL {
                            self.error(e.span, Code::InvalidOp, "invalid operation: cannot indirect nil");
                            return Operand::invalid();
                        }
                        let u = self.core_type(o.ty);
                        match self.info.types.kind(u).clone() {
                            TypeKind::Pointer(el) => Operand { mode: Mode::Variable, ty: el, val: None },
                            _ => {
                                self.error(e.span, Code::InvalidOp, format!("invalid operation: cannot indirect {} (value of type {})", self.expr_str(x), self.type_str(o.ty)));
                                Operand::invalid()
                            }
                        }
                    }
                }
            }
            K::Unary { op, x } => self.unary(e, *op, x, scope, hint),
            K::Binary { op, lhs, rhs } => self.binary(e, *op, lhs, rhs, scope),
            K::ArrayType { .. } | K::SliceType(_) | K::MapType { .. } | K::ChanType { .. } | K::FuncType(_) | K::StructType(_) | K::InterfaceType(_) => {
                let t = self.resolve_type(e, scope);
                if t == TypeId::INVALID { Operand::invalid() } else { Operand { mode: Mode::Type, ty: t, val: None } }
            }
            K::Union(_) | K::Tilde(_) => {
                self.error(e.span, Code::TypeError, "type set used outside a constraint");
                Operand::invalid()
            }
            K::Bad => Operand::invalid(),
        }
    }

    pub(super) fn ident(&mut self, e: &ast::Expr, name: &str, scope: ScopeId) -> Operand {
        if name == "_" {
            self.error(e.span, Code::TypeError, "cannot use _ as value");
            return Operand::invalid();
        }
        let Some(o) = self.lookup(scope, name) else {
            self.error(e.span, Code::Undefined, format!("undefined: {name}"));
            return Operand::invalid();
        };
        self.record_use(e.id, o);
        self.operand_of_obj(o, e)
    }

    /// The operand denoted by a resolved object.
    pub(super) fn operand_of_obj(&mut self, o: ObjId, e: &ast::Expr) -> Operand {
        if self.obj_state[o.0 as usize] != ObjState::Done {
            self.resolve_obj(o);
        }
        let obj = self.info.obj(o).clone();
        match obj.kind {
            ObjKind::Var(_) => {
                self.used_vars.insert(o);
                if obj.ty == TypeId::INVALID {
                    return Operand::invalid();
                }
                Operand { mode: Mode::Variable, ty: obj.ty, val: None }
            }
            ObjKind::Const(v) => {
                if obj.name == "iota" && obj.pkg.is_empty() {
                    return match &self.iota {
                        Some(i) => Operand::constant(TypeId::UNTYPED_INT, ConstValue::Int(i.clone())),
                        None => {
                            self.error(e.span, Code::TypeError, "cannot use iota outside constant declaration");
                            Operand::invalid()
                        }
                    };
                }
                if obj.ty == TypeId::INVALID {
                    return Operand::invalid();
                }
                Operand::constant(obj.ty, v)
            }
            ObjKind::TypeName { .. } => {
                let t = if obj.ty == TypeId::INVALID { TypeId::INVALID } else { obj.ty };
                if t == TypeId::INVALID {
                    return Operand::invalid();
                }
                Operand { mode: Mode::Type, ty: t, val: None }
            }
            ObjKind::Func(_) => {
                if obj.ty == TypeId::INVALID {
                    return Operand::invalid();
                }
                Operand::value(obj.ty)
            }
            ObjKind::Builtin(_) => Operand { mode: Mode::Builtin, ty: TypeId::INVALID, val: None },
            ObjKind::Nil => Operand::value(TypeId::UNTYPED_NIL),
            ObjKind::PkgName { .. } => {
                self.used_pkgs.insert(o);
                Operand { mode: Mode::Package, ty: TypeId::INVALID, val: None }
            }
            ObjKind::Label => Operand::invalid(),
        }
    }

    pub(super) fn literal(&mut self, e: &ast::Expr, l: &ast::Lit) -> Operand {
        match l {
            ast::Lit::Int(text) => match BigInt::parse_literal(text) {
                Some(v) => Operand::constant(TypeId::UNTYPED_INT, ConstValue::Int(v)),
                None => {
                    self.error(e.span, Code::BadLiteral, format!("invalid integer literal {text}"));
                    Operand::invalid()
                }
            },
            ast::Lit::Float(text) => match ConstValue::parse_float(text) {
                Some(v) => Operand::constant(TypeId::UNTYPED_FLOAT, ConstValue::Float(v)),
                _ => {
                    self.error(e.span, Code::BadLiteral, format!("invalid floating-point literal {text}"));
                    Operand::invalid()
                }
            },
            ast::Lit::Imag(text) => match imag_literal(text) {
                Some(v) => Operand::constant(TypeId::UNTYPED_COMPLEX, ConstValue::Complex(BigRat::from_int(BigInt::zero()), v)),
                None => {
                    self.error(e.span, Code::BadLiteral, format!("invalid imaginary literal {text}"));
                    Operand::invalid()
                }
            },
            ast::Lit::Rune(r) => Operand::constant(TypeId::UNTYPED_RUNE, ConstValue::Int(BigInt::from_i64(*r as i64))),
            ast::Lit::Str { value, .. } => Operand::constant(TypeId::UNTYPED_STRING, ConstValue::String(value.clone())),
        }
    }

    pub(super) fn func_lit(&mut self, e: &'a ast::Expr, sig: &'a ast::FuncType, body: &'a ast::Block, scope: ScopeId) -> Operand {
        let s = self.new_scope(Some(scope));
        let t = self.resolve_signature(sig, scope);
        if self.recording {
            self.info.func_lits.insert(e.id, t);
        }
        self.func_lit_stack.push(e.id);
        self.check_body(FuncRef::Lit(e.id), None, sig, t, body, s);
        self.func_lit_stack.pop();
        Operand::value(t)
    }

    /// The core type: the underlying type, or for a type parameter the single underlying
    /// type of its type set (if any).
    pub(super) fn core_type(&mut self, t: TypeId) -> TypeId {
        let u = self.ensure_underlying(t);
        if let Some(tp) = self.info.types.type_param(u) {
            let c = tp.constraint;
            if let Some(terms) = self.info.types.interface(c).and_then(|i| i.terms.clone()) {
                let unders: Vec<TypeId> = terms.iter().map(|x| self.info.types.underlying(x.ty)).collect();
                if let Some(first) = unders.first() {
                    if unders.iter().all(|x| x == first) {
                        return *first;
                    }
                }
            }
            return u;
        }
        u
    }

    pub(super) fn unary(&mut self, e: &'a ast::Expr, op: ast::UnaryOp, x: &'a ast::Expr, scope: ScopeId, hint: Option<TypeId>) -> Operand {
        use ast::UnaryOp as U;
        if op == U::Addr {
            let inner = x.unparen();
            if let ast::ExprKind::CompositeLit { .. } = inner.kind {
                let h = hint.and_then(|h| self.info.types.elem(h).filter(|_| self.info.types.is_pointer(h)));
                let o = self.expr_hint(x, scope, h);
                if o.mode == Mode::Invalid {
                    return Operand::invalid();
                }
                let t = self.info.types.pointer(o.ty);
                return Operand::value(t);
            }
            let o = self.expr(x, scope);
            if o.mode == Mode::Invalid {
                return Operand::invalid();
            }
            if o.mode != Mode::Variable {
                self.error(e.span, Code::InvalidOp, format!("invalid operation: cannot take address of {}", self.expr_str(x)));
                return Operand::invalid();
            }
            let t = self.info.types.pointer(o.ty);
            return Operand::value(t);
        }
        let mut o = self.expr(x, scope);
        self.single_value(&mut o, x);
        if o.mode == Mode::Invalid {
            return Operand::invalid();
        }
        if op == U::Recv {
            let u = self.core_type(o.ty);
            return match self.info.types.kind(u).clone() {
                TypeKind::Chan(dir, el) => {
                    if dir == ast::ChanDir::Send {
                        self.error(e.span, Code::InvalidOp, format!("invalid operation: cannot receive from send-only channel {}", self.expr_str(x)));
                        return Operand::invalid();
                    }
                    Operand::value(el)
                }
                _ => {
                    self.error(e.span, Code::InvalidOp, format!("invalid operation: cannot receive from non-channel {}", self.expr_str(x)));
                    Operand::invalid()
                }
            };
        }
        let b = self.core_type(o.ty);
        let b = self.info.types.basic_of(b);
        let ok = match op {
            U::Pos | U::Neg => b.is_some_and(Basic::is_numeric) || self.type_param_all(o.ty, Basic::is_numeric),
            U::Not => b.is_some_and(Basic::is_boolean),
            U::BitNot => b.is_some_and(Basic::is_integer) || self.type_param_all(o.ty, Basic::is_integer),
            _ => false,
        };
        if !ok {
            self.error(e.span, Code::InvalidOp, format!("invalid operation: operator {} not defined on {} ({})", op.as_str(), self.expr_str(x), self.type_str(o.ty)));
            return Operand::invalid();
        }
        if let (Mode::Constant, Some(v)) = (o.mode, &o.val) {
            let nv = match (op, v) {
                (U::Pos, _) => Some(v.clone()),
                (U::Neg, ConstValue::Int(i)) => Some(ConstValue::Int(i.neg())),
                (U::Neg, ConstValue::Float(f)) => Some(ConstValue::Float(f.neg())),
                (U::Neg, ConstValue::Complex(re, im)) => Some(ConstValue::Complex(re.neg(), im.neg())),
                (U::Not, ConstValue::Bool(b)) => Some(ConstValue::Bool(!b)),
                (U::BitNot, ConstValue::Int(i)) => {
                    let typed = self.info.types.basic_of(o.ty).and_then(Basic::int_bits);
                    Some(ConstValue::Int(match typed {
                        Some((bits, false)) => i.not().wrap(bits, false),
                        _ => i.not(),
                    }))
                }
                _ => None,
            };
            if let Some(nv) = nv {
                return self.typed_const(e, o.ty, nv);
            }
        }
        Operand { mode: Mode::Value, ty: o.ty, val: None }
    }

    /// A constant result of type `t`; reports overflow for typed constants.
    pub(super) fn typed_const(&mut self, e: &ast::Expr, t: TypeId, v: ConstValue) -> Operand {
        if let Some(b) = self.info.types.basic_of(t) {
            if !b.is_untyped() {
                match representable(&v, b) {
                    Ok(nv) => return Operand::constant(t, nv),
                    Err(_) => {
                        self.error(e.span, Code::ConstOverflow, format!("constant {v} overflows {}", self.type_str(t)));
                        return Operand::invalid();
                    }
                }
            }
            if let ConstValue::Int(i) = &v {
                if i.bits() > 512 {
                    self.error(e.span, Code::ConstOverflow, "constant overflow");
                    return Operand::invalid();
                }
            }
        }
        Operand::constant(t, v)
    }

    pub(super) fn is_integer_core(&mut self, t: TypeId) -> bool {
        let c = self.core_type(t);
        self.info.types.is_integer(c)
    }

    /// Whether every type in a type parameter's type set satisfies `pred`.
    pub(super) fn type_param_all(&self, t: TypeId, pred: fn(Basic) -> bool) -> bool {
        let Some(tp) = self.info.types.type_param(t) else { return false };
        let Some(terms) = self.info.types.interface(tp.constraint).and_then(|i| i.terms.clone()) else { return false };
        !terms.is_empty() && terms.iter().all(|x| self.info.types.basic_of(x.ty).is_some_and(pred))
    }

    pub(super) fn binary(&mut self, e: &'a ast::Expr, op: ast::BinaryOp, lhs: &'a ast::Expr, rhs: &'a ast::Expr, scope: ScopeId) -> Operand {
        let mut x = self.expr(lhs, scope);
        let mut y = self.expr(rhs, scope);
        self.single_value(&mut x, lhs);
        self.single_value(&mut y, rhs);
        if x.mode == Mode::Invalid || y.mode == Mode::Invalid {
            return Operand::invalid();
        }
        if op.is_shift() {
            return self.shift(e, op, x, lhs, y, rhs);
        }
        // Bring untyped operands to the other's type.
        self.match_types(&mut x, lhs, &mut y, rhs);
        if x.mode == Mode::Invalid || y.mode == Mode::Invalid {
            return Operand::invalid();
        }
        if op.is_comparison() {
            return self.comparison(e, op, x, lhs, y, rhs);
        }
        if x.ty != y.ty {
            self.error(
                e.span,
                Code::TypeMismatch,
                format!("invalid operation: {} (mismatched types {} and {})", self.expr_str(e), self.type_str(x.ty), self.type_str(y.ty)),
            );
            return Operand::invalid();
        }
        let t = x.ty;
        let core = self.core_type(t);
        let b = self.info.types.basic_of(core);
        use ast::BinaryOp as B;
        let pred: fn(Basic) -> bool = match op {
            B::Add => |b| b.is_numeric() || b.is_string(),
            B::Sub | B::Mul | B::Div => Basic::is_numeric,
            B::Rem | B::And | B::Or | B::Xor | B::AndNot => Basic::is_integer,
            B::LogAnd | B::LogOr => Basic::is_boolean,
            _ => |_| false,
        };
        if !(b.is_some_and(pred) || self.type_param_all(t, pred)) {
            self.error(e.span, Code::InvalidOp, format!("invalid operation: operator {} not defined on {} ({})", op.as_str(), self.expr_str(lhs), self.type_str(t)));
            return Operand::invalid();
        }
        if matches!(op, B::Div | B::Rem) {
            if let Some(v) = &y.val {
                let zero = match v {
                    ConstValue::Int(i) => i.is_zero(),
                    ConstValue::Float(f) => f.is_zero() && self.info.types.is_integer(t),
                    _ => false,
                };
                if zero && (y.mode == Mode::Constant) && (self.info.types.is_integer(t) || x.mode == Mode::Constant) {
                    self.error(rhs.span, Code::DivByZero, "invalid operation: division by zero");
                    return Operand::invalid();
                }
            }
        }
        if let (Mode::Constant, Mode::Constant, Some(a), Some(bv)) = (x.mode, y.mode, &x.val, &y.val) {
            let int_div = self.info.types.is_integer(t);
            return match constant::binary(op, a, bv, int_div) {
                Ok(v) => {
                    let v = if matches!(v, ConstValue::Float(_)) && int_div { ConstValue::Int(v.to_int().unwrap_or_default()) } else { v };
                    self.typed_const(e, t, v)
                }
                Err(ConstError::DivByZero) => {
                    self.error(rhs.span, Code::DivByZero, "invalid operation: division by zero");
                    Operand::invalid()
                }
                Err(ConstError::Overflow) => {
                    self.error(e.span, Code::ConstOverflow, "constant overflow");
                    Operand::invalid()
                }
                Err(_) => Operand::invalid(),
            };
        }
        Operand::value(t)
    }

    /// Converts an untyped operand to the other's type (both untyped: the larger kind).
    pub(super) fn match_types(&mut self, x: &mut Operand, xe: &ast::Expr, y: &mut Operand, ye: &ast::Expr) {
        let (xu, yu) = (self.info.types.is_untyped(x.ty), self.info.types.is_untyped(y.ty));
        if xu && !yu {
            if x.ty == TypeId::UNTYPED_NIL || !self.info.types.is_interface(y.ty) || self.info.types.is_type_param(y.ty) {
                self.convert_untyped(x, xe, y.ty);
            } else {
                self.default_operand(x, xe);
            }
        } else if yu && !xu {
            if y.ty == TypeId::UNTYPED_NIL || !self.info.types.is_interface(x.ty) || self.info.types.is_type_param(x.ty) {
                self.convert_untyped(y, ye, x.ty);
            } else {
                self.default_operand(y, ye);
            }
        } else if xu && yu {
            let (a, b) = (self.info.types.basic_of(x.ty), self.info.types.basic_of(y.ty));
            if let (Some(a), Some(b)) = (a, b) {
                if a.is_numeric() && b.is_numeric() {
                    if a > b {
                        self.convert_untyped(y, ye, x.ty);
                    } else if b > a {
                        self.convert_untyped(x, xe, y.ty);
                    }
                }
            }
        }
    }

    pub(super) fn comparison(&mut self, e: &ast::Expr, op: ast::BinaryOp, x: Operand, xe: &ast::Expr, y: Operand, ye: &ast::Expr) -> Operand {
        let ordered = !matches!(op, ast::BinaryOp::Eq | ast::BinaryOp::Ne);
        let mismatch = |cx: &mut Self| {
            cx.error(
                e.span,
                Code::TypeMismatch,
                format!("invalid operation: {} (mismatched types {} and {})", cx.expr_str(e), cx.type_str(x.ty), cx.type_str(y.ty)),
            );
            Operand::invalid()
        };
        let x_nil = x.ty == TypeId::UNTYPED_NIL || self.info.conversion(xe.id).is_some_and(|c| c.kind == ConversionKind::Nil);
        let y_nil = y.ty == TypeId::UNTYPED_NIL || self.info.conversion(ye.id).is_some_and(|c| c.kind == ConversionKind::Nil);
        if x.ty != y.ty {
            // Interface vs concrete: the concrete side converts to the interface.
            if self.info.types.is_interface(x.ty) && self.assignable(y.ty, x.ty).is_ok() {
                if let Ok(Some(k)) = self.assignable(y.ty, x.ty) {
                    self.record_conversion(ye.id, Conversion { from: y.ty, to: x.ty, kind: k });
                }
            } else if self.info.types.is_interface(y.ty) && self.assignable(x.ty, y.ty).is_ok() {
                if let Ok(Some(k)) = self.assignable(x.ty, y.ty) {
                    self.record_conversion(xe.id, Conversion { from: x.ty, to: y.ty, kind: k });
                }
            } else if self.assignable(x.ty, y.ty).is_err() && self.assignable(y.ty, x.ty).is_err() {
                return mismatch(self);
            }
        }
        let t = x.ty;
        if ordered {
            let core = self.core_type(t);
            let ok = self.info.types.basic_of(core).is_some_and(Basic::is_ordered) || self.type_param_all(t, Basic::is_ordered);
            if !ok {
                self.error(e.span, Code::InvalidOp, format!("invalid operation: {} (operator {} not defined on {})", self.expr_str(e), op.as_str(), self.type_str(t)));
                return Operand::invalid();
            }
        } else if !(x_nil || y_nil) {
            let (cx, cy) = (self.is_comparable(x.ty), self.is_comparable(y.ty));
            if !cx || !cy {
                let bad = if !cx { x.ty } else { y.ty };
                let what = match self.info.types.under(bad) {
                    TypeKind::Slice(_) => "slice can only be compared to nil",
                    TypeKind::Map(..) => "map can only be compared to nil",
                    TypeKind::Func(_) => "func can only be compared to nil",
                    _ => "incomparable types",
                };
                self.error(e.span, Code::InvalidOp, format!("invalid operation: {} ({what})", self.expr_str(e)));
                return Operand::invalid();
            }
        }
        // Two untyped operands are compared as constants; give them their default types so
        // no untyped type is left on the tree.
        let (mut x, mut y) = (x, y);
        if self.info.types.is_untyped(x.ty) && x.ty != TypeId::UNTYPED_NIL {
            self.default_operand(&mut x, xe);
        }
        if self.info.types.is_untyped(y.ty) && y.ty != TypeId::UNTYPED_NIL {
            self.default_operand(&mut y, ye);
        }
        if let (Mode::Constant, Mode::Constant, Some(a), Some(b)) = (x.mode, y.mode, &x.val, &y.val) {
            if let Ok(v) = constant::binary(op, a, b, true) {
                return Operand::constant(TypeId::UNTYPED_BOOL, v);
            }
        }
        // Untyped operands that remain (both untyped, non-constant) get default types.
        Operand::value(TypeId::UNTYPED_BOOL)
    }

    pub(super) fn shift(&mut self, e: &ast::Expr, op: ast::BinaryOp, mut x: Operand, xe: &ast::Expr, mut y: Operand, ye: &ast::Expr) -> Operand {
        // The count: integer, or an untyped constant representable as uint.
        if self.info.types.is_untyped(y.ty) {
            if let Some(v) = &y.val {
                match v.to_int() {
                    Some(i) if !i.is_negative() => {
                        y.val = Some(ConstValue::Int(i));
                        self.convert_untyped(&mut y, ye, TypeId::basic(Basic::Uint));
                    }
                    _ => {
                        self.error(ye.span, Code::InvalidOp, format!("invalid shift count {}", self.expr_str(ye)));
                        return Operand::invalid();
                    }
                }
            } else {
                self.default_operand(&mut y, ye);
            }
        } else if !self.is_integer_core(y.ty) && !self.type_param_all(y.ty, Basic::is_integer) {
            self.error(ye.span, Code::InvalidOp, format!("invalid operation: shift count {} must be integer", self.expr_str(ye)));
            return Operand::invalid();
        }
        if let Some(v) = &y.val {
            if v.to_int().is_some_and(|i| i.is_negative()) {
                self.error(ye.span, Code::InvalidOp, format!("invalid operation: negative shift count {}", self.expr_str(ye)));
                return Operand::invalid();
            }
        }
        if self.info.types.is_untyped(x.ty) {
            // An untyped float constant with an integral value may be shifted as an integer.
            if let Some(v) = &x.val {
                match v.to_int() {
                    Some(i) => {
                        x.val = Some(ConstValue::Int(i));
                        if x.ty == TypeId::UNTYPED_FLOAT {
                            x.ty = TypeId::UNTYPED_INT;
                        }
                    }
                    None => {
                        self.error(xe.span, Code::InvalidOp, format!("invalid operation: shifted operand {} must be integer", self.expr_str(xe)));
                        return Operand::invalid();
                    }
                }
            }
            if !self.info.types.is_integer(x.ty) {
                self.error(xe.span, Code::InvalidOp, format!("invalid operation: shifted operand {} must be integer", self.expr_str(xe)));
                return Operand::invalid();
            }
            if x.mode == Mode::Constant && y.mode == Mode::Constant {
                let (Some(a), Some(b)) = (x.val.as_ref().and_then(|v| v.to_int()), y.val.as_ref().and_then(|v| v.to_int())) else { return Operand::invalid() };
                return match constant::shift(op, &a, &b) {
                    Ok(v) => self.typed_const(e, x.ty, ConstValue::Int(v)),
                    Err(_) => {
                        self.error(ye.span, Code::InvalidOp, format!("invalid shift count {}", self.expr_str(ye)));
                        Operand::invalid()
                    }
                };
            }
            // Non-constant shift of an untyped constant: the result takes its type from the
            // context (go/types' delayed typing), so stay untyped and non-constant.
            return Operand::value(x.ty);
        }
        if !self.is_integer_core(x.ty) && !self.type_param_all(x.ty, Basic::is_integer) {
            self.error(xe.span, Code::InvalidOp, format!("invalid operation: shifted operand {} must be integer", self.expr_str(xe)));
            return Operand::invalid();
        }
        if let (Mode::Constant, Mode::Constant, Some(a), Some(b)) = (x.mode, y.mode, x.val.as_ref().and_then(|v| v.to_int()), y.val.as_ref().and_then(|v| v.to_int())) {
            if let Ok(v) = constant::shift(op, &a, &b) {
                return self.typed_const(e, x.ty, ConstValue::Int(v));
            }
        }
        Operand::value(x.ty)
    }

    pub(super) fn type_assert(&mut self, e: &'a ast::Expr, x: &'a ast::Expr, ty: Option<&'a ast::Expr>, scope: ScopeId) -> Operand {
        let mut o = self.expr(x, scope);
        self.single_value(&mut o, x);
        if o.mode == Mode::Invalid {
            return Operand::invalid();
        }
        if !self.info.types.is_interface(o.ty) || self.info.types.is_type_param(o.ty) {
            self.error(x.span, Code::InvalidOp, format!("invalid operation: {} (variable of type {}) is not an interface", self.expr_str(x), self.type_str(o.ty)));
            return Operand::invalid();
        }
        let Some(ty) = ty else {
            self.error(e.span, Code::TypeError, "use of .(type) outside type switch");
            return Operand::invalid();
        };
        let t = self.resolve_type(ty, scope);
        if t == TypeId::INVALID {
            return Operand::invalid();
        }
        if !self.info.types.is_interface(t) {
            if let Err(why) = self.implements_iface(t, o.ty) {
                self.error(ty.span, Code::TypeError, format!("impossible type assertion: {} ({why})", self.expr_str(e)));
                return Operand::invalid();
            }
        }
        Operand::value(t)
    }

}

/// The value of an imaginary literal's coefficient (`2i`, `1.5e3i`, `0x1p-2i`); an all-digit
/// coefficient is decimal even with a leading `0` (the spec keeps `0123i` == `123i`).
fn imag_literal(text: &str) -> Option<BigRat> {
    let digits = text.strip_suffix('i')?;
    if digits.len() > 1 && digits.starts_with('0') && digits.bytes().all(|b| b.is_ascii_digit() || b == b'_') {
        return BigRat::parse(digits.trim_start_matches(['0', '_']).trim_start_matches('_')).or_else(|| Some(BigRat::from_int(BigInt::zero())));
    }
    ConstValue::parse_float(digits).or_else(|| BigInt::parse_literal(digits).map(BigRat::from_int))
}
