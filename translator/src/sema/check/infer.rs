//! Type-argument inference for generic function calls: unification of parameter types with
//! argument types, core-type (constraint) inference, then defaults for untyped constants.

use std::collections::HashMap;

use super::call::param_type;
use super::expr::Operand;
use super::*;
use crate::sema::types::{Signature, TypeKind};

impl<'a> Checker<'a> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn infer(
        &mut self,
        e: &ast::Expr,
        tparams: &[TypeId],
        explicit: &[TypeId],
        sig: &Signature,
        ops: &[Operand],
        args: &[ast::Expr],
        ellipsis: bool,
    ) -> Option<Vec<TypeId>> {
        let mut map: HashMap<TypeId, TypeId> = HashMap::new();
        for (tp, t) in tparams.iter().zip(explicit) {
            map.insert(*tp, *t);
        }
        let param_at = |i: usize, types: &Types| if ellipsis { sig.params.get(i).copied() } else { param_type(sig, i, types) };
        // Typed arguments first.
        for (i, op) in ops.iter().enumerate() {
            if op.mode == Mode::Invalid || self.info.types.is_untyped(op.ty) {
                continue;
            }
            let Some(p) = param_at(i, &self.info.types) else { continue };
            self.unify(p, op.ty, tparams, &mut map, 0);
        }
        self.core_inference(tparams, &mut map);
        // Untyped constants: default types for parameters that are a bare type parameter.
        for (i, op) in ops.iter().enumerate() {
            if op.mode == Mode::Invalid || !self.info.types.is_untyped(op.ty) || op.ty == TypeId::UNTYPED_NIL {
                continue;
            }
            let Some(p) = param_at(i, &self.info.types) else { continue };
            if tparams.contains(&p) {
                let d = self.default_type(op.ty);
                match map.get(&p).copied() {
                    None => {
                        map.insert(p, d);
                    }
                    Some(prev) if self.info.types.is_untyped(prev) => {
                        map.insert(p, d);
                    }
                    Some(prev) => {
                        // int vs float64 defaults: the larger kind wins (Go 1.21).
                        let (a, b) = (self.info.types.basic_of(prev), self.info.types.basic_of(d));
                        if let (Some(a), Some(b)) = (a, b) {
                            if a.is_numeric() && b.is_numeric() && b > a && ops.iter().all(|o| self.info.types.is_untyped(o.ty) || !param_is(p, sig, ops, o)) {
                                map.insert(p, d);
                            }
                        }
                    }
                }
            }
        }
        self.core_inference(tparams, &mut map);
        let mut out = Vec::new();
        for tp in tparams {
            match map.get(tp) {
                Some(t) => out.push(*t),
                None => {
                    let name = self.info.types.type_param(*tp).map(|p| p.name.clone()).unwrap_or_default();
                    let _ = args;
                    self.error(e.span, Code::CannotInfer, format!("in call to {}, cannot infer {name}", self.callee_str(e)));
                    return None;
                }
            }
        }
        // Constraint satisfaction.
        let full: HashMap<TypeId, TypeId> = tparams.iter().copied().zip(out.iter().copied()).collect();
        for (tp, t) in tparams.iter().zip(&out) {
            let c = self.info.types.type_param(*tp).map(|p| p.constraint).unwrap_or(TypeId::INVALID);
            let c = self.subst(c, &full);
            if c != TypeId::INVALID {
                if let Err(why) = self.implements_iface(*t, c) {
                    let name = self.info.types.type_param(*tp).map(|p| p.name.clone()).unwrap_or_default();
                    self.error(e.span, Code::TypeError, format!("{} does not satisfy {} ({why}) for {name}", self.type_str(*t), self.type_str(c)));
                }
            }
        }
        Some(out)
    }

    fn callee_str(&self, e: &ast::Expr) -> String {
        match &e.kind {
            ast::ExprKind::Call { func, .. } => self.expr_str(func),
            _ => self.expr_str(e),
        }
    }

    /// `S ~[]E` with `S` known gives `E`.
    fn core_inference(&mut self, tparams: &[TypeId], map: &mut HashMap<TypeId, TypeId>) {
        for _ in 0..4 {
            let before = map.len();
            for tp in tparams {
                let Some(bound) = map.get(tp).copied() else { continue };
                let c = self.info.types.type_param(*tp).map(|p| p.constraint).unwrap_or(TypeId::INVALID);
                let terms = self.info.types.interface(c).and_then(|i| i.terms.clone()).unwrap_or_default();
                if terms.len() == 1 {
                    let term = terms[0];
                    // A type parameter bound to another one (`Keys(m)` with `m M`, `M ~map[K]V`)
                    // unifies through that one's core type.
                    let target = if term.tilde || self.info.types.is_type_param(bound) { self.core_type(bound) } else { bound };
                    self.unify(term.ty, target, tparams, map, 0);
                }
            }
            if map.len() == before {
                break;
            }
        }
    }

    /// Unifies parameter type `p` (mentioning `tparams`) with argument type `a`.
    fn unify(&mut self, p: TypeId, a: TypeId, tparams: &[TypeId], map: &mut HashMap<TypeId, TypeId>, depth: u32) {
        if depth > 32 || a == TypeId::INVALID {
            return;
        }
        let d = depth + 1;
        if tparams.contains(&p) {
            map.entry(p).or_insert(a);
            return;
        }
        let (pk, ak) = (self.info.types.kind(p).clone(), self.info.types.kind(a).clone());
        match (pk, ak) {
            (TypeKind::Named(_), TypeKind::Named(_)) => {
                let (pn, an) = (self.info.types.named(p).cloned(), self.info.types.named(a).cloned());
                if let (Some(pn), Some(an)) = (pn, an) {
                    if pn.origin.is_some() && pn.origin == an.origin {
                        for (x, y) in pn.type_args.iter().zip(&an.type_args) {
                            self.unify(*x, *y, tparams, map, d);
                        }
                    }
                }
            }
            (TypeKind::Named(_), _) => {
                // A generic named parameter type (e.g. iter.Seq[E]) against an unnamed argument
                // (a func literal): unify the underlying types.
                let pu = self.ensure_underlying(p);
                if pu != p {
                    self.unify(pu, a, tparams, map, d);
                }
            }
            (pk, TypeKind::Named(_)) if !matches!(pk, TypeKind::Interface(_)) => {
                let au = self.ensure_underlying(a);
                self.unify(p, au, tparams, map, d);
            }
            // An argument whose type is a type parameter (`s S`, `S ~[]E`) against a composite
            // parameter type (`[]T`): unify with its core type, as Go's inexact unification does.
            (pk, TypeKind::TypeParam(_)) if !matches!(pk, TypeKind::Interface(_) | TypeKind::TypeParam(_)) => {
                let ac = self.core_type(a);
                if ac != a {
                    self.unify(p, ac, tparams, map, d);
                }
            }
            (TypeKind::Pointer(x), TypeKind::Pointer(y)) | (TypeKind::Slice(x), TypeKind::Slice(y)) => self.unify(x, y, tparams, map, d),
            (TypeKind::Array(_, x), TypeKind::Array(_, y)) | (TypeKind::Chan(_, x), TypeKind::Chan(_, y)) => self.unify(x, y, tparams, map, d),
            (TypeKind::Map(k1, v1), TypeKind::Map(k2, v2)) => {
                self.unify(k1, k2, tparams, map, d);
                self.unify(v1, v2, tparams, map, d);
            }
            (TypeKind::Func(s1), TypeKind::Func(s2)) => {
                for (x, y) in s1.params.iter().zip(&s2.params) {
                    self.unify(*x, *y, tparams, map, d);
                }
                for (x, y) in s1.results.iter().zip(&s2.results) {
                    self.unify(*x, *y, tparams, map, d);
                }
            }
            (TypeKind::Tuple(xs), TypeKind::Tuple(ys)) => {
                for (x, y) in xs.iter().zip(&ys) {
                    self.unify(*x, *y, tparams, map, d);
                }
            }
            _ => {}
        }
    }
}

/// Whether operand `o` is passed for parameter `p` (used to prefer typed bindings).
fn param_is(p: TypeId, sig: &Signature, ops: &[Operand], o: &Operand) -> bool {
    ops.iter().position(|x| std::ptr::eq(x, o)).and_then(|i| sig.params.get(i)).is_some_and(|t| *t == p)
}
