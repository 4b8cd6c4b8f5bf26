//! Go types as Rust types (ARCHITECTURE.md, "The emitted-code contract": Types).

use quote::quote;
use syn::parse_quote;

use super::Cx;
use super::names;
use crate::sema::{Basic, TypeId, TypeKind};

/// The path of the runtime module that mirrors a std package, under the crate root
/// (`sync/atomic` → `["sync", "atomic"]`).
pub fn std_module_segments(path: &str) -> Vec<&str> {
    match path {
        "math/rand" => vec!["rand"],
        "math/rand/v2" => vec!["rand", "v2"],
        "unicode/utf8" => vec!["utf8"],
        "sync/atomic" => vec!["sync", "atomic"],
        "golang.org/x/sync/errgroup" => vec!["xsync", "errgroup"],
        "golang.org/x/sync/semaphore" => vec!["xsync", "semaphore"],
        "golang.org/x/exp/constraints" => vec!["xexp", "constraints"],
        "golang.org/x/exp/maps" => vec!["xexp", "maps"],
        // Today's x/exp/slices is the standard package's API.
        "golang.org/x/exp/slices" => vec!["slices"],
        p => p.split('/').collect(),
    }
}

/// The runtime module that mirrors a std package (`sync/atomic` → `::gort::sync::atomic`).
pub fn std_module(path: &str) -> syn::Path {
    let idents = std_module_segments(path).into_iter().map(|s| syn::Ident::new(s, proc_macro2::Span::call_site()));
    parse_quote!(::gort #(:: #idents)*)
}

impl Cx<'_> {
    /// The Rust type of a Go type.
    pub fn rust_type(&mut self, t: TypeId) -> syn::Type {
        let types = &self.info.types;
        match types.kind(t).clone() {
            TypeKind::Invalid => parse_quote!(()),
            TypeKind::Basic(b) => basic_type(b.default_type()),
            TypeKind::Named(_) => self.named_type(t),
            TypeKind::TypeParam(_) => {
                let name = self.info.types.type_param(t).map(|p| p.name.clone()).unwrap_or_default();
                let id = names::ident(&name);
                parse_quote!(#id)
            }
            TypeKind::Pointer(e) => {
                // A std handle type (`*sync.WaitGroup`) is already a shared reference.
                if self.is_std_handle(e) {
                    return self.rust_type(e);
                }
                let e = self.rust_type(e);
                parse_quote!(::gort::Ptr<#e>)
            }
            TypeKind::Slice(e) => {
                let e = self.rust_type(e);
                parse_quote!(::gort::Slice<#e>)
            }
            TypeKind::Array(n, e) => {
                let e = self.rust_type(e);
                let n = n as usize;
                parse_quote!(::gort::Array<#e, #n>)
            }
            TypeKind::Map(k, v) => {
                let k = self.rust_type(k);
                let v = self.rust_type(v);
                parse_quote!(::gort::Map<#k, #v>)
            }
            TypeKind::Chan(_, e) => {
                let e = self.rust_type(e);
                parse_quote!(::gort::Chan<#e>)
            }
            TypeKind::Func(_) => {
                let f = self.fn_trait_object(t);
                parse_quote!(::gort::Func<#f>)
            }
            TypeKind::Struct(fields) => {
                if fields.is_empty() {
                    parse_quote!(())
                } else {
                    let name = self.anon_struct(t);
                    parse_quote!(#name)
                }
            }
            TypeKind::Interface(_) => {
                if self.is_empty_interface(t) {
                    parse_quote!(::gort::Any)
                } else {
                    let name = self.anon_interface(t);
                    parse_quote!(::gort::Iface<dyn #name>)
                }
            }
            TypeKind::Tuple(ts) => {
                let ts: Vec<syn::Type> = ts.iter().map(|&t| self.rust_type(t)).collect();
                parse_quote!((#(#ts),*))
            }
        }
    }

    /// `dyn Fn(A, B) -> R + Send + Sync` for a func type (the result is a boxed future when
    /// func values of this type may block).
    pub fn fn_trait_object(&mut self, t: TypeId) -> syn::Type {
        let is_async = self.info.is_async_func_type(t);
        self.fn_trait_object_colored(t, is_async)
    }

    /// `fn_trait_object` with the colour given (a literal called in place may block even when
    /// no value of its type does).
    pub fn fn_trait_object_colored(&mut self, t: TypeId, is_async: bool) -> syn::Type {
        let sig = self.info.types.signature(t).cloned().unwrap_or_else(|| crate::sema::Signature { params: vec![], results: vec![], variadic: false });
        let params: Vec<syn::Type> = sig.params.iter().map(|&p| self.rust_type(p)).collect();
        let ret = self.results_type(&sig.results);
        if is_async {
            parse_quote!(dyn Fn(#(#params),*) -> ::gort::BoxFuture<'static, #ret> + Send + Sync)
        } else {
            parse_quote!(dyn Fn(#(#params),*) -> #ret + Send + Sync)
        }
    }

    /// The Rust return type for a Go result list: `()`, `T`, or a tuple.
    pub fn results_type(&mut self, results: &[TypeId]) -> syn::Type {
        match results {
            [] => parse_quote!(()),
            [one] => self.rust_type(*one),
            many => {
                let ts: Vec<syn::Type> = many.iter().map(|&t| self.rust_type(t)).collect();
                parse_quote!((#(#ts),*))
            }
        }
    }

    fn named_type(&mut self, t: TypeId) -> syn::Type {
        let Some(named) = self.info.types.named(t).cloned() else { return parse_quote!(()) };
        let under = self.info.types.underlying(t);
        let is_iface = matches!(self.info.types.kind(under), TypeKind::Interface(_));
        if named.pkg.is_empty() {
            // Predeclared: `error`, `comparable`.
            return if named.name == "error" { parse_quote!(::gort::Error) } else { parse_quote!(::gort::Any) };
        }
        if !self.info.types.is_user_pkg(&named.pkg) {
            if self.seq_colours(t).is_some_and(|(seq, y)| seq || y) {
                // The runtime's `iter::Seq` is the synchronous form; a may-block one is
                // spelled out.
                let f = self.fn_trait_object(t);
                return parse_quote!(::gort::Func<#f>);
            }
            return self.std_named_type(&named.pkg, &named.name, &named.type_args);
        }
        let id = self.type_path(t);
        // The generic type itself (inside its own declaration or methods) stands for its
        // instantiation with its own type parameters.
        let arg_types = if named.type_args.is_empty() { named.type_params.clone() } else { named.type_args.clone() };
        let args: Vec<syn::Type> = arg_types.iter().map(|&a| self.rust_type(a)).collect();
        let path: syn::Type = if args.is_empty() { parse_quote!(#id) } else { parse_quote!(#id<#(#args),*>) };
        if is_iface {
            parse_quote!(::gort::Iface<dyn #path>)
        } else {
            path
        }
    }

    /// For `iter.Seq[V]`/`iter.Seq2[K, V]`: whether the sequence may block, and whether its
    /// yield function may (sema's colours of the two func types).
    pub fn seq_colours(&self, t: TypeId) -> Option<(bool, bool)> {
        if !self.info.is_iter_seq(t) {
            return None;
        }
        let y = self.info.types.signature(self.info.types.underlying(t)).and_then(|s| s.params.first().copied())?;
        Some((self.info.is_async_func_type(t), self.info.is_async_func_type(y)))
    }

    fn std_named_type(&mut self, pkg: &str, name: &str, type_args: &[TypeId]) -> syn::Type {
        match (pkg, name) {
            ("fmt", "Stringer") => return parse_quote!(::gort::Iface<dyn ::gort::value::Stringer>),
            // A context is a runtime handle, not a trait object.
            ("context", "Context") => return parse_quote!(::gort::context::Context),
            _ => {}
        }
        let module = std_module(pkg);
        let id = syn::Ident::new(name, proc_macro2::Span::call_site());
        // Std interfaces are runtime traits (`sort.Interface` → `dyn ::gort::sort::Interface`).
        if let Some(t) = self.std_type_id(pkg, name) {
            if self.info.types.is_interface(t) && type_args.is_empty() {
                return parse_quote!(::gort::Iface<dyn #module::#id>);
            }
        }
        let args: Vec<syn::Type> = type_args.iter().map(|&a| self.rust_type(a)).collect();
        if args.is_empty() { parse_quote!(#module::#id) } else { parse_quote!(#module::#id<#(#args),*>) }
    }

    /// The named type `pkg.name` of a std package, if the program uses it.
    fn std_type_id(&self, pkg: &str, name: &str) -> Option<TypeId> {
        self.info.types.all_named().find(|&t| self.info.types.named(t).is_some_and(|n| n.pkg == pkg && n.name == name && n.origin.is_none()))
    }

    /// The Rust name of a user-declared named type (interfaces: the trait's name).
    pub fn type_ident(&self, t: TypeId) -> syn::Ident {
        let t = self.info.types.named(t).and_then(|n| n.origin).unwrap_or(t);
        if let Some(name) = self.type_names.get(&t) {
            return name.clone();
        }
        let named = self.info.types.named(t).expect("named type");
        names::ident(&named.name)
    }

    /// How the package being emitted names a user named type (see `Cx::item_path`).
    pub fn type_path(&self, t: TypeId) -> syn::Path {
        let origin = self.info.types.named(t).and_then(|n| n.origin).unwrap_or(t);
        let pkg = self.info.types.named(origin).map(|n| n.pkg.clone()).unwrap_or_default();
        self.item_path(&pkg, self.type_ident(origin))
    }

    /// `interface{}` / `any` (no methods, no type set).
    pub fn is_empty_interface(&self, t: TypeId) -> bool {
        match self.info.types.interface(t) {
            Some(i) => i.methods.is_empty() && i.terms.is_none(),
            None => false,
        }
    }

    /// A generated name for an anonymous struct type (`struct{ a int }`), declared once.
    fn anon_struct(&mut self, t: TypeId) -> syn::Ident {
        if let Some(id) = self.anon_types.get(&t) {
            return id.clone();
        }
        let id = names::internal(&format!("__Struct{}", self.anon_types.len()));
        self.anon_types.insert(t, id.clone());
        self.pending_anon.push(t);
        id
    }

    /// A generated trait name for an anonymous interface type with methods.
    fn anon_interface(&mut self, t: TypeId) -> syn::Ident {
        if let Some(id) = self.anon_types.get(&t) {
            return id.clone();
        }
        let id = names::internal(&format!("__Iface{}", self.anon_types.len()));
        self.anon_types.insert(t, id.clone());
        self.pending_anon.push(t);
        id
    }

    /// Values of this type are `Copy` in Rust (no `.clone()` needed to copy them).
    pub fn is_copy(&self, t: TypeId) -> bool {
        let types = &self.info.types;
        match types.kind(t) {
            TypeKind::Basic(b) => !b.default_type().is_string() && *b != Basic::UntypedNil,
            TypeKind::Named(_) => {
                let Some(n) = types.named(t) else { return false };
                if self.info.types.is_user_pkg(&n.pkg) {
                    self.copy_types.contains(&types.named(t).and_then(|n| n.origin).unwrap_or(t))
                } else {
                    matches!((n.pkg.as_str(), n.name.as_str()), ("time", "Duration") | ("syscall", "Signal"))
                }
            }
            TypeKind::Struct(f) => f.is_empty(),
            _ => false,
        }
    }

    /// The Rust expression of a Go type's zero value.
    pub fn zero_value(&mut self, t: TypeId) -> syn::Expr {
        match self.info.types.kind(t).clone() {
            TypeKind::Basic(b) => match b.default_type() {
                Basic::Bool => parse_quote!(false),
                Basic::String => parse_quote!(::gort::Str::lit("")),
                Basic::Float32 => parse_quote!(0.0f32),
                Basic::Float64 => parse_quote!(0.0f64),
                b @ (Basic::Complex64 | Basic::Complex128) => {
                    let ty = basic_type(b);
                    parse_quote!(#ty::new(0.0, 0.0))
                }
                Basic::UntypedNil => parse_quote!(()),
                other => {
                    let lit = syn::LitInt::new(&format!("0{}", super::literals::rust_int_suffix(other)), proc_macro2::Span::call_site());
                    parse_quote!(#lit)
                }
            },
            TypeKind::Struct(f) if f.is_empty() && !self.info.types.is_named(t) => parse_quote!(()),
            TypeKind::Slice(_) => parse_quote!(::gort::Slice::nil()),
            TypeKind::Map(..) => parse_quote!(::gort::Map::nil()),
            TypeKind::Pointer(_) if !self.is_std_handle(self.info.types.elem(t).unwrap_or(t)) => parse_quote!(::gort::Ptr::nil()),
            TypeKind::Pointer(e) if self.has_nil_handle(e) => {
                let ty = self.rust_type(e);
                parse_quote!(<#ty>::nil())
            }
            TypeKind::Chan(..) => parse_quote!(::gort::Chan::nil()),
            TypeKind::Func(_) => parse_quote!(::gort::Func::nil()),
            TypeKind::Interface(_) => parse_quote!(::gort::Iface::nil()),
            TypeKind::Named(_) if self.is_error_type(t) => parse_quote!(::gort::Error::nil()),
            TypeKind::Named(_) if self.info.types.is_interface(t) && self.info.types.named(t).is_some_and(|n| self.info.types.is_user_pkg(&n.pkg)) => {
                parse_quote!(::gort::Iface::nil())
            }
            TypeKind::Named(_) if self.info.types.is_interface(t) => {
                // Spelled with its type: a std interface may be a handle of its own
                // (`context.Context`), not an `Iface`.
                let ty = self.rust_type(t);
                parse_quote!(<#ty>::nil())
            }
            TypeKind::Named(_) if self.info.types.named(t).is_some_and(|n| self.info.types.is_user_pkg(&n.pkg)) => {
                let ty = self.rust_type(t);
                let path = super::literals::turbofish_type(ty);
                parse_quote!(#path::default())
            }
            TypeKind::Named(_) => {
                let ty = self.rust_type(t);
                let path = super::literals::turbofish_type(ty);
                parse_quote!(#path::default())
            }
            _ => {
                let ty = self.rust_type(t);
                parse_quote!(<#ty as ::std::default::Default>::default())
            }
        }
    }
}

/// The Rust type of a Go basic type (untyped kinds use their default type).
pub fn basic_type(b: Basic) -> syn::Type {
    let ts = match b.default_type() {
        Basic::Bool => quote!(bool),
        Basic::Int | Basic::Int64 => quote!(i64),
        Basic::Int8 => quote!(i8),
        Basic::Int16 => quote!(i16),
        Basic::Int32 => quote!(i32),
        Basic::Uint | Basic::Uint64 | Basic::Uintptr => quote!(u64),
        Basic::Uint8 => quote!(u8),
        Basic::Uint16 => quote!(u16),
        Basic::Uint32 => quote!(u32),
        Basic::Float32 => quote!(f32),
        Basic::Float64 => quote!(f64),
        Basic::Complex64 => quote!(::gort::Complex64),
        Basic::Complex128 => quote!(::gort::Complex128),
        Basic::String => quote!(::gort::Str),
        _ => quote!(()),
    };
    syn::parse2(ts).expect("basic type")
}
