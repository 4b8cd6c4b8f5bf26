//! Which `append`s gc backs with a stack buffer. Since Go 1.25, when the slice an `append`
//! grows does not escape and has no capacity yet, gc gives it a 32-byte stack buffer instead
//! of a heap array sized by `growslice`: `var s []int; s = append(s, 1)` has `cap(s) == 4`,
//! where an escaping `s` (printed with `%v`, passed to a function, captured…) gets 1.
//!
//! gc decides with its escape analysis; this is a conservative subset of it. A local slice
//! variable counts as non-escaping only when every use is one that cannot leak its backing
//! array: `s = append(s, v…)` (not `s...`), `len(s)`, `cap(s)`, `s[i]` (not `&s[i]`),
//! `range s`, `s == nil`, `s = nil`, and its `:=` declaration; and no closure captures it. Any other use
//! keeps Go's ordinary growth — what gort did before. The runtime applies the buffer only when
//! the slice has no capacity and the new length fits in 32 bytes.

use std::collections::{BTreeMap, BTreeSet};

use super::info::*;
use super::types::TypeKind;
use crate::ast::{self, visit::Visitor, ExprKind, NodeId, StmtKind};

pub(super) fn analyze(pkg: &ast::Package, info: &mut Info) {
    let mut w = Walk { info, uses: BTreeMap::new(), allowed: BTreeSet::new(), denied: BTreeSet::new(), appends: Vec::new() };
    for f in &pkg.files {
        ast::visit::walk_file(&mut w, f);
    }
    let Walk { uses, allowed, denied, appends, .. } = w;
    let stays = |o: ObjId| {
        let facts_ok = info.var_facts(o).is_some_and(|f| f.captured_by.is_empty() && !f.address_taken);
        facts_ok && uses.get(&o).is_some_and(|ids| ids.iter().all(|id| allowed.contains(id) && !denied.contains(id)))
    };
    let on_stack: BTreeSet<NodeId> = appends.iter().filter(|(o, _)| stays(*o)).map(|&(_, call)| call).collect();
    info.stack_appends = on_stack;
}

struct Walk<'i> {
    info: &'i Info,
    /// Every use (identifier node) of each candidate variable.
    uses: BTreeMap<ObjId, Vec<NodeId>>,
    /// Uses in a position that cannot leak the backing array.
    allowed: BTreeSet<NodeId>,
    /// Uses under `&` (an element's address leaks the array).
    denied: BTreeSet<NodeId>,
    /// `s = append(s, …)` calls: (variable, call node).
    appends: Vec<(ObjId, NodeId)>,
}

impl Walk<'_> {
    /// A local slice variable named by `e`.
    fn candidate(&self, e: &ast::Expr) -> Option<ObjId> {
        let e = e.unparen();
        if !matches!(e.kind, ExprKind::Ident(_)) {
            return None;
        }
        let o = self.info.resolve(e.id)?;
        if !matches!(self.info.obj(o).kind, ObjKind::Var(VarKind::Local)) {
            return None;
        }
        let t = self.info.types.underlying(self.info.obj(o).ty);
        matches!(self.info.types.kind(t), TypeKind::Slice(_)).then_some(o)
    }

    fn allow(&mut self, e: &ast::Expr) {
        if self.candidate(e).is_some() {
            self.allowed.insert(e.unparen().id);
        }
    }

    fn builtin(&self, e: &ast::Expr) -> Option<Builtin> {
        match self.info.call(e.id).map(|c| &c.kind) {
            Some(CallKind::Builtin(b)) => Some(*b),
            _ => None,
        }
    }
}

impl Visitor for Walk<'_> {
    fn visit_stmt(&mut self, s: &ast::Stmt) {
        match &s.kind {
            StmtKind::Assign { lhs, op, rhs } if lhs.len() == 1 && rhs.len() == 1 => {
                let target = self.candidate(&lhs[0]);
                let r = rhs[0].unparen();
                match (&r.kind, op) {
                    // `s = append(s, v…)`
                    (ExprKind::Call { args, ellipsis: false, .. }, ast::AssignOp::Assign)
                        if self.builtin(r) == Some(Builtin::Append) && target.is_some() && args.len() > 1 && self.candidate(&args[0]) == target =>
                    {
                        self.allow(&lhs[0]);
                        self.allow(&args[0]);
                        self.appends.push((target.expect("checked"), r.id));
                    }
                    // `s := …` (the declaration) and `s = nil`
                    (_, ast::AssignOp::Define) => self.allow(&lhs[0]),
                    (ExprKind::Ident(n), ast::AssignOp::Assign) if n == "nil" => self.allow(&lhs[0]),
                    _ => {}
                }
            }
            StmtKind::Range { x, .. } => self.allow(x),
            _ => {}
        }
        ast::visit::walk_stmt(self, s)
    }

    fn visit_expr(&mut self, e: &ast::Expr) {
        match &e.kind {
            ExprKind::Ident(_) => {
                if let Some(o) = self.candidate(e) {
                    self.uses.entry(o).or_default().push(e.id);
                }
            }
            ExprKind::Call { args, .. } if matches!(self.builtin(e), Some(Builtin::Len | Builtin::Cap)) => {
                if let Some(a) = args.first() {
                    self.allow(a);
                }
            }
            // `s == nil`, `s != nil`
            ExprKind::Binary { op: ast::BinaryOp::Eq | ast::BinaryOp::Ne, lhs, rhs } => {
                if rhs.unparen().as_ident() == Some("nil") {
                    self.allow(lhs);
                } else if lhs.unparen().as_ident() == Some("nil") {
                    self.allow(rhs);
                }
            }
            ExprKind::Index { x, .. } => {
                // `s[i].PtrMethod()` takes the element's address.
                if self.info.implicitly_addressed(e.id) {
                    if self.candidate(x).is_some() {
                        self.denied.insert(x.unparen().id);
                    }
                }
                self.allow(x)
            }
            ExprKind::Unary { op: ast::UnaryOp::Addr, x } => {
                // `&s[i]`, `&s`: the address leaks the array.
                let mut inner = x.unparen();
                while let ExprKind::Index { x, .. } | ExprKind::Selector { x, .. } = &inner.kind {
                    inner = x.unparen();
                }
                if self.candidate(inner).is_some() {
                    self.denied.insert(inner.id);
                }
            }
            _ => {}
        }
        ast::visit::walk_expr(self, e)
    }
}
