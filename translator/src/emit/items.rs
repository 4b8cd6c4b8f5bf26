//! Top-level items: the program's item order, constants, package variables, method `impl`
//! blocks, `main`, and types declared inside functions (hoisted to the top level).

use quote::{format_ident, quote};
use syn::parse_quote;

use super::names;
use super::Cx;
use crate::ast;
use crate::sema::{Basic, ObjKind, TypeId, TypeKind};

impl Cx<'_> {
    /// The whole program's items: package main's at the crate root in a fixed order (types,
    /// constants, variables, functions, methods, interface impls, `main`), each other package
    /// of the program in a module of its own (`mod store { … }`) before them.
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
        // Adapters first: conversions in function bodies refer to them.
        let adapters = self.register_ptr_adapters();
        let mut modules = Vec::new();
        let mut root = Vec::new();
        let mut inits = Vec::new();
        for p in self.info.packages().to_vec() {
            self.cur_pkg = p.path.clone();
            let (items, pkg_inits) = self.package_items(&p.files);
            inits.push((p.path.clone(), pkg_inits));
            match self.pkg_modules.get(&p.path).cloned() {
                Some(m) => modules.push((m, items)),
                None => root = items,
            }
        }
        self.cur_pkg = "main".into();
        // `main` before the interface impls: every anonymous interface the program mentions
        // must be known when they are generated.
        let mut main = self.main_fn(&inits);
        let iface_impls = self.interface_impls();
        if let Some(syn::Item::Fn(f)) = &mut main {
            let regs = std::mem::take(&mut self.std_impl_registrations);
            f.block.stmts.splice(0..0, regs);
        }
        let anon = self.anon_items();
        let mut items: Vec<syn::Item> = Vec::new();
        items.extend(adapters);
        items.extend(anon);
        // Modules reach the crate root's generated items (adapters, anonymous types) by name.
        let generated: Vec<syn::Ident> = items.iter().filter_map(item_ident).filter(|i| i.to_string().starts_with("__")).collect();
        for (m, body) in modules {
            items.push(package_module(&m, &generated, body));
        }
        items.extend(root);
        items.extend(iface_impls);
        items.extend(main);
        items
    }

    /// The items of one package (its files: indexes into the AST's files), and its `init`
    /// functions in source order (Rust name, whether it is async).
    fn package_items(&mut self, files: &[usize]) -> (Vec<syn::Item>, Vec<(syn::Ident, bool)>) {
        let pkg = self.pkg;
        let mut types = Vec::new();
        let mut consts = Vec::new();
        let mut globals = Vec::new();
        let mut funcs = Vec::new();
        let mut inits = Vec::new();
        for &fi in files {
            self.file = fi;
            for decl in &pkg.files[fi].decls {
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
                            let is_async = self.info.resolve(fd.name.id).is_some_and(|o| self.info.is_async(crate::sema::FuncRef::Decl(o)));
                            inits.push((name.clone(), is_async));
                            funcs.push(self.func_decl(fd, Some(name)));
                        } else if fd.recv.is_none() && (fd.name.name != "main" || self.cur_pkg != "main") {
                            funcs.push(self.func_decl(fd, None));
                        }
                    }
                    ast::DeclKind::Bad => {}
                }
            }
        }
        // Types declared inside functions live at the package's top level (renamed on a clash).
        for spec in local_type_specs(files.iter().map(|&i| &pkg.files[i])) {
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
        let methods = self.method_impls(files);
        let mut items = types;
        items.extend(consts);
        items.extend(globals);
        items.extend(funcs);
        items.extend(methods);
        (items, inits)
    }

    /// The path methods of a named type are called through: `T`, or `T::<_>` for a generic type
    /// (Rust infers the instantiation from the receiver argument).
    pub(super) fn owner_path(&mut self, owner: TypeId) -> syn::Path {
        let origin = self.info.types.named(owner).and_then(|n| n.origin).unwrap_or(owner);
        let n = self.info.types.named(origin).map(|n| n.type_params.len()).unwrap_or(0);
        let id = self.type_path(origin);
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
        // An initializer that blocks (`var initial = produce()` where produce receives from a
        // channel) runs to completion where `main` forces the variable.
        let blocking = self.info.is_async(crate::sema::FuncRef::Lit(spec.id));
        let run = |init: syn::Expr| -> syn::Expr { if blocking { parse_quote!(::gort::bridge::block_on(async { #init })) } else { init } };
        for st in spec_statics(spec) {
            match st {
                // `var a, b = f()`: f runs once, into a hidden tuple the variables take their
                // parts of.
                Static::Tuple => {
                    let id = hidden_init(spec.id, None);
                    let ts = match self.info.types.kind(self.ty(&spec.values[0])).clone() {
                        crate::sema::TypeKind::Tuple(ts) => ts,
                        // Comma-ok forms (`m[k]`, `x.(T)`, `<-ch`): the value and a bool.
                        _ => vec![self.ty(&spec.values[0]), TypeId::BOOL],
                    };
                    let tys: Vec<syn::Type> = ts.iter().map(|&t| self.rust_type(t)).collect();
                    let init = run(self.expr(&spec.values[0]));
                    items.push(parse_quote! {
                        static #id: ::std::sync::LazyLock<(#(#tys,)*)> = ::std::sync::LazyLock::new(|| #init);
                    });
                }
                // `var _ = f()`: f still runs, in its place in the initialization order.
                Static::Blank(i) => {
                    let id = hidden_init(spec.id, Some(i));
                    let init = run(self.expr(&spec.values[i]));
                    items.push(parse_quote! {
                        static #id: ::std::sync::LazyLock<()> = ::std::sync::LazyLock::new(|| { let _ = #init; });
                    });
                }
                Static::Var(i) => {
                    let name = &spec.names[i];
                    let Some(obj) = self.info.resolve(name.id) else { continue };
                    let t = self.info.obj(obj).ty;
                    let ty = self.rust_type(t);
                    let init: syn::Expr = if spec.values.len() == 1 && spec.names.len() > 1 {
                        let tuple = hidden_init(spec.id, None);
                        let idx = syn::Index::from(i);
                        parse_quote!(::std::clone::Clone::clone(&#tuple.#idx))
                    } else if let Some(v) = spec.values.get(i) {
                        run(self.expr(v))
                    } else {
                        self.zero_value(t)
                    };
                    let id = names::ident(&name.name);
                    self.line_map.push((name.name.clone(), self.where_(spec.span)));
                    items.push(parse_quote! {
                        static #id: ::std::sync::LazyLock<::gort::Ptr<#ty>> = ::std::sync::LazyLock::new(|| ::gort::Ptr::new(#init));
                    });
                }
            }
        }
        self.fns.pop();
        items
    }

    /// `impl T { … }` blocks holding every method of a package's files, grouped by receiver
    /// type.
    fn method_impls(&mut self, files: &[usize]) -> Vec<syn::Item> {
        let pkg = self.pkg;
        let mut by_type: Vec<(TypeId, Vec<syn::ImplItemFn>)> = Vec::new();
        for &fi in files {
            self.file = fi;
            for decl in &pkg.files[fi].decls {
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

    /// `#[::gort::main] async fn main()`: initialises the packages in Go's order (each one's
    /// variables in its initialization order, then its `init` functions), then runs Go's
    /// `main` body.
    fn main_fn(&mut self, inits: &[(String, Vec<(syn::Ident, bool)>)]) -> Option<syn::Item> {
        let obj = self.info.lookup("main")?;
        let fd = *self.func_decls.get(&obj)?;
        let mut pre: Vec<syn::Stmt> = Vec::new();
        for p in self.info.packages().to_vec() {
            for spec_id in &p.init_order {
                for name in self.global_names(*spec_id) {
                    let id = self.item_path(&p.path, names::ident(&name));
                    pre.push(parse_quote!(::std::sync::LazyLock::force(&#id);));
                }
            }
            for (init, is_async) in inits.iter().filter(|(path, _)| *path == p.path).flat_map(|(_, v)| v) {
                let init = self.item_path(&p.path, init.clone());
                if *is_async {
                    pre.push(parse_quote!(#init().await;));
                } else {
                    pre.push(parse_quote!(#init();));
                }
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
                            return spec_statics(s)
                                .into_iter()
                                .map(|st| match st {
                                    Static::Tuple => hidden_init(spec_id, None).to_string(),
                                    Static::Blank(i) => hidden_init(spec_id, Some(i)).to_string(),
                                    Static::Var(i) => s.names[i].name.clone(),
                                })
                                .collect();
                        }
                    }
                }
            }
        }
        vec![]
    }
}

/// A static a package variable declaration becomes.
enum Static {
    /// The hidden tuple of a multi-value initializer (`var a, b = f()`).
    Tuple,
    /// The hidden static running a blank variable's value (`var _ = f()`), by name index.
    Blank(usize),
    /// A named variable, by name index.
    Var(usize),
}

/// The statics of a declaration, in the order `main` forces them (Go's order of its
/// initializers).
fn spec_statics(spec: &ast::VarSpec) -> Vec<Static> {
    let multi = spec.values.len() == 1 && spec.names.len() > 1;
    let mut out = Vec::new();
    if multi {
        out.push(Static::Tuple);
    }
    for (i, n) in spec.names.iter().enumerate() {
        if !n.is_blank() {
            out.push(Static::Var(i));
        } else if !multi && i < spec.values.len() {
            out.push(Static::Blank(i));
        }
    }
    out
}

/// The hidden static that runs a package variable declaration's initializer once: a
/// multi-value call's results (`var a, b = f()`), or a blank variable's value (`var _ = f()`,
/// index `i`).
fn hidden_init(spec: crate::ast::NodeId, i: Option<usize>) -> syn::Ident {
    let name = match i {
        Some(i) => format!("__gort_init_{}_{i}", spec.index()),
        None => format!("__gort_init_{}", spec.index()),
    };
    syn::Ident::new(&name, proc_macro2::Span::call_site())
}

/// A package's module: its items visible to the rest of the crate (`pub(crate)`), and the crate
/// root's generated items it may name imported.
fn package_module(m: &syn::Ident, generated: &[syn::Ident], mut body: Vec<syn::Item>) -> syn::Item {
    for item in &mut body {
        crate_visible(item);
    }
    let uses: Option<syn::Item> = (!generated.is_empty()).then(|| parse_quote!(use super::{#(#generated),*};));
    parse_quote! {
        #[allow(unused_imports)]
        pub(crate) mod #m {
            #uses
            #(#body)*
        }
    }
}

/// Makes a package's item (and an inherent impl's functions) `pub(crate)` when private.
fn crate_visible(item: &mut syn::Item) {
    let vis: syn::Visibility = parse_quote!(pub(crate));
    let set = |v: &mut syn::Visibility| {
        if matches!(v, syn::Visibility::Inherited) {
            *v = vis.clone();
        }
    };
    match item {
        syn::Item::Fn(f) => set(&mut f.vis),
        syn::Item::Struct(s) => set(&mut s.vis),
        syn::Item::Enum(e) => set(&mut e.vis),
        syn::Item::Static(s) => set(&mut s.vis),
        syn::Item::Const(c) => set(&mut c.vis),
        syn::Item::Trait(t) => set(&mut t.vis),
        syn::Item::Type(t) => set(&mut t.vis),
        syn::Item::Impl(i) if i.trait_.is_none() => {
            for it in &mut i.items {
                if let syn::ImplItem::Fn(f) = it {
                    set(&mut f.vis);
                }
            }
        }
        _ => {}
    }
}

/// The name an item declares, if it is a named item.
fn item_ident(item: &syn::Item) -> Option<syn::Ident> {
    match item {
        syn::Item::Struct(s) => Some(s.ident.clone()),
        syn::Item::Enum(e) => Some(e.ident.clone()),
        syn::Item::Trait(t) => Some(t.ident.clone()),
        syn::Item::Type(t) => Some(t.ident.clone()),
        syn::Item::Fn(f) => Some(f.sig.ident.clone()),
        syn::Item::Macro(m) if m.mac.path.segments.last().is_some_and(|s| s.ident == "go_ptr_adapter") => {
            m.mac.parse_body_with(|input: syn::parse::ParseStream| {
                let id: syn::Ident = input.parse()?;
                let _: proc_macro2::TokenStream = input.parse()?;
                Ok(id)
            }).ok()
        }
        _ => None,
    }
}

/// Type declarations inside function bodies (and func literals) of some files, in source order.
fn local_type_specs<'a>(files: impl Iterator<Item = &'a ast::File>) -> Vec<&'a ast::TypeSpec> {
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
    for f in files {
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
