//! Switches, type switches and range loops.

use super::*;
use crate::sema::types::TypeKind;

impl<'a> Checker<'a> {
    pub(super) fn switch(&mut self, _s: &ast::Stmt, init: Option<&'a ast::Stmt>, tag: Option<&'a ast::Expr>, cases: &'a [ast::CaseClause], scope: ScopeId, label: Option<&str>) {
        let sc = self.new_scope(Some(scope));
        if let Some(i) = init {
            self.stmt(i, sc, None);
        }
        let mut tag_op = tag.map(|t| {
            let mut x = self.expr(t, sc);
            self.single_value(&mut x, t);
            self.default_operand(&mut x, t);
            if x.mode != Mode::Invalid && !self.is_comparable(x.ty) && x.ty != TypeId::INVALID {
                self.error(t.span, Code::InvalidOp, format!("cannot switch on {} (variable of type {})", self.expr_str(t), self.type_str(x.ty)));
            }
            x
        });
        let mut defaults = 0;
        let mut seen: Vec<(String, Span)> = Vec::new();
        self.push_breakable(Breakable::Switch, label);
        for (ci, c) in cases.iter().enumerate() {
            if c.is_default {
                defaults += 1;
                if defaults > 1 {
                    self.error(c.span, Code::TypeError, "multiple defaults in switch");
                }
            }
            for e in &c.exprs {
                let mut x = self.expr(e, sc);
                self.single_value(&mut x, e);
                if x.mode == Mode::Invalid {
                    continue;
                }
                match (&mut tag_op, tag) {
                    (Some(t), Some(te)) if t.mode != Mode::Invalid => {
                        let mut tt = t.clone();
                        self.match_types(&mut x, e, &mut tt, te);
                        if x.mode != Mode::Invalid && x.ty != tt.ty && self.assignable(x.ty, tt.ty).is_err() && self.assignable(tt.ty, x.ty).is_err() {
                            self.error(e.span, Code::TypeMismatch, format!("invalid case {} in switch on {} (mismatched types {} and {})", self.expr_str(e), self.expr_str(te), self.type_str(x.ty), self.type_str(tt.ty)));
                        } else if let Ok(Some(k)) = self.assignable(x.ty, tt.ty) {
                            self.record_conversion(e.id, Conversion { from: x.ty, to: tt.ty, kind: k });
                        }
                    }
                    (None, _) => {
                        if !self.info.types.is_boolean(x.ty) {
                            self.error(e.span, Code::TypeMismatch, format!("invalid case {} in switch (mismatched types {} and bool)", self.expr_str(e), self.type_str(x.ty)));
                        }
                        self.default_operand(&mut x, e);
                    }
                    _ => {}
                }
                if let (Mode::Constant, Some(v)) = (x.mode, &x.val) {
                    let key = format!("{}:{v}", x.ty.0);
                    if let Some((_, prev)) = seen.iter().find(|(k, _)| *k == key) {
                        let line = prev.line;
                        self.error(e.span, Code::TypeError, format!("duplicate case {} in expression switch (previous case at line {line})", self.expr_str(e)));
                    } else {
                        seen.push((key, e.span));
                    }
                }
            }
            let cs = self.new_scope(Some(sc));
            let last = ci + 1 == cases.len();
            self.case_body(&c.body, cs, !last);
        }
        self.pop_breakable();
    }

    /// A case body; a final `fallthrough` is allowed when `may_fallthrough`.
    pub(super) fn case_body(&mut self, body: &'a [ast::Stmt], scope: ScopeId, may_fallthrough: bool) {
        for (i, st) in body.iter().enumerate() {
            let is_last = i + 1 == body.len();
            if let ast::StmtKind::Branch { kind: ast::BranchKind::Fallthrough, .. } = st.kind {
                if is_last && may_fallthrough {
                    continue;
                }
                let msg = if is_last { "cannot fallthrough final case in switch" } else { "fallthrough statement out of place" };
                self.error(st.span, Code::BadBranch, msg);
                continue;
            }
            self.stmt(st, scope, None);
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn type_switch(&mut self, _s: &ast::Stmt, init: Option<&'a ast::Stmt>, bind: Option<&'a ast::Ident>, subject: &'a ast::Expr, cases: &'a [ast::TypeCaseClause], scope: ScopeId, label: Option<&str>) {
        let sc = self.new_scope(Some(scope));
        if let Some(i) = init {
            self.stmt(i, sc, None);
        }
        // The subject is the `x` of `x.(type)`.
        let x_expr = match &subject.unparen().kind {
            ast::ExprKind::TypeAssert { x, ty: None } => x,
            _ => subject,
        };
        let mut x = self.expr(x_expr, sc);
        self.single_value(&mut x, x_expr);
        self.record_type(subject.id, x.ty, Mode::Value);
        let valid = x.mode != Mode::Invalid;
        if valid && (!self.info.types.is_interface(x.ty) || self.info.types.is_type_param(x.ty)) {
            self.error(x_expr.span, Code::TypeError, format!("{} (variable of type {}) is not an interface", self.expr_str(x_expr), self.type_str(x.ty)));
        }
        let mut clause_vars = Vec::new();
        let mut defaults = 0;
        self.push_breakable(Breakable::Switch, label);
        for c in cases {
            if c.is_default {
                defaults += 1;
                if defaults > 1 {
                    self.error(c.span, Code::TypeError, "multiple defaults in switch");
                }
            }
            let mut single = None;
            for t in &c.types {
                if t.as_ident() == Some("nil") && self.lookup(sc, "nil").is_some_and(|o| matches!(self.info.obj(o).kind, ObjKind::Nil)) {
                    self.record_type(t.id, TypeId::UNTYPED_NIL, Mode::Value);
                    single = Some(TypeId::UNTYPED_NIL);
                    continue;
                }
                let ty = self.resolve_type(t, sc);
                single = Some(ty);
                if valid && ty != TypeId::INVALID && !self.info.types.is_interface(ty) {
                    if let Err(why) = self.implements_iface(ty, x.ty) {
                        self.error(t.span, Code::TypeError, format!("impossible type switch case: {} cannot have dynamic type {} ({why})", self.expr_str(x_expr), self.type_str(ty)));
                    }
                }
            }
            let cs = self.new_scope(Some(sc));
            if let Some(b) = bind {
                let vt = match (c.types.len(), single) {
                    (1, Some(t)) if t != TypeId::UNTYPED_NIL => t,
                    _ => x.ty,
                };
                let o = self.new_var(b, VarKind::Local, vt);
                if self.recording {
                    self.info.uses[b.id.index()] = None;
                    self.info.clause_objs.insert(c.id, o);
                }
                if !b.is_blank() {
                    self.scopes[cs].names.insert(b.name.clone(), o);
                }
                clause_vars.push(o);
            }
            self.case_body(&c.body, cs, false);
        }
        self.pop_breakable();
        if let Some(b) = bind {
            self.ts_binds.push((b.span, b.name.clone(), clause_vars));
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn range(&mut self, s: &ast::Stmt, key: Option<&'a ast::Expr>, value: Option<&'a ast::Expr>, define: bool, x: &'a ast::Expr, body: &'a ast::Block, scope: ScopeId, label: Option<&str>) {
        let sc = self.new_scope(Some(scope));
        let mut o = self.expr(x, scope);
        self.single_value(&mut o, x);
        let mut kinds = None;
        if o.mode != Mode::Invalid {
            if self.info.types.is_untyped(o.ty) {
                self.default_operand(&mut o, x);
            }
            let core = self.core_type(o.ty);
            kinds = match self.info.types.kind(core).clone() {
                TypeKind::Basic(b) if b.is_integer() => Some((RangeKind::Int, o.ty, TypeId::INVALID, 1)),
                TypeKind::Basic(b) if b.is_string() => Some((RangeKind::String, TypeId::INT, TypeId::INT32, 2)),
                TypeKind::Slice(el) => Some((RangeKind::Slice, TypeId::INT, el, 2)),
                TypeKind::Array(_, el) => Some((RangeKind::Array, TypeId::INT, el, 2)),
                TypeKind::Pointer(p) => match self.info.types.under(p).clone() {
                    TypeKind::Array(_, el) => Some((RangeKind::ArrayPtr, TypeId::INT, el, 2)),
                    _ => None,
                },
                TypeKind::Map(k, v) => Some((RangeKind::Map, k, v, 2)),
                TypeKind::Chan(dir, el) => {
                    if dir == ast::ChanDir::Send {
                        self.error(x.span, Code::InvalidOp, format!("invalid operation: range {} receive from send-only channel", self.expr_str(x)));
                    }
                    Some((RangeKind::Chan, el, TypeId::INVALID, 1))
                }
                TypeKind::Func(sig) => self.iterator_kind(&sig),
                _ => None,
            };
            if kinds.is_none() {
                self.error(x.span, Code::TypeError, format!("cannot range over {} (variable of type {})", self.expr_str(x), self.type_str(o.ty)));
            }
        }
        let (kt, vt) = match kinds {
            Some((kind, kt, vt, max)) => {
                if self.recording {
                    self.info.ranges.insert(s.id, kind);
                    self.info.range_types.insert(s.id, (kt, vt));
                }
                let n = [key, value].iter().filter(|k| k.is_some()).count();
                if n > max {
                    let extra = if max == 1 { value.or(key) } else { value };
                    if let Some(extra) = extra {
                        self.error(extra.span, Code::ArgCount, format!("range over {} permits only {max} iteration variable{}", self.expr_str(x), if max == 1 { "" } else { "s" }));
                    }
                }
                (kt, vt)
            }
            None => (TypeId::INVALID, TypeId::INVALID),
        };
        let pairs = [(key, kt), (value, vt)];
        if define {
            for (e, t) in pairs {
                let Some(e) = e else { continue };
                let Some(name) = e.as_ident() else {
                    self.error(e.span, Code::TypeError, format!("non-name {} on left side of :=", self.expr_str(e)));
                    continue;
                };
                let ident = ast::Ident { id: e.id, name: name.to_string(), span: e.span };
                let o = self.new_var(&ident, VarKind::Local, t);
                self.record_type(e.id, t, Mode::Variable);
                self.declare(sc, &ident, o);
            }
        } else {
            for (e, t) in pairs {
                let Some(e) = e else { continue };
                if e.as_ident() == Some("_") {
                    continue;
                }
                let l = self.lhs_expr(e, scope);
                if l.mode == Mode::Invalid || t == TypeId::INVALID {
                    continue;
                }
                self.check_assignable_lhs(e, &l);
                if self.assignable(t, l.ty).is_err() {
                    self.error(e.span, Code::NotAssignable, format!("cannot assign {} to {} (variable of type {}) in range", self.type_str(t), self.expr_str(e), self.type_str(l.ty)));
                }
            }
        }
        self.push_breakable(Breakable::Loop, label);
        self.block(body, sc);
        self.pop_breakable();
    }

    /// A range-over-func iterator: `func(yield func(K[, V]) bool)`.
    pub(super) fn iterator_kind(&mut self, sig: &crate::sema::types::Signature) -> Option<(RangeKind, TypeId, TypeId, usize)> {
        if sig.params.len() != 1 || !sig.results.is_empty() {
            return None;
        }
        let y = self.info.types.signature(sig.params[0]).cloned()?;
        if y.results.len() != 1 || !self.info.types.is_boolean(y.results[0]) {
            return None;
        }
        match y.params.len() {
            0 => Some((RangeKind::Func(0), TypeId::INVALID, TypeId::INVALID, 0)),
            1 => Some((RangeKind::Func(1), y.params[0], TypeId::INVALID, 1)),
            2 => Some((RangeKind::Func(2), y.params[0], y.params[1], 2)),
            _ => None,
        }
    }
}
