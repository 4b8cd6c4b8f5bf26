//! The Go AST's node types, shaped after Go's own `go/ast`.
//!
//! Types are expressions (as in `go/ast`): `[]int`, `map[K]V`, `*T`, `pkg.T`, `List[int]` are
//! [`ExprKind`] variants; sema decides whether an expression denotes a type or a value (so
//! `T(x)` is a [`ExprKind::Call`] that sema classifies as a conversion).
//!
//! Every expression, statement, declaration, spec, field and declared name carries a
//! [`NodeId`] unique within the [`Package`], which sema's side tables key on.

use std::path::PathBuf;

pub use crate::diag::{FileId, Span};

/// Identity of an AST node within one package; dense, starting at 0, in source order.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(pub u32);

impl std::fmt::Debug for NodeId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{}", self.0)
    }
}

impl NodeId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// All files of one Go package (the translation unit).
#[derive(Clone, Debug)]
pub struct Package {
    /// The package name of the first file that declares one (`main` for programs).
    pub name: String,
    pub files: Vec<File>,
    /// Number of node ids handed out: every `NodeId` is `< node_count`.
    pub node_count: u32,
}

#[derive(Clone, Debug)]
pub struct File {
    pub id: FileId,
    pub path: PathBuf,
    /// The `package` clause's name, if the file has one.
    pub package: Option<Ident>,
    /// Import path of the Go package the file belongs to: `main` for the program's own
    /// package, `<module>/<dir>` for a package of the module it imports (set by the front end).
    pub import_path: String,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
    pub span: Span,
}

/// A declared or referenced name at a declaration site (a use inside an expression is
/// [`ExprKind::Ident`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub id: NodeId,
    pub name: String,
    pub span: Span,
}

impl Ident {
    pub fn is_blank(&self) -> bool {
        self.name == "_"
    }
}

#[derive(Clone, Debug)]
pub struct Import {
    pub id: NodeId,
    pub span: Span,
    /// `import x "path"`, `import . "path"`, `import _ "path"`.
    pub name: Option<Ident>,
    pub path: String,
    pub path_span: Span,
}

/// A top-level or local declaration.
#[derive(Clone, Debug)]
pub struct Decl {
    pub id: NodeId,
    pub span: Span,
    pub kind: DeclKind,
}

#[derive(Clone, Debug)]
pub enum DeclKind {
    Func(FuncDecl),
    /// One `const` declaration; specs of a parenthesised group share `iota` numbering.
    Const(Vec<ConstSpec>),
    Var(Vec<VarSpec>),
    Type(Vec<TypeSpec>),
    /// A declaration the lowering could not make sense of (a diagnostic was reported).
    Bad,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub recv: Option<Field>,
    pub name: Ident,
    pub type_params: Vec<TypeParam>,
    pub sig: FuncType,
    pub body: Option<Block>,
}

#[derive(Clone, Debug)]
pub struct ConstSpec {
    pub id: NodeId,
    pub span: Span,
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    /// Empty when the spec repeats an earlier one (`const ( A = iota; B; C )`): see `inherit`.
    pub values: Vec<Expr>,
    /// The value of `iota` in this spec (its index within the group).
    pub iota: u32,
    /// For an implicitly repeated spec, the index within the group of the spec whose type and
    /// values it repeats (Go re-evaluates those expressions with this spec's `iota`).
    pub inherit: Option<usize>,
}

#[derive(Clone, Debug)]
pub struct VarSpec {
    pub id: NodeId,
    pub span: Span,
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub id: NodeId,
    pub span: Span,
    pub name: Ident,
    pub type_params: Vec<TypeParam>,
    /// `type A = B`.
    pub alias: bool,
    pub ty: Expr,
}

/// `[K comparable, V any]`: one declaration of one or more type parameters.
#[derive(Clone, Debug)]
pub struct TypeParam {
    pub id: NodeId,
    pub names: Vec<Ident>,
    /// A type, an interface, or a [`ExprKind::Union`] / [`ExprKind::Tilde`] type set.
    pub constraint: Expr,
}

/// A parameter, result, receiver or struct field declaration.
#[derive(Clone, Debug)]
pub struct Field {
    pub id: NodeId,
    pub span: Span,
    /// Empty for unnamed parameters/results and for embedded struct fields.
    pub names: Vec<Ident>,
    pub ty: Expr,
    /// `...T` (last parameter only).
    pub variadic: bool,
    /// Struct field tag, decoded.
    pub tag: Option<String>,
}

impl Field {
    /// A struct field without names is embedded.
    pub fn is_embedded(&self) -> bool {
        self.names.is_empty()
    }
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub span: Span,
    pub params: Vec<Field>,
    pub results: Vec<Field>,
}

#[derive(Clone, Debug)]
pub enum InterfaceElem {
    Method { id: NodeId, name: Ident, sig: FuncType },
    /// An embedded interface or a type-set term (`~int | ~string`, `comparable`).
    Embed(Expr),
}

#[derive(Clone, Debug)]
pub struct Block {
    pub id: NodeId,
    pub span: Span,
    pub stmts: Vec<Stmt>,
    /// The closing brace (where Go reports "missing return"; where deferred calls run).
    pub rbrace: Span,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub id: NodeId,
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    /// A local `const`, `var` or `type` declaration.
    Decl(Decl),
    Empty,
    Labeled { label: Ident, stmt: Box<Stmt> },
    Expr(Expr),
    Send { chan: Expr, value: Expr },
    IncDec { x: Expr, inc: bool },
    Assign { lhs: Vec<Expr>, op: AssignOp, rhs: Vec<Expr> },
    /// `go call` (the expression is a call unless a diagnostic was reported).
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Branch { kind: BranchKind, label: Option<Ident> },
    Block(Block),
    If { init: Option<Box<Stmt>>, cond: Expr, then: Block, els: Option<Box<Stmt>> },
    Switch { init: Option<Box<Stmt>>, tag: Option<Expr>, cases: Vec<CaseClause> },
    /// `switch [init;] [bind :=] subject.(type) { … }` (`subject` is the operand `x`).
    TypeSwitch { init: Option<Box<Stmt>>, bind: Option<Ident>, subject: Expr, cases: Vec<TypeCaseClause> },
    Select { cases: Vec<CommClause> },
    /// Three-clause, condition-only and infinite loops.
    For { init: Option<Box<Stmt>>, cond: Option<Expr>, post: Option<Box<Stmt>>, body: Block },
    /// `for [key[, value] (=|:=)] range x`.
    Range { key: Option<Expr>, value: Option<Expr>, define: bool, x: Expr, body: Block },
    /// A statement the lowering could not make sense of (a diagnostic was reported).
    Bad,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `+=`, `<<=`, …
    Op(BinaryOp),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Clone, Debug)]
pub struct CaseClause {
    pub id: NodeId,
    pub span: Span,
    /// Empty for `default`.
    pub exprs: Vec<Expr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct TypeCaseClause {
    pub id: NodeId,
    pub span: Span,
    /// Types (or `nil`); empty for `default`.
    pub types: Vec<Expr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct CommClause {
    pub id: NodeId,
    pub span: Span,
    /// `None` for `default`; otherwise a `Send`, an `Expr` (a receive), or an `Assign` with a
    /// receive on the right (`v := <-ch`, `v, ok = <-ch`).
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: NodeId,
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A use of a name (including `true`, `false`, `nil`, `iota` and builtin names).
    Ident(String),
    Lit(Lit),
    /// `T{…}`; `ty` is `None` for an elided type inside another literal (`[]P{{1, 2}}`).
    CompositeLit { ty: Option<Box<Expr>>, elems: Vec<Element> },
    FuncLit { sig: FuncType, body: Block },
    Paren(Box<Expr>),
    Selector { x: Box<Expr>, sel: Ident },
    /// `a[i]`, and generic instantiation `F[int]`, `Pair[K, V]` (several indices).
    Index { x: Box<Expr>, indices: Vec<Expr> },
    Slice { x: Box<Expr>, lo: Option<Box<Expr>>, hi: Option<Box<Expr>>, max: Option<Box<Expr>> },
    /// `x.(T)`; `ty` is `None` for `x.(type)` in a type switch header.
    TypeAssert { x: Box<Expr>, ty: Option<Box<Expr>> },
    /// A call, a conversion `T(x)`, or a builtin call; sema tells which. `ellipsis` is `f(xs...)`.
    Call { func: Box<Expr>, args: Vec<Expr>, ellipsis: bool },
    /// `*x`: a dereference, or a pointer type.
    Star(Box<Expr>),
    Unary { op: UnaryOp, x: Box<Expr> },
    Binary { op: BinaryOp, lhs: Box<Expr>, rhs: Box<Expr> },
    /// `[N]T`; `len` is `None` for `[...]T`.
    ArrayType { len: Option<Box<Expr>>, elem: Box<Expr> },
    SliceType(Box<Expr>),
    MapType { key: Box<Expr>, value: Box<Expr> },
    ChanType { dir: ChanDir, elem: Box<Expr> },
    FuncType(FuncType),
    StructType(Vec<Field>),
    InterfaceType(Vec<InterfaceElem>),
    /// A type-set union `A | ~B` in a constraint.
    Union(Vec<Expr>),
    /// `~T` in a constraint.
    Tilde(Box<Expr>),
    /// Missing or unparsable expression (a diagnostic was reported).
    Bad,
}

/// One element of a composite literal: `value`, or `key: value`. A struct field key is an
/// [`ExprKind::Ident`]; sema resolves it as a field name.
#[derive(Clone, Debug)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Lit {
    /// As written (`0x_FF`, `1_000`, `0o17`, `017`); sema evaluates it exactly.
    Int(String),
    /// As written (`1.5e3`, `0x1p-2`).
    Float(String),
    /// As written, including the `i` (unsupported: complex numbers).
    Imag(String),
    /// The code point (may be a surrogate-free value up to 0x10FFFF, or a byte value for `'\xff'`).
    Rune(i32),
    /// The decoded bytes (may be invalid UTF-8: `"\xff"`); `raw` for backquoted literals.
    Str { value: Vec<u8>, raw: bool },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChanDir {
    /// `chan T`
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum UnaryOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    BitNot,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LogAnd,
    LogOr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinaryOp {
    pub fn from_token(tok: &str) -> Option<BinaryOp> {
        use BinaryOp::*;
        Some(match tok {
            "+" => Add,
            "-" => Sub,
            "*" => Mul,
            "/" => Div,
            "%" => Rem,
            "&" => And,
            "|" => Or,
            "^" => Xor,
            "<<" => Shl,
            ">>" => Shr,
            "&^" => AndNot,
            "&&" => LogAnd,
            "||" => LogOr,
            "==" => Eq,
            "!=" => Ne,
            "<" => Lt,
            "<=" => Le,
            ">" => Gt,
            ">=" => Ge,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            LogAnd => "&&",
            LogOr => "||",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
        }
    }

    pub fn is_comparison(self) -> bool {
        use BinaryOp::*;
        matches!(self, Eq | Ne | Lt | Le | Gt | Ge)
    }

    pub fn is_shift(self) -> bool {
        matches!(self, BinaryOp::Shl | BinaryOp::Shr)
    }
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Pos => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::BitNot => "^",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
        }
    }
}

impl Expr {
    /// The expression with any parentheses removed.
    pub fn unparen(&self) -> &Expr {
        let mut e = self;
        while let ExprKind::Paren(inner) = &e.kind {
            e = inner;
        }
        e
    }

    /// The name, if this is a plain identifier use.
    pub fn as_ident(&self) -> Option<&str> {
        match &self.kind {
            ExprKind::Ident(n) => Some(n),
            _ => None,
        }
    }
}
