//! The type checker: scopes, package-level declarations, and the driver over all packages.
//!
//! Modelled on Go's `go/types`: package-level objects are collected first and their types
//! resolved lazily (with cycle detection); then function bodies are checked. Std stubs are
//! checked by the same code with recording of side tables turned off (their node ids belong to
//! another AST).

mod assign;
mod builtin;
mod call;
mod complit;
mod control;
mod decl;
mod expr;
mod impls;
mod index;
mod infer;
mod lookup;
mod selector;
mod stmt;
mod typexpr;
mod untyped;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use super::info::*;
use super::types::{TypeId, Types};
use super::{stdlib, universe, Config};
use crate::ast::{self, NodeId, Span};
use crate::diag::{Code, Diagnostic, FileId};


/// Checks the program's packages (`main` and the packages of its module it imports, each in
/// its own scope, dependencies first) plus every std stub they need.
pub(super) fn check_program(pkg: &ast::Package, config: &Config) -> (Info, Vec<Diagnostic>) {
    let stubs = load_stubs(pkg);
    let mut types = Types::new();
    let uni = universe::build(&mut types);
    let packages = program_packages(pkg);
    for p in &packages {
        types.add_user_pkg(&p.path, &p.name);
    }
    let mut info = Info::new(pkg.node_count, types);
    info.per_iteration_loop_vars = config.per_iteration_loop_vars();
    let mut cx = Checker::new(info, uni, pkg);
    cx.module_path = config.module.as_ref().map(|m| m.path.clone()).unwrap_or_default();
    for (path, stub) in &stubs {
        let files: Vec<&ast::File> = stub.files.iter().collect();
        cx.check_package(path, &files, false);
    }
    for p in &packages {
        let files: Vec<&ast::File> = p.files.iter().map(|&i| &pkg.files[i]).collect();
        cx.check_package(&p.path, &files, true);
    }
    cx.info.funcs.sort();
    cx.check_unused_vars();
    cx.check_recursive_types();
    cx.info.packages = packages;
    cx.finish()
}

/// The program's packages (files grouped by `ast::File::import_path`) in Go's initialization
/// order: repeatedly the first package, by import path, whose imports are all initialized
/// (Go 1.21's rule); `main`, which imports every other one, last.
fn program_packages(pkg: &ast::Package) -> Vec<PackageInfo> {
    let mut all: Vec<PackageInfo> = Vec::new();
    for (i, f) in pkg.files.iter().enumerate() {
        let k = match all.iter().position(|p| p.path == f.import_path) {
            Some(k) => k,
            None => {
                let name = f.package.as_ref().map(|p| p.name.clone()).unwrap_or_default();
                all.push(PackageInfo { path: f.import_path.clone(), name, files: Vec::new(), imports: Vec::new(), init_order: Vec::new() });
                all.len() - 1
            }
        };
        all[k].files.push(i);
    }
    let paths: Vec<String> = all.iter().map(|p| p.path.clone()).collect();
    for p in &mut all {
        for &i in &p.files {
            for imp in &pkg.files[i].imports {
                if paths.contains(&imp.path) && !p.imports.contains(&imp.path) {
                    p.imports.push(imp.path.clone());
                }
            }
        }
    }
    all.sort_by(|a, b| (a.path == "main", &a.path).cmp(&(b.path == "main", &b.path)));
    let mut order: Vec<PackageInfo> = Vec::new();
    while !all.is_empty() {
        // An import cycle (already reported) leaves no package ready: take the first.
        let k = all.iter().position(|p| p.imports.iter().all(|i| order.iter().any(|o| o.path == *i))).unwrap_or(0);
        order.push(all.remove(k));
    }
    order
}

/// Parses the stub of every std package the user package imports, transitively, dependencies
/// first.
fn load_stubs(pkg: &ast::Package) -> Vec<(String, ast::Package)> {
    let mut wanted: Vec<String> = Vec::new();
    for f in &pkg.files {
        for imp in &f.imports {
            wanted.push(imp.path.clone());
        }
    }
    // Stubs refer to error/any only via the universe; `fmt` needs `io`, `slices` needs `cmp`/`iter`.
    let mut loaded: Vec<(String, ast::Package)> = Vec::new();
    let mut visiting: Vec<String> = Vec::new();
    fn visit(path: &str, loaded: &mut Vec<(String, ast::Package)>, visiting: &mut Vec<String>) {
        if loaded.iter().any(|(p, _)| p == path) || visiting.iter().any(|p| p == path) {
            return;
        }
        let Some(std) = stdlib::package(path) else { return };
        visiting.push(path.to_string());
        let file = PathBuf::from(format!("<std>/{path}.go"));
        let (tree, _) = crate::syntax::parse(FileId(0), &file, std.source.as_bytes());
        let (stub, _) = ast::lower(&[(file, tree)]);
        for f in &stub.files {
            for imp in &f.imports {
                visit(&imp.path, loaded, visiting);
            }
        }
        visiting.pop();
        loaded.push((path.to_string(), stub));
    }
    for w in &wanted {
        visit(w, &mut loaded, &mut visiting);
    }
    loaded
}

pub(super) type ScopeId = usize;

#[derive(Default)]
pub(super) struct Scope {
    parent: Option<ScopeId>,
    names: HashMap<String, ObjId>,
}

/// How far an object's type has been resolved.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum ObjState {
    Done,
    Pending,
    InProgress,
}

/// Where a package-level object is declared, for lazy resolution.
#[derive(Clone, Copy)]
pub(super) enum DeclRef<'a> {
    Const { group: &'a [ast::ConstSpec], spec: usize, index: usize },
    Var { spec: &'a ast::VarSpec, index: usize },
    Type { spec: &'a ast::TypeSpec },
    Func { decl: &'a ast::FuncDecl },
}

/// The lexical context a declaration is resolved in.
#[derive(Clone)]
pub(super) struct DeclCtx<'a> {
    pub decl: DeclRef<'a>,
    pub scope: ScopeId,
    pub path: PathBuf,
    pub pkg: String,
    pub recording: bool,
}

/// Per-function checking context.
pub(super) struct FuncCtx {
    pub func: FuncRef,
    pub results: Vec<TypeId>,
    pub named_results: bool,
    /// Enclosing breakable statements: (is a loop, label).
    pub breakables: Vec<(Breakable, Option<String>)>,
    /// Labels of the function body: name, span, used.
    pub labels: Vec<(String, Span, bool, ObjId)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Breakable {
    Loop,
    Switch,
    Select,
}

pub(super) struct Checker<'a> {
    pub info: Info,
    pub diags: Vec<Diagnostic>,
    pub scopes: Vec<Scope>,
    pub universe: ScopeId,
    pub any_type: TypeId,
    pub pkg_scopes: BTreeMap<String, ScopeId>,
    pub obj_state: Vec<ObjState>,
    pub obj_decl: HashMap<ObjId, DeclCtx<'a>>,
    /// Whether side tables are written (user package) or not (std stubs).
    pub recording: bool,
    pub path: PathBuf,
    pub pkg_path: String,
    pub file_paths: Vec<PathBuf>,
    pub fctx: Vec<FuncCtx>,
    pub iota: Option<super::BigInt>,
    /// Instantiations of generic named types: (origin, args) → instance.
    pub instances: HashMap<(TypeId, Vec<TypeId>), TypeId>,
    /// Instances whose underlying type is still to be substituted.
    pub pending_instances: Vec<TypeId>,
    /// Which function or literal declares each local variable.
    pub var_owner: BTreeMap<ObjId, FuncRef>,
    /// Imports used (by import node) for "imported and not used".
    pub used_pkgs: std::collections::BTreeSet<ObjId>,
    /// Locals used, for "declared and not used".
    pub used_vars: std::collections::BTreeSet<ObjId>,
    /// Named types currently being resolved (cycle detection).
    pub resolving_named: Vec<TypeId>,
    /// Generic type aliases (Go 1.24, `type Set[T comparable] = map[T]struct{}`): their type
    /// parameters and the aliased type, which an instantiation substitutes.
    pub generic_aliases: HashMap<ObjId, (Vec<TypeId>, TypeId)>,
    /// Map key types met while type-parameter constraints are being resolved: checked once
    /// every constraint of the list is set (`[M ~map[K]V, K comparable, V any]`).
    pub deferred_map_keys: Option<Vec<(TypeId, Span)>>,
    pub func_lit_stack: Vec<NodeId>,
    /// Signature scopes of functions (type parameters live there).
    pub func_scopes: HashMap<ObjId, ScopeId>,
    /// Type switch bindings: where, name, the per-clause variables.
    pub ts_binds: Vec<(Span, String, Vec<ObjId>)>,
    /// The module path of the program's `go.mod` (empty without one).
    pub module_path: String,
}

impl<'a> Checker<'a> {
    fn new(info: Info, uni: universe::Universe, main_pkg: &ast::Package) -> Checker<'a> {
        let mut cx = Checker {
            info,
            diags: Vec::new(),
            scopes: Vec::new(),
            universe: 0,
            any_type: uni.any,
            pkg_scopes: BTreeMap::new(),
            obj_state: Vec::new(),
            obj_decl: HashMap::new(),
            recording: false,
            path: PathBuf::new(),
            pkg_path: String::new(),
            file_paths: main_pkg.files.iter().map(|f| f.path.clone()).collect(),
            fctx: Vec::new(),
            iota: None,
            instances: HashMap::new(),
            pending_instances: Vec::new(),
            var_owner: BTreeMap::new(),
            used_pkgs: Default::default(),
            used_vars: Default::default(),
            resolving_named: Vec::new(),
            generic_aliases: HashMap::new(),
            deferred_map_keys: None,
            func_lit_stack: Vec::new(),
            func_scopes: HashMap::new(),
            ts_binds: Vec::new(),
            module_path: String::new(),
        };
        cx.universe = cx.new_scope(None);
        for o in uni.objects {
            let name = o.name.clone();
            let id = cx.new_obj(o);
            cx.scopes[cx.universe].names.insert(name, id);
        }
        cx
    }

    // ---- objects and scopes ----

    pub fn new_obj(&mut self, o: Object) -> ObjId {
        let id = ObjId(self.info.objects.len() as u32);
        self.info.objects.push(o);
        self.obj_state.push(ObjState::Done);
        id
    }

    pub fn new_scope(&mut self, parent: Option<ScopeId>) -> ScopeId {
        self.scopes.push(Scope { parent, names: HashMap::new() });
        self.scopes.len() - 1
    }

    pub fn lookup(&self, scope: ScopeId, name: &str) -> Option<ObjId> {
        let mut s = Some(scope);
        while let Some(id) = s {
            if let Some(o) = self.scopes[id].names.get(name) {
                return Some(*o);
            }
            s = self.scopes[id].parent;
        }
        None
    }

    /// Declares `obj` in `scope`; reports a redeclaration (except for `_`).
    pub fn declare(&mut self, scope: ScopeId, ident: &ast::Ident, obj: ObjId) {
        self.record_use(ident.id, obj);
        if ident.is_blank() {
            return;
        }
        if let Some(prev) = self.scopes[scope].names.get(&ident.name) {
            let prev = *prev;
            let at = self.info.obj(prev).span.map(|s| format!(" (other declaration at line {})", s.line)).unwrap_or_default();
            self.error(ident.span, Code::Redeclared, format!("{} redeclared in this block{at}", ident.name));
            return;
        }
        self.scopes[scope].names.insert(ident.name.clone(), obj);
    }

    /// A new variable object for a declaring identifier.
    pub fn new_var(&mut self, ident: &ast::Ident, kind: VarKind, ty: TypeId) -> ObjId {
        let def = if self.recording { Some(ident.id) } else { None };
        let id = self.new_obj(Object {
            name: ident.name.clone(),
            kind: ObjKind::Var(kind),
            ty,
            pkg: self.pkg_path.clone(),
            span: Some(ident.span),
            def,
        });
        if let Some(f) = self.fctx.last() {
            if kind != VarKind::Global {
                self.var_owner.insert(id, f.func);
            }
        }
        id
    }

    // ---- diagnostics ----

    pub fn error(&mut self, span: Span, code: Code, msg: impl Into<String>) {
        if !self.recording {
            // Stubs are ours: a problem there is a gort bug, not the user's; stay quiet.
            return;
        }
        let path = self.file_paths.get(span.file.0 as usize).cloned().unwrap_or_else(|| self.path.clone());
        self.diags.push(Diagnostic::error(&path, span, code, msg));
    }

    pub fn error_hint(&mut self, span: Span, code: Code, msg: impl Into<String>, hint: impl Into<String>) {
        if !self.recording {
            return;
        }
        let path = self.file_paths.get(span.file.0 as usize).cloned().unwrap_or_else(|| self.path.clone());
        self.diags.push(Diagnostic::error(&path, span, code, msg).with_hint(hint));
    }

    pub fn type_str(&self, t: TypeId) -> String {
        let s = self.info.types.display(t);
        s.strip_prefix("main.").map(str::to_string).unwrap_or(s).replace("main.", "")
    }

    // ---- recording ----

    pub fn record_type(&mut self, id: NodeId, ty: TypeId, mode: Mode) {
        if self.recording && id.index() < self.info.expr_types.len() {
            self.info.expr_types[id.index()] = ty;
            self.info.modes[id.index()] = mode;
        }
    }

    pub fn record_use(&mut self, id: NodeId, obj: ObjId) {
        if self.recording && id.index() < self.info.uses.len() {
            self.info.uses[id.index()] = Some(obj);
        }
    }

    pub fn record_const(&mut self, id: NodeId, v: super::ConstValue) {
        if self.recording {
            self.info.consts.insert(id, v);
        }
    }

    pub fn record_selection(&mut self, id: NodeId, s: Selection) {
        if self.recording {
            self.info.selections.insert(id, s);
        }
    }

    pub fn record_call(&mut self, id: NodeId, c: CallInfo) {
        if self.recording {
            self.info.calls.insert(id, c);
        }
    }

    pub fn record_conversion(&mut self, id: NodeId, c: Conversion) {
        if self.recording && c.from != c.to {
            self.info.conversions.insert(id, c);
        }
    }

    /// Checks that each result type of a multi-value expression is assignable to its slot and
    /// records the conversions (keyed by the multi-value expression).
    pub fn tuple_into(&mut self, e: &ast::Expr, results: &[TypeId], slots: &[TypeId], context: &str) {
        let mut convs = Vec::new();
        let mut any = false;
        for (t, s) in results.iter().zip(slots) {
            if *t == TypeId::INVALID || *s == TypeId::INVALID {
                convs.push(None);
                continue;
            }
            // The comma-ok flag is an untyped bool.
            if *t == TypeId::UNTYPED_BOOL && self.info.types.is_boolean(*s) {
                convs.push(None);
                continue;
            }
            match self.assignable(*t, *s) {
                Ok(Some(kind)) => {
                    any = true;
                    convs.push(Some(Conversion { from: *t, to: *s, kind }));
                }
                Ok(None) => convs.push(None),
                Err(_) => {
                    self.error(e.span, Code::NotAssignable, format!("cannot use {} value as {} value in {context}", self.type_str(*t), self.type_str(*s)));
                    convs.push(None);
                }
            }
        }
        if any && self.recording {
            let id = e.unparen().id;
            self.info.tuple_conversions.insert(id, convs);
        }
    }

    // ---- driver ----

    fn check_package(&mut self, path: &str, files: &[&'a ast::File], recording: bool) {
        self.recording = recording;
        self.pkg_path = path.to_string();
        let scope = self.new_scope(Some(self.universe));
        self.pkg_scopes.insert(path.to_string(), scope);
        // File scopes hold imports; package scope holds declarations.
        let mut file_scopes = Vec::new();
        for f in files {
            self.path = f.path.clone();
            let fs = self.new_scope(Some(scope));
            self.collect_imports(f, fs);
            file_scopes.push(fs);
        }
        let mut funcs = Vec::new();
        let mut methods = Vec::new();
        for (f, fs) in files.iter().zip(&file_scopes) {
            self.path = f.path.clone();
            for d in &f.decls {
                self.collect_decl(d, scope, *fs, &mut funcs, &mut methods);
            }
        }
        self.attach_methods(&methods);
        // Resolve every package-level object, in source order.
        let objs: Vec<ObjId> = {
            let mut v: Vec<ObjId> = self.obj_decl.keys().copied().filter(|o| self.obj_state[o.0 as usize] == ObjState::Pending).collect();
            v.sort();
            v
        };
        for o in objs {
            self.resolve_obj(o);
        }
        self.complete_instances();
        // Bodies.
        for (fid, decl, fs) in funcs.iter().chain(methods.iter()).map(|(o, d, fs, _)| (*o, *d, *fs)).collect::<Vec<_>>() {
            if let Some(ctx) = self.obj_decl.get(&fid).cloned() {
                self.path = ctx.path.clone();
                self.check_func_body(fid, decl, fs);
            }
        }
        if recording {
            self.info.funcs.extend(funcs.iter().chain(methods.iter()).map(|(o, ..)| *o));
            if path == "main" {
                for (name, o) in &self.scopes[scope].names {
                    self.info.package_scope.insert(name.clone(), *o);
                }
                self.check_main(files, scope);
            }
            self.check_unused_imports(files);
        }
        self.complete_instances();
    }

    fn check_main(&mut self, files: &[&ast::File], scope: ScopeId) {
        if files.first().and_then(|f| f.package.as_ref()).is_none_or(|p| p.name != "main") {
            return;
        }
        match self.scopes[scope].names.get("main").copied() {
            Some(o) => {
                let ok = matches!(self.info.obj(o).kind, ObjKind::Func(_))
                    && self.info.types.signature(self.info.obj(o).ty).is_some_and(|s| s.params.is_empty() && s.results.is_empty());
                if !ok {
                    let span = self.info.obj(o).span.unwrap_or_default();
                    self.error(span, Code::NoMain, "func main must have no arguments and no return values");
                }
            }
            None => {
                if let Some(f) = files.first() {
                    let span = f.package.as_ref().map(|p| p.span).unwrap_or(f.span);
                    self.error(span, Code::NoMain, "function main is undeclared in the main package");
                }
            }
        }
    }

    fn finish(mut self) -> (Info, Vec<Diagnostic>) {
        self.complete_instances();
        self.compute_implementors();
        self.info.var_owner = std::mem::take(&mut self.var_owner);
        (self.info, self.diags)
    }
}
