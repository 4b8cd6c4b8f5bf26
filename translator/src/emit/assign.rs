//! Assignment statements: `=` and `:=` with one or several targets (operands evaluated first),
//! `op=`, `++`/`--`, and stores into map elements.

use syn::parse_quote;

use super::Cx;
use crate::ast::{self, AssignOp, BinaryOp, ExprKind};
use crate::sema::TypeKind;

impl Cx<'_> {
    pub(super) fn assign(&mut self, lhs: &[ast::Expr], op: AssignOp, rhs: &[ast::Expr]) -> Vec<syn::Stmt> {
        match op {
            AssignOp::Op(bop) => vec![self.op_assign(&lhs[0], bop, &rhs[0])],
            AssignOp::Define | AssignOp::Assign => {
                let define = op == AssignOp::Define;
                if lhs.len() == 1 && rhs.len() == 1 {
                    let v = self.expr(&rhs[0]);
                    if lhs[0].as_ident() == Some("_") {
                        // Keep the value's type known to Rust (`_ = make([]int, n)`).
                        let ty = self.rust_type(self.ty(&rhs[0]));
                        return vec![parse_quote!(let _: #ty = #v;)];
                    }
                    return if define { self.define_var(&lhs[0], v) } else { self.store(&lhs[0], v) };
                }
                // Several targets: Go evaluates the index and pointer operands on the left and
                // every right-hand side first, then assigns left to right.
                let before = self.subst_keys();
                let mut out: Vec<syn::Stmt> = if define { Vec::new() } else { self.bind_place_operands(lhs) };
                let tmps: Vec<syn::Ident> = (0..lhs.len()).map(|_| self.temp("t")).collect();
                if rhs.len() == 1 {
                    let v = self.expr(&rhs[0]);
                    out.push(parse_quote!(let (#(#tmps),*) = #v;));
                } else {
                    let ops: Vec<&ast::Expr> = rhs.iter().collect();
                    let h = self.hoist_calls(&ops);
                    let vals: Vec<syn::Expr> = rhs.iter().map(|r| self.expr(r)).collect();
                    out.extend(self.unhoist_stmts(h));
                    out.push(parse_quote!(let (#(#tmps),*) = (#(#vals),*);));
                }
                for (target, tmp) in lhs.iter().zip(&tmps) {
                    let v: syn::Expr = parse_quote!(#tmp);
                    if define {
                        out.extend(self.define_var(target, v));
                    } else {
                        out.extend(self.store(target, v));
                    }
                }
                // Drop this statement's substitutions only (an enclosing list may have its own).
                self.subst.retain(|k, _| before.contains(k));
                out
            }
        }
    }

    /// Binds the operands of index expressions and pointer indirections among assignment
    /// targets to temporaries (registered as substitutions).
    fn bind_place_operands(&mut self, lhs: &[ast::Expr]) -> Vec<syn::Stmt> {
        let mut binds = Vec::new();
        for target in lhs {
            let mut ops: Vec<&ast::Expr> = Vec::new();
            match &target.unparen().kind {
                ExprKind::Index { x, indices } if indices.len() == 1 => {
                    let u = self.under(self.ty(x));
                    if !matches!(self.info.types.kind(u), TypeKind::Array(..)) {
                        ops.push(x);
                    }
                    ops.push(&indices[0]);
                }
                ExprKind::Star(p) => ops.push(p),
                _ => {}
            }
            for op in ops {
                if self.info.const_value(op.id).is_some() || self.subst.contains_key(&op.id) {
                    continue;
                }
                let v = self.expr_no_conv(op);
                let tmp = self.temp("l");
                binds.push(parse_quote!(let #tmp = #v;));
                self.subst.insert(op.id, parse_quote!(#tmp));
            }
        }
        binds
    }

    /// `target = value` for any assignable Go expression (incl. map elements and `_`).
    pub(super) fn store(&mut self, target: &ast::Expr, value: syn::Expr) -> Vec<syn::Stmt> {
        if target.as_ident() == Some("_") {
            return vec![parse_quote!(let _ = #value;)];
        }
        if let ExprKind::Index { x, indices } = &target.unparen().kind {
            if matches!(self.info.types.kind(self.under(self.ty(x))), TypeKind::Map(..)) {
                let m = self.expr_ref_under(x);
                let k = self.expr(&indices[0]);
                return vec![parse_quote!(#m.set(#k, #value);)];
            }
        }
        if let Some(stop) = self.unassignable_std_var(target) {
            return vec![stop];
        }
        let acc = self.access(target);
        vec![self.write(acc, value)]
    }

    /// A std package variable the runtime cannot let the program assign (`os.Args = …`; only
    /// `stdlib::ASSIGNABLE_VARS` have a place): unsupported, rather than a dropped store.
    pub(super) fn unassignable_std_var(&mut self, target: &ast::Expr) -> Option<syn::Stmt> {
        let Some(crate::sema::Selection::PkgMember { obj, pkg }) = self.info.selection(target.unparen().id).cloned() else { return None };
        if self.info.types.is_user_pkg(&pkg) {
            return None;
        }
        let name = self.info.obj(obj).name.clone();
        let qualified = format!("{pkg}.{name}");
        if crate::sema::stdlib::ASSIGNABLE_VARS.contains(&qualified.as_str()) {
            return None;
        }
        let stop = self.unsupported(target.span, &format!("assignment to {qualified}"));
        Some(parse_quote!(#stop;))
    }

    fn op_assign(&mut self, target: &ast::Expr, op: BinaryOp, rhs: &ast::Expr) -> syn::Stmt {
        let t = self.ty(target);
        let named = self.is_newtype(t) || self.info.types.named(t).is_some_and(|n| n.pkg == "time");
        let v = if named { self.expr_under(rhs) } else { self.expr(rhs) };
        let is_str = self.info.types.is_string(t);
        let is_int = self.info.types.is_integer(t);
        let rc = self.info.const_value(rhs.id).cloned();
        let is_map = matches!(&target.unparen().kind, ExprKind::Index { x, .. } if matches!(self.info.types.kind(self.under(self.ty(x))), TypeKind::Map(..)));
        if let Some(stop) = self.unassignable_std_var(target) {
            return stop;
        }
        let acc = if is_map { None } else { Some(self.access(target)) };
        // Inside a cell's closure only already-evaluated operands may appear: a non-trivial
        // right-hand side goes to a temporary first. A plain local takes it directly.
        let direct = super::access::is_trivial(&v) || acc.as_ref().is_some_and(|a| matches!(a.root, super::access::Root::Local(_)));
        let (bind, vv): (Option<syn::Stmt>, syn::Expr) = if direct {
            (None, v)
        } else {
            let value_tmp = self.temp("v");
            (Some(parse_quote!(let #value_tmp = #v;)), parse_quote!(#value_tmp))
        };
        let build = move |place: syn::Expr| -> syn::Expr {
            let place: syn::Expr = if named { parse_quote!(#place.0) } else { place };
            match op {
                BinaryOp::Add if is_str => parse_quote!(#place += &#vv),
                BinaryOp::Add => parse_quote!(#place += #vv),
                BinaryOp::Sub => parse_quote!(#place -= #vv),
                BinaryOp::Mul => parse_quote!(#place *= #vv),
                BinaryOp::Div | BinaryOp::Rem if is_int && !rc.as_ref().and_then(|c| c.to_int()).is_some_and(|i| !i.is_zero() && i.to_i64() != Some(-1)) => {
                    if op == BinaryOp::Div { parse_quote!(#place = ::gort::value::ops::div(#place, #vv)) } else { parse_quote!(#place = ::gort::value::ops::rem(#place, #vv)) }
                }
                BinaryOp::Div => parse_quote!(#place /= #vv),
                BinaryOp::Rem => parse_quote!(#place %= #vv),
                BinaryOp::And => parse_quote!(#place &= #vv),
                BinaryOp::Or => parse_quote!(#place |= #vv),
                BinaryOp::Xor => parse_quote!(#place ^= #vv),
                BinaryOp::AndNot => parse_quote!(#place &= !#vv),
                BinaryOp::Shl => parse_quote!(#place = ::gort::value::ops::shl(#place, #vv)),
                BinaryOp::Shr => parse_quote!(#place = ::gort::value::ops::shr(#place, #vv)),
                _ => parse_quote!(()),
            }
        };
        if let (true, ExprKind::Index { x, indices }) = (is_map, &target.unparen().kind) {
            let m = self.expr_ref_under(x);
            let k = self.expr(&indices[0]);
            let assign = build(parse_quote!((*__v)));
            // Go evaluates the index operand before the right-hand side.
            return match bind {
                Some(b) => parse_quote!({ let __key = #k; #b #m.with_mut(__key, |__v| #assign); }),
                None => parse_quote!(#m.with_mut(#k, |__v| #assign);),
            };
        }
        let st = self.update(acc.expect("not a map element"), build);
        match bind {
            Some(b) => parse_quote!({ #b #st }),
            None => st,
        }
    }

    pub(super) fn inc_dec(&mut self, x: &ast::Expr, inc: bool) -> syn::Stmt {
        let t = self.ty(x);
        let under = self.info.types.underlying(t);
        let one: syn::Expr = match self.info.types.kind(under) {
            TypeKind::Basic(b) if b.is_float() => parse_quote!(1.0),
            _ => parse_quote!(1),
        };
        let named = self.is_newtype(t);
        let build = move |place: syn::Expr| -> syn::Expr {
            let place: syn::Expr = if named { parse_quote!(#place.0) } else { place };
            if inc { parse_quote!(#place += #one) } else { parse_quote!(#place -= #one) }
        };
        if let ExprKind::Index { x: m, indices } = &x.unparen().kind {
            if matches!(self.info.types.kind(self.under(self.ty(m))), TypeKind::Map(..)) {
                let mv = self.expr_ref_under(m);
                let k = self.expr(&indices[0]);
                let assign = build(parse_quote!((*__v)));
                return parse_quote!(#mv.with_mut(#k, |__v| #assign););
            }
        }
        if let Some(stop) = self.unassignable_std_var(x) {
            return stop;
        }
        let acc = self.access(x);
        self.update(acc, build)
    }
}
