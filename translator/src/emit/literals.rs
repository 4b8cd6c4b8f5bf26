//! Literals: constants as Rust literals (strings, integers, floats, named constants) and
//! composite literals of structs, slices, arrays and maps.

use quote::quote;
use syn::parse_quote;

use super::names;
use super::Cx;
use crate::ast::{self, ExprKind};
use crate::sema::{Basic, ConstValue, ObjKind, TypeId, TypeKind};

impl Cx<'_> {
    /// A use of a declared constant keeps its name when the constant's Rust item has the
    /// use's type.
    pub(super) fn const_name(&mut self, e: &ast::Expr, t: TypeId) -> Option<syn::Expr> {
        let ExprKind::Ident(name) = &e.unparen().kind else { return None };
        let obj = self.info.resolve(e.unparen().id)?;
        let o = self.info.obj(obj);
        // Only package-level constants have Rust items; local ones are folded.
        if !matches!(o.kind, ObjKind::Const(_)) || o.pkg != "main" || self.info.lookup(name) != Some(obj) {
            return None;
        }
        let decl_t = if self.info.types.is_untyped(o.ty) { TypeId::basic(self.info.types.basic_of(o.ty)?.default_type()) } else { o.ty };
        if decl_t != t {
            return None;
        }
        let id = names::ident(name);
        Some(parse_quote!(#id))
    }

    /// A constant of Go type `t` as a Rust literal.
    pub(super) fn const_expr(&mut self, c: &ConstValue, t: TypeId) -> syn::Expr {
        let under = self.info.types.underlying(t);
        let basic = self.info.types.basic_of(under).map(Basic::default_type);
        let lit: syn::Expr = match (c, basic) {
            (ConstValue::Bool(b), _) => parse_quote!(#b),
            (ConstValue::String(bytes), _) => str_lit(bytes),
            (_, Some(b)) if b.is_float() => {
                let f = c.as_f64().or_else(|| c.to_complex().map(|(re, _)| re.to_f64())).unwrap_or(0.0);
                float_lit(f, b == Basic::Float32)
            }
            (_, Some(b)) if b.is_complex() => {
                let (re, im) = c.to_complex().map(|(re, im)| (re.to_f64(), im.to_f64())).unwrap_or_default();
                let c64 = b == Basic::Complex64;
                let (re, im) = (float_lit(re, c64), float_lit(im, c64));
                let ty = super::types::basic_type(b);
                parse_quote!(#ty::new(#re, #im))
            }
            (_, Some(b)) if b.is_integer() => match c.to_int() {
                Some(i) => int_lit(&i, b),
                None => parse_quote!(0),
            },
            (ConstValue::Int(i), _) if matches!(self.info.types.kind(t), TypeKind::TypeParam(_)) => {
                let ty = self.rust_type(t);
                let v = i.to_i64().unwrap_or(0);
                return parse_quote!(<#ty as ::gort::value::Number>::from_i64(#v));
            }
            (ConstValue::Float(f), _) if matches!(self.info.types.kind(t), TypeKind::TypeParam(_)) => {
                let ty = self.rust_type(t);
                let v = float_lit(c.as_f64().unwrap_or(0.0), false);
                let _ = f;
                return parse_quote!(<#ty as ::gort::value::Number>::from_f64(#v));
            }
            (_, _) if self.info.types.is_interface(under) || matches!(self.info.types.kind(under), TypeKind::TypeParam(_)) => {
                // A constant converted to an interface: its default type's value.
                let dt = match c {
                    ConstValue::Int(_) => Basic::Int,
                    ConstValue::Float(_) => Basic::Float64,
                    ConstValue::Bool(_) => Basic::Bool,
                    ConstValue::String(_) => Basic::String,
                    ConstValue::Complex(..) => Basic::Complex128,
                };
                return self.const_expr(c, TypeId::basic(dt));
            }
            _ => parse_quote!(::std::default::Default::default()),
        };
        self.wrap_named(lit, t)
    }

    /// A composite literal `T{…}`.
    pub(super) fn composite(&mut self, e: &ast::Expr, elems: &[ast::Element]) -> syn::Expr {
        let t = self.ty(e);
        // An elided `&T` in a nested literal (`[]*P{{1, 2}}`).
        if let TypeKind::Pointer(inner) = self.info.types.kind(t).clone() {
            let v = self.composite_of(inner, e, elems);
            // A std handle is its own pointer (`map[string]*sync.Mutex{"a": {}}`).
            if self.is_std_handle(inner) {
                return v;
            }
            return parse_quote!(::gort::Ptr::new(#v));
        }
        self.composite_of(t, e, elems)
    }

    fn composite_of(&mut self, t: TypeId, e: &ast::Expr, elems: &[ast::Element]) -> syn::Expr {
        let ops: Vec<&ast::Expr> = elems.iter().flat_map(|el| el.key.iter().filter(|_| !self.is_struct_type(t)).chain([&el.value])).collect();
        let h = self.hoist_calls(&ops);
        let v = self.composite_in_order(t, e, elems);
        // Only an empty literal leaves the element types to inference.
        let v = if elems.is_empty() { self.typed_if_converted(e, t, v) } else { v };
        self.unhoist(h, v)
    }

    /// `v` (of Go type `t`) with its Rust type spelled out when it is converted to an
    /// interface: nothing else tells Rust the element types of `map[K]V{}` or `make(chan T)`
    /// passed straight to `fmt.Printf("%T", …)`.
    pub(super) fn typed_if_converted(&mut self, e: &ast::Expr, t: TypeId, v: syn::Expr) -> syn::Expr {
        let generic = matches!(self.info.types.kind(self.info.types.underlying(t)), TypeKind::Map(..) | TypeKind::Slice(_) | TypeKind::Chan(..));
        if !generic || self.info.conversion(e.id).is_none() {
            return v;
        }
        let ty = self.rust_type(t);
        parse_quote!({ let __v: #ty = #v; __v })
    }

    fn is_struct_type(&self, t: TypeId) -> bool {
        matches!(self.info.types.kind(self.info.types.underlying(t)), TypeKind::Struct(_))
    }

    /// `T{…}` with its elements evaluated in the order they are written.
    fn composite_in_order(&mut self, t: TypeId, e: &ast::Expr, elems: &[ast::Element]) -> syn::Expr {
        let under = self.under(t);
        let v: syn::Expr = match self.info.types.kind(under).clone() {
            TypeKind::Struct(fields) => {
                if fields.is_empty() && !self.info.types.is_named(t) {
                    return parse_quote!(());
                }
                let ty = self.rust_type(t);
                let ty = turbofish_type(ty);
                let mut inits = Vec::new();
                let mut given = 0;
                for (i, el) in elems.iter().enumerate() {
                    let (fname, fexpr) = match &el.key {
                        Some(k) => (k.as_ident().unwrap_or("_").to_string(), &el.value),
                        None => (fields.get(i).map(|f| f.name.clone()).unwrap_or_default(), &el.value),
                    };
                    let fid = names::member(&fname);
                    let v = self.expr(fexpr);
                    inits.push(quote!(#fid: #v));
                    given += 1;
                }
                // A std struct's Rust form may have fields its Go stub does not declare.
                let std_struct = self.info.types.named(t).is_some_and(|n| !n.pkg.is_empty() && !self.info.types.is_user_pkg(&n.pkg));
                let rest = if given < fields.len() || std_struct || !self.phantom_params(t).is_empty() {
                    quote!(, ..::std::default::Default::default())
                } else {
                    quote!()
                };
                if inits.is_empty() {
                    return parse_quote!(<#ty as ::std::default::Default>::default());
                }
                return parse_quote!(#ty { #(#inits),* #rest });
            }
            TypeKind::Slice(elem) => {
                let vals = self.sequence_elems(elem, elems, None);
                parse_quote!(::gort::Slice::from_vec(#vals))
            }
            TypeKind::Array(n, _) => {
                let keyed = elems.iter().any(|e| e.key.is_some());
                if !keyed && elems.len() == n as usize {
                    let vals: Vec<syn::Expr> = elems.iter().map(|el| self.expr(&el.value)).collect();
                    parse_quote!(::gort::Array([#(#vals),*]))
                } else {
                    let ty = self.rust_type(under);
                    let mut sets = Vec::new();
                    let mut idx: i64 = 0;
                    for el in elems {
                        if let Some(k) = &el.key {
                            idx = self.info.const_value(k.id).and_then(|c| c.as_i64()).unwrap_or(idx);
                        }
                        let v = self.expr(&el.value);
                        sets.push(quote!(__a[#idx] = #v;));
                        idx += 1;
                    }
                    parse_quote!({ let mut __a: #ty = ::std::default::Default::default(); #(#sets)* __a })
                }
            }
            TypeKind::Map(..) if elems.is_empty() => parse_quote!(::gort::Map::make()),
            TypeKind::Map(..) => {
                let mut pairs = Vec::new();
                for el in elems {
                    let k = match &el.key {
                        Some(k) => self.expr(k),
                        None => self.unsupported(e.span, "map literal element without a key"),
                    };
                    let v = self.expr(&el.value);
                    pairs.push(quote!((#k, #v)));
                }
                parse_quote!(::gort::Map::from(::std::vec![#(#pairs),*]))
            }
            _ => self.unsupported(e.span, "composite literal of this type"),
        };
        self.wrap_named(v, t)
    }

    /// The elements of a slice or array literal as a `Vec` expression, honouring `index: value`
    /// keys and (for arrays) filling the rest with zero values.
    fn sequence_elems(&mut self, elem: TypeId, elems: &[ast::Element], len: Option<usize>) -> syn::Expr {
        let keyed = elems.iter().any(|e| e.key.is_some());
        if !keyed && len.is_none_or(|n| n == elems.len()) {
            let vals: Vec<syn::Expr> = elems.iter().map(|el| self.expr(&el.value)).collect();
            return parse_quote!(::std::vec![#(#vals),*]);
        }
        let mut idx: i64 = 0;
        let mut sets = Vec::new();
        let mut max: i64 = 0;
        for el in elems {
            if let Some(k) = &el.key {
                idx = self.info.const_value(k.id).and_then(|c| c.as_i64()).unwrap_or(idx);
            }
            let v = self.expr(&el.value);
            let i = idx as usize;
            sets.push(quote!(__v[#i] = #v;));
            idx += 1;
            max = max.max(idx);
        }
        let n = len.unwrap_or(max as usize);
        let zero = self.zero_value(elem);
        parse_quote!({ let mut __v = ::std::vec![#zero; #n]; #(#sets)* __v })
    }
}

/// A Go string constant: `Str::lit("…")`, or `Str::from_bytes_static(b"…")` for invalid UTF-8.
pub(super) fn str_lit(bytes: &[u8]) -> syn::Expr {
    match std::str::from_utf8(bytes) {
        Ok(s) => parse_quote!(::gort::Str::lit(#s)),
        Err(_) => {
            let b = syn::LitByteStr::new(bytes, proc_macro2::Span::call_site());
            parse_quote!(::gort::Str::from_bytes_static(#b))
        }
    }
}

/// An integer literal with its Rust type's suffix (Rust would otherwise infer `i32`).
fn int_lit(i: &crate::sema::BigInt, b: Basic) -> syn::Expr {
    let suffix = rust_int_name(b);
    let text = match (i.to_i128(), i.to_u128()) {
        (Some(v), _) => v.to_string(),
        (None, Some(v)) => v.to_string(),
        _ => "0".to_string(),
    };
    if let Some(stripped) = text.strip_prefix('-') {
        let lit = syn::LitInt::new(&format!("{stripped}{suffix}"), proc_macro2::Span::call_site());
        parse_quote!(-#lit)
    } else {
        let lit = syn::LitInt::new(&format!("{text}{suffix}"), proc_macro2::Span::call_site());
        parse_quote!(#lit)
    }
}

/// A float literal (`f32` suffixed; `f64` written with a `.` or exponent so Rust infers it).
fn float_lit(f: f64, f32_: bool) -> syn::Expr {
    if f.is_infinite() || f.is_nan() {
        return if f32_ { parse_quote!(f32::NAN) } else { parse_quote!(f64::NAN) };
    }
    let mut text = if f32_ { format!("{:?}", f as f32) } else { format!("{f:?}") };
    if !text.contains('.') && !text.contains('e') && !text.contains("inf") {
        text.push_str(".0");
    }
    let neg = text.starts_with('-');
    let body = text.trim_start_matches('-');
    let suffix = if f32_ { "f32" } else { "f64" };
    let lit = syn::LitFloat::new(&format!("{body}{suffix}"), proc_macro2::Span::call_site());
    if neg { parse_quote!(-#lit) } else { parse_quote!(#lit) }
}

/// The literal suffix of an integer basic type (`i64`, `u8`, …).
pub(super) fn rust_int_suffix(b: Basic) -> &'static str {
    rust_int_name(b)
}

/// `i64`, `u8`, … for an integer basic type.
pub(super) fn rust_int_name(b: Basic) -> &'static str {
    match b.default_type() {
        Basic::Int | Basic::Int64 => "i64",
        Basic::Int8 => "i8",
        Basic::Int16 => "i16",
        Basic::Int32 => "i32",
        Basic::Uint | Basic::Uint64 | Basic::Uintptr => "u64",
        Basic::Uint8 => "u8",
        Basic::Uint16 => "u16",
        Basic::Uint32 => "u32",
        _ => "i64",
    }
}

/// `Pair<i64>` → `Pair::<i64>` so it can head a struct literal or a path call.
pub(super) fn turbofish_type(t: syn::Type) -> syn::Path {
    let mut path = match t {
        syn::Type::Path(p) => p.path,
        other => parse_quote!(#other),
    };
    for seg in &mut path.segments {
        if let syn::PathArguments::AngleBracketed(a) = &mut seg.arguments {
            a.colon2_token = Some(Default::default());
        }
    }
    path
}
