//! Operators: unary operators, arithmetic with Go's division and shift semantics, logical
//! operators and comparisons (also against `nil`).

use syn::parse_quote;

use super::Cx;
use crate::ast::{self, BinaryOp, ExprKind, UnaryOp};
use crate::sema::{Basic, TypeId};

impl Cx<'_> {
    pub(super) fn unary(&mut self, e: &ast::Expr, op: UnaryOp, x: &ast::Expr) -> syn::Expr {
        let t = self.ty(e);
        match op {
            UnaryOp::Pos => self.expr(x),
            UnaryOp::Neg => {
                let v = self.expr_under(x);
                // Go negates unsigned integers modulo 2ⁿ; Rust has no `-` on them. A type
                // parameter (numeric constraint: bound `Number`) negates through the trait.
                let r: syn::Expr = if self.info.types.type_param(t).is_some() {
                    parse_quote!(::gort::value::Number::go_neg(#v))
                } else if self.info.types.is_unsigned(t) {
                    parse_quote!(#v.wrapping_neg())
                } else {
                    parse_quote!(-#v)
                };
                self.wrap_named(r, t)
            }
            UnaryOp::Not => {
                let v = self.expr(x);
                parse_quote!(!#v)
            }
            UnaryOp::BitNot => {
                let v = self.expr_under(x);
                let r: syn::Expr = parse_quote!(!#v);
                self.wrap_named(r, t)
            }
            UnaryOp::Addr => {
                let inner = x.unparen();
                if let ExprKind::CompositeLit { elems, .. } = &inner.kind {
                    let v = self.composite(inner, elems);
                    // `&sync.Mutex{}`: a std handle is its own pointer.
                    if self.is_std_handle(self.ty(x)) {
                        return v;
                    }
                    return parse_quote!(::gort::Ptr::new(#v));
                }
                let acc = self.access(x);
                let xt = self.ty(x);
                if self.is_std_handle(xt) {
                    return self.read(acc, xt);
                }
                self.address(acc, xt)
            }
            UnaryOp::Recv => self.recv_expr(e, x),
        }
    }

    pub(super) fn binary(&mut self, e: &ast::Expr, op: BinaryOp, lhs: &ast::Expr, rhs: &ast::Expr) -> syn::Expr {
        match op {
            BinaryOp::LogAnd | BinaryOp::LogOr => {
                let a = self.expr(lhs);
                let b = self.expr(rhs);
                if op == BinaryOp::LogAnd { parse_quote!(#a && #b) } else { parse_quote!(#a || #b) }
            }
            _ => {
                let h = self.hoist_calls(&[lhs, rhs]);
                let v = self.binary_in_order(e, op, lhs, rhs);
                self.unhoist(h, v)
            }
        }
    }

    /// `lhs op rhs` (not `&&`/`||`), operands evaluated in the order they are written.
    fn binary_in_order(&mut self, e: &ast::Expr, op: BinaryOp, lhs: &ast::Expr, rhs: &ast::Expr) -> syn::Expr {
        let t = self.ty(e);
        match op {
            _ if op.is_comparison() => self.comparison(op, lhs, rhs),
            _ => {
                let lt = self.ty(lhs);
                if self.info.types.is_string(lt) && op == BinaryOp::Add {
                    let a = self.expr_under(lhs);
                    let b = self.expr_ref_under(rhs);
                    let r: syn::Expr = parse_quote!(#a + &#b);
                    return self.wrap_named(r, t);
                }
                let a = self.expr_under(lhs);
                let r = self.arith(op, a, rhs, lt);
                self.wrap_named(r, t)
            }
        }
    }

    /// `a op b` for numbers, with Go's division and shift semantics.
    fn arith(&mut self, op: BinaryOp, a: syn::Expr, rhs: &ast::Expr, lt: TypeId) -> syn::Expr {
        let rc = self.info.const_value(rhs.id).cloned();
        let is_int = self.info.types.is_integer(lt) || self.integer_param(lt);
        match op {
            BinaryOp::Shl | BinaryOp::Shr => {
                let bits = self.info.types.basic_of(self.info.types.underlying(lt)).and_then(Basic::int_bits).map(|b| b.0).unwrap_or(64);
                // A type parameter shifts through `GoInt` (its width is not known here).
                let param = self.info.types.type_param(lt).is_some();
                if let Some(n) = rc.as_ref().and_then(|c| c.to_int()).and_then(|i| i.to_i64()).filter(|_| !param) {
                    if n >= 0 && (n as u32) < bits {
                        let n = n as u32;
                        return if op == BinaryOp::Shl { parse_quote!((#a << #n)) } else { parse_quote!((#a >> #n)) };
                    }
                }
                let b = self.expr_under(rhs);
                if op == BinaryOp::Shl { parse_quote!(::gort::value::ops::shl(#a, #b)) } else { parse_quote!(::gort::value::ops::shr(#a, #b)) }
            }
            BinaryOp::Div | BinaryOp::Rem if is_int => {
                let nonzero_const = rc.as_ref().and_then(|c| c.to_int()).is_some_and(|i| !i.is_zero() && i.to_i64() != Some(-1));
                let b = self.expr_under(rhs);
                if nonzero_const {
                    if op == BinaryOp::Div { parse_quote!((#a / #b)) } else { parse_quote!((#a % #b)) }
                } else if op == BinaryOp::Div {
                    parse_quote!(::gort::value::ops::div(#a, #b))
                } else {
                    parse_quote!(::gort::value::ops::rem(#a, #b))
                }
            }
            _ => {
                let b = self.expr_under(rhs);
                match op {
                    BinaryOp::Add => parse_quote!((#a + #b)),
                    BinaryOp::Sub => parse_quote!((#a - #b)),
                    BinaryOp::Mul => parse_quote!((#a * #b)),
                    BinaryOp::Div => parse_quote!((#a / #b)),
                    BinaryOp::Rem => parse_quote!((#a % #b)),
                    BinaryOp::And => parse_quote!((#a & #b)),
                    BinaryOp::Or => parse_quote!((#a | #b)),
                    BinaryOp::Xor => parse_quote!((#a ^ #b)),
                    BinaryOp::AndNot => parse_quote!((#a & !#b)),
                    _ => parse_quote!(()),
                }
            }
        }
    }

    /// A type parameter whose constraint allows only integer types (bound `value::Integer`).
    pub(super) fn integer_param(&self, t: TypeId) -> bool {
        let types = &self.info.types;
        let terms = types.type_param(t).and_then(|p| types.interface(p.constraint)).and_then(|i| i.terms.as_ref());
        terms.is_some_and(|ts| !ts.is_empty() && ts.iter().all(|x| types.is_integer(x.ty)))
    }

    fn comparison(&mut self, op: BinaryOp, lhs: &ast::Expr, rhs: &ast::Expr) -> syn::Expr {
        let lnil = self.is_nil_expr(lhs);
        let rnil = self.is_nil_expr(rhs);
        if lnil || rnil {
            let other = if lnil { rhs } else { lhs };
            let v = self.expr_ref_under(other);
            // `make(chan T) == nil`: nothing else names the element type.
            let made = matches!(other.unparen().kind, ExprKind::CompositeLit { .. })
                || matches!(self.info.call(other.unparen().id).map(|c| &c.kind), Some(crate::sema::CallKind::Builtin(crate::sema::Builtin::Make)));
            let v = if made {
                let ty = self.rust_type(self.info.types.underlying(self.ty(other)));
                parse_quote!({ let __v: #ty = #v; __v })
            } else {
                v
            };
            return if op == BinaryOp::Eq { parse_quote!(#v.is_nil()) } else { parse_quote!(!#v.is_nil()) };
        }
        let a = self.expr_ref(lhs);
        let b = self.expr_ref(rhs);
        match op {
            BinaryOp::Eq => parse_quote!((#a == #b)),
            BinaryOp::Ne => parse_quote!((#a != #b)),
            BinaryOp::Lt => parse_quote!((#a < #b)),
            BinaryOp::Le => parse_quote!((#a <= #b)),
            BinaryOp::Gt => parse_quote!((#a > #b)),
            _ => parse_quote!((#a >= #b)),
        }
    }
}
