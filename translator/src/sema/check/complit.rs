//! Composite literals: structs (keyed and positional), arrays (incl. `[...]T`), slices, maps,
//! with elided element types (`[]P{{1, 2}}`, `[]*P{{1, 2}}`).

use std::collections::BTreeSet;

use super::expr::Operand;
use super::*;
use crate::sema::constant::ConstValue;
use crate::sema::types::TypeKind;

impl<'a> Checker<'a> {
    pub(super) fn composite_lit(
        &mut self,
        e: &'a ast::Expr,
        ty: Option<&'a ast::Expr>,
        elems: &'a [ast::Element],
        scope: ScopeId,
        hint: Option<TypeId>,
    ) -> Operand {
        // The literal's type, and whether an elided `&T` makes the value a pointer.
        let (lit_ty, implicit_ptr) = match ty {
            Some(t) => {
                if let ast::ExprKind::ArrayType { len: None, elem } = &t.unparen().kind {
                    let el = self.resolve_type(elem, scope);
                    let n = self.array_lit_len(elems, scope);
                    let at = self.info.types.array(n, el);
                    self.record_type(t.id, at, Mode::Type);
                    (at, false)
                } else {
                    (self.resolve_type(t, scope), false)
                }
            }
            None => match hint {
                Some(h) => match self.info.types.kind(h).clone() {
                    TypeKind::Pointer(inner) if !self.info.types.is_named(h) => (inner, true),
                    _ => (h, false),
                },
                None => {
                    self.error(e.span, Code::TypeError, "invalid composite literal type: missing type");
                    return Operand::invalid();
                }
            },
        };
        if lit_ty == TypeId::INVALID {
            for el in elems {
                if let Some(k) = &el.key {
                    if !matches!(k.kind, ast::ExprKind::Ident(_)) {
                        self.expr(k, scope);
                    }
                }
                self.expr(&el.value, scope);
            }
            return Operand::invalid();
        }
        let core = self.core_type(lit_ty);
        match self.info.types.kind(core).clone() {
            TypeKind::Struct(fields) => self.struct_lit(e, lit_ty, &fields, elems, scope),
            TypeKind::Array(n, el) => {
                self.indexed_elems(elems, el, Some(n), scope);
            }
            TypeKind::Slice(el) => {
                self.indexed_elems(elems, el, None, scope);
            }
            TypeKind::Map(k, v) => {
                let mut seen: BTreeSet<String> = BTreeSet::new();
                for el in elems {
                    let Some(key) = &el.key else {
                        self.error(el.value.span, Code::TypeError, "missing key in map literal");
                        self.expr(&el.value, scope);
                        continue;
                    };
                    let mut kx = self.expr_hint(key, scope, Some(k));
                    if let (Mode::Constant, Some(v)) = (kx.mode, &kx.val) {
                        if !seen.insert(v.to_string()) {
                            self.error(key.span, Code::TypeError, format!("duplicate key {} in map literal", self.expr_str(key)));
                        }
                    }
                    self.assign_to(&mut kx, key, k, "map literal");
                    let mut vx = self.expr_hint(&el.value, scope, Some(v));
                    self.assign_to(&mut vx, &el.value, v, "map literal");
                }
            }
            _ => {
                self.error(e.span, Code::TypeError, format!("invalid composite literal type {}", self.type_str(lit_ty)));
                return Operand::invalid();
            }
        }
        if implicit_ptr {
            let p = self.info.types.pointer(lit_ty);
            return Operand::value(p);
        }
        Operand::value(lit_ty)
    }

    fn struct_lit(&mut self, e: &ast::Expr, lit_ty: TypeId, fields: &[crate::sema::types::StructField], elems: &'a [ast::Element], scope: ScopeId) {
        if elems.is_empty() {
            return;
        }
        let keyed = elems[0].key.is_some();
        if keyed {
            let mut seen = BTreeSet::new();
            for el in elems {
                let Some(key) = &el.key else {
                    self.error(el.value.span, Code::TypeError, "mixture of field:value and value elements in struct literal");
                    self.expr(&el.value, scope);
                    continue;
                };
                let Some(name) = key.as_ident() else {
                    self.error(key.span, Code::TypeError, format!("invalid field name {} in struct literal", self.expr_str(key)));
                    self.expr(&el.value, scope);
                    continue;
                };
                let Some(idx) = fields.iter().position(|f| f.name == name) else {
                    self.error(key.span, Code::NoFieldOrMethod, format!("unknown field {name} in struct literal of type {}", self.type_str(lit_ty)));
                    self.expr(&el.value, scope);
                    continue;
                };
                if !seen.insert(idx) {
                    self.error(key.span, Code::TypeError, format!("duplicate field name {name} in struct literal"));
                }
                let fty = fields[idx].ty;
                self.record_type(key.id, fty, Mode::Variable);
                self.record_selection(key.id, Selection::Field { path: vec![FieldStep { index: idx, name: name.to_string(), deref: false }], ty: fty });
                let mut vx = self.expr_hint(&el.value, scope, Some(fty));
                self.assign_to(&mut vx, &el.value, fty, "struct literal");
            }
        } else {
            for (i, el) in elems.iter().enumerate() {
                if el.key.is_some() {
                    self.error(el.value.span, Code::TypeError, "mixture of field:value and value elements in struct literal");
                }
                let Some(f) = fields.get(i) else {
                    self.error(el.value.span, Code::ArgCount, format!("too many values in struct literal of type {}", self.type_str(lit_ty)));
                    break;
                };
                let mut vx = self.expr_hint(&el.value, scope, Some(f.ty));
                self.assign_to(&mut vx, &el.value, f.ty, "struct literal");
            }
            if elems.len() < fields.len() {
                self.error(e.span, Code::ArgCount, format!("too few values in struct literal of type {}", self.type_str(lit_ty)));
            }
        }
    }

    fn indexed_elems(&mut self, elems: &'a [ast::Element], el_ty: TypeId, len: Option<u64>, scope: ScopeId) {
        let mut next: u64 = 0;
        let mut seen = BTreeSet::new();
        for el in elems {
            if let Some(k) = &el.key {
                match self.index_value(k, scope, len) {
                    Some(i) => next = i as u64,
                    None => {
                        if self.info.const_value(k.id).is_none() && self.recording {
                            self.error(k.span, Code::TypeError, format!("index {} must be integer constant", self.expr_str(k)));
                        }
                    }
                }
            }
            if !seen.insert(next) {
                self.error(el.value.span, Code::TypeError, format!("duplicate index {next} in array or slice literal"));
            }
            if let Some(n) = len {
                if next >= n {
                    self.error(el.value.span, Code::TypeError, format!("index {next} is out of bounds (>= {n})"));
                }
            }
            let mut vx = self.expr_hint(&el.value, scope, Some(el_ty));
            self.assign_to(&mut vx, &el.value, el_ty, "array or slice literal");
            next += 1;
        }
    }

    /// Length of `[...]T{…}`: one past the largest index.
    fn array_lit_len(&mut self, elems: &'a [ast::Element], scope: ScopeId) -> u64 {
        let mut next: u64 = 0;
        let mut max: u64 = 0;
        for el in elems {
            if let Some(k) = &el.key {
                // Keys of `[...]T` literals are constant indices; evaluate without recording
                // (indexed_elems records them).
                let was = self.recording;
                self.recording = false;
                let x = self.expr(k, scope);
                self.recording = was;
                if let Some(ConstValue::Int(i)) = x.val {
                    if let Some(i) = i.to_u64() {
                        next = i;
                    }
                }
            }
            next += 1;
            max = max.max(next);
        }
        max
    }
}
