//! Calls: declared functions and methods, interface methods, func values, builtins, and the
//! standard library mirrors in the runtime.
//!
//! Argument conventions: a user function takes every argument by value (Go copies arguments);
//! a runtime mirror takes `Copy` values by value and everything else by reference, a variadic
//! `...any` as `&[&dyn GoValue]` and any other variadic `...T` as `&[T]`.

use quote::quote;
use syn::parse_quote;

use super::access::{Access, Root};
use super::names;
use super::Cx;
use crate::ast::{self, ExprKind};
use crate::sema::{Basic, Builtin, CallInfo, CallKind, FieldStep, ObjKind, RecvAdjust, Selection, TypeId, TypeKind};

impl Cx<'_> {
    /// A call expression (also conversions and builtins, which Go spells as calls).
    pub(super) fn call(&mut self, e: &ast::Expr, func: &ast::Expr, args: &[ast::Expr], ellipsis: bool) -> syn::Expr {
        let ordered = self.info.call(e.id).is_some_and(|i| !i.spread && !matches!(i.kind, CallKind::Conversion { .. } | CallKind::Builtin(_)));
        if !ordered {
            return self.call_in_order(e, func, args, ellipsis);
        }
        let ops: Vec<&ast::Expr> = args.iter().collect();
        let h = self.hoist_calls(&ops);
        let call = self.call_in_order(e, func, args, ellipsis);
        self.unhoist(h, call)
    }

    /// A call whose operands are evaluated in the order they are written.
    fn call_in_order(&mut self, e: &ast::Expr, func: &ast::Expr, args: &[ast::Expr], ellipsis: bool) -> syn::Expr {
        let Some(info) = self.info.call(e.id).cloned() else {
            return self.unsupported(e.span, "call");
        };
        let call = match info.kind.clone() {
            CallKind::Conversion { to } => match args.first() {
                Some(a) => return self.conversion(to, a),
                None => return self.unsupported(e.span, "conversion without an operand"),
            },
            CallKind::Builtin(b) => return self.builtin(e, b, args, ellipsis),
            CallKind::Func(obj) => {
                let call = self.func_call(obj, func, args, ellipsis, &info);
                // A generic std function's result going into an interface (`fmt.Println(
                // slices.Clip(make([]int, 0, 10)))`): its element type may be pinned by nothing
                // else, so it is spelled out.
                let generic_std = matches!(&self.info.obj(obj).kind, ObjKind::Func(f) if f.std && !f.type_params.is_empty());
                if generic_std {
                    let t = self.ty(e);
                    self.typed_if_converted(e, t, call)
                } else {
                    call
                }
            }
            CallKind::Method(obj) => self.method_call(e, obj, func, args, ellipsis, &info),
            CallKind::InterfaceMethod { iface, name } => self.iface_call(iface, &name, func, args, ellipsis, &info),
            CallKind::FuncValue if self.method_expr_of(func).is_some() => {
                // `T.M(x, args)` / `(*T).M(p, args)`: a direct call with `x` as the receiver.
                let method = self.method_expr_of(func).expect("checked");
                let call = self.method_expr_call(method, args, &info);
                return if self.info.is_async(crate::sema::FuncRef::Decl(method)) { parse_quote!(#call.await) } else { call };
            }
            CallKind::FuncValue => {
                let ft = self.ty(func);
                if let ExprKind::FuncLit { .. } = &func.unparen().kind {
                    self.called_lits.insert(func.unparen().id);
                }
                let f = self.expr_ref_under(func);
                let a = self.user_args(args, ellipsis, &info);
                let call = self.with_spread(parse_quote!((*#f)(#(#a),*)));
                // A std func type (`context.CancelFunc`) is the runtime's: never a future.
                if self.info.types.named(ft).is_some_and(|n| !n.pkg.is_empty() && !self.info.types.is_user_pkg(&n.pkg)) {
                    return call;
                }
                call
            }
        };
        self.finish_call(call, &info)
    }

    /// The method of a method expression used as a callee (`T.M`, `(*T).M`).
    pub(super) fn method_expr_of(&self, func: &ast::Expr) -> Option<crate::sema::ObjId> {
        match self.info.selection(func.unparen().id) {
            Some(Selection::MethodExpr { method, .. }) => Some(*method),
            _ => None,
        }
    }

    /// `Owner::M(&recv, rest…)` for a call through a method expression.
    pub(super) fn method_expr_call(&mut self, method: crate::sema::ObjId, args: &[ast::Expr], info: &CallInfo) -> syn::Expr {
        let o = self.info.obj(method).clone();
        let owner = match &o.kind {
            ObjKind::Func(f) => f.recv_named.unwrap_or(TypeId::INVALID),
            _ => TypeId::INVALID,
        };
        let owner_path = self.owner_path(owner);
        let mid = names::member(&o.name);
        let mut vals = self.user_args(args, false, info);
        let recv = if vals.is_empty() { parse_quote!(()) } else { vals.remove(0) };
        // `(*T).M` with a value-receiver `M`: the pointer argument is dereferenced.
        let ptr_recv = matches!(&o.kind, ObjKind::Func(f) if f.ptr_recv);
        let arg_is_ptr = args.first().is_some_and(|a| self.info.types.is_pointer(self.ty(a)));
        let recv: syn::Expr = if arg_is_ptr && !ptr_recv { parse_quote!(#recv.get()) } else { recv };
        self.with_spread(parse_quote!(#owner_path::#mid(&#recv, #(#vals),*)))
    }

    /// `.await` (boxed inside recursive async cycles) when the callee may block.
    fn finish_call(&mut self, call: syn::Expr, info: &CallInfo) -> syn::Expr {
        if info.must_await {
            // Functions in recursive async cycles already return a boxed future.
            parse_quote!(#call.await)
        } else {
            call
        }
    }

    /// The signature the call was checked against.
    fn call_sig(&self, info: &CallInfo) -> crate::sema::Signature {
        self.info.types.signature(info.sig).cloned().unwrap_or(crate::sema::Signature { params: vec![], results: vec![], variadic: false })
    }

    /// Arguments for a user function (by value; variadic arguments packed into a slice).
    pub(super) fn user_args(&mut self, args: &[ast::Expr], ellipsis: bool, info: &CallInfo) -> Vec<syn::Expr> {
        let sig = self.call_sig(info);
        if info.spread {
            // `f(g())`: the results of g become the arguments, through one temporary.
            let inner = self.expr(&args[0]);
            let tmp = self.temp("spread");
            self.pending_spread = Some((tmp.clone(), inner));
            return (0..sig.params.len())
                .map(|i| {
                    let i = syn::Index::from(i);
                    parse_quote!(#tmp.#i)
                })
                .collect();
        }
        let mut out = Vec::new();
        let fixed = if sig.variadic && !ellipsis { sig.params.len().saturating_sub(1) } else { args.len() };
        for a in args.iter().take(fixed) {
            out.push(self.expr(a));
        }
        if sig.variadic && !ellipsis {
            let rest: Vec<syn::Expr> = args.iter().skip(fixed).map(|a| self.expr(a)).collect();
            // No variadic arguments: Go passes a nil slice.
            if rest.is_empty() {
                out.push(parse_quote!(::gort::Slice::nil()));
            } else {
                out.push(parse_quote!(::gort::Slice::from_vec(::std::vec![#(#rest),*])));
            }
        }
        out
    }

    fn func_call(&mut self, obj: crate::sema::ObjId, func: &ast::Expr, args: &[ast::Expr], ellipsis: bool, info: &CallInfo) -> syn::Expr {
        let o = self.info.obj(obj).clone();
        let std = matches!(&o.kind, ObjKind::Func(f) if f.std);
        if std {
            return self.std_call(&o.pkg, &o.name, None, args, ellipsis, info);
        }
        let id = self.obj_path(obj);
        // Type arguments: inferred ones from sema, or the explicit `F[int](…)` ones.
        let targs: Vec<TypeId> = if !info.type_args.is_empty() {
            info.type_args.clone()
        } else if let ExprKind::Index { indices, .. } = &func.unparen().kind {
            indices.iter().map(|i| self.ty(i)).collect()
        } else {
            vec![]
        };
        let path: syn::Expr = if targs.is_empty() {
            parse_quote!(#id)
        } else {
            let ts: Vec<syn::Type> = targs.iter().map(|&t| self.rust_type(t)).collect();
            parse_quote!(#id::<#(#ts),*>)
        };
        let a = self.user_args(args, ellipsis, info);
        self.with_spread(parse_quote!(#path(#(#a),*)))
    }

    /// Wraps a call whose arguments came from a multi-value call in the binding of its results.
    fn with_spread(&mut self, call: syn::Expr) -> syn::Expr {
        match self.pending_spread.take() {
            Some((tmp, value)) => parse_quote!({ let #tmp = #value; #call }),
            None => call,
        }
    }

    fn method_call(&mut self, e: &ast::Expr, obj: crate::sema::ObjId, func: &ast::Expr, args: &[ast::Expr], ellipsis: bool, info: &CallInfo) -> syn::Expr {
        let ExprKind::Selector { x, .. } = &func.unparen().kind else {
            return self.unsupported(e.span, "method call");
        };
        let Some(Selection::Method { path, adjust, ptr_recv, .. }) = self.info.selection(func.unparen().id).cloned() else {
            return self.unsupported(e.span, "method call");
        };
        let o = self.info.obj(obj).clone();
        let std = matches!(&o.kind, ObjKind::Func(f) if f.std);
        if let Some(r) = self.recv_subst.get(&func.unparen().id).cloned() {
            if std {
                return self.std_call(&o.pkg, &o.name, Some(r), args, ellipsis, info);
            }
            let owner = match &o.kind {
                ObjKind::Func(f) => f.recv_named.unwrap_or(TypeId::INVALID),
                _ => TypeId::INVALID,
            };
            let owner_path = self.owner_path(owner);
            let mid = names::member(&o.name);
            let a = self.user_args(args, ellipsis, info);
            return self.with_spread(parse_quote!(#owner_path::#mid(#r, #(#a),*)));
        }
        let (acc, recv_ty) = self.access_path(x, &path);
        if std {
            let recv = self.std_receiver(acc, recv_ty);
            return self.std_call(&o.pkg, &o.name, Some(recv), args, ellipsis, info);
        }
        let recv = self.receiver(acc, recv_ty, adjust, ptr_recv);
        let owner = match &o.kind {
            ObjKind::Func(f) => f.recv_named.unwrap_or(TypeId::INVALID),
            _ => TypeId::INVALID,
        };
        let owner_path = self.owner_path(owner);
        let mid = names::member(&o.name);
        let a = self.user_args(args, ellipsis, info);
        self.with_spread(parse_quote!(#owner_path::#mid(#recv, #(#a),*)))
    }

    /// The receiver of a std method (a handle such as a `sync.Mutex`, or a value), reached
    /// through `acc`: handles are shared, so reading one early (`defer`, `go`) is Go's `&x.f`.
    pub(super) fn std_receiver(&mut self, acc: Access, recv_ty: TypeId) -> syn::Expr {
        let recv = self.read_ref(acc, recv_ty);
        let pointee = self.info.types.elem(recv_ty).unwrap_or(recv_ty);
        if self.info.types.is_pointer(recv_ty) && !self.is_std_handle(pointee) {
            parse_quote!(#recv.get())
        } else {
            recv
        }
    }

    /// The receiver argument of a method call, by reference: the value (value receiver) or a
    /// pointer (pointer receiver), taking the address or dereferencing as sema's adjustment says.
    pub(super) fn receiver_ref(&mut self, acc: Access, recv_ty: TypeId, adjust: RecvAdjust, ptr_recv: bool) -> syn::Expr {
        self.receiver(acc, recv_ty, adjust, ptr_recv)
    }

    fn receiver(&mut self, acc: Access, recv_ty: TypeId, adjust: RecvAdjust, ptr_recv: bool) -> syn::Expr {
        match (ptr_recv, adjust) {
            (true, RecvAdjust::AddrOf) => {
                let p = self.address(acc, recv_ty);
                parse_quote!(&#p)
            }
            (false, RecvAdjust::Deref) => {
                let p = self.read_ref(acc, recv_ty);
                parse_quote!(&#p.get())
            }
            _ => {
                let v = self.read_ref(acc, recv_ty);
                parse_quote!(&#v)
            }
        }
    }

    /// The receiver of a method value or `go` statement, as an owned value evaluated now.
    pub(super) fn receiver_owned(&mut self, acc: Access, recv_ty: TypeId, adjust: RecvAdjust, ptr_recv: bool) -> syn::Expr {
        match (ptr_recv, adjust) {
            (true, RecvAdjust::AddrOf) => self.address(acc, recv_ty),
            (false, RecvAdjust::Deref) => {
                let p = self.read_ref(acc, recv_ty);
                parse_quote!(#p.get())
            }
            _ => self.read(acc, recv_ty),
        }
    }

    /// The place reached from `x` through embedded fields `path`, with its Go type.
    pub(super) fn access_path(&mut self, x: &ast::Expr, path: &[FieldStep]) -> (Access, TypeId) {
        let mut acc = self.access(x);
        let mut cur = self.ty(x);
        for step in path {
            if step.deref || self.info.types.is_pointer(cur) {
                let pointee = self.info.types.elem(cur).unwrap_or(cur);
                if self.is_std_handle(pointee) {
                    cur = pointee;
                } else {
                    let p = self.read_ref(acc, cur);
                    acc = Access { root: Root::Cell(p), proj: vec![] };
                    cur = pointee;
                }
            }
            let fields = self.info.types.struct_fields(self.info.types.underlying(cur)).map(|f| f.to_vec()).unwrap_or_default();
            let fty = fields.get(step.index).map(|f| f.ty).unwrap_or(TypeId::INVALID);
            acc.proj.push(super::access::Proj::Field(names::member(&step.name)));
            cur = fty;
        }
        (acc, cur)
    }

    fn iface_call(&mut self, iface: TypeId, name: &str, func: &ast::Expr, args: &[ast::Expr], ellipsis: bool, info: &CallInfo) -> syn::Expr {
        let ExprKind::Selector { x, .. } = &func.unparen().kind else {
            return self.unsupported(func.span, "interface method call");
        };
        let path = match self.info.selection(func.unparen().id) {
            Some(Selection::InterfaceMethod { path, .. }) => path.clone(),
            _ => vec![],
        };
        let (acc, recv_ty) = self.access_path(x, &path);
        let recv = self.read_ref(acc, recv_ty);
        let std_pkg = self.info.types.named(iface).map(|n| n.pkg.clone()).unwrap_or_default();
        if !self.info.types.is_user_pkg(&std_pkg) && !std_pkg.is_empty() && !matches!((std_pkg.as_str(), name), ("fmt", "String")) {
            return self.std_call(&std_pkg, name, Some(recv), args, ellipsis, info);
        }
        let mid = names::member(name);
        let a = self.user_args(args, ellipsis, info);
        // A type parameter's method: the value is the type parameter itself.
        let _ = TypeKind::Invalid;
        self.with_spread(parse_quote!(#recv.#mid(#(#a),*)))
    }

    /// A method value `x.M` (bound receiver) or method expression `T.M`, as a func value.
    pub(super) fn method_value(&mut self, e: &ast::Expr, x: &ast::Expr, sel: &ast::Ident) -> syn::Expr {
        let t = self.ty(e);
        let f_obj = self.fn_trait_object(t);
        let sig = self.info.types.signature(t).cloned().unwrap_or(crate::sema::Signature { params: vec![], results: vec![], variadic: false });
        let params: Vec<syn::Ident> = (0..sig.params.len()).map(|i| syn::Ident::new(&format!("__a{i}"), proc_macro2::Span::call_site())).collect();
        let slot_async = self.info.is_async_func_type(t);
        let mid = names::member(&sel.name);
        let (bind, call, callee_async): (Vec<syn::Stmt>, syn::Expr, bool) = match self.info.selection(e.id).cloned() {
            Some(Selection::Method { method, path, .. }) if matches!(&self.info.obj(method).kind, ObjKind::Func(f) if f.std) => {
                // A std method as a value: `strings.NewReplacer(…).Replace`.
                let (acc, recv_ty) = self.access_path(x, &path);
                let recv = self.read(acc, recv_ty);
                let o = self.info.obj(method).clone();
                let m = names::std_ident(&o.name);
                let args: Vec<syn::Expr> = params.iter().zip(&sig.params).map(|(p, &t)| if self.is_copy(t) { parse_quote!(#p) } else { parse_quote!(&#p) }).collect();
                (vec![parse_quote!(let __recv = #recv;)], parse_quote!(__recv.#m(#(#args),*)), self.info.is_blocking_std(method))
            }
            Some(Selection::Method { method, path, adjust, ptr_recv }) => {
                let (acc, recv_ty) = self.access_path(x, &path);
                let recv = self.receiver_owned(acc, recv_ty, adjust, ptr_recv);
                let o = self.info.obj(method).clone();
                let is_async = self.info.is_async(crate::sema::FuncRef::Decl(method));
                let owner = match &o.kind {
                    ObjKind::Func(f) => f.recv_named.unwrap_or(TypeId::INVALID),
                    _ => TypeId::INVALID,
                };
                let owner_path = self.owner_path(owner);
                (vec![parse_quote!(let __recv = #recv;)], parse_quote!(#owner_path::#mid(&__recv, #(#params),*)), is_async)
            }
            Some(Selection::InterfaceMethod { iface, name, path }) => {
                let (acc, recv_ty) = self.access_path(x, &path);
                let recv = self.read(acc, recv_ty);
                let sig_t = self.info.types.interface(iface).and_then(|i| i.methods.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)).unwrap_or(TypeId::INVALID);
                let is_async = self.info.is_async_iface_method(&name, sig_t);
                (vec![parse_quote!(let __recv = #recv;)], parse_quote!(__recv.#mid(#(#params),*)), is_async)
            }
            Some(Selection::MethodExpr { method, recv }) => {
                let o = self.info.obj(method).clone();
                let is_async = self.info.is_async(crate::sema::FuncRef::Decl(method));
                let owner = match &o.kind {
                    ObjKind::Func(f) => f.recv_named.unwrap_or(recv),
                    _ => recv,
                };
                let owner_path = self.owner_path(owner);
                let (first, rest) = params.split_first().expect("a method expression takes the receiver");
                (vec![], parse_quote!(#owner_path::#mid(&#first, #(#rest),*)), is_async)
            }
            _ => return self.unsupported(e.span, "method value"),
        };
        let body: syn::Expr = match (slot_async, callee_async) {
            (true, true) => parse_quote!({ let __recv = ::std::clone::Clone::clone(&__recv); ::std::boxed::Box::pin(async move { #call.await }) }),
            (true, false) => parse_quote!({ let __recv = ::std::clone::Clone::clone(&__recv); ::std::boxed::Box::pin(async move { #call }) }),
            _ => call,
        };
        parse_quote!({ #(#bind)* ::gort::Func::<#f_obj>::new(::std::sync::Arc::new(move |#(#params),*| #body)) })
    }

    /// A call into the runtime's mirror of a std package: `::gort::pkg::snake_name(args)`, or
    /// a method `recv.snake_name(args)`.
    pub(super) fn std_call(&mut self, pkg: &str, name: &str, recv: Option<syn::Expr>, args: &[ast::Expr], ellipsis: bool, info: &CallInfo) -> syn::Expr {
        let sig = self.call_sig(info);
        let fname = names::std_ident(name);
        let mut out: Vec<syn::Expr> = Vec::new();
        let nparams = sig.params.len();
        let fixed = if sig.variadic { nparams.saturating_sub(1) } else { args.len() };
        if info.spread {
            let inner = self.expr(&args[0]);
            let tmp = self.temp("r");
            let nres = match self.info.types.kind(self.ty(&args[0])) {
                TypeKind::Tuple(ts) => ts.len(),
                _ => 1,
            };
            let variadic_any = sig.variadic && sig.params.last().and_then(|&s| self.info.types.elem(s)).is_some_and(|e| self.is_empty_interface(e));
            let mut parts: Vec<syn::Expr> = Vec::new();
            for i in 0..fixed.min(nres) {
                let idx = syn::Index::from(i);
                let pt = sig.params[i];
                parts.push(if self.is_copy(pt) { parse_quote!(#tmp.#idx) } else { parse_quote!(&#tmp.#idx) });
            }
            if sig.variadic {
                let rest: Vec<syn::Expr> = (fixed.min(nres)..nres)
                    .map(|i| {
                        let idx = syn::Index::from(i);
                        if variadic_any { parse_quote!(&#tmp.#idx) } else { parse_quote!(#tmp.#idx) }
                    })
                    .collect();
                parts.push(parse_quote!(&[#(#rest),*]));
            }
            let callee: syn::Expr = match recv {
                Some(r) => parse_quote!(#r.#fname),
                None => {
                    let module = super::types::std_module(pkg);
                    parse_quote!(#module::#fname)
                }
            };
            return parse_quote!({ let #tmp = #inner; #callee(#(#parts),*) });
        }
        // A generic mirror's parameter of a type parameter with a core type (`slices.Clone(s
        // S)`, `S ~[]E`) is that core type in the runtime: a named or type-parameter argument
        // passes its core value, and a result of that type parameter is rebuilt as the
        // caller's type.
        let generic_sig = match info.kind {
            CallKind::Func(o) if !info.type_args.is_empty() => self.info.types.signature(self.info.obj(o).ty).cloned(),
            _ => None,
        };
        let core_at = |cx: &Self, i: usize| generic_sig.as_ref().and_then(|g| g.params.get(i)).is_some_and(|&p| cx.core_param(p).is_some());
        let drained = match info.kind {
            CallKind::Func(o) => self.info.drained_seq_param(o),
            _ => None,
        };
        for (i, a) in args.iter().take(fixed).enumerate() {
            let pt = sig.params.get(i).copied().unwrap_or(TypeId::INVALID);
            if drained == Some(i) {
                if let Some(arg) = self.drained_seq_arg(a, pt) {
                    out.push(arg);
                    continue;
                }
            }
            if core_at(self, i) {
                let v = self.expr_ref_under(a);
                out.push(parse_quote!(&#v));
                continue;
            }
            out.push(self.std_arg(a, pt));
        }
        let core_variadic = sig.variadic && generic_sig.as_ref().and_then(|g| g.params.last()).and_then(|&p| self.info.types.elem(p)).is_some_and(|e| self.core_param(e).is_some());
        let core_result = match generic_sig.as_ref().map(|g| g.results.as_slice()) {
            Some([r]) if self.core_param(*r).is_some() => sig.results.first().copied(),
            _ => None,
        };
        if sig.variadic {
            let slice_t = sig.params.last().copied().unwrap_or(TypeId::INVALID);
            let elem = self.info.types.elem(slice_t).unwrap_or(TypeId::INVALID);
            let any = self.is_empty_interface(elem);
            if ellipsis {
                let s = self.expr_ref(&args[fixed]);
                if any {
                    out.push(parse_quote!(&#s.to_vec().iter().map(|__x: &::gort::Any| __x as &dyn ::gort::GoValue).collect::<::std::vec::Vec<_>>()));
                } else {
                    out.push(parse_quote!(&#s.to_vec()));
                }
            } else if any {
                let vals: Vec<syn::Expr> = args
                    .iter()
                    .skip(fixed)
                    .map(|a| {
                        let v = if self.info.conversion(a.id).is_some() {
                            // The conversion to `any` is what `&dyn GoValue` does for free.
                            self.expr_no_conv_ref(a)
                        } else {
                            self.expr_ref(a)
                        };
                        parse_quote!(&#v)
                    })
                    .collect();
                out.push(parse_quote!(&[#(#vals),*]));
            } else {
                let vals: Vec<syn::Expr> = args.iter().skip(fixed).map(|a| if core_variadic { self.expr_under(a) } else { self.expr(a) }).collect();
                out.push(parse_quote!(&[#(#vals),*]));
            }
        }
        let r: syn::Expr = match recv {
            Some(r) => parse_quote!(#r.#fname(#(#out),*)),
            None => {
                let module = super::types::std_module(pkg);
                parse_quote!(#module::#fname(#(#out),*))
            }
        };
        if let [rt] = sig.results.as_slice() {
            if let Some(lifted) = self.lift_std_seq(&r, *rt) {
                return lifted;
            }
        }
        if let Some(lifted) = self.lift_std_funcs(&r, &sig.params, &sig.results) {
            return lifted;
        }
        match core_result {
            Some(t) => self.wrap_named(r, t),
            None => r,
        }
    }

    /// A std function's `iter.Seq`/`iter.Seq2` result where the program's sequences of that
    /// type may block: the runtime's synchronous sequence in the may-block form.
    fn lift_std_seq(&mut self, r: &syn::Expr, t: TypeId) -> Option<syn::Expr> {
        let (true, yield_async) = self.seq_colours(t)? else { return None };
        let pair = self.info.types.named(t).is_some_and(|n| n.name == "Seq2");
        Some(match (pair, yield_async) {
            (false, false) => parse_quote!(::gort::iter::seq_async(#r)),
            (false, true) => parse_quote!(::gort::iter::seq_async_yield(#r)),
            (true, false) => parse_quote!(::gort::iter::seq2_async(#r)),
            (true, true) => parse_quote!(::gort::iter::seq2_async_yield(#r)),
        })
    }

    /// A std function's results that are func values (`iter.Pull`'s `next`/`stop`) of a func
    /// type the program's blocking functions make async: the runtime's synchronous function
    /// wrapped in the async calling convention. `None` when no result needs it.
    fn lift_std_funcs(&mut self, r: &syn::Expr, params: &[TypeId], results: &[TypeId]) -> Option<syn::Expr> {
        // A result of a parameter's func type is the callback's own shape passed through
        // (`sync.OnceFunc(f)`), already async when the callback is.
        let types = &self.info.types;
        let passed: Vec<TypeId> = params.iter().map(|&p| types.underlying(p)).collect();
        let needs = |cx: &Self, t: TypeId| {
            let u = cx.info.types.underlying(t);
            matches!(cx.info.types.kind(u), TypeKind::Func(_)) && cx.info.is_async_func_type(t) && cx.info.types.named(t).is_none_or(|n| cx.info.types.is_user_pkg(&n.pkg)) && !passed.contains(&u)
        };
        if !results.iter().any(|&t| needs(self, t)) || results.iter().any(|&t| self.seq_colours(t).is_some()) {
            return None;
        }
        let parts: Vec<syn::Expr> = results
            .iter()
            .enumerate()
            .map(|(i, &t)| {
                let v: syn::Expr = if results.len() == 1 {
                    parse_quote!(__r)
                } else {
                    let idx = syn::Index::from(i);
                    parse_quote!(__r.#idx)
                };
                if !needs(self, t) {
                    return v;
                }
                let TypeKind::Func(sig) = self.info.types.kind(self.info.types.underlying(t)).clone() else { return v };
                let fty = self.rust_type(t);
                let ps: Vec<syn::Ident> = (0..sig.params.len()).map(|i| syn::Ident::new(&format!("__p{i}"), proc_macro2::Span::call_site())).collect();
                let pts: Vec<syn::Type> = sig.params.iter().map(|&p| self.rust_type(p)).collect();
                parse_quote!({
                    let __f = #v;
                    <#fty>::new(::std::sync::Arc::new(move |#(#ps: #pts),*| {
                        let __out = (*__f)(#(#ps),*);
                        ::std::boxed::Box::pin(async move { __out }) as ::gort::BoxFuture<'static, _>
                    }))
                })
            })
            .collect();
        let tuple: syn::Expr = if parts.len() == 1 { parts[0].clone() } else { parse_quote!((#(#parts),*)) };
        Some(parse_quote!({ let __r = #r; #tuple }))
    }

    /// The sequence a std function drains, when it may block: run to its end first (the call
    /// is awaited: sema's blocking analysis), its values passed on as a synchronous sequence.
    fn drained_seq_arg(&mut self, a: &ast::Expr, param: TypeId) -> Option<syn::Expr> {
        let (true, yield_async) = self.seq_colours(param)? else { return None };
        let pair = self.info.types.named(param).is_some_and(|n| n.name == "Seq2");
        let f = self.expr(a);
        let drained: syn::Expr = match (pair, yield_async) {
            (false, false) => parse_quote!(::gort::iter::drained(#f).await),
            (false, true) => parse_quote!(::gort::iter::drained_yield(#f).await),
            (true, false) => parse_quote!(::gort::iter::drained2(#f).await),
            (true, true) => parse_quote!(::gort::iter::drained2_yield(#f).await),
        };
        Some(parse_quote!({ let __f = #drained; move |__p0| (*__f)(__p0) }))
    }

    /// An argument to a runtime mirror: by value if `Copy`, else by reference; a callback (a
    /// func-typed parameter) as a Rust closure taking Go's parameters by value.
    fn std_arg(&mut self, a: &ast::Expr, param: TypeId) -> syn::Expr {
        if let TypeKind::Func(sig) = self.info.types.kind(self.info.types.underlying(param)).clone() {
            if let ExprKind::FuncLit { sig: ft, body } = &a.unparen().kind {
                if !self.info.is_async(crate::sema::FuncRef::Lit(a.unparen().id)) && !self.info.is_async_func_type(param) {
                    let (caps, closure) = self.closure(a.unparen(), ft, body);
                    return parse_quote!({ #(#caps)* #closure });
                }
            }
            let f = self.expr(a);
            let ps: Vec<syn::Ident> = (0..sig.params.len()).map(|i| syn::Ident::new(&format!("__p{i}"), proc_macro2::Span::call_site())).collect();
            return parse_quote!({ let __f = #f; move |#(#ps),*| (*__f)(#(#ps),*) });
        }
        if self.is_copy(param) {
            self.expr(a)
        } else {
            let v = self.expr_ref(a);
            parse_quote!(&#v)
        }
    }

    /// The expression without its conversion to an interface, by reference where possible.
    fn expr_no_conv_ref(&mut self, e: &ast::Expr) -> syn::Expr {
        if let Some(v) = self.subst.get(&e.id) {
            return v.clone();
        }
        if self.is_nil_expr(e) {
            return parse_quote!(::gort::Any::nil());
        }
        if let Some(tag) = self.tag_type(self.ty(e)) {
            let v = self.expr_no_conv(e);
            return parse_quote!(#tag(#v));
        }
        if self.info.const_value(e.id).is_some() {
            return self.expr_no_conv(e);
        }
        match &e.unparen().kind {
            ExprKind::Ident(_) | ExprKind::Selector { .. } if matches!(self.info.selection(e.unparen().id), None | Some(Selection::Field { .. })) => {
                if let ExprKind::Ident(_) = &e.unparen().kind {
                    if !matches!(self.info.resolve(e.unparen().id).map(|o| &self.info.obj(o).kind), Some(ObjKind::Var(_))) {
                        return self.expr_no_conv(e);
                    }
                }
                let acc = self.access(e);
                let t = self.ty(e);
                self.read_ref(acc, t)
            }
            _ => self.expr_no_conv(e),
        }
    }

    fn builtin(&mut self, e: &ast::Expr, b: Builtin, args: &[ast::Expr], ellipsis: bool) -> syn::Expr {
        let t = self.ty(e);
        if matches!(b, Builtin::Len | Builtin::Cap | Builtin::Append | Builtin::Copy | Builtin::Delete | Builtin::Clear | Builtin::Close) {
            if let Some(u) = args.first().and_then(|a| self.type_param_operand(a, &format!("{b:?} of").to_lowercase())) {
                return u;
            }
        }
        match b {
            Builtin::Len | Builtin::Cap => {
                let a = &args[0];
                let at = self.info.types.underlying(self.ty(a));
                if let TypeKind::Pointer(inner) = self.info.types.kind(at).clone() {
                    if let TypeKind::Array(n, _) = self.info.types.kind(self.info.types.underlying(inner)) {
                        let n = *n as i64;
                        return parse_quote!(#n);
                    }
                }
                let v = self.expr_ref_under(a);
                if b == Builtin::Len { parse_quote!(#v.len()) } else { parse_quote!(#v.cap()) }
            }
            Builtin::Append => {
                let s = self.expr_ref_under(&args[0]);
                let st = self.ty(&args[0]);
                let r: syn::Expr = if ellipsis {
                    let other = &args[1];
                    if self.info.types.is_string(self.under(self.ty(other))) {
                        let o = self.expr_ref_under(other);
                        parse_quote!(::gort::value::append_str(&#s, &#o))
                    } else {
                        // The operand as its own (underlying) slice, whatever conversion sema
                        // recorded for the variadic slot.
                        let o = self.expr_no_conv(other);
                        let o = self.unwrap_named(o, self.ty(other));
                        parse_quote!(#s.append_slice(&#o))
                    }
                } else if args.len() == 1 {
                    parse_quote!(#s.clone())
                } else {
                    let vals: Vec<syn::Expr> = args[1..].iter().map(|a| self.expr(a)).collect();
                    if self.info.append_on_stack(e.id) {
                        // A non-escaping local: gc's 32-byte stack buffer on the first growth.
                        parse_quote!(::gort::value::append_local(&#s, &[#(#vals),*]))
                    } else {
                        parse_quote!(::gort::append(&#s, &[#(#vals),*]))
                    }
                };
                self.wrap_named(r, st)
            }
            Builtin::Copy => {
                let d = self.expr_ref_under(&args[0]);
                let s = self.expr_ref_under(&args[1]);
                if self.info.types.is_string(self.under(self.ty(&args[1]))) { parse_quote!(::gort::value::copy_str(&#d, &#s)) } else { parse_quote!(::gort::copy(&#d, &#s)) }
            }
            Builtin::Delete => {
                let m = self.expr_ref_under(&args[0]);
                let k = self.expr_ref(&args[1]);
                parse_quote!(#m.delete(&#k))
            }
            Builtin::Clear => {
                let m = self.expr_ref_under(&args[0]);
                parse_quote!(#m.clear())
            }
            Builtin::Close => {
                let c = self.expr_ref_under(&args[0]);
                parse_quote!(#c.close())
            }
            Builtin::Make => {
                let under = self.under(t);
                let n: Vec<syn::Expr> = args[1..].iter().map(|a| self.index_expr(a)).collect();
                let r: syn::Expr = match self.info.types.kind(under) {
                    TypeKind::Slice(_) => match n.as_slice() {
                        [len] => parse_quote!(::gort::Slice::make(#len, #len)),
                        [len, cap] => parse_quote!(::gort::Slice::make(#len, #cap)),
                        _ => parse_quote!(::gort::Slice::make(0, 0)),
                    },
                    TypeKind::Map(..) => parse_quote!(::gort::Map::make()),
                    TypeKind::Chan(..) => match n.as_slice() {
                        [cap] => parse_quote!(::gort::Chan::make(#cap)),
                        _ => parse_quote!(::gort::Chan::make(0)),
                    },
                    _ => return self.unsupported(e.span, "make of this type"),
                };
                let r = self.typed_if_converted(e, under, r);
                self.wrap_named(r, t)
            }
            Builtin::New => {
                let inner = self.info.types.elem(t).unwrap_or(TypeId::INVALID);
                // `new(T)` holds T's zero value; Go 1.26's `new(v)` a copy of v.
                let init = if self.info.mode(args[0].id) == crate::sema::Mode::Type { self.zero_value(inner) } else { self.expr(&args[0]) };
                if self.is_std_handle(inner) { init } else { parse_quote!(::gort::Ptr::new(#init)) }
            }
            Builtin::Panic => {
                let a = &args[0];
                let at = self.ty(a);
                let v = self.expr_no_conv(a);
                let any: syn::Expr = if self.is_nil_expr(a) {
                    parse_quote!(::gort::Any::nil())
                } else if self.info.types.is_interface(at) {
                    parse_quote!(#v.to_any())
                } else {
                    parse_quote!(::gort::Any::from_value(#v))
                };
                parse_quote!(::gort::go_panic(#any))
            }
            Builtin::Print | Builtin::Println => {
                let vals: Vec<syn::Expr> = args
                    .iter()
                    .map(|a| {
                        let v = self.expr_no_conv_ref(a);
                        parse_quote!(&#v)
                    })
                    .collect();
                if b == Builtin::Print { parse_quote!(::gort::fmt::builtin_print(&[#(#vals),*])) } else { parse_quote!(::gort::fmt::builtin_println(&[#(#vals),*])) }
            }
            Builtin::Min | Builtin::Max => {
                let vals: Vec<syn::Expr> = args.iter().map(|a| self.expr(a)).collect();
                let f = if b == Builtin::Min { quote!(min) } else { quote!(max) };
                let mut it = vals.into_iter();
                let mut acc = it.next().unwrap_or_else(|| parse_quote!(0));
                for v in it {
                    acc = parse_quote!(::gort::value::ops::#f(#acc, #v));
                }
                acc
            }
            Builtin::Recover => parse_quote!(::gort::recover::recover_if(__direct)),
            Builtin::Complex => {
                let (re, im) = (self.expr_under(&args[0]), self.expr_under(&args[1]));
                let ty = super::types::basic_type(self.info.types.basic_of(self.info.types.underlying(t)).unwrap_or(Basic::Complex128));
                parse_quote!(#ty::new(#re, #im))
            }
            Builtin::Real | Builtin::Imag => {
                let c = self.expr_under(&args[0]);
                if b == Builtin::Real { parse_quote!(#c.real()) } else { parse_quote!(#c.imag()) }
            }
        }
    }
}
