//! Builtin function calls: len, cap, append, copy, make, new, delete, clear, close, panic,
//! recover, print, println, min, max, complex, real, imag.

use super::expr::Operand;
use super::*;
use crate::sema::constant::{self, ConstValue};
use crate::sema::types::{Basic, TypeKind};
use crate::sema::BigInt;

impl<'a> Checker<'a> {
    pub(super) fn builtin(&mut self, e: &'a ast::Expr, b: Builtin, args: &'a [ast::Expr], ellipsis: bool, scope: ScopeId) -> Operand {
        let info = |kind: CallKind| CallInfo { kind, must_await: false, boxed: false, type_args: vec![], sig: TypeId::INVALID, spread: false, packs_variadic: false };
        self.record_call(e.id, info(CallKind::Builtin(b)));
        if ellipsis && b != Builtin::Append {
            self.error(e.span, Code::TypeError, format!("invalid operation: invalid use of ... with built-in {}", b.name()));
            return Operand::invalid();
        }
        let nargs = |cx: &mut Self, min: usize, max: usize| -> bool {
            if args.len() < min || args.len() > max {
                cx.error(
                    e.span,
                    Code::ArgCount,
                    format!("{} arguments for {} (expected {min}, found {})", if args.len() < min { "not enough" } else { "too many" }, cx.expr_str(e), args.len()),
                );
                for a in args {
                    cx.expr(a, scope);
                }
                return false;
            }
            true
        };
        match b {
            Builtin::Len | Builtin::Cap => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid();
                }
                let Some(mut x) = self.builtin_arg(&args[0], scope) else { return Operand::invalid() };
                if let (Builtin::Len, Some(ConstValue::String(s))) = (b, &x.val) {
                    let n = s.len() as i64;
                    self.default_operand(&mut x, &args[0]);
                    return Operand::constant(TypeId::INT, ConstValue::Int(BigInt::from_i64(n)));
                }
                let core = self.core_type(x.ty);
                let ok = match self.info.types.kind(core).clone() {
                    TypeKind::Basic(bb) => bb.is_string() && b == Builtin::Len,
                    TypeKind::Array(n, _) => {
                        if !contains_call_or_recv(&args[0]) {
                            return Operand::constant(TypeId::INT, ConstValue::Int(BigInt::from_i64(n as i64)));
                        }
                        true
                    }
                    TypeKind::Pointer(p) => match self.info.types.under(p).clone() {
                        TypeKind::Array(n, _) => {
                            if !contains_call_or_recv(&args[0]) {
                                return Operand::constant(TypeId::INT, ConstValue::Int(BigInt::from_i64(n as i64)));
                            }
                            true
                        }
                        _ => false,
                    },
                    TypeKind::Slice(_) | TypeKind::Chan(..) => true,
                    TypeKind::Map(..) => b == Builtin::Len,
                    TypeKind::TypeParam(_) => true,
                    _ => false,
                };
                if !ok {
                    self.error(args[0].span, Code::TypeError, format!("invalid argument: {} (variable of type {}) for built-in {}", self.expr_str(&args[0]), self.type_str(x.ty), b.name()));
                    return Operand::invalid();
                }
                Operand::value(TypeId::INT)
            }
            Builtin::Append => {
                if args.is_empty() {
                    self.error(e.span, Code::ArgCount, "not enough arguments for append() (expected 1, found 0)");
                    return Operand::invalid();
                }
                let mut s = self.expr(&args[0], scope);
                self.single_value(&mut s, &args[0]);
                if s.mode == Mode::Invalid {
                    for a in &args[1..] {
                        self.expr(a, scope);
                    }
                    return Operand::invalid();
                }
                if s.ty == TypeId::UNTYPED_NIL {
                    self.error(args[0].span, Code::TypeError, "first argument to append must be a typed slice; found untyped nil");
                    return Operand::invalid();
                }
                let core = self.core_type(s.ty);
                let TypeKind::Slice(el) = self.info.types.kind(core).clone() else {
                    self.error(args[0].span, Code::TypeError, format!("invalid argument: {} (variable of type {}) is not a slice", self.expr_str(&args[0]), self.type_str(s.ty)));
                    return Operand::invalid();
                };
                if ellipsis {
                    if args.len() != 2 {
                        self.error(e.span, Code::ArgCount, "can only use ... with final argument in list");
                        return Operand::invalid();
                    }
                    let mut x = self.expr(&args[1], scope);
                    self.single_value(&mut x, &args[1]);
                    // append([]byte, string...) is allowed.
                    let is_bytes_from_string = self.info.types.basic_of(el) == Some(Basic::Uint8) && self.info.types.is_string(x.ty);
                    if is_bytes_from_string {
                        self.default_operand(&mut x, &args[1]);
                    } else {
                        self.assign_to(&mut x, &args[1], s.ty, "append");
                    }
                } else {
                    for a in &args[1..] {
                        let mut x = self.expr_hint(a, scope, Some(el));
                        self.assign_to(&mut x, a, el, "argument to append");
                    }
                }
                if let Some(c) = self.info.calls.get_mut(&e.id) {
                    c.packs_variadic = !ellipsis;
                }
                Operand::value(s.ty)
            }
            Builtin::Copy => {
                if !nargs(self, 2, 2) {
                    return Operand::invalid();
                }
                let mut d = self.expr(&args[0], scope);
                let mut s = self.expr(&args[1], scope);
                self.single_value(&mut d, &args[0]);
                self.single_value(&mut s, &args[1]);
                if d.mode == Mode::Invalid || s.mode == Mode::Invalid {
                    return Operand::invalid();
                }
                self.default_operand(&mut s, &args[1]);
                let dc = self.core_type(d.ty);
                let sc = self.core_type(s.ty);
                let ok = match (self.info.types.kind(dc).clone(), self.info.types.kind(sc).clone()) {
                    (TypeKind::Slice(a), TypeKind::Slice(b)) => a == b,
                    (TypeKind::Slice(a), TypeKind::Basic(bb)) => bb.is_string() && self.info.types.basic_of(a) == Some(Basic::Uint8),
                    _ => false,
                };
                if !ok {
                    self.error(e.span, Code::TypeError, format!("invalid argument: copy expects slice arguments; found {} and {}", self.type_str(d.ty), self.type_str(s.ty)));
                    return Operand::invalid();
                }
                Operand::value(TypeId::INT)
            }
            Builtin::Make => {
                if args.is_empty() {
                    self.error(e.span, Code::ArgCount, "not enough arguments for make() (expected 1, found 0)");
                    return Operand::invalid();
                }
                let t = self.resolve_type(&args[0], scope);
                if t == TypeId::INVALID {
                    for a in &args[1..] {
                        self.expr(a, scope);
                    }
                    return Operand::invalid();
                }
                let core = self.core_type(t);
                let (min, max) = match self.info.types.kind(core) {
                    TypeKind::Slice(_) => (2, 3),
                    TypeKind::Map(..) | TypeKind::Chan(..) => (1, 2),
                    _ => {
                        self.error(args[0].span, Code::TypeError, format!("invalid argument: cannot make {}; type must be slice, map, or channel", self.type_str(t)));
                        return Operand::invalid();
                    }
                };
                if args.len() < min || args.len() > max {
                    self.error(e.span, Code::ArgCount, format!("invalid operation: {} expects {min} or {max} arguments; found {}", self.expr_str(e), args.len()));
                    return Operand::invalid();
                }
                let mut sizes = Vec::new();
                for a in &args[1..] {
                    sizes.push(self.index_value(a, scope, None));
                }
                if let [Some(l), Some(c)] = sizes.as_slice() {
                    if l > c {
                        self.error(e.span, Code::TypeError, format!("invalid argument: length and capacity swapped in {}", self.expr_str(e)));
                    }
                }
                Operand::value(t)
            }
            Builtin::New => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid();
                }
                // `new(T)`, or (Go 1.26) `new(v)`: a new variable of v's (default) type holding v.
                let mut x = self.expr(&args[0], scope);
                let t = match x.mode {
                    Mode::Invalid => TypeId::INVALID,
                    Mode::Type => x.ty,
                    _ => {
                        self.single_value(&mut x, &args[0]);
                        if x.mode == Mode::Invalid {
                            return Operand::invalid();
                        }
                        if x.ty == TypeId::UNTYPED_NIL {
                            self.error(args[0].span, Code::TypeError, "use of untyped nil in argument to built-in new");
                            return Operand::invalid();
                        }
                        let d = self.default_type(x.ty);
                        self.convert_untyped(&mut x, &args[0], d);
                        d
                    }
                };
                if t == TypeId::INVALID {
                    return Operand::invalid();
                }
                Operand::value(self.info.types.pointer(t))
            }
            Builtin::Delete => {
                if !nargs(self, 2, 2) {
                    return Operand::invalid();
                }
                let mut m = self.expr(&args[0], scope);
                self.single_value(&mut m, &args[0]);
                let core = self.core_type(m.ty);
                let TypeKind::Map(k, _) = self.info.types.kind(core).clone() else {
                    if m.mode != Mode::Invalid {
                        self.error(args[0].span, Code::TypeError, format!("invalid argument: {} (variable of type {}) is not a map", self.expr_str(&args[0]), self.type_str(m.ty)));
                    }
                    self.expr(&args[1], scope);
                    return Operand { mode: Mode::NoValue, ty: TypeId::INVALID, val: None };
                };
                let mut key = self.expr(&args[1], scope);
                self.assign_to(&mut key, &args[1], k, "argument to delete");
                Operand { mode: Mode::NoValue, ty: TypeId::INVALID, val: None }
            }
            Builtin::Clear => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid();
                }
                let mut x = self.expr(&args[0], scope);
                self.single_value(&mut x, &args[0]);
                let core = self.core_type(x.ty);
                if x.mode != Mode::Invalid && !matches!(self.info.types.kind(core), TypeKind::Map(..) | TypeKind::Slice(_) | TypeKind::TypeParam(_)) {
                    self.error(args[0].span, Code::TypeError, format!("invalid argument: {} (variable of type {}) must be a map or slice", self.expr_str(&args[0]), self.type_str(x.ty)));
                }
                Operand { mode: Mode::NoValue, ty: TypeId::INVALID, val: None }
            }
            Builtin::Close => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid();
                }
                let mut x = self.expr(&args[0], scope);
                self.single_value(&mut x, &args[0]);
                let core = self.core_type(x.ty);
                match self.info.types.kind(core) {
                    TypeKind::Chan(ast::ChanDir::Recv, _) => {
                        self.error(args[0].span, Code::InvalidOp, format!("invalid operation: cannot close receive-only channel {}", self.expr_str(&args[0])));
                    }
                    TypeKind::Chan(..) | TypeKind::TypeParam(_) | TypeKind::Invalid => {}
                    _ => {
                        self.error(args[0].span, Code::InvalidOp, format!("invalid operation: non-chan argument {} to close", self.expr_str(&args[0])));
                    }
                }
                Operand { mode: Mode::NoValue, ty: TypeId::INVALID, val: None }
            }
            Builtin::Panic => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid();
                }
                let mut x = self.expr(&args[0], scope);
                let any = self.any_type;
                self.assign_to(&mut x, &args[0], any, "argument to panic");
                Operand { mode: Mode::NoValue, ty: TypeId::INVALID, val: None }
            }
            Builtin::Recover => {
                if !nargs(self, 0, 0) {
                    return Operand::invalid();
                }
                Operand::value(self.any_type)
            }
            Builtin::Print | Builtin::Println => {
                for a in args {
                    let mut x = self.expr(a, scope);
                    self.single_value(&mut x, a);
                    if x.ty == TypeId::UNTYPED_NIL {
                        self.error(a.span, Code::TypeError, "use of untyped nil in argument to built-in print");
                    }
                    self.default_operand(&mut x, a);
                }
                Operand { mode: Mode::NoValue, ty: TypeId::INVALID, val: None }
            }
            Builtin::Min | Builtin::Max => {
                if args.is_empty() {
                    self.error(e.span, Code::ArgCount, format!("not enough arguments for {}() (expected 1, found 0)", b.name()));
                    return Operand::invalid();
                }
                let mut ops = Vec::new();
                for a in args {
                    let mut x = self.expr(a, scope);
                    self.single_value(&mut x, a);
                    if x.mode == Mode::Invalid {
                        return Operand::invalid();
                    }
                    ops.push(x);
                }
                // The common type: the first typed operand's, else the largest untyped kind.
                let typed = ops.iter().find(|o| !self.info.types.is_untyped(o.ty)).map(|o| o.ty);
                let target = typed.unwrap_or_else(|| ops.iter().map(|o| o.ty).max_by_key(|t| self.info.types.basic_of(*t)).unwrap_or(TypeId::UNTYPED_INT));
                for (x, a) in ops.iter_mut().zip(args) {
                    if self.info.types.is_untyped(x.ty) {
                        self.convert_untyped(x, a, target);
                    } else if x.ty != target {
                        self.error(a.span, Code::TypeMismatch, format!("invalid argument: mismatched types {} (previous argument) and {} (type of {})", self.type_str(target), self.type_str(x.ty), self.expr_str(a)));
                        return Operand::invalid();
                    }
                }
                let core = self.core_type(target);
                if !self.info.types.basic_of(core).is_some_and(Basic::is_ordered) && !self.type_param_all(target, Basic::is_ordered) {
                    self.error(e.span, Code::TypeError, format!("invalid argument: {} cannot be ordered", self.type_str(target)));
                    return Operand::invalid();
                }
                if ops.iter().all(|o| o.mode == Mode::Constant) {
                    let mut best = ops[0].val.clone();
                    for o in &ops[1..] {
                        let (Some(cur), Some(v)) = (&best, &o.val) else { break };
                        let op = if b == Builtin::Min { ast::BinaryOp::Lt } else { ast::BinaryOp::Gt };
                        if constant::binary(op, v, cur, true) == Ok(ConstValue::Bool(true)) {
                            best = Some(v.clone());
                        }
                    }
                    if let Some(v) = best {
                        return Operand::constant(target, v);
                    }
                }
                Operand::value(target)
            }
            Builtin::Complex => {
                if !nargs(self, 2, 2) {
                    return Operand::invalid();
                }
                let (Some(mut x), Some(mut y)) = (self.builtin_arg(&args[0], scope), self.builtin_arg(&args[1], scope)) else { return Operand::invalid() };
                // Untyped arguments become floats: of the other argument's type, or untyped.
                for (o, a) in [(&mut x, &args[0]), (&mut y, &args[1])] {
                    if self.info.types.is_untyped(o.ty) {
                        self.convert_untyped(o, a, TypeId::UNTYPED_FLOAT);
                    }
                }
                self.match_types(&mut x, &args[0], &mut y, &args[1]);
                if x.mode == Mode::Invalid || y.mode == Mode::Invalid {
                    return Operand::invalid();
                }
                let core = self.core_type(x.ty);
                let part = self.info.types.basic_of(core);
                let target = match part {
                    _ if x.ty != y.ty => None,
                    Some(Basic::Float32) => Some(TypeId::basic(Basic::Complex64)),
                    Some(Basic::Float64) => Some(TypeId::basic(Basic::Complex128)),
                    Some(Basic::UntypedFloat) => Some(TypeId::UNTYPED_COMPLEX),
                    _ => None,
                };
                let Some(target) = target else {
                    self.error(
                        e.span,
                        Code::TypeMismatch,
                        format!("invalid operation: {} (mismatched types {} and {})", self.expr_str(e), self.type_str(x.ty), self.type_str(y.ty)),
                    );
                    return Operand::invalid();
                };
                if let (Mode::Constant, Mode::Constant, Some(re), Some(im)) = (x.mode, y.mode, x.val.as_ref().and_then(ConstValue::to_rat), y.val.as_ref().and_then(ConstValue::to_rat)) {
                    return self.typed_const(e, target, ConstValue::Complex(re, im));
                }
                if part == Some(Basic::UntypedFloat) {
                    // Non-constant untyped operands (shifts) take their default type.
                    self.convert_untyped(&mut x, &args[0], TypeId::FLOAT64);
                    self.convert_untyped(&mut y, &args[1], TypeId::FLOAT64);
                    return Operand::value(TypeId::basic(Basic::Complex128));
                }
                Operand::value(target)
            }
            Builtin::Real | Builtin::Imag => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid();
                }
                let Some(mut x) = self.builtin_arg(&args[0], scope) else { return Operand::invalid() };
                if self.info.types.is_untyped(x.ty) {
                    self.convert_untyped(&mut x, &args[0], TypeId::UNTYPED_COMPLEX);
                }
                let core = self.core_type(x.ty);
                let target = match self.info.types.basic_of(core) {
                    Some(Basic::Complex64) => TypeId::basic(Basic::Float32),
                    Some(Basic::Complex128) => TypeId::FLOAT64,
                    Some(Basic::UntypedComplex) => TypeId::UNTYPED_FLOAT,
                    _ => {
                        self.error(
                            args[0].span,
                            Code::TypeMismatch,
                            format!("invalid argument: {} ({}) not of complex type", self.expr_str(&args[0]), self.type_str(x.ty)),
                        );
                        return Operand::invalid();
                    }
                };
                if let (Mode::Constant, Some((re, im))) = (x.mode, x.val.as_ref().and_then(ConstValue::to_complex)) {
                    return self.typed_const(e, target, ConstValue::Float(if b == Builtin::Real { re } else { im }));
                }
                Operand::value(target)
            }
        }
    }
}

impl<'a> Checker<'a> {
    /// A builtin's argument as one value (`None` when it is invalid or not a single value).
    fn builtin_arg(&mut self, a: &'a ast::Expr, scope: ScopeId) -> Option<Operand> {
        let mut x = self.expr(a, scope);
        self.single_value(&mut x, a);
        (x.mode != Mode::Invalid).then_some(x)
    }
}

/// Whether `len(x)` of an array is non-constant because `x` contains a call or receive.
fn contains_call_or_recv(e: &ast::Expr) -> bool {
    struct V(bool);
    impl ast::visit::Visitor for V {
        fn visit_expr(&mut self, e: &ast::Expr) {
            match &e.kind {
                ast::ExprKind::Call { .. } | ast::ExprKind::Unary { op: ast::UnaryOp::Recv, .. } => self.0 = true,
                ast::ExprKind::FuncLit { .. } => {}
                _ => ast::visit::walk_expr(self, e),
            }
        }
    }
    let mut v = V(false);
    ast::visit::Visitor::visit_expr(&mut v, e);
    v.0
}
