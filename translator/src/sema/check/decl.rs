//! Package-level declarations: imports, collection, methods, lazy resolution of objects.

use std::collections::BTreeSet;

use super::*;
use crate::sema::constant::ConstValue;
use crate::sema::types::{NamedInfo, TypeKind};

impl<'a> Checker<'a> {
    pub(super) fn collect_imports(&mut self, f: &ast::File, fs: ScopeId) {
        let goroot = crate::sema::goroot::is_goroot_file(&f.path);
        for imp in &f.imports {
            let path = imp.path.as_str();
            if goroot && crate::sema::goroot::is_linkname_import(imp) {
                continue;
            }
            if self.info.types.is_user_pkg(path) && path != "main" {
                self.collect_user_import(imp, fs);
                continue;
            }
            let std = stdlib::package(path);
            let mut supported = true;
            if self.in_module(path) {
                // The loader reported why the package is missing.
                supported = false;
            } else if let Some(code) = stdlib::special_unsupported(path) {
                let msg = match code {
                    Code::Cgo => "unsupported: cgo (import \"C\")".to_string(),
                    _ => format!("unsupported: package {path}"),
                };
                self.error(imp.path_span, code, msg);
                supported = false;
            } else if std.is_none() || (self.recording && !std.is_some_and(|s| s.importable)) {
                let first = path.split('/').next().unwrap_or("");
                if first.contains('.') {
                    self.error(imp.path_span, Code::ThirdPartyImport, format!("unsupported: import of non-standard package \"{path}\""));
                } else {
                    self.error(imp.path_span, Code::UnsupportedPackage, format!("unsupported: standard package \"{path}\""));
                }
                supported = false;
            }
            let pkg_name = std_pkg_name(path);
            if let Some(n) = &imp.name {
                if n.name == "." || n.name == "_" {
                    if supported {
                        self.error(n.span, Code::DotImport, format!("unsupported: {} import of \"{path}\"", if n.name == "." { "dot" } else { "blank" }));
                    }
                    continue;
                }
            }
            let name = imp.name.as_ref().map(|n| n.name.clone()).unwrap_or(pkg_name);
            let o = self.new_obj(Object {
                name: name.clone(),
                kind: ObjKind::PkgName { path: if supported { path.to_string() } else { String::new() } },
                ty: TypeId::INVALID,
                pkg: self.pkg_path.clone(),
                span: Some(imp.span),
                def: imp.name.as_ref().map(|n| n.id),
            });
            if self.recording {
                self.info.imports.insert(imp.id, o);
                if !supported {
                    // Already reported; do not also report "imported and not used".
                    self.used_pkgs.insert(o);
                }
            }
            let ident = ast::Ident { id: imp.name.as_ref().map(|n| n.id).unwrap_or(imp.id), name, span: imp.span };
            self.declare(fs, &ident, o);
        }
    }

    /// An import of one of the program's own packages: its package name (or the import's
    /// alias) names it in the file scope; a blank import only runs its initialization.
    fn collect_user_import(&mut self, imp: &ast::Import, fs: ScopeId) {
        let path = imp.path.as_str();
        // A `package main` directory was reported by the front end; its uses stay quiet.
        let program = self.info.types.pkg_name(path) == "main";
        let name = match &imp.name {
            Some(n) if n.name == "_" => return,
            Some(n) if n.name == "." => {
                // The package's exported names join the file scope (the package was checked
                // first: it is a dependency); uses name the objects of their own package.
                if let Some(&scope) = self.pkg_scopes.get(path) {
                    let mut exported: Vec<(String, ObjId)> = self.scopes[scope].names.iter().filter(|(k, _)| k.starts_with(char::is_uppercase)).map(|(k, o)| (k.clone(), *o)).collect();
                    exported.sort();
                    for (k, o) in exported {
                        self.scopes[fs].names.entry(k).or_insert(o);
                    }
                }
                return;
            }
            Some(n) => n.name.clone(),
            // (A `package main` directory: named after the directory, as the user meant it.)
            None if program => path.rsplit('/').next().unwrap_or(path).to_string(),
            None => self.info.types.pkg_name(path).to_string(),
        };
        let kind = ObjKind::PkgName { path: if program { String::new() } else { path.to_string() } };
        let o = self.new_obj(Object { name: name.clone(), kind, ty: TypeId::INVALID, pkg: self.pkg_path.clone(), span: Some(imp.span), def: imp.name.as_ref().map(|n| n.id) });
        if self.recording {
            self.info.imports.insert(imp.id, o);
        }
        if program {
            self.used_pkgs.insert(o);
        }
        let ident = ast::Ident { id: imp.name.as_ref().map(|n| n.id).unwrap_or(imp.id), name, span: imp.span };
        self.declare(fs, &ident, o);
    }

    /// Whether `path` names a package of the program's module (`<module>` or `<module>/…`).
    fn in_module(&self, path: &str) -> bool {
        !self.module_path.is_empty() && (path == self.module_path || path.strip_prefix(self.module_path.as_str()).is_some_and(|r| r.starts_with('/')))
    }

    pub(super) fn collect_decl(
        &mut self,
        d: &'a ast::Decl,
        scope: ScopeId,
        fs: ScopeId,
        funcs: &mut Vec<(ObjId, &'a ast::FuncDecl, ScopeId, NodeId)>,
        methods: &mut Vec<(ObjId, &'a ast::FuncDecl, ScopeId, NodeId)>,
    ) {
        let ctx = |cx: &Self, decl: DeclRef<'a>| DeclCtx {
            decl,
            scope: fs,
            path: cx.path.clone(),
            pkg: cx.pkg_path.clone(),
            recording: cx.recording,
        };
        match &d.kind {
            ast::DeclKind::Func(f) => {
                let o = self.new_obj(Object {
                    name: f.name.name.clone(),
                    kind: ObjKind::Func(FuncInfo {
                        recv: None,
                        recv_named: None,
                        ptr_recv: false,
                        type_params: Vec::new(),
                        decl: if self.recording { Some(d.id) } else { None },
                        std: !self.recording,
                    }),
                    ty: TypeId::INVALID,
                    pkg: self.pkg_path.clone(),
                    span: Some(f.name.span),
                    def: if self.recording { Some(f.name.id) } else { None },
                });
                self.obj_state[o.0 as usize] = ObjState::Pending;
                let c = ctx(self, DeclRef::Func { decl: f });
                self.obj_decl.insert(o, c);
                if self.recording {
                    self.info.uses[f.name.id.index()] = Some(o);
                    if f.body.is_none() {
                        self.error(f.name.span, Code::MissingBody, format!("missing function body: {}", f.name.name));
                    }
                }
                if f.recv.is_some() {
                    methods.push((o, f, fs, d.id));
                } else {
                    if f.name.name == "init" || f.name.name == "main" {
                        if !f.type_params.is_empty() {
                            self.error(f.name.span, Code::TypeError, format!("func {} must have no type parameters", f.name.name));
                        }
                    }
                    if f.name.name != "init" {
                        self.declare(scope, &f.name, o);
                    }
                    funcs.push((o, f, fs, d.id));
                }
            }
            ast::DeclKind::Const(group) => {
                for (si, spec) in group.iter().enumerate() {
                    for (ni, name) in spec.names.iter().enumerate() {
                        let o = self.new_obj(Object {
                            name: name.name.clone(),
                            kind: ObjKind::Const(ConstValue::Int(crate::sema::BigInt::zero())),
                            ty: TypeId::INVALID,
                            pkg: self.pkg_path.clone(),
                            span: Some(name.span),
                            def: if self.recording { Some(name.id) } else { None },
                        });
                        self.obj_state[o.0 as usize] = ObjState::Pending;
                        let c = ctx(self, DeclRef::Const { group, spec: si, index: ni });
                        self.obj_decl.insert(o, c);
                        self.declare(scope, name, o);
                    }
                }
            }
            ast::DeclKind::Var(specs) => {
                for spec in specs {
                    for (ni, name) in spec.names.iter().enumerate() {
                        let o = self.new_obj(Object {
                            name: name.name.clone(),
                            kind: ObjKind::Var(VarKind::Global),
                            ty: TypeId::INVALID,
                            pkg: self.pkg_path.clone(),
                            span: Some(name.span),
                            def: if self.recording { Some(name.id) } else { None },
                        });
                        self.obj_state[o.0 as usize] = ObjState::Pending;
                        let c = ctx(self, DeclRef::Var { spec, index: ni });
                        self.obj_decl.insert(o, c);
                        self.declare(scope, name, o);
                    }
                }
            }
            ast::DeclKind::Type(specs) => {
                for spec in specs {
                    let o = self.declare_type_name(spec, scope);
                    let c = ctx(self, DeclRef::Type { spec });
                    self.obj_decl.insert(o, c);
                }
            }
            ast::DeclKind::Bad => {}
        }
    }

    /// Creates the type-name object (and, for a defined type, its named type) for a spec.
    pub(super) fn declare_type_name(&mut self, spec: &ast::TypeSpec, scope: ScopeId) -> ObjId {
        let o = self.new_obj(Object {
            name: spec.name.name.clone(),
            kind: ObjKind::TypeName { alias: spec.alias },
            ty: TypeId::INVALID,
            pkg: self.pkg_path.clone(),
            span: Some(spec.name.span),
            def: if self.recording { Some(spec.name.id) } else { None },
        });
        if !spec.alias {
            let named = self.info.types.new_named(NamedInfo {
                name: spec.name.name.clone(),
                pkg: self.pkg_path.clone(),
                obj: Some(o),
                underlying: TypeId::INVALID,
                methods: Vec::new(),
                type_params: Vec::new(),
                type_args: Vec::new(),
                origin: None,
            });
            self.info.objects[o.0 as usize].ty = named;
        }
        self.obj_state[o.0 as usize] = ObjState::Pending;
        self.declare(scope, &spec.name, o);
        o
    }

    pub(super) fn attach_methods(&mut self, methods: &[(ObjId, &'a ast::FuncDecl, ScopeId, NodeId)]) {
        for (o, f, fs, _) in methods {
            let Some(recv) = &f.recv else { continue };
            let (base, ptr) = receiver_base(&recv.ty);
            let Some(base) = base else {
                self.error(recv.ty.span, Code::TypeError, "invalid receiver type");
                continue;
            };
            let named = self.lookup(*fs, base).and_then(|t| {
                let obj = self.info.obj(t);
                match obj.kind {
                    ObjKind::TypeName { alias: false } if obj.pkg == self.pkg_path => Some(obj.ty),
                    _ => None,
                }
            });
            let Some(named) = named else {
                let what = if self.lookup(*fs, base).is_some() { "cannot define new methods on non-local type" } else { "undefined" };
                self.error(recv.ty.span, Code::Undefined, format!("{what}: {base}"));
                continue;
            };
            let dup = self
                .info
                .types
                .named(named)
                .map(|n| n.methods.iter().any(|m| self.info.obj(*m).name == f.name.name))
                .unwrap_or(false);
            if dup && f.name.name != "_" {
                self.error(f.name.span, Code::Redeclared, format!("method {}.{} already declared", base, f.name.name));
                continue;
            }
            if let Some(n) = self.info.types.named_mut(named) {
                n.methods.push(*o);
            }
            if let ObjKind::Func(fi) = &mut self.info.objects[o.0 as usize].kind {
                fi.recv_named = Some(named);
                fi.ptr_recv = ptr;
            }
        }
    }

    /// Resolves a package-level object's type (and value), once.
    pub(super) fn resolve_obj(&mut self, o: ObjId) {
        match self.obj_state[o.0 as usize] {
            ObjState::Done => return,
            ObjState::InProgress => {
                let obj = self.info.obj(o).clone();
                match obj.kind {
                    ObjKind::TypeName { .. } | ObjKind::Func(_) => {}
                    _ => {
                        let span = obj.span.unwrap_or_default();
                        self.error(span, Code::InvalidCycle, format!("initialization cycle or invalid recursive reference: {}", obj.name));
                        self.info.objects[o.0 as usize].ty = TypeId::INVALID;
                        self.obj_state[o.0 as usize] = ObjState::Done;
                    }
                }
                return;
            }
            ObjState::Pending => {}
        }
        let Some(ctx) = self.obj_decl.get(&o).cloned() else {
            self.obj_state[o.0 as usize] = ObjState::Done;
            return;
        };
        self.obj_state[o.0 as usize] = ObjState::InProgress;
        // Package-level resolution happens outside any function and in the decl's own context.
        let saved = (
            std::mem::replace(&mut self.path, ctx.path.clone()),
            std::mem::replace(&mut self.pkg_path, ctx.pkg.clone()),
            std::mem::replace(&mut self.recording, ctx.recording),
            std::mem::take(&mut self.fctx),
            self.iota.take(),
        );
        match ctx.decl {
            DeclRef::Const { group, spec, index } => self.resolve_const(o, group, spec, index, ctx.scope),
            DeclRef::Var { spec, index } => self.resolve_global_var(o, spec, index, ctx.scope),
            DeclRef::Type { spec } => self.resolve_type_decl(o, spec, ctx.scope),
            DeclRef::Func { decl, .. } => self.resolve_func_sig(o, decl, ctx.scope),
        }
        self.obj_state[o.0 as usize] = ObjState::Done;
        self.path = saved.0;
        self.pkg_path = saved.1;
        self.recording = saved.2;
        self.fctx = saved.3;
        self.iota = saved.4;
    }

    pub(super) fn resolve_const(&mut self, o: ObjId, group: &'a [ast::ConstSpec], si: usize, index: usize, scope: ScopeId) {
        let spec = &group[si];
        let src = match spec.inherit {
            Some(i) if i < group.len() => &group[i],
            _ => spec,
        };
        let inherited = !std::ptr::eq(src, spec);
        self.iota = Some(crate::sema::BigInt::from_i64(spec.iota as i64));
        let was_recording = self.recording;
        if inherited {
            // The repeated expressions belong to the earlier spec; record nothing for them.
            self.recording = false;
        }
        let ty = src.ty.as_ref().map(|t| self.resolve_type(t, scope));
        let (val, vty) = match src.values.get(index) {
            Some(e) => {
                let mut x = self.expr(e, scope);
                if let Some(t) = ty {
                    self.assign_to(&mut x, e, t, "constant declaration");
                }
                if x.mode != Mode::Constant && x.mode != Mode::Invalid {
                    self.error(e.span, Code::TypeError, format!("{} is not constant", self.expr_str(e)));
                }
                (x.val.clone(), x.ty)
            }
            None => {
                if !src.values.is_empty() || spec.inherit.is_some() {
                    let name = &spec.names[index];
                    self.recording = was_recording;
                    self.error(name.span, Code::ArgCount, format!("missing init expr for const declaration {}", name.name));
                }
                (None, TypeId::INVALID)
            }
        };
        if index == 0 && !inherited && src.values.len() > spec.names.len() {
            let e = &src.values[spec.names.len()];
            self.error(e.span, Code::ArgCount, "extra init expr");
        }
        self.recording = was_recording;
        let obj = &mut self.info.objects[o.0 as usize];
        obj.ty = vty;
        obj.kind = ObjKind::Const(val.unwrap_or(ConstValue::Int(crate::sema::BigInt::zero())));
        if vty == TypeId::INVALID {
            obj.ty = TypeId::INVALID;
        }
        self.iota = None;
    }

    fn resolve_global_var(&mut self, o: ObjId, spec: &'a ast::VarSpec, index: usize, scope: ScopeId) {
        let declared = spec.ty.as_ref().map(|t| self.resolve_type(t, scope));
        let ty = if spec.values.len() == spec.names.len() {
            let e = &spec.values[index];
            self.var_init(declared, e, scope)
        } else if spec.values.is_empty() {
            declared.unwrap_or(TypeId::INVALID)
        } else if spec.values.len() == 1 {
            // `var a, b = f()`: all names share one evaluation; the first name does it.
            let types = self.multi_value_types(spec, scope, declared);
            types.get(index).copied().unwrap_or(TypeId::INVALID)
        } else {
            if index == 0 {
                self.error(spec.span, Code::ArgCount, format!("assignment mismatch: {} variables but {} values", spec.names.len(), spec.values.len()));
            }
            declared.unwrap_or(TypeId::INVALID)
        };
        self.info.objects[o.0 as usize].ty = ty;
    }

    /// Types of `var a, b = f()` (or comma-ok forms), computed once per spec.
    fn multi_value_types(&mut self, spec: &'a ast::VarSpec, scope: ScopeId, declared: Option<TypeId>) -> Vec<TypeId> {
        // Other names of the spec may already be resolved by an earlier call.
        let first = spec.names.first().and_then(|n| self.lookup_def(n));
        if let Some(f) = first {
            if self.obj_state[f.0 as usize] == ObjState::Done {
                return spec.names.iter().map(|n| self.lookup_def(n).map(|o| self.info.obj(o).ty).unwrap_or(TypeId::INVALID)).collect();
            }
        }
        let e = &spec.values[0];
        let types = self.multi_rhs(e, spec.names.len(), scope);
        let mut out = Vec::new();
        for (i, t) in types.into_iter().enumerate() {
            let t = match declared {
                Some(d) => d,
                None => self.default_type(t),
            };
            if let Some(n) = spec.names.get(i) {
                if let Some(o) = self.lookup_def(n) {
                    self.info.objects[o.0 as usize].ty = t;
                    self.obj_state[o.0 as usize] = ObjState::Done;
                }
            }
            out.push(t);
        }
        out
    }

    /// The object a package-level declaring identifier created (searching by span).
    fn lookup_def(&self, n: &ast::Ident) -> Option<ObjId> {
        self.obj_decl.keys().copied().find(|o| {
            let obj = self.info.obj(*o);
            obj.span == Some(n.span) && obj.name == n.name
        })
    }

    /// Checks an initializer against an optional declared type; returns the variable's type.
    pub(super) fn var_init(&mut self, declared: Option<TypeId>, e: &'a ast::Expr, scope: ScopeId) -> TypeId {
        let mut x = self.expr(e, scope);
        self.single_value(&mut x, e);
        match declared {
            Some(t) => {
                self.assign_to(&mut x, e, t, "variable declaration");
                t
            }
            None => {
                if x.ty == TypeId::UNTYPED_NIL {
                    self.error(e.span, Code::TypeError, "use of untyped nil in variable declaration");
                    return TypeId::INVALID;
                }
                if x.mode == Mode::NoValue {
                    return TypeId::INVALID;
                }
                let t = self.default_type(x.ty);
                self.convert_untyped(&mut x, e, t);
                t
            }
        }
    }

    fn resolve_type_decl(&mut self, o: ObjId, spec: &'a ast::TypeSpec, scope: ScopeId) {
        let obj_ty = self.info.obj(o).ty;
        if spec.alias {
            if !spec.type_params.is_empty() {
                let s = self.new_scope(Some(scope));
                let tps = self.declare_type_params(&spec.type_params, s);
                let rhs = self.resolve_type(&spec.ty, s);
                self.generic_aliases.insert(o, (tps, rhs));
                self.info.objects[o.0 as usize].ty = rhs;
                self.record_type(spec.name.id, rhs, Mode::Type);
                return;
            }
            let t = self.resolve_type(&spec.ty, scope);
            self.info.objects[o.0 as usize].ty = t;
            self.record_type(spec.name.id, t, Mode::Type);
            return;
        }
        let inner = if spec.type_params.is_empty() {
            scope
        } else {
            let s = self.new_scope(Some(scope));
            let tps = self.declare_type_params(&spec.type_params, s);
            if let Some(n) = self.info.types.named_mut(obj_ty) {
                n.type_params = tps;
            }
            s
        };
        self.resolving_named.push(obj_ty);
        let rhs = self.resolve_type(&spec.ty, inner);
        self.resolving_named.pop();
        let under = self.ensure_underlying(rhs);
        let under = if self.info.types.is_type_param(rhs) {
            self.error(spec.ty.span, Code::TypeError, "cannot use a type parameter as RHS in type declaration");
            TypeId::INVALID
        } else {
            under
        };
        if under == obj_ty || (under == TypeId::INVALID && rhs != TypeId::INVALID && self.info.types.is_named(rhs)) {
            self.error(spec.name.span, Code::InvalidCycle, format!("invalid recursive type {}", spec.name.name));
        }
        if let Some(n) = self.info.types.named_mut(obj_ty) {
            n.underlying = if under == obj_ty { TypeId::INVALID } else { under };
        }
        self.record_type(spec.name.id, obj_ty, Mode::Type);
        self.check_struct_dups(obj_ty, spec);
    }

    /// The underlying type of `t`, resolving a named type's declaration first if needed.
    pub(super) fn ensure_underlying(&mut self, t: TypeId) -> TypeId {
        let mut cur = t;
        for _ in 0..64 {
            match self.info.types.kind(cur).clone() {
                TypeKind::Named(_) => {
                    let info = self.info.types.named(cur).cloned();
                    let Some(info) = info else { return TypeId::INVALID };
                    if info.underlying != TypeId::INVALID {
                        return info.underlying;
                    }
                    if let Some(origin) = info.origin {
                        self.ensure_underlying(origin);
                        self.complete_instance(cur);
                        return self.info.types.named(cur).map(|n| n.underlying).unwrap_or(TypeId::INVALID);
                    }
                    match info.obj {
                        Some(o) if self.obj_state[o.0 as usize] == ObjState::Pending => {
                            self.resolve_obj(o);
                            cur = t;
                            if self.info.types.named(cur).map(|n| n.underlying) == Some(TypeId::INVALID) {
                                return TypeId::INVALID;
                            }
                        }
                        _ => return TypeId::INVALID,
                    }
                }
                _ => return cur,
            }
        }
        TypeId::INVALID
    }

    fn check_struct_dups(&mut self, named: TypeId, spec: &ast::TypeSpec) {
        let fields: Vec<String> = self.info.types.struct_fields(named).map(|f| f.iter().map(|f| f.name.clone()).collect()).unwrap_or_default();
        let methods: Vec<ObjId> = self.info.types.named(named).map(|n| n.methods.clone()).unwrap_or_default();
        let mut seen = BTreeSet::new();
        for f in &fields {
            if f != "_" && !seen.insert(f.clone()) {
                self.error(spec.ty.span, Code::Redeclared, format!("{f} redeclared"));
            }
        }
        for m in methods {
            let name = self.info.obj(m).name.clone();
            if fields.contains(&name) {
                let span = self.info.obj(m).span.unwrap_or(spec.span);
                self.error(span, Code::Redeclared, format!("field and method with the same name {name}"));
            }
        }
    }

    fn resolve_func_sig(&mut self, o: ObjId, decl: &'a ast::FuncDecl, scope: ScopeId) {
        let s = self.new_scope(Some(scope));
        let tps = self.declare_type_params(&decl.type_params, s);
        let mut recv_ty = None;
        if let Some(recv) = &decl.recv {
            recv_ty = Some(self.resolve_receiver(o, recv, s));
        }
        let sig = self.resolve_signature(&decl.sig, s);
        let std = !self.recording;
        let obj = &mut self.info.objects[o.0 as usize];
        obj.ty = sig;
        if let ObjKind::Func(fi) = &mut obj.kind {
            fi.type_params = tps;
            fi.recv = recv_ty;
            fi.std = std;
        }
        self.func_scopes.insert(o, s);
    }

    /// Binds a method's receiver type parameters to its type's, returns the receiver type.
    fn resolve_receiver(&mut self, o: ObjId, recv: &'a ast::Field, s: ScopeId) -> TypeId {
        let named = match &self.info.obj(o).kind {
            ObjKind::Func(fi) => fi.recv_named,
            _ => None,
        };
        let Some(named) = named else { return TypeId::INVALID };
        let (ptr, args) = receiver_type_args(&recv.ty);
        let tparams = self.info.types.named(named).map(|n| n.type_params.clone()).unwrap_or_default();
        // Make sure the type's parameters exist (its declaration may not be resolved yet).
        let tparams = if tparams.is_empty() {
            if let Some(obj) = self.info.types.named(named).and_then(|n| n.obj) {
                self.resolve_obj(obj);
            }
            self.info.types.named(named).map(|n| n.type_params.clone()).unwrap_or_default()
        } else {
            tparams
        };
        if args.len() != tparams.len() {
            self.error(recv.ty.span, Code::TypeError, format!("receiver has {} type parameters, type has {}", args.len(), tparams.len()));
        }
        for (a, tp) in args.iter().zip(&tparams) {
            let o2 = self.new_obj(Object {
                name: a.name.clone(),
                kind: ObjKind::TypeName { alias: true },
                ty: *tp,
                pkg: self.pkg_path.clone(),
                span: Some(a.span),
                def: None,
            });
            self.record_use(a.id, o2);
            self.record_type(a.id, *tp, Mode::Type);
            if a.name != "_" {
                self.scopes[s].names.insert(a.name.clone(), o2);
            }
        }
        let base = if tparams.is_empty() { named } else { self.instantiate_named(named, tparams.clone(), recv.ty.span) };
        let t = if ptr { self.info.types.pointer(base) } else { base };
        self.record_type(recv.ty.id, t, Mode::Type);
        t
    }

    /// Reports user types that contain themselves by value (Go: invalid recursive type).
    pub(super) fn check_recursive_types(&mut self) {
        let named: Vec<TypeId> = self.info.types.all_named().filter(|t| self.info.types.named(*t).is_some_and(|n| self.info.types.is_user_pkg(&n.pkg) && n.origin.is_none())).collect();
        for t in named {
            let u = self.info.types.underlying(t);
            if self.contains_by_value(u, t, 0) {
                let obj = self.info.types.named(t).and_then(|n| n.obj);
                if let Some(span) = obj.and_then(|o| self.info.obj(o).span) {
                    let name = self.info.obj(obj.expect("has obj")).name.clone();
                    self.error(span, Code::InvalidCycle, format!("invalid recursive type {name}"));
                }
                if let Some(n) = self.info.types.named_mut(t) {
                    n.underlying = TypeId::INVALID;
                }
            }
        }
    }

    fn contains_by_value(&self, t: TypeId, target: TypeId, depth: u32) -> bool {
        if depth > 64 {
            return false;
        }
        if t == target {
            return true;
        }
        match self.info.types.kind(t) {
            TypeKind::Named(_) => self.contains_by_value(self.info.types.underlying(t), target, depth + 1),
            TypeKind::Struct(fs) => fs.iter().any(|f| self.contains_by_value(f.ty, target, depth + 1)),
            TypeKind::Array(_, e) => self.contains_by_value(*e, target, depth + 1),
            _ => false,
        }
    }

    pub(super) fn check_unused_imports(&mut self, files: &[&ast::File]) {
        for f in files {
            for imp in &f.imports {
                if let Some(o) = self.info.imports.get(&imp.id).copied() {
                    if !self.used_pkgs.contains(&o) {
                        self.error(imp.span, Code::UnusedImport, format!("\"{}\" imported and not used", imp.path));
                    }
                }
            }
        }
    }
}

/// The receiver's base type name and whether it is a pointer receiver.
fn receiver_base(e: &ast::Expr) -> (Option<&str>, bool) {
    let mut e = e.unparen();
    let mut ptr = false;
    if let ast::ExprKind::Star(x) = &e.kind {
        ptr = true;
        e = x.unparen();
    }
    if let ast::ExprKind::Index { x, .. } = &e.kind {
        e = x.unparen();
    }
    (e.as_ident(), ptr)
}

/// A receiver's type parameter names (`(l *List[T])` → `[T]`).
fn receiver_type_args(e: &ast::Expr) -> (bool, Vec<ast::Ident>) {
    let mut e = e.unparen();
    let mut ptr = false;
    if let ast::ExprKind::Star(x) = &e.kind {
        ptr = true;
        e = x.unparen();
    }
    let mut out = Vec::new();
    if let ast::ExprKind::Index { indices, .. } = &e.kind {
        for i in indices {
            let name = i.as_ident().unwrap_or("_").to_string();
            out.push(ast::Ident { id: i.id, name, span: i.span });
        }
    }
    (ptr, out)
}

pub(super) fn std_pkg_name(path: &str) -> String {
    stdlib::package_name(path)
}
