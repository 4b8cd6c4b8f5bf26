//! Interfaces: trait declarations, `impl Trait for T` forwarding to the implementor's methods
//! (also through embedded fields), and `Ptr<T>` adapters for the runtime's std traits.

use quote::{format_ident, quote};
use syn::parse_quote;

use super::names;
use super::Cx;
use crate::sema::{ObjKind, TypeId, TypeKind};

impl Cx<'_> {
    pub(super) fn interface_item(&mut self, t: TypeId, id: &syn::Ident, go_name: &str, iface: &crate::sema::Interface) -> Vec<syn::Item> {
        if iface.methods.is_empty() && (iface.terms.is_some() || iface.comparable) {
            // A constraint-only interface: used as a bound, never as a value type.
            return vec![];
        }
        let mut decls = Vec::new();
        let mut forwards = Vec::new();
        let mut method_names = Vec::new();
        for (name, sig) in &iface.methods {
            let mid = names::member(name);
            method_names.push(mid.clone());
            let (params, ret) = self.trait_method_sig(name, *sig);
            let args: Vec<syn::Ident> = (0..params.len()).map(|i| format_ident!("__a{}", i)).collect();
            forwards.push(quote!(fn #mid(&self, #(#params),*) -> #ret { (**self).#mid(#(#args),*) }));
            decls.push(quote!(fn #mid(&self, #(#params),*) -> #ret;));
        }
        let impls: Vec<TypeId> = self.info.implementors(t).iter().copied().filter(|&it| self.local_impl_wanted(it)).collect();
        let implementors = self.distinct_rust_types(&impls).into_iter().map(|(_, ty)| ty).collect::<Vec<_>>();
        if iface.terms.is_some() {
            // A constraint with a type set and methods (`interface{ ~int; String() string }`):
            // only a bound, whose methods its type parameters call through this trait.
            return vec![parse_quote! { pub trait #id: ::gort::GoValue { #(#decls)* } }];
        }
        let mut items: Vec<syn::Item> = vec![
            parse_quote! { pub trait #id: ::gort::GoValue { #(#decls)* } },
            parse_quote! { ::gort::go_interface!(#id = #go_name { #(#method_names),* } impls [#(#implementors),*]); },
        ];
        // The interface type satisfies itself as a constraint (`Largest[Shape](shapes)` with
        // `func Largest[S Shape]`): its values implement the trait by dynamic dispatch.
        if self.info.types.named(t).is_none_or(|n| n.type_params.is_empty()) {
            items.push(parse_quote! { impl #id for ::gort::Iface<dyn #id> { #(#forwards)* } });
        }
        items
    }

    /// Parameters and return type of a std interface's method under the runtime's convention
    /// (`Copy` values by value, others by reference).
    fn std_trait_method_sig(&mut self, iface: TypeId, name: &str, sig: TypeId) -> (Vec<proc_macro2::TokenStream>, syn::Type) {
        let s = self.info.types.signature(sig).cloned().unwrap_or(crate::sema::Signature { params: vec![], results: vec![], variadic: false });
        let params = s
            .params
            .iter()
            .enumerate()
            .map(|(i, &p)| {
                let pid = format_ident!("__a{}", i);
                let pt = self.rust_type(p);
                if self.is_copy(p) { quote!(#pid: #pt) } else { quote!(#pid: &#pt) }
            })
            .collect();
        let ret = self.results_type(&s.results);
        // A blocking std method (`sync.Locker.Lock`) is a boxed future in the runtime's trait.
        let ret = if self.std_trait_method_async(iface, name) { parse_quote!(::gort::BoxFuture<'static, #ret>) } else { ret };
        (params, ret)
    }

    /// Whether the runtime's trait for std interface `iface` declares method `name` async (a
    /// boxed future): exactly the std interface methods that block (`sync.Locker.Lock`); the
    /// rest are called synchronously whatever the program's implementations do.
    fn std_trait_method_async(&self, iface: TypeId, name: &str) -> bool {
        self.info.std_iface_method_async(iface, name).unwrap_or(false)
    }

    /// Parameters and return type of an interface method as a trait method.
    fn trait_method_sig(&mut self, name: &str, sig: TypeId) -> (Vec<proc_macro2::TokenStream>, syn::Type) {
        let s = self.info.types.signature(sig).cloned().unwrap_or(crate::sema::Signature { params: vec![], results: vec![], variadic: false });
        let params: Vec<proc_macro2::TokenStream> = s
            .params
            .iter()
            .enumerate()
            .map(|(i, &p)| {
                let pid = format_ident!("__a{}", i);
                let pt = self.rust_type(p);
                quote!(#pid: #pt)
            })
            .collect();
        let ret = self.results_type(&s.results);
        let ret = if self.info.is_async_iface_method(name, sig) { parse_quote!(::gort::BoxFuture<'static, #ret>) } else { ret };
        (params, ret)
    }

    /// The type mentions a type parameter (an implementor inside generic code, which a closed
    /// list of implementors cannot name).
    fn mentions_type_param(&self, t: TypeId) -> bool {
        let types = &self.info.types;
        match types.kind(t) {
            TypeKind::TypeParam(_) => true,
            TypeKind::Pointer(e) | TypeKind::Slice(e) | TypeKind::Array(_, e) | TypeKind::Chan(_, e) => self.mentions_type_param(*e),
            TypeKind::Map(k, v) => self.mentions_type_param(*k) || self.mentions_type_param(*v),
            TypeKind::Named(_) => types.named(t).is_some_and(|n| (!n.type_params.is_empty() && n.type_args.is_empty()) || n.type_args.iter().any(|&a| self.mentions_type_param(a))),
            _ => false,
        }
    }

    /// An implementor that gets an impl of a program-declared (or anonymous) interface's trait:
    /// a user type, or a std type whose values the program converts to an interface (`*strings.Builder`
    /// passed as a user `Writer`, `time.Duration` as a user `Stringer`).
    fn local_impl_wanted(&mut self, t: TypeId) -> bool {
        if self.mentions_type_param(t) {
            return false;
        }
        if self.is_user_type(t) {
            return true;
        }
        if self.std_iface_sources.is_none() {
            let set: std::collections::BTreeSet<TypeId> = self.info.all_conversions().map(|c| c.from).collect();
            self.std_iface_sources = Some(set);
        }
        let base = match self.info.types.kind(t) {
            TypeKind::Pointer(e) => *e,
            _ => t,
        };
        let named = self.info.types.named(base);
        let exported = named.is_some_and(|n| !n.pkg.is_empty() && !self.info.types.is_user_pkg(&n.pkg) && n.name.starts_with(|c: char| c.is_ascii_uppercase()));
        // Error values the runtime makes (`*os.PathError`, `*strconv.NumError`,
        // `context.DeadlineExceeded`'s type) reach the program inside an `error` it never
        // converted itself, and `errors.As(err, &iface)` asserts them to the program's
        // interfaces: a std type is wanted in the form (`T` or `*T`) that has its `Error` method.
        let runtime_error = exported && self.std_error_form(base, base != t);
        runtime_error || (exported && self.std_iface_sources.as_ref().is_some_and(|s| s.contains(&t)))
    }

    /// The std named type `base` has an `Error` method whose receiver is a pointer exactly when
    /// `ptr` (so `*base` resp. `base` is the form that implements `error`).
    fn std_error_form(&self, base: TypeId, ptr: bool) -> bool {
        self.info.methods(base).iter().any(|&m| {
            let o = self.info.obj(m);
            o.name == "Error" && matches!(&o.kind, ObjKind::Func(f) if f.std && f.ptr_recv == ptr)
        })
    }

    /// The implementors' Rust types, without repeats (`*sync.Mutex` and `sync.Mutex` are both
    /// the handle `::gort::sync::Mutex`).
    fn distinct_rust_types(&mut self, impls: &[TypeId]) -> Vec<(TypeId, syn::Type)> {
        let mut seen = std::collections::BTreeSet::new();
        let mut out = Vec::new();
        for &it in impls {
            let ty = self.rust_type(it);
            if seen.insert(quote!(#ty).to_string()) {
                out.push((it, ty));
            }
        }
        out
    }

    /// A type declared by the program (`T` or `*T` with `T` in package main).
    fn is_user_type(&self, t: TypeId) -> bool {
        let base = match self.info.types.kind(t) {
            TypeKind::Pointer(e) => *e,
            _ => t,
        };
        self.info.types.named(base).is_some_and(|n| self.info.types.is_user_pkg(&n.pkg))
    }

    /// `impl Trait for T` for every interface the program uses (its own, anonymous ones, and the
    /// std interfaces the runtime has traits for) and each user implementor, forwarding to the
    /// methods.
    pub(super) fn interface_impls(&mut self) -> Vec<syn::Item> {
        let mut items = Vec::new();
        let all: Vec<(TypeId, Vec<TypeId>)> = self.info.all_implementors().iter().map(|(k, v)| (*k, v.clone())).collect();
        for (iface, impls) in all {
            let Some(idef) = self.info.types.interface(iface).cloned() else { continue };
            if idef.methods.is_empty() {
                continue;
            }
            let std_pkg = self.info.types.named(iface).map(|n| n.pkg.clone());
            let (trait_path, std): (syn::Type, bool) = match std_pkg.as_deref() {
                Some(p) if self.info.types.is_user_pkg(p) => {
                    let id = self.type_path(iface);
                    (parse_quote!(#id), false)
                }
                // A program's `context.Context`: the runtime's `context::Impl`.
                Some("context") if self.is_context_type(iface) => (parse_quote!(::gort::context::Impl), true),
                // `error` and `fmt.Stringer` reach fmt through `go_struct!`/`go_named!`.
                Some("") | Some("fmt") | Some("context") => continue,
                Some(_) => match self.iface_dyn(iface) {
                    syn::Type::TraitObject(t) => {
                        let b = &t.bounds;
                        (parse_quote!(#b), true)
                    }
                    _ => continue,
                },
                // An anonymous interface gets a trait only if the program mentions it (std
                // interfaces' underlying types are interned too).
                None if !self.anon_types.contains_key(&iface) => continue,
                None => match self.iface_dyn(iface) {
                    syn::Type::TraitObject(t) => {
                        let b = &t.bounds;
                        (parse_quote!(#b), false)
                    }
                    _ => continue,
                },
            };
            let impls: Vec<TypeId> = if std {
                impls.into_iter().filter(|&imp| self.is_user_type(imp) && !self.mentions_type_param(imp)).collect()
            } else {
                let wanted: Vec<TypeId> = impls.into_iter().filter(|&imp| self.local_impl_wanted(imp)).collect();
                self.distinct_rust_types(&wanted).into_iter().map(|(t, _)| t).collect()
            };
            for imp in impls {
                // A runtime trait cannot be implemented for `Ptr<T>` here (orphan rule): a
                // pointer implementor of a std interface goes through a local adapter.
                if std && self.info.types.is_pointer(imp) {
                    let Some(adapter) = self.ptr_adapter(imp, &mut items) else { continue };
                    let mut methods = Vec::new();
                    for (name, sig) in &idef.methods {
                        methods.push(self.delegating_method_from(imp, name, *sig, std.then_some(iface), parse_quote!((&self.0))));
                    }
                    if self.is_flag_value(iface) {
                        methods.push(quote! {
                            fn zero_string(&self) -> ::std::option::Option<::gort::Str> {
                                ::std::option::Option::Some(::gort::flag::Value::String(&Self(::gort::Ptr::new(::std::default::Default::default()))))
                            }
                        });
                    }
                    items.push(parse_quote! { impl #trait_path for #adapter { #(#methods)* } });
                    if !self.is_context_type(iface) {
                        let elem = self.rust_type(self.info.types.elem(imp).unwrap_or(imp));
                        self.std_impl_registrations.push(parse_quote! {
                            ::gort::value::register_impl::<dyn #trait_path>(|v| {
                                ::gort::value::downcast_clone::<::gort::Ptr<#elem>>(v).map(#adapter).or_else(|| ::gort::value::downcast_clone::<#adapter>(v)).map(|x| ::std::sync::Arc::new(x) as _)
                            });
                        });
                    }
                    continue;
                }
                let self_ty = self.rust_type(imp);
                // A value reaching the std interface from another interface (`x.(io.Closer)`)
                // is found through the runtime's registry.
                if std && !self.is_context_type(iface) {
                    self.std_impl_registrations.push(parse_quote! {
                        ::gort::value::register_impl::<dyn #trait_path>(|v| ::gort::value::downcast_clone::<#self_ty>(v).map(|x| ::std::sync::Arc::new(x) as _));
                    });
                }
                let mut methods = Vec::new();
                for (name, sig) in &idef.methods {
                    methods.push(self.delegating_method(imp, name, *sig, std.then_some(iface)));
                }
                if std && self.is_flag_value(iface) {
                    methods.push(quote! {
                        fn zero_string(&self) -> ::std::option::Option<::gort::Str> {
                            ::std::option::Option::Some(::gort::flag::Value::String(&<Self as ::std::default::Default>::default()))
                        }
                    });
                }
                items.push(parse_quote! { impl #trait_path for #self_ty { #(#methods)* } });
            }
        }
        items
    }

    /// Go's `context.Context` (a runtime handle; a program's implementations convert to it
    /// through `context::Impl`).
    pub(super) fn is_context_type(&self, t: TypeId) -> bool {
        self.info.types.named(t).is_some_and(|n| n.pkg == "context" && n.name == "Context")
    }

    /// `flag.Value`, whose runtime trait also wants the zero value's `String()` (what Go's
    /// `PrintDefaults` builds by reflection to decide whether to show a default).
    fn is_flag_value(&self, iface: TypeId) -> bool {
        self.info.types.named(iface).is_some_and(|n| n.pkg == "flag" && n.name == "Value")
    }

    /// One trait method of an interface impl: forwards to the concrete type's method, as sema's
    /// `impl_method` says it is reached (declared, or promoted through embedded fields).
    fn delegating_method(&mut self, imp: TypeId, name: &str, sig: TypeId, std_iface: Option<TypeId>) -> proc_macro2::TokenStream {
        self.delegating_method_from(imp, name, sig, std_iface, parse_quote!(self))
    }

    /// Declares an adapter for every pointer type that implements a std interface.
    pub(super) fn register_ptr_adapters(&mut self) -> Vec<syn::Item> {
        let mut items = Vec::new();
        let all: Vec<(TypeId, Vec<TypeId>)> = self.info.all_implementors().iter().map(|(k, v)| (*k, v.clone())).collect();
        for (iface, impls) in all {
            let std = self.info.types.named(iface).is_some_and(|n| !n.pkg.is_empty() && !self.info.types.is_user_pkg(&n.pkg) && n.pkg != "fmt" && n.pkg != "context") || self.is_context_type(iface);
            if !std {
                continue;
            }
            for imp in impls {
                if self.info.types.is_pointer(imp) && self.is_user_type(imp) && !self.mentions_type_param(imp) {
                    self.ptr_adapter(imp, &mut items);
                }
            }
        }
        items
    }

    /// The adapter type for pointer type `imp` (declared once, into `items`).
    pub(super) fn ptr_adapter(&mut self, imp: TypeId, items: &mut Vec<syn::Item>) -> Option<syn::Ident> {
        let elem = self.info.types.elem(imp)?;
        if let Some(a) = self.ptr_adapters.get(&elem) {
            return Some(a.clone());
        }
        let pkg = self.info.types.named(elem).map(|n| n.pkg.clone()).unwrap_or_default();
        let id = match self.pkg_modules.get(&pkg) {
            Some(m) => format_ident!("__Ptr_{}_{}", m, self.type_ident(elem)),
            None => format_ident!("__Ptr{}", self.type_ident(elem)),
        };
        let inner = self.rust_type(elem);
        items.push(parse_quote! { ::gort::go_ptr_adapter!(#id(#inner)); });
        self.ptr_adapters.insert(elem, id.clone());
        Some(id)
    }

    /// `std_iface`: the std interface whose runtime trait this implements (its calling
    /// convention), or `None` for a program's or anonymous interface.
    fn delegating_method_from(&mut self, imp: TypeId, name: &str, sig: TypeId, std_iface: Option<TypeId>, self_expr: syn::Expr) -> proc_macro2::TokenStream {
        let std = std_iface.is_some();
        let (params, ret) = match std_iface {
            Some(i) => self.std_trait_method_sig(i, name, sig),
            None => self.trait_method_sig(name, sig),
        };
        let n = params.len();
        // A runtime trait takes non-`Copy` arguments by reference; the Go method takes them by
        // value.
        let args: Vec<syn::Expr> = (0..n)
            .map(|i| {
                let a = format_ident!("__a{}", i);
                let by_ref = std && self.info.types.signature(sig).and_then(|s| s.params.get(i).copied()).is_some_and(|t| !self.is_copy(t));
                if by_ref { parse_quote!(#a.clone()) } else { parse_quote!(#a) }
            })
            .collect();
        let mid = names::member(name);
        let slot_async = match std_iface {
            Some(i) => self.std_trait_method_async(i, name),
            None => self.info.is_async_iface_method(name, sig),
        };
        // The receiver base: `self`, or an owned clone moved into a `'static` future (for a
        // pointer adapter, the pointer inside the clone).
        let adapter = self_expr != parse_quote!(self);
        let base: syn::Expr = match (slot_async, adapter) {
            (true, true) => parse_quote!((&__this.0)),
            (true, false) => parse_quote!((&__this)),
            (false, _) => self_expr,
        };
        let (call, callee_async) = self.delegated_call(imp, name, sig, std, &base, &args);
        let body = match (slot_async, callee_async) {
            (true, true) => quote!({ let __this = self.clone(); ::std::boxed::Box::pin(async move { #call.await }) }),
            (true, false) => quote!({ let __this = self.clone(); ::std::boxed::Box::pin(async move { #call }) }),
            // A blocking implementation of a method the runtime calls synchronously (a `Write`
            // that sends on a channel or takes a lock, under `fmt.Fprintf` or `io.Copy`): run
            // to completion here, the worker handed over meanwhile.
            (false, true) => quote!({ ::gort::bridge::block_on(async { #call.await }) }),
            (false, false) => quote!({ #call }),
        };
        quote!(fn #mid(&self, #(#params),*) -> #ret #body)
    }

    /// The call of method `name` of `imp` (declared, or promoted through embedded fields, as
    /// sema's `impl_method` says) on the receiver `base` (a `&imp`), with the arguments
    /// `__a0…` (`args` for a program method, converted for a runtime one), and whether the
    /// callee is async.
    pub(super) fn delegated_call(&mut self, imp: TypeId, name: &str, sig: TypeId, std: bool, base: &syn::Expr, args: &[syn::Expr]) -> (proc_macro2::TokenStream, bool) {
        let n = args.len();
        let mid = names::member(name);
        // Arguments of a runtime method (promoted from an embedded std value or interface).
        let fname = names::std_ident(name);
        let param_tys = self.info.types.signature(sig).map(|s| s.params.clone()).unwrap_or_default();
        let std_args: Vec<syn::Expr> = (0..n)
            .map(|i| {
                let a = format_ident!("__a{}", i);
                let copy = param_tys.get(i).is_some_and(|&t| self.is_copy(t));
                if copy || std { parse_quote!(#a) } else { parse_quote!(&#a) }
            })
            .collect();
        match self.info.impl_method(imp, name).cloned() {
            Some(crate::sema::Selection::Method { method, path, .. }) if matches!(&self.info.obj(method).kind, ObjKind::Func(f) if f.std) => {
                // Promoted from an embedded std value (`struct { sync.Mutex }`): a runtime method.
                let (acc, cur) = self.self_access(imp, base, &path);
                let recv = self.read_ref(acc, cur);
                let pointee = self.info.types.elem(cur).unwrap_or(cur);
                let recv: syn::Expr = if self.info.types.is_pointer(cur) && !self.is_std_handle(pointee) { parse_quote!(#recv.get()) } else { recv };
                let o = self.info.obj(method);
                let owner = match &o.kind {
                    ObjKind::Func(f) => f.recv_named.and_then(|n| self.info.types.named(n)).map(|n| n.name.clone()),
                    _ => None,
                };
                let blocking = crate::sema::stdlib::is_blocking(&crate::sema::stdlib::qualified(&o.pkg, owner.as_deref(), &o.name));
                (quote!(#recv.#fname(#(#std_args),*)), blocking)
            }
            Some(crate::sema::Selection::Method { method, path, adjust, ptr_recv }) => {
                let (acc, cur) = self.self_access(imp, base, &path);
                let recv = self.receiver_ref(acc, cur, adjust, ptr_recv);
                let owner = match &self.info.obj(method).kind {
                    ObjKind::Func(f) => f.recv_named.unwrap_or(TypeId::INVALID),
                    _ => TypeId::INVALID,
                };
                let owner_path = self.owner_path(owner);
                let is_async = self.info.is_async(crate::sema::FuncRef::Decl(method));
                (quote!(#owner_path::#mid(#recv, #(#args),*)), is_async)
            }
            // Promoted from an embedded `context.Context`: the runtime handle's method.
            Some(crate::sema::Selection::InterfaceMethod { iface, path, .. }) if self.is_context_type(iface) => {
                let (acc, cur) = self.self_access(imp, base, &path);
                let recv = self.read_ref(acc, cur);
                (quote!(#recv.#fname(#(#std_args),*)), false)
            }
            // Promoted from an embedded std interface (`struct { slog.Handler }`): the runtime
            // trait's Go-named method (implemented for its `Iface`), with the std calling
            // convention's reference arguments.
            Some(crate::sema::Selection::InterfaceMethod { iface, name: n, path }) if self.info.types.named(iface).is_some_and(|t| !t.pkg.is_empty() && !self.info.types.is_user_pkg(&t.pkg)) => {
                let (acc, cur) = self.self_access(imp, &base, &path);
                let recv = self.read_ref(acc, cur);
                let sig_t = self.info.types.interface(iface).and_then(|i| i.methods.iter().find(|(m, _)| *m == n).map(|(_, s)| *s)).unwrap_or(TypeId::INVALID);
                (quote!(#recv.#mid(#(#std_args),*)), self.info.is_async_iface_method(&n, sig_t))
            }
            Some(crate::sema::Selection::InterfaceMethod { iface, name: n, path }) => {
                let (acc, cur) = self.self_access(imp, base, &path);
                let recv = self.read_ref(acc, cur);
                let sig_t = self.info.types.interface(iface).and_then(|i| i.methods.iter().find(|(m, _)| *m == n).map(|(_, s)| *s)).unwrap_or(TypeId::INVALID);
                (quote!(#recv.#mid(#(#args),*)), self.info.is_async_iface_method(&n, sig_t))
            }
            _ => {
                let msg = format!("method {name} not found");
                (quote!(::std::unreachable!(#msg)), false)
            }
        }
    }

    /// The place reached from a receiver `base` (a `&imp`) through embedded fields `path`.
    fn self_access(&mut self, imp: TypeId, base: &syn::Expr, path: &[crate::sema::FieldStep]) -> (super::access::Access, TypeId) {
        use super::access::{Access, Proj, Root};
        let mut cur = imp;
        let mut acc = Access { root: Root::Local(parse_quote!((*#base))), proj: vec![] };
        for step in path {
            if step.deref || self.info.types.is_pointer(cur) {
                let p = self.read_ref(acc, cur);
                acc = Access { root: Root::Cell(p), proj: vec![] };
                cur = self.info.types.elem(cur).unwrap_or(cur);
            }
            let fields = self.info.types.struct_fields(self.info.types.underlying(cur)).map(|f| f.to_vec()).unwrap_or_default();
            let fty = fields.get(step.index).map(|f| f.ty).unwrap_or(TypeId::INVALID);
            acc.proj.push(Proj::Field(names::member(&step.name)));
            cur = fty;
        }
        (acc, cur)
    }
}
