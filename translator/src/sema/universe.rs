//! The universe scope: predeclared types, constants, `nil`, and builtin functions.

use super::constant::ConstValue;
use super::info::{Builtin, ObjKind, Object};
use super::types::{Basic, Interface, NamedInfo, TypeId, TypeKind, Types};
use super::BigInt;

/// Predeclared objects to put in the universe scope, with the `error` and `comparable` types.
pub(super) struct Universe {
    pub objects: Vec<Object>,
    pub any: TypeId,
}

fn obj(name: &str, kind: ObjKind, ty: TypeId) -> Object {
    Object { name: name.to_string(), kind, ty, pkg: String::new(), span: None, def: None }
}

pub(super) fn build(types: &mut Types) -> Universe {
    let mut objects = Vec::new();
    for b in Basic::ALL {
        if b.is_untyped() || b == Basic::UnsafePointer {
            continue;
        }
        objects.push(obj(b.name(), ObjKind::TypeName { alias: false }, TypeId::basic(b)));
    }
    objects.push(obj("byte", ObjKind::TypeName { alias: true }, TypeId::basic(Basic::Uint8)));
    objects.push(obj("rune", ObjKind::TypeName { alias: true }, TypeId::basic(Basic::Int32)));
    let any = types.empty_interface();
    objects.push(obj("any", ObjKind::TypeName { alias: true }, any));

    // type error interface { Error() string }
    let error_sig = types.func(vec![], vec![TypeId::STRING], false);
    let error_iface = types.intern(TypeKind::Interface(Interface {
        methods: vec![("Error".to_string(), error_sig)],
        terms: None,
        comparable: false,
    }));
    let error = types.new_named(NamedInfo {
        name: "error".into(),
        pkg: String::new(),
        obj: None,
        underlying: error_iface,
        methods: Vec::new(),
        type_params: Vec::new(),
        type_args: Vec::new(),
        origin: None,
    });
    objects.push(obj("error", ObjKind::TypeName { alias: false }, error));
    let comparable_iface = types.intern(TypeKind::Interface(Interface { methods: vec![], terms: None, comparable: true }));
    let comparable = types.new_named(NamedInfo {
        name: "comparable".into(),
        pkg: String::new(),
        obj: None,
        underlying: comparable_iface,
        methods: Vec::new(),
        type_params: Vec::new(),
        type_args: Vec::new(),
        origin: None,
    });
    objects.push(obj("comparable", ObjKind::TypeName { alias: false }, comparable));

    objects.push(obj("true", ObjKind::Const(ConstValue::Bool(true)), TypeId::UNTYPED_BOOL));
    objects.push(obj("false", ObjKind::Const(ConstValue::Bool(false)), TypeId::UNTYPED_BOOL));
    // `iota`'s value is supplied by the checker per const spec.
    objects.push(obj("iota", ObjKind::Const(ConstValue::Int(BigInt::zero())), TypeId::UNTYPED_INT));
    objects.push(obj("nil", ObjKind::Nil, TypeId::UNTYPED_NIL));
    for b in Builtin::ALL {
        objects.push(obj(b.name(), ObjKind::Builtin(b), TypeId::INVALID));
    }
    Universe { objects, any }
}
