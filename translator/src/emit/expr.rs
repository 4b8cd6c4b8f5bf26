//! Expressions: constants and literals, operators, composite literals, conversions (explicit and
//! the implicit ones sema records), type assertions, slicing, selectors and func values.

use quote::quote;
use syn::parse_quote;

use super::names;
use super::Cx;
use crate::ast::{self, BinaryOp, ExprKind, UnaryOp};
use crate::sema::{Basic, ConstValue, ConversionKind, ObjKind, Selection, TypeId, TypeKind};

impl Cx<'_> {
    /// An expression as an owned Rust value of its Go type, with the implicit conversion sema
    /// recorded for its slot applied.
    pub(super) fn expr(&mut self, e: &ast::Expr) -> syn::Expr {
        let v = self.expr_no_conv(e);
        let v = match self.info.conversion(e.id).copied() {
            Some(c) => self.implicit(v, c.from, c.to, c.kind),
            None => v,
        };
        atomic(v)
    }

    /// An expression usable by reference (no clone of plain locals), conversions applied.
    pub(super) fn expr_ref(&mut self, e: &ast::Expr) -> syn::Expr {
        let v = self.expr_ref_inner(e);
        atomic(v)
    }

    fn expr_ref_inner(&mut self, e: &ast::Expr) -> syn::Expr {
        if let Some(v) = self.subst.get(&e.id) {
            let v = v.clone();
            return match self.info.conversion(e.id).copied() {
                Some(c) => self.implicit(v, c.from, c.to, c.kind),
                None => v,
            };
        }
        if self.info.conversion(e.id).is_some() || self.info.const_value(e.id).is_some() {
            return self.expr(e);
        }
        match &e.unparen().kind {
            ExprKind::Ident(_) | ExprKind::Selector { .. } | ExprKind::Index { .. } => {
                if matches!(&e.unparen().kind, ExprKind::Selector { .. }) && !matches!(self.info.selection(e.unparen().id), Some(Selection::Field { .. })) {
                    return self.expr(e);
                }
                if matches!(&e.unparen().kind, ExprKind::Index { x, .. } if matches!(self.info.types.kind(self.info.types.underlying(self.ty(x))), TypeKind::Map(..))) {
                    return self.expr(e);
                }
                let acc = self.access(e);
                let t = self.ty(e);
                self.read_ref(acc, t)
            }
            _ => self.expr(e),
        }
    }

    /// The value of an expression of a user newtype as its underlying value (`x.0`), else the
    /// value itself.
    pub(super) fn expr_under(&mut self, e: &ast::Expr) -> syn::Expr {
        let v = self.expr(e);
        let t = self.ty(e);
        if self.is_newtype(t) || self.is_std_newtype(t) { parse_quote!(#v.0) } else { v }
    }

    /// An index operand as `i64`.
    pub(super) fn index_expr(&mut self, e: &ast::Expr) -> syn::Expr {
        if let Some(c) = self.info.const_value(e.id) {
            if let Some(i) = c.to_int().and_then(|i| i.to_i64()) {
                return parse_quote!(#i);
            }
        }
        let v = self.expr_under(e);
        let t = self.info.types.underlying(self.ty(e));
        if matches!(self.info.types.kind(t), TypeKind::Basic(Basic::Int | Basic::Int64 | Basic::UntypedInt)) { v } else { parse_quote!((#v as i64)) }
    }

    /// An expression without the implicit conversion of its slot.
    pub(super) fn expr_no_conv(&mut self, e: &ast::Expr) -> syn::Expr {
        let v = self.expr_no_conv_inner(e);
        atomic(v)
    }

    fn expr_no_conv_inner(&mut self, e: &ast::Expr) -> syn::Expr {
        if let Some(v) = self.subst.get(&e.id) {
            let v = v.clone();
            return if self.is_copy(self.ty(e)) { v } else { parse_quote!(#v.clone()) };
        }
        let t = self.ty(e);
        if let Some(c) = self.info.const_value(e.id).cloned() {
            if let Some(name) = self.const_name(e, t) {
                return name;
            }
            return self.const_expr(&c, t);
        }
        match &e.kind {
            ExprKind::Paren(inner) => {
                let v = self.expr_no_conv(inner);
                parse_quote!((#v))
            }
            ExprKind::Ident(name) => self.ident_expr(e, name),
            ExprKind::Lit(_) => {
                // Every literal is a constant; sema folded it above.
                self.unsupported(e.span, "literal")
            }
            ExprKind::CompositeLit { elems, .. } => self.composite(e, elems),
            ExprKind::FuncLit { sig, body } => self.func_lit(e, sig, body),
            ExprKind::Selector { x, sel } => self.selector(e, x, sel),
            ExprKind::Index { x, indices } => self.index(e, x, indices),
            ExprKind::Slice { x, lo, hi, max } => self.slice_expr(x, lo.as_deref(), hi.as_deref(), max.as_deref()),
            ExprKind::TypeAssert { x, ty } => match ty {
                Some(ty) => self.type_assert(e, x, ty),
                None => self.unsupported(e.span, "`.(type)` outside a type switch"),
            },
            ExprKind::Call { func, args, ellipsis } => self.call(e, func, args, *ellipsis),
            ExprKind::Star(x) => {
                let p = self.expr_ref(x);
                parse_quote!(#p.get())
            }
            ExprKind::Unary { op, x } => self.unary(e, *op, x),
            ExprKind::Binary { op, lhs, rhs } => self.binary(e, *op, lhs, rhs),
            ExprKind::Bad => self.unsupported(e.span, "malformed expression"),
            _ => self.unsupported(e.span, "a type where a value is expected"),
        }
    }

    /// A use of a declared constant keeps its name when the constant's Rust item has the
    /// use's type.
    fn const_name(&mut self, e: &ast::Expr, t: TypeId) -> Option<syn::Expr> {
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
                let f = c.as_f64().unwrap_or(0.0);
                float_lit(f, b == Basic::Float32)
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
                };
                return self.const_expr(c, TypeId::basic(dt));
            }
            _ => parse_quote!(::std::default::Default::default()),
        };
        self.wrap_named(lit, t)
    }

    /// Wraps a value of the underlying type into the user newtype `t` (`Celsius(v)`), or a
    /// std named type (`::gort::time::Duration(v)`).
    pub(super) fn wrap_named(&mut self, v: syn::Expr, t: TypeId) -> syn::Expr {
        if self.is_newtype(t) {
            let ty = self.rust_type(t);
            return parse_quote!(#ty(#v));
        }
        if self.is_std_newtype(t) {
            let ty = self.rust_type(t);
            return parse_quote!(#ty(#v));
        }
        v
    }

    /// Std named types the runtime writes as tuple newtypes of their underlying value.
    pub(super) fn is_std_newtype(&self, t: TypeId) -> bool {
        self.info.types.named(t).is_some_and(|n| {
            matches!((n.pkg.as_str(), n.name.as_str()), ("time", "Duration" | "Month" | "Weekday") | ("sort", "IntSlice" | "StringSlice" | "Float64Slice"))
        })
    }

    /// The underlying value of a value of named type `t` (`v.0` for newtypes).
    pub(super) fn unwrap_named(&self, v: syn::Expr, t: TypeId) -> syn::Expr {
        if self.is_newtype(t) || self.is_std_newtype(t) { parse_quote!(#v.0) } else { v }
    }

    fn ident_expr(&mut self, e: &ast::Expr, name: &str) -> syn::Expr {
        let Some(obj) = self.info.resolve(e.id) else {
            return self.unsupported(e.span, &format!("undefined name {name}"));
        };
        let o = self.info.obj(obj).clone();
        match &o.kind {
            ObjKind::Var(_) => {
                let acc = self.access(e);
                self.read(acc, o.ty)
            }
            ObjKind::Func(fi) => {
                let is_std = fi.std;
                self.func_value_of(obj, is_std, &[])
            }
            ObjKind::Nil => {
                let t = self.ty(e);
                if self.info.types.is_untyped(t) { parse_quote!(()) } else { self.zero_value(t) }
            }
            _ => self.unsupported(e.span, &format!("use of {name} as a value")),
        }
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
        let target = self.iface_dyn(to);
        // A pointer converted to a runtime trait goes through its adapter (see `ptr_adapter`).
        let std_iface = self.info.types.named(to).is_some_and(|n| !n.pkg.is_empty() && n.pkg != "main");
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

    fn selector(&mut self, e: &ast::Expr, x: &ast::Expr, sel: &ast::Ident) -> syn::Expr {
        match self.info.selection(e.id).cloned() {
            Some(Selection::Field { ty, .. }) => {
                let acc = self.access(e);
                self.read(acc, ty)
            }
            Some(Selection::PkgMember { obj, pkg }) => {
                let o = self.info.obj(obj).clone();
                let module = super::types::std_module(&pkg);
                match &o.kind {
                    ObjKind::Var(_) => {
                        let f = names::std_ident(&o.name);
                        parse_quote!(#module::#f())
                    }
                    ObjKind::Func(_) => self.func_value_of(obj, true, &[]),
                    _ => self.unsupported(e.span, &format!("{pkg}.{} as a value", sel.name)),
                }
            }
            Some(Selection::Method { .. }) | Some(Selection::InterfaceMethod { .. }) | Some(Selection::MethodExpr { .. }) => self.method_value(e, x, sel),
            None => self.unsupported(e.span, &format!("selector .{}", sel.name)),
        }
    }

    fn index(&mut self, e: &ast::Expr, x: &ast::Expr, indices: &[ast::Expr]) -> syn::Expr {
        // Generic instantiation used as a value: `Map[int, string]`.
        if let Some(ObjKind::Func(_)) = x.as_ident().and_then(|_| self.info.resolve(x.id)).map(|o| self.info.obj(o).kind.clone()) {
            let obj = self.info.resolve(x.id).unwrap();
            let targs: Vec<TypeId> = indices.iter().map(|i| self.ty(i)).collect();
            return self.func_value_of(obj, false, &targs);
        }
        let xt = self.ty(x);
        let under = self.info.types.underlying(xt);
        match self.info.types.kind(under).clone() {
            TypeKind::Map(_, v) => {
                let m = self.expr_ref_under(x);
                let k = self.expr_ref(&indices[0]);
                if self.info.is_comma_ok(e.id) { parse_quote!(#m.get_ok(&#k)) } else {
                    let _ = v;
                    parse_quote!(#m.get(&#k))
                }
            }
            TypeKind::Basic(b) if b.is_string() => {
                let s = self.expr_ref_under(x);
                let i = self.index_expr(&indices[0]);
                parse_quote!(#s.at(#i))
            }
            _ => {
                let acc = self.access(e);
                let t = self.ty(e);
                self.read(acc, t)
            }
        }
    }

    /// Like [`Self::expr_ref`], unwrapping a user newtype.
    pub(super) fn expr_ref_under(&mut self, e: &ast::Expr) -> syn::Expr {
        let v = self.expr_ref(e);
        let t = self.ty(e);
        if self.is_newtype(t) || self.is_std_newtype(t) { parse_quote!(#v.0) } else { v }
    }

    fn slice_expr(&mut self, x: &ast::Expr, lo: Option<&ast::Expr>, hi: Option<&ast::Expr>, max: Option<&ast::Expr>) -> syn::Expr {
        let xt = self.ty(x);
        let under = self.info.types.underlying(xt);
        let base: syn::Expr = match self.info.types.kind(under).clone() {
            TypeKind::Pointer(arr) => {
                let n = match self.info.types.kind(self.info.types.underlying(arr)) {
                    TypeKind::Array(n, _) => *n as i64,
                    _ => 0,
                };
                let p = self.expr(x);
                let r = self.array_slice(parse_quote!(__a), n, lo, hi);
                return parse_quote!(#p.with(|__a| #r));
            }
            TypeKind::Array(n, _) => {
                // Slicing an array: the elements are copied into a new backing array.
                let a = self.expr_ref_under(x);
                return self.array_slice(a, n as i64, lo, hi);
            }
            _ => self.expr_ref_under(x),
        };
        let r = self.slice_ops(base, lo, hi, max);
        self.wrap_named(r, xt)
    }

    /// `arr[lo:hi]` on an `Array<T, N>`.
    fn array_slice(&mut self, base: syn::Expr, n: i64, lo: Option<&ast::Expr>, hi: Option<&ast::Expr>) -> syn::Expr {
        let lo: syn::Expr = lo.map(|e| self.index_expr(e)).unwrap_or_else(|| parse_quote!(0));
        let hi: syn::Expr = hi.map(|e| self.index_expr(e)).unwrap_or_else(|| parse_quote!(#n));
        parse_quote!(#base.slice(#lo, #hi))
    }

    fn slice_ops(&mut self, base: syn::Expr, lo: Option<&ast::Expr>, hi: Option<&ast::Expr>, max: Option<&ast::Expr>) -> syn::Expr {
        let lo = lo.map(|e| self.index_expr(e));
        let hi = hi.map(|e| self.index_expr(e));
        let max = max.map(|e| self.index_expr(e));
        match (lo, hi, max) {
            (lo, Some(hi), Some(max)) => {
                let lo = lo.unwrap_or_else(|| parse_quote!(0));
                parse_quote!(#base.slice3(#lo, #hi, #max))
            }
            (Some(lo), Some(hi), None) => parse_quote!(#base.slice(#lo, #hi)),
            (Some(lo), None, _) => parse_quote!(#base.slice_from(#lo)),
            (None, Some(hi), None) => parse_quote!(#base.slice_to(#hi)),
            (None, None, _) => parse_quote!(#base.slice_from(0)),
        }
    }

    fn type_assert(&mut self, e: &ast::Expr, x: &ast::Expr, ty: &ast::Expr) -> syn::Expr {
        let v = self.expr_ref(x);
        let target = self.ty(ty);
        let comma_ok = self.info.is_comma_ok(e.id);
        if self.info.types.is_interface(target) {
            let d = self.iface_dyn(target);
            if self.is_empty_interface(target) {
                return if comma_ok { parse_quote!((#v.to_any(), !#v.is_nil())) } else { parse_quote!(#v.assert_iface::<#d>()) };
            }
            if comma_ok {
                parse_quote!(match #v.convert::<#d>() { Some(__x) => (__x, true), None => (::std::default::Default::default(), false) })
            } else {
                parse_quote!(#v.assert_iface::<#d>())
            }
        } else if let Some(tag) = self.tag_type(target) {
            if comma_ok {
                let zero = self.zero_value(target);
                parse_quote!(match #v.downcast::<#tag>() { Some(__x) => (__x.0, true), None => (#zero, false) })
            } else {
                parse_quote!(#v.assert::<#tag>().0)
            }
        } else {
            let rt = self.rust_type(target);
            if comma_ok {
                let zero = self.zero_value(target);
                parse_quote!(match #v.downcast::<#rt>() { Some(__x) => (__x, true), None => (#zero, false) })
            } else {
                parse_quote!(#v.assert::<#rt>())
            }
        }
    }

    fn unary(&mut self, e: &ast::Expr, op: UnaryOp, x: &ast::Expr) -> syn::Expr {
        let t = self.ty(e);
        match op {
            UnaryOp::Pos => self.expr(x),
            UnaryOp::Neg => {
                let v = self.expr_under(x);
                // Go negates unsigned integers modulo 2ⁿ; Rust has no `-` on them.
                let r: syn::Expr = if self.info.types.is_unsigned(t) { parse_quote!(#v.wrapping_neg()) } else { parse_quote!(-#v) };
                self.wrap_named(r, t)
            }
            UnaryOp::Not => {
                let v = self.expr(x);
                parse_quote!(!#v)
            }
            UnaryOp::BitNot => {
                let v = self.expr_under(x);
                let r: syn::Expr = parse_quote!(!#v);
                self.wrap_named(r, t)
            }
            UnaryOp::Addr => {
                let inner = x.unparen();
                if let ExprKind::CompositeLit { elems, .. } = &inner.kind {
                    let v = self.composite(inner, elems);
                    return parse_quote!(::gort::Ptr::new(#v));
                }
                let acc = self.access(x);
                let xt = self.ty(x);
                if self.is_std_handle(xt) {
                    return self.read(acc, xt);
                }
                self.address(acc, xt)
            }
            UnaryOp::Recv => self.recv_expr(e, x),
        }
    }

    fn binary(&mut self, e: &ast::Expr, op: BinaryOp, lhs: &ast::Expr, rhs: &ast::Expr) -> syn::Expr {
        let t = self.ty(e);
        match op {
            BinaryOp::LogAnd | BinaryOp::LogOr => {
                let a = self.expr(lhs);
                let b = self.expr(rhs);
                if op == BinaryOp::LogAnd { parse_quote!(#a && #b) } else { parse_quote!(#a || #b) }
            }
            _ if op.is_comparison() => self.comparison(op, lhs, rhs),
            _ => {
                let lt = self.ty(lhs);
                if self.info.types.is_string(lt) && op == BinaryOp::Add {
                    let a = self.expr_under(lhs);
                    let b = self.expr_ref_under(rhs);
                    let r: syn::Expr = parse_quote!(#a + &#b);
                    return self.wrap_named(r, t);
                }
                let a = self.expr_under(lhs);
                let r = self.arith(op, a, rhs, lt);
                self.wrap_named(r, t)
            }
        }
    }

    /// `a op b` for numbers, with Go's division and shift semantics.
    fn arith(&mut self, op: BinaryOp, a: syn::Expr, rhs: &ast::Expr, lt: TypeId) -> syn::Expr {
        let rc = self.info.const_value(rhs.id).cloned();
        let is_int = self.info.types.is_integer(lt);
        match op {
            BinaryOp::Shl | BinaryOp::Shr => {
                let bits = self.info.types.basic_of(self.info.types.underlying(lt)).and_then(Basic::int_bits).map(|b| b.0).unwrap_or(64);
                if let Some(n) = rc.as_ref().and_then(|c| c.to_int()).and_then(|i| i.to_i64()) {
                    if n >= 0 && (n as u32) < bits {
                        let n = n as u32;
                        return if op == BinaryOp::Shl { parse_quote!((#a << #n)) } else { parse_quote!((#a >> #n)) };
                    }
                }
                let b = self.expr_under(rhs);
                if op == BinaryOp::Shl { parse_quote!(::gort::value::ops::shl(#a, #b)) } else { parse_quote!(::gort::value::ops::shr(#a, #b)) }
            }
            BinaryOp::Div | BinaryOp::Rem if is_int => {
                let nonzero_const = rc.as_ref().and_then(|c| c.to_int()).is_some_and(|i| !i.is_zero() && i.to_i64() != Some(-1));
                let b = self.expr_under(rhs);
                if nonzero_const {
                    if op == BinaryOp::Div { parse_quote!((#a / #b)) } else { parse_quote!((#a % #b)) }
                } else if op == BinaryOp::Div {
                    parse_quote!(::gort::value::ops::div(#a, #b))
                } else {
                    parse_quote!(::gort::value::ops::rem(#a, #b))
                }
            }
            _ => {
                let b = self.expr_under(rhs);
                match op {
                    BinaryOp::Add => parse_quote!((#a + #b)),
                    BinaryOp::Sub => parse_quote!((#a - #b)),
                    BinaryOp::Mul => parse_quote!((#a * #b)),
                    BinaryOp::Div => parse_quote!((#a / #b)),
                    BinaryOp::Rem => parse_quote!((#a % #b)),
                    BinaryOp::And => parse_quote!((#a & #b)),
                    BinaryOp::Or => parse_quote!((#a | #b)),
                    BinaryOp::Xor => parse_quote!((#a ^ #b)),
                    BinaryOp::AndNot => parse_quote!((#a & !#b)),
                    _ => parse_quote!(()),
                }
            }
        }
    }

    fn comparison(&mut self, op: BinaryOp, lhs: &ast::Expr, rhs: &ast::Expr) -> syn::Expr {
        let lnil = self.is_nil_expr(lhs);
        let rnil = self.is_nil_expr(rhs);
        if lnil || rnil {
            let other = if lnil { rhs } else { lhs };
            let v = self.expr_ref_under(other);
            return if op == BinaryOp::Eq { parse_quote!(#v.is_nil()) } else { parse_quote!(!#v.is_nil()) };
        }
        let a = self.expr_ref(lhs);
        let b = self.expr_ref(rhs);
        match op {
            BinaryOp::Eq => parse_quote!((#a == #b)),
            BinaryOp::Ne => parse_quote!((#a != #b)),
            BinaryOp::Lt => parse_quote!((#a < #b)),
            BinaryOp::Le => parse_quote!((#a <= #b)),
            BinaryOp::Gt => parse_quote!((#a > #b)),
            _ => parse_quote!((#a >= #b)),
        }
    }

    /// The expression is the predeclared `nil`.
    pub(super) fn is_nil_expr(&self, e: &ast::Expr) -> bool {
        let e = e.unparen();
        e.as_ident() == Some("nil") && self.info.resolve(e.id).is_none_or(|o| matches!(self.info.obj(o).kind, ObjKind::Nil))
    }

    /// A std type whose Rust form is a shared handle (`Clone` shares state), so `*T` maps to
    /// `T` and `&x` is a clone of the handle.
    pub(super) fn is_std_handle(&self, t: TypeId) -> bool {
        let Some(n) = self.info.types.named(t) else { return false };
        matches!(
            (n.pkg.as_str(), n.name.as_str()),
            ("sync", _) | ("sync/atomic", _) | ("time", "Timer" | "Ticker") | ("strings", "Builder") | ("bytes", "Buffer") | ("math/rand", "Rand") | ("math/rand/v2", "Rand") | ("strings", "Reader" | "Replacer")
        )
    }

    /// A composite literal `T{…}`.
    pub(super) fn composite(&mut self, e: &ast::Expr, elems: &[ast::Element]) -> syn::Expr {
        let t = self.ty(e);
        // An elided `&T` in a nested literal (`[]*P{{1, 2}}`).
        if let TypeKind::Pointer(inner) = self.info.types.kind(t).clone() {
            let v = self.composite_of(inner, e, elems);
            return parse_quote!(::gort::Ptr::new(#v));
        }
        self.composite_of(t, e, elems)
    }

    fn composite_of(&mut self, t: TypeId, e: &ast::Expr, elems: &[ast::Element]) -> syn::Expr {
        let under = self.info.types.underlying(t);
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
                let rest = if given < fields.len() { quote!(, ..::std::default::Default::default()) } else { quote!() };
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

    /// An explicit conversion `T(x)`.
    pub(super) fn conversion(&mut self, to: TypeId, arg: &ast::Expr) -> syn::Expr {
        let from = self.ty(arg);
        if let Some(c) = self.info.const_value(arg.id).cloned() {
            let to_basic = self.info.types.basic_of(self.info.types.underlying(to)).is_some();
            if to_basic && !(self.info.types.is_string(to) && !matches!(c, ConstValue::String(_))) {
                return self.const_expr(&c, to);
            }
        }
        let types = &self.info.types;
        let fu = types.underlying(from);
        let tu = types.underlying(to);
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
        let v = self.expr_under(arg);
        let converted: syn::Expr = match (&fk, &tk) {
            (TypeKind::Basic(fb), TypeKind::Basic(tb)) => {
                let (fb, tb) = (fb.default_type(), tb.default_type());
                if tb == Basic::String && fb.is_integer() {
                    parse_quote!(::gort::Str::from_rune(#v as i32))
                } else if tb == Basic::String || fb == tb {
                    v
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
            _ => v,
        };
        self.wrap_named(converted, to)
    }

    /// A declared function as a func value (`::gort::Func`).
    pub(super) fn func_value_of(&mut self, obj: crate::sema::ObjId, is_std: bool, targs: &[TypeId]) -> syn::Expr {
        let o = self.info.obj(obj).clone();
        let ft = o.ty;
        let f_obj = self.fn_trait_object(ft);
        let sig = self.info.types.signature(ft).cloned().unwrap_or(crate::sema::Signature { params: vec![], results: vec![], variadic: false });
        let path: syn::Expr = if is_std {
            let module = super::types::std_module(&o.pkg);
            let f = names::std_ident(&o.name);
            parse_quote!(#module::#f)
        } else {
            let id = names::ident(&o.name);
            if targs.is_empty() {
                parse_quote!(#id)
            } else {
                let ts: Vec<syn::Type> = targs.iter().map(|&t| self.rust_type(t)).collect();
                parse_quote!(#id::<#(#ts),*>)
            }
        };
        let params: Vec<syn::Ident> = (0..sig.params.len()).map(|i| syn::Ident::new(&format!("__a{i}"), proc_macro2::Span::call_site())).collect();
        // A std mirror takes non-`Copy` arguments by reference.
        let args: Vec<syn::Expr> = params
            .iter()
            .zip(&sig.params)
            .map(|(p, &t)| if is_std && !self.is_copy(t) { parse_quote!(&#p) } else { parse_quote!(#p) })
            .collect();
        let callee_async = !is_std && self.info.is_async(crate::sema::FuncRef::Decl(obj));
        let slot_async = self.info.is_async_func_type(ft);
        let body: syn::Expr = match (slot_async, callee_async) {
            (true, true) => parse_quote!(::std::boxed::Box::pin(#path(#(#args),*))),
            (true, false) => parse_quote!(::std::boxed::Box::pin(async move { #path(#(#args),*) })),
            _ => parse_quote!(#path(#(#args),*)),
        };
        parse_quote!(::gort::Func::<#f_obj>::new(::std::sync::Arc::new(move |#(#params),*| #body)))
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
fn rust_int_name(b: Basic) -> &'static str {
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

/// The expression, parenthesised unless it is atomic, so that splicing it into any operator
/// position keeps its meaning (`quote!` splices tokens, not trees). The print stage removes
/// every parenthesis and prettyplease re-adds the ones the tree needs.
pub(super) fn atomic(e: syn::Expr) -> syn::Expr {
    use syn::Expr::*;
    match e {
        Lit(_) | Path(_) | Call(_) | MethodCall(_) | Field(_) | Index(_) | Paren(_) | Block(_) | Macro(_) | Struct(_) | Tuple(_) | Array(_) | Await(_) | Group(_) | Repeat(_) | Unsafe(_) | Async(_) | Const(_) => e,
        other => syn::Expr::Paren(syn::ExprParen { attrs: vec![], paren_token: Default::default(), expr: Box::new(other) }),
    }
}
