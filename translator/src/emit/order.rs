//! Go's (gc's) order of evaluation inside one expression list. The spec orders only calls,
//! receives and logical operators; gc evaluates every call and receive of a statement first,
//! left to right, into temporaries, and reads plain operands (variables, fields, elements,
//! dereferences) afterwards. So `fmt.Println(x, f())` prints `x` as `f` left it, and
//! `x + f()` adds the new `x`. Rust evaluates operands strictly left to right; where a plain
//! read comes before a call in one list, the calls are bound to temporaries first (registered
//! as substitutions) and the list is built after them.

use syn::parse_quote;

use super::Cx;
use crate::ast::{self, BinaryOp, ExprKind, UnaryOp};
use crate::sema::{CallKind, ObjKind, Selection, Storage, TypeKind, VarKind};

/// Operands bound ahead of an expression list: the `let`s and the substituted node ids.
#[derive(Default)]
pub(super) struct Hoisted {
    binds: Vec<syn::Stmt>,
    ids: Vec<crate::ast::NodeId>,
}

impl Hoisted {
    pub(super) fn is_empty(&self) -> bool {
        self.binds.is_empty()
    }
}

impl Cx<'_> {
    /// Binds the calls and receives of `ops` (in order) to temporaries when a plain read is
    /// evaluated before one of them; nothing otherwise. Undo with [`Cx::unhoist`] after
    /// building the list.
    pub(super) fn hoist_calls(&mut self, ops: &[&ast::Expr]) -> Hoisted {
        let mut events = Vec::new();
        for o in ops {
            self.order_events(o, &mut events);
        }
        // Needed when a plain read comes before a call.
        let first_read = events.iter().position(|e| e.is_none());
        let needed = first_read.is_some_and(|i| events[i..].iter().any(Option::is_some));
        let mut h = Hoisted::default();
        if !needed {
            return h;
        }
        let calls: Vec<&ast::Expr> = events.into_iter().flatten().collect();
        let mut vals = Vec::new();
        for c in calls {
            let v = self.expr_no_conv(c);
            let tmp = self.temp("c");
            h.binds.push(parse_quote!(let #tmp = #v;));
            vals.push((c.id, tmp));
        }
        // Registered only once all are emitted: emitting one must not see another's temporary.
        for (id, tmp) in vals {
            self.subst.insert(id, parse_quote!(#tmp));
            h.ids.push(id);
        }
        h
    }

    /// The calls (`Some`) and plain reads (`None`) of `e` in Rust's evaluation order. A call, a
    /// receive and a logical operator holding one are units: their insides run with them.
    fn order_events<'e>(&self, e: &'e ast::Expr, out: &mut Vec<Option<&'e ast::Expr>>) {
        if self.subst.contains_key(&e.id) {
            return;
        }
        if !self.has_call(e) {
            if self.is_plain_read(e) {
                out.push(None);
            }
            return;
        }
        match &e.kind {
            ExprKind::Call { args, .. } if matches!(self.info.call(e.id).map(|i| &i.kind), Some(CallKind::Conversion { .. }) | Some(CallKind::Builtin(_))) => {
                // `append`, `len`… evaluate their operands; a conversion its operand.
                args.iter().for_each(|a| self.order_events(a, out))
            }
            ExprKind::Call { .. } | ExprKind::Unary { op: UnaryOp::Recv, .. } => out.push(Some(e)),
            ExprKind::Binary { op: BinaryOp::LogAnd | BinaryOp::LogOr, .. } => out.push(Some(e)),
            ExprKind::Binary { lhs, rhs, .. } => {
                self.order_events(lhs, out);
                self.order_events(rhs, out);
            }
            ExprKind::Unary { x, .. } | ExprKind::Star(x) | ExprKind::Paren(x) | ExprKind::TypeAssert { x, .. } | ExprKind::Selector { x, .. } => self.order_events(x, out),
            ExprKind::Index { x, indices } => {
                self.order_events(x, out);
                indices.iter().for_each(|i| self.order_events(i, out));
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.order_events(x, out);
                [lo, hi, max].into_iter().flatten().for_each(|i| self.order_events(i, out));
            }
            // Anything else holding a call runs as one unit.
            _ => out.push(Some(e)),
        }
    }

    /// Drops the substitutions of `h` and wraps `built` (the list's expression) after its binds.
    pub(super) fn unhoist(&mut self, h: Hoisted, built: syn::Expr) -> syn::Expr {
        if h.is_empty() {
            return built;
        }
        for id in &h.ids {
            self.subst.remove(id);
        }
        let binds = h.binds;
        parse_quote!(({ #(#binds)* #built }))
    }

    /// Drops the substitutions of `h` and returns its binds, for statements built after them.
    pub(super) fn unhoist_stmts(&mut self, h: Hoisted) -> Vec<syn::Stmt> {
        for id in &h.ids {
            self.subst.remove(id);
        }
        h.binds
    }

    /// The nodes substituted now (to restore after a statement adds its own).
    pub(super) fn subst_keys(&self) -> std::collections::HashSet<crate::ast::NodeId> {
        self.subst.keys().copied().collect()
    }

    /// Whether evaluating `e` calls a function or receives from a channel (function literals'
    /// bodies do not count: they run later).
    pub(super) fn has_call(&self, e: &ast::Expr) -> bool {
        match &e.kind {
            ExprKind::Call { func, args, .. } => match self.info.call(e.id).map(|i| &i.kind) {
                Some(CallKind::Conversion { .. }) | Some(CallKind::Builtin(_)) => args.iter().any(|a| self.has_call(a)),
                Some(_) => true,
                None => self.has_call(func) || args.iter().any(|a| self.has_call(a)),
            },
            ExprKind::Unary { op: UnaryOp::Recv, .. } => true,
            ExprKind::Unary { x, .. } | ExprKind::Star(x) | ExprKind::Paren(x) | ExprKind::TypeAssert { x, .. } => self.has_call(x),
            ExprKind::Selector { x, .. } => self.has_call(x),
            ExprKind::Index { x, indices } => self.has_call(x) || indices.iter().any(|i| self.has_call(i)),
            ExprKind::Slice { x, lo, hi, max } => self.has_call(x) || [lo, hi, max].into_iter().flatten().any(|i| self.has_call(i)),
            ExprKind::Binary { lhs, rhs, .. } => self.has_call(lhs) || self.has_call(rhs),
            ExprKind::CompositeLit { elems, .. } => elems.iter().any(|el| self.has_call(&el.value) || el.key.as_ref().is_some_and(|k| self.has_call(k))),
            _ => false,
        }
    }

    /// Whether `e` reads program state a call could change (a variable, field, element or
    /// dereference) and calls nothing itself.
    fn is_plain_read(&self, e: &ast::Expr) -> bool {
        if self.info.const_value(e.id).is_some() || self.has_call(e) {
            return false;
        }
        match &e.kind {
            // A local a call can change is in a shared cell (captured and written, or
            // addressed); a plain local cannot change under a call.
            ExprKind::Ident(_) => self.info.resolve(e.id).is_some_and(|o| match &self.info.obj(o).kind {
                ObjKind::Var(VarKind::Global) => true,
                ObjKind::Var(_) => self.info.storage(o) == Storage::Shared,
                _ => false,
            }),
            ExprKind::Selector { x, .. } => match self.info.selection(e.id) {
                // Through a pointer (or an embedded one), or a field of a changeable variable.
                Some(Selection::Field { path, .. }) => path.len() > 1 || self.info.types.is_pointer(self.ty(x)) || self.is_plain_read(x),
                // A package-qualified variable (`store.Count`, `os.Args`).
                Some(Selection::PkgMember { obj, .. }) => matches!(self.info.obj(*obj).kind, ObjKind::Var(_)),
                None => matches!(&x.kind, ExprKind::Ident(_)) && self.info.resolve(e.id).is_some_and(|o| matches!(self.info.obj(o).kind, ObjKind::Var(_))),
                _ => false,
            },
            ExprKind::Index { x, indices } => {
                let u = self.under(self.ty(x));
                let by_value = matches!(self.info.types.kind(u), TypeKind::Array(..) | TypeKind::Basic(_));
                !by_value || self.is_plain_read(x) || indices.iter().any(|i| self.is_plain_read(i))
            }
            ExprKind::Star(_) | ExprKind::Slice { .. } => true,
            ExprKind::Paren(x) | ExprKind::Unary { x, .. } | ExprKind::TypeAssert { x, .. } => self.is_plain_read(x),
            ExprKind::Binary { lhs, rhs, .. } => self.is_plain_read(lhs) || self.is_plain_read(rhs),
            ExprKind::Call { args, .. } => {
                matches!(self.info.call(e.id).map(|i| &i.kind), Some(CallKind::Conversion { .. }) | Some(CallKind::Builtin(_))) && args.iter().any(|a| self.is_plain_read(a))
            }
            _ => false,
        }
    }
}
