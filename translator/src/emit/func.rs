//! Functions, methods and func literals: signatures, parameters, named results, defer frames,
//! closures and their captures.

use std::collections::BTreeSet;

use quote::quote;
use syn::parse_quote;

use super::build;
use super::names;
use super::{Cx, FnState};
use crate::ast;
use crate::sema::{FuncRef, ObjId, ObjKind, Storage, TypeId};

impl Cx<'_> {
    /// A top-level function (`rename` gives `init` functions their numbered names).
    pub(super) fn func_decl(&mut self, fd: &ast::FuncDecl, rename: Option<syn::Ident>) -> syn::Item {
        let Some(obj) = self.info.resolve(fd.name.id) else {
            return parse_quote!(const _: () = (););
        };
        self.line_map.push((fd.name.name.clone(), self.where_(fd.name.span)));
        let (sig, body, is_async) = self.func_parts(fd, obj, None);
        let name = rename.unwrap_or_else(|| names::ident(&fd.name.name));
        let generics = self.func_generics(obj);
        let (params, ret) = sig;
        if is_async && self.in_async_cycle(obj) {
            // Recursive async functions return a boxed `Send` future: Rust cannot size, nor
            // prove `Send` for, an `async fn` whose future contains itself.
            let mut f: syn::ItemFn = parse_quote!(pub fn #name #generics(#(#params),*) -> ::gort::BoxFuture<'static, #ret> { ::std::boxed::Box::pin(async move {}) });
            f.block = Box::new(build::block(vec![build::stmt(build::fill(parse_quote!(::std::boxed::Box::pin(async move {})), body.stmts))]));
            return syn::Item::Fn(f);
        }
        let ret = ret_tokens(&ret);
        // The signature is parsed; the body is attached as a tree (see `build`).
        let mut f: syn::ItemFn = if is_async { parse_quote!(pub async fn #name #generics(#(#params),*) #ret {}) } else { parse_quote!(pub fn #name #generics(#(#params),*) #ret {}) };
        f.block = Box::new(body);
        syn::Item::Fn(f)
    }

    /// The function returns a boxed `Send` future: it is part of a cycle of async functions
    /// (sema's recursion SCCs), or it is used as a func value (a cycle through func values —
    /// `type stateFn func(*lexer) stateFn` — is invisible to the call graph, and Rust cannot
    /// prove `Send` for an opaque future inside its own cycle).
    pub(super) fn in_async_cycle(&self, obj: ObjId) -> bool {
        self.funcs_as_values.contains(&obj) || self.info.async_recursion().iter().any(|scc| scc.contains(&FuncRef::Decl(obj)))
    }

    /// A method, as an associated function of its receiver's type taking the receiver first,
    /// by reference: `r: &T` for value receivers, `p: &::gort::Ptr<T>` for pointer receivers.
    /// A value receiver the body writes to is copied first (Go's receiver is a copy).
    pub(super) fn method_decl(&mut self, fd: &ast::FuncDecl, obj: ObjId) -> syn::ImplItemFn {
        let recv = fd.recv.as_ref().expect("method has a receiver");
        // gort's encoding/json calls MarshalJSON and a pointer-receiver UnmarshalJSON that
        // cannot block, not the text forms nor ones that block: refuse rather than encode or
        // decode the value the default way.
        let called = matches!(fd.name.name.as_str(), "MarshalJSON" | "UnmarshalJSON") && self.json_method_called(obj);
        if matches!(fd.name.name.as_str(), "MarshalJSON" | "MarshalText" | "UnmarshalJSON" | "UnmarshalText") && !called && self.pkg.files.iter().any(|f| f.imports.iter().any(|i| i.path == "encoding/json")) {
            let what = format!("method {} with encoding/json (only MarshalJSON and a pointer-receiver UnmarshalJSON that do not block are called)", fd.name.name);
            self.unsupported(fd.name.span, &what);
        }
        let recv_name = recv.names.first().filter(|n| !n.is_blank());
        let recv_obj = recv_name.and_then(|n| self.info.resolve(n.id));
        let owner = self.info.obj(obj).name.clone();
        self.line_map.push((owner, self.where_(fd.name.span)));
        let recv_ty = match &self.info.obj(obj).kind {
            ObjKind::Func(fi) => fi.recv.unwrap_or(TypeId::INVALID),
            _ => TypeId::INVALID,
        };
        let recv_rust = self.receiver_type(obj, recv_ty);
        // A receiver that is written, captured-and-written or addressed gets its own copy.
        let owned = recv_obj.is_some_and(|o| self.storage(o) == Storage::Shared || self.info.var_facts(o).is_some_and(|f| f.reassigned) || fd.body.as_ref().is_some_and(|b| writes_through(b, o, self.info)));
        if let (Some(o), false) = (recv_obj, owned) {
            self.ref_params.insert(o);
        }
        let (sig, body, is_async) = self.func_parts(fd, obj, recv_obj.filter(|_| owned));
        if let Some(o) = recv_obj {
            self.ref_params.remove(&o);
        }
        let (mut params, ret) = sig;
        let mut body = body;
        let recv_id = match (recv_name, recv_obj) {
            (Some(_), Some(o)) => {
                let id = self.var_ident(o);
                if owned {
                    body.stmts.insert(0, parse_quote!(let mut #id = #id.clone();));
                }
                quote!(#id)
            }
            _ => quote!(_),
        };
        params.insert(0, quote!(#recv_id: &#recv_rust));
        let name = names::member(&fd.name.name);
        let generics = self.func_generics(obj);
        if is_async && self.in_async_cycle(obj) {
            let mut f: syn::ImplItemFn = parse_quote!(pub fn #name #generics(#(#params),*) -> ::gort::BoxFuture<'_, #ret> {});
            f.block = build::block(vec![build::stmt(build::fill(parse_quote!(::std::boxed::Box::pin(async move {})), body.stmts))]);
            return f;
        }
        let ret = ret_tokens(&ret);
        let mut f: syn::ImplItemFn = if is_async { parse_quote!(pub async fn #name #generics(#(#params),*) #ret {}) } else { parse_quote!(pub fn #name #generics(#(#params),*) #ret {}) };
        f.block = body;
        f
    }

    /// The Rust type of a method's receiver: `T`/`Ptr<T>`, with a generic type's own type
    /// parameters as arguments (`Stack<T>`).
    fn receiver_type(&mut self, method: ObjId, recv_ty: TypeId) -> syn::Type {
        let owner = match &self.info.obj(method).kind {
            ObjKind::Func(fi) => fi.recv_named,
            _ => None,
        };
        let Some(owner) = owner else { return self.rust_type(recv_ty) };
        let origin = self.info.types.named(owner).and_then(|n| n.origin).unwrap_or(owner);
        let params = self.info.types.named(origin).map(|n| n.type_params.clone()).unwrap_or_default();
        if params.is_empty() {
            return self.rust_type(recv_ty);
        }
        let id = self.type_path(origin);
        let args: Vec<syn::Type> = params.iter().map(|&p| self.rust_type(p)).collect();
        let base: syn::Type = parse_quote!(#id<#(#args),*>);
        if self.info.types.is_pointer(recv_ty) { parse_quote!(::gort::Ptr<#base>) } else { base }
    }

    /// Generics of a generic function (a method's type parameters are its type's).
    fn func_generics(&mut self, obj: ObjId) -> syn::Generics {
        match &self.info.obj(obj).kind {
            ObjKind::Func(fi) if fi.recv.is_none() => {
                let tps = fi.type_params.clone();
                self.generics_for(&tps)
            }
            _ => syn::Generics::default(),
        }
    }

    /// `mut` when a parameter is reassigned in a plain local.
    fn param_mut(&self, var: ObjId) -> proc_macro2::TokenStream {
        let reassigned = self.info.var_facts(var).is_some_and(|f| f.reassigned) || self.param_written.contains(&var);
        if reassigned && self.storage(var) == Storage::Plain { quote!(mut) } else { quote!() }
    }

    /// Parameters, return type, body and asyncness of a declared function or method.
    #[allow(clippy::type_complexity)]
    fn func_parts(&mut self, fd: &ast::FuncDecl, obj: ObjId, recv: Option<ObjId>) -> ((Vec<proc_macro2::TokenStream>, syn::Type), syn::Block, bool) {
        let fty = self.info.obj(obj).ty;
        let sig = self.info.types.signature(fty).cloned().unwrap_or(crate::sema::Signature { params: vec![], results: vec![], variadic: false });
        let is_async = self.info.is_async(FuncRef::Decl(obj));
        self.param_written = fd.body.as_ref().map(|b| written_vars(b, self.info)).unwrap_or_default();
        let params = self.params(&fd.sig, &sig.params);
        let ret = self.results_type(&sig.results);
        let body = match &fd.body {
            Some(b) => {
                let mut shared = self.shared_params(&fd.sig);
                if let Some(r) = recv {
                    if self.storage(r) == Storage::Shared {
                        shared.push(r);
                    }
                }
                self.func_body_with(b, FuncRef::Decl(obj), &sig.results, &fd.sig, shared, false)
            }
            None => parse_quote!({ ::std::unimplemented!() }),
        };
        ((params, ret), body, is_async)
    }

    /// `name: Type` for each declared parameter.
    fn params(&mut self, ft: &ast::FuncType, types: &[TypeId]) -> Vec<proc_macro2::TokenStream> {
        let mut out = Vec::new();
        let mut i = 0;
        for field in &ft.params {
            let names_: Vec<Option<&ast::Ident>> = if field.names.is_empty() { vec![None] } else { field.names.iter().map(Some).collect() };
            for n in names_ {
                let ty = types.get(i).copied().unwrap_or(TypeId::INVALID);
                i += 1;
                let rt = self.rust_type(ty);
                let pat = match n.filter(|n| !n.is_blank()).and_then(|n| self.info.resolve(n.id).map(|o| (n, o))) {
                    Some((_, o)) => {
                        let id = self.var_ident(o);
                        let m = self.param_mut(o);
                        quote!(#m #id)
                    }
                    None => quote!(_),
                };
                out.push(quote!(#pat: #rt));
            }
        }
        out
    }

    /// Parameters that live in shared cells (captured and written, or address taken).
    fn shared_params(&self, ft: &ast::FuncType) -> Vec<ObjId> {
        ft.params.iter().flat_map(|f| f.names.iter()).filter_map(|n| self.info.resolve(n.id)).filter(|&o| self.storage(o) == Storage::Shared).collect()
    }

    /// The body of Go's `main`.
    pub(super) fn func_body(&mut self, body: &ast::Block, obj: ObjId, _unused: Option<()>, _main: bool) -> proc_macro2::TokenStream {
        let sig = ast::FuncType { span: body.span, params: vec![], results: vec![] };
        let block = self.func_body_with(body, FuncRef::Decl(obj), &[], &sig, vec![], true);
        let stmts = &block.stmts;
        quote!(#(#stmts)*)
    }

    /// A function body: rebinding of shared parameters, named results, the defer frame, and
    /// the statements.
    /// `in_async_block`: the body runs inside an async block whatever its colour (a goroutine's
    /// body, `main`), so it may await.
    pub(super) fn func_body_with(&mut self, body: &ast::Block, f: FuncRef, results: &[TypeId], ft: &ast::FuncType, shared_params: Vec<ObjId>, in_async_block: bool) -> syn::Block {
        let is_async = self.info.is_async(f) || in_async_block;
        let has_defer = contains_defer(&body.stmts);
        let named: Vec<ObjId> = ft.results.iter().flat_map(|r| r.names.iter()).filter_map(|n| self.info.resolve(n.id)).collect();
        let named = if named.len() == results.len() { named } else { vec![] };
        self.note_shadowed_results(&named, body);
        let written = written_vars(body, self.info);
        self.fns.push(FnState { is_async, results: results.to_vec(), named_results: named.clone(), has_defer, breakables: vec![], written, yield_fn: None, gotos: vec![] });
        let mut pre: Vec<syn::Stmt> = Vec::new();
        if self.recover_fns.contains(&f) {
            // Go's recover works only in the function a defer called directly.
            pre.push(parse_quote!(let __direct = ::gort::recover::take_direct();));
        }
        for p in shared_params {
            let id = self.var_ident(p);
            pre.push(parse_quote!(let #id = ::gort::Ptr::new(#id);));
        }
        for &r in &named {
            let t = self.info.obj(r).ty;
            let zero = self.zero_value(t);
            let id = self.var_ident(r);
            if self.storage(r) == Storage::Shared {
                pre.push(parse_quote!(let #id = ::gort::Ptr::new(#zero);));
            } else {
                let ty = self.rust_type(t);
                pre.push(parse_quote!(let mut #id: #ty = #zero;));
            }
        }
        let mut stmts = self.stmts(&body.stmts);
        // A goto region may wrap the final `return` in a loop or block, which Rust does not see
        // as diverging.
        let ends_in_return = body.stmts.last().is_some_and(|s| matches!(s.kind, ast::StmtKind::Return(_))) && !super::goto::contains_goto(&body.stmts);
        let block: syn::Block = if has_defer {
            let frame: syn::Stmt = parse_quote!(let __defer = ::gort::DeferFrame::new(););
            // `__defer.run(async { body }).await` / `__defer.run_sync(|| { body })`.
            let run = |stmts: Vec<syn::Stmt>| -> syn::Expr {
                if is_async { build::fill(parse_quote!(__defer.run(async {}).await), stmts) } else { build::fill(parse_quote!(__defer.run_sync(|| {})), stmts) }
            };
            let mut all = pre;
            all.push(frame);
            if !named.is_empty() {
                // Returns assign the named results (the deferred calls may change them); the
                // function's value is read after the frame has run.
                let named_read = self.named_results_value();
                all.push(syn::Stmt::Expr(run(stmts), Some(Default::default())));
                all.push(build::stmt(named_read));
            } else if results.is_empty() {
                // No results: a recovered panic simply returns.
                all.push(syn::Stmt::Expr(run(stmts), Some(Default::default())));
            } else {
                if !ends_in_return {
                    stmts.push(parse_quote!(::std::unreachable!();));
                }
                let zero = self.results_zero(results);
                let r = run(stmts);
                let m: syn::Expr = parse_quote!(match __RUN { Some(__v) => __v, None => #zero });
                let m = match m {
                    syn::Expr::Match(mut mm) => {
                        mm.expr = Box::new(r);
                        syn::Expr::Match(mm)
                    }
                    other => other,
                };
                all.push(build::stmt(m));
            }
            build::block(all)
        } else {
            if !results.is_empty() && !ends_in_return {
                stmts.push(parse_quote!(::std::unreachable!();));
            }
            let mut all = pre;
            all.extend(stmts);
            build::block(all)
        };
        self.fns.pop();
        block
    }

    /// Records the named results that a variable declared in `body` shadows (any variable of
    /// the same name whose declaration lies inside the body, closures' included).
    fn note_shadowed_results(&mut self, named: &[ObjId], body: &ast::Block) {
        let inside = |s: &crate::diag::Span| s.file == body.span.file && s.start >= body.span.start && s.end <= body.span.end;
        for &r in named {
            let name = &self.info.obj(r).name;
            let shadowed = self.info.objects.iter().any(|o| {
                &o.name == name && matches!(o.kind, crate::sema::ObjKind::Var(k) if k != crate::sema::VarKind::Global) && o.span.as_ref().is_some_and(inside)
            });
            if shadowed {
                self.shadowed_results.insert(r);
            }
        }
    }

    /// The current values of the named results, as the function's return value.
    pub(super) fn named_results_value(&mut self) -> syn::Expr {
        let named = self.fx().named_results.clone();
        let vals: Vec<syn::Expr> = named
            .iter()
            .map(|&r| {
                let id = self.var_ident(r);
                if self.storage(r) == Storage::Shared {
                    parse_quote!(#id.get())
                } else if self.is_copy(self.info.obj(r).ty) {
                    parse_quote!(#id)
                } else {
                    parse_quote!(#id.clone())
                }
            })
            .collect();
        match vals.len() {
            1 => vals[0].clone(),
            _ => parse_quote!((#(#vals),*)),
        }
    }

    /// The zero value of a result list (what a recovered function returns).
    fn results_zero(&mut self, results: &[TypeId]) -> syn::Expr {
        match results {
            [] => parse_quote!(()),
            [one] => self.zero_value(*one),
            many => {
                let zs: Vec<syn::Expr> = many.iter().map(|&t| self.zero_value(t)).collect();
                parse_quote!((#(#zs),*))
            }
        }
    }

    /// A func literal as a `::gort::Func` value.
    pub(super) fn func_lit(&mut self, e: &ast::Expr, ft: &ast::FuncType, body: &ast::Block) -> syn::Expr {
        let (caps, closure) = self.closure(e, ft, body);
        // The func type is written out: the value may flow into `any`, where nothing else
        // pins down the closure's trait object.
        let t = self.info.func_lit_type(e.id);
        let is_async = self.lit_is_async(e);
        let f_obj = self.fn_trait_object_colored(t, is_async);
        parse_quote!({ #(#caps)* ::gort::Func::<#f_obj>::new(::std::sync::Arc::new(#closure)) })
    }

    /// A func literal returns a future: it blocks, or values of its func type may block
    /// elsewhere (a sync func in an async slot) and it is a value (a literal called in place
    /// is awaited only when it blocks: sema's `must_await` for that call).
    fn lit_is_async(&self, e: &ast::Expr) -> bool {
        self.info.is_async(FuncRef::Lit(e.id)) || (!self.called_lits.contains(&e.id) && self.info.is_async_func_type(self.info.func_lit_type(e.id)))
    }

    /// The captures (statements cloning captured variables) and the closure of a func literal.
    pub(super) fn closure(&mut self, e: &ast::Expr, ft: &ast::FuncType, body: &ast::Block) -> (Vec<syn::Stmt>, syn::Expr) {
        let lit_ty = self.info.func_lit_type(e.id);
        let sig = self.info.types.signature(lit_ty).cloned().unwrap_or(crate::sema::Signature { params: vec![], results: vec![], variadic: false });
        let is_async = self.lit_is_async(e);
        self.param_written = written_vars(body, self.info);
        let params = self.params(ft, &sig.params);
        let ret = self.results_type(&sig.results);
        let captured = self.captures(e, body);
        let caps = self.capture_stmts(&captured);
        let shared = self.shared_params(ft);
        let saved = self.enter_captures(&captured);
        let block = self.func_body_with(body, FuncRef::Lit(e.id), &sig.results, ft, shared, false);
        self.leave_captures(saved);
        let closure: syn::Expr = if is_async {
            let mut recaps = self.capture_stmts(&captured);
            recaps.push(build::stmt(build::fill(parse_quote!(::std::boxed::Box::pin(async move {})), block.stmts)));
            build::fill(parse_quote!(move |#(#params),*| -> ::gort::BoxFuture<'static, #ret> {}), recaps)
        } else {
            build::fill(parse_quote!(move |#(#params),*| -> #ret {}), block.stmts)
        };
        (caps, closure)
    }

    /// Enters a closure body whose captures are `captured`: inside, a captured by-reference
    /// receiver is an owned clone. Returns what `leave_captures` restores.
    pub(super) fn enter_captures(&mut self, captured: &[ObjId]) -> std::collections::HashSet<ObjId> {
        let saved = self.ref_params.clone();
        for c in captured {
            self.ref_params.remove(c);
        }
        self.closure_captures.push(captured.iter().copied().collect());
        saved
    }

    pub(super) fn leave_captures(&mut self, saved: std::collections::HashSet<ObjId>) {
        self.closure_captures.pop();
        self.ref_params = saved;
    }

    /// `let x = x.clone();` for each captured variable (a shared cell clones its handle).
    pub(super) fn capture_stmts(&mut self, captured: &[ObjId]) -> Vec<syn::Stmt> {
        captured
            .iter()
            // A `move` closure copies `Copy` values by itself.
            .filter(|&&v| self.storage(v) == Storage::Shared || !self.is_copy(self.info.obj(v).ty) || self.ref_params.contains(&v))
            .map(|&v| {
                let id = self.var_ident(v);
                parse_quote!(let #id = #id.clone();)
            })
            .collect()
    }

    /// Local variables declared outside the literal `e` and used inside it.
    pub(super) fn captures(&self, e: &ast::Expr, body: &ast::Block) -> Vec<ObjId> {
        self.captures_in(e.span, body)
    }

    /// Local variables declared outside `span` and used inside `body`.
    pub(super) fn captures_in(&self, span: crate::ast::Span, body: &ast::Block) -> Vec<ObjId> {
        let e = ast::Expr { id: ast::NodeId(0), span, kind: ast::ExprKind::Bad };
        let e = &e;
        struct Uses<'i> {
            info: &'i crate::sema::Info,
            used: BTreeSet<ObjId>,
        }
        impl crate::ast::visit::Visitor for Uses<'_> {
            fn visit_expr(&mut self, x: &ast::Expr) {
                if let ast::ExprKind::Ident(_) = x.kind {
                    if let Some(o) = self.info.resolve(x.id) {
                        self.used.insert(o);
                    }
                }
                crate::ast::visit::walk_expr(self, x)
            }
        }
        let mut uses = Uses { info: self.info, used: BTreeSet::new() };
        crate::ast::visit::walk_block(&mut uses, body);
        uses.used.into_iter()
            .filter(|&o| {
                let obj = self.info.obj(o);
                let local = matches!(obj.kind, ObjKind::Var(crate::sema::VarKind::Local | crate::sema::VarKind::Param | crate::sema::VarKind::Result | crate::sema::VarKind::Receiver));
                let outside = obj.span.is_some_and(|s| s.file != e.span.file || s.start < e.span.start || s.start >= e.span.end);
                local && outside
            })
            .collect()
    }
}

/// The body assigns to a place rooted at variable `v` (`v = …`, `v.f = …`, `v[i]++`, …).
fn writes_through(body: &ast::Block, v: ObjId, info: &crate::sema::Info) -> bool {
    written_vars(body, info).contains(&v)
}

/// Variables whose own storage the body writes: `v = …`, `v.f = …`, `v[i] = …` on an array,
/// `v++`, op-assignments, and range assignments (not writes through pointers, slices or maps,
/// which go through the runtime's shared cells).
pub(super) fn written_vars(body: &ast::Block, info: &crate::sema::Info) -> std::collections::HashSet<ObjId> {
    struct W<'i> {
        info: &'i crate::sema::Info,
        found: std::collections::HashSet<ObjId>,
    }
    fn root(e: &ast::Expr, info: &crate::sema::Info) -> Option<ObjId> {
        match &e.unparen().kind {
            ast::ExprKind::Ident(_) => info.resolve(e.unparen().id),
            ast::ExprKind::Selector { x, .. } => {
                if info.types.is_pointer(info.type_of(x.id)) { None } else { root(x, info) }
            }
            ast::ExprKind::Index { x, .. } => {
                let u = info.types.underlying(info.type_of(x.id));
                if matches!(info.types.kind(u), crate::sema::TypeKind::Array(..)) { root(x, info) } else { None }
            }
            _ => None,
        }
    }
    impl crate::ast::visit::Visitor for W<'_> {
        fn visit_stmt(&mut self, s: &ast::Stmt) {
            match &s.kind {
                ast::StmtKind::Assign { lhs, .. } => {
                    for l in lhs {
                        if let Some(o) = root(l, self.info) {
                            self.found.insert(o);
                        }
                    }
                }
                ast::StmtKind::IncDec { x, .. } => {
                    if let Some(o) = root(x, self.info) {
                        self.found.insert(o);
                    }
                }
                ast::StmtKind::Range { key, value, define: false, .. } => {
                    for e in [key, value].into_iter().flatten() {
                        if let Some(o) = root(e, self.info) {
                            self.found.insert(o);
                        }
                    }
                }
                _ => {}
            }
            crate::ast::visit::walk_stmt(self, s)
        }
    }
    let mut w = W { info, found: Default::default() };
    crate::ast::visit::walk_block(&mut w, body);
    w.found
}

/// `-> T`, or nothing for `()`.
fn ret_tokens(ret: &syn::Type) -> proc_macro2::TokenStream {
    match ret {
        syn::Type::Tuple(t) if t.elems.is_empty() => quote!(),
        t => quote!(-> #t),
    }
}

/// The statements contain a `defer` (not counting nested func literals).
pub(super) fn contains_defer(stmts: &[ast::Stmt]) -> bool {
    stmts.iter().any(stmt_has_defer)
}

fn stmt_has_defer(s: &ast::Stmt) -> bool {
    use ast::StmtKind::*;
    match &s.kind {
        Defer(_) => true,
        Labeled { stmt, .. } => stmt_has_defer(stmt),
        Block(b) => contains_defer(&b.stmts),
        If { then, els, .. } => contains_defer(&then.stmts) || els.as_deref().is_some_and(stmt_has_defer),
        Switch { cases, .. } => cases.iter().any(|c| contains_defer(&c.body)),
        TypeSwitch { cases, .. } => cases.iter().any(|c| contains_defer(&c.body)),
        Select { cases } => cases.iter().any(|c| contains_defer(&c.body)),
        For { body, .. } | Range { body, .. } => contains_defer(&body.stmts),
        _ => false,
    }
}
