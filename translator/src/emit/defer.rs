//! `defer`: calls registered on the function's defer frame, with the callee, receiver and
//! arguments evaluated at the statement (`go` shares that evaluation).

use syn::parse_quote;

use super::Cx;
use crate::ast::{self, ExprKind};
use crate::sema::{CallKind, FuncRef, Selection};

impl Cx<'_> {
    pub(super) fn defer_stmt(&mut self, call: &ast::Expr) -> syn::Stmt {
        let ExprKind::Call { func, args, .. } = &call.unparen().kind else {
            let u = self.unsupported(call.span, "defer without a call");
            return parse_quote!(#u;);
        };
        // `defer func() { … }()`: the literal's body runs at exit.
        if let ExprKind::FuncLit { sig, body } = &func.unparen().kind {
            if args.is_empty() {
                let lit = func.unparen();
                let captured = self.captures(lit, body);
                let caps = self.capture_stmts(&captured);
                let results = self.info.types.signature(self.info.func_lit_type(lit.id)).map(|s| s.results.clone()).unwrap_or_default();
                let is_async = self.info.is_async(FuncRef::Lit(lit.id));
                let saved = self.enter_captures(&captured);
                let block = self.func_body_with(body, FuncRef::Lit(lit.id), &results, sig, vec![], false);
                self.leave_captures(saved);
                let direct = self.recover_fns.contains(&FuncRef::Lit(lit.id));
                return match (is_async, direct) {
                    (true, false) => parse_quote!(__defer.defer_async({ #(#caps)* move || ::std::boxed::Box::pin(async move { let _ = async move #block.await; }) });),
                    (true, true) => parse_quote!(__defer.defer_async({ #(#caps)* move || ::std::boxed::Box::pin(async move { let _ = ::gort::recover::direct_call(|| async move #block).await; }) });),
                    (false, false) => parse_quote!(__defer.defer({ #(#caps)* move || { let _ = (move || #block)(); } });),
                    (false, true) => parse_quote!(__defer.defer({ #(#caps)* move || { let _ = ::gort::recover::direct_call(move || #block); } });),
                };
            }
        }
        let info = self.info.call(call.unparen().id).cloned();
        let must_await = info.as_ref().is_some_and(|i| i.must_await);
        // Evaluate the callee, the receiver and the arguments now; call at exit.
        let (before, recv_before) = (self.subst_keys(), self.recv_subst.keys().copied().collect::<std::collections::HashSet<_>>());
        let binds = self.bind_call_operands(call, func, args);
        let call_expr = self.expr(call);
        // Drop this statement's substitutions only (an enclosing list may have its own).
        self.subst.retain(|k, _| before.contains(k));
        self.recv_subst.retain(|k, _| recv_before.contains(k));
        // A deferred function that calls recover() is marked as called directly.
        let callee_recovers = match info.as_ref().map(|i| &i.kind) {
            Some(CallKind::Func(o)) | Some(CallKind::Method(o)) => self.recover_fns.contains(&FuncRef::Decl(*o)),
            _ => false,
        };
        let call_expr: syn::Expr = if callee_recovers {
            match call_expr {
                syn::Expr::Await(a) => {
                    let base = &a.base;
                    parse_quote!(::gort::recover::direct_call(|| #base).await)
                }
                other => parse_quote!(::gort::recover::direct_call(|| #other)),
            }
        } else {
            call_expr
        };
        if must_await {
            parse_quote!(__defer.defer_async({ #(#binds)* move || ::std::boxed::Box::pin(async move { #call_expr; }) });)
        } else {
            parse_quote!(__defer.defer({ #(#binds)* move || { #call_expr; } });)
        }
    }

    /// Binds the operands Go evaluates at a `defer`/`go` statement (the func value of a call
    /// through a value, a method's receiver, every argument) to temporaries and registers
    /// them as substitutions, so building the call afterwards refers to the temporaries.
    pub(super) fn bind_call_operands(&mut self, call: &ast::Expr, func: &ast::Expr, args: &[ast::Expr]) -> Vec<syn::Stmt> {
        let mut binds: Vec<syn::Stmt> = Vec::new();
        let kind = self.info.call(call.unparen().id).map(|i| i.kind.clone());
        match kind {
            Some(CallKind::FuncValue) if self.method_expr_of(func).is_none() => {
                // The func value (a literal's closure too) is made now, capturing now.
                let v = self.expr_no_conv(func);
                let tmp = self.temp("f");
                binds.push(parse_quote!(let #tmp = #v;));
                self.subst.insert(func.id, parse_quote!(#tmp));
            }
            Some(CallKind::Method(_)) | Some(CallKind::InterfaceMethod { .. }) => {
                if let ExprKind::Selector { x, .. } = &func.unparen().kind {
                    // The receiver: a value receiver is copied now, a pointer receiver's
                    // pointer (or the addressed variable's cell) is taken now.
                    let xt = self.ty(x);
                    let needs_addr = self.info.implicitly_addressed(x.id) || matches!(self.info.selection(func.unparen().id), Some(crate::sema::Selection::Method { adjust: crate::sema::RecvAdjust::AddrOf, .. }));
                    if !needs_addr || self.is_std_handle(xt) {
                        let v = self.expr_no_conv(x);
                        let tmp = self.temp("r");
                        binds.push(parse_quote!(let #tmp = #v;));
                        self.subst.insert(x.id, parse_quote!(#tmp));
                    } else if let Some(Selection::Method { path, adjust, ptr_recv, .. }) = self.info.selection(func.unparen().id).cloned() {
                        // `defer v.PtrMethod()`: the pointer `&v` is taken now; for a std
                        // method promoted through an embedded field (`defer a.Unlock()` with
                        // `sync.Mutex` embedded), the field's handle.
                        // A std value type's method (`strings.Builder` embedded) is called on
                        // the place at exit.
                        let (acc, recv_ty) = self.access_path(x, &path);
                        let is_std = matches!(kind, Some(CallKind::Method(o)) if matches!(&self.info.obj(o).kind, crate::sema::ObjKind::Func(f) if f.std));
                        let handle = self.is_std_handle(self.info.types.elem(recv_ty).unwrap_or(recv_ty));
                        let tmp = self.temp("r");
                        if is_std && handle {
                            let r = self.std_receiver(acc, recv_ty);
                            binds.push(parse_quote!(let #tmp = #r;));
                            self.recv_subst.insert(func.unparen().id, parse_quote!(#tmp));
                        } else if !is_std {
                            let r = self.receiver_owned(acc, recv_ty, adjust, ptr_recv);
                            binds.push(parse_quote!(let #tmp = #r;));
                            self.recv_subst.insert(func.unparen().id, parse_quote!(&#tmp));
                        }
                    }
                }
            }
            _ => {}
        }
        for a in args {
            if self.info.const_value(a.id).is_some() {
                continue;
            }
            // A sync value argument is copied now (`go worker(wg)` copies the WaitGroup).
            let v = if self.info.conversion(a.id).is_none() { self.expr(a) } else { self.expr_no_conv(a) };
            let tmp = self.temp("d");
            binds.push(parse_quote!(let #tmp = #v;));
            self.subst.insert(a.id, parse_quote!(#tmp));
        }
        binds
    }
}
