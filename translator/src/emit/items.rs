//! Top-level items: named types (structs, newtypes, interface traits), their `GoValue` impls,
//! constants, package variables, functions and methods, interface impls, and `main`.

use std::collections::BTreeSet;

use quote::{format_ident, quote};
use syn::parse_quote;

use super::names;
use super::Cx;
use crate::ast;
use crate::sema::{Basic, ObjKind, TypeId, TypeKind};

impl Cx<'_> {
    /// The whole program's items, in a fixed order: types, constants, variables, functions.
    pub(super) fn program(&mut self) -> Vec<syn::Item> {
        self.compute_copy_types();
        for f in &self.pkg.files {
            for d in &f.decls {
                match &d.kind {
                    ast::DeclKind::Const(specs) => self.pkg_value_names.extend(specs.iter().flat_map(|s| s.names.iter().map(|n| n.name.clone()))),
                    ast::DeclKind::Var(specs) => self.pkg_value_names.extend(specs.iter().flat_map(|s| s.names.iter().map(|n| n.name.clone()))),
                    ast::DeclKind::Type(specs) => self.pkg_value_names.extend(specs.iter().map(|s| s.name.name.clone())),
                    _ => {}
                }
            }
        }
        let pkg = self.pkg;
        let mut types = Vec::new();
        // Adapters first: conversions in function bodies refer to them.
        types.extend(self.register_ptr_adapters());
        let mut consts = Vec::new();
        let mut globals = Vec::new();
        let mut funcs = Vec::new();
        let mut inits = Vec::new();
        for (fi, file) in pkg.files.iter().enumerate() {
            self.file = fi;
            for decl in &file.decls {
                match &decl.kind {
                    ast::DeclKind::Type(specs) => {
                        for spec in specs {
                            types.extend(self.type_spec(spec));
                        }
                    }
                    ast::DeclKind::Const(specs) => {
                        for spec in specs {
                            consts.extend(self.const_spec(spec));
                        }
                    }
                    ast::DeclKind::Var(specs) => {
                        for spec in specs {
                            globals.extend(self.global_spec(spec));
                        }
                    }
                    ast::DeclKind::Func(fd) => {
                        if fd.recv.is_none() && fd.name.name == "init" {
                            let name = format_ident!("init_{}", inits.len());
                            inits.push(name.clone());
                            funcs.push(self.func_decl(fd, Some(name)));
                        } else if fd.recv.is_none() && fd.name.name != "main" {
                            funcs.push(self.func_decl(fd, None));
                        }
                    }
                    ast::DeclKind::Bad => {}
                }
            }
        }
        // Types declared inside functions live at the top level (renamed on a clash).
        for spec in local_type_specs(pkg) {
            if let Some(obj) = self.info.resolve(spec.name.id) {
                let t = self.info.obj(obj).ty;
                let taken = self.pkg_value_names.contains(&spec.name.name) || self.type_names.values().any(|i| *i == spec.name.name.as_str());
                if taken {
                    let id = names::ident(&format!("{}_{}", spec.name.name, self.type_names.len() + 1));
                    self.type_names.insert(t, id);
                } else {
                    self.type_names.insert(t, names::ident(&spec.name.name));
                }
            }
            types.extend(self.type_spec(spec));
        }
        let methods = self.method_impls();
        // `main` before the interface impls: every anonymous interface the program mentions
        // must be known when they are generated.
        let main = self.main_fn(&inits);
        let iface_impls = self.interface_impls();
        let anon = self.anon_items();
        let mut items = Vec::new();
        items.extend(types);
        items.extend(anon);
        items.extend(consts);
        items.extend(globals);
        items.extend(funcs);
        items.extend(methods);
        items.extend(iface_impls);
        items.extend(main);
        items
    }

    /// Named types whose Rust form can derive `Copy`: newtypes of numbers and bools, and
    /// structs of only such fields (a fixpoint, since structs nest).
    fn compute_copy_types(&mut self) {
        let named: Vec<TypeId> = self.info.types.all_named().filter(|&t| self.info.types.named(t).is_some_and(|n| n.pkg == "main" && n.origin.is_none() && n.type_params.is_empty())).collect();
        loop {
            let mut changed = false;
            for &t in &named {
                if self.copy_types.contains(&t) {
                    continue;
                }
                let under = self.info.types.underlying(t);
                let ok = match self.info.types.kind(under) {
                    TypeKind::Basic(b) => !b.is_string() && !b.is_complex(),
                    TypeKind::Struct(fields) => !fields.is_empty() && fields.iter().all(|f| self.is_copy(f.ty)),
                    _ => false,
                };
                if ok {
                    self.copy_types.insert(t);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }

    fn type_spec(&mut self, spec: &ast::TypeSpec) -> Vec<syn::Item> {
        let Some(obj) = self.info.resolve(spec.name.id) else { return vec![] };
        let t = self.info.obj(obj).ty;
        if spec.alias {
            // Aliases denote the same type: uses print the target type directly.
            return vec![];
        }
        self.line_map.push((spec.name.name.clone(), self.where_(spec.span)));
        let under = self.info.types.underlying(t);
        let go_name = format!("main.{}", spec.name.name);
        let id = self.type_ident(t);
        let generics = self.type_generics(t);
        match self.info.types.kind(under).clone() {
            TypeKind::Struct(fields) => self.struct_item(t, &id, &generics, &go_name, &fields),
            TypeKind::Interface(iface) => self.interface_item(t, &id, &go_name, &iface),
            _ => self.newtype_item(t, &id, &generics, &go_name, under),
        }
    }

    /// `<T: bounds, …>` for a generic named type's declaration.
    fn type_generics(&mut self, t: TypeId) -> syn::Generics {
        let params = self.info.types.named(t).map(|n| n.type_params.clone()).unwrap_or_default();
        self.generics_for(&params)
    }

    /// Rust generics for Go type parameters, with the bounds their constraints need.
    pub fn generics_for(&mut self, params: &[TypeId]) -> syn::Generics {
        if params.is_empty() {
            return syn::Generics::default();
        }
        let mut ps = Vec::new();
        for &p in params {
            let info = self.info.types.type_param(p).cloned();
            let name = names::ident(&info.as_ref().map(|i| i.name.clone()).unwrap_or_default());
            let mut bounds = quote!(::gort::GoValue + ::std::clone::Clone + ::std::default::Default);
            if let Some(info) = info {
                if let Some(iface) = self.info.types.interface(info.constraint).cloned() {
                    // A constraint with methods: the type parameter implements its trait.
                    if !iface.methods.is_empty() && iface.terms.is_none() {
                        if let syn::Type::TraitObject(t) = self.iface_dyn(info.constraint) {
                            let b = &t.bounds;
                            bounds = quote!(#bounds + #b);
                        }
                    }
                    if iface.comparable || iface.terms.is_some() {
                        bounds = quote!(#bounds + ::std::cmp::PartialEq);
                    }
                    if let Some(terms) = &iface.terms {
                        let all_numeric = !terms.is_empty() && terms.iter().all(|t| self.info.types.is_numeric(t.ty));
                        let all_ordered = !terms.is_empty() && terms.iter().all(|t| self.info.types.basic_of(self.info.types.underlying(t.ty)).is_some_and(|b| b.is_ordered()));
                        if all_ordered {
                            bounds = quote!(#bounds + ::std::cmp::PartialOrd + ::gort::cmp::Ordered);
                        }
                        if all_numeric {
                            bounds = quote!(#bounds + ::gort::value::Number);
                        } else if terms.iter().all(|t| self.info.types.is_string(t.ty) || self.info.types.is_numeric(t.ty)) && terms.iter().any(|t| self.info.types.is_string(t.ty)) {
                            bounds = quote!(#bounds + ::std::ops::Add<Output = #name>);
                        }
                    }
                }
            }
            ps.push(quote!(#name: #bounds));
        }
        parse_quote!(<#(#ps),*>)
    }

    fn struct_item(&mut self, t: TypeId, id: &syn::Ident, generics: &syn::Generics, go_name: &str, fields: &[crate::sema::StructField]) -> Vec<syn::Item> {
        let mut derives = vec![quote!(Clone), quote!(Default)];
        if self.copy_types.contains(&t) {
            derives.push(quote!(Copy));
        }
        if self.comparable(t) {
            derives.push(quote!(PartialEq));
        }
        let mut fdecls = Vec::new();
        let mut fmacro = Vec::new();
        for f in fields {
            let fid = names::member(&f.name);
            let fty = self.rust_type(f.ty);
            fdecls.push(quote!(pub #fid: #fty));
            fmacro.push(quote!(#fid: #fty));
        }
        let (vm, pm) = self.fmt_methods(t);
        let mut items: Vec<syn::Item> = vec![parse_quote! {
            #[derive(#(#derives),*)]
            pub struct #id #generics { #(#fdecls),* }
        }];
        if generics.params.is_empty() {
            items.push(parse_quote! { ::gort::go_struct!(#id = #go_name { #(#fmacro),* } #vm #pm); });
        } else {
            items.push(self.generic_go_value(t, id, generics, go_name, fields));
        }
        items.extend(self.value_method_impls(t, id, generics));
        items
    }

    /// `impl Stringer`/`impl GoError` for a type with value-receiver `String()`/`Error()`
    /// methods (pointer-receiver ones reach fmt through `go_struct!`'s `ptr_methods`).
    fn value_method_impls(&mut self, t: TypeId, id: &syn::Ident, generics: &syn::Generics) -> Vec<syn::Item> {
        let params: Vec<syn::Ident> = generics.type_params().map(|p| p.ident.clone()).collect();
        let self_ty: syn::Type = if params.is_empty() { parse_quote!(#id) } else { parse_quote!(#id<#(#params),*>) };
        let mut items = Vec::new();
        let methods: Vec<(String, bool)> = self.info.methods(t).iter().filter_map(|&m| match &self.info.obj(m).kind {
            ObjKind::Func(fi) => Some((self.info.obj(m).name.clone(), fi.ptr_recv)),
            _ => None,
        }).collect();
        let (vm, _) = self.fmt_methods(t);
        let has = |name: &str| vm.to_string().contains(name) && methods.iter().any(|(n, p)| n == name && !p);
        if has("String") {
            items.push(parse_quote! { impl #generics ::gort::value::Stringer for #self_ty { fn String(&self) -> ::gort::Str { Self::String(self) } } });
        }
        if has("Error") {
            // `Unwrap() error` / `Unwrap() []error` and `Is(error) bool` value methods take part
            // in errors.Is/As/Unwrap.
            let mut extra = Vec::new();
            for &m in self.info.methods(t) {
                let o = self.info.obj(m);
                let ObjKind::Func(fi) = &o.kind else { continue };
                if fi.ptr_recv {
                    continue;
                }
                let Some(sig) = self.info.types.signature(o.ty).cloned() else { continue };
                match (o.name.as_str(), sig.params.as_slice(), sig.results.as_slice()) {
                    ("Unwrap", [], [r]) if self.is_error_type(*r) => extra.push(quote!(fn unwrap_error(&self) -> ::gort::Error { Self::Unwrap(self) })),
                    ("Unwrap", [], [r]) if matches!(self.info.types.kind(*r), TypeKind::Slice(e) if self.is_error_type(*e)) => {
                        extra.push(quote!(fn unwrap_errors(&self) -> Option<::gort::Slice<::gort::Error>> { Some(Self::Unwrap(self)) }))
                    }
                    ("Is", [p], [r]) if self.is_error_type(*p) && self.info.types.is_boolean(*r) => extra.push(quote!(fn is_method(&self, target: &::gort::Error) -> Option<bool> { Some(Self::Is(self, target.clone())) })),
                    _ => {}
                }
            }
            items.push(parse_quote! { impl #generics ::gort::GoError for #self_ty { fn Error(&self) -> ::gort::Str { Self::Error(self) } #(#extra)* } });
        }
        items
    }

    /// `GoValue` for a generic struct (the `go_struct!` macro takes no generics).
    fn generic_go_value(&mut self, t: TypeId, id: &syn::Ident, generics: &syn::Generics, go_name: &str, fields: &[crate::sema::StructField]) -> syn::Item {
        let (vm, pm) = self.fmt_method_names(t);
        let params: Vec<syn::Ident> = generics.type_params().map(|p| p.ident.clone()).collect();
        let fids: Vec<syn::Ident> = fields.iter().map(|f| names::member(&f.name)).collect();
        let fnames: Vec<String> = fields.iter().map(|f| f.name.clone()).collect();
        parse_quote! {
            impl #generics ::gort::GoValue for #id<#(#params),*> {
                fn kind(&self) -> ::gort::value::Kind { ::gort::value::Kind::Struct }
                fn fmt_value(&self, p: &mut ::gort::fmt::Printer, verb: char) {
                    p.fmt_struct(self, verb, &[#((#fnames, &self.#fids as &dyn ::gort::GoValue)),*])
                }
                fn go_type_name() -> String {
                    let args: Vec<String> = vec![#(<#params as ::gort::GoValue>::go_type_name()),*];
                    format!("{}[{}]", #go_name, args.join(","))
                }
                #(::gort::__go_value_method!(#vm);)*
                #(::gort::__go_ptr_method!(#pm);)*
                fn go_methods() -> ::gort::value::Methods {
                    #[allow(unused_mut)]
                    let mut m = ::gort::value::Methods::NONE;
                    #(::gort::__go_method_flag!(m, value, #vm);)*
                    #(::gort::__go_method_flag!(m, ptr, #pm);)*
                    m
                }
            }
        }
    }

    /// The value- and pointer-receiver methods fmt honours, by name.
    fn fmt_method_names(&mut self, t: TypeId) -> (Vec<syn::Ident>, Vec<syn::Ident>) {
        let (v, p) = self.fmt_methods(t);
        let names = |ts: proc_macro2::TokenStream| -> Vec<syn::Ident> {
            ts.into_iter()
                .filter_map(|tt| match tt {
                    proc_macro2::TokenTree::Group(g) => Some(g.stream()),
                    _ => None,
                })
                .flat_map(|s| s.into_iter().filter_map(|tt| match tt {
                    proc_macro2::TokenTree::Ident(i) => Some(i),
                    _ => None,
                }))
                .collect()
        };
        (names(v), names(p))
    }

    /// The `methods(…)`/`ptr_methods(…)` parts of `go_struct!`/`go_named!`: which of the
    /// methods fmt honours (`Error`, `String`) a type declares, by receiver kind.
    fn fmt_methods(&mut self, t: TypeId) -> (proc_macro2::TokenStream, proc_macro2::TokenStream) {
        let mut value = Vec::new();
        let mut ptr = Vec::new();
        for &m in self.info.methods(t) {
            let o = self.info.obj(m);
            let ObjKind::Func(fi) = &o.kind else { continue };
            let sig = self.info.types.signature(o.ty).cloned();
            let fits = match (o.name.as_str(), &sig) {
                ("GoString", Some(s)) => !fi.ptr_recv && s.params.is_empty() && s.results.len() == 1 && self.info.types.is_string(s.results[0]) && !self.info.types.is_named(s.results[0]),
                ("Error" | "String", Some(s)) => s.params.is_empty() && s.results.len() == 1 && self.info.types.is_string(s.results[0]) && !self.info.types.is_named(s.results[0]),
                ("Unwrap", Some(s)) => s.params.is_empty() && s.results.len() == 1 && self.is_error_type(s.results[0]),
                _ => false,
            };
            if !fits {
                continue;
            }
            let mid = format_ident!("{}", o.name);
            if fi.ptr_recv {
                ptr.push(mid);
            } else {
                value.push(mid);
            }
        }
        let v = if value.is_empty() { quote!() } else { quote!(methods(#(#value),*)) };
        let p = if ptr.is_empty() { quote!() } else { quote!(ptr_methods(#(#ptr),*)) };
        (v, p)
    }

    pub fn is_error_type(&self, t: TypeId) -> bool {
        self.info.types.named(t).is_some_and(|n| n.pkg.is_empty() && n.name == "error")
    }

    /// Go's `==` is defined on values of this type (so the Rust type derives `PartialEq`).
    pub fn comparable(&self, t: TypeId) -> bool {
        let mut seen = BTreeSet::new();
        self.comparable_rec(t, &mut seen)
    }

    fn comparable_rec(&self, t: TypeId, seen: &mut BTreeSet<TypeId>) -> bool {
        if !seen.insert(t) {
            return true;
        }
        let types = &self.info.types;
        // Std types are compared by the runtime's own impls: only the time values derive `==`
        // (sync primitives, builders and the like are not compared in Go programs).
        if let Some(n) = types.named(t) {
            if !n.pkg.is_empty() && n.pkg != "main" {
                return n.pkg == "time" && matches!(n.name.as_str(), "Duration" | "Time" | "Month" | "Weekday");
            }
        }
        match types.kind(types.underlying(t)) {
            TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Func(_) => false,
            TypeKind::Pointer(e) if self.is_std_handle(*e) => false,
            TypeKind::Struct(fields) => fields.iter().all(|f| self.comparable_rec(f.ty, seen)),
            TypeKind::Array(_, e) => self.comparable_rec(*e, seen),
            TypeKind::TypeParam(_) => false,
            _ => true,
        }
    }

    fn newtype_item(&mut self, t: TypeId, id: &syn::Ident, generics: &syn::Generics, go_name: &str, under: TypeId) -> Vec<syn::Item> {
        let inner = self.rust_type(under);
        let mut derives = vec![quote!(Clone), quote!(Default)];
        if self.copy_types.contains(&t) {
            derives.push(quote!(Copy));
        }
        if self.comparable(t) {
            derives.push(quote!(PartialEq));
            if let TypeKind::Basic(b) = self.info.types.kind(under) {
                if b.is_ordered() {
                    derives.push(quote!(PartialOrd));
                }
                if !b.is_float() {
                    derives.push(quote!(Eq));
                    if b.is_ordered() {
                        derives.push(quote!(Ord));
                    }
                    derives.push(quote!(Hash));
                }
            }
        }
        let (vm, pm) = self.fmt_methods(t);
        let mut items: Vec<syn::Item> = vec![parse_quote! {
            #[derive(#(#derives),*)]
            pub struct #id #generics (pub #inner);
        }];
        if generics.params.is_empty() {
            items.push(parse_quote! { ::gort::go_named!(#id = #go_name (#inner) #vm #pm); });
            // Arithmetic and ordering, so the type can instantiate numeric/ordered generics.
            if let TypeKind::Basic(b) = self.info.types.kind(under) {
                if b.is_numeric() && !b.is_complex() {
                    items.push(parse_quote! { ::gort::go_number!(#id(#inner)); });
                } else if b.is_string() {
                    items.push(parse_quote! { ::gort::go_ordered_str!(#id); });
                }
            }
        }
        items.extend(self.value_method_impls(t, id, generics));
        items
    }

    fn interface_item(&mut self, t: TypeId, id: &syn::Ident, go_name: &str, iface: &crate::sema::Interface) -> Vec<syn::Item> {
        if iface.terms.is_some() || (iface.methods.is_empty() && iface.comparable) {
            // A constraint-only interface: used as a bound, never as a value type.
            return vec![];
        }
        let mut decls = Vec::new();
        let mut method_names = Vec::new();
        for (name, sig) in &iface.methods {
            let mid = names::member(name);
            method_names.push(mid.clone());
            let (params, ret) = self.trait_method_sig(name, *sig);
            decls.push(quote!(fn #mid(&self, #(#params),*) -> #ret;));
        }
        let user_impls: Vec<TypeId> = self.info.implementors(t).iter().copied().filter(|&it| self.is_user_type(it) && !self.mentions_type_param(it)).collect();
        let implementors: Vec<syn::Type> = user_impls.into_iter().map(|it| self.rust_type(it)).collect();
        vec![
            parse_quote! { pub trait #id: ::gort::GoValue { #(#decls)* } },
            parse_quote! { ::gort::go_interface!(#id = #go_name { #(#method_names),* } impls [#(#implementors),*]); },
        ]
    }

    /// Parameters and return type of a std interface's method under the runtime's convention
    /// (`Copy` values by value, others by reference).
    fn std_trait_method_sig(&mut self, sig: TypeId) -> (Vec<proc_macro2::TokenStream>, syn::Type) {
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
        (params, ret)
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

    /// A type declared by the program (`T` or `*T` with `T` in package main).
    fn is_user_type(&self, t: TypeId) -> bool {
        let base = match self.info.types.kind(t) {
            TypeKind::Pointer(e) => *e,
            _ => t,
        };
        self.info.types.named(base).is_some_and(|n| n.pkg == "main")
    }

    /// `impl Trait for T` for every interface the program uses (its own, anonymous ones, and the
    /// std interfaces the runtime has traits for) and each user implementor, forwarding to the
    /// methods.
    fn interface_impls(&mut self) -> Vec<syn::Item> {
        let mut items = Vec::new();
        let all: Vec<(TypeId, Vec<TypeId>)> = self.info.all_implementors().iter().map(|(k, v)| (*k, v.clone())).collect();
        for (iface, impls) in all {
            let Some(idef) = self.info.types.interface(iface).cloned() else { continue };
            if idef.terms.is_some() || idef.methods.is_empty() {
                continue;
            }
            let std_pkg = self.info.types.named(iface).map(|n| n.pkg.clone());
            let (trait_path, std): (syn::Type, bool) = match std_pkg.as_deref() {
                Some("main") => {
                    let id = self.type_ident(iface);
                    (parse_quote!(#id), false)
                }
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
            for imp in impls {
                if !self.is_user_type(imp) || self.mentions_type_param(imp) {
                    continue;
                }
                // A runtime trait cannot be implemented for `Ptr<T>` here (orphan rule): a
                // pointer implementor of a std interface goes through a local adapter.
                if std && self.info.types.is_pointer(imp) {
                    let Some(adapter) = self.ptr_adapter(imp, &mut items) else { continue };
                    let mut methods = Vec::new();
                    for (name, sig) in &idef.methods {
                        methods.push(self.delegating_method_from(imp, name, *sig, std, parse_quote!((&self.0))));
                    }
                    items.push(parse_quote! { impl #trait_path for #adapter { #(#methods)* } });
                    continue;
                }
                let self_ty = self.rust_type(imp);
                let mut methods = Vec::new();
                for (name, sig) in &idef.methods {
                    methods.push(self.delegating_method(imp, name, *sig, std));
                }
                items.push(parse_quote! { impl #trait_path for #self_ty { #(#methods)* } });
            }
        }
        items
    }

    /// One trait method of an interface impl: forwards to the concrete type's method, as sema's
    /// `impl_method` says it is reached (declared, or promoted through embedded fields).
    fn delegating_method(&mut self, imp: TypeId, name: &str, sig: TypeId, std: bool) -> proc_macro2::TokenStream {
        self.delegating_method_from(imp, name, sig, std, parse_quote!(self))
    }

    /// Declares an adapter for every pointer type that implements a std interface.
    fn register_ptr_adapters(&mut self) -> Vec<syn::Item> {
        let mut items = Vec::new();
        let all: Vec<(TypeId, Vec<TypeId>)> = self.info.all_implementors().iter().map(|(k, v)| (*k, v.clone())).collect();
        for (iface, impls) in all {
            let std = self.info.types.named(iface).is_some_and(|n| !n.pkg.is_empty() && n.pkg != "main" && n.pkg != "fmt" && n.pkg != "context");
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
        let id = format_ident!("__Ptr{}", self.type_ident(elem));
        let inner = self.rust_type(elem);
        items.push(parse_quote! { ::gort::go_ptr_adapter!(#id(#inner)); });
        self.ptr_adapters.insert(elem, id.clone());
        Some(id)
    }

    fn delegating_method_from(&mut self, imp: TypeId, name: &str, sig: TypeId, std: bool, self_expr: syn::Expr) -> proc_macro2::TokenStream {
        let (params, ret) = if std { self.std_trait_method_sig(sig) } else { self.trait_method_sig(name, sig) };
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
        let slot_async = self.info.is_async_iface_method(name, sig);
        // The receiver base: `self`, or an owned clone moved into a `'static` future.
        let base: syn::Expr = if slot_async { parse_quote!(__this) } else { self_expr };
        let (call, callee_async) = match self.info.impl_method(imp, name).cloned() {
            Some(crate::sema::Selection::Method { method, path, adjust, ptr_recv }) => {
                let (acc, cur) = self.self_access(imp, &base, &path);
                let recv = self.receiver_ref(acc, cur, adjust, ptr_recv);
                let owner = match &self.info.obj(method).kind {
                    ObjKind::Func(f) => f.recv_named.unwrap_or(TypeId::INVALID),
                    _ => TypeId::INVALID,
                };
                let owner_path = self.owner_path(owner);
                let is_async = self.info.is_async(crate::sema::FuncRef::Decl(method));
                (quote!(#owner_path::#mid(#recv, #(#args),*)), is_async)
            }
            Some(crate::sema::Selection::InterfaceMethod { iface, name: n, path }) => {
                let (acc, cur) = self.self_access(imp, &base, &path);
                let recv = self.read_ref(acc, cur);
                let sig_t = self.info.types.interface(iface).and_then(|i| i.methods.iter().find(|(m, _)| *m == n).map(|(_, s)| *s)).unwrap_or(TypeId::INVALID);
                (quote!(#recv.#mid(#(#args),*)), self.info.is_async_iface_method(&n, sig_t))
            }
            _ => {
                let msg = format!("method {name} not found");
                (quote!(::std::unreachable!(#msg)), false)
            }
        };
        let body = match (slot_async, callee_async) {
            (true, true) => quote!({ let __this = self.clone(); ::std::boxed::Box::pin(async move { #call.await }) }),
            (true, false) => quote!({ let __this = self.clone(); ::std::boxed::Box::pin(async move { #call }) }),
            (false, _) => quote!({ #call }),
        };
        quote!(fn #mid(&self, #(#params),*) -> #ret #body)
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

    /// The path methods of a named type are called through: `T`, or `T::<_>` for a generic type
    /// (Rust infers the instantiation from the receiver argument).
    pub(super) fn owner_path(&mut self, owner: TypeId) -> syn::Path {
        let origin = self.info.types.named(owner).and_then(|n| n.origin).unwrap_or(owner);
        let n = self.info.types.named(origin).map(|n| n.type_params.len()).unwrap_or(0);
        let id = self.type_ident(origin);
        if n == 0 {
            parse_quote!(#id)
        } else {
            let holes = (0..n).map(|_| quote!(_));
            parse_quote!(#id::<#(#holes),*>)
        }
    }


    fn const_spec(&mut self, spec: &ast::ConstSpec) -> Vec<syn::Item> {
        let mut items = Vec::new();
        for name in &spec.names {
            if name.is_blank() {
                continue;
            }
            let Some(obj) = self.info.resolve(name.id) else { continue };
            let o = self.info.obj(obj).clone();
            let ObjKind::Const(value) = &o.kind else { continue };
            let t = if self.info.types.is_untyped(o.ty) { TypeId::basic(self.info.types.basic_of(o.ty).map(Basic::default_type).unwrap_or(Basic::Int)) } else { o.ty };
            if matches!(self.info.types.kind(o.ty), TypeKind::Basic(Basic::UntypedNil)) {
                continue;
            }
            // An untyped integer constant too large for `int` only ever appears folded into
            // other constants: it has no Rust item.
            if let (crate::sema::ConstValue::Int(i), Some(Basic::Int)) = (value, self.info.types.basic_of(t)) {
                if i.to_i64().is_none() {
                    continue;
                }
            }
            let ty = self.rust_type(t);
            let val = self.const_expr(value, t);
            let id = names::ident(&name.name);
            self.line_map.push((name.name.clone(), self.where_(spec.span)));
            items.push(parse_quote!(pub const #id: #ty = #val;));
        }
        items
    }

    /// Package variables: `static X: LazyLock<Ptr<T>>`, initialised in Go's order by `main`.
    fn global_spec(&mut self, spec: &ast::VarSpec) -> Vec<syn::Item> {
        let mut items = Vec::new();
        self.fns.push(super::FnState::default());
        let multi = spec.values.len() == 1 && spec.names.len() > 1;
        for (i, name) in spec.names.iter().enumerate() {
            let Some(obj) = self.info.resolve(name.id) else { continue };
            if name.is_blank() {
                continue;
            }
            let t = self.info.obj(obj).ty;
            let ty = self.rust_type(t);
            let init: syn::Expr = if multi {
                let v = self.expr(&spec.values[0]);
                let idx = syn::Index::from(i);
                parse_quote!((#v).#idx)
            } else if let Some(v) = spec.values.get(i) {
                self.expr(v)
            } else {
                self.zero_value(t)
            };
            let id = names::ident(&name.name);
            self.line_map.push((name.name.clone(), self.where_(spec.span)));
            items.push(parse_quote! {
                static #id: ::std::sync::LazyLock<::gort::Ptr<#ty>> = ::std::sync::LazyLock::new(|| ::gort::Ptr::new(#init));
            });
        }
        self.fns.pop();
        items
    }

    /// `impl T { … }` blocks holding every method, grouped by receiver type.
    fn method_impls(&mut self) -> Vec<syn::Item> {
        let pkg = self.pkg;
        let mut by_type: Vec<(TypeId, Vec<syn::ImplItemFn>)> = Vec::new();
        for (fi, file) in pkg.files.iter().enumerate() {
            self.file = fi;
            for decl in &file.decls {
                let ast::DeclKind::Func(fd) = &decl.kind else { continue };
                if fd.recv.is_none() {
                    continue;
                }
                let Some(obj) = self.info.resolve(fd.name.id) else { continue };
                let ObjKind::Func(finfo) = &self.info.obj(obj).kind else { continue };
                let Some(owner) = finfo.recv_named else { continue };
                let owner = self.info.types.named(owner).and_then(|n| n.origin).unwrap_or(owner);
                let item = self.method_decl(fd, obj);
                match by_type.iter_mut().find(|(t, _)| *t == owner) {
                    Some((_, v)) => v.push(item),
                    None => by_type.push((owner, vec![item])),
                }
            }
        }
        let mut items = Vec::new();
        for (owner, fns) in by_type {
            let id = self.type_ident(owner);
            let generics = self.type_generics(owner);
            let params: Vec<syn::Ident> = generics.type_params().map(|p| p.ident.clone()).collect();
            let self_ty: syn::Type = if params.is_empty() { parse_quote!(#id) } else { parse_quote!(#id<#(#params),*>) };
            items.push(parse_quote! { impl #generics #self_ty { #(#fns)* } });
        }
        items
    }

    /// `#[::gort::main] async fn main()`: initialises package variables in Go's order, runs the
    /// `init` functions, then Go's `main` body.
    fn main_fn(&mut self, inits: &[syn::Ident]) -> Option<syn::Item> {
        let obj = self.info.lookup("main")?;
        let fd = *self.func_decls.get(&obj)?;
        let mut pre: Vec<syn::Stmt> = Vec::new();
        for spec_id in self.info.init_order().to_vec() {
            for name in self.global_names(spec_id) {
                let id = names::ident(&name);
                pre.push(parse_quote!(::std::sync::LazyLock::force(&#id);));
            }
        }
        for init in inits {
            let is_async = self.info.lookup("init").is_some_and(|o| self.info.is_async(crate::sema::FuncRef::Decl(o)));
            if is_async {
                pre.push(parse_quote!(#init().await;));
            } else {
                pre.push(parse_quote!(#init();));
            }
        }
        self.line_map.push(("main".into(), self.where_(fd.name.span)));
        let body = self.func_body(fd.body.as_ref()?, obj, None, true);
        Some(parse_quote! {
            #[::gort::main]
            async fn main() {
                #(#pre)*
                #body
            }
        })
    }

    /// The names a package-level `var` spec declares.
    fn global_names(&self, spec_id: crate::ast::NodeId) -> Vec<String> {
        for f in &self.pkg.files {
            for d in &f.decls {
                if let ast::DeclKind::Var(specs) = &d.kind {
                    for s in specs {
                        if s.id == spec_id {
                            return s.names.iter().filter(|n| !n.is_blank()).map(|n| n.name.clone()).collect();
                        }
                    }
                }
            }
        }
        vec![]
    }

    /// A type's name as `%T` (Go's reflect) spells it: like go/types' except for struct types
    /// (`struct { s []int }`, not `struct{s []int}`).
    fn reflect_name(&self, t: TypeId) -> String {
        match self.info.types.kind(t) {
            TypeKind::Struct(fields) if fields.is_empty() => "struct {}".to_string(),
            TypeKind::Struct(fields) => {
                let parts: Vec<String> = fields
                    .iter()
                    .map(|f| {
                        let ty = self.reflect_name(f.ty);
                        let tag = f.tag.as_ref().map(|t| format!(" {t:?}")).unwrap_or_default();
                        if f.embedded { format!("{ty}{tag}") } else { format!("{} {ty}{tag}", f.name) }
                    })
                    .collect();
                format!("struct {{ {} }}", parts.join("; "))
            }
            TypeKind::Slice(e) => format!("[]{}", self.reflect_name(*e)),
            TypeKind::Pointer(e) => format!("*{}", self.reflect_name(*e)),
            TypeKind::Array(n, e) => format!("[{n}]{}", self.reflect_name(*e)),
            TypeKind::Map(k, v) => format!("map[{}]{}", self.reflect_name(*k), self.reflect_name(*v)),
            _ => self.info.type_name(t),
        }
    }

    /// Structs and traits for anonymous struct and interface types used by the program.
    fn anon_items(&mut self) -> Vec<syn::Item> {
        let mut items = Vec::new();
        let mut done = BTreeSet::new();
        while let Some(t) = self.pending_anon.pop() {
            if !done.insert(t) {
                continue;
            }
            let id = self.anon_types[&t].clone();
            let go_name = self.reflect_name(t);
            match self.info.types.kind(t).clone() {
                TypeKind::Struct(fields) => {
                    let generics = syn::Generics::default();
                    items.extend(self.struct_item(t, &id, &generics, &go_name, &fields));
                }
                TypeKind::Interface(iface) => items.extend(self.interface_item(t, &id, &go_name, &iface)),
                _ => {}
            }
        }
        items
    }
}

/// Type declarations inside function bodies (and func literals), in source order.
fn local_type_specs(pkg: &ast::Package) -> Vec<&ast::TypeSpec> {
    struct V<'a> {
        out: Vec<&'a ast::TypeSpec>,
    }
    impl<'a> V<'a> {
        fn block(&mut self, b: &'a ast::Block) {
            for s in &b.stmts {
                self.stmt(s);
            }
        }
        fn stmts(&mut self, ss: &'a [ast::Stmt]) {
            for s in ss {
                self.stmt(s);
            }
        }
        fn stmt(&mut self, s: &'a ast::Stmt) {
            use ast::StmtKind::*;
            match &s.kind {
                Decl(d) => {
                    if let ast::DeclKind::Type(specs) = &d.kind {
                        self.out.extend(specs.iter());
                    }
                    if let ast::DeclKind::Var(specs) = &d.kind {
                        for sp in specs {
                            for v in &sp.values {
                                self.expr(v);
                            }
                        }
                    }
                }
                Labeled { stmt, .. } => self.stmt(stmt),
                Block(b) => self.block(b),
                If { init, cond, then, els } => {
                    if let Some(i) = init {
                        self.stmt(i);
                    }
                    self.expr(cond);
                    self.block(then);
                    if let Some(e) = els {
                        self.stmt(e);
                    }
                }
                Switch { init, cases, .. } => {
                    if let Some(i) = init {
                        self.stmt(i);
                    }
                    for c in cases {
                        self.stmts(&c.body);
                    }
                }
                TypeSwitch { init, cases, .. } => {
                    if let Some(i) = init {
                        self.stmt(i);
                    }
                    for c in cases {
                        self.stmts(&c.body);
                    }
                }
                Select { cases } => {
                    for c in cases {
                        self.stmts(&c.body);
                    }
                }
                For { init, body, .. } => {
                    if let Some(i) = init {
                        self.stmt(i);
                    }
                    self.block(body);
                }
                Range { body, .. } => self.block(body),
                Expr(e) | Go(e) | Defer(e) => self.expr(e),
                Assign { rhs, .. } => {
                    for r in rhs {
                        self.expr(r);
                    }
                }
                Return(vs) => {
                    for v in vs {
                        self.expr(v);
                    }
                }
                _ => {}
            }
        }
        fn expr(&mut self, e: &'a ast::Expr) {
            // Func literals can declare types too.
            match &e.kind {
                ast::ExprKind::FuncLit { body, .. } => self.block(body),
                ast::ExprKind::Call { func, args, .. } => {
                    self.expr(func);
                    for a in args {
                        self.expr(a);
                    }
                }
                ast::ExprKind::Paren(x) => self.expr(x),
                _ => {}
            }
        }
    }
    let mut v = V { out: vec![] };
    for f in &pkg.files {
        for d in &f.decls {
            if let ast::DeclKind::Func(fd) = &d.kind {
                if let Some(b) = &fd.body {
                    v.block(b);
                }
            }
        }
    }
    v.out
}
