//! The type interner: Go types as [`TypeId`]s, identical types share one id.
//!
//! Structural types are interned by their [`TypeKind`], so Go's type identity is `==` on ids.
//! Named types and type parameters are unique by declaration (and by type arguments for
//! instantiations). [`Types::display`] prints Go's spelling (`[]int`, `*main.T`, `func(int) string`).

use std::collections::HashMap;

use super::ObjId;
pub use crate::ast::ChanDir;

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

impl std::fmt::Debug for TypeId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "T{}", self.0)
    }
}

/// Go's predeclared basic types and the kinds of untyped constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Basic {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

impl Basic {
    pub const ALL: [Basic; 25] = [
        Basic::Bool,
        Basic::Int,
        Basic::Int8,
        Basic::Int16,
        Basic::Int32,
        Basic::Int64,
        Basic::Uint,
        Basic::Uint8,
        Basic::Uint16,
        Basic::Uint32,
        Basic::Uint64,
        Basic::Uintptr,
        Basic::Float32,
        Basic::Float64,
        Basic::Complex64,
        Basic::Complex128,
        Basic::String,
        Basic::UnsafePointer,
        Basic::UntypedBool,
        Basic::UntypedInt,
        Basic::UntypedRune,
        Basic::UntypedFloat,
        Basic::UntypedComplex,
        Basic::UntypedString,
        Basic::UntypedNil,
    ];

    pub fn name(self) -> &'static str {
        use Basic::*;
        match self {
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }

    pub fn is_untyped(self) -> bool {
        self >= Basic::UntypedBool
    }

    pub fn is_integer(self) -> bool {
        use Basic::*;
        matches!(self, Int | Int8 | Int16 | Int32 | Int64 | Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr | UntypedInt | UntypedRune)
    }

    pub fn is_unsigned(self) -> bool {
        use Basic::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }

    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }

    pub fn is_complex(self) -> bool {
        matches!(self, Basic::Complex64 | Basic::Complex128 | Basic::UntypedComplex)
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    pub fn is_string(self) -> bool {
        matches!(self, Basic::String | Basic::UntypedString)
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, Basic::Bool | Basic::UntypedBool)
    }

    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }

    /// Size in bits of a sized integer type (`int`/`uint`/`uintptr` are 64-bit).
    pub fn int_bits(self) -> Option<(u32, bool)> {
        use Basic::*;
        Some(match self {
            Int | Int64 => (64, true),
            Int8 => (8, true),
            Int16 => (16, true),
            Int32 => (32, true),
            Uint | Uint64 | Uintptr => (64, false),
            Uint8 => (8, false),
            Uint16 => (16, false),
            Uint32 => (32, false),
            _ => return None,
        })
    }

    /// The type an untyped constant of this kind gets when nothing else decides.
    pub fn default_type(self) -> Basic {
        match self {
            Basic::UntypedBool => Basic::Bool,
            Basic::UntypedInt => Basic::Int,
            Basic::UntypedRune => Basic::Int32,
            Basic::UntypedFloat => Basic::Float64,
            Basic::UntypedComplex => Basic::Complex128,
            Basic::UntypedString => Basic::String,
            b => b,
        }
    }
}

/// A function signature (no receiver: methods' receivers are in their [`Object`](super::Object)).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T` (its type in `params` is `[]T`).
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StructField {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    pub tag: Option<String>,
}

/// One term of a type set: `T` or `~T`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Term {
    pub tilde: bool,
    pub ty: TypeId,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Interface {
    /// All methods including those of embedded interfaces, sorted by name: (name, signature).
    pub methods: Vec<(String, TypeId)>,
    /// The type-set restriction from union/tilde elements; `None` = all types.
    pub terms: Option<Vec<Term>>,
    /// Embeds `comparable`.
    pub comparable: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    Invalid,
    Basic(Basic),
    Named(u32),
    TypeParam(u32),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Func(Signature),
    Struct(Vec<StructField>),
    Interface(Interface),
    /// Results of a multi-value call.
    Tuple(Vec<TypeId>),
}

/// A declared (defined) type: `type T …`, predeclared `error`, a std type, or an instantiation.
#[derive(Clone, Debug)]
pub struct NamedInfo {
    pub name: String,
    /// Import path of the declaring package (`main`, `sync`, …; empty for `error`/`comparable`).
    pub pkg: String,
    pub obj: Option<ObjId>,
    /// `Invalid` until resolved.
    pub underlying: TypeId,
    /// Declared methods (of the origin type for instantiations), in declaration order.
    pub methods: Vec<ObjId>,
    pub type_params: Vec<TypeId>,
    pub type_args: Vec<TypeId>,
    /// The generic type this is an instantiation of.
    pub origin: Option<TypeId>,
}

#[derive(Clone, Debug)]
pub struct TypeParamInfo {
    pub name: String,
    pub obj: Option<ObjId>,
    /// An interface type.
    pub constraint: TypeId,
    pub index: u32,
}

/// The interner. Owned by [`Info`](super::Info); ids are stable for one analysis.
#[derive(Clone, Debug)]
pub struct Types {
    kinds: Vec<TypeKind>,
    map: HashMap<TypeKind, TypeId>,
    named: Vec<NamedInfo>,
    tparams: Vec<TypeParamInfo>,
    /// The program's own packages, import path → package name (`main` → `main`, and each
    /// package of the module it imports). Every other package path is a std mirror's.
    user_pkgs: std::collections::BTreeMap<String, String>,
}

impl TypeId {
    pub const INVALID: TypeId = TypeId(0);

    pub const fn basic(b: Basic) -> TypeId {
        TypeId(b as u32 + 1)
    }

    pub const BOOL: TypeId = TypeId::basic(Basic::Bool);
    pub const INT: TypeId = TypeId::basic(Basic::Int);
    pub const INT32: TypeId = TypeId::basic(Basic::Int32);
    pub const INT64: TypeId = TypeId::basic(Basic::Int64);
    pub const UINT8: TypeId = TypeId::basic(Basic::Uint8);
    pub const FLOAT64: TypeId = TypeId::basic(Basic::Float64);
    pub const STRING: TypeId = TypeId::basic(Basic::String);
    pub const UNTYPED_BOOL: TypeId = TypeId::basic(Basic::UntypedBool);
    pub const UNTYPED_INT: TypeId = TypeId::basic(Basic::UntypedInt);
    pub const UNTYPED_RUNE: TypeId = TypeId::basic(Basic::UntypedRune);
    pub const UNTYPED_FLOAT: TypeId = TypeId::basic(Basic::UntypedFloat);
    pub const UNTYPED_COMPLEX: TypeId = TypeId::basic(Basic::UntypedComplex);
    pub const UNTYPED_STRING: TypeId = TypeId::basic(Basic::UntypedString);
    pub const UNTYPED_NIL: TypeId = TypeId::basic(Basic::UntypedNil);
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

impl Types {
    pub fn new() -> Types {
        let user_pkgs = std::iter::once(("main".to_string(), "main".to_string())).collect();
        let mut t = Types { kinds: Vec::new(), map: HashMap::new(), named: Vec::new(), tparams: Vec::new(), user_pkgs };
        t.intern(TypeKind::Invalid);
        for b in Basic::ALL {
            t.intern(TypeKind::Basic(b));
        }
        t
    }

    /// Registers a package of the program's module (import path, package name).
    pub fn add_user_pkg(&mut self, path: &str, name: &str) {
        self.user_pkgs.insert(path.to_string(), name.to_string());
    }

    /// Whether `path` is one of the program's own packages (`main` or a package of its module),
    /// not a std mirror or the universe.
    pub fn is_user_pkg(&self, path: &str) -> bool {
        self.user_pkgs.contains_key(path)
    }

    /// The name a package's types are qualified with in Go's output (`%T`, `%#v`, panics):
    /// its package name (`store` for `example.com/app/internal/store`); a std path as written.
    pub fn pkg_name<'s>(&'s self, path: &'s str) -> &'s str {
        self.user_pkgs.get(path).map(String::as_str).unwrap_or(path)
    }

    pub fn intern(&mut self, k: TypeKind) -> TypeId {
        if let Some(id) = self.map.get(&k) {
            return *id;
        }
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(k.clone());
        self.map.insert(k, id);
        id
    }

    pub fn kind(&self, t: TypeId) -> &TypeKind {
        &self.kinds[t.0 as usize]
    }

    /// Number of interned types (every `TypeId` is below it).
    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    pub fn new_named(&mut self, info: NamedInfo) -> TypeId {
        let idx = self.named.len() as u32;
        self.named.push(info);
        self.intern(TypeKind::Named(idx))
    }

    pub fn new_type_param(&mut self, info: TypeParamInfo) -> TypeId {
        let idx = self.tparams.len() as u32;
        self.tparams.push(info);
        self.intern(TypeKind::TypeParam(idx))
    }

    pub fn named(&self, t: TypeId) -> Option<&NamedInfo> {
        match self.kind(t) {
            TypeKind::Named(i) => Some(&self.named[*i as usize]),
            _ => None,
        }
    }

    pub fn named_mut(&mut self, t: TypeId) -> Option<&mut NamedInfo> {
        match self.kinds[t.0 as usize] {
            TypeKind::Named(i) => Some(&mut self.named[i as usize]),
            _ => None,
        }
    }

    pub fn type_param(&self, t: TypeId) -> Option<&TypeParamInfo> {
        match self.kind(t) {
            TypeKind::TypeParam(i) => Some(&self.tparams[*i as usize]),
            _ => None,
        }
    }

    pub fn type_param_mut(&mut self, t: TypeId) -> Option<&mut TypeParamInfo> {
        match self.kinds[t.0 as usize] {
            TypeKind::TypeParam(i) => Some(&mut self.tparams[i as usize]),
            _ => None,
        }
    }

    /// All named types in creation order (deterministic).
    pub fn all_named(&self) -> impl Iterator<Item = TypeId> + '_ {
        (0..self.named.len() as u32).filter_map(|i| self.map.get(&TypeKind::Named(i)).copied())
    }

    /// `*t`, if that type exists (the emitter cannot make types).
    pub fn pointer_of(&self, t: TypeId) -> Option<TypeId> {
        self.map.get(&TypeKind::Pointer(t)).copied()
    }

    // Constructors.
    pub fn pointer(&mut self, t: TypeId) -> TypeId {
        self.intern(TypeKind::Pointer(t))
    }
    pub fn slice(&mut self, t: TypeId) -> TypeId {
        self.intern(TypeKind::Slice(t))
    }
    pub fn array(&mut self, n: u64, t: TypeId) -> TypeId {
        self.intern(TypeKind::Array(n, t))
    }
    pub fn map_of(&mut self, k: TypeId, v: TypeId) -> TypeId {
        self.intern(TypeKind::Map(k, v))
    }
    pub fn chan(&mut self, d: ChanDir, t: TypeId) -> TypeId {
        self.intern(TypeKind::Chan(d, t))
    }
    pub fn func(&mut self, params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool) -> TypeId {
        self.intern(TypeKind::Func(Signature { params, results, variadic }))
    }
    pub fn tuple(&mut self, ts: Vec<TypeId>) -> TypeId {
        self.intern(TypeKind::Tuple(ts))
    }
    pub fn empty_interface(&mut self) -> TypeId {
        self.intern(TypeKind::Interface(Interface::default()))
    }

    /// The underlying type: follows named types (a type parameter is its own underlying type).
    pub fn underlying(&self, t: TypeId) -> TypeId {
        let mut t = t;
        for _ in 0..100 {
            match self.kind(t) {
                TypeKind::Named(i) => t = self.named[*i as usize].underlying,
                _ => return t,
            }
        }
        TypeId::INVALID
    }

    pub fn under(&self, t: TypeId) -> &TypeKind {
        self.kind(self.underlying(t))
    }

    pub fn basic_of(&self, t: TypeId) -> Option<Basic> {
        match self.under(t) {
            TypeKind::Basic(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Basic(b) if b.is_untyped())
    }
    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Named(_))
    }
    pub fn is_type_param(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::TypeParam(_))
    }
    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.under(t), TypeKind::Interface(_))
    }
    pub fn is_pointer(&self, t: TypeId) -> bool {
        matches!(self.under(t), TypeKind::Pointer(_))
    }
    pub fn is_integer(&self, t: TypeId) -> bool {
        self.basic_of(t).is_some_and(Basic::is_integer)
    }
    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.basic_of(t).is_some_and(Basic::is_unsigned)
    }
    pub fn is_float(&self, t: TypeId) -> bool {
        self.basic_of(t).is_some_and(Basic::is_float)
    }
    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.basic_of(t).is_some_and(Basic::is_numeric)
    }
    pub fn is_string(&self, t: TypeId) -> bool {
        self.basic_of(t).is_some_and(Basic::is_string)
    }
    pub fn is_boolean(&self, t: TypeId) -> bool {
        self.basic_of(t).is_some_and(Basic::is_boolean)
    }

    /// Element type of a pointer, slice, array, map (value), or channel.
    pub fn elem(&self, t: TypeId) -> Option<TypeId> {
        match self.under(t) {
            TypeKind::Pointer(e) | TypeKind::Slice(e) | TypeKind::Array(_, e) | TypeKind::Map(_, e) | TypeKind::Chan(_, e) => Some(*e),
            _ => None,
        }
    }

    pub fn signature(&self, t: TypeId) -> Option<&Signature> {
        match self.under(t) {
            TypeKind::Func(s) => Some(s),
            _ => None,
        }
    }

    pub fn interface(&self, t: TypeId) -> Option<&Interface> {
        match self.under(t) {
            TypeKind::Interface(i) => Some(i),
            _ => None,
        }
    }

    pub fn struct_fields(&self, t: TypeId) -> Option<&[StructField]> {
        match self.under(t) {
            TypeKind::Struct(f) => Some(f),
            _ => None,
        }
    }

    /// Go's spelling of a type, qualifying named types with their package path (`main.T`).
    pub fn display(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write(&mut s, t, 0);
        s
    }

    fn write(&self, s: &mut String, t: TypeId, depth: u32) {
        if depth > 20 {
            s.push('…');
            return;
        }
        let d = depth + 1;
        match self.kind(t) {
            TypeKind::Invalid => s.push_str("invalid type"),
            TypeKind::Basic(b) => s.push_str(b.name()),
            TypeKind::Named(i) => {
                let n = &self.named[*i as usize];
                if !n.pkg.is_empty() {
                    s.push_str(self.pkg_name(&n.pkg));
                    s.push('.');
                }
                s.push_str(&n.name);
                if !n.type_args.is_empty() {
                    s.push('[');
                    for (k, a) in n.type_args.iter().enumerate() {
                        if k > 0 {
                            s.push(',');
                        }
                        self.write(s, *a, d);
                    }
                    s.push(']');
                }
            }
            TypeKind::TypeParam(i) => s.push_str(&self.tparams[*i as usize].name),
            TypeKind::Pointer(e) => {
                s.push('*');
                self.write(s, *e, d);
            }
            TypeKind::Slice(e) => {
                s.push_str("[]");
                self.write(s, *e, d);
            }
            TypeKind::Array(n, e) => {
                s.push_str(&format!("[{n}]"));
                self.write(s, *e, d);
            }
            TypeKind::Map(k, v) => {
                s.push_str("map[");
                self.write(s, *k, d);
                s.push(']');
                self.write(s, *v, d);
            }
            TypeKind::Chan(dir, e) => {
                s.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                self.write(s, *e, d);
            }
            TypeKind::Func(sig) => {
                s.push_str("func");
                self.write_sig(s, sig, d);
            }
            TypeKind::Struct(fields) => {
                s.push_str("struct{");
                for (k, f) in fields.iter().enumerate() {
                    if k > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write(s, f.ty, d);
                }
                s.push('}');
            }
            TypeKind::Interface(it) => {
                if it.methods.is_empty() && it.terms.is_none() && !it.comparable {
                    s.push_str("interface {}");
                    return;
                }
                s.push_str("interface {");
                let mut first = true;
                if it.comparable {
                    s.push_str(" comparable");
                    first = false;
                }
                for (name, sig) in &it.methods {
                    s.push_str(if first { " " } else { "; " });
                    first = false;
                    s.push_str(name);
                    if let TypeKind::Func(sig) = self.kind(*sig) {
                        self.write_sig(s, sig, d);
                    }
                }
                if let Some(terms) = &it.terms {
                    s.push_str(if first { " " } else { "; " });
                    for (k, t) in terms.iter().enumerate() {
                        if k > 0 {
                            s.push_str(" | ");
                        }
                        if t.tilde {
                            s.push('~');
                        }
                        self.write(s, t.ty, d);
                    }
                }
                s.push_str(" }");
            }
            TypeKind::Tuple(ts) => {
                s.push('(');
                for (k, t) in ts.iter().enumerate() {
                    if k > 0 {
                        s.push_str(", ");
                    }
                    self.write(s, *t, d);
                }
                s.push(')');
            }
        }
    }

    fn write_sig(&self, s: &mut String, sig: &Signature, d: u32) {
        s.push('(');
        for (k, p) in sig.params.iter().enumerate() {
            if k > 0 {
                s.push_str(", ");
            }
            if sig.variadic && k + 1 == sig.params.len() {
                s.push_str("...");
                let e = self.elem(*p).unwrap_or(*p);
                self.write(s, e, d);
            } else {
                self.write(s, *p, d);
            }
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write(s, sig.results[0], d);
            }
            _ => {
                s.push_str(" (");
                for (k, r) in sig.results.iter().enumerate() {
                    if k > 0 {
                        s.push_str(", ");
                    }
                    self.write(s, *r, d);
                }
                s.push(')');
            }
        }
    }
}
