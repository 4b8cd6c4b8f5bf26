//! Conversions: explicit `T(x)`, the implicit ones sema records (representation, to an
//! interface, typed nil), newtype wrapping, interface type tags and `dyn` trait types.

use syn::parse_quote;

use super::literals::rust_int_name;
use super::Cx;
use crate::ast;
use crate::sema::{Basic, ConstValue, ConversionKind, TypeId, TypeKind};

impl Cx<'_> {
    /// Wraps a value of the underlying type into the user newtype `t` (`Celsius(v)`), or a
    /// std named type (`::gort::time::Duration(v)`).
    pub(super) fn wrap_named(&mut self, v: syn::Expr, t: TypeId) -> syn::Expr {
        if self.core_param(t).is_some() {
            let ty = self.rust_type(t);
            return parse_quote!(<#ty as ::gort::value::Core>::from_core(#v));
        }
        if self.is_newtype(t) || self.is_std_newtype(t) {
            // `Vector::<f64>(v)`: a generic newtype's constructor needs a turbofish.
            let ty = super::literals::turbofish_type(self.rust_type(t));
            return parse_quote!(#ty(#v));
        }
        v
    }

    /// Std named types the runtime writes as tuple newtypes of their underlying value.
    pub(super) fn is_std_newtype(&self, t: TypeId) -> bool {
        self.info.types.named(t).is_some_and(|n| {
            matches!((n.pkg.as_str(), n.name.as_str()), ("time", "Duration" | "Month" | "Weekday") | ("sort", "IntSlice" | "StringSlice" | "Float64Slice") | ("encoding/json", "RawMessage") | ("flag", "ErrorHandling") | ("syscall", "Signal") | ("io/fs", "FileMode") | ("log/slog", "Level" | "Kind"))
        })
    }

    /// The underlying value of a value of named type `t` (`v.0` for newtypes).
    pub(super) fn unwrap_named(&self, v: syn::Expr, t: TypeId) -> syn::Expr {
        if self.core_param(t).is_some() {
            return parse_quote!(::gort::value::Core::core(&#v).clone());
        }
        if self.is_newtype(t) || self.is_std_newtype(t) { parse_quote!(#v.0) } else { v }
    }

    /// Implicit conversions into a slot (sema's [`ConversionKind`]).
    pub(super) fn implicit(&mut self, v: syn::Expr, from: TypeId, to: TypeId, kind: ConversionKind) -> syn::Expr {
        match kind {
            ConversionKind::Nil => {
                // Spelled with its type: a nil in an untyped position (a composite literal
                // element, an `any` argument) gives Rust nothing to infer it from.
                let z = self.zero_value(to);
                if let syn::Expr::Call(c) = &z {
                    if let syn::Expr::Path(p) = &*c.func {
                        let segs: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
                        if segs.last().is_some_and(|l| l == "nil") && c.args.is_empty() {
                            let ty = self.rust_type(to);
                            return parse_quote!(<#ty>::nil());
                        }
                    }
                }
                z
            }
            ConversionKind::Representation => {
                let inner = self.unwrap_named(v, from);
                self.wrap_named(inner, to)
            }
            ConversionKind::ToInterface => self.to_interface(v, from, to),
        }
    }

    /// The runtime tag of a Go type that shares its Rust type with another (`int64` and `int`
    /// are both `i64`): the type a value of it has once in an interface.
    pub(super) fn tag_type(&self, t: TypeId) -> Option<syn::Type> {
        match self.info.types.kind(t) {
            TypeKind::Basic(Basic::Int64) => Some(parse_quote!(::gort::value::Int64)),
            TypeKind::Basic(Basic::Uint64) => Some(parse_quote!(::gort::value::Uint64)),
            TypeKind::Basic(Basic::Uintptr) => Some(parse_quote!(::gort::value::Uintptr)),
            _ => None,
        }
    }

    /// A value of type `from` as an interface value of type `to`.
    pub(super) fn to_interface(&mut self, v: syn::Expr, from: TypeId, to: TypeId) -> syn::Expr {
        if let Some(tag) = self.tag_type(from) {
            let v: syn::Expr = parse_quote!(#tag(#v));
            return self.to_interface_tagged(v, tag, to);
        }
        let types = &self.info.types;
        if types.is_interface(from) {
            if self.is_empty_interface(to) {
                return parse_quote!(#v.to_any());
            }
            let target = self.iface_dyn(to);
            return parse_quote!(#v.convert::<#target>().unwrap_or_default());
        }
        if self.is_empty_interface(to) {
            // The value's type is written out: a constructor (`Chan::make(3)`) gives Rust
            // nothing else to infer it from.
            let ty = self.rust_type(from);
            return parse_quote!(::gort::Any::from_value::<#ty>(#v));
        }
        if self.is_error_type(to) {
            return parse_quote!(::gort::Error::from_err(#v));
        }
        // A program's own `context.Context` implementation (a pointer through its adapter).
        if self.is_context_type(to) {
            let v: syn::Expr = match self.info.types.elem(from).and_then(|e| self.ptr_adapters.get(&e).cloned()) {
                Some(a) if self.info.types.is_pointer(from) => parse_quote!(#a(#v)),
                _ => v,
            };
            return parse_quote!(::gort::context::Context::from_impl(::std::sync::Arc::new(#v)));
        }
        let target = self.iface_dyn(to);
        // A pointer converted to a runtime trait goes through its adapter (see `ptr_adapter`).
        let std_iface = self.info.types.named(to).is_some_and(|n| !n.pkg.is_empty() && !self.info.types.is_user_pkg(&n.pkg));
        if std_iface && self.info.types.is_pointer(from) {
            if let Some(a) = self.info.types.elem(from).and_then(|e| self.ptr_adapters.get(&e).cloned()) {
                return parse_quote!(::gort::Iface::<#target>::new(::std::sync::Arc::new(#a(#v))));
            }
        }
        parse_quote!(::gort::Iface::<#target>::new(::std::sync::Arc::new(#v)))
    }

    /// A tagged value (see `tag_type`) into an interface.
    fn to_interface_tagged(&mut self, v: syn::Expr, tag: syn::Type, to: TypeId) -> syn::Expr {
        if self.is_empty_interface(to) {
            return parse_quote!(::gort::Any::from_value::<#tag>(#v));
        }
        let target = self.iface_dyn(to);
        parse_quote!(::gort::Iface::<#target>::new(::std::sync::Arc::new(#v)))
    }

    /// `dyn Trait` of an interface type.
    pub(super) fn iface_dyn(&mut self, t: TypeId) -> syn::Type {
        if self.is_error_type(t) {
            return parse_quote!(dyn ::gort::GoError);
        }
        if self.is_empty_interface(t) {
            return parse_quote!(dyn ::gort::GoValue);
        }
        match self.rust_type(t) {
            syn::Type::Path(p) => {
                // `::gort::Iface<dyn X>` → `dyn X`.
                if let Some(last) = p.path.segments.last() {
                    if let syn::PathArguments::AngleBracketed(a) = &last.arguments {
                        if let Some(syn::GenericArgument::Type(inner)) = a.args.first() {
                            return inner.clone();
                        }
                    }
                }
                parse_quote!(dyn ::gort::GoValue)
            }
            _ => parse_quote!(dyn ::gort::GoValue),
        }
    }

    /// An explicit conversion `T(x)`.
    pub(super) fn conversion(&mut self, to: TypeId, arg: &ast::Expr) -> syn::Expr {
        let from = self.ty(arg);
        if let Some(c) = self.info.const_value(arg.id).cloned() {
            let to_basic = self.info.types.basic_of(self.info.types.underlying(to)).is_some();
            if to_basic && !(self.info.types.is_string(to) && !matches!(c, ConstValue::String(_))) {
                return self.const_expr(&c, to);
            }
        }
        // A type parameter with a slice, map or string core type converts as that core type.
        let fu = self.under(from);
        let tu = self.under(to);
        let types = &self.info.types;
        if types.is_interface(to) {
            // Sema may already have recorded the conversion on the operand.
            if self.info.conversion(arg.id).is_some_and(|c| c.to == to) {
                return self.expr(arg);
            }
            let v = self.expr_no_conv(arg);
            if from == to {
                return v;
            }
            return self.to_interface(v, from, to);
        }
        let fk = types.kind(fu).clone();
        let tk = types.kind(tu).clone();
        // Numeric conversions to and from a type parameter go through `Number`.
        if let (TypeKind::TypeParam(_), TypeKind::Basic(tb)) = (&fk, &tk) {
            if tb.is_numeric() {
                let v = self.expr(arg);
                let rt = super::types::basic_type(*tb);
                let r: syn::Expr = if tb.is_float() { parse_quote!((::gort::value::Number::to_f64(#v) as #rt)) } else { parse_quote!((::gort::value::Number::to_i64(#v) as #rt)) };
                return self.wrap_named(r, to);
            }
        }
        if let (TypeKind::Basic(fb), TypeKind::TypeParam(_)) = (&fk, &tk) {
            if fb.is_numeric() {
                let v = self.expr_under(arg);
                let ty = self.rust_type(to);
                return if fb.is_float() { parse_quote!(<#ty as ::gort::value::Number>::from_f64(#v as f64)) } else { parse_quote!(<#ty as ::gort::value::Number>::from_i64(#v as i64)) };
            }
        }
        // Other conversions between a type parameter and another type (`string(s)` with
        // `S ~string | ~[]byte`) would need a core type.
        if matches!(fk, TypeKind::TypeParam(_)) != matches!(tk, TypeKind::TypeParam(_)) {
            let name = [from, to].iter().find_map(|&t| types.type_param(t)).map(|p| p.name.clone()).unwrap_or_default();
            return self.unsupported(arg.span, &format!("conversion between type parameter {name} and {} (its constraint has no slice, map or string core type)", if matches!(fk, TypeKind::TypeParam(_)) { "its target" } else { "its operand" }));
        }
        let v = self.expr_under(arg);
        let converted: syn::Expr = match (&fk, &tk) {
            (TypeKind::Basic(fb), TypeKind::Basic(tb)) => {
                let (fb, tb) = (fb.default_type(), tb.default_type());
                if tb == Basic::String && fb.is_integer() {
                    parse_quote!(::gort::Str::from_rune(#v as i32))
                } else if tb == Basic::String || fb == tb {
                    v
                } else if tb.is_complex() {
                    if tb == Basic::Complex64 { parse_quote!(#v.to_c64()) } else { parse_quote!(#v.to_c128()) }
                } else if fb.is_float() && tb.is_integer() {
                    let f = syn::Ident::new(&format!("f64_to_{}", rust_int_name(tb)), proc_macro2::Span::call_site());
                    parse_quote!(::gort::value::ops::#f(#v as f64))
                } else {
                    let rt = super::types::basic_type(tb);
                    parse_quote!((#v as #rt))
                }
            }
            (TypeKind::Basic(fb), TypeKind::Slice(e)) if fb.is_string() => {
                if types.basic_of(*e) == Some(Basic::Int32) { parse_quote!(#v.to_runes()) } else { parse_quote!(#v.to_bytes()) }
            }
            (TypeKind::Slice(e), TypeKind::Basic(tb)) if tb.is_string() => {
                if types.basic_of(*e) == Some(Basic::Int32) { parse_quote!(::gort::Str::from_runes(&#v)) } else { parse_quote!(::gort::Str::from_bytes(&#v.to_vec())) }
            }
            // `[N]T(s)` copies; `(*[N]T)(s)` points at a copy (it does not alias `s`).
            (TypeKind::Slice(_), TypeKind::Array(n, _)) => {
                let n = syn::LitInt::new(&format!("{n}usize"), proc_macro2::Span::call_site());
                parse_quote!(#v.to_array::<#n>())
            }
            (TypeKind::Slice(_), TypeKind::Pointer(p)) => match types.kind(types.underlying(*p)) {
                TypeKind::Array(n, _) => {
                    let n = syn::LitInt::new(&format!("{n}usize"), proc_macro2::Span::call_site());
                    parse_quote!(::gort::Ptr::new(#v.to_array::<#n>()))
                }
                _ => v,
            },
            _ => v,
        };
        self.wrap_named(converted, to)
    }
}
