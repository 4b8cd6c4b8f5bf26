//! Selectors: package members, fields and methods (with embedding and receiver adjustment),
//! interface methods, method expressions.

use super::expr::Operand;
use super::lookup::Found;
use super::*;
use crate::sema::types::TypeKind;

impl<'a> Checker<'a> {
    pub(super) fn selector(&mut self, e: &'a ast::Expr, x: &'a ast::Expr, sel: &'a ast::Ident, scope: ScopeId) -> Operand {
        // Package member.
        if let Some(name) = x.as_ident() {
            if let Some(o) = self.lookup(scope, name) {
                if let ObjKind::PkgName { path } = self.info.obj(o).kind.clone() {
                    self.record_use(x.id, o);
                    self.record_type(x.id, TypeId::INVALID, Mode::Package);
                    self.used_pkgs.insert(o);
                    if path.is_empty() {
                        return Operand::invalid();
                    }
                    let Some(m) = self.pkg_member(&path, &sel.name, sel.span) else { return Operand::invalid() };
                    self.record_use(sel.id, m);
                    self.record_selection(e.id, Selection::PkgMember { obj: m, pkg: path });
                    return self.operand_of_obj(m, e);
                }
            }
        }
        let mut o = self.expr(x, scope);
        match o.mode {
            Mode::Invalid => return Operand::invalid(),
            Mode::Type => return self.method_expr(e, o.ty, sel),
            _ => {}
        }
        self.single_value(&mut o, x);
        if o.mode == Mode::Invalid {
            return Operand::invalid();
        }
        if o.ty == TypeId::UNTYPED_NIL || self.info.types.is_untyped(o.ty) {
            self.default_operand(&mut o, x);
        }
        // Pointers to pointers and pointers to interfaces have no methods or fields.
        if let TypeKind::Pointer(inner) = self.info.types.kind(o.ty).clone() {
            if self.info.types.is_interface(inner) && !self.info.types.is_type_param(inner) {
                self.error(e.span, Code::NoFieldOrMethod, format!("{}.{} undefined (type {} is pointer to interface, not interface)", self.expr_str(x), sel.name, self.type_str(o.ty)));
                return Operand::invalid();
            }
        }
        match self.lookup_field_or_method(o.ty, &sel.name) {
            Found::Field { path, ty } => {
                let addressable = o.mode == Mode::Variable || path.iter().any(|s| s.deref);
                self.record_selection(e.id, Selection::Field { path, ty });
                Operand { mode: if addressable { Mode::Variable } else { Mode::Value }, ty, val: None }
            }
            Found::Method { obj, path, sig, ptr_recv, holder_is_ptr, indirect } => {
                let adjust = if ptr_recv && !holder_is_ptr {
                    let addressable = o.mode == Mode::Variable || indirect || path.iter().any(|s| s.deref);
                    if !addressable {
                        self.error(sel.span, Code::InvalidOp, format!("cannot call pointer method {} on {}", sel.name, self.type_str(o.ty)));
                        return Operand::invalid();
                    }
                    if self.recording {
                        self.info.implicit_addr.insert(x.id);
                    }
                    RecvAdjust::AddrOf
                } else if !ptr_recv && holder_is_ptr {
                    RecvAdjust::Deref
                } else {
                    RecvAdjust::None
                };
                self.record_use(sel.id, obj);
                self.record_selection(e.id, Selection::Method { method: obj, path, adjust, ptr_recv });
                Operand::value(sig)
            }
            Found::IfaceMethod { iface, name, path, sig } => {
                self.record_selection(e.id, Selection::InterfaceMethod { iface, name, path });
                Operand::value(sig)
            }
            Found::Ambiguous => {
                self.error(sel.span, Code::NoFieldOrMethod, format!("ambiguous selector {}.{}", self.expr_str(x), sel.name));
                Operand::invalid()
            }
            Found::NotFound => {
                self.error(
                    sel.span,
                    Code::NoFieldOrMethod,
                    format!("{}.{} undefined (type {} has no field or method {})", self.expr_str(x), sel.name, self.type_str(o.ty), sel.name),
                );
                Operand::invalid()
            }
        }
    }

    /// `T.M` or `(*T).M`: a function taking the receiver first.
    pub(super) fn method_expr(&mut self, e: &ast::Expr, t: TypeId, sel: &ast::Ident) -> Operand {
        match self.lookup_field_or_method(t, &sel.name) {
            Found::Method { obj, sig, ptr_recv, holder_is_ptr, .. } => {
                if ptr_recv && !holder_is_ptr && !self.info.types.is_pointer(t) {
                    self.error(e.span, Code::InvalidOp, format!("invalid method expression {}.{} (needs pointer receiver (*{}).{})", self.type_str(t), sel.name, self.type_str(t), sel.name));
                    return Operand::invalid();
                }
                let Some(s) = self.info.types.signature(sig).cloned() else { return Operand::invalid() };
                let mut params = vec![t];
                params.extend(s.params);
                let ft = self.info.types.func(params, s.results, s.variadic);
                self.record_use(sel.id, obj);
                self.record_selection(e.id, Selection::MethodExpr { method: obj, recv: t });
                Operand::value(ft)
            }
            Found::IfaceMethod { iface, name, sig, .. } => {
                let Some(s) = self.info.types.signature(sig).cloned() else { return Operand::invalid() };
                let mut params = vec![t];
                params.extend(s.params);
                let ft = self.info.types.func(params, s.results, s.variadic);
                self.record_selection(e.id, Selection::InterfaceMethod { iface, name, path: vec![] });
                Operand::value(ft)
            }
            _ => {
                self.error(sel.span, Code::NoFieldOrMethod, format!("{}.{} undefined (type {} has no method {})", self.type_str(t), sel.name, self.type_str(t), sel.name));
                Operand::invalid()
            }
        }
    }

    /// A member of an imported std package; unknown members are unsupported.
    pub(super) fn pkg_member(&mut self, path: &str, name: &str, span: Span) -> Option<ObjId> {
        let scope = *self.pkg_scopes.get(path)?;
        match self.scopes[scope].names.get(name).copied() {
            Some(o) if name.starts_with(|c: char| c.is_uppercase()) => Some(o),
            Some(_) if self.info.types.is_user_pkg(path) => {
                self.error(span, Code::Undefined, format!("undefined: {}.{name} (not exported by package {path})", self.info.types.pkg_name(path)));
                None
            }
            Some(_) => {
                self.error(span, Code::Undefined, format!("name {name} not exported by package {path}"));
                None
            }
            None if self.info.types.is_user_pkg(path) => {
                self.error(span, Code::Undefined, format!("undefined: {}.{name}", self.info.types.pkg_name(path)));
                None
            }
            None => {
                let pkg = super::decl::std_pkg_name(path);
                self.error_hint(
                    span,
                    Code::UnsupportedMember,
                    format!("unsupported: {pkg}.{name} (not provided by gort's runtime)"),
                    format!("see the members gort supports for package {path} in sema/stdlib/"),
                );
                None
            }
        }
    }
}
