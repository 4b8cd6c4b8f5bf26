//! Interface satisfaction over the whole program (closed world): for each interface with
//! methods, the concrete named types `T` and pointer types `*T` that implement it. A
//! constraint with methods and a type set (`interface{ ~int; String() string }`) counts too:
//! its type parameters are bounded by its methods' trait, which the implementors then need.

use super::lookup::Found;
use super::*;
use crate::sema::types::TypeKind;

impl<'a> Checker<'a> {
    pub(super) fn compute_implementors(&mut self) {
        let n = self.info.types.len() as u32;
        let mut ifaces = Vec::new();
        let mut concrete = Vec::new();
        for i in 0..n {
            let t = TypeId(i);
            match self.info.types.kind(t).clone() {
                TypeKind::Interface(it) if !it.methods.is_empty() => ifaces.push(t),
                TypeKind::Named(_) => {
                    let Some(info) = self.info.types.named(t).cloned() else { continue };
                    if !info.type_params.is_empty() || info.underlying == TypeId::INVALID {
                        continue;
                    }
                    match self.info.types.kind(info.underlying) {
                        TypeKind::Interface(it) => {
                            if !it.methods.is_empty() {
                                ifaces.push(t);
                            }
                        }
                        _ => concrete.push(t),
                    }
                }
                _ => {}
            }
        }
        for iface in ifaces {
            let mut out = Vec::new();
            for &c in &concrete {
                if self.implements_iface(c, iface).is_ok() {
                    out.push(c);
                }
                let p = self.info.types.pointer(c);
                if self.implements_iface(p, iface).is_ok() {
                    out.push(p);
                }
            }
            out.sort();
            let names: Vec<String> = self.info.types.interface(iface).map(|it| it.methods.iter().map(|(n, _)| n.clone()).collect()).unwrap_or_default();
            for &t in &out {
                for name in &names {
                    if self.info.impl_methods.contains_key(&(t, name.clone())) {
                        continue;
                    }
                    let sel = match self.lookup_field_or_method(t, name) {
                        Found::Method { obj, path, ptr_recv, holder_is_ptr, .. } => {
                            let adjust = if ptr_recv && !holder_is_ptr {
                                RecvAdjust::AddrOf
                            } else if !ptr_recv && holder_is_ptr {
                                RecvAdjust::Deref
                            } else {
                                RecvAdjust::None
                            };
                            Selection::Method { method: obj, path, adjust, ptr_recv }
                        }
                        Found::IfaceMethod { iface, name, path, .. } => Selection::InterfaceMethod { iface, name, path },
                        _ => continue,
                    };
                    self.info.impl_methods.insert((t, name.clone()), sel);
                }
            }
            self.info.implementors.insert(iface, out);
        }
    }
}
