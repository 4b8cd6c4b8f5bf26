//! Concurrency: `go` statements, channel sends and receives, and `select` (as the runtime's
//! select primitive: operands evaluated once in source order, then one case fires).

use quote::quote;
use syn::parse_quote;

use super::names;
use super::{BreakKind, Breakable, Cx};
use crate::ast::{self, AssignOp, ExprKind, StmtKind, UnaryOp};
use crate::sema::{CallKind, FuncRef, ObjKind, Selection};

impl Cx<'_> {
    /// `<-ch` (or `v, ok := <-ch` in its two-value form).
    pub(super) fn recv_expr(&mut self, e: &ast::Expr, ch: &ast::Expr) -> syn::Expr {
        let c = self.expr_ref_under(ch);
        let ok = self.info.is_comma_ok(e.id);
        let in_async = self.fns.last().is_none_or(|f| f.is_async);
        match (ok, in_async) {
            (false, true) => parse_quote!(#c.recv().await),
            (true, true) => parse_quote!(#c.recv_ok().await),
            (false, false) => parse_quote!(#c.recv_blocking()),
            (true, false) => parse_quote!(#c.recv_ok_blocking()),
        }
    }

    /// `ch <- v`.
    pub(super) fn send_stmt(&mut self, ch: &ast::Expr, value: &ast::Expr) -> syn::Stmt {
        let c = self.expr_ref_under(ch);
        let v = self.expr(value);
        if self.fns.last().is_none_or(|f| f.is_async) {
            parse_quote!(#c.send(#v).await;)
        } else {
            parse_quote!(#c.send_blocking(#v);)
        }
    }

    /// `go f(x)`: the function value and the arguments are evaluated here; the call runs in a
    /// new goroutine.
    pub(super) fn go_stmt(&mut self, call: &ast::Expr) -> syn::Stmt {
        let ExprKind::Call { func, args, ellipsis } = &call.unparen().kind else {
            let e = self.unsupported(call.span, "go statement without a call");
            return parse_quote!(#e;);
        };
        let info = self.info.call(call.unparen().id).cloned();
        // `go func(params) { … }(args)`: bind the parameters, run the body.
        if let ExprKind::FuncLit { sig, body } = &func.unparen().kind {
            let lit = func.unparen();
            let mut binds: Vec<syn::Stmt> = Vec::new();
            let pnames: Vec<&ast::Ident> = sig.params.iter().flat_map(|f| f.names.iter()).collect();
            if !pnames.is_empty() && pnames.len() == args.len() && !*ellipsis {
                let vals: Vec<syn::Expr> = args.iter().map(|a| self.expr(a)).collect();
                let captured = self.captures(lit, body);
                let caps = self.capture_stmts(&captured);
                for (n, v) in pnames.iter().zip(vals) {
                    let id = match self.info.resolve(n.id) { Some(o) => self.var_ident(o), None => names::ident(&n.name) };
                    binds.push(parse_quote!(let #id = #v;));
                }
                let results = self.info.types.signature(self.info.func_lit_type(lit.id)).map(|s| s.results.clone()).unwrap_or_default();
                let shared = pnames.iter().filter_map(|n| self.info.resolve(n.id)).filter(|&o| self.storage(o) == crate::sema::Storage::Shared).collect();
                let saved = self.enter_captures(&captured);
                let block = self.goroutine_body(body, lit, sig, &results, shared);
                self.leave_captures(saved);
                return parse_quote!({ #(#caps)* #(#binds)* ::gort::spawn(async move { #(#block)* }); });
            }
            if pnames.is_empty() && args.is_empty() {
                let captured = self.captures(lit, body);
                let caps = self.capture_stmts(&captured);
                let results = self.info.types.signature(self.info.func_lit_type(lit.id)).map(|s| s.results.clone()).unwrap_or_default();
                let saved = self.enter_captures(&captured);
                let block = self.goroutine_body(body, lit, sig, &results, vec![]);
                self.leave_captures(saved);
                return parse_quote!({ #(#caps)* ::gort::spawn(async move { #(#block)* }); });
            }
        }
        let Some(info) = info else {
            let e = self.unsupported(call.span, "go statement");
            return parse_quote!(#e;);
        };
        // Evaluate the arguments now, into temporaries the goroutine owns.
        let mut binds: Vec<syn::Stmt> = Vec::new();
        let arg_vals = self.user_args(args, *ellipsis, &info);
        let mut arg_ids = Vec::new();
        if let Some((tmp, value)) = self.pending_spread.take() {
            binds.push(parse_quote!(let #tmp = #value;));
        }
        for v in arg_vals {
            let id = self.temp("a");
            binds.push(parse_quote!(let #id = #v;));
            arg_ids.push(id);
        }
        let call_expr: syn::Expr = match info.kind.clone() {
            CallKind::Func(obj) if !matches!(&self.info.obj(obj).kind, ObjKind::Func(f) if f.std) => {
                let id = self.obj_path(obj);
                let path: syn::Expr = if info.type_args.is_empty() {
                    parse_quote!(#id)
                } else {
                    let ts: Vec<syn::Type> = info.type_args.iter().map(|&t| self.rust_type(t)).collect();
                    parse_quote!(#id::<#(#ts),*>)
                };
                parse_quote!(#path(#(#arg_ids),*))
            }
            CallKind::Method(obj) if !matches!(&self.info.obj(obj).kind, ObjKind::Func(f) if f.std) => {
                let ExprKind::Selector { x, sel } = &func.unparen().kind else { unreachable!("method call has a selector") };
                let Some(Selection::Method { path, adjust, ptr_recv, .. }) = self.info.selection(func.unparen().id).cloned() else {
                    let e = self.unsupported(call.span, "go statement");
                    return parse_quote!(#e;);
                };
                let (acc, recv_ty) = self.access_path(x, &path);
                let recv = self.receiver_owned(acc, recv_ty, adjust, ptr_recv);
                binds.insert(0, parse_quote!(let __recv = #recv;));
                let owner = match &self.info.obj(obj).kind {
                    ObjKind::Func(f) => f.recv_named.unwrap_or(crate::sema::TypeId::INVALID),
                    _ => crate::sema::TypeId::INVALID,
                };
                let owner_path = self.owner_path(owner);
                let mid = names::member(&sel.name);
                parse_quote!(#owner_path::#mid(&__recv, #(#arg_ids),*))
            }
            CallKind::FuncValue if self.method_expr_of(func).is_some() => {
                let method = self.method_expr_of(func).expect("checked");
                let o = self.info.obj(method).clone();
                let owner = match &o.kind {
                    ObjKind::Func(f) => f.recv_named.unwrap_or(crate::sema::TypeId::INVALID),
                    _ => crate::sema::TypeId::INVALID,
                };
                let owner_path = self.owner_path(owner);
                let mid = names::member(&o.name);
                let (recv, rest) = arg_ids.split_first().expect("a method expression call has a receiver");
                let call: syn::Expr = parse_quote!(#owner_path::#mid(&#recv, #(#rest),*));
                let call = if self.info.is_async(FuncRef::Decl(method)) { quote!(#call.await) } else { quote!(#call) };
                return parse_quote!({ #(#binds)* ::gort::spawn(async move { #call; }); });
            }
            kind => {
                // Any other callee: evaluate it as a func value now.
                let f = self.expr(func);
                binds.insert(0, parse_quote!(let __f = #f;));
                // gc hands a `func()` value (no parameters, no results) to the new goroutine as
                // is, and a nil one is a fatal error in the caller; any other call is wrapped in a
                // closure first, whose call of the nil value panics in the new goroutine.
                let bare = self.info.types.signature(info.sig).is_some_and(|s| s.params.is_empty() && s.results.is_empty());
                if kind == CallKind::FuncValue && bare && !matches!(func.unparen().kind, ExprKind::FuncLit { .. }) {
                    binds.push(parse_quote!(if __f.is_nil() { ::gort::rt::fatal("go of nil func value"); }));
                }
                parse_quote!((*__f)(#(#arg_ids),*))
            }
        };
        let call_expr = if info.must_await { quote!(#call_expr.await) } else { quote!(#call_expr) };
        parse_quote!({ #(#binds)* ::gort::spawn(async move { #call_expr; }); })
    }

    /// The body of a goroutine started from a func literal: the statements of the spawned
    /// async block (a `return` there ends the goroutine, as in Go).
    fn goroutine_body(&mut self, body: &ast::Block, lit: &ast::Expr, sig: &ast::FuncType, results: &[crate::sema::TypeId], shared: Vec<crate::sema::ObjId>) -> Vec<syn::Stmt> {
        // The body runs in the goroutine's async block even if the literal cannot block.
        let block = self.func_body_with(body, FuncRef::Lit(lit.id), results, sig, shared, true);
        if results.is_empty() {
            block.stmts
        } else {
            vec![parse_quote!(let _ = async move #block.await;)]
        }
    }

    /// `select { … }`.
    pub(super) fn select_stmt(&mut self, s: &ast::Stmt, label: Option<String>, cases: &[ast::CommClause]) -> Vec<syn::Stmt> {
        if cases.is_empty() {
            return vec![parse_quote!(::gort::select::select(&mut []).await;)];
        }
        let mut binds: Vec<syn::Stmt> = Vec::new();
        let mut case_ids: Vec<syn::Ident> = Vec::new();
        // Per case: (index into case_ids or None for default, body prelude, body).
        let mut arms: Vec<(Option<usize>, Vec<syn::Stmt>, &ast::CommClause)> = Vec::new();
        for cc in cases {
            let Some(comm) = &cc.comm else {
                arms.push((None, vec![], cc));
                continue;
            };
            let idx = case_ids.len();
            let cid = syn::Ident::new(&format!("__c{idx}"), proc_macro2::Span::call_site());
            case_ids.push(cid.clone());
            match &comm.kind {
                StmtKind::Send { chan, value } => {
                    let ch = self.select_chan(chan, &mut binds);
                    let v = self.expr(value);
                    binds.push(parse_quote!(let mut #cid = ::gort::select::send(&#ch, #v);));
                    arms.push((Some(idx), vec![], cc));
                }
                StmtKind::Expr(e) => {
                    let Some(ch) = recv_operand(e) else {
                        let u = self.unsupported(comm.span, "select case");
                        return vec![parse_quote!(#u;)];
                    };
                    let chx = self.select_chan(ch, &mut binds);
                    binds.push(parse_quote!(let mut #cid = ::gort::select::recv(&#chx);));
                    arms.push((Some(idx), vec![], cc));
                }
                StmtKind::Assign { lhs, op, rhs } if rhs.len() == 1 => {
                    let Some(ch) = recv_operand(&rhs[0]) else {
                        let u = self.unsupported(comm.span, "select case");
                        return vec![parse_quote!(#u;)];
                    };
                    let chx = self.select_chan(ch, &mut binds);
                    binds.push(parse_quote!(let mut #cid = ::gort::select::recv(&#chx);));
                    let prelude = self.select_recv_bind(*op, lhs, &cid);
                    arms.push((Some(idx), prelude, cc));
                }
                _ => {
                    let u = self.unsupported(comm.span, "select case");
                    return vec![parse_quote!(#u;)];
                }
            }
        }
        let needs_label = cases.iter().any(|c| breaks_out(&c.body, label.as_deref()));
        let break_label = if needs_label { Some(self.temp_label("sel")) } else { None };
        self.fx().breakables.push(Breakable { kind: BreakKind::Select, go_label: label, break_label: break_label.clone(), continue_label: None, continue_is_break: false });
        let mut match_arms: Vec<syn::Arm> = Vec::new();
        let mut default_body: Option<Vec<syn::Stmt>> = None;
        for (idx, prelude, cc) in arms {
            let body = self.stmts(&cc.body);
            match idx {
                Some(i) => {
                    let i = syn::LitInt::new(&i.to_string(), proc_macro2::Span::call_site());
                    match_arms.push(parse_quote!(#i => { #(#prelude)* #(#body)* }))
                }
                None => default_body = Some(body),
            }
        }
        self.fx().breakables.pop();
        let refs = case_ids.iter().map(|c| quote!(&mut #c));
        let dispatch: syn::Expr = match default_body {
            Some(d) => {
                let arms = match_arms.iter().map(|a| {
                    let pat = &a.pat;
                    let body = &a.body;
                    quote!(Some(#pat) => #body,)
                });
                parse_quote!(match ::gort::select::try_select(&mut [#(#refs),*]) { #(#arms)* _ => { #(#d)* } })
            }
            None => parse_quote!({
                let __i = ::gort::select::select(&mut [#(#refs),*]).await;
                match __i { #(#match_arms)* _ => ::std::unreachable!() }
            }),
        };
        let _ = s;
        match break_label {
            Some(l) => vec![parse_quote!(#l: { #(#binds)* #dispatch };)],
            None => vec![parse_quote!({ #(#binds)* #dispatch })],
        }
    }

    /// A channel operand of a select case, bound to a temporary unless it is a plain name.
    fn select_chan(&mut self, ch: &ast::Expr, binds: &mut Vec<syn::Stmt>) -> syn::Expr {
        let v = self.expr_ref_under(ch);
        if let syn::Expr::Path(_) = v {
            return v;
        }
        let id = self.temp("ch");
        binds.push(parse_quote!(let #id = &#v;));
        parse_quote!((*#id))
    }

    /// `v := <-ch`, `v, ok := <-ch`, `v = <-ch`, `a[i], ok = <-ch` in a select case.
    fn select_recv_bind(&mut self, op: AssignOp, lhs: &[ast::Expr], cid: &syn::Ident) -> Vec<syn::Stmt> {
        // `case v, ok := <-ch` with new plain variables: bound by the pattern.
        if op == AssignOp::Define {
            let mut pats: Vec<syn::Pat> = Vec::new();
            let mut simple = true;
            for target in lhs {
                match (target.as_ident(), self.info.resolve(target.id)) {
                    (Some("_"), _) => pats.push(parse_quote!(_)),
                    (Some(_), Some(o)) if self.storage(o) == crate::sema::Storage::Plain && self.info.obj(o).def == Some(target.id) => {
                        let id = self.var_ident(o);
                        let written = self.fns.last().is_some_and(|f| f.written.contains(&o)) || self.info.var_facts(o).is_some_and(|f| f.reassigned);
                        pats.push(if written { parse_quote!(mut #id) } else { parse_quote!(#id) });
                    }
                    _ => simple = false,
                }
            }
            if simple {
                return match pats.as_slice() {
                    [v] => vec![parse_quote!(let #v = #cid.take().0;)],
                    [v, ok] => vec![parse_quote!(let (#v, #ok) = #cid.take();)],
                    _ => vec![],
                };
            }
        }
        // Not `__v`: the emitter's place closures (`p.with_mut(|__v| …)`) use that name.
        let mut out: Vec<syn::Stmt> = vec![parse_quote!(let (__recv, __ok) = #cid.take();)];
        let vals: [syn::Expr; 2] = [parse_quote!(__recv), parse_quote!(__ok)];
        for (target, val) in lhs.iter().zip(vals) {
            if target.as_ident() == Some("_") {
                continue;
            }
            if op == AssignOp::Define {
                out.extend(self.define_var(target, val));
            } else {
                // Any assignable target: map elements, fields through pointers, elements.
                out.extend(self.store(target, val));
            }
        }
        out
    }

}

/// The channel of a receive expression `<-ch`.
fn recv_operand(e: &ast::Expr) -> Option<&ast::Expr> {
    match &e.unparen().kind {
        ExprKind::Unary { op: UnaryOp::Recv, x } => Some(x),
        _ => None,
    }
}

/// A `break` in these statements leaves the enclosing select/switch (unlabelled, not inside a
/// nested loop/switch/select), or names `label`.
pub(super) fn breaks_out(stmts: &[ast::Stmt], label: Option<&str>) -> bool {
    stmts.iter().any(|s| stmt_breaks_out(s, label, true))
}

fn stmt_breaks_out(s: &ast::Stmt, label: Option<&str>, direct: bool) -> bool {
    use crate::ast::BranchKind;
    match &s.kind {
        StmtKind::Branch { kind: BranchKind::Break, label: l } => match l {
            None => direct,
            Some(l) => Some(l.name.as_str()) == label,
        },
        StmtKind::Labeled { stmt, .. } => stmt_breaks_out(stmt, label, direct),
        StmtKind::Block(b) => b.stmts.iter().any(|s| stmt_breaks_out(s, label, direct)),
        StmtKind::If { then, els, .. } => then.stmts.iter().any(|s| stmt_breaks_out(s, label, direct)) || els.as_deref().is_some_and(|e| stmt_breaks_out(e, label, direct)),
        StmtKind::Switch { cases, .. } => cases.iter().any(|c| c.body.iter().any(|s| stmt_breaks_out(s, label, false))),
        StmtKind::TypeSwitch { cases, .. } => cases.iter().any(|c| c.body.iter().any(|s| stmt_breaks_out(s, label, false))),
        StmtKind::Select { cases } => cases.iter().any(|c| c.body.iter().any(|s| stmt_breaks_out(s, label, false))),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => body.stmts.iter().any(|s| stmt_breaks_out(s, label, false)),
        _ => false,
    }
}
