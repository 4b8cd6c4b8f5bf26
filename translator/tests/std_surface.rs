//! The std surface, enforced: every member a stub in `src/sema/stdlib/*.go` declares exists in
//! the runtime crate under the name the emitter calls (`emit::snake`), with the emitted-code
//! calling convention (ARCHITECTURE.md, "The emitted-code contract").
//!
//! Go side: the stubs, parsed and lowered by the front end. Rust side: the runtime module of
//! each package (`runtime/src/<module>.rs` or `<module>/mod.rs` plus its private submodules),
//! parsed with `syn`. Checked per member:
//! - a function `pkg.F` is a module-level `pub fn f`, a method `T.M` a `pub fn m(&self, …)` of
//!   `T` (inherent or trait impl) or of trait `T`; a package variable `pkg.V` is `pub fn v()`;
//!   a type `pkg.T` is a `pub` struct, enum, type alias, trait or re-export named `T`;
//! - parameters: Copy scalars (bool, ints, floats, `time.Duration`, `syscall.Signal`) by value with the mapped
//!   Rust type, func-typed ones as `impl Fn(…)` (or a generic `F: Fn(…)`) taking Go's
//!   parameters by value, `...T` as `&[T]`, type-parameter-typed ones as `T`, `&T` or
//!   `impl Borrow<T>`, everything else by reference;
//! - results: none (`()` or `!`), one value (scalars with the mapped type), or a tuple of as many.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use gort_translator::ast::{self, DeclKind, ExprKind};
use gort_translator::diag::FileId;
use gort_translator::emit::snake;
use gort_translator::sema::stdlib::PACKAGES;

/// Packages whose runtime mirror is still being written: their gaps are counted and printed,
/// not failed. Empty: every stub is filled.
const ALLOWED_GAPS: &[&str] = &[];

/// Members that exist but knowingly break the convention, with the reason. Empty.
const KNOWN_DEVIATIONS: &[(&str, &str)] = &[];

#[test]
fn std_surface() {
    let runtime_src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../runtime/src");
    let mut problems: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for pkg in PACKAGES {
        let module = RustModule::load(&runtime_src, pkg.path);
        let out = problems.entry(pkg.path).or_default();
        check_package(pkg.path, pkg.source, &module, out);
    }
    let mut failures = Vec::new();
    for (pkg, list) in &problems {
        if list.is_empty() {
            continue;
        }
        if ALLOWED_GAPS.contains(pkg) {
            eprintln!("std_surface: {pkg}: {} allowed gap(s)", list.len());
            for p in list {
                eprintln!("    {p}");
            }
        } else {
            failures.extend(list.iter().map(|p| format!("{pkg}: {p}")));
        }
    }
    assert!(failures.is_empty(), "{} std member(s) missing or off-convention:\n{}", failures.len(), failures.join("\n"));
}

// ---- Go side ---------------------------------------------------------------------------------

/// How the emitter passes a Go parameter.
#[derive(Clone, Debug, PartialEq)]
enum GoParam {
    /// A Copy scalar, by value, with its Rust type.
    Value(&'static str),
    /// Anything else, by reference.
    Ref,
    /// A func-typed parameter with this many parameters.
    Callback(usize),
    /// A type parameter: by value, by reference or `impl Borrow<T>`.
    Generic,
    /// `...T` (`&[&dyn GoValue]` for `...any`).
    Variadic,
}

/// What a Go result maps to, for the one-result case.
#[derive(Clone, Debug, PartialEq)]
enum GoResult {
    Scalar(&'static str),
    Other,
}

fn scalar(name: &str) -> Option<&'static str> {
    Some(match name {
        "bool" => "bool",
        "int" | "int64" => "i64",
        "int8" => "i8",
        "int16" => "i16",
        "int32" | "rune" => "i32",
        "uint" | "uint64" | "uintptr" => "u64",
        "uint8" | "byte" => "u8",
        "uint16" => "u16",
        "uint32" => "u32",
        "float32" => "f32",
        "float64" => "f64",
        "complex64" => "Complex64",
        "complex128" => "Complex128",
        _ => return None,
    })
}

struct GoCx<'a> {
    pkg: &'a str,
    type_params: BTreeSet<String>,
    /// The package's own func types, with their parameter counts (`context.CancelFunc`).
    func_types: BTreeMap<String, usize>,
}

impl GoCx<'_> {
    fn param(&self, e: &ast::Expr) -> GoParam {
        match &e.kind {
            ExprKind::Ident(n) if self.type_params.contains(n) => GoParam::Generic,
            ExprKind::Ident(n) => match scalar(n) {
                Some(r) => GoParam::Value(r),
                None if self.pkg == "time" && n == "Duration" => GoParam::Value("Duration"),
                None if self.pkg == "syscall" && n == "Signal" => GoParam::Value("Signal"),
                None => match self.func_types.get(n) {
                    Some(&k) => GoParam::Callback(k),
                    None => GoParam::Ref,
                },
            },
            ExprKind::Selector { x, sel } => match (x.kind.clone(), sel.name.as_str()) {
                (ExprKind::Ident(p), "Duration") if p == "time" => GoParam::Value("Duration"),
                (ExprKind::Ident(p), "Signal") if p == "syscall" => GoParam::Value("Signal"),
                (ExprKind::Ident(p), "Seq" | "Seq2") if p == "iter" => GoParam::Callback(1),
                (ExprKind::Ident(p), "WalkDirFunc") if p == "fs" => GoParam::Callback(3),
                _ => GoParam::Ref,
            },
            ExprKind::Index { x, .. } => self.param(x),
            ExprKind::Paren(x) => self.param(x),
            ExprKind::FuncType(ft) => GoParam::Callback(count(&ft.params)),
            _ => GoParam::Ref,
        }
    }

    fn result(&self, e: &ast::Expr) -> GoResult {
        match &e.kind {
            ExprKind::Ident(n) if !self.type_params.contains(n) => scalar(n).map_or(GoResult::Other, GoResult::Scalar),
            _ => GoResult::Other,
        }
    }
}

fn count(fields: &[ast::Field]) -> usize {
    fields.iter().map(|f| f.names.len().max(1)).sum()
}

/// The receiver's type name and its type parameters (`*Pointer[T]` → `Pointer`, `[T]`).
fn recv_type(e: &ast::Expr) -> (String, Vec<String>) {
    match &e.kind {
        ExprKind::Star(x) | ExprKind::Paren(x) => recv_type(x),
        ExprKind::Ident(n) => (n.clone(), vec![]),
        ExprKind::Index { x, indices } => {
            let (n, _) = recv_type(x);
            let ps = indices.iter().filter_map(|i| if let ExprKind::Ident(p) = &i.kind { Some(p.clone()) } else { None }).collect();
            (n, ps)
        }
        _ => (String::new(), vec![]),
    }
}

fn check_package(path: &str, source: &str, m: &RustModule, out: &mut Vec<String>) {
    let file = PathBuf::from(format!("{path}.go"));
    let (tree, diags) = gort_translator::syntax::parse(FileId(0), &file, source.as_bytes());
    assert!(diags.is_empty(), "{path}: stub does not parse");
    let (pkg, diags) = ast::lower(&[(file, tree)]);
    assert!(diags.is_empty(), "{path}: stub does not lower");
    let decls: Vec<&ast::Decl> = pkg.files.iter().flat_map(|f| f.decls.iter()).collect();
    let mut func_types = BTreeMap::new();
    for d in &decls {
        if let DeclKind::Type(specs) = &d.kind {
            for s in specs {
                if let ExprKind::FuncType(ft) = &s.ty.kind {
                    func_types.insert(s.name.name.clone(), count(&ft.params));
                }
            }
        }
    }
    for d in &decls {
        match &d.kind {
            DeclKind::Type(specs) => {
                for s in specs {
                    if !m.types.contains(&s.name.name) {
                        out.push(format!("type {} (no pub struct/enum/type/trait/use `{}`)", s.name.name, s.name.name));
                    }
                }
            }
            DeclKind::Var(specs) => {
                for s in specs {
                    for n in &s.names {
                        let rust = snake(&n.name);
                        match m.fns.get(&rust) {
                            None => out.push(format!("var {} (no `pub fn {rust}()`)", n.name)),
                            Some(f) if !f.params.is_empty() => out.push(format!("var {}: `{rust}` takes parameters", n.name)),
                            Some(_) => {}
                        }
                    }
                }
            }
            DeclKind::Func(fd) => {
                let mut type_params: BTreeSet<String> = fd.type_params.iter().flat_map(|t| t.names.iter().map(|n| n.name.clone())).collect();
                let rust = snake(&fd.name.name);
                let (label, found) = match &fd.recv {
                    Some(r) => {
                        let (t, ps) = recv_type(&r.ty);
                        type_params.extend(ps);
                        let f = m.methods.get(&(t.clone(), rust.clone()));
                        (format!("({t}).{}", fd.name.name), f.map(|f| (f, true)))
                    }
                    None => (fd.name.name.clone(), m.fns.get(&rust).map(|f| (f, false))),
                };
                let Some((f, is_method)) = found else {
                    let what = if fd.recv.is_some() { "method" } else { "fn" };
                    out.push(format!("{label} (no pub {what} `{}`)", raw(&rust)));
                    continue;
                };
                if KNOWN_DEVIATIONS.contains(&(path, fd.name.name.as_str())) && fd.recv.is_none() {
                    continue;
                }
                let cx = GoCx { pkg: path, type_params, func_types: func_types.clone() };
                for p in check_sig(&cx, fd, f, is_method) {
                    out.push(format!("{label} → `{}`: {p}", raw(&rust)));
                }
            }
            _ => {}
        }
    }
}

fn raw(name: &str) -> String {
    if KEYWORDS.contains(&name) { format!("r#{name}") } else { name.to_string() }
}

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "box", "break", "const", "continue", "do", "dyn", "else", "enum", "extern", "false", "final",
    "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv",
    "pub", "ref", "return", "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield", "become", "abstract",
];

fn check_sig(cx: &GoCx, fd: &ast::FuncDecl, f: &RustFn, is_method: bool) -> Vec<String> {
    let mut problems = Vec::new();
    if is_method && f.receiver != Some(Receiver::Ref) {
        problems.push("receiver must be `&self`".to_string());
    }
    let mut want = Vec::new();
    for field in &fd.sig.params {
        let p = if field.variadic { GoParam::Variadic } else { cx.param(&field.ty) };
        for _ in 0..field.names.len().max(1) {
            want.push(p.clone());
        }
    }
    if want.len() != f.params.len() {
        problems.push(format!("{} parameter(s), Go has {}", f.params.len(), want.len()));
    } else {
        for (i, (w, got)) in want.iter().zip(&f.params).enumerate() {
            let ok = match (w, got) {
                (GoParam::Value(t), RustParam::Value(r)) => t == r,
                (GoParam::Ref, RustParam::Ref) => true,
                (GoParam::Variadic, RustParam::SliceRef) => true,
                (GoParam::Callback(n), RustParam::Callback { arity, by_value }) => n == arity && *by_value,
                (GoParam::Generic, RustParam::Value(_) | RustParam::Ref | RustParam::Borrow) => true,
                _ => false,
            };
            if !ok {
                problems.push(format!("parameter {} is {got:?}, the convention wants {w:?}", i + 1));
            }
        }
    }
    let results: Vec<GoResult> = fd.sig.results.iter().flat_map(|r| std::iter::repeat_n(cx.result(&r.ty), r.names.len().max(1))).collect();
    match (results.len(), &f.output) {
        (0, RustOut::Unit | RustOut::Never) => {}
        (1, RustOut::One(t)) => {
            if let GoResult::Scalar(s) = &results[0] {
                if s != t {
                    problems.push(format!("returns `{t}`, Go returns `{s}`"));
                }
            }
        }
        (1, RustOut::Never) => {}
        (n, RustOut::Tuple(ts)) if n == ts.len() => {
            for (g, t) in results.iter().zip(ts) {
                if let GoResult::Scalar(s) = g {
                    if s != t {
                        problems.push(format!("returns `{t}` in a tuple, Go returns `{s}`"));
                    }
                }
            }
        }
        (n, o) => problems.push(format!("returns {o:?}, Go has {n} result(s)")),
    }
    problems
}

// ---- Rust side -------------------------------------------------------------------------------

#[derive(Debug, PartialEq)]
enum Receiver {
    Ref,
    Other,
}

#[derive(Debug, PartialEq)]
enum RustParam {
    /// By value; the type's last path segment (`i64`, `Duration`, `T`).
    Value(String),
    Ref,
    /// `&[T]`.
    SliceRef,
    /// `impl Fn(…)` / `F: Fn(…)`: its parameter count, and whether none is a reference.
    Callback { arity: usize, by_value: bool },
    /// `impl Borrow<T>`.
    Borrow,
}

#[derive(Debug)]
enum RustOut {
    Unit,
    Never,
    One(String),
    Tuple(Vec<String>),
}

struct RustFn {
    receiver: Option<Receiver>,
    params: Vec<RustParam>,
    output: RustOut,
}

#[derive(Default)]
struct RustModule {
    fns: BTreeMap<String, RustFn>,
    /// `(type or trait, method)`.
    methods: BTreeMap<(String, String), RustFn>,
    types: BTreeSet<String>,
}

impl RustModule {
    /// The runtime module mirroring a Go package (`math/rand/v2` → `rand/v2`), with its
    /// private submodules (`pub mod` children are other Go packages).
    fn load(src: &Path, go_path: &str) -> RustModule {
        let rel = gort_translator::emit::std_module_segments(go_path).join("/");
        let mut m = RustModule::default();
        let flat = src.join(format!("{rel}.rs"));
        let dir = src.join(rel);
        if flat.exists() {
            m.load_file(&flat, &dir);
        } else if dir.join("mod.rs").exists() {
            m.load_file(&dir.join("mod.rs"), &dir);
        }
        m
    }

    fn load_file(&mut self, file: &Path, child_dir: &Path) {
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let ast = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        self.items(&ast.items, child_dir);
    }

    fn items(&mut self, items: &[syn::Item], child_dir: &Path) {
        for item in items {
            match item {
                syn::Item::Fn(f) if is_pub(&f.vis) => {
                    self.fns.insert(f.sig.ident.unraw().to_string(), rust_fn(&f.sig));
                }
                syn::Item::Struct(s) if is_pub(&s.vis) => {
                    self.types.insert(s.ident.to_string());
                }
                syn::Item::Enum(s) if is_pub(&s.vis) => {
                    self.types.insert(s.ident.to_string());
                }
                syn::Item::Type(s) if is_pub(&s.vis) => {
                    self.types.insert(s.ident.to_string());
                }
                syn::Item::Trait(t) if is_pub(&t.vis) => {
                    self.types.insert(t.ident.to_string());
                    for ti in &t.items {
                        if let syn::TraitItem::Fn(f) = ti {
                            self.methods.insert((t.ident.to_string(), f.sig.ident.unraw().to_string()), rust_fn(&f.sig));
                        }
                    }
                }
                syn::Item::Use(u) if is_pub(&u.vis) => use_names(&u.tree, &mut self.types),
                syn::Item::Impl(imp) => {
                    let Some(owner) = type_name(&imp.self_ty) else { continue };
                    let inherent = imp.trait_.is_none();
                    for ii in &imp.items {
                        if let syn::ImplItem::Fn(f) = ii {
                            if inherent && !is_pub(&f.vis) {
                                continue;
                            }
                            self.methods.entry((owner.clone(), f.sig.ident.unraw().to_string())).or_insert_with(|| rust_fn(&f.sig));
                        }
                    }
                }
                syn::Item::Mod(md) if md.content.is_none() && !is_pub(&md.vis) => {
                    let name = md.ident.to_string();
                    let flat = child_dir.join(format!("{name}.rs"));
                    let dir = child_dir.join(&name);
                    if flat.exists() {
                        self.load_file(&flat, &dir);
                    } else if dir.join("mod.rs").exists() {
                        self.load_file(&dir.join("mod.rs"), &dir);
                    }
                }
                _ => {}
            }
        }
    }
}

trait Unraw {
    fn unraw(&self) -> String;
}
impl Unraw for syn::Ident {
    fn unraw(&self) -> String {
        let s = self.to_string();
        s.strip_prefix("r#").map_or(s.clone(), str::to_string)
    }
}

fn is_pub(v: &syn::Visibility) -> bool {
    matches!(v, syn::Visibility::Public(_))
}

fn use_names(t: &syn::UseTree, out: &mut BTreeSet<String>) {
    match t {
        syn::UseTree::Path(p) => use_names(&p.tree, out),
        syn::UseTree::Name(n) => {
            out.insert(n.ident.to_string());
        }
        syn::UseTree::Rename(r) => {
            out.insert(r.rename.to_string());
        }
        syn::UseTree::Group(g) => g.items.iter().for_each(|t| use_names(t, out)),
        syn::UseTree::Glob(_) => {}
    }
}

/// The last path segment of a type (`Ptr<T>` → `Ptr`, `crate::value::Str` → `Str`).
fn type_name(t: &syn::Type) -> Option<String> {
    match t {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        syn::Type::Reference(r) => type_name(&r.elem),
        syn::Type::Paren(p) => type_name(&p.elem),
        _ => None,
    }
}

fn rust_fn(sig: &syn::Signature) -> RustFn {
    // Generic parameters bounded by a closure trait: `F: Fn(i64) -> bool`.
    let mut fn_generics: BTreeMap<String, (usize, bool)> = BTreeMap::new();
    let mut note = |name: String, bounds: &syn::punctuated::Punctuated<syn::TypeParamBound, syn::Token![+]>| {
        if let Some(c) = closure_bound(bounds) {
            fn_generics.insert(name, c);
        }
    };
    for g in &sig.generics.params {
        if let syn::GenericParam::Type(tp) = g {
            note(tp.ident.to_string(), &tp.bounds);
        }
    }
    if let Some(w) = &sig.generics.where_clause {
        for p in &w.predicates {
            if let syn::WherePredicate::Type(pt) = p {
                if let Some(n) = type_name(&pt.bounded_ty) {
                    note(n, &pt.bounds);
                }
            }
        }
    }
    let mut receiver = None;
    let mut params = Vec::new();
    for input in &sig.inputs {
        match input {
            syn::FnArg::Receiver(r) => {
                receiver = Some(if r.reference.is_some() && r.mutability.is_none() { Receiver::Ref } else { Receiver::Other });
            }
            syn::FnArg::Typed(pt) => params.push(rust_param(&pt.ty, &fn_generics)),
        }
    }
    let output = match &sig.output {
        syn::ReturnType::Default => RustOut::Unit,
        syn::ReturnType::Type(_, t) => match &**t {
            syn::Type::Never(_) => RustOut::Never,
            syn::Type::Tuple(tt) if tt.elems.is_empty() => RustOut::Unit,
            syn::Type::Tuple(tt) => RustOut::Tuple(tt.elems.iter().map(|e| type_name(e).unwrap_or_default()).collect()),
            other => RustOut::One(type_name(other).unwrap_or_default()),
        },
    };
    RustFn { receiver, params, output }
}

fn rust_param(t: &syn::Type, fn_generics: &BTreeMap<String, (usize, bool)>) -> RustParam {
    match t {
        syn::Type::Reference(r) => match &*r.elem {
            syn::Type::Slice(_) => RustParam::SliceRef,
            _ => RustParam::Ref,
        },
        syn::Type::ImplTrait(it) => {
            if let Some((arity, by_value)) = closure_bound(&it.bounds) {
                return RustParam::Callback { arity, by_value };
            }
            let borrow = it.bounds.iter().any(|b| matches!(b, syn::TypeParamBound::Trait(tb) if tb.path.segments.last().is_some_and(|s| s.ident == "Borrow")));
            if borrow { RustParam::Borrow } else { RustParam::Value("impl".into()) }
        }
        syn::Type::Paren(p) => rust_param(&p.elem, fn_generics),
        other => {
            let name = type_name(other).unwrap_or_default();
            match fn_generics.get(&name) {
                Some(&(arity, by_value)) => RustParam::Callback { arity, by_value },
                None => RustParam::Value(name),
            }
        }
    }
}

/// `Fn(A, B) -> R` / `FnMut(…)` among the bounds: its parameter count and whether every
/// parameter is taken by value.
fn closure_bound(bounds: &syn::punctuated::Punctuated<syn::TypeParamBound, syn::Token![+]>) -> Option<(usize, bool)> {
    for b in bounds {
        let syn::TypeParamBound::Trait(tb) = b else { continue };
        let Some(seg) = tb.path.segments.last() else { continue };
        if seg.ident != "Fn" && seg.ident != "FnMut" {
            continue;
        }
        if let syn::PathArguments::Parenthesized(args) = &seg.arguments {
            let by_value = args.inputs.iter().all(|a| !matches!(a, syn::Type::Reference(_)));
            return Some((args.inputs.len(), by_value));
        }
    }
    None
}
