//! Field and method lookup (with embedding), method sets, and the type relations: identity,
//! assignability, convertibility, comparability, interface satisfaction.

use std::collections::HashMap;

use super::*;
use crate::sema::types::{Basic, Term, TypeKind};

/// What `T.name` finds.
#[derive(Clone, Debug)]
pub(super) enum Found {
    Field { path: Vec<FieldStep>, ty: TypeId },
    /// A concrete method: `holder` is the type whose method it is (at the end of `path`),
    /// `holder_is_ptr` whether the value at the end of the path is a pointer.
    Method { obj: ObjId, path: Vec<FieldStep>, sig: TypeId, ptr_recv: bool, holder_is_ptr: bool, indirect: bool },
    IfaceMethod { iface: TypeId, name: String, path: Vec<FieldStep>, sig: TypeId },
    Ambiguous,
    NotFound,
}

impl<'a> Checker<'a> {
    /// Looks up a field or method `name` in type `t` (Go's selector rules, depth-first by
    /// embedding level).
    pub(super) fn lookup_field_or_method(&mut self, t: TypeId, name: &str) -> Found {
        // (type, path, value at this point is a pointer, reached through a pointer)
        let (start, start_ptr) = match self.info.types.kind(t).clone() {
            TypeKind::Pointer(e) => (e, true),
            _ => (t, false),
        };
        if let TypeKind::TypeParam(_) = self.info.types.kind(start) {
            let c = self.info.types.type_param(start).map(|p| p.constraint).unwrap_or(TypeId::INVALID);
            if let Some(it) = self.info.types.interface(c) {
                if let Some((_, sig)) = it.methods.iter().find(|(n, _)| n == name) {
                    return Found::IfaceMethod { iface: c, name: name.to_string(), path: vec![], sig: *sig };
                }
            }
            return Found::NotFound;
        }
        let mut level: Vec<(TypeId, Vec<FieldStep>, bool, bool)> = vec![(start, vec![], start_ptr, start_ptr)];
        let mut seen: Vec<TypeId> = Vec::new();
        for _depth in 0..16 {
            let mut found: Vec<Found> = Vec::new();
            let mut next = Vec::new();
            for (ty, path, is_ptr, indirect) in &level {
                if seen.contains(ty) {
                    continue;
                }
                seen.push(*ty);
                // Declared methods of a named type.
                if let Some(n) = self.info.types.named(*ty).cloned() {
                    if let Some(m) = n.methods.iter().copied().find(|m| self.info.obj(*m).name == name) {
                        if let Some(o) = n.obj {
                            self.resolve_obj(o);
                        }
                        self.resolve_obj(m);
                        let (ptr_recv, sig) = self.method_sig(m, *ty);
                        found.push(Found::Method { obj: m, path: path.clone(), sig, ptr_recv, holder_is_ptr: *is_ptr, indirect: *indirect });
                        continue;
                    }
                }
                let under = self.ensure_underlying(*ty);
                match self.info.types.kind(under).clone() {
                    TypeKind::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            let step = FieldStep { index: i, name: f.name.clone(), deref: *is_ptr };
                            if f.name == name {
                                let mut p = path.clone();
                                p.push(step.clone());
                                found.push(Found::Field { path: p, ty: f.ty });
                            } else if f.embedded {
                                let mut p = path.clone();
                                p.push(step);
                                let (ft, fptr) = match self.info.types.kind(f.ty).clone() {
                                    TypeKind::Pointer(e) => (e, true),
                                    _ => (f.ty, false),
                                };
                                next.push((ft, p, fptr, *indirect || fptr));
                            }
                        }
                    }
                    TypeKind::Interface(it) => {
                        if let Some((_, sig)) = it.methods.iter().find(|(n, _)| n == name) {
                            found.push(Found::IfaceMethod { iface: *ty, name: name.to_string(), path: path.clone(), sig: *sig });
                        }
                    }
                    _ => {}
                }
            }
            match found.len() {
                0 => {}
                1 => return found.pop().expect("one match"),
                _ => return Found::Ambiguous,
            }
            if next.is_empty() {
                return Found::NotFound;
            }
            level = next;
        }
        Found::NotFound
    }

    /// A method's pointer-receiver flag and its signature as seen on `holder` (substituting
    /// the type arguments of an instantiated generic type).
    pub(super) fn method_sig(&mut self, m: ObjId, holder: TypeId) -> (bool, TypeId) {
        let obj = self.info.obj(m).clone();
        let ptr = matches!(&obj.kind, ObjKind::Func(f) if f.ptr_recv);
        let Some(n) = self.info.types.named(holder).cloned() else { return (ptr, obj.ty) };
        let Some(origin) = n.origin else { return (ptr, obj.ty) };
        let tps = self.info.types.named(origin).map(|o| o.type_params.clone()).unwrap_or_default();
        let map: HashMap<TypeId, TypeId> = tps.into_iter().zip(n.type_args.iter().copied()).collect();
        (ptr, self.subst(obj.ty, &map))
    }

    /// Whether type `t` has method `name` with signature `sig` in its method set.
    pub(super) fn has_method(&mut self, t: TypeId, name: &str, sig: TypeId) -> Result<(), String> {
        if let Some(it) = self.info.types.interface(t).cloned() {
            return match it.methods.iter().find(|(n, _)| n == name) {
                Some((_, s)) if *s == sig => Ok(()),
                Some(_) => Err(format!("wrong type for method {name}")),
                None => Err(format!("missing method {name}")),
            };
        }
        let is_ptr = self.info.types.is_pointer(t) && !self.info.types.is_named(t);
        match self.lookup_field_or_method(t, name) {
            Found::Method { sig: s, ptr_recv, holder_is_ptr, indirect, .. } => {
                if s != sig {
                    return Err(format!("wrong type for method {name}"));
                }
                if ptr_recv && !is_ptr && !holder_is_ptr && !indirect {
                    return Err(format!("method {name} has pointer receiver"));
                }
                Ok(())
            }
            Found::IfaceMethod { sig: s, .. } => {
                if s == sig { Ok(()) } else { Err(format!("wrong type for method {name}")) }
            }
            _ => Err(format!("missing method {name}")),
        }
    }

    /// Whether `t` implements interface `iface` (methods; and type set for constraints).
    pub(super) fn implements_iface(&mut self, t: TypeId, iface: TypeId) -> Result<(), String> {
        let Some(it) = self.info.types.interface(iface).cloned() else { return Err("not an interface".into()) };
        if t == TypeId::INVALID {
            return Ok(());
        }
        if let Some(terms) = &it.terms {
            if !self.in_type_set(t, terms) {
                return Err(format!("{} does not satisfy {}", self.type_str(t), self.type_str(iface)));
            }
        }
        if it.comparable && !self.is_comparable(t) {
            return Err(format!("{} does not satisfy comparable", self.type_str(t)));
        }
        if self.info.types.is_type_param(t) {
            // A type parameter implements what its constraint's methods provide.
            let c = self.info.types.type_param(t).map(|p| p.constraint).unwrap_or(TypeId::INVALID);
            let cm = self.info.types.interface(c).map(|i| i.methods.clone()).unwrap_or_default();
            for (n, s) in &it.methods {
                if !cm.iter().any(|(m, s2)| m == n && s2 == s) {
                    return Err(format!("missing method {n}"));
                }
            }
            return Ok(());
        }
        for (n, s) in &it.methods {
            self.has_method(t, n, *s)?;
        }
        Ok(())
    }

    fn in_type_set(&mut self, t: TypeId, terms: &[Term]) -> bool {
        if self.info.types.is_type_param(t) {
            // Lenient: every term of t's constraint must be in the set.
            let c = self.info.types.type_param(t).map(|p| p.constraint).unwrap_or(TypeId::INVALID);
            let Some(cterms) = self.info.types.interface(c).and_then(|i| i.terms.clone()) else { return false };
            return cterms.iter().all(|ct| terms.iter().any(|x| x.ty == ct.ty || (x.tilde && self.info.types.underlying(ct.ty) == self.info.types.underlying(x.ty))));
        }
        let under = self.ensure_underlying(t);
        terms.iter().any(|x| if x.tilde { under == self.info.types.underlying(x.ty) } else { t == x.ty })
    }

    /// Go's comparability (`==` on values of the type compiles).
    pub(super) fn is_comparable(&mut self, t: TypeId) -> bool {
        self.comparable_depth(t, 0)
    }

    fn comparable_depth(&mut self, t: TypeId, d: u32) -> bool {
        if d > 32 {
            return true;
        }
        let u = self.ensure_underlying(t);
        match self.info.types.kind(u).clone() {
            TypeKind::Basic(b) => b != Basic::UntypedNil,
            TypeKind::Pointer(_) | TypeKind::Chan(..) | TypeKind::Interface(_) => true,
            TypeKind::Struct(fs) => fs.iter().all(|f| self.comparable_depth(f.ty, d + 1)),
            TypeKind::Array(_, e) => self.comparable_depth(e, d + 1),
            TypeKind::TypeParam(_) => {
                let c = self.info.types.type_param(u).map(|p| p.constraint).unwrap_or(TypeId::INVALID);
                match self.info.types.interface(c).cloned() {
                    Some(it) if it.comparable => true,
                    Some(it) => match it.terms {
                        Some(ts) if !ts.is_empty() => ts.iter().all(|x| self.comparable_depth(x.ty, d + 1)),
                        _ => false,
                    },
                    None => false,
                }
            }
            TypeKind::Invalid => true,
            _ => false,
        }
    }

    /// Assignability of a value of type `v` to `t` (untyped operands are handled by the
    /// caller): the conversion kind to record, or `Err(reason)`.
    pub(super) fn assignable(&mut self, v: TypeId, t: TypeId) -> Result<Option<ConversionKind>, String> {
        if v == t || v == TypeId::INVALID || t == TypeId::INVALID {
            return Ok(None);
        }
        let vu = self.ensure_underlying(v);
        let tu = self.ensure_underlying(t);
        let tp = |cx: &Self, x: TypeId| cx.info.types.is_type_param(x);
        if v == TypeId::UNTYPED_NIL && tp(self, t) {
            // nil is assignable to a type parameter when it is to every type of its type set.
            let c = self.core_type(t);
            if matches!(self.info.types.kind(c), TypeKind::Pointer(_) | TypeKind::Func(_) | TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Chan(..)) {
                return Ok(Some(ConversionKind::Nil));
            }
        }
        // A type parameter and an unnamed composite type (`S ~[]E` and `[]E`): assignable
        // when assignable to (from) every type of its type set, i.e. its core type is the other.
        for (param, other, ou) in [(v, t, tu), (t, v, vu)] {
            if tp(self, param) && !tp(self, other) && !self.info.types.is_named(other) {
                let c = self.core_type(param);
                // (Pointer, func and channel core types are Go too, but the emitter does not
                // reach through them: they stay type errors.)
                if c == ou && matches!(self.info.types.kind(c), TypeKind::Slice(_) | TypeKind::Map(..)) {
                    return Ok(Some(ConversionKind::Representation));
                }
            }
        }
        if v == TypeId::UNTYPED_NIL {
            return match self.info.types.kind(tu) {
                TypeKind::Pointer(_) | TypeKind::Func(_) | TypeKind::Slice(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Interface(_) => {
                    Ok(Some(ConversionKind::Nil))
                }
                TypeKind::Basic(Basic::UnsafePointer) => Ok(Some(ConversionKind::Nil)),
                _ => Err(format!("cannot use nil as {} value", self.type_str(t))),
            };
        }
        if vu == tu && !tp(self, v) && !tp(self, t) && (!self.info.types.is_named(v) || !self.info.types.is_named(t)) {
            return Ok(Some(ConversionKind::Representation));
        }
        if self.info.types.is_interface(t) && !tp(self, t) {
            return match self.implements_iface(v, t) {
                Ok(()) => Ok(Some(ConversionKind::ToInterface)),
                Err(why) => Err(format!("{} does not implement {} ({why})", self.type_str(v), self.type_str(t))),
            };
        }
        if let (TypeKind::Chan(ast::ChanDir::Both, ve), TypeKind::Chan(_, te)) = (self.info.types.kind(vu).clone(), self.info.types.kind(tu).clone()) {
            if ve == te && (!self.info.types.is_named(v) || !self.info.types.is_named(t)) {
                return Ok(Some(ConversionKind::Representation));
            }
        }
        Err(String::new())
    }

    /// Whether an explicit conversion `T(x)` from type `v` is allowed (non-constant rules).
    pub(super) fn convertible(&mut self, v: TypeId, t: TypeId) -> bool {
        if self.assignable(v, t).is_ok() {
            return true;
        }
        let vu = self.ensure_underlying(v);
        let tu = self.ensure_underlying(t);
        if self.info.types.is_type_param(vu) || self.info.types.is_type_param(tu) {
            return true;
        }
        if self.strip_tags(vu) == self.strip_tags(tu) {
            return true;
        }
        let types = &self.info.types;
        if let (TypeKind::Pointer(a), TypeKind::Pointer(b)) = (types.kind(v).clone(), types.kind(t).clone()) {
            let (au, bu) = (self.ensure_underlying(a), self.ensure_underlying(b));
            if self.strip_tags(au) == self.strip_tags(bu) {
                return true;
            }
        }
        let types = &self.info.types;
        let (vb, tb) = (types.basic_of(v), types.basic_of(t));
        if let (Some(a), Some(b)) = (vb, tb) {
            if (a.is_integer() || a.is_float()) && (b.is_integer() || b.is_float()) {
                return true;
            }
            if a.is_complex() && b.is_complex() {
                return true;
            }
            if a.is_integer() && b.is_string() {
                return true;
            }
        }
        let byte_or_rune_slice = |k: &TypeKind, types: &Types| match k {
            TypeKind::Slice(e) => matches!(types.basic_of(*e), Some(Basic::Uint8) | Some(Basic::Int32)),
            _ => false,
        };
        if tb.is_some_and(Basic::is_string) && byte_or_rune_slice(types.kind(vu), types) {
            return true;
        }
        if vb.is_some_and(Basic::is_string) && byte_or_rune_slice(types.kind(tu), types) {
            return true;
        }
        match (types.kind(vu).clone(), types.kind(tu).clone()) {
            (TypeKind::Slice(a), TypeKind::Array(_, b)) => a == b,
            (TypeKind::Slice(a), TypeKind::Pointer(p)) => matches!(types.under(p), TypeKind::Array(_, b) if *b == a),
            _ => false,
        }
    }

    fn strip_tags(&mut self, t: TypeId) -> TypeId {
        match self.info.types.kind(t).clone() {
            TypeKind::Struct(fs) if fs.iter().any(|f| f.tag.is_some()) => {
                let fs = fs.into_iter().map(|mut f| {
                    f.tag = None;
                    f
                }).collect();
                self.info.types.intern(TypeKind::Struct(fs))
            }
            _ => t,
        }
    }
}

