//! The analysis result [`Info`]: objects, side tables, and the query methods the emitter calls.

use std::collections::{BTreeMap, BTreeSet};

use super::constant::ConstValue;
use super::types::{TypeId, Types};
use crate::ast::{NodeId, Span};

/// Identity of a declared entity (variable, constant, type name, function, package, builtin…).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

impl std::fmt::Debug for ObjId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "O{}", self.0)
    }
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    /// The object's type (`Invalid` for packages, labels and builtins).
    pub ty: TypeId,
    /// Import path of the declaring package: `main`, a std path such as `sync`, or empty for
    /// the universe (`int`, `len`, `error`, `nil`, …).
    pub pkg: String,
    /// Where it is declared (none for the universe and std stubs).
    pub span: Option<Span>,
    /// The declaring identifier's node (user package only).
    pub def: Option<NodeId>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ObjKind {
    Var(VarKind),
    Const(ConstValue),
    TypeName { alias: bool },
    Func(FuncInfo),
    /// An imported package; `path` is its import path.
    PkgName { path: String },
    Builtin(Builtin),
    Nil,
    Label,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarKind {
    /// Package-level variable.
    Global,
    /// Local variable (incl. `:=`, range and type-switch bindings).
    Local,
    Param,
    Result,
    Receiver,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncInfo {
    /// For methods: the receiver type as declared (`T` or `*T`, instantiated with the type's own
    /// type parameters for generic types).
    pub recv: Option<TypeId>,
    /// For methods: the named type the method belongs to.
    pub recv_named: Option<TypeId>,
    pub ptr_recv: bool,
    pub type_params: Vec<TypeId>,
    /// The `FuncDecl`'s `Decl` node (user package only).
    pub decl: Option<NodeId>,
    /// Declared in a std stub (translated to a call into the runtime).
    pub std: bool,
}

/// Go's builtin functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

impl Builtin {
    pub const ALL: [Builtin; 18] = [
        Builtin::Append,
        Builtin::Cap,
        Builtin::Clear,
        Builtin::Close,
        Builtin::Complex,
        Builtin::Copy,
        Builtin::Delete,
        Builtin::Imag,
        Builtin::Len,
        Builtin::Make,
        Builtin::Max,
        Builtin::Min,
        Builtin::New,
        Builtin::Panic,
        Builtin::Print,
        Builtin::Println,
        Builtin::Real,
        Builtin::Recover,
    ];

    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
        }
    }
}

/// A function or func literal: the unit of the blocking analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FuncRef {
    /// A declared function or method.
    Decl(ObjId),
    /// A func literal (its expression's node). Two pseudo-functions share this variant: the
    /// body of a range-over-func loop (keyed by the `Range` statement: the yield function)
    /// and a package-level `var` spec's initializer (keyed by the `VarSpec`).
    Lit(NodeId),
}

/// What kind of value an expression denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Invalid,
    /// A call with no result.
    NoValue,
    /// A computed value.
    Value,
    /// An addressable variable (or a map index expression, which is assignable).
    Variable,
    /// A map index: assignable but not addressable.
    MapIndex,
    Constant,
    Type,
    Builtin,
    Package,
}

/// One step of a field path: field `index` of the struct reached so far, after an implicit
/// pointer dereference when `deref` is set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldStep {
    pub index: usize,
    pub name: String,
    pub deref: bool,
}

/// How the receiver of a method call or method value is adjusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecvAdjust {
    None,
    /// `x.M()` with a pointer method on an addressable value: `(&x).M()`.
    AddrOf,
    /// `p.M()` with a value method on a pointer: `(*p).M()`.
    Deref,
}

/// How a selector expression `x.f` resolves.
#[derive(Clone, Debug, PartialEq)]
pub enum Selection {
    /// A struct field, possibly promoted through embedded fields (`path` is the full path,
    /// last step is the field itself).
    Field { path: Vec<FieldStep>, ty: TypeId },
    /// A concrete method (called, or as a method value). `path` leads through embedded fields
    /// to the value whose method it is; `adjust` applies to that value.
    Method { method: ObjId, path: Vec<FieldStep>, adjust: RecvAdjust, ptr_recv: bool },
    /// A method of an interface (or of a type parameter's constraint), dynamically dispatched.
    /// `path` leads through embedded fields to the interface-typed value.
    InterfaceMethod { iface: TypeId, name: String, path: Vec<FieldStep> },
    /// `pkg.Name`.
    PkgMember { obj: ObjId, pkg: String },
    /// A method expression `T.M` / `(*T).M`: a function whose first parameter is the receiver.
    MethodExpr { method: ObjId, recv: TypeId },
}

/// What a call expression is.
#[derive(Clone, Debug, PartialEq)]
pub enum CallKind {
    /// `T(x)`.
    Conversion { to: TypeId },
    Builtin(Builtin),
    /// A direct call of a declared function (user or std), possibly generic.
    Func(ObjId),
    /// A direct call of a concrete method (see the callee selector's [`Selection`]).
    Method(ObjId),
    /// A dynamically dispatched interface (or constraint) method call.
    InterfaceMethod { iface: TypeId, name: String },
    /// A call through a func-typed value (a variable, field, result, or an immediately
    /// called func literal).
    FuncValue,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CallInfo {
    pub kind: CallKind,
    /// The callee may block: emit `.await`.
    pub must_await: bool,
    /// The call is an edge inside a cycle of async functions: the callee's future needs
    /// `Box::pin` here.
    pub boxed: bool,
    /// Type arguments of a generic function call (explicit or inferred), in parameter order.
    pub type_args: Vec<TypeId>,
    /// The signature after instantiation (`Invalid` for conversions and most builtins).
    pub sig: TypeId,
    /// `f(g())` where `g` returns several values that become the arguments.
    pub spread: bool,
    /// Variadic call whose trailing arguments are packed into a new `[]T` (not `f(xs...)`).
    pub packs_variadic: bool,
}

/// A value conversion the emitter must materialise where a value flows into a slot (assignment,
/// argument, return, send, composite-literal element, map key, comparison with an interface).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conversion {
    pub from: TypeId,
    pub to: TypeId,
    pub kind: ConversionKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConversionKind {
    /// A concrete (or other interface) value into an interface.
    ToInterface,
    /// `nil` into a pointer, slice, map, chan, func or interface slot.
    Nil,
    /// Between a named type and an unnamed type with the identical underlying type
    /// (`type IntSlice []int` ← `[]int`), or between channel directions.
    Representation,
}

/// What a `range` statement iterates over (keyed by the `Range` statement's id).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeKind {
    /// `range n` (int or integer type): key is the index.
    Int,
    /// Bytes of a string: key byte index, value rune.
    String,
    Slice,
    Array,
    /// `range p` with `p *[N]T`.
    ArrayPtr,
    Map,
    Chan,
    /// Go 1.23 func iterators: `func(yield func(…) bool)` with 0, 1 or 2 yield parameters.
    Func(u8),
}

/// Where a local variable lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Storage {
    /// A plain Rust local (captured read-only copies included).
    Plain,
    /// A shared cell (`::gort::Ptr<T>`): captured and written after capture, or its address is
    /// taken.
    Shared,
}

/// Facts behind a variable's [`Storage`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VarFacts {
    /// Func literals (incl. goroutine bodies) that reference it from inside.
    pub captured_by: Vec<NodeId>,
    /// Referenced from a goroutine (a `go` statement's call or func literal).
    pub captured_by_goroutine: bool,
    /// Written somewhere other than its declaration (assignment, `++`, op-assign, writes to
    /// its fields or array elements, pointer-method calls of std value types).
    pub reassigned: bool,
    /// `&x`, `&x.f`, `x[:]` on an array, or a call of a user pointer method on it.
    pub address_taken: bool,
    /// A loop variable of a 3-clause `for` or a `range`.
    pub loop_var: bool,
}

/// Row reads `a[i]` that a loop keeps for its entry (`hoist.rs`).
#[derive(Clone, Debug, PartialEq)]
pub struct RowGroup {
    pub kind: RowKeep,
    /// The `a[i]` expression nodes.
    pub reads: Vec<NodeId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKeep {
    /// One row: `a` and `i` are loop-invariant.
    Row,
    /// Every row of `a` the loop reads: `a` is loop-invariant, the index is not.
    Table,
}

/// One of the program's own packages: `main`, or a package of its module that it imports.
#[derive(Clone, Debug)]
pub struct PackageInfo {
    /// Import path (`main` for the program's own package).
    pub path: String,
    /// The name its `package` clause declares.
    pub name: String,
    /// Its files (indexes into the AST package's files).
    pub files: Vec<usize>,
    /// Import paths of the program's packages it imports, in source order.
    pub imports: Vec<String>,
    /// Its package-level `var` specs in Go's initialization order (dependencies first).
    pub init_order: Vec<NodeId>,
}

/// Everything sema knows, keyed by AST node ids.
#[derive(Debug)]
pub struct Info {
    pub types: Types,
    pub objects: Vec<Object>,
    pub(super) expr_types: Vec<TypeId>,
    pub(super) modes: Vec<Mode>,
    pub(super) uses: Vec<Option<ObjId>>,
    pub(super) consts: BTreeMap<NodeId, ConstValue>,
    pub(super) selections: BTreeMap<NodeId, Selection>,
    pub(super) calls: BTreeMap<NodeId, CallInfo>,
    pub(super) conversions: BTreeMap<NodeId, Conversion>,
    pub(super) comma_ok: BTreeSet<NodeId>,
    pub(super) tuple_conversions: BTreeMap<NodeId, Vec<Option<Conversion>>>,
    pub(super) clause_objs: BTreeMap<NodeId, ObjId>,
    pub(super) implicit_addr: BTreeSet<NodeId>,
    pub(super) implementors: BTreeMap<TypeId, Vec<TypeId>>,
    pub(super) impl_methods: BTreeMap<(TypeId, String), Selection>,
    pub(super) async_funcs: BTreeSet<FuncRef>,
    pub(super) async_func_types: BTreeSet<TypeId>,
    pub(super) async_iface_methods: BTreeSet<(String, TypeId)>,
    pub(super) var_facts: BTreeMap<ObjId, VarFacts>,
    /// `append` calls gc backs with a 32-byte stack buffer (see `escape.rs`).
    pub(super) stack_appends: BTreeSet<NodeId>,
    /// Per loop statement, its cached rows: groups of `a[i]` reads of the same row (see
    /// `hoist.rs`).
    pub(super) row_hoists: BTreeMap<NodeId, Vec<RowGroup>>,
    /// Each cached `a[i]` read: its loop and group.
    pub(super) row_hoisted: BTreeMap<NodeId, (NodeId, usize)>,
    pub(super) storage: BTreeMap<ObjId, Storage>,
    pub(super) recursion_sccs: Vec<Vec<FuncRef>>,
    pub(super) func_lits: BTreeMap<NodeId, TypeId>,
    pub(super) funcs: Vec<ObjId>,
    pub(super) init_order: Vec<NodeId>,
    pub(super) ranges: BTreeMap<NodeId, RangeKind>,
    pub(super) var_owner: BTreeMap<ObjId, FuncRef>,
    pub(super) range_types: BTreeMap<NodeId, (TypeId, TypeId)>,
    pub(super) package_scope: BTreeMap<String, ObjId>,
    pub(super) imports: BTreeMap<NodeId, ObjId>,
    pub(super) packages: Vec<PackageInfo>,
    pub per_iteration_loop_vars: bool,
}

impl Info {
    pub(super) fn new(node_count: u32, types: Types) -> Info {
        let n = node_count as usize;
        Info {
            types,
            objects: Vec::new(),
            expr_types: vec![TypeId::INVALID; n],
            modes: vec![Mode::Invalid; n],
            uses: vec![None; n],
            consts: BTreeMap::new(),
            selections: BTreeMap::new(),
            calls: BTreeMap::new(),
            conversions: BTreeMap::new(),
            comma_ok: BTreeSet::new(),
            tuple_conversions: BTreeMap::new(),
            clause_objs: BTreeMap::new(),
            implicit_addr: BTreeSet::new(),
            implementors: BTreeMap::new(),
            impl_methods: BTreeMap::new(),
            async_funcs: BTreeSet::new(),
            async_func_types: BTreeSet::new(),
            async_iface_methods: BTreeSet::new(),
            var_facts: BTreeMap::new(),
            stack_appends: BTreeSet::new(),
            row_hoists: BTreeMap::new(),
            row_hoisted: BTreeMap::new(),
            storage: BTreeMap::new(),
            recursion_sccs: Vec::new(),
            func_lits: BTreeMap::new(),
            funcs: Vec::new(),
            init_order: Vec::new(),
            ranges: BTreeMap::new(),
            var_owner: BTreeMap::new(),
            range_types: BTreeMap::new(),
            package_scope: BTreeMap::new(),
            imports: BTreeMap::new(),
            packages: Vec::new(),
            per_iteration_loop_vars: true,
        }
    }

    /// The type of an expression (for untyped constants: their final type after conversion or
    /// defaulting; for type expressions: the type denoted). `Invalid` when unknown.
    pub fn type_of(&self, e: NodeId) -> TypeId {
        self.expr_types.get(e.index()).copied().unwrap_or(TypeId::INVALID)
    }

    /// What the expression denotes (value, variable, type, constant, package, …).
    pub fn mode(&self, e: NodeId) -> Mode {
        self.modes.get(e.index()).copied().unwrap_or_default()
    }

    /// The object an identifier use (an `ExprKind::Ident` expression) or a declaring
    /// [`Ident`](crate::ast::Ident) (by its id) refers to. `None` for `_` and unresolved names.
    pub fn resolve(&self, ident: NodeId) -> Option<ObjId> {
        self.uses.get(ident.index()).copied().flatten()
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }

    /// How a selector expression resolves (keyed by the `Selector` expression's id).
    pub fn selection(&self, sel: NodeId) -> Option<&Selection> {
        self.selections.get(&sel)
    }

    /// What a call expression is, and whether it must be awaited.
    pub fn call(&self, call: NodeId) -> Option<&CallInfo> {
        self.calls.get(&call)
    }

    pub fn call_kind(&self, call: NodeId) -> Option<&CallKind> {
        self.calls.get(&call).map(|c| &c.kind)
    }

    /// The value of a constant expression (also set for typed constants such as `time.Second`).
    pub fn const_value(&self, e: NodeId) -> Option<&ConstValue> {
        self.consts.get(&e)
    }

    /// The implicit conversion applied where this expression's value flows into a slot.
    pub fn conversion(&self, e: NodeId) -> Option<&Conversion> {
        self.conversions.get(&e)
    }

    /// Every implicit conversion in the program (also those inside multi-value assignments).
    pub fn all_conversions(&self) -> impl Iterator<Item = &Conversion> {
        self.conversions.values().chain(self.tuple_conversions.values().flatten().flatten())
    }

    /// For a multi-value call whose results flow into slots (`f(g())`, `return g()`,
    /// `a, b = g()`, `var a, b T = g()`): the conversion each result needs, in order.
    pub fn tuple_conversions(&self, call: NodeId) -> Option<&[Option<Conversion>]> {
        self.tuple_conversions.get(&call).map(Vec::as_slice)
    }

    /// Whether a map index, type assertion or receive is used in its two-value form.
    pub fn is_comma_ok(&self, e: NodeId) -> bool {
        self.comma_ok.contains(&e)
    }

    /// The variable a type switch binds in one clause (keyed by the clause's id).
    pub fn type_switch_var(&self, clause: NodeId) -> Option<ObjId> {
        self.clause_objs.get(&clause).copied()
    }

    /// Selector or call receivers that are implicitly addressed (`x.M()` with pointer method).
    pub fn implicitly_addressed(&self, e: NodeId) -> bool {
        self.implicit_addr.contains(&e)
    }

    /// Concrete types implementing an interface, `T` and/or `*T` (whole program, closed world;
    /// includes std types that the program mentions).
    pub fn implementors(&self, iface: TypeId) -> &[TypeId] {
        self.implementors.get(&iface).map(Vec::as_slice).unwrap_or(&[])
    }

    /// How method `name` of implementor `t` (an entry of [`implementors`](Self::implementors))
    /// is reached: a declared method, or one promoted through embedded fields (`path`), with
    /// the receiver adjustment for a value of type `t`. This is what a trait impl forwards to.
    pub fn impl_method(&self, t: TypeId, name: &str) -> Option<&Selection> {
        self.impl_methods.get(&(t, name.to_string()))
    }

    /// Every interface type the program uses, with its implementors.
    pub fn all_implementors(&self) -> &BTreeMap<TypeId, Vec<TypeId>> {
        &self.implementors
    }

    /// The function or literal may block: emit it as `async`.
    pub fn is_async(&self, f: FuncRef) -> bool {
        self.async_funcs.contains(&f)
    }

    /// Func values of this signature (or named func type) may block: the slot type returns a
    /// future; sync functions flowing in must be wrapped.
    pub fn is_async_func_type(&self, t: TypeId) -> bool {
        let u = self.types.underlying(t);
        self.async_func_types.contains(&u)
    }

    /// An interface method `name` with signature `sig` is async (some implementation blocks).
    /// For a std interface (its runtime trait's calling convention): whether its method `name`
    /// is async there, which is exactly when the std method blocks (`sync.Locker.Lock`); the
    /// runtime calls the rest synchronously whatever the program's implementations do. `None`
    /// for a program's or an anonymous interface.
    pub fn std_iface_method_async(&self, iface: TypeId, name: &str) -> Option<bool> {
        let n = self.types.named(iface)?;
        if n.pkg.is_empty() && n.name == "error" {
            // `error`: the runtime's `GoError::Error` is synchronous.
            return Some(false);
        }
        if n.pkg.is_empty() || self.types.is_user_pkg(&n.pkg) {
            return None;
        }
        Some(super::stdlib::is_blocking(&super::stdlib::qualified(&n.pkg, Some(&n.name), name)))
    }

    pub fn is_async_iface_method(&self, name: &str, sig: TypeId) -> bool {
        self.async_iface_methods.contains(&(name.to_string(), sig))
    }

    /// SCCs of the call graph restricted to async functions that are recursive (size > 1 or a
    /// self-call); calls inside one SCC have [`CallInfo::boxed`] set.
    pub fn async_recursion(&self) -> &[Vec<FuncRef>] {
        &self.recursion_sccs
    }

    /// Storage of a local variable, parameter, or result.
    pub fn storage(&self, var: ObjId) -> Storage {
        self.storage.get(&var).copied().unwrap_or(Storage::Plain)
    }

    pub fn var_facts(&self, var: ObjId) -> Option<&VarFacts> {
        self.var_facts.get(&var)
    }

    /// Whether this `append` grows a non-escaping local slice (gc: a 32-byte stack buffer
    /// when it has no capacity yet).
    pub fn append_on_stack(&self, call: NodeId) -> bool {
        self.stack_appends.contains(&call)
    }

    /// The rows a loop statement keeps per entry (`a[i]` of a slice of slices that the loop
    /// cannot change): one group per row, or per outer slice.
    pub fn row_hoists(&self, loop_stmt: NodeId) -> &[RowGroup] {
        self.row_hoists.get(&loop_stmt).map(|g| g.as_slice()).unwrap_or(&[])
    }

    /// How a loop keeps the row read `a[i]`, if one does.
    pub fn row_hoisted(&self, row: NodeId) -> Option<RowKeep> {
        let &(stmt, k) = self.row_hoisted.get(&row)?;
        Some(self.row_hoists(stmt)[k].kind)
    }

    /// The signature type of a func literal.
    pub fn func_lit_type(&self, lit: NodeId) -> TypeId {
        self.func_lits.get(&lit).copied().unwrap_or(TypeId::INVALID)
    }

    /// What a `range` statement iterates over.
    pub fn range_kind(&self, stmt: NodeId) -> Option<RangeKind> {
        self.ranges.get(&stmt).copied()
    }

    /// The (key, value) types a `range` statement produces (`Invalid` where absent).
    pub fn range_types(&self, stmt: NodeId) -> Option<(TypeId, TypeId)> {
        self.range_types.get(&stmt).copied()
    }

    /// The function or literal that declares a local variable, parameter or result.
    pub fn var_owner(&self, var: ObjId) -> Option<FuncRef> {
        self.var_owner.get(&var).copied()
    }

    /// The program's packages in Go's initialization order: each after the packages it imports
    /// (of those ready, the first by import path), `main` last.
    pub fn packages(&self) -> &[PackageInfo] {
        &self.packages
    }

    /// Every function and method declared in the program's packages, in source order.
    pub fn funcs(&self) -> &[ObjId] {
        &self.funcs
    }

    /// Package-level `var` specs of every package in Go's initialization order (packages in
    /// [`Info::packages`] order, within each dependencies first).
    pub fn init_order(&self) -> &[NodeId] {
        &self.init_order
    }

    /// A package-level object of package `main` by name.
    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        self.package_scope.get(name).copied()
    }

    /// The package object an import spec declares (keyed by the `Import`'s id).
    pub fn import_obj(&self, import: NodeId) -> Option<ObjId> {
        self.imports.get(&import).copied()
    }

    /// Go's spelling of a type.
    pub fn type_name(&self, t: TypeId) -> String {
        self.types.display(t)
    }

    /// Methods (declared, not promoted) of a named type, in declaration order.
    pub fn methods(&self, named: TypeId) -> &[ObjId] {
        self.types.named(named).map(|n| n.methods.as_slice()).unwrap_or(&[])
    }
}
