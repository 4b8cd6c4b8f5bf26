//! Loop-invariant row reads: which `a[i]` in `a[i][k]` (and `len(a[i])`) a loop may read once
//! instead of per access, as gc's loop-invariant code motion does.
//!
//! Each `a[i]` of a slice of slices copies the row's header out of the outer backing array
//! under its lock. Inside a loop that cannot change that header, every evaluation gives the
//! same row, so the emitter keeps it in a per-loop-entry cache filled at the first evaluation
//! (`OnceCell`): the bounds check of `a[i]`, and its panic, happen exactly where Go's first
//! evaluation does, and not at all when the loop never evaluates it. A cached row shares the
//! backing array, so writes through it (`a[i][k] = v`) are seen by every later read.
//!
//! The header of `a[i]` is the same on every evaluation when, in the loop (condition, post
//! statement and body, nested loops included):
//! - neither `a` (a variable, or a field chain `m.data` from one) nor any variable of `i` is
//!   assigned or declared, nor has its address taken anywhere (a pointer write could change
//!   it);
//! - nothing can store a slice header anywhere: every assignment to something other than a
//!   plain variable stores a value with no slice in it (`a[i][k] = v` with `v` a number is
//!   fine; `b[i] = row`, `*p = row`, `m[k] = row` are not — `b` may alias `a`'s array), and
//!   `append`/`copy`/`clear` only write elements with no slice in them;
//! - no user code runs and nothing synchronises: calls are conversions, side-effect-free
//!   builtins, or `math`/`math/bits` functions; no func literal, `go`, `defer`, channel
//!   operation, `select`, or range over a channel or function. (Without synchronisation, a
//!   write by another goroutine would be a data race, which Go does not order either.)
//!
//! When `i` is loop-invariant too — a constant, a variable, or integer arithmetic (`+ - * / %
//! << >> & | ^ &^`, unary `-` `+`) of those: it reads no shared state, and a panic it raises
//! (`/ 0`) is raised at the first evaluation, where Go's first one raises it — the loop keeps
//! that one row ([`RowKeep::Row`]); otherwise it keeps each row of `a` it reads
//! ([`RowKeep::Table`], the runtime's `value::Rows`: `b[k]` in `sum += a[i][k] * b[k][j]`).
//! Each read is claimed by the outermost loop that qualifies. Anything unrecognised counts as
//! a hazard.

use std::collections::{BTreeMap, BTreeSet};

use super::info::*;
use super::types::{TypeId, TypeKind};
use crate::ast::{self, visit::Visitor, ExprKind, NodeId, StmtKind};

pub(super) fn analyze(pkg: &ast::Package, info: &mut Info) {
    // Single rows first: a row an inner loop can keep is cheaper there than in an outer
    // loop's table.
    let mut w = Loops { info, keep: RowKeep::Row, hoists: BTreeMap::new(), hoisted: BTreeMap::new() };
    for keep in [RowKeep::Row, RowKeep::Table] {
        w.keep = keep;
        for f in &pkg.files {
            ast::visit::walk_file(&mut w, f);
        }
    }
    let Loops { hoists, hoisted, .. } = w;
    info.row_hoists = hoists;
    info.row_hoisted = hoisted;
}

/// Visits loops outermost first; each claims the invariant rows no enclosing loop claimed.
struct Loops<'i> {
    info: &'i Info,
    /// What this pass claims.
    keep: RowKeep,
    hoists: BTreeMap<NodeId, Vec<RowGroup>>,
    hoisted: BTreeMap<NodeId, (NodeId, usize)>,
}

impl Visitor for Loops<'_> {
    fn visit_stmt(&mut self, s: &ast::Stmt) {
        if matches!(s.kind, StmtKind::For { .. } | StmtKind::Range { .. }) {
            self.claim(s);
        }
        ast::visit::walk_stmt(self, s)
    }
}

impl Loops<'_> {
    fn claim(&mut self, s: &ast::Stmt) {
        let mut scan = Scan { info: self.info, hazard: false, written: BTreeSet::new(), rows: Vec::new() };
        // The loop statement itself (a `range` over a channel or function is a hazard).
        scan.visit_stmt(s);
        if scan.hazard {
            return;
        }
        let inv = Invariant { info: self.info, written: &scan.written, span: s.span };
        let mut groups: BTreeMap<String, Vec<NodeId>> = BTreeMap::new();
        for row in &scan.rows {
            if self.hoisted.contains_key(&row.id) {
                continue;
            }
            let ExprKind::Index { x, indices } = &row.kind else { continue };
            let Some(outer) = inv.outer_key(x) else { continue };
            match (inv.index_key(&indices[0]), self.keep) {
                (Some(i), RowKeep::Row) => groups.entry(format!("{outer}[{i}]")).or_default().push(row.id),
                // The table evaluates a field chain at the first read, after the index: the
                // index must not panic where Go would panic on the chain first (nil `m`).
                (None, RowKeep::Table) if matches!(x.unparen().kind, ExprKind::Ident(_)) || panic_free(self.info, &indices[0]) => {
                    groups.entry(outer).or_default().push(row.id)
                }
                _ => {}
            }
        }
        let list = self.hoists.entry(s.id).or_default();
        for reads in groups.into_values() {
            for &id in &reads {
                self.hoisted.insert(id, (s.id, list.len()));
            }
            list.push(RowGroup { kind: self.keep, reads });
        }
        if list.is_empty() {
            self.hoists.remove(&s.id);
        }
    }
}

/// What a loop writes, whether it has a hazard, and its candidate row reads.
struct Scan<'i> {
    info: &'i Info,
    hazard: bool,
    written: BTreeSet<ObjId>,
    /// Candidate `a[i]` reads (small expressions, copied out of the walk).
    rows: Vec<ast::Expr>,
}

impl Scan<'_> {
    fn note_row(&mut self, e: &ast::Expr) {
        let e = e.unparen();
        if self.row_read(e) {
            self.rows.push(e.clone());
        }
    }

    /// An assignment target: a variable is recorded as written; any other place must receive
    /// a value with no slice header in it.
    fn target(&mut self, l: &ast::Expr) {
        let l = l.unparen();
        if let ExprKind::Ident(n) = &l.kind {
            if n != "_" {
                match self.info.resolve(l.id) {
                    Some(o) => {
                        self.written.insert(o);
                    }
                    None => self.hazard = true,
                }
            }
            return;
        }
        if !slice_free(self.info, self.info.type_of(l.id)) {
            self.hazard = true;
        }
    }

    /// Whether a call runs no user code, does not synchronise and stores no slice header.
    fn pure_call(&self, e: &ast::Expr, args: &[ast::Expr]) -> bool {
        let Some(call) = self.info.call(e.id) else { return false };
        let elem_free = |t: TypeId| self.info.types.elem(self.info.types.underlying(t)).is_some_and(|el| slice_free(self.info, el));
        match &call.kind {
            CallKind::Conversion { .. } => true,
            CallKind::Builtin(b) => match b {
                Builtin::Len | Builtin::Cap | Builtin::Min | Builtin::Max | Builtin::Complex | Builtin::Real | Builtin::Imag => true,
                Builtin::New | Builtin::Make | Builtin::Panic | Builtin::Print | Builtin::Println | Builtin::Delete => true,
                Builtin::Append => elem_free(self.info.type_of(e.id)),
                Builtin::Copy => args.first().is_some_and(|d| elem_free(self.info.type_of(d.id))),
                Builtin::Clear => args.first().is_some_and(|d| {
                    let t = self.info.types.underlying(self.info.type_of(d.id));
                    matches!(self.info.types.kind(t), TypeKind::Map(..)) || elem_free(t)
                }),
                Builtin::Close | Builtin::Recover => false,
            },
            CallKind::Func(f) => {
                let o = self.info.obj(*f);
                matches!(&o.kind, ObjKind::Func(fi) if fi.std) && matches!(o.pkg.as_str(), "math" | "math/bits")
            }
            _ => false,
        }
    }

    /// `a[i]` of a slice of slices.
    fn row_read(&self, e: &ast::Expr) -> bool {
        let ExprKind::Index { x, indices } = &e.kind else { return false };
        indices.len() == 1 && self.slice_of_slices(self.info.type_of(x.id))
    }

    fn slice_of_slices(&self, t: TypeId) -> bool {
        let types = &self.info.types;
        match types.kind(types.underlying(t)) {
            TypeKind::Slice(el) => matches!(types.kind(types.underlying(*el)), TypeKind::Slice(_)),
            _ => false,
        }
    }
}

impl Visitor for Scan<'_> {
    fn visit_stmt(&mut self, s: &ast::Stmt) {
        match &s.kind {
            StmtKind::Go(_) | StmtKind::Defer(_) | StmtKind::Send { .. } | StmtKind::Select { .. } | StmtKind::Bad => self.hazard = true,
            StmtKind::Assign { lhs, .. } => lhs.iter().for_each(|l| self.target(l)),
            StmtKind::IncDec { x, .. } => self.target(x),
            StmtKind::Range { key, value, x, .. } => {
                let t = self.info.types.underlying(self.info.type_of(x.id));
                if matches!(self.info.types.kind(t), TypeKind::Chan(..) | TypeKind::Func(_) | TypeKind::TypeParam(_) | TypeKind::Invalid) {
                    self.hazard = true;
                }
                key.iter().chain(value.iter()).for_each(|t| self.target(t));
            }
            _ => {}
        }
        ast::visit::walk_stmt(self, s)
    }

    fn visit_expr(&mut self, e: &ast::Expr) {
        match &e.kind {
            ExprKind::FuncLit { .. } | ExprKind::Bad => {
                self.hazard = true;
                return;
            }
            ExprKind::Unary { op: ast::UnaryOp::Recv, .. } => self.hazard = true,
            ExprKind::Call { args, .. } => {
                if !self.pure_call(e, args) {
                    self.hazard = true;
                }
                if matches!(self.info.call(e.id).map(|c| &c.kind), Some(CallKind::Builtin(Builtin::Len | Builtin::Cap))) {
                    if let Some(a) = args.first() {
                        self.note_row(a);
                    }
                }
            }
            ExprKind::Index { x, indices } if indices.len() == 1 => {
                let xt = self.info.types.underlying(self.info.type_of(x.id));
                if matches!(self.info.types.kind(xt), TypeKind::Slice(_)) {
                    self.note_row(x);
                }
            }
            _ => {}
        }
        ast::visit::walk_expr(self, e)
    }
}

/// A constant, a variable, or `+ - * & | ^ &^` and unary `-` `+` of those: cannot panic.
fn panic_free(info: &Info, e: &ast::Expr) -> bool {
    use ast::BinaryOp::*;
    if info.const_value(e.id).is_some() {
        return true;
    }
    match &e.unparen().kind {
        ExprKind::Ident(_) => info.resolve(e.unparen().id).is_some_and(|o| matches!(info.obj(o).kind, ObjKind::Var(_))),
        ExprKind::Binary { op: Add | Sub | Mul | And | Or | Xor | AndNot, lhs, rhs } => panic_free(info, lhs) && panic_free(info, rhs),
        ExprKind::Unary { op: ast::UnaryOp::Neg | ast::UnaryOp::Pos, x } => panic_free(info, x),
        _ => false,
    }
}

/// Whether a value of type `t` holds no slice header (so storing it cannot replace a row).
fn slice_free(info: &Info, t: TypeId) -> bool {
    let types = &info.types;
    match types.kind(types.underlying(t)) {
        TypeKind::Slice(_) | TypeKind::TypeParam(_) | TypeKind::Invalid | TypeKind::Named(_) => false,
        TypeKind::Array(_, el) => slice_free(info, *el),
        TypeKind::Struct(fields) => fields.iter().all(|f| slice_free(info, f.ty)),
        TypeKind::Tuple(ts) => ts.iter().all(|&t| slice_free(info, t)),
        TypeKind::Basic(_) | TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) | TypeKind::Interface(_) => true,
    }
}

/// Invariance of `a` and `i` in one loop.
struct Invariant<'i, 'w> {
    info: &'i Info,
    written: &'w BTreeSet<ObjId>,
    span: crate::ast::Span,
}

impl Invariant<'_, '_> {
    /// A key naming the outer slice `a` of a row read (equal for the same variable and
    /// fields), or `None` when it may change in the loop.
    fn outer_key(&self, x: &ast::Expr) -> Option<String> {
        // `a`, or a field chain `m.data`, `g.board.cells` from a variable: a field changes only
        // through a store of a value holding a slice (a hazard) or of its variable (written).
        let mut x = x.unparen();
        let mut fields = String::new();
        while let ExprKind::Selector { x: base, sel } = &x.kind {
            if !matches!(self.info.selection(x.id), Some(Selection::Field { .. })) {
                return None;
            }
            fields = format!(".{}{fields}", sel.name);
            x = base.unparen();
        }
        if !matches!(x.kind, ExprKind::Ident(_)) {
            return None;
        }
        let a = self.stable_var(x)?;
        Some(format!("{a:?}{fields}"))
    }

    /// A variable that keeps its value through the loop.
    fn stable_var(&self, e: &ast::Expr) -> Option<ObjId> {
        let o = self.info.resolve(e.id)?;
        let obj = self.info.obj(o);
        if !matches!(obj.kind, ObjKind::Var(_)) || self.written.contains(&o) {
            return None;
        }
        if self.info.var_facts(o).is_some_and(|f| f.address_taken) {
            return None;
        }
        // Declared inside the loop: a new variable per iteration.
        if obj.span.is_some_and(|sp| sp.file == self.span.file && sp.start >= self.span.start && sp.start < self.span.end) {
            return None;
        }
        Some(o)
    }

    fn index_key(&self, e: &ast::Expr) -> Option<String> {
        use ast::BinaryOp::*;
        if let Some(c) = self.info.const_value(e.id) {
            return Some(format!("{c:?}"));
        }
        let e = e.unparen();
        let integer = self.info.types.is_integer(self.info.type_of(e.id));
        match &e.kind {
            // Not a package variable: sharing facts (address taken) cover locals only, and an
            // integer store through a pointer is no hazard.
            ExprKind::Ident(_) => self
                .stable_var(e)
                .filter(|&o| !matches!(self.info.obj(o).kind, ObjKind::Var(VarKind::Global)))
                .map(|o| format!("{o:?}")),
            // Division and shifts may panic, but deterministically: the first evaluation, where
            // Go's would, raises it.
            ExprKind::Binary { op: op @ (Add | Sub | Mul | Div | Rem | Shl | Shr | And | Or | Xor | AndNot), lhs, rhs } if integer => {
                Some(format!("({op:?} {} {})", self.index_key(lhs)?, self.index_key(rhs)?))
            }
            ExprKind::Unary { op: op @ (ast::UnaryOp::Neg | ast::UnaryOp::Pos), x } if integer => Some(format!("({op:?} {})", self.index_key(x)?)),
            _ => None,
        }
    }
}
