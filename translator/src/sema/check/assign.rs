//! Assignments, short variable declarations, multi-value right-hand sides, local declarations.

use super::expr::Operand;
use super::*;
use crate::sema::types::TypeKind;

impl<'a> Checker<'a> {
    /// Types of a single right-hand side feeding `n` left-hand sides: a multi-value call, or a
    /// comma-ok form (map index, type assertion, receive) when `n == 2`.
    pub(super) fn multi_rhs(&mut self, e: &'a ast::Expr, n: usize, scope: ScopeId) -> Vec<TypeId> {
        let x = self.expr(e, scope);
        if x.mode == Mode::Invalid {
            return vec![TypeId::INVALID; n];
        }
        if let TypeKind::Tuple(ts) = self.info.types.kind(x.ty).clone() {
            if ts.len() == n {
                return ts;
            }
            self.error(e.span, Code::ArgCount, format!("assignment mismatch: {n} variables but {} returns {} values", self.expr_str(e), ts.len()));
            return vec![TypeId::INVALID; n];
        }
        let inner = e.unparen();
        let comma_ok = matches!(
            inner.kind,
            ast::ExprKind::Index { .. } | ast::ExprKind::TypeAssert { .. } | ast::ExprKind::Unary { op: ast::UnaryOp::Recv, .. }
        ) && (x.mode == Mode::MapIndex || !matches!(inner.kind, ast::ExprKind::Index { .. }));
        if n == 2 && comma_ok {
            if self.recording {
                self.info.comma_ok.insert(inner.id);
                if inner.id != e.id {
                    self.info.comma_ok.insert(e.id);
                }
            }
            return vec![x.ty, TypeId::UNTYPED_BOOL];
        }
        self.error(e.span, Code::ArgCount, format!("assignment mismatch: {n} variables but 1 value"));
        vec![TypeId::INVALID; n]
    }

    /// `a, b := …`
    pub(super) fn define(&mut self, s: &ast::Stmt, lhs: &'a [ast::Expr], rhs: &'a [ast::Expr], scope: ScopeId) {
        // Right-hand sides are evaluated before the new names are in scope.
        let rhs_types: Vec<(Option<Operand>, TypeId)> = if lhs.len() == rhs.len() {
            rhs.iter()
                .map(|r| {
                    let mut x = self.expr(r, scope);
                    self.single_value(&mut x, r);
                    let t = x.ty;
                    (Some(x), t)
                })
                .collect()
        } else if rhs.len() == 1 {
            self.multi_rhs(&rhs[0], lhs.len(), scope).into_iter().map(|t| (None, t)).collect()
        } else {
            for r in rhs {
                self.expr(r, scope);
            }
            self.error(s.span, Code::ArgCount, format!("assignment mismatch: {} variables but {} values", lhs.len(), rhs.len()));
            vec![(None, TypeId::INVALID); lhs.len()]
        };
        let mut any_new = false;
        let mut to_declare = Vec::new();
        for (i, (l, (op, t))) in lhs.iter().zip(rhs_types).enumerate() {
            let Some(name) = l.as_ident() else {
                self.error(l.span, Code::TypeError, format!("non-name {} on left side of :=", self.expr_str(l)));
                continue;
            };
            let existing = if name == "_" { None } else { self.scopes[scope].names.get(name).copied() };
            if let Some(o) = existing.filter(|o| matches!(self.info.obj(*o).kind, ObjKind::Var(_))) {
                // Redeclaration: plain assignment to the existing variable.
                self.record_use(l.id, o);
                let vt = self.info.obj(o).ty;
                self.record_type(l.id, vt, Mode::Variable);
                match op {
                    Some(mut x) => self.assign_to(&mut x, &rhs[i], vt, "assignment"),
                    None => {
                        if t != TypeId::INVALID && self.assignable(t, vt).is_err() && !(t == TypeId::UNTYPED_BOOL && self.info.types.is_boolean(vt)) {
                            self.error(l.span, Code::NotAssignable, format!("cannot use {} value as {} value in assignment", self.type_str(t), self.type_str(vt)));
                        }
                    }
                }
                continue;
            }
            if name != "_" {
                any_new = true;
            }
            let vt = match op {
                Some(mut x) => {
                    if x.mode == Mode::Invalid {
                        TypeId::INVALID
                    } else if x.ty == TypeId::UNTYPED_NIL {
                        self.error(rhs[i].span, Code::TypeError, "use of untyped nil in assignment");
                        TypeId::INVALID
                    } else if x.mode == Mode::NoValue {
                        TypeId::INVALID
                    } else {
                        let d = self.default_type(x.ty);
                        self.convert_untyped(&mut x, &rhs[i], d);
                        d
                    }
                }
                None => self.default_type(t),
            };
            let ident = ast::Ident { id: l.id, name: name.to_string(), span: l.span };
            let o = self.new_var(&ident, VarKind::Local, vt);
            self.record_type(l.id, vt, Mode::Variable);
            to_declare.push((ident, o));
        }
        if !any_new && !lhs.is_empty() {
            self.error(s.span, Code::TypeError, "no new variables on left side of :=");
        }
        for (ident, o) in to_declare {
            self.declare(scope, &ident, o);
        }
    }

    /// `a, b = …`
    pub(super) fn assign(&mut self, s: &ast::Stmt, lhs: &'a [ast::Expr], rhs: &'a [ast::Expr], scope: ScopeId) {
        let lops: Vec<Operand> = lhs
            .iter()
            .map(|l| {
                let mut o = self.lhs_expr_pub(l, scope);
                if o.mode != Mode::Invalid && l.as_ident() != Some("_") {
                    self.single_value(&mut o, l);
                    self.check_lhs(l, &o);
                }
                o
            })
            .collect();
        if lhs.len() == rhs.len() {
            for ((l, lo), r) in lhs.iter().zip(&lops).zip(rhs) {
                let mut x = self.expr_hint(r, scope, if lo.ty == TypeId::INVALID { None } else { Some(lo.ty) });
                if l.as_ident() == Some("_") {
                    self.single_value(&mut x, r);
                    if x.ty == TypeId::UNTYPED_NIL {
                        self.error(r.span, Code::TypeError, "use of untyped nil in assignment");
                    }
                    self.default_operand(&mut x, r);
                    continue;
                }
                if lo.mode == Mode::Invalid {
                    continue;
                }
                self.assign_to(&mut x, r, lo.ty, "assignment");
            }
        } else if rhs.len() == 1 {
            let ts = self.multi_rhs(&rhs[0], lhs.len(), scope);
            let slots: Vec<TypeId> = lhs
                .iter()
                .zip(&lops)
                .map(|(l, lo)| if l.as_ident() == Some("_") || lo.mode == Mode::Invalid { TypeId::INVALID } else { lo.ty })
                .collect();
            self.tuple_into(&rhs[0], &ts, &slots, "assignment");
        } else {
            for r in rhs {
                self.expr(r, scope);
            }
            self.error(s.span, Code::ArgCount, format!("assignment mismatch: {} variables but {} values", lhs.len(), rhs.len()));
        }
    }

    fn lhs_expr_pub(&mut self, l: &'a ast::Expr, scope: ScopeId) -> Operand {
        if l.as_ident() == Some("_") {
            return Operand { mode: Mode::Variable, ty: TypeId::INVALID, val: None };
        }
        if let ast::ExprKind::Ident(name) = &l.unparen().kind {
            if let Some(o) = self.lookup(scope, name) {
                if matches!(self.info.obj(o).kind, ObjKind::Var(VarKind::Local)) {
                    let was_used = self.used_vars.contains(&o);
                    let x = self.expr(l, scope);
                    if !was_used {
                        self.used_vars.remove(&o);
                    }
                    return x;
                }
            }
        }
        self.expr(l, scope)
    }

    fn check_lhs(&mut self, e: &ast::Expr, o: &Operand) {
        if !matches!(o.mode, Mode::Variable | Mode::MapIndex | Mode::Invalid) {
            self.error(e.span, Code::NotAssignable, format!("cannot assign to {} (neither addressable nor a map index expression)", self.expr_str(e)));
        }
    }

    /// A `const`, `var` or `type` declaration inside a function.
    pub(super) fn local_decl(&mut self, d: &'a ast::Decl, scope: ScopeId) {
        match &d.kind {
            ast::DeclKind::Const(group) => {
                for (si, spec) in group.iter().enumerate() {
                    let mut objs = Vec::new();
                    for (ni, name) in spec.names.iter().enumerate() {
                        let o = self.new_obj(Object {
                            name: name.name.clone(),
                            kind: ObjKind::Const(crate::sema::ConstValue::Bool(false)),
                            ty: TypeId::INVALID,
                            pkg: self.pkg_path.clone(),
                            span: Some(name.span),
                            def: if self.recording { Some(name.id) } else { None },
                        });
                        let saved_iota = self.iota.take();
                        self.resolve_const(o, group, si, ni, scope);
                        self.iota = saved_iota;
                        objs.push((name, o));
                    }
                    for (name, o) in objs {
                        self.declare(scope, name, o);
                        self.used_vars.insert(o);
                    }
                }
            }
            ast::DeclKind::Var(specs) => {
                for spec in specs {
                    let declared = spec.ty.as_ref().map(|t| self.resolve_type(t, scope));
                    let types: Vec<TypeId> = if spec.values.len() == spec.names.len() {
                        spec.values.iter().map(|v| self.var_init(declared, v, scope)).collect()
                    } else if spec.values.is_empty() {
                        vec![declared.unwrap_or(TypeId::INVALID); spec.names.len()]
                    } else if spec.values.len() == 1 {
                        let ts = self.multi_rhs(&spec.values[0], spec.names.len(), scope);
                        match declared {
                            Some(d) => {
                                let slots = vec![d; ts.len()];
                                self.tuple_into(&spec.values[0], &ts, &slots, "variable declaration");
                                slots
                            }
                            None => ts.into_iter().map(|t| self.default_type(t)).collect(),
                        }
                    } else {
                        for v in &spec.values {
                            self.expr(v, scope);
                        }
                        self.error(spec.span, Code::ArgCount, format!("assignment mismatch: {} variables but {} values", spec.names.len(), spec.values.len()));
                        vec![declared.unwrap_or(TypeId::INVALID); spec.names.len()]
                    };
                    let mut objs = Vec::new();
                    for (name, t) in spec.names.iter().zip(types) {
                        let o = self.new_var(name, VarKind::Local, t);
                        objs.push((name, o));
                    }
                    for (name, o) in objs {
                        self.declare(scope, name, o);
                    }
                }
            }
            ast::DeclKind::Type(specs) => {
                for spec in specs {
                    let o = self.declare_type_name(spec, scope);
                    let ctx = DeclCtx { decl: DeclRef::Type { spec }, scope, path: self.path.clone(), pkg: self.pkg_path.clone(), recording: self.recording };
                    self.obj_decl.insert(o, ctx);
                    let fctx = std::mem::take(&mut self.fctx);
                    self.resolve_obj(o);
                    self.fctx = fctx;
                    self.complete_instances();
                }
            }
            ast::DeclKind::Func(_) | ast::DeclKind::Bad => {}
        }
    }
}
