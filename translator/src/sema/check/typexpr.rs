//! Type expressions: resolving `ast::Expr`s that denote types, generics instantiation and
//! substitution.

use std::collections::HashMap;

use super::*;
use crate::sema::types::{Interface, NamedInfo, Signature, StructField, Term, TypeKind, TypeParamInfo};

impl<'a> Checker<'a> {
    /// Resolves a type expression; reports "not a type" / "undefined" and returns `Invalid`.
    pub(super) fn resolve_type(&mut self, e: &'a ast::Expr, scope: ScopeId) -> TypeId {
        let t = self.resolve_type_inner(e, scope);
        // A generic type is only usable instantiated (`T[int]`; the base of that goes through
        // `resolve_type_inner`).
        let bare = matches!(e.unparen().kind, ast::ExprKind::Ident(_) | ast::ExprKind::Selector { .. });
        if bare && self.info.types.named(t).is_some_and(|n| !n.type_params.is_empty() && n.type_args.is_empty()) {
            self.error(e.span, Code::TypeError, format!("cannot use generic type {} without instantiation", self.expr_str(e)));
            self.record_type(e.id, TypeId::INVALID, Mode::Type);
            return TypeId::INVALID;
        }
        self.record_type(e.id, t, Mode::Type);
        t
    }

    fn resolve_type_inner(&mut self, e: &'a ast::Expr, scope: ScopeId) -> TypeId {
        use ast::ExprKind as K;
        match &e.kind {
            K::Ident(name) => {
                let Some(o) = self.lookup(scope, name) else {
                    self.error(e.span, Code::Undefined, format!("undefined: {name}"));
                    return TypeId::INVALID;
                };
                self.record_use(e.id, o);
                let t = self.type_of_type_name(o, e);
                t
            }
            K::Selector { x, sel } => {
                let Some(pkg) = x.as_ident() else {
                    self.error(e.span, Code::NotAType, format!("{} is not a type", self.expr_str(e)));
                    return TypeId::INVALID;
                };
                let Some(po) = self.lookup(scope, pkg) else {
                    self.error(x.span, Code::Undefined, format!("undefined: {pkg}"));
                    return TypeId::INVALID;
                };
                self.record_use(x.id, po);
                let ObjKind::PkgName { path } = self.info.obj(po).kind.clone() else {
                    self.error(e.span, Code::NotAType, format!("{} is not a type", self.expr_str(e)));
                    return TypeId::INVALID;
                };
                self.used_pkgs.insert(po);
                if path.is_empty() {
                    return TypeId::INVALID;
                }
                let Some(m) = self.pkg_member(&path, &sel.name, sel.span) else { return TypeId::INVALID };
                self.record_use(sel.id, m);
                self.record_selection(e.id, Selection::PkgMember { obj: m, pkg: path });
                self.type_of_type_name(m, e)
            }
            K::Paren(x) => self.resolve_type(x, scope),
            K::Star(x) => {
                let t = self.resolve_type(x, scope);
                self.info.types.pointer(t)
            }
            K::ArrayType { len, elem } => {
                let elem = self.resolve_type(elem, scope);
                let Some(len) = len else {
                    self.error(e.span, Code::TypeError, "invalid use of [...] array (outside a composite literal)");
                    return TypeId::INVALID;
                };
                match self.array_len(len, scope) {
                    Some(n) => self.info.types.array(n, elem),
                    None => TypeId::INVALID,
                }
            }
            K::SliceType(x) => {
                let t = self.resolve_type(x, scope);
                self.info.types.slice(t)
            }
            K::MapType { key, value } => {
                let k = self.resolve_type(key, scope);
                let v = self.resolve_type(value, scope);
                if k != TypeId::INVALID && !self.resolving_named.iter().any(|n| self.mentions(k, *n)) {
                    match &mut self.deferred_map_keys {
                        Some(later) => later.push((k, key.span)),
                        None => self.check_map_key(k, key.span),
                    }
                }
                self.info.types.map_of(k, v)
            }
            K::ChanType { dir, elem } => {
                let t = self.resolve_type(elem, scope);
                self.info.types.chan(*dir, t)
            }
            K::FuncType(ft) => self.resolve_signature(ft, scope),
            K::StructType(fields) => self.resolve_struct(fields, scope),
            K::InterfaceType(elems) => self.resolve_interface(elems, scope),
            K::Index { x, indices } => {
                let base = self.resolve_type_inner(x, scope);
                self.record_type(x.id, base, Mode::Type);
                let args: Vec<TypeId> = indices.iter().map(|i| self.resolve_type(i, scope)).collect();
                if base == TypeId::INVALID {
                    return TypeId::INVALID;
                }
                let name = match &x.kind {
                    K::Ident(_) => Some(x.id),
                    K::Selector { sel, .. } => Some(sel.id),
                    _ => None,
                };
                if let Some((tps, rhs)) = name.and_then(|n| self.info.resolve(n)).and_then(|o| self.generic_aliases.get(&o).cloned()) {
                    if tps.len() != args.len() {
                        self.error(e.span, Code::TypeError, format!("{} type arguments for type {}: have {}, want {}", if args.len() < tps.len() { "not enough" } else { "too many" }, self.expr_str(x), args.len(), tps.len()));
                        return TypeId::INVALID;
                    }
                    let map: HashMap<TypeId, TypeId> = tps.into_iter().zip(args).collect();
                    return self.subst(rhs, &map);
                }
                let generic = self.info.types.named(base).is_some_and(|n| !n.type_params.is_empty() && n.type_args.is_empty());
                if !generic {
                    // The type params may not be known yet if the declaration is unresolved.
                    if let Some(o) = self.info.types.named(base).and_then(|n| n.obj) {
                        if self.obj_state[o.0 as usize] == ObjState::Pending {
                            self.resolve_obj(o);
                        }
                    }
                }
                let generic = self.info.types.named(base).is_some_and(|n| !n.type_params.is_empty() && n.type_args.is_empty());
                if !generic {
                    self.error(e.span, Code::TypeError, format!("{} is not a generic type", self.type_str(base)));
                    return TypeId::INVALID;
                }
                self.instantiate_named(base, args, e.span)
            }
            K::Union(_) | K::Tilde(_) => {
                // Only valid as a constraint: an implicit interface with this type set.
                let terms = self.resolve_terms(e, scope);
                self.info.types.intern(TypeKind::Interface(Interface { methods: vec![], terms: Some(terms), comparable: false }))
            }
            K::Bad => TypeId::INVALID,
            _ => {
                self.error(e.span, Code::NotAType, format!("{} is not a type", self.expr_str(e)));
                TypeId::INVALID
            }
        }
    }

    fn type_of_type_name(&mut self, o: ObjId, e: &ast::Expr) -> TypeId {
        let obj = self.info.obj(o).clone();
        match obj.kind {
            ObjKind::TypeName { alias } => {
                if alias && self.obj_state[o.0 as usize] != ObjState::Done {
                    if self.obj_state[o.0 as usize] == ObjState::InProgress {
                        self.error(e.span, Code::InvalidCycle, format!("invalid recursive type alias {}", obj.name));
                        return TypeId::INVALID;
                    }
                    self.resolve_obj(o);
                }
                self.info.obj(o).ty
            }
            ObjKind::Var(_) | ObjKind::Const(_) | ObjKind::Func(_) | ObjKind::Builtin(_) | ObjKind::Nil | ObjKind::PkgName { .. } => {
                self.error(e.span, Code::NotAType, format!("{} is not a type", obj.name));
                TypeId::INVALID
            }
            ObjKind::Label => TypeId::INVALID,
        }
    }

    /// Whether `t` mentions the named type `n` (map keys of a type being defined are checked
    /// for comparability after the fact, not during).
    fn mentions(&self, t: TypeId, n: TypeId) -> bool {
        t == n
    }

    fn array_len(&mut self, len: &'a ast::Expr, scope: ScopeId) -> Option<u64> {
        let mut x = self.expr(len, scope);
        if x.mode == Mode::Invalid {
            return None;
        }
        let v = x.val.as_ref().and_then(|v| v.to_int());
        match v {
            Some(n) if x.mode == Mode::Constant && (self.info.types.is_integer(x.ty) || self.info.types.is_untyped(x.ty)) => match n.to_i64() {
                Some(n) if n >= 0 => {
                    // An untyped length (`[1024 / 8 * 5]byte`) becomes an int, operands too.
                    if self.info.types.is_untyped(x.ty) {
                        self.convert_untyped(&mut x, len, TypeId::INT);
                    }
                    self.record_type(len.id, x.ty, Mode::Constant);
                    Some(n as u64)
                }
                _ => {
                    self.error(len.span, Code::TypeError, format!("invalid array length {}", self.expr_str(len)));
                    None
                }
            },
            _ => {
                self.error(len.span, Code::TypeError, format!("array length {} must be a constant integer", self.expr_str(len)));
                None
            }
        }
    }

    pub(super) fn resolve_signature(&mut self, ft: &'a ast::FuncType, scope: ScopeId) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, f) in ft.params.iter().enumerate() {
            let t = self.resolve_type(&f.ty, scope);
            let t = if f.variadic {
                if i + 1 != ft.params.len() || f.names.len() > 1 {
                    self.error(f.span, Code::TypeError, "can only use ... with final parameter in list");
                }
                variadic = true;
                self.info.types.slice(t)
            } else {
                t
            };
            for _ in 0..f.names.len().max(1) {
                params.push(t);
            }
        }
        let mut results = Vec::new();
        for f in &ft.results {
            let t = self.resolve_type(&f.ty, scope);
            for _ in 0..f.names.len().max(1) {
                results.push(t);
            }
        }
        self.info.types.func(params, results, variadic)
    }

    fn resolve_struct(&mut self, fields: &'a [ast::Field], scope: ScopeId) -> TypeId {
        let mut out = Vec::new();
        for f in fields {
            let t = self.resolve_type(&f.ty, scope);
            if f.is_embedded() {
                let name = embedded_name(&f.ty).unwrap_or("_").to_string();
                let base = if let TypeKind::Pointer(b) = self.info.types.kind(t) { *b } else { t };
                if self.info.types.is_pointer(base) || (self.info.types.is_pointer(t) && self.info.types.is_interface(base)) {
                    self.error(f.ty.span, Code::TypeError, "embedded field type cannot be a pointer to an interface or a pointer");
                }
                out.push(StructField { name, ty: t, embedded: true, tag: f.tag.clone() });
            } else {
                for n in &f.names {
                    self.record_type(n.id, t, Mode::Variable);
                    out.push(StructField { name: n.name.clone(), ty: t, embedded: false, tag: f.tag.clone() });
                }
            }
        }
        self.info.types.intern(TypeKind::Struct(out))
    }

    fn resolve_interface(&mut self, elems: &'a [ast::InterfaceElem], scope: ScopeId) -> TypeId {
        let mut methods: Vec<(String, TypeId)> = Vec::new();
        let mut terms: Option<Vec<Term>> = None;
        let mut comparable = false;
        for el in elems {
            match el {
                ast::InterfaceElem::Method { name, sig, .. } => {
                    let s = self.resolve_signature(sig, scope);
                    if methods.iter().any(|(n, _)| *n == name.name) {
                        self.error(name.span, Code::Redeclared, format!("duplicate method {}", name.name));
                        continue;
                    }
                    methods.push((name.name.clone(), s));
                }
                ast::InterfaceElem::Embed(e) => {
                    let is_term = matches!(e.kind, ast::ExprKind::Union(_) | ast::ExprKind::Tilde(_));
                    if is_term {
                        let ts = self.resolve_terms(e, scope);
                        terms = Some(intersect_terms(terms, ts));
                        continue;
                    }
                    let t = self.resolve_type(e, scope);
                    if t == TypeId::INVALID {
                        continue;
                    }
                    let under = self.ensure_underlying(t);
                    match self.info.types.kind(under).clone() {
                        TypeKind::Interface(it) => {
                            for (n, s) in it.methods {
                                match methods.iter().find(|(m, _)| *m == n) {
                                    Some((_, s2)) if *s2 != s => {
                                        self.error(e.span, Code::Redeclared, format!("duplicate method {n}"));
                                    }
                                    Some(_) => {}
                                    None => methods.push((n, s)),
                                }
                            }
                            if let Some(ts) = it.terms {
                                terms = Some(intersect_terms(terms, ts));
                            }
                            comparable |= it.comparable;
                        }
                        TypeKind::Invalid => {}
                        _ => {
                            terms = Some(intersect_terms(terms, vec![Term { tilde: false, ty: t }]));
                        }
                    }
                }
            }
        }
        methods.sort_by(|a, b| a.0.cmp(&b.0));
        self.info.types.intern(TypeKind::Interface(Interface { methods, terms, comparable }))
    }

    fn resolve_terms(&mut self, e: &'a ast::Expr, scope: ScopeId) -> Vec<Term> {
        match &e.kind {
            ast::ExprKind::Union(xs) => xs.iter().flat_map(|x| self.resolve_terms(x, scope)).collect(),
            ast::ExprKind::Tilde(x) => {
                let t = self.resolve_type(x, scope);
                vec![Term { tilde: true, ty: t }]
            }
            _ => {
                let t = self.resolve_type(e, scope);
                let under = self.ensure_underlying(t);
                match self.info.types.kind(under) {
                    TypeKind::Interface(it) => it.terms.clone().unwrap_or_default(),
                    _ => vec![Term { tilde: false, ty: t }],
                }
            }
        }
    }

    /// Declares type parameters in `scope` (names first, so constraints may refer to them).
    pub(super) fn declare_type_params(&mut self, list: &'a [ast::TypeParam], scope: ScopeId) -> Vec<TypeId> {
        let mut out = Vec::new();
        let mut per_decl = Vec::new();
        for tp in list {
            let mut ids = Vec::new();
            for n in &tp.names {
                let o = self.new_obj(Object {
                    name: n.name.clone(),
                    kind: ObjKind::TypeName { alias: false },
                    ty: TypeId::INVALID,
                    pkg: self.pkg_path.clone(),
                    span: Some(n.span),
                    def: if self.recording { Some(n.id) } else { None },
                });
                let t = self.info.types.new_type_param(TypeParamInfo {
                    name: n.name.clone(),
                    obj: Some(o),
                    constraint: TypeId::INVALID,
                    index: out.len() as u32,
                });
                self.info.objects[o.0 as usize].ty = t;
                self.declare(scope, n, o);
                self.record_type(n.id, t, Mode::Type);
                out.push(t);
                ids.push(t);
            }
            per_decl.push(ids);
        }
        // A constraint may name a type parameter declared after it as a map key, whose own
        // constraint is not set yet: map keys are checked after the whole list.
        let outer = self.deferred_map_keys.replace(Vec::new());
        for (tp, ids) in list.iter().zip(per_decl) {
            let c = self.resolve_type(&tp.constraint, scope);
            let c = if c != TypeId::INVALID && !self.info.types.is_interface(c) {
                // `[T int]` means `[T interface{ int }]`.
                let terms = vec![Term { tilde: false, ty: c }];
                self.info.types.intern(TypeKind::Interface(Interface { methods: vec![], terms: Some(terms), comparable: false }))
            } else if c == TypeId::INVALID {
                self.any_type
            } else {
                c
            };
            for t in ids {
                if let Some(p) = self.info.types.type_param_mut(t) {
                    p.constraint = c;
                }
            }
        }
        let later = std::mem::replace(&mut self.deferred_map_keys, outer).unwrap_or_default();
        for (k, span) in later {
            match &mut self.deferred_map_keys {
                Some(outer_later) => outer_later.push((k, span)),
                None => self.check_map_key(k, span),
            }
        }
        out
    }

    fn check_map_key(&mut self, k: TypeId, span: Span) {
        if !self.is_comparable(k) {
            self.error(span, Code::TypeError, format!("invalid map key type {}", self.type_str(k)));
        }
    }

    /// `Origin[args]`: a (cached) instance of a generic named type.
    pub(super) fn instantiate_named(&mut self, origin: TypeId, args: Vec<TypeId>, span: Span) -> TypeId {
        let Some(info) = self.info.types.named(origin).cloned() else { return TypeId::INVALID };
        if info.type_params.len() != args.len() {
            self.error(span, Code::TypeError, format!("got {} type arguments but {} has {} type parameters", args.len(), info.name, info.type_params.len()));
            return TypeId::INVALID;
        }
        if info.type_params == args {
            return origin;
        }
        if let Some(t) = self.instances.get(&(origin, args.clone())) {
            return *t;
        }
        let t = self.info.types.new_named(NamedInfo {
            name: info.name.clone(),
            pkg: info.pkg.clone(),
            obj: info.obj,
            underlying: TypeId::INVALID,
            methods: info.methods.clone(),
            type_params: Vec::new(),
            type_args: args.clone(),
            origin: Some(origin),
        });
        self.instances.insert((origin, args), t);
        self.pending_instances.push(t);
        if info.underlying != TypeId::INVALID && !self.resolving_named.contains(&origin) {
            self.complete_instance(t);
        }
        t
    }

    /// Computes an instance's underlying type from its origin's (once that is known).
    pub(super) fn complete_instance(&mut self, t: TypeId) {
        let Some(info) = self.info.types.named(t).cloned() else { return };
        if info.underlying != TypeId::INVALID {
            return;
        }
        let Some(origin) = info.origin else { return };
        let Some(oinfo) = self.info.types.named(origin).cloned() else { return };
        if oinfo.underlying == TypeId::INVALID {
            return;
        }
        let map: HashMap<TypeId, TypeId> = oinfo.type_params.iter().copied().zip(info.type_args.iter().copied()).collect();
        let u = self.subst(oinfo.underlying, &map);
        if let Some(n) = self.info.types.named_mut(t) {
            n.underlying = u;
            n.methods = oinfo.methods.clone();
        }
    }

    pub(super) fn complete_instances(&mut self) {
        for _ in 0..32 {
            let pending = std::mem::take(&mut self.pending_instances);
            if pending.is_empty() {
                return;
            }
            let mut left = Vec::new();
            for t in pending {
                self.complete_instance(t);
                if self.info.types.named(t).map(|n| n.underlying) == Some(TypeId::INVALID) {
                    left.push(t);
                }
            }
            let stuck = !left.is_empty() && self.pending_instances.is_empty();
            self.pending_instances.extend(left);
            if stuck {
                return;
            }
        }
    }

    /// Replaces type parameters according to `map`.
    pub(super) fn subst(&mut self, t: TypeId, map: &HashMap<TypeId, TypeId>) -> TypeId {
        if map.is_empty() {
            return t;
        }
        self.subst_depth(t, map, 0)
    }

    fn subst_depth(&mut self, t: TypeId, map: &HashMap<TypeId, TypeId>, depth: u32) -> TypeId {
        if depth > 64 {
            return t;
        }
        let d = depth + 1;
        if let Some(r) = map.get(&t) {
            return *r;
        }
        match self.info.types.kind(t).clone() {
            TypeKind::Invalid | TypeKind::Basic(_) | TypeKind::TypeParam(_) => t,
            TypeKind::Named(_) => {
                let info = self.info.types.named(t).cloned();
                match info {
                    Some(n) if n.type_args.is_empty() && n.type_params.iter().any(|p| map.contains_key(p)) => {
                        // The generic type itself (as written inside its own declaration).
                        let args: Vec<TypeId> = n.type_params.iter().map(|p| map.get(p).copied().unwrap_or(*p)).collect();
                        self.instantiate_named(t, args, Span::default())
                    }
                    Some(n) if !n.type_args.is_empty() => {
                        let args: Vec<TypeId> = n.type_args.iter().map(|a| self.subst_depth(*a, map, d)).collect();
                        if args == n.type_args {
                            return t;
                        }
                        let origin = n.origin.unwrap_or(t);
                        self.instantiate_named(origin, args, Span::default())
                    }
                    _ => t,
                }
            }
            TypeKind::Pointer(e) => {
                let e = self.subst_depth(e, map, d);
                self.info.types.pointer(e)
            }
            TypeKind::Slice(e) => {
                let e = self.subst_depth(e, map, d);
                self.info.types.slice(e)
            }
            TypeKind::Array(n, e) => {
                let e = self.subst_depth(e, map, d);
                self.info.types.array(n, e)
            }
            TypeKind::Map(k, v) => {
                let k = self.subst_depth(k, map, d);
                let v = self.subst_depth(v, map, d);
                self.info.types.map_of(k, v)
            }
            TypeKind::Chan(dir, e) => {
                let e = self.subst_depth(e, map, d);
                self.info.types.chan(dir, e)
            }
            TypeKind::Func(sig) => {
                let params = sig.params.iter().map(|p| self.subst_depth(*p, map, d)).collect();
                let results = sig.results.iter().map(|p| self.subst_depth(*p, map, d)).collect();
                self.info.types.intern(TypeKind::Func(Signature { params, results, variadic: sig.variadic }))
            }
            TypeKind::Struct(fields) => {
                let fields = fields
                    .into_iter()
                    .map(|f| StructField { ty: self.subst_depth(f.ty, map, d), ..f })
                    .collect();
                self.info.types.intern(TypeKind::Struct(fields))
            }
            TypeKind::Interface(it) => {
                let methods = it.methods.into_iter().map(|(n, s)| (n, self.subst_depth(s, map, d))).collect();
                let terms = it.terms.map(|ts| ts.into_iter().map(|x| Term { tilde: x.tilde, ty: self.subst_depth(x.ty, map, d) }).collect());
                self.info.types.intern(TypeKind::Interface(Interface { methods, terms, comparable: it.comparable }))
            }
            TypeKind::Tuple(ts) => {
                let ts = ts.iter().map(|x| self.subst_depth(*x, map, d)).collect();
                self.info.types.tuple(ts)
            }
        }
    }
}

/// The implicit field name of an embedded field type (`*pkg.T` → `T`, `List[int]` → `List`).
pub(super) fn embedded_name(e: &ast::Expr) -> Option<&str> {
    match &e.unparen().kind {
        ast::ExprKind::Ident(n) => Some(n),
        ast::ExprKind::Star(x) => embedded_name(x),
        ast::ExprKind::Selector { sel, .. } => Some(&sel.name),
        ast::ExprKind::Index { x, .. } => embedded_name(x),
        _ => None,
    }
}

/// Intersection of two type sets given as term lists (`None` = all types).
fn intersect_terms(a: Option<Vec<Term>>, b: Vec<Term>) -> Vec<Term> {
    match a {
        None => b,
        Some(a) => a.into_iter().filter(|t| b.iter().any(|u| u.ty == t.ty)).collect(),
    }
}
