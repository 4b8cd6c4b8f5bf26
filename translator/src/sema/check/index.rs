//! Index and slice expressions, explicit generic instantiation, index bounds.

use super::expr::Operand;
use super::*;
use crate::sema::constant::ConstValue;
use crate::sema::types::{Basic, TypeKind};

impl<'a> Checker<'a> {
    pub(super) fn index(&mut self, e: &'a ast::Expr, x: &'a ast::Expr, indices: &'a [ast::Expr], scope: ScopeId) -> Operand {
        let o = self.expr(x, scope);
        match o.mode {
            Mode::Invalid => return Operand::invalid(),
            Mode::Type => {
                let t = self.resolve_type(e, scope);
                return if t == TypeId::INVALID { Operand::invalid() } else { Operand { mode: Mode::Type, ty: t, val: None } };
            }
            _ => {}
        }
        // Explicit instantiation of a generic function.
        if let Some(tps) = self.generic_func_params(x) {
            let args: Vec<TypeId> = indices.iter().map(|i| self.resolve_type(i, scope)).collect();
            if args.len() > tps.len() {
                self.error(e.span, Code::TypeError, format!("got {} type arguments but {} has {} type parameters", args.len(), self.expr_str(x), tps.len()));
                return Operand::invalid();
            }
            if args.len() < tps.len() {
                // Partial instantiation: the call infers the rest.
                return Operand::value(o.ty);
            }
            let map = tps.iter().copied().zip(args.iter().copied()).collect();
            let t = self.subst(o.ty, &map);
            return Operand::value(t);
        }
        if indices.len() != 1 {
            self.error(e.span, Code::InvalidOp, format!("invalid operation: more than one index in {}", self.expr_str(e)));
            return Operand::invalid();
        }
        let idx = &indices[0];
        let mut o = o;
        if self.info.types.is_untyped(o.ty) && o.ty != TypeId::UNTYPED_NIL {
            // An untyped string constant indexed is a `string`.
            self.default_operand(&mut o, x);
        }
        let core = self.core_type(o.ty);
        let (mode, elem, length) = match self.info.types.kind(core).clone() {
            TypeKind::Basic(b) if b.is_string() => (Mode::Value, TypeId::UINT8, o.val.as_ref().and_then(|v| if let ConstValue::String(s) = v { Some(s.len() as u64) } else { None })),
            TypeKind::Slice(el) => (Mode::Variable, el, None),
            TypeKind::Array(n, el) => (if o.mode == Mode::Variable { Mode::Variable } else { Mode::Value }, el, Some(n)),
            TypeKind::Pointer(p) => match self.info.types.under(p).clone() {
                TypeKind::Array(n, el) => (Mode::Variable, el, Some(n)),
                _ => {
                    self.error(e.span, Code::InvalidOp, format!("invalid operation: cannot index {} (variable of type {})", self.expr_str(x), self.type_str(o.ty)));
                    return Operand::invalid();
                }
            },
            TypeKind::Map(k, v) => {
                let mut i = self.expr(idx, scope);
                self.assign_to(&mut i, idx, k, "map index");
                return Operand { mode: Mode::MapIndex, ty: v, val: None };
            }
            _ => {
                self.error(e.span, Code::InvalidOp, format!("invalid operation: cannot index {} (variable of type {})", self.expr_str(x), self.type_str(o.ty)));
                return Operand::invalid();
            }
        };
        self.index_value(idx, scope, length);
        Operand { mode, ty: elem, val: None }
    }

    /// Type parameters of a generic function denoted by `x` (not yet instantiated).
    pub(super) fn generic_func_params(&self, x: &ast::Expr) -> Option<Vec<TypeId>> {
        let o = match &x.unparen().kind {
            ast::ExprKind::Ident(_) => self.info.resolve(x.unparen().id),
            ast::ExprKind::Selector { sel, .. } => self.info.resolve(sel.id),
            _ => None,
        }?;
        match &self.info.obj(o).kind {
            ObjKind::Func(f) if !f.type_params.is_empty() && f.recv.is_none() => Some(f.type_params.clone()),
            _ => None,
        }
    }

    /// Checks an index (or slice bound): an integer, non-negative, within `length` if constant.
    pub(super) fn index_value(&mut self, idx: &'a ast::Expr, scope: ScopeId, length: Option<u64>) -> Option<i64> {
        let mut i = self.expr(idx, scope);
        self.single_value(&mut i, idx);
        if i.mode == Mode::Invalid {
            return None;
        }
        if self.info.types.is_untyped(i.ty) {
            if let Some(v) = &i.val {
                if v.to_int().is_none() {
                    self.error(idx.span, Code::TypeError, format!("invalid argument: index {} must be integer", self.expr_str(idx)));
                    return None;
                }
                i.val = v.to_int().map(ConstValue::Int);
            }
            self.convert_untyped(&mut i, idx, TypeId::INT);
        }
        if !self.is_integer_core(i.ty) && !self.type_param_all(i.ty, Basic::is_integer) {
            self.error(idx.span, Code::TypeError, format!("invalid argument: index {} (variable of type {}) must be integer", self.expr_str(idx), self.type_str(i.ty)));
            return None;
        }
        let v = i.val.as_ref().and_then(|v| v.as_i64());
        if let Some(v) = v {
            if v < 0 {
                self.error(idx.span, Code::TypeError, format!("invalid argument: index {} (constant of type int) must not be negative", self.expr_str(idx)));
                return None;
            }
            if let Some(n) = length {
                if v as u64 >= n && i.mode == Mode::Constant {
                    self.error(idx.span, Code::TypeError, format!("invalid argument: index {v} out of bounds [0:{n}]"));
                }
            }
        }
        v
    }

    pub(super) fn slice_expr(&mut self, e: &'a ast::Expr, x: &'a ast::Expr, lo: Option<&'a ast::Expr>, hi: Option<&'a ast::Expr>, max: Option<&'a ast::Expr>, scope: ScopeId) -> Operand {
        let mut o = self.expr(x, scope);
        self.single_value(&mut o, x);
        if o.mode == Mode::Invalid {
            return Operand::invalid();
        }
        let core = self.core_type(o.ty);
        let (result, length) = match self.info.types.kind(core).clone() {
            TypeKind::Basic(b) if b.is_string() => {
                if max.is_some() {
                    self.error(e.span, Code::InvalidOp, "invalid operation: 3-index slice of string");
                    return Operand::invalid();
                }
                let t = if self.info.types.is_untyped(o.ty) { TypeId::STRING } else { o.ty };
                (t, None)
            }
            TypeKind::Slice(_) => (o.ty, None),
            TypeKind::Array(n, el) => {
                if o.mode != Mode::Variable {
                    self.error(e.span, Code::InvalidOp, format!("invalid operation: {} (slice of unaddressable value)", self.expr_str(e)));
                    return Operand::invalid();
                }
                (self.info.types.slice(el), Some(n))
            }
            TypeKind::Pointer(p) => match self.info.types.under(p).clone() {
                TypeKind::Array(n, el) => (self.info.types.slice(el), Some(n)),
                _ => {
                    self.error(e.span, Code::InvalidOp, format!("cannot slice {} (variable of type {})", self.expr_str(x), self.type_str(o.ty)));
                    return Operand::invalid();
                }
            },
            _ => {
                self.error(e.span, Code::InvalidOp, format!("cannot slice {} (variable of type {})", self.expr_str(x), self.type_str(o.ty)));
                return Operand::invalid();
            }
        };
        let cap = length.map(|n| n + 1);
        let mut vals = Vec::new();
        for b in [lo, hi, max].into_iter().flatten() {
            vals.push(self.index_value(b, scope, cap));
        }
        let consts: Vec<i64> = vals.into_iter().flatten().collect();
        if consts.windows(2).any(|w| w[0] > w[1]) && consts.len() == [lo, hi, max].iter().filter(|b| b.is_some()).count() {
            self.error(e.span, Code::TypeError, "invalid slice indices: indices out of order");
        }
        Operand::value(result)
    }
}
