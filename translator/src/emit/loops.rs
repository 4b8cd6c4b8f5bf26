//! Loops: three-clause `for` (per-iteration variables, preemption points), `range` over
//! integers, strings, slices, arrays, maps, channels and functions, and the labels that
//! `break`/`continue` need.

use quote::quote;
use syn::parse_quote;

use super::build;
use super::names;
use super::{BreakKind, Breakable, Cx};
use crate::ast::{self, AssignOp, BranchKind, ExprKind, StmtKind};
use crate::sema::{CallKind, FuncRef, Storage, TypeId, TypeKind};

impl Cx<'_> {
    /// Labels for a loop: `'label` for `break`/`continue`, plus a body-block label when a
    /// `continue` must still run the post statement.
    fn loop_breakable(&mut self, label: Option<String>, body: &ast::Block, has_post: bool) -> (Option<syn::Lifetime>, Option<syn::Lifetime>, bool) {
        let needs_continue = has_post && continues_to(&body.stmts, label.as_deref());
        // Rust rejects an unlabelled `break`/`continue` inside a labelled block, so a loop whose
        // body block is labelled, or whose body reaches it from inside a switch or select
        // (emitted as labelled blocks) or from inside a goto region (a labelled block or loop),
        // gets a label of its own.
        let rust_label = match &label {
            Some(l) => Some(names::label(l)),
            None if needs_continue || branches_from_nested(&body.stmts) || super::goto::contains_goto(&body.stmts) => Some(self.temp_label("loop")),
            None => None,
        };
        let body_label = if needs_continue { Some(self.temp_label("body")) } else { None };
        let continue_label = body_label.clone().or_else(|| rust_label.clone());
        self.fx().breakables.push(Breakable { kind: BreakKind::Loop, go_label: label, break_label: rust_label.clone(), continue_label, continue_is_break: needs_continue });
        (rust_label, body_label, needs_continue)
    }

    pub(super) fn for_loop(&mut self, label: Option<String>, init: Option<&ast::Stmt>, cond: Option<&ast::Expr>, post: Option<&ast::Stmt>, body: &ast::Block) -> Vec<syn::Stmt> {
        let pre = init.map(|i| self.stmt(i)).unwrap_or_default();
        // Go ≥ 1.22 gives each iteration its own loop variables; that is only observable when
        // a variable lives in a shared cell (captured and written, or addressed).
        let per_iter_vars: Vec<crate::sema::ObjId> = match init.map(|i| &i.kind) {
            Some(StmtKind::Assign { lhs, op: AssignOp::Define, .. }) if self.info.per_iteration_loop_vars => {
                lhs.iter().filter_map(|l| self.info.resolve(l.id)).filter(|&o| self.storage(o) == Storage::Shared).collect()
            }
            _ => vec![],
        };
        let (rust_label, body_label, _) = self.loop_breakable(label, body, post.is_some());
        let c = cond.map(|c| self.expr(c));
        let mut b = self.stmts(&body.stmts);
        if self.may_spin(cond, &body.stmts) {
            // Go would preempt this loop; the runtime needs a point to do it.
            b.insert(0, self.preempt_point());
        }
        // The post statement sees the loop's variables, not the body's: a body that redeclares
        // one (`i := i`) keeps its declarations in a block of their own.
        if post.is_some() && body_label.is_none() && redeclares(&body.stmts, init) {
            b = vec![build::stmt(build::block_expr(None, b))];
        }
        let p = post.map(|p| self.stmt(p)).unwrap_or_default();
        self.fx().breakables.pop();
        let lbl = rust_label.clone().map(|l| quote!(#l:));
        let body_block: syn::Block = match &body_label {
            Some(bl) => build::block(vec![build::stmt(build::block_expr(Some(bl.clone()), b))]),
            None => build::block(b),
        };
        let loop_stmt: syn::Stmt = if !per_iter_vars.is_empty() {
            // Fresh cells per iteration: copy the values over, then run post on the new ones.
            // `__prev_i` holds the previous iteration's cell: each iteration copies it into a
            // fresh cell, runs post on the fresh one, and hands it on at the end.
            let ids: Vec<syn::Ident> = per_iter_vars.iter().map(|&o| self.var_ident(o)).collect();
            let prevs: Vec<syn::Ident> = ids.iter().map(|i| syn::Ident::new(&format!("__prev_{i}"), proc_macro2::Span::call_site())).collect();
            let bodies = &body_block.stmts;
            let cond_check: Option<syn::Stmt> = c.as_ref().map(|c| parse_quote!(if !(#c) { break; }));
            parse_quote!({
                #(let mut #prevs = #ids.clone();)*
                let mut __first = true;
                #lbl loop {
                    #(let #ids = ::gort::Ptr::new(#prevs.get());)*
                    if !__first { #(#p)* }
                    __first = false;
                    #cond_check
                    #(#bodies)*
                    #(#prevs = #ids.clone();)*
                }
            })
        } else {
            let mut all = body_block.stmts;
            all.extend(p);
            match c {
                Some(c) => build::stmt(build::while_expr(rust_label, c, all)),
                None => build::stmt(build::loop_expr(rust_label, all)),
            }
        };
        let _ = lbl;
        if pre.is_empty() {
            vec![loop_stmt]
        } else {
            let mut all = pre;
            all.push(loop_stmt);
            vec![build::stmt(build::block_expr(None, all))]
        }
    }

    pub(super) fn range(&mut self, label: Option<String>, id: ast::NodeId, key: Option<&ast::Expr>, value: Option<&ast::Expr>, define: bool, x: &ast::Expr, body: &ast::Block) -> Vec<syn::Stmt> {
        if let Some(crate::sema::RangeKind::Func(_)) = self.info.range_kind(id) {
            return self.range_func(label, id, key, value, define, x, body);
        }
        let key = key.filter(|k| k.as_ident() != Some("_"));
        let value = value.filter(|v| v.as_ident() != Some("_"));
        if let Some(u) = self.type_param_operand(x, "range over") {
            return vec![parse_quote!(#u;)];
        }
        let xt = self.ty(x);
        let under = self.under(xt);
        let (rust_label, _, _) = self.loop_breakable(label, body, false);
        // Loop variables: bound by the loop pattern when they are new plain locals, else
        // assigned (or put in a cell) at the top of each iteration.
        let mut binds: Vec<syn::Stmt> = Vec::new();
        // Before Go 1.22 a range loop has one variable for all iterations: a variable that
        // lives in a cell gets that cell once, before the loop.
        let mut pre: Vec<syn::Stmt> = Vec::new();
        let mut define_k = define;
        let mut define_v = define;
        if define && !self.info.per_iteration_loop_vars {
            for (target, flag) in [(key, &mut define_k), (value, &mut define_v)] {
                let Some(target) = target else { continue };
                let Some(obj) = self.info.resolve(target.id) else { continue };
                if self.storage(obj) == Storage::Shared {
                    if let Some(name) = target.as_ident() {
                        let ident = ast::Ident { id: target.id, name: name.to_string(), span: target.span };
                        pre.extend(self.declare(&ident, None));
                        *flag = false;
                    }
                }
            }
        }
        let kid = self.range_pat(key, define_k, &mut binds, "k");
        let vid = self.range_pat(value, define_v, &mut binds, "v");
        let b = self.stmts(&body.stmts);
        self.fx().breakables.pop();
        let mut body_stmts = binds;
        body_stmts.extend(b);
        let label = rust_label;
        let stmt: syn::Stmt = match self.info.types.kind(under).clone() {
            TypeKind::Basic(bt) if bt.is_integer() => {
                let n = self.expr_under(x);
                if self.is_newtype(xt) && !matches!(kid, syn::Pat::Wild(_)) {
                    // The loop variable has the named type: wrap each value.
                    let ty = self.rust_type(xt);
                    let tmp = self.temp("n");
                    body_stmts.insert(0, parse_quote!(let #kid = #ty(#tmp);));
                    build::stmt(build::for_expr(label, parse_quote!(#tmp), parse_quote!(0..#n), body_stmts))
                } else {
                    build::stmt(build::for_expr(label, kid, parse_quote!(0..#n), body_stmts))
                }
            }
            TypeKind::Basic(bt) if bt.is_string() => {
                let s = self.expr_ref_under(x);
                build::stmt(build::for_expr(label, parse_quote!((#kid, #vid)), parse_quote!(#s.runes()), body_stmts))
            }
            TypeKind::Slice(_) | TypeKind::Array(..) => {
                let s = self.expr_ref_under(x);
                if value.is_none() {
                    build::stmt(build::for_expr(label, kid, parse_quote!(0..#s.len()), body_stmts))
                } else {
                    build::stmt(build::for_expr(label, parse_quote!((#kid, #vid)), parse_quote!(#s.iter()), body_stmts))
                }
            }
            TypeKind::Pointer(arr) => {
                // Ranging over a pointer to an array reads the elements live.
                let p = self.expr(x);
                let n = match self.info.types.kind(self.info.types.underlying(arr)) {
                    TypeKind::Array(n, _) => *n as i64,
                    _ => 0,
                };
                let idx = self.temp("i");
                if !matches!(vid, syn::Pat::Wild(_)) {
                    body_stmts.insert(0, parse_quote!(let #vid = #p.with(|__a| __a[#idx].clone());));
                }
                body_stmts.insert(0, parse_quote!(let #kid = #idx;));
                build::stmt(build::for_expr(label, parse_quote!(#idx), parse_quote!(0..#n), body_stmts))
            }
            TypeKind::Map(..) => {
                let m = self.expr_ref_under(x);
                build::stmt(build::for_expr(label, parse_quote!((#kid, #vid)), parse_quote!(#m.iter()), body_stmts))
            }
            TypeKind::Chan(..) => {
                let c = self.expr_ref_under(x);
                let is_async = self.fns.last().is_none_or(|f| f.is_async);
                // `while let` re-evaluates its scrutinee: the range expression is evaluated
                // once, before the loop.
                let (bind, ch): (Option<syn::Stmt>, syn::Expr) = if matches!(c, syn::Expr::Path(_)) {
                    (None, c)
                } else {
                    let tmp = self.temp("ch");
                    (Some(parse_quote!(let #tmp = &#c;)), parse_quote!(#tmp))
                };
                // The channel yields values; `key` is the value in Go's `for v := range ch`.
                let recv: syn::Expr = if is_async { parse_quote!(#ch.recv_opt().await) } else { parse_quote!(#ch.recv_opt_blocking()) };
                let cond: syn::Expr = parse_quote!(let Some(#kid) = #recv);
                let w = build::stmt(build::while_expr(label, cond, body_stmts));
                match bind {
                    Some(b) => build::stmt(build::block_expr(None, vec![b, w])),
                    None => w,
                }
            }
            TypeKind::Func(_) => {
                let u = self.unsupported(x.span, "range over a function iterator");
                parse_quote!(#u;)
            }
            _ => {
                let u = self.unsupported(x.span, "range over this type");
                parse_quote!(#u;)
            }
        };
        if pre.is_empty() {
            vec![stmt]
        } else {
            let mut all = pre;
            all.push(stmt);
            vec![build::stmt(build::block_expr(None, all))]
        }
    }

    /// `for k, v := range seq`: the body becomes the yield closure passed to `seq`.
    #[allow(clippy::too_many_arguments)]
    fn range_func(&mut self, label: Option<String>, id: ast::NodeId, key: Option<&ast::Expr>, value: Option<&ast::Expr>, define: bool, x: &ast::Expr, body: &ast::Block) -> Vec<syn::Stmt> {
        let xt = self.info.types.underlying(self.ty(x));
        let Some(it_sig) = self.info.types.signature(xt).cloned() else { return vec![] };
        let yield_t = it_sig.params.first().copied().unwrap_or(TypeId::INVALID);
        let y_sig = self.info.types.signature(yield_t).cloned().unwrap_or(crate::sema::Signature { params: vec![], results: vec![], variadic: false });
        let yield_async = self.info.is_async_func_type(yield_t) || self.info.is_async(FuncRef::Lit(id));
        let iter_async = self.info.is_async_func_type(xt);
        let outer_results = self.fx().results.clone();
        let seq = self.expr(x);
        let ctl = self.temp("ctl");
        let ret = self.temp("ret");
        let st = self.temp("st");
        // The closure's captures: every outer local the body (or the loop variables' targets)
        // mentions.
        let mut span = x.span.cover(body.span);
        for t in [key, value].into_iter().flatten() {
            span = span.cover(t.span);
        }
        let mut captured = self.captures_in(span, body);
        for t in [key, value].into_iter().flatten() {
            if !define {
                if let Some(o) = self.info.resolve(t.id) {
                    if !captured.contains(&o) {
                        captured.push(o);
                    }
                }
            }
        }
        let caps = self.capture_stmts(&captured);
        // Parameters: the loop variables (bound directly when new plain locals).
        let mut binds: Vec<syn::Stmt> = Vec::new();
        let targets = [key, value];
        let mut params: Vec<proc_macro2::TokenStream> = Vec::new();
        for (i, &pt) in y_sig.params.iter().enumerate() {
            let ty = self.rust_type(pt);
            let pat = self.range_pat(targets.get(i).copied().flatten().filter(|t| t.as_ident() != Some("_")), define, &mut binds, "y");
            params.push(quote!(#pat: #ty));
        }
        let written = super::func::written_vars(body, self.info);
        self.fns.push(super::FnState {
            is_async: yield_async,
            results: vec![],
            named_results: vec![],
            has_defer: false,
            breakables: vec![Breakable { kind: BreakKind::YieldLoop, go_label: label, break_label: None, continue_label: None, continue_is_break: false }],
            written,
            yield_fn: Some(super::YieldFn { ctl: ctl.clone(), st: st.clone(), ret: ret.clone(), outer_results: outer_results.clone(), uses_ret: false, exits: vec![] }),
            gotos: vec![],
        });
        let saved = self.enter_captures(&captured);
        let b = self.stmts(&body.stmts);
        self.leave_captures(saved);
        let state = self.fns.pop().expect("yield fn state");
        let y = state.yield_fn.expect("yield fn");
        let y_obj = self.fn_trait_object(yield_t);
        let defers_in_body = super::func::contains_defer(&body.stmts);
        let closure: syn::Expr = if yield_async {
            let recaps = self.capture_stmts(&captured);
            let defer_recap: Option<syn::Stmt> = defers_in_body.then(|| parse_quote!(let __defer = __defer.clone();));
            parse_quote!(move |#(#params),*| -> ::gort::BoxFuture<'static, bool> { #(#recaps)* #defer_recap let #ctl = #ctl.clone(); let #ret = #ret.clone(); let #st = #st.clone(); ::std::boxed::Box::pin(async move { #st.enter(); #(#binds)* #(#b)* #st.more() }) })
        } else {
            parse_quote!(move |#(#params),*| -> bool { #st.enter(); #(#binds)* #(#b)* #st.more() })
        };
        let call: syn::Expr = if iter_async { parse_quote!((*#seq)(__yield).await) } else { parse_quote!((*#seq)(__yield)) };
        let ret_ty = self.results_type(&outer_results);
        let mut after: Vec<syn::Stmt> = Vec::new();
        if y.uses_ret {
            let named = self.fx().named_results.clone();
            let has_defer = self.fx().has_defer;
            if has_defer && !named.is_empty() {
                let tmps: Vec<syn::Ident> = (0..named.len()).map(|_| self.temp("r")).collect();
                let sets: Vec<syn::Stmt> = named.iter().zip(&tmps).map(|(&r, t)| {
                    let id = self.var_ident(r);
                    if self.storage(r) == Storage::Shared { parse_quote!(#id.set(#t);) } else { parse_quote!(#id = #t;) }
                }).collect();
                after.push(parse_quote!(if #ctl.get() == 255 { let (#(#tmps),*) = #ret.get().unwrap(); #(#sets)* return; }));
            } else {
                after.push(parse_quote!(if #ctl.get() == 255 { return #ret.get().unwrap(); }));
            }
        }
        for (code, kind, lbl) in y.exits {
            let l = lbl.map(|n| ast::Ident { id: ast::NodeId(0), name: n, span: x.span });
            let st = self.branch(&ast::Stmt { id: ast::NodeId(0), span: x.span, kind: StmtKind::Empty }, kind, l.as_ref());
            after.push(parse_quote!(if #ctl.get() == #code { #(#st)* }));
        }
        let ret_decl: syn::Stmt = parse_quote!(let #ret: ::gort::Ptr<Option<#ret_ty>> = ::gort::Ptr::new(None););
        // `defer` in the body belongs to the enclosing function: the body's closure defers on a
        // `BodyDefers` the function's frame runs in the loop's place (shadowing `__defer`).
        let (body_frame, body_cap): (Option<syn::Stmt>, Option<syn::Stmt>) = if defers_in_body {
            (Some(parse_quote!(let __body_defer = __defer.body_defers();)), Some(parse_quote!(let __defer = __body_defer.clone();)))
        } else {
            (None, None)
        };
        vec![parse_quote!({
            let #ctl: ::gort::Ptr<u8> = ::gort::Ptr::new(0);
            #ret_decl
            #body_frame
            let #st = ::gort::iter::RangeState::new();
            let __yield = ::gort::Func::<#y_obj>::new(::std::sync::Arc::new({ #(#caps)* let #ctl = #ctl.clone(); let #ret = #ret.clone(); let #st = #st.clone(); #body_cap #closure }));
            #call;
            #st.finish();
            #(#after)*
        })]
    }

    /// The loop pattern for one range variable: its own name when it is a new plain local,
    /// else a temporary that `binds` assigns (or puts in a cell) at the top of the body.
    fn range_pat(&mut self, target: Option<&ast::Expr>, define: bool, binds: &mut Vec<syn::Stmt>, base: &str) -> syn::Pat {
        let Some(target) = target else { return parse_quote!(_) };
        if define {
            if let (Some(name), Some(obj)) = (target.as_ident(), self.info.resolve(target.id)) {
                if self.storage(obj) == Storage::Plain && self.is_new_var(target) {
                    let _ = name;
                    let id = self.var_ident(obj);
                    let reassigned = self.info.var_facts(obj).is_some_and(|f| f.reassigned) || self.fns.last().is_some_and(|f| f.written.contains(&obj));
                    return if reassigned { parse_quote!(mut #id) } else { parse_quote!(#id) };
                }
            }
        }
        let tmp = self.temp(base);
        let value: syn::Expr = parse_quote!(#tmp);
        if define {
            binds.extend(self.define_var(target, value));
        } else {
            binds.extend(self.store(target, value));
        }
        parse_quote!(#tmp)
    }

    /// A cooperative preemption point for the current function (async or not).
    pub(super) fn preempt_point(&self) -> syn::Stmt {
        if self.fns.last().is_none_or(|f| f.is_async) {
            parse_quote!(::gort::preempt::point().await;)
        } else {
            parse_quote!(::gort::preempt::point_sync();)
        }
    }

    /// A loop that can spin on shared state: it never blocks (no channel operation, select
    /// without a default, or call that awaits) and its condition or body reads something
    /// another goroutine can change (an atomic, a shared cell, a package variable, a mutex's
    /// `TryLock`, a channel polled by a select with a default, `len` of a channel).
    pub(super) fn may_spin(&self, cond: Option<&ast::Expr>, body: &[ast::Stmt]) -> bool {
        struct V<'i> {
            info: &'i crate::sema::Info,
            blocks: bool,
            shared: bool,
        }
        impl crate::ast::visit::Visitor for V<'_> {
            fn visit_stmt(&mut self, s: &ast::Stmt) {
                match &s.kind {
                    // A select with a default polls its channels without blocking: shared
                    // state another goroutine changes (only its case bodies may block).
                    StmtKind::Select { cases } if cases.iter().any(|c| c.comm.is_none()) => {
                        self.shared = true;
                        for c in cases {
                            for b in &c.body {
                                self.visit_stmt(b);
                            }
                        }
                        return;
                    }
                    StmtKind::Send { .. } | StmtKind::Select { .. } => self.blocks = true,
                    StmtKind::Go(_) => self.blocks = true,
                    _ => {}
                }
                crate::ast::visit::walk_stmt(self, s)
            }
            fn visit_expr(&mut self, e: &ast::Expr) {
                match &e.kind {
                    ExprKind::Unary { op: ast::UnaryOp::Recv, .. } => self.blocks = true,
                    ExprKind::Call { func, .. } => {
                        if let Some(ci) = self.info.call(e.id) {
                            if ci.must_await {
                                self.blocks = true;
                            }
                            if let CallKind::Method(m) = &ci.kind {
                                let o = self.info.obj(*m);
                                if o.pkg == "sync/atomic" || (o.pkg == "sync" && o.name.starts_with("Try")) {
                                    self.shared = true;
                                }
                            }
                            if let CallKind::Func(f) = &ci.kind {
                                let o = self.info.obj(*f);
                                if o.pkg == "sync/atomic" {
                                    self.shared = true;
                                }
                            }
                            // `len(ch)`: how many values other goroutines have sent.
                            if let (CallKind::Builtin(crate::sema::Builtin::Len), ExprKind::Call { args, .. }) = (&ci.kind, &e.kind) {
                                if args.first().is_some_and(|a| matches!(self.info.types.kind(self.info.types.underlying(self.info.type_of(a.id))), crate::sema::TypeKind::Chan(..))) {
                                    self.shared = true;
                                }
                            }
                        }
                        let _ = func;
                    }
                    ExprKind::Ident(_) => {
                        if let Some(o) = self.info.resolve(e.id) {
                            let obj = self.info.obj(o);
                            if matches!(obj.kind, crate::sema::ObjKind::Var(crate::sema::VarKind::Global)) || (matches!(obj.kind, crate::sema::ObjKind::Var(_)) && self.info.storage(o) == Storage::Shared) {
                                self.shared = true;
                            }
                        }
                    }
                    ExprKind::FuncLit { .. } => return,
                    _ => {}
                }
                crate::ast::visit::walk_expr(self, e)
            }
        }
        let mut v = V { info: self.info, blocks: false, shared: false };
        if let Some(c) = cond {
            crate::ast::visit::Visitor::visit_expr(&mut v, c);
        }
        for s in body {
            crate::ast::visit::Visitor::visit_stmt(&mut v, s);
        }
        v.shared && !v.blocks
    }
}

/// The body's top-level statements declare a name that the loop's init statement declares.
fn redeclares(body: &[ast::Stmt], init: Option<&ast::Stmt>) -> bool {
    let Some(StmtKind::Assign { lhs, op: AssignOp::Define, .. }) = init.map(|i| &i.kind) else { return false };
    let names: Vec<&str> = lhs.iter().filter_map(|l| l.as_ident()).collect();
    body.iter().any(|s| match &s.kind {
        StmtKind::Assign { lhs, op: AssignOp::Define, .. } => lhs.iter().any(|l| l.as_ident().is_some_and(|n| names.contains(&n))),
        StmtKind::Decl(d) => match &d.kind {
            ast::DeclKind::Var(specs) => specs.iter().any(|sp| sp.names.iter().any(|n| names.contains(&n.name.as_str()))),
            _ => false,
        },
        _ => false,
    })
}

/// A `break` or `continue` inside a switch, type switch or select of these statements (not
/// inside a nested loop) could target the enclosing loop.
fn branches_from_nested(stmts: &[ast::Stmt]) -> bool {
    fn any_branch(stmts: &[ast::Stmt]) -> bool {
        stmts.iter().any(|s| match &s.kind {
            StmtKind::Branch { kind: BranchKind::Break | BranchKind::Continue, .. } => true,
            StmtKind::Labeled { stmt, .. } => any_branch(std::slice::from_ref(stmt)),
            StmtKind::Block(b) => any_branch(&b.stmts),
            StmtKind::If { then, els, .. } => any_branch(&then.stmts) || els.as_deref().is_some_and(|e| any_branch(std::slice::from_ref(e))),
            StmtKind::Switch { cases, .. } => cases.iter().any(|c| any_branch(&c.body)),
            StmtKind::TypeSwitch { cases, .. } => cases.iter().any(|c| any_branch(&c.body)),
            StmtKind::Select { cases } => cases.iter().any(|c| any_branch(&c.body)),
            _ => false,
        })
    }
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Switch { cases, .. } => cases.iter().any(|c| any_branch(&c.body)),
        StmtKind::TypeSwitch { cases, .. } => cases.iter().any(|c| any_branch(&c.body)),
        StmtKind::Select { cases } => cases.iter().any(|c| any_branch(&c.body)),
        StmtKind::Labeled { stmt, .. } => branches_from_nested(std::slice::from_ref(stmt)),
        StmtKind::Block(b) => branches_from_nested(&b.stmts),
        StmtKind::If { then, els, .. } => branches_from_nested(&then.stmts) || els.as_deref().is_some_and(|e| branches_from_nested(std::slice::from_ref(e))),
        _ => false,
    })
}

/// A `continue` in these statements targets the loop being emitted (unlabelled and not inside
/// a nested loop, or naming `label`).
fn continues_to(stmts: &[ast::Stmt], label: Option<&str>) -> bool {
    stmts.iter().any(|s| stmt_continues(s, label, true))
}

fn stmt_continues(s: &ast::Stmt, label: Option<&str>, direct: bool) -> bool {
    match &s.kind {
        StmtKind::Branch { kind: BranchKind::Continue, label: l } => match l {
            None => direct,
            Some(l) => Some(l.name.as_str()) == label,
        },
        StmtKind::Labeled { stmt, .. } => stmt_continues(stmt, label, direct),
        StmtKind::Block(b) => b.stmts.iter().any(|s| stmt_continues(s, label, direct)),
        StmtKind::If { then, els, .. } => then.stmts.iter().any(|s| stmt_continues(s, label, direct)) || els.as_deref().is_some_and(|e| stmt_continues(e, label, direct)),
        StmtKind::Switch { cases, .. } => cases.iter().any(|c| c.body.iter().any(|s| stmt_continues(s, label, direct))),
        StmtKind::TypeSwitch { cases, .. } => cases.iter().any(|c| c.body.iter().any(|s| stmt_continues(s, label, direct))),
        StmtKind::Select { cases } => cases.iter().any(|c| c.body.iter().any(|s| stmt_continues(s, label, direct))),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => body.stmts.iter().any(|s| stmt_continues(s, label, false)),
        _ => false,
    }
}
