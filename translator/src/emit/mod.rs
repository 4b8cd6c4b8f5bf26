//! Stage 4: Rust from the analysed Go package. Builds a `syn::File` with `quote!`/`parse_quote!`
//! and asks `sema` for every fact about Go; it never re-derives Go semantics from syntax.
//!
//! Split by construct family: `items` (item order, consts, globals, method impls, `main`),
//! `typedecl` (structs, newtypes), `interfaces` (traits, trait impls, pointer adapters),
//! `func` (signatures, bodies, closures, defer frames), `stmt` (statement dispatch,
//! declarations, if, return, break/continue), `assign`, `switch`, `loops` (for and range),
//! `defer`, `goto`, `expr` (expression dispatch, selectors, indexing, slicing, assertions),
//! `literals`, `operators`, `convert` (explicit and implicit conversions), `access` (reading,
//! writing and addressing Go variables, fields, elements and pointees), `call` (calls,
//! builtins, the std library), `conc` (go, channels, select).

mod access;
mod assign;
mod build;
mod call;
mod conc;
mod convert;
mod defer;
mod expr;
mod func;
mod goto;
mod interfaces;
mod items;
mod literals;
mod loops;
mod names;
mod operators;
mod order;
mod stmt;
mod switch;
mod typedecl;
mod types;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use proc_macro2::Span;
use syn::parse_quote;

use crate::ast;
use crate::diag::{Code, Diagnostic};
use crate::sema::{self, ObjId, TypeId};

pub use names::snake;
pub use types::std_module_segments;

/// Emitter settings.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// Emit `todo!("unsupported: …")` where a construct cannot be translated, instead of
    /// failing (the diagnostics are still returned).
    pub keep_going: bool,
}

/// The emitted program.
pub struct Output {
    pub file: syn::File,
    /// `(rust item, go file:line)` for every top-level item.
    pub line_map: Vec<(String, String)>,
}

/// Emits the Rust program for an analysed `package main`.
pub fn emit(pkg: &ast::Package, info: &sema::Info, config: &Config) -> (Output, Vec<Diagnostic>) {
    let mut cx = Cx::new(pkg, info, config);
    let items = cx.program();
    let file = syn::File { shebang: None, attrs: vec![parse_quote!(#![allow(non_snake_case, non_camel_case_types, non_upper_case_globals, unused_mut, unused_variables, unused_parens, unused_braces, unused_assignments, unreachable_code, unreachable_patterns, dead_code, clippy::all)])], items };
    let line_map = std::mem::take(&mut cx.line_map);
    (Output { file, line_map }, cx.diags)
}

/// The emitter's state: the package, sema's facts, and what has been generated so far.
pub(crate) struct Cx<'a> {
    pub pkg: &'a ast::Package,
    pub info: &'a sema::Info,
    /// Settings (the emitter always marks unsupported spots; the driver decides whether a
    /// translation with such spots is written).
    pub _config: &'a Config,
    pub diags: Vec<Diagnostic>,
    /// User types whose Rust name differs from the Go name.
    pub type_names: HashMap<TypeId, syn::Ident>,
    /// Anonymous struct/interface types, named on first use.
    pub anon_types: BTreeMap<TypeId, syn::Ident>,
    pub pending_anon: Vec<TypeId>,
    /// User named types whose Rust type derives `Copy`.
    pub copy_types: BTreeSet<TypeId>,
    /// Counter for temporaries and labels.
    pub tmp: u32,
    pub line_map: Vec<(String, String)>,
    /// The functions being emitted, innermost last.
    pub fns: Vec<FnState>,
    /// Declared functions by object, for looking up their AST.
    pub func_decls: HashMap<ObjId, &'a ast::FuncDecl>,
    /// The file of the declaration being emitted (for diagnostics).
    pub file: usize,
    /// A multi-value call whose results are the arguments of the call being built.
    pub pending_spread: Option<(syn::Ident, syn::Expr)>,
    /// Method receivers passed by reference (`r: &T`, `p: &Ptr<T>`) and not rebound.
    pub ref_params: std::collections::HashSet<ObjId>,
    /// Variables written in the function whose parameters are being emitted.
    pub param_written: std::collections::HashSet<ObjId>,
    /// Operands already evaluated into temporaries (a `defer`/`go` statement evaluates its
    /// callee, receiver and arguments at the statement): node → temporary holding its value.
    pub subst: HashMap<crate::ast::NodeId, syn::Expr>,
    /// Receivers already taken by address at a `defer`/`go` statement (selector node → `&tmp`).
    pub recv_subst: HashMap<crate::ast::NodeId, syn::Expr>,
    /// Element reads `outer.get(i)` of a slice of slices that may be read in place
    /// (`outer.with(i, |r| r.get(j))`, no header copy): their token text.
    pub nested_elems: std::collections::HashSet<String>,
    /// Row reads `a[i]` kept by the loops being emitted (sema's `row_hoists`): node → the
    /// loop's `OnceCell` holding the row, or its `value::Rows` table.
    pub row_caches: HashMap<crate::ast::NodeId, (syn::Ident, sema::RowKeep)>,
    /// Functions and literals that call `recover()` themselves (not in a nested literal).
    pub recover_fns: std::collections::HashSet<sema::FuncRef>,
    /// Func literals being emitted as the callee of a call in place (`func() { … }()`): their
    /// value goes nowhere else, so their colour is their own, not their func type's.
    pub called_lits: std::collections::HashSet<crate::ast::NodeId>,
    /// Variables captured by the closures being emitted, innermost last.
    pub closure_captures: Vec<std::collections::HashSet<ObjId>>,
    /// Adapters wrapping `Ptr<T>` for runtime traits (pointee type → adapter name).
    pub ptr_adapters: HashMap<TypeId, syn::Ident>,
    /// Types the program converts to interfaces (computed on first use): std types among them
    /// get impls of the program's interface traits.
    pub std_iface_sources: Option<std::collections::BTreeSet<TypeId>>,
    /// `main`'s first statements: the program's implementors of std interface traits, registered
    /// with the runtime (see `interface_impls`).
    pub std_impl_registrations: Vec<syn::Stmt>,
    /// Declared functions used as values somewhere (not only called).
    pub funcs_as_values: std::collections::HashSet<ObjId>,
    /// Package-level names a Rust `let` cannot shadow (constants, statics, tuple structs).
    pub pkg_value_names: std::collections::HashSet<String>,
    /// Named results that a variable of the same name declared in their function's body
    /// shadows somewhere (`if err := f(); err != nil { return err }` with a result `err`):
    /// they get a Rust name of their own, since `return x` assigns them from any scope.
    pub shadowed_results: std::collections::HashSet<ObjId>,
    /// Import path of the Go package whose items are being emitted (`main`: the crate root).
    pub cur_pkg: String,
    /// The Rust module of each of the program's packages other than `main` (import path →
    /// module name: the package name, made unique).
    pub pkg_modules: BTreeMap<String, syn::Ident>,
}

/// Per-function state: what `return`, `break` and `continue` turn into.
#[derive(Default)]
pub(crate) struct FnState {
    pub is_async: bool,
    pub results: Vec<TypeId>,
    /// Named results, in order (empty for unnamed results).
    pub named_results: Vec<ObjId>,
    /// The body runs in a defer frame named `__defer`.
    pub has_defer: bool,
    /// Enclosing loops, switches and selects, innermost last.
    pub breakables: Vec<Breakable>,
    /// Variables assigned through (`x = …`, `x.f = …`, `x[i]++` on arrays) in this body.
    pub written: std::collections::HashSet<ObjId>,
    /// This body is the yield function of a range-over-func loop.
    pub yield_fn: Option<YieldFn>,
    /// The goto regions being emitted, innermost last.
    pub gotos: Vec<goto::GotoRegion>,
}

/// How a range-over-func body (emitted as the yield closure) leaves the loop: `break` and
/// `continue` of the loop itself return `false`/`true`; anything aimed further out (a `return`,
/// a labelled branch to an outer loop) stores a code in the control cell `ctl` and returns
/// `false`, and the code after the iterator call acts on it.
pub(crate) struct YieldFn {
    pub ctl: syn::Ident,
    /// The loop's `::gort::iter::RangeState` (Go's checks on how the iterator calls `yield`).
    pub st: syn::Ident,
    pub ret: syn::Ident,
    /// The enclosing function's result types (for `return`).
    pub outer_results: Vec<TypeId>,
    pub uses_ret: bool,
    /// Branches to outer statements: (code, kind, Go label).
    pub exits: Vec<(u8, crate::ast::BranchKind, Option<String>)>,
}

/// A Go statement that `break` (and for loops `continue`) can target.
pub(crate) struct Breakable {
    pub kind: BreakKind,
    /// The Go label on the statement, if any.
    pub go_label: Option<String>,
    /// The Rust label `break` uses (`None`: an unlabelled Rust `break` reaches it).
    pub break_label: Option<syn::Lifetime>,
    /// The Rust label `continue` uses: a loop label (`continue 'l`) or, for loops with a post
    /// statement, the body block's label (`break 'l`).
    pub continue_label: Option<syn::Lifetime>,
    /// `continue` must be emitted as `break` to the body block (the loop has a post statement).
    pub continue_is_break: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum BreakKind {
    Loop,
    /// A range-over-func loop, inside its yield closure.
    YieldLoop,
    Switch,
    Select,
}

impl<'a> Cx<'a> {
    fn new(pkg: &'a ast::Package, info: &'a sema::Info, config: &'a Config) -> Self {
        let mut func_decls = HashMap::new();
        for f in &pkg.files {
            for d in &f.decls {
                if let ast::DeclKind::Func(fd) = &d.kind {
                    if let Some(obj) = info.resolve(fd.name.id) {
                        func_decls.insert(obj, fd);
                    }
                }
            }
        }
        Cx {
            pkg,
            info,
            _config: config,
            diags: Vec::new(),
            type_names: HashMap::new(),
            anon_types: BTreeMap::new(),
            pending_anon: Vec::new(),
            copy_types: BTreeSet::new(),
            tmp: 0,
            line_map: Vec::new(),
            fns: Vec::new(),
            func_decls,
            file: 0,
            pending_spread: None,
            ref_params: Default::default(),
            pkg_value_names: Default::default(),
            shadowed_results: Default::default(),
            param_written: Default::default(),
            subst: HashMap::new(),
            recv_subst: HashMap::new(),
            nested_elems: std::collections::HashSet::new(),
            row_caches: HashMap::new(),
            funcs_as_values: funcs_used_as_values(pkg, info),
            ptr_adapters: HashMap::new(),
            std_iface_sources: None,
            std_impl_registrations: Vec::new(),
            closure_captures: Vec::new(),
            recover_fns: funcs_calling_recover(pkg, info),
            called_lits: std::collections::HashSet::new(),
            cur_pkg: "main".into(),
            pkg_modules: package_modules(pkg, info),
        }
    }

    /// How the package being emitted names item `id` of package `pkg`: bare in its own package
    /// (and for std mirrors, whose paths are absolute already), `store::X` from the root, and
    /// from another package's module (a child of the root) `super::X` for package main's items
    /// and `super::store::X`. Never `crate::`: the output may itself become a module of a
    /// larger crate (the end-to-end tests combine every fixture into one).
    pub fn item_path(&self, pkg: &str, id: syn::Ident) -> syn::Path {
        if pkg == self.cur_pkg || !self.info.types.is_user_pkg(pkg) {
            return parse_quote!(#id);
        }
        match self.pkg_modules.get(pkg) {
            None => parse_quote!(super::#id),
            Some(m) if self.cur_pkg == "main" => parse_quote!(#m::#id),
            Some(m) => parse_quote!(super::#m::#id),
        }
    }

    /// The path of a package-level object (function, variable, constant, type) by its Go name.
    pub fn obj_path(&self, obj: ObjId) -> syn::Path {
        let o = self.info.obj(obj);
        self.item_path(&o.pkg, names::ident(&o.name))
    }

    /// The Rust name of a local variable: its Go name, with a trailing `_` where a Rust `let`
    /// could not shadow a package-level constant, variable or newtype of that name.
    pub fn var_ident(&self, obj: ObjId) -> syn::Ident {
        let o = self.info.obj(obj);
        if self.shadowed_results.contains(&obj) {
            return names::ident(&format!("{}_result", o.name));
        }
        if self.pkg_value_names.contains(&o.name) && self.info.lookup(&o.name) != Some(obj) {
            return names::ident(&format!("{}_", o.name));
        }
        names::ident(&o.name)
    }

    /// Where a variable lives. Sema's answer, except that a std handle type (`sync.WaitGroup`,
    /// `sync.Mutex`, atomics, …) never needs a cell: its Rust value is a shared handle, so
    /// copies already alias (unless the variable itself is reassigned).
    pub fn storage(&self, var: ObjId) -> sema::Storage {
        let s = self.info.storage(var);
        if s == sema::Storage::Shared {
            let t = self.info.obj(var).ty;
            let reassigned = self.info.var_facts(var).is_some_and(|f| f.reassigned);
            if self.is_std_handle(t) && !reassigned {
                return sema::Storage::Plain;
            }
        }
        s
    }

    /// A fresh temporary name (`__t0`, `__t1`, …).
    pub fn temp(&mut self, base: &str) -> syn::Ident {
        self.tmp += 1;
        syn::Ident::new(&format!("__{base}{}", self.tmp), Span::call_site())
    }

    /// A fresh Rust label (`'__sw1`).
    pub fn temp_label(&mut self, base: &str) -> syn::Lifetime {
        self.tmp += 1;
        syn::Lifetime::new(&format!("'__{base}{}", self.tmp), Span::call_site())
    }

    pub fn fx(&mut self) -> &mut FnState {
        self.fns.last_mut().expect("inside a function")
    }

    /// Reports an unsupported construct and returns the expression that stands in for it.
    pub fn unsupported(&mut self, span: ast::Span, what: &str) -> syn::Expr {
        let path = self.pkg.files.iter().find(|f| f.id == span.file).map(|f| f.path.clone()).unwrap_or_default();
        self.diags.push(Diagnostic::error(&path, span, Code::UnsupportedConstruct, format!("unsupported: {what}")).with_hint("rewrite this construct; `gort translate --keep-going` marks every such spot with todo!()"));
        let msg = format!("unsupported: {what}");
        parse_quote!(::std::todo!(#msg))
    }

    /// `file:line` of a span, for the line map.
    pub fn where_(&self, span: ast::Span) -> String {
        let f = self.pkg.files.iter().find(|f| f.id == span.file);
        let name = f.map(|f| f.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()).unwrap_or_default();
        format!("{name}:{}", span.line)
    }

    /// The Go type of an expression.
    pub fn ty(&self, e: &ast::Expr) -> TypeId {
        self.info.type_of(e.id)
    }
}

/// Rust module names of the program's packages other than `main`: the package name, unless a
/// type of package main (types share a namespace with modules), an earlier module or a
/// crate-level path segment takes it (then `_pkg`,
/// and a number if need be).
fn package_modules(pkg: &ast::Package, info: &sema::Info) -> BTreeMap<String, syn::Ident> {
    let mut taken: BTreeSet<String> = ["main", "crate", "self", "super", "std", "core", "alloc", "gort"].iter().map(|s| s.to_string()).collect();
    for f in pkg.files.iter().filter(|f| f.import_path == "main") {
        for d in &f.decls {
            match &d.kind {
                ast::DeclKind::Type(specs) => taken.extend(specs.iter().map(|s| s.name.name.clone())),
                _ => {}
            }
        }
    }
    let mut out = BTreeMap::new();
    for p in info.packages().iter().filter(|p| p.path != "main") {
        let mut name = p.name.clone();
        if taken.contains(&name) {
            name = format!("{}_pkg", p.name);
        }
        let mut k = 2;
        while taken.contains(&name) {
            name = format!("{}_pkg{k}", p.name);
            k += 1;
        }
        taken.insert(name.clone());
        out.insert(p.path.clone(), names::ident(&name));
    }
    out
}

/// Declared functions (and methods, through method values) that appear other than as the
/// callee of a call.
fn funcs_used_as_values(pkg: &ast::Package, info: &sema::Info) -> std::collections::HashSet<ObjId> {
    struct V<'i> {
        info: &'i sema::Info,
        callees: std::collections::HashSet<crate::ast::NodeId>,
        out: std::collections::HashSet<ObjId>,
    }
    impl crate::ast::visit::Visitor for V<'_> {
        fn visit_expr(&mut self, e: &ast::Expr) {
            match &e.kind {
                ast::ExprKind::Call { func, .. } => {
                    self.callees.insert(func.unparen().id);
                    if let ast::ExprKind::Index { x, .. } = &func.unparen().kind {
                        self.callees.insert(x.id);
                    }
                }
                ast::ExprKind::Ident(_) if !self.callees.contains(&e.id) => {
                    if let Some(o) = self.info.resolve(e.id) {
                        if matches!(self.info.obj(o).kind, sema::ObjKind::Func(_)) {
                            self.out.insert(o);
                        }
                    }
                }
                ast::ExprKind::Selector { .. } if !self.callees.contains(&e.id) => {
                    match self.info.selection(e.id) {
                        Some(sema::Selection::Method { method, .. } | sema::Selection::MethodExpr { method, .. }) => {
                            self.out.insert(*method);
                        }
                        // A function of another of the program's packages (`svc.Gather`).
                        Some(sema::Selection::PkgMember { obj, pkg }) if self.info.types.is_user_pkg(pkg) && matches!(self.info.obj(*obj).kind, sema::ObjKind::Func(_)) => {
                            self.out.insert(*obj);
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
            crate::ast::visit::walk_expr(self, e)
        }
    }
    let mut v = V { info, callees: Default::default(), out: Default::default() };
    for f in &pkg.files {
        crate::ast::visit::walk_file(&mut v, f);
    }
    v.out
}

/// Functions and func literals whose own body calls `recover()` (a call inside a nested literal
/// belongs to that literal).
fn funcs_calling_recover(pkg: &ast::Package, info: &sema::Info) -> std::collections::HashSet<sema::FuncRef> {
    struct V<'i> {
        info: &'i sema::Info,
        stack: Vec<sema::FuncRef>,
        out: std::collections::HashSet<sema::FuncRef>,
    }
    impl crate::ast::visit::Visitor for V<'_> {
        fn visit_expr(&mut self, e: &ast::Expr) {
            match &e.kind {
                ast::ExprKind::FuncLit { body, .. } => {
                    self.stack.push(sema::FuncRef::Lit(e.id));
                    crate::ast::visit::walk_block(self, body);
                    self.stack.pop();
                    return;
                }
                ast::ExprKind::Call { .. } => {
                    if matches!(self.info.call_kind(e.id), Some(sema::CallKind::Builtin(sema::Builtin::Recover))) {
                        if let Some(f) = self.stack.last() {
                            self.out.insert(*f);
                        }
                    }
                }
                _ => {}
            }
            crate::ast::visit::walk_expr(self, e)
        }
    }
    let mut v = V { info, stack: vec![], out: Default::default() };
    for f in &pkg.files {
        for d in &f.decls {
            if let ast::DeclKind::Func(fd) = &d.kind {
                if let (Some(obj), Some(body)) = (info.resolve(fd.name.id), &fd.body) {
                    v.stack.push(sema::FuncRef::Decl(obj));
                    crate::ast::visit::walk_block(&mut v, body);
                    v.stack.pop();
                }
            }
        }
    }
    v.out
}
