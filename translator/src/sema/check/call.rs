//! Calls: conversions, function and method calls (incl. generic inference), call kinds.

use std::collections::HashMap;

use super::expr::Operand;
use super::untyped::{representable, Repr};
use super::*;
use crate::sema::constant::ConstValue;
use crate::sema::types::{Basic, TypeKind};

impl<'a> Checker<'a> {
    pub(super) fn call(&mut self, e: &'a ast::Expr, func: &'a ast::Expr, args: &'a [ast::Expr], ellipsis: bool, scope: ScopeId) -> Operand {
        let f = self.expr(func, scope);
        match f.mode {
            Mode::Invalid => {
                for a in args {
                    self.expr(a, scope);
                }
                return Operand::invalid();
            }
            Mode::Type => return self.conversion(e, f.ty, args, ellipsis, scope),
            Mode::Builtin => {
                let which = match self.info.resolve(func.unparen().id).map(|o| self.info.obj(o).kind.clone()) {
                    Some(ObjKind::Builtin(b)) => Some(b),
                    _ => self.builtin_by_name(func, scope),
                };
                return match which {
                    Some(b) => self.builtin(e, b, args, ellipsis, scope),
                    None => Operand::invalid(),
                };
            }
            Mode::Package => {
                self.error(func.span, Code::NotAnExpr, format!("use of package {} without selector", self.expr_str(func)));
                return Operand::invalid();
            }
            _ => {}
        }
        let core = self.core_type(f.ty);
        let Some(sig) = self.info.types.signature(core).cloned() else {
            self.error(e.span, Code::NotCallable, format!("invalid operation: cannot call non-function {} (variable of type {})", self.expr_str(func), self.type_str(f.ty)));
            for a in args {
                self.expr(a, scope);
            }
            return Operand::invalid();
        };
        let kind = self.callee_kind(func);
        // Generic functions: type parameters still free in the signature.
        let (generic_params, explicit) = self.free_type_params(func);
        // Arguments.
        let (mut ops, spread) = self.call_args(args, scope, &sig, generic_params.is_empty());
        let mut type_args = Vec::new();
        let sig_t = if generic_params.is_empty() {
            core
        } else {
            match self.infer(e, &generic_params, &explicit, &sig, &ops, args, ellipsis) {
                Some(targs) => {
                    let map: HashMap<TypeId, TypeId> = generic_params.iter().copied().zip(targs.iter().copied()).collect();
                    type_args = targs;
                    let t = self.subst(core, &map);
                    self.record_type(func.id, t, Mode::Value);
                    if let ast::ExprKind::Index { x, .. } = &func.unparen().kind {
                        self.record_type(x.id, t, Mode::Value);
                    }
                    t
                }
                None => {
                    return Operand::invalid();
                }
            }
        };
        let sig = self.info.types.signature(sig_t).cloned().unwrap_or(sig);
        let packs = self.check_args(e, func, &sig, &mut ops, args, ellipsis, spread);
        let result = match sig.results.len() {
            0 => Operand { mode: Mode::NoValue, ty: TypeId::INVALID, val: None },
            1 => Operand::value(sig.results[0]),
            _ => {
                let t = self.info.types.tuple(sig.results.clone());
                Operand::value(t)
            }
        };
        self.record_call(e.id, CallInfo { kind, must_await: false, boxed: false, type_args, sig: sig_t, spread, packs_variadic: packs });
        result
    }

    fn builtin_by_name(&self, func: &ast::Expr, scope: ScopeId) -> Option<Builtin> {
        let name = func.unparen().as_ident()?;
        let o = self.lookup(scope, name)?;
        match self.info.obj(o).kind {
            ObjKind::Builtin(b) => Some(b),
            _ => None,
        }
    }

    /// What kind of callee `func` is (a declared function, a method, an interface method, or
    /// a func value).
    fn callee_kind(&self, func: &ast::Expr) -> CallKind {
        let f = func.unparen();
        let f = match &f.kind {
            ast::ExprKind::Index { x, .. } => x.unparen(),
            _ => f,
        };
        match &f.kind {
            ast::ExprKind::Ident(_) => match self.info.resolve(f.id) {
                Some(o) if matches!(self.info.obj(o).kind, ObjKind::Func(_)) => CallKind::Func(o),
                _ => CallKind::FuncValue,
            },
            ast::ExprKind::Selector { .. } => match self.info.selection(f.id) {
                Some(Selection::PkgMember { obj, .. }) if matches!(self.info.obj(*obj).kind, ObjKind::Func(_)) => CallKind::Func(*obj),
                Some(Selection::Method { method, .. }) => CallKind::Method(*method),
                Some(Selection::InterfaceMethod { iface, name, path }) if !self.is_method_expr_iface(f, path) => {
                    CallKind::InterfaceMethod { iface: *iface, name: name.clone() }
                }
                _ => CallKind::FuncValue,
            },
            _ => CallKind::FuncValue,
        }
    }

    fn is_method_expr_iface(&self, f: &ast::Expr, _path: &[FieldStep]) -> bool {
        if let ast::ExprKind::Selector { x, .. } = &f.kind {
            return self.info.mode(x.id) == Mode::Type;
        }
        false
    }

    /// For a generic function callee: its free type parameters and explicit type arguments.
    fn free_type_params(&mut self, func: &ast::Expr) -> (Vec<TypeId>, Vec<TypeId>) {
        let f = func.unparen();
        match &f.kind {
            ast::ExprKind::Index { x, indices } => match self.generic_func_params(x) {
                Some(tps) if indices.len() < tps.len() => {
                    let explicit = indices.iter().map(|i| self.info.type_of(i.id)).collect();
                    (tps, explicit)
                }
                _ => (Vec::new(), Vec::new()),
            },
            _ => match self.generic_func_params(f) {
                Some(tps) => (tps, Vec::new()),
                None => (Vec::new(), Vec::new()),
            },
        }
    }

    /// Evaluates call arguments; `f(g())` with a multi-value `g` spreads.
    fn call_args(&mut self, args: &'a [ast::Expr], scope: ScopeId, sig: &crate::sema::types::Signature, hints: bool) -> (Vec<Operand>, bool) {
        if args.len() == 1 {
            let x = self.expr_hint(&args[0], scope, if hints { sig.params.first().copied() } else { None });
            if let TypeKind::Tuple(ts) = self.info.types.kind(x.ty).clone() {
                if x.mode != Mode::Invalid {
                    return (ts.into_iter().map(Operand::value).collect(), true);
                }
            }
            return (vec![x], false);
        }
        let mut out = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let hint = if hints { param_type(sig, i, &self.info.types) } else { None };
            let mut x = self.expr_hint(a, scope, hint);
            self.single_value(&mut x, a);
            out.push(x);
        }
        (out, false)
    }

    /// Checks arity and assigns each argument to its parameter. Returns whether the trailing
    /// arguments are packed into a new variadic slice.
    #[allow(clippy::too_many_arguments)]
    fn check_args(&mut self, e: &ast::Expr, func: &ast::Expr, sig: &crate::sema::types::Signature, ops: &mut [Operand], args: &'a [ast::Expr], ellipsis: bool, spread: bool) -> bool {
        let n = sig.params.len();
        let m = ops.len();
        if ops.iter().any(|o| o.mode == Mode::Invalid) && !spread {
            // Still check the rest for more errors.
        }
        let too = |cx: &mut Self, few: bool| {
            let have: Vec<String> = ops.iter().map(|o| cx.type_str(cx.default_type(o.ty))).collect();
            let want: Vec<String> = sig.params.iter().map(|p| cx.type_str(*p)).collect();
            cx.error(
                e.span,
                Code::ArgCount,
                format!(
                    "{} arguments in call to {}\n\thave ({})\n\twant ({})",
                    if few { "not enough" } else { "too many" },
                    cx.expr_str(func),
                    have.join(", "),
                    want.join(", ")
                ),
            );
        };
        if ellipsis {
            if !sig.variadic {
                self.error(e.span, Code::TypeError, format!("have (...) but function {} is not variadic", self.expr_str(func)));
                return false;
            }
            if m != n {
                too(self, m < n);
                return false;
            }
        } else if sig.variadic {
            if m < n - 1 {
                too(self, true);
                return false;
            }
        } else if m != n {
            too(self, m < n);
            return false;
        }
        for i in 0..m {
            let Some(pt) = (if ellipsis { sig.params.get(i).copied() } else { param_type(sig, i, &self.info.types) }) else { break };
            if spread {
                continue;
            }
            let mut x = ops[i].clone();
            self.assign_to(&mut x, &args[i], pt, &format!("argument to {}", self.expr_str(func)));
            ops[i] = x;
        }
        if spread {
            let results: Vec<TypeId> = ops.iter().map(|o| o.ty).collect();
            let slots: Vec<TypeId> = (0..m).map(|i| param_type(sig, i, &self.info.types).unwrap_or(TypeId::INVALID)).collect();
            let ctx = format!("argument to {}", self.expr_str(func));
            self.tuple_into(&args[0], &results, &slots, &ctx);
        }
        sig.variadic && !ellipsis
    }

    /// `T(x)`.
    fn conversion(&mut self, e: &'a ast::Expr, t: TypeId, args: &'a [ast::Expr], ellipsis: bool, scope: ScopeId) -> Operand {
        if args.len() != 1 || ellipsis {
            for a in args {
                self.expr(a, scope);
            }
            self.error(e.span, Code::ArgCount, format!("{} conversion to {}", if args.is_empty() { "missing argument in" } else { "too many arguments in" }, self.type_str(t)));
            return Operand::invalid();
        }
        let a = &args[0];
        let mut x = self.expr_hint(a, scope, Some(t));
        self.single_value(&mut x, a);
        if x.mode == Mode::Invalid || t == TypeId::INVALID {
            return Operand::invalid();
        }
        self.record_call(e.id, CallInfo { kind: CallKind::Conversion { to: t }, must_await: false, boxed: false, type_args: vec![], sig: TypeId::INVALID, spread: false, packs_variadic: false });
        let tb = if self.info.types.is_type_param(t) { None } else { self.info.types.basic_of(t) };
        // Constant conversions.
        if let (Mode::Constant, Some(v), Some(b)) = (x.mode, x.val.clone(), tb) {
            let xb = self.info.types.basic_of(x.ty);
            if b.is_string() && xb.is_some_and(Basic::is_integer) {
                // string(rune): the UTF-8 encoding of the code point (U+FFFD if invalid).
                let cp = v.to_int().and_then(|i| i.to_i64()).and_then(|i| u32::try_from(i).ok()).and_then(char::from_u32).unwrap_or('\u{FFFD}');
                if self.info.types.is_untyped(x.ty) {
                    self.convert_untyped(&mut x, a, TypeId::INT32);
                }
                return Operand::constant(t, ConstValue::String(cp.to_string().into_bytes()));
            }
            let compatible = (b.is_numeric() && xb.is_some_and(Basic::is_numeric)) || (b.is_string() && xb.is_some_and(Basic::is_string)) || (b.is_boolean() && xb.is_some_and(Basic::is_boolean));
            if compatible {
                let v2 = match (&v, b.is_integer()) {
                    // Typed float → int constant conversion must be exact.
                    (ConstValue::Float(_), true) => v.clone(),
                    (ConstValue::Int(i), false) if b.is_float() => ConstValue::Float(crate::sema::BigRat::from_int(i.clone())),
                    _ => v.clone(),
                };
                return match representable(&v2, b) {
                    Ok(nv) => {
                        if self.info.types.is_untyped(x.ty) {
                            self.convert_untyped(&mut x, a, t);
                        }
                        Operand::constant(t, nv)
                    }
                    Err(Repr::Truncated) => {
                        self.error(a.span, Code::ConstOverflow, format!("cannot convert {} (untyped float constant) to type {} (truncated)", self.expr_str(a), self.type_str(t)));
                        Operand::invalid()
                    }
                    Err(_) => {
                        self.error(a.span, Code::ConstOverflow, format!("cannot convert {} (constant {v}) to type {} (overflows)", self.expr_str(a), self.type_str(t)));
                        Operand::invalid()
                    }
                };
            }
        }
        if self.info.types.is_untyped(x.ty) {
            if x.ty == TypeId::UNTYPED_NIL {
                self.convert_untyped(&mut x, a, t);
                return if x.mode == Mode::Invalid { Operand::invalid() } else { Operand::value(t) };
            }
            let target = match tb {
                Some(b) if b.is_numeric() && self.info.types.basic_of(x.ty).is_some_and(Basic::is_numeric) && x.mode != Mode::Constant => t,
                _ => self.default_type(x.ty),
            };
            self.convert_untyped(&mut x, a, target);
        }
        if !self.convertible(x.ty, t) {
            self.error(e.span, Code::TypeError, format!("cannot convert {} (value of type {}) to type {}", self.expr_str(a), self.type_str(x.ty), self.type_str(t)));
            return Operand::invalid();
        }
        if self.info.types.is_interface(t) && !self.info.types.is_type_param(t) {
            if let Ok(Some(k)) = self.assignable(x.ty, t) {
                self.record_conversion(a.id, Conversion { from: x.ty, to: t, kind: k });
            }
        }
        Operand::value(t)
    }
}

/// The type of parameter `i` of a call (variadic tail: the element type).
pub(super) fn param_type(sig: &crate::sema::types::Signature, i: usize, types: &Types) -> Option<TypeId> {
    let n = sig.params.len();
    if sig.variadic && i + 1 >= n {
        let last = *sig.params.last()?;
        return types.elem(last);
    }
    sig.params.get(i).copied()
}
