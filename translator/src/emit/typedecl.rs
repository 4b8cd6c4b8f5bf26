//! Named type declarations: structs and newtypes with their derives, `GoValue` impls and fmt
//! methods, generics with the bounds their constraints need, and anonymous struct types.

use std::collections::BTreeSet;

use quote::{format_ident, quote};
use syn::parse_quote;

use super::names;
use super::Cx;
use crate::ast;
use crate::sema::{Basic, ObjKind, TypeId, TypeKind};

impl Cx<'_> {
    /// Named types whose Rust form can derive `Copy`: newtypes of numbers and bools, and
    /// structs of only such fields (a fixpoint, since structs nest).
    pub(super) fn compute_copy_types(&mut self) {
        let named: Vec<TypeId> = self.info.types.all_named().filter(|&t| self.info.types.named(t).is_some_and(|n| self.info.types.is_user_pkg(&n.pkg) && n.origin.is_none() && n.type_params.is_empty())).collect();
        loop {
            let mut changed = false;
            for &t in &named {
                if self.copy_types.contains(&t) {
                    continue;
                }
                let under = self.info.types.underlying(t);
                let ok = match self.info.types.kind(under) {
                    TypeKind::Basic(b) => !b.is_string(),
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

    pub(super) fn type_spec(&mut self, spec: &ast::TypeSpec) -> Vec<syn::Item> {
        let Some(obj) = self.info.resolve(spec.name.id) else { return vec![] };
        let t = self.info.obj(obj).ty;
        if spec.alias {
            // Aliases denote the same type: uses print the target type directly.
            return vec![];
        }
        self.line_map.push((spec.name.name.clone(), self.where_(spec.span)));
        let under = self.info.types.underlying(t);
        let go_name = format!("{}.{}", self.info.types.pkg_name(&self.cur_pkg), spec.name.name);
        let id = self.type_ident(t);
        let generics = self.type_generics(t);
        match self.info.types.kind(under).clone() {
            TypeKind::Struct(fields) => self.struct_item(t, &id, &generics, &go_name, &fields),
            TypeKind::Interface(iface) => self.interface_item(t, &id, &go_name, &iface),
            _ => self.newtype_item(t, &id, &generics, &go_name, under),
        }
    }

    /// `<T: bounds, …>` for a generic named type's declaration.
    pub(super) fn type_generics(&mut self, t: TypeId) -> syn::Generics {
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
                    // A constraint with methods (and maybe a type set): the type parameter
                    // implements its trait.
                    if !iface.methods.is_empty() {
                        if let syn::Type::TraitObject(t) = self.iface_dyn(info.constraint) {
                            let b = &t.bounds;
                            bounds = quote!(#bounds + #b);
                        }
                    }
                    // A type set of maps, slices or funcs (`~map[K]V`) is not comparable.
                    let terms_comparable = iface.terms.as_ref().is_some_and(|ts| ts.iter().all(|t| self.comparable(self.info.types.underlying(t.ty))));
                    if iface.comparable || terms_comparable {
                        bounds = quote!(#bounds + ::std::cmp::PartialEq);
                    }
                    if let Some(terms) = &iface.terms {
                        let all_numeric = !terms.is_empty() && terms.iter().all(|t| self.info.types.is_numeric(t.ty));
                        let all_ordered = !terms.is_empty() && terms.iter().all(|t| self.info.types.basic_of(self.info.types.underlying(t.ty)).is_some_and(|b| b.is_ordered()));
                        if all_ordered {
                            bounds = quote!(#bounds + ::std::cmp::PartialOrd + ::gort::cmp::Ordered);
                        }
                        if self.integer_param(p) {
                            bounds = quote!(#bounds + ::gort::value::Integer);
                        } else if all_numeric {
                            bounds = quote!(#bounds + ::gort::value::Number);
                        } else if terms.iter().all(|t| self.info.types.is_string(t.ty) || self.info.types.is_numeric(t.ty)) && terms.iter().any(|t| self.info.types.is_string(t.ty)) {
                            bounds = quote!(#bounds + ::std::ops::Add<Output = #name>);
                        }
                    }
                }
            }
            // A slice, map or string core type (`S ~[]E`): values reach it through `Core`.
            if let Some(core) = self.core_param(p) {
                let cty = self.rust_type(core);
                bounds = quote!(#bounds + ::gort::value::Core<U = #cty>);
            }
            ps.push(quote!(#name: #bounds));
        }
        parse_quote!(<#(#ps),*>)
    }

    /// The type parameters of generic struct type `t` (or of its origin, for an instance) that
    /// no field mentions (`type Box[T any] struct{ n int }`, phantom types): Rust rejects an
    /// unused parameter, so the struct gets a `PhantomData` field for them, which Go's printing,
    /// equality and zero values never see.
    pub(super) fn phantom_params(&mut self, t: TypeId) -> Vec<syn::Ident> {
        let origin = self.info.types.named(t).and_then(|n| n.origin).unwrap_or(t);
        if self.info.types.named(origin).is_none_or(|n| n.type_params.is_empty()) {
            return Vec::new();
        }
        let generics = self.type_generics(origin);
        let fields = self.info.types.struct_fields(self.info.types.underlying(origin)).map(|f| f.to_vec()).unwrap_or_default();
        let mut used = std::collections::BTreeSet::new();
        for f in &fields {
            let fty = self.rust_type(f.ty);
            collect_idents(quote!(#fty), &mut used);
        }
        generics.type_params().map(|p| p.ident.clone()).filter(|i| !used.contains(&i.to_string())).collect()
    }

    fn struct_item(&mut self, t: TypeId, id: &syn::Ident, generics: &syn::Generics, go_name: &str, fields: &[crate::sema::StructField]) -> Vec<syn::Item> {
        // A `*sync.Mutex` field's zero value is nil, not the handle's `Default` (a live one).
        let manual_default = fields.iter().any(|f| self.is_nil_handle_ptr(f.ty));
        let mut derives = vec![quote!(Clone)];
        if !manual_default {
            derives.push(quote!(Default));
        }
        if self.copy_types.contains(&t) {
            derives.push(quote!(Copy));
        }
        if self.comparable(t) {
            derives.push(quote!(PartialEq));
        }
        let mut fdecls = Vec::new();
        let mut fmacro = Vec::new();
        let mut embedded = Vec::new();
        for f in fields {
            let fid = names::member(&f.name);
            let fty = self.rust_type(f.ty);
            fdecls.push(quote!(pub #fid: #fty));
            // `encoding/json` reads the tags and which fields are embedded.
            match &f.tag {
                Some(tag) if !tag.is_empty() => fmacro.push(quote!(#fid: #fty = #tag)),
                _ => fmacro.push(quote!(#fid: #fty)),
            }
            if f.embedded {
                embedded.push(fid);
            }
        }
        let phantom = self.phantom_params(t);
        if !phantom.is_empty() {
            fdecls.push(quote!(pub __phantom: ::std::marker::PhantomData<fn() -> (#(#phantom,)*)>));
        }
        let (vm, pm) = self.fmt_methods(t);
        let em = if embedded.is_empty() { quote!() } else { quote!(embedded(#(#embedded),*)) };
        let mut items: Vec<syn::Item> = vec![parse_quote! {
            #[derive(#(#derives),*)]
            pub struct #id #generics { #(#fdecls),* }
        }];
        if manual_default {
            let inits: Vec<proc_macro2::TokenStream> = fields
                .iter()
                .map(|f| {
                    let fid = names::member(&f.name);
                    let z = if self.is_nil_handle_ptr(f.ty) { self.zero_value(f.ty) } else { let fty = self.rust_type(f.ty); parse_quote!(<#fty as ::std::default::Default>::default()) };
                    quote!(#fid: #z)
                })
                .chain((!phantom.is_empty()).then(|| quote!(__phantom: ::std::marker::PhantomData)))
                .collect();
            let params: Vec<syn::Ident> = generics.type_params().map(|p| p.ident.clone()).collect();
            let self_ty: syn::Type = if params.is_empty() { parse_quote!(#id) } else { parse_quote!(#id<#(#params),*>) };
            items.push(parse_quote! {
                impl #generics ::std::default::Default for #self_ty {
                    fn default() -> Self { Self { #(#inits),* } }
                }
            });
        }
        if generics.params.is_empty() {
            items.push(parse_quote! { ::gort::go_struct!(#id = #go_name { #(#fmacro),* } #vm #pm #em); });
        } else {
            items.push(self.generic_go_value(t, id, generics, go_name, fields));
        }
        items.extend(self.promoted_fmt_wrappers(t, id));
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
        let promoted = self.promoted_fmt(t);
        let has = |name: &str| vm.to_string().contains(name) && (methods.iter().any(|(n, p)| n == name && !p) || promoted.contains(&(name, false)));
        // A declared `String`/`Error` that may block (it takes a lock): fmt calls it
        // synchronously, so its future is driven to completion there.
        let blocking = |name: &str| self.info.methods(t).iter().any(|&m| self.info.obj(m).name == name && self.info.is_async(crate::sema::FuncRef::Decl(m)));
        let call = |name: &str, call: proc_macro2::TokenStream| if blocking(name) { quote!(::gort::bridge::block_on(#call)) } else { call };
        if has("String") {
            let body = call("String", quote!(Self::String(self)));
            items.push(parse_quote! { impl #generics ::gort::value::Stringer for #self_ty { fn String(&self) -> ::gort::Str { #body } } });
        }
        if has("Format") {
            items.push(parse_quote! { impl #generics ::gort::fmt::Formatter for #self_ty { fn Format(&self, f: ::gort::Iface<dyn ::gort::fmt::State>, verb: i32) { Self::Format(self, f, verb) } } });
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
            let body = call("Error", quote!(Self::Error(self)));
            items.push(parse_quote! { impl #generics ::gort::GoError for #self_ty { fn Error(&self) -> ::gort::Str { #body } #(#extra)* } });
        }
        items
    }

    /// `GoValue` for a generic struct (the `go_struct!` macro takes no generics).
    fn generic_go_value(&mut self, t: TypeId, id: &syn::Ident, generics: &syn::Generics, go_name: &str, fields: &[crate::sema::StructField]) -> syn::Item {
        let (vm, pm) = self.fmt_method_names(t);
        let params: Vec<syn::Ident> = generics.type_params().map(|p| p.ident.clone()).collect();
        let fids: Vec<syn::Ident> = fields.iter().map(|f| names::member(&f.name)).collect();
        let fnames: Vec<String> = fields.iter().map(|f| f.name.clone()).collect();
        let ftags: Vec<String> = fields.iter().map(|f| f.tag.clone().unwrap_or_default()).collect();
        let fembedded: Vec<bool> = fields.iter().map(|f| f.embedded).collect();
        let ftys: Vec<syn::Type> = fields.iter().map(|f| self.rust_type(f.ty)).collect();
        parse_quote! {
            impl #generics ::gort::GoValue for #id<#(#params),*> {
                fn kind(&self) -> ::gort::value::Kind { ::gort::value::Kind::Struct }
                fn fmt_value(&self, p: &mut ::gort::fmt::Printer, verb: char) {
                    p.fmt_struct(self, verb, &[#((#fnames, &self.#fids as &dyn ::gort::GoValue)),*])
                }
                fn json_fields(&self) -> Option<Vec<::gort::encoding::json::JsonField>> {
                    Some(::std::vec::Vec::from([#(::gort::encoding::json::JsonField::new(#fnames, #ftags, #fembedded, &self.#fids)),*]))
                }
                #[allow(unused_mut)]
                fn json_field_mut(&mut self, i: usize) -> Option<&mut dyn ::gort::GoValue> {
                    let mut fields: Vec<&mut dyn ::gort::GoValue> = vec![#(&mut self.#fids),*];
                    (i < fields.len()).then(|| fields.swap_remove(i))
                }
                fn go_zero() -> Option<Self> {
                    Some(<Self as ::std::default::Default>::default())
                }
                fn go_type_name() -> String {
                    let args: Vec<String> = vec![#(<#params as ::gort::GoValue>::go_type_name()),*];
                    format!("{}[{}]", #go_name, args.join(","))
                }
                ::gort::__go_struct_fields!(#(#fids: #ftys),*);
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
                ("Format", Some(s)) => s.results.is_empty() && s.params.len() == 2 && self.is_fmt_state(s.params[0]) && self.info.types.basic_of(s.params[1]) == Some(Basic::Int32) && !self.info.types.is_named(s.params[1]),
                ("MarshalJSON" | "UnmarshalJSON", _) => self.json_method_called(m),
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
        for (name, by_ptr) in self.promoted_fmt(t) {
            let mid = format_ident!("{}", name);
            if by_ptr {
                ptr.push(mid);
            } else {
                value.push(mid);
            }
        }
        let v = if value.is_empty() { quote!() } else { quote!(methods(#(#value),*)) };
        let p = if ptr.is_empty() { quote!() } else { quote!(ptr_methods(#(#ptr),*)) };
        (v, p)
    }

    /// `Error`/`String` methods a non-generic struct type gets by promotion through embedded
    /// fields (`struct{ error }`, `struct{ Base }` with `func (Base) String()`), not declared
    /// on it: `(name, only in *T's method set)`. fmt and `error` values reach them through the
    /// wrappers [`promoted_fmt_wrappers`](Self::promoted_fmt_wrappers) declares.
    fn promoted_fmt(&self, t: TypeId) -> Vec<(&'static str, bool)> {
        let Some(n) = self.info.types.named(t) else { return Vec::new() };
        if !n.type_params.is_empty() || self.info.types.struct_fields(n.underlying).is_none() {
            return Vec::new();
        }
        let declared = |name: &str| self.info.methods(t).iter().any(|&m| self.info.obj(m).name == name);
        let fits = |sel: &crate::sema::Selection| {
            let sig = match sel {
                crate::sema::Selection::Method { method, .. } => Some(self.info.obj(*method).ty),
                crate::sema::Selection::InterfaceMethod { iface, name, .. } => self.info.types.interface(*iface).and_then(|i| i.methods.iter().find(|(m, _)| m == name).map(|(_, s)| *s)),
                _ => None,
            };
            sig.and_then(|s| self.info.types.signature(s)).is_some_and(|s| s.params.is_empty() && s.results.len() == 1 && self.info.types.is_string(s.results[0]) && !self.info.types.is_named(s.results[0]))
        };
        let ptr_t = self.info.types.pointer_of(t);
        let mut out = Vec::new();
        for name in ["Error", "String"] {
            if declared(name) {
                continue;
            }
            if self.info.impl_method(t, name).is_some_and(|s| fits(s)) {
                out.push((name, false));
            } else if ptr_t.is_some_and(|p| self.info.impl_method(p, name).is_some_and(|s| fits(s))) {
                out.push((name, true));
            }
        }
        out
    }

    /// Inherent methods forwarding promoted `Error`/`String` (see
    /// [`promoted_fmt`](Self::promoted_fmt)) through the embedded fields, with the receiver
    /// convention of declared methods: `fn Error(&self)` for T's method set, `fn
    /// Error(this: &Ptr<T>)` for *T's only.
    fn promoted_fmt_wrappers(&mut self, t: TypeId, id: &syn::Ident) -> Vec<syn::Item> {
        let mut items = Vec::new();
        for (name, by_ptr) in self.promoted_fmt(t) {
            let mid = format_ident!("{}", name);
            let imp = if by_ptr { self.info.types.pointer_of(t).unwrap_or(t) } else { t };
            let base: syn::Expr = if by_ptr { parse_quote!(__gort_this) } else { parse_quote!(self) };
            let (call, blocks) = self.delegated_call(imp, name, TypeId::INVALID, false, &base, &[]);
            let call = if blocks { quote!(::gort::bridge::block_on(async { #call.await })) } else { call };
            items.push(if by_ptr {
                parse_quote! { impl #id { pub fn #mid(__gort_this: &::gort::Ptr<#id>) -> ::gort::Str { #call } } }
            } else {
                parse_quote! { impl #id { pub fn #mid(&self) -> ::gort::Str { #call } } }
            });
        }
        items
    }

    /// `fmt.State` (the parameter of a `Format` method that `fmt` calls).
    fn is_fmt_state(&self, t: TypeId) -> bool {
        self.info.types.named(t).is_some_and(|n| n.pkg == "fmt" && n.name == "State")
    }

    /// A `MarshalJSON() ([]byte, error)` method, or an `UnmarshalJSON([]byte) error` one with a
    /// pointer receiver, that cannot block: `encoding/json` calls it (Go's `json.Marshaler` and
    /// `json.Unmarshaler`) through the type's `GoValue`.
    pub(super) fn json_method_called(&self, m: crate::sema::ObjId) -> bool {
        let o = self.info.obj(m);
        let ObjKind::Func(fi) = &o.kind else { return false };
        let Some(s) = self.info.types.signature(o.ty) else { return false };
        let bytes = |t: TypeId| matches!(self.info.types.kind(t), TypeKind::Slice(e) if self.info.types.basic_of(*e) == Some(Basic::Uint8));
        let fits = match o.name.as_str() {
            "MarshalJSON" => s.params.is_empty() && s.results.len() == 2 && bytes(s.results[0]) && self.is_error_type(s.results[1]),
            "UnmarshalJSON" => fi.ptr_recv && s.params.len() == 1 && bytes(s.params[0]) && s.results.len() == 1 && self.is_error_type(s.results[0]),
            _ => false,
        };
        fits && !s.variadic && !self.info.is_async(crate::sema::FuncRef::Decl(m))
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
        // Std types are compared by the runtime's own impls: only the time values and `fs.FileMode` derive `==`
        // (sync primitives, builders and the like are not compared in Go programs).
        if let Some(n) = types.named(t) {
            if !n.pkg.is_empty() && !self.info.types.is_user_pkg(&n.pkg) {
                return matches!((n.pkg.as_str(), n.name.as_str()), ("time", "Duration" | "Time" | "Month" | "Weekday") | ("io/fs", "FileMode"));
            }
        }
        match types.kind(types.underlying(t)) {
            TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Func(_) => false,
            TypeKind::Pointer(e) if self.is_std_handle(*e) => false,
            TypeKind::Struct(fields) => fields.iter().all(|f| self.comparable_rec(f.ty, seen)),
            TypeKind::Array(_, e) => self.comparable_rec(*e, seen),
            // A generic struct's `==` holds for instances whose type arguments are comparable:
            // the derived impl carries that bound (`where T: PartialEq`).
            TypeKind::TypeParam(_) => true,
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
                if !b.is_float() && !b.is_complex() {
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
                    if b.is_integer() {
                        items.push(parse_quote! { ::gort::go_integer!(#id(#inner)); });
                    }
                } else if b.is_string() {
                    items.push(parse_quote! { ::gort::go_ordered_str!(#id); });
                }
            }
        } else {
            let params: Vec<syn::Ident> = generics.type_params().map(|p| p.ident.clone()).collect();
            let bounded = &generics.params;
            items.push(parse_quote! { ::gort::go_named!(#id<#(#params),*> [#bounded] = #go_name (#inner) #vm #pm); });
        }
        items.extend(self.value_method_impls(t, id, generics));
        items
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
    pub(super) fn anon_items(&mut self) -> Vec<syn::Item> {
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

/// Every identifier in `ts` (nested groups too).
fn collect_idents(ts: proc_macro2::TokenStream, out: &mut std::collections::BTreeSet<String>) {
    for tt in ts {
        match tt {
            proc_macro2::TokenTree::Ident(i) => {
                out.insert(i.to_string());
            }
            proc_macro2::TokenTree::Group(g) => collect_idents(g.stream(), out),
            _ => {}
        }
    }
}
