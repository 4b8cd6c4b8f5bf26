//! Reading, writing and addressing Go places: variables, fields, array and slice elements,
//! pointees and package variables.
//!
//! A place is decomposed into a root and a chain of plain Rust projections (fields, array
//! indexes, a newtype's `.0`). The root says how the storage is reached: a plain Rust local is
//! assigned in place; a shared cell (`::gort::Ptr`), a slice element or a package variable is
//! reached through the runtime's `with`/`with_mut`, whose lock is held only for the projection
//! itself. Every operand is evaluated before such a closure runs, so no lock is ever held
//! across user code or an `.await`, and a chain of pointers takes one lock at a time.

use syn::parse_quote;

use super::names;
use super::Cx;
use crate::ast;
use crate::sema::{ObjKind, RowKeep, Selection, Storage, TypeId, TypeKind, VarKind};

/// How a place's storage is reached.
#[derive(Clone)]
pub(super) enum Root {
    /// A plain Rust local or parameter (`(*r)` for a receiver passed by reference).
    Local(syn::Expr),
    /// An expression of type `::gort::Ptr<T>` (a shared local, a package variable, a pointer).
    Cell(syn::Expr),
    /// Element `index` of the slice value `slice`; when to evaluate `slice` in a store.
    Elem(syn::Expr, syn::Expr, SliceOrder),
    /// A computed value: projections apply to the temporary.
    Value(syn::Expr),
}

/// When a store `x[k] = v` evaluates the slice operand `x` relative to `v`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum SliceOrder {
    /// First, as Rust evaluates a receiver (the only order when `x` may have effects).
    First,
    /// After `v`: `x` is a row `a[i]` of a plain local `a` with an index that cannot panic, so
    /// its load and bounds check have no effect but their panic, which gc raises after
    /// evaluating `v` (`a[5][0] = 7 / z` panics dividing by zero).
    AfterValue,
}

/// One projection inside the root's storage.
#[derive(Clone)]
pub(super) enum Proj {
    Field(syn::Ident),
    /// Array index (Go's bounds check is in `Array`'s `Index` impl).
    Index(syn::Expr),
    /// A user newtype's inner value (`.0`).
    Inner,
}

#[derive(Clone)]
pub(super) struct Access {
    pub root: Root,
    pub proj: Vec<Proj>,
}

impl Access {
    fn root(root: Root) -> Access {
        Access { root, proj: vec![] }
    }
}

impl Cx<'_> {
    /// Decomposes a Go expression denoting a place (or any value) into an [`Access`].
    pub(super) fn access(&mut self, e: &ast::Expr) -> Access {
        if let Some(v) = self.subst.get(&e.id).or_else(|| self.subst.get(&e.unparen().id)) {
            return Access::root(Root::Local(v.clone()));
        }
        let e = e.unparen();
        if let Some((cache, keep)) = self.row_caches.remove(&e.id) {
            let place: syn::Expr = match (keep, &e.kind) {
                // A table of the rows of a loop-invariant `a`: `a` is evaluated at the first
                // read, the index at each; the header comes from the table once it exists.
                (RowKeep::Table, ast::ExprKind::Index { x, indices }) => {
                    let outer = self.expr_ref_under(x);
                    let i = self.index_expr(&indices[0]);
                    parse_quote!((*#cache.row(|| ::std::clone::Clone::clone(&#outer), #i)))
                }
                // A loop-invariant row: its header is read at the first evaluation in this loop
                // entry (Go's bounds check and panic there), then reused.
                _ => {
                    let t = self.ty(e);
                    let acc = self.access(e);
                    let row = self.read(acc, t);
                    parse_quote!((*#cache.get_or_init(|| #row)))
                }
            };
            self.row_caches.insert(e.id, (cache, keep));
            return Access::root(Root::Local(place));
        }
        match &e.kind {
            ast::ExprKind::Ident(_) => {
                let Some(obj) = self.info.resolve(e.id) else { return Access::root(Root::Value(self.expr_no_conv(e))) };
                let o = self.info.obj(obj);
                match &o.kind {
                    ObjKind::Var(VarKind::Global) => {
                        let id = self.obj_path(obj);
                        Access::root(Root::Cell(parse_quote!((*#id))))
                    }
                    ObjKind::Var(_) => {
                        let id = self.var_ident(obj);
                        if self.storage(obj) == Storage::Shared {
                            Access::root(Root::Cell(parse_quote!(#id)))
                        } else if self.ref_params.contains(&obj) {
                            Access::root(Root::Local(parse_quote!((*#id))))
                        } else {
                            Access::root(Root::Local(parse_quote!(#id)))
                        }
                    }
                    _ => Access::root(Root::Value(self.expr_no_conv(e))),
                }
            }
            ast::ExprKind::Selector { x, sel } => match self.info.selection(e.id).cloned() {
                Some(Selection::Field { path, .. }) => {
                    let mut acc = self.access(x);
                    let mut cur_ty = self.ty(x);
                    for step in &path {
                        if step.deref || self.info.types.is_pointer(cur_ty) {
                            let pointee = self.info.types.elem(cur_ty).unwrap_or(cur_ty);
                            if self.is_std_handle(pointee) {
                                // `*time.Ticker` is the handle itself: its fields are plain.
                                cur_ty = pointee;
                            } else {
                                let ptr = self.read_ref(acc, cur_ty);
                                acc = Access::root(Root::Cell(ptr));
                                cur_ty = pointee;
                            }
                        }
                        let fields = self.info.types.struct_fields(self.info.types.underlying(cur_ty)).map(|f| f.to_vec()).unwrap_or_default();
                        let fty = fields.get(step.index).map(|f| f.ty).unwrap_or(TypeId::INVALID);
                        acc.proj.push(Proj::Field(names::member(&step.name)));
                        cur_ty = fty;
                    }
                    let _ = sel;
                    acc
                }
                // A variable of another of the program's packages (`store.Count`).
                Some(Selection::PkgMember { obj, pkg }) if self.info.types.is_user_pkg(&pkg) && matches!(self.info.obj(obj).kind, ObjKind::Var(_)) => {
                    let id = self.obj_path(obj);
                    Access::root(Root::Cell(parse_quote!((*#id))))
                }
                // An assignable std variable (`flag.Usage`) is a place in the runtime.
                Some(Selection::PkgMember { obj, pkg }) if crate::sema::stdlib::ASSIGNABLE_VARS.contains(&format!("{pkg}.{}", self.info.obj(obj).name).as_str()) => {
                    let module = super::types::std_module(&pkg);
                    let place = quote::format_ident!("{}_var", names::std_ident(&self.info.obj(obj).name));
                    Access::root(Root::Cell(parse_quote!(#module::#place())))
                }
                _ => Access::root(Root::Value(self.expr_no_conv(e))),
            },
            ast::ExprKind::Index { x, indices } if indices.len() == 1 => {
                let xt = self.ty(x);
                let under = self.under(xt);
                match self.info.types.kind(under).clone() {
                    TypeKind::Array(..) => {
                        let mut acc = self.access(x);
                        if self.is_newtype(xt) {
                            acc.proj.push(Proj::Inner);
                        }
                        let i = self.index_expr(&indices[0]);
                        acc.proj.push(Proj::Index(i));
                        acc
                    }
                    TypeKind::Pointer(arr) => {
                        let p = self.expr_ref(x);
                        let mut acc = Access::root(Root::Cell(p));
                        if self.is_newtype(arr) {
                            acc.proj.push(Proj::Inner);
                        }
                        let i = self.index_expr(&indices[0]);
                        acc.proj.push(Proj::Index(i));
                        acc
                    }
                    TypeKind::Slice(_) => {
                        let s = self.expr_ref_under(x);
                        let i = self.index_expr(&indices[0]);
                        if self.nested_read_ok(x, &indices[0]) {
                            self.nested_elems.insert(nested_key(&s, &i));
                        }
                        let order = if self.row_after_value(x, &indices[0]) { SliceOrder::AfterValue } else { SliceOrder::First };
                        Access::root(Root::Elem(s, i, order))
                    }
                    // Maps and strings are read by `index` (which comes back here for the rest: a
                    // type parameter would recurse forever).
                    _ => match self.type_param_operand(x, "indexing") {
                        Some(u) => Access::root(Root::Value(u)),
                        None => Access::root(Root::Value(self.expr_no_conv(e))),
                    },
                }
            }
            ast::ExprKind::Star(x) => {
                let p = self.expr_ref(x);
                Access::root(Root::Cell(p))
            }
            _ => Access::root(Root::Value(self.expr_no_conv(e))),
        }
    }

    /// Emits a loop statement (`emit`) with the caches of the rows it reads once per entry
    /// (sema's `row_hoists`) declared before it.
    pub(super) fn with_row_caches(&mut self, loop_stmt: ast::NodeId, emit: impl FnOnce(&mut Self) -> Vec<syn::Stmt>) -> Vec<syn::Stmt> {
        let groups = self.info.row_hoists(loop_stmt).to_vec();
        if groups.is_empty() {
            return emit(self);
        }
        let mut decls: Vec<syn::Stmt> = Vec::new();
        for g in &groups {
            let ty = self.rust_type(self.info.type_of(g.reads[0]));
            let cache = match g.kind {
                RowKeep::Row => {
                    let cache = self.temp("row");
                    decls.push(parse_quote!(let #cache: ::std::cell::OnceCell<#ty> = ::std::cell::OnceCell::new();));
                    cache
                }
                RowKeep::Table => {
                    let cache = self.temp("rows");
                    decls.push(parse_quote!(let #cache: ::gort::value::Rows<#ty> = ::gort::value::Rows::new();));
                    cache
                }
            };
            for &id in &g.reads {
                self.row_caches.insert(id, (cache.clone(), g.kind));
            }
        }
        let body = emit(self);
        for id in groups.iter().flat_map(|g| &g.reads) {
            self.row_caches.remove(id);
        }
        decls.extend(body);
        vec![super::build::stmt(super::build::block_expr(None, decls))]
    }

    /// Whether `x[j]`, with `x` itself `a[i]` of a slice of (unnamed) slices, may be read as
    /// `a.with(i, |row| row.get(j))`: the outer lock is held while `j` is computed, so `j` must
    /// be [`Self::lock_safe_index`] (nothing that could touch `a` or panic); the row type is
    /// unnamed, so it cannot be `a`'s own type (no self-nesting, hence no self-deadlock).
    fn nested_read_ok(&self, x: &ast::Expr, j: &ast::Expr) -> bool {
        let ast::ExprKind::Index { x: outer, indices } = &x.unparen().kind else { return false };
        let outer_u = self.info.types.underlying(self.ty(outer));
        let row = self.ty(x);
        indices.len() == 1
            && matches!(self.info.types.kind(outer_u), TypeKind::Slice(_))
            && !self.info.types.is_named(row)
            && matches!(self.info.types.kind(row), TypeKind::Slice(_))
            && self.lock_safe_index(j)
            && !self.subst.contains_key(&j.id)
            && !self.row_caches.contains_key(&x.unparen().id)
    }

    /// Whether `x` in a store `x[k] = v` is a row `a[i]` whose load may follow `v` (see
    /// [`SliceOrder::AfterValue`]): `a` a plain local variable, `i` and `k` lock-safe.
    fn row_after_value(&self, x: &ast::Expr, k: &ast::Expr) -> bool {
        let ast::ExprKind::Index { x: outer, indices } = &x.unparen().kind else { return false };
        let outer = outer.unparen();
        let plain_local = matches!(outer.kind, ast::ExprKind::Ident(_))
            && self.info.resolve(outer.id).is_some_and(|o| {
                matches!(self.info.obj(o).kind, ObjKind::Var(VarKind::Local | VarKind::Param)) && self.info.storage(o) == Storage::Plain
            });
        indices.len() == 1
            && plain_local
            && matches!(self.info.types.kind(self.info.types.underlying(self.ty(outer))), TypeKind::Slice(_))
            && self.lock_safe_index(&indices[0])
            && self.lock_safe_index(k)
            && ![outer.id, indices[0].id, k.id, x.id].iter().any(|id| self.subst.contains_key(id))
    }

    /// A constant, a plain local, or `+ - * & | ^ &^` and unary `-`/`+` of those (`j-1`,
    /// `i*n+k`: the indices of matrix and dynamic-programming loops): computing it reads no
    /// shared state and cannot panic (integer arithmetic wraps).
    fn lock_safe_index(&self, e: &ast::Expr) -> bool {
        use ast::BinaryOp::*;
        if self.info.const_value(e.id).is_some() {
            return true;
        }
        match &e.unparen().kind {
            ast::ExprKind::Ident(_) => self.info.resolve(e.unparen().id).is_some_and(|o| {
                matches!(self.info.obj(o).kind, ObjKind::Var(VarKind::Local | VarKind::Param)) && self.info.storage(o) == Storage::Plain
            }),
            ast::ExprKind::Binary { op: Add | Sub | Mul | And | Or | Xor | AndNot, lhs, rhs } => {
                self.info.types.is_integer(self.ty(e)) && self.lock_safe_index(lhs) && self.lock_safe_index(rhs)
            }
            ast::ExprKind::Unary { op: ast::UnaryOp::Neg | ast::UnaryOp::Pos, x } => self.info.types.is_integer(self.ty(e)) && self.lock_safe_index(x),
            _ => false,
        }
    }

    /// The value at a place, as an owned Rust value of Go type `t` (cloned unless `Copy`).
    pub(super) fn read(&mut self, acc: Access, t: TypeId) -> syn::Expr {
        let v = self.read_inner(acc, t);
        super::expr::atomic(v)
    }

    fn read_inner(&mut self, acc: Access, t: TypeId) -> syn::Expr {
        let copy = self.is_copy(t);
        let proj = &acc.proj;
        match acc.root {
            Root::Local(id) => {
                let place = project(id, proj);
                if copy { place } else { parse_quote!(#place.clone()) }
            }
            Root::Cell(c) => {
                if proj.is_empty() {
                    parse_quote!(#c.get())
                } else {
                    let (binds, proj) = self.bind_indices(proj);
                    let inner = project(parse_quote!(__v), &proj);
                    let call: syn::Expr = if copy { parse_quote!(#c.with(|__v| #inner)) } else { parse_quote!(#c.with(|__v| #inner.clone())) };
                    with_binds(binds, call)
                }
            }
            Root::Elem(s, i, _) => {
                if proj.is_empty() {
                    // `a[i][j]`: read the inner element in place under the outer element's lock
                    // instead of copying out the row's header (one reference-count round trip
                    // less on the hottest path of matrix code).
                    if self.nested_elems.contains(&nested_key(&s, &i)) {
                        if let syn::Expr::MethodCall(m) = &s {
                            if m.method == "get" && m.args.len() == 1 {
                                let (outer, oi) = (&m.receiver, &m.args[0]);
                                return parse_quote!(#outer.with(#oi, |__row| __row.get(#i)));
                            }
                        }
                    }
                    parse_quote!(#s.get(#i))
                } else {
                    let (binds, proj) = self.bind_indices(proj);
                    let inner = project(parse_quote!(__v), &proj);
                    let body: syn::Expr = if copy { inner } else { parse_quote!(#inner.clone()) };
                    if binds.is_empty() { parse_quote!(#s.with(#i, |__v| #body)) } else { parse_quote!({ let __idx = #i; #(#binds)* #s.with(__idx, |__v| #body) }) }
                }
            }
            Root::Value(v) => {
                if proj.is_empty() {
                    v
                } else {
                    let place = project(parse_quote!((#v)), proj);
                    if copy { place } else { parse_quote!(#place.clone()) }
                }
            }
        }
    }

    /// A place expression usable by reference (`&x`, `x.len()`), without cloning, when the
    /// place is a plain local; otherwise the value.
    pub(super) fn read_ref(&mut self, acc: Access, t: TypeId) -> syn::Expr {
        match &acc.root {
            Root::Local(id) => super::expr::atomic(project(id.clone(), &acc.proj)),
            _ => self.read(acc, t),
        }
    }

    /// `place = value;`
    pub(super) fn write(&mut self, acc: Access, value: syn::Expr) -> syn::Stmt {
        let proj = &acc.proj;
        match acc.root {
            Root::Local(id) => {
                let place = project(id, proj);
                parse_quote!(#place = #value;)
            }
            Root::Cell(c) => {
                if proj.is_empty() {
                    parse_quote!(#c.set(#value);)
                } else {
                    let (binds, proj) = self.bind_indices(proj);
                    let inner = project(parse_quote!(__v), &proj);
                    if is_trivial(&value) && binds.is_empty() {
                        parse_quote!(#c.with_mut(|__v| #inner = #value);)
                    } else {
                        parse_quote!({ #(#binds)* let __val = #value; #c.with_mut(|__v| #inner = __val); })
                    }
                }
            }
            Root::Elem(s, i, order) => {
                if proj.is_empty() {
                    if order == SliceOrder::AfterValue && !is_trivial(&value) {
                        parse_quote!({ let __val = #value; #s.set(#i, __val); })
                    } else {
                        parse_quote!(#s.set(#i, #value);)
                    }
                } else {
                    let (binds, proj) = self.bind_indices(proj);
                    let inner = project(parse_quote!(__v), &proj);
                    parse_quote!({ let __idx = #i; #(#binds)* let __val = #value; #s.with_mut(__idx, |__v| #inner = __val); })
                }
            }
            Root::Value(v) => {
                // Not addressable in Go; sema rejects it. Keep the output compiling.
                parse_quote!({ let _ = #v; let _ = #value; })
            }
        }
    }

    /// An in-place update (op-assign, `++`): `f` gets a place expression of the old value and
    /// returns the whole assignment (`place += v`, `place = shl(place, n)`). It runs inside the
    /// cell's closure, so it may only combine the place with already-evaluated operands.
    pub(super) fn update(&mut self, acc: Access, f: impl FnOnce(syn::Expr) -> syn::Expr) -> syn::Stmt {
        let proj = acc.proj.clone();
        match acc.root {
            Root::Local(id) => {
                let assign = f(project(id, &proj));
                parse_quote!(#assign;)
            }
            Root::Cell(c) => {
                let (binds, proj) = self.bind_indices(&proj);
                let place = if proj.is_empty() { parse_quote!((*__v)) } else { project(parse_quote!(__v), &proj) };
                let assign = f(place);
                if binds.is_empty() { parse_quote!(#c.with_mut(|__v| #assign);) } else { parse_quote!({ #(#binds)* #c.with_mut(|__v| #assign); }) }
            }
            Root::Elem(s, i, _) => {
                let (binds, proj) = self.bind_indices(&proj);
                let place = if proj.is_empty() { parse_quote!((*__v)) } else { project(parse_quote!(__v), &proj) };
                let assign = f(place);
                parse_quote!({ let __idx = #i; #(#binds)* #s.with_mut(__idx, |__v| #assign); })
            }
            Root::Value(v) => parse_quote!({ let _ = #v; }),
        }
    }

    /// `&place` as a `::gort::Ptr` value.
    pub(super) fn address(&mut self, acc: Access, t: TypeId) -> syn::Expr {
        let proj = acc.proj.clone();
        match acc.root {
            Root::Cell(c) if proj.is_empty() => parse_quote!(::std::clone::Clone::clone(&#c)),
            Root::Cell(c) => {
                let (binds, inner) = self.owned_projection(&proj);
                parse_quote!({ #(#binds)* ::gort::Ptr::field(&#c, move |__v| &mut #inner) })
            }
            Root::Elem(s, i, _) if proj.is_empty() => parse_quote!(::gort::Ptr::elem(&#s, #i)),
            Root::Elem(s, i, _) => {
                let (binds, inner) = self.owned_projection(&proj);
                parse_quote!({ #(#binds)* ::gort::Ptr::field(&::gort::Ptr::elem(&#s, #i), move |__v| &mut #inner) })
            }
            Root::Local(_) | Root::Value(_) => {
                // Sema gives every addressed variable a shared cell; a value (`&T{…}`) gets a
                // new one.
                let v = self.read(acc, t);
                parse_quote!(::gort::Ptr::new(#v))
            }
        }
    }

    /// The projection with each non-trivial index operand bound to a temporary first: an
    /// operand may read a cell (`s.buf[s.pos]` through a pointer), and inside the cell's
    /// closure that would lock the cell again and spin forever. Go evaluates the operands
    /// first too.
    fn bind_indices(&mut self, proj: &[Proj]) -> (Vec<syn::Stmt>, Vec<Proj>) {
        let mut binds = Vec::new();
        let out = proj
            .iter()
            .map(|p| match p {
                Proj::Index(i) if has_call(quote::quote!(#i)) => {
                    let tmp = self.temp("i");
                    binds.push(parse_quote!(let #tmp = #i;));
                    Proj::Index(parse_quote!(#tmp))
                }
                other => other.clone(),
            })
            .collect();
        (binds, out)
    }

    /// A projection chain from `__v` whose index operands are bound to temporaries first (the
    /// projection closure outlives the statement).
    fn owned_projection(&mut self, proj: &[Proj]) -> (Vec<syn::Stmt>, syn::Expr) {
        let mut binds = Vec::new();
        let mut owned = Vec::new();
        for p in proj {
            match p {
                Proj::Index(i) => {
                    let tmp = self.temp("i");
                    binds.push(parse_quote!(let #tmp = #i;));
                    owned.push(Proj::Index(parse_quote!(#tmp)));
                }
                other => owned.push(other.clone()),
            }
        }
        (binds, project(parse_quote!(__v), &owned))
    }

    /// The user type is emitted as a newtype (`struct T(pub U)`): a named non-struct,
    /// non-interface type of package main.
    pub(super) fn is_newtype(&self, t: TypeId) -> bool {
        let types = &self.info.types;
        let Some(n) = types.named(t) else { return false };
        if !self.info.types.is_user_pkg(&n.pkg) {
            return false;
        }
        !matches!(types.kind(types.underlying(t)), TypeKind::Struct(_) | TypeKind::Interface(_))
    }
}

/// `base.f.g[i].0` for a projection chain. A dereferenced reference base (`(*r)`) followed by
/// a field is written `r.f`: Rust auto-dereferences field accesses.
fn project(base: syn::Expr, proj: &[Proj]) -> syn::Expr {
    let mut e = base;
    if let (Some(Proj::Field(_)), syn::Expr::Paren(p)) = (proj.first(), &e) {
        if let syn::Expr::Unary(u) = &*p.expr {
            if matches!(u.op, syn::UnOp::Deref(_)) {
                e = (*u.expr).clone();
            }
        }
    }
    for p in proj {
        e = match p {
            Proj::Field(f) => parse_quote!(#e.#f),
            Proj::Index(i) => parse_quote!(#e[#i]),
            Proj::Inner => parse_quote!(#e.0),
        };
    }
    e
}

/// Literals and plain paths: safe to evaluate inside a cell's closure.
/// Whether the tokens call something (`f(…)`, `x.m(…)`, `m!(…)`): only a call can lock a cell;
/// field reads and arithmetic of locals stay in place.
fn has_call(ts: proc_macro2::TokenStream) -> bool {
    let mut prev_callee = false;
    for tt in ts {
        match tt {
            proc_macro2::TokenTree::Group(g) => {
                if prev_callee && g.delimiter() == proc_macro2::Delimiter::Parenthesis {
                    return true;
                }
                if has_call(g.stream()) {
                    return true;
                }
                prev_callee = false;
            }
            proc_macro2::TokenTree::Ident(_) => prev_callee = true,
            proc_macro2::TokenTree::Punct(p) => prev_callee = p.as_char() == '!' || p.as_char() == '>',
            proc_macro2::TokenTree::Literal(_) => prev_callee = false,
        }
    }
    false
}

/// `call`, after `binds` when there are any.
fn with_binds(binds: Vec<syn::Stmt>, call: syn::Expr) -> syn::Expr {
    if binds.is_empty() { call } else { parse_quote!({ #(#binds)* #call }) }
}

pub(super) fn is_trivial(e: &syn::Expr) -> bool {
    match e {
        syn::Expr::Lit(_) | syn::Expr::Path(_) => true,
        syn::Expr::Paren(p) => is_trivial(&p.expr),
        syn::Expr::Cast(c) => is_trivial(&c.expr),
        syn::Expr::Unary(u) => is_trivial(&u.expr),
        _ => false,
    }
}

/// The key of an element read `s[i]` in [`Cx::nested_elems`]: both operands' token text (the
/// same text with another inner index must not qualify).
fn nested_key(s: &syn::Expr, i: &syn::Expr) -> String {
    format!("{} [{}]", quote::quote!(#s), quote::quote!(#i))
}
