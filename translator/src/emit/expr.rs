//! Expressions: the dispatch over expression kinds, identifiers, selectors, indexing, slicing,
//! type assertions and func values. Literals, operators and conversions live in `literals`,
//! `operators` and `convert`.

use syn::parse_quote;

use super::names;
use super::Cx;
use crate::ast::{self, ExprKind};
use crate::sema::{Basic, ObjKind, Selection, TypeId, TypeKind};

impl Cx<'_> {
    /// An expression as an owned Rust value of its Go type, with the implicit conversion sema
    /// recorded for its slot applied.
    pub(super) fn expr(&mut self, e: &ast::Expr) -> syn::Expr {
        let v = self.expr_no_conv(e);
        let v = match self.info.conversion(e.id).copied() {
            Some(c) => self.implicit(v, c.from, c.to, c.kind),
            None if self.copies_sync_value(e) => parse_quote!(#v.go_copy()),
            None => v,
        };
        atomic(v)
    }

    /// Whether `e` reads a `sync.WaitGroup`/`sync.Mutex`/… value out of a variable, field or
    /// element as a value (an argument, an assigned value): Go copies its state there, while
    /// the handle's `clone()` would share it. Method calls and `&x` never come through here.
    fn copies_sync_value(&self, e: &ast::Expr) -> bool {
        let Some(n) = self.info.types.named(self.ty(e)) else { return false };
        let place = match &e.unparen().kind {
            ExprKind::Ident(_) | ExprKind::Index { .. } | ExprKind::Star(_) => true,
            ExprKind::Selector { .. } => matches!(self.info.selection(e.unparen().id), Some(Selection::Field { .. })),
            _ => false,
        };
        place && crate::sema::stdlib::COPIED_BY_VALUE.contains(&format!("{}.{}", n.pkg, n.name).as_str())
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
                if matches!(&e.unparen().kind, ExprKind::Index { x, .. } if matches!(self.info.types.kind(self.under(self.ty(x))), TypeKind::Map(..) | TypeKind::Basic(_))) {
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
        let t = self.ty(e);
        if self.core_param(t).is_some() {
            let v = self.expr_ref(e);
            return parse_quote!(::gort::value::Core::core(&#v).clone());
        }
        let v = self.expr(e);
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
                self.func_value_of(obj, is_std, &[], None)
            }
            ObjKind::Nil => {
                let t = self.ty(e);
                if self.info.types.is_untyped(t) { parse_quote!(()) } else { self.zero_value(t) }
            }
            _ => self.unsupported(e.span, &format!("use of {name} as a value")),
        }
    }

    fn selector(&mut self, e: &ast::Expr, x: &ast::Expr, sel: &ast::Ident) -> syn::Expr {
        match self.info.selection(e.id).cloned() {
            Some(Selection::Field { ty, .. }) => {
                let acc = self.access(e);
                self.read(acc, ty)
            }
            // A member of another of the program's packages: as its own package names it.
            Some(Selection::PkgMember { obj, pkg }) if self.info.types.is_user_pkg(&pkg) => match self.info.obj(obj).kind {
                ObjKind::Var(_) => {
                    let acc = self.access(e);
                    self.read(acc, self.info.obj(obj).ty)
                }
                ObjKind::Func(_) => self.func_value_of(obj, false, &[], None),
                _ => self.unsupported(e.span, &format!("{}.{} as a value", self.info.types.pkg_name(&pkg), sel.name)),
            },
            Some(Selection::PkgMember { obj, pkg }) => {
                let o = self.info.obj(obj).clone();
                let module = super::types::std_module(&pkg);
                match &o.kind {
                    ObjKind::Var(_) => {
                        let f = names::std_ident(&o.name);
                        parse_quote!(#module::#f())
                    }
                    ObjKind::Func(_) => self.func_value_of(obj, true, &[], None),
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
            let inst = self.ty(e);
            return self.func_value_of(obj, false, &targs, Some(inst));
        }
        let xt = self.ty(x);
        let under = self.under(xt);
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

    /// A diagnostic (and `todo!()`) for an operation on a value whose type is a type parameter
    /// whose constraint has no core type gort reaches through (`[T ~string | ~[]byte]`, `[A
    /// ~[4]int]`). `None` for other operands.
    pub(super) fn type_param_operand(&mut self, x: &ast::Expr, what: &str) -> Option<syn::Expr> {
        let t = self.ty(x);
        if !self.info.types.is_type_param(t) || self.core_param(t).is_some() {
            return None;
        }
        let name = self.info.types.type_param(t).map(|p| p.name.clone()).unwrap_or_default();
        Some(self.unsupported(x.span, &format!("{what} a value of type parameter {name} (only a core type that is a slice, map or string, such as ~[]E or ~map[K]V, is translated)")))
    }

    /// The core type of type parameter `t` when it is a slice, map or string type (`S ~[]E`,
    /// `M ~map[K]V`, `T ~string`): the Rust type parameter is bound `Core<U = …>` and values
    /// are reached through `::gort::value::Core`.
    pub(super) fn core_param(&self, t: TypeId) -> Option<TypeId> {
        let types = &self.info.types;
        let tp = types.type_param(t)?;
        let terms = types.interface(tp.constraint)?.terms.as_ref()?;
        let first = types.underlying(terms.first()?.ty);
        if !terms.iter().all(|x| types.underlying(x.ty) == first) {
            return None;
        }
        match types.kind(first) {
            TypeKind::Slice(_) | TypeKind::Map(..) => Some(first),
            TypeKind::Basic(b) if b.is_string() && !types.is_untyped(first) => Some(first),
            _ => None,
        }
    }

    /// The underlying type, or for a type parameter with a slice, map or string core type that
    /// core type: the type whose operations (`s[i]`, `len`, `range`) apply.
    pub(super) fn under(&self, t: TypeId) -> TypeId {
        self.core_param(t).unwrap_or_else(|| self.info.types.underlying(t))
    }

    /// Like [`Self::expr_ref`], unwrapping a user newtype.
    pub(super) fn expr_ref_under(&mut self, e: &ast::Expr) -> syn::Expr {
        let v = self.expr_ref(e);
        let t = self.ty(e);
        if self.core_param(t).is_some() {
            return parse_quote!((*::gort::value::Core::core(&#v)));
        }
        if self.is_newtype(t) || self.is_std_newtype(t) { parse_quote!(#v.0) } else { v }
    }

    fn slice_expr(&mut self, x: &ast::Expr, lo: Option<&ast::Expr>, hi: Option<&ast::Expr>, max: Option<&ast::Expr>) -> syn::Expr {
        if let Some(u) = self.type_param_operand(x, "slicing") {
            return u;
        }
        let xt = self.ty(x);
        let under = self.under(xt);
        let base: syn::Expr = match self.info.types.kind(under).clone() {
            TypeKind::Pointer(arr) => {
                // `p[lo:hi]` on a pointer to an array: a window on the pointee.
                let p = self.expr(x);
                let p: syn::Expr = if self.is_newtype(arr) { parse_quote!(::gort::Ptr::field(&#p, |__v| &mut __v.0)) } else { p };
                let n = match self.info.types.kind(self.info.types.underlying(arr)) {
                    TypeKind::Array(n, _) => *n as i64,
                    _ => 0,
                };
                return self.array_window(p, n, lo, hi, max);
            }
            TypeKind::Array(n, _) => {
                let mut acc = self.access(x);
                if matches!(acc.root, super::access::Root::Cell(_) | super::access::Root::Elem(..)) {
                    // An addressable array (sema gives a sliced variable a cell): the slice is a
                    // window on the array itself.
                    if self.is_newtype(xt) {
                        acc.proj.push(super::access::Proj::Inner);
                    }
                    let p = self.address(acc, xt);
                    return self.array_window(p, n as i64, lo, hi, max);
                }
                // A value that is not addressable: its elements are copied.
                let a = self.expr_ref_under(x);
                return self.array_slice(a, n as i64, lo, hi);
            }
            _ => self.expr_ref_under(x),
        };
        let r = self.slice_ops(base, lo, hi, max);
        self.wrap_named(r, xt)
    }

    /// `a[lo:hi]` / `a[lo:hi:max]` sharing the array (of length `n`) behind the pointer `p`.
    fn array_window(&mut self, p: syn::Expr, n: i64, lo: Option<&ast::Expr>, hi: Option<&ast::Expr>, max: Option<&ast::Expr>) -> syn::Expr {
        let lo: syn::Expr = lo.map(|e| self.index_expr(e)).unwrap_or_else(|| parse_quote!(0));
        let hi: syn::Expr = hi.map(|e| self.index_expr(e)).unwrap_or_else(|| parse_quote!(#n));
        match max {
            Some(m) => {
                let m = self.index_expr(m);
                parse_quote!(::gort::Slice::of_array3(&#p, #lo, #hi, #m))
            }
            None => parse_quote!(::gort::Slice::of_array(&#p, #lo, #hi)),
        }
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

    /// The expression is the predeclared `nil`.
    pub(super) fn is_nil_expr(&self, e: &ast::Expr) -> bool {
        let e = e.unparen();
        e.as_ident() == Some("nil") && self.info.resolve(e.id).is_none_or(|o| matches!(self.info.obj(o).kind, ObjKind::Nil))
    }

    /// A std type whose Rust form is a shared handle (`Clone` shares state), so `*T` maps to
    /// `T` and `&x` is a clone of the handle.
    pub(super) fn is_std_handle(&self, t: TypeId) -> bool {
        let Some(n) = self.info.types.named(t) else { return false };
        crate::sema::stdlib::is_handle_type(&format!("{}.{}", n.pkg, n.name))
    }

    /// A std handle whose nil pointer is `T::nil()`, not its `Default` (`sync.Mutex`).
    pub(super) fn has_nil_handle(&self, t: TypeId) -> bool {
        let Some(n) = self.info.types.named(t) else { return false };
        crate::sema::stdlib::has_nil_handle(&format!("{}.{}", n.pkg, n.name))
    }

    /// Whether `t` is a pointer to such a handle (`*sync.WaitGroup`).
    pub(super) fn is_nil_handle_ptr(&self, t: TypeId) -> bool {
        matches!(self.info.types.kind(t), TypeKind::Pointer(e) if self.has_nil_handle(*e))
    }

    /// A declared function as a func value (`::gort::Func`); `inst` is the type of an explicit
    /// generic instantiation (`Map[int, string]`), whose signature has the type arguments in
    /// place of the type parameters.
    pub(super) fn func_value_of(&mut self, obj: crate::sema::ObjId, is_std: bool, targs: &[TypeId], inst: Option<TypeId>) -> syn::Expr {
        let o = self.info.obj(obj).clone();
        let ft = inst.unwrap_or(o.ty);
        let f_obj = self.fn_trait_object(ft);
        let sig = self.info.types.signature(ft).cloned().unwrap_or(crate::sema::Signature { params: vec![], results: vec![], variadic: false });
        let path: syn::Expr = if is_std {
            let module = super::types::std_module(&o.pkg);
            let f = names::std_ident(&o.name);
            parse_quote!(#module::#f)
        } else {
            let id = self.obj_path(obj);
            if targs.is_empty() {
                parse_quote!(#id)
            } else {
                let ts: Vec<syn::Type> = targs.iter().map(|&t| self.rust_type(t)).collect();
                parse_quote!(#id::<#(#ts),*>)
            }
        };
        let params: Vec<syn::Ident> = (0..sig.params.len()).map(|i| syn::Ident::new(&format!("__a{i}"), proc_macro2::Span::call_site())).collect();
        // A std mirror takes non-`Copy` arguments by reference, and its variadic parameter as
        // a Rust slice (`&[&dyn GoValue]` for `...any`), as `call.rs` passes it.
        let last = sig.params.len().wrapping_sub(1);
        let args: Vec<syn::Expr> = params
            .iter()
            .zip(&sig.params)
            .enumerate()
            .map(|(i, (p, &t))| {
                if is_std && sig.variadic && i == last {
                    let any = self.info.types.elem(t).is_some_and(|e| self.is_empty_interface(e));
                    if any {
                        parse_quote!(&#p.to_vec().iter().map(|__x: &::gort::Any| __x as &dyn ::gort::GoValue).collect::<::std::vec::Vec<_>>())
                    } else {
                        parse_quote!(&#p.to_vec())
                    }
                } else if is_std && !self.is_copy(t) {
                    parse_quote!(&#p)
                } else {
                    parse_quote!(#p)
                }
            })
            .collect();
        let callee_async = if is_std { self.info.is_blocking_std(obj) } else { self.info.is_async(crate::sema::FuncRef::Decl(obj)) };
        let slot_async = self.info.is_async_func_type(ft);
        let body: syn::Expr = match (slot_async, callee_async) {
            // A std mirror borrows its non-`Copy` arguments: the future owns them.
            (true, true) if is_std => parse_quote!(::std::boxed::Box::pin(async move { #path(#(#args),*).await })),
            (true, true) => parse_quote!(::std::boxed::Box::pin(#path(#(#args),*))),
            (true, false) => parse_quote!(::std::boxed::Box::pin(async move { #path(#(#args),*) })),
            _ => parse_quote!(#path(#(#args),*)),
        };
        parse_quote!(::gort::Func::<#f_obj>::new(::std::sync::Arc::new(move |#(#params),*| #body)))
    }
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
